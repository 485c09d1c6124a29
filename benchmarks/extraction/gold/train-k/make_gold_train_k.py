"""Hand annotations of the `train-k` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-k/make_gold_train_k.py

Eight documents in docs/train-k/ (Central and Eastern Europe, the Balkans, Ukraine and
Moldova: automotive, IT, biotech and energy clusters). Same rules as make_gold.py
(README, "Documents and gold"), written by a separate annotator, who wrote the
documents too. Choices kept throughout the set:
- associations of companies (HBA, KoreaBIO, ATIC, ITCORNER, BAIT, IT Ukraine Association)
  are `cluster`; chambers of commerce are `public_body`; federations and alliances of
  organisations are `network`; science and technology parks are `cluster` (as
  Technology Park Ljubljana in the seed);
- planned participations stated as agreed ("will lead a delegation to ...") are
  annotated like past ones;
- a meeting at an event implies both parties took part in it; a delegation's site
  visit to an organisation ("visited the plant of ...") is a `met_with`;
- an office or centre an organisation opens in a town is a `located_in`;
- a project's coordinator gets both `leads` and `consortium_member_of` when the text
  lists a consortium; a person named as project lead gets `leads`;
- `located_in` is not inferred from a place name that only occurs inside the
  organisation's own name.
The script checks that every relation end is a declared entity and that each
predicate's subject/object types are the ones DOMAIN.md allows.
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

# --- annual-report chapter: Czech automotive cluster -------------------------------
MSAC = "Moravian-Silesian Automotive Cluster"
ACST = "ACstyria Mobilitätscluster"
HAI = "Hamamatsu Agency for Innovation"
VSB = "VŠB - Technical University of Ostrava"
TBS = "The Battery Show Europe"
MSV = "International Engineering Fair"
MMD = "Moravia Mobility Day"
KHK = "Regional Chamber of Commerce of the Moravian-Silesian Region"
IKTS = "Fraunhofer Institute for Ceramic Technologies and Systems"
BL = "BATTERYLOOP"
EV = "MS-eVoucher"
STAND = (("Koval Casting", "Frýdek-Místek"), ("ElektroHarness s.r.o.", "Opava"),
         ("MotoTest Lab", "Poruba"))
GOLD["moravian-silesian-automotive-cluster-annual-report-2023.txt"] = dict(
entities=[
 E(MSAC, "cluster", "CZ", "MSAC"), E("Ostrava", "place", "CZ"),
 E(ACST, "cluster", "AT", "ACstyria"), E("Graz", "place", "AT"),
 E("Bayern Innovativ", "public_body", "DE"), E("Nuremberg", "place", "DE"),
 E("Bavaria", "place", "DE"),
 E(HAI, "public_body", "JP", "HAI"), E("Shizuoka Prefecture", "place", "JP", "Shizuoka"),
 E("Hamamatsu", "place", "JP"),
 E("Hiroshi Nakamura", "person", "JP"),
 E(VSB, "university", "CZ", "VŠB-TUO"),
 E("Varroc Lighting Systems", "company", "CZ"), E("Šenov u Nového Jičína", "place", "CZ"),
 E("Brose CZ", "company", "CZ"), E("Kopřivnice", "place", "CZ"),
 E(TBS, "event", "DE"), E("Stuttgart", "place", "DE"),
 E("CzechInvest", "public_body", "CZ"),
 *[E(c, "company", "CZ") for c, _ in STAND], *[E(t, "place", "CZ") for _, t in STAND],
 E(MSV, "event", "CZ", "Mezinárodní strojírenský veletrh", "MSV"), E("Brno", "place", "CZ"),
 E(MMD, "event", "CZ"),
 E(KHK, "public_body", "CZ", "Krajská hospodářská komora Moravskoslezského kraje"),
 E("Enterprise Europe Network", "network", None, "EEN"),
 E(BL, "project"), E("Interreg Central Europe", "programme"),
 E(IKTS, "research_org", "DE", "Fraunhofer IKTS"), E("Dresden", "place", "DE"),
 E("Slovenian Automotive Cluster", "cluster", "SI", "ACS"), E("Ljubljana", "place", "SI"),
 E("Pannon Automotive Cluster", "cluster", "HU", "PANAC"), E("Győr", "place", "HU"),
 E(EV, "project"), E("Moravskoslezský kraj", "public_body", "CZ"),
 E("Automotive Skills Alliance", "network", None, "ASA"), E("Brussels", "place", "BE"),
 E("Petra Dvořáková", "person", "CZ", "Dvořáková"),
 E("Martin Horák", "person", "CZ"),
],
relations=[
 R(MSAC, "located_in", "Ostrava"),
 R(MSAC, "partner_of", ACST), R(ACST, "located_in", "Graz"),
 R(MSAC, "partner_of", "Bayern Innovativ"), R("Bayern Innovativ", "located_in", "Nuremberg"),
 R(MSAC, "partner_of", HAI), R(HAI, "located_in", "Shizuoka Prefecture"),
 R(HAI, "located_in", "Hamamatsu"),
 R("Hiroshi Nakamura", "works_for", HAI),
 R(VSB, "located_in", "Ostrava"),
 R(HAI, "met_with", "Varroc Lighting Systems"), R(HAI, "met_with", "Brose CZ"),
 R("Varroc Lighting Systems", "located_in", "Šenov u Nového Jičína"),
 R("Brose CZ", "located_in", "Kopřivnice"),
 R(MSAC, "participated_in", TBS), R("CzechInvest", "participated_in", TBS),
 R(TBS, "located_in", "Stuttgart"),
 *[R(c, "participated_in", TBS) for c, _ in STAND],
 *[R(c, "member_of", MSAC) for c, _ in STAND],
 *[R(c, "located_in", t) for c, t in STAND],
 R(MSV, "located_in", "Brno"), R(MSAC, "participated_in", MSV),
 R(MSAC, "organized", MMD), R(KHK, "organized", MMD), R(MMD, "located_in", "Brno"),
 R(KHK, "member_of", "Enterprise Europe Network"),
 R(BL, "funded_by", "Interreg Central Europe"), R(IKTS, "leads", BL),
 *[R(o, "consortium_member_of", BL) for o in (
   IKTS, MSAC, ACST, "Slovenian Automotive Cluster", "Pannon Automotive Cluster")],
 R(IKTS, "located_in", "Dresden"),
 R("Slovenian Automotive Cluster", "located_in", "Ljubljana"),
 R("Pannon Automotive Cluster", "located_in", "Győr"),
 R(VSB, "leads", EV), R(VSB, "consortium_member_of", EV), R(MSAC, "consortium_member_of", EV),
 R(EV, "funded_by", "Moravskoslezský kraj"),
 R(MSAC, "member_of", "Automotive Skills Alliance"),
 R("Automotive Skills Alliance", "located_in", "Brussels"),
 R("Petra Dvořáková", "works_for", MSAC),
 R("Martin Horák", "works_for", MSAC), R("Martin Horák", "works_for", "Brose CZ"),
])

# --- press release: Ukrainian-Polish IT cluster MoU ----------------------------------
LITC = "Lviv IT Cluster"
ITC = "ITCORNER"
URC = "Ukraine Recovery Conference 2024"
MDT = "Ministry of Digital Transformation of Ukraine"
UMWD = "Marshal's Office of the Lower Silesian Voivodeship"
LP = "Lviv Polytechnic National University"
PWR = "Wrocław University of Science and Technology"
TB = "Tech Bridge UA-PL"
PARP = "Polish Agency for Enterprise Development"
USF = "Ukrainian Startup Fund"
ARENA = "Lviv IT Arena"
GOLD["lviv-it-cluster-itcorner-mou-2024.md"] = dict(
entities=[
 E(LITC, "cluster", "UA", "Lviv cluster"), E("Lviv", "place", "UA"),
 E(ITC, "cluster", "PL"), E("Wrocław", "place", "PL"),
 E(URC, "event", "DE", "URC2024", "Ukraine Recovery Conference"), E("Berlin", "place", "DE"),
 E(MDT, "public_body", "UA"), E("Andrii Kovalchuk", "person", "UA"),
 E("Paweł Nowicki", "person", "PL"),
 E(UMWD, "public_body", "PL", "Urząd Marszałkowski Województwa Dolnośląskiego"),
 E("Wrocław Technology Park", "cluster", "PL", "Wrocławski Park Technologiczny"),
 E(LP, "university", "UA", "Lviv Polytechnic"),
 E(PWR, "university", "PL", "Politechnika Wrocławska"),
 E("Infoshare", "event", "PL"), E("Gdańsk", "place", "PL"),
 E("Digital Europe Programme", "programme"),
 E(TB, "project"), E(PARP, "public_body", "PL", "PARP"), E(USF, "public_body", "UA", "USF"),
 E("Oksana Hrytsenko", "person", "UA"), E("Tomasz Wiśniewski", "person", "PL", "Wiśniewski"),
 E("SoftServe", "company", "UA"), E("Lemberg Solutions", "company", "UA"),
 E("Odra Software", "company", "PL"),
 E(ARENA, "event", "UA"),
 E("Ivan Franko National University of Lviv", "university", "UA"),
 E("Lviv City Council", "public_body", "UA"),
 E("IT Ukraine Association", "cluster", "UA"),
 E("Lower Silesia", "place", "PL"),
 E("Wrocław Agglomeration Development Agency", "public_body", "PL", "ARAW"),
 E("Yuliia Marchenko", "person", "UA"),
],
relations=[
 R(LITC, "partner_of", ITC), R(LITC, "located_in", "Lviv"), R(ITC, "located_in", "Wrocław"),
 R(LITC, "participated_in", URC), R(ITC, "participated_in", URC), R(URC, "located_in", "Berlin"),
 R(MDT, "participated_in", URC),
 R("Andrii Kovalchuk", "works_for", MDT), R("Andrii Kovalchuk", "participated_in", URC),
 R("Paweł Nowicki", "works_for", UMWD), R("Paweł Nowicki", "participated_in", URC),
 R(LITC, "participated_in", "Infoshare"), R(ITC, "participated_in", "Infoshare"),
 R("Infoshare", "located_in", "Gdańsk"),
 R(LITC, "leads", TB),
 *[R(o, "consortium_member_of", TB) for o in (LITC, ITC, LP, PWR)],
 R(TB, "funded_by", PARP), R(TB, "funded_by", USF),
 R("Oksana Hrytsenko", "works_for", LITC), R("Tomasz Wiśniewski", "works_for", ITC),
 R("SoftServe", "member_of", LITC), R("Lemberg Solutions", "member_of", LITC),
 R("SoftServe", "located_in", "Wrocław"), R("Lemberg Solutions", "located_in", "Lviv"),
 R("Lemberg Solutions", "met_with", "Odra Software"),
 R("Lemberg Solutions", "partner_of", "Odra Software"),
 R("Odra Software", "located_in", "Wrocław"),
 R(ITC, "participated_in", ARENA), R("Tomasz Wiśniewski", "participated_in", ARENA),
 R(LITC, "organized", ARENA),
 R("Ivan Franko National University of Lviv", "member_of", LITC),
 R("Lviv City Council", "member_of", LITC),
 R(LITC, "member_of", "IT Ukraine Association"),
 R(ITC, "partner_of", "Wrocław Agglomeration Development Agency"),
 R("Yuliia Marchenko", "works_for", LITC),
])

# --- news item (html): Hungarian biotech delegation to Korea ----------------------------
HBA = "Hungarian Biotechnology Association"
HEPA = "Hungarian Export Promotion Agency"
BK = "BIO KOREA 2023"
KHIDI = "Korea Health Industry Development Institute"
KB = "Korea Biotechnology Industry Organization"
OMIF = "Osong Medical Innovation Foundation"
IFEZ = "Incheon Free Economic Zone Authority"
DGMIF = "Daegu-Gyeongbuk Medical Innovation Foundation"
USZ = "University of Szeged"
BRC = "HUN-REN Biological Research Centre"
BHF = "BioHungary Forum"
BES = "BIO-Europe Spring 2024"
HU_COS = (("Tisza Biologics Kft.", "Szeged", "Tisza Biologics"),
          ("Hajdú Diagnostics Zrt.", "Debrecen", "Hajdú Diagnostics"),
          ("Pannonia Peptides Kft.", "Pécs", None),
          ("CellMatrix Kft.", "Budapest", None))
HU_DEL = [c for c, _, _ in HU_COS] + [USZ, "Semmelweis University", BRC]
GOLD["hungarian-biotech-delegation-bio-korea-2023.html"] = dict(
entities=[
 E(HBA, "cluster", "HU", "HBA", "Magyar Biotechnológiai Szövetség"),
 E(HEPA, "public_body", "HU", "HEPA"),
 E(BK, "event", "KR", "BIO KOREA"), E("COEX", "place", "KR"), E("Seoul", "place", "KR"),
 E(KHIDI, "public_body", "KR", "KHIDI"),
 E("Zsófia Tóth", "person", "HU"),
 *[E(c, "company", "HU", *([a] if a else [])) for c, _, a in HU_COS],
 E("Szeged", "place", "HU"), E("Debrecen", "place", "HU"), E("Pécs", "place", "HU"),
 E("Budapest", "place", "HU"),
 E(USZ, "university", "HU"), E("Semmelweis University", "university", "HU"),
 E(BRC, "research_org", "HU"),
 E("László Kiss", "person", "HU"),
 E(KB, "cluster", "KR", "KoreaBIO"), E("Kim Min-jun", "person", "KR"), E("Pangyo", "place", "KR"),
 E("Osong", "place", "KR"), E("Cheongju", "place", "KR"),
 E(OMIF, "research_org", "KR", "KBIOHealth"),
 E("Songdo", "place", "KR"), E("Incheon", "place", "KR"),
 E(IFEZ, "public_body", "KR", "IFEZ"), E("Samsung Biologics", "company", "KR"),
 E(DGMIF, "research_org", "KR", "DGMIF"),
 E("K-Bioprocess Co.", "company", "KR"),
 E(BHF, "event", "HU"), E(BES, "event", "ES"), E("Barcelona", "place", "ES"),
],
relations=[
 R(HBA, "participated_in", BK), R(HEPA, "participated_in", BK),
 R(BK, "located_in", "COEX"), R(BK, "located_in", "Seoul"), R(KHIDI, "organized", BK),
 R("Zsófia Tóth", "works_for", HBA), R("Zsófia Tóth", "participated_in", BK),
 *[R(o, "participated_in", BK) for o in HU_DEL],
 *[R(c, "member_of", HBA) for c, _, _ in HU_COS],
 *[R(c, "located_in", t) for c, t, _ in HU_COS],
 R(USZ, "located_in", "Szeged"), R("Semmelweis University", "located_in", "Budapest"),
 R(BRC, "located_in", "Szeged"),
 R("László Kiss", "works_for", USZ), R("László Kiss", "participated_in", BK),
 R(HBA, "met_with", KB), R("Kim Min-jun", "works_for", KB), R(KB, "located_in", "Pangyo"),
 R(OMIF, "located_in", "Osong"), R(OMIF, "located_in", "Cheongju"),
 R(HBA, "met_with", OMIF),
 R(HBA, "met_with", IFEZ), R(IFEZ, "located_in", "Incheon"),
 R(HBA, "met_with", "Samsung Biologics"),
 R(HBA, "partner_of", OMIF),
 R(USZ, "partner_of", DGMIF), R(DGMIF, "participated_in", BK),
 R("Tisza Biologics Kft.", "partner_of", "K-Bioprocess Co."),
 R("K-Bioprocess Co.", "located_in", "Songdo"),
 R(HBA, "organized", BHF), R(BHF, "located_in", "Budapest"), R(OMIF, "participated_in", BHF),
 R(HBA, "participated_in", BES), R(KB, "participated_in", BES), R(BES, "located_in", "Barcelona"),
])

# --- EU consortium kick-off: Romanian renewable-energy cluster ---------------------------
H2D = "H2DANUBE"
CHJU = "Clean Hydrogen Joint Undertaking"
ICSI = "National Research and Development Institute for Cryogenic and Isotopic Technologies"
ROS = "Romanian Cluster for Renewable Energy"
OUC = "Ovidius University of Constanța"
UNSTPB = "National University of Science and Technology Politehnica Bucharest"
APM = "Maritime Ports Administration"
IEES = "Institute of Electrochemistry and Energy Systems of the Bulgarian Academy of Sciences"
VINCA = "Vinča Institute of Nuclear Sciences"
UTM = "Technical University of Moldova"
IPMS = "A. Pidhornyi Institute of Power Machines and Systems"
TKN = "thyssenkrupp nucera"
BSHD = "Black Sea Hydrogen Day"
CCINA = "Constanța Chamber of Commerce, Industry, Navigation and Agriculture"
BUR = "Municipality of Burgas"
GEDF = "Georgian Energy Development Fund"
GP = "GreenPorts BSB"
H2_CONS = ((ICSI, "Râmnicu Vâlcea"), (ROS, "Bucharest"), (OUC, "Constanța"),
           (UNSTPB, "Bucharest"), ("Hidroelectrica S.A.", "Bucharest"), (APM, "Constanța"),
           (IEES, "Sofia"), ("Cleantech Bulgaria", "Sofia"), (VINCA, "Belgrade"),
           (UTM, "Chișinău"), (IPMS, "Kharkiv"), ("TNO", "Petten"), ("Hinicio", "Brussels"),
           (TKN, "Dortmund"))
GOLD["rosenc-h2danube-horizon-europe-kickoff-2024.md"] = dict(
entities=[
 E(H2D, "project", None, "Hydrogen Valleys along the Lower Danube and the Black Sea"),
 E("Horizon Europe", "programme"), E(CHJU, "public_body", None, "Clean Hydrogen JU"),
 E("Jan De Vries", "person", None, "De Vries"),
 E(ICSI, "research_org", "RO", "ICSI Râmnicu Vâlcea", "ICSI"),
 E("Mihaela Ionescu", "person", "RO", "Ionescu"),
 E(ROS, "cluster", "RO", "ROSENC", "Cluster Român pentru Energie Regenerabilă"),
 E(OUC, "university", "RO", "Ovidius University"),
 E(UNSTPB, "university", "RO", "UNSTPB"),
 E("Hidroelectrica S.A.", "company", "RO"),
 E(APM, "public_body", "RO", "CN APM Constanța"),
 E(IEES, "research_org", "BG", "IEES-BAS"),
 E("Cleantech Bulgaria", "cluster", "BG"),
 E(VINCA, "research_org", "RS"),
 E(UTM, "university", "MD", "UTM"),
 E(IPMS, "research_org", "UA"),
 E("TNO", "research_org", "NL"), E("Hinicio", "company", "BE"), E(TKN, "company", "DE"),
 E("Râmnicu Vâlcea", "place", "RO"), E("Bucharest", "place", "RO"), E("Constanța", "place", "RO"),
 E("Sofia", "place", "BG"), E("Belgrade", "place", "RS"), E("Chișinău", "place", "MD"),
 E("Kharkiv", "place", "UA"), E("Lviv", "place", "UA"), E("Petten", "place", "NL"),
 E("Brussels", "place", "BE"), E("Dortmund", "place", "DE"),
 E(BSHD, "event", "RO"), E(CCINA, "public_body", "RO", "CCINA Constanța"),
 E(BUR, "public_body", "BG"), E(GEDF, "public_body", "GE"),
 E("Radu Popescu", "person", "RO", "Popescu"),
 E(GP, "project"), E("Interreg NEXT Black Sea Basin", "programme"),
 E("European Clean Hydrogen Alliance", "network"),
 E("Hydrogen Europe Research", "network"),
],
relations=[
 R(H2D, "funded_by", "Horizon Europe"), R(H2D, "funded_by", CHJU),
 R("Jan De Vries", "works_for", CHJU),
 R(ICSI, "leads", H2D), R("Mihaela Ionescu", "works_for", ICSI), R("Mihaela Ionescu", "leads", H2D),
 *[R(o, "consortium_member_of", H2D) for o, _ in H2_CONS],
 *[R(o, "located_in", t) for o, t in H2_CONS],
 R(ROS, "organized", BSHD), R(OUC, "organized", BSHD), R(BSHD, "located_in", "Constanța"),
 R(BUR, "participated_in", BSHD), R(GEDF, "participated_in", BSHD),
 R("Jan De Vries", "participated_in", BSHD), R("Mihaela Ionescu", "participated_in", BSHD),
 R("Radu Popescu", "participated_in", BSHD), R("Radu Popescu", "works_for", ROS),
 R(GP, "funded_by", "Interreg NEXT Black Sea Basin"), R(BUR, "leads", GP),
 *[R(o, "consortium_member_of", GP) for o in (BUR, ROS, OUC)],
 R(ROS, "member_of", "European Clean Hydrogen Alliance"),
 R(ICSI, "member_of", "Hydrogen Europe Research"),
 R("Hydrogen Europe Research", "located_in", "Brussels"),
])

# --- newsletter: Serbian ICT cluster ----------------------------------------------------
VOICT = "Vojvodina ICT Cluster"
STPI = "Software Technology Parks of India"
MEITY = "Ministry of Electronics and Information Technology"
NTP = "Science Technology Park Novi Sad"
FTN = "Faculty of Technical Sciences"
UNS = "University of Novi Sad"
RAS = "Development Agency of Serbia"
EW = "Embedded World"
CLE = "Cluster Leistungselektronik"
C4 = "CODE4WB"
MASIT = "Macedonian ICT Chamber of Commerce"
TPL = "Technology Park Ljubljana"
FONTYS = "Fontys University of Applied Sciences"
DSME = "European DIGITAL SME Alliance"
AHK = "German-Serbian Chamber of Commerce"
FED = "Formosa Edge Devices"
DSS = "Digital Serbia Summit"
DSI = "Digital Serbia Initiative"
VAC = "VOICT Annual Conference"
EXH = ("Synaptic Code", "NovaEmbedded", "Bačka Robotics", "Subotica Sensors d.o.o.",
       "Zrenjanin Electronics")
GOLD["vojvodina-ict-cluster-newsletter-spring-2024.txt"] = dict(
entities=[
 E(VOICT, "cluster", "RS", "VOICT"), E("Novi Sad", "place", "RS"),
 E(STPI, "public_body", "IN", "STPI"), E(MEITY, "public_body", "IN"),
 E(NTP, "cluster", "RS", "Naučno-tehnološki park Novi Sad", "NTP NS"),
 E("Petrovaradin Labs", "company", "RS"),
 *[E(c, "company", "RS") for c in EXH],
 E(FTN, "university", "RS"), E(UNS, "university", "RS"), E("Pune", "place", "IN"),
 E(RAS, "public_body", "RS", "RAS", "Razvojna agencija Srbije"),
 E(EW, "event", "DE"), E("Nuremberg", "place", "DE"),
 E("Milica Jovanović", "person", "RS", "Jovanović"),
 E(CLE, "cluster", "DE"),
 E(C4, "project", None, "Coding Skills for the Western Balkans"), E("Erasmus+", "programme"),
 E("Dragan Petrović", "person", "RS"),
 E(MASIT, "public_body", "MK", "MASIT"), E("Skopje", "place", "MK"),
 E(TPL, "cluster", "SI"), E("ICT Cortex", "cluster", "ME"), E("Podgorica", "place", "ME"),
 E(FONTYS, "university", "NL"), E("Eindhoven", "place", "NL"),
 E(DSME, "network"), E("Brussels", "place", "BE"),
 E("Munich", "place", "DE"), E(AHK, "public_body", "RS", "AHK Serbien"),
 E("Lechfeld Logistik GmbH", "company", "DE"), E("Augsburg", "place", "DE"),
 E(FED, "company", "TW"), E("Hsinchu", "place", "TW"),
 E("EIT Manufacturing", "network"), E("RIS Innovation Call", "programme"),
 E(DSS, "event", "RS"), E(DSI, "network", "RS", "DSI"), E("Belgrade", "place", "RS"),
 E(VAC, "event", "RS"), E("Web Summit", "event", "PT"), E("Lisbon", "place", "PT"),
 E("Western Balkans", "place"),
],
relations=[
 R(VOICT, "located_in", "Novi Sad"),
 R(VOICT, "met_with", STPI), R(VOICT, "partner_of", STPI),
 R(STPI, "met_with", "Petrovaradin Labs"), R(STPI, "met_with", "Synaptic Code"),
 R("Petrovaradin Labs", "member_of", VOICT),
 R(STPI, "met_with", FTN), R(STPI, "located_in", "Pune"),
 R(RAS, "participated_in", EW), R(EW, "located_in", "Nuremberg"),
 *[R(c, "participated_in", EW) for c in EXH], *[R(c, "member_of", VOICT) for c in EXH],
 *[R(c, "located_in", "Novi Sad") for c in EXH[:3]],
 R("Milica Jovanović", "works_for", VOICT), R("Milica Jovanović", "participated_in", EW),
 R(VOICT, "participated_in", EW),
 R(VOICT, "met_with", CLE), R(CLE, "located_in", "Nuremberg"), R(CLE, "participated_in", EW),
 R(C4, "funded_by", "Erasmus+"), R(UNS, "leads", C4), R("Dragan Petrović", "leads", C4),
 R("Dragan Petrović", "works_for", UNS),
 *[R(o, "consortium_member_of", C4) for o in (UNS, VOICT, MASIT, TPL, "ICT Cortex", FONTYS)],
 R(MASIT, "located_in", "Skopje"), R("ICT Cortex", "located_in", "Podgorica"),
 R(FONTYS, "located_in", "Eindhoven"),
 R(VOICT, "member_of", DSME), R(DSME, "located_in", "Brussels"),
 R("Petrovaradin Labs", "located_in", "Munich"),
 R("Lechfeld Logistik GmbH", "located_in", "Augsburg"),
 R("NovaEmbedded", "met_with", FED), R(FED, "located_in", "Hsinchu"), R(FED, "participated_in", EW),
 R(DSI, "organized", DSS), R(DSS, "located_in", "Belgrade"), R(VOICT, "participated_in", DSS),
 R(VOICT, "organized", VAC), R(VAC, "located_in", "Novi Sad"), R(STPI, "participated_in", VAC),
 R("Web Summit", "located_in", "Lisbon"), R(VOICT, "participated_in", "Web Summit"),
 R(RAS, "participated_in", "Web Summit"),
])

# --- news item (html): Slovak automotive pavilion at a German trade fair ---------------
AKZS = "Automotive Cluster - Western Slovakia"
AMF = "Automechanika Frankfurt"
SARIO = "Slovak Investment and Trade Development Agency"
MHSR = "Ministry of Economy of the Slovak Republic"
SBA = "Slovak Business Agency"
SE = "Slovak Evening"
KATECH = "Korea Automotive Technology Institute"
JETRO = "Japan External Trade Organization"
ASD = "Automotive Supplier Day"
STU = "Slovak University of Technology in Bratislava"
MTF = "Faculty of Materials Science and Technology"
SK_EX = (("Trnavské Kovania s.r.o.", "Trnava"), ("Váh Plast a.s.", "Nové Mesto nad Váhom"),
         ("ElectroDrive Slovakia s.r.o.", "Nitra"), ("Záhorie Seals s.r.o.", "Senica"),
         ("BatteryTech Levice s.r.o.", "Levice"))
GOLD["slovak-automotive-pavilion-automechanika-2024.html"] = dict(
entities=[
 E(AKZS, "cluster", "SK", "Automobilový klaster - západné Slovensko", "AKZS"),
 E("Trnava", "place", "SK"),
 E(AMF, "event", "DE"), E("Messe Frankfurt", "company", "DE"), E("Frankfurt", "place", "DE"),
 E(SARIO, "public_body", "SK", "SARIO"), E(MHSR, "public_body", "SK", "Ministry of Economy"),
 E("Enterprise Europe Network", "network", None, "EEN"), E(SBA, "public_body", "SK", "SBA"),
 *[E(c, "company", "SK") for c, _ in SK_EX],
 *[E(t, "place", "SK") for _, t in SK_EX if t != "Trnava"],
 E(SE, "event", "DE"),
 E("Volkswagen Slovakia", "company", "SK"), E("Bratislava", "place", "SK"),
 E("Kia Slovakia", "company", "SK"), E("Žilina", "place", "SK"),
 E("Peter Baláž", "person", "SK"), E("Katarína Horváthová", "person", "SK", "Horváthová"),
 E(KATECH, "research_org", "KR", "KATECH"), E("Cheonan", "place", "KR"),
 E("Hyundai Mobis", "company", "KR"),
 E("e-mobil BW", "cluster", "DE"), E("Baden-Württemberg", "place", "DE"),
 E("Stuttgart", "place", "DE"), E("Interreg", "programme"),
 E("Toyota Tsusho Europe", "company"), E(JETRO, "public_body", "JP", "JETRO"),
 E("Prague", "place", "CZ"),
 E(ASD, "event", "SK", "ASD"), E(STU, "university", "SK", "STU"), E(MTF, "university", "SK"),
 E("IAA Transportation", "event", "DE"), E("Hanover", "place", "DE"), E("Seoul", "place", "KR"),
],
relations=[
 R(AKZS, "located_in", "Trnava"),
 R(AKZS, "participated_in", AMF), R("Messe Frankfurt", "organized", AMF),
 R(AMF, "located_in", "Frankfurt"),
 R(SARIO, "participated_in", AMF), R(SBA, "participated_in", AMF),
 R(SBA, "member_of", "Enterprise Europe Network"),
 *[R(c, "participated_in", AMF) for c, _ in SK_EX], *[R(c, "member_of", AKZS) for c, _ in SK_EX],
 *[R(c, "located_in", t) for c, t in SK_EX],
 R(AKZS, "organized", SE), R(SE, "located_in", "Frankfurt"),
 R("Volkswagen Slovakia", "participated_in", SE), R("Kia Slovakia", "participated_in", SE),
 R("Volkswagen Slovakia", "located_in", "Bratislava"), R("Kia Slovakia", "located_in", "Žilina"),
 R("Peter Baláž", "works_for", MHSR), R("Peter Baláž", "participated_in", SE),
 R("Katarína Horváthová", "works_for", AKZS), R("Katarína Horváthová", "participated_in", SE),
 R(AKZS, "met_with", KATECH), R(KATECH, "located_in", "Cheonan"),
 R(AKZS, "met_with", "Hyundai Mobis"),
 R(KATECH, "participated_in", AMF), R("Hyundai Mobis", "participated_in", AMF),
 R(AKZS, "partner_of", "e-mobil BW"), R("e-mobil BW", "participated_in", AMF),
 R("e-mobil BW", "located_in", "Stuttgart"), R("e-mobil BW", "located_in", "Baden-Württemberg"),
 R(AKZS, "met_with", "Toyota Tsusho Europe"), R(JETRO, "located_in", "Prague"),
 R(AKZS, "organized", ASD), R(STU, "organized", ASD), R(ASD, "located_in", "Trnava"),
 R(MTF, "located_in", "Trnava"),
 R(AKZS, "participated_in", "IAA Transportation"),
 R("IAA Transportation", "located_in", "Hanover"),
])

# --- internationalisation update: Bulgarian tech park soft-landing -----------------------
STP = "Sofia Tech Park"
SLS = "Soft Landing Sofia"
PKIP = "Programme Competitiveness and Innovation in Enterprises 2021-2027"
FSD = "Formosa Silicon Design"
HSPB = "Hsinchu Science Park Bureau"
ZT = "Zentrix Technologies"
INSAIT = "Institute for Computer Science, Artificial Intelligence and Technology"
KM = "Kyoto Microdevices"
TUS = "Technical University of Sofia"
INNO = "INNOPOLIS Foundation"
HTCE = "High Tech Campus Eindhoven"
IASP = "International Association of Science Parks and Areas of Innovation"
IWC = "IASP World Conference"
BVCA = "Bulgarian Private Equity and Venture Capital Association"
SLID = "Soft Landing Investor Day"
SAK = "Sakura Deep Tech Fund"
MITP = "Moldova Innovation Technology Park"
LANDED = (FSD, ZT, KM, "SkyForge", "Hanbit Robotics")
GOLD["sofia-tech-park-soft-landing-2024.md"] = dict(
entities=[
 E(STP, "cluster", "BG"), E("Sofia", "place", "BG"),
 E(SLS, "project", "BG"), E(PKIP, "programme", "BG", "PKIP"),
 E("Sofia Municipality", "public_body", "BG", "Столична община"),
 E("Invest Bulgaria Agency", "public_body", "BG", "InvestBG"),
 E("Bulgarian Association of Information Technologies", "cluster", "BG", "BAIT"),
 E(FSD, "company", "TW", "Formosa Silicon"), E("Hsinchu", "place", "TW"),
 E("Mei-Ling Chen", "person", "TW"),
 E("Computex", "event", "TW"), E("Taipei", "place", "TW"), E(HSPB, "public_body", "TW"),
 E(ZT, "company", "IN"), E("Bengaluru", "place", "IN"),
 E(INSAIT, "research_org", "BG", "INSAIT"),
 E(KM, "company", "JP"), E("Kyoto", "place", "JP"), E(TUS, "university", "BG"),
 E("Aiko Tanaka", "person", "JP"), E("Tokyo", "place", "JP"), E("California", "place", "US"),
 E("SkyForge", "company", "UA"), E("Kharkiv", "place", "UA"), E("Brave1", "cluster", "UA"),
 E("Yaroslav Melnyk", "person", "UA"),
 E("Hanbit Robotics", "company", "KR"), E("Daejeon", "place", "KR"),
 E(INNO, "public_body", "KR"), E("Daedeok Innopolis", "place", "KR"),
 E(HTCE, "cluster", "NL"),
 E(IASP, "network", None, "IASP"), E(IWC, "event", "KE"), E("Nairobi", "place", "KE"),
 E(BVCA, "network", "BG", "BVCA"), E(SLID, "event", "BG"),
 E("Eleven Ventures", "company", "BG"), E("LAUNCHub Ventures", "company", "BG"),
 E(SAK, "company", "JP"),
 E("Nikolai Dimitrov", "person", "BG"),
 E(MITP, "cluster", "MD", "MITP"), E("Chișinău", "place", "MD"),
],
relations=[
 R(STP, "located_in", "Sofia"),
 R(STP, "leads", SLS), R(SLS, "funded_by", PKIP), R(SLS, "funded_by", "Sofia Municipality"),
 *[R(c, "located_in", "Sofia") for c in LANDED],
 R(FSD, "located_in", "Hsinchu"), R("Mei-Ling Chen", "works_for", FSD),
 R("Mei-Ling Chen", "participated_in", "Computex"), R(FSD, "participated_in", "Computex"),
 R(FSD, "met_with", STP),
 R(STP, "participated_in", "Computex"), R("Computex", "located_in", "Taipei"),
 R(HSPB, "participated_in", "Computex"),
 R(ZT, "located_in", "Bengaluru"), R(ZT, "partner_of", INSAIT), R(INSAIT, "located_in", "Sofia"),
 R(KM, "located_in", "Kyoto"), R(KM, "partner_of", TUS), R("Aiko Tanaka", "works_for", KM),
 R("SkyForge", "located_in", "Kharkiv"), R("SkyForge", "member_of", "Brave1"),
 R("Yaroslav Melnyk", "works_for", "SkyForge"),
 R("Hanbit Robotics", "located_in", "Daejeon"),
 R(STP, "partner_of", INNO), R(INNO, "located_in", "Daejeon"),
 R(STP, "partner_of", HTCE), R(STP, "partner_of", HSPB),
 R(STP, "member_of", IASP), R(STP, "participated_in", IWC), R(IWC, "located_in", "Nairobi"),
 R(STP, "organized", SLID), R(BVCA, "organized", SLID), R(SLID, "located_in", "Sofia"),
 *[R(f, "participated_in", SLID) for f in ("Eleven Ventures", "LAUNCHub Ventures", SAK)],
 R("Eleven Ventures", "located_in", "Sofia"), R("LAUNCHub Ventures", "located_in", "Sofia"),
 R(SAK, "located_in", "Tokyo"),
 R(SAK, "met_with", "SkyForge"), R(SAK, "met_with", FSD),
 R("SkyForge", "participated_in", SLID), R(FSD, "participated_in", SLID),
 R("Nikolai Dimitrov", "works_for", STP),
 R(STP, "partner_of", MITP), R(MITP, "located_in", "Chișinău"),
])

# --- member story: Moldovan software company entering Romania and Germany --------------
CS = "Codru Systems"
ATIC = "Moldovan Association of ICT Companies"
TEA = "Tech Export Accelerator"
GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
CITC = "Cluj IT Cluster"
CID = "Cluj Innovation Days"
IM = "Moldovan Investment Agency"
SA = "Schwaben Automation GmbH"
BWI = "Baden-Württemberg International"
MTD = "Moldova Tech Day"
NE = "Neckar Engineering"
MIS = "Moldova ICT Summit"
GOLD["codru-systems-moldova-market-entry-2023.txt"] = dict(
entities=[
 E(CS, "company", "MD", "Codru"), E("Chișinău", "place", "MD"), E("Swabia", "place", "DE"),
 E("Victor Rusu", "person", "MD", "Rusu"),
 E(MITP, "cluster", "MD", "MITP"), E(ATIC, "cluster", "MD", "ATIC"),
 E(TEA, "project"), E("EU4Business", "programme"),
 E(GIZ, "public_body", "DE", "GIZ"),
 E(CITC, "cluster", "RO"), E(CID, "event", "RO"), E("Cluj-Napoca", "place", "RO"),
 E("Someș Logistics", "company", "RO"),
 E("Tehnopolis", "cluster", "RO"), E("Iași", "place", "RO"), E("Bucharest", "place", "RO"),
 E("Hannover Messe", "event", "DE"), E("Hannover", "place", "DE"),
 E(IM, "public_body", "MD", "Invest Moldova"),
 E(SA, "company", "DE"), E("Reutlingen", "place", "DE"), E("Klaus Berger", "person", "DE"),
 E(BWI, "public_body", "DE", "BW_i"), E(MTD, "event", "DE"), E("Stuttgart", "place", "DE"),
 E(NE, "company", "DE"),
 E("Ana Ciobanu", "person", "MD"),
 E("DigitalLead", "cluster", "DK"), E("Erasmus+", "programme"),
 E("Odesa", "place", "UA"), E("Black Sea Code", "company", "UA"),
 E(MIS, "event", "MD"),
],
relations=[
 R(CS, "located_in", "Chișinău"), R("Victor Rusu", "works_for", CS),
 R(CS, "member_of", MITP), R(CS, "member_of", ATIC),
 R(ATIC, "leads", TEA), R(TEA, "funded_by", "EU4Business"), R(TEA, "funded_by", GIZ),
 R(ATIC, "partner_of", CITC),
 R(CITC, "organized", CID), R(CID, "located_in", "Cluj-Napoca"),
 R(CS, "participated_in", CID), R(ATIC, "participated_in", CID),
 R("Victor Rusu", "participated_in", CID),
 R(CS, "met_with", "Someș Logistics"), R("Someș Logistics", "located_in", "Cluj-Napoca"),
 R("Someș Logistics", "participated_in", CID),
 R(CS, "located_in", "Iași"), R("Tehnopolis", "located_in", "Iași"),
 R(CS, "participated_in", "Hannover Messe"), R(IM, "participated_in", "Hannover Messe"),
 R("Hannover Messe", "located_in", "Hannover"),
 R(CS, "met_with", SA), R(SA, "participated_in", "Hannover Messe"),
 R(SA, "located_in", "Reutlingen"), R("Klaus Berger", "works_for", SA),
 R(ATIC, "organized", MTD), R(BWI, "organized", MTD), R(MTD, "located_in", "Stuttgart"),
 R(CS, "participated_in", MTD), R(CS, "met_with", NE), R(NE, "located_in", "Stuttgart"),
 R(NE, "participated_in", MTD),
 R("Ana Ciobanu", "works_for", ATIC),
 R(CS, "partner_of", "Black Sea Code"), R("Black Sea Code", "located_in", "Odesa"),
 R(ATIC, "organized", MIS), R(MIS, "located_in", "Chișinău"), R(CS, "participated_in", MIS),
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
        assert s in types, (name, "undeclared subject", r)
        assert o in types, (name, "undeclared object", r)
        subj, obj = ALLOWED[p]
        assert types[s] in subj and types[o] in obj, (name, "type not allowed", r, types[s], types[o])
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)
    docs = Path(__file__).resolve().parents[2] / "docs" / "train-k"
    text = (docs / name).read_text(encoding="utf-8")
    for e in gold["entities"]:
        for form in [e["name"], *e["aliases"]]:
            assert form in text, (name, "form not in text", form)


for name, gold in GOLD.items():
    check(name, gold)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
