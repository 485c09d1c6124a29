"""Hand annotations of the `train-al` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-al/make_gold_train_al.py

Theme: Latin American and Caribbean clusters and agencies with European, North
American and Asian partners. Rules of benchmarks/extraction/README.md ("Documents
and gold"); types and predicates of DOMAIN.md. Choices made here:
- Trade and investment promotion agencies (ApexBrasil, ProColombia, CINDE,
  Uruguay XXI, KOTRA, JETRO, ...) and city innovation agencies (Ruta N) are
  `public_body`; technology parks (BH-TEC, PIIT, Pangyo Techno Valley, Hsinchu
  Biomedical Science Park) are `cluster`, like Technology Park Ljubljana.
- Sector federations and industry associations of companies (FEMIA, CAB, AseBio,
  INA, CLEPA, H2 Chile, Hydrogen Europe, JH2A) are `network`; regional cluster
  organisations (MassBio, Medical Alley, Vitartis, Biocat) are `cluster`.
- A delegation's meetings are annotated as `met_with` from the organisation that
  led the delegation; an organisation met at an event is annotated as a
  participant of that event when the meeting clearly happened there.
- Planned participations stated as decided ("will return to BIO 2024",
  "has confirmed its participation") are annotated like past ones.
- Places named only inside an organisation's name (Wageningen, Rosario, Galway)
  are not annotated as places.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-al"

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

# --- 1. annual-report chapter: Biominas Brasil --------------------------------------
BIOM = "Biominas Brasil"
APEX = "Brazilian Trade and Investment Promotion Agency"
ABDI = "Agência Brasileira de Desenvolvimento Industrial"
BIO = "BIO International Convention"
BE = "BIO-Europe"
NANO = "Nanoviva Biotecnologia"
CBHT = "CataloniaBio & HealthTech"
BC = "BIOCIRC-LAC"
BR_MEMBERS = (("Bioartis Diagnóstica", "Belo Horizonte"), (NANO, "Viçosa"),
              ("Vetmix Saúde Animal", "Uberlândia"))
GOLD["biominas-brasil-annual-report-2023.md"] = dict(
entities=[
 E(BIOM, "cluster", "BR", "Biominas"), E("Belo Horizonte", "place", "BR"),
 E("Minas Gerais", "place", "BR"),
 E("Carolina Fonseca Ribeiro", "person", "BR", "Ribeiro"),
 E("BioWin", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E("Wallonia Export & Investment Agency", "public_body", "BE", "AWEX"),
 E("São Paulo", "place", "BR"),
 E("Montréal InVivo", "cluster", "CA"), E("Montréal", "place", "CA"),
 E("Federal University of Minas Gerais", "university", "BR", "UFMG"),
 E("Fundação Oswaldo Cruz", "research_org", "BR", "Fiocruz"),
 E("Parque Tecnológico de Belo Horizonte", "cluster", "BR", "BH-TEC"),
 E("Boston", "place", "US"), E(BIO, "event", "US"),
 E(APEX, "public_body", "BR", "ApexBrasil"),
 E("Bioartis Diagnóstica", "company", "BR"), E(NANO, "company", "BR"), E("Viçosa", "place", "BR"),
 E("Vetmix Saúde Animal", "company", "BR"), E("Uberlândia", "place", "BR"),
 E("Massachusetts Biotechnology Council", "cluster", "US", "MassBio"),
 E("LINK-J", "cluster", "JP"),
 E("Rodrigo Amaral Teixeira", "person", "BR"),
 E(BE, "event", "DE"), E("Munich", "place", "DE"),
 E(ABDI, "public_body", "BR", "ABDI"),
 E("BioM", "cluster", "DE"), E("Martinsried", "place", "DE"),
 E(BC, "project"), E("AL-INVEST Verde", "programme"),
 E(CBHT, "cluster", "ES"), E("Barcelona", "place", "ES"),
 E("Corfo", "public_body", "CL"), E("Health Cluster Portugal", "cluster", "PT"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("BIO 2024", "event", "US"), E("San Diego", "place", "US"),
 E("Korea Trade-Investment Promotion Agency", "public_body", "KR", "KOTRA"),
 E("Seoul", "place", "KR"),
],
relations=[
 R(BIOM, "located_in", "Belo Horizonte"), R(BIOM, "located_in", "Minas Gerais"),
 R("Carolina Fonseca Ribeiro", "works_for", BIOM),
 R(BIOM, "partner_of", "BioWin"), R("BioWin", "located_in", "Wallonia"),
 R("Wallonia Export & Investment Agency", "located_in", "São Paulo"),
 R(BIOM, "partner_of", "Montréal InVivo"), R("Montréal InVivo", "located_in", "Montréal"),
 R(BIOM, "partner_of", "Federal University of Minas Gerais"),
 R(BIOM, "partner_of", "Fundação Oswaldo Cruz"),
 R("Parque Tecnológico de Belo Horizonte", "located_in", "Belo Horizonte"),
 R(BIO, "located_in", "Boston"), R(BIOM, "participated_in", BIO), R(APEX, "participated_in", BIO),
 *[R(c, "member_of", BIOM) for c, _ in BR_MEMBERS],
 *[R(c, "located_in", t) for c, t in BR_MEMBERS],
 *[R(c, "participated_in", BIO) for c, _ in BR_MEMBERS],
 R(BIOM, "met_with", "Massachusetts Biotechnology Council"), R(BIOM, "met_with", "LINK-J"),
 R("Massachusetts Biotechnology Council", "participated_in", BIO),
 R("LINK-J", "participated_in", BIO),
 R("Rodrigo Amaral Teixeira", "works_for", BIOM),
 R(BE, "located_in", "Munich"), R(BIOM, "participated_in", BE), R(ABDI, "participated_in", BE),
 R(NANO, "participated_in", BE), R(NANO, "met_with", "BioM"), R("BioM", "participated_in", BE),
 R("BioM", "located_in", "Martinsried"),
 R(BC, "funded_by", "AL-INVEST Verde"), R(CBHT, "leads", BC), R(CBHT, "located_in", "Barcelona"),
 *[R(o, "consortium_member_of", BC) for o in (
   BIOM, CBHT, ABDI, "Corfo", "Health Cluster Portugal")],
 R(BIOM, "member_of", "Council of European BioRegions"),
 R(BIOM, "participated_in", "BIO 2024"), R("BIO 2024", "located_in", "San Diego"),
 R("Korea Trade-Investment Promotion Agency", "located_in", "Seoul"),
])

# --- 2. event news: Mexican aerospace pavilion at the Paris Air Show ----------------
FEMIA = "Federación Mexicana de la Industria Aeroespacial"
PAS = "International Paris Air Show"
AQ = "Aeroclúster de Querétaro"
BCA = "Clúster Aeroespacial de Baja California"
CHI = "Chihuahua Aerospace Cluster"
SON = "Clúster Aeroespacial de Sonora"
MAQ = "Maquinados Aeroespaciales del Bajío"
COMP = "Compositek Mexicali"
MAD = "Mexico Aerospace Day"
AV = "Aerospace Valley"
UNAQ = "Universidad Aeronáutica en Querétaro"
HA = "Hamburg Aviation"
AIX = "Aircraft Interiors Expo"
GOLD["mexican-aerospace-pavilion-paris-air-show-2023.html"] = dict(
entities=[
 E(FEMIA, "network", "MX", "FEMIA"), E(PAS, "event", "FR"), E("Le Bourget", "place", "FR"),
 E("Secretaría de Economía", "public_body", "MX"),
 E("Agencia Espacial Mexicana", "public_body", "MX", "AEM"),
 E("Mariana Leal Cárdenas", "person", "MX"),
 E(AQ, "cluster", "MX"), E("Querétaro", "place", "MX"),
 E("Jorge Arriaga Villalobos", "person", "MX", "Jorge Arriaga"),
 E(BCA, "cluster", "MX"), E("Mexicali", "place", "MX"),
 E(CHI, "cluster", "MX"), E("Chihuahua", "place", "MX"),
 E(SON, "cluster", "MX"), E("Hermosillo", "place", "MX"),
 E("Business France", "public_body", "FR"),
 E(MAQ, "company", "MX"), E("Safran", "company", "FR"), E("Daher", "company", "FR"),
 E(COMP, "company", "MX"), E("Airbus", "company", "FR"),
 E(MAD, "event", "FR"), E(AV, "cluster", "FR"), E("Toulouse", "place", "FR"),
 E("Occitanie", "place", "FR"), E("Sophie Marchand", "person", "FR"),
 E(UNAQ, "university", "MX", "UNAQ"), E("ISAE-SUPAERO", "university", "FR"),
 E("Aéro Montréal", "cluster", "CA"),
 E(HA, "cluster", "DE"), E("Hamburg metropolitan region", "place", "DE"),
 E(AIX, "event", "DE"), E("Hamburg", "place", "DE"),
 E("BavAIRia", "cluster", "DE"), E("Oberpfaffenhofen", "place", "DE"), E("Bavaria", "place", "DE"),
 E("FAMEX 2025", "event", "MX"), E("Santa Lucía", "place", "MX"),
 E("Mexico City", "place", "MX"),
],
relations=[
 R(PAS, "located_in", "Le Bourget"), R(FEMIA, "participated_in", PAS),
 R("Agencia Espacial Mexicana", "participated_in", PAS),
 R("Mariana Leal Cárdenas", "works_for", FEMIA),
 *[R(c, "participated_in", PAS) for c in (AQ, BCA, CHI, SON)],
 R(AQ, "located_in", "Querétaro"), R(BCA, "located_in", "Mexicali"),
 R(CHI, "located_in", "Chihuahua"), R(SON, "located_in", "Hermosillo"),
 R("Jorge Arriaga Villalobos", "works_for", AQ),
 R("Business France", "participated_in", PAS),
 R(MAQ, "located_in", "Querétaro"), R(MAQ, "participated_in", PAS),
 R(MAQ, "met_with", "Safran"), R(MAQ, "met_with", "Daher"),
 R("Safran", "participated_in", PAS), R("Daher", "participated_in", PAS),
 R(COMP, "participated_in", PAS), R(COMP, "met_with", "Airbus"), R("Airbus", "participated_in", PAS),
 R(FEMIA, "organized", MAD), R(AV, "organized", MAD), R(MAD, "located_in", "Le Bourget"),
 R(FEMIA, "partner_of", AV), R(AV, "located_in", "Toulouse"), R(AV, "located_in", "Occitanie"),
 R(AV, "participated_in", PAS), R("Sophie Marchand", "works_for", AV),
 R(UNAQ, "partner_of", "ISAE-SUPAERO"), R("ISAE-SUPAERO", "located_in", "Toulouse"),
 R(UNAQ, "participated_in", PAS), R("ISAE-SUPAERO", "participated_in", PAS),
 R(AQ, "partner_of", "Aéro Montréal"), R("Aéro Montréal", "participated_in", PAS),
 R(CHI, "met_with", HA), R(HA, "located_in", "Hamburg metropolitan region"),
 R(HA, "participated_in", PAS), R(AIX, "located_in", "Hamburg"),
 R(BCA, "met_with", "BavAIRia"), R("BavAIRia", "located_in", "Oberpfaffenhofen"),
 R("BavAIRia", "participated_in", PAS),
 R(AV, "participated_in", "FAMEX 2025"), R("FAMEX 2025", "located_in", "Santa Lucía"),
 R(FEMIA, "located_in", "Mexico City"),
])

# --- 3. press release: CLAUT / ACICAE memorandum of understanding -------------------
CLAUT = "Clúster Automotriz de Nuevo León"
ACICAE = "Asociación Cluster de Automoción de Euskadi"
SD = "Basque–Mexico Automotive Suppliers Day"
ITM = "Industrial Transformation MEXICO"
PAIRS = (("Matrices Gorbea", "Vitoria-Gasteiz", ACICAE), ("Estampados Regios", "Santa Catarina", CLAUT),
         ("Elektrokabi", "Eibar", ACICAE), ("Arneses del Norte", "General Escobedo", CLAUT))
GOLD["claut-acicae-automotive-mou-2024.txt"] = dict(
entities=[
 E(CLAUT, "cluster", "MX", "CLAUT"), E("Monterrey", "place", "MX"), E("Nuevo León", "place", "MX"),
 E(ACICAE, "cluster", "ES", "ACICAE", "Basque Automotive Cluster"),
 E("Basque Country", "place", "ES"),
 E("Héctor Villarreal Garza", "person", "MX", "Villarreal"),
 E("Elena Etxeberria Urrutia", "person", "ES", "Etxeberria"),
 E("Basque Business Development Agency", "public_body", "ES", "SPRI"),
 E("Basque Trade & Investment", "public_body", "ES"),
 E("Parque de Investigación e Innovación Tecnológica", "cluster", "MX", "PIIT"),
 E("Apodaca", "place", "MX"),
 E("Secretaría de Economía de Nuevo León", "public_body", "MX"),
 E("Automotive Intelligence Center", "research_org", "ES", "AIC"),
 E("Amorebieta-Etxano", "place", "ES"),
 E("Universidad Autónoma de Nuevo León", "university", "MX", "UANL"),
 E("Tecnológico de Monterrey", "university", "MX"),
 E("Matrices Gorbea", "company", "ES"), E("Vitoria-Gasteiz", "place", "ES"),
 E("Estampados Regios", "company", "MX"), E("Santa Catarina", "place", "MX"),
 E("Elektrokabi", "company", "ES"), E("Eibar", "place", "ES"),
 E("Arneses del Norte", "company", "MX"), E("General Escobedo", "place", "MX"),
 E(SD, "event", "MX"), E("León", "place", "MX"), E("Guanajuato", "place", "MX"),
 E(ITM, "event", "MX"), E("Hannover Fairs México", "company", "MX"),
 E("Bilbao", "place", "ES"),
 E("Industria Nacional de Autopartes", "network", "MX", "INA"),
 E("Automotive Cluster of Slovenia", "cluster", "SI", "ACS"), E("Ljubljana", "place", "SI"),
 E("MichAuto", "cluster", "US"), E("Detroit", "place", "US"),
 E("European Association of Automotive Suppliers", "network", "BE", "CLEPA"),
],
relations=[
 R(CLAUT, "partner_of", ACICAE),
 R("Héctor Villarreal Garza", "works_for", CLAUT), R("Elena Etxeberria Urrutia", "works_for", ACICAE),
 R("Parque de Investigación e Innovación Tecnológica", "located_in", "Apodaca"),
 R("Automotive Intelligence Center", "located_in", "Amorebieta-Etxano"),
 R(CLAUT, "partner_of", "Universidad Autónoma de Nuevo León"),
 R(CLAUT, "partner_of", "Tecnológico de Monterrey"),
 R(ACICAE, "located_in", "Basque Country"),
 *[R(c, "member_of", cl) for c, _, cl in PAIRS],
 *[R(c, "located_in", t) for c, t, _ in PAIRS],
 R("Matrices Gorbea", "met_with", "Estampados Regios"), R("Elektrokabi", "met_with", "Arneses del Norte"),
 R(CLAUT, "organized", SD), R(ACICAE, "organized", SD),
 R(SD, "located_in", "León"), R(SD, "located_in", "Guanajuato"),
 R(ITM, "located_in", "León"), R(ITM, "located_in", "Guanajuato"),
 R("Hannover Fairs México", "organized", ITM),
 R(CLAUT, "participated_in", ITM), R(ACICAE, "participated_in", ITM),
 R(CLAUT, "located_in", "Monterrey"), R(CLAUT, "located_in", "Nuevo León"),
 R(CLAUT, "member_of", "Industria Nacional de Autopartes"),
 R(CLAUT, "partner_of", "Automotive Cluster of Slovenia"),
 R("Automotive Cluster of Slovenia", "located_in", "Ljubljana"),
 R(CLAUT, "partner_of", "MichAuto"), R("MichAuto", "located_in", "Detroit"),
 R(ACICAE, "member_of", "European Association of Automotive Suppliers"),
])

# --- 4. delegation report: Ruta N and ProColombia in Japan and Korea ----------------
RN = "Corporación Ruta N"
MIS = "Misión Medellín–Asia 2023"
CEA = "CEATEC 2023"
CTN = "Colombia Tech Night"
PD = "Colombia–Korea Digital Partnering Day"
KOTRA = "Korea Trade-Investment Promotion Agency"
GBSA = "Gyeonggi Business & Science Accelerator"
CO_COMPANIES = ("Nodo Analítica SAS", "Agrosensor Andino", "Vitalink Salud Digital")
GOLD["ruta-n-procolombia-asia-mission-2023.md"] = dict(
entities=[
 E(RN, "public_body", "CO", "Ruta N"), E("Medellín", "place", "CO"),
 E("Valle de Aburrá", "place", "CO"), E(MIS, "event"),
 E("Tokyo", "place", "JP"), E("Kawasaki", "place", "JP"), E("Seoul", "place", "KR"),
 E("ProColombia", "public_body", "CO"), E("Alcaldía de Medellín", "public_body", "CO"),
 E("Laura Restrepo Vélez", "person", "CO", "Restrepo Vélez"),
 E("Universidad EAFIT", "university", "CO"),
 E("Universidad de Antioquia", "university", "CO", "UdeA"),
 E(CEA, "event", "JP"), E("Chiba", "place", "JP"),
 E("Nodo Analítica SAS", "company", "CO", "Nodo Analítica"),
 E("NEC Corporation", "company", "JP"), E("Hitachi", "company", "JP"),
 E("Agrosensor Andino", "company", "CO"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Vitalink Salud Digital", "company", "CO"),
 E(CTN, "event", "JP"), E("Andrés Felipe Gaviria", "person", "CO"), E("Osaka", "place", "JP"),
 E("Kawasaki City Industrial Promotion Foundation", "public_body", "JP"),
 E("Keio University", "university", "JP"),
 E(KOTRA, "public_body", "KR", "KOTRA"), E(PD, "event", "KR"),
 E("Seongnam", "place", "KR"), E("Pangyo Techno Valley", "cluster", "KR"),
 E(GBSA, "public_body", "KR", "GBSA"),
 E("Korea Institute of Science and Technology", "research_org", "KR", "KIST"),
 E("Smart City Expo World Congress", "event", "ES"), E("Barcelona", "place", "ES"),
 E("World Technopolis Association", "network", "KR", "WTA"), E("Daejeon", "place", "KR"),
],
relations=[
 R(RN, "located_in", "Medellín"),
 R(RN, "organized", MIS), R("ProColombia", "organized", MIS),
 R(MIS, "located_in", "Tokyo"), R(MIS, "located_in", "Kawasaki"), R(MIS, "located_in", "Seoul"),
 R("Laura Restrepo Vélez", "works_for", RN), R("Laura Restrepo Vélez", "participated_in", MIS),
 R("Universidad EAFIT", "participated_in", MIS), R("Universidad de Antioquia", "participated_in", MIS),
 *[R(c, "participated_in", MIS) for c in CO_COMPANIES],
 R(CEA, "located_in", "Chiba"), R(RN, "participated_in", CEA), R("ProColombia", "participated_in", CEA),
 *[R(c, "participated_in", CEA) for c in CO_COMPANIES],
 R("Nodo Analítica SAS", "met_with", "NEC Corporation"), R("Nodo Analítica SAS", "met_with", "Hitachi"),
 R("Agrosensor Andino", "met_with", "Japan External Trade Organization"),
 R("Japan External Trade Organization", "located_in", "Tokyo"),
 R("ProColombia", "organized", CTN), R(CTN, "located_in", "Tokyo"), R("ProColombia", "located_in", "Tokyo"),
 R("Andrés Felipe Gaviria", "participated_in", CTN), R("Andrés Felipe Gaviria", "works_for", "Nodo Analítica SAS"),
 R(RN, "partner_of", "Kawasaki City Industrial Promotion Foundation"),
 R("Kawasaki City Industrial Promotion Foundation", "located_in", "Kawasaki"),
 R("Universidad EAFIT", "met_with", "Keio University"),
 R(KOTRA, "organized", PD), R("ProColombia", "organized", PD), R(PD, "located_in", "Seoul"),
 *[R(c, "participated_in", PD) for c in CO_COMPANIES],
 R("Pangyo Techno Valley", "located_in", "Seongnam"), R(GBSA, "located_in", "Seongnam"),
 R(RN, "partner_of", GBSA),
 R("Universidad de Antioquia", "met_with", "Korea Institute of Science and Technology"),
 R("Smart City Expo World Congress", "located_in", "Barcelona"),
 R(RN, "participated_in", "Smart City Expo World Congress"),
 R(RN, "member_of", "World Technopolis Association"),
])

# --- 5. EU-LAC consortium kick-off: AGROCIRCULAR-LAC (AL-INVEST Verde) -------------
AC = "AGROCIRCULAR-LAC"
FORO = "Foro de Negocios Verdes UE-ALC"
VIT = "Vitartis"
CORFO = "Corporación de Fomento de la Producción"
FM = "Frutícola Maule SpA"
FL = "Fruit Logistica 2024"
UTAL = "Universidad de Talca"
GOLD["al-invest-verde-agrocircular-kickoff-2023.html"] = dict(
entities=[
 E(AC, "project"), E("Montevideo", "place", "UY"), E("AL-INVEST Verde", "programme"),
 E("EU-LAC Digital Alliance", "programme"),
 E("Uruguay XXI", "public_body", "UY"),
 E(FORO, "event", "UY", "EU-LAC Green Business Forum"),
 E(CORFO, "public_body", "CL", "Corfo"), E("ProChile", "public_body", "CL"),
 E(VIT, "cluster", "ES"), E("Castilla y León", "place", "ES"), E("Valladolid", "place", "ES"),
 E("Vegepolys Valley", "cluster", "FR"), E("Angers", "place", "FR"),
 E("Wageningen University & Research", "university", "NL", "WUR"),
 E("Cluster Agrifood Nazionale", "cluster", "IT", "CL.A.N."), E("Rome", "place", "IT"),
 E("Instituto Nacional de Investigación Agropecuaria", "research_org", "UY", "INIA"),
 E("Fundación Chile", "research_org", "CL"), E("Santiago", "place", "CL"),
 E(UTAL, "university", "CL"),
 E("Instituto Nacional de Tecnología Agropecuaria", "research_org", "AR", "INTA"),
 E("Red de Inversiones y Exportaciones", "public_body", "PY", "REDIEX"), E("Asunción", "place", "PY"),
 E("Lácteos del Sur SA", "company", "UY", "Lácteos del Sur"),
 E("Colonia del Sacramento", "place", "UY"),
 E(FM, "company", "CL"), E("Talca", "place", "CL"), E("Maule Region", "place", "CL"),
 E("Beatriz Santamaría Ortega", "person", "ES", "Santamaría"),
 E("Klaus Meyer-Lindqvist", "person"),
 E("Directorate-General for International Partnerships", "public_body", None, "DG INTPA"),
 E("Martín Ferreira Bentancur", "person", "UY"), E("Paula Soto Riquelme", "person", "CL"),
 E(FL, "event", "DE"), E("Berlin", "place", "DE"),
],
relations=[
 R(AC, "funded_by", "AL-INVEST Verde"), R(AC, "funded_by", "EU-LAC Digital Alliance"),
 R(VIT, "leads", AC),
 *[R(o, "consortium_member_of", AC) for o in (
   VIT, "Vegepolys Valley", "Wageningen University & Research", "Cluster Agrifood Nazionale",
   "Instituto Nacional de Investigación Agropecuaria", "Uruguay XXI", CORFO, "Fundación Chile",
   UTAL, "Instituto Nacional de Tecnología Agropecuaria", "Red de Inversiones y Exportaciones",
   "Lácteos del Sur SA", FM)],
 R("Uruguay XXI", "organized", FORO), R(FORO, "located_in", "Montevideo"),
 R(CORFO, "participated_in", FORO), R("ProChile", "participated_in", FORO),
 R(VIT, "located_in", "Castilla y León"), R(VIT, "located_in", "Valladolid"),
 R("Vegepolys Valley", "located_in", "Angers"), R("Cluster Agrifood Nazionale", "located_in", "Rome"),
 R("Instituto Nacional de Investigación Agropecuaria", "located_in", "Montevideo"),
 R("Fundación Chile", "located_in", "Santiago"),
 R("Red de Inversiones y Exportaciones", "located_in", "Asunción"),
 R("Lácteos del Sur SA", "located_in", "Colonia del Sacramento"),
 R(FM, "located_in", "Talca"), R(FM, "located_in", "Maule Region"),
 R("Beatriz Santamaría Ortega", "works_for", VIT), R("Beatriz Santamaría Ortega", "participated_in", FORO),
 R("Klaus Meyer-Lindqvist", "works_for", "Directorate-General for International Partnerships"),
 R("Klaus Meyer-Lindqvist", "participated_in", FORO),
 R("Martín Ferreira Bentancur", "works_for", "Uruguay XXI"), R("Paula Soto Riquelme", "works_for", CORFO),
 R(VIT, "partner_of", UTAL),
 R(FL, "located_in", "Berlin"), R("ProChile", "participated_in", FL), R(FM, "participated_in", FL),
])

# --- 6. newsletter: CINDE (Costa Rica) life sciences --------------------------------
CINDE = "Coalición Costarricense de Iniciativas de Desarrollo"
PROC = "Promotora del Comercio Exterior de Costa Rica"
MDM = "MD&M West"
MV = "Medical Valley Europäische Metropolregion Nürnberg"
MTL = "MedtecLIVE 2024"
TEC = "Instituto Tecnológico de Costa Rica"
BAT = "BIO Asia-Taiwan 2024"
SUM = "Costa Rica Life Sciences Summit"
CR_COMPANIES = (("Precisión Médica Tica", "Cartago"), ("Politubos Médicos", "Alajuela"),
                ("SterilPack CR", "Heredia"))
GOLD["cinde-costa-rica-life-sciences-newsletter-2024.txt"] = dict(
entities=[
 E(CINDE, "public_body", "CR", "CINDE"), E("San José", "place", "CR"),
 E(PROC, "public_body", "CR", "PROCOMER"), E(MDM, "event", "US"),
 E("Anaheim", "place", "US"), E("California", "place", "US"),
 *[E(c, "company", "CR") for c, _ in CR_COMPANIES], *[E(t, "place", "CR") for _, t in CR_COMPANIES],
 E("Boston Scientific", "company", "US"),
 E("Medical Alley", "cluster", "US"), E("Minnesota", "place", "US"),
 E(MV, "cluster", "DE", "Medical Valley EMN"), E("Erlangen", "place", "DE"),
 E(MTL, "event", "DE"), E("Nuremberg", "place", "DE"),
 E("Thomas Kellner", "person", "DE"),
 E("Jimena Alvarado Mora", "person", "CR", "Alvarado"),
 E("Zona Franca Coyol", "company", "CR"),
 E(TEC, "university", "CR", "TEC"), E("Universidad de Costa Rica", "university", "CR", "UCR"),
 E("RE-MED", "project"),
 E("Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones", "public_body", "CR", "MICITT"),
 E("CÚRAM", "research_org", "IE"), E("University of Galway", "university", "IE"),
 E("Taipei", "place", "TW"),
 E("Taiwan External Trade Development Council", "public_body", "TW", "TAITRA"),
 E("Hsinchu Biomedical Science Park", "cluster", "TW"),
 E(BAT, "event", "TW"), E(SUM, "event", "CR"),
 E("World Association of Investment Promotion Agencies", "network", None, "WAIPA"),
],
relations=[
 R(CINDE, "located_in", "San José"),
 R(MDM, "located_in", "Anaheim"), R(MDM, "located_in", "California"),
 R(CINDE, "participated_in", MDM), R(PROC, "participated_in", MDM),
 *[R(c, "participated_in", MDM) for c, _ in CR_COMPANIES],
 *[R(c, "located_in", t) for c, t in CR_COMPANIES],
 R("Precisión Médica Tica", "met_with", "Boston Scientific"),
 R("Boston Scientific", "participated_in", MDM),
 R(CINDE, "met_with", "Medical Alley"), R(PROC, "met_with", "Medical Alley"),
 R("Medical Alley", "participated_in", MDM), R("Medical Alley", "located_in", "Minnesota"),
 R(CINDE, "partner_of", MV), R(MV, "located_in", "Erlangen"),
 R(MTL, "located_in", "Nuremberg"), R(CINDE, "participated_in", MTL), R(MV, "participated_in", MTL),
 R("Thomas Kellner", "works_for", MV), R("Jimena Alvarado Mora", "works_for", CINDE),
 R(CINDE, "partner_of", "Zona Franca Coyol"), R("Zona Franca Coyol", "located_in", "Alajuela"),
 R(TEC, "leads", "RE-MED"),
 *[R(o, "consortium_member_of", "RE-MED") for o in (TEC, "Universidad de Costa Rica", "CÚRAM")],
 R("RE-MED", "funded_by", "Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones"),
 R(CINDE, "met_with", "Taiwan External Trade Development Council"),
 R(CINDE, "met_with", "Hsinchu Biomedical Science Park"),
 R(BAT, "located_in", "Taipei"), R(CINDE, "participated_in", BAT), R(PROC, "participated_in", BAT),
 R(SUM, "located_in", "San José"), R(CINDE, "organized", SUM), R(PROC, "organized", SUM),
 R(MV, "participated_in", SUM),
 R(CINDE, "member_of", "World Association of Investment Promotion Agencies"),
])

# --- 7. newsletter: Argentinian biotech chamber at BIO-Europe Spring ----------------
CAB = "Cámara Argentina de Biotecnología"
BES = "BIO-Europe Spring 2024"
LEL = "Fundación Instituto Leloir"
AB = "Andes Biologics"
IRB = "Institute for Research in Biomedicine"
BRK = "Spain–Latin America Biotech Breakfast"
ICEX = "ICEX España Exportación e Inversiones"
ASEBIO = "Asociación Española de Bioempresas"
BLB = "BioLAC-Bridge"
SEM = "Semana de la Biotecnología Argentina"
GOLD["argentina-biotech-bio-europe-spring-2024.md"] = dict(
entities=[
 E(CAB, "network", "AR", "CAB"), E(BES, "event", "ES"), E("EBD Group", "company", "CH"),
 E("Barcelona", "place", "ES"),
 E("Agencia Argentina de Inversiones y Comercio Internacional", "public_body", "AR", "AAICI"),
 E("Consejo Nacional de Investigaciones Científicas y Técnicas", "research_org", "AR", "CONICET"),
 E(LEL, "research_org", "AR"), E("Buenos Aires", "place", "AR"),
 E("Lucía Fernández Castro", "person", "AR"),
 E(AB, "company", "AR"), E("Grifols", "company", "ES"), E("Takeda", "company", "JP"),
 E("Pampa Bioinsumos", "company", "AR"), E("Pergamino", "place", "AR"),
 E("Rosario Bioprocess", "company", "AR"), E("Polo Tecnológico Rosario", "cluster", "AR"),
 E(IRB, "research_org", "ES", "IRB Barcelona"),
 E("Biocat", "cluster", "ES"), E("Catalonia", "place", "ES"),
 E("Graciela Beltrán Ojeda", "person", "AR", "Beltrán"),
 E("Jordi Puigdomènech i Serra", "person", "ES", "Puigdomènech"),
 E(SEM, "event", "AR"),
 E(BRK, "event", "ES"), E(ICEX, "public_body", "ES", "ICEX"), E(ASEBIO, "network", "ES", "AseBio"),
 E(BLB, "project"), E("Erasmus+", "programme"), E("Universitat de Barcelona", "university", "ES"),
 E("Universidad Nacional de San Martín", "university", "AR", "UNSAM"),
 E("Universidad de la República", "university", "UY", "Udelar"), E("Montevideo", "place", "UY"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
],
relations=[
 R(BES, "located_in", "Barcelona"), R("EBD Group", "organized", BES),
 R(CAB, "participated_in", BES),
 R("Consejo Nacional de Investigaciones Científicas y Técnicas", "participated_in", BES),
 R(LEL, "participated_in", BES), R(LEL, "located_in", "Buenos Aires"),
 R("Lucía Fernández Castro", "works_for", CAB), R("Lucía Fernández Castro", "participated_in", BES),
 R(AB, "located_in", "Buenos Aires"), R(AB, "participated_in", BES),
 R(AB, "met_with", "Grifols"), R(AB, "met_with", "Takeda"),
 R("Grifols", "participated_in", BES), R("Takeda", "participated_in", BES),
 R("Pampa Bioinsumos", "located_in", "Pergamino"), R("Pampa Bioinsumos", "participated_in", BES),
 R("Rosario Bioprocess", "member_of", "Polo Tecnológico Rosario"),
 R("Rosario Bioprocess", "participated_in", BES),
 R(LEL, "partner_of", IRB), R(IRB, "participated_in", BES),
 R(CAB, "partner_of", "Biocat"), R("Biocat", "located_in", "Catalonia"), R("Biocat", "participated_in", BES),
 R("Graciela Beltrán Ojeda", "works_for", CAB), R("Jordi Puigdomènech i Serra", "works_for", "Biocat"),
 R(CAB, "organized", SEM), R(SEM, "located_in", "Buenos Aires"),
 R(ICEX, "organized", BRK), R(ASEBIO, "organized", BRK), R(CAB, "participated_in", BRK),
 R(CAB, "partner_of", ASEBIO),
 R(BLB, "funded_by", "Erasmus+"), R("Universitat de Barcelona", "leads", BLB),
 *[R(o, "consortium_member_of", BLB) for o in (
   "Universitat de Barcelona", CAB, "Universidad Nacional de San Martín", "Universidad de la República")],
 R("Universidad de la República", "located_in", "Montevideo"),
 R("BIO International Convention", "located_in", "San Diego"),
 R(CAB, "participated_in", "BIO International Convention"),
])

# --- 8. press release: Chile at the World Hydrogen Summit ---------------------------
H2C = "Asociación Chilena de Hidrógeno"
WHS = "World Hydrogen Summit 2024"
POR = "Port of Rotterdam Authority"
EPA = "Empresa Portuaria Antofagasta"
H2A = "H2ANDES Corridor"
FCR = "Fraunhofer Chile Research"
DAT = "Delta Ammonia Terminals BV"
JH2A = "Japan Hydrogen Association"
HA = "HidroAustral SpA"
ATA = "Atacama H2 Solutions"
AE = "Andes Electrolyzers"
ISE = "Fraunhofer Institute for Solar Energy Systems ISE"
HE = "Hydrogen Europe"
HYV = "Hyvolution Chile 2025"
GOLD["chile-hydrogen-world-hydrogen-summit-2024.html"] = dict(
entities=[
 E(H2C, "network", "CL", "H2 Chile"), E("Santiago", "place", "CL"),
 E(WHS, "event", "NL"), E("Rotterdam", "place", "NL"),
 E("ProChile", "public_body", "CL"), E("Corfo", "public_body", "CL"),
 E("Sustainable Energy Council", "company", "GB"),
 E("Antofagasta", "place", "CL"),
 E(POR, "company", "NL", "Port of Rotterdam"), E(EPA, "company", "CL", "EPA"),
 E("Pieter van den Berg", "person", "NL"), E("Carolina Muñoz Araya", "person", "CL"),
 E(H2A, "project"), E("Netherlands Enterprise Agency", "public_body", "NL", "RVO"),
 E(FCR, "research_org", "CL"), E(DAT, "company", "NL"),
 E("Punta Arenas", "place", "CL"), E("Magallanes Region", "place", "CL"),
 E(JH2A, "network", "JP", "JH2A"), E("Tokyo", "place", "JP"),
 E("Ignacio Valdés Ruiz", "person", "CL"),
 E(HA, "company", "CL"), E("Mitsubishi Heavy Industries", "company", "JP"), E("Uniper", "company", "DE"),
 E(ATA, "company", "CL"), E(AE, "company", "CL"),
 E(ISE, "research_org", "DE"), E("Freiburg", "place", "DE"),
 E("Valentina Rojas Pizarro", "person", "CL"), E("Marcelo Contreras Díaz", "person", "CL"),
 E("Universidad de Magallanes", "university", "CL"),
 E(HE, "network", "BE"), E("Brussels", "place", "BE"),
 E(HYV, "event", "CL"), E("The Hague", "place", "NL"),
],
relations=[
 R(H2C, "located_in", "Santiago"),
 R(WHS, "located_in", "Rotterdam"), R("Sustainable Energy Council", "organized", WHS),
 R(H2C, "participated_in", WHS), R("ProChile", "participated_in", WHS), R("Corfo", "participated_in", WHS),
 R(POR, "partner_of", EPA), R(POR, "participated_in", WHS), R(EPA, "participated_in", WHS),
 R(POR, "located_in", "Rotterdam"), R(EPA, "located_in", "Antofagasta"),
 R("Pieter van den Berg", "works_for", POR), R("Carolina Muñoz Araya", "works_for", EPA),
 R("Pieter van den Berg", "participated_in", WHS), R("Carolina Muñoz Araya", "participated_in", WHS),
 R(H2A, "funded_by", "Netherlands Enterprise Agency"), R(POR, "leads", H2A),
 *[R(o, "consortium_member_of", H2A) for o in (POR, EPA, FCR, DAT)],
 R(H2C, "partner_of", JH2A), R(JH2A, "participated_in", WHS),
 R("Ignacio Valdés Ruiz", "works_for", "ProChile"),
 R(HA, "located_in", "Punta Arenas"), R(HA, "participated_in", WHS),
 R(HA, "met_with", "Mitsubishi Heavy Industries"), R(HA, "met_with", "Uniper"),
 R("Mitsubishi Heavy Industries", "participated_in", WHS), R("Uniper", "participated_in", WHS),
 R(ATA, "located_in", "Antofagasta"), R(ATA, "participated_in", WHS),
 R(ATA, "partner_of", DAT), R(DAT, "participated_in", WHS),
 R(AE, "located_in", "Santiago"), R(AE, "participated_in", WHS), R(AE, "met_with", ISE),
 R(ISE, "located_in", "Freiburg"), R(ISE, "participated_in", WHS),
 R("Valentina Rojas Pizarro", "works_for", H2C), R("Marcelo Contreras Díaz", "works_for", "Corfo"),
 R(HE, "located_in", "Brussels"), R(H2C, "member_of", HE), R(HE, "participated_in", WHS),
 R(HYV, "located_in", "Santiago"), R(H2C, "participated_in", HYV), R(POR, "participated_in", HYV),
 R("ProChile", "located_in", "The Hague"),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.exists(), f"{doc}: document missing"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            name = e["name"]
            assert e["type"] in TYPES, f"{doc}: bad type {e['type']} for {name}"
            assert name not in types, f"{doc}: duplicate entity {name}"
            types[name] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), \
                f"{doc}: bad country for {name}"
            for form in [name, *e["aliases"]]:
                key = form.lower()
                assert key not in forms, f"{doc}: surface form {form!r} used by {forms[key]} and {name}"
                forms[key] = name
                assert key in text, f"{doc}: {form!r} does not occur in the text"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert s in types, f"{doc}: undeclared subject {s}"
            assert o in types, f"{doc}: undeclared object {o}"
            assert p in ALLOWED, f"{doc}: unknown predicate {p}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, f"{doc}: {s} ({types[s]}) cannot be subject of {p}"
            assert types[o] in obj_ok, f"{doc}: {o} ({types[o]}) cannot be object of {p}"
            assert s != o, f"{doc}: self relation {s} {p}"
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, f"{doc}: duplicate relation {s} {p} {o}"
            seen.add(key)
    docs_on_disk = {p.name for p in DOCS.iterdir() if p.is_file()}
    assert docs_on_disk == set(GOLD), f"documents without gold or gold without document: {docs_on_disk ^ set(GOLD)}"


check()
for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.name, len(gold["entities"]), len(gold["relations"]))
