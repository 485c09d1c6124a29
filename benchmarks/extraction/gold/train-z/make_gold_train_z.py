"""Hand annotations of the `train-z` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-z/make_gold_train_z.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Theme: Central and Eastern Europe, the Balkans and the Nordics.
Planned participations stated as agreed ("will organise a Croatian pavilion at
...") are annotated like past ones; the relation's date and status carry the
difference. A proposal that is only being prepared (COBOWELD) has consortium
members but no `funded_by`. Names of places that occur only inside an
organisation's name ("Czech Technical University in Prague") are not annotated
as places of their own.
"""

import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


# --- allowed types of each predicate's ends (DOMAIN.md, "Relations") --------------
ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
TYPES = ORG | {"programme", "event", "project", "person", "place"}
ALLOWED = {
    "partner_of": (ORG, ORG),
    "member_of": (ORG, {"network", "cluster"}),
    "participated_in": (ORG | {"person"}, {"event"}),
    "organized": (ORG, {"event"}),
    "met_with": (ORG, ORG),
    "consortium_member_of": (ORG, {"project"}),
    "leads": (ORG | {"person"}, {"project", "network"}),
    "funded_by": ({"project", "network"}, ORG | {"programme"}),
    "located_in": (ORG | {"event"}, {"place"}),
    "works_for": ({"person"}, ORG),
}
SYMMETRIC = {"partner_of", "met_with"}

GOLD = {}

# --- annual-report chapter: Polish medtech cluster ----------------------------------
SMC = "Silesian MedTech Cluster"
PAIH = "Polish Investment and Trade Agency"
MED = "MEDICA 2023"
KHIC = "Košice Health Innovation Cluster"
CMDC = "Czech Medical Devices Cluster"
NHID = "Nordic Health Innovation Days"
PSHF = "Polish-Swedish Health Forum"
CEM = "CE-MEDTRACE"
ICE = "Interreg Central Europe"
SUT = "Silesian University of Technology"
MUS = "Medical University of Silesia"
PL_MEMBERS = (("Cardiomed Systems Sp. z o.o.", "Zabrze"), ("Ortopix", "Gliwice"),
              ("Sensilab Diagnostics", "Bielsko-Biała"))
GOLD["silesian-medtech-cluster-annual-report-2023.txt"] = dict(
entities=[
 E(SMC, "cluster", "PL", "Śląski Klaster MedTech", "SMC"), E("Katowice", "place", "PL"),
 E("Silesian Voivodeship", "place", "PL"),
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E(PAIH, "public_body", "PL", "PAIH"),
 E("Cardiomed Systems Sp. z o.o.", "company", "PL", "Cardiomed Systems"),
 E("Ortopix", "company", "PL"), E("Sensilab Diagnostics", "company", "PL"),
 E("Zabrze", "place", "PL"), E("Gliwice", "place", "PL"), E("Bielsko-Biała", "place", "PL"),
 E("Magdalena Kowalczyk", "person", "PL", "Dr. Magdalena Kowalczyk", "Dr. Kowalczyk", "Kowalczyk"),
 E(KHIC, "cluster", "SK", "KHIC"), E("Košice", "place", "SK"),
 E("Ján Horváth", "person", "SK"),
 E(CMDC, "cluster", "CZ"), E("Brno", "place", "CZ"),
 E(ICE, "programme", None, "Interreg Central Europe programme"),
 E(NHID, "event", "FI"), E("Oulu", "place", "FI"), E("Oulu Health", "cluster", "FI"),
 E("Anu Lehtinen", "person", "FI"),
 E("Stockholm", "place", "SE"), E(PSHF, "event", "SE"),
 E("Swedish Medtech", "network", "SE"), E("Tomasz Zieliński", "person", "PL"),
 E(CEM, "project"), E("University of Maribor", "university", "SI"),
 E(SUT, "university", "PL"), E(MUS, "university", "PL"),
 E("EIT Health InnoStars", "network"), E("EIT Health", "network"),
],
relations=[
 R(SMC, "located_in", "Katowice"), R(SMC, "located_in", "Silesian Voivodeship"),
 R(MED, "located_in", "Düsseldorf"),
 R(SMC, "participated_in", MED), R(PAIH, "participated_in", MED),
 *[R(c, "participated_in", MED) for c, _ in PL_MEMBERS],
 *[R(c, "member_of", SMC) for c, _ in PL_MEMBERS],
 *[R(c, "located_in", t) for c, t in PL_MEMBERS],
 R("Magdalena Kowalczyk", "works_for", SMC),
 R(SMC, "partner_of", KHIC), R("Ján Horváth", "works_for", KHIC), R(KHIC, "located_in", "Košice"),
 R(CMDC, "located_in", "Brno"), R(CMDC, "participated_in", MED), R(SMC, "partner_of", CMDC),
 R(SMC, "participated_in", NHID), R("Oulu Health", "organized", NHID), R(NHID, "located_in", "Oulu"),
 R("Oulu Health", "located_in", "Oulu"), R("Anu Lehtinen", "works_for", "Oulu Health"),
 R("Anu Lehtinen", "participated_in", NHID), R("Magdalena Kowalczyk", "participated_in", NHID),
 R(SMC, "met_with", "Oulu Health"),
 R(PAIH, "organized", PSHF), R(PSHF, "located_in", "Stockholm"), R(SMC, "participated_in", PSHF),
 R(SMC, "met_with", "Swedish Medtech"), R("Swedish Medtech", "participated_in", PSHF),
 R("Tomasz Zieliński", "works_for", SMC), R("Tomasz Zieliński", "participated_in", PSHF),
 R(CEM, "funded_by", ICE), R(SMC, "leads", CEM),
 *[R(o, "consortium_member_of", CEM) for o in (SMC, KHIC, CMDC, "University of Maribor", SUT, MUS)],
 R(SUT, "located_in", "Gliwice"), R(MUS, "located_in", "Katowice"),
 R(SMC, "member_of", "EIT Health InnoStars"),
])

# --- press release: Baltic ICT trade mission to Sweden and Denmark ------------------
LITC = "Latvian IT Cluster"
EICT = "Estonian ICT Cluster"
KSC = "Kista Science City"
BNDD = "Baltic-Nordic Digital Day"
TBBQ = "TechBBQ 2024"
DHD = "Digital Hub Denmark"
BAIB = "BALTIC AI BRIDGE"
RTU = "Riga Technical University"
DTU = "Technical University of Denmark"
LV_MEMBERS = (("Datamatrix SIA", "Riga"), ("Baltic Cloud Labs", "Jelgava"),
              ("Kurzeme Robotics", "Ventspils"), ("Vidzeme Data Solutions", "Valmiera"))
OTHER_FIRMS = (("Tartu Sensorworks OÜ", "Tartu", EICT, "EE"),
               ("Kaunas Quantum Systems UAB", "Kaunas", "Infobalt", "LT"))
GOLD["latvian-it-cluster-nordic-mission-2024.md"] = dict(
entities=[
 E(LITC, "cluster", "LV"), E("Riga", "place", "LV"),
 E("Investment and Development Agency of Latvia", "public_body", "LV", "LIAA"),
 E(EICT, "cluster", "EE"), E("Tallinn", "place", "EE"), E("Infobalt", "network", "LT"),
 E("Kista", "place", "SE"), E("Stockholm", "place", "SE"), E(KSC, "cluster", "SE"),
 E(BNDD, "event", "SE"), E("Business Sweden", "public_body", "SE"),
 E("Laura Ozoliņa", "person", "LV"), E("Erik Lindqvist", "person", "SE"),
 E("Kadri Tamm", "person", "EE"), E("Ericsson", "company", "SE"),
 E(TBBQ, "event", "DK", "TechBBQ"), E("Copenhagen", "place", "DK"),
 E(DHD, "public_body", "DK"), E("DI Digital", "network", "DK"),
 E("Confederation of Danish Industry", "network", "DK"), E("Mette Sørensen", "person", "DK"),
 E("Vilnius", "place", "LT"),
 *[E(c, "company", "LV") for c, _ in LV_MEMBERS],
 E("Jelgava", "place", "LV"), E("Ventspils", "place", "LV"), E("Valmiera", "place", "LV"),
 *[E(c, "company", cc) for c, _, _, cc in OTHER_FIRMS],
 E("Tartu", "place", "EE"), E("Kaunas", "place", "LT"),
 E(BAIB, "project"), E("Digital Europe Programme", "programme"),
 E(RTU, "university", "LV", "RTU"), E(DTU, "university", "DK", "DTU"), E("Lyngby", "place", "DK"),
 E("Helsinki", "place", "FI"), E("Oslo", "place", "NO"),
],
relations=[
 R(LITC, "located_in", "Riga"), R(EICT, "located_in", "Tallinn"), R(KSC, "located_in", "Kista"),
 R(KSC, "organized", BNDD), R("Business Sweden", "organized", BNDD), R(BNDD, "located_in", "Kista"),
 R(LITC, "participated_in", BNDD),
 R("Laura Ozoliņa", "works_for", LITC), R("Laura Ozoliņa", "participated_in", BNDD),
 R("Erik Lindqvist", "works_for", KSC), R("Erik Lindqvist", "participated_in", BNDD),
 R(LITC, "partner_of", KSC),
 R("Kadri Tamm", "works_for", EICT), R(EICT, "met_with", "Ericsson"),
 R(TBBQ, "located_in", "Copenhagen"), R(LITC, "participated_in", TBBQ),
 *[R(c, "participated_in", TBBQ) for c, _ in LV_MEMBERS],
 *[R(c, "participated_in", TBBQ) for c, _, _, _ in OTHER_FIRMS],
 R(DHD, "participated_in", TBBQ), R("DI Digital", "participated_in", TBBQ),
 R("Mette Sørensen", "works_for", DHD),
 *[R(c, "member_of", LITC) for c, _ in LV_MEMBERS],
 *[R(c, "member_of", n) for c, _, n, _ in OTHER_FIRMS],
 *[R(c, "located_in", t) for c, t in LV_MEMBERS],
 *[R(c, "located_in", t) for c, t, _, _ in OTHER_FIRMS],
 R(BAIB, "funded_by", "Digital Europe Programme"), R(LITC, "leads", BAIB),
 *[R(o, "consortium_member_of", BAIB) for o in (LITC, EICT, "Infobalt", KSC, RTU)],
 R(RTU, "met_with", DTU), R(DTU, "located_in", "Lyngby"),
])

# --- press release (HTML): Hungarian-Serbian food cluster MoU -----------------------
DAEK = "South Great Plain Food Cluster"
VAK = "Vojvodina Agrifood Cluster"
IAF = "International Agricultural Fair"
CSM = "Csongrád-Csanád County Chamber of Commerce and Industry"
RCC = "Regional Chamber of Commerce Novi Sad"
DF = "DANUFOOD"
IPA = "Interreg VI-A IPA Hungary-Serbia"
FINS = "Institute of Food Technology in Novi Sad"
HU_FIRMS = (("Tisza Paprika Kft.", "Kalocsa"), ("Makói Hagyma Zrt.", "Makó"),
            ("Szentesi Zöldség Kft.", "Szentes"), ("Vásárhelyi Tejüzem Kft.", "Hódmezővásárhely"))
RS_FIRMS = (("Sremski Mlin d.o.o.", "Sremska Mitrovica"), ("Banat Organic d.o.o.", "Zrenjanin"),
            ("Bačka Fruit d.o.o.", "Subotica"), ("Fruška Med d.o.o.", "Irig"))
GOLD["south-great-plain-vojvodina-food-mou-2023.html"] = dict(
entities=[
 E(DAEK, "cluster", "HU", "Dél-alföldi Élelmiszeripari Klaszter", "DAÉK"),
 E("Szeged", "place", "HU"), E("Csongrád-Csanád County", "place", "HU"),
 E(VAK, "cluster", "RS", "Vojvođanski agroklaster", "VAK"), E("Novi Sad", "place", "RS"),
 E(IAF, "event", "RS", "90th International Agricultural Fair", "Međunarodni poljoprivredni sajam"),
 E("Novi Sad Fair", "company", "RS", "Novosadski sajam"),
 E("Gábor Kiss", "person", "HU", "Dr. Gábor Kiss", "Dr. Kiss", "Kiss"),
 E("Milica Petrović", "person", "RS"),
 E(CSM, "public_body", "HU", "CSMKIK"), E(RCC, "public_body", "RS"),
 E("South Great Plain", "place", "HU"), E("Vojvodina", "place", "RS"),
 E("Bačka", "place", "RS"), E("Banat", "place", "RS"), E("Srem", "place", "RS"),
 E("Anuga 2023", "event", "DE"), E("Cologne", "place", "DE"),
 E("University of Szeged", "university", "HU"), E("University of Novi Sad", "university", "RS"),
 *[E(c, "company", "HU") for c, _ in HU_FIRMS], *[E(t, "place", "HU") for _, t in HU_FIRMS],
 *[E(c, "company", "RS") for c, _ in RS_FIRMS], *[E(t, "place", "RS") for _, t in RS_FIRMS],
 E(DF, "project"), E(IPA, "programme", None, "Interreg VI-A IPA Hungary-Serbia programme"),
 E(FINS, "research_org", "RS", "FINS"),
],
relations=[
 R(DAEK, "located_in", "Szeged"), R(DAEK, "located_in", "Csongrád-Csanád County"),
 R(VAK, "located_in", "Novi Sad"), R(DAEK, "partner_of", VAK),
 R(IAF, "located_in", "Novi Sad"), R("Novi Sad Fair", "organized", IAF),
 R(DAEK, "participated_in", IAF), R(VAK, "participated_in", IAF),
 R("Gábor Kiss", "works_for", DAEK), R("Milica Petrović", "works_for", VAK),
 R("Gábor Kiss", "participated_in", IAF), R("Milica Petrović", "participated_in", IAF),
 R(CSM, "participated_in", IAF), R(RCC, "participated_in", IAF),
 *[R(c, "member_of", DAEK) for c, _ in HU_FIRMS], *[R(c, "member_of", VAK) for c, _ in RS_FIRMS],
 *[R(c, "located_in", t) for c, t in HU_FIRMS + RS_FIRMS],
 *[R(c, "participated_in", IAF) for c, _ in HU_FIRMS + RS_FIRMS],
 R(DF, "funded_by", IPA), R("University of Szeged", "leads", DF),
 *[R(o, "consortium_member_of", DF) for o in (
   "University of Szeged", DAEK, VAK, "University of Novi Sad", FINS)],
 R(FINS, "located_in", "Novi Sad"),
 R("Anuga 2023", "located_in", "Cologne"),
 R(DAEK, "participated_in", "Anuga 2023"), R(VAK, "participated_in", "Anuga 2023"),
])

# --- Horizon Europe consortium kick-off: hydrogen storage in South-East Europe ------
HS = "HYSTORE-SEE"
JSI = "Jožef Stefan Institute"
CHJU = "Clean Hydrogen Joint Undertaking"
UNST = "National University of Science and Technology POLITEHNICA Bucharest"
IEES = "Institute of Electrochemistry and Energy Systems"
VIN = "Vinča Institute of Nuclear Sciences"
CHC = "Croatian Hydrogen Cluster"
ECD = "Energy Cluster Denmark"
TES = "Termoelektrarna Šoštanj"
HB = "HYBALK"
EHW = "European Hydrogen Week 2023"
HTE = "Hydrogen Technology Expo Europe 2024"
H2_PARTNERS = (
 (JSI, "Ljubljana"), ("University of Zagreb", "Zagreb"), (UNST, "Bucharest"), (IEES, "Sofia"),
 (VIN, "Belgrade"), ("Hidrogenia d.o.o.", "Velenje"), ("Adria H2 Systems d.d.", "Rijeka"),
 ("Carpathian Energy Storage SRL", "Brașov"), (CHC, "Rijeka"), (ECD, "Odense"),
 (TES, "Šalek Valley"))
GOLD["hystore-see-kickoff-ljubljana-2024.md"] = dict(
entities=[
 E(HS, "project"), E("Ljubljana", "place", "SI"),
 E(JSI, "research_org", "SI", 'Institut "Jožef Stefan"', "JSI"),
 E("Horizon Europe", "programme"), E(CHJU, "public_body"),
 E("Šalek Valley", "place", "SI"), E("Jiu Valley", "place", "RO"), E("Pernik", "place", "BG"),
 E("Ana Novak", "person", "SI", "Dr. Ana Novak"),
 E("University of Zagreb", "university", "HR"), E("Zagreb", "place", "HR"),
 E(UNST, "university", "RO", "UNSTPB"), E("Bucharest", "place", "RO"),
 E(IEES, "research_org", "BG", "IEES",
   "Institute of Electrochemistry and Energy Systems of the Bulgarian Academy of Sciences"),
 E("Bulgarian Academy of Sciences", "research_org", "BG"), E("Sofia", "place", "BG"),
 E(VIN, "research_org", "RS", "Vinča Institute"), E("Belgrade", "place", "RS"),
 E("Hidrogenia d.o.o.", "company", "SI", "Hidrogenia"), E("Velenje", "place", "SI"),
 E("Adria H2 Systems d.d.", "company", "HR", "Adria H2 Systems"), E("Rijeka", "place", "HR"),
 E("Carpathian Energy Storage SRL", "company", "RO"), E("Brașov", "place", "RO"),
 E(CHC, "cluster", "HR", "Hrvatski klaster za vodik"),
 E(ECD, "cluster", "DK"), E("Odense", "place", "DK"),
 E(TES, "company", "SI"), E("Šoštanj", "place", "SI"),
 E("Dimitra Karagianni", "person"), E("Ivan Horvat", "person", "HR", "Prof. Ivan Horvat"),
 E("Ioana Popescu", "person", "RO"), E("Petroșani", "place", "RO"),
 E("Nikola Jovanović", "person", "RS"),
 E(HB, "project"), E("Interreg Danube Region Programme", "programme"),
 E(EHW, "event", "BE"), E("Brussels", "place", "BE"),
 E(HTE, "event", "DE"), E("Hamburg", "place", "DE"),
],
relations=[
 R(HS, "funded_by", "Horizon Europe"), R(HS, "funded_by", CHJU),
 R(JSI, "leads", HS), R("Ana Novak", "leads", HS), R("Ana Novak", "works_for", JSI),
 *[R(o, "consortium_member_of", HS) for o, _ in H2_PARTNERS],
 *[R(o, "located_in", t) for o, t in H2_PARTNERS],
 R(TES, "located_in", "Šoštanj"),
 R("Dimitra Karagianni", "works_for", CHJU),
 R("Ivan Horvat", "works_for", "University of Zagreb"),
 R("Ioana Popescu", "works_for", UNST), R("Nikola Jovanović", "works_for", VIN),
 R(HB, "funded_by", "Interreg Danube Region Programme"), R(JSI, "leads", HB),
 *[R(o, "consortium_member_of", HB) for o in (JSI, UNST, IEES)],
 R(EHW, "located_in", "Brussels"), R(JSI, "participated_in", EHW), R(ECD, "participated_in", EHW),
 R(JSI, "met_with", ECD),
 R(HTE, "located_in", "Hamburg"), R(JSI, "participated_in", HTE), R(ECD, "participated_in", HTE),
])

# --- event news (HTML): Romanian pavilion at Slush -----------------------------------
SL = "Slush 2023"
CITC = "Cluj IT Cluster"
BITC = "Banat IT Cluster"
EMB = "Embassy of Romania in Finland"
TSP = "Turku Science Park"
RFTB = "Romania-Finland Tech Breakfast"
TDIH = "Transilvania Digital Innovation Hub"
RO_FIRMS = (("Someș Data Labs", "Cluj-Napoca"), ("Transilvania Robotics SRL", "Cluj-Napoca"),
            ("Crișana Cloud", "Oradea"), ("Bega Software", "Timișoara"),
            ("Mureș AI Systems", "Târgu Mureș"), ("Brașov Games Studio", "Brașov"),
            ("Iași Vision Tech", "Iași"))
GOLD["cluj-it-cluster-slush-helsinki-2023.html"] = dict(
entities=[
 E(SL, "event", "FI", "Slush"), E("Helsinki", "place", "FI"),
 E(CITC, "cluster", "RO"), E("Cluj-Napoca", "place", "RO"),
 E(BITC, "cluster", "RO"), E("Timișoara", "place", "RO"),
 E(EMB, "public_body", "RO"),
 E("Romanian Association for the Electronics and Software Industry", "network", "RO", "ANIS"),
 E("Transylvania", "place", "RO"),
 *[E(c, "company", "RO") for c, _ in RO_FIRMS],
 *[E(t, "place", "RO") for t in ("Oradea", "Târgu Mureș", "Brașov", "Iași")],
 E("Business Finland", "public_body", "FI"), E("Jukka Virtanen", "person", "FI"),
 E("Helsinki Partners", "public_body", "FI"),
 E(TSP, "cluster", "FI"), E("Turku", "place", "FI"),
 E("Andrei Moldovan", "person", "RO"), E("Päivi Laine", "person", "FI"),
 E("Ioana Rus", "person", "RO"),
 E(RFTB, "event", "FI"),
 E(TDIH, "network", "RO", "TDIH"), E("Digital Europe Programme", "programme"),
 E("Romanian Cluster Association", "network", "RO", "CLUSTERO"),
],
relations=[
 R(CITC, "located_in", "Cluj-Napoca"), R(SL, "located_in", "Helsinki"),
 R(BITC, "located_in", "Timișoara"),
 *[R(o, "participated_in", SL) for o in (
   CITC, BITC, EMB, "Business Finland", "Jukka Virtanen", "Helsinki Partners", TSP)],
 *[R(c, "participated_in", SL) for c, _ in RO_FIRMS],
 *[R(c, "member_of", CITC) for c, _ in RO_FIRMS if c != "Bega Software"],
 R("Bega Software", "member_of", BITC),
 *[R(c, "located_in", t) for c, t in RO_FIRMS],
 R("Jukka Virtanen", "works_for", "Business Finland"),
 R("Helsinki Partners", "located_in", "Helsinki"),
 R(CITC, "partner_of", TSP), R(TSP, "located_in", "Turku"),
 R("Andrei Moldovan", "works_for", CITC), R("Päivi Laine", "works_for", TSP),
 R(EMB, "organized", RFTB), R(CITC, "organized", RFTB), R(RFTB, "located_in", "Helsinki"),
 R("Business Finland", "participated_in", RFTB), R("Helsinki Partners", "participated_in", RFTB),
 R("Ioana Rus", "participated_in", RFTB), R("Ioana Rus", "works_for", CITC),
 R(CITC, "leads", TDIH), R(TDIH, "funded_by", "Digital Europe Programme"),
 R("Crișana Cloud", "member_of", TDIH), R("Transilvania Robotics SRL", "member_of", TDIH),
 R(CITC, "member_of", "Romanian Cluster Association"),
])

# --- newsletter: Croatian wood cluster ------------------------------------------------
HDK = "Croatian Wood Cluster"
SWIC = "Swedish Wood Innovation Cluster"
SLWIC = "Slovenian Wood Industry Cluster"
AMB = "Ambienta 2024"
HGK = "Croatian Chamber of Economy"
WD = "WOOD-DAN"
FFWT = "Faculty of Forestry and Wood Technology"
TUZ = "Technical University in Zvolen"
SFF = "Stockholm Furniture Fair 2025"
HR_NEW = (("Slavonski Hrast d.o.o.", "Đakovo"), ("Gorski Kotar Timber", "Delnice"),
          ("Istria Design Furniture", "Pazin"), ("Lika Pellet d.o.o.", "Gospić"))
GOLD["croatian-wood-cluster-newsletter-2024.txt"] = dict(
entities=[
 E(HDK, "cluster", "HR", "Hrvatski drvni klaster", "HDK"), E("Zagreb", "place", "HR"),
 E("Småland", "place", "SE"), E("Växjö", "place", "SE"),
 E(SWIC, "cluster", "SE", "SWIC"), E("Kronoberg County", "place", "SE"),
 E("Linnaeus University", "university", "SE"),
 E("Marija Kovačević", "person", "HR"), E("Lars Holmberg", "person", "SE"),
 E(AMB, "event", "HR"), E("Zagreb Fair", "company", "HR", "Zagrebački velesajam"),
 E(SLWIC, "cluster", "SI", "Lesarski grozd"), E("Ljubljana", "place", "SI"),
 E("Matej Kranjc", "person", "SI"), E(HGK, "public_body", "HR", "HGK"),
 E(WD, "project"), E("Interreg Danube Region Programme", "programme"),
 E(FFWT, "university", "HR"), E(TUZ, "university", "SK"), E("Zvolen", "place", "SK"),
 E("University of Forestry", "university", "BG"), E("Sofia", "place", "BG"),
 *[E(c, "company", "HR") for c, _ in HR_NEW], *[E(t, "place", "HR") for _, t in HR_NEW],
 E("Slavonia", "place", "HR"),
 E(SFF, "event", "SE"), E("Stockholm", "place", "SE"),
],
relations=[
 R(HDK, "located_in", "Zagreb"), R(HDK, "partner_of", SWIC),
 R(SWIC, "located_in", "Växjö"), R(SWIC, "located_in", "Kronoberg County"),
 R(HDK, "met_with", "Linnaeus University"), R("Linnaeus University", "located_in", "Växjö"),
 R("Marija Kovačević", "works_for", HDK), R("Lars Holmberg", "works_for", SWIC),
 R(AMB, "located_in", "Zagreb"), R("Zagreb Fair", "organized", AMB),
 *[R(o, "participated_in", AMB) for o in (
   HDK, SLWIC, "Matej Kranjc", "Marija Kovačević", HGK, SWIC)],
 R(SLWIC, "located_in", "Ljubljana"), R("Matej Kranjc", "works_for", SLWIC),
 R(WD, "funded_by", "Interreg Danube Region Programme"), R(FFWT, "leads", WD),
 *[R(o, "consortium_member_of", WD) for o in (FFWT, HDK, SLWIC, TUZ, "University of Forestry")],
 R(FFWT, "located_in", "Zagreb"), R(TUZ, "located_in", "Zvolen"),
 R("University of Forestry", "located_in", "Sofia"),
 *[R(c, "member_of", HDK) for c, _ in HR_NEW], *[R(c, "located_in", t) for c, t in HR_NEW],
 R("Slavonski Hrast d.o.o.", "located_in", "Slavonia"),
 R(SFF, "located_in", "Stockholm"), R(HDK, "participated_in", SFF), R(HGK, "participated_in", SFF),
])

# --- event news (HTML): Czech-Nordic brokerage day in Brno ------------------------------
BD = "Czech-Nordic Smart Manufacturing Brokerage Day"
MSV = "MSV 2024"
NCA = "National Cluster Association"
MADE = "Manufacturing Academy of Denmark"
MSAC = "Moravian-Silesian Automotive Cluster"
CIIRC = "Czech Institute of Informatics, Robotics and Cybernetics"
CZN_FIRMS = (("Brnotech Automation s.r.o.", "Brno", "CZ"), ("Zlín Precision Molds a.s.", "Zlín", "CZ"),
             ("Plzeň Digital Twin s.r.o.", "Plzeň", "CZ"), ("Ostrava Welding Robots", "Ostrava", "CZ"),
             ("Odense Cobot ApS", "Odense", "DK"), ("Aarhus Additive ApS", "Aarhus", "DK"),
             ("Pirkanmaa Sensors Oy", "Tampere", "FI"), ("Västerås Vision AB", "Västerås", "SE"))
ALIASES_FIRMS = {"Brnotech Automation s.r.o.": ("Brnotech Automation",),
                 "Zlín Precision Molds a.s.": ("Zlín Precision Molds",),
                 "Plzeň Digital Twin s.r.o.": ("Plzeň Digital Twin",),
                 "Odense Cobot ApS": ("Odense Cobot",), "Aarhus Additive ApS": ("Aarhus Additive",),
                 "Pirkanmaa Sensors Oy": ("Pirkanmaa Sensors",),
                 "Västerås Vision AB": ("Västerås Vision",)}
GOLD["czech-nordic-brokerage-day-brno-2024.html"] = dict(
entities=[
 E(BD, "event", "CZ"), E("Brno", "place", "CZ"),
 E(MSV, "event", "CZ", "International Engineering Fair", "Mezinárodní strojírenský veletrh"),
 E("Veletrhy Brno", "company", "CZ"),
 E(NCA, "network", "CZ", "Národní klastrová asociace", "NCA"),
 E("CzechInvest", "public_body", "CZ"), E("Enterprise Europe Network", "network", None, "EEN"),
 E("Petra Dvořáková", "person", "CZ"), E("Jakub Novotný", "person", "CZ"),
 E("South Moravian Region", "place", "CZ"),
 E(MADE, "network", "DK", "MADE", "MADE - Manufacturing Academy of Denmark"),
 E("Søren Madsen", "person", "DK"),
 E("Robotdalen", "cluster", "SE"), E("Västerås", "place", "SE"), E("Anna Karlsson", "person", "SE"),
 E("Tampere University", "university", "FI"), E("Mikko Heikkinen", "person", "FI"),
 E(MSAC, "cluster", "CZ", "MSAC"), E("Ostrava", "place", "CZ"),
 E(CIIRC, "research_org", "CZ", "CIIRC"),
 E("Czech Technical University in Prague", "university", "CZ", "CTU"),
 *[E(c, "company", cc, *ALIASES_FIRMS.get(c, ())) for c, _, cc in CZN_FIRMS],
 E("Zlín", "place", "CZ"), E("Plzeň", "place", "CZ"), E("Odense", "place", "DK"),
 E("Aarhus", "place", "DK"), E("Tampere", "place", "FI"),
 E("COBOWELD", "project"), E("Eurostars", "programme"),
],
relations=[
 R(BD, "located_in", "Brno"), R(MSV, "located_in", "Brno"), R("Veletrhy Brno", "organized", MSV),
 R(NCA, "organized", BD), R("CzechInvest", "organized", BD),
 R("Petra Dvořáková", "works_for", NCA), R("Petra Dvořáková", "participated_in", BD),
 R("Jakub Novotný", "works_for", "CzechInvest"), R("Jakub Novotný", "participated_in", BD),
 R(MADE, "participated_in", BD), R("Søren Madsen", "works_for", MADE),
 R("Søren Madsen", "participated_in", BD),
 R("Robotdalen", "participated_in", BD), R("Robotdalen", "located_in", "Västerås"),
 R("Anna Karlsson", "works_for", "Robotdalen"), R("Anna Karlsson", "participated_in", BD),
 R("Tampere University", "participated_in", BD), R("Mikko Heikkinen", "works_for", "Tampere University"),
 R("Mikko Heikkinen", "participated_in", BD),
 R(MSAC, "participated_in", BD), R(MSAC, "located_in", "Ostrava"), R(CIIRC, "participated_in", BD),
 *[R(c, "participated_in", BD) for c, _, _ in CZN_FIRMS],
 *[R(c, "located_in", t) for c, t, _ in CZN_FIRMS],
 *[R(o, "consortium_member_of", "COBOWELD") for o in (
   "Brnotech Automation s.r.o.", "Odense Cobot ApS", "Ostrava Welding Robots")],
 R("Ostrava Welding Robots", "member_of", MSAC),
 R("Zlín Precision Molds a.s.", "met_with", "Västerås Vision AB"),
 R("Västerås Vision AB", "member_of", "Robotdalen"),
 R("Plzeň Digital Twin s.r.o.", "met_with", MADE),
 R(CIIRC, "partner_of", "Tampere University"),
 R("Aarhus Additive ApS", "participated_in", MSV), R("Pirkanmaa Sensors Oy", "participated_in", MSV),
])

# --- network news: Baltic maritime clusters alliance ----------------------------------
BMCA = "Baltic Maritime Clusters Alliance"
BX = "Baltexpo 2022"
MTG = "Gdańsk International Fair Co."
PMC = "Pomeranian Maritime Cluster"
KMC = "Klaipėda Maritime Cluster"
LMA = "Latvian Maritime Academy"
BSP = "Blue Science Park"
SFMC = "Southwest Finland Maritime Cluster"
DM = "Danish Maritime"
GB = "GREEN-BERTH"
NMD = "Nordic Maritime Days 2023"
FOUNDERS = ((PMC, "Gdynia"), (KMC, "Klaipėda"), (LMA, "Riga"), (BSP, "Karlskrona"), (SFMC, "Turku"))
SHIP_FIRMS = (("Gdynia Hybrid Ships Sp. z o.o.", "Gdynia", PMC, "PL"),
              ("Klaipėda Marine Electric UAB", "Klaipėda", KMC, "LT"),
              ("Naantali Propulsion Oy", "Naantali", SFMC, "FI"))
GOLD["baltic-maritime-clusters-alliance-2022.txt"] = dict(
entities=[
 E(BMCA, "network", None, "BMCA"), E(BX, "event", "PL"), E("Gdańsk", "place", "PL"),
 E(MTG, "company", "PL", "MTG"),
 E(PMC, "cluster", "PL", "Pomorski Klaster Morski"), E("Gdynia", "place", "PL"),
 E("Pomeranian Voivodeship", "place", "PL"),
 E(KMC, "cluster", "LT", "Klaipėdos jūrinis klasteris"), E("Klaipėda", "place", "LT"),
 E(LMA, "university", "LV"), E("Riga", "place", "LV"),
 E(BSP, "cluster", "SE"), E("Karlskrona", "place", "SE"),
 E(SFMC, "cluster", "FI"), E("Turku", "place", "FI"),
 E(DM, "network", "DK"), E("Copenhagen", "place", "DK"), E("Brussels", "place", "BE"),
 E("Krzysztof Nowak", "person", "PL"), E("Rasa Jankauskienė", "person", "LT"),
 E("Interreg South Baltic Programme", "programme", None, "Interreg South Baltic"),
 E("Gdynia Hybrid Ships Sp. z o.o.", "company", "PL", "Gdynia Hybrid Ships"),
 E("Klaipėda Marine Electric UAB", "company", "LT"),
 E("Naantali Propulsion Oy", "company", "FI", "Naantali Propulsion"), E("Naantali", "place", "FI"),
 E(GB, "project"), E("Interreg Baltic Sea Region", "programme"),
 E("Tallinn University of Technology", "university", "EE", "TalTech"),
 E("Klaipėda State Seaport Authority", "public_body", "LT"),
 E("Johan Ekström", "person", "SE"), E(NMD, "event", "FI"), E("Heli Mäkinen", "person", "FI"),
],
relations=[
 R(BX, "located_in", "Gdańsk"), R(MTG, "organized", BX),
 *[R(o, "member_of", BMCA) for o, _ in FOUNDERS], R(DM, "member_of", BMCA),
 R(PMC, "leads", BMCA), R("Krzysztof Nowak", "leads", BMCA),
 *[R(o, "located_in", t) for o, t in FOUNDERS], R(PMC, "located_in", "Pomeranian Voivodeship"),
 R(DM, "located_in", "Copenhagen"),
 R(BMCA, "participated_in", BX), *[R(o, "participated_in", BX) for o, _ in FOUNDERS],
 R("Krzysztof Nowak", "works_for", PMC), R("Rasa Jankauskienė", "works_for", KMC),
 R(BMCA, "funded_by", "Interreg South Baltic Programme"),
 *[R(c, "participated_in", BX) for c, _, _, _ in SHIP_FIRMS],
 *[R(c, "member_of", n) for c, _, n, _ in SHIP_FIRMS],
 *[R(c, "located_in", t) for c, t, _, _ in SHIP_FIRMS],
 R("Gdynia Hybrid Ships Sp. z o.o.", "met_with", "Naantali Propulsion Oy"),
 R(GB, "funded_by", "Interreg Baltic Sea Region"), R("Tallinn University of Technology", "leads", GB),
 *[R(o, "consortium_member_of", GB) for o in (
   "Tallinn University of Technology", PMC, KMC, BSP, LMA, "Klaipėda State Seaport Authority")],
 R("Johan Ekström", "works_for", BSP), R("Johan Ekström", "participated_in", BX),
 R(NMD, "located_in", "Turku"), R(SFMC, "organized", NMD), R(BMCA, "participated_in", NMD),
 R("Heli Mäkinen", "works_for", SFMC),
])


def check(name, gold):
    """Every relation end is a declared entity, types fit ALLOWED, nothing is duplicated."""
    doc = Path(__file__).parents[2] / "docs" / Path(__file__).parent.name / name
    assert doc.is_file(), f"missing document {doc}"
    types, forms = {}, {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (name, e)
        types[e["name"]] = e["type"]
        for form in (e["name"], *e["aliases"]):
            key = form.casefold()
            assert key not in forms or forms[key] == e["name"], (name, "form used twice", form)
            forms[key] = e["name"]
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert p in ALLOWED, (name, r)
        assert s in types, (name, "undeclared subject", r)
        assert o in types, (name, "undeclared object", r)
        assert s != o, (name, r)
        subj, obj = ALLOWED[p]
        assert types[s] in subj and types[o] in obj, (name, "types not allowed", r, types[s], types[o])
        key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)


for name, gold in GOLD.items():
    check(name, gold)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
