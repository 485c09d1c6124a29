"""Hand annotations of the `train-av` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-av/make_gold_train_av.py

Theme: France's international activity seen from its agencies and regions
(Business France, Bpifrance, AD Normandie, AD'OCC, Auvergne-Rhône-Alpes
Entreprises, French Tech communities abroad) with partners in Québec, Japan,
Korea, Morocco and Senegal. Rules as in the README ("Documents and gold").
Choices kept across the set:
- regional development agencies, export agencies, chambers, consulates and
  investment agencies are `public_body`; industry associations and federations
  (GIMAS, GIFAS, APEBI, AMIP, KoreaBIO), French Tech communities and research
  consortia (MEDTEQ+, CQDM, CRIAQ, Prompt) are `network`; technology transfer
  companies (SATT Conectus, Inserm Transfert, Axelys) are `company`.
- a pavilion or stand at an event is `participated_in`; planned participations
  stated as agreed are annotated like past ones.
- an organisation whose name contains its city ("... à Paris", "... at Kobe",
  "French Tech Tokyo") is `located_in` that city when the city is also named
  on its own in the text.
Running the script writes one JSON per document and runs check().
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-av"

TYPES = {"cluster", "company", "university", "research_org", "network", "public_body",
         "programme", "event", "project", "person", "place"}
ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
ALLOWED = {  # predicate -> (allowed subject types, allowed object types), from DOMAIN.md
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

# --- 1. delegation report: Team France Export health mission to Québec -------------
TFE = "Team France Export"
BF = "Business France"
MED = "Medicen Paris Region"
LBP = "Lyonbiopôle Auvergne-Rhône-Alpes"
MIV = "Montréal InVivo"
FQF = "Forum Québec-France des sciences de la vie"
IQ = "Investissement Québec"
MI = "Montréal International"
CQDM = "Consortium québécois sur la découverte du médicament"
DGQ = "Délégation générale du Québec à Paris"
UL = "Université Laval"
FR1 = (("Cardiorenov SAS", "Paris"), ("Thermabio", "Lyon"), ("NeuroSense Medical", "Grenoble"),
       ("Biolumen Diagnostics", "Évry"))
QC1 = (("Opsimed Technologies", "Québec City", "company"), ("McGill University", "Montréal", "university"),
       ("MEDTEQ+", "Montréal", "network"), ("Bionéo Inc.", "Sherbrooke", "company"))
GOLD["team-france-export-quebec-health-mission-2024.md"] = dict(
entities=[
 E(TFE, "public_body", "FR", "TFE"), E(BF, "public_body", "FR"), E("Bpifrance", "public_body", "FR"),
 E(MED, "cluster", "FR", "Medicen"), E(LBP, "cluster", "FR", "Lyonbiopôle"), E("Lyon", "place", "FR"),
 E(MIV, "cluster", "CA"), E("Montréal", "place", "CA"), E("Québec City", "place", "CA"),
 E("Québec", "place", "CA"), E("Claire Dumoulin", "person", "FR"),
 E(FQF, "event", "CA"), E("Marc-André Tremblay", "person", "CA", "Tremblay"),
 E("Sophie Lemaire", "person", "FR", "Lemaire"), E("Isabelle Gagnon", "person", "CA"),
 E(IQ, "public_body", "CA"), E(MI, "public_body", "CA"),
 *[E(c, "company", "FR") for c, _ in FR1],
 E("Paris", "place", "FR"), E("Grenoble", "place", "FR"), E("Évry", "place", "FR"),
 *[E(o, t, "CA") for o, _, t in QC1], E("Sherbrooke", "place", "CA"),
 E(UL, "university", "CA"), E(CQDM, "network", "CA", "CQDM"),
 E("TANDEM Santé", "project"), E("Julien Marchand", "person", "FR"),
 E("BIO International Convention", "event", "US"), E("Boston", "place", "US"),
 E(DGQ, "public_body", "CA"), E("MedInTechs", "event", "FR"),
],
relations=[
 R(MIV, "located_in", "Montréal"), R(LBP, "located_in", "Lyon"),
 R("Claire Dumoulin", "works_for", BF), R("Marc-André Tremblay", "works_for", MIV),
 R("Sophie Lemaire", "works_for", MED), R("Isabelle Gagnon", "works_for", IQ),
 R("Julien Marchand", "works_for", "Bpifrance"),
 R(BF, "organized", FQF), R(MIV, "organized", FQF), R(FQF, "located_in", "Montréal"),
 *[R(o, "participated_in", FQF) for o in (
   TFE, "Marc-André Tremblay", "Sophie Lemaire", "Isabelle Gagnon", IQ, MI, MED, LBP)],
 *[R(f, "met_with", q) for (f, _), (q, _, _) in zip(FR1, QC1)],
 R("NeuroSense Medical", "met_with", UL), R("Cardiorenov SAS", "met_with", UL),
 *[R(c, "located_in", p) for c, p in FR1], *[R(o, "located_in", p) for o, p, _ in QC1],
 R("Thermabio", "member_of", LBP), R("Cardiorenov SAS", "member_of", MED),
 R(UL, "located_in", "Québec City"), R(CQDM, "located_in", "Montréal"),
 R(MED, "partner_of", MIV), R(LBP, "partner_of", MIV), R(LBP, "partner_of", MED),
 R("TANDEM Santé", "funded_by", "Bpifrance"), R("TANDEM Santé", "funded_by", IQ),
 R(MED, "participated_in", "BIO International Convention"),
 R(MIV, "participated_in", "BIO International Convention"),
 R("BIO International Convention", "located_in", "Boston"),
 R(DGQ, "participated_in", "MedInTechs"), R(MIV, "participated_in", "MedInTechs"),
 R("MedInTechs", "located_in", "Paris"), R(DGQ, "located_in", "Paris"),
])

# --- 2. press release: NAE / GIMAS MoU at the Marrakech Air Show -------------------
NAE = "Normandie AeroEspace"
GIMAS = "Groupement des Industries Marocaines Aéronautiques et Spatiales"
GIFAS = "Groupement des Industries Françaises Aéronautiques et Spatiales"
AMDIE = "Agence Marocaine de Développement des Investissements et des Exportations"
MAS = "Marrakech Air Show 2024"
CAP = "CAP-AERO Maroc"
UIR = "Université Internationale de Rabat"
AFD = "Agence Française de Développement"
PAS = "Paris Air Show"
AV = "Aerospace Valley"
NORM_CO = (("Aérocomposites du Havre", "Le Havre"), ("Normandie Usinage Précision", "Évreux"),
           ("Cotentin Avionique", "Cherbourg"))
MA_CO = (("Atlas Aéro Structures", "Casablanca"), ("Tanger Câblage Aéronautique", "Tangier"))
GOLD["normandie-aeroespace-gimas-mou-2024.html"] = dict(
entities=[
 E(NAE, "cluster", "FR", "NAE"), E("Normandy", "place", "FR"), E("Rouen", "place", "FR"),
 E(GIMAS, "network", "MA", "GIMAS"), E("Casablanca", "place", "MA"),
 E(MAS, "event", "MA", "Marrakech Air Show"), E("Marrakech", "place", "MA"),
 E(BF, "public_body", "FR"), E(GIFAS, "network", "FR", "GIFAS"),
 E("AD Normandie", "public_body", "FR"), E(AMDIE, "public_body", "MA", "AMDIE"),
 E(CAP, "project"), E(UIR, "university", "MA", "UIR"), E("ESIGELEC", "university", "FR"),
 E(AFD, "public_body", "FR", "AFD"), E(PAS, "event", "FR", "Salon du Bourget"),
 E("Le Bourget", "place", "FR"),
 E("Anne-Sophie Lecanu", "person", "FR"), E("Karim Benjelloun", "person", "MA"),
 E("Thomas Vasseur", "person", "FR"),
 *[E(c, "company", "FR") for c, _ in NORM_CO], *[E(p, "place", "FR") for _, p in NORM_CO],
 *[E(c, "company", "MA") for c, _ in MA_CO], E("Tangier", "place", "MA"),
 E(AV, "cluster", "FR"), E("Occitanie", "place", "FR"), E("Nouvelle-Aquitaine", "place", "FR"),
],
relations=[
 R(NAE, "located_in", "Rouen"), R(NAE, "located_in", "Normandy"), R(GIMAS, "located_in", "Casablanca"),
 R(NAE, "partner_of", GIMAS),
 *[R(o, "participated_in", MAS) for o in (
   NAE, GIMAS, BF, GIFAS, "AD Normandie", AMDIE, "Anne-Sophie Lecanu", "Karim Benjelloun",
   "Thomas Vasseur")],
 R(MAS, "located_in", "Marrakech"),
 R("Anne-Sophie Lecanu", "works_for", NAE), R("Karim Benjelloun", "works_for", GIMAS),
 R("Thomas Vasseur", "works_for", "AD Normandie"),
 R(NAE, "leads", CAP), *[R(o, "consortium_member_of", CAP) for o in (NAE, GIMAS, UIR, "ESIGELEC")],
 R(CAP, "funded_by", AFD), R(CAP, "funded_by", "AD Normandie"),
 R("ESIGELEC", "located_in", "Rouen"),
 R(NAE, "participated_in", PAS), R(GIMAS, "participated_in", PAS), R(PAS, "located_in", "Le Bourget"),
 R("Aérocomposites du Havre", "met_with", "Atlas Aéro Structures"),
 R("Normandie Usinage Précision", "met_with", "Tanger Câblage Aéronautique"),
 R("Cotentin Avionique", "met_with", "Atlas Aéro Structures"),
 *[R(c, "located_in", p) for c, p in NORM_CO + MA_CO],
 *[R(c, "member_of", NAE) for c, _ in NORM_CO],
 *[R(c, "participated_in", MAS) for c, _ in NORM_CO + MA_CO],
 R(NAE, "partner_of", AV), R(AV, "located_in", "Occitanie"), R(AV, "located_in", "Nouvelle-Aquitaine"),
])

# --- 3. newsletter: French Tech Tokyo, November 2024 -------------------------------
FTT = "French Tech Tokyo"
CEA = "CEATEC 2024"
BJ = "BIO Japan 2024"
KBIC = "Kobe Biomedical Innovation Cluster"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
LINKJ = "Life Science Innovation Network Japan"
JETRO = "Japan External Trade Organization"
CCIJ = "French Chamber of Commerce and Industry in Japan"
DN = "French Tech Tokyo Demo Night"
KIIP = "Kawasaki Institute of Industrial Promotion"
SB = "Skyfront Bridge"
FT_CO = (("Kinéo Robotique", "Toulouse"), ("Capteo", "Grenoble"), ("Lumiscan", "Nantes"))
GOLD["french-tech-tokyo-newsletter-november-2024.txt"] = dict(
entities=[
 E(FTT, "network", "JP"), E(CEA, "event", "JP"), E("Chiba", "place", "JP"), E(BF, "public_body", "FR"),
 *[E(c, "company", "FR") for c, _ in FT_CO],
 E("Toulouse", "place", "FR"), E("Grenoble", "place", "FR"), E("Nantes", "place", "FR"),
 E("Sakura Systems Co.", "company", "JP"), E("Osaka", "place", "JP"),
 E(BJ, "event", "JP"), E("JTB Communication Design", "company", "JP"), E("Yokohama", "place", "JP"),
 E("Eurobiomed", "cluster", "FR"), E("Marseille", "place", "FR"), E("Atlanpole Biotherapies", "cluster", "FR"),
 E(KBIC, "cluster", "JP", "KBIC"), E("Kobe", "place", "JP"), E("Kenji Morimoto", "person", "JP"),
 E(FBRI, "research_org", "JP", "FBRI"), E(LINKJ, "network", "JP", "LINK-J"), E("Tokyo", "place", "JP"),
 E(JETRO, "public_body", "JP", "JETRO"), E(CCIJ, "public_body", "JP", "CCI France Japon"),
 E(DN, "event", "JP"), E("Shibuya", "place", "JP"), E("Lumio Health", "company", "JP"),
 E("Hiroko Nakamura", "person", "JP"), E("Sakura Ventures", "company", "JP"),
 E("Élodie Marchetti", "person", "FR", "Marchetti"), E("Kawasaki", "place", "JP"),
 E(KIIP, "public_body", "JP", "KIIP"), E(SB, "project"), E("Bpifrance", "public_body", "FR"),
 E("Expo 2025", "event", "JP"), E("VivaTech 2025", "event", "FR"), E("Paris", "place", "FR"),
 E("Ken Watanabe-Roux", "person", "JP"),
],
relations=[
 R(CEA, "located_in", "Chiba"),
 *[R(o, "participated_in", CEA) for o in (BF, FTT, "Kinéo Robotique", "Capteo", "Lumiscan")],
 *[R(c, "located_in", p) for c, p in FT_CO], R("Sakura Systems Co.", "located_in", "Osaka"),
 R("Kinéo Robotique", "partner_of", "Sakura Systems Co."),
 R("JTB Communication Design", "organized", BJ), R(BJ, "located_in", "Yokohama"),
 *[R(o, "participated_in", BJ) for o in (
   "Eurobiomed", "Atlanpole Biotherapies", BF, KBIC, "Kenji Morimoto", LINKJ, JETRO)],
 R("Eurobiomed", "located_in", "Marseille"), R("Atlanpole Biotherapies", "located_in", "Nantes"),
 R(KBIC, "located_in", "Kobe"), R(FBRI, "located_in", "Kobe"), R("Kenji Morimoto", "works_for", FBRI),
 R(LINKJ, "located_in", "Tokyo"), R(LINKJ, "partner_of", "Eurobiomed"),
 R(FTT, "organized", DN), R(CCIJ, "organized", DN), R(DN, "located_in", "Shibuya"), R(DN, "located_in", "Tokyo"),
 R("Lumio Health", "participated_in", DN), R("Hiroko Nakamura", "participated_in", DN),
 R("Lumio Health", "located_in", "Osaka"), R("Hiroko Nakamura", "works_for", "Sakura Ventures"),
 R("Élodie Marchetti", "works_for", FTT), R("Ken Watanabe-Roux", "works_for", FTT),
 R(FTT, "located_in", "Tokyo"),
 R(FTT, "met_with", KIIP), R(KIIP, "located_in", "Kawasaki"),
 R(SB, "funded_by", KIIP), R(SB, "funded_by", "Bpifrance"), R(FTT, "leads", SB),
 R("Expo 2025", "located_in", "Osaka"), R(FTT, "participated_in", "Expo 2025"),
 R("VivaTech 2025", "located_in", "Paris"), R(JETRO, "participated_in", "VivaTech 2025"),
 R(FTT, "participated_in", "VivaTech 2025"),
])

# --- 4. annual-report chapter: AD'OCC international 2023 ---------------------------
ADOCC = "Agence de Développement Économique de l'Occitanie"
GA23 = "GITEX Africa 2023"
GA24 = "GITEX Africa 2024"
JNOS = "Journées du numérique Occitanie-Sénégal"
APIX = "Agence de Promotion des Investissements et des Grands Travaux"
UCAD = "Université Cheikh Anta Diop"
CBS = "Cancer-Bio-Santé"
PAS23 = "Paris Air Show 2023"
CHUBU = "Chubu Bureau of Economy, Trade and Industry"
ADEX = "Seoul International Aerospace & Defense Exhibition"
KAI = "Korea Aerospace Industries"
KARI = "Korea Aerospace Research Institute"
GOLD["adocc-annual-report-international-2023.md"] = dict(
entities=[
 E(ADOCC, "public_body", "FR", "AD'OCC"), E("Occitanie", "place", "FR"), E("Toulouse", "place", "FR"),
 E("Montpellier", "place", "FR"), E(BF, "public_body", "FR"), E(TFE, "public_body", "FR"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E(GA23, "event", "MA"), E("Marrakech", "place", "MA"), E("Digital 113", "cluster", "FR"),
 E("APEBI", "network", "MA"), E("Casablanca", "place", "MA"), E(AV, "cluster", "FR"),
 E(GIMAS, "network", "MA", "GIMAS"), E("Pierre Castagné", "person", "FR"),
 E(JNOS, "event", "SN"), E("Dakar", "place", "SN"), E(APIX, "public_body", "SN", "APIX"),
 E(UCAD, "university", "SN", "UCAD"), E("Sonatel", "company", "SN"),
 E("Montréal", "place", "CA"), E(CBS, "cluster", "FR"), E("BIOQuébec", "network", "CA"),
 E("Québec", "place", "CA"), E("Aéro Montréal", "cluster", "CA"), E("Nathalie Ferrand", "person", "FR"),
 E(PAS23, "event", "FR"), E("Le Bourget", "place", "FR"), E("Aichi", "place", "JP"),
 E(CHUBU, "public_body", "JP"), E("Nagoya", "place", "JP"),
 E(ADEX, "event", "KR", "ADEX 2023"), E("Seongnam", "place", "KR"),
 E(KAI, "company", "KR", "KAI"), E("Sacheon", "place", "KR"),
 E(KARI, "research_org", "KR", "KARI"), E("Daejeon", "place", "KR"),
 E(GA24, "event", "MA"), E("Farnborough International Airshow", "event", "GB"), E("Seoul", "place", "KR"),
],
relations=[
 R(ADOCC, "located_in", "Occitanie"), R(ADOCC, "located_in", "Toulouse"), R(ADOCC, "located_in", "Montpellier"),
 R(ADOCC, "partner_of", BF), R(GA23, "located_in", "Marrakech"),
 R(ADOCC, "participated_in", GA23), R("Digital 113", "participated_in", GA23), R("APEBI", "participated_in", GA23),
 R("Digital 113", "located_in", "Occitanie"), R("Digital 113", "located_in", "Toulouse"),
 R("Digital 113", "located_in", "Montpellier"),
 R("Digital 113", "partner_of", "APEBI"), R("APEBI", "located_in", "Casablanca"),
 R(AV, "partner_of", GIMAS), R("Pierre Castagné", "works_for", ADOCC),
 R(ADOCC, "organized", JNOS), R(BF, "organized", JNOS), R(APIX, "organized", JNOS),
 R(JNOS, "located_in", "Dakar"), R(UCAD, "participated_in", JNOS), R("Sonatel", "participated_in", JNOS),
 R(CBS, "located_in", "Toulouse"), R(CBS, "partner_of", "BIOQuébec"), R("BIOQuébec", "located_in", "Québec"),
 R(AV, "met_with", "Aéro Montréal"), R("Aéro Montréal", "located_in", "Québec"),
 R("Aéro Montréal", "located_in", "Montréal"),
 R("Nathalie Ferrand", "works_for", ADOCC),
 R(PAS23, "located_in", "Le Bourget"), R(ADOCC, "participated_in", PAS23), R(AV, "participated_in", PAS23),
 R(CHUBU, "participated_in", PAS23), R(CHUBU, "located_in", "Nagoya"),
 R(ADEX, "located_in", "Seongnam"), R(AV, "participated_in", ADEX),
 R(AV, "met_with", KAI), R(AV, "met_with", KARI), R(KAI, "located_in", "Sacheon"), R(KARI, "located_in", "Daejeon"),
 R(ADOCC, "participated_in", GA24), R(GA24, "located_in", "Marrakech"),
 R(ADOCC, "participated_in", "Farnborough International Airshow"),
])

# --- 5. mission report: Auvergne-Rhône-Alpes Entreprises at BIO Korea 2024 ---------
ARAE = "Auvergne-Rhône-Alpes Entreprises"
BK = "BIO Korea 2024"
KHIDI = "Korea Health Industry Development Institute"
KOTRA = "Korea Trade-Investment Promotion Agency"
FKBD = "France-Korea Biohealth Day"
KBH = "Osong Medical Innovation Foundation"
WMIT = "Wonju Medical Industry Techno Valley"
SBA = "Seoul Business Agency"
BE24 = "BIO-Europe 2024"
GOLD["auvergne-rhone-alpes-entreprises-bio-korea-2024.html"] = dict(
entities=[
 E(ARAE, "public_body", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"), E("Seoul", "place", "KR"),
 E(BK, "event", "KR", "BIO Korea"), E(KHIDI, "public_body", "KR", "KHIDI"), E("Lyonbiopôle", "cluster", "FR"),
 E("Lyon", "place", "FR"), E("Minalogic", "cluster", "FR"), E("Grenoble", "place", "FR"),
 E(BF, "public_body", "FR"), E(KOTRA, "public_body", "KR", "KOTRA"), E(FKBD, "event", "KR"),
 E("Laurence Mathieu", "person", "FR", "Mathieu"), E("Kim Soo-yeon", "person", "KR"),
 E("Park Ji-hoon", "person", "KR"), E("Julie Faure", "person", "FR"),
 E("Vaxalpes", "company", "FR"), E("Hanbit Biologics", "company", "KR"), E("Incheon", "place", "KR"),
 E("ORGANOSCREEN", "project"), E("Eurostars", "programme"),
 E("Cellidae", "company", "FR"), E("Clermont-Ferrand", "place", "FR"),
 E(KBH, "public_body", "KR", "KBIOHealth"), E("Osong", "place", "KR"),
 E("Immunodrop", "company", "FR"), E("Daon Medical", "company", "KR"), E("Wonju", "place", "KR"),
 E(WMIT, "cluster", "KR", "WMIT"), E("Rhône Medical Robotics", "company", "FR"),
 E("Villeurbanne", "place", "FR"), E("French Tech Seoul", "network", "KR"),
 E(SBA, "public_body", "KR", "SBA"), E(BE24, "event", "SE"), E("Stockholm", "place", "SE"),
 E("Biovision 2025", "event", "FR"),
],
relations=[
 R(ARAE, "located_in", "Auvergne-Rhône-Alpes"), R(ARAE, "participated_in", BK),
 R(KHIDI, "organized", BK), R(BK, "located_in", "Seoul"),
 R("Lyonbiopôle", "participated_in", BK), R("Minalogic", "participated_in", BK),
 R("Lyonbiopôle", "located_in", "Lyon"), R("Minalogic", "located_in", "Grenoble"),
 R(ARAE, "organized", FKBD), R(KHIDI, "organized", FKBD), R(FKBD, "located_in", "Seoul"),
 R("Laurence Mathieu", "participated_in", FKBD), R("Kim Soo-yeon", "participated_in", FKBD),
 R("Park Ji-hoon", "participated_in", FKBD),
 R("Laurence Mathieu", "works_for", ARAE), R("Kim Soo-yeon", "works_for", KHIDI),
 R("Park Ji-hoon", "works_for", KOTRA), R("Julie Faure", "works_for", "Lyonbiopôle"),
 R("Vaxalpes", "located_in", "Lyon"), R("Vaxalpes", "member_of", "Lyonbiopôle"),
 R("Vaxalpes", "met_with", "Hanbit Biologics"), R("Hanbit Biologics", "located_in", "Incheon"),
 R("Vaxalpes", "consortium_member_of", "ORGANOSCREEN"),
 R("Hanbit Biologics", "consortium_member_of", "ORGANOSCREEN"),
 R("Vaxalpes", "leads", "ORGANOSCREEN"), R("ORGANOSCREEN", "funded_by", "Eurostars"),
 R("Cellidae", "located_in", "Clermont-Ferrand"), R("Cellidae", "member_of", "Lyonbiopôle"),
 R("Cellidae", "met_with", KBH), R(KBH, "located_in", "Osong"),
 R("Immunodrop", "located_in", "Grenoble"), R("Immunodrop", "member_of", "Minalogic"),
 R("Immunodrop", "met_with", "Daon Medical"), R("Daon Medical", "located_in", "Wonju"),
 R("Daon Medical", "member_of", WMIT), R(WMIT, "located_in", "Wonju"),
 R("Rhône Medical Robotics", "located_in", "Villeurbanne"),
 R("Rhône Medical Robotics", "participated_in", BK),
 R("Rhône Medical Robotics", "met_with", "Hanbit Biologics"),
 R("Rhône Medical Robotics", "met_with", "Daon Medical"),
 R("Lyonbiopôle", "partner_of", KBH),
 R("Minalogic", "met_with", SBA), R("French Tech Seoul", "located_in", "Seoul"),
 R(ARAE, "participated_in", BE24), R("Lyonbiopôle", "participated_in", BE24),
 R(KHIDI, "participated_in", BE24), R(BE24, "located_in", "Stockholm"),
 R(KHIDI, "participated_in", "Biovision 2025"), R("Biovision 2025", "located_in", "Lyon"),
])

# --- 6. EU consortium kick-off: SEN-BIOPROD in Diamniadio -------------------------
SEN = "SEN-BIOPROD"
IPD = "Institut Pasteur de Dakar"
IPM = "Institut Pasteur du Maroc"
UM6P = "Université Mohammed VI Polytechnique"
AMIP = "Association Marocaine de l'Industrie Pharmaceutique"
MESRI = "Ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation"
DEU = "Delegation of the European Union to Senegal"
AHE = "Africa Health ExCon 2024"
BES = "BIO-Europe Spring 2025"
PARTNERS = ((IPD, "Dakar"), (UCAD, "Dakar"), ("Institut Pasteur", "Paris"), (IPM, "Casablanca"),
            (UM6P, "Ben Guerir"), ("Polepharma", "Chartres"), ("Eurobiomed", "Marseille"),
            ("Teranga Bioprocess SARL", "Dakar"), ("Bioflux Normandie SAS", "Évreux"))
GOLD["sen-bioprod-consortium-kick-off-dakar-2024.txt"] = dict(
entities=[
 E(SEN, "project"), E("Diamniadio", "place", "SN"), E("Dakar", "place", "SN"),
 E("Horizon Europe", "programme"), E("Global Health EDCTP3", "programme"),
 E(AFD, "public_body", "FR", "AFD"), E(IPD, "research_org", "SN", "IPD"),
 E("Aminata Diallo", "person", "SN"), E(UCAD, "university", "SN", "UCAD"),
 E("Institut Pasteur", "research_org", "FR"), E("Paris", "place", "FR"),
 E(IPM, "research_org", "MA"), E("Casablanca", "place", "MA"),
 E(UM6P, "university", "MA", "UM6P"), E("Ben Guerir", "place", "MA"),
 E("Polepharma", "cluster", "FR"), E("Chartres", "place", "FR"),
 E("Eurobiomed", "cluster", "FR"), E("Marseille", "place", "FR"),
 E("Teranga Bioprocess SARL", "company", "SN"), E("Bioflux Normandie SAS", "company", "FR"),
 E("Évreux", "place", "FR"), E("Pasteur Network", "network"), E(AMIP, "network", "MA", "AMIP"),
 E("Cécile Morvan", "person", "FR", "Morvan"), E("Normandy", "place", "FR"),
 E("Centre-Val de Loire", "place", "FR"), E("Moussa Ndiaye", "person", "SN"),
 E("Youssef El Idrissi", "person", "MA"), E(MESRI, "public_body", "SN", "MESRI"),
 E(DEU, "public_body", "SN"), E(AHE, "event", "EG"), E("Cairo", "place", "EG"),
 E(BES, "event", "IT"), E("Milan", "place", "IT"),
],
relations=[
 R(SEN, "funded_by", "Horizon Europe"), R(SEN, "funded_by", "Global Health EDCTP3"), R(SEN, "funded_by", AFD),
 R(IPD, "leads", SEN), R("Aminata Diallo", "leads", SEN), R("Aminata Diallo", "works_for", IPD),
 *[R(o, "consortium_member_of", SEN) for o, _ in PARTNERS], R(AMIP, "consortium_member_of", SEN),
 *[R(o, "located_in", p) for o, p in PARTNERS],
 *[R(o, "member_of", "Pasteur Network") for o in (IPD, "Institut Pasteur", IPM)],
 R("Cécile Morvan", "works_for", "Polepharma"),
 R("Polepharma", "located_in", "Normandy"), R("Polepharma", "located_in", "Centre-Val de Loire"),
 R("Bioflux Normandie SAS", "member_of", "Polepharma"),
 R("Moussa Ndiaye", "works_for", UCAD), R("Youssef El Idrissi", "works_for", UM6P),
 R(UM6P, "partner_of", "Teranga Bioprocess SARL"),
 R(IPD, "participated_in", AHE), R(UCAD, "participated_in", AHE), R(AHE, "located_in", "Cairo"),
 R("Eurobiomed", "participated_in", BES), R("Polepharma", "participated_in", BES), R(BES, "located_in", "Milan"),
])

# --- 7. event news: BioFIT 2023 partnering results ---------------------------------
BF23 = "BioFIT 2023"
BF22 = "BioFIT 2022"
BF24 = "BioFIT 2024"
BVF = "BioValley France"
QI = "Québec International"
AMED = "Japan Agency for Medical Research and Development"
KBIO = "Korea Biotechnology Industry Organization"
MASCIR = "Moroccan Foundation for Advanced Science, Innovation and Research"
IGBMC = "Institut de génétique et de biologie moléculaire et cellulaire"
TAP = "TransAtlantic PoC"
GOLD["biofit-strasbourg-partnering-results-2023.md"] = dict(
entities=[
 E(BF23, "event", "FR", "BioFIT"), E("Strasbourg", "place", "FR"), E("Eurasanté", "public_body", "FR"),
 E("Lille", "place", "FR"), E(BVF, "cluster", "FR"), E("Grand Est", "place", "FR"), E(BF22, "event", "FR"),
 E("Bpifrance", "public_body", "FR"), E("SATT Conectus", "company", "FR"),
 E("Inserm Transfert", "company", "FR"), E("Paris", "place", "FR"),
 E(QI, "public_body", "CA"), E("Québec City", "place", "CA"), E("Québec", "place", "CA"),
 E("Axelys", "company", "CA"), E("Montréal", "place", "CA"),
 E(AMED, "public_body", "JP", "AMED"), E("Kyoto University", "university", "JP"),
 E(KBIO, "network", "KR", "KoreaBIO"), E("Seongnam", "place", "KR"),
 E("KAIST", "university", "KR"), E("Daejeon", "place", "KR"),
 E(MASCIR, "research_org", "MA", "MAScIR"), E("Rabat", "place", "MA"),
 E(IPD, "research_org", "SN"), E("Hélène Wirth", "person", "FR"),
 E("Rhénovax", "company", "FR"), E(IGBMC, "research_org", "FR", "IGBMC"), E("Illkirch", "place", "FR"),
 E(TAP, "project"), E("Nadia Berrada", "person", "MA"),
 E("Université de Strasbourg", "university", "FR"), E("Immunéo", "company", "FR"), E("Lyon", "place", "FR"),
 E("Étienne Vandamme", "person", "FR"), E(BF24, "event", "FR"),
],
relations=[
 R(BF23, "located_in", "Strasbourg"), R("Eurasanté", "organized", BF23), R(BVF, "organized", BF23),
 R("Eurasanté", "located_in", "Lille"), R(BVF, "located_in", "Grand Est"), R(BVF, "located_in", "Strasbourg"),
 R("Bpifrance", "participated_in", BF23),
 R("SATT Conectus", "participated_in", BF23), R("SATT Conectus", "located_in", "Strasbourg"),
 R("Inserm Transfert", "participated_in", BF23), R("Inserm Transfert", "located_in", "Paris"),
 *[R(o, "participated_in", BF23) for o in (QI, "Axelys", AMED, "Kyoto University", KBIO, "KAIST", MASCIR, IPD)],
 R(QI, "located_in", "Québec City"), R("Axelys", "located_in", "Montréal"), R(KBIO, "located_in", "Seongnam"),
 R("KAIST", "located_in", "Daejeon"), R(MASCIR, "located_in", "Rabat"),
 R("Hélène Wirth", "works_for", BVF),
 R("Rhénovax", "located_in", "Strasbourg"), R("Rhénovax", "partner_of", MASCIR),
 R("Rhénovax", "participated_in", BF23),
 R("Kyoto University", "partner_of", IGBMC), R(IGBMC, "located_in", "Illkirch"),
 R(IGBMC, "participated_in", BF23),
 R("KAIST", "met_with", "SATT Conectus"),
 R("Axelys", "partner_of", "Inserm Transfert"), R("Axelys", "leads", TAP), R(TAP, "funded_by", "Bpifrance"),
 R("Nadia Berrada", "works_for", MASCIR),
 R("Université de Strasbourg", "participated_in", BF23), R("Immunéo", "participated_in", BF23),
 R("Immunéo", "located_in", "Lyon"), R("Étienne Vandamme", "works_for", "Eurasanté"),
 R(BF24, "located_in", "Strasbourg"), R("Eurasanté", "organized", BF24), R(BVF, "organized", BF24),
 R(KBIO, "participated_in", BF24),
])

# --- 8. newsletter: La French Tech Montréal at MTL connect 2023 --------------------
MTL23 = "MTL connect 2023"
MTL24 = "MTL connect 2024"
FTM = "La French Tech Montréal"
SYS = "Systematic Paris-Region"
JA = "JUMEAUX-AÉRO"
CRIAQ = "Consortium de recherche et d'innovation en aérospatiale au Québec"
CGF = "Consulat général de France à Montréal"
DEALS = (("Kaléidos AI", "Paris", "Nordvolt Analytics", "Montréal"),
         ("Hyperlog", "Lille", "Logistik Québec Inc.", "Québec City"),
         ("Aeroscan Twin", "Toulouse", "Mirabel Aerotech", "Mirabel"))
GOLD["french-tech-montreal-mtl-connect-recap-2023.html"] = dict(
entities=[
 E(MTL23, "event", "CA", "MTL connect"), E("Montréal", "place", "CA"),
 E("Printemps numérique", "network", "CA"), E(FTM, "network", "CA", "French Tech Montréal"),
 E(TFE, "public_body", "FR"), E(BF, "public_body", "FR"), E("Cap Digital", "cluster", "FR"),
 E(SYS, "cluster", "FR"), E(AV, "cluster", "FR"), E("Guillaume Lefebvre", "person", "FR"),
 E("Scale AI", "cluster", "CA"), E("Mathilde Ruel", "person", "FR"), E("Île-de-France", "place", "FR"),
 E("Prompt", "network", "CA"), E("Québec", "place", "CA"), E(JA, "project"),
 E("Aéro Montréal", "cluster", "CA"), E(CRIAQ, "network", "CA", "CRIAQ"), E("Bpifrance", "public_body", "FR"),
 E("Josée Paradis", "person", "CA"), E("Marc Olivier", "person", "FR"),
 *[E(f, "company", "FR") for f, _, _, _ in DEALS], *[E(q, "company", "CA") for _, _, q, _ in DEALS],
 E("Paris", "place", "FR"), E("Lille", "place", "FR"), E("Toulouse", "place", "FR"),
 E("Québec City", "place", "CA"), E("Mirabel", "place", "CA"),
 E("Mila", "research_org", "CA"), E("Montréal International", "public_body", "CA"),
 E(CGF, "public_body", "FR"), E("VivaTech 2024", "event", "FR"), E("ALL IN 2024", "event", "CA"),
 E(MTL24, "event", "CA"),
],
relations=[
 R(MTL23, "located_in", "Montréal"), R("Printemps numérique", "organized", MTL23),
 *[R(o, "participated_in", MTL23) for o in (FTM, TFE, "Cap Digital", SYS, AV)],
 R("Guillaume Lefebvre", "works_for", FTM), R(FTM, "located_in", "Montréal"),
 R("Cap Digital", "partner_of", "Scale AI"), R("Scale AI", "located_in", "Montréal"),
 R("Mathilde Ruel", "works_for", "Cap Digital"), R("Cap Digital", "located_in", "Paris"),
 R(SYS, "located_in", "Île-de-France"), R(SYS, "partner_of", "Prompt"), R("Prompt", "located_in", "Québec"),
 R("Aéro Montréal", "leads", JA), R(AV, "consortium_member_of", JA), R("Aéro Montréal", "consortium_member_of", JA),
 R(JA, "funded_by", CRIAQ), R(JA, "funded_by", "Bpifrance"), R(CRIAQ, "located_in", "Québec"),
 R("Josée Paradis", "works_for", "Aéro Montréal"), R("Marc Olivier", "works_for", AV),
 R("Josée Paradis", "participated_in", MTL23), R("Marc Olivier", "participated_in", MTL23),
 *[R(f, "partner_of", q) for f, _, q, _ in DEALS],
 *[R(f, "located_in", fp) for f, fp, _, _ in DEALS], *[R(q, "located_in", qp) for _, _, q, qp in DEALS],
 R("Kaléidos AI", "member_of", "Cap Digital"), R("Aeroscan Twin", "member_of", AV),
 R("Mila", "located_in", "Québec"), R(CGF, "located_in", "Montréal"),
 R("VivaTech 2024", "located_in", "Paris"), R(FTM, "participated_in", "VivaTech 2024"),
 R("Montréal International", "participated_in", "VivaTech 2024"),
 R("ALL IN 2024", "located_in", "Montréal"), R("Scale AI", "organized", "ALL IN 2024"),
 R("Cap Digital", "participated_in", "ALL IN 2024"),
 R(FTM, "participated_in", MTL24),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.exists(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["name"] not in types, (doc, "duplicate entity", e["name"])
            types[e["name"]] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (doc, e)
            for f in [e["name"], *e["aliases"]]:
                key = f.lower()
                assert key not in forms or forms[key] == e["name"], (doc, "form used twice", f)
                forms[key] = e["name"]
                assert key in text, (doc, "not in text", f)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (doc, r)
            assert s in types and o in types, (doc, "undeclared end", r)
            assert s != o, (doc, r)
            subj, obj = ALLOWED[p]
            assert types[s] in subj and types[o] in obj, (doc, "types not allowed", r, types[s], types[o])
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)
        assert 25 <= len(gold["entities"]) <= 45, (doc, len(gold["entities"]))
        assert 25 <= len(gold["relations"]) <= 50, (doc, len(gold["relations"]))
    assert len(GOLD) == 8 and {p.name for p in DOCS.iterdir()} == set(GOLD), "documents and gold differ"


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(HERE.parents[2]), len(gold["entities"]), len(gold["relations"]))


if __name__ == "__main__":
    main()
