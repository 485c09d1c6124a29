"""Hand annotations of the `train-ap` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ap/make_gold_train_ap.py

Theme: member-company news of Nordic and Baltic clusters, with many fictional
start-ups and SMEs that are each named once or twice (a town, a partner, a deal,
an event or a project each). Rules as in the README ("Documents and gold"):
every named organisation, person, event, project, programme and place (cities
and regions, not countries); `name` is the full form the text uses, `aliases`
every other form it uses. A relation is annotated when the text states it or
its sentence clearly implies it (a meeting or a signature "at" an event means
both parties took part in the event). Planned participations stated as agreed
("will lead a delegation to ...") are annotated like past ones.

Type choices kept throughout this set: industry associations of companies
(SwedenBIO, Lithuanian Biotechnology Association, ITL, Infobalt) and science
parks (Tartu Science Park, Turku Science Park) are `cluster`; hospitals are
`research_org`; Karolinska Institutet is a `university`; accelerators run by
companies (Startup Wise Guys) are `company`; investors and trade-fair
organisers are `company`. A company joining an accelerator *programme* has no
predicate in DOMAIN.md, so such sentences give the programme entity only.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-ap"

# --- copied from /work/shared/design/DOMAIN.md --------------------------------------
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

# --- 1. newsletter: Medicon Valley Alliance member news ---------------------------
MVA = "Medicon Valley Alliance"
BE = "BIO-Europe 2024"
NEL = "Nelmira Bio ApS"
PX = "PANCREADX"
BA = "BRIDGE-AMR"
UCPH = "University of Copenhagen"
NOM = "Nordic Oncology Match"
MVA_NEW = (("Skarvik Diagnostics AB", "Helsingborg"), ("Lunoria", "Lund"),
           ("Fjelde Therapeutics", "Odense"), ("Orbicon Labs", "Copenhagen"))
GOLD["medicon-valley-alliance-member-news-2024.md"] = dict(
entities=[
 E(MVA, "cluster", "DK", "MVA"), E("Copenhagen", "place", "DK"),
 E(BE, "event", "SE", "BIO-Europe"), E("Stockholm", "place", "SE"),
 E("Anders Holm-Nielsen", "person", "DK"),
 E("Skarvik Diagnostics AB", "company", "SE", "Skarvik Diagnostics"), E("Helsingborg", "place", "SE"),
 E("Lunoria", "company", "SE"), E("Lund", "place", "SE"), E("Sofie Lindqvist", "person", "SE"),
 E("Fjelde Therapeutics", "company", "DK"), E("Odense", "place", "DK"),
 E("University of Southern Denmark", "university", "DK", "SDU"),
 E("Orbicon Labs", "company", "DK", "Orbicon"),
 E(NEL, "company", "DK", "Nelmira Bio", "Nelmira"), E("Hørsholm", "place", "DK"),
 E("Tarsolis GmbH", "company", "DE", "Tarsolis"), E("Heidelberg", "place", "DE"),
 E("Jonas Brandt", "person", "DK"),
 E("Velantis", "company", "SE"), E("Malmö", "place", "SE"),
 E("Orrekai Medical OÜ", "company", "EE"), E("Tallinn", "place", "EE"),
 E("Enterprise Europe Network", "network"), E("Riga", "place", "LV"),
 E("Kiremo ApS", "company", "DK", "Kiremo"), E("Mads Kjærgaard", "person", "DK"),
 E("EBD Group", "company"), E("SwedenBIO", "cluster", "SE"),
 E("Business Sweden", "public_body", "SE"),
 E("Hanamura Pharma", "company", "JP"), E("Osaka", "place", "JP"),
 E(PX, "project"), E("Horizon Europe", "programme"),
 E("Lund University", "university", "SE"), E("Rigshospitalet", "research_org", "DK"),
 E("Technical University of Denmark", "university", "DK", "DTU"),
 E("Tervix Analytics", "company", "EE"), E("Tartu", "place", "EE"),
 E(BA, "project"), E("Interreg Öresund-Kattegat-Skagerrak", "programme"),
 E(UCPH, "university", "DK"),
 E("Oslo Cancer Cluster", "cluster", "NO"), E(NOM, "event", "DK"),
],
relations=[
 R(MVA, "located_in", "Copenhagen"), R(MVA, "participated_in", BE), R(BE, "located_in", "Stockholm"),
 R("Anders Holm-Nielsen", "works_for", MVA),
 *[R(c, "member_of", MVA) for c, _ in MVA_NEW],
 *[R(c, "located_in", t) for c, t in MVA_NEW],
 R("Sofie Lindqvist", "works_for", "Lunoria"),
 R(NEL, "located_in", "Hørsholm"), R(NEL, "partner_of", "Tarsolis GmbH"),
 R("Tarsolis GmbH", "located_in", "Heidelberg"), R("Jonas Brandt", "works_for", NEL),
 R("Velantis", "located_in", "Malmö"), R("Velantis", "partner_of", "Orrekai Medical OÜ"),
 R("Velantis", "met_with", "Orrekai Medical OÜ"), R("Orrekai Medical OÜ", "located_in", "Tallinn"),
 R("Kiremo ApS", "partner_of", "Orbicon Labs"), R("Mads Kjærgaard", "works_for", "Orbicon Labs"),
 R("EBD Group", "organized", BE),
 *[R(o, "participated_in", BE) for o in (
   "Lunoria", "Fjelde Therapeutics", "Skarvik Diagnostics AB", "Velantis", "SwedenBIO",
   "Business Sweden", "Hanamura Pharma")],
 R("Fjelde Therapeutics", "met_with", "Hanamura Pharma"), R("Hanamura Pharma", "located_in", "Osaka"),
 R(PX, "funded_by", "Horizon Europe"), R("Lund University", "leads", PX),
 *[R(o, "consortium_member_of", PX) for o in (
   "Lund University", NEL, "Rigshospitalet", "Technical University of Denmark", "Tervix Analytics")],
 R("Tervix Analytics", "located_in", "Tartu"),
 R(BA, "funded_by", "Interreg Öresund-Kattegat-Skagerrak"),
 *[R(o, "consortium_member_of", BA) for o in (MVA, "Kiremo ApS", UCPH)],
 R(UCPH, "leads", BA),
 R(MVA, "organized", NOM), R("Oslo Cancer Cluster", "organized", NOM), R(NOM, "located_in", "Copenhagen"),
])

# --- 2. newsletter: SwedenBIO member round-up -------------------------------------
SB = "SwedenBIO"
ARV = "Arvenza Therapeutics AB"
KV = "Kvillby Biologics"
HD = "Hälleflod Dx"
BCS = "Brevik Cell Systems"
LH = "Linvia Health"
BIO = "BIO International Convention"
LBMC = "Latvian Biomedical Research and Study Centre"
NLS = "Nordic Life Science Days 2023"
SB_NEW = ((ARV, "Uppsala"), (KV, "Södertälje"), (HD, "Umeå"), (BCS, "Gothenburg"), (LH, "Linköping"))
GOLD["swedenbio-member-roundup-2023.html"] = dict(
entities=[
 E(SB, "cluster", "SE"), E("Stockholm", "place", "SE"), E("Maria Strandberg", "person", "SE"),
 E(ARV, "company", "SE", "Arvenza Therapeutics", "Arvenza"), E("Uppsala", "place", "SE"),
 E(KV, "company", "SE", "Kvillby"), E("Södertälje", "place", "SE"),
 E(HD, "company", "SE"), E("Umeå", "place", "SE"),
 E(BCS, "company", "SE"), E("Gothenburg", "place", "SE"),
 E(LH, "company", "SE"), E("Linköping", "place", "SE"),
 E("Karolinska Institutet", "university", "SE"), E("Solna", "place", "SE"),
 E("Kyrö Reagents Oy", "company", "FI"), E("Turku", "place", "FI"),
 E("Rigen Pharma SIA", "company", "LV"), E("Riga", "place", "LV"),
 E("Region Östergötland", "public_body", "SE"),
 E("CELLPATH", "project"), E("Chalmers University of Technology", "university", "SE"),
 E("Vinnova", "public_body", "SE"),
 E("FIBROMAP", "project"), E("Uppsala University", "university", "SE"),
 E("Hovland Bioinformatics AS", "company", "NO"), E("Bergen", "place", "NO"),
 E("Swelife", "programme", "SE"),
 E(BIO, "event", "US"), E("Boston", "place", "US"), E("Business Sweden", "public_body", "SE"),
 E("Lonza", "company", "CH"), E("Tsubaki Seiyaku", "company", "JP"),
 E("Tartu", "place", "EE"),
 E("Investment and Development Agency of Latvia", "public_body", "LV", "LIAA"),
 E(LBMC, "research_org", "LV"), E("University of Tartu", "university", "EE"),
 E(NLS, "event", "SE", "NLSDays"), E("Malmö", "place", "SE"),
],
relations=[
 R(SB, "located_in", "Stockholm"), R("Maria Strandberg", "works_for", SB),
 *[R(c, "member_of", SB) for c, _ in SB_NEW],
 *[R(c, "located_in", t) for c, t in SB_NEW],
 R(ARV, "partner_of", "Karolinska Institutet"), R("Karolinska Institutet", "located_in", "Solna"),
 R(BCS, "partner_of", "Kyrö Reagents Oy"), R("Kyrö Reagents Oy", "located_in", "Turku"),
 R(HD, "partner_of", "Rigen Pharma SIA"), R("Rigen Pharma SIA", "located_in", "Riga"),
 R(LH, "partner_of", "Region Östergötland"),
 R(KV, "leads", "CELLPATH"),
 *[R(o, "consortium_member_of", "CELLPATH") for o in (KV, "Chalmers University of Technology", BCS)],
 R("CELLPATH", "funded_by", "Vinnova"),
 *[R(o, "consortium_member_of", "FIBROMAP") for o in (ARV, "Uppsala University", "Hovland Bioinformatics AS")],
 R("Hovland Bioinformatics AS", "located_in", "Bergen"), R("FIBROMAP", "funded_by", "Swelife"),
 R(BIO, "located_in", "Boston"),
 *[R(o, "participated_in", BIO) for o in (
   "Business Sweden", SB, ARV, KV, HD, "Lonza", "Tsubaki Seiyaku")],
 R(KV, "met_with", "Lonza"), R(ARV, "met_with", "Tsubaki Seiyaku"),
 R(SB, "met_with", LBMC), R(SB, "met_with", "University of Tartu"), R(LBMC, "located_in", "Riga"),
 R(NLS, "located_in", "Malmö"), R(SB, "organized", NLS),
])

# --- 3. member news: Oslo Cancer Cluster ------------------------------------------
OCC = "Oslo Cancer Cluster"
VO = "Vireska Oncology"
LB = "Lymfa Bio AS"
KI = "Kaldera Imaging"
AB = "Aldvik Biotech"
ZP = "Zenthera Pharma"
MU = "Medaris UAB"
LSB = "Life Science Baltics"
OUH = "Oslo University Hospital"
RCN = "Research Council of Norway"
BES = "BIO-Europe Spring 2024"
AACR = "AACR Annual Meeting 2024"
HCH = "Health Capital Helsinki"
LBA = "Lithuanian Biotechnology Association"
OCC_NEW = ((VO, "Trondheim"), (LB, "Bergen"), (KI, "Oslo"), (AB, "Lund"))
GOLD["oslo-cancer-cluster-member-news-2024.txt"] = dict(
entities=[
 E(OCC, "cluster", "NO", "OCC"), E("Oslo", "place", "NO"),
 E(VO, "company", "NO", "Vireska"), E("Trondheim", "place", "NO"),
 E(LB, "company", "NO", "Lymfa Bio"), E("Bergen", "place", "NO"),
 E(KI, "company", "NO"), E(AB, "company", "SE", "Aldvik"), E("Lund", "place", "SE"),
 E("Kari Aasen", "person", "NO"), E("Eirik Vold", "person", "NO"),
 E(ZP, "company", "CH"), E("Basel", "place", "CH"),
 E(MU, "company", "LT"), E("Vilnius", "place", "LT"), E(LSB, "event", "LT"),
 E("TUMORLENS", "project"), E("Innovation Norway", "public_body", "NO"),
 E(OUH, "research_org", "NO", "Oslo universitetssykehus"),
 E("Norwegian University of Science and Technology", "university", "NO", "NTNU"),
 E("IMMUNOTRACK", "project"), E(RCN, "public_body", "NO", "Forskningsrådet"),
 E("University of Bergen", "university", "NO"),
 E(BES, "event", "ES"), E("Barcelona", "place", "ES"),
 E(HCH, "cluster", "FI"), E(AACR, "event", "US"), E("San Diego", "place", "US"),
 E("American Association for Cancer Research", "network", "US", "AACR"),
 E("Oncomira Oy", "company", "FI"), E("Espoo", "place", "FI"),
 E(LBA, "cluster", "LT", "LBA"), E("Rasa Jankauskienė", "person", "LT", "Jankauskienė"),
],
relations=[
 R(OCC, "located_in", "Oslo"),
 *[R(c, "member_of", OCC) for c, _ in OCC_NEW],
 *[R(c, "located_in", t) for c, t in OCC_NEW],
 R("Kari Aasen", "works_for", OCC),
 R(VO, "partner_of", AB), R("Eirik Vold", "works_for", VO),
 R(LB, "partner_of", ZP), R(ZP, "located_in", "Basel"),
 R(KI, "partner_of", MU), R(MU, "located_in", "Vilnius"), R(KI, "met_with", MU),
 R(KI, "participated_in", LSB), R(MU, "participated_in", LSB), R(LSB, "located_in", "Vilnius"),
 R(KI, "leads", "TUMORLENS"), R("TUMORLENS", "funded_by", "Innovation Norway"),
 *[R(o, "consortium_member_of", "TUMORLENS") for o in (
   KI, OUH, "Norwegian University of Science and Technology")],
 R("IMMUNOTRACK", "funded_by", RCN),
 *[R(o, "consortium_member_of", "IMMUNOTRACK") for o in (LB, "University of Bergen", OUH, OCC)],
 R(BES, "located_in", "Barcelona"),
 *[R(o, "participated_in", BES) for o in (OCC, "Innovation Norway", VO, LB, KI, ZP)],
 R(LB, "met_with", ZP),
 R(OCC, "partner_of", HCH),
 *[R(o, "participated_in", AACR) for o in (OCC, HCH, "Oncomira Oy")],
 R(AACR, "located_in", "San Diego"), R("American Association for Cancer Research", "organized", AACR),
 R("Oncomira Oy", "located_in", "Espoo"),
 R(OCC, "partner_of", LBA), R(LBA, "located_in", "Vilnius"),
 R("Rasa Jankauskienė", "works_for", LBA),
])

# --- 4. annual-report chapter: Norway Health Tech members abroad ------------------
NHT = "Norway Health Tech"
SKY = "Skyllo Health AS"
FM = "Fennvik Medical"
HS = "Heimdal Sensors AS"
RL = "REHAB-LINK"
MED = "MEDICA 2023"
HLTH = "HLTH Europe 2023"
CH = "Connected Health"
NBD = "Nordic-Baltic Health Tech Day"
NHT_MEMBERS = ((SKY, "Tromsø"), (FM, "Stavanger"), ("Quorvex", "Kristiansand"),
               (HS, "Ålesund"), ("Tindra Care", "Drammen"), ("Mørk Rehab", "Bodø"))
GOLD["norway-health-tech-annual-report-members-2023.md"] = dict(
entities=[
 E(NHT, "cluster", "NO"), E("Oslo", "place", "NO"), E("Hilde Brekke", "person", "NO"),
 E(SKY, "company", "NO", "Skyllo Health"), E("Tromsø", "place", "NO"),
 E("Northern Norway Regional Health Authority", "public_body", "NO", "Helse Nord"),
 E(FM, "company", "NO"), E("Stavanger", "place", "NO"),
 E("Medivana GmbH", "company", "DE"), E("Hamburg", "place", "DE"),
 E("Quorvex", "company", "NO"), E("Kristiansand", "place", "NO"),
 E("Ravnsborg Imaging ApS", "company", "DK"), E("Aarhus", "place", "DK"),
 E(HS, "company", "NO", "Heimdal Sensors"), E("Ålesund", "place", "NO"),
 E("Tindra Care", "company", "NO"), E("Drammen", "place", "NO"),
 E("Mørk Rehab", "company", "NO"), E("Bodø", "place", "NO"),
 E("Kvantum Health OÜ", "company", "EE"), E("Tartu", "place", "EE"),
 E(RL, "project"), E("Eurostars", "programme"), E("Research Council of Norway", "public_body", "NO"),
 E("EIT Health Bridgehead", "programme"), E("EIT Health", "network"),
 E(MED, "event", "DE"), E("Düsseldorf", "place", "DE"), E("Messe Düsseldorf", "company", "DE"),
 E("Innovation Norway", "public_body", "NO"),
 E("Pulssi Oy", "company", "FI"), E("Oulu", "place", "FI"),
 E(HLTH, "event", "NL"), E("Amsterdam", "place", "NL"),
 E("Health Capital Helsinki", "cluster", "FI"), E(CH, "cluster", "EE"), E("Tallinn", "place", "EE"),
 E(NBD, "event", "NO"),
],
relations=[
 R(NHT, "located_in", "Oslo"), R("Hilde Brekke", "works_for", NHT),
 *[R(c, "member_of", NHT) for c, _ in NHT_MEMBERS],
 *[R(c, "located_in", t) for c, t in NHT_MEMBERS],
 R(SKY, "partner_of", "Northern Norway Regional Health Authority"),
 R(FM, "partner_of", "Medivana GmbH"), R("Medivana GmbH", "located_in", "Hamburg"),
 R("Quorvex", "partner_of", "Ravnsborg Imaging ApS"), R("Ravnsborg Imaging ApS", "located_in", "Aarhus"),
 *[R(o, "consortium_member_of", RL) for o in (HS, "Tindra Care", "Mørk Rehab", "Kvantum Health OÜ")],
 R(HS, "leads", RL), R(RL, "funded_by", "Eurostars"), R(RL, "funded_by", "Research Council of Norway"),
 R("Kvantum Health OÜ", "located_in", "Tartu"),
 R(MED, "located_in", "Düsseldorf"), R("Messe Düsseldorf", "organized", MED),
 *[R(o, "participated_in", MED) for o in (
   NHT, "Innovation Norway", FM, HS, "Mørk Rehab", SKY, "Pulssi Oy")],
 R(HS, "met_with", "Pulssi Oy"), R("Pulssi Oy", "located_in", "Oulu"),
 R(HLTH, "located_in", "Amsterdam"),
 *[R(o, "participated_in", HLTH) for o in (NHT, "Tindra Care", "Quorvex")],
 R(NHT, "partner_of", "Health Capital Helsinki"), R(NHT, "partner_of", CH), R(CH, "located_in", "Tallinn"),
 R(NHT, "organized", NBD), R(CH, "organized", NBD), R(NBD, "located_in", "Oslo"),
])

# --- 5. delegation report: Business Finland health-tech mission to Japan ----------
BF = "Business Finland"
SEM = "Finland-Japan Health Innovation Seminar"
EMB = "Embassy of Finland in Tokyo"
LINKJ = "Life Science Innovation Network Japan"
BJ = "BioJapan 2024"
KBIC = "Kobe Biomedical Innovation Cluster"
FI_DELEGATION = (("Kaarna Diagnostics Oy", "Oulu", "Oulu Health"), ("Revontuli Bio Oy", "Turku", "BioTurku"),
                 ("Sisu Neuro", "Kuopio", "Kuopio Health"),
                 ("Aaltomed Solutions", "Espoo", "Health Capital Helsinki"),
                 ("Virtavo", "Helsinki", "Health Capital Helsinki"), ("Lumivex", "Tampere", None))
GOLD["business-finland-health-delegation-japan-2024.html"] = dict(
entities=[
 E(BF, "public_body", "FI"), E("Helsinki", "place", "FI"),
 E("Tokyo", "place", "JP"), E("Yokohama", "place", "JP"), E("Kobe", "place", "JP"),
 E("Päivi Lindroos", "person", "FI"),
 E("Kaarna Diagnostics Oy", "company", "FI", "Kaarna Diagnostics"), E("Oulu", "place", "FI"),
 E("Oulu Health", "cluster", "FI"),
 E("Revontuli Bio Oy", "company", "FI", "Revontuli Bio"), E("Turku", "place", "FI"),
 E("BioTurku", "cluster", "FI"),
 E("Sisu Neuro", "company", "FI"), E("Kuopio", "place", "FI"), E("Kuopio Health", "cluster", "FI"),
 E("Aaltomed Solutions", "company", "FI"), E("Espoo", "place", "FI"),
 E("Health Capital Helsinki", "cluster", "FI"), E("Virtavo", "company", "FI"),
 E("Lumivex", "company", "FI"), E("Tampere", "place", "FI"),
 E(SEM, "event", "JP"), E(EMB, "public_body", "FI"), E(LINKJ, "network", "JP", "LINK-J"),
 E("Shirakawa Medical Co., Ltd.", "company", "JP", "Shirakawa Medical"), E("Kyoto", "place", "JP"),
 E("Mirai Neurotech KK", "company", "JP"),
 E(BJ, "event", "JP", "BioJapan"), E("JTB Communication Design", "company", "JP"),
 E("Mikko Hakala", "person", "FI"),
 E(KBIC, "cluster", "JP", "KBIC"), E("Hoshino Peptide Inc.", "company", "JP"),
 E("Osaka", "place", "JP"), E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Osaka University", "university", "JP"), E("SENSEJAPAN", "project"), E("Seoul", "place", "KR"),
],
relations=[
 R(BF, "located_in", "Helsinki"), R("Päivi Lindroos", "works_for", BF),
 *[R(c, "located_in", t) for c, t, _ in FI_DELEGATION],
 *[R(c, "member_of", k) for c, _, k in FI_DELEGATION if k],
 R(BF, "organized", SEM), R(EMB, "organized", SEM), R(LINKJ, "organized", SEM),
 R(SEM, "located_in", "Tokyo"), R(EMB, "located_in", "Tokyo"),
 R("Kaarna Diagnostics Oy", "met_with", "Shirakawa Medical Co., Ltd."),
 R("Shirakawa Medical Co., Ltd.", "located_in", "Kyoto"),
 R("Sisu Neuro", "met_with", "Mirai Neurotech KK"), R("Mirai Neurotech KK", "located_in", "Tokyo"),
 R(BJ, "located_in", "Yokohama"), R("JTB Communication Design", "organized", BJ),
 *[R(c, "participated_in", BJ) for c, _, _ in FI_DELEGATION],
 *[R(o, "participated_in", BJ) for o in (BF, "Oulu Health", "BioTurku", "Health Capital Helsinki")],
 R("Mikko Hakala", "works_for", "Sisu Neuro"),
 R(KBIC, "located_in", "Kobe"), R(BF, "met_with", KBIC), R("BioTurku", "partner_of", KBIC),
 R("Revontuli Bio Oy", "partner_of", "Hoshino Peptide Inc."), R("Hoshino Peptide Inc.", "located_in", "Kobe"),
 R(BF, "met_with", "Japan External Trade Organization"),
 *[R(o, "consortium_member_of", "SENSEJAPAN") for o in ("Lumivex", "Aaltomed Solutions", "Osaka University")],
 R("SENSEJAPAN", "funded_by", BF),
])

# --- 6. press release: Latvian IT Cluster MoU at TechChill, member news ----------
LITC = "Latvian IT Cluster"
ITL = "Estonian Association of Information Technology and Telecommunications"
TC = "TechChill 2024"
DZ = "Dzintara Data SIA"
IS = "Ilmari Systems Oy"
RTU = "Riga Technical University"
AI4 = "AI4BALTICS"
LITC_MEMBERS = ((DZ, "Riga"), ("Lielupe AI", "Jūrmala"), ("Ventspils Robotics", "Ventspils"),
                ("Sigulda Sensorics SIA", "Sigulda"), ("Kurzeme Cloud", "Liepāja"))
GOLD["latvian-it-cluster-techchill-mou-2024.txt"] = dict(
entities=[
 E(LITC, "cluster", "LV", "Latvijas IT klasteris"), E("Riga", "place", "LV"),
 E(ITL, "cluster", "EE", "ITL"), E("Tallinn", "place", "EE"),
 E(TC, "event", "LV", "TechChill"), E("Stockholm", "place", "SE"), E("Oslo", "place", "NO"),
 E("Inese Kalniņa", "person", "LV"), E("Tõnis Rebane", "person", "EE"),
 E(DZ, "company", "LV", "Dzintara Data", "Dzintara"),
 E(IS, "company", "FI", "Ilmari Systems", "Ilmari"), E("Helsinki", "place", "FI"),
 E("Mārtiņš Ozols", "person", "LV"),
 E("Lielupe AI", "company", "LV"), E("Jūrmala", "place", "LV"),
 E("Riga Stradiņš University", "university", "LV", "Rīgas Stradiņa universitāte"),
 E("Ventspils Robotics", "company", "LV"), E("Ventspils", "place", "LV"),
 E("Sigulda Sensorics SIA", "company", "LV"), E("Sigulda", "place", "LV"),
 E("Startup Wise Guys", "company", "EE"),
 E("Kurzeme Cloud", "company", "LV"), E("Liepāja", "place", "LV"),
 E("Investment and Development Agency of Latvia", "public_body", "LV", "LIAA"),
 E("Slush 2023", "event", "FI"),
 E(AI4, "project"), E("Digital Europe Programme", "programme"),
 E(RTU, "university", "LV", "RTU", "Rīgas Tehniskā universitāte"),
 E("Emajõe Labs OÜ", "company", "EE"), E("Tartu", "place", "EE"),
 E("Infobalt", "cluster", "LT"), E("Vilnius", "place", "LT"),
 E("Daugavpils", "place", "LV"), E("Valmiera", "place", "LV"),
],
relations=[
 R(LITC, "located_in", "Riga"), R(ITL, "located_in", "Tallinn"), R(LITC, "partner_of", ITL),
 R(TC, "located_in", "Riga"),
 *[R(o, "participated_in", TC) for o in (
   LITC, ITL, "Inese Kalniņa", "Tõnis Rebane", DZ, "Lielupe AI", "Kurzeme Cloud")],
 R("Inese Kalniņa", "works_for", LITC), R("Tõnis Rebane", "works_for", ITL),
 *[R(c, "member_of", LITC) for c, _ in LITC_MEMBERS],
 *[R(c, "located_in", t) for c, t in LITC_MEMBERS],
 R(DZ, "partner_of", IS), R(IS, "located_in", "Helsinki"), R("Mārtiņš Ozols", "works_for", DZ),
 R("Lielupe AI", "partner_of", "Riga Stradiņš University"),
 R("Startup Wise Guys", "located_in", "Tallinn"),
 R("Slush 2023", "located_in", "Helsinki"),
 *[R(o, "participated_in", "Slush 2023") for o in (
   "Investment and Development Agency of Latvia", DZ, IS)],
 R(DZ, "met_with", IS),
 R(AI4, "funded_by", "Digital Europe Programme"), R(RTU, "leads", AI4),
 *[R(o, "consortium_member_of", AI4) for o in (
   LITC, RTU, ITL, "Lielupe AI", "Emajõe Labs OÜ", "Infobalt")],
 R("Emajõe Labs OÜ", "located_in", "Tartu"), R("Infobalt", "located_in", "Vilnius"),
])

# --- 7. EU project kick-off: Interreg Central Baltic CB-HEALTHSCALE ---------------
CBH = "CB-HEALTHSCALE"
TSP = "Tartu Science Park"
TUSP = "Turku Science Park"
UL = "University of Latvia"
AUAS = "Åland University of Applied Sciences"
SUD = "Central Baltic Health Scale-up Day"
PILOTS = (("Toome Bio OÜ", "Tartu", "EE"), ("Vooremaa Medical OÜ", "Jõgeva", "EE"),
          ("Pärnu Physio Tech", "Pärnu", "EE"), ("Aurajoki Health Oy", "Turku", "FI"),
          ("Nokkela Care", "Salo", "FI"), ("Fyrisån Biosensors AB", "Uppsala", "SE"),
          ("Gotlandia Care", "Visby", "SE"), ("Gauja Medtech SIA", "Cēsis", "LV"),
          ("Rēzekne Labs", "Rēzekne", "LV"), ("Ålandia Digital Ab", "Mariehamn", "FI"))
PILOT_ALIASES = {"Toome Bio OÜ": ("Toome Bio",), "Vooremaa Medical OÜ": ("Vooremaa Medical",),
                 "Aurajoki Health Oy": ("Aurajoki Health",),
                 "Fyrisån Biosensors AB": ("Fyrisån Biosensors",), "Gauja Medtech SIA": ("Gauja Medtech",)}
GOLD["cb-healthscale-kickoff-tartu-2024.txt"] = dict(
entities=[
 E(CBH, "project"), E(TSP, "cluster", "EE", "Tartu Teaduspark"),
 E("Interreg Central Baltic", "programme"),
 E(TUSP, "cluster", "FI"), E("Uppsala BIO", "cluster", "SE"),
 E(UL, "university", "LV"), E("Riga", "place", "LV"), E(AUAS, "university", "FI"),
 E("Estonian Business and Innovation Agency", "public_body", "EE", "EIS"),
 E("Business Finland", "public_body", "FI"), E("Kadri Tamm", "person", "EE"),
 *[E(c, "company", cc, *PILOT_ALIASES.get(c, ())) for c, _, cc in PILOTS],
 *[E(t, "place", cc) for t, cc in (("Tartu", "EE"), ("Jõgeva", "EE"), ("Pärnu", "EE"),
   ("Turku", "FI"), ("Salo", "FI"), ("Uppsala", "SE"), ("Visby", "SE"), ("Cēsis", "LV"),
   ("Rēzekne", "LV"), ("Mariehamn", "FI"))],
 E("Åland", "place", "FI"),
 E(SUD, "event", "EE"), E("Connected Health", "cluster", "EE"),
 E("Change Ventures", "company", "EE"), E("Tallinn", "place", "EE"),
 E("Slush 2024", "event", "FI"), E("Helsinki", "place", "FI"),
 E("Jussi Laaksonen", "person", "FI"),
],
relations=[
 R(CBH, "funded_by", "Interreg Central Baltic"), R(TSP, "leads", CBH),
 *[R(o, "consortium_member_of", CBH) for o in (TSP, TUSP, "Uppsala BIO", UL, AUAS)],
 R(TSP, "located_in", "Tartu"), R(UL, "located_in", "Riga"), R(AUAS, "located_in", "Mariehamn"),
 R("Kadri Tamm", "works_for", TSP), R("Kadri Tamm", "leads", CBH),
 *[R(c, "located_in", t) for c, t, _ in PILOTS],
 R("Toome Bio OÜ", "partner_of", "Fyrisån Biosensors AB"),
 R("Aurajoki Health Oy", "partner_of", "Vooremaa Medical OÜ"),
 R("Gauja Medtech SIA", "partner_of", "Gotlandia Care"),
 R(TSP, "organized", SUD), R(TUSP, "organized", SUD), R(SUD, "located_in", "Tartu"),
 *[R(c, "participated_in", SUD) for c, _, _ in PILOTS],
 R("Connected Health", "participated_in", SUD), R("Change Ventures", "participated_in", SUD),
 R("Change Ventures", "located_in", "Tallinn"),
 R("Pärnu Physio Tech", "participated_in", "Slush 2024"), R("Slush 2024", "located_in", "Helsinki"),
 R("Jussi Laaksonen", "works_for", TUSP),
])

# --- 8. event news: Life Science Baltics 2024 partnering -------------------------
LSB24 = "Life Science Baltics 2024"
IAL = "Innovation Agency Lithuania"
DELEGATIONS = ("SwedenBIO", "Medicon Valley Alliance", "Investment and Development Agency of Latvia",
               "Oslo Cancer Cluster", "BioTurku")
LT_DEALS = (("Neris Genomics", "Vilnius", "Hvidøre Bio ApS", "Copenhagen"),
            ("Vilkas Biotech UAB", "Kaunas", "Skjold Antibodies AS", "Oslo"),
            ("Nemunas Pharma", "Alytus", "Saaristo Clinical Oy", "Turku"))
PITCH = (("Baltijos Cell Therapies", "Klaipėda"), ("Saulė Biomedika", "Šiauliai"), ("Amberlight Dx", "Riga"))
GOLD["life-science-baltics-partnering-2024.html"] = dict(
entities=[
 E(LSB24, "event", "LT"), E("Vilnius", "place", "LT"),
 E(IAL, "public_body", "LT", "Inovacijų agentūra"),
 E("Lithuanian Biotechnology Association", "cluster", "LT"),
 E("SwedenBIO", "cluster", "SE"), E("Medicon Valley Alliance", "cluster", "DK"),
 E("Investment and Development Agency of Latvia", "public_body", "LV"),
 E("Oslo Cancer Cluster", "cluster", "NO"), E("BioTurku", "cluster", "FI"),
 E("Neris Genomics", "company", "LT"), E("Hvidøre Bio ApS", "company", "DK"), E("Copenhagen", "place", "DK"),
 E("Tomas Jonaitis", "person", "LT"),
 E("Vilkas Biotech UAB", "company", "LT"), E("Kaunas", "place", "LT"),
 E("Skjold Antibodies AS", "company", "NO"), E("Oslo", "place", "NO"),
 E("Nemunas Pharma", "company", "LT"), E("Alytus", "place", "LT"),
 E("Saaristo Clinical Oy", "company", "FI"), E("Turku", "place", "FI"),
 E("Baltijos Cell Therapies", "company", "LT"), E("Klaipėda", "place", "LT"),
 E("Saulė Biomedika", "company", "LT"), E("Šiauliai", "place", "LT"),
 E("Amberlight Dx", "company", "LV"), E("Riga", "place", "LV"),
 E("Henrik Dahl", "person", "SE"), E("Karolinska Institutet", "university", "SE"),
 E("Laura Mickevičiūtė", "person", "LT"),
 E("Life Science Baltics 2026", "event", "LT"),
 E("BIO-Europe 2024", "event", "SE"), E("Stockholm", "place", "SE"),
],
relations=[
 R(LSB24, "located_in", "Vilnius"),
 R(IAL, "organized", LSB24), R("Lithuanian Biotechnology Association", "organized", LSB24),
 *[R(o, "participated_in", LSB24) for o in DELEGATIONS],
 *[r for a, ta, b, tb in LT_DEALS for r in (
   R(a, "located_in", ta), R(b, "located_in", tb), R(a, "partner_of", b),
   R(a, "participated_in", LSB24), R(b, "participated_in", LSB24))],
 R("Tomas Jonaitis", "works_for", "Neris Genomics"),
 R("Neris Genomics", "met_with", "Hvidøre Bio ApS"),
 *[r for c, t in PITCH for r in (R(c, "located_in", t), R(c, "participated_in", LSB24))],
 R("Henrik Dahl", "participated_in", LSB24), R("Henrik Dahl", "works_for", "Karolinska Institutet"),
 R("Laura Mickevičiūtė", "participated_in", LSB24), R("Laura Mickevičiūtė", "works_for", IAL),
 R("Life Science Baltics 2026", "located_in", "Vilnius"),
 R("Lithuanian Biotechnology Association", "participated_in", "BIO-Europe 2024"),
 R("BIO-Europe 2024", "located_in", "Stockholm"),
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
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, (doc, "surface form used twice", form, forms.get(key), e["name"])
                forms[key] = e["name"]
                assert key in text, (doc, "not in text", form)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (doc, r)
            assert s in types and o in types, (doc, "undeclared end", r)
            assert s != o, (doc, "self relation", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, (doc, "types not allowed", r, types[s], types[o])
            key = (min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)


check()
for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.name, len(gold["entities"]), len(gold["relations"]))
