"""Hand annotations of the `heldout17` set (eight documents, one annotator).

    python3 benchmarks/extraction/gold/heldout17/make_gold_heldout17.py

Rules: README "Documents and gold"; types and predicates from
/work/shared/design/DOMAIN.md. Planned participations stated as agreed
("will attend", "will send a delegation to") are annotated like past ones.
A project coordinator gets both `leads` and `consortium_member_of`.
"Organised with X" / "supported by X" for a delegation is not annotated as
`partner_of`; "in partnership with X" is.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "heldout17"

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

# --- 1. annual-report chapter: French materials cluster (Europe, materials) --------
PO = "Polymeris"
ARAE = "Auvergne-Rhône-Alpes Entreprises"
JEC, FAK, CAMX = "JEC World 2023", "Fakuma 2023", "CAMX 2023"
CDCQ = "Centre de développement des composites du Québec"
KC = "Kunststoff-Cluster"
EST = "Élastomères Savoie Technologies"
IACMI = "IACMI – The Composites Institute"
CIRC, BIOC = "CIRCUPLAST", "BIOCOMPACK"
GOLD["polymeris-annual-report-international-chapter-2023.md"] = dict(
entities=[
 E(PO, "cluster", "FR"), E("Oyonnax", "place", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E(ARAE, "public_body", "FR"), E("Business France", "public_body", "FR"),
 E("Claire Dumoulin", "person", "FR"), E("Théo Marchetti", "person", "FR"),
 E(JEC, "event", "FR"), E("Paris", "place", "FR"), E(FAK, "event", "DE"),
 E("Friedrichshafen", "place", "DE"), E(CAMX, "event", "US"), E("Atlanta", "place", "US"),
 E("CarbonAlp", "company", "FR"), E("Annecy", "place", "FR"),
 E("Plastiques du Haut-Bugey", "company", "FR"),
 E(CDCQ, "research_org", "CA", "CDCQ"), E("Saint-Jérôme", "place", "CA"),
 E(KC, "cluster", "AT", "KC"), E("Business Upper Austria", "public_body", "AT"),
 E("Linz", "place", "AT"), E(EST, "company", "FR", "EST"),
 E(IACMI, "research_org", "US"), E("Knoxville", "place", "US"),
 E("Julia Weber", "person", "AT"), E("AIMPLAS", "research_org", "ES"), E("Valencia", "place", "ES"),
 E(CIRC, "project"), E("Interreg Alpine Space", "programme", None),
 E("Politecnico di Milano", "university", "IT"), E("Jožef Stefan Institute", "research_org", "SI"),
 E("Ljubljana", "place", "SI"), E("University of Minho", "university", "PT"),
 E(BIOC, "project"), E("Horizon Europe", "programme"),
 E("European Plastics Converters", "network", None, "EuPC"), E("France Clusters", "network", "FR"),
 E("European Cluster Collaboration Platform", "network", None, "ECCP"),
 E("Montréal", "place", "CA"), E("Frédéric Lamarre", "person", "FR"),
],
relations=[
 R(PO, "located_in", "Oyonnax"), R(PO, "located_in", "Auvergne-Rhône-Alpes"),
 R(PO, "partner_of", ARAE), R(PO, "partner_of", "Business France"),
 R("Claire Dumoulin", "works_for", PO), R("Théo Marchetti", "works_for", PO),
 R("Frédéric Lamarre", "works_for", PO),
 R(JEC, "located_in", "Paris"), R(FAK, "located_in", "Friedrichshafen"), R(CAMX, "located_in", "Atlanta"),
 R(PO, "participated_in", JEC), R(PO, "participated_in", FAK), R(PO, "participated_in", CAMX),
 R(ARAE, "participated_in", JEC),
 R("CarbonAlp", "participated_in", JEC), R("Plastiques du Haut-Bugey", "participated_in", JEC),
 R("CarbonAlp", "member_of", PO), R("Plastiques du Haut-Bugey", "member_of", PO),
 R("CarbonAlp", "located_in", "Annecy"), R("Plastiques du Haut-Bugey", "located_in", "Oyonnax"),
 R(CDCQ, "participated_in", JEC), R(PO, "met_with", CDCQ), R(PO, "partner_of", CDCQ),
 R(CDCQ, "located_in", "Saint-Jérôme"),
 R(KC, "participated_in", FAK), R(PO, "partner_of", KC), R(KC, "located_in", "Linz"),
 R(EST, "participated_in", FAK), R(EST, "member_of", PO),
 R("Théo Marchetti", "participated_in", CAMX),
 R(PO, "met_with", IACMI), R(IACMI, "located_in", "Knoxville"),
 R("Julia Weber", "works_for", KC),
 R(PO, "partner_of", "AIMPLAS"), R("AIMPLAS", "located_in", "Valencia"),
 R(PO, "leads", CIRC),
 *[R(o, "consortium_member_of", CIRC) for o in (PO, KC, "Politecnico di Milano", "Jožef Stefan Institute")],
 R(CIRC, "funded_by", "Interreg Alpine Space"), R("Jožef Stefan Institute", "located_in", "Ljubljana"),
 R("AIMPLAS", "leads", BIOC),
 *[R(o, "consortium_member_of", BIOC) for o in ("AIMPLAS", PO, "University of Minho")],
 R(BIOC, "funded_by", "Horizon Europe"),
 R(PO, "member_of", "European Plastics Converters"), R(PO, "member_of", "France Clusters"),
 R(PO, "member_of", "European Cluster Collaboration Platform"),
])

# --- 2. press release: Canada / Brazil plant protein (Americas, agri-food) --------
PIC = "Protein Industries Canada"
EMB = "Brazilian Agricultural Research Corporation"
AG = "Agrishow 2024"
APEX = "Brazilian Trade and Investment Promotion Agency"
CTCS = "Canadian Trade Commissioner Service"
USASK = "University of Saskatchewan"
FC = "Saskatchewan Food Industry Development Centre"
EAA = "Embrapa Agroindústria de Alimentos"
PB = "PULSE-BR"
PPI, NG, ML = "Prairie Pulse Ingredients", "NovaGrão Alimentos", "Maple Leaf Extrusion Inc."
FPS = "Canada's Farm Progress Show"
FORUM = "Canada–Brazil Protein Innovation Forum"
GPPA = "Global Plant Protein Alliance"
GOLD["protein-industries-canada-embrapa-mou-2024.html"] = dict(
entities=[
 E(PIC, "cluster", "CA", "PIC"), E("Regina", "place", "CA"), E("Saskatchewan", "place", "CA"),
 E(EMB, "research_org", "BR", "Empresa Brasileira de Pesquisa Agropecuária", "Embrapa"),
 E(AG, "event", "BR", "Agrishow"), E("Ribeirão Preto", "place", "BR"),
 E(CTCS, "public_body", "CA"), E(APEX, "public_body", "BR", "ApexBrasil"),
 E("Daniel Okafor", "person", "CA", "Okafor"), E("Mariana Costa Lima", "person", "BR", "Costa Lima"),
 E("Brasília", "place", "BR"), E("Canadian Prairies", "place", "CA"),
 E("Embrapa Soja", "research_org", "BR"), E("Londrina", "place", "BR"),
 E(USASK, "university", "CA"), E("Saskatoon", "place", "CA"),
 E(FC, "research_org", "CA", "Food Centre"), E(EAA, "research_org", "BR"),
 E("Rio de Janeiro", "place", "BR"), E("FINEP", "public_body", "BR"), E(PB, "project"),
 E(PPI, "company", "CA"), E(NG, "company", "BR"), E("Campinas", "place", "BR"),
 E(ML, "company", "CA"), E("Winnipeg", "place", "CA"),
 E("Global Affairs Canada", "public_body", "CA"),
 E("CoopTerra Paulista", "company", "BR"), E("AgroSens Tecnologia", "company", "BR"),
 E("São Paulo", "place", "BR"), E(FPS, "event", "CA"), E(FORUM, "event", "CA"),
 E("Canadian Embassy", "public_body", "CA"), E("Government of Saskatchewan", "public_body", "CA"),
 E(GPPA, "network"), E("Aisha Rahman", "person", "CA"),
],
relations=[
 R(PIC, "located_in", "Regina"), R(PIC, "partner_of", EMB),
 R(PIC, "participated_in", AG), R(EMB, "participated_in", AG), R(AG, "located_in", "Ribeirão Preto"),
 R(CTCS, "participated_in", AG), R(APEX, "participated_in", AG),
 R("Daniel Okafor", "works_for", PIC), R("Mariana Costa Lima", "works_for", EMB),
 R("Daniel Okafor", "participated_in", AG), R("Mariana Costa Lima", "participated_in", AG),
 R(EMB, "located_in", "Brasília"),
 R("Embrapa Soja", "located_in", "Londrina"), R(USASK, "located_in", "Saskatoon"),
 R(EAA, "located_in", "Rio de Janeiro"),
 R(PB, "funded_by", PIC), R(PB, "funded_by", "FINEP"), R(PPI, "leads", PB),
 *[R(o, "consortium_member_of", PB) for o in (PPI, NG, "Embrapa Soja", USASK, ML)],
 R(PPI, "located_in", "Saskatoon"), R(NG, "located_in", "Campinas"), R(ML, "located_in", "Winnipeg"),
 R(PPI, "met_with", NG), R(PPI, "participated_in", AG), R(NG, "participated_in", AG),
 R(PIC, "met_with", "CoopTerra Paulista"), R(PIC, "met_with", "AgroSens Tecnologia"),
 R("CoopTerra Paulista", "participated_in", AG), R("AgroSens Tecnologia", "participated_in", AG),
 R("CoopTerra Paulista", "located_in", "Campinas"), R("AgroSens Tecnologia", "located_in", "São Paulo"),
 R(EMB, "participated_in", FPS), R(PIC, "participated_in", FPS), R(FPS, "located_in", "Regina"),
 R(PIC, "organized", FORUM), R(EMB, "organized", FORUM), R(FORUM, "located_in", "Saskatoon"),
 R("Canadian Embassy", "located_in", "Brasília"),
 R(PIC, "member_of", GPPA), R(EMB, "member_of", GPPA),
 R("Aisha Rahman", "works_for", PIC),
])

# --- 3. delegation report: Australian medtech in Japan and Korea (Asia-Pacific) ---
MTP = "MTPConnect"
AUS = "Australian Trade and Investment Commission"
CS, OP, NT = "CardioSense Pty Ltd", "OrthoPrint Medical", "NeuroTrack Diagnostics"
VW, KS = "Vitalis Wearables", "Kelpie Surgical"
AU_CO = ((CS, "Melbourne"), (OP, "Adelaide"), (NT, "Brisbane"), (VW, "Sydney"), (KS, "Perth"))
BJ = "BioJapan 2023"
SAG = "Sagami Medical Devices KK"
LJ = "Life Science Innovation Network Japan"
KSF = "King Skyfront"
ICONM = "Innovation Center of NanoMedicine"
AMED = "Japan Agency for Medical Research and Development"
KHIDI = "Korea Health Industry Development Institute"
PD = "Australia-Korea MedTech Partnering Day"
SBH = "Seoul Bio Hub"
KMEDI = "Daegu-Gyeongbuk Medical Innovation Foundation"
HAN = "Hanbit Medical Co."
SG = "SMARTGAIT"
GIL = "Global Innovation Linkages"
GOLD["mtpconnect-medtech-delegation-japan-korea-2023.txt"] = dict(
entities=[
 E(MTP, "cluster", "AU"), E("Melbourne", "place", "AU"), E(AUS, "public_body", "AU", "Austrade"),
 E("Global Victoria", "public_body", "AU"), E("Sarah Whitfield", "person", "AU", "Whitfield"),
 E("Liam Chen", "person", "AU"), E("Monash University", "university", "AU"),
 E(CS, "company", "AU", "CardioSense"), E(OP, "company", "AU"), E("Adelaide", "place", "AU"),
 E(NT, "company", "AU", "NeuroTrack"), E("Brisbane", "place", "AU"), E(VW, "company", "AU"),
 E("Sydney", "place", "AU"), E(KS, "company", "AU"), E("Perth", "place", "AU"),
 E("Medical Technology Association of Australia", "network", "AU", "MTAA"),
 E(BJ, "event", "JP"), E("Yokohama", "place", "JP"), E(SAG, "company", "JP"),
 E("Kanto", "place", "JP"), E(LJ, "network", "JP", "LINK-J"), E("Nihonbashi", "place", "JP"),
 E("Tokyo", "place", "JP"), E("Hiroshi Tanaka", "person", "JP"),
 E(KSF, "cluster", "JP"), E("Kawasaki", "place", "JP"), E(ICONM, "research_org", "JP", "iCONM"),
 E(AMED, "public_body", "JP", "AMED"), E("Seoul", "place", "KR"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E(PD, "event", "KR"), E(SBH, "cluster", "KR"),
 E("Daegu", "place", "KR"), E(KMEDI, "research_org", "KR", "K-MEDI hub"),
 E("Kim Ji-won", "person", "KR"), E(HAN, "company", "KR"), E(SG, "project"),
 E(GIL, "programme", "AU"), E("Department of Industry, Science and Resources", "public_body", "AU"),
 E("BioJapan 2024", "event", "JP"),
],
relations=[
 R(MTP, "located_in", "Melbourne"), R("Sarah Whitfield", "works_for", MTP),
 R("Liam Chen", "works_for", "Monash University"),
 *[R(c, "located_in", p) for c, p in AU_CO],
 R(MTP, "participated_in", BJ), R(AUS, "participated_in", BJ),
 *[R(c, "participated_in", BJ) for c, _ in AU_CO],
 R(BJ, "located_in", "Yokohama"), R(SAG, "participated_in", BJ),
 R(CS, "met_with", SAG), R(CS, "partner_of", SAG),
 R(LJ, "located_in", "Nihonbashi"), R(LJ, "located_in", "Tokyo"),
 R("Hiroshi Tanaka", "works_for", LJ), R(MTP, "met_with", LJ), R(MTP, "partner_of", LJ),
 R(KSF, "located_in", "Kawasaki"), R(MTP, "met_with", KSF),
 R(ICONM, "located_in", "Kawasaki"), R(MTP, "met_with", ICONM), R(MTP, "met_with", AMED),
 R(AUS, "organized", PD), R(KHIDI, "organized", PD), R(PD, "located_in", "Seoul"),
 R(MTP, "participated_in", PD),
 R(SBH, "located_in", "Seoul"), R(MTP, "met_with", SBH),
 R(KMEDI, "located_in", "Daegu"), R(MTP, "met_with", KMEDI), R(MTP, "partner_of", KMEDI),
 R("Kim Ji-won", "works_for", KMEDI), R(HAN, "located_in", "Daegu"),
 R(NT, "leads", SG), *[R(o, "consortium_member_of", SG) for o in (NT, HAN, KMEDI)],
 R(SG, "funded_by", GIL),
 R(MTP, "participated_in", "BioJapan 2024"),
])

# --- 4. EU consortium kick-off: Basque-led e-truck charging (Europe, mobility) ----
CW = "CHARGEWAY"
ACICAE = "Basque Automotive Cluster"
TEC = "TECNALIA"
IBA = "Ibaiondo Charging Systems"
CH = "Chalmers University of Technology"
LSP = "Lindholmen Science Park"
IVI = "Fraunhofer Institute for Transportation and Infrastructure Systems"
TGL = "Transports Garonne Logistique"
ACS = "Automotive Cluster of Slovenia"
PAB = "Port Authority of Bilbao"
ALICE = "Alliance for Logistics Innovation through Collaboration in Europe"
CINEA = "European Climate, Infrastructure and Environment Executive Agency"
EACN = "European Automotive Cluster Network"
TRA = "TRA 2024"
PARTNERS = ((TEC, "Derio"), (ACICAE, "Bilbao"), (IBA, "Vitoria-Gasteiz"), (CH, "Gothenburg"),
            (LSP, "Gothenburg"), (IVI, "Dresden"), ("Mov'eo", "Rouen"), (TGL, "Bordeaux"),
            ("INEGI", "Porto"), ("mobinov", "Porto"), ("Politecnico di Torino", "Turin"),
            (ACS, "Ljubljana"), (PAB, "Bilbao"), (ALICE, "Brussels"))
GOLD["chargeway-horizon-europe-kick-off-2024.md"] = dict(
entities=[
 E(CW, "project"), E("Bilbao", "place", "ES"), E("Horizon Europe", "programme"),
 E("2Zero", "programme", None, "Towards zero emission road transport"),
 E(ACICAE, "cluster", "ES", "ACICAE"), E(TEC, "research_org", "ES"), E("Derio", "place", "ES"),
 E("Bordeaux", "place", "FR"), E("Porto", "place", "PT"),
 E("Ane Etxeberria", "person", "ES"), E("Mikel Arrizabalaga", "person", "ES"),
 E("Basque Country", "place", "ES"), E(IBA, "company", "ES"), E("Vitoria-Gasteiz", "place", "ES"),
 E(CH, "university", "SE", "Chalmers"), E("Gothenburg", "place", "SE"), E(LSP, "cluster", "SE"),
 E(IVI, "research_org", "DE", "Fraunhofer IVI"), E("Dresden", "place", "DE"),
 E("Mov'eo", "cluster", "FR"), E("Rouen", "place", "FR"), E(TGL, "company", "FR"),
 E("INEGI", "research_org", "PT"), E("mobinov", "cluster", "PT"),
 E("Politecnico di Torino", "university", "IT"), E("Turin", "place", "IT"),
 E(ACS, "cluster", "SI", "ACS"), E("Ljubljana", "place", "SI"),
 E(PAB, "public_body", "ES", "Port of Bilbao"), E(ALICE, "network", None, "ALICE"),
 E("Brussels", "place", "BE"), E("Vigo", "place", "ES"),
 E("Giulia Rossi", "person", "IT"), E(CINEA, "public_body", None, "CINEA"),
 E("Iñigo Saratxaga", "person", "ES"), E("SPRI", "public_body", "ES"),
 E("Basque Government", "public_body", "ES"), E("Hazitek", "programme", "ES"),
 E("Karin Lindqvist", "person", "SE"), E("Marie Lefèvre", "person", "FR"),
 E(EACN, "network"), E(TRA, "event", "IE", "Transport Research Arena"), E("Dublin", "place", "IE"),
],
relations=[
 *[R(o, "consortium_member_of", CW) for o, _ in PARTNERS],
 *[R(o, "located_in", p) for o, p in PARTNERS],
 R(TEC, "leads", CW),
 R(CW, "funded_by", "Horizon Europe"), R(CW, "funded_by", "2Zero"),
 R(CW, "funded_by", "Basque Government"), R(CW, "funded_by", "Hazitek"),
 R("Ane Etxeberria", "works_for", TEC), R("Mikel Arrizabalaga", "works_for", ACICAE),
 R("Giulia Rossi", "works_for", CINEA), R("Iñigo Saratxaga", "works_for", "SPRI"),
 R("Karin Lindqvist", "works_for", CH), R("Marie Lefèvre", "works_for", "Mov'eo"),
 R(ACICAE, "member_of", EACN), R("mobinov", "member_of", EACN),
 R(TRA, "located_in", "Dublin"),
 R(ALICE, "participated_in", TRA), R(TEC, "participated_in", TRA), R(CH, "participated_in", TRA),
])

# --- 5. event news: EU-Gulf digital partnering at GITEX (Middle East, digital) ----
EGP = "EU-Gulf Digital Partnering"
GX = "GITEX Global 2023"
DCDE = "Dubai Chamber of Digital Economy"
EEN = "Enterprise Europe Network"
DIC = "Dubai Internet City"
TEH = "Tallinn Science Park Tehnopol"
CDC = "Clúster Digital de Catalunya"
SDAIA = "Saudi Data and Artificial Intelligence Authority"
QSTP = "Qatar Science and Technology Park"
KAL, SAH = "Kalev Identity OÜ", "Sahab Cloud Systems"
DFF = "Dubai Future Foundation"
GTB = "Dubai GovTech Breakfast"
ENS = "Expand North Star 2023"
GCA = "Gulf Cluster Alliance"
DELEG = ("Cap Digital", "Silicon Saxony", TEH, CDC, "Hub71", SDAIA, "Monsha'at", QSTP,
         "Mathieu Garnier", KAL, SAH)
GOLD["gitex-global-eu-gulf-digital-partnering-2023.html"] = dict(
entities=[
 E(EGP, "event", "AE"), E(GX, "event", "AE"), E("Dubai", "place", "AE"),
 E(DCDE, "public_body", "AE"), E(EEN, "network", None, "EEN"), E(DIC, "cluster", "AE"),
 E("Rania Haddad", "person", "AE"), E("Cap Digital", "cluster", "FR"), E("Paris", "place", "FR"),
 E("Mathieu Garnier", "person", "FR"), E("Silicon Saxony", "cluster", "DE"), E("Dresden", "place", "DE"),
 E(TEH, "cluster", "EE", "Tehnopol"), E(CDC, "cluster", "ES", "Catalan Digital Cluster"),
 E("Barcelona", "place", "ES"), E("ACCIÓ", "public_body", "ES"),
 E("Hub71", "cluster", "AE"), E("Abu Dhabi", "place", "AE"),
 E(SDAIA, "public_body", "SA", "SDAIA"), E("Riyadh", "place", "SA"), E("Monsha'at", "public_body", "SA"),
 E(QSTP, "cluster", "QA", "QSTP"), E("Doha", "place", "QA"),
 E("Lena Hoffmann", "person", "DE"), E("Khalid Al-Kuwari", "person", "QA"),
 E(KAL, "company", "EE"), E(SAH, "company", "AE"), E(DFF, "public_body", "AE"),
 E(GTB, "event", "AE"), E(ENS, "event", "AE"), E("Dubai Harbour", "place", "AE"),
 E(GCA, "network"), E("LEAP 2024", "event", "SA"), E("Web Summit Qatar", "event", "QA"),
],
relations=[
 R(DCDE, "organized", EGP), R(EEN, "organized", EGP),
 R(EGP, "located_in", "Dubai"), R(GX, "located_in", "Dubai"),
 R(DIC, "participated_in", EGP), R("Rania Haddad", "works_for", DCDE),
 *[R(o, "participated_in", EGP) for o in DELEG],
 R("Cap Digital", "located_in", "Paris"), R("Silicon Saxony", "located_in", "Dresden"),
 R(CDC, "located_in", "Barcelona"), R("Hub71", "located_in", "Abu Dhabi"),
 R(SDAIA, "located_in", "Riyadh"), R(QSTP, "located_in", "Doha"), R(SAH, "located_in", "Dubai"),
 R("Mathieu Garnier", "works_for", "Cap Digital"), R("Lena Hoffmann", "works_for", "Silicon Saxony"),
 R("Khalid Al-Kuwari", "works_for", QSTP),
 R("Silicon Saxony", "partner_of", QSTP), R("Cap Digital", "partner_of", "Hub71"),
 R(KAL, "partner_of", SAH), R(KAL, "met_with", SAH),
 R(TEH, "organized", GTB), R(DFF, "organized", GTB),
 R(ENS, "located_in", "Dubai Harbour"), R("Hub71", "participated_in", ENS),
 R(TEH, "member_of", GCA),
 R(DCDE, "participated_in", "LEAP 2024"), R("LEAP 2024", "located_in", "Riyadh"),
 R(EEN, "participated_in", "Web Summit Qatar"), R("Web Summit Qatar", "located_in", "Doha"),
])

# --- 6. newsletter: Moroccan solar cluster (Africa, energy) ------------------------
CSO = "Cluster Solaire"
TEN = "Tenerrdis"
FMED = "Franco-Moroccan Energy Days"
CFCIM = "French Chamber of Commerce and Industry in Morocco"
AV = "AGRIVOLT-MED"
IRESEN = "Institut de Recherche en Energie Solaire et Energies Nouvelles"
GEP = "Green Energy Park"
IS23, IS24 = "Intersolar Europe 2023", "Intersolar Europe 2024"
MASEN = "Moroccan Agency for Sustainable Energy"
ATL, SPS, SPV = "Atlas Solar Systems", "Souss Pumping Solutions", "Sahara PV Maintenance"
ASIF = "Africa Solar Industry Forum"
SEM = "Solaire Expo Maroc"
GOLD["cluster-solaire-newsletter-december-2023.txt"] = dict(
entities=[
 E(CSO, "cluster", "MA"), E("Casablanca", "place", "MA"), E("Fatima Zahra Benali", "person", "MA"),
 E(TEN, "cluster", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"), E("Grenoble", "place", "FR"),
 E("Marrakech", "place", "MA"), E(FMED, "event", "MA"), E(CFCIM, "public_body", "MA", "CFCIM"),
 E("Olivier Ferrand", "person", "FR"), E(AV, "project"),
 E("PRIMA", "programme", None, "Partnership for Research and Innovation in the Mediterranean Area"),
 E(IRESEN, "research_org", "MA", "IRESEN"), E("University of Sfax", "university", "TN"),
 E("Politecnico di Bari", "university", "IT"), E("Almería Solar Agro", "company", "ES"),
 E(GEP, "research_org", "MA"), E("Benguerir", "place", "MA"), E("Rabat", "place", "MA"),
 E(IS23, "event", "DE"), E("Munich", "place", "DE"), E(MASEN, "public_body", "MA", "MASEN"),
 E(ATL, "company", "MA"), E("Tangier", "place", "MA"), E(SPS, "company", "MA"),
 E("Agadir", "place", "MA"), E("GreenCape", "cluster", "ZA"), E("Cape Town", "place", "ZA"),
 E("Ouarzazate", "place", "MA"), E("Thandiwe Mokoena", "person", "ZA"), E(SPV, "company", "MA"),
 E("COP28", "event", "AE"), E("Dubai", "place", "AE"),
 E("African Development Bank", "public_body", None, "AfDB"), E("Global Solar Council", "network"),
 E("Souss-Massa", "place", "MA"), E("Agence pour le Développement Agricole", "public_body", "MA", "ADA"),
 E("Youssef El Amrani", "person", "MA"), E(SEM, "event", "MA"), E(IS24, "event", "DE"),
 E(ASIF, "event", "ZA"),
],
relations=[
 R(CSO, "located_in", "Casablanca"), R("Fatima Zahra Benali", "works_for", CSO),
 R(TEN, "located_in", "Auvergne-Rhône-Alpes"), R(TEN, "located_in", "Grenoble"),
 R(CSO, "partner_of", TEN),
 R(FMED, "located_in", "Marrakech"), R(CFCIM, "organized", FMED),
 R(CSO, "participated_in", FMED), R(TEN, "participated_in", FMED),
 R("Olivier Ferrand", "works_for", TEN),
 R(CSO, "leads", AV),
 *[R(o, "consortium_member_of", AV) for o in (CSO, IRESEN, "University of Sfax", "Politecnico di Bari",
                                               "Almería Solar Agro")],
 R(AV, "funded_by", "PRIMA"),
 R(GEP, "located_in", "Benguerir"), R(IRESEN, "located_in", "Rabat"),
 R(IS23, "located_in", "Munich"), R(ATL, "participated_in", IS23), R(SPS, "participated_in", IS23),
 R(ATL, "member_of", CSO), R(SPS, "member_of", CSO),
 R(ATL, "located_in", "Tangier"), R(SPS, "located_in", "Agadir"),
 R("GreenCape", "located_in", "Cape Town"), R("Thandiwe Mokoena", "works_for", "GreenCape"),
 R("GreenCape", "met_with", SPV), R(SPV, "located_in", "Ouarzazate"), R(SPV, "member_of", CSO),
 R("GreenCape", "partner_of", CSO), R("GreenCape", "met_with", CSO),
 R("COP28", "located_in", "Dubai"), R(CSO, "participated_in", "COP28"),
 R("Fatima Zahra Benali", "participated_in", "COP28"), R("African Development Bank", "participated_in", "COP28"),
 R(CSO, "member_of", "Global Solar Council"),
 R(SPS, "partner_of", IRESEN), R("Youssef El Amrani", "works_for", SPS),
 R("Youssef El Amrani", "works_for", CSO),
 R(SEM, "located_in", "Casablanca"), R(CSO, "participated_in", SEM),
 R(IS24, "located_in", "Munich"),
 R(ASIF, "located_in", "Cape Town"), R("GreenCape", "organized", ASIF), R(CSO, "organized", ASIF),
])

# --- 7. press release: Kobe / Kraków biotech MoU (Asia-Pacific, biotech) ----------
KBIC = "Kobe Biomedical Innovation Cluster"
LSCK = "LifeScience Kraków"
BIO = "BIO International Convention 2024"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
CB = "CELLBRIDGE"
BDR = "RIKEN Center for Biosystems Dynamics Research"
HGT = "Harbor Gene Therapeutics K.K."
VCT = "Vistula Cell Therapies"
WBA = "Wawel BioAnalytics"
NCBR = "National Centre for Research and Development"
JETRO = "Japan External Trade Organization"
PAIH = "Polish Investment and Trade Agency"
LSOS = "Life Science Open Space 2025"
MO = "Marshal's Office of the Małopolska Region"
GOLD["kobe-biomedical-innovation-cluster-lifescience-krakow-mou-2024.txt"] = dict(
entities=[
 E(KBIC, "cluster", "JP", "KBIC"), E("Port Island", "place", "JP"),
 E(LSCK, "cluster", "PL", "LifeScience Klaster Kraków", "LSCK"),
 E(BIO, "event", "US", "BIO 2024"), E("San Diego", "place", "US"),
 E("Kenji Morimoto", "person", "JP", "Morimoto"), E(FBRI, "research_org", "JP", "FBRI"),
 E("City of Kobe", "public_body", "JP"), E("Agnieszka Wróbel", "person", "PL", "Wróbel"),
 E("Kobe", "place", "JP"), E("Kraków", "place", "PL"), E(CB, "project"),
 E("Kobe University", "university", "JP"), E(BDR, "research_org", "JP", "BDR"),
 E("Jagiellonian University", "university", "PL"),
 E(HGT, "company", "JP", "Harbor Gene Therapeutics"), E(VCT, "company", "PL"),
 E("Japan Agency for Medical Research and Development", "public_body", "JP", "AMED"),
 E(NCBR, "public_body", "PL", "NCBR"), E(WBA, "company", "PL"),
 E(JETRO, "public_body", "JP", "JETRO"), E(PAIH, "public_body", "PL", "PAIH"),
 E("BioJapan 2024", "event", "JP"), E("Yokohama", "place", "JP"),
 E(LSOS, "event", "PL", "LSOS 2025"), E(MO, "public_body", "PL"),
 E("Hyogo Prefecture", "place", "JP"), E("Małopolska", "place", "PL"),
 E("Council of European BioRegions", "network", None, "CEBR"), E("EIT Health InnoStars", "network"),
 E("Yuki Nakamura", "person", "JP"),
],
relations=[
 R(KBIC, "located_in", "Port Island"), R(KBIC, "located_in", "Kobe"),
 R(KBIC, "partner_of", LSCK), R(KBIC, "met_with", LSCK),
 R(BIO, "located_in", "San Diego"),
 *[R(o, "participated_in", BIO) for o in (KBIC, LSCK, "Kenji Morimoto", "Agnieszka Wróbel",
                                          HGT, VCT, WBA, JETRO, PAIH)],
 R("Kenji Morimoto", "works_for", FBRI), R("Agnieszka Wróbel", "works_for", LSCK),
 R("City of Kobe", "located_in", "Hyogo Prefecture"),
 R("Kobe University", "leads", CB),
 *[R(o, "consortium_member_of", CB) for o in ("Kobe University", BDR, "Jagiellonian University", HGT, VCT)],
 R(CB, "funded_by", "Japan Agency for Medical Research and Development"), R(CB, "funded_by", NCBR),
 R(HGT, "located_in", "Kobe"), R(VCT, "located_in", "Kraków"),
 R(HGT, "met_with", VCT), R(HGT, "met_with", WBA),
 R(WBA, "member_of", LSCK), R(VCT, "member_of", LSCK),
 R(LSCK, "participated_in", "BioJapan 2024"), R("BioJapan 2024", "located_in", "Yokohama"),
 R(KBIC, "participated_in", LSOS), R(LSOS, "located_in", "Kraków"),
 R(LSCK, "organized", LSOS), R(MO, "organized", LSOS),
 R(LSCK, "located_in", "Kraków"), R(LSCK, "located_in", "Małopolska"),
 R(LSCK, "member_of", "Council of European BioRegions"), R(LSCK, "partner_of", "EIT Health InnoStars"),
 R("Yuki Nakamura", "works_for", FBRI), R("Yuki Nakamura", "works_for", KBIC),
])

# --- 8. delegation report: Dutch agri-food in Saudi Arabia and the UAE (Middle East)
FV = "Foodvalley NL"
RVO = "Netherlands Enterprise Agency"
EMBNL = "Embassy of the Kingdom of the Netherlands"
GF = "Gulfood 2024"
WUR = "Wageningen University & Research"
KDV, PP, RFS = "Kwekerij De Vallei BV", "Proteïne Partners", "Restwaarde Food Solutions"
RT = "Dutch-Saudi Agri-Food Roundtable"
MEWA = "Ministry of Environment, Water and Agriculture"
SALIC = "Saudi Agricultural and Livestock Investment Company"
NAJD = "Najd Greenhouses"
KAUST = "King Abdullah University of Science and Technology"
DP = "DESERTPROT"
ADAFSA = "Abu Dhabi Agriculture and Food Safety Authority"
ADIO = "Abu Dhabi Investment Office"
ARF, TAW = "Al Reem Food Industries", "Tawfeer Foods"
FTV = "Food Tech Valley"
ERIAFF = "European Regions for Innovation in Agriculture, Food and Forestry"
GOLD["foodvalley-nl-delegation-riyadh-dubai-2024.txt"] = dict(
entities=[
 E(FV, "cluster", "NL"), E("Riyadh", "place", "SA"), E("Dubai", "place", "AE"),
 E(RVO, "public_body", "NL", "RVO"), E(EMBNL, "public_body", "NL", "Dutch embassy"),
 E(GF, "event", "AE"), E("Marloes Hendriks", "person", "NL", "Hendriks"),
 E("Wageningen", "place", "NL"), E(WUR, "university", "NL", "WUR"),
 E("Dutch Greenhouse Delta", "network", "NL"), E(KDV, "company", "NL", "Kwekerij De Vallei"),
 E("Ede", "place", "NL"), E("VertiFarm Delft", "company", "NL"), E(PP, "company", "NL"),
 E(RFS, "company", "NL"), E("Rotterdam", "place", "NL"), E(RT, "event", "SA"),
 E(MEWA, "public_body", "SA", "MEWA"), E("Saleh Al-Otaibi", "person", "SA"),
 E(SALIC, "company", "SA", "SALIC"), E(NAJD, "company", "SA"), E("Al-Kharj", "place", "SA"),
 E(KAUST, "university", "SA", "KAUST"), E("Thuwal", "place", "SA"), E(DP, "project"),
 E("Anneke de Wit", "person", "NL"), E("Abu Dhabi", "place", "AE"),
 E(ADAFSA, "public_body", "AE", "ADAFSA"), E(ADIO, "public_body", "AE", "ADIO"),
 E(ARF, "company", "AE"), E(TAW, "company", "AE"), E(FTV, "cluster", "AE"),
 E("Ministry of Climate Change and Environment", "public_body", "AE"),
 E(ERIAFF, "network", None, "ERIAFF"), E("Brussels", "place", "BE"), E("F&A Next", "event", "NL"),
],
relations=[
 R(FV, "located_in", "Wageningen"), R("Marloes Hendriks", "works_for", FV),
 R(FV, "participated_in", GF), R(RVO, "participated_in", GF), R(GF, "located_in", "Dubai"),
 R(EMBNL, "located_in", "Riyadh"),
 R(KDV, "located_in", "Ede"), R(RFS, "located_in", "Rotterdam"), R(PP, "located_in", "Wageningen"),
 R(RT, "located_in", "Riyadh"), R(EMBNL, "organized", RT), R(MEWA, "organized", RT),
 R("Saleh Al-Otaibi", "participated_in", RT), R("Saleh Al-Otaibi", "works_for", MEWA),
 R(FV, "participated_in", RT),
 R(FV, "met_with", SALIC), R(FV, "met_with", NAJD), R(NAJD, "located_in", "Riyadh"),
 R(KDV, "partner_of", NAJD),
 R(KAUST, "located_in", "Thuwal"), R(FV, "met_with", KAUST),
 R(KAUST, "leads", DP), R(KAUST, "consortium_member_of", DP), R(WUR, "consortium_member_of", DP),
 R("Anneke de Wit", "works_for", WUR),
 R(ADAFSA, "located_in", "Abu Dhabi"), R(FV, "met_with", ADAFSA), R(FV, "met_with", ADIO),
 R(ADIO, "located_in", "Abu Dhabi"),
 *[R(o, "participated_in", GF) for o in (PP, RFS, ARF, TAW)],
 R(PP, "met_with", ARF), R(RFS, "met_with", TAW), R(TAW, "located_in", "Dubai"),
 R(FV, "partner_of", FTV), R(FTV, "located_in", "Dubai"),
 R(FV, "member_of", ERIAFF),
 R(MEWA, "participated_in", "F&A Next"), R("F&A Next", "located_in", "Wageningen"),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.exists(), f"{doc}: document missing"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{doc}: bad type {e}"
            assert e["name"] not in types, f"{doc}: duplicate entity {e['name']}"
            types[e["name"]] = e["type"]
            for f in [e["name"], *e["aliases"]]:
                k = f.lower()
                assert k not in forms, f"{doc}: surface form {f!r} used by {forms[k]!r} and {e['name']!r}"
                forms[k] = e["name"]
                assert k in text, f"{doc}: {f!r} not in document"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert s in types, f"{doc}: undeclared subject {s}"
            assert o in types, f"{doc}: undeclared object {o}"
            assert p in ALLOWED, f"{doc}: bad predicate {p}"
            st, ot = ALLOWED[p]
            assert types[s] in st and types[o] in ot, f"{doc}: types not allowed {r} ({types[s]}, {types[o]})"
            assert s != o, f"{doc}: self relation {r}"
            key = (p, frozenset((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, f"{doc}: duplicate relation {r}"
            seen.add(key)


check()
for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.name, len(gold["entities"]), len(gold["relations"]))
