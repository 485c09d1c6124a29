"""Hand annotations of the `train-ah` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ah/make_gold_train_ah.py

Theme: North American life-science and tech clusters and their missions to
Europe and Asia. Same rules as make_gold.py (README, "Documents and gold"),
written by a separate annotator. Choices kept throughout the set:
- state/provincial bioscience trade associations (MassBio, BioNJ, LSO, ...) and
  their foreign counterparts (KoreaBIO, Taiwan BIO) are `cluster`;
- Genome Alberta, Genome BC, Genome Canada (non-profit public research funders)
  are `public_body`; SelectUSA (a federal investment-promotion office) is `public_body`;
- planned participations stated as agreed ("will share a stand at ...") are
  annotated like past ones;
- sub-city districts (Nihonbashi, Seaport district) are `place`;
- unnamed events (a "kick-off meeting", a "mission") are not entities.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-ah"

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

# --- 1. annual-report chapter: MassBio global partnerships ------------------------
MB = "Massachusetts Biotechnology Council"
MVA = "Medicon Valley Alliance"
LJ = "Life Science Innovation Network Japan"
BES24 = "BIO-Europe Spring 2024"
BIO24 = "BIO International Convention 2024"
BJ24 = "BioJapan 2024"
BE24 = "BIO-Europe 2024"
MOITI = "Massachusetts Office of International Trade and Investment"
PD = "MassBio International Partnering Day"
TLP = "Transatlantic Landing Pad"
HW = "Helen Whitcombe"
GOLD["massbio-global-partnerships-annual-report-2024.md"] = dict(
entities=[
 E(MB, "cluster", "US", "MassBio"), E("Massachusetts", "place", "US"), E("Cambridge", "place", "US"),
 E(HW, "person", "US", "Whitcombe"), E("Copenhagen", "place", "DK"), E("Barcelona", "place", "ES"),
 E("Tokyo", "place", "JP"), E(MVA, "cluster", "DK", "MVA"), E("Anders Lindqvist", "person", None),
 E("Biocat", "cluster", "ES"), E(BES24, "event", "ES"), E("Núria Ferrer i Solà", "person", "ES"),
 E(LJ, "network", "JP", "LINK-J"), E("Nihonbashi", "place", "JP"),
 E(BIO24, "event", "US", "BIO International Convention"), E("San Diego", "place", "US"),
 E(BJ24, "event", "JP"), E("Yokohama", "place", "JP"), E(BE24, "event", "SE"),
 E("Stockholm", "place", "SE"), E(MOITI, "public_body", "US", "MOITI"),
 E("Charlesbank Therapeutics", "company", "US"), E("Waltham", "place", "US"),
 E("Quabbin Genomics", "company", "US"), E("Worcester", "place", "US"),
 E("Mariko Saito", "person", "JP"), E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("EBD Group", "company", None), E("Nordvik Biologics", "company", "DK"),
 E(PD, "event", "US"), E("Kobe Biomedical Innovation Cluster", "cluster", "JP", "KBIC"),
 E(TLP, "project", "US", "Landing Pad"),
 E("Massachusetts Life Sciences Center", "public_body", "US", "MLSC"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("Council of State Bioscience Associations", "network", "US", "CSBA"),
 E("Seoul", "place", "KR"), E("Korea Health Industry Development Institute", "public_body", "KR", "KHIDI"),
],
relations=[
 R(MB, "located_in", "Massachusetts"), R(MB, "located_in", "Cambridge"), R(HW, "works_for", MB),
 R(MB, "partner_of", MVA), R(MVA, "located_in", "Copenhagen"), R("Anders Lindqvist", "works_for", MVA),
 R("Biocat", "partner_of", MB), R("Biocat", "located_in", "Barcelona"),
 R(BES24, "located_in", "Barcelona"), R(MB, "participated_in", BES24), R("Biocat", "participated_in", BES24),
 R("Núria Ferrer i Solà", "works_for", "Biocat"),
 R(LJ, "partner_of", MB), R(LJ, "located_in", "Tokyo"), R(LJ, "located_in", "Nihonbashi"),
 R(BIO24, "located_in", "San Diego"), R(MB, "participated_in", BIO24), R(MOITI, "participated_in", BIO24),
 *[R(c, p, o) for c, t in (("Charlesbank Therapeutics", "Waltham"), ("Quabbin Genomics", "Worcester"))
   for p, o in (("participated_in", BIO24), ("member_of", MB), ("located_in", t))],
 R(BJ24, "located_in", "Yokohama"), R(MB, "participated_in", BJ24), R(HW, "participated_in", BJ24),
 R("Mariko Saito", "participated_in", BJ24), R("Mariko Saito", "works_for", LJ),
 R("Japan External Trade Organization", "participated_in", BJ24),
 R(BE24, "located_in", "Stockholm"), R("EBD Group", "organized", BE24), R(MB, "participated_in", BE24),
 R("Quabbin Genomics", "participated_in", BE24), R("Nordvik Biologics", "participated_in", BE24),
 R("Quabbin Genomics", "met_with", "Nordvik Biologics"),
 R("Nordvik Biologics", "member_of", MVA),
 R(PD, "located_in", "Cambridge"), R(MB, "organized", PD), R(MOITI, "organized", PD),
 R("Biocat", "participated_in", PD), R(MVA, "participated_in", PD),
 R("Kobe Biomedical Innovation Cluster", "participated_in", PD),
 R(TLP, "funded_by", "Massachusetts Life Sciences Center"), R(MB, "leads", TLP),
 R(MB, "consortium_member_of", TLP), R("Biocat", "consortium_member_of", TLP),
 R(MVA, "consortium_member_of", TLP),
 R(MB, "member_of", "Council of European BioRegions"),
 R(MB, "member_of", "Council of State Bioscience Associations"),
])

# --- 2. delegation report: Life Sciences Ontario at BIO-Europe 2023 (Munich) ------
LSO = "Life Sciences Ontario"
BE23 = "BIO-Europe 2023"
IO = "Invest Ottawa"
REC = "Ontario–Bavaria Life Sciences Reception"
STMWI = "Bavarian State Ministry of Economic Affairs, Regional Development and Energy"
MV = "Medical Valley Europäische Metropolregion Nürnberg"
IZI = "Fraunhofer Institute for Cell Therapy and Immunology"
OBIS = "Ontario Bioscience Innovation Showcase"
ON_COMPANIES = (("Helix North Therapeutics", "Toronto"), ("Bayfront Biologics", "Hamilton"),
                ("Limestone Medical Devices", "Kingston"), ("Grand River Diagnostics", "Waterloo"),
                ("Credit Valley Pharma", "Mississauga"), ("Kanata Bioinformatics", "Ottawa"))
GOLD["life-sciences-ontario-bio-europe-delegation-2023.html"] = dict(
entities=[
 E(LSO, "cluster", "CA", "LSO"), E("Ontario", "place", "CA"), E("Toronto", "place", "CA"),
 E(BE23, "event", "DE"), E("Munich", "place", "DE"), E("EBD Group", "company", None),
 E("Ontario Ministry of Economic Development, Job Creation and Trade", "public_body", "CA", "MEDJCT"),
 E("Trade Commissioner Service", "public_body", "CA"),
 E("Consulate of Canada in Munich", "public_body", "CA"),
 E(IO, "public_body", "CA"), E("Ottawa", "place", "CA"), E("Kanata North", "place", "CA"),
 E("Toronto Global", "public_body", "CA"), E("Priya Raman", "person", "CA", "Raman"),
 E("Sandeep Kohli", "person", "CA"),
 *[E(c, "company", "CA") for c, _ in ON_COMPANIES],
 *[E(t, "place", "CA") for _, t in ON_COMPANIES if t not in ("Toronto", "Ottawa")],
 E("University of Toronto", "university", "CA"), E("McMaster University", "university", "CA"),
 E("BioM", "cluster", "DE"), E("Bavaria", "place", "DE"), E("Martinsried", "place", "DE"),
 E("Katrin Albrecht", "person", "DE"), E(REC, "event", "DE"),
 E(STMWI, "public_body", "DE",
   "Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie", "StMWi"),
 E(MV, "cluster", "DE", "Medical Valley EMN"), E("Nuremberg metropolitan region", "place", "DE"),
 E("Erlangen", "place", "DE"), E("Cardiolytix GmbH", "company", "DE"),
 E(IZI, "research_org", "DE", "Fraunhofer IZI"), E("Leipzig", "place", "DE"),
 E(BES24, "event", "ES"), E("Barcelona", "place", "ES"), E(OBIS, "event", "CA"),
],
relations=[
 R(LSO, "located_in", "Toronto"), R(LSO, "located_in", "Ontario"), R(LSO, "participated_in", BE23),
 R(BE23, "located_in", "Munich"), R("EBD Group", "organized", BE23),
 R("Consulate of Canada in Munich", "located_in", "Munich"),
 R(IO, "participated_in", BE23), R(IO, "located_in", "Ottawa"),
 R("Toronto Global", "participated_in", BE23), R("Toronto Global", "located_in", "Toronto"),
 R("Priya Raman", "works_for", LSO), R("Priya Raman", "participated_in", BE23),
 R("Sandeep Kohli", "works_for", IO),
 *[R(c, "participated_in", BE23) for c, _ in ON_COMPANIES],
 *[R(c, "located_in", t) for c, t in ON_COMPANIES],
 R("BioM", "located_in", "Martinsried"), R("BioM", "located_in", "Bavaria"),
 R(LSO, "partner_of", "BioM"), R("Katrin Albrecht", "works_for", "BioM"),
 R("Priya Raman", "participated_in", REC), R("Katrin Albrecht", "participated_in", REC),
 R(LSO, "organized", REC), R("BioM", "organized", REC), R(STMWI, "organized", REC),
 R(REC, "located_in", "Munich"),
 R(LSO, "met_with", MV), R(MV, "participated_in", BE23),
 R(MV, "located_in", "Erlangen"), R(MV, "located_in", "Nuremberg metropolitan region"),
 R("Limestone Medical Devices", "met_with", "Cardiolytix GmbH"), R("Cardiolytix GmbH", "located_in", "Erlangen"),
 R("Grand River Diagnostics", "met_with", IZI), R(IZI, "located_in", "Leipzig"),
 R(BES24, "located_in", "Barcelona"), R(LSO, "participated_in", BES24),
 R(LSO, "organized", OBIS), R(OBIS, "located_in", "Toronto"), R("BioM", "participated_in", OBIS),
])

# --- 3. press release: Montréal InVivo / Lyonbiopole MoU ---------------------------
MIV = "Montréal InVivo"
LYB = "Lyonbiopole Auvergne-Rhône-Alpes"
RQ = "Rencontres Québec–Auvergne-Rhône-Alpes en santé"
ITO = "Isabelle Tremblay-Ouellet"
OG = "Olivier Garnier"
DGQ = "Délégation générale du Québec à Paris"
RAURA = "Région Auvergne-Rhône-Alpes"
MEIE = "Ministère de l'Économie, de l'Innovation et de l'Énergie du Québec"
IQI = "Investissement Québec International"
FIV = "Forum InVivo 2024"
OB = "ONCO-BRIDGE"
CRCHUM = "Centre de recherche du CHUM"
CLB = "Centre Léon Bérard"
NEO = "Néovax Thérapeutiques"
GOLD["montreal-invivo-lyonbiopole-mou-2024.txt"] = dict(
entities=[
 E(MIV, "cluster", "CA"), E("Greater Montréal", "place", "CA"), E("Montréal", "place", "CA"),
 E(LYB, "cluster", "FR", "Lyonbiopole"), E("Auvergne-Rhône-Alpes", "place", "FR"), E("Lyon", "place", "FR"),
 E(RQ, "event", "FR", "Rencontres"), E(ITO, "person", "CA", "Tremblay-Ouellet"),
 E(OG, "person", "FR", "Garnier"), E(DGQ, "public_body", "CA"), E(RAURA, "public_body", "FR"),
 E("Québec", "place", "CA", "Quebec"), E(MEIE, "public_body", "CA", "MEIE"),
 E(IQI, "public_body", "CA"), E("Paris", "place", "FR"), E("Business France", "public_body", "FR"),
 E("Medicen Paris Region", "cluster", "FR"), E("Camille Rousseau", "person", "FR"),
 E(BE24, "event", "SE"), E("Stockholm", "place", "SE"), E(FIV, "event", "CA"),
 E(OB, "project"), E(CRCHUM, "research_org", "CA", "CRCHUM"), E(CLB, "research_org", "FR"),
 E("Laval", "place", "CA"), E(NEO, "company", "CA"), E("Alpibio SAS", "company", "FR"),
 E("Villeurbanne", "place", "FR"), E("Université de Montréal", "university", "CA"),
 E("Université Claude Bernard Lyon 1", "university", "FR"), E("France Clusters", "network", "FR"),
],
relations=[
 R(MIV, "partner_of", LYB), R(MIV, "located_in", "Greater Montréal"),
 R(LYB, "located_in", "Lyon"), R(LYB, "located_in", "Auvergne-Rhône-Alpes"),
 R(MIV, "organized", RQ), R(LYB, "organized", RQ), R(RQ, "located_in", "Lyon"),
 R(ITO, "works_for", MIV), R(OG, "works_for", LYB),
 R(ITO, "participated_in", RQ), R(OG, "participated_in", RQ),
 R(DGQ, "participated_in", RQ), R(RAURA, "participated_in", RQ), R(IQI, "participated_in", RQ),
 R(DGQ, "located_in", "Paris"),
 R(MIV, "met_with", "Business France"), R(MIV, "met_with", "Medicen Paris Region"),
 R("Medicen Paris Region", "located_in", "Paris"), R("Camille Rousseau", "works_for", "Business France"),
 R(BE24, "located_in", "Stockholm"), R(MIV, "participated_in", BE24), R(LYB, "participated_in", BE24),
 R(MIV, "organized", FIV), R(FIV, "located_in", "Montréal"), R(LYB, "participated_in", FIV),
 R(MIV, "leads", OB), R(LYB, "leads", OB),
 *[R(o, "consortium_member_of", OB) for o in (MIV, LYB, CRCHUM, CLB, NEO, "Alpibio SAS")],
 R(OB, "funded_by", MEIE), R(OB, "funded_by", RAURA),
 R(CRCHUM, "located_in", "Montréal"), R(CLB, "located_in", "Lyon"),
 R(NEO, "located_in", "Laval"), R(NEO, "member_of", MIV),
 R("Alpibio SAS", "located_in", "Villeurbanne"), R("Alpibio SAS", "member_of", LYB),
 R("Université de Montréal", "partner_of", "Université Claude Bernard Lyon 1"),
 R(LYB, "member_of", "France Clusters"),
])

# --- 4. event news: BioNJ at BIO 2023 (Boston) -------------------------------------
BIO23 = "BIO International Convention 2023"
BIO22 = "BIO International Convention 2022"
CNJ = "Choose New Jersey"
NJEDA = "New Jersey Economic Development Authority"
RU = "Rutgers, The State University of New Jersey"
NJIT = "New Jersey Institute of Technology"
KB = "Korea Biotechnology Industry Organization"
FIT = "Flanders Investment & Trade"
NJN = "New Jersey Night"
NJ_MEMBERS = (("Raritan Bay Biologics", "New Brunswick"), ("Pinelands Peptides", "Cranbury"),
              ("Hudson Cell Sciences", "Jersey City"), ("Meadowlands Medtech", "Newark"),
              ("Palisade Gene Therapies", "Princeton"))
GOLD["bionj-bio-international-convention-results-2023.html"] = dict(
entities=[
 E("BioNJ", "cluster", "US"), E("New Jersey", "place", "US", "Garden State"),
 E(BIO23, "event", "US", "BIO 2023"), E("Boston", "place", "US"),
 E("Biotechnology Innovation Organization", "network", "US"),
 E(CNJ, "public_body", "US"), E(NJEDA, "public_body", "US", "NJEDA"),
 E(RU, "university", "US", "Rutgers"), E("Princeton University", "university", "US"),
 E(NJIT, "university", "US", "NJIT"), E("Margaret Lianos", "person", "US", "Lianos"),
 E("Devika Sundaram", "person", "US"), E(BIO22, "event", "US", "BIO 2022"),
 E("San Diego", "place", "US"), E(NJN, "event", "US"), E(KB, "cluster", "KR", "KoreaBIO"),
 E("Park Ji-hoon", "person", "KR"), E(FIT, "public_body", "BE"), E("flanders.bio", "cluster", "BE"),
 E("Argenta Vectors", "company", "BE"), E("Ghent", "place", "BE"),
 E("Japan Bioindustry Association", "network", "JP", "JBA"), E("BioJapan", "event", "JP"),
 *[E(c, "company", "US") for c, _ in NJ_MEMBERS], *[E(t, "place", "US") for _, t in NJ_MEMBERS],
 E("Seaport district", "place", "US"), E(BIO24, "event", "US"),
],
relations=[
 R("BioNJ", "located_in", "New Jersey"), R("BioNJ", "participated_in", BIO23),
 R(BIO23, "located_in", "Boston"), R("Biotechnology Innovation Organization", "organized", BIO23),
 R(CNJ, "participated_in", BIO23), R(NJEDA, "participated_in", BIO23),
 *[R(u, "participated_in", BIO23) for u in (RU, "Princeton University", NJIT)],
 R("Margaret Lianos", "works_for", "BioNJ"), R("Margaret Lianos", "participated_in", BIO23),
 R("Devika Sundaram", "works_for", CNJ),
 R(BIO22, "located_in", "San Diego"), R("BioNJ", "participated_in", BIO22), R(CNJ, "participated_in", BIO22),
 R("BioNJ", "partner_of", KB), R(KB, "participated_in", BIO23),
 R("Park Ji-hoon", "works_for", KB), R("Park Ji-hoon", "participated_in", BIO23),
 R(FIT, "met_with", "BioNJ"), R("flanders.bio", "met_with", "BioNJ"),
 R(FIT, "participated_in", BIO23), R("flanders.bio", "participated_in", BIO23),
 R("Palisade Gene Therapies", "met_with", "Argenta Vectors"),
 R("Argenta Vectors", "member_of", "flanders.bio"), R("Argenta Vectors", "located_in", "Ghent"),
 R("Argenta Vectors", "participated_in", BIO23),
 R("Japan Bioindustry Association", "organized", "BioJapan"),
 R("Japan Bioindustry Association", "participated_in", BIO23),
 *[R(c, "member_of", "BioNJ") for c, _ in NJ_MEMBERS],
 *[R(c, "located_in", t) for c, t in NJ_MEMBERS],
 *[R(c, "participated_in", BIO23) for c, _ in NJ_MEMBERS if c != "Pinelands Peptides"],
 R("BioNJ", "organized", NJN), R(CNJ, "organized", NJN),
 R(NJN, "located_in", "Boston"), R(NJN, "located_in", "Seaport district"),
 R("Margaret Lianos", "participated_in", NJN),
 R(BIO24, "located_in", "San Diego"), R("BioNJ", "participated_in", BIO24),
])

# --- 5. mission report: Life Sciences BC in Japan and Korea ------------------------
LSBC = "Life Sciences BC"
TCS = "Canadian Trade Commissioner Service"
EMB = "Embassy of Canada to Japan"
BCR = "BC–Japan Life Sciences Networking Reception"
KHIDI = "Korea Health Industry Development Institute"
OMIF = "Osong Medical Innovation Foundation"
BC_MEMBERS = (("Coastline Immunotherapeutics", "Vancouver"), ("Cascadia Cell Therapy", "Burnaby"),
              ("Fraser Valley Diagnostics", "Abbotsford"), ("Saltspring Peptides", "Victoria"))
GOLD["life-sciences-bc-japan-korea-mission-report-2024.txt"] = dict(
entities=[
 E(LSBC, "cluster", "CA", "LSBC"), E("British Columbia", "place", "CA", "B.C."),
 E("Trade and Invest British Columbia", "public_body", "CA"),
 E(TCS, "public_body", "CA", "Trade Commissioner Service"),
 E(BJ24, "event", "JP"), E("Yokohama", "place", "JP"), E("Seoul", "place", "KR"),
 E("Osong", "place", "KR"), E("Gareth Yuen", "person", "CA", "Yuen"),
 *[E(c, "company", "CA") for c, _ in BC_MEMBERS], *[E(t, "place", "CA") for _, t in BC_MEMBERS],
 E("University of British Columbia", "university", "CA"), E("Simon Fraser University", "university", "CA"),
 E("Genome BC", "public_body", "CA"), E("Tokyo", "place", "JP"), E(EMB, "public_body", "CA"),
 E(BCR, "event", "JP"), E(LJ, "network", "JP", "LINK-J"), E("Nihonbashi", "place", "JP"),
 E("Kenji Ogawa", "person", "JP", "Ogawa"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Kanagawa", "place", "JP"), E("Osaka", "place", "JP"),
 E("Japan Bioindustry Association", "network", "JP", "JBA"), E("Shiokaze Pharma", "company", "JP"),
 E("Kansai region", "place", "JP"), E(KHIDI, "public_body", "KR", "KHIDI"),
 E("Hanbit BioPharm", "company", "KR"), E("Incheon", "place", "KR"),
 E("Chungcheongbuk-do", "place", "KR"), E(OMIF, "research_org", "KR", "KBIOHealth"),
 E("Lee Soo-jin", "person", "KR"), E("BIO KOREA 2025", "event", "KR"),
 E("Life Sciences Week", "event", "CA"),
],
relations=[
 R(LSBC, "located_in", "Vancouver"), R(LSBC, "located_in", "British Columbia"),
 R(LSBC, "participated_in", BJ24), R(BJ24, "located_in", "Yokohama"),
 R("Japan Bioindustry Association", "organized", BJ24), R(TCS, "participated_in", BJ24),
 R("Gareth Yuen", "works_for", LSBC), R("Gareth Yuen", "participated_in", BJ24),
 R("Kenji Ogawa", "participated_in", BJ24), R("Kenji Ogawa", "works_for", LJ),
 *[R(c, "participated_in", BJ24) for c, _ in BC_MEMBERS],
 *[R(c, "located_in", t) for c, t in BC_MEMBERS],
 *[R(c, "member_of", LSBC) for c, _ in BC_MEMBERS],
 R("Genome BC", "located_in", "Vancouver"),
 R(EMB, "organized", BCR), R(LSBC, "organized", BCR), R(BCR, "located_in", "Tokyo"),
 R(EMB, "located_in", "Tokyo"),
 R(LSBC, "partner_of", LJ), R(LJ, "located_in", "Nihonbashi"), R(LJ, "located_in", "Tokyo"),
 R(LSBC, "met_with", "Japan External Trade Organization"),
 R("Coastline Immunotherapeutics", "met_with", "Shiokaze Pharma"),
 R("Shiokaze Pharma", "located_in", "Osaka"), R("Shiokaze Pharma", "participated_in", BJ24),
 R(LSBC, "met_with", KHIDI), R(LSBC, "partner_of", KHIDI), R(KHIDI, "located_in", "Seoul"),
 R("Cascadia Cell Therapy", "met_with", "Hanbit BioPharm"), R("Hanbit BioPharm", "located_in", "Incheon"),
 R(OMIF, "located_in", "Osong"), R(LSBC, "met_with", OMIF), R("Lee Soo-jin", "works_for", OMIF),
 R("BIO KOREA 2025", "located_in", "Seoul"), R(LSBC, "participated_in", "BIO KOREA 2025"),
 R(LSBC, "organized", "Life Sciences Week"), R("Life Sciences Week", "located_in", "Vancouver"),
 R(LJ, "participated_in", "Life Sciences Week"),
])

# --- 6. EU consortium kick-off: SOILGENE (Horizon Europe) with Genome Alberta -------
GA = "Genome Alberta"
SG = "SOILGENE"
WUR = "Wageningen University & Research"
UA = "University of Alberta"
PM = "Prairie Microbials Inc."
PSHN = "Prairie Soil Health Network"
PAG = "International Plant & Animal Genome Conference"
SG_PARTNERS = ((WUR, "university", "NL", "Wageningen"), (GA, "public_body", "CA", "Calgary"),
               (UA, "university", "CA", "Edmonton"), ("University of Calgary", "university", "CA", "Calgary"),
               ("INRAE", "research_org", "FR", "Dijon"), ("Aarhus University", "university", "DK", "Aarhus"),
               ("Julius Kühn-Institut", "research_org", "DE", "Quedlinburg"),
               ("Teagasc", "research_org", "IE", "Carlow"), (PM, "company", "CA", "Lethbridge"),
               ("BioSoil Analytics B.V.", "company", "NL", "Utrecht"),
               ("Agroscope", "research_org", "CH", "Zürich"))
ALIASES6 = {WUR: ("WUR",), "Julius Kühn-Institut": ("JKI",)}
PLACES6 = {"Wageningen": "NL", "Calgary": "CA", "Edmonton": "CA", "Dijon": "FR", "Aarhus": "DK",
           "Quedlinburg": "DE", "Carlow": "IE", "Lethbridge": "CA", "Utrecht": "NL", "Zürich": "CH"}
GOLD["genome-alberta-soilgene-horizon-europe-kickoff-2024.md"] = dict(
entities=[
 *[E(n, t, c, *ALIASES6.get(n, ())) for n, t, c, _ in SG_PARTNERS],
 *[E(p, "place", c) for p, c in PLACES6.items()],
 E(SG, "project"), E("Horizon Europe", "programme"),
 E("Genome Canada", "public_body", "CA"), E("Alberta Innovates", "public_body", "CA"),
 E("Alberta", "place", "CA"), E("Genomic Applications Partnership Program", "programme", "CA", "GAPP"),
 E("Marieke van Dijk", "person", "NL"), E("Burgundy", "place", "FR"),
 E("Colin Brandt", "person", "CA"), E("Aisha Rahman", "person", "CA"),
 E(PSHN, "network", "CA"), E("Tom Kowalczyk", "person", "CA"),
 E(PAG, "event", "US", "PAG"), E("San Diego", "place", "US"), E("Brussels", "place", "BE"),
 E("European Plant Science Organisation", "network", None, "EPSO"),
 E("A Soil Deal for Europe", "programme"), E("BIOFERT-NET", "project"),
],
relations=[
 *[R(n, "consortium_member_of", SG) for n, _, _, _ in SG_PARTNERS],
 *[R(n, "located_in", p) for n, _, _, p in SG_PARTNERS],
 R(SG, "funded_by", "Horizon Europe"), R(WUR, "leads", SG),
 R("Marieke van Dijk", "works_for", WUR), R("Marieke van Dijk", "leads", SG),
 R(SG, "funded_by", "Genome Canada"), R(SG, "funded_by", "Alberta Innovates"),
 R(SG, "funded_by", "Genomic Applications Partnership Program"),
 R("Alberta Innovates", "located_in", "Alberta"),
 R("Colin Brandt", "works_for", GA), R("Aisha Rahman", "works_for", UA),
 R(PM, "member_of", PSHN), R(PSHN, "funded_by", "Alberta Innovates"),
 R("Tom Kowalczyk", "works_for", PM), R(PAG, "located_in", "San Diego"),
 R(WUR, "member_of", "European Plant Science Organisation"),
 R("Aarhus University", "member_of", "European Plant Science Organisation"),
 R("BIOFERT-NET", "funded_by", "Horizon Europe"),
 R("INRAE", "consortium_member_of", "BIOFERT-NET"), R("Teagasc", "consortium_member_of", "BIOFERT-NET"),
 R(GA, "partner_of", WUR),
])

# --- 7. newsletter: BioForward Wisconsin, December 2023 ----------------------------
BF = "BioForward Wisconsin"
TH = "Wisconsin Biohealth Tech Hub"
EDA = "U.S. Economic Development Administration"
UW = "University of Wisconsin–Madison"
MCW = "Medical College of Wisconsin"
MOR = "Morgridge Institute for Research"
WEDC = "Wisconsin Economic Development Corporation"
MED = "MEDICA 2023"
BRS = "BioRegio STERN Management GmbH"
MM = "Medical Mountains"
WBS23 = "Wisconsin Biohealth Summit 2023"
WI_COMPANIES = (("Lakeshore Surgical Instruments", "Milwaukee"), ("Driftless Imaging", "La Crosse"),
                ("Badger Orthopedics", "Waukesha"), ("Kettle Moraine Diagnostics", "West Bend"))
GOLD["bioforward-wisconsin-newsletter-december-2023.txt"] = dict(
entities=[
 E(BF, "cluster", "US", "BioForward"), E("Wisconsin", "place", "US"),
 E(EDA, "public_body", "US", "EDA"), E(TH, "project", "US"), E("Tech Hubs Program", "programme", "US"),
 E("Milwaukee", "place", "US"), E("Lisa Halvorsen", "person", "US"),
 E(UW, "university", "US"), E(MCW, "university", "US"), E(MOR, "research_org", "US"),
 E(WEDC, "public_body", "US", "WEDC"), E("Madison", "place", "US"),
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"), E("Messe Düsseldorf", "company", "DE"),
 E("Mark Ostrowski", "person", "US"),
 *[E(c, "company", "US") for c, _ in WI_COMPANIES],
 *[E(t, "place", "US") for _, t in WI_COMPANIES if t != "Milwaukee"],
 E("Tuttlingen", "place", "DE"), E(MM, "cluster", "DE"), E("Baden-Württemberg", "place", "DE"),
 E("Hohentwiel Medizintechnik GmbH", "company", "DE"),
 E(BRS, "cluster", "DE", "BioRegio STERN"), E("Stuttgart", "place", "DE"),
 E("Neckar-Alb region", "place", "DE"), E("Jonas Weidmann", "person", "DE", "Weidmann"),
 E(BIO24, "event", "US", "BIO 2024"), E("San Diego", "place", "US"),
 E(WBS23, "event", "US", "Wisconsin Biohealth Summit"),
 E("Wisconsin Biohealth Summit 2024", "event", "US"),
],
relations=[
 R(BF, "located_in", "Wisconsin"), R(BF, "located_in", "Madison"), R("Lisa Halvorsen", "works_for", BF),
 R(TH, "funded_by", EDA), R(TH, "funded_by", "Tech Hubs Program"), R(BF, "leads", TH),
 *[R(o, "consortium_member_of", TH) for o in (BF, UW, MCW, MOR, WEDC)],
 R(MED, "located_in", "Düsseldorf"), R("Messe Düsseldorf", "organized", MED),
 *[R(c, "participated_in", MED) for c, _ in WI_COMPANIES],
 *[R(c, "located_in", t) for c, t in WI_COMPANIES],
 R(WEDC, "participated_in", MED), R(BF, "participated_in", MED),
 R("Mark Ostrowski", "works_for", WEDC), R("Mark Ostrowski", "participated_in", MED),
 R(BF, "met_with", MM), R(WEDC, "met_with", MM),
 R(MM, "located_in", "Tuttlingen"), R(MM, "located_in", "Baden-Württemberg"),
 R("Badger Orthopedics", "met_with", "Hohentwiel Medizintechnik GmbH"),
 R("Hohentwiel Medizintechnik GmbH", "located_in", "Tuttlingen"),
 R(BF, "partner_of", BRS), R(BRS, "participated_in", MED),
 R("Lisa Halvorsen", "participated_in", MED), R("Jonas Weidmann", "participated_in", MED),
 R("Jonas Weidmann", "works_for", BRS),
 R(BRS, "located_in", "Stuttgart"), R(BRS, "located_in", "Neckar-Alb region"),
 R(BIO24, "located_in", "San Diego"), R(BRS, "participated_in", BIO24), R(BF, "participated_in", BIO24),
 R(BF, "organized", WBS23), R(WBS23, "located_in", "Milwaukee"), R(BRS, "participated_in", WBS23),
 R("Kettle Moraine Diagnostics", "member_of", BF),
 R("Driftless Imaging", "partner_of", UW),
 R("Lakeshore Surgical Instruments", "member_of", MM),
 R("Wisconsin Biohealth Summit 2024", "located_in", "Madison"),
])

# --- 8. annual-report section: THBI international engagement 2022 ------------------
THBI = "Texas Healthcare and Bioscience Institute"
SUS = "SelectUSA Investment Summit 2022"
BAT = "BIO Asia–Taiwan 2022"
TBIO = "Taiwan Bio Industry Organization"
TLSF = "Texas Life Science Forum"
TEDT = "Texas Economic Development & Tourism"
BHC = "Basque Health Cluster"
UTSW = "UT Southwestern Medical Center"
UPV = "University of the Basque Country"
GOLD["thbi-international-engagement-annual-report-2022.html"] = dict(
entities=[
 E(THBI, "cluster", "US", "THBI"), E("Austin", "place", "US"), E("Texas", "place", "US"),
 E("Ramon Castillo", "person", "US", "Castillo"), E(SUS, "event", "US"),
 E("National Harbor", "place", "US"), E("Maryland", "place", "US"),
 E(BIO22, "event", "US", "BIO 2022"), E("San Diego", "place", "US"),
 E(BAT, "event", "TW"), E("Taipei", "place", "TW"), E(TBIO, "cluster", "TW", "Taiwan BIO"),
 E("Basque Country", "place", "ES"), E("Bilbao", "place", "ES"),
 E("Donostia-San Sebastián", "place", "ES"), E(TLSF, "event", "US"), E("Houston", "place", "US"),
 E("SelectUSA", "public_body", "US"), E("U.S. Department of Commerce", "public_body", "US"),
 E(TEDT, "public_body", "US"), E("Office of the Governor", "public_body", "US"),
 E(BHC, "cluster", "ES", "BHC", "Clúster de Salud de Euskadi"),
 E("Invest Northern Ireland", "public_body", "GB"), E("BioHouston", "cluster", "US"),
 E("BioSA", "cluster", "US"), E("San Antonio", "place", "US"),
 E("Lone Star Biologics", "company", "US"), E("Pecan Street Medical", "company", "US"),
 E("Chen Wei-lin", "person", "TW"), E("University of Texas at Austin", "university", "US"),
 E(UTSW, "university", "US"), E("Dallas", "place", "US"), E("Elena Arrieta", "person", "ES"),
 E("Basque Business Development Agency", "public_body", "ES", "SPRI"),
 E(UPV, "university", "ES", "UPV/EHU"), E("CIC bioGUNE", "research_org", "ES"),
 E("Derio", "place", "ES"), E("Texas A&M University", "university", "US"),
 E("Arabako Biotech", "company", "ES"), E("Vitoria-Gasteiz", "place", "ES"),
 E("BIO 2023", "event", "US"), E("Boston", "place", "US"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
],
relations=[
 R(THBI, "located_in", "Austin"), R(THBI, "located_in", "Texas"), R("Ramon Castillo", "works_for", THBI),
 R(SUS, "located_in", "National Harbor"), R(SUS, "located_in", "Maryland"), R("SelectUSA", "organized", SUS),
 *[R(o, "participated_in", SUS) for o in (THBI, TEDT, BHC, "Invest Northern Ireland")],
 R(THBI, "met_with", BHC), R(THBI, "met_with", "Invest Northern Ireland"),
 R(BIO22, "located_in", "San Diego"),
 *[R(o, "participated_in", BIO22) for o in (
   THBI, "BioHouston", "BioSA", "Lone Star Biologics", "Pecan Street Medical")],
 R("BioSA", "located_in", "San Antonio"), R("Lone Star Biologics", "located_in", "San Antonio"),
 R("Pecan Street Medical", "located_in", "Austin"),
 R("Lone Star Biologics", "member_of", THBI), R("Pecan Street Medical", "member_of", THBI),
 R(BAT, "located_in", "Taipei"), R(TBIO, "organized", BAT), R(THBI, "participated_in", BAT),
 R("Chen Wei-lin", "works_for", TBIO),
 R(TBIO, "met_with", "University of Texas at Austin"), R(TBIO, "met_with", UTSW),
 R(UTSW, "located_in", "Dallas"), R(THBI, "partner_of", TBIO),
 R(THBI, "partner_of", BHC), R("Elena Arrieta", "works_for", BHC), R(BHC, "located_in", "Basque Country"),
 R(THBI, "met_with", UPV), R(THBI, "met_with", "CIC bioGUNE"), R("CIC bioGUNE", "located_in", "Derio"),
 R("Texas A&M University", "partner_of", "CIC bioGUNE"),
 R("Lone Star Biologics", "met_with", "Arabako Biotech"), R("Arabako Biotech", "located_in", "Vitoria-Gasteiz"),
 R("BioHouston", "organized", TLSF), R(TLSF, "located_in", "Houston"),
 R(THBI, "participated_in", TLSF), R("Elena Arrieta", "participated_in", TLSF), R(BHC, "participated_in", TLSF),
 R("BIO 2023", "located_in", "Boston"), R(THBI, "participated_in", "BIO 2023"),
 R("Japan External Trade Organization", "located_in", "Houston"),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.exists(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["name"] not in types, (doc, "duplicate entity", e["name"])
            types[e["name"]] = e["type"]
            for f in [e["name"], *e["aliases"]]:
                key = f.lower()
                assert key not in forms, (doc, "surface form used twice", f, forms.get(key), e["name"])
                forms[key] = e["name"]
                assert key in text, (doc, "not in text", f)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert s in types and o in types, (doc, "undeclared end", r)
            assert p in ALLOWED, (doc, r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, (doc, "types not allowed", r, types[s], types[o])
            assert s != o, (doc, r)
            key = (p, frozenset((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)


check()
for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.name, len(gold["entities"]), len(gold["relations"]))
