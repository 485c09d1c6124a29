"""Hand annotations of the `heldout15` set (eight documents, every region and genre).

    python3 benchmarks/extraction/gold/heldout15/make_gold_heldout15.py

Rules: benchmarks/extraction/README.md, "Documents and gold"; types and
predicates: DOMAIN.md. Written by one annotator, independently of the other sets.
Choices kept throughout the set:
- industry associations (OPAL, APMA, SwedenBIO, AusBiotech, Agoria, LBA, ...) are
  `network`; organisations that call themselves clusters are `cluster`;
- planned participations and projects stated as agreed ("will present CIRCOMP at
  JEC World", "will be submitted to ... and co-funded by ...") are annotated like
  past ones;
- "X, the coordinator of project P" (a person) is `leads`; "the delegation
  included ..." plus "the delegation took part in E" is not spread to every
  member unless the text names the member at E;
- sub-units named only inside a job title are not annotated; supranational
  regions ("the Nordics", "the Baltics") are not places.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "heldout15"

TYPES = {"cluster", "company", "university", "research_org", "network", "public_body",
         "programme", "event", "project", "person", "place"}

ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}

# predicate -> (allowed subject types, allowed object types), from DOMAIN.md
ALLOWED = {
    "partner_of": (ORG, ORG),
    "member_of": (ORG, {"network", "cluster"}),
    "participated_in": (ORG | {"person"}, {"event"}),
    "organized": (ORG, {"event"}),
    "met_with": (ORG, ORG),
    "consortium_member_of": (ORG, {"project"}),
    "leads": (ORG | {"person"}, {"project", "network"}),
    "funded_by": ({"project", "network"}, ORG | {"programme"}),
    "located_in": (ORG | {"event"}, {"place"}),
    "works_for": ({"person"}, ORG),
}
SYMMETRIC = {"partner_of", "met_with"}


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- annual-report chapter: Canadian plant-protein cluster (Americas, agri-food) ----
PIC = "Protein Industries Canada"
FV = "Foodvalley NL"
PF = "Prairie Fava Ltd."
WUR = "Wageningen University & Research"
GIFS = "Global Institute for Food Security"
FF = "Flanders' FOOD"
BUR = "Burcon NutraScience"
PD = "Protein Days"
FFT = "Future Food-Tech"
PBW = "Plant Based World Expo"
ANU = "Anuga 2023"
APS = "Asia-Pacific Agri-Food Innovation Summit"
SIFBI = "Singapore Institute of Food and Biotechnology Innovation"
CNPF = "Canada–Netherlands Protein Forum"
GIC = "Global Innovation Clusters"
GOLD["protein-industries-canada-annual-report-2023.md"] = dict(
entities=[
 E(PIC, "cluster", "CA", "PIC"), E("Regina", "place", "CA"),
 E(GIC, "programme", "CA", "Global Innovation Clusters programme"),
 E("Innovation, Science and Economic Development Canada", "public_body", "CA", "ISED"),
 E("Saskatchewan", "place", "CA"),
 E("Marianne Kowalchuk", "person", "CA", "Kowalchuk"),
 E(FV, "cluster", "NL"), E("Wageningen", "place", "NL"),
 E("PulseFrac", "project"),
 E(PF, "company", "CA", "Prairie Fava"), E("Saskatoon", "place", "CA"),
 E("Avena Foods", "company", "CA"),
 E(WUR, "university", "NL", "WUR"),
 E(GIFS, "research_org", "CA", "GIFS"),
 E("University of Saskatchewan", "university", "CA"),
 E("Jeroen van Dijk", "person", "NL"),
 E(FF, "cluster", "BE"), E("Brussels", "place", "BE"),
 E("Vitagora", "cluster", "FR"), E("Dijon", "place", "FR"),
 E(BUR, "company", "CA"), E(PD, "event", "FR"),
 E("EIT Food", "network"), E("EIT Food Accelerator Network", "programme"),
 E("Canadian Trade Commissioner Service", "public_body", "CA", "TCS"),
 E(FFT, "event", "US"), E("Chicago", "place", "US"),
 E(PBW, "event", "US"), E("New York", "place", "US"),
 E(ANU, "event", "DE", "Anuga"), E("Cologne", "place", "DE"),
 E("Vancouver", "place", "CA"),
 E("Planteneers", "company", "DE"), E("Ahrensburg", "place", "DE"),
 E(APS, "event"),
 E("Enterprise Singapore", "public_body", "SG"),
 E(SIFBI, "research_org", "SG", "SIFBI"),
 E("Agency for Science, Technology and Research", "public_body", "SG", "A*STAR"),
 E("Tokyo", "place", "JP"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E(CNPF, "event", "NL"),
],
relations=[
 R(PIC, "located_in", "Regina"),
 R("Marianne Kowalchuk", "works_for", PIC),
 R(PIC, "partner_of", FV), R(FV, "located_in", "Wageningen"),
 R(PIC, "consortium_member_of", "PulseFrac"), R(FV, "consortium_member_of", "PulseFrac"),
 R(PF, "member_of", PIC), R("Avena Foods", "member_of", PIC), R(BUR, "member_of", PIC),
 R(PF, "located_in", "Saskatoon"), R("Avena Foods", "located_in", "Regina"),
 *[R(o, "consortium_member_of", "PulseFrac") for o in (PF, "Avena Foods", WUR, GIFS)],
 R(PF, "leads", "PulseFrac"), R("PulseFrac", "funded_by", GIC),
 R(GIFS, "located_in", "Saskatoon"), R("University of Saskatchewan", "located_in", "Saskatoon"),
 R("Jeroen van Dijk", "works_for", FV),
 R(PIC, "partner_of", FF), R(FF, "located_in", "Brussels"),
 R(PIC, "partner_of", "Vitagora"), R("Vitagora", "located_in", "Dijon"),
 R("Vitagora", "organized", PD), R(PD, "located_in", "Dijon"),
 *[R(o, "participated_in", PD) for o in (PF, "Avena Foods", BUR)],
 R(PIC, "member_of", "EIT Food"),
 R(PIC, "participated_in", FFT), R(FFT, "located_in", "Chicago"),
 R(PIC, "participated_in", PBW), R(PBW, "located_in", "New York"),
 R(PIC, "participated_in", ANU), R(ANU, "located_in", "Cologne"),
 R(BUR, "located_in", "Vancouver"), R(BUR, "participated_in", ANU),
 R("Planteneers", "participated_in", ANU), R("Planteneers", "located_in", "Ahrensburg"),
 R(BUR, "met_with", "Planteneers"), R(BUR, "partner_of", "Planteneers"),
 R(PIC, "participated_in", APS), R("Marianne Kowalchuk", "participated_in", APS),
 R("Enterprise Singapore", "participated_in", APS),
 R(PIC, "partner_of", SIFBI), R(SIFBI, "participated_in", APS),
 R(PIC, "organized", CNPF), R(FV, "organized", CNPF), R(CNPF, "located_in", "Wageningen"),
])

# --- press release: Basque energy cluster / Omani association MoU (Middle East, energy)
BEC = "Basque Energy Cluster"
OPAL = "Oman Energy Association"
WFES = "World Future Energy Summit"
BTI = "Basque Trade and Investment"
EVE = "Basque Energy Agency"
CIC = "CIC energiGUNE"
UPV = "University of the Basque Country"
GUT = "German University of Technology in Oman"
OHC = "Oman Hydrogen Centre"
SQU = "Sultan Qaboos University"
MHE = "Ministry of Higher Education, Research and Innovation"
BHD = "Basque Hydrogen Days"
WHS = "World Hydrogen Summit"
DUQ = "DuqmH2Skills"
GOLD["basque-energy-cluster-oman-hydrogen-mou-2024.html"] = dict(
entities=[
 E(BEC, "cluster", "ES", "Clúster de Energía"), E("Bilbao", "place", "ES"),
 E("Basque Country", "place", "ES"),
 E(OPAL, "network", "OM", "OPAL"), E("Muscat", "place", "OM"),
 E("Abu Dhabi", "place", "AE"), E(WFES, "event", "AE"),
 E(BTI, "public_body", "ES"), E("Basque Government", "public_body", "ES"),
 E("Iñaki Etxeberria", "person", "ES"), E("Salim Al-Harthy", "person", "OM"),
 E(EVE, "public_body", "ES", "Ente Vasco de la Energía", "EVE"),
 E("Petronor", "company", "ES"), E("Muskiz", "place", "ES"),
 E("Basque Hydrogen Corridor", "project", "ES", "BH2C"),
 E("Iberdrola", "company", "ES"),
 E(CIC, "research_org", "ES"), E("Vitoria-Gasteiz", "place", "ES"),
 E(UPV, "university", "ES", "UPV/EHU"),
 E("Ingeteam", "company", "ES"), E("Zamudio", "place", "ES"),
 E("Hydrom", "company", "OM", "Hydrogen Oman"),
 E("Sohar Port and Freezone", "company", "OM"),
 E(GUT, "university", "OM", "GUtech"),
 E(OHC, "research_org", "OM"),
 E(DUQ, "project", "OM"),
 E(SQU, "university", "OM"),
 E(MHE, "public_body", "OM"),
 E("Elkartek", "programme", "ES"),
 E(BHD, "event", "ES"),
 E(WHS, "event", "NL"), E("Rotterdam", "place", "NL"),
 E("Hydrogen Europe", "network"),
 E("Amaia Goikoetxea", "person", "ES"),
],
relations=[
 R(BEC, "located_in", "Bilbao"), R(BEC, "located_in", "Basque Country"),
 R(BEC, "partner_of", OPAL), R(OPAL, "located_in", "Muscat"),
 R(WFES, "located_in", "Abu Dhabi"),
 R(BEC, "participated_in", WFES), R(OPAL, "participated_in", WFES),
 R(BTI, "participated_in", WFES),
 R("Iñaki Etxeberria", "works_for", BEC), R("Salim Al-Harthy", "works_for", OPAL),
 R("Amaia Goikoetxea", "works_for", BEC),
 *[R(o, "participated_in", WFES) for o in (
   EVE, "Petronor", "Iberdrola", CIC, UPV, "Ingeteam", "Hydrom", "Sohar Port and Freezone", GUT)],
 R("Petronor", "located_in", "Muskiz"), R("Petronor", "leads", "Basque Hydrogen Corridor"),
 R("Iberdrola", "located_in", "Bilbao"), R(CIC, "located_in", "Vitoria-Gasteiz"),
 R("Ingeteam", "located_in", "Zamudio"),
 R("Ingeteam", "met_with", "Hydrom"), R(CIC, "met_with", OHC),
 R(UPV, "leads", DUQ),
 *[R(o, "consortium_member_of", DUQ) for o in (UPV, GUT, SQU, BEC)],
 R(DUQ, "funded_by", MHE), R(DUQ, "funded_by", "Elkartek"),
 R(BEC, "organized", BHD), R(EVE, "organized", BHD), R(BHD, "located_in", "Bilbao"),
 R(OPAL, "participated_in", BHD),
 R(WHS, "located_in", "Rotterdam"), R(BEC, "participated_in", WHS), R(OPAL, "participated_in", WHS),
 R(BEC, "member_of", "Hydrogen Europe"),
])

# --- delegation report: Bavarian medtech cluster in Japan and Korea (Asia-Pacific, medtech)
MV = "Medical Valley EMN"
EMN = "European Metropolitan Region Nuremberg"
AHK = "German Chamber of Commerce and Industry in Japan"
KGC = "Korean-German Chamber of Commerce and Industry"
COR = "Corscience GmbH"
IIS = "Fraunhofer Institute for Integrated Circuits IIS"
FAU = "Friedrich-Alexander-Universität Erlangen-Nürnberg"
OVR = "OrthoVision Robotics"
BJ = "BioJapan 2023"
GTAI = "Germany Trade & Invest"
KBIC = "Kobe Biomedical Innovation Cluster"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
KMEDI = "Daegu-Gyeongbuk Medical Innovation Foundation"
KGPD = "Korea-Germany MedTech Partnering Day"
KHIDI = "Korea Health Industry Development Institute"
BMBF = "Federal Ministry of Education and Research"
KIAT = "Korea Institute for Advancement of Technology"
MV_MEMBERS = (("Siemens Healthineers", "Erlangen"), (COR, "Erlangen"), (IIS, "Erlangen"),
              (FAU, None), ("Sanaplast Medizintechnik", "Fürth"), (OVR, "Nuremberg"))
GOLD["medical-valley-emn-delegation-japan-korea-2023.txt"] = dict(
entities=[
 E(MV, "cluster", "DE", "Medical Valley"), E(EMN, "place", "DE"), E("Erlangen", "place", "DE"),
 E("Bayern International", "public_body", "DE"),
 E("Bavarian Ministry of Economic Affairs", "public_body", "DE"),
 E(AHK, "public_body", "JP", "AHK Japan"), E(KGC, "public_body", "KR", "KGCCI"),
 E("Katrin Hofmann", "person", "DE", "Hofmann"),
 E("Siemens Healthineers", "company", "DE"), E(COR, "company", "DE", "Corscience"),
 E(IIS, "research_org", "DE", "Fraunhofer IIS"), E(FAU, "university", "DE", "FAU"),
 E("Stefan Wolf", "person", "DE"),
 E("Sanaplast Medizintechnik", "company", "DE"), E("Fürth", "place", "DE"),
 E(OVR, "company", "DE"), E("Nuremberg", "place", "DE"),
 E(BJ, "event", "JP"), E("Yokohama", "place", "JP"),
 E(GTAI, "public_body", "DE", "GTAI"),
 E("Terumo", "company", "JP"),
 E("Kobe", "place", "JP"), E(KBIC, "cluster", "JP", "KBIC"), E("Port Island", "place", "JP"),
 E(FBRI, "research_org", "JP", "FBRI"), E("Hiroshi Tanaka", "person", "JP"),
 E(KMEDI, "research_org", "KR", "K-MEDI hub"), E("Daegu", "place", "KR"),
 E("Park Ji-won", "person", "KR"),
 E(KGPD, "event", "KR"), E("Seoul", "place", "KR"),
 E(KHIDI, "public_body", "KR", "KHIDI"),
 E("Lunit", "company", "KR"), E("Yonsei University", "university", "KR"),
 E("MEDIBRIDGE", "project"),
 E(BMBF, "public_body", "DE", "BMBF"), E(KIAT, "public_body", "KR", "KIAT"),
 E("MEDICA 2024", "event", "DE"), E("Düsseldorf", "place", "DE"),
],
relations=[
 R(MV, "located_in", EMN), R(MV, "located_in", "Erlangen"),
 R("Katrin Hofmann", "works_for", MV),
 *[R(o, "member_of", MV) for o, _ in MV_MEMBERS],
 *[R(o, "located_in", t) for o, t in MV_MEMBERS if t],
 R("Stefan Wolf", "works_for", FAU),
 R(BJ, "located_in", "Yokohama"), R(MV, "participated_in", BJ), R(GTAI, "participated_in", BJ),
 R(COR, "participated_in", BJ), R("Terumo", "participated_in", BJ),
 R(COR, "met_with", "Terumo"),
 R(KBIC, "located_in", "Kobe"), R(KBIC, "located_in", "Port Island"),
 R(FBRI, "located_in", "Kobe"), R(MV, "partner_of", FBRI),
 R("Hiroshi Tanaka", "works_for", FBRI),
 R(KMEDI, "located_in", "Daegu"), R(MV, "partner_of", KMEDI), R("Park Ji-won", "works_for", KMEDI),
 R(KGPD, "located_in", "Seoul"), R(KHIDI, "organized", KGPD), R(KGC, "organized", KGPD),
 *[R(o, "participated_in", KGPD) for o in (MV, "Siemens Healthineers", "Lunit", FAU, "Yonsei University")],
 R("Siemens Healthineers", "met_with", "Lunit"), R("Lunit", "located_in", "Seoul"),
 R(FAU, "met_with", "Yonsei University"),
 *[R(o, "consortium_member_of", "MEDIBRIDGE") for o in (FAU, IIS, KMEDI, "Yonsei University")],
 R(FAU, "leads", "MEDIBRIDGE"),
 R("MEDIBRIDGE", "funded_by", BMBF), R("MEDIBRIDGE", "funded_by", KIAT),
 R("MEDICA 2024", "located_in", "Düsseldorf"), R(MV, "participated_in", "MEDICA 2024"),
 R(KMEDI, "participated_in", "MEDICA 2024"),
])

# --- EU consortium kick-off: CIRCOMP, thermoplastic composites (Europe, materials) ----
IRT = "IRT Jules Verne"
CU = "Composites United"
ICT = "Fraunhofer Institute for Chemical Technology ICT"
KP = "Kompozyty Polska sp. z o.o."
NC = "NetComposites Ltd"
PTC = "Polymer Technology College"
EUCIA = "European Composites Industry Association"
HADEA = "European Health and Digital Executive Agency"
ECCP = "European Cluster Collaboration Platform"
ECCA = "European Composites Cluster Alliance"
JEC = "JEC World 2024"
CIRC_PLACES = ((IRT, "Bouguenais"), ("EMC2", "Nantes"), (CU, "Augsburg"), (ICT, "Pfinztal"),
               ("AIMPLAS", "Paterna"), ("AIMPLAS", "Valencia"), ("Arkema", "Colombes"),
               ("Alstom", "Saint-Ouen"), (KP, "Wrocław"), (NC, "Chesterfield"),
               (PTC, "Slovenj Gradec"))
GOLD["circomp-horizon-europe-kick-off-2024.md"] = dict(
entities=[
 E("EMC2", "cluster", "FR"),
 E("CIRCOMP", "project", None, "Circular Thermoplastic Composites for Rail and Road"),
 E("Nantes", "place", "FR"), E("Horizon Europe", "programme"),
 E(IRT, "research_org", "FR"), E("Bouguenais", "place", "FR"),
 E("Élodie Marchand", "person", "FR"),
 E(CU, "cluster", "DE", "CU"), E("Augsburg", "place", "DE"),
 E(ICT, "research_org", "DE"), E("Pfinztal", "place", "DE"),
 E("AIMPLAS", "research_org", "ES", "Plastics Technology Centre"),
 E("Paterna", "place", "ES"), E("Valencia", "place", "ES"),
 E("University of Patras", "university", "GR"),
 E("KU Leuven", "university", "BE"),
 E("Arkema", "company", "FR"), E("Colombes", "place", "FR"),
 E("Alstom", "company", "FR"), E("Saint-Ouen", "place", "FR"),
 E(KP, "company", "PL", "Kompozyty Polska"), E("Wrocław", "place", "PL"),
 E(NC, "company", "GB", "NetComposites"), E("Chesterfield", "place", "GB"),
 E("Innovate UK", "public_body", "GB"),
 E(PTC, "university", "SI"), E("Slovenj Gradec", "place", "SI"),
 E(EUCIA, "network", None, "EuCIA"),
 E("Markus Lehner", "person", "DE"), E("Nikos Papadakis", "person", "GR"),
 E("Ana Ribeiro", "person"), E(HADEA, "public_body", None, "HaDEA"),
 E("Laurent Guérin", "person", "FR"),
 E(ECCP, "network"), E(ECCA, "network"),
 E(JEC, "event", "FR"), E("Paris", "place", "FR"),
 E("REPAIR-TC", "project"), E("Clean Aviation", "programme"),
],
relations=[
 R("CIRCOMP", "funded_by", "Horizon Europe"), R("CIRCOMP", "funded_by", "Innovate UK"),
 R(IRT, "leads", "CIRCOMP"), R("Élodie Marchand", "leads", "CIRCOMP"),
 R("Élodie Marchand", "works_for", IRT),
 *[R(o, "consortium_member_of", "CIRCOMP") for o in (
   IRT, "EMC2", CU, ICT, "AIMPLAS", "University of Patras", "KU Leuven", "Arkema", "Alstom", KP, NC)],
 *[R(o, "located_in", p) for o, p in CIRC_PLACES],
 R("Markus Lehner", "works_for", CU), R("Nikos Papadakis", "works_for", "University of Patras"),
 R("Ana Ribeiro", "works_for", HADEA), R("Laurent Guérin", "works_for", "EMC2"),
 R("EMC2", "member_of", ECCP), R("EMC2", "member_of", ECCA), R(CU, "member_of", ECCA),
 R(JEC, "located_in", "Paris"), R("EMC2", "participated_in", JEC), R(IRT, "participated_in", JEC),
 R("REPAIR-TC", "funded_by", "Clean Aviation"),
])

# --- event news with partnering statistics: GITEX Africa (Africa, digital) --------
GXA = "GITEX Africa 2024"
ADD = "Moroccan Agency for Digital Development"
AEPD = "Africa-Europe Digital Partnering Days"
MNC = "Maroc Numeric Cluster"
EEN = "Enterprise Europe Network"
CCI = "Casablanca Chamber of Commerce, Industry and Services"
SPR = "Systematic Paris-Region"
AWEX = "Wallonia Export and Investment Agency"
CCH = "Co-Creation Hub"
AFDB = "African Development Bank"
GXA_GUESTS = ("Cap Digital", SPR, "Silicon Saxony", "Agoria", AWEX, "Novation City", "iHub", CCH,
              "Smart Africa")
GOLD["gitex-africa-partnering-results-2024.html"] = dict(
entities=[
 E(GXA, "event", "MA", "GITEX Africa"), E("Marrakech", "place", "MA"),
 E("KAOUN International", "company"),
 E(ADD, "public_body", "MA", "Agence de Développement du Digital", "ADD"),
 E(AEPD, "event", "MA"),
 E(MNC, "cluster", "MA", "MNC"), E(EEN, "network", None, "EEN"),
 E("D4D Hub", "network", None, "Digital for Development Hub"),
 E("Nadia Benjelloun", "person", "MA"), E("Casablanca", "place", "MA"),
 E(CCI, "public_body", "MA"),
 E("Cap Digital", "cluster", "FR"), E(SPR, "cluster", "FR"),
 E("Silicon Saxony", "cluster", "DE"), E("Dresden", "place", "DE"),
 E("Agoria", "network", "BE"), E(AWEX, "public_body", "BE", "AWEX"),
 E("Novation City", "cluster", "TN"), E("Sousse", "place", "TN"),
 E("iHub", "company", "KE"), E("Nairobi", "place", "KE"),
 E(CCH, "company", "NG", "CcHub"), E("Lagos", "place", "NG"),
 E("Smart Africa", "network"), E("Kigali", "place", "RW"),
 E("DataSahel", "company", "SN"), E("Dakar", "place", "SN"),
 E("Qarnot", "company", "FR"),
 E("AfriScale", "project"), E(AFDB, "public_body", None, "AfDB"),
 E("Global Gateway", "programme"),
 E("GIZ", "public_body", "DE"), E("Expertise France", "public_body", "FR"),
 E("Thomas Keller", "person", "DE"), E("Amina Diallo", "person", "SN"),
 E("Paris", "place", "FR"), E("Abidjan", "place", "CI"),
 E("GITEX Global", "event", "AE"), E("Dubai", "place", "AE"),
 E("VivaTech 2025", "event", "FR"),
],
relations=[
 R(GXA, "located_in", "Marrakech"),
 R("KAOUN International", "organized", GXA), R(ADD, "organized", GXA),
 R(MNC, "organized", AEPD), R(EEN, "organized", AEPD), R("D4D Hub", "organized", AEPD),
 R(AEPD, "located_in", "Marrakech"),
 R("Nadia Benjelloun", "works_for", MNC), R(MNC, "located_in", "Casablanca"),
 *[R(o, "participated_in", GXA) for o in GXA_GUESTS],
 R("Silicon Saxony", "located_in", "Dresden"), R("Novation City", "located_in", "Sousse"),
 R("iHub", "located_in", "Nairobi"), R(CCH, "located_in", "Lagos"),
 R("Smart Africa", "located_in", "Kigali"),
 R(MNC, "partner_of", "Silicon Saxony"), R("Novation City", "partner_of", SPR),
 R("DataSahel", "partner_of", "Qarnot"), R("DataSahel", "located_in", "Dakar"),
 R("Qarnot", "member_of", "Cap Digital"), R(CCH, "partner_of", "iHub"),
 *[R(o, "participated_in", GXA) for o in (MNC, "DataSahel", "Qarnot", "Amina Diallo")],
 R(CCH, "consortium_member_of", "AfriScale"), R("iHub", "consortium_member_of", "AfriScale"),
 R("AfriScale", "funded_by", AFDB),
 R("D4D Hub", "funded_by", "Global Gateway"), R("GIZ", "leads", "D4D Hub"),
 R("Expertise France", "member_of", "D4D Hub"),
 R("Thomas Keller", "works_for", "GIZ"), R("Amina Diallo", "works_for", "DataSahel"),
 R(MNC, "participated_in", "GITEX Global"), R("GITEX Global", "located_in", "Dubai"),
 R(MNC, "participated_in", "VivaTech 2025"), R("VivaTech 2025", "located_in", "Paris"),
 R("Cap Digital", "participated_in", "VivaTech 2025"),
])

# --- newsletter: Melbourne biotech network (Asia-Pacific, biotech) -----------------
BMN = "BioMelbourne Network"
BIO = "BIO International Convention 2024"
AUS = "Australian Trade and Investment Commission"
ANZ = "Australia-New Zealand Cell Therapy Corridor"
WEHI = "Walter and Eliza Hall Institute of Medical Research"
BAT = "BIO Asia-Taiwan 2024"
TBIO = "Taiwan Bio Industry Organization"
DCB = "Development Center for Biotechnology"
MBPD = "Melbourne Biotech Partnering Day"
GOLD["biomelbourne-network-newsletter-autumn-2024.txt"] = dict(
entities=[
 E(BMN, "network", "AU"), E("Sarah Whitfield", "person", "AU"),
 E("Taipei", "place", "TW"), E("San Diego", "place", "US"),
 E("Biocom California", "cluster", "US"), E("Melbourne", "place", "AU"),
 E("Michelle Rivera", "person", "US"),
 E("Victoria", "place", "AU"), E("Southern California", "place", "US"),
 E("Global Victoria", "public_body", "AU"), E("Victorian Government", "public_body", "AU"),
 E("San Francisco", "place", "US"),
 E(BIO, "event", "US", "BIO 2024", "BIO International Convention"),
 E("AusBiotech", "network", "AU"), E(AUS, "public_body", "AU", "Austrade"),
 E("Nexvax Bio", "company", "AU"), E("Parkville", "place", "AU"),
 E("Cellgenix Therapeutics", "company", "AU"), E("Clayton", "place", "AU"),
 E("IDenta Diagnostics", "company", "AU"), E("Bundoora", "place", "AU"),
 E(ANZ, "project", None, "ANZ-CTC"), E("Auckland", "place", "NZ"),
 E("Medical Research Future Fund", "programme", "AU", "MRFF"),
 E("Monash University", "university", "AU"),
 E(WEHI, "research_org", "AU", "WEHI"),
 E("University of Auckland", "university", "NZ"),
 E("BioTechNZ", "network", "NZ"),
 E("CSL", "company", "AU"),
 E("SD Biosensor", "company", "KR"),
 E("BIO Korea 2023", "event", "KR"), E("Seoul", "place", "KR"),
 E("Daniel Ng", "person", "AU"),
 E("University of Melbourne", "university", "AU"), E("Bio21 Institute", "research_org", "AU"),
 E(BAT, "event", "TW", "BIO Asia-Taiwan"),
 E("Tom Fairbairn", "person", "AU"),
 E(TBIO, "network", "TW", "Taiwan BIO"), E(DCB, "research_org", "TW", "DCB"),
 E("AusBiotech 2024 Conference", "event", "AU"),
 E(MBPD, "event", "AU", "Partnering Day"),
],
relations=[
 R("Sarah Whitfield", "works_for", BMN),
 R(BMN, "partner_of", "Biocom California"), R("Biocom California", "located_in", "San Diego"),
 R("Michelle Rivera", "works_for", "Biocom California"),
 R(BIO, "located_in", "San Diego"),
 *[R(o, "participated_in", BIO) for o in (
   BMN, "AusBiotech", AUS, "Nexvax Bio", "Cellgenix Therapeutics", "IDenta Diagnostics",
   "Biocom California")],
 R("Nexvax Bio", "located_in", "Parkville"), R("Cellgenix Therapeutics", "located_in", "Clayton"),
 R("IDenta Diagnostics", "located_in", "Bundoora"),
 R(ANZ, "funded_by", "Medical Research Future Fund"), R("Monash University", "leads", ANZ),
 *[R(o, "consortium_member_of", ANZ) for o in (
   "Monash University", WEHI, "University of Auckland", "Cellgenix Therapeutics", BMN)],
 R("BioTechNZ", "member_of", BMN),
 R("CSL", "member_of", BMN), R("CSL", "located_in", "Melbourne"),
 R("CSL", "participated_in", MBPD),
 R("IDenta Diagnostics", "member_of", BMN), R("Nexvax Bio", "member_of", BMN),
 R("IDenta Diagnostics", "partner_of", "SD Biosensor"),
 R("IDenta Diagnostics", "met_with", "SD Biosensor"),
 R("IDenta Diagnostics", "participated_in", "BIO Korea 2023"),
 R("SD Biosensor", "participated_in", "BIO Korea 2023"),
 R("BIO Korea 2023", "located_in", "Seoul"),
 R("Daniel Ng", "works_for", "Nexvax Bio"),
 R("Bio21 Institute", "member_of", BMN),
 R(BAT, "located_in", "Taipei"), R(BMN, "participated_in", BAT), R(TBIO, "organized", BAT),
 R("Tom Fairbairn", "works_for", BMN),
 R(BMN, "met_with", TBIO), R(BMN, "met_with", DCB),
 R("AusBiotech 2024 Conference", "located_in", "Melbourne"),
 R(BMN, "organized", MBPD),
])

# --- press release: Mexican automotive cluster / Canadian parts association (Americas, mobility)
CLAUT = "Clúster Automotriz de Nuevo León"
APMA = "Automotive Parts Manufacturers' Association"
FORO = "Foro de Movilidad Eléctrica 2023"
SENL = "Secretaría de Economía de Nuevo León"
TEC = "Tecnológico de Monterrey"
OTU = "Ontario Tech University"
OVIN = "Ontario Vehicle Innovation Network"
FNL = "Fondo Nuevo León para la Innovación"
ACE = "ACE Climatic Wind Tunnel"
MART = "Martinrea International"
CL_MEMBERS = (("Nemak", "García"), ("Metalsa", "Apodaca"), ("VoltNorte", "Monterrey"))
GOLD["claut-mobility-cooperation-agreement-2023.md"] = dict(
entities=[
 E(CLAUT, "cluster", "MX", "CLAUT"), E("Monterrey", "place", "MX"), E("Nuevo León", "place", "MX"),
 E(APMA, "network", "CA", "APMA"), E("Ontario", "place", "CA"),
 E(FORO, "event", "MX", "Foro de Movilidad Eléctrica"),
 E(SENL, "public_body", "MX"), E("Invest Ontario", "public_body", "CA"),
 E("Toronto", "place", "CA"),
 E("Rodrigo Garza Treviño", "person", "MX"),
 E("Coahuila", "place", "MX"),
 E("Karen MacDonald", "person", "CA"),
 E("Nemak", "company", "MX"), E("García", "place", "MX"),
 E("Metalsa", "company", "MX"), E("Apodaca", "place", "MX"),
 E("VoltNorte", "company", "MX"),
 E("Linamar", "company", "CA"), E("Guelph", "place", "CA"),
 E(MART, "company", "CA", "Martinrea"), E("Vaughan", "place", "CA"),
 E("NAEV-Map", "project"),
 E(TEC, "university", "MX"), E(OTU, "university", "CA", "Ontario Tech"),
 E(OVIN, "programme", "CA", "OVIN"), E(FNL, "programme", "MX"),
 E("Ana Sofía Villarreal", "person", "MX"),
 E(ACE, "research_org", "CA"), E("Oshawa", "place", "CA"),
 E("Tesla", "company", "US"), E("Santa Catarina", "place", "MX"),
 E("MichAuto", "cluster", "US"), E("Michigan", "place", "US"),
 E("The Battery Show", "event", "US"), E("Novi", "place", "US"),
 E("APMA Annual Conference", "event", "CA"),
],
relations=[
 R(CLAUT, "partner_of", APMA),
 R(CLAUT, "located_in", "Monterrey"), R(CLAUT, "located_in", "Nuevo León"),
 R(FORO, "located_in", "Monterrey"), R(CLAUT, "organized", FORO),
 *[R(o, "participated_in", FORO) for o in (CLAUT, APMA, SENL, "Invest Ontario")],
 R("Rodrigo Garza Treviño", "works_for", CLAUT),
 R("Karen MacDonald", "works_for", APMA), R(APMA, "located_in", "Toronto"),
 *[R(o, "member_of", CLAUT) for o, _ in CL_MEMBERS],
 *[R(o, "located_in", p) for o, p in CL_MEMBERS],
 *[R(o, "participated_in", FORO) for o, _ in CL_MEMBERS],
 R("Linamar", "participated_in", FORO), R(MART, "participated_in", FORO),
 R("Linamar", "located_in", "Guelph"), R(MART, "located_in", "Vaughan"),
 R("Linamar", "partner_of", "Metalsa"), R("VoltNorte", "met_with", MART),
 *[R(o, "consortium_member_of", "NAEV-Map") for o in (TEC, OTU, CLAUT, APMA)],
 R("NAEV-Map", "funded_by", OVIN), R("NAEV-Map", "funded_by", FNL),
 R("Ana Sofía Villarreal", "leads", "NAEV-Map"), R("Ana Sofía Villarreal", "works_for", TEC),
 R(ACE, "located_in", "Oshawa"),
 R(CLAUT, "partner_of", "MichAuto"), R("MichAuto", "located_in", "Michigan"),
 R(CLAUT, "participated_in", "The Battery Show"), R("The Battery Show", "located_in", "Novi"),
 R("APMA Annual Conference", "located_in", "Toronto"),
 R(CLAUT, "participated_in", "APMA Annual Conference"),
])

# --- event news with partnering statistics: Nordic Life Science Days (Europe, biotech)
NLS = "Nordic Life Science Days 2023"
MVA = "Medicon Valley Alliance"
OCC = "Oslo Cancer Cluster"
SSP = "Sahlgrenska Science Park"
LBA = "Lithuanian Biotechnology Association"
KI = "Karolinska Institutet"
EMA = "European Medicines Agency"
BII = "BioInnovation Institute"
BES = "BIO-Europe Spring 2024"
GOLD["nordic-life-science-days-partnering-2023.html"] = dict(
entities=[
 E(NLS, "event", "SE", "Nordic Life Science Days", "NLSDays"),
 E("Stockholm", "place", "SE"), E("Malmö", "place", "SE"),
 E("SwedenBIO", "network", "SE"),
 E("City of Malmö", "public_body", "SE"), E("Region Skåne", "public_body", "SE"),
 E("EBD Group", "company"), E("BIO-Europe", "event"),
 E("Jenny Lindqvist", "person", "SE"),
 E(MVA, "cluster", "DK", "MVA"), E("Copenhagen", "place", "DK"),
 E("Invest in Skåne", "public_body", "SE"),
 E(OCC, "cluster", "NO"), E(SSP, "cluster", "SE"), E("Gothenburg", "place", "SE"),
 E("Business Finland", "public_body", "FI"),
 E("Turku", "place", "FI"), E("Aqsens Health", "company", "FI"),
 E(LBA, "network", "LT", "LBA"),
 E("Oost NL", "public_body", "NL", "East Netherlands Development Agency"),
 E("LINK-J", "network", "JP"), E("Nihonbashi", "place", "JP"), E("Tokyo", "place", "JP"),
 E("Alligator Bioscience", "company", "SE"), E("Lund", "place", "SE"),
 E("Ono Pharmaceutical", "company", "JP"),
 E(KI, "university", "SE"), E("NordicATMP", "project"), E("NordForsk", "public_body"),
 E("Lund University", "university", "SE"), E("University of Oslo", "university", "NO"),
 E("University of Helsinki", "university", "FI"),
 E("Henrik Sjöberg", "person"), E(EMA, "public_body", None, "EMA"),
 E("Anders Holm", "person", "DK"), E(BII, "research_org", "DK", "BII"),
 E("EIT Health Scandinavia", "network"), E("EuropaBio", "network"),
 E("NLSDays 2024", "event", "SE"),
 E(BES, "event", "ES"), E("Barcelona", "place", "ES"),
],
relations=[
 R(NLS, "located_in", "Malmö"), R("SwedenBIO", "organized", NLS),
 R("City of Malmö", "participated_in", NLS), R("Region Skåne", "participated_in", NLS),
 R("EBD Group", "participated_in", NLS), R("EBD Group", "organized", "BIO-Europe"),
 R("Jenny Lindqvist", "works_for", "SwedenBIO"),
 R(MVA, "located_in", "Copenhagen"),
 *[R(o, "participated_in", NLS) for o in (
   MVA, "Invest in Skåne", OCC, SSP, "Business Finland", "Aqsens Health", LBA, "Oost NL", "LINK-J",
   "Alligator Bioscience", "Ono Pharmaceutical", KI, "Henrik Sjöberg", "Anders Holm",
   "EIT Health Scandinavia")],
 R(SSP, "located_in", "Gothenburg"), R("Aqsens Health", "located_in", "Turku"),
 R("LINK-J", "located_in", "Nihonbashi"), R("LINK-J", "located_in", "Tokyo"),
 R(MVA, "partner_of", OCC),
 R("Alligator Bioscience", "located_in", "Lund"),
 R("Alligator Bioscience", "met_with", "Ono Pharmaceutical"),
 R("LINK-J", "partner_of", "SwedenBIO"),
 R(KI, "leads", "NordicATMP"), R("NordicATMP", "funded_by", "NordForsk"),
 *[R(o, "consortium_member_of", "NordicATMP") for o in (
   KI, "Lund University", "University of Oslo", "University of Helsinki")],
 R("Henrik Sjöberg", "works_for", EMA),
 R("Anders Holm", "works_for", BII), R(BII, "located_in", "Copenhagen"),
 R("SwedenBIO", "member_of", "EuropaBio"),
 R("NLSDays 2024", "located_in", "Stockholm"),
 R(BES, "located_in", "Barcelona"),
 *[R(o, "participated_in", BES) for o in ("SwedenBIO", "Business Finland", MVA)],
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["name"] not in types, (doc, "duplicate entity", e["name"])
            types[e["name"]] = e["type"]
            for f in [e["name"], *e["aliases"]]:
                key = f.lower()
                assert key not in forms, (doc, "surface form used twice", f, forms.get(key))
                forms[key] = e["name"]
                assert key in text, (doc, "form not in text", f)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert s in types and o in types, (doc, "undeclared end", r)
            assert p in ALLOWED, (doc, "unknown predicate", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, (doc, "types not allowed", r, types[s], types[o])
            assert s != o, (doc, "self relation", r)
            key = (p, frozenset((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)
    return True


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), "entities,", len(gold["relations"]), "relations")


if __name__ == "__main__":
    main()
