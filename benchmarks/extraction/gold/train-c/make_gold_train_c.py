"""Hand annotations of the `train-c` set (training documents, separate annotator).

    .venv/bin/python benchmarks/extraction/gold/train-c/make_gold_train_c.py

Same rules as make_gold.py (README, "Documents and gold"): every named
organisation, person, event, project, programme and place (not countries or
continents); `name` is the full form, `aliases` the other forms the text uses;
a relation is annotated when the text states it or its sentence clearly
implies it. Writes one JSON per document next to this script.
"""

import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- annual-report chapter, international relations (Ireland, biomanufacturing)
MBC = "Munster Biomanufacturing Cluster"
DBF = "Danubia BioFab"
BIO = "BIO International Convention"
ADB = "Atlantic-Danube Bioprocessing Days"
GOLD["munster-biomanufacturing-2023"] = dict(
entities=[
 E(MBC, "cluster", "IE", "MBC"), E("Cork", "place", "IE"),
 E("Biomanufacturing Québec", "cluster", "CA", "BMQ"), E("Montreal", "place", "CA"),
 E(DBF, "cluster", "AT"), E("Upper Austria", "place", "AT"),
 E("National Institute for Bioprocessing Research and Training", "research_org", "IE", "NIBRT"),
 E("Dublin", "place", "IE"), E("Genome Valley Biomanufacturing Forum", "network", "IN"),
 E("Hyderabad", "place", "IN"), E("Council of European BioRegions", "network", None, "CEBR"),
 E("Enterprise Europe Network", "network"), E("Southern Region", "place", "IE"),
 E("Aoife Kinsella", "person", "IE"),
 E("European Vaccine Manufacturing Alliance", "network", None, "EVMA"),
 E("Brussels", "place", "BE"), E(BIO, "event", "US", "BIO"), E("Boston", "place", "US"),
 E("Enterprise Ireland", "public_body", "IE"), E("Lee Valley Biologics", "company", "IE"),
 E("Carrigaline Cell Therapies", "company", "IE"), E("VaxForm", "company", "IE"),
 E("Limerick", "place", "IE"), E("Lonza", "company", "CH"),
 E("Brazos Bioprocess", "company", "US"), E("Texas", "place", "US"),
 E(ADB, "event", "IE"), E("Markus Eder", "person", "AT"),
 E("Johannes Kepler University Linz", "university", "AT"), E("Sinéad Walsh", "person", "IE"),
 E("University College Cork", "university", "IE", "UCC"), E("CPHI", "event", "ES"),
 E("Barcelona", "place", "ES"), E("IDA Ireland", "public_body", "IE"),
 E("VAXSKILLS", "project"), E("Erasmus+", "programme"),
 E("Universidade do Minho", "university", "PT"), E("Braga", "place", "PT"),
 E("BIOREGIO-SCALE", "project"), E("Interreg Europe", "programme"),
 E("Region of Central Macedonia", "public_body", "GR"),
 E("Technion - Israel Institute of Technology", "university", "IL"), E("Haifa", "place", "IL"),
 E("FLEXIVAC", "project"), E("Horizon Europe", "programme"),
 E("Ciarán Moloney", "person", "IE"),
],
relations=[
 R(MBC, "located_in", "Cork"),
 R(MBC, "partner_of", "Biomanufacturing Québec"), R("Biomanufacturing Québec", "located_in", "Montreal"),
 R(MBC, "partner_of", DBF), R(DBF, "located_in", "Upper Austria"),
 R("National Institute for Bioprocessing Research and Training", "located_in", "Dublin"),
 R("National Institute for Bioprocessing Research and Training", "member_of", MBC),
 R(MBC, "met_with", "Genome Valley Biomanufacturing Forum"),
 R("Genome Valley Biomanufacturing Forum", "located_in", "Hyderabad"),
 R(MBC, "member_of", "Council of European BioRegions"), R(MBC, "member_of", "Enterprise Europe Network"),
 R("Aoife Kinsella", "works_for", MBC), R(MBC, "member_of", "European Vaccine Manufacturing Alliance"),
 R("European Vaccine Manufacturing Alliance", "located_in", "Brussels"),
 R(MBC, "participated_in", BIO), R(BIO, "located_in", "Boston"),
 R("Enterprise Ireland", "participated_in", BIO),
 *[R(c, "participated_in", BIO) for c in ("Lee Valley Biologics", "Carrigaline Cell Therapies", "VaxForm")],
 *[R(c, "member_of", MBC) for c in ("Lee Valley Biologics", "Carrigaline Cell Therapies", "VaxForm")],
 R("Lee Valley Biologics", "located_in", "Cork"), R("Carrigaline Cell Therapies", "located_in", "Cork"),
 R("VaxForm", "located_in", "Limerick"),
 R(MBC, "met_with", "Lonza"), R(MBC, "met_with", "Brazos Bioprocess"),
 R("Lonza", "participated_in", BIO), R("Brazos Bioprocess", "participated_in", BIO),
 R("Brazos Bioprocess", "located_in", "Texas"),
 R(MBC, "organized", ADB), R(DBF, "organized", ADB), R(ADB, "located_in", "Cork"),
 R("Markus Eder", "participated_in", ADB), R("Markus Eder", "works_for", "Johannes Kepler University Linz"),
 R("Sinéad Walsh", "participated_in", ADB), R("Sinéad Walsh", "works_for", "University College Cork"),
 R(MBC, "participated_in", "CPHI"), R("CPHI", "located_in", "Barcelona"),
 R("IDA Ireland", "participated_in", "CPHI"),
 R(MBC, "consortium_member_of", "VAXSKILLS"), R("VAXSKILLS", "funded_by", "Erasmus+"),
 R("Universidade do Minho", "leads", "VAXSKILLS"),
 R("Universidade do Minho", "consortium_member_of", "VAXSKILLS"),
 R("Universidade do Minho", "located_in", "Braga"),
 R(MBC, "consortium_member_of", "BIOREGIO-SCALE"), R("BIOREGIO-SCALE", "funded_by", "Interreg Europe"),
 R("Region of Central Macedonia", "leads", "BIOREGIO-SCALE"),
 R("Region of Central Macedonia", "consortium_member_of", "BIOREGIO-SCALE"),
 R(MBC, "consortium_member_of", "FLEXIVAC"),
 R("Technion - Israel Institute of Technology", "consortium_member_of", "FLEXIVAC"),
 R("Technion - Israel Institute of Technology", "located_in", "Haifa"),
 R("Ciarán Moloney", "works_for", MBC),
])

# --- press release, cluster-to-cluster agreement (Portugal / Argentina, wine tech)
IV = "InoVinha"
CT = "Cluster Tecnológico Vitivinícola de Mendoza"
PW = "ProWein"
GOLD["inovinha-ctvm-agreement-2024.md"] = dict(
entities=[
 E(IV, "cluster", "PT"), E("Douro Valley", "place", "PT", "Douro"), E(CT, "cluster", "AR", "CTVM"),
 E(PW, "event", "DE"), E("Düsseldorf", "place", "DE"), E("Peso da Régua", "place", "PT"),
 E("AICEP Portugal Global", "public_body", "PT"),
 E("Manuela Sarmento", "person", "PT", "Sarmento"), E("Federico Ibarra", "person", "AR", "Ibarra"),
 E("ProMendoza", "public_body", "AR"), E("Mendoza", "place", "AR"), E("Uco Valley", "place", "AR"),
 E("Universidade de Trás-os-Montes e Alto Douro", "university", "PT", "UTAD"),
 E("Vila Real", "place", "PT"), E("Fiesta Nacional de la Vendimia", "event", "AR"),
 E("Douro Wine Tech Days", "event", "PT"), E("VITIADAPT", "project"), E("Horizon Europe", "programme"),
 E("Instituto Nacional de Tecnología Agropecuaria", "research_org", "AR", "INTA"),
 E("Universidad Nacional de Cuyo", "university", "AR", "UNCuyo"),
 E("Quinta da Ribeira Alta", "company", "PT"), E("Suberis Tech", "company", "PT"),
 E("Santa Maria da Feira", "place", "PT"), E("VinhaScan", "company", "PT"),
 E("Bodega Los Cerros Azules", "company", "AR"), E("Luján de Cuyo", "place", "AR"),
 E("HidroAndes", "company", "AR"), E("AgroVisión Cuyo", "company", "AR"),
 E("Trás-os-Montes", "place", "PT"), E("European Wine Innovation Network", "network", None, "EWIN"),
 E("VINOCLIMA", "project"), E("Interreg Sudoe", "programme"), E("San Juan", "place", "AR"),
 E("Fondo Vitivinícola Mendoza", "public_body", "AR"), E("Rita Fonseca", "person", "PT"),
],
relations=[
 R(IV, "partner_of", CT), R(IV, "participated_in", PW), R(CT, "participated_in", PW),
 R(PW, "located_in", "Düsseldorf"), R("AICEP Portugal Global", "participated_in", PW),
 R("Manuela Sarmento", "works_for", IV), R("Manuela Sarmento", "participated_in", PW),
 R("Federico Ibarra", "works_for", CT), R("Federico Ibarra", "participated_in", PW),
 R("ProMendoza", "participated_in", PW), R("ProMendoza", "located_in", "Mendoza"),
 R(IV, "located_in", "Douro Valley"), R(IV, "located_in", "Peso da Régua"), R(CT, "located_in", "Mendoza"),
 R(IV, "located_in", "Trás-os-Montes"), R(CT, "located_in", "San Juan"),
 R(IV, "partner_of", "Universidade de Trás-os-Montes e Alto Douro"),
 R("Universidade de Trás-os-Montes e Alto Douro", "located_in", "Vila Real"),
 R("Fiesta Nacional de la Vendimia", "located_in", "Mendoza"),
 R("Douro Wine Tech Days", "located_in", "Peso da Régua"),
 *[R(o, "consortium_member_of", "VITIADAPT") for o in (
   IV, CT, "Instituto Nacional de Tecnología Agropecuaria", "Universidad Nacional de Cuyo")],
 *[R(c, "member_of", IV) for c in ("Quinta da Ribeira Alta", "Suberis Tech", "VinhaScan")],
 *[R(c, "member_of", CT) for c in ("Bodega Los Cerros Azules", "HidroAndes", "AgroVisión Cuyo")],
 *[R(c, "participated_in", PW) for c in (
   "Quinta da Ribeira Alta", "Suberis Tech", "VinhaScan",
   "Bodega Los Cerros Azules", "HidroAndes", "AgroVisión Cuyo")],
 R("Suberis Tech", "located_in", "Santa Maria da Feira"), R("VinhaScan", "located_in", "Vila Real"),
 R("Bodega Los Cerros Azules", "located_in", "Luján de Cuyo"),
 R(IV, "member_of", "European Wine Innovation Network"),
 R(IV, "consortium_member_of", "VINOCLIMA"), R("VINOCLIMA", "funded_by", "Interreg Sudoe"),
 R(CT, "partner_of", "Fondo Vitivinícola Mendoza"), R("Rita Fonseca", "works_for", IV),
])

# --- inbound delegation visit (India -> Scotland, AI for health / imaging)
BM = "Bengaluru MedTech Association"
KC = "Kelvin Health Innovation Campus"
HF = "Health AI Scotland Forum"
IMG = ("Netra Imaging Labs", "ScanSutra AI", "Ayurdhara Diagnostics")
KHIM = "Karnataka Health Innovation Mission"
NHS = "NHS Greater Glasgow and Clyde"
GOLD["kelvin-campus-bengaluru-delegation-2023.html"] = dict(
entities=[
 E(BM, "network", "IN", "BMTA"), E(KC, "cluster", "GB"), E("Glasgow", "place", "GB"),
 E("Scottish Development International", "public_body", "GB", "SDI"),
 E("UK-India Health Technology Bridge", "programme"), E("Innovate UK", "public_body", "GB"),
 E("Fiona MacLeod", "person", "GB", "MacLeod"), E("Graham Baird", "person", "GB"),
 E("Glasgow City Council", "public_body", "GB"), E("Ramesh Iyer", "person", "IN", "Iyer"),
 E("Karnataka", "place", "IN"), E("Bengaluru", "place", "IN"),
 E("Netra Imaging Labs", "company", "IN"), E("ScanSutra AI", "company", "IN"),
 E("Ayurdhara Diagnostics", "company", "IN"), E("Mysuru", "place", "IN"),
 E("University of Glasgow", "university", "GB"), E("Morven Radiomics", "company", "GB"),
 E("Clydeside Ultrasound", "company", "GB"), E("Priya Menon", "person", "IN"),
 E("Kaveri Heart Hospital", "company", "IN"), E(NHS, "public_body", "GB", "NHSGGC"),
 E(KHIM, "public_body", "IN", "KHIM"),
 E("Digital Health & Care Innovation Centre", "research_org", "GB", "DHI"),
 E("Chief Scientist Office", "public_body", "GB"), E("Scottish Government", "public_body", "GB"),
 E(HF, "event", "GB"), E("Anjali Rao", "person", "IN"), E("Callum Reid", "person", "GB"),
 E("BioAsia", "event", "IN"), E("Hyderabad", "place", "IN"),
],
relations=[
 R(BM, "located_in", "Bengaluru"), R(KC, "located_in", "Glasgow"),
 R("Fiona MacLeod", "works_for", KC), R("Graham Baird", "works_for", "Glasgow City Council"),
 R("Ramesh Iyer", "works_for", BM),
 R("Ayurdhara Diagnostics", "located_in", "Mysuru"), R("Netra Imaging Labs", "located_in", "Bengaluru"),
 *[R(c, "met_with", o) for c in IMG for o in ("University of Glasgow", "Morven Radiomics", "Clydeside Ultrasound")],
 R("Morven Radiomics", "member_of", KC), R("Clydeside Ultrasound", "member_of", KC),
 R("Netra Imaging Labs", "member_of", KC),
 R("Priya Menon", "works_for", "Kaveri Heart Hospital"), R("Kaveri Heart Hospital", "located_in", "Bengaluru"),
 R("Kaveri Heart Hospital", "met_with", NHS),
 R(KHIM, "met_with", "Digital Health & Care Innovation Centre"), R(KHIM, "met_with", NHS),
 R(KHIM, "met_with", "Chief Scientist Office"),
 R(KC, "organized", HF), R(HF, "located_in", "Glasgow"), R(BM, "participated_in", HF),
 R("ScanSutra AI", "participated_in", HF), R("Anjali Rao", "participated_in", HF),
 R("Anjali Rao", "works_for", "ScanSutra AI"), R("Callum Reid", "participated_in", HF),
 R("Callum Reid", "works_for", "Morven Radiomics"), R("Morven Radiomics", "participated_in", HF),
 R(BM, "partner_of", KC), R(BM, "met_with", KC),
 R("BioAsia", "located_in", "Hyderabad"), R("Scottish Development International", "participated_in", "BioAsia"),
 R("Fiona MacLeod", "participated_in", "BioAsia"), R("Ramesh Iyer", "participated_in", "BioAsia"),
])

# --- EU project kick-off (rare diseases, Horizon Europe, Greece)
RP = "Rare-disease Pathways through AI-assisted Triage and Health records"  # expansion given in the text
KO = "RAREPATH Kick-off Meeting"
HI = "Hellenic Institute for Rare Disease Research"
ER = "EURORDIS - Rare Diseases Europe"
PARTNERS = {
 HI: "Athens", "Biomedical Research Foundation of the Academy of Athens": "Athens",
 "Hellenic Precision Medicine Cluster": "Thessaloniki", "Aegis Health Data S.A.": "Piraeus",
 "University of Coimbra": "Coimbra", "Trinity College Dublin": "Dublin",
 "Negev Centre for Genetic Disorders": "Beersheba", "Bogazici Genomics": "Istanbul",
 "OrphaTech GmbH": "Munich", "Tyrolean Institute of Paediatric Genetics": "Innsbruck",
 ER: "Paris", "Fundación Genómica Rioplatense": "Buenos Aires",
}
GOLD["rarepath-kickoff-athens-2024"] = dict(
entities=[
 E(RP, "project", None, "RAREPATH"), E("Horizon Europe", "programme"), E("Athens", "place", "GR"),
 E(KO, "event", "GR"), E(HI, "research_org", "GR", "HIRDR"),
 E("European Health and Digital Executive Agency", "public_body", None, "HaDEA"),
 E("Biomedical Research Foundation of the Academy of Athens", "research_org", "GR"),
 E("Hellenic Precision Medicine Cluster", "cluster", "GR"), E("Thessaloniki", "place", "GR"),
 E("Aegis Health Data S.A.", "company", "GR", "Aegis Health Data"), E("Piraeus", "place", "GR"),
 E("University of Coimbra", "university", "PT"), E("Coimbra", "place", "PT"),
 E("Trinity College Dublin", "university", "IE"), E("Dublin", "place", "IE"),
 E("Negev Centre for Genetic Disorders", "research_org", "IL"), E("Beersheba", "place", "IL"),
 E("Bogazici Genomics", "company", "TR"), E("Istanbul", "place", "TR"),
 E("OrphaTech GmbH", "company", "DE", "OrphaTech"), E("Munich", "place", "DE"),
 E("Tyrolean Institute of Paediatric Genetics", "research_org", "AT"), E("Innsbruck", "place", "AT"),
 E(ER, "network", None, "EURORDIS"), E("Paris", "place", "FR"),
 E("Fundación Genómica Rioplatense", "research_org", "AR"), E("Buenos Aires", "place", "AR"),
 E("Yannis Karalis", "person", "GR"), E("Hellenic Ministry of Health", "public_body", "GR"),
 E("Eleni Papadaki", "person", "GR"), E("Martina Novak", "person", None),
 E("Brussels", "place", "BE"), E("Siobhán Keane", "person", "IE"), E("Lukas Brandner", "person", "DE"),
 E("GENOTRIAGE", "project"), E("Interreg Greece-Cyprus", "programme"),
 E("European Conference on Rare Diseases & Orphan Products", "event", None, "ECRD"),
],
relations=[
 R(RP, "funded_by", "Horizon Europe"), R(KO, "located_in", "Athens"), R(HI, "organized", KO),
 R(HI, "leads", RP),
 *[R(o, "consortium_member_of", RP) for o in PARTNERS],
 *[R(o, "located_in", city) for o, city in PARTNERS.items()],
 R("Yannis Karalis", "works_for", "Hellenic Ministry of Health"), R("Yannis Karalis", "participated_in", KO),
 R("Eleni Papadaki", "works_for", HI), R("Eleni Papadaki", "participated_in", KO),
 R("Eleni Papadaki", "leads", RP),
 R("Martina Novak", "works_for", "European Health and Digital Executive Agency"),
 R("Martina Novak", "participated_in", KO),
 R("Siobhán Keane", "works_for", "Trinity College Dublin"), R("Siobhán Keane", "participated_in", KO),
 R("Lukas Brandner", "works_for", "OrphaTech GmbH"), R("Lukas Brandner", "participated_in", KO),
 R(ER, "participated_in", KO),
 R("Aegis Health Data S.A.", "member_of", "Hellenic Precision Medicine Cluster"),
 R(HI, "leads", "GENOTRIAGE"), R(HI, "consortium_member_of", "GENOTRIAGE"),
 R("GENOTRIAGE", "funded_by", "Interreg Greece-Cyprus"),
 R(ER, "organized", "European Conference on Rare Diseases & Orphan Products"),
])

# --- trade-fair participation report (Upper Austria, medical imaging, MEDICA)
MI = "Medical Imaging Cluster Upper Austria"
MED = "MEDICA"
HBE = "Healthcare Brokerage Event"
EXH = {
 "Steyr Imaging Systems GmbH": "Steyr", "RadiQ Analytics": "Linz", "Traun Sensorik": "Traun",
 "SonoVia Medical": "Ried im Innkreis", "PixelPath Diagnostics": "Hagenberg",
}
MEET = {"Anadolu Medikal": "Ankara", "Rede Saúde Paulista": "São Paulo", "Saigon MedEquip": "Ho Chi Minh City"}
GOLD["micua-medica-2023.md"] = dict(
entities=[
 E(MI, "cluster", "AT", "MICUA"), E(MED, "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Advantage Austria", "public_body", "AT"), E("Austrian Economic Chambers", "public_body", "AT", "WKO"),
 E("Business Upper Austria", "public_body", "AT"), E("Linz", "place", "AT"),
 E("Upper Austria", "place", "AT"),
 E("Steyr Imaging Systems GmbH", "company", "AT", "Steyr Imaging Systems"), E("Steyr", "place", "AT"),
 E("RadiQ Analytics", "company", "AT"), E("Traun Sensorik", "company", "AT"), E("Traun", "place", "AT"),
 E("SonoVia Medical", "company", "AT"), E("Ried im Innkreis", "place", "AT"),
 E("PixelPath Diagnostics", "company", "AT"), E("Hagenberg", "place", "AT"),
 E("University of Applied Sciences Upper Austria", "university", "AT"),
 E("Imaging Alliance Bavaria", "cluster", "DE", "IAB"), E("Regensburg", "place", "DE"),
 E("Donau Optics", "company", "DE"), E("MEDICA START-UP COMPETITION", "event", "DE"),
 E(HBE, "event", "DE"), E("Enterprise Europe Network", "network", None, "EEN"),
 E("Anadolu Medikal", "company", "TR"), E("Ankara", "place", "TR"),
 E("Rede Saúde Paulista", "company", "BR"), E("São Paulo", "place", "BR"),
 E("Saigon MedEquip", "company", "VN"), E("Ho Chi Minh City", "place", "VN"),
 E("COMPAMED", "event", "DE"), E("Elisabeth Pammer", "person", "AT"),
 E("Government of Upper Austria", "public_body", "AT"), E("Julia Hofer", "person", "AT"),
 E("Arab Health", "event", "AE"), E("Dubai", "place", "AE"),
],
relations=[
 R("Business Upper Austria", "located_in", "Linz"), R(MI, "located_in", "Upper Austria"),
 R(MI, "participated_in", MED), R(MED, "located_in", "Düsseldorf"),
 R("Advantage Austria", "participated_in", MED),
 *[R(c, "participated_in", MED) for c in EXH], *[R(c, "member_of", MI) for c in EXH],
 *[R(c, "located_in", town) for c, town in EXH.items()],
 R("Imaging Alliance Bavaria", "participated_in", MED), R("Imaging Alliance Bavaria", "located_in", "Regensburg"),
 R("Imaging Alliance Bavaria", "partner_of", MI),
 R("Donau Optics", "participated_in", MED), R("Donau Optics", "member_of", "Imaging Alliance Bavaria"),
 R("Donau Optics", "located_in", "Regensburg"),
 R("RadiQ Analytics", "participated_in", "MEDICA START-UP COMPETITION"),
 R("Enterprise Europe Network", "organized", HBE),
 *[R(c, "participated_in", HBE) for c in ("Steyr Imaging Systems GmbH", "SonoVia Medical", *MEET)],
 R("Steyr Imaging Systems GmbH", "met_with", "Anadolu Medikal"),
 R("Steyr Imaging Systems GmbH", "met_with", "Rede Saúde Paulista"),
 R("SonoVia Medical", "met_with", "Saigon MedEquip"),
 *[R(c, "located_in", city) for c, city in MEET.items()],
 R("Elisabeth Pammer", "works_for", "Government of Upper Austria"),
 R("Elisabeth Pammer", "participated_in", MED),
 R("COMPAMED", "located_in", "Düsseldorf"), R("Traun Sensorik", "participated_in", "COMPAMED"),
 R("Julia Hofer", "works_for", MI), R("Arab Health", "located_in", "Dubai"),
])

# --- network news (Turkey, bioplastics, joining an alliance, board, working groups)
EBK = "Aegean Bioplastics Cluster"
CB = "Circular Bio-based Clusters Alliance"
GA = "CBCA General Assembly 2024"
PB = "PolyBio Aveiro"
TB = "Thessaly Bioeconomy Cluster"
UT = "University of Thessaly"
GOLD["aegean-bioplastics-cbca-2024.html"] = dict(
entities=[
 E(EBK, "cluster", "TR", "Ege Biyoplastik Kümesi", "EBK"), E("İzmir", "place", "TR"),
 E(CB, "network", None, "CBCA"), E(GA, "event", "GR"), E("Thessaloniki", "place", "GR"),
 E("Aristotle University of Thessaloniki", "university", "GR"), E("Brussels", "place", "BE"),
 E("Aegean region", "place", "TR"), E("Zeynep Aydın", "person", "TR", "Aydın"),
 E("Rui Carvalho", "person", "PT"), E(PB, "cluster", "PT"),
 E("Nikos Stathopoulos", "person", "GR"), E(TB, "cluster", "GR"), E("Larissa", "place", "GR"),
 E("Pernambuco Bioplastics Hub", "cluster", "BR"), E("Recife", "place", "BR"),
 E("CertiBio Europe", "company", "BE"), E("Cluster de Bioeconomía de Santa Fe", "cluster", "AR"),
 E("Rosario", "place", "AR"), E("PHA4MED", "project"),
 E("Circular Bio-based Europe Joint Undertaking", "public_body", None, "CBE JU"),
 E(UT, "university", "GR"), E("Volos", "place", "GR"),
 E("Kordon Polimer", "company", "TR"), E("Manisa", "place", "TR"),
 E("Zeytin Biyomalzeme", "company", "TR"), E("Torbalı", "place", "TR"),
 E("İzmir Chamber of Commerce", "public_body", "TR", "İZTO"), E("Aveiro", "place", "PT"),
],
relations=[
 R(EBK, "member_of", CB), R(EBK, "participated_in", GA), R(GA, "located_in", "Thessaloniki"),
 R("Aristotle University of Thessaloniki", "organized", GA), R(CB, "organized", GA),
 R(EBK, "located_in", "İzmir"), R(EBK, "located_in", "Aegean region"), R(CB, "located_in", "Brussels"),
 R("Zeynep Aydın", "works_for", EBK), R("Zeynep Aydın", "participated_in", GA),
 R("Rui Carvalho", "works_for", PB), R("Rui Carvalho", "leads", CB), R(PB, "member_of", CB), R(PB, "located_in", "Aveiro"),
 R("Nikos Stathopoulos", "works_for", TB), R(TB, "member_of", CB), R(TB, "located_in", "Larissa"),
 R("Pernambuco Bioplastics Hub", "member_of", CB), R("Pernambuco Bioplastics Hub", "located_in", "Recife"),
 R("CertiBio Europe", "located_in", "Brussels"),
 R("Cluster de Bioeconomía de Santa Fe", "member_of", CB),
 R("Cluster de Bioeconomía de Santa Fe", "located_in", "Rosario"),
 R(EBK, "consortium_member_of", "PHA4MED"),
 R("PHA4MED", "funded_by", "Circular Bio-based Europe Joint Undertaking"),
 R(UT, "leads", "PHA4MED"), R(UT, "consortium_member_of", "PHA4MED"), R(UT, "located_in", "Volos"),
 R(PB, "consortium_member_of", "PHA4MED"), R(TB, "consortium_member_of", "PHA4MED"),
 R("Kordon Polimer", "participated_in", GA), R("Kordon Polimer", "member_of", EBK),
 R("Kordon Polimer", "located_in", "Manisa"),
 R("Zeytin Biyomalzeme", "participated_in", GA), R("Zeytin Biyomalzeme", "member_of", EBK),
 R("Zeytin Biyomalzeme", "located_in", "Torbalı"),
 R(EBK, "partner_of", "İzmir Chamber of Commerce"),
])

# --- investment attraction / soft landing (Texas)
AB = "Alamo BioScience Park"
COHORT = {
 "Galil Diagnostics": "Yokneam", "BioCerrado Vacinas": "Uberlândia", "ImagiQ Santé": "Sherbrooke",
 "Mekong BioFoods": "Cần Thơ", "Deccan Biologics": "Pune", "Lochside Genomics": "Dundee",
}
GOLD["alamo-bioscience-softlanding-2024"] = dict(
entities=[
 E(AB, "cluster", "US", "ABP"), E("San Antonio", "place", "US"), E("Texas", "place", "US"),
 E("LaunchPad Texas", "programme", "US"),
 E("Greater San Antonio Economic Partnership", "public_body", "US", "GSAEP"),
 E("FDA", "public_body", "US"),
 E("Galil Diagnostics", "company", "IL"), E("Yokneam", "place", "IL"),
 E("Galilee BioHub", "cluster", "IL"), E("BioCerrado Vacinas", "company", "BR"),
 E("Uberlândia", "place", "BR"), E("BioMinas Brasil", "cluster", "BR"),
 E("Belo Horizonte", "place", "BR"), E("ImagiQ Santé", "company", "CA"),
 E("Sherbrooke", "place", "CA"), E("Quebec", "place", "CA"), E("Montréal InVivo", "cluster", "CA"),
 E("Mekong BioFoods", "company", "VN"), E("Cần Thơ", "place", "VN"),
 E("U.S. Commercial Service", "public_body", "US"), E("Ho Chi Minh City", "place", "VN"),
 E("Deccan Biologics", "company", "IN"), E("Pune", "place", "IN"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
 E("Lochside Genomics", "company", "GB"), E("Dundee", "place", "GB"),
 E("Scottish Enterprise", "public_body", "GB"), E("UT Health San Antonio", "university", "US"),
 E("Texas Biomedical Research Institute", "research_org", "US"),
 E("Marisol Treviño", "person", "US"), E("Eyal Ben-Ami", "person", "IL"),
 E("Nguyen Thi Lan", "person", "VN"), E("Rohan Kulkarni", "person", "IN"),
 E("Pampa VetBio", "company", "AR"), E("Córdoba", "place", "AR"),
 E("BIO-Europe Spring", "event", "IT"), E("Milan", "place", "IT"),
],
relations=[
 R(AB, "located_in", "San Antonio"), R("Greater San Antonio Economic Partnership", "partner_of", AB),
 *[R(c, "member_of", AB) for c in COHORT], *[R(c, "located_in", town) for c, town in COHORT.items()],
 R("ImagiQ Santé", "located_in", "Quebec"),
 R("Galil Diagnostics", "member_of", "Galilee BioHub"), R("Galilee BioHub", "partner_of", AB),
 R("BioCerrado Vacinas", "member_of", "BioMinas Brasil"), R("BioMinas Brasil", "located_in", "Belo Horizonte"),
 R("BioMinas Brasil", "partner_of", AB), R("ImagiQ Santé", "member_of", "Montréal InVivo"),
 R("U.S. Commercial Service", "located_in", "Ho Chi Minh City"),
 R("Deccan Biologics", "participated_in", "BIO International Convention"),
 R(AB, "participated_in", "BIO International Convention"), R("Deccan Biologics", "met_with", AB),
 R("BIO International Convention", "located_in", "San Diego"),
 R("UT Health San Antonio", "partner_of", AB), R("Texas Biomedical Research Institute", "partner_of", AB),
 R("Marisol Treviño", "works_for", AB), R("Eyal Ben-Ami", "works_for", "Galil Diagnostics"),
 R("Nguyen Thi Lan", "works_for", "Mekong BioFoods"), R("Rohan Kulkarni", "works_for", "Deccan Biologics"),
 R("Pampa VetBio", "member_of", AB), R("Pampa VetBio", "located_in", "Córdoba"),
 R("Pampa VetBio", "located_in", "San Antonio"),
 R("BIO-Europe Spring", "located_in", "Milan"),
])

# --- LinkedIn-style event recap (Vietnam, food safety)
MA = "Mekong AgriFood Innovation Cluster"
FS = "EU–Vietnam Food Safety Matchmaking Days"
MOU = ("FoodSafe Bavaria", "Polo Agroalimentario Tucumán", "Teagasc")
DEMO = {"Mekong Shrimp Traceability JSC": "Cà Mau", "VinaSafe Labs": "Cần Thơ", "GreenLeaf Packaging": "Long An"}
GOLD["maic-food-safety-matchmaking-2024.md"] = dict(
entities=[
 E("Trần Minh Quân", "person", "VN"), E(MA, "cluster", "VN", "MAIC"),
 E("Ho Chi Minh City", "place", "VN"), E(FS, "event", "VN"),
 E("EuroCham Vietnam", "public_body", "VN"), E("Enterprise Europe Network", "network"),
 E("Mekong Delta", "place", "VN"), E("FoodSafe Bavaria", "cluster", "DE"), E("Freising", "place", "DE"),
 E("Polo Agroalimentario Tucumán", "cluster", "AR"), E("Tucumán", "place", "AR"),
 E("Teagasc", "public_body", "IE"), E("Lê Thị Hồng", "person", "VN"),
 E("Can Tho University", "university", "VN"), E("Seán Ó Briain", "person", "IE"),
 E("Dalia Mizrahi", "person", "IL"), E("Negev FoodTech Labs", "company", "IL"),
 E("Beersheba", "place", "IL"), E("Mekong Shrimp Traceability JSC", "company", "VN"),
 E("Cà Mau", "place", "VN"), E("VinaSafe Labs", "company", "VN"), E("Cần Thơ", "place", "VN"),
 E("GreenLeaf Packaging", "company", "VN"), E("Long An", "place", "VN"),
 E("SAFE-MEKONG", "project"), E("SWITCH-Asia", "programme"), E("SIAL Paris", "event", "FR"),
],
relations=[
 R("Trần Minh Quân", "works_for", MA), R("Trần Minh Quân", "participated_in", FS),
 R(MA, "organized", FS), R("EuroCham Vietnam", "organized", FS), R("Enterprise Europe Network", "organized", FS),
 R(FS, "located_in", "Ho Chi Minh City"),
 *[R(MA, "partner_of", o) for o in MOU], *[R(o, "participated_in", FS) for o in MOU],
 R("FoodSafe Bavaria", "located_in", "Freising"), R("Polo Agroalimentario Tucumán", "located_in", "Tucumán"),
 R("Lê Thị Hồng", "works_for", "Can Tho University"), R("Lê Thị Hồng", "participated_in", FS),
 R("Seán Ó Briain", "works_for", "Teagasc"), R("Seán Ó Briain", "participated_in", FS),
 R("Dalia Mizrahi", "works_for", "Negev FoodTech Labs"), R("Dalia Mizrahi", "participated_in", FS),
 R("Negev FoodTech Labs", "located_in", "Beersheba"),
 *[R(c, "member_of", MA) for c in DEMO], *[R(c, "participated_in", FS) for c in DEMO],
 *[R(c, "located_in", town) for c, town in DEMO.items()],
 R(MA, "consortium_member_of", "SAFE-MEKONG"), R("Can Tho University", "consortium_member_of", "SAFE-MEKONG"),
 R("SAFE-MEKONG", "funded_by", "SWITCH-Asia"), R(MA, "located_in", "Cần Thơ"),
])

for name, gold in GOLD.items():
    document = name if "." in name else f"{name}.txt"
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": document, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
