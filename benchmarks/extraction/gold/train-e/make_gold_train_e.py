"""Hand annotations of the `train-e` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-e/make_gold_train_e.py

Eight documents on clusters and agencies of Africa, the Middle East and Latin
America (Morocco, Kenya, Egypt, South Africa, Israel, the UAE, Chile, Brazil,
Colombia, Mexico) working with European partners. Same rules as make_gold.py
(README, "Documents and gold"), written by a separate annotator who did not
read the pipeline or the other sets' documents.

Conventions of this set:
- planned participations stated as agreed ("will bring a delegation to ...")
  are annotated like past ones;
- a project coordinator gets both `leads` and `consortium_member_of`;
- a proposal "to be submitted to" a programme gets no `funded_by` (it is not
  funded yet); "a Horizon Europe project" does;
- "X's office in <city>" gives no `located_in` for X (the organisation itself
  is not based there);
- hospitals are `research_org`; industry associations are `network`;
  named facilities (Olkaria geothermal complex, Haru Oni) and venues are `place`.
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

# --- press release: French plant cluster / Moroccan agropole MoU -------------------
VV = "Vegepolys Valley"
ASM = "Agropole Souss-Massa"
SIAM = "Salon International de l'Agriculture au Maroc"
IAV = "Institut Agronomique et Vétérinaire Hassan II"
IA = "Institut Agro Rennes-Angers"
PRIMA = "Partnership for Research and Innovation in the Mediterranean Area"
AREFLH = "Assembly of European Regions producing Fruit, Vegetables and Ornamental Plants"
PDL = "Pays de la Loire Regional Council"
GOLD["vegepolys-valley-agropole-souss-massa-mou-2024.md"] = dict(
entities=[
 E(VV, "cluster", "FR"), E("Angers", "place", "FR"), E("Pays de la Loire", "place", "FR"),
 E(ASM, "cluster", "MA", "agropole"), E("Agadir", "place", "MA"),
 E(SIAM, "event", "MA", "SIAM"), E("Meknès", "place", "MA"),
 E("Agence pour le Développement Agricole", "public_body", "MA", "ADA"),
 E(PDL, "public_body", "FR"), E("Business France", "public_body", "FR"),
 E("Casablanca", "place", "MA"), E("SIFEL Maroc", "event", "MA"), E("Souss-Massa", "place", "MA"),
 E("SIVAL", "event", "FR", "SIVAL 2025"), E("Vilmorin-Mikado", "company", "FR"),
 E("La Ménitré", "place", "FR"), E("Richel Group", "company", "FR"), E("Eygalières", "place", "FR"),
 E("Loire valley", "place", "FR"), E("Claire Méchin", "person", "FR", "Méchin"),
 E("INRAE", "research_org", "FR"), E(IA, "university", "FR"),
 E("Hassan Ait Lahcen", "person", "MA", "Ait Lahcen"), E("Azura", "company", "MA"),
 E("Chtouka Aït Baha", "place", "MA"), E("Souss Emballages", "company", "MA"),
 E("IRRIGAMA", "project", None, "Irrigation intelligente pour les maraîchers"),
 E("Taroudant", "place", "MA"), E(PRIMA, "programme", None, "PRIMA"),
 E(IAV, "university", "MA", "IAV Hassan II"), E("Rabat", "place", "MA"),
 E("University of Angers", "university", "FR"), E(AREFLH, "network", None, "AREFLH"),
 E("Centre-Val de Loire", "place", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E("France Clusters", "network", "FR"), E("Plan Maroc Vert", "programme", "MA"),
],
relations=[
 R(VV, "located_in", "Angers"), R(VV, "located_in", "Pays de la Loire"),
 R(ASM, "located_in", "Agadir"), R(VV, "partner_of", ASM),
 R(VV, "participated_in", SIAM), R(ASM, "participated_in", SIAM), R(SIAM, "located_in", "Meknès"),
 R("Agence pour le Développement Agricole", "participated_in", SIAM),
 R(PDL, "participated_in", SIAM), R("Business France", "participated_in", SIAM),
 R(VV, "participated_in", "SIFEL Maroc"), R("SIFEL Maroc", "located_in", "Agadir"),
 R(ASM, "participated_in", "SIVAL"), R("SIVAL", "located_in", "Angers"),
 R(ASM, "met_with", "Vilmorin-Mikado"), R(ASM, "met_with", "Richel Group"),
 R("Vilmorin-Mikado", "participated_in", "SIVAL"), R("Richel Group", "participated_in", "SIVAL"),
 R("Vilmorin-Mikado", "located_in", "La Ménitré"), R("Richel Group", "located_in", "Eygalières"),
 R("Claire Méchin", "works_for", VV), R("Claire Méchin", "participated_in", SIAM),
 R("INRAE", "participated_in", SIAM), R(IA, "participated_in", SIAM),
 R("Hassan Ait Lahcen", "works_for", ASM),
 R("Azura", "located_in", "Chtouka Aït Baha"), R("Souss Emballages", "located_in", "Agadir"),
 R(ASM, "leads", "IRRIGAMA"),
 *[R(o, "consortium_member_of", "IRRIGAMA") for o in (ASM, VV, IAV, IA, "University of Angers")],
 R(IAV, "located_in", "Rabat"),
 R(PDL, "member_of", AREFLH), R(VV, "member_of", "France Clusters"),
])

# --- news item: French energy cluster's business mission to Kenya ------------------
CAP = "Capenergies"
KRES = "Kenya Renewable Energy Summit"
KEREA = "Kenya Renewable Energy Association"
SERC = "Strathmore Energy Research Centre"
KENGEN = "Kenya Electricity Generating Company"
GDC = "Geothermal Development Company"
KIRDI = "Kenya Industrial Research and Development Institute"
EPRA = "Energy and Petroleum Regulatory Authority"
RC = "Rencontres Capenergies"
CAPM = (("Mistral Microgrids", "Marseille"), ("Lumisol Technologies", "Sophia Antipolis"),
        ("Hydrogène de Provence", "Manosque"), ("Geotherm Sud Ingénierie", "Aix-en-Provence"),
        ("Agrivolt Durance", "Cavaillon"))
GOLD["capenergies-kenya-energy-mission-2023.txt"] = dict(
entities=[
 E(CAP, "cluster", "FR"), E("Provence-Alpes-Côte d'Azur", "place", "FR"), E("Nairobi", "place", "KE"),
 E("Business France", "public_body", "FR"),
 E("French Chamber of Commerce and Industry in Kenya", "public_body", "KE", "FCCIK"),
 E("Région Sud", "public_body", "FR", "Région Sud regional council"),
 *[E(c, "company", "FR") for c, _ in CAPM], *[E(t, "place", "FR") for _, t in CAPM],
 E("Embassy of France in Kenya", "public_body", "FR"),
 E("Ministry of Energy and Petroleum", "public_body", "KE"), E(EPRA, "public_body", "KE", "EPRA"),
 E(KRES, "event", "KE", "KRES"), E(KEREA, "network", "KE", "KEREA"),
 E("Kenyatta International Convention Centre", "place", "KE"),
 E("Marion Delcourt", "person", "FR", "Delcourt"), E("Grace Wanjiru Mwangi", "person", "KE"),
 E("Provence", "place", "FR"), E("Rift Valley", "place", "KE"),
 E("Strathmore University", "university", "KE"), E(SERC, "research_org", "KE", "SERC"),
 E("MINIGRID-EA", "project"), E("Horizon Europe", "programme"),
 E("University of Nairobi", "university", "KE"), E(KIRDI, "research_org", "KE", "KIRDI"),
 E("Olkaria geothermal complex", "place", "KE"), E("Naivasha", "place", "KE"),
 E(KENGEN, "company", "KE", "KenGen"), E(GDC, "company", "KE", "GDC"),
 E("Menengai field", "place", "KE"), E("Nakuru", "place", "KE"),
 E(RC, "event", "FR"), E("GET.invest", "programme"), E("SolarPower Europe", "network"),
],
relations=[
 R(CAP, "located_in", "Provence-Alpes-Côte d'Azur"),
 *[R(c, "member_of", CAP) for c, _ in CAPM], *[R(c, "located_in", t) for c, t in CAPM],
 R(CAP, "met_with", "Ministry of Energy and Petroleum"), R(CAP, "met_with", EPRA),
 R(CAP, "participated_in", KRES), *[R(c, "participated_in", KRES) for c, _ in CAPM],
 R(KEREA, "organized", KRES), R(KRES, "located_in", "Kenyatta International Convention Centre"),
 R("Marion Delcourt", "works_for", CAP), R("Marion Delcourt", "participated_in", KRES),
 R(CAP, "partner_of", KEREA), R("Grace Wanjiru Mwangi", "works_for", KEREA),
 R(CAP, "met_with", SERC),
 R(SERC, "leads", "MINIGRID-EA"),
 *[R(o, "consortium_member_of", "MINIGRID-EA") for o in (SERC, CAP, "Mistral Microgrids",
                                                          "University of Nairobi")],
 R("Hydrogène de Provence", "met_with", KIRDI),
 R("Geotherm Sud Ingénierie", "met_with", KENGEN), R("Geotherm Sud Ingénierie", "met_with", GDC),
 R(KEREA, "participated_in", RC), R(CAP, "organized", RC), R(RC, "located_in", "Marseille"),
 R(CAP, "member_of", "SolarPower Europe"),
])

# --- newsletter: French fintech cluster, several items ----------------------------
FI = "Finance Innovation"
FE = "FinTech Egypt"
SNA = "Seamless North Africa"
DFS = "Dubai FinTech Summit"
DIFC = "Dubai International Financial Centre"
ADGM = "Abu Dhabi Global Market"
SLB = "Sophie Laurent-Baudry"
FB = "Fintech Bridges: Mexico–France"
AFM = "Asociación Fintech México"
MTO = "Mariana Treviño Ochoa"
FSA = "FINSKILLS Africa"
DAUPH = "Université Paris Dauphine-PSL"
DELEG = (("Axelium Pay", "Lyon"), ("Quantaleaf", "Paris"), ("Solvéo Crédit", "Lille"),
         ("Ledgerline", "Nantes"))
GOLD["finance-innovation-international-digest-2024.html"] = dict(
entities=[
 E(FI, "cluster", "FR"), E("Paris", "place", "FR"), E(SNA, "event", "EG", "Seamless"),
 E("Cairo", "place", "EG"), E(FE, "network", "EG"),
 E("Central Bank of Egypt", "public_body", "EG", "CBE"),
 E("Axelium Pay", "company", "FR"), E("Lyon", "place", "FR"), E("Quantaleaf", "company", "FR"),
 E("Banque Misr", "company", "EG"), E("National Bank of Egypt", "company", "EG"),
 E(SLB, "person", "FR", "Laurent-Baudry"),
 E(DFS, "event", "AE"), E(DIFC, "public_body", "AE", "DIFC"),
 E("Madinat Jumeirah", "place", "AE"), E("Dubai", "place", "AE"), E("Abu Dhabi", "place", "AE"),
 E(ADGM, "public_body", "AE", "ADGM"), E("Hub71", "cluster", "AE"),
 E("Mubadala", "company", "AE"),
 E("Solvéo Crédit", "company", "FR"), E("Lille", "place", "FR"),
 E("Ledgerline", "company", "FR"), E("Nantes", "place", "FR"),
 E("Ubuntu Ledger", "company", "ZA"), E("Cape Town", "place", "ZA"),
 E("Wesgro", "public_body", "ZA"), E("Western Cape", "place", "ZA"),
 E("Autorité de contrôle prudentiel et de résolution", "public_body", "FR", "ACPR"),
 E("Thandiwe Nkosi", "person", "ZA"),
 E(FB, "event", None), E(AFM, "network", "MX", "AFM"),
 E("Business France", "public_body", "FR"), E("Mexico City", "place", "MX"),
 E(MTO, "person", "MX"),
 E(FSA, "project"), E("Erasmus+", "programme", None, "Erasmus+ programme"),
 E(DAUPH, "university", "FR"), E("Kenyatta University", "university", "KE"),
 E("Cairo University", "university", "EG"),
 E("Université Mohammed V de Rabat", "university", "MA"),
 E("University of Cape Town", "university", "ZA"), E("Nairobi", "place", "KE"),
 E("VivaTech", "event", "FR"), E("Money20/20 Middle East", "event", "SA"),
 E("Riyadh", "place", "SA"),
],
relations=[
 R(FI, "located_in", "Paris"), R(SNA, "located_in", "Cairo"),
 R(FI, "partner_of", FE), R(FI, "participated_in", SNA), R(FE, "participated_in", SNA),
 R("Central Bank of Egypt", "leads", FE),
 R("Axelium Pay", "member_of", FI), R("Quantaleaf", "member_of", FI),
 R("Axelium Pay", "participated_in", SNA), R("Quantaleaf", "participated_in", SNA),
 *[R(c, "met_with", b) for c in ("Axelium Pay", "Quantaleaf")
   for b in ("Banque Misr", "National Bank of Egypt")],
 R(SLB, "works_for", FI),
 R(FI, "participated_in", DFS), R(DIFC, "organized", DFS),
 R(DFS, "located_in", "Madinat Jumeirah"), R(DFS, "located_in", "Dubai"),
 R(SLB, "participated_in", DFS),
 R(FI, "met_with", ADGM), R(FI, "met_with", "Hub71"),
 R(ADGM, "located_in", "Abu Dhabi"), R("Hub71", "located_in", "Abu Dhabi"),
 *[R(c, "participated_in", DFS) for c, _ in DELEG], *[R(c, "located_in", t) for c, t in DELEG],
 R("Ubuntu Ledger", "located_in", "Cape Town"), R("Ubuntu Ledger", "member_of", FI),
 R("Wesgro", "located_in", "Western Cape"), R("Thandiwe Nkosi", "works_for", "Ubuntu Ledger"),
 R(FI, "organized", FB), R(AFM, "organized", FB),
 R(SLB, "participated_in", FB), R(MTO, "participated_in", FB), R(MTO, "works_for", AFM),
 R(DAUPH, "leads", FSA), R(FSA, "funded_by", "Erasmus+"),
 *[R(o, "consortium_member_of", FSA) for o in (FI, DAUPH, "Kenyatta University", "Cairo University",
                                               "Université Mohammed V de Rabat",
                                               "University of Cape Town")],
 R(FI, "participated_in", "VivaTech"), R(FE, "participated_in", "VivaTech"),
 R("VivaTech", "located_in", "Paris"),
 R(FI, "participated_in", "Money20/20 Middle East"),
 R("Money20/20 Middle East", "located_in", "Riyadh"),
])

# --- newsletter: Walloon health cluster's delegation to Israel ---------------------
BW = "BioWin"
AWEX = "Wallonia Export & Investment Agency"
MIX = "MIXiii Health-Tech.IL"
IATI = "Israel Advanced Technology Industries"
ULG = "University of Liège"
CHU = "Centre Hospitalier Universitaire de Liège"
SHEBA = "Sheba Medical Center"
ARC = "ARC Innovation Center"
IIA = "Israel Innovation Authority"
SPW = "Service public de Wallonie Recherche"
TAU = "Tel Aviv University"
WIS = "Weizmann Institute of Science"
RT = "RADIOMICS-TRUST"
BWD = "BioWin Day"
BWM = (("Hemodia Analytics", "Liège"), ("NeuroPulse Medical", "Louvain-la-Neuve"),
       ("Oncodiag Software", "Charleroi"), ("CareLink Wallonie", "Namur"))
GOLD["biowin-israel-digital-health-delegation-2023.md"] = dict(
entities=[
 E(BW, "cluster", "BE"), E("Wallonia", "place", "BE"), E(AWEX, "public_body", "BE", "AWEX"),
 E("Tel Aviv", "place", "IL"), E(MIX, "event", "IL", "MIXiii"), E(IATI, "network", "IL", "IATI"),
 E("Expo Tel Aviv", "place", "IL"),
 *[E(c, "company", "BE") for c, _ in BWM],
 E("Liège", "place", "BE"), E("Louvain-la-Neuve", "place", "BE"), E("Charleroi", "place", "BE"),
 E("Namur", "place", "BE"),
 E(ULG, "university", "BE", "ULiège"), E(CHU, "research_org", "BE", "CHU de Liège"),
 E(IIA, "public_body", "IL", "Authority"), E(SPW, "public_body", "BE", "SPW Recherche"),
 E(ARC, "research_org", "IL"), E(SHEBA, "research_org", "IL", "Sheba"),
 E("Ramat Gan", "place", "IL"), E("Ramot", "company", "IL"), E(TAU, "university", "IL"),
 E(WIS, "research_org", "IL"), E("Rehovot", "place", "IL"),
 E("Anne Vercruysse", "person", "BE", "Vercruysse"), E(BWD, "event", "BE"),
 E("Yossi Ben-Ami", "person", "IL", "Ben-Ami"),
 E(RT, "project"), E("Horizon Europe", "programme"),
 E("Enterprise Europe Network", "network", None, "EEN"),
 E("Council of European BioRegions", "network", None, "CEBR"),
],
relations=[
 R(BW, "located_in", "Wallonia"), R(BW, "participated_in", MIX), R(AWEX, "participated_in", MIX),
 R(IATI, "organized", MIX), R(MIX, "located_in", "Expo Tel Aviv"), R(MIX, "located_in", "Tel Aviv"),
 *[R(c, "member_of", BW) for c in [c for c, _ in BWM] + [ULG, CHU]],
 *[R(c, "participated_in", MIX) for c in [c for c, _ in BWM] + [ULG, CHU]],
 *[R(c, "located_in", t) for c, t in BWM], R(ULG, "located_in", "Liège"), R(CHU, "located_in", "Liège"),
 R(BW, "met_with", IIA), R(IIA, "partner_of", SPW),
 R(BW, "met_with", ARC), R(ARC, "located_in", "Ramat Gan"), R(SHEBA, "located_in", "Ramat Gan"),
 R("Hemodia Analytics", "met_with", SHEBA), R("Oncodiag Software", "met_with", SHEBA),
 R(BW, "met_with", "Ramot"),
 R(ULG, "partner_of", WIS), R(WIS, "located_in", "Rehovot"),
 R("Anne Vercruysse", "works_for", BW), R("Anne Vercruysse", "participated_in", MIX),
 R(BW, "partner_of", IATI),
 R(IATI, "participated_in", BWD), R(BW, "organized", BWD), R(BWD, "located_in", "Charleroi"),
 R("Yossi Ben-Ami", "works_for", IATI), R("Yossi Ben-Ami", "participated_in", BWD),
 *[R(o, "consortium_member_of", RT) for o in (BW, ULG, TAU, SHEBA)], R(ULG, "leads", RT),
 R(AWEX, "member_of", "Enterprise Europe Network"),
 R(BW, "member_of", "Council of European BioRegions"),
])

# --- press release: Basque energy cluster's hydrogen MoU and mission to Chile -------
BEC = "Basque Energy Cluster"
H2C = "Chilean Hydrogen Association"
HYV = "Hyvolution Chile"
BTI = "Basque Trade & Investment"
UMAG = "Universidad de Magallanes"
PUC = "Pontificia Universidad Católica de Chile"
AHC = "Asociación Hidrógeno Colombia"
BH2C = "Basque Hydrogen Corridor"
WHS = "World Hydrogen Summit"
BECM = (("Ingeteam", "company", "Zamudio"), ("Sener", "company", "Getxo"),
        ("Petronor", "company", "Muskiz"), ("Arteche", "company", "Mungia"),
        ("Tecnalia", "research_org", "Derio"),
        ("Mondragon Unibertsitatea", "university", "Arrasate-Mondragón"))
GOLD["basque-energy-cluster-chile-hydrogen-mou-2024.html"] = dict(
entities=[
 E(BEC, "cluster", "ES", "Clúster de Energía del País Vasco"), E("Bilbao", "place", "ES"),
 E(H2C, "network", "CL", "H2 Chile"), E("Santiago", "place", "CL"), E(HYV, "event", "CL"),
 E("Iñaki Etxebarria", "person", "ES", "Etxebarria"),
 E("Marcela Fuentes Araya", "person", "CL"),
 E("Ministerio de Energía", "public_body", "CL"), E(BTI, "public_body", "ES"),
 E("Basque Government", "public_body", "ES"),
 E("Antofagasta", "place", "CL"), E("Magallanes Region", "place", "CL", "Magallanes"),
 E("Basque Country", "place", "ES"),
 E("Ente Vasco de la Energía", "public_body", "ES", "EVE"),
 *[E(o, t, "ES") for o, t, _ in BECM], *[E(p, "place", "ES") for _, _, p in BECM],
 E("Punta Arenas", "place", "CL"),
 E("Corporación de Fomento de la Producción", "public_body", "CL", "Corfo"),
 E(UMAG, "university", "CL", "UMAG"), E("HIF Chile", "company", "CL"),
 E("Haru Oni", "place", "CL"), E(PUC, "university", "CL", "UC"),
 E("Bogotá", "place", "CO"), E(AHC, "network", "CO"), E("Ecopetrol", "company", "CO"),
 E("Cartagena", "place", "CO"), E("Hydrogen Europe", "network"),
 E(BH2C, "project", "ES", "BH2C"), E(WHS, "event", "NL"), E("Rotterdam", "place", "NL"),
],
relations=[
 R(BEC, "located_in", "Bilbao"), R(BEC, "partner_of", H2C),
 R(BEC, "participated_in", HYV), R(H2C, "participated_in", HYV), R(HYV, "located_in", "Santiago"),
 R("Iñaki Etxebarria", "works_for", BEC), R("Marcela Fuentes Araya", "works_for", H2C),
 R("Iñaki Etxebarria", "participated_in", HYV), R("Marcela Fuentes Araya", "participated_in", HYV),
 R("Ministerio de Energía", "participated_in", HYV), R(BTI, "participated_in", HYV),
 *[R(o, "member_of", BEC) for o, _, _ in BECM],
 *[R(o, "participated_in", HYV) for o, _, _ in BECM],
 *[R(o, "located_in", p) for o, _, p in BECM],
 R(BEC, "met_with", "Corporación de Fomento de la Producción"),
 R(BEC, "met_with", UMAG), R(UMAG, "located_in", "Punta Arenas"),
 R("Mondragon Unibertsitatea", "partner_of", UMAG),
 R(BEC, "met_with", "HIF Chile"), R("Tecnalia", "partner_of", PUC),
 *[R(o, "met_with", m) for o in (BEC, "Ingeteam", "Arteche") for m in (AHC, "Ecopetrol")],
 R(BEC, "member_of", "Hydrogen Europe"),
 R(BEC, "consortium_member_of", BH2C), R("Petronor", "consortium_member_of", BH2C),
 R("Petronor", "leads", BH2C),
 R(BEC, "participated_in", WHS), R(H2C, "participated_in", WHS), R(WHS, "located_in", "Rotterdam"),
])

# --- consortium kick-off: PRIMA project in Cairo ------------------------------------
HC = "HALOCROP"
UAL = "University of Almería"
ARCE = "Agricultural Research Center"
ASRT = "Academy of Scientific Research and Technology"
INRGREF = "Institut National de Recherches en Génie Rural, Eaux et Forêts"
ISAFOM = "CNR Institute for Agricultural and Forestry Systems in the Mediterranean"
CLAN = "Cluster Agrifood Nazionale"
UM6P = "Mohammed VI Polytechnic University"
DRC = "Desert Research Center"
WUR = "Wageningen University & Research"
HCP = ((UAL, "university", "ES", "Almería"), ("Fundación Tecnova", "research_org", "ES", "Almería"),
       ("Hispatec", "company", "ES", "Almería"), (ARCE, "research_org", "EG", "Giza"),
       (DRC, "research_org", "EG", "Cairo"), ("SEKEM", "company", "EG", "Belbeis"),
       (UM6P, "university", "MA", "Ben Guerir"), (INRGREF, "research_org", "TN", "Ariana"),
       (ISAFOM, "research_org", "IT", "Portici"), (CLAN, "cluster", "IT", "Rome"))
ALIASES = {UAL: ("UAL",), ARCE: ("ARC",), DRC: ("DRC",), UM6P: ("UM6P",), INRGREF: ("INRGREF",),
           ISAFOM: ("CNR-ISAFOM",), CLAN: ("CL.A.N.",)}
GOLD["halocrop-prima-kickoff-cairo-2024.txt"] = dict(
entities=[
 E(HC, "project", None, "Halophyte and salt-tolerant crops for resilient Mediterranean food systems"),
 *[E(o, t, c, *ALIASES.get(o, ())) for o, t, c, _ in HCP],
 *[E(p, "place", c) for p, c in (("Almería", "ES"), ("Giza", "EG"), ("Cairo", "EG"),
                                 ("Belbeis", "EG"), ("Ben Guerir", "MA"), ("Ariana", "TN"),
                                 ("Portici", "IT"), ("Rome", "IT"))],
 E(PRIMA, "programme", None, "PRIMA"), E(ASRT, "public_body", "EG", "ASRT"),
 E("Lucía Garrido Ortega", "person", "ES", "Garrido"),
 E("Ras Sudr", "place", "EG"), E("South Sinai", "place", "EG"), E("Nile Delta", "place", "EG"),
 E("Mona Abdel-Rahman", "person", "EG"), E("Karim Bensouda", "person", "MA"),
 E("Giulia Ferraro", "person", "IT"), E("Sharqia Governorate", "place", "EG"),
 E("Delegation of the European Union to Egypt", "public_body", "EG"),
 E("Union for the Mediterranean", "public_body", None, "UfM"),
 E("SALTWISE", "project"), E(WUR, "university", "NL"), E("Horizon Europe", "programme"),
 E("Sahara Expo", "event", "EG"), E("Infoagro Exhibition", "event", "ES"),
],
relations=[
 R(HC, "funded_by", PRIMA), R(HC, "funded_by", ASRT), R(UAL, "leads", HC),
 *[R(o, "consortium_member_of", HC) for o, _, _, _ in HCP],
 *[R(o, "located_in", p) for o, _, _, p in HCP],
 R("Lucía Garrido Ortega", "works_for", UAL), R("Mona Abdel-Rahman", "works_for", ARCE),
 R("Karim Bensouda", "works_for", UM6P), R("Giulia Ferraro", "works_for", CLAN),
 R(WUR, "leads", "SALTWISE"), R(WUR, "consortium_member_of", "SALTWISE"),
 R("SALTWISE", "funded_by", "Horizon Europe"),
 R(ARCE, "participated_in", "Sahara Expo"), R("SEKEM", "participated_in", "Sahara Expo"),
 R("Sahara Expo", "located_in", "Cairo"),
 R(UAL, "participated_in", "Infoagro Exhibition"),
 R("Fundación Tecnova", "participated_in", "Infoagro Exhibition"),
 R("Infoagro Exhibition", "located_in", "Almería"),
])

# --- annual-report chapter: French agri-food cluster in Latin America ----------------
VIT = "Vitagora"
FIS = "Fispal Tecnologia"
ABIA = "Associação Brasileira da Indústria de Alimentos"
ITAL = "Instituto de Tecnologia de Alimentos"
EFT = "Embrapa Food Technology"
EFS = "Espacio Food & Service"
MAC = "Macrorrueda de Negocios de Alimentos"
CT = "CACAO-TRACE"
CCB = "Cámara de Comercio de Bogotá"
UNAL = "Universidad Nacional de Colombia"
CVS = "Chocolaterie du Val de Saône"
AMX = "Alimentaria México"
CAANL = "Clúster Agroalimentario de Nuevo León"
VC = "Vitagora Congress"
EF = "Élodie Fontaine"
GOLD["vitagora-latin-america-activity-report-2023.md"] = dict(
entities=[
 E(VIT, "cluster", "FR"), E("Bourgogne-Franche-Comté", "place", "FR"), E("Dijon", "place", "FR"),
 E(FIS, "event", "BR", "Fispal"), E("São Paulo", "place", "BR"), E("Business France", "public_body", "FR"),
 E("Maison Sapidia", "company", "FR"), E("Beaune", "place", "FR"),
 E("Proteinea", "company", "FR"), E("Besançon", "place", "FR"),
 E(ABIA, "network", "BR", "ABIA"), E(ITAL, "research_org", "BR", "ITAL"), E("Campinas", "place", "BR"),
 E(EFT, "research_org", "BR", "Embrapa Agroindústria de Alimentos"), E("Rio de Janeiro", "place", "BR"),
 E("Brazilian Agricultural Research Corporation", "research_org", "BR", "Embrapa"),
 E(EFS, "event", "CL"), E("Santiago", "place", "CL"), E(EF, "person", "FR", "Fontaine"),
 E("Chilealimentos", "network", "CL"), E("Transforma Alimentos", "programme", "CL"),
 E("Corfo", "public_body", "CL"), E("Fundación Chile", "research_org", "CL"),
 E("ProColombia", "public_body", "CO"), E(MAC, "event", "CO"), E("Bogotá", "place", "CO"),
 E(CT, "project"), E("AL-INVEST Verde", "programme"), E("European Union", "public_body"), E(CCB, "public_body", "CO"),
 E(UNAL, "university", "CO"), E(CVS, "company", "FR"), E("Chalon-sur-Saône", "place", "FR"),
 E(AMX, "event", "MX"), E("Mexico City", "place", "MX"), E(CAANL, "cluster", "MX", "CAANL"),
 E("Monterrey", "place", "MX"), E(VC, "event", "FR"),
 E("Patrick Dubreuil", "person", "FR"), E("EIT Food", "network"),
],
relations=[
 R(VIT, "located_in", "Dijon"), R(VIT, "located_in", "Bourgogne-Franche-Comté"),
 R(VIT, "participated_in", FIS), R(FIS, "located_in", "São Paulo"),
 R("Business France", "participated_in", FIS),
 *[R(c, p, o) for c, t in (("Maison Sapidia", "Beaune"), ("Proteinea", "Besançon"))
   for p, o in (("member_of", VIT), ("participated_in", FIS), ("located_in", t))],
 R(VIT, "met_with", ABIA),
 R(VIT, "partner_of", ITAL), R(ITAL, "located_in", "Campinas"),
 R(VIT, "met_with", EFT), R(EFT, "located_in", "Rio de Janeiro"),
 R(EF, "works_for", VIT), R(EF, "participated_in", EFS),
 R(VIT, "participated_in", EFS), R(EFS, "located_in", "Santiago"),
 R(VIT, "partner_of", "Chilealimentos"), R("Chilealimentos", "participated_in", EFS),
 R(VIT, "met_with", "Fundación Chile"),
 R("ProColombia", "organized", MAC), R(VIT, "participated_in", MAC), R(MAC, "located_in", "Bogotá"),
 R(CT, "funded_by", "AL-INVEST Verde"), R(CCB, "leads", CT),
 *[R(o, "consortium_member_of", CT) for o in (CCB, VIT, UNAL, CVS)],
 R(CVS, "member_of", VIT), R(CVS, "located_in", "Chalon-sur-Saône"),
 R(VIT, "participated_in", AMX), R(EF, "participated_in", AMX), R(AMX, "located_in", "Mexico City"),
 R(VIT, "met_with", CAANL), R(VIT, "partner_of", CAANL), R(CAANL, "located_in", "Monterrey"),
 R(CAANL, "participated_in", VC), R(VIT, "organized", VC), R(VC, "located_in", "Dijon"),
 R("Patrick Dubreuil", "works_for", VIT), R(VIT, "member_of", "EIT Food"),
])

# --- event news: German medtech cluster at Arab Health, Dubai ------------------------
MV = "Medical Valley EMN"
AH = "Arab Health 2024"
DSP = "Dubai Science Park"
BHE = "Bavarian Health Evening"
KA = "Katrin Albers"
FAM = "Fatima Al Marzooqi"
AHE = "Africa Health ExCon"
UPA = "Unified Procurement Authority"
MG = "MEDGLOBAL"
IIS = "Fraunhofer Institute for Integrated Circuits IIS"
CLS = "Cluster Lombardo Scienze della Vita"
CBH = "CataloniaBio & HealthTech"
MVM = (("Ortholux Implants", "company", "Fürth"), ("Sonavia Medical", "company", "Erlangen"),
       ("DermaScan Systems", "company", "Nuremberg"), ("Klinikplan", "company", "Bamberg"),
       ("Infusio Technik", "company", "Forchheim"), (IIS, "research_org", "Erlangen"))
GOLD["medical-valley-arab-health-dubai-2024.html"] = dict(
entities=[
 E(MV, "cluster", "DE", "Medical Valley"), E("Erlangen", "place", "DE"),
 E("European Metropolitan Region of Nuremberg", "place", "DE"),
 E(AH, "event", "AE", "Arab Health"), E("Dubai World Trade Centre", "place", "AE"),
 E("Dubai", "place", "AE"), E("Informa Markets", "company"),
 E("Messe Düsseldorf", "company", "DE"),
 E("Federal Ministry for Economic Affairs and Climate Action", "public_body", "DE", "BMWK"),
 *[E(o, t, "DE") for o, t, _ in MVM],
 *[E(p, "place", "DE") for p in ("Fürth", "Nuremberg", "Bamberg", "Forchheim")],
 E("Siemens Healthineers", "company", "DE"), E(BHE, "event", "AE"),
 E("Jumeirah Emirates Towers", "place", "AE"),
 E("Dubai Health Authority", "public_body", "AE", "DHA"), E("Mubadala Health", "company", "AE"),
 E("Abu Dhabi", "place", "AE"), E("Cleveland Clinic Abu Dhabi", "research_org", "AE"),
 E(KA, "person", "DE", "Albers"), E(DSP, "cluster", "AE", "DSP"), E("TECOM Group", "company", "AE"),
 E(FAM, "person", "AE"), E(AHE, "event", "EG"), E(UPA, "public_body", "EG", "UPA"),
 E("Cairo", "place", "EG"), E("Bayern International", "public_body", "DE"),
 E(MG, "project"), E("Single Market Programme", "programme", None, "EU Single Market Programme"),
 E(CLS, "cluster", "IT"), E("Milan", "place", "IT"), E(CBH, "cluster", "ES"),
 E("Barcelona", "place", "ES"),
],
relations=[
 R(MV, "located_in", "Erlangen"), R(MV, "located_in", "European Metropolitan Region of Nuremberg"),
 R(MV, "participated_in", AH), R(AH, "located_in", "Dubai World Trade Centre"),
 R(AH, "located_in", "Dubai"), R("Informa Markets", "organized", AH),
 R("Messe Düsseldorf", "participated_in", AH),
 *[R(o, "member_of", MV) for o, _, _ in MVM], *[R(o, "participated_in", AH) for o, _, _ in MVM],
 *[R(o, "located_in", p) for o, _, p in MVM],
 R("Siemens Healthineers", "member_of", MV), R("Siemens Healthineers", "participated_in", AH),
 R("Siemens Healthineers", "organized", BHE), R(MV, "organized", BHE),
 R(BHE, "located_in", "Jumeirah Emirates Towers"),
 R(MV, "met_with", "Dubai Health Authority"), R(MV, "met_with", "Mubadala Health"),
 R("Mubadala Health", "located_in", "Abu Dhabi"),
 R("DermaScan Systems", "met_with", "Cleveland Clinic Abu Dhabi"),
 R(KA, "works_for", MV), R(KA, "participated_in", AH),
 R(MV, "partner_of", DSP), R(DSP, "participated_in", AH),
 R(FAM, "works_for", DSP), R(FAM, "participated_in", AH),
 R("Sonavia Medical", "member_of", DSP),
 R(MV, "participated_in", AHE), R(UPA, "organized", AHE), R(AHE, "located_in", "Cairo"),
 R("Bayern International", "participated_in", AHE),
 R(MG, "funded_by", "Single Market Programme"), R(MV, "leads", MG),
 *[R(o, "consortium_member_of", MG) for o in (MV, CLS, CBH)],
 R(CLS, "located_in", "Milan"), R(CBH, "located_in", "Barcelona"),
])


docs = Path(__file__).resolve().parents[2] / "docs" / "train-e"
for name, gold in GOLD.items():
    types = {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        types[e["name"]] = e["type"]
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types and o in types, (name, "undeclared end", r)
        st, ot = ALLOWED[p]
        assert types[s] in st and types[o] in ot, (name, "type not allowed", r, types[s], types[o])
        assert (s, p, o) not in seen, (name, "duplicate relation", r)
        seen.add((s, p, o))
    if docs.is_dir():
        assert (docs / name).is_file(), (name, "document missing")
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
