"""Hand annotations of the `train-ar` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ar/make_gold_train_ar.py

Theme: African innovation hubs, technology parks, clusters and agencies working
with European clusters, agencies and programmes. Same rules as the README
("Documents and gold"); written by a separate annotator.

Type choices kept throughout this set:
- innovation hubs, science/technology parks and incubators (iHub, CcHUB, kLab,
  Kista Science City, The Innovation Hub, Maxum Business Incubator) are `cluster`;
- planned "smart cities" (Konza Technopolis) are `place`;
- development and promotion agencies, ministries, embassies, chambers, port
  authorities and development banks (GIZ, Enabel, AFD, RDB, Wesgro, AfDB,
  Africa CDC) are `public_body`;
- associations of companies or of hubs (AfriLabs, KEPSA, Afrika-Verein) are `network`;
- funding instruments and EU/Team Europe initiatives (Horizon Europe,
  NDICI-Global Europe, develoPPP, SEFA) are `programme`; named initiatives
  that an agency runs with partners (Make-IT in Africa) are `project`.
Planned participations stated as agreed ("will bring a delegation to ...")
are annotated like past ones.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-ar"

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

# --- press release: MoU Konza Technopolis (Kenya) / Kista Science City (Sweden) ----
KOTDA = "Konza Technopolis Development Authority"
KISTA = "Kista Science City"
GITEX24 = "GITEX Africa 2024"
SMART = "SMARTKONZA"
RISE = "RISE Research Institutes of Sweden"
KTH = "KTH Royal Institute of Technology"
JKUAT = "Jomo Kenyatta University of Agriculture and Technology"
KAIST_KE = "Kenya Advanced Institute of Science and Technology"
CS24 = "Connected Summit 2024"
KMD = "Kista Mobility Day 2025"
KISTA_CO = ("Lumera Mobility AB", "Tellus Data Systems", "Nordvolt Sensing")
GOLD["konza-technopolis-kista-mou-2024.md"] = dict(
entities=[
 E(KOTDA, "public_body", "KE", "KoTDA"), E(KISTA, "cluster", "SE"),
 E("Stockholm", "place", "SE"), E("Marrakech", "place", "MA"),
 E(GITEX24, "event", "MA", "GITEX Africa"), E("Business Sweden", "public_body", "SE"),
 E("Embassy of Sweden in Nairobi", "public_body", "SE"), E("Nairobi", "place", "KE"),
 E("Konza Technopolis", "place", "KE", "Konza"), E("Machakos County", "place", "KE"),
 E("Kista", "place", "SE"), E("Ericsson", "company", "SE"),
 E("Caroline Wanjiru Mwangi", "person", "KE"), E("Erik Lindqvist", "person", "SE"),
 E(SMART, "project"), E(RISE, "research_org", "SE", "RISE"), E(KTH, "university", "SE", "KTH"),
 E(JKUAT, "university", "KE", "JKUAT"), E("Juja", "place", "KE"),
 E("Vinnova", "public_body", "SE"),
 E("Swedish International Development Cooperation Agency", "public_body", "SE", "Sida"),
 E(KAIST_KE, "university", "KE", "Kenya-AIST"), E("Open University of Kenya", "university", "KE"),
 E("Kenya Private Sector Alliance", "network", "KE", "KEPSA"),
 E("Strathmore University", "university", "KE"),
 *[E(c, "company", "SE") for c in KISTA_CO],
 E(CS24, "event", "KE"),
 E("Ministry of Information, Communications and the Digital Economy", "public_body", "KE"),
 E("Safaricom PLC", "company", "KE"), E(KMD, "event", "SE"),
 E("Grace Atieno Odhiambo", "person", "KE"),
],
relations=[
 R(KOTDA, "partner_of", KISTA), R(KOTDA, "met_with", KISTA),
 R(KOTDA, "participated_in", GITEX24), R(KISTA, "participated_in", GITEX24),
 R("Business Sweden", "participated_in", GITEX24), R("Erik Lindqvist", "participated_in", GITEX24),
 R(GITEX24, "located_in", "Marrakech"),
 R(KISTA, "located_in", "Stockholm"), R(KISTA, "located_in", "Kista"),
 R("Embassy of Sweden in Nairobi", "located_in", "Nairobi"),
 R(KOTDA, "located_in", "Konza Technopolis"), R("Ericsson", "located_in", "Kista"),
 R("Caroline Wanjiru Mwangi", "works_for", KOTDA), R("Erik Lindqvist", "works_for", KISTA),
 R("Grace Atieno Odhiambo", "works_for", KOTDA),
 *[R(o, "consortium_member_of", SMART) for o in (KOTDA, KISTA, RISE, KTH, JKUAT, "Ericsson")],
 R(RISE, "leads", SMART), R(SMART, "funded_by", "Vinnova"),
 R(SMART, "funded_by", "Swedish International Development Cooperation Agency"),
 R(JKUAT, "located_in", "Juja"), R(KTH, "located_in", "Stockholm"),
 R(KAIST_KE, "located_in", "Konza Technopolis"), R(KAIST_KE, "partner_of", KTH),
 R("Open University of Kenya", "located_in", "Konza Technopolis"),
 R(KOTDA, "partner_of", "Kenya Private Sector Alliance"), R(KOTDA, "partner_of", "Strathmore University"),
 R("Strathmore University", "located_in", "Nairobi"),
 *[R(c, "member_of", KISTA) for c in KISTA_CO],
 *[R(c, "participated_in", CS24) for c in KISTA_CO],
 R("Nordvolt Sensing", "located_in", "Kista"),
 R(KISTA, "participated_in", CS24),
 R("Ministry of Information, Communications and the Digital Economy", "organized", CS24),
 R(CS24, "located_in", "Nairobi"),
 R("Safaricom PLC", "partner_of", "Ericsson"), R("Safaricom PLC", "located_in", "Nairobi"),
 R("Safaricom PLC", "met_with", KISTA),
 R(KISTA, "organized", KMD), R(KOTDA, "participated_in", KMD), R(KMD, "located_in", "Kista"),
])

# --- annual-report chapter: iHub (Nairobi) international partnerships -----------
GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
BMZ = "German Federal Ministry for Economic Cooperation and Development"
MAKEIT = "Make-IT in Africa"
DHEA = "DIGIHEALTH-EA"
KEMRI = "Kenya Medical Research Institute"
SL23 = "Slush 2023"
NAFB = "Nordic-Africa Founders Breakfast"
VT23 = "VivaTech 2023"
GITEX23 = "GITEX Africa 2023"
DD23 = "iHub Demo Day 2023"
IHUB_CO = ("Shamba Pulse", "MaziwaTech", "Jenga Pay")
GOLD["ihub-nairobi-annual-report-2023.txt"] = dict(
entities=[
 E("iHub", "cluster", "KE"), E("Nairobi", "place", "KE"), E("Kilimani", "place", "KE"),
 E("Wambui Kariuki-Njoroge", "person", "KE"),
 E("AfriLabs", "network", "NG"), E("Abuja", "place", "NG"), E("Hub Leaders Summit", "event"),
 E(MAKEIT, "project"), E(GIZ, "public_body", "DE", "GIZ"), E(BMZ, "public_body", "DE", "BMZ"),
 E(DHEA, "project", None, "Digital Health Innovation for East Africa"),
 E("Horizon Europe", "programme"), E("Tampere University", "university", "FI"),
 E(KEMRI, "research_org", "KE", "KEMRI"), E("Aalto University", "university", "FI"),
 E("Espoo", "place", "FI"), E("Makerere University", "university", "UG"), E("Kampala", "place", "UG"),
 E(SL23, "event", "FI", "Slush"), E("Helsinki", "place", "FI"), E("Maria 01", "cluster", "FI"),
 E("Brian Otieno", "person", "KE"), E("Aino Virtanen", "person", "FI"),
 E("Business Finland", "public_body", "FI"), E(NAFB, "event", "FI"),
 E(VT23, "event", "FR"), E("Paris", "place", "FR"), E("Station F", "cluster", "FR"),
 E("University of Nairobi", "university", "KE"),
 E(GITEX23, "event", "MA"), E("Marrakech", "place", "MA"),
 *[E(c, "company", "KE") for c in IHUB_CO],
 E(DD23, "event", "KE"), E("Tampere", "place", "FI"),
],
relations=[
 R("iHub", "located_in", "Nairobi"), R("iHub", "located_in", "Kilimani"),
 R("Wambui Kariuki-Njoroge", "works_for", "iHub"),
 R("iHub", "member_of", "AfriLabs"), R("AfriLabs", "located_in", "Abuja"),
 R("AfriLabs", "organized", "Hub Leaders Summit"), R("iHub", "participated_in", "Hub Leaders Summit"),
 R("iHub", "consortium_member_of", MAKEIT), R(GIZ, "leads", MAKEIT), R(MAKEIT, "funded_by", BMZ),
 R(DHEA, "funded_by", "Horizon Europe"), R("Tampere University", "leads", DHEA),
 *[R(o, "consortium_member_of", DHEA) for o in (
   "iHub", "Tampere University", KEMRI, "Aalto University", "Makerere University")],
 R("Aalto University", "located_in", "Espoo"), R("Makerere University", "located_in", "Kampala"),
 R(SL23, "located_in", "Helsinki"), R("iHub", "participated_in", SL23),
 R("iHub", "partner_of", "Maria 01"), R("Maria 01", "located_in", "Helsinki"),
 R("Brian Otieno", "works_for", "iHub"), R("Aino Virtanen", "works_for", "Maria 01"),
 R("Brian Otieno", "participated_in", SL23), R("Aino Virtanen", "participated_in", SL23),
 R("Business Finland", "organized", NAFB), R("Business Finland", "participated_in", SL23),
 R(NAFB, "located_in", "Helsinki"), R("Business Finland", "met_with", "iHub"),
 R("iHub", "participated_in", VT23), R(VT23, "located_in", "Paris"),
 R("iHub", "partner_of", "Station F"), R("Station F", "located_in", "Paris"),
 R("iHub", "partner_of", "University of Nairobi"),
 R(GITEX23, "located_in", "Marrakech"), R("iHub", "participated_in", GITEX23),
 *[R(c, "participated_in", GITEX23) for c in IHUB_CO],
 *[R(c, "member_of", "iHub") for c in IHUB_CO],
 R("Shamba Pulse", "participated_in", VT23),
 R("iHub", "organized", DD23), R(DD23, "located_in", "Nairobi"),
 R(GIZ, "participated_in", DD23), R(KEMRI, "participated_in", DD23),
 R("MaziwaTech", "partner_of", "Aalto University"),
])

# --- delegation report: Rwanda Development Board mission to Germany --------------
RDB = "Rwanda Development Board"
AV = "Afrika-Verein der deutschen Wirtschaft"
EMB_RW = "Embassy of the Republic of Rwanda in Berlin"
RGBF = "Rwanda-Germany Business Forum 2024"
BP = "Berlin Partner für Wirtschaft und Technologie"
IPK = "Fraunhofer Institute for Production Systems and Design Technology"
GPM = "Gasabo Precision Manufacturing"
MANU = "MANU-RW"
HM24 = "Hannover Messe 2024"
DTCK = "Digital Transformation Center Kigali"
UTUM = "UnternehmerTUM"
TUM = "Technical University of Munich"
CMUA = "Carnegie Mellon University Africa"
RW_EXHIBITORS = ((GPM, "Kigali"), ("Amahoro Agritech", "Kigali"), ("Huye Coffee Technologies", "Huye"),
                 ("Musanze Drone Services", "Musanze"), ("Kivu Solar Works", "Rubavu"))
GOLD["rwanda-development-board-germany-trade-mission-2024.html"] = dict(
entities=[
 E(RDB, "public_body", "RW", "RDB"), E("Kigali", "place", "RW"),
 E("Berlin", "place", "DE"), E("Hanover", "place", "DE"), E("Munich", "place", "DE"),
 E("Hamburg", "place", "DE"), E("Nuremberg", "place", "DE"), E("Bremen", "place", "DE"),
 E("Huye", "place", "RW"), E("Musanze", "place", "RW"), E("Rubavu", "place", "RW"),
 E(EMB_RW, "public_body", "RW"),
 E(AV, "network", "DE", "German-African Business Association", "Afrika-Verein"),
 E("Clarisse Uwimana", "person", "RW"), E("Jean-Paul Habimana", "person", "RW"),
 E("Rwanda ICT Chamber", "public_body", "RW"), E(RGBF, "event", "DE", "Rwanda-Germany Business Forum"),
 E(BP, "public_body", "DE"), E("Katrin Vogel", "person", "DE"),
 E(IPK, "research_org", "DE", "Fraunhofer IPK"),
 *[E(c, "company", "RW") for c, _ in RW_EXHIBITORS],
 E("University of Rwanda", "university", "RW"), E(MANU, "project"),
 E("develoPPP", "programme", "DE"), E(BMZ, "public_body", "DE", "BMZ"),
 E(HM24, "event", "DE"), E("Deutsche Messe AG", "company", "DE"),
 E(GIZ, "public_body", "DE", "GIZ"), E(DTCK, "project", "RW"),
 E("NordWatt Systeme GmbH", "company", "DE"),
 E(UTUM, "cluster", "DE"), E(TUM, "university", "DE", "TUM"),
 E("kLab", "cluster", "RW"), E("Norrsken House Kigali", "cluster", "RW"),
 E(CMUA, "university", "RW", "CMU-Africa"), E("Bayern Innovativ", "public_body", "DE"),
],
relations=[
 R(RDB, "located_in", "Kigali"), R(AV, "located_in", "Hamburg"), R(EMB_RW, "located_in", "Berlin"),
 R("Clarisse Uwimana", "works_for", RDB), R("Jean-Paul Habimana", "works_for", "Rwanda ICT Chamber"),
 R("Katrin Vogel", "works_for", BP),
 R(RDB, "organized", RGBF), R(AV, "organized", RGBF), R(EMB_RW, "organized", RGBF),
 R(RGBF, "located_in", "Berlin"),
 *[R(o, "participated_in", RGBF) for o in (BP, "Katrin Vogel", GPM, IPK, "University of Rwanda")],
 R(IPK, "located_in", "Berlin"),
 *[R(o, "consortium_member_of", MANU) for o in (GPM, IPK, "University of Rwanda")],
 R(IPK, "leads", MANU), R(MANU, "funded_by", "develoPPP"), R(MANU, "funded_by", BMZ),
 R("Deutsche Messe AG", "organized", HM24), R(HM24, "located_in", "Hanover"),
 *[R(o, "participated_in", HM24) for o in (RDB, "Rwanda ICT Chamber", GIZ)],
 *[R(c, "participated_in", HM24) for c, _ in RW_EXHIBITORS],
 *[R(c, "located_in", t) for c, t in RW_EXHIBITORS],
 R(GIZ, "leads", DTCK), R(DTCK, "funded_by", BMZ),
 R("Kivu Solar Works", "partner_of", "NordWatt Systeme GmbH"),
 R("NordWatt Systeme GmbH", "located_in", "Bremen"),
 R(UTUM, "located_in", "Munich"), R("kLab", "partner_of", UTUM), R("kLab", "located_in", "Kigali"),
 R("Norrsken House Kigali", "met_with", UTUM), R(UTUM, "met_with", RDB),
 R(CMUA, "located_in", "Kigali"), R(CMUA, "met_with", TUM),
 R("Bayern Innovativ", "located_in", "Nuremberg"), R("Bayern Innovativ", "met_with", RDB),
])

# --- EU consortium kick-off: DigiBridge Africa (CcHUB, Lagos) --------------------
DBA = "DigiBridge Africa"
CCHUB = "Co-creation Hub"
AFD = "Agence Française de Développement"
INTPA = "Directorate-General for International Partnerships"
NITDA = "National Information Technology Development Agency"
DBA_PARTNERS = (CCHUB, "Wennovation Hub", NITDA, "Kumasi Hive", "Ashesi University", "CTIC Dakar",
                "Jokkolabs Dakar", "Enabel", "Expertise France", "Agoria", "Cap Digital")
AAG24 = "AfriLabs Annual Gathering 2024"
GOLD["cchub-digibridge-consortium-kickoff-2023.md"] = dict(
entities=[
 E(DBA, "project"), E(CCHUB, "cluster", "NG", "CcHUB"), E("Yaba", "place", "NG"),
 E("Lagos", "place", "NG"), E("European Union", "public_body"),
 E("NDICI-Global Europe", "programme"), E(AFD, "public_body", "FR", "AFD"),
 E("Enabel", "public_body", "BE"), E(INTPA, "public_body", None, "DG INTPA"),
 E("Sophie Lambrecht", "person"),
 E("Wennovation Hub", "cluster", "NG"), E("Ibadan", "place", "NG"),
 E(NITDA, "public_body", "NG", "NITDA"), E("Abuja", "place", "NG"),
 E("Kumasi Hive", "cluster", "GH"), E("Kumasi", "place", "GH"),
 E("Ashesi University", "university", "GH"), E("Berekuso", "place", "GH"),
 E("CTIC Dakar", "cluster", "SN"), E("Jokkolabs Dakar", "cluster", "SN"), E("Dakar", "place", "SN"),
 E("Brussels", "place", "BE"), E("Expertise France", "public_body", "FR"), E("Paris", "place", "FR"),
 E("Agoria", "network", "BE"), E("Cap Digital", "cluster", "FR"),
 E("Pieter Van den Broeck", "person", "BE"), E("Adaeze Okonkwo", "person", "NG"),
 E("Kwame Asante-Mensah", "person", "GH"), E("Fatou Diop Ndiaye", "person", "SN"),
 E("Chukwuemeka Eze", "person", "NG"), E("Hélène Marchand", "person", "FR"),
 E("3 Million Technical Talent", "programme", "NG"),
 E("Lagos State Employment Trust Fund", "public_body", "NG", "LSETF"),
 E("AfriLabs", "network"), E(AAG24, "event"), E("D4D Hub", "network"),
 E("VivaTech 2024", "event", "FR"),
],
relations=[
 R(CCHUB, "located_in", "Yaba"), R(CCHUB, "located_in", "Lagos"),
 *[R(DBA, "funded_by", o) for o in ("European Union", "NDICI-Global Europe", AFD, "Enabel")],
 R("Sophie Lambrecht", "works_for", INTPA),
 R(CCHUB, "leads", DBA), *[R(o, "consortium_member_of", DBA) for o in DBA_PARTNERS],
 R("Wennovation Hub", "located_in", "Ibadan"), R(NITDA, "located_in", "Abuja"),
 R("Kumasi Hive", "located_in", "Kumasi"), R("Ashesi University", "located_in", "Berekuso"),
 R("Enabel", "located_in", "Brussels"), R("Expertise France", "located_in", "Paris"),
 R("Pieter Van den Broeck", "works_for", "Enabel"), R("Adaeze Okonkwo", "works_for", CCHUB),
 R("Adaeze Okonkwo", "leads", DBA),
 R("Kwame Asante-Mensah", "works_for", "Kumasi Hive"), R("Fatou Diop Ndiaye", "works_for", "CTIC Dakar"),
 R("Chukwuemeka Eze", "works_for", NITDA), R("Hélène Marchand", "works_for", AFD),
 *[R(o, "member_of", "AfriLabs") for o in (CCHUB, "Wennovation Hub", "Kumasi Hive")],
 R("AfriLabs", "organized", AAG24), R(CCHUB, "participated_in", AAG24),
 R("Enabel", "member_of", "D4D Hub"), R("Expertise France", "member_of", "D4D Hub"),
 R("Cap Digital", "participated_in", "VivaTech 2024"), R("VivaTech 2024", "located_in", "Paris"),
])

# --- trade mission report: Wesgro green hydrogen mission to NL and BE ------------
DEDAT = "Western Cape Department of Economic Development and Tourism"
UWC = "University of the Western Cape"
FS = "Freeport Saldanha"
KE_ = "Karoo Electrolysers (Pty) Ltd"
WHS = "World Hydrogen Summit 2024"
POR = "Port of Rotterdam Authority"
RVO = "Netherlands Enterprise Agency"
RT = "South Africa-Netherlands Hydrogen Roundtable"
PIB = "Partners for International Business"
POAB = "Port of Antwerp-Bruges"
GHS = "Green Hydrogen Summit Cape Town 2024"
GOLD["wesgro-green-hydrogen-mission-netherlands-2024.txt"] = dict(
entities=[
 E("Wesgro", "public_body", "ZA"), E("Cape Town", "place", "ZA"), E("Western Cape", "place", "ZA"),
 E("Rotterdam", "place", "NL"), E("The Hague", "place", "NL"), E("Antwerp", "place", "BE"),
 E("Nomvula Dlamini-Petersen", "person", "ZA"), E("Lerato Khumalo", "person", "ZA"),
 E(DEDAT, "public_body", "ZA", "DEDAT"), E("GreenCape", "cluster", "ZA"),
 E("Sipho Ndlovu", "person", "ZA"), E("Stellenbosch University", "university", "ZA"),
 E("Thabo Mokoena", "person", "ZA"), E("HySA Systems", "research_org", "ZA"),
 E(UWC, "university", "ZA", "UWC"), E("Bellville", "place", "ZA"),
 E(FS, "public_body", "ZA"), E("Saldanha Bay", "place", "ZA"),
 E(KE_, "company", "ZA", "Karoo Electrolysers"), E("Paarl", "place", "ZA"),
 E("Atlantic Green Molecules", "company", "ZA"), E("Boland Solar Fuels", "company", "ZA"),
 E("Worcester", "place", "ZA"), E(WHS, "event", "NL"),
 E("Sustainable Energy Council", "company", "GB"),
 E(POR, "public_body", "NL", "Havenbedrijf Rotterdam"), E(RVO, "public_body", "NL", "RVO"),
 E(RT, "event", "NL"), E("Marieke de Jong", "person", "NL"),
 E(PIB, "programme", "NL", "PIB"), E("TNO", "research_org", "NL"), E("Delft", "place", "NL"),
 E("HyCape", "project", "ZA"), E(POAB, "public_body", "BE"),
 E("WaterstofNet", "network", "BE"), E("Turnhout", "place", "BE"), E("Flux50", "cluster", "BE"),
 E("Jan Peeters", "person", "BE"), E("Hydrogen Europe", "network", "BE"),
 E("Brussels", "place", "BE"), E("Hystream BV", "company", "NL"), E(GHS, "event", "ZA"),
],
relations=[
 R("Wesgro", "located_in", "Cape Town"),
 R("Nomvula Dlamini-Petersen", "works_for", "Wesgro"), R("Lerato Khumalo", "works_for", DEDAT),
 R("Sipho Ndlovu", "works_for", "GreenCape"), R("Thabo Mokoena", "works_for", "Stellenbosch University"),
 R("Marieke de Jong", "works_for", RVO), R("Jan Peeters", "works_for", "WaterstofNet"),
 R("GreenCape", "located_in", "Cape Town"), R("HySA Systems", "located_in", "Bellville"),
 R(FS, "located_in", "Saldanha Bay"),
 R(KE_, "located_in", "Paarl"), R("Atlantic Green Molecules", "located_in", "Cape Town"),
 R("Boland Solar Fuels", "located_in", "Worcester"),
 R(WHS, "located_in", "Rotterdam"), R("Sustainable Energy Council", "organized", WHS),
 *[R(o, "participated_in", WHS) for o in ("Wesgro", "GreenCape", FS, KE_, "Atlantic Green Molecules")],
 R(POR, "met_with", "Wesgro"), R(FS, "partner_of", POR),
 R(RVO, "organized", RT), R(RT, "located_in", "The Hague"),
 *[R(o, "participated_in", RT) for o in (
   "Marieke de Jong", "TNO", "GreenCape", "Stellenbosch University", FS)],
 R("TNO", "located_in", "Delft"),
 *[R(o, "consortium_member_of", "HyCape") for o in ("GreenCape", "TNO", "Stellenbosch University", FS)],
 R("GreenCape", "leads", "HyCape"), R("HyCape", "funded_by", RVO), R("HyCape", "funded_by", PIB),
 R(POAB, "located_in", "Antwerp"), R("Wesgro", "met_with", POAB),
 R("WaterstofNet", "located_in", "Turnhout"), R("Wesgro", "met_with", "WaterstofNet"),
 R("Wesgro", "met_with", "Flux50"), R("GreenCape", "partner_of", "WaterstofNet"),
 R("GreenCape", "member_of", "Hydrogen Europe"), R("Hydrogen Europe", "located_in", "Brussels"),
 R("Boland Solar Fuels", "met_with", "Hystream BV"),
 R("Wesgro", "organized", GHS), R("GreenCape", "organized", GHS),
 R(RVO, "participated_in", GHS), R(GHS, "located_in", "Cape Town"),
])

# --- newsletter: The Innovation Hub (Pretoria) -----------------------------------
TIH = "The Innovation Hub"
UOULU = "University of Oulu"
TUT = "Tshwane University of Technology"
VULA = "Vula Diagnostics"
DSI = "Department of Science and Innovation"
GAPA = "GAP Innovation Awards 2023"
MAXUM = "Maxum Business Incubator"
IASPWC = "IASP World Conference 2023"
IASP = "International Association of Science Parks and Areas of Innovation"
TIA = "Technology Innovation Agency"
BSAM = "Belgium-South Africa MedTech Mission 2023"
SAIS = "SA Innovation Summit 2023"
GAP_WINNERS = ((VULA, "Pretoria"), ("Sebenza Recycling Technologies", "Tembisa"),
               ("Mzansi Robotics", "Midrand"), ("Letaba Foods Lab", "Soshanguve"))
GOLD["innovation-hub-pretoria-newsletter-2023.html"] = dict(
entities=[
 E(TIH, "cluster", "ZA"), E("Pretoria", "place", "ZA"), E("Gauteng", "place", "ZA"),
 E("Tshwane", "place", "ZA"), E("Lindiwe Mahlangu", "person", "ZA"),
 E("Gauteng Accelerator Programme", "programme", "ZA", "GAP"), E("Oulu", "place", "FI"),
 E("BusinessOulu", "public_body", "FI"), E("Oulu Health", "cluster", "FI"),
 E("KasiCare", "project", "ZA"), E("Soshanguve", "place", "ZA"), E(UOULU, "university", "FI"),
 E(TUT, "university", "ZA", "TUT"), E(VULA, "company", "ZA"),
 E("Business Finland", "public_body", "FI"), E(DSI, "public_body", "ZA", "DSI"),
 E("eKasi Labs", "cluster", "ZA", "eKasi Lab"), E("Johanna Leinonen", "person", "FI"),
 E(GAPA, "event", "ZA"),
 *[E(c, "company", "ZA") for c, _ in GAP_WINNERS[1:]],
 E("Tembisa", "place", "ZA"), E("Midrand", "place", "ZA"),
 E(MAXUM, "cluster", "ZA", "Maxum"), E("Kagiso Molefe", "person", "ZA", "Kagiso"),
 E(IASPWC, "event", "CN"), E("Nanjing", "place", "CN"), E(IASP, "network", None, "IASP"),
 E("Anprotec", "network", "BR"), E("CSIR", "research_org", "ZA"), E("Themba Nkosi", "person", "ZA"),
 E("University of Pretoria", "university", "ZA"), E(TIA, "public_body", "ZA", "TIA"),
 E("Enterprise Europe Network", "network"), E("hub.brussels", "public_body", "BE"),
 E(BSAM, "event", "ZA"), E(SAIS, "event", "ZA"), E("Cape Town", "place", "ZA"),
 E(SL23, "event", "FI"), E("Helsinki", "place", "FI"),
 E("Gauteng Growth and Development Agency", "public_body", "ZA", "GGDA"),
],
relations=[
 R(TIH, "located_in", "Pretoria"), R(TIH, "located_in", "Tshwane"), R(TIH, "located_in", "Gauteng"),
 R("Lindiwe Mahlangu", "works_for", TIH),
 R("BusinessOulu", "located_in", "Oulu"),
 R(TIH, "met_with", "BusinessOulu"), R(TIH, "partner_of", "Oulu Health"),
 R(UOULU, "leads", "KasiCare"),
 *[R(o, "consortium_member_of", "KasiCare") for o in (UOULU, TIH, "Oulu Health", TUT, VULA)],
 R("KasiCare", "funded_by", "Business Finland"), R("KasiCare", "funded_by", DSI),
 R("Johanna Leinonen", "works_for", UOULU), R("eKasi Labs", "located_in", "Soshanguve"),
 R(TIH, "organized", GAPA),
 *[R(c, "participated_in", GAPA) for c, _ in GAP_WINNERS],
 *[R(c, "located_in", t) for c, t in GAP_WINNERS],
 *[R(c, "member_of", MAXUM) for c, _ in GAP_WINNERS],
 R("Kagiso Molefe", "works_for", TIH), R("Kagiso Molefe", "participated_in", IASPWC),
 R(TIH, "participated_in", IASPWC), R(IASP, "organized", IASPWC), R(IASPWC, "located_in", "Nanjing"),
 R(TIH, "member_of", IASP), R(TIH, "met_with", "Anprotec"), R("Anprotec", "participated_in", IASPWC),
 R("CSIR", "located_in", "Pretoria"), R(TIH, "partner_of", "CSIR"), R("Themba Nkosi", "works_for", "CSIR"),
 R("University of Pretoria", "partner_of", TIH),
 R("Enterprise Europe Network", "organized", BSAM), R("hub.brussels", "organized", BSAM),
 R(TIA, "participated_in", BSAM), R(TIH, "participated_in", BSAM),
 R(SAIS, "located_in", "Cape Town"), R(TIH, "participated_in", SAIS),
 R(SL23, "located_in", "Helsinki"), R(VULA, "participated_in", SL23),
])

# --- event news: Dakar Biomanufacturing Partnering Forum 2024 ---------------------
DBF24 = "Dakar Biomanufacturing Partnering Forum 2024"
DBF25 = "Dakar Biomanufacturing Partnering Forum 2025"
IPD = "Institut Pasteur de Dakar"
ACDC = "Africa Centres for Disease Control and Prevention"
LYON = "Lyonbiopôle Auvergne-Rhône-Alpes"
MVA = "Medicon Valley Alliance"
EIB = "European Investment Bank"
BIOMAN = "BIOMAN-AFRICA"
EDCTP = "Global Health EDCTP3 Joint Undertaking"
UCAD = "Université Cheikh Anta Diop"
MEUSE = "Meuse BioProcess SA"
NORDFILL = "NordFill Aseptics ApS"
AMA = "African Medicines Agency"
BE24 = "BIO-Europe 2024"
GOLD["dakar-biomanufacturing-partnering-forum-2024.html"] = dict(
entities=[
 E(DBF24, "event", "SN", "Dakar Biomanufacturing Partnering Forum"),
 E("Dakar", "place", "SN"), E("Diamniadio", "place", "SN"),
 E(IPD, "research_org", "SN", "IPD"), E(ACDC, "public_body", None, "Africa CDC"),
 E("Mariama Sow Diallo", "person", "SN"), E("Kwabena Ofori-Atta", "person", "GH"),
 E("Addis Ababa", "place", "ET"), E("BioWin", "cluster", "BE"),
 E(LYON, "cluster", "FR", "Lyonbiopôle"), E(MVA, "cluster", "DK"),
 E("BioM", "cluster", "DE"), E("Munich", "place", "DE"),
 E(EIB, "public_body", None, "EIB"), E("Enabel", "public_body", "BE"),
 E("Sylvie Dubois", "person", "BE"), E("MADIBA", "project", "SN"),
 E("Anders Holm", "person", "DK"), E("Biovac", "company", "ZA"), E("Cape Town", "place", "ZA"),
 E(BIOMAN, "project"), E(EDCTP, "programme"), E(UCAD, "university", "SN", "UCAD"),
 E("Liège", "place", "BE"), E(MEUSE, "company", "BE"),
 E(NORDFILL, "company", "DK"), E("VACSERA", "company", "EG"), E("Cairo", "place", "EG"),
 E("Kigali", "place", "RW"), E(AMA, "public_body", None, "AMA"),
 E(BE24, "event", "SE"), E("Stockholm", "place", "SE"), E(DBF25, "event", "SN"),
],
relations=[
 R(DBF24, "located_in", "Diamniadio"), R(IPD, "organized", DBF24), R(ACDC, "organized", DBF24),
 R("Mariama Sow Diallo", "works_for", IPD), R("Mariama Sow Diallo", "participated_in", DBF24),
 R("Kwabena Ofori-Atta", "works_for", ACDC), R("Kwabena Ofori-Atta", "participated_in", DBF24),
 R(ACDC, "located_in", "Addis Ababa"),
 *[R(o, "participated_in", DBF24) for o in ("BioWin", LYON, MVA, "BioM", EIB, "Enabel")],
 R("BioM", "located_in", "Munich"),
 R("BioWin", "partner_of", IPD),
 R("Sylvie Dubois", "works_for", "BioWin"), R("Sylvie Dubois", "participated_in", DBF24),
 R(IPD, "leads", "MADIBA"), R("MADIBA", "funded_by", EIB), R(EIB, "met_with", IPD),
 R("Anders Holm", "works_for", MVA), R("Anders Holm", "participated_in", DBF24),
 R(MVA, "met_with", "Biovac"),
 R("Biovac", "located_in", "Cape Town"), R("Biovac", "participated_in", DBF24),
 R(BIOMAN, "funded_by", EDCTP), R(IPD, "leads", BIOMAN),
 *[R(o, "consortium_member_of", BIOMAN) for o in (IPD, "BioWin", LYON, "Biovac", UCAD, MEUSE)],
 R(UCAD, "located_in", "Dakar"), R(MEUSE, "located_in", "Liège"), R(MEUSE, "member_of", "BioWin"),
 R(NORDFILL, "member_of", MVA), R(NORDFILL, "met_with", "Biovac"), R(NORDFILL, "met_with", "VACSERA"),
 R("VACSERA", "located_in", "Cairo"),
 *[R(o, "participated_in", DBF24) for o in (NORDFILL, "VACSERA", AMA)],
 R("BioM", "met_with", AMA), R(AMA, "located_in", "Kigali"),
 R(BE24, "located_in", "Stockholm"), R(IPD, "participated_in", BE24), R("BioWin", "participated_in", BE24),
 R(DBF25, "located_in", "Diamniadio"),
])

# --- annual-report chapter: Cluster Solaire (Morocco), Europe and Africa ---------
CSOL = "Cluster Solaire"
SCBW = "Solar Cluster Baden-Württemberg"
IE24 = "Intersolar Europe 2024"
IE25 = "Intersolar Europe 2025"
SUN = "SUN4AFRICA"
GCIC = "Ghana Climate Innovation Center"
SERC = "Strathmore Energy Research Centre"
SEFA = "Sustainable Energy Fund for Africa"
SDD = "SUN4AFRICA Demo Day"
MASEN = "Moroccan Agency for Sustainable Energy"
SMS = "SOLARMED-Skills"
UPV = "Universitat Politècnica de València"
TBC = "Technopole de Borj Cédria"
IRESEN = "Institut de Recherche en Énergie Solaire et Énergies Nouvelles"
UM6P = "Mohammed VI Polytechnic University"
SEM25 = "Solaire Expo Maroc 2025"
CS_CO = ("Atlas Solar Services", "Sahara PV Recycling", "Souss Agrivoltaics")
GOLD["cluster-solaire-morocco-international-report-2024.md"] = dict(
entities=[
 E(CSOL, "cluster", "MA"), E("Casablanca", "place", "MA"),
 E("Fatima Zahra El Idrissi", "person", "MA"), E("Youssef Benali", "person", "MA"),
 E("Tenerrdis", "cluster", "FR"), E("Grenoble", "place", "FR"), E("Claire Rousseau", "person", "FR"),
 E("Green Energy Park", "research_org", "MA"), E("Benguerir", "place", "MA"),
 E("Capenergies", "cluster", "FR"), E(SMS, "project"),
 E(SCBW, "cluster", "DE"), E("Stuttgart", "place", "DE"),
 E(IE24, "event", "DE"), E("Munich", "place", "DE"),
 *[E(c, "company", "MA") for c in CS_CO],
 E(SUN, "project"), E(GCIC, "cluster", "GH", "GCIC"), E("Accra", "place", "GH"),
 E("CIPMEN", "cluster", "NE"), E("Niamey", "place", "NE"),
 E(SERC, "research_org", "KE", "SERC"), E("Nairobi", "place", "KE"),
 E(SEFA, "programme", None, "SEFA"), E("African Development Bank", "public_body", None, "AfDB"),
 E(AFD, "public_body", "FR", "AFD"), E("Ama Owusu-Darko", "person", "GH"),
 E(SDD, "event", "MA"), E("Marrakech", "place", "MA"), E(GITEX24, "event", "MA", "GITEX Africa"),
 E(MASEN, "public_body", "MA", "Masen"), E("Interreg NEXT MED", "programme"),
 E(UPV, "university", "ES", "UPV"), E("Valencia", "place", "ES"),
 E(TBC, "cluster", "TN"), E(IRESEN, "research_org", "MA", "IRESEN"), E("Rabat", "place", "MA"),
 E(UM6P, "university", "MA", "UM6P"), E(IE25, "event", "DE"), E(SEM25, "event", "MA"),
],
relations=[
 R(CSOL, "located_in", "Casablanca"),
 R("Fatima Zahra El Idrissi", "works_for", CSOL), R("Youssef Benali", "works_for", CSOL),
 R(CSOL, "partner_of", "Tenerrdis"), R("Tenerrdis", "located_in", "Grenoble"),
 R("Claire Rousseau", "works_for", "Tenerrdis"), R("Tenerrdis", "met_with", "Green Energy Park"),
 R("Green Energy Park", "located_in", "Benguerir"),
 R(SCBW, "located_in", "Stuttgart"), R(CSOL, "partner_of", SCBW),
 R(IE24, "located_in", "Munich"), R(CSOL, "participated_in", IE24), R(SCBW, "participated_in", IE24),
 *[R(c, "participated_in", IE24) for c in CS_CO],
 *[R(c, "member_of", CSOL) for c in CS_CO],
 R(CSOL, "leads", SUN),
 *[R(o, "consortium_member_of", SUN) for o in (CSOL, GCIC, "CIPMEN", SERC, "Tenerrdis")],
 R(SUN, "funded_by", SEFA), R(SUN, "funded_by", AFD),
 R(GCIC, "located_in", "Accra"), R("CIPMEN", "located_in", "Niamey"), R(SERC, "located_in", "Nairobi"),
 R("Ama Owusu-Darko", "works_for", GCIC),
 R(SDD, "located_in", "Marrakech"), R(CSOL, "organized", SDD), R(MASEN, "organized", SDD),
 R(GITEX24, "located_in", "Marrakech"), R(CSOL, "participated_in", GITEX24),
 R(SMS, "funded_by", "Interreg NEXT MED"), R(UPV, "leads", SMS),
 *[R(o, "consortium_member_of", SMS) for o in (UPV, "Capenergies", TBC, IRESEN, CSOL)],
 R(IRESEN, "located_in", "Rabat"), R(UM6P, "located_in", "Benguerir"),
 R(UM6P, "partner_of", CSOL),
 R(CSOL, "participated_in", IE25), R(SCBW, "participated_in", IE25),
 R(CSOL, "organized", SEM25), R(SEM25, "located_in", "Casablanca"),
])

def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"{doc}: document missing"
        text = path.read_text(encoding="utf-8").casefold()
        names, forms, types = set(), {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{doc}: bad type {e}"
            assert e["name"] not in names, f"{doc}: duplicate entity {e['name']}"
            names.add(e["name"])
            types[e["name"]] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), e
            for form in [e["name"], *e["aliases"]]:
                key = form.casefold()
                assert forms.get(key, e["name"]) == e["name"], \
                    f"{doc}: surface form {form!r} used by {forms[key]!r} and {e['name']!r}"
                forms[key] = e["name"]
                assert key in text, f"{doc}: {form!r} does not occur in the text"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, f"{doc}: bad predicate {r}"
            assert s in names and o in names, f"{doc}: undeclared end in {r}"
            assert s != o, f"{doc}: self relation {r}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, \
                f"{doc}: {types[s]} -{p}-> {types[o]} not allowed: {r}"
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, f"{doc}: duplicate relation {r}"
            seen.add(key)


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(HERE.parents[3]), len(gold["entities"]), len(gold["relations"]))


if __name__ == "__main__":
    main()
