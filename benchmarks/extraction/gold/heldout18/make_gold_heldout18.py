"""Hand annotations of the `heldout18` set (untouched held-out test set).

    python3 benchmarks/extraction/gold/heldout18/make_gold_heldout18.py

Theme: a typical mix of all genres (annual-report chapters of a cluster and of a
university, a partnership-agreement press release, a delegation report, EU consortium
kick-off news, an event recap, a cluster newsletter, an event organiser's announcement)
across sectors (agri-food, medtech, biotech, textiles, offshore wind, agri-tech) and
countries (France, Germany, Korea, Canada/Québec, Spain, Norway, Taiwan, South Africa, ...).

Annotation choices made consistently across this set:
- clusters, industry associations of companies, science parks, incubators and
  accelerators are `cluster` (also a foundation that runs a medical innovation complex);
  investment and trade agencies, ministries, regional governments, chambers of
  commerce and government offices abroad are `public_body`; hospitals
  and research institutes/centres are `research_org`; confederations, platforms,
  alliances of universities, EIT communities, the Eureka network and professional
  associations of individuals are `network`; a university's technology-transfer
  company is `company`; a business school is `university`; funding schemes (Horizon
  Europe, Interreg ..., Erasmus+, a voucher scheme, an export programme) are `programme`;
- one entity per event edition, named with its year when the text gives it; the short
  form (without year) is an alias; a side event or forum with its own name and its own
  organisers is a separate `event`, a session inside a convention programme is not;
- venues (convention centres, a former hospital site, a business park) are `place`, as
  are cities, districts and regions; countries and nationality words are not annotated;
  a place is only annotated when it is mentioned outside another entity's name;
- an organisation or company is `located_in` the city given next to it ("ProtéNova
  (Dijon)", "Regina-based", a table column "City"); events are `located_in` their venue
  and/or city when the text says where they are held;
- a delegation, exhibitor or speaker list under a heading or sentence naming the event
  gives `participated_in` for each listed organisation/person; organisations that
  "support" an event or a session, run a pavilion or sponsor it also get
  `participated_in`; organisers get `organized` (and `participated_in` only when the
  text also says they attended, exhibited or signed there);
- signed agreements, MoUs, LOIs, "prepared together with", co-organising with and
  sharing a stand give `partner_of`; "signed at <event>" means both signatories
  `participated_in` the event; meetings and visits of a named organisation give
  `met_with` (and meetings "over the days" of a fair give `participated_in` of the
  met organisation in that fair);
- "members"/"member companies"/"our members" and "<cluster> start-ups" give `member_of`
  the cluster; being on a network's board is `member_of`;
- a project coordinator gets `leads` and `consortium_member_of`; associated partners and
  partners of submitted proposals are `consortium_member_of`; a project is `funded_by`
  the programme(s) it is funded by or, for a proposal, submitted to; a person named as
  project coordinator `leads` it;
- planned or announced participations, agreements and delegations are annotated like
  past ones; a person's title at an organisation (also a former one) gives `works_for`.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "heldout18"

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

# --- annual-report chapter: Vitagora (agri-food cluster, Dijon) ------------------------
VIT = "Vitagora"
GF = "Gulfood 2023"
AER = "AER Bourgogne-Franche-Comté"
AN = "Anuga 2023"
BPB = "Burgundy Protein Breakfast"
PIC = "Protein Industries Canada"
WUR = "Wageningen University & Research"
FER = "FERMENTALE"
CLE = "Clust-ER Agrifood"
SIAL = "SIAL Paris"
GOLD["vitagora-international-activity-report-2023.txt"] = dict(
entities=[
 E(VIT, "cluster", "FR"), E("Bourgogne-Franche-Comté", "place", "FR"), E("Dijon", "place", "FR"),
 E("Claire Morvan", "person", "FR"),
 E(GF, "event", "AE", "Gulfood"), E("Dubai World Trade Centre", "place", "AE"),
 E("Dubai", "place", "AE"),
 E("Business France", "public_body", "FR"), E(AER, "public_body", "FR", "AER BFC"),
 E("ProtéNova", "company", "FR"),
 E("Fromagerie Vernier", "company", "FR"), E("Poligny", "place", "FR"),
 E("Cassis & Co", "company", "FR"), E("Nuits-Saint-Georges", "place", "FR"),
 E(AN, "event", "DE", "Anuga"), E("Cologne", "place", "DE"),
 E("Pain Pur", "company", "FR"),
 E(BPB, "event", "DE"), E("Foodregio", "cluster", "DE"), E("Flanders' FOOD", "cluster", "BE"),
 E("Wagralim", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E("Saskatchewan", "place", "CA"), E(PIC, "cluster", "CA"), E("Regina", "place", "CA"),
 E("Burgundy", "place", "FR"), E("Marc Tessier", "person", "CA"),
 E("European Cluster Collaboration Platform", "network", None, "ECCP"),
 E("EIT Food", "network"),
 E("Horizon Europe", "programme"), E(FER, "project"),
 E(WUR, "university", "NL"), E("Université de Bourgogne", "university", "FR"),
 E("INRAE", "research_org", "FR"),
 E(CLE, "cluster", "IT"), E("Emilia-Romagna", "place", "IT"),
 E("Mycelix ApS", "company", "DK"), E("Aarhus", "place", "DK"),
 E("Food'Inn Export", "programme", "FR"),
 E("Région Bourgogne-Franche-Comté", "public_body", "FR"),
 E(SIAL, "event", "FR"), E("Paris Nord Villepinte", "place", "FR"),
],
relations=[
 R(VIT, "located_in", "Dijon"), R("Claire Morvan", "works_for", VIT),
 R(GF, "located_in", "Dubai World Trade Centre"), R(GF, "located_in", "Dubai"),
 *[R(o, "participated_in", GF) for o in (
   VIT, "Business France", AER, "ProtéNova", "Fromagerie Vernier", "Cassis & Co")],
 R(VIT, "partner_of", "Business France"), R(VIT, "partner_of", AER),
 *[R(o, "member_of", VIT) for o in (
   "ProtéNova", "Fromagerie Vernier", "Cassis & Co")],
 R("ProtéNova", "located_in", "Dijon"), R("Fromagerie Vernier", "located_in", "Poligny"),
 R("Cassis & Co", "located_in", "Nuits-Saint-Georges"),
 R(AN, "located_in", "Cologne"),
 *[R(o, "participated_in", AN) for o in (VIT, AER, "ProtéNova", "Pain Pur")],
 R("Pain Pur", "located_in", "Dijon"),
 R(VIT, "organized", BPB), R("Foodregio", "organized", BPB), R("Flanders' FOOD", "organized", BPB),
 R(BPB, "located_in", "Cologne"),
 R(VIT, "partner_of", "Foodregio"), R(VIT, "partner_of", "Flanders' FOOD"),
 R(VIT, "partner_of", "Wagralim"), R("Wagralim", "located_in", "Wallonia"),
 R(VIT, "partner_of", PIC), R(PIC, "located_in", "Regina"), R("Marc Tessier", "works_for", PIC),
 R(VIT, "member_of", "European Cluster Collaboration Platform"),
 R(VIT, "member_of", "EIT Food"),
 R(FER, "funded_by", "Horizon Europe"), R(WUR, "leads", FER),
 *[R(o, "consortium_member_of", FER) for o in (
   WUR, VIT, "Université de Bourgogne", "INRAE", CLE, "Mycelix ApS")],
 R(CLE, "located_in", "Emilia-Romagna"), R("Mycelix ApS", "located_in", "Aarhus"),
 R(SIAL, "located_in", "Paris Nord Villepinte"), R(VIT, "participated_in", SIAL),
])

# --- press release: Medical Valley EMN / KHIDI MoU at MEDICA 2023 ----------------------
MV = "Medical Valley Europäische Metropolregion Nürnberg"
KH = "Korea Health Industry Development Institute"
MED = "MEDICA 2023"
KW = "Katharina Weiß"
FAU = "Friedrich-Alexander-Universität Erlangen-Nürnberg"
PS = "Korea–Germany Medtech Partnering Session"
PEG = "Pegnitz Sensorik GmbH"
KIM = "KIMES 2024"
KGC = "Korean-German Chamber of Commerce and Industry"
WMI = "Wonju Medical Industry Techno Valley"
KMH = "Daegu-Gyeongbuk Medical Innovation Foundation"
KBM = "K-BRIDGE MED"
GOLD["medical-valley-khidi-mou-medica-2023.md"] = dict(
entities=[
 E(MV, "cluster", "DE", "Medical Valley EMN", "Medical Valley EMN e.V."),
 E("Erlangen", "place", "DE"), E("Düsseldorf", "place", "DE"),
 E(KH, "public_body", "KR", "KHIDI"), E(MED, "event", "DE", "MEDICA"),
 E(KW, "person", "DE", "Weiß"), E("Kim So-yeon", "person", "KR"),
 E(KIM, "event", "KR", "KIMES", "Korea International Medical & Hospital Equipment Show"),
 E("Seoul", "place", "KR"),
 E("Ministry of Health and Welfare", "public_body", "KR"),
 E(FAU, "university", "DE", "FAU"),
 E("Universitätsklinikum Erlangen", "research_org", "DE"),
 E(PS, "event", "DE"),
 E("Hanbit Medical", "company", "KR"), E("SoriGen Co.", "company", "KR"), E("Daegu", "place", "KR"),
 E("MediNuri Robotics", "company", "KR"), E("Wonju", "place", "KR"),
 E("Lumavis Imaging GmbH", "company", "DE"), E("Franken Implant Systems", "company", "DE"),
 E("Fürth", "place", "DE"), E(PEG, "company", "DE", "Pegnitz Sensorik"),
 E("Nuremberg", "place", "DE"),
 E("Germany Trade & Invest", "public_body", "DE", "GTAI"),
 E(KGC, "public_body", "KR", "KGCCI"),
 E(WMI, "cluster", "KR"), E(KMH, "cluster", "KR", "K-MEDI hub"),
 E("DMEA 2024", "event", "DE"), E("Berlin", "place", "DE"),
 E(KBM, "project"), E("Eureka", "network"), E("Yonsei University", "university", "KR"),
 E("Nuremberg Metropolitan Region", "place", "DE"),
 E("Medical Valley Center", "cluster", "DE"), E("EIT Health", "network"),
 E("Osong", "place", "KR"), E("Jonas Hofmann", "person", "DE"),
],
relations=[
 R(MV, "located_in", "Erlangen"), R(MV, "located_in", "Nuremberg Metropolitan Region"),
 R(MV, "partner_of", KH), R(MED, "located_in", "Düsseldorf"),
 *[R(o, "participated_in", MED) for o in (MV, KH, KW, "Kim So-yeon")],
 R(KW, "works_for", MV), R("Kim So-yeon", "works_for", KH),
 R(KH, "organized", PS), R(MV, "organized", PS), R(PS, "located_in", "Düsseldorf"),
 *[R(o, "participated_in", PS) for o in (
   "Hanbit Medical", "SoriGen Co.", "MediNuri Robotics", "Lumavis Imaging GmbH",
   "Franken Implant Systems", PEG, "Germany Trade & Invest", KGC)],
 R("Hanbit Medical", "located_in", "Seoul"), R("SoriGen Co.", "located_in", "Daegu"),
 R("MediNuri Robotics", "located_in", "Wonju"), R("Lumavis Imaging GmbH", "located_in", "Erlangen"),
 R("Franken Implant Systems", "located_in", "Fürth"), R(PEG, "located_in", "Nuremberg"),
 R("MediNuri Robotics", "partner_of", PEG),
 R(KIM, "located_in", "Seoul"), R(MV, "participated_in", KIM),
 R(MV, "met_with", WMI), R(MV, "met_with", KMH),
 R(KH, "participated_in", "DMEA 2024"), R("DMEA 2024", "located_in", "Berlin"),
 *[R(o, "consortium_member_of", KBM) for o in (MV, KH, FAU, "Yonsei University")],
 R(KBM, "funded_by", "Eureka"),
 R("Medical Valley Center", "located_in", "Erlangen"), R(MV, "member_of", "EIT Health"),
 R(KH, "located_in", "Osong"), R("Jonas Hofmann", "works_for", MV),
])

# --- delegation report: Montréal InVivo at BIO-Europe Spring 2024 ----------------------
MI = "Montréal InVivo"
BES = "BIO-Europe Spring 2024"
CCIB = "Centre de Convencions Internacional de Barcelona"
MEIE = "Ministère de l'Économie, de l'Innovation et de l'Énergie du Québec"
IQI = "Investissement Québec International"
BQB = "Bureau du Québec à Barcelone"
IRIC = "Institute for Research in Immunology and Cancer"
BSP = "Barcelona Science Park"
CBH = "CataloniaBio & HealthTech"
BHH = "Barcelona Health Hub"
VHIO = "Vall d'Hebron Institute of Oncology"
BIOC = "BIO International Convention"
FBS = "Forum Bio-Santé"
DELEG = ("Aurélia Thérapeutique", "Biosentia Labs", "CellulA Bio", "Quantiq Dx",
         "Maple Peptides Inc.", "Neurolys Pharma", IRIC, "CQDM")
GOLD["montreal-invivo-bio-europe-spring-delegation-2024.html"] = dict(
entities=[
 E(MI, "cluster", "CA"), E("Greater Montréal", "place", "CA"),
 E(BES, "event", "ES", "BIO-Europe Spring"), E(CCIB, "place", "ES", "CCIB"),
 E("Barcelona", "place", "ES"),
 E(MEIE, "public_body", "CA", "MEIE"), E(IQI, "public_body", "CA", "IQI"),
 E(BQB, "public_body", "CA"),
 E("Aurélia Thérapeutique", "company", "CA"), E("Montréal", "place", "CA"),
 E("Biosentia Labs", "company", "CA"), E("Laval", "place", "CA"),
 E("CellulA Bio", "company", "CA"), E("Sherbrooke", "place", "CA"),
 E("Quantiq Dx", "company", "CA"), E("Québec City", "place", "CA"),
 E("Maple Peptides Inc.", "company", "CA", "Maple Peptides"),
 E("Neurolys Pharma", "company", "CA"),
 E(IRIC, "research_org", "CA", "IRIC"), E("CQDM", "network", "CA"),
 E(BSP, "cluster", "ES", "Parc Científic de Barcelona"),
 E("Biocat", "cluster", "ES"), E("Catalonia", "place", "ES"),
 E("Isabelle Tremblay", "person", "CA"),
 E(CBH, "cluster", "ES"), E(BHH, "cluster", "ES"), E("Hospital de Sant Pau", "place", "ES"),
 E(VHIO, "research_org", "ES", "VHIO"),
 E("Iberocell Biotech", "company", "ES"), E("Madrid", "place", "ES"),
 E("Hugo Lapointe", "person", "CA"),
 E(BIOC, "event", "US"), E("San Diego", "place", "US"),
 E(FBS, "event", "CA"),
],
relations=[
 R(MI, "located_in", "Greater Montréal"),
 R(BES, "located_in", CCIB), R(BES, "located_in", "Barcelona"),
 *[R(o, "participated_in", BES) for o in (*DELEG, MI, IQI, MEIE)],
 R(MI, "partner_of", IQI), R(MI, "partner_of", BQB),
 *[R(o, "located_in", "Montréal") for o in (
   "Aurélia Thérapeutique", "Maple Peptides Inc.", IRIC, "CQDM")],
 R("Biosentia Labs", "located_in", "Laval"), R("Neurolys Pharma", "located_in", "Laval"),
 R("CellulA Bio", "located_in", "Sherbrooke"), R("Quantiq Dx", "located_in", "Québec City"),
 R(MI, "met_with", BSP), R(MI, "met_with", "Biocat"), R(MI, "partner_of", "Biocat"),
 R("Biocat", "located_in", "Catalonia"),
 R("Isabelle Tremblay", "works_for", MI),
 R(MI, "met_with", CBH), R(MI, "met_with", BHH), R(BHH, "located_in", "Hospital de Sant Pau"),
 R("Aurélia Thérapeutique", "partner_of", VHIO),
 R("CellulA Bio", "met_with", "Iberocell Biotech"), R("Iberocell Biotech", "located_in", "Madrid"),
 R("Iberocell Biotech", "participated_in", BES),
 R("Hugo Lapointe", "works_for", "Quantiq Dx"), R("Hugo Lapointe", "participated_in", BES),
 R(BIOC, "located_in", "San Diego"), R(MI, "participated_in", BIOC), R(IQI, "participated_in", BIOC),
 R(MI, "participated_in", FBS),
 R("Biocat", "participated_in", FBS), R(FBS, "located_in", "Montréal"),
])

# --- EU consortium kick-off: LOOPTEX Eurocluster (textiles) ----------------------------
LT = "LOOPTEX"
TT = "Techtera"
CLU = "Clutex - Klastr technické textilie"
CIT = "CITEVE"
CXB = "Centexbel"
LATIA = "Lithuanian Apparel and Textile Industry Association"
ETP = "European Technology Platform for the Future of Textiles and Clothing"
ARA = "Auvergne-Rhône-Alpes Region"
EIS = "European Innovation Council and SMEs Executive Agency"
W2L = "WEAR2LOOP"
GOLD["looptex-eurocluster-kick-off-lyon-2023.txt"] = dict(
entities=[
 E(LT, "project"), E("Lyon", "place", "FR"),
 E("Single Market Programme", "programme", None, "SMP"),
 E(TT, "cluster", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"), E("Écully", "place", "FR"),
 E("Émilie Garnier", "person", "FR"),
 E(CLU, "cluster", "CZ", "Clutex"), E("Liberec", "place", "CZ"),
 E("Pointex", "cluster", "IT"), E("Piedmont", "place", "IT"), E("Biella", "place", "IT"),
 E(CIT, "research_org", "PT",
   "Technological Centre for the Textile and Clothing Industries of Portugal"),
 E("Vila Nova de Famalicão", "place", "PT"),
 E(CXB, "research_org", "BE"), E("Zwijnaarde", "place", "BE"), E("Ghent", "place", "BE"),
 E("ATEVAL", "cluster", "ES"), E("Valencia", "place", "ES"), E("Ontinyent", "place", "ES"),
 E(LATIA, "cluster", "LT", "LATIA"), E("Vilnius", "place", "LT"),
 E("EURATEX", "network"), E(ETP, "network", None, "Textile ETP"),
 E("LOOPTEX Voucher Scheme", "programme"),
 E("Circular Textile Matchmaking", "event"),
 E("Techtextil 2024", "event", "DE"), E("Frankfurt am Main", "place", "DE"),
 E("European Cluster Collaboration Platform", "network"),
 E("Laurent Duplessis", "person", "FR"), E(ARA, "public_body", "FR"),
 E("Marta Rossi", "person"), E(EIS, "public_body", None, "EISMEA"),
 E("Eurocluster programme", "programme"), E("European Commission", "public_body"),
 E("Jiří Novák", "person", "CZ"), E("TEX-CYCLE", "project"),
 E("Interreg Central Europe", "programme"),
 E("Ana Ribeiro", "person", "PT"), E("Pieter De Smet", "person", "BE"),
 E("Recyclatex", "company", "FR"),
 E(W2L, "project"), E("Horizon Europe", "programme"),
 E("Circular Textiles Days", "event", "FR"),
 E("Rasa Petrauskienė", "person", "LT"),
],
relations=[
 R(LT, "funded_by", "Single Market Programme"), R(LT, "funded_by", "Eurocluster programme"),
 R(TT, "leads", LT), R("Émilie Garnier", "leads", LT),
 *[R(o, "consortium_member_of", LT) for o in (
   TT, CLU, "Pointex", CIT, CXB, "ATEVAL", LATIA, "EURATEX", ETP)],
 R(TT, "located_in", "Auvergne-Rhône-Alpes"), R(TT, "located_in", "Écully"),
 R("Émilie Garnier", "works_for", TT),
 R(CLU, "located_in", "Liberec"), R("Pointex", "located_in", "Piedmont"),
 R("Pointex", "located_in", "Biella"), R(CIT, "located_in", "Vila Nova de Famalicão"),
 R(CXB, "located_in", "Zwijnaarde"), R("ATEVAL", "located_in", "Valencia"),
 R("ATEVAL", "located_in", "Ontinyent"), R(LATIA, "located_in", "Vilnius"),
 R("Techtextil 2024", "located_in", "Frankfurt am Main"),
 R("Laurent Duplessis", "works_for", ARA), R("Marta Rossi", "works_for", EIS),
 R("Jiří Novák", "works_for", CLU), R(CLU, "consortium_member_of", "TEX-CYCLE"),
 R("TEX-CYCLE", "funded_by", "Interreg Central Europe"),
 R("Ana Ribeiro", "works_for", CIT), R("Pieter De Smet", "works_for", CXB),
 R("Recyclatex", "located_in", "Lyon"), R("Recyclatex", "member_of", TT),
 R(W2L, "funded_by", "Horizon Europe"),
 R(CIT, "consortium_member_of", W2L), R(CXB, "consortium_member_of", W2L),
 R(TT, "organized", "Circular Textiles Days"), R("Circular Textiles Days", "located_in", "Lyon"),
 R("Rasa Petrauskienė", "works_for", LATIA),
])

# --- event recap: Norwegian Offshore Wind at Hannover Messe 2024 -----------------------
NOW = "Norwegian Offshore Wind"
HM = "Hannover Messe 2024"
IN = "Innovation Norway"
NVM = "Nordvik Mooring AS"
AHK = "German-Norwegian Chamber of Commerce"
FOR = "German–Norwegian Offshore Wind Forum"
WAB = "WAB e.V."
EEHH = "Erneuerbare Energien Hamburg"
IWES = "Fraunhofer Institute for Wind Energy Systems"
NSS = "NORTH-SEA-SKILLS"
EESH = "Erneuerbare Energien Schleswig-Holstein"
WEH = "WindEnergy Hamburg 2024"
MEMBERS = {
    "Aker Solutions": "Fornebu", "Stormfjord Subsea": "Haugesund", NVM: "Ålesund",
    "Bluefin Robotics Norway": "Bergen", "Arendal Composite Works": "Arendal",
    "Tidewise Analytics": "Trondheim",
}
GOLD["norwegian-offshore-wind-hannover-messe-recap-2024.md"] = dict(
entities=[
 E(NOW, "cluster", "NO"), E(HM, "event", "DE"), E("Hanover", "place", "DE"),
 E(IN, "public_body", "NO"), E("Bergen", "place", "NO"),
 E("Aker Solutions", "company", "NO"), E("Fornebu", "place", "NO"),
 E("Stormfjord Subsea", "company", "NO"), E("Haugesund", "place", "NO"),
 E(NVM, "company", "NO", "Nordvik Mooring"), E("Ålesund", "place", "NO"),
 E("Bluefin Robotics Norway", "company", "NO"),
 E("Arendal Composite Works", "company", "NO"), E("Arendal", "place", "NO"),
 E("Tidewise Analytics", "company", "NO"), E("Trondheim", "place", "NO"),
 E("Ingrid Solheim", "person", "NO"),
 E(AHK, "public_body", "NO", "AHK Norwegen"), E(FOR, "event", "DE"),
 E("Jens Albrecht", "person", "DE"), E(WAB, "cluster", "DE", "WAB"),
 E("Bremerhaven", "place", "DE"),
 E("Karin Lüdemann", "person", "DE"), E(EEHH, "cluster", "DE", "EEHH"),
 E("Ole Martin Haugland", "person", "NO"), E("Sabine Korff", "person", "DE"),
 E(IWES, "research_org", "DE", "Fraunhofer IWES"),
 E("Interreg North Sea", "programme"), E(NSS, "project"),
 E("University of Bergen", "university", "NO"), E("Hochschule Bremerhaven", "university", "DE"),
 E("Cuxport Logistics", "company", "DE"), E("Cuxhaven", "place", "DE"),
 E("TenneT", "company", "DE"), E(EESH, "cluster", "DE", "EE.SH"),
 E(WEH, "event", "DE"),
 E("Lars Eikeland", "person", "NO"),
],
relations=[
 R(HM, "located_in", "Hanover"), R(IN, "participated_in", HM), R(NOW, "participated_in", HM),
 R(NOW, "located_in", "Bergen"),
 *[R(c, "member_of", NOW) for c in MEMBERS], *[R(c, "participated_in", HM) for c in MEMBERS],
 *[R(c, "located_in", city) for c, city in MEMBERS.items()],
 R("Ingrid Solheim", "works_for", NOW), R("Ingrid Solheim", "participated_in", HM),
 R(NOW, "organized", FOR), R(AHK, "organized", FOR), R(FOR, "located_in", "Hanover"),
 R(NOW, "partner_of", AHK),
 *[R(p, "participated_in", FOR) for p in (
   "Ingrid Solheim", "Jens Albrecht", "Karin Lüdemann", "Ole Martin Haugland", "Sabine Korff")],
 R("Jens Albrecht", "works_for", WAB), R(WAB, "located_in", "Bremerhaven"),
 R("Karin Lüdemann", "works_for", EEHH), R("Ole Martin Haugland", "works_for", "Aker Solutions"),
 R("Sabine Korff", "works_for", IWES),
 R(NOW, "partner_of", WAB), R(WAB, "participated_in", HM),
 *[R(o, "consortium_member_of", NSS) for o in (
   NOW, WAB, "University of Bergen", "Hochschule Bremerhaven")],
 R(NSS, "funded_by", "Interreg North Sea"),
 R(NVM, "partner_of", "Cuxport Logistics"), R("Cuxport Logistics", "participated_in", HM),
 *[R(NOW, "met_with", o) for o in ("TenneT", EESH)],
 *[R(o, "participated_in", HM) for o in ("TenneT", EESH)],
 R(NOW, "participated_in", WEH), R(IN, "participated_in", WEH), R(NOW, "partner_of", IN),
 R("Lars Eikeland", "works_for", NOW),
])

# --- newsletter: BioValley France, June 2024 -------------------------------------------
BVF = "BioValley France"
BIO24 = "BIO International Convention"
SDCC = "San Diego Convention Center"
HCP = "Health Cluster Portugal"
HS = "Health Summit 2024"
TRI = "TRI-ATMP"
UNISTRA = "University of Strasbourg"
UHF = "University Hospital of Freiburg"
HUS = "Strasbourg University Hospitals"
CEBR = "Council of European BioRegions"
KBIC = "Kobe Biomedical Innovation Cluster"
BVMEM = {"Alsatis Biologics": "Illkirch-Graffenstaden", "Rhenalys Diagnostics": "Strasbourg",
         "Mulhouse Medical Plastics": "Mulhouse"}
GOLD["biovalley-france-newsletter-june-2024.html"] = dict(
entities=[
 E(BVF, "cluster", "FR"), E("Grand Est", "place", "FR"),
 E("San Diego", "place", "US"), E("Porto", "place", "PT"), E("Upper Rhine", "place"),
 E("Sophie Keller", "person", "FR"), E("Business France", "public_body", "FR"),
 E("Boston", "place", "US"), E("Marc Hoffmann", "person", "FR"),
 E(BIO24, "event", "US", "BIO 2024"), E(SDCC, "place", "US"),
 E("Alsatis Biologics", "company", "FR"), E("Illkirch-Graffenstaden", "place", "FR"),
 E("Rhenalys Diagnostics", "company", "FR"), E("Strasbourg", "place", "FR"),
 E("Mulhouse Medical Plastics", "company", "FR"), E("Mulhouse", "place", "FR"),
 E("Biocom California", "cluster", "US"), E("JLABS @ San Diego", "cluster", "US"),
 E("Pacific Crest Bioanalytics", "company", "US"),
 E(HCP, "cluster", "PT", "HCP"), E(HS, "event", "PT"),
 E("Interreg Sudoe", "programme"), E("Horizon Europe", "programme"),
 E("Joana Carvalho", "person", "PT"), E("BioFIT 2024", "event", "FR"),
 E("Interreg Upper Rhine", "programme", None, "Interreg"), E(TRI, "project"),
 E(UNISTRA, "university", "FR"), E("BioValley Basel", "cluster", "CH"),
 E("BioValley Deutschland", "cluster", "DE"), E("Freiburg", "place", "DE"),
 E(UHF, "research_org", "DE"), E(HUS, "research_org", "FR", "HUS"),
 E("Région Grand Est", "public_body", "FR"),
 E(CEBR, "network", None, "CEBR"), E("Brussels", "place", "BE"),
 E("Hyogo", "place", "JP"), E(KBIC, "cluster", "JP"),
 E("Parc d'Innovation", "place", "FR"),
 E("BIO-Europe 2024", "event", "SE"), E("Stockholm", "place", "SE"),
 E("Eurasanté", "cluster", "FR"),
],
relations=[
 R(BVF, "located_in", "Grand Est"), R(BVF, "located_in", "Parc d'Innovation"),
 R(BVF, "located_in", "Illkirch-Graffenstaden"),
 R("Sophie Keller", "works_for", BVF), R("Sophie Keller", "works_for", "Business France"),
 R("Marc Hoffmann", "works_for", BVF),
 R(BIO24, "located_in", SDCC), R(BIO24, "located_in", "San Diego"),
 R(BVF, "participated_in", BIO24), R("Business France", "participated_in", BIO24),
 *[R(c, "participated_in", BIO24) for c in BVMEM], *[R(c, "member_of", BVF) for c in BVMEM],
 *[R(c, "located_in", city) for c, city in BVMEM.items()],
 R(BVF, "met_with", "Biocom California"), R(BVF, "met_with", "JLABS @ San Diego"),
 R("Alsatis Biologics", "partner_of", "Pacific Crest Bioanalytics"),
 R("Pacific Crest Bioanalytics", "located_in", "San Diego"),
 R("Pacific Crest Bioanalytics", "participated_in", BIO24),
 R(BVF, "partner_of", HCP), R(HCP, "organized", HS), R(HS, "located_in", "Porto"),
 R(BVF, "participated_in", HS), R(HCP, "participated_in", HS),
 R("Marc Hoffmann", "participated_in", HS), R("Joana Carvalho", "participated_in", HS),
 R("Joana Carvalho", "works_for", HCP),
 R(HCP, "participated_in", "BioFIT 2024"), R("BioFIT 2024", "located_in", "Strasbourg"),
 R(BVF, "organized", "BioFIT 2024"), R("Eurasanté", "organized", "BioFIT 2024"),
 R(BVF, "partner_of", "Eurasanté"),
 R(TRI, "funded_by", "Interreg Upper Rhine"), R(TRI, "funded_by", "Région Grand Est"),
 R(UNISTRA, "leads", TRI),
 *[R(o, "consortium_member_of", TRI) for o in (
   UNISTRA, BVF, "BioValley Basel", "BioValley Deutschland", UHF, HUS)],
 R("BioValley Deutschland", "located_in", "Freiburg"),
 R(BVF, "member_of", CEBR),
 R(KBIC, "located_in", "Hyogo"), R(KBIC, "met_with", BVF),
 R("BIO-Europe 2024", "located_in", "Stockholm"), R(BVF, "participated_in", "BIO-Europe 2024"),
])

# --- event organiser announcement: BIO Asia–Taiwan 2024 --------------------------------
BAT = "BIO Asia–Taiwan 2024"
TB = "Taiwan Bio Industry Organization"
TNEC = "Taipei Nangang Exhibition Center"
JBA = "Japan Bioindustry Association"
KBIO = "Korea Biotechnology Industry Organization"
TCELS = "Thailand Center of Excellence for Life Sciences"
LBA = "Lithuanian Biotechnology Association"
BIO = "Biotechnology Innovation Organization"
ABF = "Asia BioBusiness Forum"
HBSP = "Hsinchu Biomedical Science Park"
STSP = "Southern Taiwan Science Park"
NBRP = "National Biotechnology Research Park"
FCT = "Formosa Cell Therapeutics"
NSTC = "National Science and Technology Council"
SPEAKERS = {"Rachel Whitford": BIO, "Chen Wei-ming": FCT, "Hiroko Sato": "Sakura Bio Pharma",
            "Liam O'Connor": "Coralgen", "Park Ji-ho": KBIO, "Aušra Jonaitytė": "Baltijos Biotech"}
GOLD["bio-asia-taiwan-international-pavilions-2024.md"] = dict(
entities=[
 E(BAT, "event", "TW", "BIO Asia–Taiwan"), E(TB, "cluster", "TW", "Taiwan BIO"),
 E("Taipei", "place", "TW"), E(TNEC, "place", "TW"),
 E("Lin Yu-ting", "person", "TW"),
 E(JBA, "cluster", "JP", "JBA"), E(KBIO, "cluster", "KR", "KoreaBIO"),
 E("AusBiotech", "cluster", "AU"), E("Austrade", "public_body", "AU"),
 E("Melbourne", "place", "AU"), E("Sydney", "place", "AU"), E("Brisbane", "place", "AU"),
 E(TCELS, "public_body", "TH", "TCELS"),
 E("Go Vilnius", "public_body", "LT"), E(LBA, "cluster", "LT"),
 E(BIO, "cluster", "US", "BIO"), E(ABF, "event", "TW"),
 E(HBSP, "cluster", "TW"), E(STSP, "cluster", "TW"), E("Tainan", "place", "TW"),
 E(NBRP, "cluster", "TW"), E("Nangang", "place", "TW"),
 E("Rachel Whitford", "person", "US"),
 E("Chen Wei-ming", "person", "TW"), E(FCT, "company", "TW"), E("Hsinchu", "place", "TW"),
 E("Hiroko Sato", "person", "JP"), E("Sakura Bio Pharma", "company", "JP"),
 E("Osaka", "place", "JP"),
 E("Liam O'Connor", "person", "AU"), E("Coralgen", "company", "AU"),
 E("Park Ji-ho", "person", "KR"),
 E("Aušra Jonaitytė", "person", "LT"), E("Baltijos Biotech", "company", "LT"),
 E("Vilnius", "place", "LT"),
 E("Ministry of Economic Affairs", "public_body", "TW"), E(NSTC, "public_body", "TW", "NSTC"),
 E("Taipei Biotechnology Association", "cluster", "TW"),
 E("TaiBio Manufacturing", "company", "TW"), E("Taichung", "place", "TW"),
 E("Amy Hsu", "person", "TW"),
],
relations=[
 R(TB, "organized", BAT), R(BAT, "located_in", TNEC), R(BAT, "located_in", "Taipei"),
 R("Lin Yu-ting", "works_for", TB),
 *[R(o, "participated_in", BAT) for o in (
   JBA, KBIO, "AusBiotech", "Austrade", TCELS, "Go Vilnius", LBA, BIO, HBSP, STSP, NBRP,
   "Ministry of Economic Affairs", NSTC)],
 R("Go Vilnius", "partner_of", LBA),
 R(BIO, "organized", ABF), R(TB, "organized", ABF), R(BIO, "partner_of", TB),
 R(STSP, "located_in", "Tainan"), R(NBRP, "located_in", "Nangang"),
 *[R(p, "participated_in", ABF) for p in SPEAKERS],
 *[R(p, "works_for", o) for p, o in SPEAKERS.items()],
 R(FCT, "located_in", "Hsinchu"), R("Sakura Bio Pharma", "located_in", "Osaka"),
 R("Coralgen", "located_in", "Brisbane"), R("Baltijos Biotech", "located_in", "Vilnius"),
 R(TB, "partner_of", "AusBiotech"), R(TB, "participated_in", BAT),
 R(TB, "partner_of", LBA),
 R("Taipei Biotechnology Association", "organized", BAT),
 R(TB, "partner_of", "Taipei Biotechnology Association"),
 R(FCT, "participated_in", ABF), R("TaiBio Manufacturing", "participated_in", ABF),
 R("TaiBio Manufacturing", "located_in", "Taichung"),
 R("Amy Hsu", "works_for", TB),
])

# --- university annual-report chapter: Stellenbosch University innovation --------------
SU = "Stellenbosch University"
INV = "Innovus"
LL = "LaunchLab"
UTUM = "UnternehmerTUM"
KALRO = "Kenya Agricultural and Livestock Research Organization"
DTIC = "Department of Trade, Industry and Competition"
TIA = "Technology Innovation Agency"
WS = "Web Summit"
ATB = "Africa Tech Bridge"
AAS = "AfricArena Grand Summit"
PVM = "Pieter van der Merwe"
ANA = "AgriNexus Africa"
IHE = "IHE Delft Institute for Water Education"
W4A = "WATER4AFRICA"
GOLD["stellenbosch-university-innovation-partnerships-report-2022.txt"] = dict(
entities=[
 E(SU, "university", "ZA", "SU"), E(INV, "company", "ZA"), E(LL, "cluster", "ZA"),
 E("Western Cape", "place", "ZA"), E("Thandiwe Mokoena", "person", "ZA"),
 E(WUR, "university", "NL", "WUR"), E("Wageningen", "place", "NL"),
 E(UTUM, "cluster", "DE"), E("Munich", "place", "DE"),
 E(KALRO, "research_org", "KE", "KALRO"),
 E(BIOC, "event", "US"), E("San Diego", "place", "US"),
 E(DTIC, "public_body", "ZA", "dtic"), E("Wesgro", "public_body", "ZA"),
 E(TIA, "public_body", "ZA", "TIA"),
 E("Fynbos Genomics", "company", "ZA"), E("Cytonix Therapeutics", "company", "ZA"),
 E(WS, "event", "PT"), E("Lisbon", "place", "PT"),
 E("AquaSense Africa", "company", "ZA"), E("Vineyard Robotics", "company", "ZA"),
 E(ATB, "network", "PT"),
 E(AAS, "event", "ZA"), E("Cape Town", "place", "ZA"), E(PVM, "person", "ZA"),
 E(ANA, "project"), E("Erasmus+", "programme"),
 E("University of Nairobi", "university", "KE"), E("Makerere University", "university", "UG"),
 E("Kampala", "place", "UG"), E("ESIC", "university", "ES"),
 E("Horizon Europe", "programme"), E(W4A, "project"),
 E(IHE, "research_org", "NL"), E("Delft", "place", "NL"),
 E("Water Institute", "research_org", "ZA"),
 E("Zaadwerk B.V.", "company", "NL"), E("Longwood Axis Ventures", "company", "US"),
 E("Boston", "place", "US"),
 E("Nairobi City Water and Sewerage Company", "company", "KE"),
 E("Vinolab", "cluster", "FR"), E("Bordeaux", "place", "FR"),
 E("Stellenbosch Technopark", "cluster", "ZA"),
 E("African Research Universities Alliance", "network", None, "ARUA"),
 E("Southern African Research and Innovation Management Association", "network", "ZA", "SARIMA"),
 E("Anika Botha", "person", "ZA"),
],
relations=[
 R("Thandiwe Mokoena", "works_for", INV),
 R(SU, "partner_of", WUR), R(SU, "met_with", WUR), R(WUR, "located_in", "Wageningen"),
 R(LL, "partner_of", UTUM), R(UTUM, "located_in", "Munich"),
 R(SU, "partner_of", KALRO),
 R(BIOC, "located_in", "San Diego"),
 *[R(o, "participated_in", BIOC) for o in (
   INV, DTIC, "Wesgro", TIA, "Fynbos Genomics", "Cytonix Therapeutics")],
 R("Wesgro", "located_in", "Western Cape"),
 R(WS, "located_in", "Lisbon"),
 *[R(o, "participated_in", WS) for o in ("AquaSense Africa", "Vineyard Robotics", ATB)],
 R("AquaSense Africa", "member_of", LL), R("Vineyard Robotics", "member_of", LL),
 R(ATB, "located_in", "Lisbon"),
 R(AAS, "located_in", "Cape Town"), R(INV, "participated_in", AAS),
 R(PVM, "participated_in", AAS), R(PVM, "works_for", LL),
 R(SU, "leads", ANA),
 *[R(o, "consortium_member_of", ANA) for o in (
   SU, "University of Nairobi", "Makerere University", WUR, "ESIC")],
 R(ANA, "funded_by", "Erasmus+"), R("Makerere University", "located_in", "Kampala"),
 R(W4A, "funded_by", "Horizon Europe"), R(IHE, "leads", W4A),
 R(IHE, "consortium_member_of", W4A), R(SU, "consortium_member_of", W4A),
 R(IHE, "located_in", "Delft"),
 R("Fynbos Genomics", "partner_of", "Zaadwerk B.V."),
 R("Longwood Axis Ventures", "located_in", "Boston"),
 R("AquaSense Africa", "partner_of", "Nairobi City Water and Sewerage Company"),
 R("Vineyard Robotics", "member_of", "Vinolab"), R("Vinolab", "located_in", "Bordeaux"),
 R(SU, "member_of", "African Research Universities Alliance"),
 R(INV, "member_of", "Southern African Research and Innovation Management Association"),
 R("Anika Botha", "works_for", INV),
])


def check():
    """Assert the gold is well formed and consistent with the documents."""
    for name, gold in GOLD.items():
        path = DOCS / name
        assert path.is_file(), f"{name}: document missing"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{name}: bad type {e}"
            assert e["name"] not in types, f"{name}: duplicate entity {e['name']}"
            types[e["name"]] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), e
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, f"{name}: {form!r} used by {forms[key]!r} and {e['name']!r}"
                forms[key] = e["name"]
                assert key in text, f"{name}: {form!r} does not occur in the document"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, f"{name}: unknown predicate {p}"
            assert s in types, f"{name}: undeclared subject {s!r}"
            assert o in types, f"{name}: undeclared object {o!r}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, f"{name}: {s} ({types[s]}) cannot be subject of {p}"
            assert types[o] in obj_ok, f"{name}: {o} ({types[o]}) cannot be object of {p}"
            assert s != o, f"{name}: self relation {r}"
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, f"{name}: duplicate relation {r}"
            seen.add(key)
    assert len(GOLD) == len(list(DOCS.iterdir())), "a document has no gold"


if __name__ == "__main__":
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(HERE.parent.parent.parent.parent), len(gold["entities"]),
              len(gold["relations"]))
