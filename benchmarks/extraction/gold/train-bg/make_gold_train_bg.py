"""Hand annotations of the `train-bg` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-bg/make_gold_train_bg.py

Theme: newsletters of cluster networks and regional agencies (HTML, markdown and plain
text) made of many short items: new members, MoUs, webinars, calls for proposals,
delegations, project kick-offs; later items refer back to earlier names by acronym or
short form (BMC, HCP, OCC, WFS, CIAC, ULiège, ...).

Annotation choices made consistently across this set:
- "we", "our network" and the unnamed subject of an item are the publisher of the
  newsletter; new members (full or associated, "created their profile and joined the
  ECCP community") are `member_of` the network or cluster they join;
- signed, renewed or agreed MoUs and cooperation agreements give `partner_of`; when the
  text says they were signed at an event, both parties and the people named as
  signatories `participated_in` it;
  "X organised / held ... together with Y" (an event, webinar, pavilion or mission)
  also gives `partner_of` between X and Y;
- the organisers of a named event or webinar get `organized`; an organisation that runs
  a pavilion, stand, visitor group or delegation at someone else's event, and every
  organisation of the delegation or pavilion list, `participated_in` that event; the
  person who leads a delegation `participated_in` it; speakers `participated_in` the
  webinar and `works_for` their organisation (an organisation takes part only when
  the text says it presents); participants of a session held inside a named event
  (Clusters Meet Start-ups at Web Summit) also `participated_in` the host event;
- visits and meetings of a delegation give `met_with` for the organisation(s) leading it;
  a meeting the text places at an event also makes both sides participants;
- a project coordinator gets `leads` and `consortium_member_of`; a person named as the
  project's coordinator or principal investigator gets `leads`; programmes and
  organisations that fund a project are `funded_by` objects;
- calls and funding schemes (Innov'up, Quantum Leap, ClusterXchange, Nuclis d'R+D, ...)
  are `programme` entities; nothing links a programme to the agency that runs it;
- `located_in`: an organisation in the city given in parentheses, in a table row, by
  "X-based", "based in" or a footer address, and in each city where the text places
  one of its offices; "the cluster of Hamburg and Schleswig-Holstein" gives both;
  events in their city and venue; online webinars have no place; venues, campuses and
  innovation parks named only as locations (Fira Gran Via, Paris Santé Campus, Oslo
  Cancer Cluster Innovation Park) are `place`;
- types: regional and national industry associations are `cluster` (MassBio, Biocom
  California, CzechBio, Taiwan BIO, Korea Software Industry Association); European or
  global platforms, associations and partnerships are `network` (ECCP, ScanBalt, CEBR,
  GSMA, Water Europe, Eureka, NorTrials, CATALIS Québec, CQDM); agencies, foundations
  set up by governments, national contact points, government offices and delegations
  are `public_body`; hospitals and research institutes are `research_org`; incubators
  and accelerators run by an organisation are `cluster`; an event is named by the
  fullest form the text gives, with the edition when the text has it ("BIO-Europe
  Spring 2024"), and the other forms ("BIO-Europe Spring", "BIO 2024") as aliases;
- planned participations, agreements and projects stated as agreed are annotated like
  past ones;
- not annotated: countries (and Singapore, the Emirates), continents, the Baltic Sea
  region, the Nordics, region names used only as adjectives ("the Quebec clinical
  research network", "Basque", "Nordic"), street addresses, and unnamed meetings
  (kick-off meetings, info days, mid-term reviews, receptions without a name).
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-bg"

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

# --- markdown newsletter: ScanBalt BioRegion, spring 2024 ----------------------------
SB = "ScanBalt BioRegion"
BMC = "Latvian Biomedical Research and Study Centre"
AMB = "Ambergene Diagnostics"
KM = "Daegu-Gyeongbuk Medical Innovation Foundation"
BES = "BIO-Europe Spring 2024"
LSN = "Life Science Nord"
TBP = "Tartu Biotechnology Park"
VIT = "Vitaluma Oy"
ICC = "Interreg Call Clinic"
IBSR = "Interreg Baltic Sea Region"
IAL = "Innovation Agency Lithuania"
DHB = "BSR Digital Health Bridge"
TEH = "Tallinn Science Park Tehnopol"
SBF = "ScanBalt Forum 2024"
GOLD["scanbalt-bioregion-newsletter-spring-2024.md"] = dict(
entities=[
 E(SB, "network", "DK", "ScanBalt"), E("Copenhagen", "place", "DK"),
 E(BMC, "research_org", "LV", "BMC"), E("Riga", "place", "LV"),
 E(AMB, "company", "PL", "Ambergene"), E("Gdańsk", "place", "PL"),
 E("Marta Zielińska", "person", "PL"),
 E(KM, "public_body", "KR", "K-MEDI hub"), E("Daegu", "place", "KR"),
 E(BES, "event", "ES", "BIO-Europe Spring"), E("Barcelona", "place", "ES"),
 E("Sigrid Mølgaard", "person", "DK", "Mølgaard"),
 E("Kim Soo-yeon", "person", "KR", "Kim"),
 E(LSN, "cluster", "DE"), E("Hamburg", "place", "DE"),
 E(TBP, "cluster", "EE"), E("Tartu", "place", "EE"),
 E(VIT, "company", "FI", "Vitaluma"), E("Turku", "place", "FI"),
 E(IBSR, "programme"), E(IAL, "public_body", "LT"), E(ICC, "event"),
 E("Jonas Petrauskas", "person", "LT"), E("Lena Åberg", "person", "DE"),
 E(DHB, "project", None, "DHB"), E("Tallinn", "place", "EE"),
 E(TEH, "cluster", "EE", "Tehnopol"), E("University of Turku", "university", "FI"),
 E(SBF, "event", "EE"),
],
relations=[
 R(SB, "located_in", "Copenhagen"),
 R(BMC, "member_of", SB), R(BMC, "located_in", "Riga"),
 R(AMB, "member_of", SB), R(AMB, "located_in", "Gdańsk"),
 R("Marta Zielińska", "works_for", AMB),
 R(SB, "partner_of", KM), R(KM, "located_in", "Daegu"),
 R(SB, "participated_in", BES), R(KM, "participated_in", BES), R(BES, "located_in", "Barcelona"),
 R("Sigrid Mølgaard", "works_for", SB), R("Kim Soo-yeon", "works_for", KM),
 R("Sigrid Mølgaard", "participated_in", BES), R("Kim Soo-yeon", "participated_in", BES),
 *[R(o, "participated_in", BES) for o in (LSN, TBP, BMC, AMB, VIT)],
 R(LSN, "located_in", "Hamburg"),
 R(TBP, "located_in", "Tartu"), R(VIT, "located_in", "Turku"),
 R(SB, "organized", ICC), R(IAL, "organized", ICC), R(SB, "partner_of", IAL),
 R("Jonas Petrauskas", "works_for", IAL), R("Jonas Petrauskas", "participated_in", ICC),
 R("Lena Åberg", "works_for", LSN), R("Lena Åberg", "participated_in", ICC),
 R(SB, "leads", DHB), R(DHB, "funded_by", IBSR),
 *[R(o, "consortium_member_of", DHB) for o in (SB, TEH, LSN, BMC, "University of Turku")],
 R(TEH, "located_in", "Tallinn"), R("University of Turku", "located_in", "Turku"),
 R(SB, "organized", SBF), R(SBF, "located_in", "Tartu"),
])

# --- HTML bulletin: European Cluster Collaboration Platform, November 2023 ----------
ECCP = "European Cluster Collaboration Platform"
MMC = "Moravian Medtech Cluster"
BSH = "Bulgarian Smart Health Cluster"
NSL = "Cluster Nutrition Santé Longévité"
WS = "Web Summit 2023"
CMS = "Clusters Meet Start-ups"
HCP = "Health Cluster Portugal"
MT4R = "MedTech4Resilience"
CER = "Clust-ER Health"
LSK = "LifeScience Kraków Klaster"
CLS = "Cluster Lombardo Scienze della Vita"
MB = "Massachusetts Biotechnology Council"
JW = "Japan: Entering through Clusters"
EUJ = "EU-Japan Centre for Industrial Cooperation"
EIS = "European Innovation Council and SMEs Executive Agency"
GOLD["eccp-cluster-bulletin-november-2023.html"] = dict(
entities=[
 E(ECCP, "network", None, "ECCP"),
 E(MMC, "cluster", "CZ"), E("Brno", "place", "CZ"),
 E(BSH, "cluster", "BG"), E("Sofia", "place", "BG"),
 E(NSL, "cluster", "FR", "NSL"), E("Lille", "place", "FR"),
 E("Horizon Europe", "programme"),
 E(WS, "event", "PT", "Web Summit"), E("Lisbon", "place", "PT"),
 E(CMS, "event", "PT"), E("Startup Portugal", "public_body", "PT"),
 E(HCP, "cluster", "PT", "HCP"), E("GAIA", "cluster", "ES"),
 E("Joana Mendes", "person", "PT"),
 E(MT4R, "project", None, "MT4R"), E("Bologna", "place", "IT"),
 E("Single Market Programme", "programme"),
 E(CER, "cluster", "IT"), E("Emilia-Romagna", "place", "IT"), E(LSK, "cluster", "PL"),
 E(CLS, "cluster", "IT"), E(MB, "cluster", "US", "MassBio"),
 E("BIO 2023", "event", "US"), E("Boston", "place", "US"),
 E("Ruta N", "public_body", "CO"), E("Medellín", "place", "CO"), E("Milan", "place", "IT"),
 E(JW, "event"), E(EUJ, "public_body", None, "EU-Japan Centre"),
 E("Kenji Matsuda", "person", "JP"), E("Ilse Verbeek", "person", "NL"),
 E("Health~Holland", "public_body", "NL"), E("Osaka", "place", "JP"),
 E("ClusterXchange", "programme"), E("European Strategic Cluster Partnerships", "programme"),
 E("European Commission", "public_body"), E(EIS, "public_body", None, "EISMEA"),
],
relations=[
 *[R(o, "member_of", ECCP) for o in (MMC, BSH, NSL)],
 R(MMC, "located_in", "Brno"), R(BSH, "located_in", "Sofia"), R(NSL, "located_in", "Lille"),
 R(WS, "located_in", "Lisbon"),
 R(ECCP, "organized", CMS), R("Startup Portugal", "organized", CMS),
 R(ECCP, "partner_of", "Startup Portugal"), R(CMS, "located_in", "Lisbon"),
 *[R(o, "participated_in", CMS) for o in (HCP, "GAIA", "Joana Mendes")],
 *[R(o, "participated_in", WS) for o in (ECCP, "Startup Portugal", HCP, "GAIA", "Joana Mendes")],
 R("Joana Mendes", "works_for", HCP),
 R(MT4R, "funded_by", "Single Market Programme"), R(CER, "leads", MT4R),
 *[R(o, "consortium_member_of", MT4R) for o in (CER, HCP, LSK, MMC)],
 R(CER, "located_in", "Emilia-Romagna"),
 R(CLS, "partner_of", MB), R(CLS, "participated_in", "BIO 2023"),
 R(MB, "participated_in", "BIO 2023"), R("BIO 2023", "located_in", "Boston"),
 R(CLS, "located_in", "Milan"),
 R(HCP, "partner_of", "Ruta N"),
 R("Ruta N", "located_in", "Medellín"),
 R(ECCP, "organized", JW), R(EUJ, "organized", JW), R(ECCP, "partner_of", EUJ),
 R("Kenji Matsuda", "works_for", EUJ), R("Kenji Matsuda", "participated_in", JW),
 R("Ilse Verbeek", "works_for", "Health~Holland"), R("Ilse Verbeek", "participated_in", JW),
 R(EIS, "leads", ECCP),
])

# --- plain-text newsletter: BioWin Flash Info, June 2024 ------------------------------
BW = "BioWin"
BIO = "BIO International Convention"
AWEX = "Wallonia Export & Investment Agency"
BC = "Biocom California"
UL = "University of Liège"
CTC = "EMR Cell Therapy Corridor"
EIS24 = "EU4Health Info Session 2024"
NCP = "NCP Wallonie"
IMR = "Interreg Meuse-Rhine"
MED = "MEDICA 2024"
GOLD["biowin-flash-info-june-2024.txt"] = dict(
entities=[
 E(BW, "cluster", "BE"), E("Wallonia", "place", "BE"), E("Mont-Saint-Guibert", "place", "BE"),
 E("Cellenvo SA", "company", "BE", "Cellenvo"), E("Louvain-la-Neuve", "place", "BE"),
 E("Quantilab SRL", "company", "BE", "Quantilab"), E("Liège", "place", "BE"),
 E("Mosavie Biotech", "company", "BE"), E("Gosselies", "place", "BE"),
 E(UL, "university", "BE", "ULiège"),
 E(BIO, "event", "US", "BIO 2024"), E("San Diego", "place", "US"),
 E(AWEX, "public_body", "BE", "AWEX"),
 E("Aquilon Pharma", "company", "BE"), E("Nathalie Dubuisson", "person", "BE"),
 E(BC, "cluster", "US"), E("California", "place", "US"),
 E("BioPark Charleroi", "cluster", "BE"), E("Rebecca Alvarez", "person", "US"),
 E(NCP, "public_body", "BE"), E(EIS24, "event", "BE"), E("EU4Health", "programme"),
 E("Marc Delvaux", "person", "BE"),
 E(CTC, "project", None, "CTC"), E("Aachen", "place", "DE"),
 E("Euregio Meuse-Rhine", "place"), E("Maastricht University", "university", "NL"),
 E("RWTH Aachen University", "university", "DE"),
 E("Brightlands Chemelot Campus", "cluster", "NL"),
 E(IMR, "programme"), E("Walloon Region", "public_body", "BE"),
 E("BioWin Day 2024", "event", "BE"), E("Mons", "place", "BE"),
 E(MED, "event", "DE"), E("Düsseldorf", "place", "DE"),
],
relations=[
 R(BW, "located_in", "Wallonia"), R(BW, "located_in", "Mont-Saint-Guibert"),
 R("Cellenvo SA", "member_of", BW), R("Cellenvo SA", "located_in", "Louvain-la-Neuve"),
 R("Quantilab SRL", "member_of", BW), R("Quantilab SRL", "located_in", "Liège"),
 R("Mosavie Biotech", "member_of", BW), R("Mosavie Biotech", "located_in", "Gosselies"),
 R(BIO, "located_in", "San Diego"), R(AWEX, "partner_of", BW),
 *[R(o, "participated_in", BIO) for o in (AWEX, BW, "Cellenvo SA", "Mosavie Biotech",
                                           "Aquilon Pharma", UL, "Nathalie Dubuisson", BC)],
 R("Aquilon Pharma", "located_in", "Mont-Saint-Guibert"),
 R("Nathalie Dubuisson", "works_for", BW),
 R(BW, "partner_of", BC), R(BC, "located_in", "California"), R(BC, "located_in", "San Diego"),
 R("Rebecca Alvarez", "works_for", BC),
 R(BW, "organized", EIS24), R(NCP, "organized", EIS24), R(BW, "partner_of", NCP),
 R("Marc Delvaux", "works_for", NCP), R("Marc Delvaux", "participated_in", EIS24),
 R(CTC, "funded_by", IMR), R(CTC, "funded_by", "Walloon Region"),
 R(UL, "leads", CTC),
 *[R(o, "consortium_member_of", CTC) for o in (UL, BW, "Maastricht University",
                                                "RWTH Aachen University",
                                                "Brightlands Chemelot Campus")],
 R(BW, "organized", "BioWin Day 2024"), R("BioWin Day 2024", "located_in", "Mons"),
 R(MED, "located_in", "Düsseldorf"), R(BW, "participated_in", MED),
 R(AWEX, "participated_in", MED),
])

# --- HTML newsletter: Medicen Paris Region, March 2024 -------------------------------
MP = "Medicen Paris Region"
IDF = "Île-de-France"
AH = "Arab Health 2024"
BF = "Business France"
MT = "MEDTEQ+"
FQ = "France-Québec Medtech Day"
PSC = "Paris Santé Campus"
DGQ = "Délégation générale du Québec à Paris"
CF = "Chambre Franco-Allemande de Commerce et d'Industrie"
DIGA = "DiGA Fast-Track"
BFA = "Bundesinstitut für Arzneimittel und Medizinprodukte"
APHP = "Assistance Publique - Hôpitaux de Paris"
CH = "Charité - Universitätsmedizin Berlin"
KI = "Karolinska Institutet"
GOLD["medicen-paris-region-newsletter-march-2024.html"] = dict(
entities=[
 E(MP, "cluster", "FR", "Medicen"), E(IDF, "place", "FR", "Paris Region"),
 E("Orfeo Imaging", "company", "FR"), E("Évry-Courcouronnes", "place", "FR"),
 E("Kardiasense", "company", "FR"), E("Paris", "place", "FR"),
 E("Lumedix SAS", "company", "FR", "Lumedix"), E("Palaiseau", "place", "FR"),
 E(AH, "event", "AE"), E("Dubai", "place", "AE"), E(BF, "public_body", "FR"),
 E("Dubai Science Park", "cluster", "AE"),
 E(MT, "cluster", "CA"), E("Montreal", "place", "CA"),
 E(FQ, "event", "FR"), E(PSC, "place", "FR"), E(DGQ, "public_body", "CA"),
 E("Geneviève Tremblay", "person", "CA"), E("Claire Duhamel", "person", "FR"),
 E("MEDICA", "event", "DE"),
 E(CF, "public_body", "FR", "CFACI"), E(DIGA, "event"),
 E("Stefan Kühn", "person", "DE"), E(BFA, "public_body", "DE", "BfArM"),
 E("Innov'up", "programme", "FR"), E("Région Île-de-France", "public_body", "FR"),
 E("i-Nov", "programme", "FR"), E("Bpifrance", "public_body", "FR"),
 E("ECHO-Care", "project"), E("Horizon Europe", "programme"),
 E(APHP, "research_org", "FR", "AP-HP"), E(CH, "research_org", "DE"),
 E(KI, "university", "SE"), E("Anne-Sophie Roux", "person", "FR"),
],
relations=[
 R(MP, "located_in", IDF), R(MP, "located_in", PSC), R(MP, "located_in", "Paris"),
 R("Orfeo Imaging", "member_of", MP), R("Orfeo Imaging", "located_in", "Évry-Courcouronnes"),
 R("Kardiasense", "member_of", MP), R("Kardiasense", "located_in", "Paris"),
 R("Lumedix SAS", "member_of", MP), R("Lumedix SAS", "located_in", "Palaiseau"),
 R(AH, "located_in", "Dubai"),
 *[R(o, "participated_in", AH) for o in (BF, MP, "Kardiasense", "Lumedix SAS")],
 R(MP, "met_with", "Dubai Science Park"),
 R(MP, "partner_of", MT), R(MT, "located_in", "Montreal"),
 R(MP, "organized", FQ), R(DGQ, "organized", FQ), R(MP, "partner_of", DGQ),
 R(FQ, "located_in", PSC), R(MP, "participated_in", FQ), R(MT, "participated_in", FQ),
 R("Geneviève Tremblay", "works_for", MT), R("Claire Duhamel", "works_for", MP),
 R("Geneviève Tremblay", "participated_in", FQ), R("Claire Duhamel", "participated_in", FQ),
 R(MP, "organized", DIGA), R(CF, "organized", DIGA), R(MP, "partner_of", CF),
 R("Stefan Kühn", "works_for", BFA), R("Stefan Kühn", "participated_in", DIGA),
 R("Lumedix SAS", "participated_in", DIGA),
 R("ECHO-Care", "funded_by", "Horizon Europe"), R(APHP, "leads", "ECHO-Care"),
 *[R(o, "consortium_member_of", "ECHO-Care") for o in (APHP, MP, "Kardiasense", CH, KI)],
 R("Anne-Sophie Roux", "works_for", APHP), R("Anne-Sophie Roux", "leads", "ECHO-Care"),
 R(MP, "participated_in", "MEDICA"), R(MT, "participated_in", "MEDICA"),
])

# --- markdown newsletter: Oslo Cancer Cluster, autumn 2023 ---------------------------
OCC = "Oslo Cancer Cluster"
OCIP = "Oslo Cancer Cluster Innovation Park"
FJ = "Fjordline Oncology AS"
POL = "Polaris Radiopharma AS"
INC = "OCC Incubator"
TMC = "Texas Medical Center"
BIO23 = "BIO International Convention 2023"
IN = "Innovation Norway"
NHT = "Norway Health Tech"
NTB = "Nordic Trials Breakfast"
OUS = "Oslo University Hospital"
NTA = "Nordic Trial Alliance"
MOC = "EU Mission on Cancer"
OD = "ONCO-DIRECT"
NKI = "Netherlands Cancer Institute"
GOLD["oslo-cancer-cluster-newsletter-autumn-2023.md"] = dict(
entities=[
 E(OCC, "cluster", "NO", "OCC"), E(OCIP, "place", "NO"), E("Oslo", "place", "NO"),
 E("Houston", "place", "US"), E("Boston", "place", "US"),
 E(FJ, "company", "NO", "Fjordline Oncology"), E("Bergen", "place", "NO"),
 E(POL, "company", "NO", "Polaris Radiopharma", "Polaris"),
 E("Hjelm Diagnostics", "company", "NO"), E("Trondheim", "place", "NO"),
 E("Ingrid Solheim", "person", "NO"), E(INC, "cluster", "NO"),
 E(TMC, "cluster", "US", "TMC"), E("TMC Innovation", "cluster", "US"),
 E("Kristin Aalvik", "person", "NO"), E("Marcus Bell", "person", "US"),
 E(BIO23, "event", "US", "BIO 2023"), E(IN, "public_body", "NO"), E(NHT, "cluster", "NO"),
 E("Nordic Nanovector", "company", "NO"), E("Oncoinvent", "company", "NO"),
 E(NTB, "event"), E("NorTrials", "network", "NO"),
 E("Henrik Lund", "person", "NO", "Lund"), E(OUS, "research_org", "NO", "OUS"),
 E("Sara Nyberg", "person"), E(NTA, "network"),
 E("Eurostars", "programme"), E(MOC, "programme"),
 E(OD, "project"), E("Horizon Europe", "programme"),
 E(NKI, "research_org", "NL", "NKI"), E("Amsterdam", "place", "NL"),
 E("Gustave Roussy", "research_org", "FR"), E("Villejuif", "place", "FR"),
 E("Medixine", "company", "FI"),
],
relations=[
 R(OCC, "located_in", OCIP), R(OCC, "located_in", "Oslo"),
 R(FJ, "member_of", OCC), R(FJ, "located_in", "Bergen"),
 R(POL, "member_of", OCC), R(POL, "located_in", "Oslo"),
 R("Hjelm Diagnostics", "member_of", OCC), R("Hjelm Diagnostics", "located_in", "Trondheim"),
 R("Ingrid Solheim", "works_for", POL), R(POL, "member_of", INC), R(INC, "located_in", OCIP),
 R(OCC, "partner_of", TMC), R(TMC, "located_in", "Houston"),
 R("Kristin Aalvik", "works_for", OCC), R("Marcus Bell", "works_for", TMC),
 R(BIO23, "located_in", "Boston"), R(IN, "partner_of", NHT),
 *[R(o, "participated_in", BIO23) for o in (IN, NHT, OCC, FJ, "Nordic Nanovector",
                                            "Hjelm Diagnostics", "Oncoinvent")],
 R(OCC, "organized", NTB), R("NorTrials", "organized", NTB), R(OCC, "partner_of", "NorTrials"),
 R("Henrik Lund", "works_for", OUS), R("Henrik Lund", "participated_in", NTB),
 R("Sara Nyberg", "works_for", NTA), R("Sara Nyberg", "participated_in", NTB),
 R(OD, "funded_by", "Horizon Europe"), R(OD, "funded_by", MOC),
 R(OUS, "leads", OD),
 *[R(o, "consortium_member_of", OD) for o in (OUS, OCC, NKI, "Gustave Roussy", "Medixine")],
 R(NKI, "located_in", "Amsterdam"), R("Gustave Roussy", "located_in", "Villejuif"),
 R("Henrik Lund", "leads", OD),
])

# --- plain-text newsletter: ACCIÓ international news, February 2024 -----------------
AC = "ACCIÓ"
MWC = "MWC Barcelona 2024"
MWCB = "Mobile World Capital Barcelona"
CIAC = "Clúster de la Indústria d'Automoció de Catalunya"
AMQ = "Automotive Meetings Querétaro 2024"
CLAUT = "Clúster Automotriz de Nuevo León"
DBV = "Doing Business in Vietnam"
VT = "Vietnam Trade Promotion Agency"
GOLD["accio-catalonia-international-newsletter-february-2024.txt"] = dict(
entities=[
 E(AC, "public_body", "ES", "Catalonia Trade & Investment"),
 E("Government of Catalonia", "public_body", "ES"), E("Catalonia", "place", "ES"),
 E(MWC, "event", "ES"), E("GSMA", "network"), E("Fira Gran Via", "place", "ES"),
 E(MWCB, "public_body", "ES"),
 E("Nubalia Networks", "company", "ES"), E("Sant Cugat del Vallès", "place", "ES"),
 E("Tramuntana Robotics", "company", "ES"), E("Girona", "place", "ES"),
 E("Sensefy Health", "company", "ES"), E("Barcelona", "place", "ES"),
 E("Núria Soler", "person", "ES"),
 E("Invest Ontario", "public_body", "CA"), E("Toronto", "place", "CA"),
 E("Ontario", "place", "CA"), E("Marta Vilanova", "person", "ES"),
 E("Daniel Okafor", "person", "CA"),
 E("Catalonia Clusters", "programme", "ES"),
 E("Catalan Water Partnership", "cluster", "ES", "CWP"), E("Water Europe", "network"),
 E("CataloniaBio & HealthTech", "cluster", "ES"),
 E("Council of European BioRegions", "network", "BE", "CEBR"),
 E(CIAC, "cluster", "ES", "CIAC"), E(AMQ, "event", "MX"), E("Querétaro", "place", "MX"),
 E("Moldes Penedès SL", "company", "ES"), E("Vilafranca del Penedès", "place", "ES"),
 E("Estampats Vallès", "company", "ES"), E("Granollers", "place", "ES"),
 E("Monterrey", "place", "MX"), E(CLAUT, "cluster", "MX", "CLAUT"),
 E("Nuclis d'R+D", "programme", "ES"),
 E("Cupons d'internacionalització", "programme", "ES"),
 E(DBV, "event"), E(VT, "public_body", "VN", "VIETRADE"),
 E("Jordi Casals", "person", "ES"), E("Nguyen Thi Lan", "person", "VN"),
 E("Ho Chi Minh City", "place", "VN"),
],
relations=[
 R(AC, "located_in", "Catalonia"), R(AC, "located_in", "Barcelona"),
 R(AC, "located_in", "Toronto"),
 R("GSMA", "organized", MWC), R(MWC, "located_in", "Barcelona"),
 R(MWC, "located_in", "Fira Gran Via"),
 R(AC, "partner_of", MWCB),
 *[R(o, "participated_in", MWC) for o in (AC, MWCB, "Nubalia Networks",
                                           "Tramuntana Robotics", "Sensefy Health")],
 R("Nubalia Networks", "located_in", "Sant Cugat del Vallès"),
 R("Tramuntana Robotics", "located_in", "Girona"), R("Sensefy Health", "located_in", "Barcelona"),
 R("Núria Soler", "works_for", AC),
 R(AC, "partner_of", "Invest Ontario"),
 R("Marta Vilanova", "works_for", AC), R("Daniel Okafor", "works_for", "Invest Ontario"),
 R("Catalan Water Partnership", "member_of", "Water Europe"),
 R("CataloniaBio & HealthTech", "member_of", "Council of European BioRegions"),
 R(AC, "partner_of", CIAC), R(AMQ, "located_in", "Querétaro"),
 *[R(o, "participated_in", AMQ) for o in (AC, CIAC, "Moldes Penedès SL", "Estampats Vallès")],
 R("Moldes Penedès SL", "located_in", "Vilafranca del Penedès"),
 R("Estampats Vallès", "located_in", "Granollers"),
 R(AC, "met_with", CLAUT), R(CIAC, "met_with", CLAUT), R(CIAC, "partner_of", CLAUT),
 R(CLAUT, "located_in", "Monterrey"),
 R(AC, "organized", DBV), R(VT, "organized", DBV), R(AC, "partner_of", VT),
 R("Jordi Casals", "works_for", AC), R("Jordi Casals", "participated_in", DBV),
 R("Nguyen Thi Lan", "works_for", VT), R("Nguyen Thi Lan", "participated_in", DBV),
 R("Sensefy Health", "participated_in", DBV),
])

# --- markdown newsletter: biosaxony, September 2024 ----------------------------------
BS = "biosaxony e.V."
FSS = "Free State of Saxony"
EB = "Elbflorenz Biologics GmbH"
IZI = "Fraunhofer Institute for Cell Therapy and Immunology"
CZ = "Czech Biotechnology Association"
PBF = "Prague Biotech Forum"
BAT = "BIO Asia–Taiwan 2024"
WFS = "Wirtschaftsförderung Sachsen"
TB = "Taiwan Bio Industry Organization"
SAB = "Sächsische Aufbaubank"
ISC = "Interreg Saxony–Czech Republic"
CCE = "CellChain Elbe"
UJEP = "Jan Evangelista Purkyně University in Ústí nad Labem"
SBD = "Saxon Biotech Day 2024"
GOLD["biosaxony-international-newsletter-september-2024.md"] = dict(
entities=[
 E(BS, "cluster", "DE", "biosaxony"), E(FSS, "place", "DE", "Saxony"),
 E("Dresden", "place", "DE"), E("Leipzig", "place", "DE"),
 E(EB, "company", "DE", "Elbflorenz Biologics"),
 E("Mulde Medical GmbH", "company", "DE"), E("Chemnitz", "place", "DE"),
 E("Sorbion Analytics", "company", "DE"),
 E(IZI, "research_org", "DE", "Fraunhofer IZI"), E("Anja Riedel", "person", "DE"),
 E("Prague", "place", "CZ"),
 E(CZ, "cluster", "CZ", "CzechBio"), E(PBF, "event", "CZ"), E("Tomáš Novák", "person", "CZ"),
 E(BAT, "event", "TW"), E("Taipei", "place", "TW"),
 E(WFS, "public_body", "DE", "WFS"),
 E("TU Dresden", "university", "DE"),
 E(TB, "cluster", "TW", "Taiwan BIO"), E("Chen Yi-ting", "person", "TW"),
 E("Funding Friday", "event"), E(SAB, "public_body", "DE", "SAB"),
 E("Katrin Vogel", "person", "DE"), E(ISC, "programme"),
 E(CCE, "project"), E(UJEP, "university", "CZ", "UJEP"),
 E("Ústí nad Labem", "place", "CZ"),
 E("BIO-Europe 2024", "event", "SE"), E("Stockholm", "place", "SE"),
 E(SBD, "event", "DE"),
],
relations=[
 R(BS, "located_in", FSS), R(BS, "located_in", "Dresden"), R(BS, "located_in", "Leipzig"),
 R(EB, "member_of", BS), R(EB, "located_in", "Dresden"),
 R("Mulde Medical GmbH", "member_of", BS), R("Mulde Medical GmbH", "located_in", "Chemnitz"),
 R("Sorbion Analytics", "member_of", BS), R("Sorbion Analytics", "located_in", "Leipzig"),
 R(IZI, "located_in", "Leipzig"), R("Anja Riedel", "works_for", "Sorbion Analytics"),
 R(BS, "partner_of", CZ), R(BS, "participated_in", PBF), R(CZ, "participated_in", PBF),
 R(CZ, "organized", PBF), R(PBF, "located_in", "Prague"), R("Tomáš Novák", "works_for", CZ),
 R(BAT, "located_in", "Taipei"), R(WFS, "partner_of", BS), R(WFS, "located_in", FSS),
 *[R(o, "participated_in", BAT) for o in (WFS, BS, EB, "TU Dresden")],
 R("TU Dresden", "located_in", "Dresden"),
 R(TB, "organized", BAT),
 R(WFS, "met_with", TB), R(BS, "met_with", TB),
 R("Chen Yi-ting", "works_for", TB),
 R(BS, "organized", "Funding Friday"), R(SAB, "participated_in", "Funding Friday"),
 R("Katrin Vogel", "works_for", BS), R("Katrin Vogel", "participated_in", "Funding Friday"),
 R(CCE, "funded_by", ISC), R("TU Dresden", "leads", CCE),
 *[R(o, "consortium_member_of", CCE) for o in ("TU Dresden", BS, CZ, UJEP)],
 R(UJEP, "located_in", "Ústí nad Labem"),
 R("BIO-Europe 2024", "located_in", "Stockholm"), R(BS, "participated_in", "BIO-Europe 2024"),
 R(CZ, "participated_in", "BIO-Europe 2024"),
 R(SBD, "located_in", "Leipzig"), R(BS, "organized", SBD),
])

# --- plain-text bulletin: Montréal InVivo, December 2023 -----------------------------
MI = "Montréal InVivo"
LB = "Lyonbiopôle Auvergne-Rhône-Alpes"
BE23 = "BIO-Europe 2023"
CAT = "CATALIS Québec"
NEU = "Neurolys Inc."
IRCM = "Institut de recherches cliniques de Montréal"
IQI = "Investissement Québec International"
QGO = "Québec Government Office in Munich"
WEB = "Québec as a first site for your clinical trial"
CHUM = "Centre hospitalier de l'Université de Montréal"
AX = "AXON-QC"
GOLD["montreal-invivo-bulletin-international-december-2023.txt"] = dict(
entities=[
 E(MI, "cluster", "CA"), E("Greater Montréal", "place", "CA"), E("Montréal", "place", "CA"),
 E(LB, "cluster", "FR", "Lyonbiopôle"), E("Lyon", "place", "FR"),
 E(BE23, "event", "DE", "BIO-Europe"), E("Munich", "place", "DE"),
 E(CAT, "network", "CA", "CATALIS"), E(AX, "project", "CA"),
 E(NEU, "company", "CA", "Neurolys"), E("Laval", "place", "CA"),
 E("Mirabel Biologics", "company", "CA"), E("Mirabel", "place", "CA"),
 E(IRCM, "research_org", "CA", "IRCM"), E("Olivier Tremblay-Roy", "person", "CA"),
 E("Florence Aubry", "person", "FR"), E("Isabelle Gagnon", "person", "CA"),
 E(IQI, "public_body", "CA", "IQI"), E(QGO, "public_body", "CA"),
 E("Aurora Peptides", "company", "CA"), E("Québec City", "place", "CA"),
 E("CQDM", "network", "CA"),
 E("Helmholtz Munich", "research_org", "DE"), E("Neuherberg", "place", "DE"),
 E(WEB, "event"), E("Marie-Claude Lavoie", "person", "CA"), E("Paul Nguyen", "person", "CA"),
 E(CHUM, "research_org", "CA", "CHUM"),
 E("Quantum Leap", "programme", "CA"),
 E("McGill University", "university", "CA"), E("Université de Montréal", "university", "CA"),
 E("Sarah Whitfield", "person", "CA"),
],
relations=[
 R(MI, "located_in", "Greater Montréal"), R(MI, "located_in", "Montréal"),
 R(NEU, "member_of", MI), R(NEU, "located_in", "Laval"),
 R("Mirabel Biologics", "member_of", MI), R("Mirabel Biologics", "located_in", "Mirabel"),
 R(IRCM, "member_of", MI), R("Olivier Tremblay-Roy", "works_for", NEU),
 R(MI, "partner_of", LB), R(MI, "participated_in", BE23), R(LB, "participated_in", BE23),
 R(LB, "located_in", "Lyon"),
 R("Florence Aubry", "works_for", LB), R("Isabelle Gagnon", "works_for", MI),
 R("Isabelle Gagnon", "participated_in", BE23),
 R(BE23, "located_in", "Munich"), R(IQI, "partner_of", QGO), R(QGO, "located_in", "Munich"),
 *[R(o, "participated_in", BE23) for o in (IQI, QGO, NEU, "Mirabel Biologics",
                                            "Aurora Peptides", "CQDM")],
 R("Aurora Peptides", "located_in", "Québec City"),
 R(MI, "met_with", "Helmholtz Munich"), R("Helmholtz Munich", "located_in", "Neuherberg"),
 R(MI, "organized", WEB), R(CAT, "organized", WEB), R(MI, "partner_of", CAT),
 R("Marie-Claude Lavoie", "works_for", CAT), R("Marie-Claude Lavoie", "participated_in", WEB),
 R("Paul Nguyen", "works_for", CHUM), R("Paul Nguyen", "participated_in", WEB),
 R(AX, "funded_by", "CQDM"), R(AX, "funded_by", "Quantum Leap"),
 R("McGill University", "leads", AX),
 *[R(o, "consortium_member_of", AX) for o in ("McGill University", NEU,
                                               "Université de Montréal", CHUM)],
 R("Sarah Whitfield", "works_for", "McGill University"), R("Sarah Whitfield", "leads", AX),
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
