"""Hand annotations of the `train-am` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-am/make_gold_train_am.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Theme of the set: documents rich in people (boards, appointments,
delegation lists, speaker line-ups, signatories).

Conventions of this annotator:
- a person's past or future employer stated in the text ("joins from GTAI",
  "leaves to head the desk of Business France") is a `works_for` like the
  current one; the relation's date carries the difference;
- board members of a cluster `works_for` the cluster (title: board role) and
  their own organisation, which is `member_of` the cluster;
- a speaker, signatory or witness at an event `participated_in` it; the
  organisation behind the person is annotated as participant only when the
  text says the organisation itself was there (stand, pavilion, delegation,
  signature of an agreement in its name);
- `met_with` is org <-> org only (DOMAIN.md): "Dr X of A met Ms Y of B" gives
  A met_with B;
- the coordinator of a project both `leads` it and is `consortium_member_of` it;
- an office of an organisation in a city ("ACCIÓ's office in Tokyo") gives
  `located_in` that city;
- planned participations stated as agreed ("will present at ...") are
  annotated like past ones.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-am"

# --- copied from /work/shared/design/DOMAIN.md -----------------------------------
TYPES = {"cluster", "company", "university", "research_org", "network", "public_body",
         "programme", "event", "project", "person", "place"}
ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
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

# --- 1. press release: Silicon Saxony general assembly, new board, international team
SS = "Silicon Saxony"
IFX = "Infineon Technologies Dresden"
IPMS = "Fraunhofer Institute for Photonic Microsystems"
GF = "GlobalFoundries Dresden"
HTW = "Dresden University of Applied Sciences"
BOSCH = "Robert Bosch Semiconductor Manufacturing Dresden"
CS = "ChipSkills Saxony"
SMWA = "Saxon State Ministry for Economic Affairs, Labour and Transport"
HSPB = "Hsinchu Science Park Bureau"
ST = "SEMICON Taiwan"
SE24 = "SEMICON Europa 2024"
WFS = "Saxony Economic Development Corporation"
BOARD = (("Katrin Weißenborn", IFX), ("Ulrike Brandstätter", "TU Dresden"),
         ("Heinrich von der Lühe", IPMS), ("Marek Wiśniewski", GF), ("Amira al-Hassan", HTW))
GOLD["silicon-saxony-new-board-2024.md"] = dict(
entities=[
 E(SS, "cluster", "DE"), E("Saxony", "place", "DE"), E("Dresden", "place", "DE"),
 E("Katrin Weißenborn", "person", "DE", "Weißenborn"), E(IFX, "company", "DE"),
 E("Ulrike Brandstätter", "person", "DE", "Brandstätter"), E("TU Dresden", "university", "DE"),
 E("Heinrich von der Lühe", "person", "DE"), E(IPMS, "research_org", "DE", "Fraunhofer IPMS"),
 E("Marek Wiśniewski", "person", "DE"), E(GF, "company", "DE"),
 E("Amira al-Hassan", "person", "DE"), E(HTW, "university", "DE", "HTW Dresden"),
 E("Rainer Ostendorf", "person", "DE", "Rainer"), E(BOSCH, "company", "DE"),
 E("Brussels", "place", "BE"), E("Grenoble", "place", "FR"),
 E("Anja Reichelt", "person", "DE", "Reichelt"), E("Erasmus+", "programme"),
 E(CS, "project", "DE"), E(SMWA, "public_body", "DE", "SMWA"),
 E("Lena Hoang", "person", "DE", "Hoang", "Lena"),
 E("Germany Trade & Invest", "public_body", "DE", "GTAI"),
 E("Pieter van den Berg", "person", "NL", "Pieter"), E("Holst Centre", "research_org", "NL"),
 E("Eindhoven", "place", "NL"), E("Silicon Europe", "network"),
 E("Chen Yu-hsin", "person", "TW", "Yu-hsin"), E("Hsinchu", "place", "TW"),
 E(HSPB, "public_body", "TW"), E("Lin Wei-ting", "person", "TW", "Lin"),
 E(ST, "event", "TW"), E("Taipei", "place", "TW"),
 E("Minalogic", "cluster", "FR"), E("Jean-Baptiste Moreau-Laffitte", "person", "FR"),
 E(SE24, "event", "DE"), E("Munich", "place", "DE"),
 E(WFS, "public_body", "DE", "Wirtschaftsförderung Sachsen", "WFS"),
 E("NY CREATES", "research_org", "US"), E("Albany", "place", "US"),
],
relations=[
 R(SS, "located_in", "Saxony"), R(SS, "located_in", "Dresden"),
 *[R(p, "works_for", o) for p, o in BOARD],
 *[R(p, "works_for", SS) for p, _ in BOARD],
 *[R(o, "member_of", SS) for _, o in BOARD],
 R("Rainer Ostendorf", "works_for", BOSCH), R("Rainer Ostendorf", "works_for", SS),
 R(BOSCH, "member_of", SS),
 R("Anja Reichelt", "works_for", SS),
 R(CS, "funded_by", "Erasmus+"), R("Ulrike Brandstätter", "leads", CS), R("TU Dresden", "leads", CS),
 *[R(o, "consortium_member_of", CS) for o in ("TU Dresden", HTW, SS, SMWA)],
 R("Lena Hoang", "works_for", SS), R("Lena Hoang", "works_for", "Germany Trade & Invest"),
 R("Pieter van den Berg", "works_for", SS), R("Pieter van den Berg", "works_for", "Holst Centre"),
 R("Holst Centre", "located_in", "Eindhoven"), R(SS, "member_of", "Silicon Europe"),
 R("Chen Yu-hsin", "works_for", SS),
 R("Lin Wei-ting", "works_for", HSPB), R(SS, "met_with", HSPB),
 R(SS, "participated_in", ST), R(HSPB, "participated_in", ST), R(ST, "located_in", "Taipei"),
 R(SS, "partner_of", "Minalogic"), R("Minalogic", "located_in", "Grenoble"),
 R("Jean-Baptiste Moreau-Laffitte", "works_for", "Minalogic"),
 R(SE24, "located_in", "Munich"), R(SS, "participated_in", SE24), R(WFS, "participated_in", SE24),
 R("NY CREATES", "located_in", "Albany"), R(IPMS, "partner_of", "NY CREATES"),
])

# --- 2. event news (HTML): speaker line-up of Nordic Life Science Days 2024 ------
NLS = "Nordic Life Science Days 2024"
MVA = "Medicon Valley Alliance"
OCC = "Oslo Cancer Cluster"
KI = "Karolinska Institutet"
BII = "BioInnovation Institute"
MB = "Massachusetts Biotechnology Council"
HCH = "Health Capital Helsinki"
HADEA = "European Health and Digital Executive Agency"
NMB = "NordMedTech Bridge"
IOKS = "Interreg Öresund-Kattegat-Skagerrak"
SPEAKERS = (("Ingrid Halvorsen", OCC), ("Mikael Lindqvist", KI), ("Jens Østergaard-Nielsen", BII),
            ("Hanne van der Meulen", MVA), ("Aiko Tanaka", "LINK-J"), ("Carlos de Souza Lima", MB),
            ("Priya Raghavan", "Biocom California"), ("Laura Mäkinen", HCH),
            ("Maria Rossi", HADEA), ("Erik Lundgren", "Region Skåne"))
PANEL = (("LINK-J", "Tokyo"), (MB, "Cambridge"), ("Biocom California", "San Diego"), (HCH, "Helsinki"))
GOLD["nordic-life-science-days-speakers-2024.html"] = dict(
entities=[
 E("SwedenBIO", "cluster", "SE"),
 E(NLS, "event", "SE", "NLSDays 2024", "Nordic Life Science Days", "NLSDays"),
 E("Malmö", "place", "SE"), E(MVA, "cluster", "DK", "MVA"), E("Region Skåne", "public_body", "SE"),
 E("Ingrid Halvorsen", "person", "NO", "Halvorsen"), E(OCC, "cluster", "NO"), E("Boston", "place", "US"),
 E("Mikael Lindqvist", "person", "SE"), E(KI, "university", "SE"), E("Stockholm", "place", "SE"),
 E("Jens Østergaard-Nielsen", "person", "DK"), E(BII, "research_org", "DK", "BII"),
 E("Copenhagen", "place", "DK"),
 E("Hanne van der Meulen", "person", "DK", "van der Meulen"),
 E("Aiko Tanaka", "person", "JP", "Tanaka"),
 E("LINK-J", "network", "JP", "Life Science Innovation Network Japan"), E("Tokyo", "place", "JP"),
 E("Carlos de Souza Lima", "person", "US", "de Souza Lima"), E(MB, "cluster", "US", "MassBio"),
 E("Cambridge", "place", "US"),
 E("Priya Raghavan", "person", "US"), E("Biocom California", "cluster", "US"),
 E("San Diego", "place", "US"),
 E("Laura Mäkinen", "person", "FI"), E(HCH, "cluster", "FI"), E("Helsinki", "place", "FI"),
 E("Maria Rossi", "person"), E(HADEA, "public_body", None, "HaDEA"),
 E("EU4Health", "programme"), E("Horizon Europe", "programme"),
 E("Erik Lundgren", "person", "SE"), E(NMB, "project"), E(IOKS, "programme"),
 E("EBD Group", "company"), E("NLSDays 2023", "event", "SE"),
 E("Lund University", "university", "SE"),
 E("Anna-Karin Persson", "person", "SE"), E("Fredrik Sandström", "person", "SE"),
],
relations=[
 R("SwedenBIO", "organized", NLS), R(MVA, "organized", NLS), R("Region Skåne", "organized", NLS),
 R(NLS, "located_in", "Malmö"),
 *[R(p, "works_for", o) for p, o in SPEAKERS],
 *[R(p, "participated_in", NLS) for p, _ in SPEAKERS],
 R(KI, "located_in", "Stockholm"), R(BII, "located_in", "Copenhagen"),
 *[R(o, "located_in", c) for o, c in PANEL],
 *[R(o, "partner_of", MVA) for o, _ in PANEL],
 R("Region Skåne", "leads", NMB),
 *[R(o, "consortium_member_of", NMB) for o in ("Region Skåne", MVA, OCC, HCH)],
 R(NMB, "funded_by", IOKS),
 R("EBD Group", "participated_in", NLS), R("EBD Group", "participated_in", "NLSDays 2023"),
 R("NLSDays 2023", "located_in", "Stockholm"),
 R("LINK-J", "met_with", "Lund University"),
 R("Anna-Karin Persson", "works_for", "Region Skåne"),
 R("Fredrik Sandström", "works_for", "SwedenBIO"),
])

# --- 3. delegation report: flanders.bio mission to Malaysia and Singapore ---------
FB = "flanders.bio"
FIT = "Flanders Investment & Trade"
VLAIO = "Flanders Innovation & Entrepreneurship"
AB = "ASEAN Bridge"
BEC = "Malaysian Bioeconomy Development Corporation"
MIDA = "Malaysian Investment Development Authority"
BM = "BioMalaysia 2023"
UM = "Universiti Malaya"
BTI = "Bioprocessing Technology Institute"
EDB = "Singapore Economic Development Board"
BLCC = "Belgian and Luxembourg Chamber of Commerce in Singapore"
KFG = "Knowledge for Growth 2024"
FB_COMPANIES = (("Vitrocell Flanders", "Mechelen"), ("Mabtrix NV", "Ghent"),
                ("Celvia Therapeutics", "Leuven"), ("Peptiva BV", "Antwerp"))
DELEGATES = (("Ann Verstraete", FB), ("Bram De Clercq", FB), ("Lieve Van de Walle", "Ghent University"),
             ("Koen Peeters", "VIB"), ("Youssef El Amrani", "Vitrocell Flanders"),
             ("Sarah Wuyts", "Mabtrix NV"), ("Pieter-Jan Claes", "Celvia Therapeutics"),
             ("Ravi Menon", "Peptiva BV"), ("Charlotte de Meeûs", FIT))
GOLD["flanders-bio-mission-malaysia-singapore-2023.txt"] = dict(
entities=[
 E(FB, "cluster", "BE"), E("Flanders", "place", "BE"), E("Kuala Lumpur", "place", "MY"),
 E("Singapore", "place", "SG"), E(FIT, "public_body", "BE", "FIT"), E(AB, "project", "BE"),
 E(VLAIO, "public_body", "BE", "VLAIO"),
 E("Ann Verstraete", "person", "BE", "Verstraete"), E("Bram De Clercq", "person", "BE"),
 E("Lieve Van de Walle", "person", "BE", "Van de Walle"), E("Ghent University", "university", "BE"),
 E("Koen Peeters", "person", "BE"), E("VIB", "research_org", "BE", "Vlaams Instituut voor Biotechnologie"),
 E("Youssef El Amrani", "person", "BE"), E("Vitrocell Flanders", "company", "BE"),
 E("Mechelen", "place", "BE"),
 E("Sarah Wuyts", "person", "BE", "Wuyts"), E("Mabtrix NV", "company", "BE", "Mabtrix"),
 E("Ghent", "place", "BE"),
 E("Pieter-Jan Claes", "person", "BE", "Claes"), E("Celvia Therapeutics", "company", "BE", "Celvia"),
 E("Leuven", "place", "BE"),
 E("Ravi Menon", "person", "BE"), E("Peptiva BV", "company", "BE"), E("Antwerp", "place", "BE"),
 E("Charlotte de Meeûs", "person", "BE"),
 E(BEC, "public_body", "MY", "Bioeconomy Corporation"),
 E("Zainal Abidin bin Hassan", "person", "MY", "bin Hassan"),
 E("Syed Hamid al-Attas", "person", "MY", "al-Attas"), E(MIDA, "public_body", "MY", "MIDA"),
 E("Selangor", "place", "MY"), E("Johor", "place", "MY"),
 E(BM, "event", "MY"),
 E("Nur Aisyah binti Ismail", "person", "MY", "binti Ismail"), E(UM, "university", "MY"),
 E("Pharmaniaga", "company", "MY"),
 E(BTI, "research_org", "SG", "BTI"),
 E("A*STAR", "public_body", "SG", "Agency for Science, Technology and Research"),
 E("Tan Mei Ling", "person", "SG", "Tan"),
 E("Rajesh Pillai", "person", "SG"), E(EDB, "public_body", "SG", "EDB"),
 E("BioSingapore", "cluster", "SG"), E(BLCC, "public_body", "SG", "BLCC"),
 E(KFG, "event", "BE", "Knowledge for Growth"),
],
relations=[
 R(FB, "located_in", "Flanders"),
 R(FB, "leads", AB), R(FB, "consortium_member_of", AB), R(AB, "funded_by", VLAIO),
 *[R(p, "works_for", o) for p, o in DELEGATES],
 *[R(c, "located_in", t) for c, t in FB_COMPANIES],
 *[R(c, "member_of", FB) for c, _ in FB_COMPANIES],
 R("Zainal Abidin bin Hassan", "works_for", BEC), R("Syed Hamid al-Attas", "works_for", MIDA),
 R(BEC, "located_in", "Kuala Lumpur"),
 R(FB, "met_with", BEC), R(FB, "met_with", MIDA), R(FB, "partner_of", BEC),
 R(BM, "located_in", "Kuala Lumpur"), R(BEC, "organized", BM),
 *[R(c, "participated_in", BM) for c, _ in FB_COMPANIES],
 R(FB, "participated_in", BM), R("Ann Verstraete", "participated_in", BM),
 R("Nur Aisyah binti Ismail", "participated_in", BM),
 R("Nur Aisyah binti Ismail", "works_for", UM), R("Ghent University", "met_with", UM),
 R("Mabtrix NV", "met_with", "Pharmaniaga"),
 R(BTI, "located_in", "Singapore"), R(FB, "met_with", BTI), R("Tan Mei Ling", "works_for", "A*STAR"),
 R("Celvia Therapeutics", "partner_of", BTI),
 R("Rajesh Pillai", "works_for", EDB), R(FB, "met_with", EDB),
 R(FB, "organized", KFG), R(KFG, "located_in", "Ghent"),
 R("Zainal Abidin bin Hassan", "participated_in", KFG), R(BEC, "participated_in", KFG),
])

# --- 4. EU consortium kick-off: Horizon Europe project AQUAROOT -------------------
AQ = "AQUAROOT"
CARTIF = "CARTIF Technology Centre"
WUR = "Wageningen University & Research"
CWP = "Catalan Water Partnership"
UM6P = "Université Mohammed VI Polytechnique"
IMIDA = "Instituto Murciano de Investigación y Desarrollo Agrario y Medioambiental"
SERI = "State Secretariat for Education, Research and Innovation"
SIWI = "Stockholm International Water Institute"
WWW = "World Water Week 2024"
AQ_PARTNERS = (CARTIF, WUR, "Aarhus University", "CREA", CWP, "Water Europe",
               "Hidrosens Ibérica SL", "AgriPlan Analytics BV",
               "Cooperativa Agricola Terre del Tavoliere", UM6P, "ETH Zurich", "Water Alliance",
               IMIDA, "Riegos del Duero SA")
WP_LEADERS = (("Jan-Willem van der Veen", WUR), ("Mette Kjærgaard", "Aarhus University"),
              ("Giuseppe Lo Bianco", "CREA"), ("Marta Roig i Pujol", CWP),
              ("Giulia Ferraro", "Water Europe"))
AQ_PLACES = (("Hidrosens Ibérica SL", "Valladolid"), ("AgriPlan Analytics BV", "Wageningen"),
             ("Cooperativa Agricola Terre del Tavoliere", "Foggia"), (UM6P, "Ben Guerir"),
             ("Water Alliance", "Leeuwarden"), (IMIDA, "Murcia"))
GOLD["aquaroot-horizon-europe-kick-off-2024.md"] = dict(
entities=[
 E(AQ, "project"), E("Horizon Europe", "programme"),
 E(CARTIF, "research_org", "ES", "Centro Tecnológico CARTIF", "CARTIF"),
 E("Valladolid", "place", "ES"), E("Castilla y León", "place", "ES"), E("Murcia", "place", "ES"),
 E("Apulia", "place", "IT"), E("Souss-Massa", "place", "MA"),
 E("Lucía de la Fuente Álvarez", "person", "ES", "de la Fuente"),
 E("Stefan Kowalczyk", "person"), E("European Research Executive Agency", "public_body", None, "REA"),
 E("Jan-Willem van der Veen", "person", "NL", "van der Veen"), E(WUR, "university", "NL", "WUR"),
 E("Mette Kjærgaard", "person", "DK", "Kjærgaard"), E("Aarhus University", "university", "DK"),
 E("Giuseppe Lo Bianco", "person", "IT"),
 E("CREA", "research_org", "IT", "Consiglio per la ricerca in agricoltura e l'analisi dell'economia agraria"),
 E("Marta Roig i Pujol", "person", "ES"), E(CWP, "cluster", "ES", "CWP"),
 E("Giulia Ferraro", "person", "BE", "Ferraro"), E("Water Europe", "network", "BE"),
 E("Hidrosens Ibérica SL", "company", "ES"), E("AgriPlan Analytics BV", "company", "NL"),
 E("Wageningen", "place", "NL"),
 E("Cooperativa Agricola Terre del Tavoliere", "company", "IT"), E("Foggia", "place", "IT"),
 E(UM6P, "university", "MA", "UM6P"), E("Ben Guerir", "place", "MA"),
 E("Karim El Idrissi", "person", "MA", "El Idrissi"),
 E("ETH Zurich", "university", "CH"), E("Water Alliance", "cluster", "NL"),
 E("Leeuwarden", "place", "NL"), E(IMIDA, "research_org", "ES", "IMIDA"),
 E("Riegos del Duero SA", "company", "ES"), E(SERI, "public_body", "CH", "SERI"),
 E("SOILMED", "project"),
 E("PRIMA", "programme", None, "Partnership for Research and Innovation in the Mediterranean Area"),
 E("Fatima-Zahra Benali", "person", "MA"),
 E("ICARDA", "research_org", None, "International Center for Agricultural Research in the Dry Areas"),
 E(WWW, "event", "SE"), E(SIWI, "research_org", "SE", "SIWI"), E("Stockholm", "place", "SE"),
],
relations=[
 R(AQ, "funded_by", "Horizon Europe"), R(AQ, "funded_by", SERI),
 R(CARTIF, "leads", AQ), R("Lucía de la Fuente Álvarez", "leads", AQ),
 R("Lucía de la Fuente Álvarez", "works_for", CARTIF), R(CARTIF, "located_in", "Valladolid"),
 *[R(o, "consortium_member_of", AQ) for o in AQ_PARTNERS],
 R("Stefan Kowalczyk", "works_for", "European Research Executive Agency"),
 *[R(p, "works_for", o) for p, o in WP_LEADERS],
 *[R(o, "located_in", t) for o, t in AQ_PLACES],
 R("Karim El Idrissi", "works_for", UM6P),
 R("SOILMED", "funded_by", "PRIMA"), R(UM6P, "leads", "SOILMED"),
 *[R(o, "consortium_member_of", "SOILMED") for o in (UM6P, CARTIF, "CREA")],
 R("Fatima-Zahra Benali", "works_for", "ICARDA"),
 R(WWW, "located_in", "Stockholm"), R(SIWI, "organized", WWW),
 R("Lucía de la Fuente Álvarez", "participated_in", WWW), R("Giulia Ferraro", "participated_in", WWW),
 R("Water Europe", "participated_in", WWW),
])

# --- 5. newsletter (HTML): Aerospace Valley international team, MoU, visitors ----
AV = "Aerospace Valley"
AM = "Aéro Montréal"
PAS = "Paris Air Show"
ISAE = "ISAE-SUPAERO"
ILA = "ILA Berlin 2024"
AH2 = "AERO-H2SUDOE"
AA = "Andalucía Aerospace"
AED = "AED Cluster Portugal"
AMT = "Aeromart Toulouse 2023"
SIATI = "Society of Indian Aerospace Technologies and Industries"
GOLD["aerospace-valley-international-newsletter-2023.html"] = dict(
entities=[
 E(AV, "cluster", "FR"), E("Occitanie", "place", "FR"), E("Nouvelle-Aquitaine", "place", "FR"),
 E("Jean-Marc du Plessis", "person", "FR", "du Plessis"), E("Airbus", "company", "FR"),
 E("Toulouse", "place", "FR"), E("AD'OCC", "public_body", "FR"),
 E("Hélène Castagnet-Ruiz", "person", "FR"), E("Business France", "public_body", "FR"),
 E("Montreal", "place", "CA"),
 E("Inès Benhaddou", "person", "FR", "Benhaddou"), E("Bordeaux", "place", "FR"),
 E("Tobias Reinhardt", "person", "DE", "Reinhardt"), E("bavAIRia", "cluster", "DE"),
 E("Ananya Krishnan", "person", "FR", "Krishnan"), E("Bengaluru", "place", "IN"),
 E("Le Bourget", "place", "FR"), E(PAS, "event", "FR"),
 E("Yann Le Goff", "person", "FR"), E("Geneviève Tremblay-Roy", "person", "CA", "Tremblay-Roy"),
 E(AM, "cluster", "CA"), E("Quebec", "place", "CA"), E("Philippe-André Lavoie", "person", "CA"),
 E("Bavaria", "place", "DE"), E("Wolfgang von Aichberg", "person", "DE", "von Aichberg"),
 E("ONERA", "research_org", "FR"),
 E(ISAE, "university", "FR", "Institut Supérieur de l'Aéronautique et de l'Espace"),
 E(ILA, "event", "DE"), E(AH2, "project"), E("Interreg Sudoe", "programme"),
 E(AA, "cluster", "ES"), E("Seville", "place", "ES"), E("Álvaro Montes de Oca", "person", "ES"),
 E(AED, "cluster", "PT"), E("Rita Sousa e Silva", "person", "PT"),
 E(AMT, "event", "FR"), E("BCI Aerospace", "company", "FR"),
 E(SIATI, "cluster", "IN", "SIATI"), E("Venkatesh Raghunathan", "person", "IN"),
],
relations=[
 R(AV, "located_in", "Occitanie"), R(AV, "located_in", "Nouvelle-Aquitaine"),
 R(AV, "located_in", "Bordeaux"),
 R("Jean-Marc du Plessis", "works_for", AV), R("Jean-Marc du Plessis", "works_for", "Airbus"),
 R("Jean-Marc du Plessis", "works_for", "AD'OCC"),
 R("Airbus", "located_in", "Toulouse"), R("AD'OCC", "located_in", "Occitanie"),
 R("Hélène Castagnet-Ruiz", "works_for", AV), R("Hélène Castagnet-Ruiz", "works_for", "Business France"),
 R("Business France", "located_in", "Montreal"),
 R("Inès Benhaddou", "works_for", AV), R("Tobias Reinhardt", "works_for", AV),
 R("Tobias Reinhardt", "works_for", "bavAIRia"), R("Ananya Krishnan", "works_for", AV),
 R("Yann Le Goff", "works_for", AV), R("Geneviève Tremblay-Roy", "works_for", AM),
 R(AV, "partner_of", AM), R(PAS, "located_in", "Le Bourget"),
 *[R(x, "participated_in", PAS) for x in (
   AV, AM, "Yann Le Goff", "Geneviève Tremblay-Roy", "Philippe-André Lavoie")],
 R(AM, "located_in", "Quebec"),
 R("Wolfgang von Aichberg", "works_for", "bavAIRia"), R("bavAIRia", "located_in", "Bavaria"),
 R("bavAIRia", "met_with", AV), R("bavAIRia", "met_with", "ONERA"), R("bavAIRia", "met_with", ISAE),
 R("ONERA", "located_in", "Toulouse"), R(ISAE, "located_in", "Toulouse"),
 R(AV, "participated_in", ILA), R("bavAIRia", "participated_in", ILA),
 R(AH2, "funded_by", "Interreg Sudoe"), R(AA, "leads", AH2),
 *[R(o, "consortium_member_of", AH2) for o in (AA, AV, AED)],
 R(AA, "located_in", "Seville"), R("Álvaro Montes de Oca", "works_for", AA),
 R("Rita Sousa e Silva", "works_for", AED),
 R(AMT, "located_in", "Toulouse"), R("BCI Aerospace", "organized", AMT),
 *[R(x, "participated_in", AMT) for x in (AV, AM, SIATI, "Venkatesh Raghunathan")],
 R("Venkatesh Raghunathan", "works_for", SIATI), R(SIATI, "located_in", "Bengaluru"),
])

# --- 6. event news: Catalan delegation at BioJapan 2024 -------------------------
BJ = "BioJapan 2024"
CBHT = "CataloniaBio & HealthTech"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
KBIC = "Kobe Biomedical Innovation Cluster"
IRB = "Institute for Research in Biomedicine"
VHIO = "Vall d'Hebron Institute of Oncology"
JETRO = "Japan External Trade Organization"
SEM = "Catalonia-Japan Life Sciences Seminar"
KMETI = "Kansai Bureau of Economy, Trade and Industry"
BES = "BIO-Europe Spring 2025"
CAT_DELEGATES = (("Núria Soler Casals", "Oncora Therapeutics"), ("Albert Ferrer-Vidal", "Bioarray Diagnostics"),
                 ("Laia Bosch", IRB), ("Xavier Roca", VHIO), ("Clara Sabaté", CBHT))
GOLD["catalonia-delegation-biojapan-2024.txt"] = dict(
entities=[
 E(BJ, "event", "JP", "BioJapan"), E("Yokohama", "place", "JP"),
 E("ACCIÓ", "public_body", "ES"), E("Biocat", "cluster", "ES"), E("Catalonia", "place", "ES"),
 E(CBHT, "cluster", "ES"), E("Jordi Puig i Ferrer", "person", "ES", "Puig i Ferrer"),
 E("JTB Communication Design", "company", "JP"),
 E("Yuko Matsumoto", "person", "JP", "Matsumoto"), E(FBRI, "research_org", "JP", "FBRI"),
 E(KBIC, "cluster", "JP", "KBIC"), E("Kobe", "place", "JP"),
 E("Montserrat Vila de la Torre", "person", "ES", "Vila de la Torre"), E("Tokyo", "place", "JP"),
 E("Hiroshi Kuroda", "person", "JP"), E("City of Kobe", "public_body", "JP"),
 E("Barcelona", "place", "ES"),
 E("Núria Soler Casals", "person", "ES", "Soler Casals"),
 E("Oncora Therapeutics", "company", "ES", "Oncora"),
 E("Albert Ferrer-Vidal", "person", "ES"), E("Bioarray Diagnostics", "company", "ES"),
 E("Sant Cugat del Vallès", "place", "ES"),
 E("Laia Bosch", "person", "ES", "Bosch"), E(IRB, "research_org", "ES", "IRB Barcelona"),
 E("Xavier Roca", "person", "ES", "Roca"), E(VHIO, "research_org", "ES", "VHIO"),
 E("Clara Sabaté", "person", "ES", "Sabaté"),
 E("Takeda Pharmaceutical", "company", "JP"),
 E(JETRO, "public_body", "JP", "JETRO"), E(SEM, "event", "JP"),
 E("Takashi Mori", "person", "JP"),
 E("Osaka", "place", "JP"), E("Osaka University", "university", "JP"),
 E("Kenji Nakamura", "person", "JP"), E(KMETI, "public_body", "JP", "Kansai METI"),
 E("Kansai", "place", "JP"), E(BES, "event", "IT"), E("Milan", "place", "IT"),
],
relations=[
 R(BJ, "located_in", "Yokohama"), R("JTB Communication Design", "organized", BJ),
 *[R(o, "participated_in", BJ) for o in ("ACCIÓ", "Biocat", CBHT)],
 R("Biocat", "located_in", "Catalonia"),
 R("Jordi Puig i Ferrer", "works_for", "Biocat"), R("Jordi Puig i Ferrer", "participated_in", BJ),
 R("Biocat", "partner_of", FBRI),
 R("Yuko Matsumoto", "works_for", FBRI), R("Yuko Matsumoto", "participated_in", BJ),
 R(FBRI, "participated_in", BJ), R(FBRI, "member_of", KBIC), R(KBIC, "located_in", "Kobe"),
 R("Montserrat Vila de la Torre", "works_for", "ACCIÓ"),
 R("Montserrat Vila de la Torre", "participated_in", BJ), R("ACCIÓ", "located_in", "Tokyo"),
 R("Hiroshi Kuroda", "works_for", "City of Kobe"), R("Hiroshi Kuroda", "participated_in", BJ),
 *[R(p, "works_for", o) for p, o in CAT_DELEGATES],
 *[R(p, "participated_in", BJ) for p, _ in CAT_DELEGATES],
 *[R(o, "participated_in", BJ) for o in ("Oncora Therapeutics", "Bioarray Diagnostics", IRB, VHIO)],
 R("Oncora Therapeutics", "located_in", "Barcelona"),
 R("Bioarray Diagnostics", "located_in", "Sant Cugat del Vallès"),
 R("Oncora Therapeutics", "met_with", "Takeda Pharmaceutical"),
 R(JETRO, "organized", SEM), R("ACCIÓ", "organized", SEM), R(SEM, "located_in", "Tokyo"),
 R("Takashi Mori", "works_for", JETRO), R("Takashi Mori", "participated_in", SEM),
 R("Jordi Puig i Ferrer", "participated_in", SEM),
 R(CBHT, "met_with", "Osaka University"), R(CBHT, "met_with", KMETI),
 R("Kenji Nakamura", "works_for", KMETI), R("Osaka University", "located_in", "Osaka"),
 R("Biocat", "participated_in", BES), R(FBRI, "participated_in", BES), R(BES, "located_in", "Milan"),
])

# --- 7. annual-report chapter: Vitagora international activities 2023 ------------
VIT = "Vitagora"
BDD = "Biscuits des Ducs SAS"
IAD = "Institut Agro Dijon"
FV = "Foodvalley NL"
NW = "NUTRIWAL"
IFWV = "Interreg France-Wallonie-Vlaanderen"
CSGA = "Centre des Sciences du Goût et de l'Alimentation"
CLAN = "Cluster Agrifood Nazionale"
CIN = "Cintech agroalimentaire"
VID = "Vitagora International Days 2023"
GOLD["vitagora-annual-report-international-2023.md"] = dict(
entities=[
 E(VIT, "cluster", "FR"), E("Bourgogne-Franche-Comté", "place", "FR"), E("Dijon", "place", "FR"),
 E("Sophie de Villeneuve", "person", "FR", "de Villeneuve"),
 E("Thibault Marchand", "person", "FR", "Marchand"), E("Laurent Berthier", "person", "FR", "Berthier"),
 E("Claire Dumont-Lebrun", "person", "FR"), E(BDD, "company", "FR", "Biscuits des Ducs"),
 E("Beaune", "place", "FR"),
 E("Antoine Mercier", "person", "FR"), E(IAD, "university", "FR"),
 E("Hélène Vasseur", "person", "FR"),
 E("INRAE", "research_org", "FR", "National Research Institute for Agriculture, Food and Environment"),
 E(FV, "cluster", "NL"), E("Wageningen", "place", "NL"),
 E("Roel van der Linden", "person", "NL", "van der Linden"),
 E("Wagralim", "cluster", "BE"), E(NW, "project"), E(IFWV, "programme"),
 E("University of Liège", "university", "BE"), E(CSGA, "research_org", "FR", "CSGA"),
 E("Benoît Dethier", "person", "BE"), E("Namur", "place", "BE"),
 E(CLAN, "cluster", "IT", "CL.A.N."), E("Rome", "place", "IT"),
 E("Francesca Di Marco", "person", "IT", "Di Marco"),
 E("Quebec", "place", "CA"),
 E(CIN, "research_org", "CA"), E("Saint-Hyacinthe", "place", "CA"),
 E("Isabelle Gagnon-Pelletier", "person", "CA"),
 E("Embrapa", "research_org", "BR", "Empresa Brasileira de Pesquisa Agropecuária"),
 E("João Batista dos Santos", "person", "BR", "dos Santos"), E("Rio de Janeiro", "place", "BR"),
 E("Anuga 2023", "event", "DE", "Anuga"), E("Cologne", "place", "DE"),
 E("Koelnmesse", "company", "DE"), E(VID, "event", "FR"), E("EIT Food", "network"),
],
relations=[
 R(VIT, "located_in", "Bourgogne-Franche-Comté"), R(VIT, "located_in", "Dijon"),
 *[R(p, "works_for", VIT) for p in ("Sophie de Villeneuve", "Thibault Marchand", "Laurent Berthier")],
 R("Claire Dumont-Lebrun", "works_for", BDD), R(BDD, "located_in", "Beaune"), R(BDD, "member_of", VIT),
 R("Antoine Mercier", "works_for", IAD), R("Hélène Vasseur", "works_for", "INRAE"),
 R(IAD, "member_of", VIT), R("INRAE", "member_of", VIT),
 R(VIT, "partner_of", FV), R(FV, "located_in", "Wageningen"), R("Roel van der Linden", "works_for", FV),
 R(NW, "funded_by", IFWV), R("Wagralim", "leads", NW),
 *[R(o, "consortium_member_of", NW) for o in ("Wagralim", VIT, "University of Liège", CSGA)],
 R(CSGA, "located_in", "Dijon"), R("Benoît Dethier", "works_for", "Wagralim"),
 R(VIT, "partner_of", CLAN), R(CLAN, "located_in", "Rome"), R("Francesca Di Marco", "works_for", CLAN),
 R(CIN, "located_in", "Saint-Hyacinthe"), R("Isabelle Gagnon-Pelletier", "works_for", CIN),
 R(VIT, "met_with", CIN),
 R("João Batista dos Santos", "works_for", "Embrapa"), R("Embrapa", "located_in", "Rio de Janeiro"),
 R(VIT, "met_with", "Embrapa"),
 R("Anuga 2023", "located_in", "Cologne"), R("Koelnmesse", "organized", "Anuga 2023"),
 *[R(x, "participated_in", "Anuga 2023") for x in (VIT, BDD, "Sophie de Villeneuve", "Laurent Berthier")],
 R(VIT, "organized", VID), R(VID, "located_in", "Dijon"),
 *[R(p, "participated_in", VID) for p in (
   "Roel van der Linden", "Francesca Di Marco", "João Batista dos Santos")],
 R(VIT, "member_of", "EIT Food"),
])

# --- 8. press release: K-MEDI hub / BioHouston MoU at BIO 2024 -------------------
KM = "Daegu-Gyeongbuk Medical Innovation Foundation"
BH = "BioHouston"
BIO24 = "BIO International Convention 2024"
DMC = "Daegu Metropolitan City"
GHP = "Greater Houston Partnership"
KHIDI = "Korea Health Industry Development Institute"
MTB = "Daegu-Houston MedTech Bridge"
KNU = "Kyungpook National University"
BCM = "Baylor College of Medicine"
KOTRA = "Korea Trade-Investment Promotion Agency"
DIMF = "Daegu International Medical Forum 2024"
COMPLEX = "Daegu-Gyeongbuk Advanced Medical Industry Complex"
KR_PEOPLE = (("Yang Jin-young", KM), ("Thomas Whitfield", BH), ("Hong Dae-sik", DMC),
             ("Layla al-Amin", GHP), ("Kim Hye-won", KHIDI), ("Jang Seok-hoon", "Medivue Co., Ltd."))
GOLD["k-medi-hub-biohouston-mou-2024.txt"] = dict(
entities=[
 E(KM, "cluster", "KR", "K-MEDI hub"), E("Daegu", "place", "KR"),
 E("North Gyeongsang Province", "place", "KR"),
 E(BH, "cluster", "US"), E("Houston", "place", "US"), E("Texas", "place", "US"),
 E(BIO24, "event", "US", "BIO 2024"), E("San Diego", "place", "US"),
 E("Biotechnology Innovation Organization", "network", "US"),
 E("Yang Jin-young", "person", "KR", "Yang"), E("Thomas Whitfield", "person", "US", "Whitfield"),
 E("Hong Dae-sik", "person", "KR"), E(DMC, "public_body", "KR"),
 E("Layla al-Amin", "person", "US"), E(GHP, "public_body", "US"),
 E("Kim Hye-won", "person", "KR", "Kim"), E(KHIDI, "public_body", "KR", "KHIDI"),
 E(MTB, "project", None, "MedTech Bridge"),
 E("Ministry of Health and Welfare", "public_body", "KR"),
 E(KNU, "university", "KR", "KNU"), E(BCM, "university", "US"),
 E("Lee Min-ho", "person", "KR"), E("Sarah Okafor", "person", "US", "Okafor"),
 E("Medivue Co., Ltd.", "company", "KR"), E("Jang Seok-hoon", "person", "KR"),
 E("Rice University", "university", "US"),
 E("Osteon Bio", "company", "KR"), E("Gyeongsan", "place", "KR"), E("Park Ji-eun", "person", "KR"),
 E("BIO 2023", "event", "US"),
 E(KOTRA, "public_body", "KR", "KOTRA"), E("Dallas", "place", "US"),
 E(DIMF, "event", "KR", "DIMF 2024"), E(COMPLEX, "place", "KR"),
],
relations=[
 R(KM, "located_in", "Daegu"), R(KM, "located_in", "North Gyeongsang Province"),
 R(KM, "located_in", COMPLEX),
 R(BH, "located_in", "Houston"), R(BH, "located_in", "Texas"),
 R(KM, "partner_of", BH),
 R(BIO24, "located_in", "San Diego"), R("Biotechnology Innovation Organization", "organized", BIO24),
 *[R(x, "participated_in", BIO24) for x in (KM, BH, KHIDI, "Medivue Co., Ltd.", "Osteon Bio")],
 *[R(p, "participated_in", BIO24) for p, _ in KR_PEOPLE],
 *[R(p, "works_for", o) for p, o in KR_PEOPLE],
 R("Lee Min-ho", "works_for", KNU), R("Sarah Okafor", "works_for", BCM),
 R("Park Ji-eun", "works_for", "Osteon Bio"),
 R(KM, "leads", MTB),
 *[R(o, "consortium_member_of", MTB) for o in (KM, BH, KNU, BCM)],
 R(MTB, "funded_by", "Ministry of Health and Welfare"), R(MTB, "funded_by", DMC),
 R(KNU, "located_in", "Daegu"), R(BCM, "located_in", "Houston"),
 R("Medivue Co., Ltd.", "located_in", "Daegu"), R("Osteon Bio", "located_in", "Gyeongsan"),
 R("Medivue Co., Ltd.", "member_of", KM), R("Osteon Bio", "member_of", KM),
 R("Medivue Co., Ltd.", "met_with", "Rice University"), R("Osteon Bio", "met_with", BCM),
 R(KOTRA, "located_in", "Dallas"), R(KM, "met_with", GHP),
 R(DIMF, "located_in", "Daegu"), R(DMC, "organized", DIMF),
 R(BH, "participated_in", DIMF), R("Thomas Whitfield", "participated_in", DIMF),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"{doc}: document missing"
        text = path.read_text(encoding="utf-8").casefold()
        names, forms = {}, {}
        for ent in gold["entities"]:
            assert ent["type"] in TYPES, f"{doc}: bad type {ent}"
            assert ent["name"] not in names, f"{doc}: duplicate entity {ent['name']}"
            names[ent["name"]] = ent["type"]
            for form in [ent["name"], *ent["aliases"]]:
                key = form.casefold()
                assert key not in forms, f"{doc}: {form!r} used by {forms.get(key)} and {ent['name']}"
                forms[key] = ent["name"]
                assert key in text, f"{doc}: {form!r} not in the text"
        seen = set()
        for rel in gold["relations"]:
            s, p, o = rel["subject"], rel["predicate"], rel["object"]
            assert p in ALLOWED, f"{doc}: bad predicate {rel}"
            assert s in names and o in names, f"{doc}: undeclared end in {rel}"
            subj_ok, obj_ok = ALLOWED[p]
            assert names[s] in subj_ok and names[o] in obj_ok, f"{doc}: types not allowed {rel}"
            assert s != o, f"{doc}: self relation {rel}"
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, f"{doc}: duplicate relation {rel}"
            seen.add(key)


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))


if __name__ == "__main__":
    main()
