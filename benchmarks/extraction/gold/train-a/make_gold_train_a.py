"""Hand annotations of the `train-a` set (training documents, separate annotator).

    .venv/bin/python benchmarks/extraction/gold/train-a/make_gold_train_a.py

Same rules as make_gold.py (README, "Documents and gold"): every named
organisation, person, event, project, programme and place (cities, regions;
not countries or continents); `name` is the full form, `aliases` the other
forms the text uses; relations only where the text states them (or the
sentence clearly implies them). Writes one JSON per document next to itself.
"""

import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# 1. Annual-report chapter on international activity (Lithuania, biotech).
NBC = "Nemunas Biotech Cluster"
THTC = "Tampere Health Tech Cluster"
RBV = "Riga BioMed Valley"
TLSC = "Tartu Life Science Cluster"
BIO = "BIO International Convention"
BNBM = "Baltic-Nordic Biotech Matchmaking"
PF = "Precision Fermentation for Baltic Food and Pharma"
KTU = "Kaunas University of Technology"
IGB = "Fraunhofer Institute for Interfacial Engineering and Biotechnology"
FB = "Fermentis Baltic"
RW = "Rheinwerk Bioprocess"
GOLD["nemunas-biotech-2023.txt"] = dict(
entities=[
 E(NBC, "cluster", "LT", "NBC"), E("Kaunas", "place", "LT"), E("Vilnius", "place", "LT"),
 E("Horizon Europe", "programme"), E(THTC, "cluster", "FI", "THTC"),
 E(RBV, "cluster", "LV"), E(TLSC, "cluster", "EE"), E("Baltic Bio Triangle", "network"),
 E("EIT Health", "network"), E("BIO-Europe Spring", "event", "CH"), E("Basel", "place", "CH"),
 E(FB, "company", "LT"), E(RW, "company", "CH"), E("Lina Vaitkutė", "person", "LT"),
 E(BIO, "event", "US"), E("Boston", "place", "US"),
 E("Innovation Agency Lithuania", "public_body", "LT"), E(BNBM, "event"),
 E("Mikko Lahtinen", "person", "FI"), E("Business Finland", "public_body", "FI"),
 E("BIO-Europe", "event", "DE"), E("Munich", "place", "DE"),
 E(PF, "project", None, "PRECIFERM"), E(KTU, "university", "LT", "KTU"),
 E(IGB, "research_org", "DE", "IGB"), E("Stuttgart", "place", "DE"),
 E("BioScale BSR", "project"), E("Interreg Baltic Sea Region", "programme"),
 E("Darius Petrauskas", "person", "LT"), E("Toronto", "place", "CA"),
 E("Life Sciences Ontario", "network", "CA"),
],
relations=[
 R(NBC, "located_in", "Kaunas"), R(NBC, "partner_of", THTC), R(NBC, "partner_of", RBV),
 *[R(o, "member_of", "Baltic Bio Triangle") for o in (NBC, RBV, TLSC)],
 R(NBC, "member_of", "EIT Health"),
 R(NBC, "participated_in", "BIO-Europe Spring"), R("BIO-Europe Spring", "located_in", "Basel"),
 R(FB, "member_of", NBC), R(FB, "located_in", "Kaunas"), R(FB, "met_with", RW),
 R(FB, "participated_in", "BIO-Europe Spring"), R(RW, "participated_in", "BIO-Europe Spring"),
 R("Lina Vaitkutė", "works_for", NBC), R("Lina Vaitkutė", "participated_in", BIO),
 R(NBC, "participated_in", BIO), R(RBV, "participated_in", BIO), R(BIO, "located_in", "Boston"),
 R("Innovation Agency Lithuania", "participated_in", BIO),
 R(NBC, "organized", BNBM), R(THTC, "organized", BNBM),
 R("Mikko Lahtinen", "participated_in", BNBM), R("Mikko Lahtinen", "works_for", THTC),
 R("Business Finland", "participated_in", BNBM),
 R(NBC, "participated_in", "BIO-Europe"), R("BIO-Europe", "located_in", "Munich"),
 R(PF, "funded_by", "Horizon Europe"), R(KTU, "leads", PF),
 *[R(o, "consortium_member_of", PF) for o in (NBC, KTU, FB, RW, IGB)],
 R(IGB, "located_in", "Stuttgart"),
 R(RBV, "leads", "BioScale BSR"),
 *[R(o, "consortium_member_of", "BioScale BSR") for o in (RBV, NBC, TLSC)],
 R("Darius Petrauskas", "works_for", NBC), R(NBC, "partner_of", "Life Sciences Ontario"),
])

# 2. Press release on a memorandum of understanding (Chile / Tasmania, marine).
PA = "Clúster Marítimo Pacífico Azul"
TBEC = "Tasmanian Blue Economy Cluster"
SEG = "Seafood Expo Global"
PUCV = "Pontificia Universidad Católica de Valparaíso"
IMAS = "Institute for Marine and Antarctic Studies"
OS = "OCEANSENSE"
BEST = "Blue Economy Summit Tasmania"
GOLD["pacifico-azul-tasmania-mou-2024.html"] = dict(
entities=[
 E("Valparaíso", "place", "CL"), E(PA, "cluster", "CL", "Pacífico Azul"),
 E("Valparaíso Region", "place", "CL"), E(TBEC, "cluster", "AU", "TBEC"),
 E("Hobart", "place", "AU"), E(SEG, "event", "ES"), E("Barcelona", "place", "ES"),
 E("Catalina Ríos Muñoz", "person", "CL", "Ríos Muñoz"),
 E("Owen Fitzgerald", "person", "AU", "Fitzgerald"), E("ProChile", "public_body", "CL"),
 E("Australian Trade and Investment Commission", "public_body", "AU", "Austrade"),
 E(PUCV, "university", "CL", "PUCV"), E("University of Tasmania", "university", "AU"),
 E("Tasmania", "place", "AU"), E(OS, "project"), E(IMAS, "research_org", "AU", "IMAS"),
 E("Chile-Australia Ocean Innovation Fund", "programme"), E("Quintero Bay", "place", "CL"),
 E(BEST, "event", "AU"), E("Launceston", "place", "AU"), E("AquaSur", "event", "CL"),
 E("Puerto Montt", "place", "CL"), E("Derwent Marine Robotics", "company", "AU"),
 E("Southern Kelp Co.", "company", "AU"), E("Triabunna", "place", "AU"),
 E("Sensórica Austral", "company", "CL"), E("Viña del Mar", "place", "CL"),
 E("AcuaData SpA", "company", "CL", "AcuaData"),
 E("Corporación de Fomento de la Producción", "public_body", "CL", "CORFO"),
 E("Red Latinoamericana de Clústeres Marítimos", "network", None, "RELACMAR"),
 E("Ocean Industries Network Australia", "network", "AU", "OINA"),
 E("Javiera Soto", "person", "CL"),
],
relations=[
 R(PA, "partner_of", TBEC), R(PA, "located_in", "Valparaíso Region"), R(TBEC, "located_in", "Hobart"),
 R(PA, "participated_in", SEG), R(TBEC, "participated_in", SEG), R(SEG, "located_in", "Barcelona"),
 R("Catalina Ríos Muñoz", "works_for", PA), R("Owen Fitzgerald", "works_for", TBEC),
 R("Catalina Ríos Muñoz", "participated_in", SEG), R("Owen Fitzgerald", "participated_in", SEG),
 R("ProChile", "participated_in", SEG),
 R("Australian Trade and Investment Commission", "participated_in", SEG),
 *[R(o, "consortium_member_of", OS) for o in (PA, TBEC, IMAS, PUCV)],
 R(IMAS, "leads", OS), R(OS, "funded_by", "Chile-Australia Ocean Innovation Fund"),
 R(PA, "participated_in", BEST), R(TBEC, "participated_in", BEST), R(BEST, "located_in", "Launceston"),
 R("AquaSur", "located_in", "Puerto Montt"),
 R("Derwent Marine Robotics", "member_of", TBEC), R("Southern Kelp Co.", "member_of", TBEC),
 R("Derwent Marine Robotics", "participated_in", "AquaSur"),
 R("Southern Kelp Co.", "participated_in", "AquaSur"),
 R("Derwent Marine Robotics", "located_in", "Hobart"), R("Southern Kelp Co.", "located_in", "Triabunna"),
 R("Sensórica Austral", "member_of", PA), R("AcuaData SpA", "member_of", PA),
 R("Sensórica Austral", "located_in", "Viña del Mar"), R("AcuaData SpA", "located_in", "Puerto Montt"),
 R(PA, "member_of", "Red Latinoamericana de Clústeres Marítimos"),
 R(TBEC, "member_of", "Ocean Industries Network Australia"),
 R("Javiera Soto", "works_for", PA),
])

# 3. Trade-mission report (Serbia to Kenya, agri-food).
PAFC = "Panonija Agri-Food Cluster"
RAS = "Development Agency of Serbia"
EMB = "Embassy of the Republic of Serbia in Nairobi"
EEN = "Enterprise Europe Network"
CCIS = "Chamber of Commerce and Industry of Serbia"
IFVC = "Institute of Field and Vegetable Crops"
UNS = "University of Novi Sad"
EXPO = "East Africa Agri-Tech Expo"
KICC = "Kenyatta International Convention Centre"
FORUM = "Serbia–Kenya Agribusiness B2B Forum"
RVAC = "Rift Valley Agribusiness Cluster"
KALRO = "Kenya Agricultural and Livestock Research Organization"
DELEGATION = {
 "Agrosemenka d.o.o.": "Bačka Palanka", "FrigoVoće": "Subotica", "Nova Irigacija": "Sombor",
 "DigiFarm Solutions": "Novi Sad", "Mlekara Banat": "Zrenjanin", "Agro-Pak Vršac": "Vršac",
 IFVC: "Novi Sad", UNS: "Novi Sad",
}
GOLD["panonija-agrifood-kenya-mission-2023.md"] = dict(
entities=[
 E(PAFC, "cluster", "RS", "PAFC"), E("Novi Sad", "place", "RS"), E("Vojvodina", "place", "RS"),
 E("Nairobi", "place", "KE"), E("Nakuru", "place", "KE"), E(RAS, "public_body", "RS", "RAS"),
 E(EMB, "public_body", "RS"), E(EEN, "network"), E(CCIS, "public_body", "RS"),
 E("Belgrade", "place", "RS"), E("Milica Jovanović", "person", "RS"),
 E("Stevan Marković", "person", "RS"), E(IFVC, "research_org", "RS"),
 E("Agrosemenka d.o.o.", "company", "RS", "Agrosemenka"), E("Bačka Palanka", "place", "RS"),
 E("FrigoVoće", "company", "RS"), E("Subotica", "place", "RS"),
 E("Nova Irigacija", "company", "RS"), E("Sombor", "place", "RS"),
 E("DigiFarm Solutions", "company", "RS"), E("Mlekara Banat", "company", "RS"),
 E("Zrenjanin", "place", "RS"), E("Agro-Pak Vršac", "company", "RS"), E("Vršac", "place", "RS"),
 E(UNS, "university", "RS"), E(EXPO, "event", "KE"), E(KICC, "place", "KE", "KICC"),
 E(FORUM, "event", "KE"), E("Kenya Association of Manufacturers", "network", "KE", "KAM"),
 E("University of Nairobi", "university", "KE"), E("Mavuno Fresh Ltd", "company", "KE"),
 E(RVAC, "cluster", "KE", "RVAC"), E("Nakuru County", "place", "KE"), E("Njoro", "place", "KE"),
 E(KALRO, "research_org", "KE", "KALRO"), E("Kilimo Bora Supplies", "company", "KE"),
 E("Nakuru Agricultural Show", "event", "KE"), E("Peter Kamau", "person", "KE"),
 E("SEEDLINK", "project"), E("Horizon Europe", "programme"),
 E("International Agricultural Fair", "event", "RS"),
],
relations=[
 R(PAFC, "located_in", "Novi Sad"), R(PAFC, "partner_of", RAS), R(PAFC, "partner_of", EMB),
 R(EMB, "located_in", "Nairobi"), R(CCIS, "member_of", EEN), R(CCIS, "located_in", "Belgrade"),
 R("Milica Jovanović", "works_for", PAFC), R("Stevan Marković", "works_for", IFVC),
 *[R(o, "member_of", PAFC) for o in DELEGATION],
 *[R(o, "located_in", town) for o, town in DELEGATION.items()],
 R(PAFC, "participated_in", EXPO), *[R(o, "participated_in", EXPO) for o in DELEGATION],
 R(EXPO, "located_in", "Nairobi"), R(EXPO, "located_in", KICC),
 R(EMB, "organized", FORUM), R(EEN, "organized", FORUM), R(FORUM, "located_in", KICC),
 R(PAFC, "participated_in", FORUM), R("Kenya Association of Manufacturers", "participated_in", FORUM),
 R("DigiFarm Solutions", "met_with", "University of Nairobi"),
 R("Mavuno Fresh Ltd", "located_in", "Nairobi"),
 R("Mavuno Fresh Ltd", "met_with", "FrigoVoće"), R("Mavuno Fresh Ltd", "met_with", "Agro-Pak Vršac"),
 R(RVAC, "located_in", "Nakuru County"), R(PAFC, "met_with", RVAC), R(PAFC, "partner_of", RVAC),
 R(KALRO, "located_in", "Njoro"), R(IFVC, "met_with", KALRO),
 R("Nova Irigacija", "partner_of", "Kilimo Bora Supplies"),
 R("Kilimo Bora Supplies", "located_in", "Nakuru"),
 R("Nakuru Agricultural Show", "located_in", "Nakuru"), R("Peter Kamau", "works_for", RVAC),
 *[R(o, "consortium_member_of", "SEEDLINK") for o in (PAFC, RVAC, KALRO, UNS)],
 R(UNS, "leads", "SEEDLINK"), R("International Agricultural Fair", "located_in", "Novi Sad"),
])

# 4. EU consortium kick-off (Horizon Europe, digital health, Slovenia and partners).
CL = "Connected Cardiac Rehabilitation for Rural and Low-Density Regions"
JSI = "Jožef Stefan Institute"
UMCL = "University Medical Centre Ljubljana"
UP = "University of Patras"
GUHP = "General University Hospital of Patras"
KL = "Kardiolab d.o.o."
NP = "NeuroPulse SRL"
BDHC = "Bulgarian Digital Health Cluster"
AHIC = "Adriatic Health Innovation Cluster"
MUV = "Medical University of Varna"
ECHA = "European Connected Health Alliance"
VA = "Vitalis Analytics OÜ"
CSC = "CARDIOLINK Start-up Challenge"
HIMSS = "HIMSS Europe 2024"
SR = "SMARTREHAB"
GOLD["cardiolink-horizon-kickoff-2024.txt"] = dict(
entities=[
 E(CL, "project", None, "CARDIOLINK"), E("Ljubljana", "place", "SI"), E("Horizon Europe", "programme"),
 E(JSI, "research_org", "SI", "JSI"),
 E("European Health and Digital Executive Agency", "public_body", None, "HaDEA"),
 E("European Commission", "public_body"), E("Tjaša Kralj", "person", "SI"),
 E(UMCL, "research_org", "SI", "UMCL"), E(UP, "university", "GR"), E(GUHP, "research_org", "GR"),
 E(KL, "company", "SI", "Kardiolab"), E("Maribor", "place", "SI"),
 E(NP, "company", "RO", "NeuroPulse"), E("Cluj-Napoca", "place", "RO"),
 E(BDHC, "cluster", "BG", "BDHC"), E("Sofia", "place", "BG"),
 E(AHIC, "cluster", "HR", "AHIC"), E("Rijeka", "place", "HR"), E(MUV, "university", "BG"),
 E(ECHA, "network", None, "ECHAlliance"), E(VA, "company", "EE", "Vitalis Analytics"),
 E("Tallinn", "place", "EE"), E("Plovdiv region", "place", "BG"), E("Marko Babić", "person", "HR"),
 E(CSC, "event", "HR"), E("Dalmatia", "place", "HR"), E("Istria", "place", "HR"),
 E("Pomurje", "place", "SI"), E("Western Greece", "place", "GR"), E("Varna region", "place", "BG"),
 E("Nikos Argyropoulos", "person", "GR"), E("Elena Popescu", "person", "RO"),
 E(HIMSS, "event", "IT"), E("Rome", "place", "IT"), E("MEDICA", "event", "DE"),
 E("Düsseldorf", "place", "DE"), E(SR, "project"),
 E("Interreg Balkan-Mediterranean", "programme"), E("EIT Health", "network"),
 E("Urška Novak", "person", "SI"),
],
relations=[
 R(CL, "funded_by", "Horizon Europe"), R(JSI, "leads", CL),
 *[R(o, "consortium_member_of", CL) for o in (JSI, UMCL, UP, GUHP, KL, NP, BDHC, AHIC, MUV, ECHA, VA)],
 R(JSI, "located_in", "Ljubljana"), R(KL, "located_in", "Maribor"), R(NP, "located_in", "Cluj-Napoca"),
 R(BDHC, "located_in", "Sofia"), R(AHIC, "located_in", "Rijeka"), R(VA, "located_in", "Tallinn"),
 R("Tjaša Kralj", "works_for", JSI), R("Tjaša Kralj", "leads", CL),
 R(NP, "member_of", BDHC), R("Marko Babić", "works_for", AHIC), R(AHIC, "organized", CSC),
 R("Nikos Argyropoulos", "works_for", UP), R("Elena Popescu", "works_for", NP),
 R(HIMSS, "located_in", "Rome"), R(ECHA, "participated_in", HIMSS),
 R("MEDICA", "located_in", "Düsseldorf"), R(KL, "participated_in", "MEDICA"),
 R(VA, "participated_in", "MEDICA"),
 R(UP, "leads", SR), R(UP, "consortium_member_of", SR), R(KL, "consortium_member_of", SR),
 R(SR, "funded_by", "Interreg Balkan-Mediterranean"),
 R(JSI, "member_of", "EIT Health"), R(UMCL, "member_of", "EIT Health"),
 R("Urška Novak", "works_for", JSI),
])

# 5. Event news (Croatia, space).
ASD = "Adriatic Space Days 2023"
SCC = "Space Cluster Croatia"
FESB = "Faculty of Electrical Engineering, Mechanical Engineering and Naval Architecture"
HSTC = "Hellenic Space Technologies Cluster"
IAC = "International Astronautical Congress"
SW = "SEAWATCH-ADRIA"
IOF = "Institute of Oceanography and Fisheries"
AUTH = "Aristotle University of Thessaloniki"
PARTICIPANTS = {
 "OrbitLab d.o.o.": "Zagreb", "Stellar Optics S.A.": "Thessaloniki", "Kvasar Geodata": "Osijek",
 "SkyField Analytics": "Bled", "Aéro Montréal": "Montréal",
}
GOLD["adriatic-space-days-2023.html"] = dict(
entities=[
 E(ASD, "event", "HR", "Adriatic Space Days"), E("Split", "place", "HR"),
 E("University of Split", "university", "HR"), E(FESB, "university", "HR", "FESB"),
 E(SCC, "cluster", "HR", "SCC"), E("Enterprise Europe Network", "network"),
 E("OrbitLab d.o.o.", "company", "HR", "OrbitLab"), E("Zagreb", "place", "HR"),
 E("Stellar Optics S.A.", "company", "GR"), E("Thessaloniki", "place", "GR"),
 E("Kvasar Geodata", "company", "HR"), E("Osijek", "place", "HR"),
 E("SkyField Analytics", "company", "SI"), E("Bled", "place", "SI"),
 E("Aéro Montréal", "cluster", "CA"), E("Montréal", "place", "CA"), E("Québec", "place", "CA"),
 E("Ivana Perić", "person", "HR"), E("European Space Agency", "public_body", None, "ESA"),
 E("Dimitris Kalogeropoulos", "person", "GR"), E(AUTH, "university", "GR"),
 E("Copernicus", "programme"), E(SW, "project"), E("Interreg Italy-Croatia", "programme"),
 E(IOF, "research_org", "HR"), E(HSTC, "cluster", "GR", "HSTC"), E("Athens", "place", "GR"),
 E(IAC, "event", "IT"), E("Milan", "place", "IT"), E("EU Space Programme", "programme"),
 E("Andreas Nikolaidis", "person", "GR"), E("CASSINI Hackathon", "event", "HR"),
 E("University of Zagreb", "university", "HR"), E("Galileo", "programme"),
 E("Network of European Regions Using Space Technologies", "network", None, "NEREUS"),
 E("Rijeka", "place", "HR"), E("Tomislav Horvat", "person", "HR"),
],
relations=[
 R(ASD, "located_in", "Split"),
 R(SCC, "organized", ASD), R(FESB, "organized", ASD), R("Enterprise Europe Network", "organized", ASD),
 *[R(o, "participated_in", ASD) for o in PARTICIPANTS],
 *[R(o, "located_in", town) for o, town in PARTICIPANTS.items()],
 R("Ivana Perić", "works_for", SCC), R("Ivana Perić", "participated_in", ASD),
 R("European Space Agency", "participated_in", ASD),
 R("Dimitris Kalogeropoulos", "participated_in", ASD), R("Dimitris Kalogeropoulos", "works_for", AUTH),
 R(SW, "funded_by", "Interreg Italy-Croatia"), R(IOF, "leads", SW),
 *[R(o, "consortium_member_of", SW) for o in (IOF, SCC, "Kvasar Geodata")],
 R(IOF, "located_in", "Split"),
 R(SCC, "partner_of", HSTC), R(HSTC, "participated_in", ASD), R(HSTC, "located_in", "Athens"),
 R(SCC, "participated_in", IAC), R(HSTC, "participated_in", IAC), R(IAC, "located_in", "Milan"),
 R("Andreas Nikolaidis", "works_for", HSTC),
 R("CASSINI Hackathon", "located_in", "Split"), R("University of Zagreb", "participated_in", "CASSINI Hackathon"),
 R("OrbitLab d.o.o.", "member_of", SCC), R("Kvasar Geodata", "member_of", SCC),
 R(SCC, "member_of", "Network of European Regions Using Space Technologies"),
 R("Tomislav Horvat", "works_for", SCC),
])

# 6. New members and network joining (Atlantic Canada, cleantech).
MCN = "Maritime CleanTech Network"
ICN = "International Cleantech Network"
CTRI = "Clean Technologies Research Institute"
UDM = "Université de Moncton"
ACOA = "Atlantic Canada Opportunities Agency"
SUA = "Scale-Up Atlantic"
GCW = "ICN Global Cleantech Week"
ACS = "Atlantic Cleantech Summit"
NEW = {
 "Tidal Current Energy Inc.": "Parrsboro", "Bluenose Hydrogen": "Halifax", "Kelpwise": "Lunenburg",
 "GreenGrid Analytics": "Moncton", "Acadia Carbon Capture": "Saint John",
 "Cape Breton Battery Recycling": "Sydney", "Island Solar Co-op": "Charlottetown",
 UDM: "Moncton", CTRI: "Halifax",
}
GOLD["maritime-cleantech-new-members-2024.md"] = dict(
entities=[
 E(MCN, "cluster", "CA", "MCN"), E("Halifax", "place", "CA"), E("Nova Scotia", "place", "CA", "NS"),
 E(ICN, "network", None, "ICN"), E("Bay of Fundy", "place", "CA"), E("Cape Breton", "place", "CA"),
 E("New Brunswick", "place", "CA", "NB"), E("Prince Edward Island", "place", "CA", "PEI"),
 E("Rachel MacNeil", "person", "CA"),
 E("Tidal Current Energy Inc.", "company", "CA", "Tidal Current Energy"),
 E("Bluenose Hydrogen", "company", "CA"), E("Kelpwise", "company", "CA"),
 E("GreenGrid Analytics", "company", "CA"), E("Acadia Carbon Capture", "company", "CA"),
 E("Cape Breton Battery Recycling", "company", "CA"), E("Island Solar Co-op", "company", "CA"),
 E(UDM, "university", "CA"), E(CTRI, "research_org", "CA", "CTRI"),
 E("Dalhousie University", "university", "CA"), E("Parrsboro", "place", "CA"),
 E("Lunenburg", "place", "CA"), E("Moncton", "place", "CA"), E("Saint John", "place", "CA"),
 E("Sydney", "place", "CA"), E("Charlottetown", "place", "CA"), E(SUA, "project", "CA"),
 E(ACOA, "public_body", "CA", "ACOA"), E("Copenhagen", "place", "DK"),
 E("CLEAN", "cluster", "DK"), E("Cleantech Alps", "cluster", "CH"),
 E("Energy Valley Groningen", "cluster", "NL"), E("Écotech Québec", "cluster", "CA"),
 E("Atlantic Canada", "place", "CA"), E("Mette Lindholm", "person", "DK"),
 E(GCW, "event"), E("Lyon", "place", "FR"), E("GLOBE Forum", "event", "CA"),
 E("Vancouver", "place", "CA"), E("Hannover Messe", "event", "DE"), E("Hanover", "place", "DE"),
 E(ACS, "event", "CA"), E("Canada's Ocean Supercluster", "cluster", "CA"),
 E("Liam Doucette", "person", "CA"),
],
relations=[
 R(MCN, "located_in", "Halifax"), R(MCN, "member_of", ICN), R("Rachel MacNeil", "works_for", MCN),
 *[R(o, "member_of", MCN) for o in NEW],
 *[R(o, "located_in", town) for o, town in NEW.items()],
 R(MCN, "leads", SUA), R(SUA, "funded_by", ACOA), R(ICN, "located_in", "Copenhagen"),
 *[R(o, "member_of", ICN) for o in ("CLEAN", "Cleantech Alps", "Energy Valley Groningen", "Écotech Québec")],
 R("CLEAN", "located_in", "Copenhagen"), R("Mette Lindholm", "works_for", ICN),
 R(ICN, "organized", GCW), R(GCW, "located_in", "Lyon"),
 R("GLOBE Forum", "located_in", "Vancouver"), R(MCN, "participated_in", "GLOBE Forum"),
 R("Hannover Messe", "located_in", "Hanover"),
 R("GreenGrid Analytics", "participated_in", "Hannover Messe"),
 R("Tidal Current Energy Inc.", "participated_in", "Hannover Messe"),
 R(ACS, "located_in", "Moncton"), R(MCN, "organized", ACS), R(UDM, "organized", ACS),
 R(MCN, "member_of", "Canada's Ocean Supercluster"), R("Liam Doucette", "works_for", MCN),
])

# 7. Newsletter with several short items (Tunisia, textiles).
STIC = "Sahel Textile Innovation Cluster"
CEPEX = "Centre de Promotion des Exportations"
PTIH = "Prato Textile Innovation Hub"
MTSF = "Mediterranean Textile Sourcing Forum"
EUR = "European Apparel and Textile Confederation"
NEWSTIC = {"EcoFibre Tunisie": "Sousse", "SmartWear Labs": "Sfax", "Atelier Kerkennah": "Mahdia"}
GOLD["sahel-textile-newsletter-2024.md"] = dict(
entities=[
 E(STIC, "cluster", "TN", "STIC"), E("Monastir", "place", "TN"), E("Techtextil", "event", "DE"),
 E("Frankfurt am Main", "place", "DE"), E(CEPEX, "public_body", "TN", "CEPEX"),
 E("Denim Sahel", "company", "TN"), E("Ksar Hellal", "place", "TN"),
 E("MedFil Industries", "company", "TN"), E("Moknine", "place", "TN"),
 E("Bergfalke Textil", "company", "DE"), E(PTIH, "cluster", "IT", "PTIH"),
 E("Tuscany", "place", "IT"), E("Prato", "place", "IT"), E("Giulia Bardi", "person", "IT"),
 E("CIRCUTEX", "project"), E("Interreg NEXT MED", "programme"),
 E("University of Monastir", "university", "TN"), E("AITEX", "research_org", "ES"),
 E("Alcoy", "place", "ES"), E("Amman Apparel Cluster", "cluster", "JO"),
 E("Ksibet el-Médiouni", "place", "TN"), E("EcoFibre Tunisie", "company", "TN"),
 E("Sousse", "place", "TN"), E("SmartWear Labs", "company", "TN"), E("Sfax", "place", "TN"),
 E("Atelier Kerkennah", "company", "TN"), E("Mahdia", "place", "TN"), E(MTSF, "event", "TN"),
 E("Enterprise Europe Network", "network"), E("Karim Trabelsi", "person", "TN"),
 E("Sonia Ben Salah", "person", "TN"), E(EUR, "network", None, "Euratex"),
],
relations=[
 R(STIC, "located_in", "Monastir"), R(STIC, "participated_in", "Techtextil"),
 R("Techtextil", "located_in", "Frankfurt am Main"), R(CEPEX, "participated_in", "Techtextil"),
 *[R(o, "participated_in", "Techtextil") for o in ("Denim Sahel", "MedFil Industries", "Bergfalke Textil")],
 R("Denim Sahel", "member_of", STIC), R("MedFil Industries", "member_of", STIC),
 R("Denim Sahel", "located_in", "Ksar Hellal"), R("MedFil Industries", "located_in", "Moknine"),
 R(STIC, "met_with", "Bergfalke Textil"),
 R(STIC, "partner_of", PTIH), R(PTIH, "located_in", "Prato"), R("Giulia Bardi", "works_for", PTIH),
 R("CIRCUTEX", "funded_by", "Interreg NEXT MED"), R("University of Monastir", "leads", "CIRCUTEX"),
 *[R(o, "consortium_member_of", "CIRCUTEX") for o in (
   "University of Monastir", STIC, "AITEX", "Amman Apparel Cluster")],
 R("AITEX", "located_in", "Alcoy"),
 *[R(o, "member_of", STIC) for o in NEWSTIC],
 *[R(o, "located_in", town) for o, town in NEWSTIC.items()],
 R(MTSF, "located_in", "Sousse"), R(STIC, "organized", MTSF),
 R("Enterprise Europe Network", "organized", MTSF),
 R("Karim Trabelsi", "works_for", STIC), R("Sonia Ben Salah", "works_for", STIC),
 R(STIC, "member_of", EUR),
])

# 8. Year in review with numbers (Malaysia, medtech).
PMTC = "Penang MedTech Cluster"
MIDA = "Malaysian Investment Development Authority"
MATRADE = "Malaysia External Trade Development Corporation"
MVB = "Medtech Valley Basel"
ESMC = "Eastern Seaboard MedTech Cluster"
HAMEDA = "Hanoi Medical Devices Association"
APAC = "Asia Pacific Medical Technology Association"
AMDCN = "ASEAN Medical Device Cluster Network"
AMRB = "ASEAN MedTech Regulatory Bridge"
USM = "Universiti Sains Malaysia"
SUMMIT = "Penang MedTech Supplier Summit"
GOLD["penang-medtech-year-in-review-2023.txt"] = dict(
entities=[
 E(PMTC, "cluster", "MY", "PMTC"), E("George Town", "place", "MY"), E("Penang", "place", "MY"),
 E("Kedah", "place", "MY"), E("Bayan Lepas", "place", "MY"),
 E("Invest Penang", "public_body", "MY"), E(MIDA, "public_body", "MY", "MIDA"),
 E("Lim Wei Ling", "person", "MY", "Dr Lim"), E("Ahmad Faris Ismail", "person", "MY"),
 E("Dubai", "place", "AE"), E("Arab Health", "event", "AE"),
 E(MATRADE, "public_body", "MY", "MATRADE"), E("MD&M West", "event", "US"),
 E("Anaheim", "place", "US"), E("Medical Fair Asia", "event", "SG"), E("Singapore", "place", "SG"),
 E("MEDICA", "event", "DE"), E("Düsseldorf", "place", "DE"), E("SPECTARIS", "network", "DE"),
 E(MVB, "cluster", "CH"), E("Sterilpak Asia", "company", "MY"), E("Kulim", "place", "MY"),
 E("Presisi Mould Tech", "company", "MY"), E(ESMC, "cluster", "TH", "ESMC"),
 E("Chonburi", "place", "TH"), E(HAMEDA, "network", "VN", "HAMEDA"),
 E("MTPConnect", "network", "AU"), E("Melbourne", "place", "AU"),
 E("AusBiotech 2023", "event", "AU"), E(APAC, "network", None, "APACMed"),
 E(AMDCN, "network"), E("Bangkok", "place", "TH"), E("MEDIPHIL", "network", "PH"),
 E(AMRB, "project", None, "AMRB"), E("ASEAN SME Innovation Fund", "programme"),
 E(USM, "university", "MY", "USM"), E("Nordic Catheter Systems", "company", "SE"),
 E("Batu Kawan", "place", "MY"), E("VitaSense", "company", "MY"), E(SUMMIT, "event", "MY"),
],
relations=[
 R(PMTC, "located_in", "George Town"), R(PMTC, "located_in", "Penang"),
 R(PMTC, "partner_of", "Invest Penang"), R(PMTC, "partner_of", MIDA),
 R("Lim Wei Ling", "works_for", PMTC), R("Ahmad Faris Ismail", "works_for", PMTC),
 R("Arab Health", "located_in", "Dubai"), R(PMTC, "participated_in", "Arab Health"),
 R(MATRADE, "participated_in", "Arab Health"),
 R("MD&M West", "located_in", "Anaheim"), R(PMTC, "participated_in", "MD&M West"),
 R("Medical Fair Asia", "located_in", "Singapore"), R(PMTC, "participated_in", "Medical Fair Asia"),
 R("MEDICA", "located_in", "Düsseldorf"), R(PMTC, "participated_in", "MEDICA"),
 R(PMTC, "met_with", "SPECTARIS"), R(PMTC, "met_with", MVB),
 R("SPECTARIS", "participated_in", "MEDICA"), R(MVB, "participated_in", "MEDICA"),
 R("Sterilpak Asia", "member_of", PMTC), R("Presisi Mould Tech", "member_of", PMTC),
 R("Sterilpak Asia", "participated_in", "MEDICA"), R("Presisi Mould Tech", "participated_in", "MEDICA"),
 R("Sterilpak Asia", "located_in", "Kulim"), R("Presisi Mould Tech", "located_in", "Penang"),
 R(PMTC, "partner_of", ESMC), R(ESMC, "located_in", "Chonburi"), R(PMTC, "partner_of", HAMEDA),
 R(PMTC, "partner_of", "MTPConnect"), R(PMTC, "participated_in", "AusBiotech 2023"),
 R("MTPConnect", "participated_in", "AusBiotech 2023"), R("AusBiotech 2023", "located_in", "Melbourne"),
 R(PMTC, "member_of", APAC), R(PMTC, "member_of", AMDCN), R(AMDCN, "located_in", "Bangkok"),
 R(PMTC, "leads", AMRB),
 *[R(o, "consortium_member_of", AMRB) for o in (PMTC, ESMC, "MEDIPHIL", USM)],
 R(AMRB, "funded_by", "ASEAN SME Innovation Fund"), R(USM, "located_in", "George Town"),
 R("Nordic Catheter Systems", "member_of", PMTC), R("Nordic Catheter Systems", "located_in", "Batu Kawan"),
 R("VitaSense", "member_of", PMTC), R("VitaSense", "located_in", "George Town"),
 R(PMTC, "organized", SUMMIT), R(SUMMIT, "located_in", "George Town"),
])

for document, gold in GOLD.items():
    path = Path(__file__).parent / f"{document.rsplit('.', 1)[0]}.json"
    body = {"document": document, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
