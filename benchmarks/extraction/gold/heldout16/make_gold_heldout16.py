"""Hand annotations of the `heldout16` set (eight documents, one annotator).

    python3 benchmarks/extraction/gold/heldout16/make_gold_heldout16.py

Rules: README, "Documents and gold". Every named organisation, person, event,
project, programme and place (cities, regions; not countries or continents);
`name` is the full form the text uses, `aliases` the other forms it uses.
A relation is annotated when the text states it or its sentence clearly
implies it. Planned participations stated as decided ("will lead a delegation
to ...") are annotated like past ones. A project coordinator gets both
`leads` and `consortium_member_of`. check() runs before anything is written.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "heldout16"

TYPES = {"cluster", "company", "university", "research_org", "network", "public_body",
         "programme", "event", "project", "person", "place"}
ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}

# predicate -> (allowed subject types, allowed object types), from DOMAIN.md
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

# --- 1. annual-report chapter, Europe, materials: Composites United ---------------
CU = "Composites United e.V."
ICC = "Innovative Composite Center"
CDCQ = "Centre de développement des composites du Québec"
WS = "CU–ICC Thermoplastics Workshop"
JEC = "JEC World 2023"
KCT = "Korea Institute of Carbon Convergence Technology"
IACMI = "IACMI – The Composites Institute"
CE = "Composites Europe 2023"
AVK = "AVK – Industrievereinigung Verstärkte Kunststoffe"
IGCV = "Fraunhofer Institute for Casting, Composite and Processing Technology"
AFIL = "AFIL – Associazione Fabbrica Intelligente Lombardia"
RISE = "RISE Research Institutes of Sweden"
GOLD["composites-united-annual-report-2023.md"] = dict(
entities=[
 E(CU, "cluster", "DE", "CU"), E("Augsburg", "place", "DE"),
 E("Katrin Obermeier", "person", "DE", "Obermeier"), E("Tobias Lindner", "person", "DE", "Lindner"),
 E("Polymeris", "cluster", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E(ICC, "research_org", "JP", "ICC"), E("Kanazawa Institute of Technology", "university", "JP"),
 E("Hakusan", "place", "JP"),
 E(CDCQ, "research_org", "CA", "CDCQ"), E("Saint-Jérôme", "place", "CA"),
 E("AIMPLAS", "research_org", "ES", "Plastics Technology Centre"), E("Valencia", "place", "ES"),
 E(WS, "event", "JP"),
 E(JEC, "event", "FR"), E("Paris", "place", "FR"),
 E("Bayern International", "public_body", "DE"),
 E("SGL Carbon", "company", "DE"), E("Carbonwerk Augsburg GmbH", "company", "DE"),
 E(KCT, "research_org", "KR", "KCTECH"), E("Jeonju", "place", "KR"),
 E("CAMX 2023", "event", "US"), E("Atlanta", "place", "US"),
 E(IACMI, "research_org", "US", "IACMI"), E("Knoxville", "place", "US"),
 E(CE, "event", "DE"), E("Stuttgart", "place", "DE"),
 E(AVK, "network", "DE", "AVK"), E("RX Global", "company"),
 E("RECARB", "project"), E("Horizon Europe", "programme"),
 E(IGCV, "research_org", "DE", "Fraunhofer IGCV"),
 E("University of Patras", "university", "GR"), E(RISE, "research_org", "SE"),
 E("Interreg Alpine Space", "programme"), E("ALPCOMP", "project"),
 E("Business Upper Austria", "public_body", "AT"), E("Linz", "place", "AT"),
 E(AFIL, "cluster", "IT", "AFIL"), E("Lombardy", "place", "IT"),
 E("European Composites Industry Association", "network", None, "EuCIA"),
],
relations=[
 R(CU, "located_in", "Augsburg"),
 R("Katrin Obermeier", "works_for", CU), R("Tobias Lindner", "works_for", CU),
 R(CU, "partner_of", "Polymeris"), R("Polymeris", "located_in", "Auvergne-Rhône-Alpes"),
 R(CU, "partner_of", ICC),
 R(CU, "partner_of", CDCQ), R(CDCQ, "located_in", "Saint-Jérôme"),
 R(CU, "partner_of", "AIMPLAS"), R("AIMPLAS", "located_in", "Valencia"),
 R(CU, "organized", WS), R(ICC, "organized", WS), R(WS, "located_in", "Hakusan"),
 R("Katrin Obermeier", "participated_in", WS),
 R(JEC, "located_in", "Paris"), R(CU, "participated_in", JEC),
 R("Bayern International", "participated_in", JEC),
 R("SGL Carbon", "participated_in", JEC), R("Carbonwerk Augsburg GmbH", "participated_in", JEC),
 R("SGL Carbon", "member_of", CU), R("Carbonwerk Augsburg GmbH", "member_of", CU),
 R("Carbonwerk Augsburg GmbH", "located_in", "Augsburg"),
 R(CU, "met_with", KCT), R(KCT, "participated_in", JEC), R(KCT, "located_in", "Jeonju"),
 R(CU, "participated_in", "CAMX 2023"), R("CAMX 2023", "located_in", "Atlanta"),
 R(CU, "met_with", IACMI), R(IACMI, "located_in", "Knoxville"),
 R(CU, "organized", CE), R(AVK, "organized", CE), R("RX Global", "organized", CE),
 R(CE, "located_in", "Stuttgart"),
 R("RECARB", "funded_by", "Horizon Europe"), R(IGCV, "leads", "RECARB"),
 *[R(o, "consortium_member_of", "RECARB") for o in (CU, IGCV, "AIMPLAS", "University of Patras", RISE)],
 R(IGCV, "located_in", "Augsburg"),
 R("ALPCOMP", "funded_by", "Interreg Alpine Space"), R(CU, "leads", "ALPCOMP"),
 *[R(o, "consortium_member_of", "ALPCOMP") for o in (CU, "Business Upper Austria", AFIL)],
 R("Business Upper Austria", "located_in", "Linz"), R(AFIL, "located_in", "Lombardy"),
 R(CU, "member_of", "European Composites Industry Association"),
])

# --- 2. partnership press release, Middle East, medtech: QSTP / MedicalMountains ---
QSTP = "Qatar Science & Technology Park"
MM = "MedicalMountains"
MED = "MEDICA 2024"
HFU = "Furtwangen University"
HBKU = "Hamad Bin Khalifa University"
QRDI = "Qatar Research, Development and Innovation Council"
IRCC = "International Research Collaboration Co-Fund"
ST = "SURGITRACE"
WSQ = "Web Summit Qatar 2025"
KHIDI = "Korea Health Industry Development Institute"
QSTARTUPS = (("Nabd Health", "Doha"), ("Sahra Diagnostics", "Doha"), ("Lusail Robotics", "Lusail"))
GOLD["qstp-medicalmountains-mou-2024.html"] = dict(
entities=[
 E(QSTP, "cluster", "QA", "QSTP"), E("Education City", "place", "QA"), E("Doha", "place", "QA"),
 E(MM, "cluster", "DE", "MedicalMountains GmbH"), E("Tuttlingen", "place", "DE"),
 E("Baden-Württemberg", "place", "DE"),
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"), E("Messe Düsseldorf", "company", "DE"),
 E("Fatima Al-Sulaiti", "person", "QA", "Al-Sulaiti"), E("Markus Hengstler", "person", "DE", "Hengstler"),
 E("QSTP XLR8", "programme", "QA"),
 E(HFU, "university", "DE", "HFU"),
 E("Hamad Medical Corporation", "public_body", "QA", "HMC"), E("Sidra Medicine", "research_org", "QA"),
 E(ST, "project"), E(HBKU, "university", "QA", "HBKU"), E("Aesculap AG", "company", "DE"),
 E(QRDI, "public_body", "QA", "QRDI Council"), E(IRCC, "programme", "QA", "IRCC"),
 *[E(c, "company", "QA") for c, _ in QSTARTUPS], E("Lusail", "place", "QA"),
 E("KARL STORZ", "company", "DE"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E("Swiss Medtech", "network", "CH"),
 E("Baden-Württemberg International", "public_body", "DE", "bw-i"),
 E("Invest Qatar", "public_body", "QA"),
 E(WSQ, "event", "QA"),
],
relations=[
 R(QSTP, "partner_of", MM),
 R(QSTP, "located_in", "Education City"), R(QSTP, "located_in", "Doha"),
 R(MM, "located_in", "Tuttlingen"), R(MM, "located_in", "Baden-Württemberg"),
 R(MED, "located_in", "Düsseldorf"), R("Messe Düsseldorf", "organized", MED),
 *[R(o, "participated_in", MED) for o in (QSTP, MM, "Fatima Al-Sulaiti", "Markus Hengstler")],
 R("Fatima Al-Sulaiti", "works_for", QSTP), R("Markus Hengstler", "works_for", MM),
 R(HFU, "located_in", "Tuttlingen"),
 R(HBKU, "leads", ST),
 *[R(o, "consortium_member_of", ST) for o in (HBKU, QSTP, MM, HFU, "Aesculap AG")],
 R("Aesculap AG", "located_in", "Tuttlingen"),
 R(ST, "funded_by", QRDI), R(ST, "funded_by", IRCC),
 *[R(c, "participated_in", MED) for c, _ in QSTARTUPS],
 *[R(c, "member_of", QSTP) for c, _ in QSTARTUPS],
 *[R(c, "located_in", t) for c, t in QSTARTUPS],
 R("Nabd Health", "met_with", "KARL STORZ"), R("KARL STORZ", "participated_in", MED),
 R(QSTP, "partner_of", KHIDI), R(QSTP, "partner_of", "Swiss Medtech"),
 R("Markus Hengstler", "participated_in", WSQ), R(MM, "participated_in", WSQ),
 R(WSQ, "located_in", "Doha"),
])

# --- 3. delegation report, Asia-Pacific, mobility: CARA in Japan and Korea ---------
CARA = "CARA European Cluster for Mobility Solutions"
IFPEN = "IFP Energies nouvelles"
UGE = "Université Gustave Eiffel"
JMS = "Japan Mobility Show 2023"
JAMA = "Japan Automobile Manufacturers Association"
FMN = "France Mobility Night"
CJIA = "Central Japan Industries Association"
IIFS = "Institutes of Innovation for Future Society"
KOTRA = "Korea Trade-Investment Promotion Agency"
KMPD = "K-Mobility Partnering Day"
KATECH = "Korea Automotive Technology Institute"
CARA_MEMBERS = (("Symbio", "Vénissieux"), ("Renault Trucks", "Saint-Priest"),
                ("Lumiwatt Mobility SAS", "Grenoble"), (IFPEN, "Solaize"))
GOLD["cara-mobility-mission-japan-korea-2023.txt"] = dict(
entities=[
 E(CARA, "cluster", "FR", "CARA"), E("Élodie Marchand", "person", "FR"), E("Lyon", "place", "FR"),
 E("Auvergne-Rhône-Alpes", "place", "FR"),
 E("Tokyo", "place", "JP"), E("Nagoya", "place", "JP"), E("Seoul", "place", "KR"),
 E("Business France", "public_body", "FR"),
 E("Auvergne-Rhône-Alpes Entreprises", "public_body", "FR"),
 E("Philippe Gautier", "person", "FR"),
 E("Symbio", "company", "FR"), E("Vénissieux", "place", "FR"),
 E("Renault Trucks", "company", "FR"), E("Saint-Priest", "place", "FR"),
 E("Lumiwatt Mobility SAS", "company", "FR", "Lumiwatt"), E("Grenoble", "place", "FR"),
 E(IFPEN, "research_org", "FR", "IFPEN"), E("Solaize", "place", "FR"),
 E(UGE, "university", "FR"),
 E(JMS, "event", "JP"), E("Tokyo Motor Show", "event", "JP"),
 E(JAMA, "network", "JP", "JAMA"), E(FMN, "event", "JP"),
 E("Embassy of France in Japan", "public_body", "JP"),
 E("Hiroshi Kobayashi", "person", "JP"),
 E("Panasonic Energy", "company", "JP"), E("Isuzu Motors", "company", "JP"),
 E("Aichi Prefecture", "place", "JP"),
 E(CJIA, "network", "JP", "CJIA"), E("Yuko Sato", "person", "JP"),
 E("Denso", "company", "JP"), E("Kariya", "place", "JP"),
 E(IIFS, "research_org", "JP"), E("Nagoya University", "university", "JP"),
 E(KOTRA, "public_body", "KR", "KOTRA"), E(KMPD, "event", "KR"),
 E("Hyundai Mobis", "company", "KR"),
 E(KATECH, "research_org", "KR", "KATECH"), E("Cheonan", "place", "KR"),
 E("HYTRACK", "project"), E("Eureka Globalstars Korea", "programme"),
 E("Global Industrie 2024", "event", "FR"), E("Busan", "place", "KR"),
],
relations=[
 R(CARA, "located_in", "Lyon"),
 R("Élodie Marchand", "works_for", CARA), R("Philippe Gautier", "works_for", CARA),
 *[R(c, "member_of", CARA) for c, _ in CARA_MEMBERS], R(UGE, "member_of", CARA),
 *[R(c, "located_in", t) for c, t in CARA_MEMBERS],
 R(JAMA, "organized", JMS), R(JMS, "located_in", "Tokyo"),
 R(CARA, "participated_in", JMS), R("Lumiwatt Mobility SAS", "participated_in", JMS),
 R("Panasonic Energy", "participated_in", JMS),
 R(CARA, "organized", FMN), R("Business France", "organized", FMN), R(FMN, "located_in", "Tokyo"),
 R("Hiroshi Kobayashi", "participated_in", FMN), R("Hiroshi Kobayashi", "works_for", JAMA),
 R("Lumiwatt Mobility SAS", "met_with", "Panasonic Energy"),
 R("Renault Trucks", "met_with", "Isuzu Motors"),
 R(CARA, "partner_of", CJIA), R(CJIA, "located_in", "Nagoya"), R("Yuko Sato", "works_for", CJIA),
 R("Denso", "located_in", "Kariya"), R(CARA, "met_with", "Denso"), R(CARA, "met_with", IIFS),
 R(UGE, "partner_of", "Nagoya University"),
 R(KOTRA, "organized", KMPD), R(KMPD, "located_in", "Seoul"), R(CARA, "participated_in", KMPD),
 R("Symbio", "met_with", "Hyundai Mobis"),
 R(CARA, "partner_of", KATECH), R(KATECH, "located_in", "Cheonan"),
 R("Symbio", "leads", "HYTRACK"),
 *[R(o, "consortium_member_of", "HYTRACK") for o in ("Symbio", IFPEN, KATECH)],
 R("HYTRACK", "funded_by", "Eureka Globalstars Korea"),
 R("Global Industrie 2024", "located_in", "Lyon"),
 R(CJIA, "participated_in", "Global Industrie 2024"), R(CARA, "participated_in", "Global Industrie 2024"),
])

# --- 4. EU consortium kick-off, Europe / North Africa, energy: HELIOFARM ------------
HF = "HELIOFARM"
KO = "HELIOFARM kick-off meeting"
CERTH = "Centre for Research and Technology Hellas"
CINEA = "European Climate, Infrastructure and Environment Executive Agency"
ISE = "Fraunhofer Institute for Solar Energy Systems ISE"
UPM = "Universidad Politécnica de Madrid"
CRTEN = "Centre de Recherches et des Technologies de l'Energie"
HA = "Helios Agrotech S.A."
TDS = "Cooperativa Terre del Sole"
COR = "Corallia Clusters Initiative"
GTC = "Green Tech Cluster Styria"
SPE = "SolarPower Europe"
ISX = "Intersolar Europe 2024"
HF_PARTNERS = ((CERTH, "Thessaloniki"), (ISE, "Freiburg"), (UPM, "Madrid"),
               ("University of Bologna", "Bologna"), (CRTEN, "Borj Cédria"), (HA, "Larissa"),
               (TDS, "Cesena"), ("Capenergies", "Aix-en-Provence"), (COR, "Athens"),
               (GTC, "Graz"), (SPE, "Brussels"))
PARTNER_TYPES = {CERTH: ("research_org", "GR"), ISE: ("research_org", "DE"),
                 UPM: ("university", "ES"), "University of Bologna": ("university", "IT"),
                 CRTEN: ("research_org", "TN"), HA: ("company", "GR"), TDS: ("company", "IT"),
                 "Capenergies": ("cluster", "FR"), COR: ("cluster", "GR"),
                 GTC: ("cluster", "AT"), SPE: ("network", None)}
PARTNER_ALIASES = {CERTH: ("CERTH",), ISE: ("Fraunhofer ISE",), UPM: ("UPM",), CRTEN: ("CRTEn",),
                   HA: ("Helios Agrotech",), COR: ("Corallia",), GTC: ("Green Tech Cluster",)}
PLACE_COUNTRY = {"Thessaloniki": "GR", "Freiburg": "DE", "Madrid": "ES", "Bologna": "IT",
                 "Borj Cédria": "TN", "Larissa": "GR", "Cesena": "IT", "Aix-en-Provence": "FR",
                 "Athens": "GR", "Graz": "AT", "Brussels": "BE"}
GOLD["heliofarm-agrivoltaics-kick-off-2024.md"] = dict(
entities=[
 E(HF, "project"), E(KO, "event", "GR"), E("Horizon Europe", "programme"),
 *[E(p, PARTNER_TYPES[p][0], PARTNER_TYPES[p][1], *PARTNER_ALIASES.get(p, ())) for p, _ in HF_PARTNERS],
 *[E(t, "place", PLACE_COUNTRY[t]) for _, t in HF_PARTNERS],
 E(CINEA, "public_body", None, "CINEA"), E("Chiara Ferrante", "person", "IT"),
 E("Thessaly", "place", "GR"), E("Andalusia", "place", "ES"), E("Emilia-Romagna", "place", "IT"),
 E("Cap Bon", "place", "TN"),
 E("Eleni Papadopoulou", "person", "GR"), E("Dimitris Katsaros", "person", "GR"),
 E("Aristotle University of Thessaloniki", "university", "GR", "AUTh"),
 E("European Energy Research Alliance", "network", None, "EERA"),
 E("European Commission", "public_body"),
 E(ISX, "event", "DE"), E("Munich", "place", "DE"),
],
relations=[
 R(CERTH, "leads", HF), R(HF, "funded_by", "Horizon Europe"),
 *[R(p, "consortium_member_of", HF) for p, _ in HF_PARTNERS],
 *[R(p, "located_in", t) for p, t in HF_PARTNERS],
 R(KO, "located_in", "Thessaloniki"), R(CERTH, "organized", KO),
 *[R(p, "participated_in", KO) for p, _ in HF_PARTNERS],
 R(CINEA, "participated_in", KO),
 R("Chiara Ferrante", "works_for", CINEA), R("Chiara Ferrante", "participated_in", KO),
 R("Eleni Papadopoulou", "works_for", CERTH), R("Eleni Papadopoulou", "participated_in", KO),
 R("Dimitris Katsaros", "works_for", "Aristotle University of Thessaloniki"),
 R("Dimitris Katsaros", "participated_in", KO),
 R(CERTH, "member_of", "European Energy Research Alliance"),
 R(ISE, "member_of", "European Energy Research Alliance"),
 R(ISX, "located_in", "Munich"),
 R("Capenergies", "participated_in", ISX), R(GTC, "participated_in", ISX),
])

# --- 5. event news with partnering statistics, Americas, biotech: BioAndina ---------
BA = "BioAndina Partnering 2024"
CCMA = "Cámara de Comercio de Medellín para Antioquia"
MIN = "Ministry of Science, Technology and Innovation"
MASS = "Massachusetts Biotechnology Council"
CAT = "CataloniaBio & HealthTech"
CIB = "Corporación para Investigaciones Biológicas"
UDEA = "Universidad de Antioquia"
BIO = "BIO International Convention 2025"
DELEGATIONS = (("Biominas Brasil", "Belo Horizonte"), ("Montréal InVivo", "Montréal"),
               (MASS, "Cambridge"), (CAT, "Barcelona"), ("CORFO", "Santiago"))
STARTUPS = (("NeuroAndes SAS", "Bogotá"), ("Phyta Biotech", "Cali"), ("Qori Genomics", "Lima"))
GOLD["bioandina-partnering-medellin-results-2024.html"] = dict(
entities=[
 E(BA, "event", "CO", "BioAndina Partnering"), E("Medellín", "place", "CO"),
 E("Ruta N", "public_body", "CO"), E(CCMA, "public_body", "CO"),
 E("iNNpulsa Colombia", "public_body", "CO"), E(MIN, "public_body", "CO", "Minciencias"),
 E("Camila Restrepo", "person", "CO"),
 E("Biominas Brasil", "cluster", "BR"), E("Belo Horizonte", "place", "BR"),
 E("Montréal InVivo", "cluster", "CA"), E("Montréal", "place", "CA"),
 E(MASS, "cluster", "US", "MassBio"), E("Cambridge", "place", "US"),
 E(CAT, "cluster", "ES"), E("Barcelona", "place", "ES"),
 E("CORFO", "public_body", "CL"), E("Santiago", "place", "CL"),
 E("Sarah Whitfield", "person", "US"), E("Boston", "place", "US"),
 E("Andrés Villegas", "person", "CO"), E(CIB, "research_org", "CO", "CIB"),
 E(UDEA, "university", "CO", "UdeA"), E("Instituto Butantan", "research_org", "BR"),
 E("São Paulo", "place", "BR"),
 E("Bancolombia", "company", "CO"),
 E("NeuroAndes SAS", "company", "CO", "NeuroAndes"), E("Bogotá", "place", "CO"),
 E("Phyta Biotech", "company", "CO"), E("Cali", "place", "CO"),
 E("Qori Genomics", "company", "PE"), E("Lima", "place", "PE"),
 E("Procaps", "company", "CO"), E("Barranquilla", "place", "CO"), E("Tecnoquímicas", "company", "CO"),
 E("Juan Pablo Ortega", "person", "CO"),
 E(BIO, "event", "US"), E("ProColombia", "public_body", "CO"),
],
relations=[
 R(BA, "located_in", "Medellín"),
 R("Ruta N", "organized", BA), R(CCMA, "organized", BA),
 R("Ruta N", "located_in", "Medellín"), R(CCMA, "located_in", "Medellín"),
 R("iNNpulsa Colombia", "participated_in", BA), R(MIN, "participated_in", BA),
 R("Camila Restrepo", "works_for", "Ruta N"), R("Camila Restrepo", "participated_in", BA),
 *[R(d, "participated_in", BA) for d, _ in DELEGATIONS],
 *[R(d, "located_in", t) for d, t in DELEGATIONS],
 R("Sarah Whitfield", "works_for", MASS), R("Sarah Whitfield", "participated_in", BA),
 R("Andrés Villegas", "works_for", CCMA), R("Andrés Villegas", "participated_in", BA),
 R(CIB, "participated_in", BA),
 R("Ruta N", "partner_of", "Montréal InVivo"),
 R("Biominas Brasil", "partner_of", CCMA),
 R(UDEA, "partner_of", "Instituto Butantan"), R("Instituto Butantan", "located_in", "São Paulo"),
 R(UDEA, "participated_in", BA), R("Instituto Butantan", "participated_in", BA),
 R("Bancolombia", "participated_in", BA),
 *[R(c, "participated_in", BA) for c, _ in STARTUPS],
 *[R(c, "located_in", t) for c, t in STARTUPS],
 R("Procaps", "participated_in", BA), R("Tecnoquímicas", "participated_in", BA),
 R("Procaps", "located_in", "Barranquilla"), R("Tecnoquímicas", "located_in", "Cali"),
 R("NeuroAndes SAS", "partner_of", UDEA),
 R("Juan Pablo Ortega", "works_for", "NeuroAndes SAS"), R("Juan Pablo Ortega", "participated_in", BA),
 R(BIO, "located_in", "Boston"), R("Ruta N", "participated_in", BIO),
 R("ProColombia", "participated_in", BIO),
])

# --- 6. newsletter, Africa, agri-food: Agropolis Meknès -----------------------------
AG = "Agropolis Meknès"
SIAM = "Salon International de l'Agriculture au Maroc"
ENA = "École Nationale d'Agriculture de Meknès"
PRIMA = "Partnership for Research and Innovation in the Mediterranean Area"
AFSF = "Africa Food Systems Forum 2024"
RAB = "Rwanda Agriculture and Animal Resources Development Board"
ADA = "Agence pour le Développement Agricole"
AFDB = "African Development Bank"
TAAT = "Technologies for African Agricultural Transformation"
AMDIE = "Moroccan Agency for Investment and Export Development"
SIAL = "SIAL Paris 2024"
SDT = "Saïss Dairy Tech"
GOLD["agropolis-meknes-newsletter-autumn-2024.txt"] = dict(
entities=[
 E(AG, "cluster", "MA", "Agropolis"), E("Fès-Meknès", "place", "MA"), E("Meknès", "place", "MA"),
 E("Nadia Bennani", "person", "MA"),
 E(SIAM, "event", "MA", "SIAM 2024", "SIAM"),
 E("Foodvalley NL", "cluster", "NL"), E("Wageningen", "place", "NL"),
 E("Marieke de Vries", "person", "NL"),
 E("OLIVALOR", "project"), E(PRIMA, "programme", None, "PRIMA"),
 E(ENA, "university", "MA", "ENA Meknès"), E("Karim Alaoui", "person", "MA"),
 E("University of Córdoba", "university", "ES"), E("CIHEAM Bari", "research_org", "IT"),
 E("Zitouna Bio SARL", "company", "MA", "Zitouna Bio"), E("Fès", "place", "MA"),
 E("EIT Food", "network"),
 E("Youssef El Amrani", "person", "MA"),
 E(AFSF, "event", "RW", "AFSF"), E("Kigali", "place", "RW"),
 E(RAB, "public_body", "RW", "RAB"),
 E("AgriStart Saïss", "project", "MA"), E(ADA, "public_body", "MA", "ADA"),
 E(AFDB, "public_body", None, "AfDB"), E(TAAT, "programme", None, "TAAT"),
 E(SDT, "company", "MA"), E("El Hajeb", "place", "MA"),
 E(SIAL, "event", "FR", "SIAL Paris"), E("Paris", "place", "FR"),
 E(AMDIE, "public_body", "MA", "AMDIE"), E("Sodiaal", "company", "FR"),
 E("Gulfood 2025", "event", "AE"), E("Dubai", "place", "AE"),
 E("SIAM 2025", "event", "MA"), E("Córdoba", "place", "ES"),
],
relations=[
 R(AG, "located_in", "Meknès"), R(AG, "located_in", "Fès-Meknès"),
 R("Nadia Bennani", "works_for", AG), R("Youssef El Amrani", "works_for", AG),
 R(SIAM, "located_in", "Meknès"), R(AG, "participated_in", SIAM),
 R(AG, "partner_of", "Foodvalley NL"), R("Foodvalley NL", "located_in", "Wageningen"),
 R("Foodvalley NL", "participated_in", SIAM), R("Marieke de Vries", "works_for", "Foodvalley NL"),
 R("OLIVALOR", "funded_by", PRIMA), R(ENA, "leads", "OLIVALOR"), R("Karim Alaoui", "leads", "OLIVALOR"),
 R("Karim Alaoui", "works_for", ENA),
 *[R(o, "consortium_member_of", "OLIVALOR") for o in (
   ENA, AG, "University of Córdoba", "CIHEAM Bari", "Zitouna Bio SARL")],
 R("Zitouna Bio SARL", "located_in", "Fès"),
 R(AG, "member_of", "EIT Food"),
 R(AFSF, "located_in", "Kigali"), R(AG, "participated_in", AFSF),
 R("Youssef El Amrani", "participated_in", AFSF), R(AG, "met_with", RAB),
 R(AG, "leads", "AgriStart Saïss"),
 R(AG, "consortium_member_of", "AgriStart Saïss"), R(ADA, "consortium_member_of", "AgriStart Saïss"),
 R("AgriStart Saïss", "funded_by", AFDB), R("AgriStart Saïss", "funded_by", TAAT),
 R("Zitouna Bio SARL", "participated_in", SIAL), R(SDT, "participated_in", SIAL),
 R("Zitouna Bio SARL", "member_of", AG), R(SDT, "member_of", AG),
 R(SDT, "located_in", "El Hajeb"), R(SIAL, "located_in", "Paris"),
 R(AMDIE, "participated_in", SIAL), R(SDT, "met_with", "Sodiaal"),
 R("Sodiaal", "participated_in", SIAL),
 R("Gulfood 2025", "located_in", "Dubai"), R(AG, "participated_in", "Gulfood 2025"),
 R(AMDIE, "participated_in", "Gulfood 2025"),
 R("SIAM 2025", "located_in", "Meknès"), R(AG, "participated_in", "SIAM 2025"),
 R("Foodvalley NL", "participated_in", "SIAM 2025"),
])

# --- 7. partnership press release, Asia-Pacific, digital: Cyberport / Cap Digital ---
CY = "Cyberport"
CD = "Cap Digital"
VT = "VivaTech 2024"
IHK = "Invest Hong Kong"
CONS = "Consulate General of France in Hong Kong and Macau"
HKFW = "Hong Kong FinTech Week 2024"
CVCF = "Cyberport Venture Capital Forum 2024"
DD = "Paris–Hong Kong Demo Day"
FTHK = "French Tech Hong Kong"
IMDA = "Infocomm Media Development Authority"
GOLD["cyberport-cap-digital-mou-2024.md"] = dict(
entities=[
 E(CY, "cluster", "HK"), E("Hong Kong", "place", "HK"), E("Southern District", "place", "HK"),
 E(CD, "cluster", "FR"), E("Paris Region", "place", "FR"), E("Paris", "place", "FR"),
 E(VT, "event", "FR", "VivaTech"),
 E("Grace Leung", "person", "HK", "Leung"), E("Antoine Marcel", "person", "FR", "Marcel"),
 E(IHK, "public_body", "HK", "InvestHK"), E(CONS, "public_body", "HK"),
 E("Greater Bay Area", "place", "CN"), E("Shenzhen", "place", "CN"),
 E("Cyberport Incubation Programme", "programme", "HK"),
 E(HKFW, "event", "HK"), E(CVCF, "event", "HK"), E(DD, "event", "HK"),
 E(FTHK, "network", "HK"),
 E("Publicis Groupe", "company", "FR"), E("Les Echos Le Parisien", "company", "FR"),
 E("Orbit Ledger Ltd", "company", "HK"), E("BNP Paribas", "company", "FR"),
 E("Kalios Analytics", "company", "FR"),
 E("Digital Catapult", "research_org", "GB"), E("London", "place", "GB"),
 E("Seoul Business Agency", "public_body", "KR", "SBA"), E("Seoul", "place", "KR"),
 E(IMDA, "public_body", "SG", "IMDA"),
 E("Business France", "public_body", "FR"),
 E("European Digital SME Alliance", "network"),
],
relations=[
 R(CY, "partner_of", CD),
 R(CY, "located_in", "Hong Kong"), R(CY, "located_in", "Southern District"),
 R(CD, "located_in", "Paris Region"), R(CD, "located_in", "Paris"),
 R(VT, "located_in", "Paris"),
 *[R(o, "participated_in", VT) for o in (CY, CD, "Grace Leung", "Antoine Marcel", IHK, CONS)],
 R("Grace Leung", "works_for", CY), R("Antoine Marcel", "works_for", CD),
 R("Publicis Groupe", "organized", VT), R("Les Echos Le Parisien", "organized", VT),
 R(IHK, "organized", HKFW), R(CD, "participated_in", HKFW),
 R(CD, "participated_in", CVCF),
 R(CY, "organized", DD), R(CD, "organized", DD), R(FTHK, "organized", DD),
 R("Orbit Ledger Ltd", "participated_in", VT), R("Orbit Ledger Ltd", "member_of", CY),
 R("Orbit Ledger Ltd", "met_with", "BNP Paribas"), R("BNP Paribas", "participated_in", VT),
 R("Kalios Analytics", "member_of", CD), R("Kalios Analytics", "located_in", "Paris"),
 R("Kalios Analytics", "participated_in", VT),
 R(CY, "partner_of", "Digital Catapult"), R("Digital Catapult", "located_in", "London"),
 R(CY, "partner_of", "Seoul Business Agency"), R("Seoul Business Agency", "located_in", "Seoul"),
 R(CY, "partner_of", IMDA),
 R(CD, "member_of", "European Digital SME Alliance"),
])

# --- 8. annual-report chapter, Americas, energy: Cleantech San Diego ----------------
CSD = "Cleantech San Diego"
BCEC = "Baja California Energy Cluster"
CBF = "CaliBaja Energy Forum 2023"
DT = "DistribuTECH International 2023"
SCE = "Smart City Expo World Congress 2023"
CEEC = "Clúster de l'Energia Eficient de Catalunya"
BH = "BlueHarbor Microgrid"
SDGE = "San Diego Gas & Electric"
TPS = "Tidewater Power Systems"
CEC = "California Energy Commission"
EPIC = "Electric Program Investment Charge"
ICN = "International Cleantech Network"
ECD = "Energy Cluster Denmark"
GOLD["cleantech-san-diego-annual-report-global-2023.html"] = dict(
entities=[
 E(CSD, "cluster", "US", "CSD"), E("San Diego", "place", "US"),
 E("Tijuana", "place", "MX"), E("Barcelona", "place", "ES"),
 E("Dana Whitaker", "person", "US"), E("Carlos Mendoza", "person", "US"),
 E(BCEC, "cluster", "MX", "Clúster de Energía de Baja California"), E("Mexicali", "place", "MX"),
 E(CBF, "event", "MX"),
 E(DT, "event", "US"), E("Clarion Events", "company"),
 E("Korea Energy Agency", "public_body", "KR", "KEA"), E("Ulsan", "place", "KR"),
 E("U.S. Commercial Service", "public_body", "US"),
 E(SCE, "event", "ES"), E("Fira de Barcelona", "company", "ES"),
 E(CEEC, "cluster", "ES", "CEEC"),
 E(BH, "project", "US"), E("Port of San Diego", "public_body", "US"),
 E("UC San Diego", "university", "US"), E(SDGE, "company", "US", "SDG&E"),
 E(TPS, "company", "US"),
 E(CEC, "public_body", "US", "CEC"), E(EPIC, "programme", "US", "EPIC"),
 E("Sunbolt Storage", "company", "US"), E("Carlsbad", "place", "US"), E("Marubeni", "company", "JP"),
 E(ICN, "network", None, "ICN"), E(ECD, "cluster", "DK"), E("Mette Sørensen", "person", "DK"),
],
relations=[
 R(CSD, "located_in", "San Diego"),
 R("Dana Whitaker", "works_for", CSD), R("Carlos Mendoza", "works_for", CSD),
 R(CSD, "partner_of", BCEC), R(BCEC, "located_in", "Mexicali"),
 R(CSD, "organized", CBF), R(BCEC, "organized", CBF), R(CBF, "located_in", "Tijuana"),
 R("Carlos Mendoza", "participated_in", CBF),
 R(DT, "located_in", "San Diego"), R("Clarion Events", "organized", DT),
 R(CSD, "participated_in", DT), R("Korea Energy Agency", "participated_in", DT),
 R(CSD, "met_with", "Korea Energy Agency"),
 R(SCE, "located_in", "Barcelona"), R("Fira de Barcelona", "organized", SCE),
 R(CSD, "participated_in", SCE), R(CSD, "partner_of", CEEC), R(CEEC, "participated_in", SCE),
 R("Port of San Diego", "leads", BH),
 *[R(o, "consortium_member_of", BH) for o in ("Port of San Diego", CSD, "UC San Diego", SDGE, TPS)],
 R(BH, "funded_by", CEC), R(BH, "funded_by", EPIC),
 R(TPS, "member_of", CSD), R(TPS, "located_in", "Tijuana"),
 R("Sunbolt Storage", "located_in", "Carlsbad"), R("Sunbolt Storage", "partner_of", "Marubeni"),
 R("Sunbolt Storage", "member_of", CSD),
 R(CSD, "member_of", ICN), R(ECD, "met_with", CSD), R("Mette Sørensen", "works_for", ECD),
 R(ECD, "met_with", "UC San Diego"),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"{doc}: document missing"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{doc}: bad type {e}"
            assert e["name"] not in types, f"{doc}: duplicate entity {e['name']}"
            types[e["name"]] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), e
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms or forms[key] == e["name"], \
                    f"{doc}: surface form {form!r} used by {forms.get(key)!r} and {e['name']!r}"
                forms[key] = e["name"]
                assert key in text, f"{doc}: {form!r} not in the text"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, f"{doc}: bad predicate {r}"
            assert s in types, f"{doc}: undeclared subject {r}"
            assert o in types, f"{doc}: undeclared object {r}"
            assert s != o, f"{doc}: self relation {r}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, f"{doc}: subject type {types[s]} not allowed in {r}"
            assert types[o] in obj_ok, f"{doc}: object type {types[o]} not allowed in {r}"
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, f"{doc}: duplicate relation {r}"
            seen.add(key)


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), "entities", len(gold["relations"]), "relations")


if __name__ == "__main__":
    main()
