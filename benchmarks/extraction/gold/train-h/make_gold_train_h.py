"""Hand annotations of the `train-h` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-h/make_gold_train_h.py

Eight documents (docs/train-h/) in the style of European regional clusters'
annual-report chapters and newsletters (France, Germany, Italy, Spain, the
Nordics, Central and Eastern Europe). Same rules as make_gold.py (README,
"Documents and gold"), written by a separate annotator. Conventions used here:
- an event's organiser gets `organized` only (no extra `participated_in`);
- "met X at EVENT" gives `met_with` plus `participated_in` EVENT for X;
- companies that "joined the cluster" / are "member companies" get `member_of`;
- a cluster that runs a programme "with" an agency is `partner_of` that agency;
- planned participations stated as agreed ("will lead a delegation to ...") are
  annotated like past ones;
- named seas and straits (North Sea, Øresund) are `place`s.
The script checks that every relation end is a declared entity and that the
subject/object types are the ones DOMAIN.md allows.
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

GOLD = {}

# --- annual-report chapter: Lyonbiopole (FR, health) 2022 --------------------------
LBP = "Lyonbiopole Auvergne-Rhône-Alpes"
BIO = "BIO International Convention"
BE = "BIO-Europe"
CEBR = "Council of European BioRegions"
ECCP = "European Cluster Collaboration Platform"
CAM = "CEBR annual meeting"
UCBL = "Université Claude Bernard Lyon 1"
TLS = "Toscana Life Sciences"
BHC = "Basque Health Cluster"
HIR = "HEALTH-IN-RES"
GOLD["lyonbiopole-international-openness-2022.txt"] = dict(
entities=[
 E(LBP, "cluster", "FR", "Lyonbiopole"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E("Lyon", "place", "FR"),
 E(BIO, "event", "US", "BIO"), E("San Diego", "place", "US"),
 E("Business France", "public_body", "FR"),
 E("Auvergne-Rhône-Alpes Entreprises", "public_body", "FR"),
 E("Cellipse", "company", "FR"), E("Adocia", "company", "FR"), E("genOway", "company", "FR"),
 E("Montréal InVivo", "cluster", "CA"),
 E(BE, "event", "DE"), E("Leipzig", "place", "DE"),
 E("Boehringer Ingelheim", "company", "DE"), E("Sanofi", "company", "FR"),
 E("BioRN", "cluster", "DE"), E("Heidelberg", "place", "DE"),
 E("Biocat", "cluster", "ES"), E("Barcelona", "place", "ES"),
 E("flanders.bio", "cluster", "BE"), E("Ghent", "place", "BE"),
 E("Eurobiomed", "cluster", "FR"), E("Provence-Alpes-Côte d'Azur", "place", "FR"),
 E("BioAlps", "cluster", "CH"), E(TLS, "cluster", "IT"), E("Siena", "place", "IT"),
 E(BHC, "cluster", "ES"), E("Basque Country", "place", "ES"), E("CzechBio", "cluster", "CZ"),
 E("Horizon Europe", "programme"), E("PANDORE", "project"), E(UCBL, "university", "FR"),
 E("Hélène Marchetti", "person", "FR"),
 E(CEBR, "network", None, "CEBR"), E(CAM, "event", "DK"), E("Copenhagen", "place", "DK"),
 E(ECCP, "network", None, "ECCP"), E("European Commission", "public_body"),
 E(HIR, "project"), E("Interreg Europe", "programme"),
 E("Regione Lombardia", "public_body", "IT"), E("Milan", "place", "IT"),
 E("Aderly", "public_body", "FR"), E("Lyon Gerland", "place", "FR"),
 E("Quantovir", "company", "BE"), E("Seoul BioSensing", "company", "KR"),
 E("Québec", "place", "CA"),
],
relations=[
 R(LBP, "located_in", "Auvergne-Rhône-Alpes"), R(LBP, "located_in", "Lyon"),
 R(BIO, "located_in", "San Diego"),
 *[R(o, "participated_in", BIO) for o in (
   LBP, "Business France", "Auvergne-Rhône-Alpes Entreprises", "Cellipse", "Adocia", "genOway",
   "Montréal InVivo")],
 *[R(c, "member_of", LBP) for c in ("Cellipse", "Adocia", "genOway")],
 R(LBP, "partner_of", "Montréal InVivo"),
 R(BE, "located_in", "Leipzig"),
 *[R(o, "participated_in", BE) for o in (
   LBP, "Boehringer Ingelheim", "Sanofi", "BioRN", "Biocat", "flanders.bio", "Eurobiomed")],
 *[R(LBP, "met_with", o) for o in (
   "Boehringer Ingelheim", "Sanofi", "BioRN", "Biocat", "flanders.bio")],
 R("BioRN", "located_in", "Heidelberg"), R("Biocat", "located_in", "Barcelona"),
 R("flanders.bio", "located_in", "Ghent"), R("Eurobiomed", "located_in", "Provence-Alpes-Côte d'Azur"),
 *[R(LBP, "partner_of", o) for o in ("BioAlps", TLS, BHC, "CzechBio")],
 R(TLS, "located_in", "Siena"),
 *[R(o, "consortium_member_of", "PANDORE") for o in (LBP, "BioAlps", TLS, "CzechBio", UCBL)],
 R(UCBL, "leads", "PANDORE"), R("PANDORE", "funded_by", "Horizon Europe"),
 R("Hélène Marchetti", "works_for", LBP),
 R(LBP, "member_of", CEBR), R(LBP, "participated_in", CAM), R(CEBR, "organized", CAM),
 R(CAM, "located_in", "Copenhagen"),
 R(LBP, "member_of", ECCP),
 R(LBP, "consortium_member_of", HIR), R("Regione Lombardia", "consortium_member_of", HIR),
 R("Regione Lombardia", "leads", HIR), R(HIR, "funded_by", "Interreg Europe"),
 R(LBP, "partner_of", "Aderly"), R("Aderly", "located_in", "Lyon"),
 *[R(c, "located_in", "Lyon Gerland") for c in ("Quantovir", "Seoul BioSensing")],
 *[R(c, "member_of", LBP) for c in ("Quantovir", "Seoul BioSensing")],
 R(LBP, "met_with", BHC), R(BHC, "located_in", "Basque Country"),
])

# --- annual-report chapter (markdown): BioM (DE, biotech) 2023 --------------------
BIOM = "BioM Biotech Cluster Development GmbH"
KBIC = "Kobe Biomedical Innovation Cluster"
BES = "BIO-Europe Spring"
MBE = "Munich Biotech Evening"
HM = "Helmholtz Munich"
AK = "Arbeitskreis der BioRegionen"
LMU = "Ludwig-Maximilians-Universität München"
MVA = "Medicon Valley Alliance"
ABH = "Alpine BioHubs"
BUA = "Business Upper Austria"
MEMBERS_B = (("Tubulis", "Munich"), ("ITM Isotope Technologies Munich", "Garching"),
             ("Eisbach Bio", "Planegg"), ("Catalym", "Planegg"))
NEWCOMERS_B = (("Arcadia Cell Therapeutics", "Boston", "US"), ("Hanul Biologics", "Seongnam", "KR"),
               ("Vireon Diagnostics", "Rehovot", "IL"))
GOLD["biom-international-affairs-2023.md"] = dict(
entities=[
 E(BIOM, "cluster", "DE", "BioM"), E("Martinsried", "place", "DE"), E("Munich", "place", "DE"),
 E("Bavaria", "place", "DE"),
 E("Bavarian State Ministry of Economic Affairs, Regional Development and Energy", "public_body",
   "DE", "StMWi"),
 E("Bayern International", "public_body", "DE"),
 E(KBIC, "cluster", "JP", "KBIC"), E("Kobe", "place", "JP"), E("Hiroshi Tanabe", "person", "JP"),
 E("LISAvienna", "cluster", "AT"), E("City of Vienna", "public_body", "AT"),
 E("Atlanpole Biotherapies", "cluster", "FR"), E("Nantes", "place", "FR"),
 E("Oslo Cancer Cluster", "cluster", "NO"),
 E(BES, "event", "CH"), E("Basel", "place", "CH"),
 E("Roche", "company", "CH"), E("Novartis", "company", "CH"),
 E("Basel Area Business & Innovation", "public_body", "CH"),
 E(BIO, "event", "US"), E("Boston", "place", "US"),
 *[E(c, "company", "DE") for c, _ in MEMBERS_B],
 E("Garching", "place", "DE"), E("Planegg", "place", "DE"),
 E("Katrin Obermaier", "person", "DE"),
 E("Massachusetts Biotechnology Council", "cluster", "US", "MassBio"),
 E(BE, "event", "DE"), E(MBE, "event", "DE"), E(HM, "research_org", "DE"),
 E("Munich Residenz", "place", "DE"),
 E(CEBR, "network", None, "CEBR"), E(AK, "network", "DE", "AK-BioRegio"),
 E("EIT Health", "network"),
 E("ATMP-NET", "project"), E("Horizon Europe", "programme"), E(LMU, "university", "DE", "LMU"),
 E("Biocat", "cluster", "ES"), E("Barcelona", "place", "ES"), E(MVA, "cluster", "DK"),
 E(ABH, "project"), E("Interreg Alpine Space", "programme"),
 E(BUA, "public_body", "AT"), E("Linz", "place", "AT"),
 E("Trentino Sviluppo", "public_body", "IT"), E("Rovereto", "place", "IT"),
 *[E(c, "company", cc) for c, _, cc in NEWCOMERS_B],
 E("Seongnam", "place", "KR"), E("Rehovot", "place", "IL"),
],
relations=[
 R(BIOM, "located_in", "Martinsried"), R(BIOM, "located_in", "Munich"),
 R(BIOM, "partner_of", KBIC), R(KBIC, "located_in", "Kobe"), R("Hiroshi Tanabe", "works_for", KBIC),
 R(BIOM, "partner_of", "LISAvienna"), R(BIOM, "partner_of", "Atlanpole Biotherapies"),
 R("Atlanpole Biotherapies", "located_in", "Nantes"), R(BIOM, "partner_of", "Oslo Cancer Cluster"),
 R(BES, "located_in", "Basel"), R(BIOM, "participated_in", BES),
 R("Bayern International", "participated_in", BES),
 *[R(BIOM, "met_with", o) for o in ("Roche", "Novartis", "Basel Area Business & Innovation")],
 *[R(o, "participated_in", BES) for o in ("Roche", "Novartis", "Basel Area Business & Innovation")],
 R(BIO, "located_in", "Boston"), R(BIOM, "participated_in", BIO),
 *[R(c, "participated_in", BIO) for c, _ in MEMBERS_B],
 *[R(c, "member_of", BIOM) for c, _ in MEMBERS_B],
 *[R(c, "located_in", t) for c, t in MEMBERS_B],
 R("Katrin Obermaier", "works_for", BIOM), R("Katrin Obermaier", "participated_in", BIO),
 R("Massachusetts Biotechnology Council", "participated_in", BIO),
 R(BE, "located_in", "Munich"), R(BIOM, "participated_in", BE),
 R(BIOM, "organized", MBE), R(HM, "organized", MBE), R(MBE, "located_in", "Munich Residenz"),
 R(BIOM, "member_of", CEBR), R(BIOM, "member_of", AK), R(BIOM, "leads", AK),
 R(BIOM, "member_of", "EIT Health"),
 R("ATMP-NET", "funded_by", "Horizon Europe"), R(HM, "leads", "ATMP-NET"),
 *[R(o, "consortium_member_of", "ATMP-NET") for o in (HM, LMU, "Biocat", MVA, BIOM)],
 R("Biocat", "located_in", "Barcelona"),
 R(ABH, "funded_by", "Interreg Alpine Space"), R(BUA, "leads", ABH), R(BUA, "located_in", "Linz"),
 *[R(o, "consortium_member_of", ABH) for o in (BUA, BIOM, "LISAvienna", "Trentino Sviluppo")],
 R("Trentino Sviluppo", "located_in", "Rovereto"),
 *[R(c, "member_of", BIOM) for c, _, _ in NEWCOMERS_B],
 *[R(c, "located_in", "Martinsried") for c, _, _ in NEWCOMERS_B],
 *[R(c, "located_in", t) for c, t, _ in NEWCOMERS_B],
])

# --- annual-report chapter (html): LE2C (IT, cleantech) 2023 -----------------------
LE2C = "Lombardy Energy Cleantech Cluster"
CTN = "Cluster Tecnologico Nazionale Energia"
BEC = "Basque Energy Cluster"
CEBB = "Cluster Energietechnik Berlin-Brandenburg"
NCE = "NCE Smart Energy Markets"
TERMO = "Termo Solutions S.r.l."
KEY = "KEY – The Energy Transition Expo"
HTEE = "Hydrogen Technology Expo Europe"
ENLIT = "Enlit Europe"
RSE = "Ricerca sul Sistema Energetico"
POLIMI = "Politecnico di Milano"
H2V = "H2-VALLEYS-S"
GEC = "GREENTECH EUROCLUSTER"
GOLD["le2c-international-activities-2023.html"] = dict(
entities=[
 E(LE2C, "cluster", "IT", "LE2C"), E("Milan", "place", "IT"), E("Lombardy", "place", "IT"),
 E(CTN, "cluster", "IT", "CTN Energia"),
 E(BEC, "cluster", "ES"), E("Bilbao", "place", "ES"),
 E(CEBB, "cluster", "DE"), E("Berlin", "place", "DE"),
 E(NCE, "cluster", "NO"), E("Halden", "place", "NO"),
 E(TERMO, "company", "IT"), E("Bergamo", "place", "IT"),
 E("Italian Trade Agency", "public_body", "IT", "ITA", "ICE"),
 E(KEY, "event", "IT", "KEY"), E("Rimini", "place", "IT"),
 E(HTEE, "event", "DE"), E("Hamburg", "place", "DE"),
 E(ENLIT, "event", "FR"), E("Paris", "place", "FR"),
 E("Schneider Electric", "company", "FR"), E("EDF", "company", "FR"),
 E("Tenerrdis", "cluster", "FR"), E("Grenoble", "place", "FR"),
 E("Giulia Bassani", "person", "IT"),
 E(H2V, "project"), E("Horizon Europe", "programme"), E(POLIMI, "university", "IT"),
 E(RSE, "research_org", "IT", "RSE"),
 E("FLEX-CE", "project"), E("Interreg Central Europe", "programme"),
 E(GEC, "project"), E("Single Market Programme", "programme"),
 E("Hydrogen Europe", "network"), E(ECCP, "network"),
 E("Marco Albertini", "person", "IT"), E("Italia Cluster", "network", "IT"),
 E("Regione Lombardia", "public_body", "IT"),
],
relations=[
 R(LE2C, "located_in", "Milan"), R(LE2C, "located_in", "Lombardy"), R(LE2C, "member_of", CTN),
 *[R(LE2C, "partner_of", o) for o in (BEC, CEBB, NCE)],
 R(BEC, "located_in", "Bilbao"), R(NCE, "located_in", "Halden"), R(CEBB, "located_in", "Berlin"),
 R(TERMO, "member_of", LE2C), R(TERMO, "located_in", "Bergamo"), R(TERMO, "located_in", "Bilbao"),
 R(LE2C, "participated_in", KEY), R(KEY, "located_in", "Rimini"),
 R(LE2C, "participated_in", HTEE), R(HTEE, "located_in", "Hamburg"),
 R(LE2C, "participated_in", ENLIT), R(ENLIT, "located_in", "Paris"),
 *[R(LE2C, "met_with", o) for o in ("Schneider Electric", "EDF", "Tenerrdis")],
 *[R(o, "participated_in", ENLIT) for o in ("Schneider Electric", "EDF", "Tenerrdis")],
 R("Tenerrdis", "located_in", "Grenoble"),
 R("Giulia Bassani", "works_for", LE2C), R("Giulia Bassani", "participated_in", ENLIT),
 R(H2V, "funded_by", "Horizon Europe"), R(POLIMI, "leads", H2V),
 *[R(o, "consortium_member_of", H2V) for o in (POLIMI, LE2C, BEC, "Tenerrdis", RSE)],
 R("FLEX-CE", "funded_by", "Interreg Central Europe"), R(CEBB, "leads", "FLEX-CE"),
 R(CEBB, "consortium_member_of", "FLEX-CE"), R(LE2C, "consortium_member_of", "FLEX-CE"),
 R(GEC, "funded_by", "Single Market Programme"),
 R(LE2C, "consortium_member_of", GEC), R(NCE, "consortium_member_of", GEC),
 R(LE2C, "member_of", "Hydrogen Europe"), R(LE2C, "member_of", ECCP),
 R("Marco Albertini", "works_for", LE2C),
 R("Regione Lombardia", "participated_in", KEY),
])

# --- annual-report chapter (txt): CAAR (ES, automotive) 2022 -----------------------
CAAR = "Clúster de Automoción de Aragón"
ITA = "Instituto Tecnológico de Aragón"
UZ = "Universidad de Zaragoza"
PVF = "Pôle Véhicule du Futur"
ZAP = "Slovak Automotive Industry Association"
AREX = "Aragón Exterior"
TBS = "The Battery Show Europe"
AUTOM = "Automechanika Frankfurt"
AAF = "Aragón Automotive Forum"
AS4 = "AUTO-SKILLS 4.0"
EASD = "European Automotive Skills Day"
UPPA = "Université de Pau et des Pays de l'Adour"
FECA = "Federación Española de Clusters de Automoción"
TM = "Talleres Moncayo"
GOLD["caar-aragon-automotive-internationalisation-2022.txt"] = dict(
entities=[
 E(CAAR, "cluster", "ES", "CAAR"), E("Aragón", "place", "ES"), E("Figueruelas", "place", "ES"),
 E("Stellantis", "company", "NL"), E(UZ, "university", "ES"), E(ITA, "research_org", "ES", "ITAINNOVA"),
 E(PVF, "cluster", "FR"), E("Mulhouse", "place", "FR"),
 E("Mobinov", "cluster", "PT"), E("Porto", "place", "PT"),
 E(ZAP, "cluster", "SK", "ZAP SR"), E("Bratislava", "place", "SK"),
 E("Automotech", "cluster", "FR"), E("Toulouse", "place", "FR"),
 E(AREX, "public_body", "ES", "AREX"), E("Government of Aragón", "public_body", "ES"),
 E(TBS, "event", "DE"), E("Stuttgart", "place", "DE"),
 E("Forvia", "company", "FR"), E("Bosch", "company", "DE"), E("ACICAE", "cluster", "ES"),
 E(AUTOM, "event", "DE"), E("ICEX España Exportación e Inversiones", "public_body", "ES", "ICEX"),
 E(AAF, "event", "ES"), E("Zaragoza", "place", "ES"),
 E(AS4, "project"), E("Erasmus+", "programme"),
 E(EASD, "event", "BE"), E("Brussels", "place", "BE"),
 E("PYRENE-H2", "project"), E("Interreg POCTEFA", "programme"), E(UPPA, "university", "FR"),
 E("Automotive Skills Alliance", "network"), E(FECA, "network", "ES", "FECA"),
 E(TM, "company", "ES"), E("Tarazona", "place", "ES"), E("Trnava", "place", "SK"),
 E("Jorge Ibáñez", "person", "ES"), E("Beatriz Lasheras", "person", "ES"),
],
relations=[
 R(CAAR, "located_in", "Aragón"), R("Stellantis", "located_in", "Figueruelas"),
 R(UZ, "member_of", CAAR), R(ITA, "member_of", CAAR),
 *[R(CAAR, "partner_of", o) for o in (PVF, "Mobinov", ZAP, "Automotech")],
 R(PVF, "located_in", "Mulhouse"), R("Mobinov", "located_in", "Porto"),
 R(ZAP, "located_in", "Bratislava"), R("Automotech", "located_in", "Toulouse"),
 R(TBS, "located_in", "Stuttgart"), R(CAAR, "participated_in", TBS),
 *[R(CAAR, "met_with", o) for o in ("Forvia", "Bosch", "ACICAE")],
 *[R(o, "participated_in", TBS) for o in ("Forvia", "Bosch", "ACICAE")],
 R(CAAR, "partner_of", "ACICAE"),
 *[R(o, "participated_in", AUTOM) for o in (CAAR, AREX, "ICEX España Exportación e Inversiones")],
 R(CAAR, "organized", AAF), R(AAF, "located_in", "Zaragoza"),
 *[R(o, "participated_in", AAF) for o in ("Stellantis", "Mobinov", PVF)],
 R(CAAR, "leads", AS4), R(AS4, "funded_by", "Erasmus+"),
 *[R(o, "consortium_member_of", AS4) for o in (CAAR, UZ, ITA, "Mobinov", PVF)],
 R(CAAR, "participated_in", EASD), R(EASD, "located_in", "Brussels"),
 R("PYRENE-H2", "funded_by", "Interreg POCTEFA"), R("Automotech", "leads", "PYRENE-H2"),
 *[R(o, "consortium_member_of", "PYRENE-H2") for o in ("Automotech", CAAR, ITA, UPPA)],
 R(CAAR, "member_of", "Automotive Skills Alliance"), R(CAAR, "member_of", FECA),
 R(TM, "member_of", CAAR), R(TM, "located_in", "Tarazona"), R(TM, "located_in", "Trnava"),
 R("Jorge Ibáñez", "works_for", TM), R("Beatriz Lasheras", "works_for", CAAR),
])

# --- newsletter (md): Medicon Valley Alliance (DK/SE) 2024 -------------------------
KHIDI = "Korea Health Industry Development Institute"
NLS = "Nordic Life Science Days"
MVR = "Medicon Valley Reception"
OKS = "ØKS HealthTech Bridge"
CRD = "Capital Region of Denmark"
MEMBERS_M = (("Ascendis Pharma", "Hellerup", "DK"), ("BioInvent", "Lund", "SE"),
             ("Camurus", "Lund", "SE"), ("Hansa Biopharma", "Lund", "SE"))
GOLD["medicon-valley-international-newsletter-2024.md"] = dict(
entities=[
 E(MVA, "cluster", "DK", "MVA"), E("Greater Copenhagen", "place", "DK"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E("Copenhagen", "place", "DK"),
 E("Anders Kjær", "person", "DK"), E("Lee Ji-won", "person", "KR"), E("Frankfurt", "place", "DE"),
 E(BIO, "event", "US", "BIO 2024"), E("San Diego", "place", "US"),
 E("Copenhagen Capacity", "public_body", "DK"), E("Invest in Skåne", "public_body", "SE"),
 *[E(c, "company", cc) for c, _, cc in MEMBERS_M],
 E("Hellerup", "place", "DK"), E("Lund", "place", "SE"),
 E("Sofie Lindqvist", "person", "SE"),
 E(NLS, "event", "SE", "NLSDays"), E("Malmö", "place", "SE"), E("SwedenBIO", "network", "SE"),
 E(MVR, "event", "SE"), E("Malmö Live", "place", "SE"), E("City of Malmö", "public_body", "SE"),
 E("Health Capital Helsinki", "cluster", "FI"), E("Oslo Cancer Cluster", "cluster", "NO"),
 E(OKS, "project"), E("Helsingborg", "place", "SE"),
 E("Interreg Öresund-Kattegat-Skagerrak", "programme"), E("Øresund", "place"),
 E("Region Skåne", "public_body", "SE"), E("Lund University", "university", "SE"),
 E("University of Copenhagen", "university", "DK"),
 E(CRD, "public_body", "DK", "Region Hovedstaden"),
 E(CEBR, "network", None, "CEBR"), E("Brussels", "place", "BE"),
 E("BioWin", "cluster", "BE"), E("Tartu Biotechnology Park", "cluster", "EE"),
 E("Kyoto Cellworks", "company", "JP"), E("Medicon Village", "place", "SE"),
 E(BE, "event", "SE"), E("Stockholm", "place", "SE"),
 E("Medicon Valley Life Science Summit", "event", "DK"),
],
relations=[
 R(MVA, "located_in", "Greater Copenhagen"),
 R(MVA, "partner_of", KHIDI), R("Anders Kjær", "works_for", MVA), R("Lee Ji-won", "works_for", KHIDI),
 R(KHIDI, "located_in", "Frankfurt"),
 R(BIO, "located_in", "San Diego"),
 *[R(o, "participated_in", BIO) for o in (
   MVA, "Copenhagen Capacity", "Invest in Skåne", "Sofie Lindqvist", *[c for c, _, _ in MEMBERS_M])],
 *[R(c, "member_of", MVA) for c, _, _ in MEMBERS_M],
 *[R(c, "located_in", t) for c, t, _ in MEMBERS_M],
 R("Sofie Lindqvist", "works_for", MVA),
 R("SwedenBIO", "organized", NLS), R(NLS, "located_in", "Malmö"), R(MVA, "participated_in", NLS),
 R(MVA, "organized", MVR), R("City of Malmö", "organized", MVR), R(MVR, "located_in", "Malmö Live"),
 *[R(MVA, "met_with", o) for o in ("Health Capital Helsinki", "Oslo Cancer Cluster")],
 *[R(o, "participated_in", NLS) for o in ("Health Capital Helsinki", "Oslo Cancer Cluster")],
 R(OKS, "funded_by", "Interreg Öresund-Kattegat-Skagerrak"), R("Region Skåne", "leads", OKS),
 *[R(o, "consortium_member_of", OKS) for o in (
   "Region Skåne", MVA, "Lund University", "University of Copenhagen", CRD)],
 R(MVA, "member_of", CEBR), R("BioWin", "member_of", CEBR),
 R("Tartu Biotechnology Park", "member_of", CEBR),
 R("Kyoto Cellworks", "located_in", "Medicon Village"), R("Kyoto Cellworks", "located_in", "Lund"),
 R("Kyoto Cellworks", "member_of", MVA),
 R(BE, "located_in", "Stockholm"), R(MVA, "participated_in", BE),
 R("Medicon Valley Life Science Summit", "located_in", "Copenhagen"),
])

# --- annual-report chapter (html): LifeScience Kraków Klaster (PL) 2023 ------------
LSK = "Fundacja Klaster LifeScience Kraków"
JU = "Jagiellonian University"
AGH = "AGH University of Krakow"
KPT = "Krakow Technology Park"
HBA = "Hungarian Biotechnology Association"
LBA = "Lithuanian Biotechnology Association"
TPL = "Technology Park Ljubljana"
CHH = "CEE-HEALTH-HUB"
PAIH = "Polish Investment and Trade Agency"
LSOS = "Life Science Open Space"
MVEMN = "Medical Valley EMN"
DCC = "DIGI-CARE CE"
MUG = "Medical University of Graz"
ECHA = "European Connected Health Alliance"
LSP = "Life Science Park of the Jagiellonian University"
GOLD["lifescience-krakow-international-cooperation-2023.html"] = dict(
entities=[
 E(LSK, "cluster", "PL", "LifeScience Kraków Klaster", "LSK"), E("Małopolska", "place", "PL"),
 E(JU, "university", "PL", "Uniwersytet Jagielloński"), E(AGH, "university", "PL"),
 E(KPT, "public_body", "PL", "Krakowski Park Technologiczny"),
 E(HBA, "cluster", "HU", "Magyar Biotechnológiai Szövetség", "HBA"),
 E("CzechBio", "cluster", "CZ"), E(LBA, "cluster", "LT"), E(TPL, "cluster", "SI"),
 E("Budapest", "place", "HU"),
 E("Tomasz Nowicki", "person", "PL"), E("Zsófia Kertész", "person", "HU"),
 E(CHH, "project"), E("Horizon Europe", "programme"),
 E(PAIH, "public_body", "PL", "PAIH"),
 E(BES, "event", "CH"), E("Basel", "place", "CH"),
 E(LSOS, "event", "PL", "LSOS"), E("Kraków", "place", "PL"),
 E("City of Kraków", "public_body", "PL"), E("ICE Kraków Congress Centre", "place", "PL"),
 E("MEDICA", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E(MVEMN, "cluster", "DE"), E("Erlangen", "place", "DE"),
 E("Siemens Healthineers", "company", "DE"), E("B. Braun", "company", "DE"),
 E("Scanmed", "company", "PL"), E("Ryvu Therapeutics", "company", "PL"),
 E(DCC, "project"), E("Interreg Central Europe", "programme"), E(MUG, "university", "AT"),
 E("COST", "programme"),
 E(CEBR, "network", None, "CEBR"), E(ECHA, "network", None, "ECHAlliance"),
 E(LSP, "place", "PL"),
 E("ClinVista", "company", "UA"), E("Kyiv", "place", "UA"),
 E("Corrib Medical", "company", "IE"), E("Galway", "place", "IE"),
 E("Anna Kowalczyk", "person", "PL"),
],
relations=[
 R(LSK, "located_in", "Małopolska"),
 *[R(o, "member_of", LSK) for o in (JU, AGH, KPT)],
 *[R(LSK, "partner_of", o) for o in (HBA, "CzechBio", LBA, TPL)],
 R("Tomasz Nowicki", "works_for", LSK), R("Zsófia Kertész", "works_for", HBA),
 R(LSK, "leads", CHH), R(CHH, "funded_by", "Horizon Europe"),
 *[R(o, "consortium_member_of", CHH) for o in (LSK, HBA, "CzechBio", LBA, TPL, JU)],
 R(BES, "located_in", "Basel"), R(LSK, "participated_in", BES),
 R(LSK, "organized", LSOS), R("City of Kraków", "organized", LSOS),
 R(LSOS, "located_in", "Kraków"), R(LSOS, "located_in", "ICE Kraków Congress Centre"),
 R("Zsófia Kertész", "participated_in", LSOS), R(LBA, "participated_in", LSOS),
 R("MEDICA", "located_in", "Düsseldorf"), R(LSK, "participated_in", "MEDICA"),
 R(PAIH, "participated_in", "MEDICA"),
 *[R(LSK, "met_with", o) for o in (MVEMN, "Siemens Healthineers", "B. Braun")],
 *[R(o, "participated_in", "MEDICA") for o in (
   MVEMN, "Siemens Healthineers", "B. Braun", "Scanmed", "Ryvu Therapeutics")],
 R(MVEMN, "located_in", "Erlangen"),
 R("Scanmed", "member_of", LSK), R("Ryvu Therapeutics", "member_of", LSK),
 R(DCC, "funded_by", "Interreg Central Europe"), R(MUG, "leads", DCC),
 R(MUG, "consortium_member_of", DCC), R(LSK, "consortium_member_of", DCC),
 R(LSK, "member_of", CEBR), R(LSK, "member_of", ECHA),
 *[R(c, "located_in", LSP) for c in ("ClinVista", "Corrib Medical")],
 *[R(c, "member_of", LSK) for c in ("ClinVista", "Corrib Medical")],
 R("ClinVista", "located_in", "Kyiv"), R("Corrib Medical", "located_in", "Galway"),
 R("Anna Kowalczyk", "works_for", LSK),
])

# --- annual-report chapter (txt): Eurasanté (FR, health, campus) 2023 --------------
EUR = "Eurasanté"
PARK = "Eurasanté Park"
CHU = "Lille University Hospital"
NEWCOMERS_E = (("Breathe Analytics", "Cambridge", "GB"), ("MedOpti", "Liège", "BE"),
               ("Nordex Diagnostics", "Québec City", "CA"), ("Curaline Biotech", "Hyderabad", "IN"),
               ("Helix Nutrition", "Wageningen", "NL"), ("Ossea Robotics", "Lausanne", "CH"),
               ("Kinetix Rehab", "Boston", "US"))
MTF = "MedTech Flanders"
HVN = "Health Valley Netherlands"
HB = "HEALTH-BRIDGE"
KUL = "KU Leuven Kulak"
CEBRAM = "CEBR Annual Meeting"
GOLD["eurasante-attractiveness-international-2023.txt"] = dict(
entities=[
 E(EUR, "cluster", "FR"), E("Hauts-de-France", "place", "FR"), E(PARK, "place", "FR"),
 E("Lille", "place", "FR"), E("Loos", "place", "FR"),
 E(CHU, "research_org", "FR", "CHU de Lille"),
 E("Nord France Invest", "public_body", "FR"),
 *[E(c, "company", cc) for c, _, cc in NEWCOMERS_E],
 *[E(t, "place", cc) for _, t, cc in NEWCOMERS_E],
 E(BIO, "event", "US", "BIO"), E("Business France", "public_body", "FR"),
 E("BioFIT", "event", "FR"), E("BioWin", "cluster", "BE"), E("Health~Holland", "network", "NL"),
 E("Katarzyna Zielińska", "person", "PL"), E("Medical University of Warsaw", "university", "PL"),
 E("MEDICA", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("BioRN", "cluster", "DE"), E(MTF, "cluster", "BE"),
 E("Brussels", "place", "BE"), E("London", "place", "GB"),
 E("Marie Dubreuil", "person", "FR"),
 E(HVN, "cluster", "NL"), E("Nijmegen", "place", "NL"), E("MedCity", "cluster", "GB"),
 E(KUL, "university", "BE"), E("Kortrijk", "place", "BE"),
 E(HB, "project"), E("Interreg France-Wallonie-Vlaanderen", "programme"),
 E("Université de Lille", "university", "FR"),
 E("France Clusters", "network", "FR"), E("France Biotech", "network", "FR"),
 E(CEBR, "network", None, "CEBR"), E(CEBRAM, "event", "FI"), E("Turku", "place", "FI"),
],
relations=[
 R(EUR, "located_in", "Hauts-de-France"), R(EUR, "partner_of", "Nord France Invest"),
 *[R(c, "member_of", EUR) for c, _, _ in NEWCOMERS_E],
 *[R(c, "located_in", PARK) for c, _, _ in NEWCOMERS_E],
 *[R(c, "located_in", t) for c, t, _ in NEWCOMERS_E],
 R(EUR, "participated_in", BIO), R(BIO, "located_in", "Boston"),
 R("Business France", "participated_in", BIO),
 R(EUR, "organized", "BioFIT"), R("BioFIT", "located_in", "Lille"),
 R("BioWin", "participated_in", "BioFIT"), R("Health~Holland", "participated_in", "BioFIT"),
 R("Katarzyna Zielińska", "participated_in", "BioFIT"),
 R("Katarzyna Zielińska", "works_for", "Medical University of Warsaw"),
 R(EUR, "participated_in", "MEDICA"), R("MEDICA", "located_in", "Düsseldorf"),
 R(EUR, "met_with", "BioRN"), R(EUR, "met_with", MTF),
 R("BioRN", "participated_in", "MEDICA"), R(MTF, "participated_in", "MEDICA"),
 R("Marie Dubreuil", "works_for", EUR),
 *[R(EUR, "partner_of", o) for o in (MTF, HVN, "MedCity")],
 R(HVN, "located_in", "Nijmegen"), R("MedCity", "located_in", "London"),
 R(HB, "funded_by", "Interreg France-Wallonie-Vlaanderen"), R(EUR, "leads", HB),
 *[R(o, "consortium_member_of", HB) for o in (EUR, MTF, KUL, "Université de Lille", CHU)],
 R(KUL, "located_in", "Kortrijk"),
 R(EUR, "member_of", "France Clusters"), R(EUR, "member_of", "France Biotech"),
 R(EUR, "member_of", CEBR),
 R(EUR, "participated_in", CEBRAM), R(CEBR, "organized", CEBRAM), R(CEBRAM, "located_in", "Turku"),
])

# --- annual-report chapter (html): Energy Cluster Denmark (DK, energy) 2023 ---------
ECD = "Energy Cluster Denmark"
EEHH = "Erneuerbare Energien Hamburg Clusteragentur"
BEEC = "Baltic Eco-Energy Cluster"
DW = "DeepWind Offshore Wind Cluster"
KOWC = "Kitakyushu Offshore Wind Cluster"
WE23 = "WindEurope 2023"
DEPD = "Danish Energy Partnering Day"
OEEC = "Offshore Energy Exhibition & Conference"
NHP = "NORTH-H2-PORTS"
DTU = "Technical University of Denmark"
GT = "GreenTwin EDIH"
SDU = "University of Southern Denmark"
BWS = "BALTIC WIND SKILLS"
OFFICES = ("Odense", "Aalborg", "Esbjerg", "Copenhagen")
GDANSK_CO = ("Bladt Industries", "Semco Maritime", "WindPower Tools")
GOLD["energy-cluster-denmark-international-outlook-2023.html"] = dict(
entities=[
 E(ECD, "cluster", "DK", "ECD"), *[E(t, "place", "DK") for t in OFFICES],
 E("North Sea", "place"), E("Baltic Sea", "place"),
 E(EEHH, "cluster", "DE", "EEHH"), E("Hamburg", "place", "DE"),
 E(BEEC, "cluster", "PL", "Bałtycki Klaster Ekoenergetyczny"), E("Gdańsk", "place", "PL"),
 E(DW, "cluster", "GB"), E(KOWC, "cluster", "JP"),
 *[E(c, "company", "DK") for c in GDANSK_CO],
 E("Danish Trade Council", "public_body", "DK"),
 E("WindEurope", "network"), E(WE23, "event", "DK"),
 E(DEPD, "event", "DK"), E("Danish Energy Agency", "public_body", "DK"),
 E("Ørsted", "company", "DK"), E("Vestas", "company", "DK"), E("Siemens Gamesa", "company", "ES"),
 E(OEEC, "event", "NL", "OEEC"), E("Amsterdam", "place", "NL"),
 E("Mette Overgaard", "person", "DK"),
 E(HTEE, "event", "DE"),
 E(NHP, "project"), E("Horizon Europe", "programme"), E(DTU, "university", "DK", "DTU"),
 E("Port of Esbjerg", "public_body", "DK"), E("TNO", "research_org", "NL"),
 E(GT, "project"), E("Digital Europe Programme", "programme"), E(SDU, "university", "DK", "SDU"),
 E(BWS, "project"), E("Interreg South Baltic", "programme"),
 E("Klaipėda University", "university", "LT"),
 E("Hydrogen Europe", "network"), E("Global Wind Energy Council", "network", None, "GWEC"),
 E("Torben Halvorsen", "person", "DK"), E("Cluster Excellence Denmark", "network", "DK"),
],
relations=[
 *[R(ECD, "located_in", t) for t in OFFICES],
 *[R(ECD, "partner_of", o) for o in (EEHH, BEEC, DW, KOWC)],
 R(BEEC, "located_in", "Gdańsk"),
 R(DW, "participated_in", WE23), R(ECD, "participated_in", WE23),
 R(ECD, "met_with", KOWC),
 *[R(c, "member_of", ECD) for c in GDANSK_CO],
 *[R(c, "located_in", "Gdańsk") for c in GDANSK_CO],
 R("WindPower Tools", "located_in", "Esbjerg"),
 R("WindEurope", "organized", WE23), R(WE23, "located_in", "Copenhagen"),
 R(ECD, "organized", DEPD), R("Danish Energy Agency", "organized", DEPD),
 R(DEPD, "located_in", "Copenhagen"),
 *[R(ECD, "met_with", o) for o in ("Ørsted", "Vestas", "Siemens Gamesa")],
 *[R(o, "participated_in", WE23) for o in ("Ørsted", "Vestas", "Siemens Gamesa")],
 R(OEEC, "located_in", "Amsterdam"), R(ECD, "participated_in", OEEC),
 R("Mette Overgaard", "participated_in", OEEC), R("Mette Overgaard", "works_for", ECD),
 R(HTEE, "located_in", "Hamburg"), R(ECD, "participated_in", HTEE), R(EEHH, "participated_in", HTEE),
 R(NHP, "funded_by", "Horizon Europe"), R(DTU, "leads", NHP),
 *[R(o, "consortium_member_of", NHP) for o in (DTU, ECD, EEHH, "Port of Esbjerg", "TNO")],
 R(GT, "funded_by", "Digital Europe Programme"), R(SDU, "leads", GT),
 R(SDU, "consortium_member_of", GT), R(ECD, "consortium_member_of", GT),
 R(BWS, "funded_by", "Interreg South Baltic"),
 *[R(o, "consortium_member_of", BWS) for o in (ECD, BEEC, "Klaipėda University")],
 *[R(ECD, "member_of", o) for o in (
   "WindEurope", "Hydrogen Europe", "Global Wind Energy Council", "Cluster Excellence Denmark")],
 R("Torben Halvorsen", "works_for", ECD),
])


def check(doc, gold):
    names = [e["name"] for e in gold["entities"]]
    assert len(names) == len(set(names)), (doc, [n for n in names if names.count(n) > 1])
    types = {e["name"]: e["type"] for e in gold["entities"]}
    for e in gold["entities"]:
        assert e["type"] in ORG | {"programme", "event", "project", "person", "place"}, (doc, e)
    seen = set()
    for r in gold["relations"]:
        key = (r["subject"], r["predicate"], r["object"])
        assert key not in seen, (doc, "duplicate", key)
        seen.add(key)
        assert r["subject"] in types, (doc, "undeclared subject", r)
        assert r["object"] in types, (doc, "undeclared object", r)
        subj_ok, obj_ok = ALLOWED[r["predicate"]]
        assert types[r["subject"]] in subj_ok, (doc, "subject type", r, types[r["subject"]])
        assert types[r["object"]] in obj_ok, (doc, "object type", r, types[r["object"]])


for name, gold in GOLD.items():
    check(name, gold)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
