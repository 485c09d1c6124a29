"""Hand annotations of the `heldout14` set (eight documents, mixed regions and genres).

    .venv/bin/python benchmarks/extraction/gold/heldout14/make_gold_heldout14.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator who did not see the pipeline's output. Planned participations stated
as agreed ("will share a stand at ...") are annotated like past ones; the
relation's date and status carry the difference. Proposals "to be submitted" to a
programme are annotated with `funded_by` that programme. Visits by a delegation
to named organisations are `met_with`. Unnamed occasions (a reception, a lunch,
a B2B session, a steering committee) are not events.
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

DOCS = Path(__file__).resolve().parents[2] / "docs" / "heldout14"

GOLD = {}

# --- annual-report chapter: Basque Health Cluster (Spain) ------------------------
BHC = "Basque Health Cluster"
AH = "Arab Health 2023"
BIO = "BIO International Convention"
MED = "MEDICA 2023"
OH = "Oulu Health"
LBP = "Lyonbiopôle"
DIG = "DIGISALUD"
HCP = "Health Cluster Portugal"
SSI = "Salud Sur Innova"
EBM = "Eurobiomed"
C4A = "CARE4AGE"
BIOC = "Biocruces Bizkaia Health Research Institute"
UPV = "University of the Basque Country"
BHTD = "Basque Health Tech Days"
AE_ = "Aitor Etxeberria"
MU = "Maite Urrutia"
GOLD["basque-health-cluster-international-2023.txt"] = dict(
entities=[
 E(BHC, "cluster", "ES", "BHC"), E("Bilbao", "place", "ES"), E("Basque Country", "place", "ES"),
 E(AH, "event", "AE"), E("Dubai", "place", "AE"),
 E("Basque Business Development Agency", "public_body", "ES", "SPRI"),
 E("Ikerlab Diagnostics", "company", "ES"), E("Donostia-San Sebastián", "place", "ES"),
 E("Osasun Robotics", "company", "ES"), E("Vitoria-Gasteiz", "place", "ES"),
 E(AE_, "person", "ES"), E("Boston", "place", "US"), E(BIO, "event", "US"),
 E("ICEX España Exportación e Inversiones", "public_body", "ES"),
 E("Massachusetts Biotechnology Council", "network", "US", "MassBio"),
 E(MED, "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("BioRegio STERN", "cluster", "DE"), E("Medical Valley EMN", "cluster", "DE"),
 E(OH, "cluster", "FI"), E("Oulu", "place", "FI"), E("Sanna Koivisto", "person", "FI"),
 E(LBP, "cluster", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E(MU, "person", "ES"),
 E(DIG, "project"), E("Interreg Sudoe", "programme"),
 E(HCP, "cluster", "PT"), E(SSI, "cluster", "ES"), E("Seville", "place", "ES"),
 E(EBM, "cluster", "FR"), E("Marseille", "place", "FR"),
 E(C4A, "project"), E("Horizon Europe", "programme"),
 E(BIOC, "research_org", "ES", "Biocruces Bizkaia"), E("Barakaldo", "place", "ES"),
 E(UPV, "university", "ES", "UPV/EHU"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("European Connected Health Alliance", "network", None, "ECHAlliance"),
 E(BHTD, "event", "ES"), E("Elena Zubizarreta", "person", "ES"),
],
relations=[
 R(BHC, "located_in", "Bilbao"), R(BHC, "located_in", "Basque Country"),
 R(BHC, "participated_in", AH), R(AH, "located_in", "Dubai"),
 R("Basque Business Development Agency", "participated_in", AH),
 *[R(c, "participated_in", AH) for c in ("Ikerlab Diagnostics", "Osasun Robotics")],
 *[R(c, "member_of", BHC) for c in ("Ikerlab Diagnostics", "Osasun Robotics")],
 R("Ikerlab Diagnostics", "located_in", "Donostia-San Sebastián"),
 R("Osasun Robotics", "located_in", "Vitoria-Gasteiz"),
 R(AE_, "works_for", BHC), R(AE_, "participated_in", BIO), R(BHC, "participated_in", BIO),
 R(BIO, "located_in", "Boston"),
 R("ICEX España Exportación e Inversiones", "participated_in", BIO),
 R(BHC, "met_with", "Massachusetts Biotechnology Council"),
 R(MED, "located_in", "Düsseldorf"), R(BHC, "participated_in", MED),
 R(BHC, "met_with", "BioRegio STERN"), R(BHC, "met_with", "Medical Valley EMN"),
 R("BioRegio STERN", "participated_in", MED), R("Medical Valley EMN", "participated_in", MED),
 R(BHC, "partner_of", OH), R("Sanna Koivisto", "works_for", OH),
 R(BHC, "partner_of", LBP), R(LBP, "located_in", "Auvergne-Rhône-Alpes"),
 R(MU, "works_for", BHC),
 R(BHC, "leads", DIG), R(DIG, "funded_by", "Interreg Sudoe"),
 *[R(o, "consortium_member_of", DIG) for o in (BHC, HCP, SSI, EBM)],
 R(SSI, "located_in", "Seville"), R(EBM, "located_in", "Marseille"),
 R(C4A, "funded_by", "Horizon Europe"), R(BIOC, "leads", C4A),
 *[R(o, "consortium_member_of", C4A) for o in (BIOC, BHC, "Osasun Robotics", UPV)],
 R(BIOC, "located_in", "Barakaldo"),
 R(BHC, "member_of", "Council of European BioRegions"),
 R(BHC, "member_of", "European Connected Health Alliance"),
 R(BHC, "organized", BHTD), R(BIOC, "organized", BHTD),
 R(BHTD, "located_in", "Donostia-San Sebastián"),
 R("Elena Zubizarreta", "participated_in", BHTD), R("Elena Zubizarreta", "works_for", UPV),
])

# --- press release: MoU Morocco / France (solar) ---------------------------------
CS = "Cluster Solaire"
TEN = "Tenerrdis"
SEM = "Solaire Expo Maroc 2024"
FZB = "Fatima-Zahra Bennani"
JMA = "Jean-Michel Arnaud"
MASEN = "Moroccan Agency for Sustainable Energy"
SOL = "SOLAGRI-MED"
PRIMA = "Partnership for Research and Innovation in the Mediterranean Area"
ISE = "Intersolar Europe 2024"
JSO = "Journées Solaires de Ouarzazate"
IRESEN = "Institut de Recherche en Énergie Solaire et Énergies Nouvelles"
INES = "Institut National de l'Énergie Solaire"
UCA = "Université Cadi Ayyad"
UGA = "Université Grenoble Alpes"
ATL = "Atlas Agrisol SARL"
HEL = "Héliotrack SAS"
SK = "SunKasbah Energy"
HDA = "Hydrogène des Alpes"
WFES = "World Future Energy Summit 2025"
GOLD["cluster-solaire-tenerrdis-mou-2024.md"] = dict(
entities=[
 E(CS, "cluster", "MA"), E(TEN, "cluster", "FR"), E("Grenoble", "place", "FR"),
 E(SEM, "event", "MA", "Solaire Expo Maroc"), E("Casablanca", "place", "MA"),
 E(FZB, "person", "MA"), E(JMA, "person", "FR"),
 E(MASEN, "public_body", "MA", "MASEN"), E("Business France", "public_body", "FR"),
 E(SOL, "project"), E(PRIMA, "programme", None, "PRIMA", "PRIMA programme"),
 E(ISE, "event", "DE"), E("Munich", "place", "DE"),
 E(JSO, "event", "MA"), E("Ouarzazate", "place", "MA"),
 E("Green Energy Park", "research_org", "MA"), E("Ben Guerir", "place", "MA"),
 E(IRESEN, "research_org", "MA", "IRESEN"), E("CEA-Liten", "research_org", "FR"),
 E(INES, "research_org", "FR", "INES"),
 E("Le Bourget-du-Lac", "place", "FR"), E("Savoie", "place", "FR"),
 E(UCA, "university", "MA"), E("Marrakesh", "place", "MA"), E(UGA, "university", "FR"),
 E(ATL, "company", "MA", "Atlas Agrisol"), E("Agadir", "place", "MA"),
 E(HEL, "company", "FR", "Héliotrack"), E("Chambéry", "place", "FR"),
 E("Auvergne-Rhône-Alpes Region", "place", "FR"),
 E(SK, "company", "MA"), E(HDA, "company", "FR"), E("Souss-Massa", "place", "MA", "Souss-Massa region"),
 E("Rabat", "place", "MA"),
 E("Global Cleantech Cluster Association", "network", None, "GCCA"),
 E("France Clusters", "network", "FR"),
 E("Youssef El Amrani", "person", "MA"), E("Claire Moulin", "person", "FR"),
 E(WFES, "event", "AE"), E("Abu Dhabi", "place", "AE"),
],
relations=[
 R(CS, "partner_of", TEN), R(TEN, "located_in", "Grenoble"), R(SEM, "located_in", "Casablanca"),
 R(CS, "participated_in", SEM), R(TEN, "participated_in", SEM),
 R(FZB, "works_for", CS), R(JMA, "works_for", TEN),
 R(FZB, "participated_in", SEM), R(JMA, "participated_in", SEM),
 R(MASEN, "participated_in", SEM), R("Business France", "participated_in", SEM),
 R(SOL, "funded_by", PRIMA),
 R(CS, "participated_in", ISE), R(ISE, "located_in", "Munich"),
 R(TEN, "participated_in", JSO), R(MASEN, "organized", JSO), R(JSO, "located_in", "Ouarzazate"),
 R("Green Energy Park", "located_in", "Ben Guerir"),
 R(INES, "located_in", "Le Bourget-du-Lac"), R(INES, "located_in", "Savoie"),
 R(IRESEN, "leads", SOL),
 *[R(o, "consortium_member_of", SOL) for o in (IRESEN, CS, TEN, UCA, UGA, ATL, HEL)],
 R(UCA, "located_in", "Marrakesh"), R(ATL, "located_in", "Agadir"), R(HEL, "located_in", "Chambéry"),
 R(SK, "member_of", CS), R(SK, "located_in", "Ouarzazate"), R(HDA, "located_in", "Grenoble"),
 R(SK, "met_with", HDA), R(ATL, "met_with", HEL),
 *[R(c, "participated_in", SEM) for c in (SK, HDA, ATL, HEL)],
 R(CS, "located_in", "Rabat"), R(CS, "member_of", "Global Cleantech Cluster Association"),
 R(TEN, "located_in", "Auvergne-Rhône-Alpes Region"), R(TEN, "member_of", "France Clusters"),
 R("Youssef El Amrani", "works_for", CS), R("Claire Moulin", "works_for", TEN),
 R(CS, "participated_in", WFES), R(TEN, "participated_in", WFES), R(WFES, "located_in", "Abu Dhabi"),
])

# --- delegation report: Kobe life science mission to India -----------------------
KBIC = "Kobe Biomedical Innovation Cluster"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
JETRO = "Japan External Trade Organization"
ABLE = "Association of Biotechnology Led Enterprises"
SEMI_ = "India-Japan Life Science Business Seminar"
CCAMP = "Centre for Cellular and Molecular Platforms"
BA = "BioAsia 2024"
BIRAC = "Biotechnology Industry Research Assistance Council"
KIB = "KIBRIDGE"
HCT = "Harbor Cell Therapeutics"
KT = "Kenji Takahashi"
RI = "Rajesh Iyer"
BJ = "BioJapan 2024"
KOBE_CO = (("Rokko Regenerative Medicine Co., Ltd.", "Kobe"), (HCT, "Kobe"),
           ("Sannomiya Diagnostics K.K.", "Kobe"), ("Akashi BioDevices", "Akashi"),
           ("Himeji Pharma Solutions", "Himeji"))
GOLD["kobe-biomedical-india-mission-2024.html"] = dict(
entities=[
 E(KBIC, "cluster", "JP", "KBIC"), E("Port Island", "place", "JP"), E("Kobe", "place", "JP"),
 E("Bengaluru", "place", "IN"), E("Hyderabad", "place", "IN"),
 E(KT, "person", "JP", "Takahashi"), E(FBRI, "research_org", "JP", "FBRI"),
 E("Yuko Nakamura", "person", "JP"), E("City of Kobe", "public_body", "JP"),
 E(JETRO, "public_body", "JP", "JETRO"), E("Embassy of Japan in India", "public_body", "JP"),
 E(ABLE, "network", "IN", "ABLE"), E(SEMI_, "event", "IN"), E(RI, "person", "IN", "Iyer"),
 E(CCAMP, "research_org", "IN", "C-CAMP"), E("Indian Institute of Science", "university", "IN", "IISc"),
 E(BA, "event", "IN"), E("Government of Telangana", "public_body", "IN"),
 *[E(c, "company", "JP") for c, _ in KOBE_CO],
 E("Akashi", "place", "JP"), E("Himeji", "place", "JP"),
 E("Deccan Biologics Pvt. Ltd.", "company", "IN"), E("Genome Valley", "place", "IN"),
 E("Telangana Life Sciences Foundation", "public_body", "IN"),
 E("IKP Knowledge Park", "cluster", "IN"),
 E(BIRAC, "public_body", "IN", "BIRAC"), E(KIB, "project"),
 E("Japan Agency for Medical Research and Development", "public_body", "JP", "AMED"),
 E("Kobe University", "university", "JP"),
 E(BJ, "event", "JP"), E("Yokohama", "place", "JP"),
 E("Aiko Fujimoto", "person", "JP"),
],
relations=[
 R(KBIC, "located_in", "Port Island"), R(KBIC, "located_in", "Kobe"),
 R(KT, "works_for", FBRI), R("Yuko Nakamura", "works_for", "City of Kobe"),
 R(JETRO, "organized", SEMI_), R(ABLE, "organized", SEMI_), R(SEMI_, "located_in", "Bengaluru"),
 R(RI, "works_for", ABLE), R(RI, "participated_in", SEMI_), R(KT, "participated_in", SEMI_),
 R(KBIC, "participated_in", SEMI_),
 R(KBIC, "met_with", CCAMP), R(KBIC, "met_with", "Indian Institute of Science"),
 R(KBIC, "partner_of", CCAMP),
 R(CCAMP, "located_in", "Bengaluru"), R("Indian Institute of Science", "located_in", "Bengaluru"),
 R(BA, "located_in", "Hyderabad"), R("Government of Telangana", "organized", BA),
 R(KBIC, "participated_in", BA),
 *[R(c, "participated_in", BA) for c, _ in KOBE_CO],
 *[R(c, "member_of", KBIC) for c, _ in KOBE_CO],
 *[R(c, "located_in", t) for c, t in KOBE_CO],
 R(HCT, "partner_of", "Deccan Biologics Pvt. Ltd."),
 R("Deccan Biologics Pvt. Ltd.", "located_in", "Hyderabad"),
 R(KBIC, "met_with", "Telangana Life Sciences Foundation"), R(KBIC, "met_with", "IKP Knowledge Park"),
 R(KIB, "funded_by", "Japan Agency for Medical Research and Development"), R(KIB, "funded_by", BIRAC),
 R(FBRI, "leads", KIB),
 *[R(o, "consortium_member_of", KIB) for o in (FBRI, CCAMP, "Kobe University", HCT)],
 R(ABLE, "participated_in", BJ), R(RI, "participated_in", BJ), R(KBIC, "participated_in", BJ),
 R(BJ, "located_in", "Yokohama"),
 R("Aiko Fujimoto", "works_for", FBRI),
])

# --- Horizon Europe consortium kick-off: textile recycling ------------------------
CT = "CIRCOTEX"
NTT = "Next Technology Tecnotessile"
HADEA = "European Health and Digital Executive Agency"
CIT = "Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal"
CLX = "CLUTEX - Klastr technické textilie"
UB = "University of Borås"
AMITH = "Moroccan Association of Textile and Clothing Industries"
EUR = "European Apparel and Textile Confederation"
TETP = "European Technology Platform for the Future of Textiles and Clothing"
CIRC_CONS = (
 (NTT, "Prato"), ("Filatura Bisenzio Srl", "Prato"), ("AITEX", "Alcoy"), ("Centexbel", "Ghent"),
 (CIT, "Vila Nova de Famalicão"), ("ReFibra Lda", "Guimarães"),
 ("Technical University of Liberec", "Liberec"), (CLX, "Liberec"), (UB, "Borås"),
 ("Techtera", "Lyon"), ("Sortex Robotics GmbH", "Mönchengladbach"),
 ("Hohenstein Institute", "Bönnigheim"), (AMITH, "Casablanca"), (EUR, "Brussels"))
GOLD["circotex-kickoff-prato-2025.txt"] = dict(
entities=[
 E(CT, "project", None, "Circular Technologies for Blended Textile Waste"),
 E("Horizon Europe", "programme"), E("Prato", "place", "IT"), E("Tuscany", "place", "IT"),
 E(NTT, "research_org", "IT"), E(HADEA, "public_body", None, "HaDEA"),
 E("Ioana Popescu", "person"), E("Giulia Bartolini", "person", "IT"),
 E("Filatura Bisenzio Srl", "company", "IT", "Filatura Bisenzio"),
 E("AITEX", "research_org", "ES", "Textile Research Institute"), E("Alcoy", "place", "ES"),
 E("Centexbel", "research_org", "BE"), E("Ghent", "place", "BE"),
 E(CIT, "research_org", "PT", "CITEVE"), E("Vila Nova de Famalicão", "place", "PT"),
 E("ReFibra Lda", "company", "PT"), E("Guimarães", "place", "PT"),
 E("Technical University of Liberec", "university", "CZ"), E("Liberec", "place", "CZ"),
 E(CLX, "cluster", "CZ", "CLUTEX", "Klastr technické textilie"),
 E(UB, "university", "SE"), E("Borås", "place", "SE"),
 E("Techtera", "cluster", "FR"), E("Lyon", "place", "FR"),
 E("Sortex Robotics GmbH", "company", "DE", "Sortex Robotics"), E("Mönchengladbach", "place", "DE"),
 E("Hohenstein Institute", "research_org", "DE"), E("Bönnigheim", "place", "DE"),
 E(AMITH, "network", "MA", "AMITH"), E("Casablanca", "place", "MA"),
 E(EUR, "network", "BE", "EURATEX"), E("Brussels", "place", "BE"), E("Tangier", "place", "MA"),
 E("Lars Henriksson", "person", "SE"), E("Marek Novotný", "person", "CZ"),
 E("RETEX-PRO", "project"), E("Interreg Europe", "programme"), E("SORTEU", "project"),
 E(TETP, "network", None, "Textile ETP"),
 E("Techtextil 2026", "event", "DE"), E("Frankfurt am Main", "place", "DE"),
 E("Textile ETP Annual Conference", "event", "BE"),
 E("ITMA ASIA + CITME 2026", "event", "CN"), E("Shanghai", "place", "CN"),
 E("Francesca Moretti", "person", "IT"),
],
relations=[
 R(CT, "funded_by", "Horizon Europe"), R(CT, "funded_by", HADEA), R(NTT, "leads", CT),
 *[R(o, "consortium_member_of", CT) for o, _ in CIRC_CONS],
 *[R(o, "located_in", t) for o, t in CIRC_CONS],
 R("Ioana Popescu", "works_for", HADEA), R("Giulia Bartolini", "works_for", NTT),
 R("Giulia Bartolini", "leads", CT),
 R("Lars Henriksson", "works_for", UB), R("Marek Novotný", "works_for", CLX),
 R("Francesca Moretti", "works_for", EUR),
 R("RETEX-PRO", "funded_by", "Interreg Europe"),
 R("Techtera", "consortium_member_of", "RETEX-PRO"), R(CLX, "consortium_member_of", "RETEX-PRO"),
 R("SORTEU", "funded_by", "Horizon Europe"), R(EUR, "leads", "SORTEU"),
 R(EUR, "consortium_member_of", "SORTEU"),
 R(EUR, "partner_of", TETP),
 R("Techtextil 2026", "located_in", "Frankfurt am Main"),
 R(TETP, "organized", "Textile ETP Annual Conference"),
 R("Textile ETP Annual Conference", "located_in", "Brussels"),
 R("ITMA ASIA + CITME 2026", "located_in", "Shanghai"),
])

# --- event news: Colombia-Europe digital health forum, Medellín ------------------
CF = "Colombia-Europe Digital Health Forum 2024"
RN = "Ruta N"
CSDA = "Clúster Salud Digital Antioquia"
EEN = "Enterprise Europe Network"
BC = "Biocat"
HVN = "Health Valley Netherlands"
MPR = "Medicen Paris Region"
PC = "ProColombia"
CSB = "Clúster de Salud de Bogotá"
CCB = "Cámara de Comercio de Bogotá"
ST = "SaludTech Andina S.A.S."
KH = "Kinetika Health B.V."
UDEA = "Universidad de Antioquia"
EAFIT = "Universidad EAFIT"
DS = "DIGISANA"
MIN = "Ministry of Science, Technology and Innovation"
HACK = "Hackatón Salud Antioquia"
HLTH = "HLTH Europe 2025"
CRV = "Carolina Restrepo Vélez"
AFG = "Andrés Felipe Gómez"
JF = "Joan Ferrer i Puig"
LMR = "Laura Montoya Ríos"
GOLD["medellin-digital-health-forum-2024.html"] = dict(
entities=[
 E(CF, "event", "CO", "Colombia-Europe Digital Health Forum"), E("Medellín", "place", "CO"),
 E(RN, "public_body", "CO"), E(CSDA, "cluster", "CO"), E("Antioquia", "place", "CO"),
 E(EEN, "network"), E("AL-INVEST Verde", "programme"),
 E(CRV, "person", "CO", "Restrepo Vélez"), E(AFG, "person", "CO"),
 E(BC, "cluster", "ES", "BioRegion of Catalonia"), E("Barcelona", "place", "ES"),
 E(HVN, "cluster", "NL"), E("Nijmegen", "place", "NL"),
 E(MPR, "cluster", "FR"), E("Business France", "public_body", "FR"),
 E(HCP, "cluster", "PT"), E("Porto", "place", "PT"),
 E(PC, "public_body", "CO"), E(CSB, "cluster", "CO"), E("Bogotá", "place", "CO"),
 E(CCB, "public_body", "CO"),
 E(ST, "company", "CO"), E(KH, "company", "NL"),
 E(JF, "person", "ES"), E("Catalonia", "place", "ES"),
 E(UDEA, "university", "CO"), E(EAFIT, "university", "CO"), E(DS, "project"),
 E(MIN, "public_body", "CO", "Minciencias"), E(LMR, "person", "CO"),
 E("Horizon Europe", "programme"),
 E(HACK, "event", "CO"), E("MediAndes Labs", "company", "CO"),
 E("Cartagena", "place", "CO"), E(HLTH, "event", "NL"), E("Amsterdam", "place", "NL"),
],
relations=[
 R(CF, "located_in", "Medellín"), R(RN, "organized", CF), R(CSDA, "organized", CF),
 R(EEN, "organized", CF),
 R(RN, "located_in", "Medellín"), R(CSDA, "located_in", "Antioquia"),
 R(CRV, "works_for", RN), R(AFG, "works_for", CSDA),
 R(CRV, "participated_in", CF), R(AFG, "participated_in", CF),
 *[R(o, "participated_in", CF) for o in (BC, HVN, MPR, "Business France", HCP, PC, CSB, CCB)],
 R(BC, "located_in", "Barcelona"), R(BC, "located_in", "Catalonia"),
 R(HVN, "located_in", "Nijmegen"), R(HCP, "located_in", "Porto"), R(CSB, "located_in", "Bogotá"),
 R(ST, "partner_of", KH), R(ST, "located_in", "Medellín"), R(KH, "located_in", "Nijmegen"),
 R(ST, "participated_in", CF), R(KH, "participated_in", CF),
 R(CSDA, "partner_of", BC),
 R(JF, "works_for", BC), R(JF, "participated_in", CF),
 R(DS, "funded_by", MIN),
 R(UDEA, "consortium_member_of", DS), R(EAFIT, "consortium_member_of", DS),
 R(UDEA, "participated_in", CF), R(EAFIT, "participated_in", CF),
 R(LMR, "works_for", UDEA), R(LMR, "leads", DS), R(LMR, "participated_in", CF),
 R(EAFIT, "organized", HACK), R(RN, "organized", HACK),
 R("MediAndes Labs", "participated_in", HACK), R("MediAndes Labs", "located_in", "Medellín"),
 R(RN, "participated_in", HLTH), R(CSDA, "participated_in", HLTH), R(PC, "participated_in", HLTH),
 R(HLTH, "located_in", "Amsterdam"),
])

# --- newsletter: Durban Automotive Cluster (South Africa) ------------------------
DAC = "Durban Automotive Cluster"
ACOD = "Automotive Cluster Ostdeutschland"
GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
TSAM = "Toyota South Africa Motors"
EVS = "EV-SKILLS KZN"
BMZ = "Federal Ministry for Economic Cooperation and Development"
MUT = "Mangosuthu University of Technology"
DUT = "Durban University of Technology"
AJ = "Automechanika Johannesburg 2024"
TIKZN = "Trade & Investment KwaZulu-Natal"
HC = "Hammarsdale Castings"
DTIC = "Department of Trade, Industry and Competition"
AIDC = "Automotive Industry Development Centre"
ASCCI = "Automotive Supply Chain Competitiveness Initiative"
IAA = "IAA Transportation 2024"
DSD = "DAC Supplier Day"
CAT = "Cluster Automobile de Tanger"
DAC_MEMBERS = (("Umgeni Precision Components", "Pinetown"), ("Zululand Polymers", "Richards Bay"),
               ("Msunduzi Wiring Systems", "Pietermaritzburg"))
GOLD["durban-automotive-cluster-newsletter-2024.md"] = dict(
entities=[
 E(DAC, "cluster", "ZA", "DAC"), E("KwaZulu-Natal", "place", "ZA"), E("Johannesburg", "place", "ZA"),
 E("Thandeka Mkhize", "person", "ZA"), E(ACOD, "cluster", "DE", "ACOD"), E("Leipzig", "place", "DE"),
 E("Durban", "place", "ZA"), E("Pietermaritzburg", "place", "ZA"),
 E("Southern African-German Chamber of Commerce and Industry", "public_body", "ZA"),
 E(GIZ, "public_body", "DE", "GIZ"), E(TSAM, "company", "ZA"), E("Prospecton", "place", "ZA"),
 *[E(c, "company", "ZA") for c, _ in DAC_MEMBERS],
 E("Pinetown", "place", "ZA"), E("Richards Bay", "place", "ZA"),
 E("Sipho Ndlovu", "person", "ZA"), E("Anke Vogel", "person", "DE", "Vogel"),
 E(EVS, "project"), E("develoPPP", "programme", "DE"),
 E(BMZ, "public_body", "DE", "BMZ", "German Federal Ministry for Economic Cooperation and Development"),
 E(MUT, "university", "ZA", "MUT"), E(DUT, "university", "ZA"), E("Umlazi", "place", "ZA"),
 E(AJ, "event", "ZA"), E(TIKZN, "public_body", "ZA", "TIKZN"),
 E(HC, "company", "ZA"), E("Hammarsdale", "place", "ZA"),
 E("Lwazi Dlamini", "person", "ZA"), E(DTIC, "public_body", "ZA", "dtic"),
 E(AIDC, "public_body", "ZA", "AIDC"), E("Rosslyn", "place", "ZA"),
 E(ASCCI, "network", "ZA", "ASCCI"),
 E(IAA, "event", "DE"), E("Hanover", "place", "DE"),
 E(DSD, "event", "ZA"), E("eThekwini Municipality", "public_body", "ZA"),
 E("Nomvula Zulu", "person", "ZA"),
 E(CAT, "cluster", "MA", "CAT"), E("Tangier", "place", "MA"),
 E("African Continental Free Trade Area Secretariat", "public_body", None, "AfCFTA Secretariat"),
],
relations=[
 R(DAC, "located_in", "Durban"), R(DAC, "located_in", "KwaZulu-Natal"),
 R("Thandeka Mkhize", "works_for", DAC),
 R(ACOD, "located_in", "Leipzig"), R(DAC, "partner_of", ACOD),
 R(ACOD, "met_with", TSAM), *[R(ACOD, "met_with", c) for c, _ in DAC_MEMBERS],
 R(TSAM, "located_in", "Prospecton"),
 *[R(c, "member_of", DAC) for c, _ in DAC_MEMBERS],
 *[R(c, "located_in", t) for c, t in DAC_MEMBERS],
 R("Sipho Ndlovu", "works_for", DAC), R("Anke Vogel", "works_for", ACOD),
 R(EVS, "funded_by", "develoPPP"), R(EVS, "funded_by", BMZ), R(DAC, "leads", EVS),
 *[R(o, "consortium_member_of", EVS) for o in (DAC, ACOD, MUT, DUT)],
 R(MUT, "located_in", "Umlazi"),
 R(AJ, "located_in", "Johannesburg"), R(DAC, "participated_in", AJ), R(TIKZN, "participated_in", AJ),
 R("Zululand Polymers", "participated_in", AJ), R(HC, "participated_in", AJ),
 R(HC, "member_of", DAC), R(HC, "located_in", "Hammarsdale"),
 R("Lwazi Dlamini", "participated_in", AJ), R("Lwazi Dlamini", "works_for", DTIC),
 R(DAC, "met_with", AIDC), R(AIDC, "located_in", "Rosslyn"), R(AIDC, "participated_in", AJ),
 R(ASCCI, "funded_by", DTIC), R(DAC, "member_of", ASCCI),
 R(IAA, "located_in", "Hanover"), R(ACOD, "participated_in", IAA),
 R(DAC, "organized", DSD), R("eThekwini Municipality", "organized", DSD), R(DSD, "located_in", "Durban"),
 R("Nomvula Zulu", "works_for", TSAM), R("Nomvula Zulu", "participated_in", DSD),
 R(CAT, "located_in", "Tangier"),
])

# --- event news: European pavilion at SEMICON Southeast Asia ---------------------
SSEA = "SEMICON Southeast Asia 2024"
SS = "Silicon Saxony"
MSIA = "Malaysia Semiconductor Industry Association"
MINA = "Minalogic"
HHT = "Holland High Tech"
EWS = "Elbflorenz Wafer Services"
ISP = "Isère Photonique SAS"
BL = "Brabant Lithoparts B.V."
MD = "EU-ASEAN Semiconductor Matchmaking Day"
EABC = "EU-ASEAN Business Council"
MIDA = "Malaysian Investment Development Authority"
PDC = "Penang Development Corporation"
PWT = "Penang Wafer Test Sdn Bhd"
KP = "Kulim Photonics Sdn Bhd"
IME = "Institute of Microelectronics"
USM = "Universiti Sains Malaysia"
TUD = "Dresden University of Technology"
SC = "SEA-CHIPS"
HUST = "Hanoi University of Science and Technology"
CREST = "Collaborative Research in Engineering, Science and Technology Centre"
SE24 = "SEMICON Europa 2024"
NAR = "Nurul Aisyah Rahman"
GOLD["semicon-southeast-asia-european-pavilion-2024.txt"] = dict(
entities=[
 E(SSEA, "event", "MY"), E("Kuala Lumpur", "place", "MY"),
 E(SS, "cluster", "DE"), E("SEMI", "network"), E(MSIA, "network", "MY", "MSIA"),
 E("Dresden", "place", "DE"), E(EWS, "company", "DE"),
 E(MINA, "cluster", "FR"), E("Grenoble", "place", "FR"), E(ISP, "company", "FR", "Isère Photonique"),
 E(HHT, "network", "NL"), E("The Hague", "place", "NL"),
 E(BL, "company", "NL", "Brabant Lithoparts"), E("Eindhoven", "place", "NL"),
 E("Katrin Hoffmann", "person", "DE"),
 E(MD, "event", "MY"), E(EABC, "network"),
 E(MIDA, "public_body", "MY", "MIDA"), E(PDC, "public_body", "MY", "PDC"),
 E(PWT, "company", "MY"), E("Bayan Lepas", "place", "MY"),
 E(KP, "company", "MY"), E("Kulim", "place", "MY"),
 E(IME, "research_org", "SG", "IME"), E("A*STAR", "public_body", "SG"),
 E("Lim Wei Keat", "person", "MY"), E("George Town", "place", "MY"), E("Penang", "place", "MY"),
 E(NAR, "person", "MY"),
 E(USM, "university", "MY", "USM"), E(TUD, "university", "DE", "TU Dresden"),
 E(SC, "project"), E("Erasmus+", "programme"),
 E(HUST, "university", "VN"), E(CREST, "research_org", "MY", "CREST"), E("Hanoi", "place", "VN"),
 E(SE24, "event", "DE"), E("Munich", "place", "DE"), E("Saxony", "place", "DE"),
],
relations=[
 R(SSEA, "located_in", "Kuala Lumpur"), R("SEMI", "organized", SSEA), R(MSIA, "organized", SSEA),
 R(SS, "located_in", "Dresden"), R(SS, "located_in", "Saxony"),
 *[R(o, "participated_in", SSEA) for o in (SS, MINA, HHT, EWS, ISP, BL)],
 R(EWS, "member_of", SS), R(ISP, "member_of", MINA), R(BL, "member_of", HHT),
 R(MINA, "located_in", "Grenoble"), R(HHT, "located_in", "The Hague"), R(BL, "located_in", "Eindhoven"),
 R("Katrin Hoffmann", "works_for", SS),
 R(SS, "organized", MD), R(EABC, "organized", MD), R(MD, "located_in", "Kuala Lumpur"),
 R(MIDA, "participated_in", MD), R(PDC, "participated_in", MD),
 R(EWS, "partner_of", PWT), R(PWT, "located_in", "Bayan Lepas"),
 R(ISP, "partner_of", KP), R(KP, "located_in", "Kulim"),
 R(BL, "met_with", IME),
 *[R(o, "participated_in", MD) for o in (EWS, PWT, ISP, KP, BL)],
 R("Lim Wei Keat", "works_for", PDC),
 R(NAR, "works_for", MSIA), R(NAR, "participated_in", SSEA),
 R(USM, "participated_in", SSEA), R(TUD, "participated_in", SSEA),
 R(SC, "funded_by", "Erasmus+"), R(TUD, "leads", SC),
 *[R(o, "consortium_member_of", SC) for o in (TUD, USM, HUST, MINA, CREST)],
 R(CREST, "located_in", "Penang"),
 R(SE24, "located_in", "Munich"), R(SS, "participated_in", SE24),
])

# --- annual-report chapter: Montréal InVivo (Canada) -----------------------------
MIV = "Montréal InVivo"
MEIE = "Ministère de l'Économie, de l'Innovation et de l'Énergie du Québec"
CGB = "Consulate General of Canada in Boston"
QNE = "Québec-New England Life Sciences Breakfast"
BE23 = "BIO-Europe 2023"
FB = "flanders.bio"
NQT = "NeuroQuébec Thérapeutiques"
PHB = "Pharmabec Inc."
IG = "Isabelle Gagnon"
FLAQ = "FLAQ-AI"
FRQ = "Fonds de recherche du Québec"
MILA = "Mila - Quebec Artificial Intelligence Institute"
MAT = "Marc-André Tremblay"
MCS = "Mexico-Canada Health Innovation Summit"
FIV = "Forum InVivo 2024"
LINKJ = "Life Science Innovation Network Japan"
CJR = "Canada-Japan Life Sciences Roundtable"
GOLD["montreal-invivo-annual-report-international-2024.md"] = dict(
entities=[
 E(MIV, "cluster", "CA"), E("Greater Montréal", "place", "CA"),
 E("Investissement Québec International", "public_body", "CA", "IQI"),
 E("Canadian Trade Commissioner Service", "public_body", "CA"),
 E(BIO, "event", "US", "BIO 2023"), E("Boston", "place", "US"),
 E(MEIE, "public_body", "CA", "MEIE"), E(CGB, "public_body", "CA"), E(QNE, "event", "US"),
 E(BE23, "event", "DE", "BIO-Europe"), E("Munich", "place", "DE"),
 E("BioM", "cluster", "DE"), E(FB, "network", "BE"),
 E(NQT, "company", "CA"), E("Laval", "place", "CA"), E(PHB, "company", "CA"), E("Montréal", "place", "CA"),
 E("Flanders", "place", "BE"), E(IG, "person", "CA"), E("Willem Van den Broeck", "person", "BE"),
 E(FLAQ, "project"), E(FRQ, "public_body", "CA", "FRQ"), E("VLAIO", "public_body", "BE"),
 E(MILA, "research_org", "CA", "Mila"), E("Ghent University", "university", "BE"),
 E("VIB", "research_org", "BE"), E("Valence Biodonnées", "company", "CA"),
 E("Québec", "place", "CA"), E(MAT, "person", "CA"), E("Mexico City", "place", "MX"),
 E(MCS, "event", "MX"), E("Canadian Embassy in Mexico", "public_body", "CA"),
 E("AMIIF", "network", "MX"),
 E(FIV, "event", "CA", "Forum InVivo"), E("Eurobiomed", "cluster", "FR"),
 E(LINKJ, "network", "JP", "LINK-J"), E("Tokyo", "place", "JP"), E(CJR, "event", "CA"),
 E(JETRO, "public_body", "JP", "JETRO"), E("Hiroko Sato", "person", "JP"),
 E("Canada's Life Sciences Clusters Network", "network", "CA", "CLSCN"),
 E("Council of European BioRegions", "network", None, "CEBR"),
],
relations=[
 R(MIV, "located_in", "Greater Montréal"),
 R(BIO, "located_in", "Boston"), R(MIV, "participated_in", BIO), R(MEIE, "participated_in", BIO),
 R(MIV, "organized", QNE), R(CGB, "organized", QNE), R(QNE, "located_in", "Boston"),
 R(BE23, "located_in", "Munich"), R(MIV, "participated_in", BE23),
 R(MIV, "met_with", "BioM"), R(MIV, "met_with", FB),
 R("BioM", "participated_in", BE23), R(FB, "participated_in", BE23),
 R(NQT, "participated_in", BE23), R(PHB, "participated_in", BE23),
 R(NQT, "located_in", "Laval"), R(PHB, "located_in", "Montréal"),
 R(MIV, "partner_of", FB), R(FB, "located_in", "Flanders"),
 R(IG, "works_for", MIV), R("Willem Van den Broeck", "works_for", FB),
 R(FLAQ, "funded_by", FRQ), R(FLAQ, "funded_by", "VLAIO"), R(MILA, "leads", FLAQ),
 *[R(o, "consortium_member_of", FLAQ) for o in (MILA, "Ghent University", "VIB", "Valence Biodonnées")],
 R("Valence Biodonnées", "located_in", "Montréal"),
 R(MAT, "works_for", MIV), R(MAT, "participated_in", MCS), R(MIV, "participated_in", MCS),
 R(MCS, "located_in", "Mexico City"),
 R("Canadian Embassy in Mexico", "organized", MCS), R("AMIIF", "organized", MCS),
 R(FIV, "located_in", "Montréal"), R(MIV, "organized", FIV),
 *[R(o, "participated_in", FIV) for o in ("Eurobiomed", "BioM", LINKJ)],
 R(LINKJ, "located_in", "Tokyo"),
 R(MIV, "organized", CJR), R(LINKJ, "organized", CJR), R(JETRO, "organized", CJR),
 R(CJR, "located_in", "Montréal"),
 R("Hiroko Sato", "works_for", LINKJ),
 R(MIV, "member_of", "Canada's Life Sciences Clusters Network"),
 R(MIV, "member_of", "Council of European BioRegions"),
])


def check(name, gold):
    assert (DOCS / name).is_file(), f"missing document {name}"
    types = {}
    for e in gold["entities"]:
        assert e["name"] not in types, f"{name}: duplicate entity {e['name']}"
        assert e["type"] in TYPES, f"{name}: bad type {e['type']} for {e['name']}"
        assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), e
        types[e["name"]] = e["type"]
    forms = [f.casefold() for e in gold["entities"] for f in [e["name"], *e["aliases"]]]
    dup_forms = {f for f in forms if forms.count(f) > 1}
    assert not dup_forms, f"{name}: a name or alias is used twice: {dup_forms}"
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert p in ALLOWED, f"{name}: bad predicate {p}"
        assert s in types, f"{name}: undeclared subject {s}"
        assert o in types, f"{name}: undeclared object {o}"
        st, ot = ALLOWED[p]
        assert types[s] in st and types[o] in ot, f"{name}: {types[s]} {p} {types[o]} ({s} -> {o})"
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, f"{name}: duplicate relation {s} {p} {o}"
        seen.add(key)
    assert 25 <= len(gold["entities"]) <= 45, f"{name}: {len(gold['entities'])} entities"
    assert 25 <= len(gold["relations"]) <= 50, f"{name}: {len(gold['relations'])} relations"


assert len(GOLD) == 8
for name, gold in GOLD.items():
    check(name, gold)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
