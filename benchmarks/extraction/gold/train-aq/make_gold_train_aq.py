"""Hand annotations of the `train-aq` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-aq/make_gold_train_aq.py

Theme: Central and Eastern Europe (Polish, Czech, Slovak, Hungarian, Romanian,
Ukrainian clusters and agencies; Interreg, Horizon Europe, Erasmus+ consortia).
Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Conventions kept in this set:

- a project coordinator gets both `leads` and `consortium_member_of`;
- a location is annotated (`located_in`) only when the text states it apart from
  the name ("Based in Lublin", "the Munich cluster BioM", a City column in a
  table); a city that is only part of a name ("University of Miskolc") is not;
- planned participations stated as agreed ("will return with PAIH to ...",
  "a joint stand at GITEX Europe") are annotated like past ones;
- an organisation that meets another one inside an event's paragraph is taken to
  be at the event (`participated_in`) as well;
- industry associations of companies (ATIC, Infobalt, CzechBio, HBA, IVSZ) are
  `network`; regional clusters and technology parks are `cluster`; investment
  and trade agencies, ministries, embassies, chambers and regional development
  agencies are `public_body`; a European Digital Innovation Hub run as a
  consortium is a `project`.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-aq"

# --- copied from /work/shared/design/DOMAIN.md ------------------------------------
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

# --- 1. annual-report chapter: Lublin ICT Cluster (md) -----------------------------
LK = "Lublin ICT Cluster"
LVIV = "Lviv IT Cluster"
KH = "Kharkiv IT Cluster"
LUT = "Lublin University of Technology"
LPNT = "Lublin Science and Technology Park"
BR = "BRIDGE-IT"
CS = "CYBERSHIELD-CEE"
SZ = "Institute for Computer Science and Control"
GOLD["lublin-ict-cluster-annual-report-2023.md"] = dict(
entities=[
 E(LK, "cluster", "PL", "Lubelski Klaster ICT", "LKICT"),
 E("Lublin", "place", "PL"), E("Puławy", "place", "PL"), E("Zamość", "place", "PL"),
 E(LUT, "university", "PL", "Politechnika Lubelska"),
 E("Maria Curie-Skłodowska University", "university", "PL", "UMCS"),
 E("Urząd Marszałkowski Województwa Lubelskiego", "public_body", "PL"),
 E("Katarzyna Wróblewska", "person", "PL", "Wróblewska"),
 E(LVIV, "cluster", "UA"), E("Stepan Veselovskyi", "person", "UA"),
 E(KH, "cluster", "UA"), E("Kharkiv", "place", "UA"),
 E(LPNT, "cluster", "PL", "Lubelski Park Naukowo-Technologiczny", "LPNT"),
 E("Enterprise Europe Network", "network", None, "EEN"),
 E("European Cluster Collaboration Platform", "network", None, "ECCP"),
 E(BR, "project"), E("Interreg NEXT Poland–Ukraine", "programme"),
 E("Ivan Franko National University of Lviv", "university", "UA"),
 E(CS, "project"), E("Horizon Europe", "programme"),
 E("Brno University of Technology", "university", "CZ"),
 E("Košice IT Valley", "cluster", "SK"),
 E(SZ, "research_org", "HU", "SZTAKI"), E("Budapest", "place", "HU"),
 E("Infoshare", "event", "PL"), E("Gdańsk", "place", "PL"),
 E("VivaTech", "event", "FR"), E("Paris", "place", "FR"),
 E("IT Arena", "event", "UA"), E("Lviv", "place", "UA"),
 E("Web Summit", "event", "PT"), E("Lisbon", "place", "PT"),
 E("Polish Investment and Trade Agency", "public_body", "PL", "PAIH"),
 E("Business France", "public_body", "FR"), E("Cap Digital", "cluster", "FR"),
 E("Anna Kiełbasa-Grzyb", "person", "PL"), E("Michał Jędrzejczak", "person", "PL"),
 E("Vilnius", "place", "LT"), E("Infobalt", "network", "LT"),
],
relations=[
 R(LK, "located_in", "Lublin"),
 R(LUT, "member_of", LK), R("Maria Curie-Skłodowska University", "member_of", LK),
 R("Katarzyna Wróblewska", "works_for", LK),
 R(LK, "partner_of", LVIV), R("Stepan Veselovskyi", "works_for", LVIV),
 R(LK, "partner_of", KH), R(KH, "located_in", "Kharkiv"),
 R(LK, "partner_of", LPNT), R(LPNT, "member_of", "Enterprise Europe Network"),
 R(LK, "member_of", "European Cluster Collaboration Platform"),
 R(BR, "funded_by", "Interreg NEXT Poland–Ukraine"), R(LK, "leads", BR),
 *[R(o, "consortium_member_of", BR) for o in (
   LK, LVIV, LUT, "Ivan Franko National University of Lviv")],
 R(CS, "funded_by", "Horizon Europe"), R("Brno University of Technology", "leads", CS),
 *[R(o, "consortium_member_of", CS) for o in (
   "Brno University of Technology", "Košice IT Valley", SZ, LK)],
 R(SZ, "located_in", "Budapest"),
 *[R(LK, "participated_in", e) for e in ("Infoshare", "VivaTech", "IT Arena", "Web Summit")],
 R("Infoshare", "located_in", "Gdańsk"), R("VivaTech", "located_in", "Paris"),
 R("IT Arena", "located_in", "Lviv"), R("Web Summit", "located_in", "Lisbon"),
 R("Polish Investment and Trade Agency", "participated_in", "VivaTech"),
 R(LK, "met_with", "Business France"), R(LK, "met_with", "Cap Digital"),
 R("Business France", "participated_in", "VivaTech"), R("Cap Digital", "participated_in", "VivaTech"),
 R("Cap Digital", "located_in", "Paris"),
 R(LVIV, "organized", "IT Arena"),
 R("Anna Kiełbasa-Grzyb", "works_for", LUT), R("Anna Kiełbasa-Grzyb", "participated_in", "IT Arena"),
 R("Michał Jędrzejczak", "works_for", LK), R("Michał Jędrzejczak", "participated_in", "Web Summit"),
 R(LK, "partner_of", "Infobalt"),
])

# --- 2. event news: Polish pavilion at BIO-Europe 2024 (html) ----------------------
LS = "Life Science Cluster Kraków"
BE = "BIO-Europe 2024"
PAIH = "Polish Investment and Trade Agency"
PLSA = "Polish Life Science Abroad"
LUK = "Łukasiewicz Research Network – PORT Polish Center for Technology Development"
LBA = "Lithuanian Biotechnology Association"
BES = "BIO-Europe Spring 2025"
LSOS = "Life Science Open Space"
KR_COMP = (("Vistula Biologics", "Kraków"), ("Odra Peptides", "Wrocław"),
           ("NanoSilesia", "Katowice"))
GOLD["krakow-life-science-bio-europe-partnering-2024.html"] = dict(
entities=[
 E(LS, "cluster", "PL", "Klaster LifeScience Kraków", "LSCK"),
 E(BE, "event", "SE"), E("Stockholm", "place", "SE"), E("EBD Group", "company"),
 E(PAIH, "public_body", "PL", "PAIH"),
 E(PLSA, "project"),
 E("Fundusze Europejskie dla Nowoczesnej Gospodarki", "programme", "PL", "FENG"),
 E("Kraków", "place", "PL"),
 E("Tomasz Wiśniewski", "person", "PL"),
 *[E(c, "company", "PL") for c, _ in KR_COMP],
 E("Wrocław", "place", "PL"), E("Katowice", "place", "PL"),
 E(LUK, "research_org", "PL", "Łukasiewicz – PORT"),
 E("Jagiellonian University", "university", "PL"),
 E("Novo Nordisk", "company", "DK"), E("Bayer", "company", "DE"),
 E(LBA, "network", "LT", "LBA"), E("Vaida Kazlauskienė", "person", "LT", "Kazlauskienė"),
 E("Interreg Baltic Sea Region", "programme"), E("BALTIBIO", "project"),
 E("Vilnius", "place", "LT"),
 E("Medicon Valley Alliance", "cluster"), E("BioM", "cluster", "DE"), E("Munich", "place", "DE"),
 E("SwedenBIO", "network", "SE"),
 E("Agnieszka Kołodziej", "person", "PL"),
 E("Marek Szczepański", "person", "PL"),
 E("Joanna Pietrzyk-Nowak", "person", "PL"),
 E(BES, "event", "IT"), E("Milan", "place", "IT"),
 E(LSOS, "event", "PL"), E("CzechBio", "network", "CZ"),
],
relations=[
 R(BE, "located_in", "Stockholm"), R("EBD Group", "organized", BE),
 R(LS, "participated_in", BE), R(PAIH, "participated_in", BE),
 R(PLSA, "funded_by", "Fundusze Europejskie dla Nowoczesnej Gospodarki"), R(PAIH, "leads", PLSA),
 R("Tomasz Wiśniewski", "works_for", LS), R("Tomasz Wiśniewski", "participated_in", BE),
 *[R(c, "located_in", t) for c, t in KR_COMP], R(LUK, "located_in", "Wrocław"),
 *[R(c, "participated_in", BE) for c, _ in KR_COMP], R(LUK, "participated_in", BE),
 *[R(c, "member_of", LS) for c, _ in KR_COMP],
 R("Vistula Biologics", "met_with", "Novo Nordisk"), R("Odra Peptides", "met_with", "Bayer"),
 R("Novo Nordisk", "participated_in", BE), R("Bayer", "participated_in", BE),
 R("Odra Peptides", "partner_of", LUK),
 R(LS, "partner_of", LBA), R(LBA, "participated_in", BE),
 R("Vaida Kazlauskienė", "works_for", LBA), R("Vaida Kazlauskienė", "participated_in", BE),
 R("BALTIBIO", "funded_by", "Interreg Baltic Sea Region"), R(LS, "leads", "BALTIBIO"),
 R(LS, "consortium_member_of", "BALTIBIO"), R(LBA, "consortium_member_of", "BALTIBIO"),
 *[R(LS, "met_with", o) for o in ("Medicon Valley Alliance", "BioM", "SwedenBIO")],
 *[R(o, "participated_in", BE) for o in ("Medicon Valley Alliance", "BioM", "SwedenBIO")],
 R("BioM", "located_in", "Munich"),
 R("Agnieszka Kołodziej", "works_for", PAIH), R("Agnieszka Kołodziej", "participated_in", BE),
 R("Marek Szczepański", "works_for", "Jagiellonian University"),
 R("Marek Szczepański", "participated_in", BE),
 R("Joanna Pietrzyk-Nowak", "works_for", "NanoSilesia"),
 R("Joanna Pietrzyk-Nowak", "participated_in", BE),
 R(LS, "participated_in", BES), R(PAIH, "participated_in", BES), R(BES, "located_in", "Milan"),
 R(LS, "organized", LSOS), R(LSOS, "located_in", "Kraków"),
])

# --- 3. mission report: Moravian Aerospace Cluster in France (txt) ------------------
MAC = "Moravian Aerospace Cluster"
AV = "Aerospace Valley"
PAS = "Paris Air Show"
AK = "Aerotech Kunovice s.r.o."
VZ = "Czech Aerospace Research Centre"
CVUT = "Czech Technical University in Prague"
SD = "Czech-French Aerospace Supplier Day"
ISAE = "ISAE-SUPAERO"
ECO = "ECO-RIB"
MAF = "Moravian Aerospace Forum"
DELEGATION = (MAC, "CzechInvest", AK, "Hradecká Kompozita a.s.", "Avia Precision Ostrava",
              "Jihlava Avionics", VZ, CVUT, "Brno University of Technology", "CzechTrade",
              "Petr Dvořák", "Lucie Horáková")
GOLD["moravian-aerospace-cluster-france-mission-2023.txt"] = dict(
entities=[
 E(MAC, "cluster", "CZ", "Moravský letecký klastr", "MAC"),
 E("Uherské Hradiště", "place", "CZ"),
 E("CzechInvest", "public_body", "CZ"),
 E("Ministry of Industry and Trade", "public_body", "CZ", "Ministerstvo průmyslu a obchodu", "MPO"),
 E(PAS, "event", "FR"), E(AV, "cluster", "FR"), E("Clean Aviation", "programme"),
 E("Petr Dvořák", "person", "CZ", "Dvořák"), E("Lucie Horáková", "person", "CZ"),
 E(AK, "company", "CZ", "Aerotech Kunovice"), E("Kunovice", "place", "CZ"),
 E("Hradecká Kompozita a.s.", "company", "CZ"), E("Hradec Králové", "place", "CZ"),
 E("Avia Precision Ostrava", "company", "CZ"), E("Jihlava Avionics", "company", "CZ"),
 E(VZ, "research_org", "CZ", "VZLÚ"), E("Prague", "place", "CZ"),
 E(CVUT, "university", "CZ", "ČVUT"),
 E("Brno University of Technology", "university", "CZ", "VUT"),
 E("CzechTrade", "public_body", "CZ"),
 E("Le Bourget", "place", "FR"),
 E("Association of Aviation Manufacturers", "network", "CZ", "Asociace leteckých výrobců", "ALV"),
 E("Marek Novotný", "person", "CZ"),
 E("Thales", "company", "FR"), E("Safran Electronics & Defense", "company", "FR"),
 E("Airbus", "company", "FR"), E("Hamburg", "place", "DE"),
 E("Embassy of the Czech Republic in Paris", "public_body", "CZ"), E("Paris", "place", "FR"),
 E("Hélène Marchetti", "person", "FR", "Marchetti"),
 E("Toulouse", "place", "FR"), E(SD, "event", "FR"), E(ISAE, "university", "FR"),
 E("Occitanie", "place", "FR"), E("Nouvelle-Aquitaine", "place", "FR"),
 E("ONERA", "research_org", "FR"), E("Blagnac", "place", "FR"),
 E(ECO, "project"), E("Hegan", "cluster", "ES", "Basque Aerospace Cluster"),
 E("Zlín Region", "place", "CZ"), E(MAF, "event", "CZ"),
],
relations=[
 R(MAC, "located_in", "Uherské Hradiště"), R(MAC, "located_in", "Zlín Region"),
 R(MAC, "partner_of", AV),
 R("Petr Dvořák", "works_for", MAC), R("Lucie Horáková", "works_for", "CzechInvest"),
 *[R(o, "participated_in", PAS) for o in DELEGATION],
 R(PAS, "located_in", "Le Bourget"),
 R("Association of Aviation Manufacturers", "participated_in", PAS),
 R("Marek Novotný", "works_for", "Ministry of Industry and Trade"),
 R("Marek Novotný", "participated_in", PAS),
 R("Jihlava Avionics", "met_with", "Thales"),
 R("Jihlava Avionics", "met_with", "Safran Electronics & Defense"),
 R(AK, "met_with", "Airbus"),
 *[R(o, "participated_in", PAS) for o in ("Thales", "Safran Electronics & Defense", "Airbus")],
 R("Hélène Marchetti", "works_for", AV),
 R(MAC, "organized", SD), R(AV, "organized", SD), R(SD, "located_in", "Toulouse"),
 R(ISAE, "located_in", "Toulouse"),
 R("ONERA", "located_in", "Toulouse"), R("ONERA", "partner_of", VZ),
 R("Airbus", "located_in", "Blagnac"),
 R(ECO, "funded_by", "Clean Aviation"), R(VZ, "leads", ECO),
 *[R(o, "consortium_member_of", ECO) for o in (VZ, "ONERA", ISAE, CVUT, AK, "Hegan")],
 R(VZ, "located_in", "Prague"),
 R(MAC, "organized", MAF), R(MAF, "located_in", "Uherské Hradiště"), R(AV, "participated_in", MAF),
 R(AK, "located_in", "Kunovice"), R("Hradecká Kompozita a.s.", "located_in", "Hradec Králové"),
])

# --- 4. press release: CIRCUDAN kick-off, Interreg Danube (md) ----------------------
CD = "CIRCUDAN"
KO = "CIRCUDAN Kick-off Conference"
PBN = "Pannon Business Network Association"
BME = "Budapest University of Technology and Economics"
ACS = "Automotive Cluster of Slovenia"
SPC = "Slovak Plastic Cluster"
BUA = "Business Upper Austria"
CMT = "Clusterul Mobilier Transilvan"
UNS = "University of Novi Sad"
CCE = "Croatian Chamber of Economy"
ZR = "Zakarpattia Regional Development Agency"
BIA = "Bulgarian Industrial Association"
MS = "Ministry of the Economy, Tourism and Sport"
MH = "Ministry of National Economy"
MD = "CIRCUDAN Matchmaking Day"
CD_PARTNERS = ((PBN, "Szombathely"), (BME, "Budapest"), (ACS, "Ljubljana"),
               ("University of Maribor", "Maribor"), (SPC, "Nitra"), (BUA, "Linz"),
               (CMT, "Cluj-Napoca"), (UNS, "Novi Sad"), (CCE, "Zagreb"), (ZR, "Uzhhorod"),
               (BIA, "Sofia"))
GOLD["circudan-interreg-danube-kick-off-2024.md"] = dict(
entities=[
 E(CD, "project"), E("Interreg Danube Region Programme", "programme"),
 E(KO, "event", "HU"), E("Szombathely", "place", "HU"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E("Instrument for Pre-Accession Assistance", "programme", None, "IPA III"),
 E("NDICI", "programme"),
 E(PBN, "cluster", "HU", "Pannon Business Network", "PBN"),
 E("Zsófia Kovács-Szabó", "person", "HU"),
 E(BME, "university", "HU", "BME"), E("Budapest", "place", "HU"),
 E(ACS, "cluster", "SI", "ACS"), E("Ljubljana", "place", "SI"),
 E("University of Maribor", "university", "SI"), E("Maribor", "place", "SI"),
 E(SPC, "cluster", "SK", "Slovenský plastikársky klaster"), E("Nitra", "place", "SK"),
 E(BUA, "public_body", "AT"), E("Linz", "place", "AT"),
 E(CMT, "cluster", "RO", "Transylvanian Furniture Cluster"), E("Cluj-Napoca", "place", "RO"),
 E(UNS, "university", "RS"), E("Novi Sad", "place", "RS"),
 E(CCE, "public_body", "HR", "Hrvatska gospodarska komora"), E("Zagreb", "place", "HR"),
 E(ZR, "public_body", "UA"), E("Uzhhorod", "place", "UA"),
 E(BIA, "network", "BG", "BIA"), E("Sofia", "place", "BG"),
 E(MS, "public_body", "SI"), E(MH, "public_body", "HU", "Nemzetgazdasági Minisztérium"),
 E("Mária Horváthová", "person", "SK"), E("Ioana Mureșan", "person", "RO"),
 E("Tanja Mohorič", "person", "SI"),
 E("ReCircle", "project"), E("Interreg Central Europe", "programme"),
 E("Enterprise Europe Network", "network", None, "EEN"),
 E("Western Transdanubia", "place", "HU"),
 E(MD, "event", "RS"), E("Serbian Chamber of Commerce and Industry", "public_body", "RS"),
 E("Gábor Halász", "person", "HU"),
],
relations=[
 *[R(CD, "funded_by", p) for p in ("Interreg Danube Region Programme",
   "European Regional Development Fund", "Instrument for Pre-Accession Assistance", "NDICI")],
 R(KO, "located_in", "Szombathely"),
 R(PBN, "leads", CD),
 *[R(o, "consortium_member_of", CD) for o, _ in CD_PARTNERS],
 *[R(o, "located_in", c) for o, c in CD_PARTNERS],
 R(PBN, "organized", KO),
 R(MS, "participated_in", KO), R(MH, "participated_in", KO),
 R("Zsófia Kovács-Szabó", "works_for", PBN),
 R("Mária Horváthová", "works_for", SPC), R("Mária Horváthová", "participated_in", KO),
 R("Ioana Mureșan", "works_for", CMT), R("Tanja Mohorič", "works_for", ACS),
 R("ReCircle", "funded_by", "Interreg Central Europe"), R(BUA, "leads", "ReCircle"),
 *[R(o, "consortium_member_of", "ReCircle") for o in (BUA, PBN, ACS)],
 R(PBN, "member_of", "Enterprise Europe Network"),
 R(MD, "located_in", "Novi Sad"), R(UNS, "organized", MD),
 R("Serbian Chamber of Commerce and Industry", "organized", MD),
 R("Gábor Halász", "works_for", PBN),
])

# --- 5. press release: Cluj IT Cluster / ATIC MoU (html) ----------------------------
CJ = "Cluj IT Cluster"
ATIC = "Moldovan Association of ICT Companies"
CID = "Cluj Innovation Days 2024"
MCID = "Ministry of Research, Innovation and Digitalization"
MEDD = "Ministry of Economic Development and Digitalization"
MIS = "Moldova ICT Summit"
UBB = "Babeș-Bolyai University"
UTM = "Technical University of Moldova"
MITP = "Moldova Innovation Technology Park"
PD = "PRUT-DIGITAL"
ISC = "Iași Software Cluster"
ADR = "North-West Regional Development Agency"
UTCN = "Technical University of Cluj-Napoca"
GOLD["cluj-it-cluster-atic-mou-2024.html"] = dict(
entities=[
 E(CJ, "cluster", "RO", "Cluj IT"), E(ATIC, "network", "MD", "ATIC"),
 E(CID, "event", "RO"), E("Cluj-Napoca", "place", "RO"),
 E("Raluca Iordache", "person", "RO", "Iordache"),
 E("Veaceslav Țurcanu", "person", "MD", "Țurcanu"),
 E("Mihai Popescu-Dinu", "person", "RO"),
 E(MCID, "public_body", "RO", "Ministerul Cercetării, Inovării și Digitalizării", "MCID"),
 E("Natalia Ciobanu", "person", "MD"), E(MEDD, "public_body", "MD"),
 E("Chișinău", "place", "MD"), E("Bălți", "place", "MD"),
 E(MIS, "event", "MD"), E("GITEX Europe", "event", "DE"), E("Berlin", "place", "DE"),
 E(UBB, "university", "RO", "Universitatea Babeș-Bolyai", "UBB"),
 E(UTM, "university", "MD", "UTM"), E(MITP, "cluster", "MD", "MITP"),
 E(PD, "project"), E("Interreg NEXT Romania–Republic of Moldova", "programme"),
 E(ISC, "cluster", "RO", "ISC"),
 E(ADR, "public_body", "RO", "ADR Nord-Vest"),
 E("Enterprise Europe Network", "network"),
 E("IVSZ", "network", "HU"), E("Latvian IT Cluster", "cluster", "LV"), E("Riga", "place", "LV"),
 E("Vojvodina ICT Cluster", "cluster", "RS", "VOICT"), E("Novi Sad", "place", "RS"),
 E("Ileana Szabó", "person", "RO"), E("Dan Crișan", "person", "RO"),
 E(UTCN, "university", "RO", "UTCN"),
 E("Digital Europe Programme", "programme"),
 E("North-West region", "place", "RO"),
 E("European Cluster Alliance", "network"),
 E("Transilvania Digital Innovation Hub", "network", "RO"),
 E("Ștefan Bălănescu", "person", "RO"),
],
relations=[
 R(CJ, "partner_of", ATIC),
 R(CJ, "participated_in", CID), R(ATIC, "participated_in", CID),
 R(CJ, "organized", CID), R(CID, "located_in", "Cluj-Napoca"),
 R("Raluca Iordache", "works_for", CJ), R("Veaceslav Țurcanu", "works_for", ATIC),
 R("Mihai Popescu-Dinu", "works_for", MCID), R("Natalia Ciobanu", "works_for", MEDD),
 *[R(p, "participated_in", CID) for p in (
   "Raluca Iordache", "Veaceslav Țurcanu", "Mihai Popescu-Dinu", "Natalia Ciobanu")],
 R(ATIC, "located_in", "Chișinău"),
 R(CJ, "participated_in", MIS), R(ATIC, "organized", MIS), R(MIS, "located_in", "Chișinău"),
 R(CJ, "participated_in", "GITEX Europe"), R(ATIC, "participated_in", "GITEX Europe"),
 R("GITEX Europe", "located_in", "Berlin"),
 R(CJ, "partner_of", MITP), R(ATIC, "partner_of", MITP),
 R(PD, "funded_by", "Interreg NEXT Romania–Republic of Moldova"), R(ISC, "leads", PD),
 *[R(o, "consortium_member_of", PD) for o in (ISC, ATIC, UTM, CJ)],
 R(ADR, "member_of", "Enterprise Europe Network"), R(ADR, "participated_in", CID),
 *[R(o, "participated_in", CID) for o in ("IVSZ", "Latvian IT Cluster", "Vojvodina ICT Cluster")],
 R("Latvian IT Cluster", "located_in", "Riga"), R("Vojvodina ICT Cluster", "located_in", "Novi Sad"),
 R("Ileana Szabó", "works_for", UBB), R("Ileana Szabó", "participated_in", CID),
 R("Dan Crișan", "works_for", UTCN), R("Dan Crișan", "participated_in", CID),
 R(CJ, "located_in", "Cluj-Napoca"), R(CJ, "located_in", "North-West region"),
 R(CJ, "member_of", "European Cluster Alliance"),
 R(CJ, "member_of", "Transilvania Digital Innovation Hub"),
 R("Ștefan Bălănescu", "works_for", CJ),
])

# --- 6. newsletter: Košice IT Valley (txt) -----------------------------------------
KI = "Košice IT Valley"
TP = "Technology Park Ljubljana"
SSF = "Slovenian-Slovak Business Forum"
SARIO = "Slovak Investment and Trade Development Agency"
EDIH = "European Digital Innovation Hub for Eastern Slovakia"
TUKE = "Technical University of Košice"
UPJS = "Pavol Jozef Šafárik University in Košice"
SKHU = "SKHU-TALENT"
UM = "University of Miskolc"
KDS = "Košice Digital Summit 2024"
STARTUPS = ("Tatra Data Labs", "CyberSpiš", "Hornád Software")
GOLD["kosice-it-valley-newsletter-december-2023.txt"] = dict(
entities=[
 E(KI, "cluster", "SK", "KITV"), E("Košice", "place", "SK", "Kassa"),
 E("Ljubljana", "place", "SI"), E("Helsinki", "place", "FI"),
 E("Zuzana Šimková", "person", "SK"),
 E(TP, "cluster", "SI", "Tehnološki park Ljubljana", "TPLJ"),
 E(SSF, "event", "SI"),
 E("Embassy of the Slovak Republic in Ljubljana", "public_body", "SK"),
 E("SPIRIT Slovenia", "public_body", "SI"),
 E("Matej Zupančič", "person", "SI"),
 E("Slush", "event", "FI"), E(SARIO, "public_body", "SK", "SARIO"),
 *[E(c, "company", "SK") for c in STARTUPS],
 E("Lifeline Ventures", "company", "FI"), E("Business Finland", "public_body", "FI"),
 E("Oulu", "place", "FI"), E("Martin Hudák", "person", "SK"),
 E(EDIH, "project", "SK", "EAST-EDIH"), E("Digital Europe Programme", "programme"),
 E("Ministry of Investments, Regional Development and Informatization of the Slovak Republic",
   "public_body", "SK", "MIRRI"),
 E(TUKE, "university", "SK", "TUKE"), E(UPJS, "university", "SK", "UPJŠ"),
 E(SKHU, "project"), E("Interreg VI-A Hungary-Slovakia Programme", "programme"),
 E(UM, "university", "HU"), E("Miskolc", "place", "HU"),
 E("Péter Tóth", "person", "HU", "Tóth"),
 E("ITAPA 2023", "event", "SK"), E("Bratislava", "place", "SK"),
 E("Institute for Information Industry", "research_org", "TW", "III"),
 E("European DIGITAL SME Alliance", "network"),
 E("Kassa Robotics", "company", "SK"),
 E(KDS, "event", "SK"), E("Hannover Messe", "event", "DE"), E("Hanover", "place", "DE"),
],
relations=[
 R(KI, "located_in", "Košice"), R("Zuzana Šimková", "works_for", KI),
 R(KI, "partner_of", TP),
 R(KI, "participated_in", SSF), R(TP, "participated_in", SSF), R(SSF, "located_in", "Ljubljana"),
 R("Embassy of the Slovak Republic in Ljubljana", "organized", SSF),
 R("SPIRIT Slovenia", "organized", SSF),
 R("Matej Zupančič", "works_for", TP),
 R("Slush", "located_in", "Helsinki"),
 R(KI, "participated_in", "Slush"), R(SARIO, "participated_in", "Slush"),
 *[R(c, "participated_in", "Slush") for c in STARTUPS],
 *[R(c, "member_of", KI) for c in STARTUPS],
 R("Tatra Data Labs", "met_with", "Lifeline Ventures"), R("CyberSpiš", "met_with", "Business Finland"),
 R("Lifeline Ventures", "participated_in", "Slush"), R("Business Finland", "participated_in", "Slush"),
 R("Martin Hudák", "works_for", SARIO),
 R(EDIH, "funded_by", "Digital Europe Programme"),
 R(EDIH, "funded_by", "Ministry of Investments, Regional Development and Informatization of the Slovak Republic"),
 R(TUKE, "leads", EDIH), *[R(o, "consortium_member_of", EDIH) for o in (TUKE, KI, UPJS)],
 R(SKHU, "funded_by", "Interreg VI-A Hungary-Slovakia Programme"), R(UM, "leads", SKHU),
 R("Péter Tóth", "leads", SKHU),
 *[R(o, "consortium_member_of", SKHU) for o in (UM, TUKE, KI)],
 R("Péter Tóth", "works_for", UM),
 R("Zuzana Šimková", "participated_in", "ITAPA 2023"), R("ITAPA 2023", "located_in", "Bratislava"),
 R("Institute for Information Industry", "met_with", KI),
 R("Institute for Information Industry", "met_with", TUKE),
 R(KI, "member_of", "European DIGITAL SME Alliance"),
 R("Kassa Robotics", "member_of", KI),
 R(KI, "organized", KDS), R(KDS, "located_in", "Košice"),
 R(SARIO, "participated_in", "Hannover Messe"), R("Hannover Messe", "located_in", "Hanover"),
])

# --- 7. event news: Budapest BioPartnering Days 2023 (html) ------------------------
BBD = "Budapest BioPartnering Days 2023"
SU = "Semmelweis University"
HBA = "Hungarian Biotechnology Association"
HIPA = "Hungarian Investment Promotion Agency"
BES24 = "BIO-Europe Spring 2024"
PH = "Pharmapolis Debrecen Innovative Food and Pharmaceutical Cluster"
SLC = "Szeged Life Science Cluster"
PHC = "Pannon Health Cluster"
BRC = "HUN-REN Biological Research Centre"
DPF = "Debrecen Pharma Forum"
DUNA = "Duna Biotech Kft."
HAJ = "Hajdú Peptid Zrt."
BG = "Biogrozd Slovenije"
RB = "Romanian Biotech Association"
TW = "TWIN4PHARMA"
DELEG = ("LISAvienna", "CzechBio", BG, RB, "BioNanoNet", "BioM")
GOLD["budapest-biopartnering-days-2023.html"] = dict(
entities=[
 E(BBD, "event", "HU", "Budapest BioPartnering Days"), E(SU, "university", "HU"),
 E("Budapest", "place", "HU"),
 E(HBA, "network", "HU", "Magyar Biotechnológiai Szövetség", "HBA"),
 E(HIPA, "public_body", "HU", "HIPA"),
 E("Eszter Nagy-Varga", "person", "HU"), E("Balázs Fehér", "person", "HU"),
 E(BES24, "event", "ES"), E("Barcelona", "place", "ES"),
 E(PH, "cluster", "HU", "Pharmapolis"), E("Debrecen", "place", "HU"),
 E(SLC, "cluster", "HU", "Szeged cluster"), E(PHC, "cluster", "HU"), E("Pécs", "place", "HU"),
 E("University of Szeged", "university", "HU"),
 E(BRC, "research_org", "HU", "BRC", "HUN-REN BRC"),
 E("Attila Kiss-Bartók", "person", "HU"), E(DPF, "event", "HU"),
 E(DUNA, "company", "HU", "Duna Biotech"), E(HAJ, "company", "HU", "Hajdú Peptid"),
 E("Gedeon Richter", "company", "HU"), E("Polymun Scientific", "company", "AT"),
 E("LISAvienna", "public_body", "AT"), E("Vienna Business Agency", "public_body", "AT"),
 E("CzechBio", "network", "CZ"), E("Kateřina Šebestová", "person", "CZ", "Šebestová"),
 E(BG, "cluster", "SI", "Biocluster Slovenia"), E(RB, "network", "RO", "RoBio"),
 E("BioNanoNet", "network", "AT"), E("BioM", "cluster", "DE"), E("Munich", "place", "DE"),
 E("Judit Lőrincz", "person", "HU"), E(TW, "project"), E("Horizon Europe", "programme"),
 E("KU Leuven", "university", "BE"), E("Karolinska Institutet", "university", "SE"),
 E("EU-OPENSCREEN", "network"),
],
relations=[
 R(BBD, "located_in", "Budapest"), R(SU, "located_in", "Budapest"),
 R(HBA, "organized", BBD), R(HIPA, "organized", BBD),
 R("Eszter Nagy-Varga", "works_for", HBA), R("Balázs Fehér", "works_for", HIPA),
 R(HIPA, "participated_in", BES24), R(BES24, "located_in", "Barcelona"),
 *[R(o, "participated_in", BBD) for o in (PH, SLC, PHC)],
 R(PH, "located_in", "Debrecen"), R(PHC, "located_in", "Pécs"),
 R("University of Szeged", "member_of", SLC), R(BRC, "member_of", SLC),
 R("University of Szeged", "participated_in", BBD), R(BRC, "participated_in", BBD),
 R("Attila Kiss-Bartók", "works_for", PH), R("Attila Kiss-Bartók", "participated_in", BBD),
 R(PH, "organized", DPF), R(DPF, "located_in", "Debrecen"),
 R(DUNA, "participated_in", BBD), R(HAJ, "participated_in", BBD),
 R(DUNA, "located_in", "Budapest"), R(HAJ, "located_in", "Debrecen"),
 R(DUNA, "met_with", "Gedeon Richter"), R(HAJ, "met_with", "Polymun Scientific"),
 R("Gedeon Richter", "participated_in", BBD), R("Polymun Scientific", "participated_in", BBD),
 *[R(o, "participated_in", BBD) for o in DELEG],
 R("Kateřina Šebestová", "works_for", "CzechBio"), R("Kateřina Šebestová", "participated_in", BBD),
 R("BioM", "located_in", "Munich"),
 R(HBA, "partner_of", "CzechBio"),
 R(HBA, "participated_in", BES24), R("CzechBio", "participated_in", BES24),
 R("Judit Lőrincz", "works_for", SU), R("Judit Lőrincz", "participated_in", BBD),
 R(TW, "funded_by", "Horizon Europe"), R(SU, "leads", TW),
 *[R(o, "consortium_member_of", TW) for o in (SU, "KU Leuven", "Karolinska Institutet")],
 R(BRC, "member_of", "EU-OPENSCREEN"),
])

# --- 8. partnerships review: Kharkiv IT Cluster (md) --------------------------------
KHC = "Kharkiv IT Cluster"
T4R = "TECH4RESILIENCE"
SDC = "Silesian Digital Cluster"
NURE = "Kharkiv National University of Radio Electronics"
UAE = "UA-EDU-TECH"
URC = "Ukraine Recovery Conference 2024"
MDT = "Ministry of Digital Transformation of Ukraine"
KIF = "Kharkiv IT Forum 2024"
PARP = "Polish Agency for Enterprise Development"
IKT = "IT Kharkiv Talent"
KH_PARTNERS = (("Latvian IT Cluster", "Riga"), ("Czech ICT Alliance", "Prague"),
               ("Lublin ICT Cluster", "Lublin"), ("ITCorner", "Wrocław"),
               ("Košice IT Valley", "Košice"), ("Cluj IT Cluster", "Cluj-Napoca"))
GOLD["kharkiv-it-cluster-partnerships-review-2024.md"] = dict(
entities=[
 E(KHC, "cluster", "UA", "KhITC", "Харківський ІТ Кластер"), E("Kharkiv", "place", "UA"),
 E("Oleksandr Hrytsenko", "person", "UA", "Hrytsenko"),
 E("Latvian IT Cluster", "cluster", "LV"), E("Riga", "place", "LV"),
 E("Czech ICT Alliance", "network", "CZ"), E("Prague", "place", "CZ"),
 E("Lublin ICT Cluster", "cluster", "PL"), E("Lublin", "place", "PL"),
 E("ITCorner", "cluster", "PL"), E("Wrocław", "place", "PL"),
 E("Paweł Nowicki", "person", "PL"),
 E("Košice IT Valley", "cluster", "SK"), E("Košice", "place", "SK"),
 E("Cluj IT Cluster", "cluster", "RO"), E("Cluj-Napoca", "place", "RO"),
 E(T4R, "project"), E("Single Market Programme", "programme"),
 E(SDC, "cluster", "PL", "Śląski Klaster Cyfrowy"), E("Katowice", "place", "PL"),
 E(NURE, "university", "UA", "NURE"), E(UAE, "project"), E("Erasmus+", "programme"),
 E("Lublin University of Technology", "university", "PL"),
 E("Technical University of Košice", "university", "SK"),
 E("Ihor Petrenko", "person", "UA"),
 E(URC, "event", "DE"), E("Berlin", "place", "DE"),
 E(MDT, "public_body", "UA"), E("Oleh Bondar", "person", "UA"),
 E("Germany Trade & Invest", "public_body", "DE", "GTAI"), E("SIBB", "cluster", "DE"),
 E(KIF, "event", "UA"), E(PARP, "public_body", "PL", "PARP"),
 E("Poland Prize", "programme", "PL"),
 E("IT Arena", "event", "UA"), E("Lviv", "place", "UA"),
 E("Yuliia Kovalenko", "person", "UA"),
 E("Kharkiv City Council", "public_body", "UA"), E(IKT, "project"),
 E("EU4Business", "programme"),
],
relations=[
 R("Oleksandr Hrytsenko", "works_for", KHC),
 *[R(KHC, "partner_of", o) for o, _ in KH_PARTNERS],
 *[R(o, "located_in", c) for o, c in KH_PARTNERS],
 R("Paweł Nowicki", "works_for", "ITCorner"),
 R(T4R, "funded_by", "Single Market Programme"), R(SDC, "leads", T4R),
 *[R(o, "consortium_member_of", T4R) for o in (SDC, KHC, "Czech ICT Alliance", "Latvian IT Cluster")],
 R(SDC, "located_in", "Katowice"),
 R(UAE, "funded_by", "Erasmus+"), R(NURE, "leads", UAE),
 *[R(o, "consortium_member_of", UAE) for o in (
   NURE, KHC, "Lublin University of Technology", "Technical University of Košice")],
 R("Ihor Petrenko", "works_for", NURE),
 R(URC, "located_in", "Berlin"),
 R(KHC, "participated_in", URC), R(MDT, "participated_in", URC),
 R("Oleh Bondar", "works_for", MDT), R("Oleh Bondar", "participated_in", URC),
 R(KHC, "met_with", "Germany Trade & Invest"), R(KHC, "met_with", "SIBB"),
 R("SIBB", "located_in", "Berlin"),
 R(KHC, "organized", KIF),
 *[R(o, "participated_in", KIF) for o in ("Lublin ICT Cluster", "ITCorner", PARP)],
 R("IT Arena", "located_in", "Lviv"),
 R("Yuliia Kovalenko", "participated_in", "IT Arena"), R("Yuliia Kovalenko", "works_for", KHC),
 R(IKT, "funded_by", "Kharkiv City Council"), R(IKT, "funded_by", "EU4Business"),
 R(KHC, "leads", IKT),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.exists(), f"{doc}: document file missing"
        text = path.read_text(encoding="utf-8").lower()
        types = {}
        forms = {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{doc}: bad type {e}"
            assert e["name"] not in types, f"{doc}: duplicate entity {e['name']}"
            types[e["name"]] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), e
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, f"{doc}: surface form {form!r} used by {forms[key]!r} and {e['name']!r}"
                forms[key] = e["name"]
                assert key in text, f"{doc}: {form!r} not in the text"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, f"{doc}: bad predicate {r}"
            assert s in types, f"{doc}: undeclared subject {r}"
            assert o in types, f"{doc}: undeclared object {r}"
            assert s != o, f"{doc}: self relation {r}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, f"{doc}: subject type {types[s]} not allowed for {r}"
            assert types[o] in obj_ok, f"{doc}: object type {types[o]} not allowed for {r}"
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, f"{doc}: duplicate relation {r}"
            seen.add(key)
    assert len(GOLD) == len(list(DOCS.iterdir())), "a document has no gold"


if __name__ == "__main__":
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))
