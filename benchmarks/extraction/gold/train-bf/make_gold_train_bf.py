"""Hand annotations of the `train-bf` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-bf/make_gold_train_bf.py

Theme: event organisers' news and recaps (partnering conventions, matchmaking days and
investor forums co-organised by several organisations, held in named cities or online;
exhibitors, speakers with affiliations, cluster pavilions, awards).

Annotation choices made consistently across this set:
- each edition of an event is its own entity ("MEDICA 2023" and "MEDICA 2024"); the bare
  series name ("MEDICA", "BIOFIT", "NLSDays") is an alias of the edition the document
  reports on; side events with their own name (an investor forum before a convention, a
  matchmaking day) are separate events; the event's country is where it is held (None
  when held virtually);
- co-organisers, and a company that "runs the partnering programme together with" the
  organisers, each get `organized`; an organiser does not also get `participated_in`;
  co-organising or preparing something together does not by itself give `partner_of`;
- pavilion organisers, exhibitors on a pavilion, listed delegation members, sponsors,
  supporters ("with the support of"), pitching companies, award winners and the parties
  of an agreement signed at the event get `participated_in` the event; a speaker,
  moderator or jury chair gets `participated_in` and `works_for` their organisation,
  while a person only quoted gets `works_for` only; the organisation of a speaker does
  not get `participated_in` unless the text says it was there;
- planned participations stated as agreed ("will exhibit", "will join", "planned
  missions under an MoU") are annotated like past ones;
- signed MoUs, letters of intent, collaboration agreements, mentor exchanges and a
  planned joint pilot give `partner_of`; "held meetings with", "visited", "hosted a
  session with a delegation of" give `met_with`; joint project membership gives
  `consortium_member_of` only, and the coordinator also gets `leads`;
- "members of X", "member companies of the cluster", "EEN partners" and "the regional
  hub of X" give `member_of`;
- named awards, pavilions, stages and sessions are not entities (no type fits); the
  European Union, countries, continents and rivers (and "the Nordic region", "the
  Baltics", "the Basel region") are not places; venues (Malmö Live, Congress Center
  Basel, PACIFICO Yokohama) are `place` and an event is `located_in` both its venue and
  its city;
- an organisation is `located_in` a city when the text gives it in parentheses, a table
  row, "based in / from / X-based", or a contact line; an agency "of the region X" is
  `located_in` X;
- industry associations of companies, science cities and medical districts are
  `cluster`; a body the text calls a "network" is `network`; agencies, embassies and
  governments are `public_body`; hospitals, foundations for research and research centres
  are `research_org`; venture capital firms and partnering platform operators are
  `company` (an operator that only provides the online platform gets no relation).
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-bf"

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

# --- cluster news: Bavarian joint pavilion at MEDICA 2023 ------------------------------
MVE = "Medical Valley European Metropolitan Region Nuremberg"
BI = "Bayern Innovativ"
M23 = "MEDICA 2023"
M24 = "MEDICA 2024"
FIIS = "Fraunhofer Institute for Integrated Circuits IIS"
FAU = "Friedrich-Alexander-Universität Erlangen-Nürnberg"
MTB = "MedTech Bridge"
MED = "Medicen Paris Region"
KBH = "Osong Medical Innovation Foundation"
TMC = "Texas Medical Center"
GOLD["medical-valley-medica-joint-pavilion-recap-2023.md"] = dict(
entities=[
 E(M23, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E(MVE, "cluster", "DE", "Medical Valley EMN"), E(BI, "public_body", "DE"),
 E("Bavaria", "place", "DE"),
 E("Bavarian Ministry of Economic Affairs, Regional Development and Energy", "public_body", "DE",
   "StMWi"),
 E("Messe Düsseldorf", "company", "DE"),
 E("Sensilab Medical", "company", "DE"), E("Erlangen", "place", "DE"),
 E("Orthoflux GmbH", "company", "DE", "Orthoflux"), E("Nuremberg", "place", "DE"),
 E("Vivantis Diagnostics", "company", "DE"), E("Regensburg", "place", "DE"),
 E("Kardiomed Systems", "company", "DE"), E("Würzburg", "place", "DE"),
 E(FIIS, "research_org", "DE", "Fraunhofer IIS"),
 E(FAU, "university", "DE", "FAU"),
 E("Lena Hartmann", "person", "DE"), E("Andrea Kessler", "person", "DE"),
 E("FDA", "public_body", "US"),
 E("Jonas Riedl", "person", "DE"), E("Markus Seidl", "person", "DE"),
 E(MTB, "project"), E(MED, "cluster", "FR", "Medicen"), E("EIT Health", "network"),
 E("Pierre Dumont", "person", "FR"),
 E(KBH, "cluster", "KR", "KBIOHealth"),
 E("Houston", "place", "US"), E(TMC, "cluster", "US", "TMC"), E("Texas", "place", "US"),
 E(M24, "event", "DE"),
],
relations=[
 R("Messe Düsseldorf", "organized", M23), R(M23, "located_in", "Düsseldorf"),
 *[R(o, "participated_in", M23) for o in (
   MVE, BI, "Sensilab Medical", "Orthoflux GmbH", "Vivantis Diagnostics", "Kardiomed Systems",
   FIIS, FAU)],
 R("Sensilab Medical", "located_in", "Erlangen"), R("Orthoflux GmbH", "located_in", "Nuremberg"),
 R("Vivantis Diagnostics", "located_in", "Regensburg"),
 R("Kardiomed Systems", "located_in", "Würzburg"),
 R("Lena Hartmann", "works_for", "Sensilab Medical"),
 R("Andrea Kessler", "works_for", MVE), R("Andrea Kessler", "participated_in", M23),
 R("Jonas Riedl", "works_for", FAU), R("Jonas Riedl", "participated_in", M23),
 R("Markus Seidl", "works_for", BI), R("Markus Seidl", "participated_in", M23),
 R(MVE, "leads", MTB),
 *[R(o, "consortium_member_of", MTB) for o in (MVE, MED, FIIS)],
 R(MTB, "funded_by", "EIT Health"),
 R("Pierre Dumont", "works_for", MED), R("Pierre Dumont", "participated_in", M23),
 R(KBH, "participated_in", M23), R(KBH, "met_with", "Orthoflux GmbH"),
 R(KBH, "met_with", "Vivantis Diagnostics"),
 R(TMC, "located_in", "Houston"), R(TMC, "participated_in", M23), R(TMC, "partner_of", MVE),
 R(M24, "located_in", "Düsseldorf"), R(MVE, "participated_in", M24),
])

# --- association newsletter: Nordic Life Science Days 2023, Malmö ----------------------
NLS = "Nordic Life Science Days 2023"
MVA = "Medicon Valley Alliance"
OCC = "Oslo Cancer Cluster"
DLSC = "Danish Life Science Cluster"
HCH = "Health Capital Helsinki"
EBA = "Estonian Biotechnology Association"
RMN = "ReMedi Nordic"
BIO24 = "BIO International Convention 2024"
GOLD["nordic-life-science-days-malmo-partnering-recap-2023.html"] = dict(
entities=[
 E(NLS, "event", "SE", "Nordic Life Science Days", "NLSDays", "NLSDays 2023"),
 E("SwedenBIO", "cluster", "SE"), E("Malmö", "place", "SE"), E("Malmö Live", "place", "SE"),
 E(MVA, "cluster", "DK", "MVA"), E("Region Skåne", "public_body", "SE"),
 E("EBD Group", "company"), E("Copenhagen", "place", "DK"),
 E("Karin Alm", "person", "SE"),
 E(OCC, "cluster", "NO"), E("Oslo", "place", "NO"),
 E("Nordkap Immunotech", "company", "NO"),
 E("Norway Health Tech", "cluster", "NO"), E("Medisync AS", "company", "NO"),
 E(DLSC, "cluster", "DK"), E("Lymfa Therapeutics", "company", "DK"),
 E(HCH, "cluster", "FI"), E("Helsinki", "place", "FI"),
 E("Auroral Diagnostics", "company", "FI"),
 E(EBA, "cluster", "EE"), E("Tartu", "place", "EE"), E("Genotrace OÜ", "company", "EE"),
 E("Henrik Sandén", "person", "DK"), E("Novo Nordisk", "company", "DK"),
 E("Magnus Berg", "person", "SE"), E("Scandivest Capital", "company", "SE"),
 E("Sofie Ekström", "person", "SE"), E("Hemacure", "company", "SE"), E("Lund", "place", "SE"),
 E("Lund University", "university", "SE"), E("University of Copenhagen", "university", "DK"),
 E(RMN, "project"), E("NordForsk", "public_body"),
 E(BIO24, "event", "US"), E("San Diego", "place", "US"),
 E("NLSDays 2024", "event", "SE"), E("Stockholm", "place", "SE"),
],
relations=[
 *[R(o, "organized", NLS) for o in ("SwedenBIO", MVA, "Region Skåne", "EBD Group")],
 R(NLS, "located_in", "Malmö"), R(NLS, "located_in", "Malmö Live"),
 R("Karin Alm", "works_for", "SwedenBIO"),
 R(OCC, "located_in", "Oslo"), R("Norway Health Tech", "located_in", "Oslo"),
 R(DLSC, "located_in", "Copenhagen"), R(HCH, "located_in", "Helsinki"),
 R(EBA, "located_in", "Tartu"),
 *[R(o, "participated_in", NLS) for o in (
   OCC, "Nordkap Immunotech", "Norway Health Tech", "Medisync AS", DLSC,
   "Lymfa Therapeutics", HCH, "Auroral Diagnostics", EBA, "Genotrace OÜ",
   "Hemacure", "Lund University", "University of Copenhagen")],
 R("Henrik Sandén", "works_for", "Novo Nordisk"), R("Henrik Sandén", "participated_in", NLS),
 R("Magnus Berg", "works_for", "Scandivest Capital"), R("Magnus Berg", "participated_in", NLS),
 R("Sofie Ekström", "works_for", "Hemacure"), R("Sofie Ekström", "participated_in", NLS),
 R("Hemacure", "located_in", "Lund"),
 R("Lund University", "leads", RMN), R("Lund University", "consortium_member_of", RMN),
 R("University of Copenhagen", "consortium_member_of", RMN), R(RMN, "funded_by", "NordForsk"),
 R("Auroral Diagnostics", "located_in", "Helsinki"),
 R(MVA, "partner_of", HCH), R(BIO24, "located_in", "San Diego"),
 R(MVA, "participated_in", BIO24), R(HCH, "participated_in", BIO24),
 R(OCC, "partner_of", DLSC),
 R("NLSDays 2024", "located_in", "Stockholm"),
])

# --- press release: BIOFIT 2022, Lille, and the Tech Transfer Matchmaking Day ----------
BF22 = "BIOFIT 2022"
BF23 = "BIOFIT 2023"
EUR = "Eurasanté"
BVF = "BioValley France"
TTM = "Tech Transfer Matchmaking Day"
IRN = "InnoBridge Rhin-Nord"
ERDF = "European Regional Development Fund"
BIO23 = "BIO International Convention 2023"
GOLD["biofit-lille-tech-transfer-matchmaking-2022.txt"] = dict(
entities=[
 E(BF22, "event", "FR", "BIOFIT"), E("Lille", "place", "FR"),
 E("Lille Grand Palais", "place", "FR"),
 E(EUR, "public_body", "FR"), E("Hauts-de-France", "place", "FR"),
 E(BVF, "cluster", "FR"), E("Grand Est", "place", "FR"), E("Strasbourg", "place", "FR"),
 E(TTM, "event", "FR"), E("SATT Nord", "company", "FR"),
 E("Université de Lille", "university", "FR"),
 E("KU Leuven", "university", "BE"), E("Ghent University", "university", "BE"),
 E("University of Strasbourg", "university", "FR"),
 E("Sanofi", "company", "FR"), E("Servier", "company", "FR"),
 E("Lumiquant Biosciences", "company", "NL"), E("Leiden", "place", "NL"),
 E("Genvectra", "company", "FR"),
 E("Claire Dufresne", "person", "FR"), E("Étienne Vasseur", "person", "FR"),
 E("Hélène Marchal", "person", "FR", "Marchal"), E("Wim Declercq", "person", "BE"),
 E("Rafael Ortega", "person", "FR"),
 E(IRN, "project", "FR"), E(ERDF, "programme", None, "ERDF"),
 E("Mycobiotix", "company", "FR"), E("Oculyx Therapeutics", "company", "FR"),
 E("BioWin", "cluster", "BE"),
 E(BIO23, "event", "US"), E("Boston", "place", "US"),
 E(BF23, "event", "FR"),
],
relations=[
 R(EUR, "organized", BF22), R(BVF, "organized", BF22),
 R(BF22, "located_in", "Lille"), R(BF22, "located_in", "Lille Grand Palais"),
 R(EUR, "located_in", "Hauts-de-France"), R(BVF, "located_in", "Grand Est"),
 *[R(o, "organized", TTM) for o in (EUR, BVF, "SATT Nord")],
 *[R(o, "participated_in", TTM) for o in (
   "Université de Lille", "KU Leuven", "Ghent University",
   "University of Strasbourg", "Sanofi", "Servier", "Lumiquant Biosciences",
   "Genvectra")],
 R("Lumiquant Biosciences", "located_in", "Leiden"), R("Genvectra", "located_in", "Lille"),
 R("Claire Dufresne", "works_for", "SATT Nord"),
 R("Étienne Vasseur", "works_for", EUR), R("Étienne Vasseur", "participated_in", BF22),
 R("Hélène Marchal", "works_for", BVF), R("Hélène Marchal", "participated_in", BF22),
 R("Wim Declercq", "works_for", "Ghent University"), R("Wim Declercq", "participated_in", BF22),
 R("Rafael Ortega", "works_for", "Servier"), R("Rafael Ortega", "participated_in", BF22),
 *[R(o, "participated_in", BF22) for o in (
   "Mycobiotix", "Oculyx Therapeutics", "BioWin")],
 R(BVF, "leads", IRN),
 *[R(o, "consortium_member_of", IRN) for o in (BVF, EUR, "University of Strasbourg")],
 R(IRN, "funded_by", ERDF),
 R("Mycobiotix", "located_in", "Lille"), R("Oculyx Therapeutics", "located_in", "Strasbourg"),
 R(EUR, "partner_of", "BioWin"),
 R(EUR, "participated_in", BIO23), R("BioWin", "participated_in", BIO23),
 R(BIO23, "located_in", "Boston"),
 R(BF23, "located_in", "Strasbourg"),
])

# --- event recap: Basel Life Sciences Investor Forum before BIO-Europe Spring 2023 -----
BLF = "Basel Life Sciences Investor Forum"
BA = "Basel Area Business & Innovation"
SBA = "Swiss Biotech Association"
BVB = "BioValley Basel"
BES = "BIO-Europe Spring 2023"
CCB = "Congress Center Basel"
LJ = "Life Science Innovation Network Japan"
GOLD["basel-life-sciences-investor-forum-bio-europe-spring-2023.md"] = dict(
entities=[
 E(BLF, "event", "CH"), E("Basel", "place", "CH"),
 E(BA, "public_body", "CH", "Basel Area"),
 E(SBA, "cluster", "CH", "SBA"), E(BVB, "network", "CH"),
 E(CCB, "place", "CH"),
 E(BES, "event", "CH", "BIO-Europe Spring", "BIO-Europe"), E("EBD Group", "company"),
 E("Lonza", "company", "CH"),
 E("Talmira Therapeutics", "company", "CH"), E("Allschwil", "place", "CH"),
 E("Nephrion Bio", "company", "CH"), E("Geneva", "place", "CH"),
 E("Cellomic Labs", "company", "CH"), E("Zurich", "place", "CH"),
 E("Veritas Peptides", "company", "DE"), E("Freiburg im Breisgau", "place", "DE", "Freiburg"),
 E("Arbora Biosciences", "company", "FR"), E("Mulhouse", "place", "FR"),
 E("Mei Lin", "person", "CH"), E("Alpine Bioventures", "company", "CH"), E("Zug", "place", "CH"),
 E("Stefan Huber", "person", "CH"), E("Rhein Ventures", "company", "CH"),
 E("Julie Martin", "person", "FR"), E("Seventure Partners", "company", "FR"),
 E("Paris", "place", "FR"),
 E("Anna Widmer", "person", "CH"),
 E("Léa Rochat", "person", "CH"),
 E(LJ, "network", "JP", "LINK-J"), E("Tokyo", "place", "JP"),
 E("BioJapan", "event", "JP"), E("Yokohama", "place", "JP"),
 E("Swiss Biotech Day", "event", "CH"),
],
relations=[
 *[R(o, "organized", BLF) for o in (BA, SBA, BVB)],
 R(BLF, "located_in", "Basel"), R(BLF, "located_in", CCB),
 R("EBD Group", "organized", BES), R(BES, "located_in", CCB), R(BES, "located_in", "Basel"),
 *[R(o, "participated_in", BLF) for o in (
   "Lonza", "Talmira Therapeutics", "Nephrion Bio", "Cellomic Labs", "Veritas Peptides",
   "Arbora Biosciences", LJ)],
 R("Lonza", "located_in", "Basel"),
 R("Talmira Therapeutics", "located_in", "Allschwil"), R("Nephrion Bio", "located_in", "Geneva"),
 R("Cellomic Labs", "located_in", "Zurich"),
 R("Veritas Peptides", "located_in", "Freiburg im Breisgau"),
 R("Arbora Biosciences", "located_in", "Mulhouse"),
 R("Veritas Peptides", "member_of", BVB), R("Arbora Biosciences", "member_of", BVB),
 R("Mei Lin", "works_for", "Alpine Bioventures"), R("Mei Lin", "participated_in", BLF),
 R("Alpine Bioventures", "located_in", "Zug"),
 R("Stefan Huber", "works_for", "Rhein Ventures"), R("Stefan Huber", "participated_in", BLF),
 R("Rhein Ventures", "located_in", "Basel"),
 R("Julie Martin", "works_for", "Seventure Partners"), R("Julie Martin", "participated_in", BLF),
 R("Seventure Partners", "located_in", "Paris"),
 R("Anna Widmer", "works_for", BA), R("Anna Widmer", "participated_in", BLF),
 R("Léa Rochat", "works_for", "Nephrion Bio"), R("Léa Rochat", "participated_in", BLF),
 R(LJ, "located_in", "Tokyo"), R(BA, "met_with", LJ), R(LJ, "met_with", "Talmira Therapeutics"),
 R(LJ, "met_with", "Cellomic Labs"), R(BA, "partner_of", LJ),
 R(BA, "participated_in", "BioJapan"), R(LJ, "participated_in", "BioJapan"),
 R("BioJapan", "located_in", "Yokohama"),
])

# --- event news: EEN Digital Health Matchmaking Lisbon 2024 (Web Summit week) ----------
DHM = "Digital Health Matchmaking Lisbon 2024"
EEN = "Enterprise Europe Network"
WS = "Web Summit 2024"
IAP = "Agency for Competitiveness and Innovation"
ANI = "Agência Nacional de Inovação"
HCP = "Health Cluster Portugal"
CSG = "Cluster Saúde de Galicia"
HVN = "Health Valley Netherlands"
ULS = "Unidade Local de Saúde de São João"
SNG = "SAÚDE NORTE-GALIZA"
POC = "Interreg VI-A Spain-Portugal"
GOLD["een-digital-health-matchmaking-web-summit-lisbon-2024.html"] = dict(
entities=[
 E(EEN, "network", None, "EEN"), E(DHM, "event", "PT"),
 E(WS, "event", "PT", "Web Summit"), E("Lisbon", "place", "PT"),
 E("Hub Criativo do Beato", "place", "PT"),
 E(IAP, "public_body", "PT", "IAPMEI"), E(ANI, "public_body", "PT", "ANI"),
 E(HCP, "cluster", "PT", "HCP"), E("Porto", "place", "PT"),
 E("Startup Portugal", "public_body", "PT"),
 E(CSG, "cluster", "ES", "CSG"), E("Santiago de Compostela", "place", "ES"),
 E("ACCIÓ", "public_body", "ES"), E("Barcelona", "place", "ES"),
 E(HVN, "cluster", "NL"), E("Nijmegen", "place", "NL"),
 E(ULS, "research_org", "PT"),
 E("INESC TEC", "research_org", "PT"),
 E("Tejo Health Analytics", "company", "PT"),
 E("Cardiosense Galicia", "company", "ES"), E("Vigo", "place", "ES"),
 E("PulseWay Digital", "company", "NL"), E("Eindhoven", "place", "NL"),
 E("Atlântica Telemed", "company", "PT"), E("Braga", "place", "PT"),
 E("Joana Ferreira", "person", "PT"), E("Jordi Puig", "person", "ES"),
 E("Maarten de Vries", "person", "NL"), E("Rui Matos", "person", "PT"),
 E(SNG, "project"), E(POC, "programme", None, "POCTEP"),
 E("Single Market Programme", "programme"),
],
relations=[
 *[R(o, "organized", DHM) for o in (EEN, IAP, ANI, HCP)],
 *[R(o, "member_of", EEN) for o in (IAP, ANI, HCP)],
 R(DHM, "located_in", "Hub Criativo do Beato"), R(DHM, "located_in", "Lisbon"),
 R(WS, "located_in", "Lisbon"),
 R(HCP, "located_in", "Porto"),
 *[R(o, "participated_in", DHM) for o in (
   "Startup Portugal", CSG, "ACCIÓ", HVN, ULS, "INESC TEC", "Tejo Health Analytics",
   "Cardiosense Galicia", "PulseWay Digital", "Atlântica Telemed")],
 R(CSG, "located_in", "Santiago de Compostela"),
 R(HVN, "located_in", "Nijmegen"), R(ULS, "located_in", "Porto"),
 R("Tejo Health Analytics", "located_in", "Lisbon"), R("Cardiosense Galicia", "located_in", "Vigo"),
 R("PulseWay Digital", "located_in", "Eindhoven"),
 R("Atlântica Telemed", "located_in", "Braga"),
 R("Joana Ferreira", "works_for", HCP), R("Jordi Puig", "works_for", "ACCIÓ"),
 R("Maarten de Vries", "works_for", HVN),
 R("Rui Matos", "works_for", IAP),
 *[R(p, "participated_in", DHM) for p in (
   "Joana Ferreira", "Jordi Puig", "Maarten de Vries", "Rui Matos")],
 R("Cardiosense Galicia", "partner_of", "Tejo Health Analytics"),
 R(HCP, "leads", SNG), R(HCP, "consortium_member_of", SNG), R(CSG, "consortium_member_of", SNG),
 R(SNG, "funded_by", POC),
 R("PulseWay Digital", "partner_of", "Atlântica Telemed"),
 R(EEN, "funded_by", "Single Market Programme"),
])

# --- delegation report: Biocat mission to BioAsia 2024, Hyderabad ---------------------
BA24 = "BioAsia 2024"
HICC = "Hyderabad International Convention Centre"
FABA = "Federation of Asian Biotech Associations"
IBEC = "Institute for Bioengineering of Catalonia"
UAB = "Universitat Autònoma de Barcelona"
BSC = "Barcelona Supercomputing Center"
CBH = "CataloniaBio & HealthTech"
UOH = "University of Hyderabad"
BES23 = "BIO-Europe Spring 2023"
BIOC = "BIO International Convention"
DEL = ("Biocat", "Oncoheal Pharma", "Farmalia Biotech", "Vallès Diagnostics", IBEC, UAB, BSC,
       "Kyrion Data Health", CBH)
GOLD["biocat-bioasia-hyderabad-delegation-report-2024.txt"] = dict(
entities=[
 E("Biocat", "cluster", "ES"), E(BA24, "event", "IN", "BioAsia"), E("Hyderabad", "place", "IN"),
 E("Government of Telangana", "public_body", "IN"), E(FABA, "network", "IN", "FABA"),
 E(HICC, "place", "IN", "HICC"),
 E("ACCIÓ", "public_body", "ES"),
 E("Oncoheal Pharma", "company", "ES"), E("Barcelona", "place", "ES"),
 E("Farmalia Biotech", "company", "ES"), E("Sabadell", "place", "ES"),
 E("Vallès Diagnostics", "company", "ES"), E("Terrassa", "place", "ES"),
 E(IBEC, "research_org", "ES", "IBEC"),
 E(UAB, "university", "ES", "UAB"), E(BSC, "research_org", "ES", "BSC"),
 E("Kyrion Data Health", "company", "ES"), E("Girona", "place", "ES"),
 E(CBH, "cluster", "ES"),
 E("Bharat Biotech", "company", "IN"),
 E("Aurigene Pharma Services", "company", "IN"),
 E(BES23, "event", "CH"), E("Basel", "place", "CH"),
 E("Genome Valley", "cluster", "IN"), E("Shakti Nagappan", "person", "IN"),
 E("T-Hub", "cluster", "IN"),
 E("Núria Vidal", "person", "ES"),
 E("Marta Solé", "person", "ES"),
 E(UOH, "university", "IN"), E("ORGANOMIND", "project"),
 E("Arvind Rao", "person", "IN"),
 E("B·Debate", "event", "ES"),
 E("Invest India", "public_body", "IN"), E(BIOC, "event", "US"), E("Boston", "place", "US"),
],
relations=[
 *[R(o, "participated_in", BA24) for o in DEL],
 R(BA24, "located_in", "Hyderabad"), R(BA24, "located_in", HICC),
 R("Government of Telangana", "organized", BA24), R(FABA, "organized", BA24),
 R("Oncoheal Pharma", "located_in", "Barcelona"), R("Farmalia Biotech", "located_in", "Sabadell"),
 R("Vallès Diagnostics", "located_in", "Terrassa"),
 R("Kyrion Data Health", "located_in", "Girona"),
 R("Farmalia Biotech", "met_with", "Bharat Biotech"),
 R("Oncoheal Pharma", "met_with", "Aurigene Pharma Services"),
 R("Oncoheal Pharma", "participated_in", BES23), R("Aurigene Pharma Services", "participated_in", BES23),
 R(BES23, "located_in", "Basel"),
 R("Genome Valley", "located_in", "Hyderabad"), R("Biocat", "met_with", "Genome Valley"),
 R("Shakti Nagappan", "works_for", "Genome Valley"), R("Shakti Nagappan", "participated_in", BA24),
 R("T-Hub", "located_in", "Hyderabad"), R("Biocat", "met_with", "T-Hub"),
 R("Núria Vidal", "works_for", "Biocat"), R("Núria Vidal", "participated_in", BA24),
 R("Marta Solé", "works_for", IBEC), R("Marta Solé", "participated_in", BA24),
 R("Biocat", "partner_of", "Genome Valley"),
 R(IBEC, "leads", "ORGANOMIND"), R(IBEC, "consortium_member_of", "ORGANOMIND"),
 R(UOH, "consortium_member_of", "ORGANOMIND"),
 R("Arvind Rao", "works_for", UOH), R("Arvind Rao", "participated_in", BA24),
 R("Biocat", "organized", "B·Debate"), R("B·Debate", "located_in", "Barcelona"),
 R("Invest India", "participated_in", BIOC), R("Biocat", "participated_in", BIOC),
 R(BIOC, "located_in", "Boston"), R("Biocat", "located_in", "Barcelona"),
])

# --- project newsletter: Baltic Health Investor Forum 2021 (virtual) -------------------
BHF = "Baltic Health Investor Forum 2021"
LBA = "Lithuanian Biotechnology Association"
LLSC = "Latvian Life Science Cluster"
CHC = "Connected Health Cluster"
BHI = "BaltHealth Invest"
LMV = "Lubelskie Medical Valley"
IBSR = "Interreg Baltic Sea Region"
NHC = "Nordic Health Capital"
GOLD["baltic-health-investor-forum-virtual-2021.md"] = dict(
entities=[
 E(BHF, "event", None, "Baltic Health Investor Forum"),
 E(LBA, "cluster", "LT", "LBA"), E(LLSC, "cluster", "LV", "LLSC"), E("Riga", "place", "LV"),
 E(CHC, "cluster", "EE"), E("Tallinn", "place", "EE"),
 E("b2match", "company", "SI"), E("Vilnius", "place", "LT"),
 E(BHI, "project"), E(LMV, "cluster", "PL"), E(IBSR, "programme"),
 E("European Regional Development Fund", "programme"),
 E("Rūta Kazlauskienė", "person", "LT"),
 E("Henrik Aaltonen", "person", "FI"), E(NHC, "company", "FI"), E("Helsinki", "place", "FI"),
 E("Kristi Tamm", "person", "EE"), E("Superia Ventures", "company", "EE"),
 E("Jānis Ozols", "person", "LV"), E("Daugava Ventures", "company", "LV"),
 E("Triin Kask", "person", "EE"),
 E("Cardiolyte", "company", "LT"), E("Kaunas", "place", "LT"),
 E("Oculara", "company", "EE"), E("Tartu", "place", "EE"),
 E("NeuroBalt Therapeutics", "company", "LV"),
 E("Kaunas University of Technology", "university", "LT", "KTU"),
 E("Tomas Jankauskas", "person", "LT"),
 E("Medicon Valley Alliance", "cluster", "DK"), E("Invest Lithuania", "public_body", "LT"),
 E("EIT Health Scandinavia", "network"), E("EIT Health", "network"),
 E("Agnieszka Nowak", "person", "PL"),
 E("Baltic Health Day", "event", "FI"), E("Arctic15", "event", "FI"),
],
relations=[
 *[R(o, "organized", BHF) for o in (LBA, LLSC, CHC)],
 R(LLSC, "located_in", "Riga"), R(CHC, "located_in", "Tallinn"),
 R(LBA, "leads", BHI), *[R(o, "consortium_member_of", BHI) for o in (LBA, LLSC, CHC, LMV)],
 R(BHI, "funded_by", IBSR), R(BHI, "funded_by", "European Regional Development Fund"),
 R("Rūta Kazlauskienė", "works_for", LBA), R("Rūta Kazlauskienė", "participated_in", BHF),
 R("Henrik Aaltonen", "works_for", NHC), R("Henrik Aaltonen", "participated_in", BHF),
 R(NHC, "located_in", "Helsinki"),
 R("Kristi Tamm", "works_for", "Superia Ventures"), R("Kristi Tamm", "participated_in", BHF),
 R("Superia Ventures", "located_in", "Tallinn"),
 R("Jānis Ozols", "works_for", "Daugava Ventures"), R("Jānis Ozols", "participated_in", BHF),
 R("Daugava Ventures", "located_in", "Riga"),
 R("Triin Kask", "works_for", CHC), R("Triin Kask", "participated_in", BHF),
 *[R(o, "participated_in", BHF) for o in (
   "Cardiolyte", "Oculara", "NeuroBalt Therapeutics", "Medicon Valley Alliance",
   "Invest Lithuania", "EIT Health Scandinavia")],
 R("Cardiolyte", "located_in", "Kaunas"), R("Oculara", "located_in", "Tartu"),
 R("NeuroBalt Therapeutics", "located_in", "Riga"),
 R("Tomas Jankauskas", "works_for", "Cardiolyte"),
 R("EIT Health Scandinavia", "member_of", "EIT Health"),
 R("Agnieszka Nowak", "works_for", LMV), R("Agnieszka Nowak", "participated_in", BHF),
 R("Baltic Health Day", "located_in", "Helsinki"), R("Arctic15", "located_in", "Helsinki"),
])

# --- cluster newsletter: Kobe Biomedical Innovation Cluster at BioJapan 2022 ----------
KBIC = "Kobe Biomedical Innovation Cluster"
BJ22 = "BioJapan 2022"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
BDR = "RIKEN Center for Biosystems Dynamics Research"
KCH = "Kobe City Medical Center General Hospital"
KOO = "KOBE-OSAKA ORGANOID"
AMED = "Japan Agency for Medical Research and Development"
MIV = "Montréal InVivo"
JETRO = "Japan External Trade Organization"
PAV = ("Rokko Cell Therapeutics", "Minatogawa Medical Devices", "Sumashi Genomics",
       "Kobe University", BDR, KCH)
GOLD["kobe-biomedical-cluster-biojapan-yokohama-newsletter-2022.txt"] = dict(
entities=[
 E(KBIC, "cluster", "JP", "KBIC"), E("Yokohama", "place", "JP"),
 E(BJ22, "event", "JP", "BioJapan"), E("PACIFICO Yokohama", "place", "JP"),
 E("JTB Communication Design", "company", "JP"),
 E(FBRI, "research_org", "JP", "FBRI"), E("City of Kobe", "public_body", "JP"),
 E("Kobe", "place", "JP"), E("Port Island", "place", "JP"),
 E("Rokko Cell Therapeutics", "company", "JP"),
 E("Minatogawa Medical Devices", "company", "JP"), E("Sumashi Genomics", "company", "JP"),
 E("Kobe University", "university", "JP"), E(BDR, "research_org", "JP", "BDR"),
 E(KCH, "research_org", "JP"),
 E("Kenji Morita", "person", "JP", "Morita"), E("Yuki Tanaka", "person", "JP"),
 E("Haruto Ishikawa", "person", "JP"), E("Osaka University", "university", "JP"),
 E(KOO, "project", "JP"), E(AMED, "public_body", "JP", "AMED"),
 E(MIV, "cluster", "CA"), E("Greater Montréal", "place", "CA"), E("Québec", "place", "CA"),
 E("Sophie Gendron-Lapointe", "person", "CA"),
 E("BioAlps", "cluster", "CH"), E("Stéphanie Roulin", "person", "CH"),
 E("Lausanne", "place", "CH"),
 E("Basel Area Business & Innovation", "public_body", "CH"), E("LINK-J", "network", "JP"),
 E("BIO-Europe 2022", "event", "DE"), E("Leipzig", "place", "DE"),
 E(JETRO, "public_body", "JP", "JETRO"),
 E("MEDICA 2022", "event", "DE"), E("Düsseldorf", "place", "DE"),
],
relations=[
 R(KBIC, "participated_in", BJ22), R(BJ22, "located_in", "Yokohama"),
 R(BJ22, "located_in", "PACIFICO Yokohama"), R("JTB Communication Design", "organized", BJ22),
 R(FBRI, "participated_in", BJ22), R("City of Kobe", "participated_in", BJ22),
 R(KBIC, "located_in", "Port Island"), R(KBIC, "located_in", "Kobe"),
 *[R(o, "participated_in", BJ22) for o in PAV],
 *[R(o, "member_of", KBIC) for o in PAV],
 R("Kenji Morita", "works_for", FBRI), R("Kenji Morita", "participated_in", BJ22),
 R("Yuki Tanaka", "works_for", "Rokko Cell Therapeutics"),
 R("Haruto Ishikawa", "works_for", "Kobe University"), R("Haruto Ishikawa", "participated_in", BJ22),
 R("Kobe University", "consortium_member_of", KOO), R("Osaka University", "consortium_member_of", KOO),
 R(KOO, "funded_by", AMED),
 R(KBIC, "partner_of", MIV), R(MIV, "participated_in", BJ22), R(MIV, "located_in", "Greater Montréal"),
 R("Sophie Gendron-Lapointe", "works_for", MIV),
 R("Sophie Gendron-Lapointe", "participated_in", BJ22),
 R(KBIC, "partner_of", "BioAlps"), R("BioAlps", "participated_in", BJ22),
 R("Stéphanie Roulin", "works_for", "BioAlps"), R("Stéphanie Roulin", "participated_in", BJ22),
 R(KBIC, "met_with", "Basel Area Business & Innovation"),
 R("Basel Area Business & Innovation", "participated_in", BJ22),
 R("Basel Area Business & Innovation", "partner_of", "LINK-J"),
 R("BIO-Europe 2022", "located_in", "Leipzig"), R(KBIC, "participated_in", "BIO-Europe 2022"),
 R(JETRO, "participated_in", "BIO-Europe 2022"),
 R("MEDICA 2022", "located_in", "Düsseldorf"),
 *[R(o, "participated_in", "MEDICA 2022") for o in (
   "Minatogawa Medical Devices", "Sumashi Genomics", JETRO)],
 R(FBRI, "located_in", "Kobe"),
])


def check():
    """Assert the gold is well formed and consistent with the documents."""
    for name, gold in GOLD.items():
        path = DOCS / name
        assert path.is_file(), f"{name}: document missing"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{name}: bad type {e}"
            assert e["name"] not in types, f"{name}: duplicate entity {e['name']}"
            types[e["name"]] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), e
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, f"{name}: {form!r} used by {forms[key]!r} and {e['name']!r}"
                forms[key] = e["name"]
                assert key in text, f"{name}: {form!r} does not occur in the document"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, f"{name}: unknown predicate {p}"
            assert s in types, f"{name}: undeclared subject {s!r}"
            assert o in types, f"{name}: undeclared object {o!r}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, f"{name}: {s} ({types[s]}) cannot be subject of {p}"
            assert types[o] in obj_ok, f"{name}: {o} ({types[o]}) cannot be object of {p}"
            assert s != o, f"{name}: self relation {r}"
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, f"{name}: duplicate relation {r}"
            seen.add(key)
    assert len(GOLD) == len(list(DOCS.iterdir())), "a document has no gold"


if __name__ == "__main__":
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(HERE.parent.parent.parent.parent), len(gold["entities"]),
              len(gold["relations"]))
