"""Hand annotations of the `train-ay` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ay/make_gold_train_ay.py

Theme: partnering-event organisers and event news with numbers (BIO-Europe
Spring, BioFIT, Nordic Life Science Days, BIO Asia–Taiwan, BioJapan, Swiss
Biotech Day, Meet in Italy for Life Sciences, a cluster's events digest).

Conventions of this set (README, "Documents and gold", for the rest):
- an event edition is named with its year when the text gives it
  ("BIO-Europe Spring 2024"); the bare series name, where the text uses it
  for that edition, is an alias of the edition;
- organisers and co-hosts get `organized` only (not also `participated_in`);
  sponsors, exhibitors, pavilion organisers, speakers get `participated_in`;
- two parties said to meet during an event both get `participated_in`;
- planned participations stated as agreed ("will lead delegations to") are
  annotated like past ones;
- venues (congress centres, exhibition halls) are `place`s, with the event
  `located_in` both the venue and the city;
- national industry associations (SwedenBIO, Swiss Biotech Association,
  Taiwan BIO, BIO, AseBio, KoreaBIO, JBA, AdvaMed, ...) are `network`s;
  regional cluster organisations and science parks are `cluster`s.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-ay"

ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
TYPES = ORG | {"programme", "event", "project", "person", "place"}
# predicate -> (allowed subject types, allowed object types), from DOMAIN.md
ALLOWED = {
    "partner_of": (ORG, ORG),
    "member_of": (ORG, {"network", "cluster"}),
    "participated_in": (ORG | {"person"}, {"event"}),
    "organized": (ORG, {"event"}),
    "met_with": (ORG, ORG),
    "consortium_member_of": (ORG, {"project"}),
    "leads": (ORG | {"person"}, {"project", "network"}),
    "funded_by": ({"project", "network"}, {"programme"} | ORG),
    "located_in": (ORG | {"event"}, {"place"}),
    "works_for": ({"person"}, ORG),
}
SYMMETRIC = {"partner_of", "met_with"}


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- 1. press release: BIO-Europe Spring 2024, Barcelona -------------------------
BES = "BIO-Europe Spring 2024"
EBD = "EBD Group"
CHT = "CataloniaBio & HealthTech"
KHIDI = "Korea Health Industry Development Institute"
JETRO = "Japan External Trade Organization"
FIT = "Flanders Investment & Trade"
AJB = "Ajuntament de Barcelona"
ASEBIO = "Spanish Bioindustry Association"
BES25 = "BIO-Europe Spring 2025"
BE24 = "BIO-Europe 2024"
GOLD["bio-europe-spring-barcelona-partnering-figures-2024.md"] = dict(
entities=[
 E(BES, "event", "ES", "BIO-Europe Spring"), E(EBD, "company", "CH"),
 E("Barcelona", "place", "ES"),
 E("Centre de Convencions Internacional de Barcelona", "place", "ES", "CCIB"),
 E("Biocat", "cluster", "ES", "BioRegion of Catalonia"), E(CHT, "cluster", "ES"),
 E("Catalonia", "place", "ES"),
 E("Stefan Keller", "person"), E("Marta Puig", "person", "ES", "Puig"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E("Samsung Biologics", "company", "KR"),
 E("Celltrion", "company", "KR"), E(JETRO, "public_body", "JP", "JETRO"),
 E("Osaka", "place", "JP"), E("Kobe", "place", "JP"),
 E("flanders.bio", "cluster", "BE"), E(FIT, "public_body", "BE"),
 E("Montréal InVivo", "cluster", "CA"), E("Greater Montréal", "place", "CA"),
 E("Quebec", "place", "CA"), E("Health~Holland", "public_body", "NL"),
 E("ACCIÓ", "public_body", "ES"),
 E("Novartis", "company", "CH"), E("Boehringer Ingelheim", "company", "DE"),
 E("Almirall", "company", "ES"), E("Grifols", "company", "ES"),
 E(AJB, "public_body", "ES", "Barcelona City Council"),
 E("Elena Castillo", "person", "ES"), E(ASEBIO, "network", "ES", "AseBio"),
 E("Oryzon Genomics", "company", "ES"), E("Minoryx Therapeutics", "company", "ES"),
 E("Mataró", "place", "ES"),
 E(BES25, "event", "IT"), E("Milan", "place", "IT"),
 E("Assobiotec", "network", "IT"), E("Federchimica", "network", "IT"),
 E(BE24, "event", "SE"), E("Stockholm", "place", "SE"),
],
relations=[
 R(EBD, "organized", BES), R("Biocat", "organized", BES), R(CHT, "organized", BES),
 R(BES, "located_in", "Barcelona"),
 R(BES, "located_in", "Centre de Convencions Internacional de Barcelona"),
 R("Biocat", "located_in", "Catalonia"),
 R("Stefan Keller", "works_for", EBD),
 R("Marta Puig", "works_for", "Biocat"), R("Marta Puig", "participated_in", BES),
 *[R(o, "participated_in", BES) for o in (
   KHIDI, "Samsung Biologics", "Celltrion", JETRO, "flanders.bio", FIT,
   "Montréal InVivo", "Health~Holland", "ACCIÓ",
   "Novartis", "Boehringer Ingelheim", "Almirall", "Grifols", AJB,
   "Elena Castillo", "Oryzon Genomics", "Minoryx Therapeutics")],
 R("flanders.bio", "partner_of", FIT),
 R("Montréal InVivo", "located_in", "Greater Montréal"),
 R("Elena Castillo", "works_for", ASEBIO),
 R("Oryzon Genomics", "located_in", "Barcelona"),
 R("Oryzon Genomics", "met_with", "Samsung Biologics"), R("Oryzon Genomics", "met_with", "Novartis"),
 R("Minoryx Therapeutics", "member_of", CHT), R("Minoryx Therapeutics", "located_in", "Mataró"),
 R("Minoryx Therapeutics", "met_with", "Celltrion"), R("Minoryx Therapeutics", "partner_of", "Celltrion"),
 R(BES25, "located_in", "Milan"), R(EBD, "organized", BES25), R("Assobiotec", "organized", BES25),
 R("Assobiotec", "member_of", "Federchimica"),
 R(EBD, "organized", BE24), R(BE24, "located_in", "Stockholm"),
])

# --- 2. event report: BioFIT 2023, Strasbourg --------------------------------------
BF = "BioFIT 2023"
PMC = "Palais de la Musique et des Congrès"
BVF = "BioValley France"
UNISTRA = "Université de Strasbourg"
BVB = "BioValley Basel"
BRS = "BioRegio STERN"
KBIC = "Kobe Biomedical Innovation Cluster"
TV = "TRANSVAL-UR"
IUR = "Interreg Upper Rhine"
ALU = "Albert-Ludwigs-Universität Freiburg"
GOLD["biofit-strasbourg-event-report-2023.html"] = dict(
entities=[
 E(BF, "event", "FR", "BioFIT"), E(PMC, "place", "FR"), E("Strasbourg", "place", "FR"),
 E("Eurasanté", "public_body", "FR"), E("Lille", "place", "FR"),
 E("Hauts-de-France", "place", "FR"), E(BVF, "cluster", "FR"), E("Grand Est", "place", "FR"),
 E("Région Grand Est", "public_body", "FR"), E("Eurométropole de Strasbourg", "public_body", "FR"),
 E("Bpifrance", "public_body", "FR"), E("Sanofi", "company", "FR"), E("Lilly France", "company", "FR"),
 E("Hélène Marchal", "person", "FR", "Marchal"), E(UNISTRA, "university", "FR"),
 E("Claire Dufresne", "person", "FR"), E("Julien Weiss", "person", "FR"),
 E("SATT Conectus", "company", "FR"), E("Alsace", "place", "FR"),
 E("Inserm Transfert", "company", "FR"), E("CNRS Innovation", "company", "FR"),
 E(BVB, "cluster", "CH"), E(BRS, "cluster", "DE"), E("Stuttgart", "place", "DE"),
 E("BioWin", "cluster", "BE"), E("Université de Liège", "university", "BE"),
 E("UCLouvain", "university", "BE"), E(KBIC, "cluster", "JP", "KBIC"),
 E("Thomas Brenner", "person", "DE"),
 E(TV, "project"), E(IUR, "programme", None, "Interreg Oberrhein"),
 E(ALU, "university", "DE"), E("University of Basel", "university", "CH"),
 E("Upper Rhine", "place"), E("BioFIT 2024", "event", "FR"),
],
relations=[
 R(BF, "located_in", PMC), R(BF, "located_in", "Strasbourg"),
 R("Eurasanté", "organized", BF), R(BVF, "organized", BF),
 R("Eurasanté", "located_in", "Lille"), R("Eurasanté", "located_in", "Hauts-de-France"),
 R(BVF, "located_in", "Grand Est"),
 *[R(o, "participated_in", BF) for o in (
   "Région Grand Est", "Eurométropole de Strasbourg", "Bpifrance", "Sanofi", "Lilly France",
   "Hélène Marchal", "Claire Dufresne", "Julien Weiss", "Inserm Transfert", "CNRS Innovation",
   BVB, BRS, "BioWin", "Université de Liège", "UCLouvain", KBIC, "Thomas Brenner")],
 R("Hélène Marchal", "works_for", UNISTRA), R("Claire Dufresne", "works_for", "Eurasanté"),
 R("Julien Weiss", "works_for", "SATT Conectus"),
 R("Sanofi", "met_with", "Inserm Transfert"),
 R(BRS, "located_in", "Stuttgart"), R("Thomas Brenner", "works_for", BRS),
 R(TV, "funded_by", IUR), R(BVF, "leads", TV),
 *[R(o, "consortium_member_of", TV) for o in (BVF, UNISTRA, ALU, "University of Basel", BVB)],
 R("BioFIT 2024", "located_in", "Strasbourg"),
 R("Eurasanté", "organized", "BioFIT 2024"), R(BVF, "organized", "BioFIT 2024"),
])

# --- 3. newsletter: Nordic Life Science Days 2023, Malmö -------------------------
NL = "Nordic Life Science Days 2023"
MVA = "Medicon Valley Alliance"
OCC = "Oslo Cancer Cluster"
LBA = "Lithuanian Biotechnology Association"
NIN = "Nordic Innovation Night"
NL24 = "Nordic Life Science Days 2024"
GOLD["nordic-life-science-days-malmo-wrap-up-2023.txt"] = dict(
entities=[
 E(NL, "event", "SE", "NLSDays 2023"), E("Malmömässan", "place", "SE"), E("Malmö", "place", "SE"),
 E("SwedenBIO", "network", "SE"), E(MVA, "cluster", "DK", "MVA"),
 E("Øresund region", "place"), E("Region Skåne", "public_body", "SE"),
 E("City of Malmö", "public_body", "SE", "Malmö stad"),
 E("Business Finland", "public_body", "FI"), E("Orion Corporation", "company", "FI"),
 E("Aiforia Technologies", "company", "FI"), E("Health Capital Helsinki", "cluster", "FI"),
 E("Helsinki", "place", "FI"), E("Oslo", "place", "NO"), E(OCC, "cluster", "NO"),
 E("Norway Health Tech", "cluster", "NO"), E("Nykode Therapeutics", "company", "NO"),
 E("Copenhagen Capacity", "public_body", "DK"), E("Copenhagen", "place", "DK"),
 E(LBA, "network", "LT"), E("Estonian Biotechnology Association", "network", "EE"),
 E("Karin Lindqvist", "person", "SE"), E("Anders Holm", "person", None, "Holm"),
 E("Signe Aasen", "person", "NO"), E("Boston", "place", "US"), E("Basel", "place", "CH"),
 E("AstraZeneca", "company", "GB"), E("Novo Nordisk", "company", "DK"),
 E("Ferring Pharmaceuticals", "company", "CH"),
 E("Lund University", "university", "SE"), E("Medicon Village", "cluster", "SE"),
 E(NIN, "event", "SE", "Innovation Night"), E("Lund", "place", "SE"),
 E("Johan Ek", "person", "SE"), E("Cellvera Bio", "company", "SE"),
 E("Vilnius", "place", "LT"), E("Rūta Kazlauskienė", "person", "LT"),
 E(NL24, "event", "SE"), E("Stockholmsmässan", "place", "SE"), E("Stockholm", "place", "SE"),
],
relations=[
 R(NL, "located_in", "Malmömässan"), R(NL, "located_in", "Malmö"),
 R("SwedenBIO", "organized", NL), R(MVA, "organized", NL),
 R(MVA, "located_in", "Øresund region"),
 *[R(o, "participated_in", NL) for o in (
   "Region Skåne", "City of Malmö", "Business Finland", "Orion Corporation", "Aiforia Technologies",
   "Health Capital Helsinki", OCC, "Norway Health Tech", "Nykode Therapeutics", "Copenhagen Capacity",
   LBA, "Estonian Biotechnology Association", "Karin Lindqvist", "Anders Holm", "Signe Aasen",
   "AstraZeneca", "Novo Nordisk", "Ferring Pharmaceuticals", "Johan Ek", "Cellvera Bio")],
 R("Health Capital Helsinki", "located_in", "Helsinki"),
 R(OCC, "located_in", "Oslo"), R("Norway Health Tech", "located_in", "Oslo"),
 R("Nykode Therapeutics", "member_of", OCC),
 R("Copenhagen Capacity", "located_in", "Copenhagen"),
 R("Karin Lindqvist", "works_for", "SwedenBIO"), R("Anders Holm", "works_for", MVA),
 R("Signe Aasen", "works_for", OCC),
 R("Lund University", "organized", NIN), R("Medicon Village", "organized", NIN),
 R(NIN, "located_in", "Lund"), R("Medicon Village", "located_in", "Lund"),
 R("Johan Ek", "works_for", "Cellvera Bio"), R("Cellvera Bio", "located_in", "Lund"),
 R("Cellvera Bio", "met_with", "Novo Nordisk"), R("Cellvera Bio", "met_with", "Orion Corporation"),
 R("SwedenBIO", "partner_of", LBA), R(LBA, "located_in", "Vilnius"),
 R("Rūta Kazlauskienė", "works_for", LBA),
 R(NL24, "located_in", "Stockholmsmässan"), R(NL24, "located_in", "Stockholm"),
])

# --- 4. delegation report: BioM at BIO Asia–Taiwan 2024 --------------------------
BIOM = "BioM Biotech Cluster Development GmbH"
BAT = "BIO Asia–Taiwan 2024"
TNEC = "Taipei Nangang Exhibition Center"
GTO = "German Trade Office Taipei"
TBIO = "Taiwan Bio Industry Organization"
BIO = "Biotechnology Innovation Organization"
KBIO = "Korea Biotechnology Industry Organization"
ITM = "ITM Isotope Technologies Munich"
MPIB = "Max Planck Institute of Biochemistry"
HBSP = "Hsinchu Biomedical Science Park"
ITRI = "Industrial Technology Research Institute"
DCB = "Development Center for Biotechnology"
NTU = "National Taiwan University"
BIC = "BIO International Convention 2024"
BBD = "Bavarian Biotech Day 2024"
GOLD["bio-asia-taiwan-bavarian-delegation-report-2024.md"] = dict(
entities=[
 E(BIOM, "cluster", "DE", "BioM"), E("Munich", "place", "DE"),
 E(BAT, "event", "TW", "BIO Asia–Taiwan"), E(TNEC, "place", "TW"), E("Taipei", "place", "TW"),
 E("Bayern International", "public_body", "DE"),
 E("Bavarian State Government", "public_body", "DE"), E(GTO, "public_body", "TW"),
 E("Katrin Weber", "person", "DE", "Weber"),
 E(TBIO, "network", "TW", "Taiwan BIO"), E(BIO, "network", "US", "BIO"),
 E("Washington, D.C.", "place", "US"),
 E("LINK-J", "network", "JP", "Life Science Innovation Network Japan"), E("Tokyo", "place", "JP"),
 E(KBIO, "network", "KR", "KoreaBIO"), E("SelectUSA", "public_body", "US"),
 E("Go Vilnius", "public_body", "LT"), E("Vilnius", "place", "LT"),
 E(ITM, "company", "DE", "ITM"), E("Tubulis", "company", "DE"), E("Eisbach Bio", "company", "DE"),
 E("Catalym", "company", "DE"), E("Helmholtz Munich", "research_org", "DE"),
 E(MPIB, "research_org", "DE"), E("Martinsried", "place", "DE"),
 E(HBSP, "cluster", "TW"), E("Hsinchu", "place", "TW"),
 E("Huang Chih-ming", "person", "TW"), E("TaiMed Biologics", "company", "TW"),
 E(ITRI, "research_org", "TW", "ITRI"), E("Academia Sinica", "research_org", "TW"),
 E(NTU, "university", "TW"), E(DCB, "research_org", "TW", "DCB"),
 E("Lin Mei-hua", "person", "TW"),
 E(BIC, "event", "US", "BIO International Convention"), E("San Diego", "place", "US"),
 E(BBD, "event", "DE"),
],
relations=[
 R(BIOM, "located_in", "Munich"), R(BIOM, "participated_in", BAT),
 R(BAT, "located_in", TNEC), R(BAT, "located_in", "Taipei"),
 R(GTO, "participated_in", BAT),
 R("Katrin Weber", "works_for", BIOM), R("Katrin Weber", "participated_in", BAT),
 R(TBIO, "organized", BAT), R(BIO, "organized", BAT), R(BIO, "located_in", "Washington, D.C."),
 R("LINK-J", "participated_in", BAT), R("LINK-J", "located_in", "Tokyo"),
 R(KBIO, "participated_in", BAT), R("SelectUSA", "participated_in", BAT),
 R("Go Vilnius", "participated_in", BAT), R("Go Vilnius", "located_in", "Vilnius"),
 *[R(o, "participated_in", BAT) for o in (ITM, "Tubulis", "Eisbach Bio", "Catalym", "Helmholtz Munich", MPIB)],
 R(MPIB, "located_in", "Martinsried"),
 R(BIOM, "partner_of", HBSP), R(HBSP, "participated_in", BAT), R(HBSP, "located_in", "Hsinchu"),
 R("Huang Chih-ming", "works_for", TBIO), R("Huang Chih-ming", "participated_in", BAT),
 R("Tubulis", "met_with", "TaiMed Biologics"), R("Tubulis", "met_with", ITRI),
 R("TaiMed Biologics", "participated_in", BAT), R(ITRI, "participated_in", BAT),
 R(ITRI, "located_in", "Hsinchu"),
 R("Helmholtz Munich", "met_with", "Academia Sinica"), R("Helmholtz Munich", "met_with", NTU),
 R("Academia Sinica", "participated_in", BAT), R(NTU, "participated_in", BAT),
 R(ITM, "met_with", DCB), R(DCB, "participated_in", BAT), R(DCB, "located_in", "Taipei"),
 R("Lin Mei-hua", "works_for", DCB), R("Lin Mei-hua", "participated_in", BAT),
 R(BIC, "located_in", "San Diego"), R(BIOM, "participated_in", BIC), R(TBIO, "participated_in", BIC),
 R(BIOM, "met_with", TBIO), R(BIO, "organized", BIC),
 R(BIOM, "organized", BBD), R(BBD, "located_in", "Munich"), R(TBIO, "participated_in", BBD),
])

# --- 5. newsletter: BioJapan 2023, Yokohama ----------------------------------------
BJ = "BioJapan 2023"
EUJC = "EU-Japan Centre for Industrial Cooperation"
PY = "PACIFICO Yokohama"
RMJ = "Regenerative Medicine Japan 2023"
HTJ = "healthTECH JAPAN 2023"
JTB = "JTB Communication Design"
JBA = "Japan Bioindustry Association"
ICEX = "ICEX España Exportación e Inversiones"
RVO = "Netherlands Enterprise Agency"
BHC = "Basque Health Cluster"
LYB = "Lyonbiopôle Auvergne-Rhône-Alpes"
SIP = "Shonan Health Innovation Park"
KLK = "Klaster LifeScience Kraków"
HCP = "Health Cluster Portugal"
HB = "HEALTH-BRIDGE EJ"
SMP = "Single Market Programme"
GOLD["biojapan-yokohama-european-pavilions-newsletter-2023.html"] = dict(
entities=[
 E(BJ, "event", "JP", "BioJapan"), E("Yokohama", "place", "JP"),
 E(EUJC, "public_body", None, "EU-Japan Centre"), E(PY, "place", "JP"),
 E(RMJ, "event", "JP"), E(HTJ, "event", "JP"), E(JTB, "company", "JP"),
 E(JBA, "network", "JP", "JBA"), E("Business France", "public_body", "FR"),
 E(ICEX, "public_body", "ES", "ICEX"), E(RVO, "public_body", "NL", "RVO"),
 E(BHC, "cluster", "ES", "BHC"), E("Basque Country", "place", "ES"),
 E("Leiden Bio Science Park", "cluster", "NL"), E("Osaka", "place", "JP"),
 E(LYB, "cluster", "FR", "Lyonbiopôle"), E("Lyon", "place", "FR"),
 E(SIP, "cluster", "JP", "Shonan iPark"), E("Fujisawa", "place", "JP"),
 E(KLK, "cluster", "PL"),
 E("Viralgen", "company", "ES"), E("San Sebastián", "place", "ES"),
 E("Astellas Pharma", "company", "JP"), E("Takeda Pharmaceutical", "company", "JP"),
 E("Iñaki Etxeberria", "person", "ES"),
 E(HB, "project"), E(SMP, "programme"), E(HCP, "cluster", "PT"), E("Porto", "place", "PT"),
 E("Tokyo", "place", "JP"), E("Brussels", "place", "BE"),
 E("Kenji Nakamura", "person", "JP"), E("Sophie Laurent", "person", "FR"),
 E("BioJapan 2024", "event", "JP"),
],
relations=[
 R(BJ, "located_in", PY), R(BJ, "located_in", "Yokohama"),
 R(RMJ, "located_in", PY), R(HTJ, "located_in", PY),
 R(JTB, "organized", BJ), R(JTB, "organized", RMJ), R(JTB, "organized", HTJ),
 R(JBA, "organized", BJ),
 *[R(o, "participated_in", BJ) for o in (
   EUJC, "Business France", ICEX, RVO, BHC, LYB, SIP, KLK, "Viralgen",
   "Astellas Pharma", "Takeda Pharmaceutical", "Iñaki Etxeberria", "Sophie Laurent")],
 R(LYB, "located_in", "Lyon"), R(LYB, "partner_of", SIP), R(SIP, "located_in", "Fujisawa"),
 R("Viralgen", "member_of", BHC), R("Viralgen", "located_in", "San Sebastián"),
 R("Viralgen", "met_with", "Astellas Pharma"), R("Viralgen", "met_with", "Takeda Pharmaceutical"),
 R("Iñaki Etxeberria", "works_for", BHC),
 R(HB, "funded_by", SMP), R(LYB, "leads", HB),
 *[R(o, "consortium_member_of", HB) for o in (LYB, BHC, KLK, HCP)],
 R(HCP, "located_in", "Porto"),
 R(EUJC, "located_in", "Tokyo"), R(EUJC, "located_in", "Brussels"),
 R("Kenji Nakamura", "works_for", EUJC), R("Sophie Laurent", "works_for", LYB),
 R("BioJapan 2024", "located_in", PY),
])

# --- 6. press release: Swiss Biotech Day 2024, Basel -------------------------------
SBD = "Swiss Biotech Day 2024"
SBA = "Swiss Biotech Association"
SGE = "Switzerland Global Enterprise"
BABI = "Basel Area Business & Innovation"
CCB = "Congress Center Basel"
SDI = "Scottish Development International"
AWEX = "Wallonia Export & Investment Agency"
BIOPRO = "BIOPRO Baden-Württemberg"
KOTRA = "Korea Trade-Investment Promotion Agency"
LSO = "Life Sciences Ontario"
KBS = "Kanton Basel-Stadt"
GOLD["swiss-biotech-day-basel-press-release-2024.txt"] = dict(
entities=[
 E(SBD, "event", "CH", "Swiss Biotech Day"), E("Basel", "place", "CH"), E(CCB, "place", "CH"),
 E(SBA, "network", "CH", "SBA"), E("Zurich", "place", "CH"),
 E(SGE, "public_body", "CH", "S-GE"), E(BABI, "public_body", "CH"), E("EBD Group", "company", "CH"),
 E(SDI, "public_body", "GB", "SDI"), E("Wallonia", "place", "BE"), E(AWEX, "public_body", "BE", "AWEX"),
 E("Baden-Württemberg", "place", "DE"), E(BIOPRO, "public_body", "DE"), E("Stuttgart", "place", "DE"),
 E("Israel Export Institute", "public_body", "IL"), E(KOTRA, "public_body", "KR", "KOTRA"),
 E("Samsung Bioepis", "company", "KR"), E("Ontario", "place", "CA"), E(LSO, "network", "CA"),
 E("Enterprise Ireland", "public_body", "IE"),
 E("Regula Brunner", "person", "CH", "Brunner"), E("Thomas Nägeli", "person", "CH"),
 E("Andrea Moser", "person", "CH"), E("Innosuisse", "public_body", "CH", "Swiss Innovation Agency"),
 E("Pierre Favre", "person", "CH"), E("Idorsia", "company", "CH"), E("Allschwil", "place", "CH"),
 E("Roche", "company", "CH"), E("Lonza", "company", "CH"), E("Bachem", "company", "CH"),
 E("Bubendorf", "place", "CH"), E(KBS, "public_body", "CH", "Canton of Basel-Stadt"),
 E("NeuroVira SA", "company", "CH"), E("Lausanne", "place", "CH"),
 E("Swiss Biotech Day 2025", "event", "CH"),
],
relations=[
 R(SBD, "located_in", "Basel"), R(SBD, "located_in", CCB),
 R(SBA, "organized", SBD), R(SGE, "organized", SBD), R(BABI, "organized", SBD),
 R("EBD Group", "organized", SBD), R(SBA, "located_in", "Zurich"),
 *[R(o, "participated_in", SBD) for o in (
   SDI, AWEX, BIOPRO, "Israel Export Institute", KOTRA, "Samsung Bioepis", LSO, "Enterprise Ireland",
   "Regula Brunner", "Thomas Nägeli", "Andrea Moser", "Pierre Favre", "Idorsia",
   "Roche", "Lonza", "Bachem", KBS, "NeuroVira SA")],
 R(BIOPRO, "located_in", "Stuttgart"), R(BIOPRO, "located_in", "Baden-Württemberg"),
 R("Regula Brunner", "works_for", SBA), R("Thomas Nägeli", "works_for", SGE),
 R("Andrea Moser", "works_for", "Innosuisse"), R("Pierre Favre", "works_for", "Idorsia"),
 R("Idorsia", "located_in", "Allschwil"),
 R("Roche", "located_in", "Basel"), R("Lonza", "located_in", "Basel"), R("Bachem", "located_in", "Bubendorf"),
 R("NeuroVira SA", "located_in", "Lausanne"),
 R("NeuroVira SA", "met_with", "Roche"), R("NeuroVira SA", "met_with", "Samsung Bioepis"),
 R(SBA, "partner_of", LSO),
 R("Swiss Biotech Day 2025", "located_in", CCB),
])

# --- 7. newsletter: Meet in Italy for Life Sciences 2023, Trieste ------------------
MIT = "Meet in Italy for Life Sciences 2023"
TCC = "Trieste Convention Center"
EEN = "Enterprise Europe Network"
ASP = "Area Science Park"
FVG = "Regione Autonoma Friuli Venezia Giulia"
CLSV = "Cluster Lombardo Scienze della Vita"
CB = "Campania Bioscience"
BIP = "Bioindustry Park Silvano Fumero"
TLS = "Fondazione Toscana Life Sciences"
TPL = "Technology Park Ljubljana"
HGK = "Croatian Chamber of Economy"
UNITS = "Università degli Studi di Trieste"
UL = "Univerza v Ljubljani"
BC = "BIO-CROSS"
IIS = "Interreg VI-A Italia-Slovenija"
NV = "NanoVeritas Srl"
MIT24 = "Meet in Italy for Life Sciences 2024"
GOLD["meet-in-italy-for-life-sciences-trieste-2023.html"] = dict(
entities=[
 E(MIT, "event", "IT", "MIT4LS 2023", "Meet in Italy"), E("Trieste", "place", "IT"), E(TCC, "place", "IT"),
 E("ALISEI", "network", "IT", "Cluster Tecnologico Nazionale Scienze della Vita"),
 E(EEN, "network", None, "EEN"), E(ASP, "research_org", "IT"), E(FVG, "public_body", "IT"),
 E("Friuli Venezia Giulia", "place", "IT"),
 E(CLSV, "cluster", "IT", "Lombardy Life Sciences Cluster"), E("Milan", "place", "IT"),
 E(CB, "cluster", "IT"), E("Naples", "place", "IT"),
 E(BIP, "cluster", "IT"), E("Colleretto Giacosa", "place", "IT"), E("Piedmont", "place", "IT"),
 E(TLS, "cluster", "IT", "TLS"), E("Siena", "place", "IT"),
 E(TPL, "cluster", "SI"), E(HGK, "public_body", "HR"), E("Zagreb", "place", "HR"),
 E("LISAvienna", "public_body", "AT"), E("Vienna", "place", "AT"),
 E("Francesca Lodi", "person", "IT", "Lodi"), E("Marco Bassi", "person", "IT"),
 E(UNITS, "university", "IT", "University of Trieste"), E("Matej Kovač", "person", "SI"),
 E("Chiesi Farmaceutici", "company", "IT"), E("Parma", "place", "IT"), E("Bracco", "company", "IT"),
 E(BC, "project"), E(IIS, "programme"), E(UL, "university", "SI", "University of Ljubljana"),
 E(NV, "company", "IT"), E("Davide Zanetti", "person", "IT"),
 E(MIT24, "event", "IT"), E("Bari", "place", "IT"), E("Apulia", "place", "IT"),
],
relations=[
 R(MIT, "located_in", "Trieste"), R(MIT, "located_in", TCC),
 *[R(o, "organized", MIT) for o in ("ALISEI", EEN, ASP, FVG)],
 *[R(o, "participated_in", MIT) for o in (
   CLSV, CB, BIP, TLS, TPL, HGK, "LISAvienna", "Francesca Lodi", "Marco Bassi", "Matej Kovač",
   "Chiesi Farmaceutici", "Bracco", NV)],
 R(CLSV, "located_in", "Milan"), R(CB, "located_in", "Naples"),
 R(BIP, "located_in", "Colleretto Giacosa"), R(BIP, "located_in", "Piedmont"),
 R(TLS, "located_in", "Siena"), R(HGK, "located_in", "Zagreb"), R("LISAvienna", "located_in", "Vienna"),
 R("Francesca Lodi", "works_for", "ALISEI"), R("Marco Bassi", "works_for", UNITS),
 R("Matej Kovač", "works_for", TPL), R("Chiesi Farmaceutici", "located_in", "Parma"),
 R(BC, "funded_by", IIS), R(ASP, "leads", BC),
 *[R(o, "consortium_member_of", BC) for o in (ASP, TPL, UL, UNITS)],
 R(NV, "located_in", "Trieste"), R(NV, "met_with", "Chiesi Farmaceutici"), R(NV, "met_with", "Bracco"),
 R("Davide Zanetti", "works_for", NV),
 R(MIT24, "located_in", "Bari"), R("ALISEI", "organized", MIT24), R(EEN, "organized", MIT24),
])

# --- 8. newsletter: BioWin's international events digest 2024 ----------------------
BW = "BioWin"
AW = "Wallonia Export & Investment Agency"
LSXW = "LSX World Congress 2024"
BIC24 = "BIO International Convention 2024"
BWB = "Biotech Week Boston 2024"
MTC = "The MedTech Conference 2024"
MED = "MEDICA 2024"
BIOO = "Biotechnology Innovation Organization"
FD = "Fujifilm Diosynth Biotechnologies"
BCEC = "Boston Convention and Exhibition Center"
MB = "Massachusetts Biotechnology Council"
ADV = "Advanced Medical Technology Association"
IBA = "Ion Beam Applications"
BES25b = "BIO-Europe Spring 2025"
BIC25 = "BIO International Convention 2025"
GOLD["biowin-international-events-digest-2024.md"] = dict(
entities=[
 E(BW, "cluster", "BE", "Health Cluster of Wallonia"), E("Wallonia", "place", "BE"),
 E(AW, "public_body", "BE", "AWEX"),
 E(LSXW, "event", "GB", "LSX World Congress"), E("London", "place", "GB"),
 E(BIC24, "event", "US", "BIO International Convention"), E("San Diego", "place", "US"),
 E(BWB, "event", "US", "Biotech Week Boston"), E("Boston", "place", "US"),
 E(MTC, "event", "CA", "The MedTech Conference", "MedTech Conference 2024"), E("Toronto", "place", "CA"),
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E("LSX", "company", "GB"), E("Business Design Centre", "place", "GB"),
 E("Julie Lambert", "person", "BE"), E("Priya Nair", "person", "GB"), E("MedCity", "cluster", "GB"),
 E(BIOO, "network", "US", "BIO"), E("Flanders Investment & Trade", "public_body", "BE"),
 E("hub.brussels", "public_body", "BE"),
 E("Univercells", "company", "BE"), E("Gosselies", "place", "BE"),
 E("Lonza", "company", "CH"), E(FD, "company", None),
 E("Informa Connect", "company", "GB"), E(BCEC, "place", "US"),
 E("Marc Dupont", "person", "BE", "Dupont"), E("Robert Chen", "person", "US"),
 E(MB, "cluster", "US", "MassBio"), E("Cambridge", "place", "US"),
 E(ADV, "network", "US", "AdvaMed"), E("Medtech Canada", "network", "CA"),
 E(IBA, "company", "BE", "IBA"), E("Louvain-la-Neuve", "place", "BE"),
 E("Messe Düsseldorf", "company", "DE"),
 E(BES25b, "event", "IT"), E("Milan", "place", "IT"), E(BIC25, "event", "US"),
],
relations=[
 R(BW, "located_in", "Wallonia"),
 R(LSXW, "located_in", "London"), R(BIC24, "located_in", "San Diego"), R(BWB, "located_in", "Boston"),
 R(MTC, "located_in", "Toronto"), R(MED, "located_in", "Düsseldorf"),
 *[R(BW, "participated_in", e) for e in (LSXW, BIC24, BWB, MTC, MED, BES25b, BIC25)],
 R("LSX", "organized", LSXW), R(LSXW, "located_in", "Business Design Centre"),
 R("Julie Lambert", "works_for", BW), R("Julie Lambert", "participated_in", LSXW),
 R("Priya Nair", "works_for", "MedCity"), R("Priya Nair", "participated_in", LSXW),
 R("MedCity", "located_in", "London"),
 R(BIOO, "organized", BIC24),
 *[R(o, "participated_in", BIC24) for o in (AW, "Flanders Investment & Trade", "hub.brussels",
                                             "Univercells", "Lonza", FD)],
 R("Univercells", "member_of", BW), R("Univercells", "located_in", "Gosselies"),
 R("Univercells", "met_with", "Lonza"), R("Univercells", "met_with", FD),
 R("Informa Connect", "organized", BWB), R(BWB, "located_in", BCEC),
 R("Marc Dupont", "works_for", BW), R("Marc Dupont", "participated_in", BWB),
 R("Robert Chen", "works_for", MB), R("Robert Chen", "participated_in", BWB),
 R(BW, "partner_of", MB), R(MB, "participated_in", BWB), R(MB, "located_in", "Cambridge"),
 R(ADV, "organized", MTC), R("Medtech Canada", "organized", MTC),
 R(IBA, "member_of", BW), R(IBA, "located_in", "Louvain-la-Neuve"), R(IBA, "participated_in", MTC),
 R("Messe Düsseldorf", "organized", MED), R(AW, "participated_in", MED),
 R(BES25b, "located_in", "Milan"), R(BIC25, "located_in", "Boston"),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.exists(), f"{doc}: document missing"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{doc}: bad type {e}"
            assert e["name"] not in types, f"{doc}: duplicate entity {e['name']}"
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), e
            types[e["name"]] = e["type"]
            for f in [e["name"], *e["aliases"]]:
                k = f.lower()
                assert k not in forms, f"{doc}: form {f!r} used by {forms[k]!r} and {e['name']!r}"
                forms[k] = e["name"]
                assert k in text, f"{doc}: {f!r} not in document text"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert s in types and o in types, f"{doc}: undeclared end in {r}"
            assert p in ALLOWED, f"{doc}: unknown predicate {p}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, f"{doc}: types not allowed in {r}"
            assert s != o, f"{doc}: self relation {r}"
            key = (p, frozenset((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, f"{doc}: duplicate relation {r}"
            seen.add(key)


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
