"""Hand annotations of the `train-f` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-f/make_gold_train_f.py

Theme: EU consortia and European networks (Interreg, Horizon Europe, LIFE, Digital
Europe, COST, EU4Health, Erasmus+, Single Market Programme; EEN, Vanguard
Initiative, EIT communities, Hydrogen Europe) in hydrogen, cleantech, mobility,
space and textiles clusters. Same rules as make_gold.py (README, "Documents and
gold"), written by a separate annotator who did not read the pipeline's code.

Conventions used here:
- a coordinator / lead partner gets both `leads` and `consortium_member_of`;
- planned participations stated as agreed ("will present ... at X") are annotated
  like past ones;
- a stated business agreement between two organisations (MoU, cooperation
  agreement, distribution agreement, joint offer, pilot contract) is `partner_of`;
- a located_in is annotated only when the text says where the organisation or
  event is (table columns, "the Grenoble start-up", "X (Town)"), not from a town
  that only appears inside the organisation's own name.
The script checks that every relation end is a declared entity and that
subject/object types are those DOMAIN.md allows.
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

# --- press release: Interreg North Sea hydrogen project kick-off (Denmark) --------
ECD = "Energy Cluster Denmark"
H2C = "H2CORRIDOR-NS"
INS = "Interreg North Sea"
ERDF = "European Regional Development Fund"
PE = "Port of Esbjerg"
AAU = "Aalborg University"
HTL = "HyTruck Logistics ApS"
WN = "WaterstofNet"
NEC = "New Energy Coalition"
HZ = "Hanze University of Applied Sciences"
PG = "Provincie Groningen"
OLEC = "Oldenburger Energiecluster"
VS = "Vätgas Sverige"
OHC = "Ocean Hyway Cluster"
HTE = "Hydrogen Technology Expo Europe"
EHW = "European Hydrogen Week"
HE = "Hydrogen Europe"
H2C_PARTNERS = ((ECD, "Odense"), (PE, "Esbjerg"), (AAU, "Aalborg"), (HTL, "Kolding"),
                (WN, "Turnhout"), (NEC, "Groningen"), (HZ, "Groningen"), (PG, "Groningen"),
                (OLEC, "Oldenburg"), (VS, "Stockholm"), (OHC, "Bergen"))
GOLD["energy-cluster-denmark-h2corridor-kickoff-2024.md"] = dict(
entities=[
 E(ECD, "cluster", "DK", "ECD"), E("Odense", "place", "DK"), E(H2C, "project"),
 E("Esbjerg", "place", "DK"), E(PE, "public_body", "DK"),
 E(INS, "programme", None, "Interreg North Sea programme", "Interreg"),
 E(ERDF, "programme", None, "ERDF"),
 E("Mette Kjærgaard Holm", "person", "DK", "Holm"),
 E("Groningen", "place", "NL"), E("Bergen", "place", "NO"),
 E(AAU, "university", "DK", "AAU"), E("Aalborg", "place", "DK"),
 E(HTL, "company", "DK", "HyTruck Logistics"), E("Kolding", "place", "DK"),
 E(WN, "cluster", "BE"), E("Turnhout", "place", "BE"),
 E(NEC, "network", "NL"), E(HZ, "university", "NL", "Hanze University"),
 E(PG, "public_body", "NL", "Province of Groningen"),
 E(OLEC, "cluster", "DE", "OLEC"), E("Oldenburg", "place", "DE"),
 E(VS, "network", "SE", "Hydrogen Sweden"), E("Stockholm", "place", "SE"),
 E(OHC, "cluster", "NO"),
 E("Anders Vinther", "person", "DK"), E("Hanne Bjørnstad", "person", "NO"),
 E("Clean Hydrogen Partnership", "programme"), E("HyTrucks-NS", "project"),
 E(HTE, "event", "DE"), E("Hamburg", "place", "DE"),
 E(EHW, "event", "BE"), E("Brussels", "place", "BE"),
 E(HE, "network"), E("Aarhus", "place", "DK"), E("Copenhagen", "place", "DK"),
 E("Jonas Lykke Winther", "person", "DK"),
],
relations=[
 R(H2C, "funded_by", INS), R(H2C, "funded_by", ERDF), R(ECD, "leads", H2C),
 *[R(o, "consortium_member_of", H2C) for o, _ in H2C_PARTNERS],
 *[R(o, "located_in", t) for o, t in H2C_PARTNERS],
 R(ECD, "located_in", "Aarhus"), R(ECD, "located_in", "Esbjerg"), R(ECD, "located_in", "Copenhagen"),
 R("Mette Kjærgaard Holm", "works_for", ECD), R("Anders Vinther", "works_for", AAU),
 R("Hanne Bjørnstad", "works_for", OHC), R("Jonas Lykke Winther", "works_for", ECD),
 R(NEC, "leads", "HyTrucks-NS"), R(NEC, "consortium_member_of", "HyTrucks-NS"),
 R("HyTrucks-NS", "funded_by", INS),
 R(HTE, "located_in", "Hamburg"), R(ECD, "participated_in", HTE), R(OLEC, "participated_in", HTE),
 R(EHW, "located_in", "Brussels"), R("Mette Kjærgaard Holm", "participated_in", EHW),
 R(ECD, "member_of", HE), R(WN, "member_of", HE), R(VS, "member_of", HE),
 R(HE, "located_in", "Brussels"),
])

# --- annual-report chapter: Aerospace Valley, European space strategy -------------
AV = "Aerospace Valley"
ORB = "ORBIT-EU"
SMP = "Single Market Programme"
LAC = "Lombardia Aerospace Cluster"
CSA = "Czech Space Alliance"
HA = "Hamburg Aviation"
NER = "Network of European Regions Using Space Technologies"
EACP = "European Aerospace Cluster Partnership"
CAS = "CASSINI Hackathon"
IAC = "International Astronautical Congress"
CNES = "Centre national d'études spatiales"
STE = "Space Tech Expo Europe"
AVB = "AVIASPACE Bremen"
ORB_PARTNERS = ((AV, None), (LAC, "Milan"), (CSA, "Prague"), ("Skywin", "Charleroi"),
                ("HEGAN", "Zamudio"), (HA, "Hamburg"))
GOLD["aerospace-valley-europe-space-2023.txt"] = dict(
entities=[
 E(AV, "cluster", "FR"), E("Occitanie", "place", "FR"), E("Nouvelle-Aquitaine", "place", "FR"),
 E("Toulouse", "place", "FR"), E("Bordeaux", "place", "FR"),
 E(ORB, "project"), E(SMP, "programme", None, "SMP"),
 E(LAC, "cluster", "IT"), E("Milan", "place", "IT"),
 E(CSA, "cluster", "CZ"), E("Prague", "place", "CZ"),
 E("Skywin", "cluster", "BE"), E("Charleroi", "place", "BE"),
 E("HEGAN", "cluster", "ES", "Basque Aerospace Cluster"), E("Zamudio", "place", "ES"),
 E(HA, "cluster", "DE"), E("Hamburg", "place", "DE"),
 E("Marco Bellini", "person", "IT"), E("Lombardy", "place", "IT"), E("Wallonia", "place", "BE"),
 E(NER, "network", None, "NEREUS"), E("Brussels", "place", "BE"),
 E(EACP, "network", None, "EACP"),
 E(CAS, "event", "FR"), E("Galileo", "programme"), E("Copernicus", "programme"),
 E("Garonne valley", "place", "FR"),
 E(IAC, "event", "AZ", "IAC 2023"), E("Baku", "place", "AZ"),
 E("Business France", "public_body", "FR"), E(CNES, "public_body", "FR", "CNES"),
 E("Occitanie Orbital SAS", "company", "FR"), E("Sat'Innov", "company", "FR"),
 E("Pessac", "place", "FR"), E("Azercosmos", "public_body", "AZ"),
 E(STE, "event", "DE"), E("Bremen", "place", "DE"),
 E(AVB, "cluster", "DE"), E("Claire Dufresne", "person", "FR"), E("Paris", "place", "FR"),
],
relations=[
 R(AV, "located_in", "Occitanie"), R(AV, "located_in", "Nouvelle-Aquitaine"),
 R(AV, "located_in", "Toulouse"), R(AV, "located_in", "Bordeaux"),
 R(ORB, "funded_by", SMP), R(AV, "leads", ORB),
 *[R(o, "consortium_member_of", ORB) for o, _ in ORB_PARTNERS],
 *[R(o, "located_in", t) for o, t in ORB_PARTNERS if t],
 R("Marco Bellini", "works_for", LAC),
 R(AV, "member_of", NER), R(NER, "located_in", "Brussels"), R(AV, "member_of", EACP),
 R(AV, "organized", CAS), R(CAS, "located_in", "Toulouse"),
 R(IAC, "located_in", "Baku"),
 *[R(o, "participated_in", IAC) for o in (
   AV, "Business France", CNES, "Occitanie Orbital SAS", "Sat'Innov", CSA, "Azercosmos")],
 R("Occitanie Orbital SAS", "member_of", AV), R("Sat'Innov", "member_of", AV),
 R("Occitanie Orbital SAS", "located_in", "Toulouse"), R("Sat'Innov", "located_in", "Pessac"),
 R(AV, "met_with", CSA), R(AV, "met_with", "Azercosmos"),
 R(STE, "located_in", "Bremen"), R(AV, "participated_in", STE), R("Skywin", "participated_in", STE),
 R(AVB, "participated_in", STE), R(AV, "partner_of", AVB), R(AVB, "located_in", "Bremen"),
 R("Claire Dufresne", "works_for", AV),
])

# --- news page (HTML): Horizon Europe textile recycling consortium ----------------
TT = "Techtera"
CIR = "CIRCULOOM"
CIT = "Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal"
AIT = "Asociación de Investigación de la Industria Textil"
UB = "University of Borås"
FB = "Filatures du Beaujolais SAS"
TL = "Tessitura Lariana S.p.A."
EUR = "European Apparel and Textile Confederation"
TX = "Techtextil 2024"
CCI = "Chamber of Commerce and Industry Auvergne-Rhône-Alpes"
EEN = "Enterprise Europe Network"
CTM = "Circular Textiles Matchmaking"
ETP = "European Technology Platform for the Future of Textiles and Clothing"
CIR_PARTNERS = ((CIT, "Vila Nova de Famalicão"), ("Centexbel", "Ghent"), (AIT, "Alcoy"),
                (UB, "Borås"), (TT, "Lyon"), (FB, "Villefranche-sur-Saône"), (TL, "Como"),
                ("RecoFibra Lda", "Guimarães"), ("Strikkeriet Nord AS", "Ålesund"),
                (EUR, "Brussels"))
GOLD["techtera-circuloom-horizon-europe-kickoff-2024.html"] = dict(
entities=[
 E(TT, "cluster", "FR"), E("Lyon", "place", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E(CIR, "project"), E("Horizon Europe", "programme"),
 E("Vila Nova de Famalicão", "place", "PT"), E(CIT, "research_org", "PT", "CITEVE"),
 E("Ana Sofia Meireles", "person", "PT"),
 E("Centexbel", "research_org", "BE"), E("Ghent", "place", "BE"),
 E(AIT, "research_org", "ES", "AITEX"), E("Alcoy", "place", "ES"),
 E(UB, "university", "SE"), E("Borås", "place", "SE"),
 E(FB, "company", "FR", "Filatures du Beaujolais"), E("Villefranche-sur-Saône", "place", "FR"),
 E(TL, "company", "IT", "Tessitura Lariana"), E("Como", "place", "IT"),
 E("RecoFibra Lda", "company", "PT"), E("Guimarães", "place", "PT"),
 E("Strikkeriet Nord AS", "company", "NO"), E("Ålesund", "place", "NO"),
 E(EUR, "network", None, "EURATEX"), E("Brussels", "place", "BE"),
 E("Hélène Marchetti", "person", "FR"),
 E(TX, "event", "DE", "Techtextil"), E("Frankfurt am Main", "place", "DE"),
 E(CCI, "public_body", "FR", "CCI Auvergne-Rhône-Alpes"), E(EEN, "network", None, "EEN"),
 E(CTM, "event", "DE"),
 E(ETP, "network", None, "Textile ETP"), E("TEX-CIRC-NWE", "project"),
 E("Interreg", "programme"),
],
relations=[
 R(TT, "located_in", "Auvergne-Rhône-Alpes"),
 R(CIR, "funded_by", "Horizon Europe"), R(CIT, "leads", CIR),
 *[R(o, "consortium_member_of", CIR) for o, _ in CIR_PARTNERS],
 *[R(o, "located_in", t) for o, t in CIR_PARTNERS],
 R("Ana Sofia Meireles", "works_for", CIT), R("Ana Sofia Meireles", "leads", CIR),
 R(FB, "member_of", TT), R(TL, "member_of", TT), R(TL, "met_with", TT),
 R("Hélène Marchetti", "works_for", TT), R(TT, "partner_of", UB),
 R(TX, "located_in", "Frankfurt am Main"), R(TT, "participated_in", TX),
 R(TT, "organized", CTM), R(CCI, "organized", CTM), R(CCI, "member_of", EEN),
 R(CTM, "located_in", "Frankfurt am Main"),
 R(TT, "member_of", ETP),
 R(TT, "consortium_member_of", "TEX-CIRC-NWE"), R("Centexbel", "consortium_member_of", "TEX-CIRC-NWE"),
 R("TEX-CIRC-NWE", "funded_by", "Interreg"),
])

# --- newsletter: CARA (Lyon) European items ---------------------------------------
RAURA = "Région Auvergne-Rhône-Alpes"
HV = "Hydrogen Valleys"
VI = "Vanguard Initiative"
BG = "Basque Government"
ALP = "ALP-H2MOB"
FBK = "Fondazione Bruno Kessler"
BUA = "Business Upper Austria"
ACS = "ACS Slovenian Automotive Cluster"
HSLU = "Hochschule Luzern"
IAS = "Interreg Alpine Space"
ADE = "AD Auvergne-Rhône-Alpes Entreprises"
SBM = "Solutrans Business Meetings"
TBS = "The Battery Show Europe"
ZSW = "Zentrum für Sonnenenergie- und Wasserstoff-Forschung Baden-Württemberg"
LBS = "Lyon Batteries Systèmes"
FI = "Forgeval Industrie"
EITUM = "EIT Urban Mobility"
ALP_PARTNERS = ((BUA, "Linz"), ("CARA", "Lyon"), (ACS, "Ljubljana"), ("Bayern Innovativ", "Nuremberg"),
                (FBK, "Trento"), (HSLU, "Lucerne"))
GOLD["cara-mobility-europe-newsletter-2023.md"] = dict(
entities=[
 E("CARA", "cluster", "FR"), E("Lyon", "place", "FR"),
 E(RAURA, "public_body", "FR"), E(HV, "project"), E(VI, "network", None, "VI"),
 E(BG, "public_body", "ES"), E("Bilbao", "place", "ES"), E("Groningen", "place", "NL"),
 E("Turin", "place", "IT"), E("Sophie Girardin", "person", "FR"),
 E(ALP, "project"), E("Trento", "place", "IT"), E(FBK, "research_org", "IT", "FBK"),
 E(BUA, "public_body", "AT"), E("Upper Austria", "place", "AT"), E("Linz", "place", "AT"),
 E(ACS, "cluster", "SI", "ACS"), E("Ljubljana", "place", "SI"),
 E("Bayern Innovativ", "public_body", "DE"), E("Nuremberg", "place", "DE"),
 E(HSLU, "university", "CH"), E("Lucerne", "place", "CH"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E(IAS, "programme"), E("Tanja Hribar", "person", "SI"),
 E("Solutrans", "event", "FR"), E(ADE, "public_body", "FR"),
 E("Enterprise Europe Network", "network", None, "EEN"), E(SBM, "event", "FR"),
 E("Grenoble", "place", "FR"), E("Voltaïa Mobility", "company", "FR", "Voltaïa"),
 E("Carrocerías Ugarte", "company", "ES"), E("Vitoria-Gasteiz", "place", "ES"),
 E(TBS, "event", "DE"), E("Stuttgart", "place", "DE"),
 E("e-mobil BW", "public_body", "DE"), E("Baden-Württemberg", "place", "DE"),
 E(LBS, "company", "FR"), E(FI, "company", "FR"), E("Saint-Étienne", "place", "FR"),
 E(ZSW, "research_org", "DE", "ZSW"),
 E(EITUM, "network"), E("Barcelona", "place", "ES"),
 E("European Institute of Innovation and Technology", "public_body", None, "EIT"),
 E("Julien Perrot", "person", "FR"), E("Brussels", "place", "BE"),
 E("Horizon Europe", "programme"), E("Connecting Europe Facility", "programme", None, "CEF"),
],
relations=[
 R("CARA", "located_in", "Lyon"),
 R("CARA", "partner_of", RAURA), R("CARA", "consortium_member_of", HV),
 R(RAURA, "leads", HV), R(BG, "leads", HV),
 R(RAURA, "consortium_member_of", HV), R(BG, "consortium_member_of", HV),
 R(RAURA, "member_of", VI), R(BG, "member_of", VI),
 R("Sophie Girardin", "works_for", "CARA"),
 R(ALP, "funded_by", IAS), R(ALP, "funded_by", "European Regional Development Fund"),
 R(BUA, "leads", ALP),
 *[R(o, "consortium_member_of", ALP) for o, _ in ALP_PARTNERS],
 *[R(o, "located_in", t) for o, t in ALP_PARTNERS if o != "CARA"],
 R(BUA, "located_in", "Upper Austria"),
 R("Tanja Hribar", "works_for", ACS),
 R("Solutrans", "located_in", "Lyon"), R("CARA", "participated_in", "Solutrans"),
 R("CARA", "organized", SBM), R(ADE, "organized", SBM), R(ADE, "member_of", "Enterprise Europe Network"),
 R(SBM, "located_in", "Lyon"),
 R("Voltaïa Mobility", "located_in", "Grenoble"), R("Carrocerías Ugarte", "located_in", "Vitoria-Gasteiz"),
 R("Voltaïa Mobility", "participated_in", SBM), R("Carrocerías Ugarte", "participated_in", SBM),
 R("Voltaïa Mobility", "met_with", "Carrocerías Ugarte"),
 R("Voltaïa Mobility", "partner_of", "Carrocerías Ugarte"),
 R(TBS, "located_in", "Stuttgart"), R("CARA", "participated_in", TBS),
 R("CARA", "partner_of", "e-mobil BW"), R("e-mobil BW", "participated_in", TBS),
 R("e-mobil BW", "located_in", "Baden-Württemberg"),
 R(LBS, "member_of", "CARA"), R(FI, "member_of", "CARA"),
 R(LBS, "participated_in", TBS), R(FI, "participated_in", TBS),
 R(FI, "located_in", "Saint-Étienne"),
 R(LBS, "met_with", ZSW), R(FI, "met_with", ZSW), R(ZSW, "located_in", "Stuttgart"),
 R("CARA", "member_of", EITUM), R(EITUM, "located_in", "Barcelona"),
 R("Julien Perrot", "works_for", "CARA"),
])

# --- annual-report chapter (txt): Green Tech Cluster Styria ------------------------
GTC = "Green Tech Cluster Styria"
ESCA = "European Secretariat for Cluster Analysis"
CKIC = "EIT Climate-KIC"
IE = "EIT InnoEnergy"
SON = "Sonnwerk Solartechnik GmbH"
AQ = "Aquaris Water Systems"
TBB = "The Business Booster"
AS = "Aigües de la Serralada"
SFG = "Steirische Wirtschaftsförderungsgesellschaft"
GTM = "Green Tech Match"
PTP = "Pomurje Technology Park"
LRM = "LIFE ReMetal"
MUL = "Montanuniversität Leoben"
MR = "Murtal Recycling GmbH"
JR = "JOANNEUM RESEARCH"
EMK = "EcoMetal Košice s.r.o."
W2V = "WASTE2VALUE-CE"
PBN = "Pannon Business Network"
ZICER = "Zagreb Innovation Centre"
CTU = "Czech Technical University in Prague"
CM = "CircularMetals"
COST = "European Cooperation in Science and Technology"
GOLD["green-tech-cluster-styria-european-networks-2023.txt"] = dict(
entities=[
 E(GTC, "cluster", "AT", "GTC"), E("Graz", "place", "AT"),
 E(ESCA, "network", "DE", "ESCA"), E("Berlin", "place", "DE"),
 E("Enterprise Europe Network", "network", None, "EEN"),
 E(CKIC, "network"), E(IE, "network", None, "InnoEnergy"),
 E(SON, "company", "AT"), E("Gleisdorf", "place", "AT"),
 E(AQ, "company", "AT"), E("Leoben", "place", "AT"),
 E("CarbonLoop", "company", "AT"), E(TBB, "event", "ES"), E("Barcelona", "place", "ES"),
 E(AS, "company", "ES"),
 E(SFG, "public_body", "AT", "SFG"), E(GTM, "event", "AT"),
 E(PTP, "cluster", "SI"), E("Murska Sobota", "place", "SI"),
 E(LRM, "project"), E(MUL, "university", "AT"), E("Judenburg", "place", "AT"),
 E(MR, "company", "AT"), E(JR, "research_org", "AT"), E(EMK, "company", "SK"),
 E("LIFE Programme", "programme", None, "LIFE"),
 E(W2V, "project"), E("Interreg Central Europe", "programme"),
 E(PBN, "cluster", "HU", "PBN"), E("Szombathely", "place", "HU"),
 E("City of Graz", "public_body", "AT"), E(ZICER, "cluster", "HR", "ZICER"),
 E(CTU, "university", "CZ"),
 E(CM, "project", None, "COST Action CircularMetals"), E(COST, "programme", None, "COST"),
 E("Katharina Lenz", "person", "AT", "Lenz"), E("Martin Wolfsberger", "person", "AT"),
 E("IFAT", "event", "DE"), E("Munich", "place", "DE"),
],
relations=[
 R(GTC, "located_in", "Graz"), R(ESCA, "located_in", "Berlin"),
 R(GTC, "member_of", CKIC), R(GTC, "member_of", IE),
 R(SON, "located_in", "Gleisdorf"), R(AQ, "located_in", "Leoben"), R("CarbonLoop", "located_in", "Graz"),
 *[R(c, "member_of", GTC) for c in (SON, AQ, "CarbonLoop")],
 *[R(c, "participated_in", TBB) for c in (SON, AQ, "CarbonLoop", AS)],
 R(TBB, "located_in", "Barcelona"), R(IE, "organized", TBB),
 R("CarbonLoop", "met_with", AS), R("CarbonLoop", "partner_of", AS),
 R(SFG, "member_of", "Enterprise Europe Network"),
 R(SFG, "organized", GTM), R(GTC, "organized", GTM), R(GTM, "located_in", "Graz"),
 R(PTP, "participated_in", GTM), R(PTP, "located_in", "Murska Sobota"),
 R(LRM, "funded_by", "LIFE Programme"), R(MUL, "leads", LRM),
 *[R(o, "consortium_member_of", LRM) for o in (MUL, MR, JR, EMK, GTC)],
 R(MR, "located_in", "Judenburg"), R(JR, "located_in", "Graz"),
 R(W2V, "funded_by", "Interreg Central Europe"), R(PBN, "leads", W2V),
 *[R(o, "consortium_member_of", W2V) for o in (PBN, GTC, "City of Graz", PTP, ZICER, CTU)],
 R(PBN, "located_in", "Szombathely"), R("City of Graz", "located_in", "Graz"),
 R(GTC, "consortium_member_of", CM), R(CM, "funded_by", COST),
 R("Katharina Lenz", "works_for", GTC), R("Martin Wolfsberger", "works_for", MUL),
 R(GTC, "participated_in", "IFAT"), R("IFAT", "located_in", "Munich"),
])

# --- news page (HTML): LE2C, Digital Europe project and hydrogen MoU ---------------
LE2C = "Lombardy Energy Cleantech Cluster"
DEP = "Digital Europe Programme"
GS = "GRIDSPACE"
RSE = "Ricerca sul Sistema Energetico"
UNIPV = "Università degli Studi di Pavia"
GN = "Gridnova S.r.l."
FIT = "Fraunhofer Institute for Applied Information Technology FIT"
VTT = "VTT Technical Research Centre of Finland"
EC = "Elektro Celje d.d."
FHA = "Fundación para el Desarrollo de las Nuevas Tecnologías del Hidrógeno en Aragón"
GA = "Government of Aragon"
KEY = "KEY – The Energy Transition Expo"
UL = "Unioncamere Lombardia"
K2B = "KEY2Business"
CLENAR = "Clúster de la Energía de Aragón"
GS_PARTNERS = ((RSE, "Milan"), (LE2C, "Milan"), (UNIPV, "Pavia"), (GN, "Brescia"),
               (FIT, "Sankt Augustin"), ("Fundación CIRCE", "Zaragoza"), (VTT, "Espoo"),
               ("TECNALIA", "Derio"), (EC, "Celje"))
GOLD["le2c-gridspace-digital-europe-2024.html"] = dict(
entities=[
 E(LE2C, "cluster", "IT", "LE2C"), E("Milan", "place", "IT", "Milano"), E("Lombardy", "place", "IT"),
 E(DEP, "programme", None, "DIGITAL", "Digital Europe"), E("Rimini", "place", "IT"),
 E(GS, "project"), E(RSE, "research_org", "IT", "RSE"),
 E(UNIPV, "university", "IT"), E("Pavia", "place", "IT"),
 E(GN, "company", "IT", "Gridnova"), E("Brescia", "place", "IT"),
 E(FIT, "research_org", "DE"), E("Sankt Augustin", "place", "DE"),
 E("Fundación CIRCE", "research_org", "ES"), E("Zaragoza", "place", "ES"),
 E(VTT, "research_org", "FI"), E("Espoo", "place", "FI"),
 E("TECNALIA", "research_org", "ES"), E("Derio", "place", "ES"),
 E(EC, "company", "SI", "Elektro Celje"), E("Celje", "place", "SI"),
 E("Paola Ferraris", "person", "IT"),
 E("Aragón", "place", "ES", "Aragon"), E("Huesca", "place", "ES"),
 E(FHA, "research_org", "ES", "Fundación Hidrógeno Aragón"),
 E("Clean Hydrogen Partnership", "programme"),
 E("Javier Lasheras Sanz", "person", "ES"),
 E(GA, "public_body", "ES", "Gobierno de Aragón"),
 E("Hydrogen Europe", "network"), E("Hydrogen Valleys", "project"),
 E("Vanguard Initiative", "network"), E("Regione Lombardia", "public_body", "IT"),
 E(KEY, "event", "IT", "KEY"), E(UL, "public_body", "IT"),
 E("Enterprise Europe Network", "network"), E(K2B, "event", "IT"),
 E(CLENAR, "cluster", "ES", "CLENAR"),
],
relations=[
 R(LE2C, "located_in", "Milan"), R(LE2C, "located_in", "Lombardy"),
 R(GS, "funded_by", DEP), R(RSE, "leads", GS),
 *[R(o, "consortium_member_of", GS) for o, _ in GS_PARTNERS],
 *[R(o, "located_in", t) for o, t in GS_PARTNERS if o != LE2C],
 R("Paola Ferraris", "works_for", LE2C),
 R(GN, "member_of", LE2C), R(GN, "partner_of", EC),
 R(LE2C, "partner_of", FHA), R("Javier Lasheras Sanz", "works_for", FHA),
 R(LE2C, "member_of", "Hydrogen Europe"), R(FHA, "member_of", "Hydrogen Europe"),
 R(LE2C, "consortium_member_of", "Hydrogen Valleys"),
 R(KEY, "located_in", "Rimini"), R(LE2C, "participated_in", KEY),
 R(LE2C, "organized", K2B), R(UL, "organized", K2B), R(UL, "member_of", "Enterprise Europe Network"),
 R(K2B, "located_in", "Rimini"),
 R(CLENAR, "participated_in", K2B), R(CLENAR, "participated_in", KEY),
 R(CLENAR, "located_in", "Aragón"),
])

# --- mission report (txt): European mobility clusters in Japan --------------------
MSAC = "Moravian-Silesian Automotive Cluster"
EM = "EMOBI-4i"
EJC = "EU-Japan Centre for Industrial Cooperation"
ECCP = "European Cluster Collaboration Platform"
PVF = "Pôle Véhicule du Futur"
ACST = "ACstyria Mobilitätscluster"
SAK = "Slovenský automobilový klaster"
OK = "Ostravské Kabely s.r.o."
MA = "Mécaprécis Alsace"
SD = "Softdrive Systems GmbH"
LC = "Lusocarga Lda"
AEE = "Automotive Engineering Exposition 2024"
JSAE = "Society of Automotive Engineers of Japan"
CB = "Chubu Bureau of Economy, Trade and Industry"
CJIA = "Central Japan Industries Association"
APG = "Aichi Prefectural Government"
CP = "Chita Precision Co., Ltd."
KIAPI = "Korea Intelligent Automotive Parts Promotion Institute"
EM_CLUSTERS = ((MSAC, "Ostrava"), (PVF, "Mulhouse"), (ACST, "Graz"), ("Mobinov", "Porto"),
               (SAK, "Žilina"))
EM_COMPANIES = ((OK, "Ostrava"), (MA, "Colmar"), (SD, "Graz"), (LC, "Aveiro"))
GOLD["european-mobility-clusters-japan-mission-2024.txt"] = dict(
entities=[
 E(MSAC, "cluster", "CZ", "MSAC"), E("Ostrava", "place", "CZ"),
 E("Yokohama", "place", "JP"), E("Nagoya", "place", "JP"),
 E(EM, "project"), E("Euroclusters", "programme"), E("Single Market Programme", "programme"),
 E(EJC, "public_body", "JP", "EU-Japan Centre"), E("Tokyo", "place", "JP"),
 E("Enterprise Europe Network", "network"), E(ECCP, "network", None, "ECCP"),
 E(PVF, "cluster", "FR", "PVF"), E("Mulhouse", "place", "FR"),
 E(ACST, "cluster", "AT", "ACstyria"), E("Graz", "place", "AT"),
 E("Mobinov", "cluster", "PT"), E("Porto", "place", "PT"),
 E(SAK, "cluster", "SK", "SAK", "Slovak Automotive Cluster"), E("Žilina", "place", "SK"),
 E(OK, "company", "CZ"), E(MA, "company", "FR"), E("Colmar", "place", "FR"),
 E(SD, "company", "AT", "Softdrive Systems"), E(LC, "company", "PT"), E("Aveiro", "place", "PT"),
 E(AEE, "event", "JP", "Automotive Engineering Exposition"),
 E(JSAE, "network", "JP", "JSAE"), E("Kana Ishikawa", "person", "JP"),
 E("Chubu", "place", "JP"), E(CB, "public_body", "JP"),
 E(CJIA, "network", "JP", "Chubu Sangyo Renmei"), E(APG, "public_body", "JP"),
 E("Toyota City", "place", "JP"), E(CP, "company", "JP"),
 E("Petr Dvořáček", "person", "CZ"), E("Hiroshi Tanabe", "person", "JP"),
 E(KIAPI, "research_org", "KR", "KIAPI"), E("Daegu", "place", "KR"),
],
relations=[
 R(EM, "funded_by", "Single Market Programme"), R(EM, "funded_by", "Euroclusters"),
 *[R(o, "consortium_member_of", EM) for o, _ in EM_CLUSTERS],
 *[R(o, "located_in", t) for o, t in EM_CLUSTERS],
 R(EJC, "located_in", "Tokyo"), R(EJC, "member_of", "Enterprise Europe Network"),
 R(MSAC, "partner_of", EJC),
 *[R(o, "located_in", t) for o, t in EM_COMPANIES],
 *[R(o, "participated_in", AEE) for o, _ in EM_CLUSTERS + EM_COMPANIES],
 R(AEE, "located_in", "Yokohama"), R(JSAE, "organized", AEE),
 R("Kana Ishikawa", "works_for", JSAE),
 *[R(JSAE, "met_with", o) for o, _ in EM_CLUSTERS],
 R(CB, "located_in", "Chubu"),
 R(MSAC, "partner_of", CJIA), R("Mobinov", "partner_of", CJIA),
 R(MSAC, "met_with", APG), R(PVF, "met_with", APG),
 R(SD, "met_with", CP), R(CP, "located_in", "Nagoya"),
 R("Petr Dvořáček", "works_for", MSAC), R("Hiroshi Tanabe", "works_for", EJC),
 R(KIAPI, "located_in", "Daegu"),
])

# --- newsletter (md): CLUTEX, Czech technical textiles cluster --------------------
CLX = "CLUTEX – Klastr technické textilie"
TUL = "Technical University of Liberec"
TS = "TEXSKILLS 4.0"
HN = "Hochschule Niederrhein"
TUI = "Gheorghe Asachi Technical University of Iași"
LUT = "Łódź University of Technology"
TTV = "Textilní tiskárny Varnsdorf a.s."
NP = "Nanoprotex s.r.o."
RG = "RE-GOWN"
FNHK = "University Hospital Hradec Králové"
SAT = "SmartAge-Tex"
VTI = "Verband der Nord-Ostdeutschen Textil- und Bekleidungsindustrie"
ICS = "Interreg Czech Republic–Saxony"
AA = "A+A 2023"
MST = "Medisafe Textiles B.V."
TX24 = "Techtextil 2024"
CTTD = "Czech Technical Textiles Days"
TS_PARTNERS = ((TUL, "Liberec"), (CLX, "Liberec"), (HN, "Mönchengladbach"), (TUI, "Iași"),
               (LUT, "Łódź"), ("Up-tex", "Roubaix"), (TTV, "Varnsdorf"))
GOLD["clutex-technical-textiles-eu-projects-2024.md"] = dict(
entities=[
 E(CLX, "cluster", "CZ", "CLUTEX", "CLUTEX – Klastr technické textilie, z.s."),
 E("Liberec", "place", "CZ"), E("Saxony", "place", "DE"),
 E(TUL, "university", "CZ", "Technická univerzita v Liberci", "TUL"),
 E(TS, "project"), E("Erasmus+", "programme"), E("Jana Vlčková", "person", "CZ"),
 E(HN, "university", "DE"), E("Mönchengladbach", "place", "DE"),
 E(TUI, "university", "RO"), E("Iași", "place", "RO"),
 E(LUT, "university", "PL"), E("Łódź", "place", "PL"),
 E("Up-tex", "cluster", "FR"), E("Roubaix", "place", "FR"),
 E(TTV, "company", "CZ"), E("Varnsdorf", "place", "CZ"), E("Hauts-de-France", "place", "FR"),
 E("EU4Health", "programme"), E(NP, "company", "CZ", "Nanoprotex"),
 E("Jablonec nad Nisou", "place", "CZ"), E(RG, "project"),
 E("Sciensano", "research_org", "BE"), E("Brussels", "place", "BE"),
 E(FNHK, "research_org", "CZ", "Fakultní nemocnice Hradec Králové"),
 E(SAT, "project", None, "COST Action SmartAge-Tex"),
 E("European Cooperation in Science and Technology", "programme", None, "COST"),
 E("Lieva Van den Bossche", "person", "BE"), E("Ghent University", "university", "BE"),
 E("Ghent", "place", "BE"), E("Tomáš Hrubý", "person", "CZ"), E("Chemnitz", "place", "DE"),
 E(VTI, "network", "DE", "vti"), E(ICS, "programme", None, "Interreg Czech Republic–Saxony programme"),
 E("Pavel Kordík", "person", "CZ"), E("Frankfurt am Main", "place", "DE", "Frankfurt"),
 E(AA, "event", "DE", "A+A"), E("Düsseldorf", "place", "DE"),
 E("CzechTrade", "public_body", "CZ"), E(MST, "company", "NL"),
 E(TX24, "event", "DE", "Techtextil"), E(CTTD, "event", "CZ"),
],
relations=[
 R(CLX, "located_in", "Liberec"),
 R(TS, "funded_by", "Erasmus+"), R(TUL, "leads", TS),
 *[R(o, "consortium_member_of", TS) for o, _ in TS_PARTNERS],
 *[R(o, "located_in", t) for o, t in TS_PARTNERS if o != CLX],
 R("Jana Vlčková", "works_for", TUL), R("Up-tex", "located_in", "Hauts-de-France"),
 R(NP, "member_of", CLX), R(NP, "located_in", "Jablonec nad Nisou"),
 R(NP, "consortium_member_of", RG), R(RG, "funded_by", "EU4Health"),
 R("Sciensano", "leads", RG), R("Sciensano", "consortium_member_of", RG),
 R("Sciensano", "located_in", "Brussels"), R(FNHK, "consortium_member_of", RG),
 R(CLX, "consortium_member_of", SAT),
 R(SAT, "funded_by", "European Cooperation in Science and Technology"),
 R("Lieva Van den Bossche", "leads", SAT), R("Lieva Van den Bossche", "works_for", "Ghent University"),
 R("Tomáš Hrubý", "works_for", CLX),
 R(CLX, "partner_of", VTI), R("Pavel Kordík", "works_for", CLX),
 R(AA, "located_in", "Düsseldorf"),
 *[R(o, "participated_in", AA) for o in (CLX, "CzechTrade", NP, MST)],
 R(NP, "met_with", MST), R(NP, "partner_of", MST),
 R(TX24, "located_in", "Frankfurt am Main"),
 *[R(o, "participated_in", TX24) for o in (CLX, VTI, TUL)],
 R(CTTD, "located_in", "Liberec"), R(CLX, "organized", CTTD), R(TUL, "organized", CTTD),
])


def check(doc, gold):
    types = {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (doc, e)
        assert e["name"] not in types, (doc, "duplicate entity", e["name"])
        types[e["name"]] = e["type"]
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types and o in types, (doc, "undeclared end", r)
        subj_ok, obj_ok = ALLOWED[p]
        assert types[s] in subj_ok and types[o] in obj_ok, (doc, "type not allowed", r, types[s], types[o])
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, (doc, "duplicate relation", r)
        seen.add(key)
    doc_path = Path(__file__).resolve().parents[2] / "docs" / "train-f" / doc
    assert doc_path.exists(), doc_path


for name, gold in GOLD.items():
    check(name, gold)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
