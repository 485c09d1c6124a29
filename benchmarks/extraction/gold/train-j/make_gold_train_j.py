"""Hand annotations of the `train-j` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-j/make_gold_train_j.py

Eight documents on Southern Europe and the Mediterranean (agri-food, wine,
ports and logistics, tourism technology, pharma), in
`benchmarks/extraction/docs/train-j/`. Same rules as make_gold.py (README,
"Documents and gold"), written by a separate annotator who did not see the
pipeline or the other sets. Planned participations and planned consortia
stated as agreed ("will share a stand", "MEDPORT-LINK will be led by ...")
are annotated like past ones; the relation's date and status carry the
difference. Co-exhibiting on a shared stand or pavilion is annotated as
`partner_of` (kind co-promotion).

The script checks that every relation end is a declared entity name and that
each relation's subject/object types are the ones DOMAIN.md allows.
"""

import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


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
    "funded_by": ({"project", "network"}, {"programme"} | ORG),
    "located_in": (ORG | {"event"}, {"place"}),
    "works_for": ({"person"}, ORG),
}

GOLD = {}

# --- annual-report chapter: Portuguese agri-food cluster ------------------------
PF = "PortugalFoods"
AICEP = "AICEP Portugal Global"
CLAN = "Cluster Agrifood Nazionale"
FI = "Food+i"
ELGO = "ELGO-DIMITRA"
UCP = "Universidade Católica Portuguesa"
CNR = "Consiglio Nazionale delle Ricerche"
MF = "MEDFIBRE"
SK = "SKILLFOOD MED"
IPV = "Polytechnic Institute of Viseu"
MCAST = "Malta College of Arts, Science and Technology"
GOLD["portugalfoods-going-global-2023.txt"] = dict(
entities=[
 E(PF, "cluster", "PT"), E("Porto", "place", "PT"),
 E("Gulfood", "event", "AE"), E("Dubai", "place", "AE"),
 E(AICEP, "public_body", "PT", "AICEP", "Agency for Investment and Foreign Trade of Portugal"),
 E("Matosinhos", "place", "PT"), E("Conservas Atlântico", "company", "PT"),
 E("Lagar do Sobral", "company", "PT"), E("Alentejo", "place", "PT"),
 E("Alimentaria", "event", "ES"), E("Barcelona", "place", "ES"),
 E("SIAL Paris", "event", "FR"), E("Carrefour", "company", "FR"), E("Mercadona", "company", "ES"),
 E("Portugal Food Buyers Week", "event", "PT"),
 E("Norte", "place", "PT"), E("Centro", "place", "PT"),
 E(CLAN, "cluster", "IT", "CL.A.N."), E("Rome", "place", "IT"),
 E("TUTTOFOOD", "event", "IT"), E("Milan", "place", "IT"),
 E(FI, "cluster", "ES"), E("Ebro Valley", "place", "ES"), E("Tudela", "place", "ES"),
 E("Navarra", "place", "ES"),
 E("Rui Teixeira", "person", "PT"), E("Thessaloniki", "place", "GR"),
 E(ELGO, "research_org", "GR", "Hellenic Agricultural Organisation"),
 E(MF, "project"), E("Horizon Europe", "programme"), E(UCP, "university", "PT"),
 E(CNR, "research_org", "IT", "CNR"), E("Fibranova", "company", "PT"), E("Lisbon", "place", "PT"),
 E(SK, "project"), E("Erasmus+", "programme", None, "Erasmus+ programme"),
 E(IPV, "university", "PT"), E(MCAST, "university", "MT", "MCAST"),
 E("EIT Food", "network"),
 E("European Institute of Innovation and Technology", "public_body", None, "EIT"),
 E("Enterprise Europe Network", "network", None, "EEN"),
 E("Paris", "place", "FR"),
 E("Amélia Carvalho", "person", "PT"),
],
relations=[
 R(PF, "located_in", "Porto"),
 R(PF, "participated_in", "Gulfood"), R(AICEP, "participated_in", "Gulfood"),
 R("Gulfood", "located_in", "Dubai"), R(PF, "partner_of", AICEP),
 R("Conservas Atlântico", "participated_in", "Gulfood"), R("Lagar do Sobral", "participated_in", "Gulfood"),
 R("Conservas Atlântico", "member_of", PF), R("Lagar do Sobral", "member_of", PF),
 R("Conservas Atlântico", "located_in", "Matosinhos"), R("Lagar do Sobral", "located_in", "Alentejo"),
 R(PF, "participated_in", "Alimentaria"), R(AICEP, "participated_in", "Alimentaria"),
 R("Alimentaria", "located_in", "Barcelona"),
 R(PF, "participated_in", "SIAL Paris"),
 R(PF, "met_with", "Carrefour"), R(PF, "met_with", "Mercadona"),
 R("Carrefour", "participated_in", "SIAL Paris"), R("Mercadona", "participated_in", "SIAL Paris"),
 R(PF, "organized", "Portugal Food Buyers Week"), R("Portugal Food Buyers Week", "located_in", "Porto"),
 R(PF, "partner_of", CLAN), R(CLAN, "located_in", "Rome"),
 R(PF, "participated_in", "TUTTOFOOD"), R(CLAN, "participated_in", "TUTTOFOOD"),
 R("TUTTOFOOD", "located_in", "Milan"),
 R(PF, "partner_of", FI), R(FI, "located_in", "Ebro Valley"), R(FI, "located_in", "Tudela"),
 R(FI, "located_in", "Navarra"),
 R("Rui Teixeira", "works_for", PF), R(PF, "partner_of", ELGO), R(ELGO, "located_in", "Thessaloniki"),
 R(MF, "funded_by", "Horizon Europe"), R(UCP, "leads", MF),
 *[R(o, "consortium_member_of", MF) for o in (UCP, PF, FI, ELGO, CNR, "Fibranova")],
 R("Fibranova", "located_in", "Lisbon"),
 R(SK, "funded_by", "Erasmus+"), R(PF, "leads", SK),
 *[R(o, "consortium_member_of", SK) for o in (PF, CLAN, IPV, MCAST)],
 R(PF, "member_of", "EIT Food"),
 R("EIT Food", "funded_by", "European Institute of Innovation and Technology"),
 R(PF, "member_of", "Enterprise Europe Network"),
 R("Amélia Carvalho", "works_for", PF),
])

# --- press release: port logistics MoU, Valencia and Tunisia ---------------------
FV = "Fundación Valenciaport"
OMMP = "Office de la Marine Marchande et des Ports"
SIL = "SIL Barcelona"
CZFB = "Consorci de la Zona Franca de Barcelona"
ICEX = "ICEX España Exportación e Inversiones"
CTE = "Chambre Tuniso-Espagnole de Commerce et d'Industrie"
APV = "Port Authority of Valencia"
ADSP = "Autorità di Sistema Portuale del Mare di Sicilia Occidentale"
ML = "MEDPORT-LINK"
CML = "CO-MED LOG"
VTLF = "Valencia–Tunisia Logistics Forum"
GOLD["valenciaport-tunisia-logistics-mou-2024.md"] = dict(
entities=[
 E(FV, "research_org", "ES", "Valenciaport"), E(OMMP, "public_body", "TN", "OMMP"),
 E(SIL, "event", "ES", "Salón Internacional de la Logística"), E("Barcelona", "place", "ES"),
 E(CZFB, "public_body", "ES", "CZFB"), E(ICEX, "public_body", "ES", "ICEX"),
 E(CTE, "public_body", "TN", "Chambre Tuniso-Espagnole"),
 E("Valencia", "place", "ES"), E("Radès", "place", "TN"), E("Sfax", "place", "TN"),
 E("Grupo Romeu", "company", "ES"), E("Dattes Kebili", "company", "TN"),
 E("Interreg NEXT MED", "programme", None, "Interreg NEXT MED programme"),
 E(ML, "project"),
 E(APV, "public_body", "ES", "Autoritat Portuària de València", "APV"),
 E("Transport Malta", "public_body", "MT"), E(ADSP, "public_body", "IT"),
 E("Palermo", "place", "IT"),
 E(CML, "project"), E("ENI CBC Med", "programme", None, "ENI CBC Med programme"),
 E("University of Sfax", "university", "TN"),
 E("Lucía Ferrer", "person", "ES"), E("Karim Ben Salah", "person", "TN"),
 E("Tunis", "place", "TN"), E(VTLF, "event", "TN"),
 E("Cámara Valencia", "public_body", "ES", "Valencia Chamber of Commerce"),
 E("Alliance for Logistics Innovation through Collaboration in Europe", "network", None, "ALICE"),
 E("MEDports Association", "network"),
],
relations=[
 R(FV, "partner_of", OMMP), R(FV, "participated_in", SIL), R(OMMP, "participated_in", SIL),
 R(CZFB, "organized", SIL), R(SIL, "located_in", "Barcelona"),
 R(ICEX, "participated_in", SIL), R(CTE, "participated_in", SIL),
 R("Dattes Kebili", "located_in", "Sfax"),
 R(ML, "funded_by", "Interreg NEXT MED"), R(FV, "leads", ML),
 *[R(o, "consortium_member_of", ML) for o in (FV, OMMP, APV, "Transport Malta", ADSP)],
 R(ADSP, "located_in", "Palermo"),
 R(CML, "funded_by", "ENI CBC Med"),
 *[R(o, "consortium_member_of", CML) for o in (FV, OMMP, APV, "University of Sfax")],
 R("Lucía Ferrer", "works_for", FV), R("Karim Ben Salah", "works_for", OMMP),
 R("Cámara Valencia", "organized", VTLF), R(CTE, "organized", VTLF), R(VTLF, "located_in", "Tunis"),
 R(FV, "located_in", "Valencia"),
 R(FV, "member_of", "Alliance for Logistics Innovation through Collaboration in Europe"),
 R(OMMP, "located_in", "Tunis"), R(OMMP, "member_of", "MEDports Association"),
 R(APV, "member_of", "MEDports Association"),
])

# --- HTML news: Tuscan life sciences mission to Türkiye --------------------------
TLS = "Toscana Life Sciences"
ITA = "Italian Trade Agency"
FORUM = "Italy–Türkiye Life Sciences Business Forum"
CGI = "Italian Consulate General in Istanbul"
TPI = "Teknopark İstanbul"
TITCK = "Turkish Medicines and Medical Devices Agency"
OMC = "OSTİM Medical Industry Cluster"
TLSD = "Tuscany Life Sciences Days"
TP = "TRUST-PLASMA"
DELEG = (("Menarini", "Florence"), ("Kedrion Biopharma", "Barga"), ("VisMederi", "Siena"),
         ("Exosomics", "Siena"), ("Biofarma Apuana", "Massa"), ("Pisa Medical Devices", "Pisa"),
         ("Genetica Livorno", "Livorno"), ("Arno Digital Health", "Florence"))
GOLD["toscana-life-sciences-turkiye-mission-2024.html"] = dict(
entities=[
 E(TLS, "cluster", "IT", "TLS", "Toscana Life Sciences Foundation"),
 E("Siena", "place", "IT"), E("Istanbul", "place", "TR"), E("Ankara", "place", "TR"),
 E(ITA, "public_body", "IT", "ICE", "ICE Agenzia"), E("Regione Toscana", "public_body", "IT"),
 *[E(c, "company", "IT") for c, _ in DELEG],
 E("Florence", "place", "IT"), E("Barga", "place", "IT"), E("Massa", "place", "IT"),
 E("Pisa", "place", "IT"), E("Livorno", "place", "IT"),
 E(CGI, "public_body", "IT"), E(FORUM, "event", "TR"),
 E("Abdi İbrahim", "company", "TR"), E("Deva Holding", "company", "TR"), E("Esenyurt", "place", "TR"),
 E(TPI, "cluster", "TR"), E("Pendik", "place", "TR"),
 E("Chiara Bellini", "person", "IT"), E("Tuscany", "place", "IT"),
 E("Emre Yıldız", "person", "TR"),
 E(TITCK, "public_body", "TR", "Türkiye İlaç ve Tıbbi Cihaz Kurumu", "TİTCK"),
 E("Italian Embassy in Ankara", "public_body", "IT"),
 E("OSTİM", "place", "TR"), E(OMC, "cluster", "TR", "OSTİM Medikal Kümesi"),
 E(TLSD, "event", "IT"), E("Expomed Eurasia", "event", "TR"),
 E("Horizon Europe", "programme"), E(TP, "project"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("ALISEI", "network", "IT"),
],
relations=[
 R(TLS, "located_in", "Siena"), R(TLS, "partner_of", ITA),
 *[R(c, "member_of", TLS) for c, _ in DELEG],
 *[R(c, "located_in", t) for c, t in DELEG],
 R(ITA, "organized", FORUM), R(CGI, "organized", FORUM), R(FORUM, "located_in", "Istanbul"),
 R(CGI, "located_in", "Istanbul"),
 R(TLS, "participated_in", FORUM), *[R(c, "participated_in", FORUM) for c, _ in DELEG],
 R("Abdi İbrahim", "participated_in", FORUM), R("Deva Holding", "participated_in", FORUM),
 R(TLS, "met_with", "Abdi İbrahim"), R(TLS, "met_with", "Deva Holding"),
 R("Abdi İbrahim", "located_in", "Esenyurt"),
 R(TLS, "partner_of", TPI), R(TPI, "located_in", "Pendik"),
 R("Chiara Bellini", "works_for", TLS), R("Emre Yıldız", "works_for", TPI),
 R(TLS, "met_with", TITCK), R("Italian Embassy in Ankara", "met_with", TITCK),
 R("Italian Embassy in Ankara", "located_in", "Ankara"),
 R(OMC, "located_in", "OSTİM"), R(TLS, "partner_of", OMC),
 R(OMC, "participated_in", TLSD), R(TLS, "organized", TLSD), R(TLSD, "located_in", "Florence"),
 R("Biofarma Apuana", "participated_in", "Expomed Eurasia"), R(ITA, "participated_in", "Expomed Eurasia"),
 R("Expomed Eurasia", "located_in", "Istanbul"),
 R(TP, "funded_by", "Horizon Europe"),
 *[R(o, "consortium_member_of", TP) for o in (TLS, "Kedrion Biopharma", TPI)],
 R(TLS, "member_of", "Council of European BioRegions"), R(TLS, "member_of", "ALISEI"),
])

# --- project news: Interreg Euro-MED wine consortium kick-off ----------------------
INNOVI = "INNOVI – Clúster del Vi de Catalunya"
ADVID = "Associação para o Desenvolvimento da Viticultura Duriense"
CREA = "Consiglio per la ricerca in agricoltura e l'analisi dell'economia agraria"
IPTPO = "Institute of Agriculture and Tourism"
AUA = "Agricultural University of Athens"
CUT = "Cyprus University of Technology"
FEV = "Federación Española del Vino"
HMU = "Hellenic Mediterranean University"
INCAVI = "Institut Català de la Vinya i el Vi"
AREV = "Assembly of European Wine Regions"
IVDP = "Instituto dos Vinhos do Douro e do Porto"
MVA = "MEDVINE-ADAPT"
VF = "Vilafranca del Penedès"
PARTNERS = ((INNOVI, VF), (ADVID, "Vila Real"), (CREA, "Conegliano"), (IPTPO, "Poreč"),
            (AUA, "Athens"), (CUT, "Limassol"), ("Marsovin", "Paola"), (FEV, "Madrid"),
            (HMU, "Heraklion"), (INCAVI, VF))
GOLD["medvine-adapt-interreg-euro-med-kickoff-2024.md"] = dict(
entities=[
 E(MVA, "project", None, "Adapting Mediterranean Vineyards and Wineries to Climate Change"),
 E(INNOVI, "cluster", "ES", "INNOVI", "Clúster del Vi de Catalunya"),
 E("Poreč", "place", "HR"), E("Istria", "place", "HR"),
 E("Interreg Euro-MED", "programme", None, "Interreg Euro-MED programme"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E(IPTPO, "research_org", "HR", "Institut za poljoprivredu i turizam", "IPTPO"),
 E("Vinistra", "event", "HR"),
 E(VF, "place", "ES"), E("Montserrat Vidal", "person", "ES"),
 E(ADVID, "cluster", "PT", "ADVID"), E("Vila Real", "place", "PT"),
 E(CREA, "research_org", "IT", "CREA"), E("Conegliano", "place", "IT"),
 E(AUA, "university", "GR"), E("Athens", "place", "GR"),
 E(CUT, "university", "CY", "CUT"), E("Limassol", "place", "CY"),
 E("Marsovin", "company", "MT"), E("Paola", "place", "MT"),
 E(FEV, "network", "ES", "FEV"), E("Madrid", "place", "ES"),
 E(HMU, "university", "GR"), E("Heraklion", "place", "GR"),
 E(INCAVI, "public_body", "ES", "INCAVI"),
 E(AREV, "network", None, "AREV"), E(IVDP, "public_body", "PT", "IVDP"),
 E("Penedès", "place", "ES"), E("Douro Valley", "place", "PT"), E("Crete", "place", "GR"),
 E("Gozo", "place", "MT"),
 E("Ivana Kovačević", "person", "HR"),
 E("ProWein", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Spanish Institute for Foreign Trade", "public_body", "ES", "ICEX"),
],
relations=[
 R(MVA, "funded_by", "Interreg Euro-MED"), R(MVA, "funded_by", "European Regional Development Fund"),
 R(INNOVI, "leads", MVA),
 *[R(o, "consortium_member_of", MVA) for o, _ in PARTNERS],
 R(AREV, "consortium_member_of", MVA), R(IVDP, "consortium_member_of", MVA),
 *[R(o, "located_in", t) for o, t in PARTNERS],
 R("Vinistra", "located_in", "Poreč"),
 *[R(o, "participated_in", "Vinistra") for o, _ in PARTNERS],
 R("Montserrat Vidal", "works_for", INNOVI), R("Ivana Kovačević", "works_for", IPTPO),
 R(ADVID, "partner_of", CUT),
 R(INNOVI, "participated_in", "ProWein"), R(FEV, "participated_in", "ProWein"),
 R("Spanish Institute for Foreign Trade", "participated_in", "ProWein"),
 R("ProWein", "located_in", "Düsseldorf"),
])

# --- HTML newsletter: Balearic tourism technology cluster --------------------------
TT = "Clúster d'Innovació Tecnològica en Turisme de les Illes Balears"
ITH = "Instituto Tecnológico Hotelero"
GIB = "Govern de les Illes Balears"
MTA = "Malta Tourism Authority"
TD = "TOURDATA-MED"
UIB = "Universitat de les Illes Balears"
FBK = "Fondazione Bruno Kessler"
CSTI = "Cyprus Sustainable Tourism Initiative"
HCH = "Hellenic Chamber of Hotels"
TICSD = "Tourism Innovation Cluster Split-Dalmatia"
NEC = "Network of European Regions for a Sustainable and Competitive Tourism"
TIS = "Tourism Innovation Summit"
AST = "Andalucía Smart Tourism"
TTD = "Turistec Tech Day"
FITUR_CO = ("Hotelinking", "Tramuntana Data", "Seabookings", "Bluebay Analytics", "Sóller Smart Rooms")
NEW = (("Menorca Reserva Digital", "Maó"), ("Eivissa Mobility", "Ibiza"), ("Pollença Labs", "Pollença"))
TDC = ((UIB, "Palma"), (TT, "Palma"), ("Tech.mt", "Valletta"), (FBK, "Trento"), (CSTI, "Limassol"),
       (HCH, "Athens"), ("Sicindustria", "Palermo"))
GOLD["turistec-newsletter-spring-2024.html"] = dict(
entities=[
 E(TT, "cluster", "ES", "Turistec"), E("Palma", "place", "ES"),
 E("FITUR", "event", "ES"), E("Madrid", "place", "ES"),
 *[E(c, "company", "ES") for c in FITUR_CO],
 E("FiturTechY", "event", "ES"), E(ITH, "research_org", "ES", "ITH"),
 E(GIB, "public_body", "ES"), E("Pere Vicens", "person", "ES"),
 E("Tech.mt", "public_body", "MT"), E("Valletta", "place", "MT"),
 E(MTA, "public_body", "MT", "MTA"), E("Mdina", "place", "MT"),
 E(TD, "project"), E("Digital Europe Programme", "programme"),
 E(UIB, "university", "ES", "UIB"), E(FBK, "research_org", "IT", "FBK"), E("Trento", "place", "IT"),
 E(CSTI, "network", "CY", "CSTI"), E("Limassol", "place", "CY"),
 E(HCH, "public_body", "GR"), E("Athens", "place", "GR"),
 E("Sicindustria", "network", "IT"), E("Palermo", "place", "IT"),
 E("Marta Ramis", "person", "ES"), E("Mallorca", "place", "ES"), E("Crete", "place", "GR"),
 E("ITB Berlin", "event", "DE"), E("Turespaña", "public_body", "ES"),
 E("TUI", "company", "DE"), E(TICSD, "cluster", "HR"),
 E("Interreg Europe", "programme"),
 E(NEC, "network", None, "NECSTouR"), E("Brussels", "place", "BE"),
 E("Balearic Islands", "place", "ES"),
 *[E(c, "company", "ES") for c, _ in NEW], *[E(t, "place", "ES") for _, t in NEW],
 E(TIS, "event", "ES", "TIS"), E("Seville", "place", "ES"),
 E(AST, "cluster", "ES"), E("Andalusia", "place", "ES"),
 E(TTD, "event", "ES"),
],
relations=[
 R(TT, "located_in", "Palma"),
 R(TT, "participated_in", "FITUR"), R("FITUR", "located_in", "Madrid"),
 *[R(c, "member_of", TT) for c in FITUR_CO],
 *[R(c, "participated_in", "FITUR") for c in FITUR_CO],
 *[R(c, "participated_in", "FiturTechY") for c in FITUR_CO[:3]],
 R(ITH, "organized", "FiturTechY"), R(GIB, "participated_in", "FITUR"),
 R("Pere Vicens", "works_for", TT), R("Pere Vicens", "participated_in", "FiturTechY"),
 R("Pere Vicens", "participated_in", "FITUR"),
 R(TT, "met_with", ITH),
 R(TT, "partner_of", "Tech.mt"),
 R(TD, "funded_by", "Digital Europe Programme"), R(UIB, "leads", TD),
 *[R(o, "consortium_member_of", TD) for o, _ in TDC],
 *[R(o, "located_in", t) for o, t in TDC if o != TT],
 R("Marta Ramis", "works_for", UIB),
 R(TT, "participated_in", "ITB Berlin"), R("Turespaña", "participated_in", "ITB Berlin"),
 R("Hotelinking", "participated_in", "ITB Berlin"), R("Bluebay Analytics", "participated_in", "ITB Berlin"),
 R(TT, "met_with", "TUI"), R(TT, "met_with", TICSD),
 R("TUI", "participated_in", "ITB Berlin"), R(TICSD, "participated_in", "ITB Berlin"),
 R(TT, "member_of", NEC), R(NEC, "located_in", "Brussels"),
 *[R(c, "member_of", TT) for c, _ in NEW], *[R(c, "located_in", t) for c, t in NEW],
 R(TT, "participated_in", TIS), R(AST, "participated_in", TIS), R(TIS, "located_in", "Seville"),
 R(TT, "partner_of", AST), R(AST, "located_in", "Andalusia"),
 R(TT, "organized", TTD), R(TTD, "located_in", "Palma"), R("Tech.mt", "participated_in", TTD),
])

# --- member story: Cretan olive-oil mill enters Japan -------------------------------
AFCC = "Agri-Food Cluster of Crete"
ES_ = "Elaia Sitias S.A."
SS = "Sakura Shokuhin K.K."
FJ = "FOODEX Japan"
EG = "Enterprise Greece"
EUJC = "EU-Japan Centre for Industrial Cooperation"
GW = "EU Gateway | Business Avenues"
ECO = "Economic and Commercial Affairs Office of the Greek Embassy in Tokyo"
OJ = "OLIVE JAPAN"
OOSAJ = "Olive Oil Sommelier Association of Japan"
SFH = "Seoul Food & Hotel"
GOLD["cretan-olive-oil-japan-market-entry-2023.txt"] = dict(
entities=[
 E(AFCC, "cluster", "GR", "AFCC"), E("Eleni Papadaki", "person", "GR", "Papadaki"),
 E("Sitia", "place", "GR"), E("Crete", "place", "GR"),
 E(ES_, "company", "GR", "Elaia Sitias"), E("Osaka", "place", "JP"),
 E("Seijo Ishii", "company", "JP"), E("Tokyo", "place", "JP"),
 E(FJ, "event", "JP", "FOODEX"), E("Makuhari Messe", "place", "JP"), E("Chiba", "place", "JP"),
 E(EG, "public_body", "GR"),
 E("Nikos Stavrakakis", "person", "GR", "Stavrakakis"),
 E(SS, "company", "JP", "Sakura Shokuhin"),
 E(GW, "programme", None, "EU Gateway programme", "EU Gateway"),
 E("European Commission", "public_body"),
 E(EUJC, "public_body", None),
 E("Kostas Manousakis", "person", "GR"),
 E(ECO, "public_body", "GR"),
 E(OJ, "event", "JP"), E(OOSAJ, "network", "JP"),
 E(SFH, "event", "KR"), E("Region of Crete", "public_body", "GR"),
 E("ELGO-DIMITRA", "research_org", "GR", "Hellenic Agricultural Organisation"),
 E("Heraklion Chamber of Commerce and Industry", "public_body", "GR"),
 E("Heraklion", "place", "GR"),
 E("European Cluster Collaboration Platform", "network"),
],
relations=[
 R("Eleni Papadaki", "works_for", ES_), R(ES_, "located_in", "Sitia"),
 R("Seijo Ishii", "located_in", "Tokyo"),
 R(ES_, "member_of", AFCC),
 R(AFCC, "participated_in", FJ), R(ES_, "participated_in", FJ), R(EG, "participated_in", FJ),
 R(SS, "participated_in", FJ),
 R(FJ, "located_in", "Makuhari Messe"), R(FJ, "located_in", "Chiba"),
 R("Nikos Stavrakakis", "works_for", ES_),
 R(SS, "located_in", "Osaka"),
 R(ES_, "met_with", SS), R(ES_, "met_with", "Seijo Ishii"),
 R("Kostas Manousakis", "works_for", AFCC),
 R(ECO, "located_in", "Tokyo"),
 R(ES_, "partner_of", SS),
 R(ES_, "participated_in", OJ), R(OOSAJ, "organized", OJ), R(OJ, "located_in", "Tokyo"),
 R(AFCC, "participated_in", SFH), R(ES_, "participated_in", SFH),
 R(AFCC, "located_in", "Heraklion"), R(AFCC, "member_of", "European Cluster Collaboration Platform"),
])

# --- investor news: Tunisian agri-food technopole soft landing -----------------------
PCB = "Pôle de Compétitivité de Bizerte"
OS = "Oleificio Sanfelice"
ANL = "AgroNutri Levante"
TIA = "Tunisia Investment Authority"
CCITI = "Camera di Commercio Italo-Tunisina"
CCM = "Cámara de Comercio de Murcia"
APII = "Agence de Promotion de l'Industrie et de l'Innovation"
BAID = "Bizerte Agri-Food Investment Day"
SM = "SOFTLAND-MED"
DPAS = "Distretto Produttivo Agrumi di Sicilia"
INAT = "Institut National Agronomique de Tunisie"
LAND = ((OS, "Bari"), (ANL, "Murcia"), ("Frutalgarve", "Faro"))
GOLD["bizerte-agrifood-soft-landing-2024.md"] = dict(
entities=[
 E(PCB, "cluster", "TN", "PCB"), E("Bizerte", "place", "TN"),
 E(OS, "company", "IT"), E("Bari", "place", "IT"),
 E(ANL, "company", "ES"), E("Murcia", "place", "ES"),
 E("Frutalgarve", "company", "PT"), E("Faro", "place", "PT"),
 E("Giuseppe Lorusso", "person", "IT"), E("Apulia", "place", "IT"),
 E("SIAMAP", "event", "TN"), E("Tunis", "place", "TN"),
 E(TIA, "public_body", "TN", "TIA"), E("PortugalFoods", "cluster", "PT"),
 E(CCITI, "public_body", "TN", "CCITI"), E(CCM, "public_body", "ES"),
 E("Leïla Hammami", "person", "TN", "Hammami"), E("Sami Trabelsi", "person", "TN"),
 E(BAID, "event", "TN"), E(APII, "public_body", "TN", "APII"),
 E("Italian Trade Agency", "public_body", "IT", "ICE"),
 E(SM, "project"), E("Interreg NEXT Italia-Tunisia", "programme", None, "Interreg NEXT Italia-Tunisia programme"),
 E("Strait of Sicily", "place"),
 E(DPAS, "cluster", "IT", "Distretto"), E("Catania", "place", "IT"),
 E("University of Palermo", "university", "IT"), E("Palermo", "place", "IT"),
 E(INAT, "university", "TN", "INAT"), E("Sicindustria", "network", "IT"),
 E("Menzel Abderrahmane", "place", "TN"), E("Institut de l'Olivier", "research_org", "TN"),
 E("TCI Network", "network"),
],
relations=[
 R(PCB, "located_in", "Bizerte"), R(PCB, "located_in", "Menzel Abderrahmane"),
 *[R(c, "located_in", t) for c, t in LAND], *[R(c, "located_in", "Bizerte") for c, _ in LAND],
 R("Giuseppe Lorusso", "works_for", OS),
 R(ANL, "met_with", PCB), R(ANL, "participated_in", "SIAMAP"), R(PCB, "participated_in", "SIAMAP"),
 R(TIA, "participated_in", "SIAMAP"), R("SIAMAP", "located_in", "Tunis"), R(PCB, "partner_of", TIA),
 R("Frutalgarve", "member_of", "PortugalFoods"),
 R(CCITI, "located_in", "Tunis"), R(CCITI, "partner_of", PCB), R(CCM, "partner_of", PCB),
 R("PortugalFoods", "partner_of", PCB),
 R("Leïla Hammami", "works_for", PCB), R("Sami Trabelsi", "works_for", PCB),
 R(PCB, "organized", BAID), R(TIA, "participated_in", BAID), R(APII, "participated_in", BAID),
 R("Italian Trade Agency", "participated_in", BAID),
 *[R(c, "participated_in", BAID) for c, _ in LAND], R("Leïla Hammami", "participated_in", BAID),
 R(SM, "funded_by", "Interreg NEXT Italia-Tunisia"), R(PCB, "leads", SM),
 *[R(o, "consortium_member_of", SM) for o in (PCB, DPAS, "University of Palermo", INAT, "Sicindustria")],
 R(DPAS, "located_in", "Catania"), R("University of Palermo", "located_in", "Palermo"),
 R(INAT, "located_in", "Tunis"), R("Sicindustria", "located_in", "Palermo"),
 R(PCB, "partner_of", INAT), R(PCB, "partner_of", "Institut de l'Olivier"),
 R(PCB, "member_of", "TCI Network"),
])

# --- press release: Emilia-Romagna agri-food cluster at Cibus -------------------------
CE = "Clust-ER Agrifood"
MTM = "Meet the Med @ Cibus"
ARTER = "ART-ER"
CER = "Confindustria Emilia-Romagna"
HKK = "Croatian Competitiveness Cluster of the Food Processing Sector"
HGK = "Croatian Chamber of Economy"
IZKA = "Izmir Development Agency"
IIF = "Izmir International Fair"
UNIBO = "University of Bologna"
COST = "European Cooperation in Science and Technology"
GOLD["clust-er-agrifood-cibus-2024.txt"] = dict(
entities=[
 E(CE, "cluster", "IT", "Clust-ER"), E("Bologna", "place", "IT"), E("Parma", "place", "IT"),
 E("Emilia-Romagna", "place", "IT"),
 E("Cibus", "event", "IT", "Cibus 2024"), E("Fiere di Parma", "company", "IT"),
 E(MTM, "event", "IT"), E(ARTER, "public_body", "IT", "Attrattività Ricerca Territorio"),
 E(CER, "network", "IT"), E("Enterprise Europe Network", "network"),
 E("Granarolo", "company", "IT"), E("Barilla", "company", "IT"),
 E("Fermenta Lab", "company", "IT"), E("Modena", "place", "IT"),
 E("Crédit Agricole Italia", "company", "IT"),
 E("Food+i", "cluster", "ES"), E("Tudela", "place", "ES"),
 E("Agri-Food Cluster of Crete", "cluster", "GR"),
 E("Pôle de Compétitivité de Bizerte", "cluster", "TN"),
 E(HKK, "cluster", "HR", "Hrvatski klaster konkurentnosti prehrambeno-prerađivačkog sektora", "HKKPPS"),
 E(HGK, "public_body", "HR", "Hrvatska gospodarska komora", "HGK"),
 E("SIAL Paris", "event", "FR"),
 E("University of Parma", "university", "IT"), E("University of Zagreb", "university", "HR"),
 E(IZKA, "public_body", "TR", "İZKA"), E("Ege University", "university", "TR"),
 E("Izmir", "place", "TR"), E(IIF, "event", "TR"),
 E("Valentina Gatti", "person", "IT", "Gatti"),
 E("Leïla Hammami", "person", "TN"), E("Iñaki Goñi", "person", "ES"),
 E("Stefano Ricci", "person", "IT"), E(UNIBO, "university", "IT"),
 E("Marco Ferrari", "person", "IT"), E("Federalimentare", "network", "IT"),
 E("FERMED", "network"), E(COST, "programme", None, "COST"),
 E(UCP, "university", "PT"), E(AUA, "university", "GR"), E(CUT, "university", "CY"),
 E("Ecomondo", "event", "IT"), E("Rimini", "place", "IT"),
 E(CLAN, "cluster", "IT", "CL.A.N."),
],
relations=[
 R(CE, "located_in", "Emilia-Romagna"),
 R(CE, "participated_in", "Cibus"), R("Cibus", "located_in", "Parma"),
 R("Fiere di Parma", "organized", "Cibus"),
 R(CE, "organized", MTM), R(ARTER, "organized", MTM), R(CER, "organized", MTM),
 R(ARTER, "member_of", "Enterprise Europe Network"), R(CER, "member_of", "Enterprise Europe Network"),
 *[R(c, "member_of", CE) for c in ("Granarolo", "Barilla", "Fermenta Lab")],
 *[R(c, "participated_in", MTM) for c in ("Granarolo", "Barilla", "Fermenta Lab")],
 R("Fermenta Lab", "located_in", "Modena"),
 R("Crédit Agricole Italia", "participated_in", MTM),
 R("Food+i", "located_in", "Tudela"),
 *[R(c, "participated_in", MTM) for c in ("Food+i", "Agri-Food Cluster of Crete",
                                          "Pôle de Compétitivité de Bizerte")],
 R(CE, "met_with", HKK), R(CE, "met_with", HGK), R(CE, "partner_of", HKK),
 R(CE, "participated_in", "SIAL Paris"), R(HKK, "participated_in", "SIAL Paris"),
 R(CE, "met_with", IZKA), R(CE, "met_with", "Ege University"),
 R(IZKA, "located_in", "Izmir"), R("Ege University", "located_in", "Izmir"),
 R(CE, "participated_in", IIF), R("Valentina Gatti", "participated_in", IIF),
 R(IZKA, "participated_in", IIF),
 R("Valentina Gatti", "works_for", CE), R("Valentina Gatti", "participated_in", "Cibus"),
 R("Leïla Hammami", "works_for", "Pôle de Compétitivité de Bizerte"),
 R("Leïla Hammami", "participated_in", "Cibus"),
 R("Iñaki Goñi", "works_for", "Food+i"), R("Iñaki Goñi", "participated_in", "Cibus"),
 R("Stefano Ricci", "works_for", UNIBO), R("Stefano Ricci", "participated_in", "Cibus"),
 R("Marco Ferrari", "works_for", CE), R("Marco Ferrari", "participated_in", "Cibus"),
 R("Federalimentare", "participated_in", "Cibus"),
 R("FERMED", "funded_by", COST), R(UNIBO, "leads", "FERMED"),
 *[R(o, "member_of", "FERMED") for o in (UNIBO, CE, UCP, AUA, CUT, "Ege University")],
 R(CE, "participated_in", "Ecomondo"), R("Ecomondo", "located_in", "Rimini"),
 R(CE, "member_of", CLAN),
])


# --- checks and writer -----------------------------------------------------------------
for name, gold in GOLD.items():
    types = {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        types[e["name"]] = e["type"]
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types, (name, "undeclared subject", r)
        assert o in types, (name, "undeclared object", r)
        assert p in ALLOWED, (name, "unknown predicate", r)
        st, ot = ALLOWED[p]
        assert types[s] in st and types[o] in ot, (name, "types not allowed", r, types[s], types[o])
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)

for name, gold in GOLD.items():
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
