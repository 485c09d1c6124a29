"""Hand annotations of the `train-q` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-q/make_gold_train_q.py

Eight documents on digital, AI, cybersecurity and semiconductor clusters
(Silicon Saxony, Minalogic, Systematic, TICE.PT, Cyber Ireland, GAIA,
Brainport, an Interreg Central Baltic consortium). Same rules as make_gold.py
(README, "Documents and gold"), written by a separate annotator. Choices made
here: planned participations stated as agreed ("will take a cyber corner at
MWC") are annotated like past ones; a proposal that was only submitted gets
consortium_member_of but no funded_by; a project coordinator gets both leads
and consortium_member_of; named venues (Dubai World Trade Centre, Bizkaia
Aretoa, Bilbao Exhibition Centre) are places; a place that only appears inside
an organisation's name ("German Trade Office Taipei") gives no located_in.
"""

import json
from pathlib import Path

ORGS = {"cluster", "company", "university", "research_org", "network", "public_body"}
SUBJECTS = {
    "partner_of": ORGS, "member_of": ORGS, "participated_in": ORGS | {"person"},
    "organized": ORGS, "met_with": ORGS, "consortium_member_of": ORGS,
    "leads": ORGS | {"person"}, "funded_by": {"project", "network"},
    "located_in": ORGS | {"event"}, "works_for": {"person"},
}
OBJECTS = {
    "partner_of": ORGS, "member_of": {"network", "cluster"}, "participated_in": {"event"},
    "organized": {"event"}, "met_with": ORGS, "consortium_member_of": {"project"},
    "leads": {"project", "network"}, "funded_by": {"programme"} | ORGS,
    "located_in": {"place"}, "works_for": ORGS,
}
TYPES = ORGS | {"programme", "event", "project", "person", "place"}


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- press release: Silicon Saxony delegation to SEMICON Taiwan, MoU with TSIA -------
SS = "Silicon Saxony"
ST = "SEMICON Taiwan"
TSIA = "Taiwan Semiconductor Industry Association"
WFS = "Wirtschaftsförderung Sachsen GmbH"
HSPB = "Hsinchu Science Park Bureau"
ITRI = "Industrial Technology Research Institute"
IPMS = "Fraunhofer IPMS"
SE = "SEMICON Europa"
SSD = "Silicon Saxony Day"
EXHIBITORS = ((IPMS, "research_org", "Dresden"), ("TU Dresden", "university", "Dresden"),
              ("Freiberger Compound Materials", "company", "Freiberg"),
              ("Elbflorenz Cleanroom Systems GmbH", "company", "Dresden"),
              ("SAXRAY Metrology GmbH", "company", "Chemnitz"),
              ("Vogtland Precision Optics AG", "company", "Plauen"),
              ("Lausitz Silicon Recycling GmbH", "company", "Hoyerswerda"),
              ("Zwickau Edge AI UG", "company", "Zwickau"))
GOLD["silicon-saxony-semicon-taiwan-delegation-2024.md"] = dict(
entities=[
 E(SS, "cluster", "DE"), E("Dresden", "place", "DE"), E(ST, "event", "TW"),
 E("Taipei", "place", "TW"), E(WFS, "public_body", "DE", "WFS"), E("Saxony", "place", "DE"),
 E("German Trade Office Taipei", "public_body", "TW"),
 E(TSIA, "network", "TW", "TSIA"), E("European Commission", "public_body", None),
 E("Ministry of Economic Affairs", "public_body", "TW", "Taiwan's Ministry of Economic Affairs"),
 E("ESMC", "company", "DE"), E("Katrin Vollmer", "person", "DE"),
 E("Chen Yu-ting", "person", "TW"),
 E("Saxon State Ministry for Economic Affairs, Labour and Transport", "public_body", "DE", "SMWA"),
 *[E(n, t, "DE") for n, t, _ in EXHIBITORS],
 E("Freiberg", "place", "DE"), E("Chemnitz", "place", "DE"), E("Plauen", "place", "DE"),
 E("Hoyerswerda", "place", "DE"), E("Zwickau", "place", "DE"),
 E("SEMI", "network", None), E("TSMC", "company", "TW"),
 E("United Microelectronics Corporation", "company", "TW", "UMC"),
 E("GlobalWafers", "company", "TW"), E("Hsinchu", "place", "TW"),
 E(HSPB, "public_body", "TW"), E("Wang Shu-fen", "person", "TW"),
 E(ITRI, "research_org", "TW", "ITRI"),
 E("National Tsing Hua University", "university", "TW", "NTHU"),
 E(SE, "event", "DE"), E("Munich", "place", "DE"), E(SSD, "event", "DE"),
 E("Silicon Europe", "network", None, "Silicon Europe alliance"),
 E("European Semiconductor Regions Alliance", "network", None, "ESRA"),
 E("Jonas Pietsch", "person", "DE"),
],
relations=[
 R(SS, "located_in", "Dresden"), R(SS, "participated_in", ST), R(ST, "located_in", "Taipei"),
 R(WFS, "located_in", "Saxony"), R(TSIA, "participated_in", ST), R(SS, "partner_of", TSIA),
 R("ESMC", "located_in", "Dresden"),
 R("Katrin Vollmer", "works_for", SS), R("Chen Yu-ting", "works_for", TSIA),
 *[R(n, "participated_in", ST) for n, _, _ in EXHIBITORS],
 *[R(n, "located_in", town) for n, _, town in EXHIBITORS],
 R("SEMI", "organized", ST),
 R(SS, "met_with", "TSMC"), R(SS, "met_with", "United Microelectronics Corporation"),
 R(SS, "met_with", "GlobalWafers"),
 R(HSPB, "located_in", "Hsinchu"), R(ITRI, "located_in", "Hsinchu"),
 R("Wang Shu-fen", "works_for", HSPB), R(SS, "met_with", HSPB), R(SS, "met_with", ITRI),
 R(IPMS, "met_with", ITRI), R("TU Dresden", "partner_of", "National Tsing Hua University"),
 R(SE, "located_in", "Munich"), R(SS, "participated_in", SE), R(TSIA, "participated_in", SE),
 R(SS, "organized", SSD), R(SSD, "located_in", "Dresden"), R(TSIA, "participated_in", SSD),
 R(SS, "member_of", "Silicon Europe"),
 R(SS, "member_of", "European Semiconductor Regions Alliance"),
 R("Jonas Pietsch", "works_for", SS),
])

# --- annual-report chapter: Minalogic international 2023 -----------------------------
MIN = "Minalogic"
ARA = "Auvergne-Rhône-Alpes"
ARAE = "Auvergne-Rhône-Alpes Entreprises"
SIIQ = "Kyushu Semiconductor and Digital Innovation Association"
ES_ = "EDGE-SENSE"
MT = "MICROTALENT"
MBM = "Minalogic Business Meetings"
CES_CO = (("Lynred", "Veurey-Voroize"), ("Aledia", "Échirolles"),
          ("Pixalp Sensing", "Grenoble"), ("Kelvi Labs", "Lyon"))
EDGE = ((MIN, None), ("CEA-Leti", "Grenoble"), ("STMicroelectronics", "Crolles"),
        ("Fraunhofer IIS", "Erlangen"), ("imec", "Leuven"), ("Politecnico di Torino", None))
GOLD["minalogic-2023-international-chapter.txt"] = dict(
entities=[
 E(MIN, "cluster", "FR"), E(ARA, "place", "FR"), E("Isabelle Marchand", "person", "FR"),
 E("Las Vegas", "place", "US"), E("CES", "event", "US"), E(ARAE, "public_body", "FR"),
 E("French Tech", "network", "FR"), E("Business France", "public_body", "FR"),
 *[E(c, "company", "FR") for c, _ in CES_CO],
 E("Veurey-Voroize", "place", "FR"), E("Échirolles", "place", "FR"),
 E("Grenoble", "place", "FR"), E("Lyon", "place", "FR"),
 E("Prompt", "network", "CA"), E("Québec", "place", "CA"),
 E("Scale AI", "cluster", "CA"), E("Montréal", "place", "CA"), E("ALL IN", "event", "CA"),
 E("Kumamoto", "place", "JP"), E("JASM", "company", "JP"), E("TSMC", "company", "TW"),
 E("Kumamoto Prefectural Government", "public_body", "JP"),
 E("SEMICON Japan", "event", "JP"), E("Tokyo", "place", "JP"),
 E(SIIQ, "cluster", "JP", "SIIQ"), E("Fukuoka", "place", "JP"),
 E("Kyushu", "place", "JP"), E("Alps", "place", None),
 E("Hiroshi Tanaka", "person", "JP"),
 E("Silicon Europe", "network", None), E("Silicon Saxony", "cluster", "DE"),
 E("Dresden", "place", "DE"), E("DSP Valley", "cluster", "BE"), E("Leuven", "place", "BE"),
 E("High Tech NL", "cluster", "NL"), E("Eindhoven", "place", "NL"),
 E("European Semiconductor Regions Alliance", "network", None, "ESRA"),
 E("Horizon Europe", "programme"), E(ES_, "project"),
 E("CEA-Leti", "research_org", "FR"), E("STMicroelectronics", "company", "FR"),
 E("Crolles", "place", "FR"), E("Fraunhofer IIS", "research_org", "DE"),
 E("Erlangen", "place", "DE"), E("imec", "research_org", "BE"),
 E("Politecnico di Torino", "university", "IT"),
 E(MT, "project"), E("Erasmus+", "programme", None, "Erasmus+ programme"),
 E("Grenoble INP - UGA", "university", "FR"), E(MBM, "event", "FR"),
],
relations=[
 R(MIN, "located_in", ARA), R("Isabelle Marchand", "works_for", MIN),
 R("CES", "located_in", "Las Vegas"), R(MIN, "participated_in", "CES"),
 R(ARAE, "participated_in", "CES"), R("Business France", "participated_in", "CES"),
 *[R(c, "participated_in", "CES") for c, _ in CES_CO],
 *[R(c, "located_in", t) for c, t in CES_CO],
 R(MIN, "partner_of", "Prompt"), R("Prompt", "located_in", "Québec"),
 R(MIN, "partner_of", "Scale AI"), R("Scale AI", "organized", "ALL IN"),
 R("ALL IN", "located_in", "Montréal"), R(MIN, "participated_in", "ALL IN"),
 R("Pixalp Sensing", "participated_in", "ALL IN"), R("Kelvi Labs", "participated_in", "ALL IN"),
 R("JASM", "located_in", "Kumamoto"), R(MIN, "met_with", "Kumamoto Prefectural Government"),
 R("SEMICON Japan", "located_in", "Tokyo"), R(MIN, "participated_in", "SEMICON Japan"),
 R(SIIQ, "participated_in", "SEMICON Japan"), R(MIN, "partner_of", SIIQ),
 R(SIIQ, "located_in", "Fukuoka"), R("Hiroshi Tanaka", "works_for", SIIQ),
 *[R(o, "member_of", "Silicon Europe") for o in (MIN, "Silicon Saxony", "DSP Valley", "High Tech NL")],
 R("Silicon Saxony", "located_in", "Dresden"), R("DSP Valley", "located_in", "Leuven"),
 R("High Tech NL", "located_in", "Eindhoven"),
 R(MIN, "member_of", "European Semiconductor Regions Alliance"),
 R(ES_, "funded_by", "Horizon Europe"), R("CEA-Leti", "leads", ES_),
 *[R(o, "consortium_member_of", ES_) for o, _ in EDGE],
 *[R(o, "located_in", t) for o, t in EDGE if t],
 *[R(o, "consortium_member_of", MT) for o in (MIN, "Grenoble INP - UGA", "Silicon Saxony")],
 R(MIN, "organized", MBM), R(MBM, "located_in", "Grenoble"),
 R(SIIQ, "participated_in", MBM), R("Prompt", "participated_in", MBM),
 R(MIN, "partner_of", "Silicon Saxony"),
])

# --- news (html): EDIH AI & Cybersecurity Ile-de-France kick-off ---------------------
AICI = "AI & Cybersecurity Île-de-France"
SYS = "Systematic Paris-Region"
RIF = "Région Île-de-France"
DEP = "Digital Europe Programme"
HADEA = "European Health and Digital Executive Agency"
EDIHN = "European Digital Innovation Hubs Network"
CONS = ((SYS, "cluster", "Paris"), ("Inria", "research_org", "Le Chesnay-Rocquencourt"),
        ("CEA List", "research_org", "Palaiseau"),
        ("Université Paris-Saclay", "university", "Gif-sur-Yvette"),
        ("CCI Paris Île-de-France", "public_body", "Paris"), ("Cap Digital", "cluster", "Paris"),
        ("Hub France IA", "network", "Paris"), ("Campus Cyber", "cluster", "Puteaux"))
GOLD["systematic-edih-ai-cyber-kickoff-2023.html"] = dict(
entities=[
 E(AICI, "project", "FR", "AICI", "EDIH AI & Cybersecurity Île-de-France"),
 *[E(n, t, "FR") for n, t, _ in CONS[1:]],
 E(SYS, "cluster", "FR", "Systematic"),
 E("La Défense", "place", "FR"), E("Paris", "place", "FR"),
 E("Le Chesnay-Rocquencourt", "place", "FR"), E("Palaiseau", "place", "FR"),
 E("Gif-sur-Yvette", "place", "FR"), E("Puteaux", "place", "FR"),
 E("Paris region", "place", "FR"), E("Évry", "place", "FR"), E("Cergy", "place", "FR"),
 E("European Commission", "public_body", None), E(DEP, "programme", None, "DIGITAL"),
 E(RIF, "public_body", "FR"), E("GENCI", "public_body", "FR"),
 E("Hélène Dubreuil", "person", "FR", "Dubreuil"), E("Pierre-Alain Morel", "person", "FR"),
 E("Nikos Papadakis", "person", None), E(HADEA, "public_body", None, "HaDEA"),
 E(EDIHN, "network", None),
 E("Tampere University", "university", "FI", "Tampere"),
 E("Finnish AI Region", "project", "FI", "FAIR"),
 E("Eurecat", "research_org", "ES"), E("DIH4CAT", "project", "ES"),
 E("Barcelona", "place", "ES"), E("Catalonia", "place", "ES"),
 E("Forum InCyber", "event", "FR", "FIC"), E("Lille", "place", "FR"),
 E("VivaTech", "event", "FR"),
],
relations=[
 R("Campus Cyber", "located_in", "La Défense"),
 R(AICI, "funded_by", DEP), R(AICI, "funded_by", RIF),
 R(SYS, "leads", AICI), R(SYS, "located_in", "Paris region"),
 *[R(n, "consortium_member_of", AICI) for n, _, _ in CONS],
 *[R(n, "located_in", town) for n, _, town in CONS],
 R("GENCI", "consortium_member_of", AICI),
 R("Hélène Dubreuil", "works_for", SYS), R("Pierre-Alain Morel", "works_for", RIF),
 R("Nikos Papadakis", "works_for", HADEA), R(SYS, "member_of", EDIHN),
 R(SYS, "partner_of", "Tampere University"), R("Tampere University", "leads", "Finnish AI Region"),
 R("Tampere University", "consortium_member_of", "Finnish AI Region"),
 R(SYS, "partner_of", "Eurecat"), R("Eurecat", "leads", "DIH4CAT"), R("Eurecat", "located_in", "Catalonia"),
 R("Eurecat", "consortium_member_of", "DIH4CAT"), R("Eurecat", "located_in", "Barcelona"),
 R("Forum InCyber", "located_in", "Lille"), R("Campus Cyber", "participated_in", "Forum InCyber"),
 R(SYS, "participated_in", "Forum InCyber"),
 R("VivaTech", "located_in", "Paris"), R("Hub France IA", "participated_in", "VivaTech"),
])

# --- event news (html): TICE.PT stand at Web Summit 2024 ------------------------------
TICE = "Pólo das Tecnologias de Informação, Comunicação e Electrónica"
WS = "Web Summit"
AICEP = "AICEP Portugal Global"
CNCS = "Centro Nacional de Cibersegurança"
LTM = "Lisbon Tech Matchmaking 2024"
CTG = "Clúster TIC Galicia"
KOTRA = "Korea Trade-Investment Promotion Agency"
GC = "GALINOR-CYBER"
IPN = "Instituto Pedro Nunes"
MEMB = (("Cibersel", "Braga"), ("Atlântico Data AI", "Porto"), ("VigiaNet", "Aveiro"),
        ("Tejo Quantum Security", "Lisbon"))
RES = (("INESC TEC", "research_org", "Porto"), ("Universidade de Aveiro", "university", "Aveiro"),
       (IPN, "research_org", "Coimbra"))
DELEG = (("Softex", "network", "BR", "Campinas"), (CTG, "cluster", "ES", "Santiago de Compostela"),
         (KOTRA, "public_body", "KR", "Seoul"), ("Cyber Ireland", "cluster", "IE", "Cork"))
GOLD["tice-pt-web-summit-lisbon-2024.html"] = dict(
entities=[
 E(TICE, "cluster", "PT", "TICE.PT"), E(WS, "event", "PT"), E("Lisbon", "place", "PT", "Lisboa"),
 E(AICEP, "public_body", "PT", "AICEP"), E("Startup Portugal", "public_body", "PT"),
 *[E(c, "company", "PT") for c, _ in MEMB],
 E("INESC TEC", "research_org", "PT"), E("Universidade de Aveiro", "university", "PT"),
 E(IPN, "research_org", "PT", "IPN"),
 E("Braga", "place", "PT"), E("Porto", "place", "PT"), E("Aveiro", "place", "PT"),
 E("Coimbra", "place", "PT"),
 E("Sofia Almeida", "person", "PT"), E("Lúcio Ferraz", "person", "PT"),
 E(CNCS, "public_body", "PT", "CNCS"),
 E("Enterprise Europe Network", "network", None, "EEN"), E("IAPMEI", "public_body", "PT"),
 E(LTM, "event", "PT"),
 E("Softex", "network", "BR"), E("Campinas", "place", "BR"),
 E(CTG, "cluster", "ES"), E("Santiago de Compostela", "place", "ES"),
 E(KOTRA, "public_body", "KR", "KOTRA"), E("Seoul", "place", "KR"),
 E("Cyber Ireland", "cluster", "IE"), E("Cork", "place", "IE"),
 E("Rio Innovation Week", "event", "BR"), E("Galicia", "place", "ES"),
 E(GC, "project"), E("Interreg VI-A Spain-Portugal", "programme", None, "POCTEP"),
 E("Universidade de Vigo", "university", "ES"),
 E("Galicia-North Portugal Euroregion", "place", None),
 E("Xoán Rivas", "person", "ES"),
 E("GITEX Europe", "event", "DE"), E("Berlin", "place", "DE"),
],
relations=[
 R(TICE, "participated_in", WS), R(WS, "located_in", "Lisbon"),
 R(AICEP, "participated_in", WS), R("Startup Portugal", "participated_in", WS),
 *[R(c, "participated_in", WS) for c, _ in MEMB],
 *[R(c, "member_of", TICE) for c, _ in MEMB],
 *[R(c, "located_in", t) for c, t in MEMB],
 *[R(o, "participated_in", WS) for o, _, _ in RES],
 *[R(o, "located_in", t) for o, _, t in RES],
 R("Sofia Almeida", "works_for", TICE), R("Sofia Almeida", "participated_in", WS),
 R("Lúcio Ferraz", "works_for", CNCS), R("Lúcio Ferraz", "participated_in", WS),
 R("Enterprise Europe Network", "organized", LTM), R("IAPMEI", "organized", LTM),
 R(LTM, "located_in", "Lisbon"), R(TICE, "participated_in", LTM),
 *[R(o, "participated_in", WS) for o, _, _, _ in DELEG],
 *[R(o, "met_with", TICE) for o, _, _, _ in DELEG],
 *[R(o, "located_in", t) for o, _, _, t in DELEG],
 R("Softex", "participated_in", "Rio Innovation Week"),
 R(TICE, "participated_in", "Rio Innovation Week"),
 R(KOTRA, "met_with", IPN),
 R(TICE, "partner_of", CTG),
 *[R(o, "consortium_member_of", GC) for o in (TICE, CTG, "INESC TEC", "Universidade de Vigo")],
 R("Xoán Rivas", "works_for", CTG),
 R("GITEX Europe", "located_in", "Berlin"), R(TICE, "participated_in", "GITEX Europe"),
 R(AICEP, "participated_in", "GITEX Europe"),
])

# --- newsletter: Cyber Ireland, autumn 2023 -------------------------------------------
CI = "Cyber Ireland"
MTU = "Munster Technological University"
EI = "Enterprise Ireland"
GX = "GITEX Global 2023"
DESC = "Dubai Electronic Security Center"
UAECSC = "UAE Cyber Security Council"
RCC = "Rogers Cybersecure Catalyst"
CSU = "CYBER-SME-UP"
INCIBE = "Instituto Nacional de Ciberseguridad"
ECSO = "European Cyber Security Organisation"
CINC = "Cyber Ireland National Conference 2023"
MWC = "MWC Barcelona 2024"
GX_CO = (("Smarttech247", "Cork"), ("Integrity360", "Dublin"), ("Typhon Labs", "Galway"),
         ("Carrowmore Cyber", "Limerick"))
CSU_P = ((CI, "Cork"), ("Universidad de León", "León"), (INCIBE, "León"),
         ("Silesian University of Technology", "Gliwice"), ("Cyber Security Cluster Bonn", "Bonn"),
         ("Hochschule Bonn-Rhein-Sieg", "Sankt Augustin"))
GOLD["cyber-ireland-newsletter-autumn-2023.md"] = dict(
entities=[
 E(CI, "cluster", "IE"), E(MTU, "university", "IE", "MTU"), E("Cork", "place", "IE"),
 E(EI, "public_body", "IE"), E(GX, "event", "AE", "GITEX Global"),
 E("Dubai World Trade Centre", "place", "AE"), E("Dubai", "place", "AE"),
 *[E(c, "company", "IE") for c, _ in GX_CO],
 E("Dublin", "place", "IE"), E("Galway", "place", "IE"), E("Limerick", "place", "IE"),
 E(DESC, "public_body", "AE", "DESC"), E(UAECSC, "public_body", "AE"),
 E(RCC, "research_org", "CA"), E("Toronto Metropolitan University", "university", "CA"),
 E("Brampton", "place", "CA"), E("Ontario", "place", "CA"),
 E("Aoife Brennan", "person", "IE"),
 E(CSU, "project"), E("Erasmus+", "programme"),
 E("Universidad de León", "university", "ES"), E(INCIBE, "public_body", "ES", "INCIBE"),
 E("León", "place", "ES"), E("Silesian University of Technology", "university", "PL"),
 E("Gliwice", "place", "PL"), E("Cyber Security Cluster Bonn", "cluster", "DE"),
 E("Bonn", "place", "DE"), E("Hochschule Bonn-Rhein-Sieg", "university", "DE"),
 E("Sankt Augustin", "place", "DE"),
 E(ECSO, "network", None, "ECSO"),
 E("National Cyber Security Centre", "public_body", "IE", "NCSC"),
 E("European Cybersecurity Competence Centre", "public_body", None, "ECCC"),
 E("Boston", "place", "US"), E("MassCyberCenter", "public_body", "US"),
 E("Massachusetts", "place", "US"), E("Northeastern University", "university", "US"),
 E("Niamh Gallagher", "person", "IE"),
 E(CINC, "event", "IE"), E("Kilkenny", "place", "IE"), E("Marta Ruiz", "person", "ES"),
 E(MWC, "event", "ES"), E("Barcelona", "place", "ES"),
 E("Cybersec Europe", "event", "BE"), E("Brussels", "place", "BE"),
],
relations=[
 R(CI, "located_in", "Cork"), R(MTU, "located_in", "Cork"),
 R(CI, "participated_in", GX), R(EI, "participated_in", GX),
 R(GX, "located_in", "Dubai World Trade Centre"), R(GX, "located_in", "Dubai"),
 *[R(c, "participated_in", GX) for c, _ in GX_CO],
 *[R(c, "member_of", CI) for c, _ in GX_CO],
 *[R(c, "located_in", t) for c, t in GX_CO],
 R(CI, "met_with", DESC), R(CI, "met_with", UAECSC),
 R(EI, "met_with", DESC), R(EI, "met_with", UAECSC),
 R(CI, "partner_of", RCC), R(RCC, "located_in", "Brampton"), R(RCC, "located_in", "Ontario"),
 R("Aoife Brennan", "works_for", CI),
 R(CSU, "funded_by", "Erasmus+"), R(MTU, "leads", CSU), R(MTU, "consortium_member_of", CSU),
 *[R(o, "consortium_member_of", CSU) for o, _ in CSU_P],
 *[R(o, "located_in", t) for o, t in CSU_P[1:]],
 R(CI, "member_of", ECSO), R(CI, "partner_of", "National Cyber Security Centre"),
 R("Typhon Labs", "located_in", "Boston"), R("MassCyberCenter", "located_in", "Massachusetts"),
 R("Typhon Labs", "partner_of", "Northeastern University"),
 R("Niamh Gallagher", "works_for", "Typhon Labs"),
 R(CI, "organized", CINC), R(CINC, "located_in", "Kilkenny"),
 R("Marta Ruiz", "works_for", INCIBE), R("Marta Ruiz", "participated_in", CINC),
 R(MWC, "located_in", "Barcelona"), R(CI, "participated_in", MWC), R(EI, "participated_in", MWC),
 R("Cybersec Europe", "located_in", "Brussels"),
])

# --- press release: GAIA (Basque Country) MoU with AICA (Gwangju) ---------------------
GAIA = "Asociación de Industrias de Conocimiento y Tecnología Aplicada"
AICA = "Artificial Intelligence Industry Cluster Agency"
SPRI = "Basque Business Development Agency"
BAIC = "Basque Artificial Intelligence Center"
IBMQ = "IBM-Euskadi Quantum Computational Center"
BCAM = "Basque Center for Applied Mathematics"
BGOV = "Basque Government"
BEC = "Bilbao Exhibition Centre"
G_MEMB = (("Datik Analytics", "company", "Bilbao"), ("Ikerlan", "research_org", "Arrasate-Mondragón"),
          ("Sarean Robotics", "company", "Vitoria-Gasteiz"),
          ("Zeharo Cybersecurity", "company", "Donostia-San Sebastián"))
GOLD["gaia-basque-digital-korea-ai-mou-2024.txt"] = dict(
entities=[
 E(GAIA, "cluster", "ES", "GAIA"), E(AICA, "public_body", "KR", "AICA"),
 E("Gwangju", "place", "KR"), E("Bizkaia Aretoa", "place", "ES"), E("Bilbao", "place", "ES"),
 E("Basque Country", "place", "ES"),
 E("Tomás Iriondo", "person", "ES", "Iriondo"), E("Park Ji-hoon", "person", "KR", "Park"),
 E(BGOV, "public_body", "ES"), E("Ane Etxeberria", "person", "ES"),
 E(SPRI, "public_body", "ES", "SPRI"),
 E("Korea Trade-Investment Promotion Agency", "public_body", "KR", "KOTRA"),
 E("Madrid", "place", "ES"), E(BAIC, "research_org", "ES", "BAIC"),
 E("Tecnalia", "research_org", "ES"), E("Derio", "place", "ES"), E("Danobat", "company", "ES"),
 E("Donostia-San Sebastián", "place", "ES"), E(IBMQ, "research_org", "ES"),
 E(BCAM, "research_org", "ES", "BCAM"),
 *[E(n, t, "ES") for n, t, _ in G_MEMB],
 E("Arrasate-Mondragón", "place", "ES"), E("Vitoria-Gasteiz", "place", "ES"),
 E("VisionQ", "company", "KR"), E("Hanbit Robotics", "company", "KR"),
 E("AI EXPO KOREA", "event", "KR"), E("Seoul", "place", "KR"),
 E("BIEMH", "event", "ES"), E(BEC, "place", "ES", "BEC"),
 E("Horizon Europe", "programme"),
 E("European Cluster Collaboration Platform", "network", None),
 E("Conetic", "network", "ES"), E("Ministry of Science and ICT", "public_body", "KR"),
 E("Maialen Agirre", "person", "ES"),
],
relations=[
 R(GAIA, "partner_of", AICA), R(AICA, "located_in", "Gwangju"), R(GAIA, "located_in", "Basque Country"),
 R("Tomás Iriondo", "works_for", GAIA), R("Park Ji-hoon", "works_for", AICA),
 R("Ane Etxeberria", "works_for", BGOV),
 R("Korea Trade-Investment Promotion Agency", "located_in", "Madrid"),
 R(AICA, "met_with", BAIC), R(AICA, "met_with", "Tecnalia"), R("Tecnalia", "located_in", "Derio"),
 R("Tecnalia", "partner_of", "Danobat"),
 R(AICA, "met_with", IBMQ), R(AICA, "met_with", BCAM),
 R(IBMQ, "located_in", "Donostia-San Sebastián"), R(BCAM, "located_in", "Donostia-San Sebastián"),
 *[R(n, "member_of", GAIA) for n, _, _ in G_MEMB],
 *[R(AICA, "met_with", n) for n, _, _ in G_MEMB],
 *[R(n, "located_in", t) for n, _, t in G_MEMB],
 R("VisionQ", "located_in", "Gwangju"), R("Hanbit Robotics", "located_in", "Gwangju"),
 R("VisionQ", "partner_of", "Datik Analytics"), R("Hanbit Robotics", "partner_of", "Sarean Robotics"),
 R("AI EXPO KOREA", "located_in", "Seoul"), R(GAIA, "participated_in", "AI EXPO KOREA"),
 R(AICA, "participated_in", "AI EXPO KOREA"),
 R("BIEMH", "located_in", BEC), R(GAIA, "participated_in", "BIEMH"), R(AICA, "participated_in", "BIEMH"),
 R(GAIA, "member_of", "European Cluster Collaboration Platform"), R(GAIA, "member_of", "Conetic"),
 R("Maialen Agirre", "works_for", GAIA),
])

# --- soft-landing news (html): Brainport Development, Landing Pad Chips ----------------
BD = "Brainport Development"
LPC = "Landing Pad Chips"
HTCE = "High Tech Campus Eindhoven"
NFIA = "Netherlands Foreign Investment Agency"
CHIP = "ChipNL Competence Centre"
TUE = "Eindhoven University of Technology"
STARTUPS = (("Silicura Systems", "IN", "Bengaluru"), ("NanoVolt Design", "IN", "Hyderabad"),
            ("Formosa Photonic Devices", "TW", "Hsinchu"), ("Kavor Semiconductors", "IL", "Haifa"),
            ("Edgeloop AI", "CA", "Waterloo"), ("Tarang Microsystems", "IN", "Pune"))
GOLD["brainport-chip-startups-soft-landing-2024.html"] = dict(
entities=[
 E(BD, "public_body", "NL"), E(LPC, "project", "NL"), E(HTCE, "cluster", "NL"),
 E("Brainport Eindhoven", "place", "NL", "Eindhoven region"), E("Eindhoven", "place", "NL"),
 E(NFIA, "public_body", "NL", "NFIA"), E("ASML", "company", "NL"),
 E("NXP Semiconductors", "company", "NL"),
 *[E(n, "company", c) for n, c, _ in STARTUPS],
 *[E(t, "place", c) for _, c, t in STARTUPS],
 E("SEMICON India", "event", "IN"), E("Greater Noida", "place", "IN"),
 E("Computex", "event", "TW"), E("Taipei", "place", "TW"),
 E("Holland High Tech", "network", "NL"),
 E("India Semiconductor Mission", "public_body", "IN", "ISM"),
 E("Startup India", "public_body", "IN"),
 E("Marleen de Vries", "person", "NL"), E("Kiran Rao", "person", "IN"),
 E(CHIP, "project", "NL", "ChipNL"), E("Chips Joint Undertaking", "public_body", None),
 E("Digital Europe Programme", "programme"),
 E("Ministry of Economic Affairs and Climate Policy", "public_body", "NL"),
 E("TNO", "research_org", "NL"), E(TUE, "university", "NL", "TU/e"),
 E("Delft University of Technology", "university", "NL"),
 E("University of Twente", "university", "NL"), E("High Tech NL", "cluster", "NL"),
 E("PhotonDelta", "network", "NL"), E("Prodrive Technologies", "company", "NL"),
 E("Brainport Chip Day", "event", "NL"), E("SEMICON Europa", "event", "DE"),
 E("Munich", "place", "DE"),
 E("Province of North Brabant", "public_body", "NL", "Provincie Noord-Brabant"),
 E("European Semiconductor Regions Alliance", "network", None, "ESRA"),
 E("Silicon Saxony", "cluster", "DE"), E("Minalogic", "cluster", "FR"),
 E("DSP Valley", "cluster", "BE"),
],
relations=[
 R(BD, "leads", LPC), R(BD, "consortium_member_of", LPC), R(NFIA, "consortium_member_of", LPC),
 R(BD, "located_in", "Brainport Eindhoven"),
 *[R(n, "located_in", t) for n, _, t in STARTUPS],
 R("SEMICON India", "located_in", "Greater Noida"), R(BD, "participated_in", "SEMICON India"),
 R("Computex", "located_in", "Taipei"), R(BD, "participated_in", "Computex"),
 R("Holland High Tech", "participated_in", "Computex"),
 R("Marleen de Vries", "works_for", BD), R("Kiran Rao", "works_for", "Silicura Systems"),
 R(CHIP, "funded_by", "Chips Joint Undertaking"), R(CHIP, "funded_by", "Digital Europe Programme"),
 R(CHIP, "funded_by", "Ministry of Economic Affairs and Climate Policy"),
 R("TNO", "leads", CHIP),
 *[R(o, "consortium_member_of", CHIP) for o in (
   "TNO", TUE, "Delft University of Technology", "University of Twente", BD, "High Tech NL")],
 R(BD, "partner_of", "PhotonDelta"), R(BD, "partner_of", TUE),
 R(BD, "organized", "Brainport Chip Day"),
 R("SEMICON Europa", "located_in", "Munich"), R(BD, "participated_in", "SEMICON Europa"),
 R("High Tech NL", "participated_in", "SEMICON Europa"),
 R(LPC, "funded_by", "Province of North Brabant"),
 *[R(o, "member_of", "European Semiconductor Regions Alliance") for o in (
   BD, "Silicon Saxony", "Minalogic", "DSP Valley")],
])

# --- project news: Interreg Central Baltic BALTSHIELD kick-off -----------------------
BS = "Baltic Shared Cyber Exercise Environment for SMEs"
JAMK = "JAMK University of Applied Sciences"
JYV = "JYVSECTEC"
TT = "Tallinn University of Technology"
FISC = "Finnish Information Security Cluster"
LITC = "Latvian IT Cluster"
EISA = "Estonian Information Security Association"
ICB = "Interreg Central Baltic"
CFD = "Centre for Digital Forensics and Cyber Security"
CCD = "NATO Cooperative Cyber Defence Centre of Excellence"
RCSF = "Regional Council of Southwest Finland"
CSN = "Cyber Security Nordic"
CRD = "Cyber Range Day"
PART = ((JAMK, "university", "FI", "Jyväskylä"), (TT, "university", "EE", "Tallinn"),
        ("CERT.LV", "public_body", "LV", "Riga"),
        ("RISE Research Institutes of Sweden", "research_org", "SE", "Stockholm"),
        (FISC, "cluster", "FI", "Helsinki"), (LITC, "cluster", "LV", "Riga"),
        (EISA, "network", "EE", "Tallinn"), ("Cybernetica AS", "company", "EE", "Tallinn"),
        ("Turku University of Applied Sciences", "university", "FI", "Turku"),
        ("Åland University of Applied Sciences", "university", "FI", "Mariehamn"),
        ("Region Stockholm", "public_body", "SE", "Stockholm"),
        ("Jyväskylä Regional Development Company Jykes", "public_body", "FI", "Jyväskylä"))
ALIASES = {JAMK: ("JAMK",), TT: ("TalTech",), FISC: ("FISC",), EISA: ("EISA",),
           "RISE Research Institutes of Sweden": ("RISE",), "Cybernetica AS": ("Cybernetica",),
           "Åland University of Applied Sciences": ("Högskolan på Åland",),
           "Jyväskylä Regional Development Company Jykes": ("Jykes",)}
GOLD["central-baltic-cyber-range-interreg-kickoff-2023.txt"] = dict(
entities=[
 E(BS, "project", None, "BALTSHIELD"),
 *[E(n, t, c, *ALIASES.get(n, ())) for n, t, c, _ in PART],
 E(JYV, "research_org", "FI"),
 E("Jyväskylä", "place", "FI"), E("Tallinn", "place", "EE"), E("Riga", "place", "LV"),
 E("Stockholm", "place", "SE"), E("Helsinki", "place", "FI"), E("Turku", "place", "FI"),
 E("Mariehamn", "place", "FI"), E("Tartu", "place", "EE"),
 E(ICB, "programme", None, "Interreg Central Baltic programme 2021-2027"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E("Mikko Lehtonen", "person", "FI"), E("Kristjan Tamm", "person", "EE"),
 E(CFD, "research_org", "EE"), E("Locked Shields", "event"),
 E(CCD, "public_body", None, "CCDCOE"),
 E("CyberSec4SME", "project"), E("Interreg Baltic Sea Region", "programme"),
 E(RCSF, "public_body", "FI", "Varsinais-Suomen liitto"), E("Sanna Virtanen", "person", "FI"),
 E(CSN, "event", "FI"), E(CRD, "event", "LV"), E("Baltic Lighthouse", "event"),
 E("Cyber Science", "cluster", "PL"), E("Gdańsk", "place", "PL"),
 E("Digital Europe Programme", "programme"),
],
relations=[
 R(BS, "funded_by", ICB), R(BS, "funded_by", "European Regional Development Fund"),
 R(JAMK, "leads", BS), R(JYV, "located_in", "Jyväskylä"),
 *[R(n, "consortium_member_of", BS) for n, _, _, _ in PART],
 *[R(n, "located_in", t) for n, _, _, t in PART],
 R("Mikko Lehtonen", "works_for", JAMK), R("Mikko Lehtonen", "works_for", JYV),
 R("Mikko Lehtonen", "leads", BS),
 R("Kristjan Tamm", "works_for", CFD), R("Kristjan Tamm", "works_for", TT),
 R(CCD, "organized", "Locked Shields"),
 R(LITC, "partner_of", FISC), R(EISA, "partner_of", FISC),
 R("RISE Research Institutes of Sweden", "consortium_member_of", "CyberSec4SME"),
 R("CyberSec4SME", "funded_by", "Interreg Baltic Sea Region"),
 R("Sanna Virtanen", "works_for", RCSF),
 R(CSN, "located_in", "Helsinki"), R(FISC, "participated_in", CSN),
 R(LITC, "organized", CRD), R(CRD, "located_in", "Riga"),
 R("Cybernetica AS", "organized", "Baltic Lighthouse"),
 R("Cyber Science", "located_in", "Gdańsk"),
])


def check(name, gold):
    types = {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["name"] not in types, (name, "duplicate", e["name"])
        types[e["name"]] = e["type"]
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types and o in types, (name, r)
        assert p in SUBJECTS, (name, r)
        assert types[s] in SUBJECTS[p] and types[o] in OBJECTS[p], (name, r, types[s], types[o])
        key = (s, p, o) if p not in ("partner_of", "met_with") else (p, *sorted((s, o)))
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)


for name, gold in GOLD.items():
    check(name, gold)
    assert (Path(__file__).parents[2] / "docs" / "train-q" / name).exists(), name
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
