"""Hand annotations of the `train-bb` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-bb/make_gold_train_bb.py

Theme: investment attraction and soft landing (agencies that help foreign companies
settle, and the science parks, incubators and campuses they settle on).

Annotation choices made consistently across this set:
- science parks, incubators, innovation campuses and business parks that are run by
  an organisation are `cluster`; a company that settles there (tenant, "moved into",
  "took space at", "joined the incubator") is `member_of` it;
- a company is `located_in` its home city and, when the same sentence or table row
  names it, the town where it settles;
- investment agencies, trade councils, embassies, chambers and ministries are
  `public_body`; industry associations of companies are `cluster`; hospitals are
  `research_org`;
- "X prepared / organised ... together with Y" and signed agreements, LOIs and MoUs
  give `partner_of`; a visit of an organisation by a delegation led by X gives
  `met_with` between X and the visited organisation;
- planned participations and settlements stated as agreed are annotated like past ones;
- countries (and Hong Kong, an ISO 3166-1 entry; Scotland; the Baltic Sea region) are
  not annotated as places.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-bb"

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

# --- annual-report chapter: Invest in Bavaria, foreign settlements ---------------------
IIB = "Invest in Bavaria"
IZB = "Innovation and Start-up Center for Biotechnology"
PM = "Planegg-Martinsried"
JBD = "Japan-Bavaria Biotech Partnering Day"
BES = "BIO-Europe Spring 2024"
TUM = "Technical University of Munich"
ZH = "ZOLLHOF Tech Incubator"
BPR = "BioPark Regensburg"
BIO = "BIO International Convention 2024"
LB = "Landing Bavaria 2024"
GOLD["invest-in-bavaria-foreign-settlements-report-2024.md"] = dict(
entities=[
 E(IIB, "public_body", "DE"), E("Bavaria", "place", "DE"),
 E("Katrin Oberhuber", "person", "DE", "Oberhuber"),
 E("Bavarian Ministry of Economic Affairs, Regional Development and Energy", "public_body", "DE",
   "StMWi"),
 E("Bayern International", "public_body", "DE"),
 E(IZB, "cluster", "DE", "IZB"), E(PM, "place", "DE", "Martinsried"),
 E("Sorane Therapeutics", "company", "JP"), E("Kyoto", "place", "JP"),
 E("Kyoto University", "university", "JP"), E("Hiroshi Tanabe", "person", "JP", "Tanabe"),
 E(JBD, "event", "DE"), E("JETRO", "public_body", "JP"), E("BioM", "cluster", "DE"),
 E("Munich", "place", "DE"),
 E("Daon Biologics", "company", "KR", "Daon"), E("Seoul", "place", "KR"),
 E(BES, "event", "ES"), E("Barcelona", "place", "ES"),
 E("Korea Trade-Investment Promotion Agency", "public_body", "KR", "KOTRA"),
 E("Min-jun Park", "person", "KR"),
 E(TUM, "university", "DE", "TUM"), E("Garching", "place", "DE"),
 E("GATE Garching", "cluster", "DE"),
 E("Qubitline", "company", "FR"), E("Grenoble", "place", "FR"),
 E("TUM Venture Labs", "programme", "DE"),
 E("Northfield Robotics", "company", "CA"), E("Ottawa", "place", "CA"),
 E("Area X.O", "cluster", "CA"), E("Invest Ottawa", "public_body", "CA"),
 E("Nuremberg", "place", "DE"), E(ZH, "cluster", "DE"),
 E("PayNidhi", "company", "IN"), E("Bengaluru", "place", "IN"),
 E("Helix Cryo Systems", "company", "US"), E("Boston", "place", "US"),
 E(BPR, "cluster", "DE"), E("Regensburg", "place", "DE"),
 E(BIO, "event", "US"), E("San Diego", "place", "US"),
 E(LB, "project", "DE"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E("Bayern Innovativ", "public_body", "DE"),
],
relations=[
 R(IIB, "located_in", "Bavaria"), R(IIB, "partner_of", "Bayern International"),
 R("Katrin Oberhuber", "works_for", IIB),
 R(IZB, "located_in", PM),
 R("Sorane Therapeutics", "located_in", "Kyoto"), R("Sorane Therapeutics", "member_of", IZB),
 R("Sorane Therapeutics", "located_in", PM),
 R("Hiroshi Tanabe", "works_for", "Sorane Therapeutics"),
 R("Hiroshi Tanabe", "participated_in", JBD),
 R("JETRO", "organized", JBD), R("BioM", "organized", JBD), R(JBD, "located_in", "Munich"),
 R("Daon Biologics", "located_in", "Seoul"), R("Daon Biologics", "met_with", "BioM"),
 R("Daon Biologics", "participated_in", BES), R("BioM", "participated_in", BES),
 R(BES, "located_in", "Barcelona"),
 R("Daon Biologics", "member_of", IZB), R("Daon Biologics", "located_in", PM),
 R("Min-jun Park", "works_for", "Daon Biologics"),
 R(TUM, "located_in", "Garching"), R("GATE Garching", "located_in", "Garching"),
 R("Qubitline", "member_of", "GATE Garching"), R("Qubitline", "located_in", "Grenoble"),
 R("Qubitline", "located_in", "Garching"),
 R("Northfield Robotics", "located_in", "Ottawa"), R("Northfield Robotics", "member_of", "Area X.O"),
 R("Northfield Robotics", "member_of", "GATE Garching"),
 R("Northfield Robotics", "located_in", "Garching"),
 R(IIB, "partner_of", "Invest Ottawa"),
 R(ZH, "located_in", "Nuremberg"), R("PayNidhi", "member_of", ZH),
 R("PayNidhi", "located_in", "Bengaluru"), R("PayNidhi", "located_in", "Nuremberg"),
 R("Helix Cryo Systems", "located_in", "Boston"), R("Helix Cryo Systems", "member_of", BPR),
 R(BPR, "located_in", "Regensburg"), R("Helix Cryo Systems", "located_in", "Regensburg"),
 R("Helix Cryo Systems", "participated_in", BIO), R(IIB, "participated_in", BIO),
 R(IIB, "met_with", "Helix Cryo Systems"), R(BIO, "located_in", "San Diego"),
 R(IIB, "leads", LB), R(IIB, "consortium_member_of", LB), R("BioM", "consortium_member_of", LB),
 R("Bayern Innovativ", "consortium_member_of", LB),
 R(LB, "funded_by", "European Regional Development Fund"),
])

# --- press release: Copenhagen Capacity / KBIOHealth soft-landing MoU ---------------
CC = "Copenhagen Capacity"
KB = "Osong Medical Innovation Foundation"
BIOC = "BIO International Convention"
MVA = "Medicon Valley Alliance"
COBIS = "Copenhagen Bio Science Park"
OC = "Osong Advanced Medical Industry Complex"
BII = "BioInnovation Institute"
LSL = "Life Science Landing Greater Copenhagen"
KGL = "K-Bio Global Landing"
FOR = "Korea–Denmark Life Science Forum"
BK = "BIO Korea 2024"
GOLD["copenhagen-capacity-kbiohealth-soft-landing-mou-2023.html"] = dict(
entities=[
 E(CC, "public_body", "DK"), E("Greater Copenhagen", "place", "DK"),
 E(KB, "public_body", "KR", "KBIOHealth"),
 E(BIOC, "event", "US", "BIO"), E("Boston", "place", "US"),
 E("Invest in Denmark", "public_body", "DK"), E("KOTRA", "public_body", "KR"),
 E(MVA, "cluster", "DK", "MVA"),
 E("Mette Kjærgaard", "person", "DK"), E("Lee Ji-hoon", "person", "KR"),
 E("Osong", "place", "KR"),
 E(COBIS, "cluster", "DK", "COBIS"), E("Copenhagen", "place", "DK"),
 E(OC, "cluster", "KR", "Osong complex"), E("Cheongju", "place", "KR"),
 E("Rigshospitalet", "research_org", "DK"),
 E("Chungbuk National University Hospital", "research_org", "KR"),
 E("GenoKor Inc.", "company", "KR"), E("Seoul", "place", "KR"),
 E("CellBridge Korea", "company", "KR"), E("Daejeon", "place", "KR"),
 E(BII, "cluster", "DK", "BII"),
 E("Hanul Dx", "company", "KR"), E("DTU Science Park", "cluster", "DK"),
 E("Hørsholm", "place", "DK"),
 E("NordAb Therapeutics", "company", "DK"),
 E("InsuSense ApS", "company", "DK", "InsuSense"), E("Aarhus", "place", "DK"),
 E("Rasmus Holm", "person", "DK"),
 E(LSL, "project", "DK", "LSL-GC"), E("Region Skåne", "public_body", "SE"),
 E("Interreg Øresund-Kattegat-Skagerrak", "programme"),
 E(KGL, "project", "KR"), E("Ministry of Health and Welfare", "public_body", "KR"),
 E(FOR, "event", "DK"), E(BK, "event", "KR"),
 E("Sofie Lindberg", "person", "DK"),
],
relations=[
 R(CC, "partner_of", KB), R(CC, "located_in", "Greater Copenhagen"),
 *[R(o, "participated_in", BIOC) for o in (CC, KB, "Invest in Denmark", "KOTRA", MVA)],
 R(BIOC, "located_in", "Boston"),
 R("Mette Kjærgaard", "works_for", CC), R("Lee Ji-hoon", "works_for", KB),
 R("Sofie Lindberg", "works_for", CC), R("Rasmus Holm", "works_for", "InsuSense ApS"),
 R(KB, "located_in", "Osong"),
 R(COBIS, "located_in", "Copenhagen"), R(OC, "located_in", "Cheongju"),
 R(BII, "located_in", "Copenhagen"), R("DTU Science Park", "located_in", "Hørsholm"),
 R("GenoKor Inc.", "located_in", "Seoul"), R("GenoKor Inc.", "member_of", COBIS),
 R("GenoKor Inc.", "located_in", "Copenhagen"),
 R("CellBridge Korea", "located_in", "Daejeon"), R("CellBridge Korea", "member_of", BII),
 R("CellBridge Korea", "located_in", "Copenhagen"),
 R("CellBridge Korea", "participated_in", BIOC),
 R("Hanul Dx", "member_of", OC), R("Hanul Dx", "member_of", "DTU Science Park"),
 R("Hanul Dx", "located_in", "Hørsholm"), R("Hanul Dx", "located_in", "Cheongju"),
 R("NordAb Therapeutics", "member_of", MVA), R("NordAb Therapeutics", "located_in", "Copenhagen"),
 R("NordAb Therapeutics", "member_of", OC),
 R("InsuSense ApS", "located_in", "Aarhus"), R("InsuSense ApS", "member_of", OC),
 R("Rasmus Holm", "participated_in", BIOC), R("InsuSense ApS", "met_with", KB),
 R(CC, "leads", LSL), *[R(o, "consortium_member_of", LSL) for o in (CC, MVA, "Region Skåne")],
 R(LSL, "funded_by", "Interreg Øresund-Kattegat-Skagerrak"),
 R(KB, "leads", KGL), R(KGL, "funded_by", "Ministry of Health and Welfare"),
 R(CC, "organized", FOR), R(KB, "organized", FOR), R(FOR, "located_in", "Copenhagen"),
 R(BK, "located_in", "Seoul"), R(CC, "participated_in", BK), R(KB, "participated_in", BK),
])

# --- delegation report: Business Sweden mission to Japan ---------------------------
BS = "Business Sweden"
EMB = "Embassy of Sweden in Tokyo"
BRG = "Business Region Göteborg"
MV = "Medicon Village"
LJ = "LINK-J"
SEM = "Sweden–Japan Investment Seminar"
BJ = "BioJapan 2024"
SIP = "Shonan Health Innovation Park"
KPG = "Kanagawa Prefectural Government"
KBIC = "Kobe Biomedical Innovation Cluster"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
BVH = "AstraZeneca BioVentureHub"
SJ = "Sweden–Japan Life Science Bridge"
GOLD["business-sweden-japan-delegation-report-2024.txt"] = dict(
entities=[
 E(BS, "public_body", "SE", "Swedish Trade and Invest Council"),
 E("Tokyo", "place", "JP"), E("Kanagawa Prefecture", "place", "JP", "Kanagawa"),
 E("Kobe", "place", "JP"),
 E("JETRO", "public_body", "JP", "Japan External Trade Organization"),
 E(EMB, "public_body", "SE", "Embassy of Sweden"),
 E("Invest Stockholm", "public_body", "SE"), E(BRG, "public_body", "SE", "BRG"),
 E("Uppsala BIO", "cluster", "SE"), E(MV, "cluster", "SE"), E("Lund", "place", "SE"),
 E(LJ, "network", "JP", "Life Science Innovation Network Japan"),
 E("Nihonbashi", "place", "JP"), E(SEM, "event", "JP"),
 E("Karin Edholm", "person", "SE"), E("Yuki Nakamura", "person", "JP"),
 E(BJ, "event", "JP"), E("Pacifico Yokohama", "place", "JP"), E("Yokohama", "place", "JP"),
 E(SIP, "cluster", "JP", "Shonan iPark"), E("Fujisawa", "place", "JP"),
 E(KPG, "public_body", "JP"), E("Gothenburg", "place", "SE"),
 E("Patrik Sjöberg", "person", "SE"),
 E("Vasa Diagnostics AB", "company", "SE"), E("Uppsala", "place", "SE"),
 E("Norrsken Cell Therapeutics", "company", "SE"), E("Stockholm", "place", "SE"),
 E(KBIC, "cluster", "JP", "KBIC"), E("Port Island", "place", "JP"),
 E(FBRI, "research_org", "JP", "FBRI"), E("Bioresq AB", "company", "SE"),
 E("Aozora Pharma", "company", "JP"), E("Osaka", "place", "JP"),
 E("Kōsei Imaging", "company", "JP"), E(BVH, "cluster", "SE"), E("Mölndal", "place", "SE"),
 E("GoCo Health Innovation City", "cluster", "SE"),
 E("Stockholm School of Economics", "university", "SE"),
 E("SSE Business Lab", "cluster", "SE"),
 E(SJ, "project", "SE"), E("Vinnova", "public_body", "SE"),
 E("Henrik Dahlqvist", "person", "SE"), E("Emma Forsberg", "person", "SE"),
],
relations=[
 R(BS, "partner_of", "JETRO"), R(BS, "partner_of", EMB), R(EMB, "located_in", "Tokyo"),
 R(MV, "located_in", "Lund"),
 R(BS, "met_with", LJ), R(LJ, "located_in", "Nihonbashi"), R("Uppsala BIO", "partner_of", LJ),
 R(EMB, "organized", SEM), R(SEM, "located_in", "Tokyo"),
 R("Karin Edholm", "works_for", EMB), R("Karin Edholm", "participated_in", SEM),
 R("Yuki Nakamura", "works_for", "JETRO"), R("Yuki Nakamura", "participated_in", SEM),
 R(BS, "participated_in", BJ), R(BJ, "located_in", "Pacifico Yokohama"),
 R(BJ, "located_in", "Yokohama"),
 R(BS, "met_with", SIP), R(SIP, "located_in", "Fujisawa"),
 R(BRG, "partner_of", KPG), R("Patrik Sjöberg", "works_for", BRG), R(BRG, "located_in", "Gothenburg"),
 R("Vasa Diagnostics AB", "member_of", SIP), R("Vasa Diagnostics AB", "located_in", "Uppsala"),
 R("Vasa Diagnostics AB", "member_of", "Uppsala BIO"),
 R("Norrsken Cell Therapeutics", "member_of", SIP),
 R("Norrsken Cell Therapeutics", "located_in", "Stockholm"),
 R(BS, "met_with", KBIC), R(KBIC, "located_in", "Port Island"), R(KBIC, "located_in", "Kobe"),
 R(MV, "met_with", FBRI), R("Bioresq AB", "located_in", "Lund"),
 R("Aozora Pharma", "located_in", "Osaka"), R("Aozora Pharma", "member_of", MV),
 R("Aozora Pharma", "located_in", "Lund"), R("Aozora Pharma", "met_with", BS),
 R("Aozora Pharma", "met_with", MV),
 R("Kōsei Imaging", "member_of", BVH), R("Kōsei Imaging", "located_in", "Mölndal"),
 R(BVH, "located_in", "Mölndal"), R(BVH, "member_of", "GoCo Health Innovation City"),
 R(BS, "leads", SJ), *[R(o, "consortium_member_of", SJ) for o in (BS, "Uppsala BIO", BRG)],
 R(SJ, "funded_by", "Vinnova"),
 R("Henrik Dahlqvist", "works_for", BS), R("Emma Forsberg", "works_for", "Invest Stockholm"),
])

# --- newsletter: Scottish Development International, companies that landed ----------
SDI = "Scottish Development International"
SE_ = "Scottish Enterprise"
GS = "Gulfstar Subsea"
OTC = "Offshore Technology Conference"
ETZ = "Energy Transition Zone"
NZTC = "Net Zero Technology Centre"
MD = "Medivance Diagnostik GmbH"
EBQ = "Edinburgh BioQuarter"
GTAI = "Germany Trade and Invest"
BE22 = "BIO-Europe 2022"
TP = "Tamura Photonics"
TIC = "Technology and Innovation Centre"
UOS = "University of Strathclyde"
CAP = "Fraunhofer Centre for Applied Photonics"
KC = "Kavach Cyber"
SLS = "Soft Landing Scotland"
BE23 = "BIO-Europe 2023"
LIS = "Landing in Scotland"
GOLD["sdi-landed-newsletter-autumn-2023.html"] = dict(
entities=[
 E(SDI, "public_body", "GB", "SDI"), E(SE_, "public_body", "GB"),
 E("Aberdeen", "place", "GB"), E("Dundee", "place", "GB"),
 E("Fiona MacLeod", "person", "GB"),
 E(GS, "company", "US"), E(OTC, "event", "US", "OTC"), E("Houston", "place", "US"),
 E("Texas", "place", "US"),
 E(ETZ, "cluster", "GB", "ETZ"), E(NZTC, "research_org", "GB", "NZTC"),
 E("Greg Harlan", "person", "US"),
 E(MD, "company", "DE"), E("Heidelberg", "place", "DE"), E("Nine", "cluster", "GB"),
 E(EBQ, "cluster", "GB"), E("University of Edinburgh", "university", "GB"),
 E("NHS Lothian", "public_body", "GB"), E("Julia Reinholt", "person", "DE"),
 E(GTAI, "public_body", "DE", "GTAI"), E(BE22, "event", "DE"), E("Leipzig", "place", "DE"),
 E("Edinburgh", "place", "GB"),
 E(TP, "company", "JP"), E("Hamamatsu", "place", "JP"),
 E(TIC, "research_org", "GB"), E(UOS, "university", "GB"), E("Glasgow", "place", "GB"),
 E("Technology Scotland", "network", "GB"), E(CAP, "research_org", "GB", "CAP"),
 E("Ayumi Tamura", "person", "JP"),
 E(KC, "company", "IN"), E("Pune", "place", "IN"),
 E("Cyber Quarter", "cluster", "GB"), E("Abertay University", "university", "GB"),
 E("Scottish Government", "public_body", "GB"), E("Bengaluru", "place", "IN"),
 E("Regional Selective Assistance", "programme", "GB", "RSA"),
 E(SLS, "project", "GB"), E("Scottish Cities Alliance", "network", "GB"),
 E(BE23, "event", "DE"), E("Munich", "place", "DE"),
 E("BioCity Scotland", "cluster", "GB"),
 E(LIS, "event", "GB"), E("Toronto", "place", "CA"),
],
relations=[
 R("Fiona MacLeod", "works_for", SDI),
 R(GS, "located_in", "Texas"), R(GS, "located_in", "Houston"), R(GS, "located_in", "Aberdeen"),
 R(GS, "met_with", SDI), R(GS, "participated_in", OTC), R(SDI, "participated_in", OTC),
 R(OTC, "located_in", "Houston"),
 R(GS, "member_of", ETZ), R(ETZ, "located_in", "Aberdeen"), R(NZTC, "located_in", "Aberdeen"),
 R(GS, "partner_of", NZTC), R("Greg Harlan", "works_for", GS),
 R(MD, "located_in", "Heidelberg"), R(MD, "located_in", "Edinburgh"),
 R(MD, "member_of", "Nine"), R(MD, "member_of", EBQ), R("Nine", "member_of", EBQ),
 R(EBQ, "located_in", "Edinburgh"),
 R(MD, "partner_of", "University of Edinburgh"), R(MD, "partner_of", "NHS Lothian"),
 R("Julia Reinholt", "works_for", MD), R("Julia Reinholt", "participated_in", BE22),
 R(GTAI, "participated_in", BE22), R(BE22, "located_in", "Leipzig"),
 R(TP, "located_in", "Hamamatsu"), R(TP, "located_in", "Glasgow"),
 R(TIC, "located_in", "Glasgow"), R(UOS, "located_in", "Glasgow"),
 R(TP, "member_of", "Technology Scotland"), R(TP, "partner_of", CAP),
 R("Ayumi Tamura", "works_for", TP),
 R(KC, "located_in", "Pune"), R(KC, "located_in", "Dundee"), R(KC, "member_of", "Cyber Quarter"),
 R("Cyber Quarter", "located_in", "Dundee"), R("Abertay University", "located_in", "Dundee"),
 R(SDI, "leads", SLS), R(SDI, "consortium_member_of", SLS),
 R("Scottish Cities Alliance", "consortium_member_of", SLS),
 R(SLS, "funded_by", "Scottish Government"),
 R(BE23, "located_in", "Munich"),
 *[R(o, "participated_in", BE23) for o in (SDI, SE_, EBQ, "BioCity Scotland")],
 R(SDI, "organized", LIS),
])

# --- annual-report chapter: IDA Ireland, regional soft landing ----------------------
IDA = "IDA Ireland"
VM = "Veracor Medical"
AIH = "ATU Innovation Hub"
ATU = "Atlantic Technological University"
M21 = "MEDICA 2021"
M22 = "MEDICA 2022"
CUR = "CÚRAM"
SH = "Sensara Health"
NIC = "Nexus Innovation Centre"
UL = "University of Limerick"
HIHI = "Health Innovation Hub Ireland"
BA = "Brightwater Analytics"
MTU = "Munster Technological University"
LUM = "Lumetra GmbH"
TNI = "Tyndall National Institute"
UDG = "Údarás na Gaeltachta"
NWS = "NorthWatch Security"
PG = "Páirc Ghnó Ghaoth Dobhair"
NSA = "NeuroStim Atlantic"
PXC = "PhotoniX Cork"
DTIF = "Disruptive Technologies Innovation Fund"
SFI = "Science Foundation Ireland"
EI = "Enterprise Ireland"
MII = "Med in Ireland 2022"
GOLD["ida-ireland-regional-landing-review-2022.txt"] = dict(
entities=[
 E(IDA, "public_body", "IE"), E("Dublin", "place", "IE"),
 E("Niamh O'Sullivan", "person", "IE"), E("Galway", "place", "IE"),
 E(VM, "company", "US", "Veracor"), E("Minneapolis", "place", "US"),
 E(AIH, "cluster", "IE"), E(ATU, "university", "IE", "ATU"),
 E(M21, "event", "DE"), E("Düsseldorf", "place", "DE"),
 E(CUR, "research_org", "IE", "SFI Research Centre for Medical Devices"),
 E("University of Galway", "university", "IE"), E("Paul Lindqvist", "person", "US"),
 E(SH, "company", "IL", "Sensara"), E("Tel Aviv", "place", "IL"),
 E("Limerick", "place", "IE"), E(NIC, "cluster", "IE", "Nexus"),
 E(UL, "university", "IE", "UL"), E("Aidan Keane", "person", "IE"),
 E(HIHI, "network", "IE", "HIHI"),
 E(BA, "company", "CA"), E("Toronto", "place", "CA"),
 E("Rubicon Centre", "cluster", "IE"), E(MTU, "university", "IE", "MTU"),
 E("Cork", "place", "IE"),
 E(LUM, "company", "DE"), E("Jena", "place", "DE"), E(TNI, "research_org", "IE"),
 E(UDG, "public_body", "IE"),
 E(NWS, "company", "CA"), E("Halifax", "place", "CA"),
 E(PG, "cluster", "IE", "Gweedore Business Park"),
 E("County Donegal", "place", "IE", "Donegal"),
 E("Claire Ní Dhomhnaill", "person", "IE"),
 E(NSA, "project", "IE"), E("Aerion Devices", "company", "IE"),
 E(DTIF, "programme", "IE", "DTIF"), E(PXC, "project", "IE"),
 E(SFI, "public_body", "IE", "SFI"), E(EI, "public_body", "IE"),
 E(MII, "event", "IE"), E(M22, "event", "DE"),
],
relations=[
 R("Niamh O'Sullivan", "works_for", IDA),
 R(VM, "located_in", "Minneapolis"), R(VM, "located_in", "Galway"), R(VM, "member_of", AIH),
 R(AIH, "located_in", "Galway"), R(ATU, "located_in", "Galway"),
 R(VM, "met_with", IDA), R(VM, "participated_in", M21), R(IDA, "participated_in", M21),
 R(M21, "located_in", "Düsseldorf"),
 R(VM, "partner_of", CUR), R("Paul Lindqvist", "works_for", VM),
 R(SH, "located_in", "Tel Aviv"), R(SH, "located_in", "Limerick"), R(SH, "member_of", NIC),
 R(NIC, "located_in", "Limerick"), R(UL, "located_in", "Limerick"),
 R("Aidan Keane", "works_for", NIC), R(SH, "partner_of", UL), R(SH, "member_of", HIHI),
 R(BA, "located_in", "Toronto"), R(BA, "located_in", "Cork"), R(BA, "member_of", "Rubicon Centre"),
 R("Rubicon Centre", "located_in", "Cork"), R(MTU, "located_in", "Cork"),
 R(LUM, "located_in", "Jena"), R(LUM, "located_in", "Cork"), R(TNI, "located_in", "Cork"),
 R(UDG, "partner_of", IDA),
 R(NWS, "located_in", "Halifax"), R(NWS, "member_of", PG), R(NWS, "located_in", "County Donegal"),
 R(PG, "located_in", "County Donegal"), R("Claire Ní Dhomhnaill", "works_for", NWS),
 *[R(o, "consortium_member_of", NSA) for o in (VM, CUR, "Aerion Devices")],
 R(CUR, "leads", NSA), R(NSA, "funded_by", DTIF), R("Aerion Devices", "located_in", "Galway"),
 R(LUM, "consortium_member_of", PXC), R(TNI, "consortium_member_of", PXC),
 R(PXC, "funded_by", SFI), R(PXC, "funded_by", EI),
 R(EI, "organized", MII), R(MII, "located_in", "Dublin"),
 *[R(o, "participated_in", MII) for o in (IDA, EI)],
 R(IDA, "participated_in", M22), R(M22, "located_in", "Düsseldorf"),
])

# --- year in review: Invest Lithuania newcomers ---------------------------------------
IL = "Invest Lithuania"
SV = "Sunrise Valley Science and Technology Park"
AG = "Arclight Genomics"
LSC = "Life Sciences Center of Vilnius University"
LBA = "Lithuanian Biotechnology Association"
AB = "Anvaya Biologics"
KTP = "Kaunas Science and Technology Park"
KTU = "Kaunas University of Technology"
VTP = "Vilnius Tech Park"
TAI = "Taiwan External Trade Development Council"
LLA = "Lithuanian Laser Association"
LSB = "Life Sciences Baltics 2024"
IAL = "Innovation Agency Lithuania"
LL = "Landing Lithuania"
GOLD["invest-lithuania-newcomers-review-2024.md"] = dict(
entities=[
 E(IL, "public_body", "LT"), E("Vilnius", "place", "LT"), E("Kaunas", "place", "LT"),
 E("Gabija Mickutė", "person", "LT"),
 E(SV, "cluster", "LT", "Saulėtekio slėnio mokslo ir technologijų parkas"),
 E(AG, "company", "US", "Arclight"), E("Philadelphia", "place", "US"),
 E(LSC, "research_org", "LT", "Vilnius University Life Sciences Center"),
 E(LBA, "cluster", "LT", "Lietuvos biotechnologijos asociacija", "LBA"),
 E(AB, "company", "IN"), E("Hyderabad", "place", "IN"),
 E(KTP, "cluster", "LT", "KTP"), E("Kaunas IN", "public_body", "LT"),
 E(KTU, "university", "LT", "KTU"),
 E("Newcomer Programme", "programme", "LT"), E("Bank of Lithuania", "public_body", "LT"),
 E("Ledgerline", "company", "GB"), E("London", "place", "GB"),
 E(VTP, "cluster", "LT"), E("PaySvit", "company", "UA"), E("Kyiv", "place", "UA"),
 E("Go Vilnius", "public_body", "LT"),
 E(TAI, "public_body", "TW", "TAITRA"), E("Taipei", "place", "TW"), E("Hsinchu", "place", "TW"),
 E(LLA, "cluster", "LT"), E("Lumitek Photonics", "company", "TW"),
 E("Ekspla", "company", "LT"), E("Chen Li-wei", "person", "TW"),
 E(LSB, "event", "LT"), E(IAL, "public_body", "LT", "Inovacijų agentūra"),
 E(LL, "project", "LT"), E("European Regional Development Fund", "programme"),
 E("Startup Visa Lithuania", "programme", "LT"),
],
relations=[
 R("Gabija Mickutė", "works_for", IL),
 R(SV, "located_in", "Vilnius"), R(AG, "located_in", "Philadelphia"), R(AG, "located_in", "Vilnius"),
 R(AG, "member_of", SV), R(AG, "member_of", LBA), R(AG, "partner_of", LSC),
 R(LSC, "located_in", "Vilnius"),
 R(AB, "located_in", "Hyderabad"), R(AB, "located_in", "Kaunas"), R(AB, "member_of", KTP),
 R(KTP, "located_in", "Kaunas"), R("Kaunas IN", "located_in", "Kaunas"), R(AB, "partner_of", KTU),
 R(KTU, "located_in", "Kaunas"),
 R("Ledgerline", "located_in", "London"), R("Ledgerline", "member_of", VTP),
 R("PaySvit", "located_in", "Kyiv"), R("PaySvit", "member_of", VTP),
 R("Go Vilnius", "located_in", "Vilnius"),
 R(TAI, "partner_of", IL), R(IL, "partner_of", LLA),
 R("Lumitek Photonics", "located_in", "Hsinchu"), R("Lumitek Photonics", "partner_of", "Ekspla"),
 R("Ekspla", "located_in", "Vilnius"), R("Chen Li-wei", "works_for", TAI),
 R(IL, "organized", LSB), R(IAL, "organized", LSB), R(LSB, "located_in", "Vilnius"),
 *[R(o, "participated_in", LSB) for o in (AG, AB, LBA)],
 R(IL, "leads", LL), R(IL, "consortium_member_of", LL), R(IAL, "consortium_member_of", LL),
 R(LL, "funded_by", "European Regional Development Fund"),
])

# --- EU consortium kick-off: LANDBRIDGE (Interreg Baltic Sea Region) ----------------
LB_ = "LANDBRIDGE"
BT = "Business Turku"
TSP = "Turku Science Park Oy"
TAR = "Tartu Science Park"
LIAA = "Investment and Development Agency of Latvia"
PPNT = "Pomorski Park Naukowo-Technologiczny Gdynia"
IDE = "Ideon Science Park"
WTSH = "Wirtschaftsförderung und Technologietransfer Schleswig-Holstein"
EEN = "Enterprise Europe Network"
L59 = "Latitude59"
SL23 = "Slush 2023"
LBL = "Landing Baltics"
GOLD["landbridge-interreg-kick-off-turku-2023.txt"] = dict(
entities=[
 E(LB_, "project"), E(BT, "public_body", "FI"), E("Turku", "place", "FI"),
 E(TSP, "cluster", "FI", "Turku Science Park"), E("Kupittaa", "place", "FI"),
 E("Interreg Baltic Sea Region", "programme"),
 E("European Regional Development Fund", "programme"),
 E("São Paulo", "place", "BR"), E("Seoul", "place", "KR"), E("Tartu", "place", "EE"),
 E("Laura Virtanen", "person", "FI"),
 E(TAR, "cluster", "EE"), E(LIAA, "public_body", "LV", "LIAA"), E("Riga", "place", "LV"),
 E(PPNT, "cluster", "PL", "PPNT"), E("Gdynia", "place", "PL"),
 E(IDE, "cluster", "SE", "Ideon"), E("Lund", "place", "SE"),
 E(WTSH, "public_body", "DE", "WTSH"), E("Kiel", "place", "DE"),
 E("Business Finland", "public_body", "FI"), E("Invest in Pomerania", "public_body", "PL"),
 E(EEN, "network"),
 E("Kristjan Tamm", "person", "EE"),
 E("Agroluz Tecnologia", "company", "BR"), E("Campinas", "place", "BR"),
 E("VinaSense", "company", "VN"), E("Hanoi", "place", "VN"),
 E("Agnieszka Wróblewska", "person", "PL"), E("Agnis Bērziņš", "person", "LV"),
 E(L59, "event", "EE"), E("Tallinn", "place", "EE"), E(LBL, "event", "EE"),
 E(SL23, "event", "FI"), E("Helsinki", "place", "FI"),
 E("SOFTLAND", "project"), E("Interreg Europe", "programme"),
],
relations=[
 R(BT, "leads", LB_),
 *[R(o, "consortium_member_of", LB_) for o in (
   BT, TSP, TAR, LIAA, PPNT, IDE, WTSH, "Business Finland", "Invest in Pomerania", EEN)],
 R(LB_, "funded_by", "Interreg Baltic Sea Region"),
 R(LB_, "funded_by", "European Regional Development Fund"),
 R(BT, "located_in", "Turku"), R(TSP, "located_in", "Turku"), R(TSP, "located_in", "Kupittaa"),
 R(TAR, "located_in", "Tartu"), R(LIAA, "located_in", "Riga"), R(PPNT, "located_in", "Gdynia"),
 R(IDE, "located_in", "Lund"), R(WTSH, "located_in", "Kiel"),
 R("Laura Virtanen", "works_for", BT), R("Kristjan Tamm", "works_for", TAR),
 R("Agnieszka Wróblewska", "works_for", PPNT), R("Agnis Bērziņš", "works_for", LIAA),
 R("Agroluz Tecnologia", "located_in", "Campinas"), R("Agroluz Tecnologia", "member_of", TAR),
 R("VinaSense", "located_in", "Hanoi"), R("VinaSense", "located_in", "Gdynia"),
 R("VinaSense", "member_of", PPNT),
 R(L59, "located_in", "Tallinn"), R(TAR, "organized", LBL), R(LBL, "located_in", "Tallinn"),
 R(BT, "participated_in", L59), R(TAR, "participated_in", L59),
 R(BT, "participated_in", SL23), R(TAR, "participated_in", SL23),
 R("Business Finland", "participated_in", SL23), R(SL23, "located_in", "Helsinki"),
 R(BT, "consortium_member_of", "SOFTLAND"), R(IDE, "consortium_member_of", "SOFTLAND"),
 R("SOFTLAND", "funded_by", "Interreg Europe"),
])

# --- event news: StartmeupHK Festival 2024, Landing Day --------------------------------
SMU = "StartmeupHK Festival 2024"
IHK = "Invest Hong Kong"
LD = "Landing Day"
SUS = "SelectUSA Investment Summit"
HKSTP = "Hong Kong Science and Technology Parks Corporation"
HKSP = "Hong Kong Science Park"
KQ = "Koala Quantum"
HML = "Helvetic Medtech Labs"
NP = "Nordlys Payments"
GOLD["startmeuphk-landing-day-news-2024.html"] = dict(
entities=[
 E(SMU, "event", "HK", "StartmeupHK"), E(IHK, "public_body", "HK", "InvestHK"),
 E("Hong Kong Convention and Exhibition Centre", "place", "HK"), E("Wan Chai", "place", "HK"),
 E(LD, "event", "HK"), E("Grace Wong", "person", "HK"),
 E("Greater Bay Area", "place", "CN"),
 E("Austrade", "public_body", "AU", "Australian Trade and Investment Commission"),
 E("Landing Pad", "programme", "AU"),
 E("SelectUSA", "public_body", "US"), E(SUS, "event", "US"),
 E("National Harbor", "place", "US"), E("Maryland", "place", "US"),
 E("JETRO", "public_body", "JP"), E("Tokyo Metropolitan Government", "public_body", "JP"),
 E("Tokyo Innovation Base", "cluster", "JP"),
 E("Invest Ottawa", "public_body", "CA"), E("Area X.O", "cluster", "CA"),
 E("Enterprise Singapore", "public_body", "SG"),
 E("Dubai Multi Commodities Centre", "public_body", "AE", "DMCC"),
 E(HKSTP, "cluster", "HK", "HKSTP"), E("Cyberport", "cluster", "HK"),
 E("Technology Talent Admission Scheme", "programme", "HK"),
 E(KQ, "company", "AU"), E("Sydney", "place", "AU"),
 E(HKSP, "cluster", "HK"), E("Pak Shek Kok", "place", "HK"),
 E(HML, "company", "CH"), E("Lausanne", "place", "CH"),
 E("Chinese University of Hong Kong", "university", "HK", "CUHK"),
 E(NP, "company", "NO"), E("Oslo", "place", "NO"), E("Pok Fu Lam", "place", "HK"),
 E("Shenzhen", "place", "CN"),
 E("Ingrid Aasen", "person", "NO"), E("Tom Fraser", "person", "AU"),
 E("Web Summit 2024", "event", "PT"), E("Lisbon", "place", "PT"),
],
relations=[
 R(IHK, "organized", SMU), R(SMU, "located_in", "Hong Kong Convention and Exhibition Centre"),
 R(SMU, "located_in", "Wan Chai"), R(IHK, "organized", LD),
 R("Grace Wong", "works_for", IHK),
 *[R(o, "participated_in", LD) for o in (
   "Austrade", "SelectUSA", "JETRO", "Tokyo Metropolitan Government", "Invest Ottawa",
   "Enterprise Singapore", "Dubai Multi Commodities Centre", HKSTP, "Cyberport", KQ, HML, NP)],
 R("SelectUSA", "organized", SUS), R(SUS, "located_in", "National Harbor"),
 R(SUS, "located_in", "Maryland"),
 R(KQ, "located_in", "Sydney"), R(KQ, "member_of", HKSP), R(KQ, "located_in", "Pak Shek Kok"),
 R(HKSP, "located_in", "Pak Shek Kok"),
 R(HML, "located_in", "Lausanne"), R(HML, "member_of", HKSTP),
 R(HML, "partner_of", "Chinese University of Hong Kong"),
 R(NP, "located_in", "Oslo"), R(NP, "member_of", "Cyberport"), R(NP, "located_in", "Pok Fu Lam"),
 R("Cyberport", "located_in", "Pok Fu Lam"), R("Ingrid Aasen", "works_for", NP),
 R("Invest Ottawa", "partner_of", IHK), R(HKSTP, "partner_of", "Austrade"),
 R("Tom Fraser", "works_for", "Austrade"),
 R("Web Summit 2024", "located_in", "Lisbon"),
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
