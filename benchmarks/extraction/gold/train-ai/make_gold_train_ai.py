"""Hand annotations of the `train-ai` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ai/make_gold_train_ai.py

Theme: Spain and Portugal (clusters, agencies, Iberian-Latin American partnerships,
Interreg POCTEP / Sudoe / Atlantic Area projects). Rules of the README, "Documents
and gold", written by a separate annotator. Conventions kept throughout this set:

- a project's coordinator ("led by", "coordinates") gets both `leads` and
  `consortium_member_of`;
- planned facts stated as agreed ("will be held in Porto, organised by ...") are
  annotated like past ones;
- "X met with Y" during an event's meetings implies both were at the event;
- organising a pavilion or a stand at an event is `participated_in`, not `organized`;
- venues (Palacio de Ferias, Fira Gran Via, Bizkaia Aretoa), campuses and rivers are
  not annotated as places;
- science/technology parks are `cluster` (as Technology Park Ljubljana in the seed);
  national industry associations (AseBio, P-BIO, CAB, ANDI, ASIMET, EuropaBio) are
  `network`, regional clusters and cluster associations are `cluster`.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-ai"

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

# --- 1. annual-report chapter: Biocat international activity ------------------------
BIO23 = "BIO International Convention 2023"
BES23 = "BIO-Europe Spring 2023"
BHHS = "Barcelona Health Hub Summit"
HCP = "Health Cluster Portugal"
MB = "Massachusetts Biotechnology Council"
CAB = "Cámara Argentina de Biotecnología"
ILSD = "Iberian Life Sciences Day"
EG = "EULAC-GENOMICS"
BS = "BIOHUB-SUDOE"
GOLD["biocat-international-activity-2023.md"] = dict(
entities=[
 E("Biocat", "cluster", "ES"), E("Barcelona", "place", "ES"), E("Catalonia", "place", "ES"),
 E("Montserrat Vilalta", "person", "ES", "Vilalta"), E("ACCIÓ", "public_body", "ES"),
 E("Generalitat de Catalunya", "public_body", "ES"), E("Barcelona City Council", "public_body", "ES"),
 E(BIO23, "event", "US"), E("Boston", "place", "US"),
 E("Oryzon Genomics", "company", "ES"), E("Minoryx Therapeutics", "company", "ES"),
 E("Inbrain Neuroelectronics", "company", "ES"),
 E(MB, "cluster", "US", "MassBio"), E("Cambridge", "place", "US"),
 E(BES23, "event", "CH"), E("Basel", "place", "CH"),
 E("CataloniaBio & HealthTech", "cluster", "ES"),
 E(BHHS, "event", "ES"), E("Ruta N", "public_body", "CO"), E("Medellín", "place", "CO"),
 E("Biominas Brasil", "cluster", "BR"),
 E(HCP, "cluster", "PT", "HCP"), E("Porto", "place", "PT"),
 E(CAB, "network", "AR", "CAB"), E("Buenos Aires", "place", "AR"),
 E("Jordi Casals", "person", "ES"), E("Helena Sarmento", "person", "PT", "Sarmento"),
 E(ILSD, "event", "ES"), E("Lisbon", "place", "PT"),
 E(EG, "project"), E("Horizon Europe", "programme"),
 E("Universitat de Barcelona", "university", "ES"),
 E("Barcelona Supercomputing Center", "research_org", "ES", "BSC-CNS"),
 E("Fundação Oswaldo Cruz", "research_org", "BR", "Fiocruz"), E("Rio de Janeiro", "place", "BR"),
 E("Universidad de Chile", "university", "CL"), E("Santiago", "place", "CL"),
 E(BS, "project"), E("Interreg Sudoe", "programme"), E("Eurobiomed", "cluster", "FR"),
 E("Basque Health Cluster", "cluster", "ES", "BHC"),
 E("Council of European BioRegions", "network", None, "CEBR"), E("EIT Health", "network"),
],
relations=[
 R("Biocat", "located_in", "Barcelona"), R("Biocat", "located_in", "Catalonia"),
 R("Montserrat Vilalta", "works_for", "Biocat"),
 R("Biocat", "participated_in", BIO23), R("ACCIÓ", "participated_in", BIO23),
 R(BIO23, "located_in", "Boston"),
 *[R(c, "participated_in", BIO23) for c in (
   "Oryzon Genomics", "Minoryx Therapeutics", "Inbrain Neuroelectronics")],
 R(MB, "located_in", "Cambridge"),
 R("Biocat", "participated_in", BES23), R("CataloniaBio & HealthTech", "participated_in", BES23),
 R(BES23, "located_in", "Basel"),
 *[R(o, "participated_in", BHHS) for o in (
   "Biocat", "Montserrat Vilalta", "Ruta N", "Biominas Brasil")],
 R(BHHS, "located_in", "Barcelona"), R("Ruta N", "located_in", "Medellín"),
 R("Biocat", "partner_of", HCP), R("Biocat", "partner_of", MB), R("Biocat", "partner_of", CAB),
 R(HCP, "located_in", "Porto"), R(CAB, "located_in", "Buenos Aires"),
 R("Jordi Casals", "works_for", "Biocat"), R("Helena Sarmento", "works_for", HCP),
 R("Biocat", "organized", ILSD), R(HCP, "organized", ILSD), R(ILSD, "located_in", "Barcelona"),
 R("Biocat", "leads", EG), R(EG, "funded_by", "Horizon Europe"),
 *[R(o, "consortium_member_of", EG) for o in (
   "Biocat", "Universitat de Barcelona", "Barcelona Supercomputing Center", HCP,
   "Fundação Oswaldo Cruz", "Universidad de Chile")],
 R("Fundação Oswaldo Cruz", "located_in", "Rio de Janeiro"),
 R("Universidad de Chile", "located_in", "Santiago"),
 R("Eurobiomed", "leads", BS), R(BS, "funded_by", "Interreg Sudoe"),
 *[R(o, "consortium_member_of", BS) for o in ("Eurobiomed", "Biocat", "Basque Health Cluster")],
 R("Biocat", "member_of", "Council of European BioRegions"), R("Biocat", "member_of", "EIT Health"),
])

# --- 2. press release: HCP / Biominas Brasil memorandum at Hospitalar --------------
BMB = "Biominas Brasil"
HOSP = "Hospitalar 2024"
FOR = "Portugal-Brazil Health Innovation Forum"
APEX = "Brazilian Trade and Investment Promotion Agency"
UP = "Universidade do Porto"
DELEG = (("Bluepharma", "Coimbra"), ("iLoF", "Porto"), ("INESC TEC", "Porto"),
         ("Instituto Pedro Nunes", "Coimbra"), ("Fraunhofer Portugal AICOS", "Porto"))
GOLD["hcp-biominas-memorandum-2024.html"] = dict(
entities=[
 E(HCP, "cluster", "PT", "HCP"), E("Porto", "place", "PT"),
 E(BMB, "cluster", "BR"), E("Belo Horizonte", "place", "BR"),
 E(HOSP, "event", "BR", "Hospitalar"), E("São Paulo", "place", "BR"),
 E("Helena Sarmento", "person", "PT", "Sarmento"),
 E("Ricardo Amaral Guimarães", "person", "BR", "Guimarães"),
 E("AICEP Portugal Global", "public_body", "PT", "AICEP"), E(APEX, "public_body", "BR", "ApexBrasil"),
 E("Minas Gerais", "place", "BR"), E(FOR, "event", "PT"),
 E("UPTEC", "cluster", "PT"), E(UP, "university", "PT"), E("BH-TEC", "cluster", "BR"),
 E("Horizon Europe", "programme"),
 E("Fundação para a Ciência e a Tecnologia", "public_body", "PT", "FCT"),
 E("Fundação de Amparo à Pesquisa do Estado de Minas Gerais", "public_body", "BR", "FAPEMIG"),
 E("COMPETE 2030", "programme", "PT"),
 E("Bluepharma", "company", "PT"), E("Coimbra", "place", "PT"), E("iLoF", "company", "PT"),
 E("INESC TEC", "research_org", "PT"), E("Instituto Pedro Nunes", "research_org", "PT", "IPN"),
 E("Fraunhofer Portugal AICOS", "research_org", "PT"),
 E("Biomm", "company", "BR"), E("Nova Lima", "place", "BR"),
 E("Hilab", "company", "BR"), E("Curitiba", "place", "BR"),
 E("Council of European BioRegions", "network", None, "CEBR"), E("BRBIOTEC", "network", "BR"),
 E("Sofia Lemos", "person", "PT"),
],
relations=[
 R(HCP, "located_in", "Porto"), R(BMB, "located_in", "Belo Horizonte"),
 R(HCP, "partner_of", BMB),
 *[R(o, "participated_in", HOSP) for o in (
   HCP, BMB, "Helena Sarmento", "Ricardo Amaral Guimarães", "AICEP Portugal Global", APEX,
   *[c for c, _ in DELEG], "Biomm", "Hilab")],
 R(HOSP, "located_in", "São Paulo"),
 R("Helena Sarmento", "works_for", HCP), R("Ricardo Amaral Guimarães", "works_for", BMB),
 R(HCP, "organized", FOR), R(BMB, "organized", FOR), R(UP, "organized", FOR),
 R(FOR, "located_in", "Porto"), R(FOR, "located_in", "Belo Horizonte"),
 R("BH-TEC", "located_in", "Belo Horizonte"),
 *[R(c, "located_in", t) for c, t in DELEG],
 R("Bluepharma", "met_with", "Biomm"), R("Biomm", "member_of", BMB),
 R("Biomm", "located_in", "Nova Lima"),
 R("iLoF", "met_with", "Hilab"), R("Hilab", "located_in", "Curitiba"),
 R(HCP, "member_of", "Council of European BioRegions"), R(BMB, "member_of", "BRBIOTEC"),
 R("Sofia Lemos", "works_for", HCP),
])

# --- 3. project news: POCTEP kick-off of BLUEBIO-GN in Vigo -----------------------
BB = "Galicia-Norte Blue Biotechnology Network"
POC = "Interreg VI-A España-Portugal"
UV = "Universidade de Vigo"
INL = "International Iberian Nanotechnology Laboratory"
CIIMAR = "Centro Interdisciplinar de Investigação Marinha e Ambiental"
UM = "Universidade do Minho"
CET = "Centro Tecnológico del Mar"
BIOGA = "Clúster Tecnolóxico Empresarial das Ciencias da Vida"
FO = "Fórum Oceano"
GAIN = "Axencia Galega de Innovación"
CCDR = "Comissão de Coordenação e Desenvolvimento Regional do Norte"
PARTNERS = ((UV, "Vigo"), (INL, "Braga"), (CIIMAR, "Matosinhos"), (UM, "Braga"), (CET, "Vigo"),
            (BIOGA, "Santiago de Compostela"), (FO, "Porto"), (GAIN, "Santiago de Compostela"),
            (CCDR, "Porto"))
GOLD["bluebio-gn-poctep-kickoff-2024.txt"] = dict(
entities=[
 E(BB, "project", None, "BLUEBIO-GN"), E(UV, "university", "ES", "UVigo"), E("Vigo", "place", "ES"),
 E(POC, "programme", None, "POCTEP"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E("Galicia", "place", "ES"), E("Northern Portugal", "place", "PT"),
 E(INL, "research_org", "PT", "INL"), E("Braga", "place", "PT"),
 E(CIIMAR, "research_org", "PT", "CIIMAR"), E("Matosinhos", "place", "PT"),
 E(UM, "university", "PT", "UMinho"),
 E(CET, "research_org", "ES", "Fundación CETMAR", "CETMAR"),
 E(BIOGA, "cluster", "ES", "BIOGA"), E("Santiago de Compostela", "place", "ES"),
 E(FO, "cluster", "PT"), E("Porto", "place", "PT"),
 E(GAIN, "public_body", "ES", "GAIN"), E(CCDR, "public_body", "PT", "CCDR-N"),
 E("Uxía Outeiral Rial", "person", "ES", "Outeiral"), E("Ana Pardo Losada", "person", "ES"),
 E("Xunta de Galicia", "public_body", "ES"),
 E("Hifas da Terra", "company", "ES"), E("Pontevedra", "place", "ES"),
 E("Porto Muiños", "company", "ES"), E("Cerceda", "place", "ES"),
 E("ALGAplus", "company", "PT"), E("Ílhavo", "place", "PT"),
 E("Pedro Nogueira Araújo", "person", "PT"),
 E("ALGATEC-EP", "project"),
 E("Agência Nacional de Inovação", "public_body", "PT", "ANI"),
 E("Centro para el Desarrollo Tecnológico y la Innovación", "public_body", "ES", "CDTI"),
 E("Eureka", "network"), E("Horizon Europe", "programme"),
 E("Mariana Teixeira", "person", "PT"), E("Badajoz", "place", "ES"),
 E("Blue Biotech Forum", "event", "PT"),
],
relations=[
 R(BB, "funded_by", POC), R(BB, "funded_by", "European Regional Development Fund"),
 R(UV, "leads", BB),
 *[R(o, "consortium_member_of", BB) for o, _ in PARTNERS],
 *[R(o, "located_in", t) for o, t in PARTNERS],
 R("Uxía Outeiral Rial", "works_for", UV), R("Uxía Outeiral Rial", "leads", BB), R("Ana Pardo Losada", "works_for", GAIN),
 R("Hifas da Terra", "member_of", BIOGA), R("Hifas da Terra", "located_in", "Pontevedra"),
 R("Porto Muiños", "member_of", BIOGA), R("Porto Muiños", "located_in", "Cerceda"),
 R("ALGAplus", "member_of", FO), R("ALGAplus", "located_in", "Ílhavo"),
 R("Pedro Nogueira Araújo", "works_for", INL),
 R("ALGATEC-EP", "funded_by", POC), R(CIIMAR, "leads", "ALGATEC-EP"),
 R(CIIMAR, "consortium_member_of", "ALGATEC-EP"),
 R("Mariana Teixeira", "works_for", CCDR),
 R(FO, "organized", "Blue Biotech Forum"), R("Blue Biotech Forum", "located_in", "Porto"),
 R(BIOGA, "participated_in", "Blue Biotech Forum"),
])

# --- 4. mission report: CEAGA trade mission to Mexico ---------------------------------
CEAGA = "Clúster de Automoción de Galicia"
OFC = "Economic and Commercial Offices of Spain"
CTAG = "Centro Tecnolóxico de Automoción de Galicia"
ITM = "Industrial Transformation Mexico 2024"
CLAUT = "Clúster Automotriz de Nuevo León"
CLAUGTO = "Clúster Automotriz de Guanajuato"
CAQ = "Clúster Automotriz de Querétaro"
TEC = "Tecnológico de Monterrey"
GASD = "Galicia Automotive Suppliers Day"
GAL = (("Grupo Copo", "Vigo"), ("Benteler Vigo", "Vigo"), ("Troqueles Miño S.L.", "O Porriño"),
       ("Plastimer Ourense", "Ourense"), ("Ingeniería Celta de Sistemas", "Santiago de Compostela"))
GOLD["ceaga-mexico-trade-mission-2024.md"] = dict(
entities=[
 E(CEAGA, "cluster", "ES", "CEAGA"), E("Vigo", "place", "ES"), E("Bajío", "place", "MX"),
 E("Monterrey", "place", "MX"),
 E("Instituto Galego de Promoción Económica", "public_body", "ES", "IGAPE"),
 E("ICEX España Exportación e Inversiones", "public_body", "ES", "ICEX"),
 E(OFC, "public_body", "ES"), E("Mexico City", "place", "MX"),
 E("Marta Villaverde Couto", "person", "ES", "Villaverde"), E("Xosé Luís Barreiro", "person", "ES"),
 E(CTAG, "research_org", "ES", "CTAG"), E("O Porriño", "place", "ES"),
 *[E(c, "company", "ES") for c, _ in GAL],
 E("Ourense", "place", "ES"), E("Santiago de Compostela", "place", "ES"),
 E("Stellantis", "company"), E("Querétaro", "place", "MX"), E(CAQ, "cluster", "MX"),
 E("León", "place", "MX"), E("Guanajuato", "place", "MX"),
 E(ITM, "event", "MX", "ITM"), E("Silao", "place", "MX"), E("General Motors", "company", "US"),
 E(CLAUT, "cluster", "MX", "CLAUT"), E(TEC, "university", "MX"),
 E("Hannover Fairs México", "company", "MX"), E(CLAUGTO, "cluster", "MX", "CLAUGTO"),
 E("Nuevo León", "place", "MX"),
 E("Ricardo Soutullo Pazos", "person", "ES"), E("Alejandra Garza Treviño", "person", "MX", "Garza"),
 E("Galicia", "place", "ES"),
 E("Universidad Autónoma de Nuevo León", "university", "MX", "UANL"),
 E(GASD, "event", "ES"), E("EU-LAC Digital Alliance", "programme"),
 E("ITM 2025", "event", "MX"),
 E("Spanish Association of Automotive Suppliers", "network", "ES", "SERNAUTO"),
 E("European Automotive Clusters Network", "network"),
],
relations=[
 R(CEAGA, "located_in", "Vigo"),
 R(OFC, "located_in", "Mexico City"), R(OFC, "located_in", "Monterrey"),
 R("Marta Villaverde Couto", "works_for", CEAGA), R("Xosé Luís Barreiro", "works_for", CTAG),
 R(CTAG, "located_in", "O Porriño"),
 *[R(c, "member_of", CEAGA) for c, _ in GAL],
 *[R(c, "located_in", t) for c, t in GAL],
 R("Stellantis", "located_in", "Vigo"),
 R(CAQ, "located_in", "Querétaro"), R(CEAGA, "met_with", CAQ),
 R(ITM, "located_in", "León"), R("General Motors", "located_in", "Silao"),
 R(CEAGA, "met_with", "General Motors"),
 R("Hannover Fairs México", "organized", ITM),
 *[R(o, "participated_in", ITM) for o in (
   "Instituto Galego de Promoción Económica", CEAGA, CTAG, *[c for c, _ in GAL], CLAUGTO)],
 R("Grupo Copo", "met_with", CLAUGTO),
 R(CEAGA, "partner_of", CLAUT), R("Ricardo Soutullo Pazos", "works_for", CEAGA),
 R("Alejandra Garza Treviño", "works_for", CLAUT), R(CLAUT, "located_in", "Nuevo León"),
 R(CTAG, "partner_of", TEC), R(TEC, "located_in", "Monterrey"),
 R(CTAG, "met_with", "Universidad Autónoma de Nuevo León"),
 R(CLAUT, "participated_in", GASD), R(CEAGA, "organized", GASD), R(GASD, "located_in", "Vigo"),
 R(CEAGA, "participated_in", "ITM 2025"),
 R("Instituto Galego de Promoción Económica", "participated_in", "ITM 2025"),
 R(CEAGA, "member_of", "Spanish Association of Automotive Suppliers"),
 R(CEAGA, "member_of", "European Automotive Clusters Network"),
])

# --- 5. event news: Agrotech Brokerage Event in Málaga --------------------------------
ABE = "Agrotech Brokerage Event 2023"
DIH = "Andalucía Agrotech Digital Innovation Hub"
EXPO = "Expo AgriTech 2023"
IDEA = "Agencia de Innovación y Desarrollo de Andalucía"
FCH = "Fundación Chile"
INIA = "Instituto de Investigaciones Agropecuarias"
INTA = "Instituto Nacional de Tecnología Agropecuaria"
CAC = "Cluster Agtech Córdoba"
EMA = "Embrapa Meio Ambiente"
IFAPA = "Instituto Andaluz de Investigación y Formación Agraria y Pesquera"
UAL = "Universidad de Almería"
OL = "OLIVA-LAT"
GOLD["andalucia-agrotech-brokerage-event-2023.html"] = dict(
entities=[
 E(ABE, "event", "ES", "Agrotech Brokerage Event"), E("Málaga", "place", "ES"),
 E(DIH, "network", "ES", "Andalucía Agrotech DIH"), E(EXPO, "event", "ES", "Expo AgriTech"),
 E(IDEA, "public_body", "ES", "Agencia IDEA"),
 E("Enterprise Europe Network", "network", None, "EEN"),
 E("Andalusia", "place", "ES"), E("Carmen Ruiz-Berdejo", "person", "ES"),
 E("Extenda", "public_body", "ES"),
 E(FCH, "research_org", "CL"), E(INIA, "research_org", "CL", "INIA Chile"),
 E(INTA, "research_org", "AR", "INTA"), E(CAC, "cluster", "AR"), E("Córdoba", "place", "AR"),
 E(EMA, "research_org", "BR"), E("Embrapa", "research_org", "BR"), E("Jaguariúna", "place", "BR"),
 E("São Paulo", "place", "BR"),
 E("InovCluster", "cluster", "PT"), E("Centro region", "place", "PT"),
 E("Castelo Branco", "place", "PT"), E("PortugalFoods", "cluster", "PT"),
 E("Hispatec", "company", "ES"), E("Almería", "place", "ES"), E("Seipasa", "company", "ES"),
 E("Maule", "place", "CL"),
 E(UAL, "university", "ES", "UAL"), E(IFAPA, "research_org", "ES", "IFAPA"),
 E(OL, "project"), E("Horizon Europe", "programme"),
 E("José Antonio Vílchez Molina", "person", "ES"), E("Paula Cristina Mendes", "person", "PT"),
 E("Cajamar", "company", "ES"), E("Cajamar Innovation Center", "research_org", "ES"),
 E("European Digital Innovation Hubs network", "network"),
 E("Digital Europe Programme", "programme"), E("Junta de Andalucía", "public_body", "ES"),
],
relations=[
 R(ABE, "located_in", "Málaga"), R(EXPO, "located_in", "Málaga"),
 R(DIH, "organized", ABE), R(IDEA, "organized", ABE), R("Enterprise Europe Network", "organized", ABE),
 R("Carmen Ruiz-Berdejo", "works_for", DIH),
 *[R(o, "participated_in", ABE) for o in (
   FCH, INIA, INTA, CAC, EMA, "InovCluster", "PortugalFoods", "Hispatec", "Seipasa", UAL, IFAPA,
   "José Antonio Vílchez Molina", "Paula Cristina Mendes", "Cajamar")],
 R(CAC, "located_in", "Córdoba"), R(EMA, "located_in", "Jaguariúna"),
 R("InovCluster", "located_in", "Castelo Branco"), R("InovCluster", "located_in", "Centro region"),
 R("Hispatec", "located_in", "Almería"),
 R("Seipasa", "met_with", FCH), R("Seipasa", "met_with", INIA),
 R("InovCluster", "partner_of", CAC), R("Hispatec", "partner_of", FCH),
 R(IFAPA, "leads", OL), *[R(o, "consortium_member_of", OL) for o in (IFAPA, INTA, UAL, INIA)],
 R(OL, "funded_by", "Horizon Europe"),
 R("José Antonio Vílchez Molina", "works_for", IDEA), R("Paula Cristina Mendes", "works_for", "InovCluster"),
 R("Cajamar Innovation Center", "located_in", "Almería"),
 R(DIH, "member_of", "European Digital Innovation Hubs network"),
 R(DIH, "funded_by", "Digital Europe Programme"), R(DIH, "funded_by", "Junta de Andalucía"),
])

# --- 6. newsletter: Basque Health Cluster, April 2024 -------------------------------
BES24 = "BIO-Europe Spring 2024"
BTI = "Basque Trade & Investment"
SPRI = "Basque Business Development Agency"
CDM = "Clúster de Dispositivos Médicos de Baja California"
AM = "ATLANMED-DIGITAL"
BIOEF = "Basque Foundation for Health Innovation and Research"
BCR = "Biocruces Bizkaia Health Research Institute"
I3S = "Instituto de Investigação e Inovação em Saúde"
BHID = "Basque Health Innovation Day 2024"
BHC = "Basque Health Cluster"
BES_COS = (("Viralgen", "Donostia-San Sebastián"), ("Histocell", "Derio"), ("OWL Metabolomics", "Derio"))
NEW = (("Mondragon Unibertsitatea", "Arrasate-Mondragón"), ("Bioinsilico Labs", "Vitoria-Gasteiz"),
       ("CIC biomaGUNE", "Donostia-San Sebastián"))
GOLD["basque-health-cluster-newsletter-2024.txt"] = dict(
entities=[
 E(BHC, "cluster", "ES", "BHC"), E(BES24, "event", "ES", "BIO-Europe Spring"),
 E("Barcelona", "place", "ES"), E("Basque Country", "place", "ES"),
 E(BTI, "public_body", "ES", "BTI"), E(SPRI, "public_body", "ES", "SPRI"),
 E("Viralgen", "company", "ES"), E("Donostia-San Sebastián", "place", "ES"),
 E("Histocell", "company", "ES"), E("Derio", "place", "ES"), E("OWL Metabolomics", "company", "ES"),
 E("CataloniaBio & HealthTech", "cluster", "ES"), E("Biocat", "cluster", "ES"),
 E("Itziar Etxeberria Agirre", "person", "ES", "Etxeberria"),
 E(CDM, "cluster", "MX"), E("Baja California", "place", "MX"), E("Tijuana", "place", "MX"),
 E("Rodrigo Beltrán Ochoa", "person", "MX"),
 E("Mondragon Unibertsitatea", "university", "ES"),
 E(AM, "project"), E("Interreg Atlantic Area", "programme"),
 E(BIOEF, "public_body", "ES", "BIOEF"),
 E(BCR, "research_org", "ES", "Biocruces Bizkaia"), E("Barakaldo", "place", "ES"),
 E(I3S, "research_org", "PT", "i3S"), E("Porto", "place", "PT"),
 E("Atlanpole Biotherapies", "cluster", "FR"), E("Nantes", "place", "FR"),
 E("University College Cork", "university", "IE"),
 E("Osakidetza", "public_body", "ES"), E("Basque Government", "public_body", "ES", "Eusko Jaurlaritza"),
 E("Arrasate-Mondragón", "place", "ES"), E("Bioinsilico Labs", "company", "ES"),
 E("Vitoria-Gasteiz", "place", "ES"), E("CIC biomaGUNE", "research_org", "ES"),
 E(BHID, "event", "ES", "Basque Health Innovation Day"), E("Bilbao", "place", "ES"),
 E("Jon Ander Urkiola", "person", "ES"), E("Beatriz Lasa Goñi", "person", "ES"),
],
relations=[
 R(BES24, "located_in", "Barcelona"),
 R(BTI, "participated_in", BES24), R(BHC, "participated_in", BES24),
 R("Itziar Etxeberria Agirre", "participated_in", BES24),
 *[R(c, "participated_in", BES24) for c, _ in BES_COS],
 *[R(c, "member_of", BHC) for c, _ in BES_COS],
 *[R(c, "located_in", t) for c, t in BES_COS],
 R("Viralgen", "met_with", "CataloniaBio & HealthTech"),
 R("CataloniaBio & HealthTech", "participated_in", BES24),
 R("Histocell", "met_with", "Biocat"), R("Biocat", "participated_in", BES24),
 R("Itziar Etxeberria Agirre", "works_for", BHC),
 R(BHC, "partner_of", CDM), R(CDM, "located_in", "Tijuana"), R(CDM, "located_in", "Baja California"),
 R("Rodrigo Beltrán Ochoa", "works_for", CDM),
 R(BIOEF, "leads", AM), R(AM, "funded_by", "Interreg Atlantic Area"),
 R(AM, "funded_by", "Basque Government"),
 *[R(o, "consortium_member_of", AM) for o in (
   BIOEF, BHC, BCR, I3S, "Atlanpole Biotherapies", "University College Cork")],
 R(BCR, "located_in", "Barakaldo"), R(I3S, "located_in", "Porto"),
 R("Atlanpole Biotherapies", "located_in", "Nantes"),
 *[R(o, "member_of", BHC) for o, _ in NEW],
 *[R(o, "located_in", t) for o, t in NEW],
 R(BHID, "located_in", "Bilbao"), R(BHC, "organized", BHID), R(SPRI, "organized", BHID),
 R("Jon Ander Urkiola", "works_for", "Osakidetza"), R("Jon Ander Urkiola", "participated_in", BHID),
 R("Beatriz Lasa Goñi", "works_for", BCR), R("Beatriz Lasa Goñi", "participated_in", BHID),
 R(BHC, "located_in", "Derio"),
])

# --- 7. mission report: PRODUTECH in Colombia and Chile -------------------------------
PT_ = "Pólo das Tecnologias de Produção"
PG = "PRODUTECH GLOBAL 2030"
I40 = "Portugal-Colombia Industry 4.0 Day"
CCMA = "Cámara de Comercio de Medellín para Antioquia"
ANDI = "Asociación Nacional de Empresarios de Colombia"
ASIMET = "Asociación de Industrias Metalúrgicas y Metalmecánicas"
USACH = "Universidad de Santiago de Chile"
PAC = "PRODUTECH Annual Conference"
PCOS = (("Critical Manufacturing", "Maia"), ("Sistrade", "Porto"), ("Introsys", "Palmela"),
        ("Frezite", "Trofa"), ("Neadvance", "Braga"))
GOLD["produtech-andean-business-mission-2024.html"] = dict(
entities=[
 E(PT_, "cluster", "PT", "PRODUTECH"), E("Porto", "place", "PT"),
 E("Bogotá", "place", "CO"), E("Medellín", "place", "CO"),
 E("Santiago de Chile", "place", "CL", "Santiago"),
 E("AICEP Portugal Global", "public_body", "PT", "AICEP"),
 E(PG, "project"), E("COMPETE 2030", "programme", "PT"),
 E("Rui Malheiro Pinto", "person", "PT", "Malheiro Pinto"), E("Catarina Vasconcelos", "person", "PT"),
 E("INESC TEC", "research_org", "PT"),
 E(I40, "event", "CO"), E("ProColombia", "public_body", "CO"),
 E("Cámara de Comercio de Bogotá", "public_body", "CO", "CCB"),
 E("Ruta N", "public_body", "CO"), E("Antioquia", "place", "CO"),
 E(ANDI, "network", "CO", "ANDI"), E(CCMA, "public_body", "CO"),
 E("Universidad EAFIT", "university", "CO"),
 E("Expomin 2024", "event", "CL", "Expomin"), E("CORFO", "public_body", "CL"),
 E(ASIMET, "network", "CL", "ASIMET"),
 *[E(c, "company", "PT") for c, _ in PCOS],
 E("Maia", "place", "PT"), E("Palmela", "place", "PT"), E("Trofa", "place", "PT"),
 E("Braga", "place", "PT"),
 E(USACH, "university", "CL", "USACH"), E("MINEVISION", "project"),
 E("Eureka Globalstars", "programme"),
 E("Agência Nacional de Inovação", "public_body", "PT", "ANI"),
 E(PAC, "event", "PT"), E("Matosinhos", "place", "PT"),
 E("European Cluster Collaboration Platform", "network"), E("Manufuture Portugal", "network", "PT"),
],
relations=[
 R(PT_, "located_in", "Porto"),
 R("AICEP Portugal Global", "located_in", "Bogotá"),
 R("AICEP Portugal Global", "located_in", "Santiago de Chile"),
 R(PT_, "leads", PG), R(PT_, "consortium_member_of", PG), R(PG, "funded_by", "COMPETE 2030"),
 R("Rui Malheiro Pinto", "works_for", PT_), R("Catarina Vasconcelos", "works_for", PT_),
 R("INESC TEC", "located_in", "Porto"), R("INESC TEC", "member_of", PT_),
 R(PT_, "participated_in", I40), R("AICEP Portugal Global", "organized", I40),
 R("ProColombia", "organized", I40), R(I40, "located_in", "Bogotá"),
 R("Cámara de Comercio de Bogotá", "located_in", "Bogotá"),
 R("Ruta N", "located_in", "Medellín"), R(PT_, "met_with", "Ruta N"), R(PT_, "met_with", ANDI),
 R(PT_, "partner_of", CCMA), R(CCMA, "located_in", "Medellín"),
 R("INESC TEC", "partner_of", "Universidad EAFIT"),
 R("Expomin 2024", "located_in", "Santiago de Chile"),
 R(PT_, "participated_in", "Expomin 2024"),
 *[R(c, "participated_in", "Expomin 2024") for c, _ in PCOS],
 R(PT_, "met_with", "CORFO"), R(PT_, "partner_of", ASIMET),
 *[R(c, "member_of", PT_) for c, _ in PCOS],
 *[R(c, "located_in", t) for c, t in PCOS],
 R("Neadvance", "leads", "MINEVISION"), R("Neadvance", "consortium_member_of", "MINEVISION"),
 R(USACH, "consortium_member_of", "MINEVISION"), R("MINEVISION", "funded_by", "Eureka Globalstars"),
 R(PT_, "organized", PAC), R(PAC, "located_in", "Matosinhos"),
 R(PT_, "member_of", "European Cluster Collaboration Platform"),
 R(PT_, "member_of", "Manufuture Portugal"),
])

# --- 8. press release: AseBio, BIOSPAIN 2023 partnering results ----------------------
ASE = "Spanish Bioindustry Association"
BSP = "BIOSPAIN 2023"
CDTI = "Centro para el Desarrollo Tecnológico y la Innovación"
PBIO = "Associação Portuguesa de Bioindústria"
IBET = "Instituto de Biologia Experimental e Tecnológica"
IBA = "Iberian Biotech Alliance"
EUB = "European Association for Bioindustries"
SEJ = "Secretaría de Economía de Jalisco"
BJ = "Biotecnología Jalisco"
BSK = "BIOSKILLS-IBERIA"
UCM = "Universidad Complutense de Madrid"
GOLD["asebio-biospain-partnering-results-2023.txt"] = dict(
entities=[
 E(ASE, "network", "ES", "AseBio"), E(BSP, "event", "ES"), E("Barcelona", "place", "ES"),
 E("EBD Group", "company"),
 E("ICEX España Exportación e Inversiones", "public_body", "ES", "ICEX"),
 E(CDTI, "public_body", "ES", "CDTI"), E("Barcelona City Council", "public_body", "ES"),
 E("Laura Sánchez-Amaro", "person", "ES", "Sánchez-Amaro"),
 E(PBIO, "network", "PT", "P-BIO"), E("AICEP Portugal Global", "public_body", "PT"),
 E("Hovione", "company", "PT"), E("Loures", "place", "PT"),
 E("Immunethep", "company", "PT"), E("Cantanhede", "place", "PT"),
 E(IBET, "research_org", "PT", "iBET"), E("Oeiras", "place", "PT"),
 E(IBA, "network"), E("BIO International Convention", "event"), E("BIO-Europe", "event"),
 E("Nuno Valente Cardoso", "person", "PT"), E(EUB, "network", None, "EuropaBio"),
 E("PharmaMar", "company", "ES"), E("Colmenar Viejo", "place", "ES"),
 E("Bioibérica", "company", "ES"), E("Marta Pinheiro", "person", "PT"),
 E("Cámara Argentina de Biotecnología", "network", "AR", "CAB"),
 E("ProChile", "public_body", "CL"), E(SEJ, "public_body", "MX"), E("Guadalajara", "place", "MX"),
 E(BJ, "cluster", "MX"), E("Horizon Europe", "programme"),
 E("Innovative Health Initiative", "programme", None, "IHI"),
 E("Ramón Ortega Valdivia", "person", "ES"), E(BSK, "project"), E("Erasmus+", "programme"),
 E(UCM, "university", "ES"), E("BIOSPAIN 2025", "event", "ES"), E("Madrid", "place", "ES"),
 E("Elena Moratalla", "person", "ES"),
],
relations=[
 R(ASE, "organized", BSP), R(BSP, "located_in", "Barcelona"),
 *[R(o, "participated_in", BSP) for o in (
   "ICEX España Exportación e Inversiones", CDTI, "Barcelona City Council", "Laura Sánchez-Amaro",
   PBIO, "AICEP Portugal Global", "Hovione", "Immunethep", IBET, "Nuno Valente Cardoso", EUB,
   "PharmaMar", "Bioibérica", "Marta Pinheiro", "Cámara Argentina de Biotecnología", "ProChile",
   SEJ, BJ, "Ramón Ortega Valdivia")],
 R("Laura Sánchez-Amaro", "works_for", ASE),
 R("Hovione", "located_in", "Loures"), R("Immunethep", "located_in", "Cantanhede"),
 R(IBET, "located_in", "Oeiras"),
 R(ASE, "partner_of", PBIO), R(ASE, "member_of", IBA), R(PBIO, "member_of", IBA),
 R("Nuno Valente Cardoso", "works_for", PBIO),
 R(ASE, "member_of", EUB), R(PBIO, "member_of", EUB),
 R("Immunethep", "met_with", "PharmaMar"), R("PharmaMar", "located_in", "Colmenar Viejo"),
 R("Hovione", "met_with", "Bioibérica"),
 R("Marta Pinheiro", "works_for", "Immunethep"),
 R(ASE, "partner_of", "Cámara Argentina de Biotecnología"),
 R(BJ, "located_in", "Guadalajara"),
 R("Ramón Ortega Valdivia", "works_for", CDTI),
 R(BSK, "funded_by", "Erasmus+"), R(UCM, "leads", BSK),
 *[R(o, "consortium_member_of", BSK) for o in (UCM, ASE, PBIO)],
 R(ASE, "organized", "BIOSPAIN 2025"), R(ASE, "located_in", "Madrid"),
 R("Elena Moratalla", "works_for", ASE),
])


def check():
    assert len(GOLD) == 8, len(GOLD)
    exts = [n.rsplit(".", 1)[1] for n in GOLD]
    assert exts.count("md") >= 2 and exts.count("html") >= 2, exts
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").casefold()
        names, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["name"] not in names, (doc, "duplicate entity", e["name"])
            names[e["name"]] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (doc, e)
            for form in [e["name"], *e["aliases"]]:
                key = form.casefold()
                assert key not in forms, (doc, "surface form used twice", form, forms.get(key))
                forms[key] = e["name"]
                assert key in text, (doc, "not in text", form)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (doc, r)
            assert s in names, (doc, "undeclared subject", r)
            assert o in names, (doc, "undeclared object", r)
            assert s != o, (doc, r)
            subj_ok, obj_ok = ALLOWED[p]
            assert names[s] in subj_ok, (doc, "subject type", names[s], r)
            assert names[o] in obj_ok, (doc, "object type", names[o], r)
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)
        assert 25 <= len(gold["entities"]) <= 45, (doc, len(gold["entities"]))
        assert 25 <= len(gold["relations"]) <= 50, (doc, len(gold["relations"]))


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(HERE.parent.parent.parent.parent), len(gold["entities"]), len(gold["relations"]))


if __name__ == "__main__":
    main()
