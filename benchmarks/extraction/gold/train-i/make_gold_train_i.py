"""Hand annotations of the `train-i` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-i/make_gold_train_i.py

Eight documents (docs/train-i/) on Nordic and Baltic clusters and their partners
worldwide (health tech, forest bioeconomy, ICT, digital health, water cleantech,
life-science soft landing, photonics, maritime). Same rules as make_gold.py
(README, "Documents and gold"), written by a separate annotator. Choices made
here:
- planned participations stated as agreed ("will bring a second mission
  there", "will attend") are annotated like past ones;
- a proposal is `funded_by` the programme it is submitted to;
- meetings held at an event imply that both sides took part in it;
- venues (Tokyo Big Sight, Moscone Center) are not places; countries and
  city-states (Singapore) are not annotated as places;
- incubators and innovation hubs (M2D2, MaRS, Osaka Innovation Hub) are
  `cluster`; hospitals are `research_org`; associations of companies that act
  as a cluster (Lithuanian Laser Association) are `cluster`, sector
  associations that do not (ITL, JISA, Ibá) are `network`.
The script checks that every relation end is a declared entity and that
each relation's subject/object types are the ones DOMAIN.md allows.
"""

import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


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
TYPES = ORG | {"programme", "event", "project", "person", "place"}

GOLD = {}

# --- press release: Finnish health-tech ecosystem, MoU with a Massachusetts incubator
OH = "Oulu Health"
M2D2 = "Massachusetts Medical Device Development Center"
NHTW = "Nordic Health Tech Week"
OHL = "OuluHealth Labs"
UO = "University of Oulu"
MB = "Massachusetts Biotechnology Council"
MED = "MEDICA 2024"
HK = "Heli Koskimaa"
OH_MEMBERS = (("Nordic Pulse Diagnostics", "Oulu"), ("Arktika Imaging Oy", "Kempele"),
              ("Polar Health Analytics", "Kajaani"))
GOLD["oulu-health-m2d2-mou-2024.md"] = dict(
entities=[
 E(OH, "cluster", "FI"), E("Northern Finland", "place", "FI"),
 E("BusinessOulu", "public_body", "FI"),
 E(M2D2, "cluster", "US", "M2D2"),
 E("University of Massachusetts Lowell", "university", "US"),
 E("UMass Chan Medical School", "university", "US"),
 E("Lowell", "place", "US"), E("Worcester", "place", "US"), E("Boston", "place", "US"),
 E(NHTW, "event", "US"), E("Business Finland", "public_body", "FI"),
 E(OHL, "network", "FI"),
 E("Oulu University Hospital", "research_org", "FI", "OYS"),
 E(UO, "university", "FI"),
 E("Oulu University of Applied Sciences", "university", "FI", "Oamk"),
 E(HK, "person", "FI", "Koskimaa"),
 E("Kempele", "place", "FI"), E("Kajaani", "place", "FI"), E("Oulu", "place", "FI"),
 E("Daniel Ferreira", "person", "US", "Ferreira"),
 E(MB, "cluster", "US", "MassBio"), E("Cambridge", "place", "US"),
 E("Boston Children's Hospital", "research_org", "US"),
 *[E(c, "company", "FI") for c, _ in OH_MEMBERS],
 E("Medtronic", "company"), E("CardioLoop", "company", "US"),
 E("Mass General Brigham", "research_org", "US"),
 E("UMass Memorial Health", "research_org", "US"),
 E("Northeastern University", "university", "US"),
 E("6G Flagship", "project", "FI"),
 E("Research Council of Finland", "public_body", "FI"),
 E(MED, "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Medicon Valley Alliance", "cluster", "DK"),
 E("Oslo Cancer Cluster", "cluster", "NO"),
 E("ScanBalt", "network"),
 E("City of Oulu", "public_body", "FI"),
],
relations=[
 R(OH, "located_in", "Northern Finland"), R(OH, "located_in", "Oulu"),
 R(OH, "partner_of", M2D2),
 R(M2D2, "located_in", "Lowell"), R(M2D2, "located_in", "Worcester"),
 R(NHTW, "located_in", "Boston"), R("Business Finland", "organized", NHTW),
 R(OH, "participated_in", NHTW), R(M2D2, "participated_in", NHTW), R(HK, "participated_in", NHTW),
 R(OH, "leads", OHL),
 *[R(o, "member_of", OHL) for o in (
   "Oulu University Hospital", UO, "Oulu University of Applied Sciences")],
 R(HK, "works_for", "BusinessOulu"), R("Daniel Ferreira", "works_for", M2D2),
 R(OH, "met_with", MB), R(MB, "located_in", "Cambridge"),
 R(OH, "met_with", "Boston Children's Hospital"),
 *[R(c, "member_of", OH) for c, _ in OH_MEMBERS],
 *[R(c, "located_in", t) for c, t in OH_MEMBERS],
 R("Nordic Pulse Diagnostics", "met_with", "Medtronic"),
 R("Nordic Pulse Diagnostics", "met_with", "CardioLoop"),
 R("CardioLoop", "located_in", "Lowell"),
 R("Arktika Imaging Oy", "met_with", "Mass General Brigham"),
 R("Polar Health Analytics", "partner_of", "UMass Memorial Health"),
 R("UMass Memorial Health", "located_in", "Worcester"),
 R(UO, "partner_of", "Northeastern University"),
 R(UO, "leads", "6G Flagship"), R("6G Flagship", "funded_by", "Research Council of Finland"),
 R(MED, "located_in", "Düsseldorf"),
 R(OH, "participated_in", MED), R(M2D2, "participated_in", MED),
 R("Business Finland", "participated_in", MED),
 R(OH, "partner_of", "Medicon Valley Alliance"), R(OH, "partner_of", "Oslo Cancer Cluster"),
 R(OH, "member_of", "ScanBalt"),
])

# --- mission report: Finnish forest-bioeconomy delegation to Brazil ---------------
CLIC = "CLIC Innovation"
VTT = "VTT Technical Research Centre of Finland"
EMB_FI = "Embassy of Finland in Brasília"
FBBF = "Finland-Brazil Bioeconomy Forum"
IBA = "Indústria Brasileira de Árvores"
ISI = "SENAI Institute for Innovation in Biomass"
UFPR = "Federal University of Paraná"
EF = "Embrapa Florestas"
FIEP = "Federation of Industries of the State of Paraná"
WFF = "Wood from Finland Week"
DELEGATION = ((VTT, "Espoo"), ("Aalto University", "Espoo"), ("LUT University", "Lappeenranta"),
              ("Valmet", "Espoo"), ("Savonia Fibre Oy", "Kuopio"),
              ("Lapwood Robotics", "Rovaniemi"), ("Kuitu Analytics", "Jyväskylä"))
CLIC_MEMBERS = ("Valmet", "Savonia Fibre Oy", "Lapwood Robotics", "Kuitu Analytics")
GOLD["clic-innovation-brazil-forest-mission-2023.txt"] = dict(
entities=[
 E(CLIC, "cluster", "FI"),
 E("São Paulo", "place", "BR"), E("Curitiba", "place", "BR"), E("Três Lagoas", "place", "BR"),
 E("Mato Grosso do Sul", "place", "BR"), E("Paraná", "place", "BR"), E("Colombo", "place", "BR"),
 E("Brasília", "place", "BR"), E("Helsinki", "place", "FI"),
 E("Business Finland", "public_body", "FI"),
 E(EMB_FI, "public_body", "FI", "Embassy of Finland"),
 E("Jussi Halonen", "person", "FI", "Halonen"),
 E(VTT, "research_org", "FI", "VTT"),
 E("Aalto University", "university", "FI"), E("LUT University", "university", "FI"),
 E("Valmet", "company", "FI"), E("Savonia Fibre Oy", "company", "FI", "Savonia Fibre"),
 E("Lapwood Robotics", "company", "FI"), E("Kuitu Analytics", "company", "FI"),
 E("Espoo", "place", "FI"), E("Lappeenranta", "place", "FI"), E("Kuopio", "place", "FI"),
 E("Rovaniemi", "place", "FI"), E("Jyväskylä", "place", "FI"),
 E(FBBF, "event", "BR"), E(IBA, "network", "BR", "Ibá"),
 E("Carla Mendes", "person", "BR"), E("Suzano", "company", "BR"),
 E(ISI, "research_org", "BR", "Instituto SENAI de Inovação em Biomassa", "ISI Biomassa"),
 E(UFPR, "university", "BR", "Universidade Federal do Paraná", "UFPR"),
 E("Erasmus+", "programme"),
 E(EF, "research_org", "BR"),
 E("Brazilian Agricultural Research Corporation", "research_org", "BR", "Embrapa"),
 E("Mariana Costa Lima", "person", "BR"),
 E("Klabin", "company", "BR"),
 E(FIEP, "public_body", "BR", "FIEP"),
 E("Horizon Europe", "programme"), E("EUCAFIB", "project"),
 E(WFF, "event", "FI"),
],
relations=[
 R(CLIC, "partner_of", "Business Finland"),
 R(EMB_FI, "located_in", "Brasília"),
 R("Jussi Halonen", "works_for", CLIC),
 *[R(o, "located_in", t) for o, t in DELEGATION],
 *[R(o, "member_of", CLIC) for o in CLIC_MEMBERS],
 R(EMB_FI, "organized", FBBF), R(IBA, "organized", FBBF), R(FBBF, "located_in", "São Paulo"),
 R(CLIC, "participated_in", FBBF), *[R(o, "participated_in", FBBF) for o, _ in DELEGATION],
 R("Jussi Halonen", "participated_in", FBBF), R("Carla Mendes", "participated_in", FBBF),
 R("Carla Mendes", "works_for", IBA),
 R("Valmet", "met_with", "Suzano"), R("Kuitu Analytics", "met_with", "Suzano"),
 R("Suzano", "located_in", "São Paulo"),
 R(ISI, "located_in", "Três Lagoas"), R(VTT, "partner_of", ISI),
 R(UFPR, "located_in", "Curitiba"), R("Aalto University", "partner_of", UFPR),
 R(EF, "located_in", "Colombo"), R("Mariana Costa Lima", "works_for", EF),
 R(CLIC, "met_with", EF),
 R("Klabin", "located_in", "São Paulo"), R("Klabin", "located_in", "Paraná"),
 R("Lapwood Robotics", "met_with", "Klabin"), R("Savonia Fibre Oy", "met_with", "Klabin"),
 R(FIEP, "located_in", "Curitiba"),
 R("EUCAFIB", "funded_by", "Horizon Europe"), R(VTT, "leads", "EUCAFIB"),
 *[R(o, "consortium_member_of", "EUCAFIB") for o in (VTT, UFPR, EF, "Savonia Fibre Oy", CLIC)],
 R("LUT University", "partner_of", UFPR),
 R(IBA, "partner_of", CLIC),
 R(WFF, "located_in", "Helsinki"), R(CLIC, "participated_in", WFF), R(IBA, "participated_in", WFF),
])

# --- news page: Estonian ICT cluster trade mission to Japan -----------------------
EIC = "Estonian ICT Cluster"
ITL = "Estonian Association of Information Technology and Telecommunications"
EMB_EE = "Embassy of Estonia in Tokyo"
JITW = "Japan IT Week Spring"
JISA = "Japan Information Technology Services Industry Association"
FORUM = "Estonia–Japan Digital Society Forum"
OIH = "Osaka Innovation Hub"
TALTECH = "Tallinn University of Technology"
EXPO = "Expo 2025 Osaka, Kansai"
HBH = "Helsinki Business Hub"
EE_DELEGATION = (("Cybernetica", "Tallinn"), ("Nortal", "Tallinn"), ("Tartu Data Forge OÜ", "Tartu"),
                 ("Narva Sensorics", "Narva"), ("Pärnu Cloudworks", "Pärnu"), ("Kiri Labs", "Tallinn"))
GOLD["estonian-ict-cluster-japan-mission-2024.html"] = dict(
entities=[
 E(EIC, "cluster", "EE"), E(ITL, "network", "EE", "ITL"),
 E("Estonian Business and Innovation Agency", "public_body", "EE", "EISA"),
 E(EMB_EE, "public_body", "EE", "Embassy of Estonia"),
 E("Tokyo", "place", "JP"), E("Tallinn", "place", "EE"),
 E(JITW, "event", "JP"), E(JISA, "network", "JP", "JISA"),
 E("Kristi Tamm", "person", "EE", "Tamm"), E("Hiroshi Nakamura", "person", "JP"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Cybernetica", "company", "EE"), E("NEC Corporation", "company", "JP"),
 E("Nortal", "company", "EE"), E("Fujitsu", "company", "JP"),
 E("Tartu Data Forge OÜ", "company", "EE", "Tartu Data Forge"),
 E("SoftBank", "company", "JP"), E("Rakuten", "company", "JP"),
 E("Osaka", "place", "JP"), E(FORUM, "event", "JP"), E(OIH, "cluster", "JP"),
 E("Kansai Economic Federation", "network", "JP", "Kankeiren"),
 E("Mart Kask", "person", "EE"), E(TALTECH, "university", "EE", "TalTech"),
 E("Yuki Sato", "person", "JP"), E("Osaka University", "university", "JP"),
 E(EXPO, "event", "JP"),
 E("Tartu", "place", "EE"), E("Narva", "place", "EE"), E("Pärnu", "place", "EE"),
 E("Narva Sensorics", "company", "EE"), E("Pärnu Cloudworks", "company", "EE"),
 E("Kiri Labs", "company", "EE"),
 E("Latitude59", "event", "EE"), E(HBH, "public_body", "FI"),
 E("TRUSTBRIDGE", "project"), E("Digital Europe Programme", "programme"),
],
relations=[
 R(EMB_EE, "located_in", "Tokyo"),
 R(JITW, "located_in", "Tokyo"),
 R(EIC, "participated_in", JITW), R(ITL, "participated_in", JITW), R(JISA, "participated_in", JITW),
 *[R(c, "participated_in", JITW) for c, _ in EE_DELEGATION],
 R(ITL, "partner_of", JISA),
 R("Kristi Tamm", "works_for", EIC), R("Hiroshi Nakamura", "works_for", JISA),
 R("Japan External Trade Organization", "located_in", "Tokyo"),
 R("Cybernetica", "met_with", "NEC Corporation"), R("Nortal", "met_with", "Fujitsu"),
 R("Tartu Data Forge OÜ", "met_with", "SoftBank"), R("Tartu Data Forge OÜ", "met_with", "Rakuten"),
 R(FORUM, "located_in", "Osaka"), R(OIH, "located_in", "Osaka"),
 R(OIH, "organized", FORUM), R(EMB_EE, "organized", FORUM),
 *[R(o, "participated_in", FORUM) for o in (
   EIC, "Kristi Tamm", "Mart Kask", "Yuki Sato", TALTECH, "Osaka University")],
 R("Mart Kask", "works_for", TALTECH), R("Yuki Sato", "works_for", "Osaka University"),
 R(TALTECH, "partner_of", "Osaka University"),
 R(EIC, "participated_in", EXPO), R(EXPO, "located_in", "Osaka"),
 *[R(c, "located_in", t) for c, t in EE_DELEGATION],
 *[R(c, "member_of", ITL) for c, _ in EE_DELEGATION],
 R(JISA, "participated_in", "Latitude59"), R(EIC, "participated_in", "Latitude59"),
 R("Latitude59", "located_in", "Tallinn"),
 R(HBH, "partner_of", EIC),
 R("TRUSTBRIDGE", "funded_by", "Digital Europe Programme"),
 R(EIC, "consortium_member_of", "TRUSTBRIDGE"), R(HBH, "consortium_member_of", "TRUSTBRIDGE"),
])

# --- project news: Horizon Europe digital-health consortium kick-off in Riga ------
BAI = "BALTICARE-AI"
RSU = "Rīga Stradiņš University"
PSCUH = "Pauls Stradiņš Clinical University Hospital"
LITC = "Latvian IT Cluster"
UT = "University of Tartu"
KI = "Karolinska Institutet"
BAI_PARTNERS = ((RSU, "Riga"), (PSCUH, "Riga"), (LITC, "Riga"), ("MedLogic SIA", "Jelgava"),
                (UT, "Tartu"), ("Vilnius University", "Vilnius"), ("Kardio AI UAB", "Kaunas"),
                (KI, "Solna"), ("Norwegian Centre for E-health Research", "Tromsø"),
                ("Fraunhofer Institute for Digital Medicine MEVIS", "Bremen"),
                ("Innovation Agency Lithuania", "Vilnius"))
GOLD["rsu-balticare-horizon-kickoff-2024.md"] = dict(
entities=[
 E(BAI, "project", None, "Baltic and Nordic Trustworthy AI for Cardiac Care"),
 E("Horizon Europe", "programme"),
 E(RSU, "university", "LV", "RSU"), E("Riga", "place", "LV"),
 E("European Health and Digital Executive Agency", "public_body", None, "HaDEA"),
 E("Ilze Bērziņa", "person", "LV"),
 E(PSCUH, "research_org", "LV"), E(LITC, "cluster", "LV"),
 E("MedLogic SIA", "company", "LV", "MedLogic"), E("Jelgava", "place", "LV"),
 E(UT, "university", "EE"), E("Tartu", "place", "EE"),
 E("Vilnius University", "university", "LT"), E("Vilnius", "place", "LT"),
 E("Kardio AI UAB", "company", "LT", "Kardio AI"), E("Kaunas", "place", "LT"),
 E(KI, "university", "SE"), E("Solna", "place", "SE"),
 E("Norwegian Centre for E-health Research", "research_org", "NO"), E("Tromsø", "place", "NO"),
 E("Fraunhofer Institute for Digital Medicine MEVIS", "research_org", "DE"),
 E("Bremen", "place", "DE"),
 E("Innovation Agency Lithuania", "public_body", "LT"),
 E("Datu Lauks", "company", "LV"), E("Jānis Ozols", "person", "LV"),
 E("European Digital SME Alliance", "network"),
 E("Lithuanian Biotechnology Association", "cluster", "LT"),
 E("Santaros Klinikos", "research_org", "LT"),
 E("Rokas Petraitis", "person", "LT"),
 E("Tiina Saar", "person", "EE"), E("Anders Lindgren", "person", "SE"),
 E("Vitalis 2025", "event", "SE"), E("Gothenburg", "place", "SE"),
 E("ScanBalt Forum", "event"),
 E("Interreg Baltic Sea Region", "programme"), E("HEARTLINK", "project"),
],
relations=[
 R(BAI, "funded_by", "Horizon Europe"),
 R(RSU, "leads", BAI), R("Ilze Bērziņa", "leads", BAI), R("Ilze Bērziņa", "works_for", RSU),
 *[R(o, "consortium_member_of", BAI) for o, _ in BAI_PARTNERS],
 *[R(o, "located_in", t) for o, t in BAI_PARTNERS],
 R("MedLogic SIA", "member_of", LITC), R("Datu Lauks", "member_of", LITC),
 R("Datu Lauks", "located_in", "Riga"),
 R("Jānis Ozols", "works_for", LITC),
 R(LITC, "member_of", "European Digital SME Alliance"),
 R("Kardio AI UAB", "member_of", "Lithuanian Biotechnology Association"),
 R("Kardio AI UAB", "partner_of", "Santaros Klinikos"),
 R("Rokas Petraitis", "works_for", "Kardio AI UAB"),
 R("Tiina Saar", "works_for", UT), R("Anders Lindgren", "works_for", KI),
 R("Vitalis 2025", "located_in", "Gothenburg"),
 R("HEARTLINK", "funded_by", "Interreg Baltic Sea Region"),
 R(RSU, "consortium_member_of", "HEARTLINK"), R(UT, "consortium_member_of", "HEARTLINK"),
])

# --- newsletter: Danish water cleantech cluster, several short items ---------------
CLEAN = "CLEAN"
WEFTEC = "WEFTEC 2023"
WTAP = "Water Technology Acceleration Project"
WL = "WATERLOOP"
IOKS = "Interreg Öresund-Kattegat-Skagerrak"
NIVA = "Norwegian Institute for Water Research"
BD = "BlueDrop Filtration ApS"
TWC = "The Water Council"
AQ = "Aquatech Amsterdam"
LM = "Line Mathiesen"
MUDP = "Environmental Technology Development and Demonstration Programme"
GOLD["clean-water-newsletter-autumn-2023.txt"] = dict(
entities=[
 E(CLEAN, "cluster", "DK"),
 E(WEFTEC, "event", "US", "WEFTEC"),
 E("Water Environment Federation", "network", "US", "WEF"), E("Chicago", "place", "US"),
 E("Trade Council of Denmark", "public_body", "DK"), E("State of Green", "public_body", "DK"),
 E("Grundfos", "company", "DK"), E("Kamstrup", "company", "DK"),
 E("AquaSense ApS", "company", "DK"), E("Aarhus", "place", "DK"),
 E(LM, "person", "DK", "Mathiesen"),
 E("DC Water", "public_body", "US"), E("HOFOR", "company", "DK"),
 E(WTAP, "public_body", "CA", "WaterTAP"),
 E("Ontario", "place", "CA"), E("Toronto", "place", "CA"),
 E("Torben Holm", "person", "DK"), E("Priya Raman", "person", "CA"),
 E("BIOFOS", "company", "DK"), E("Copenhagen", "place", "DK"),
 E(IOKS, "programme"), E(WL, "project"),
 E("Lund University", "university", "SE"), E("VA SYD", "company", "SE"), E("Malmö", "place", "SE"),
 E("Aalborg University", "university", "DK"),
 E(NIVA, "research_org", "NO", "NIVA"), E("Oslo", "place", "NO"),
 E("Region Skåne", "public_body", "SE"), E("Lund", "place", "SE"),
 E(BD, "company", "DK", "BlueDrop Filtration", "BlueDrop"),
 E("Odense", "place", "DK"), E("Milwaukee", "place", "US"), E("Midwest", "place", "US"),
 E(TWC, "cluster", "US"), E("Søren Kjær", "person", "DK"),
 E("Water Europe", "network"), E("Brussels", "place", "BE"),
 E("European Cluster Collaboration Platform", "network"),
 E(AQ, "event", "NL"), E("Amsterdam", "place", "NL"),
 E("Water Alliance", "cluster", "NL"), E("Leeuwarden", "place", "NL"),
 E(MUDP, "programme", "DK", "Miljøteknologisk Udviklings- og Demonstrationsprogram", "MUDP"),
 E("Danish Environmental Protection Agency", "public_body", "DK"),
 E("Singapore Water Association", "network", "SG", "SWA"),
],
relations=[
 R("Water Environment Federation", "organized", WEFTEC), R(WEFTEC, "located_in", "Chicago"),
 *[R(o, "participated_in", WEFTEC) for o in (
   CLEAN, "Trade Council of Denmark", "State of Green", "Grundfos", "Kamstrup", "AquaSense ApS",
   LM, "DC Water", "HOFOR")],
 R("AquaSense ApS", "located_in", "Aarhus"), R(LM, "works_for", CLEAN),
 R(CLEAN, "partner_of", WTAP), R(WTAP, "located_in", "Ontario"),
 R("Torben Holm", "works_for", CLEAN), R("Priya Raman", "works_for", WTAP),
 R("BIOFOS", "located_in", "Copenhagen"),
 R(WL, "funded_by", IOKS), R("Lund University", "leads", WL),
 *[R(o, "consortium_member_of", WL) for o in (
   "Lund University", CLEAN, "VA SYD", "Aalborg University", NIVA, "Region Skåne")],
 R("VA SYD", "located_in", "Malmö"), R(NIVA, "located_in", "Oslo"),
 R(BD, "member_of", CLEAN), R(BD, "located_in", "Odense"), R(BD, "located_in", "Milwaukee"),
 R(BD, "member_of", TWC), R(TWC, "located_in", "Milwaukee"), R(CLEAN, "partner_of", TWC),
 R("Søren Kjær", "works_for", BD),
 R(CLEAN, "member_of", "Water Europe"),
 R(CLEAN, "member_of", "European Cluster Collaboration Platform"),
 R(AQ, "located_in", "Amsterdam"),
 R(CLEAN, "participated_in", AQ), R("Water Alliance", "participated_in", AQ),
 R(LM, "participated_in", AQ),
 R("Water Alliance", "located_in", "Leeuwarden"),
 R("Singapore Water Association", "partner_of", CLEAN),
])

# --- web page: soft-landing programme of a Swedish life-science park ---------------
SSP = "Sahlgrenska Science Park"
SUH = "Sahlgrenska University Hospital"
SLG = "Soft Landing Gothenburg"
BRG = "Business Region Göteborg"
KHIDI = "Korea Health Industry Development Institute"
AZ = "AstraZeneca BioVentureHub"
UGOT = "University of Gothenburg"
CHALMERS = "Chalmers University of Technology"
CGT = "Cell and Gene Therapy Catapult"
NLSD = "Nordic Life Science Days"
COHORT = (("NeuroBridge Inc.", "KR", "Seoul"), ("Ayurgen Biotech Pvt Ltd", "IN", "Bengaluru"),
          ("Osteon Medical", "IN", "Hyderabad"), ("Maple Cell Therapeutics", "CA", "Toronto"),
          ("Quillon Health", "US", "Boston"), ("Vireo Biologics", "US", "San Diego"))
GOLD["sahlgrenska-science-park-soft-landing-2024.html"] = dict(
entities=[
 E(SSP, "cluster", "SE"), E("Gothenburg", "place", "SE"),
 E(SUH, "research_org", "SE"), E(SLG, "project", "SE"),
 E(BRG, "public_body", "SE"), E("Business Sweden", "public_body", "SE", "Business Sweden India"),
 E("Region Västra Götaland", "public_body", "SE"),
 E("Johanna Ek", "person", "SE", "Ek"),
 E("NeuroBridge Inc.", "company", "KR", "NeuroBridge"),
 E("Ayurgen Biotech Pvt Ltd", "company", "IN", "Ayurgen Biotech"),
 E("Osteon Medical", "company", "IN"), E("Maple Cell Therapeutics", "company", "CA"),
 E("Quillon Health", "company", "US"), E("Vireo Biologics", "company", "US"),
 *[E(t, "place", c) for _, c, t in COHORT],
 E(KHIDI, "public_body", "KR", "KHIDI"),
 E("Bangalore Bioinnovation Centre", "cluster", "IN"),
 E("MaRS Discovery District", "cluster", "CA"),
 E("MassBio", "cluster", "US"), E("Biocom California", "cluster", "US"),
 E(AZ, "company", "SE"), E("Mölndal", "place", "SE"),
 E(UGOT, "university", "SE"), E(CHALMERS, "university", "SE"),
 E(CGT, "research_org", "GB", "Catapult"), E("London", "place", "GB"),
 E("GU Ventures", "company", "SE"),
 E("GoCo Health Innovation City", "cluster", "SE"),
 E("AI Sweden", "research_org", "SE"), E("Lindholmen", "place", "SE"),
 E(NLSD, "event", "SE", "NLSDays"), E("Malmö", "place", "SE"),
 E("SwedenBIO", "network", "SE"),
 E("Medicon Village", "cluster", "SE"), E("Lund", "place", "SE"),
 E("Min-jun Park", "person", "KR"),
 E("Swedish Incubators & Science Parks", "network", "SE", "SISP"),
 E("International Association of Science Parks and Areas of Innovation", "network", None, "IASP"),
 E("Kobe Biomedical Innovation Cluster", "cluster", "JP"),
],
relations=[
 R(SSP, "located_in", "Gothenburg"), R(BRG, "located_in", "Gothenburg"),
 R(SSP, "leads", SLG),
 *[R(o, "consortium_member_of", SLG) for o in (SSP, BRG, "Business Sweden")],
 R(SLG, "funded_by", "Region Västra Götaland"),
 R("Johanna Ek", "works_for", SSP),
 *[R(o, "located_in", t) for o, _, t in COHORT],
 R(KHIDI, "partner_of", SSP), R("Bangalore Bioinnovation Centre", "partner_of", SSP),
 R("MaRS Discovery District", "partner_of", SSP), R("MaRS Discovery District", "located_in", "Toronto"),
 R("Ayurgen Biotech Pvt Ltd", "met_with", AZ), R("Vireo Biologics", "met_with", AZ),
 R(AZ, "located_in", "Mölndal"),
 R("Osteon Medical", "met_with", CHALMERS),
 R("Quillon Health", "met_with", SUH), R("Quillon Health", "met_with", UGOT),
 R("NeuroBridge Inc.", "partner_of", SUH),
 R("Maple Cell Therapeutics", "met_with", CGT), R(CGT, "located_in", "London"),
 R(CGT, "partner_of", SSP),
 R("Vireo Biologics", "met_with", "GU Ventures"),
 R("Osteon Medical", "met_with", "GoCo Health Innovation City"),
 R("GoCo Health Innovation City", "located_in", "Mölndal"),
 R("Quillon Health", "met_with", "AI Sweden"), R("AI Sweden", "located_in", "Lindholmen"),
 R(NLSD, "located_in", "Malmö"), R("SwedenBIO", "organized", NLSD),
 R(SSP, "participated_in", NLSD), R(BRG, "participated_in", NLSD),
 *[R(o, "participated_in", NLSD) for o, _, _ in COHORT],
 R("Medicon Village", "located_in", "Lund"), R("Medicon Village", "partner_of", SSP),
 R("Min-jun Park", "works_for", "NeuroBridge Inc."),
 R(SSP, "member_of", "Swedish Incubators & Science Parks"),
 R(SSP, "member_of", "International Association of Science Parks and Areas of Innovation"),
 R(SSP, "partner_of", "Kobe Biomedical Innovation Cluster"),
])

# --- members' news: Lithuanian laser pavilion at Photonics West -------------------
LLA = "Lithuanian Laser Association"
PW = "SPIE Photonics West 2024"
IAL = "Innovation Agency Lithuania"
FTMC = "Center for Physical Sciences and Technology"
VULRC = "Laser Research Center of Vilnius University"
LLE = "Lithuanian Laser Evening"
AOIA = "Arizona Optics Industry Association"
WYANT = "Wyant College of Optical Sciences"
PCF = "Photonics Cluster Finland"
LWPI = "LASER World of PHOTONICS India"
VLD = "Vilnius Laser Days"
PBSR = "PHOTON-BSR"
LLA_MEMBERS = ("Ekspla", "Light Conversion", "Altechna")
GOLD["lithuanian-lasers-photonics-west-2024.md"] = dict(
entities=[
 E(LLA, "cluster", "LT", "LLA", "Lietuvos lazerių asociacija"),
 E(PW, "event", "US", "SPIE Photonics West", "Photonics West"),
 E("San Francisco", "place", "US"), E("Bay Area", "place", "US"),
 E(IAL, "public_body", "LT", "Inovacijų agentūra"),
 *[E(c, "company", "LT") for c in LLA_MEMBERS], E("Vilnius", "place", "LT"),
 E("Baltic Femto UAB", "company", "LT", "Baltic Femto"), E("Kaunas", "place", "LT"),
 E("Lumetis", "company", "LT"), E("Klaipėda", "place", "LT"),
 E(FTMC, "research_org", "LT", "FTMC"),
 E(VULRC, "research_org", "LT", "VU LRC"),
 E("Aistė Kazlauskaitė", "person", "LT"), E("Tomas Jankauskas", "person", "LT"),
 E("Rasa Vaitkutė", "person", "LT"),
 E("LASE", "event", "US"),
 E(LLE, "event", "US"), E("Go Vilnius", "public_body", "LT"),
 E("Coherent", "company", "US"), E("Lumentum", "company", "US"),
 E("Enterprise Europe Network", "network"),
 E("Alcon", "company"), E("Fort Worth", "place", "US"),
 E("Wärtsilä", "company", "FI"),
 E(AOIA, "cluster", "US", "AOIA"), E("Tucson", "place", "US"),
 E(WYANT, "university", "US"), E("University of Arizona", "university", "US"),
 E("Mark Delgado", "person", "US"),
 E(PCF, "cluster", "FI"),
 E("European Photonics Industry Consortium", "network", None, "EPIC"),
 E("Photonics21", "network"),
 E(LWPI, "event", "IN"), E("Mumbai", "place", "IN"),
 E(VLD, "event", "LT"),
 E("Interreg Baltic Sea Region", "programme"), E(PBSR, "project"),
 E("University of Tartu", "university", "EE"),
],
relations=[
 R(PW, "located_in", "San Francisco"),
 R(LLA, "participated_in", PW), R(IAL, "participated_in", PW),
 *[R(o, "participated_in", PW) for o in (*LLA_MEMBERS, "Baltic Femto UAB", "Lumetis", FTMC, VULRC)],
 *[R(c, "member_of", LLA) for c in LLA_MEMBERS],
 *[R(c, "located_in", "Vilnius") for c in LLA_MEMBERS],
 R("Baltic Femto UAB", "located_in", "Kaunas"), R("Lumetis", "located_in", "Klaipėda"),
 R("Aistė Kazlauskaitė", "works_for", LLA),
 R("Tomas Jankauskas", "works_for", "Altechna"), R("Tomas Jankauskas", "participated_in", PW),
 R("Rasa Vaitkutė", "works_for", VULRC), R("Rasa Vaitkutė", "participated_in", "LASE"),
 R(LLA, "organized", LLE), R("Go Vilnius", "organized", LLE), R("Go Vilnius", "located_in", "Vilnius"),
 R("Coherent", "participated_in", LLE), R("Lumentum", "participated_in", LLE),
 R("Enterprise Europe Network", "participated_in", PW),
 R("Baltic Femto UAB", "met_with", "Alcon"), R("Alcon", "located_in", "Fort Worth"),
 R("Lumetis", "met_with", "Wärtsilä"), R("Wärtsilä", "participated_in", PW),
 R(LLA, "partner_of", AOIA), R(AOIA, "participated_in", PW), R(AOIA, "located_in", "Tucson"),
 R(FTMC, "partner_of", WYANT), R("Mark Delgado", "works_for", AOIA),
 R(LLA, "partner_of", PCF),
 R(LLA, "member_of", "European Photonics Industry Consortium"), R(LLA, "member_of", "Photonics21"),
 R(LWPI, "located_in", "Mumbai"), R(LLA, "participated_in", LWPI), R(IAL, "participated_in", LWPI),
 R(LLA, "organized", VLD), R(VLD, "located_in", "Vilnius"), R(AOIA, "participated_in", VLD),
 R(PBSR, "funded_by", "Interreg Baltic Sea Region"),
 *[R(o, "consortium_member_of", PBSR) for o in (LLA, PCF, "University of Tartu")],
])

# --- annual-report chapter: maritime cluster of West Sweden ------------------------
MCWS = "Maritime Cluster of West Sweden"
LSP = "Lindholmen Science Park"
OAC = "Ocean Autonomy Cluster"
TSP = "Turku Science Park"
NGCN = "Nordic Green Corridors Network"
NS = "Nor-Shipping 2023"
SSA = "Swedish Shipowners' Association"
GP = "GREENPORTS-BSR"
RISE = "RISE Research Institutes of Sweden"
KSSA = "Klaipėda State Seaport Authority"
SO = "SEAWIND-OPS"
SMW = "Singapore Maritime Week 2023"
MPA = "Maritime and Port Authority of Singapore"
BTP = "Busan Techno Park"
KMOU = "Korea Maritime & Ocean University"
ICN = "International Cleantech Network"
ICNC = "ICN Annual Conference 2023"
NMT = "Netherlands Maritime Technology"
GP_PARTNERS = (("Port of Gothenburg", "Gothenburg"), (KSSA, "Klaipėda"), ("Port of Tallinn", "Tallinn"),
               ("Aalto University", "Espoo"), (CHALMERS, "Gothenburg"))
GOLD["maritime-cluster-west-sweden-annual-report-2023.txt"] = dict(
entities=[
 E(MCWS, "cluster", "SE", "Maritima klustret i Västsverige"),
 E(LSP, "cluster", "SE"), E("Gothenburg", "place", "SE"),
 E(OAC, "cluster", "NO"), E("Trondheim", "place", "NO"),
 E("MARLOG", "cluster", "DK"), E("Frederikshavn", "place", "DK"),
 E(TSP, "cluster", "FI"), E(NGCN, "network"),
 E("Nordic Innovation", "public_body"), E("Anna Lindqvist", "person", "SE"),
 E(NS, "event", "NO"), E("Lillestrøm", "place", "NO"), E("Oslo", "place", "NO"),
 E("Business Sweden", "public_body", "SE"),
 E(SSA, "network", "SE", "Svensk Sjöfart"),
 E("Stena Line", "company", "SE"), E("Kaskad Marine", "company", "SE"),
 E(GP, "project"), E("Interreg Baltic Sea Region", "programme"),
 E("Klaipėda", "place", "LT"), E(RISE, "research_org", "SE"),
 E("Port of Gothenburg", "company", "SE"), E(KSSA, "public_body", "LT"),
 E("Port of Tallinn", "company", "EE"), E("Tallinn", "place", "EE"),
 E("Aalto University", "university", "FI"), E("Espoo", "place", "FI"),
 E(CHALMERS, "university", "SE", "Chalmers"),
 E(SO, "project"), E("Horizon Europe", "programme"),
 E("Erik Sandberg", "person", "SE"),
 E(SMW, "event", "SG"), E(MPA, "public_body", "SG", "MPA"),
 E("Singapore Maritime Institute", "research_org", "SG"),
 E(BTP, "cluster", "KR"), E(KMOU, "university", "KR", "KMOU"), E("Busan", "place", "KR"),
 E("European Network of Maritime Clusters", "network", None, "ENMC"),
 E(ICN, "network", None, "ICN"), E(NMT, "cluster", "NL"),
 E(ICNC, "event", "NL"), E("Rotterdam", "place", "NL"),
 E("Region Västra Götaland", "public_body", "SE"),
],
relations=[
 R(MCWS, "located_in", "Gothenburg"), R(LSP, "located_in", "Gothenburg"),
 R(OAC, "located_in", "Trondheim"), R("MARLOG", "located_in", "Frederikshavn"),
 *[R(o, "member_of", NGCN) for o in (MCWS, OAC, "MARLOG", TSP)],
 *[R(MCWS, "partner_of", o) for o in (OAC, "MARLOG", TSP)],
 R(NGCN, "funded_by", "Nordic Innovation"),
 R("Anna Lindqvist", "leads", NGCN), R("Anna Lindqvist", "works_for", MCWS),
 R(NS, "located_in", "Lillestrøm"),
 *[R(o, "participated_in", NS) for o in (
   MCWS, "Business Sweden", SSA, "Stena Line", "Kaskad Marine")],
 R("Kaskad Marine", "located_in", "Gothenburg"),
 R(GP, "funded_by", "Interreg Baltic Sea Region"), R(RISE, "leads", GP),
 *[R(o, "consortium_member_of", GP) for o in (RISE, MCWS, *[p for p, _ in GP_PARTNERS])],
 *[R(o, "located_in", t) for o, t in GP_PARTNERS],
 R(SO, "funded_by", "Horizon Europe"), R(CHALMERS, "leads", SO),
 R(CHALMERS, "consortium_member_of", SO), R(MCWS, "consortium_member_of", SO),
 R("Erik Sandberg", "works_for", MCWS),
 R(MPA, "organized", SMW), R(MCWS, "participated_in", SMW), R("Erik Sandberg", "participated_in", SMW),
 R(MCWS, "met_with", MPA), R(MCWS, "met_with", "Singapore Maritime Institute"),
 R(MCWS, "partner_of", BTP), R(CHALMERS, "partner_of", KMOU),
 R(MCWS, "member_of", "European Network of Maritime Clusters"), R(MCWS, "member_of", ICN),
 R(ICN, "organized", ICNC), R(ICNC, "located_in", "Rotterdam"),
 R(MCWS, "participated_in", ICNC), R(NMT, "participated_in", ICNC), R(MCWS, "met_with", NMT),
])


DOCS = Path(__file__).resolve().parents[2] / "docs" / "train-i"

for name, gold in GOLD.items():
    types = {}
    for e in gold["entities"]:
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        assert e["type"] in TYPES, (name, e)
        types[e["name"]] = e["type"]
    seen = set()
    for r in gold["relations"]:
        key = (r["subject"], r["predicate"], r["object"])
        assert key not in seen, (name, "duplicate relation", key)
        seen.add(key)
        for end in ("subject", "object"):
            assert r[end] in types, (name, "undeclared", r[end])
        subj_ok, obj_ok = ALLOWED[r["predicate"]]
        assert types[r["subject"]] in subj_ok and types[r["object"]] in obj_ok, (name, "types", r)
    if DOCS.is_dir():
        assert (DOCS / name).is_file(), (name, "no such document")
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
