"""Hand annotations of the `train-m` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-m/make_gold_train_m.py

Eight documents in the event organiser's genre (partnering days, brokerage
results, event recaps with organisers, sponsors, speakers and pavilions, a
cluster's event calendar, a newsletter), in docs/train-m/. Same rules as
make_gold.py (README, "Documents and gold"), written by a separate annotator
who did not look at the pipeline or at the other sets.

Choices kept throughout this set:
- sponsors, pavilion organisers/exhibitors and speakers of an event are
  `participated_in` it (the role attribute carries the difference); the bodies
  that organise or co-organise it are `organized`; bodies that only "support"
  an event or put it "under their auspices" get no relation;
- a service provider running the partnering platform is `participated_in`;
- planned participations stated as agreed ("will lead a delegation") are
  annotated like past ones;
- pavilions and one-off unnamed sessions are not entities;
- an agreement signed "at" an event implies that both signatories were there.
The script checks that every relation end is a declared entity name, that the
subject and object types are the ones DOMAIN.md allows, and that every name and
alias occurs in the document text.
"""

import html
import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- annual-report chapter: flanders.bio events and partnering ---------------------
FB = "flanders.bio"
K4G = "Knowledge for Growth"
VIB = "Flemish Institute for Biotechnology"
UG = "Ghent University"
BIO = "BIO International Convention"
MB = "Massachusetts Biotechnology Council"
FBBE = "Flemish-Bavarian Biotech Evening"
CEBR = "Council of European BioRegions"
CAM = "CEBR annual meeting"
FIT = "Flanders Investment & Trade"
HVW = "Hilde Van Wesemael"
MD = "Marc Dierickx"
EVR = "Eva Van Rompaey"
SPONSORS = ("Janssen Pharmaceutica", "argenx", "UCB", "KBC",
            "Flanders Innovation & Entrepreneurship")
GOLD["flandersbio-events-partnering-2023.txt"] = dict(
entities=[
 E(FB, "cluster", "BE"), E("Flanders", "place", "BE"), E("Boston", "place", "US"),
 E("Yokohama", "place", "JP"), E(K4G, "event", "BE", "K4G"), E("Ghent", "place", "BE"),
 E(VIB, "research_org", "BE", "VIB"), E(UG, "university", "BE", "UGent"),
 E("EBD Group", "company", "CH"),
 E("Janssen Pharmaceutica", "company", "BE"), E("Beerse", "place", "BE"),
 E("argenx", "company", "BE"), E("UCB", "company", "BE"), E("KBC", "company", "BE"),
 E("Flanders Innovation & Entrepreneurship", "public_body", "BE", "VLAIO"),
 E(HVW, "person", "BE"), E(MD, "person", "BE"),
 E("Rega Institute", "research_org", "BE"), E("KU Leuven", "university", "BE"),
 E(FIT, "public_body", "BE", "FIT"),
 E("Medicon Valley Alliance", "cluster", "DK", "MVA"),
 E("Leiden Bio Science Park", "cluster", "NL"),
 E(BIO, "event", "US"), E("BioWin", "cluster", "BE"), E("hub.brussels", "public_body", "BE"),
 E(MB, "cluster", "US", "MassBio"), E("Cambridge Innovation Center", "company", "US"),
 E("BioJapan", "event", "JP"), E("BIO-Europe", "event", "DE"), E("Munich", "place", "DE"),
 E("BioM", "cluster", "DE"), E(FBBE, "event", "DE"),
 E(CEBR, "network", None, "CEBR"), E(CAM, "event", "CH"), E("Basel", "place", "CH"),
 E("BaselArea.swiss", "public_body", "CH"), E(EVR, "person", "BE", "Van Rompaey"),
],
relations=[
 R(FB, "located_in", "Flanders"),
 R(FB, "organized", K4G), R(K4G, "located_in", "Ghent"),
 R(VIB, "organized", K4G), R(UG, "organized", K4G),
 R("EBD Group", "participated_in", K4G),
 *[R(s, "participated_in", K4G) for s in SPONSORS],
 R("Janssen Pharmaceutica", "located_in", "Beerse"),
 R(HVW, "works_for", "argenx"), R(HVW, "participated_in", K4G),
 R(MD, "works_for", "Rega Institute"), R(MD, "works_for", "KU Leuven"),
 R(MD, "participated_in", K4G),
 R("Medicon Valley Alliance", "participated_in", K4G),
 R("Leiden Bio Science Park", "participated_in", K4G),
 *[R(o, "participated_in", BIO) for o in (FB, FIT, "BioWin", "hub.brussels", MB)],
 R(BIO, "located_in", "Boston"),
 R(FB, "met_with", MB), R(FB, "met_with", "Cambridge Innovation Center"),
 R(FB, "partner_of", MB),
 R(FB, "participated_in", "BioJapan"), R("BioJapan", "located_in", "Yokohama"),
 R(FB, "participated_in", "BIO-Europe"), R("BioM", "participated_in", "BIO-Europe"),
 R("BIO-Europe", "located_in", "Munich"),
 R(FB, "organized", FBBE), R("BioM", "organized", FBBE), R(FBBE, "located_in", "Munich"),
 R(FB, "member_of", CEBR),
 R(FB, "participated_in", CAM), R(CAM, "located_in", "Basel"),
 R("BaselArea.swiss", "organized", CAM), R(CEBR, "organized", CAM),
 R(EVR, "works_for", FB), R(EVR, "participated_in", CAM),
])

# --- press release (html): EEN Cooperation Days at HANNOVER MESSE -----------------
CD = "Global Business & Technology Cooperation Days"
HM = "HANNOVER MESSE 2024"
EEN = "Enterprise Europe Network"
IZN = "Innovationszentrum Niedersachsen"
DM = "Deutsche Messe AG"
PARP = "Polish Agency for Enterprise Development"
RVO = "Netherlands Enterprise Agency"
TCP = "Technology Centre Prague"
IN = "Innovation Norway"
NOW = "Norwegian Offshore Wind"
OHC = "Ocean Hyway Cluster"
AV = "Aviation Valley"
BD = "Brainport Development"
OWL = "Intelligent Technical Systems OstWestfalenLippe"
HB = "Hollbach Antriebstechnik GmbH"
WZL = "WZL Precision"
LS = "Lumisense B.V."
HI = "Havvind Inspeksjon AS"
CO_ORG = (PARP, RVO, "Business Finland", TCP)
GOLD["hannover-messe-cooperation-days-results-2024.html"] = dict(
entities=[
 E(CD, "event", "DE", "Cooperation Days"), E(HM, "event", "DE", "HANNOVER MESSE"),
 E("Hanover", "place", "DE"), E(EEN, "network", None, "EEN"),
 E("NBank", "public_body", "DE"), E(IZN, "public_body", "DE"),
 E("Lower Saxony", "place", "DE"), E("ZENIT GmbH", "company", "DE"),
 E("Mülheim an der Ruhr", "place", "DE"), E(DM, "company", "DE"),
 E(PARP, "public_body", "PL", "PARP", "Polska Agencja Rozwoju Przedsiębiorczości"),
 E(RVO, "public_body", "NL", "RVO"), E("Business Finland", "public_body", "FI"),
 E(TCP, "research_org", "CZ", "Technologické centrum Praha"),
 E("Single Market Programme", "programme", None, "SMP"),
 E(IN, "public_body", "NO"), E(NOW, "cluster", "NO"), E("Bergen", "place", "NO"),
 E(OHC, "cluster", "NO"), E(AV, "cluster", "PL", "Dolina Lotnicza"),
 E("Rzeszów", "place", "PL"), E(BD, "cluster", "NL"), E("Eindhoven", "place", "NL"),
 E(OWL, "cluster", "DE", "it's OWL"),
 E("Katrin Hollmann", "person", "DE", "Hollmann"), E("Lars Eriksen", "person", "NO", "Eriksen"),
 E(HB, "company", "DE"), E("Hildesheim", "place", "DE"),
 E(WZL, "company", "PL"), E("Mielec", "place", "PL"),
 E(LS, "company", "NL"), E(HI, "company", "NO"), E("Eurostars", "programme"),
],
relations=[
 R(CD, "located_in", "Hanover"), R(HM, "located_in", "Hanover"),
 *[R(o, "organized", CD) for o in (EEN, "NBank", IZN, "ZENIT GmbH", DM, *CO_ORG)],
 R(DM, "organized", HM),
 *[R(o, "member_of", EEN) for o in ("NBank", IZN, "ZENIT GmbH", *CO_ORG)],
 R("NBank", "located_in", "Lower Saxony"), R(IZN, "located_in", "Lower Saxony"),
 R("ZENIT GmbH", "located_in", "Mülheim an der Ruhr"),
 R(EEN, "funded_by", "Single Market Programme"),
 R(IN, "participated_in", CD), R(NOW, "participated_in", CD), R(OHC, "participated_in", CD),
 R(NOW, "located_in", "Bergen"),
 R(AV, "participated_in", CD), R(AV, "located_in", "Rzeszów"),
 R(BD, "participated_in", CD), R(BD, "located_in", "Eindhoven"),
 R(OWL, "participated_in", HM), R(OWL, "participated_in", CD),
 R("Katrin Hollmann", "works_for", "NBank"), R("Katrin Hollmann", "participated_in", CD),
 R("Lars Eriksen", "works_for", IN), R("Lars Eriksen", "participated_in", CD),
 R(HB, "located_in", "Hildesheim"), R(WZL, "located_in", "Mielec"), R(WZL, "member_of", AV),
 R(HB, "partner_of", WZL), R(HB, "met_with", WZL),
 R(HB, "participated_in", CD), R(WZL, "participated_in", CD),
 R(LS, "located_in", "Eindhoven"), R(HI, "located_in", "Bergen"),
 R(LS, "participated_in", CD), R(HI, "participated_in", CD),
 R(LS, "met_with", HI), R(LS, "partner_of", HI),
])

# --- event recap (md): BioJapan 2023 --------------------------------------------
BJ = "BioJapan 2023"
RMJ = "Regenerative Medicine JAPAN"
HTJ = "healthTECH JAPAN"
BOC = "BioJapan Organizing Committee"
JCD = "JTB Communication Design"
JBA = "Japan Bioindustry Association"
SGE = "Switzerland Global Enterprise"
KHIDI = "Korea Health Industry Development Institute"
DBT = "Department for Business and Trade"
GBCF = "Global Bio Cluster Forum"
KBIC = "Kobe Biomedical Innovation Cluster"
CIRA = "Center for iPS Cell Research and Application"
PAVILION = (SGE, "BioAlps", "Business France", "Lyonbiopôle", "Eurobiomed", KHIDI,
            "KoreaBIO", DBT, "One Nucleus")
GOLD["biojapan-2023-partnering-recap.md"] = dict(
entities=[
 E(BJ, "event", "JP", "BioJapan"), E("Yokohama", "place", "JP"),
 E(RMJ, "event", "JP"), E(HTJ, "event", "JP"),
 E(BOC, "network", "JP"), E(JCD, "company", "JP", "JCD"),
 E("City of Yokohama", "public_body", "JP"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E(JBA, "network", "JP", "JBA"), E("Kanagawa Prefecture", "public_body", "JP"),
 E("FUJIFILM Corporation", "company", "JP"), E("Chugai Pharmaceutical", "company", "JP"),
 E("Sumitomo Pharma", "company", "JP"), E("AGC Biologics", "company", "US"),
 E(SGE, "public_body", "CH", "S-GE"), E("BioAlps", "cluster", "CH"), E("Lausanne", "place", "CH"),
 E("Business France", "public_body", "FR"), E("Lyonbiopôle", "cluster", "FR"),
 E("Eurobiomed", "cluster", "FR"), E("Marseille", "place", "FR"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E("KoreaBIO", "network", "KR"),
 E(DBT, "public_body", "GB"), E("One Nucleus", "network", "GB"), E("Cambridge", "place", "GB"),
 E("Kenji Arakawa", "person", "JP"), E("Maria Lindqvist", "person"),
 E("Yuki Tanabe", "person", "JP", "Tanabe"), E("Kyoto University", "university", "JP"),
 E(CIRA, "research_org", "JP", "CiRA"),
 E(GBCF, "event", "JP"), E("King Skyfront", "cluster", "JP"), E("Kawasaki", "place", "JP"),
 E("Shota Ikeda", "person", "JP"), E("City of Kawasaki", "public_body", "JP"),
 E(KBIC, "cluster", "JP", "KBIC"), E("Haruka Nishimoto", "person", "JP", "Nishimoto"),
 E("Kobe", "place", "JP"), E("Geneva", "place", "CH"),
 E("BioJapan 2021", "event", "JP"),
 E("Takashi Mori", "person", "JP"), E("BioJapan 2024", "event", "JP"),
],
relations=[
 R(BJ, "located_in", "Yokohama"), R(RMJ, "located_in", "Yokohama"), R(HTJ, "located_in", "Yokohama"),
 R(BOC, "organized", BJ), R(JCD, "organized", BJ), R("City of Yokohama", "organized", BJ),
 R(JCD, "organized", RMJ), R(JCD, "organized", HTJ),
 *[R(s, "participated_in", BJ) for s in (
   "FUJIFILM Corporation", "Chugai Pharmaceutical", "Sumitomo Pharma", "AGC Biologics")],
 *[R(o, "participated_in", BJ) for o in PAVILION],
 R("BioAlps", "located_in", "Lausanne"), R("Eurobiomed", "located_in", "Marseille"),
 R("One Nucleus", "located_in", "Cambridge"),
 R("Kenji Arakawa", "works_for", "Chugai Pharmaceutical"), R("Kenji Arakawa", "participated_in", BJ),
 R("Maria Lindqvist", "works_for", "AGC Biologics"), R("Maria Lindqvist", "participated_in", BJ),
 R("Yuki Tanabe", "works_for", CIRA), R("Yuki Tanabe", "works_for", "Kyoto University"),
 R("Yuki Tanabe", "participated_in", BJ),
 R(JBA, "organized", GBCF), R(GBCF, "located_in", "Yokohama"),
 R("King Skyfront", "located_in", "Kawasaki"),
 R("Shota Ikeda", "works_for", "City of Kawasaki"), R("Shota Ikeda", "participated_in", GBCF),
 R(KBIC, "participated_in", GBCF), R("BioAlps", "participated_in", GBCF),
 R("Haruka Nishimoto", "works_for", KBIC), R("Haruka Nishimoto", "participated_in", GBCF),
 R(KBIC, "partner_of", "BioAlps"),
 R(KBIC, "met_with", "BioAlps"), R(KBIC, "participated_in", "BioJapan 2021"),
 R("BioAlps", "participated_in", "BioJapan 2021"),
 R("Takashi Mori", "works_for", JCD),
 R("BioJapan 2024", "located_in", "Yokohama"),
])

# --- cluster event calendar (md): Montréal InVivo 2025 ----------------------------
MIV = "Montréal InVivo"
IQI = "Investissement Québec International"
MI = "Montréal International"
MEIE = "ministère de l'Économie, de l'Innovation et de l'Énergie"
BES = "BIO-Europe Spring 2025"
QLR = "Québec–Lombardy networking reception"
LLSC = "Lombardy Life Sciences Cluster"
CGD = "Canada–Germany Digital Health Partnering Day"
BIOPRO = "BIOPRO Baden-Württemberg"
BIO25 = "BIO International Convention"
DQB = "Délégation du Québec à Boston"
SQ = "Soirée Québec"
MPD = "Montréal Life Sciences Partnering Day"
TCS = "Trade Commissioner Service"
BE25 = "BIO-Europe 2025"
VMB = "Vienna–Montréal Biotech Breakfast"
MED = "MEDICA 2025"
GOLD["montreal-invivo-international-calendar-2025.md"] = dict(
entities=[
 E(MIV, "cluster", "CA"), E("Greater Montréal", "place", "CA"), E("Québec", "place", "CA"),
 E(IQI, "public_body", "CA", "IQI"), E(MI, "public_body", "CA"),
 E(MEIE, "public_body", "CA", "MEIE"),
 E("Sophie Tremblay-Ouellet", "person", "CA"),
 E(BES, "event", "IT"), E("Milan", "place", "IT"), E("EBD Group", "company", "CH"),
 E(QLR, "event", "IT"), E(LLSC, "cluster", "IT", "Cluster Lombardo Scienze della Vita"),
 E(CGD, "event"), E(BIOPRO, "public_body", "DE"), E("Stuttgart", "place", "DE"),
 E(EEN, "network", None, "EEN"),
 E(BIO25, "event", "US", "BIO 2025"), E("Boston", "place", "US"),
 E(DQB, "public_body", "CA", "Québec Government Office in Boston"),
 E(SQ, "event", "US"),
 E(MPD, "event", "CA"), E("Montréal", "place", "CA"), E(TCS, "public_body", "CA", "TCS"),
 E("Medtech Canada", "network", "CA"), E("CQDM", "research_org", "CA"),
 E("adMare BioInnovations", "research_org", "CA"),
 E(BE25, "event", "AT", "BIO-Europe"), E("Vienna", "place", "AT"),
 E("LISAvienna", "cluster", "AT"), E(VMB, "event", "AT"),
 E(MED, "event", "DE"), E("Düsseldorf", "place", "DE"), E("Messe Düsseldorf", "company", "DE"),
 E("Nadia Benali", "person", "CA"),
],
relations=[
 R(MIV, "located_in", "Greater Montréal"),
 R(MIV, "partner_of", IQI), R(MIV, "partner_of", MI), R(MIV, "partner_of", MEIE),
 R("Sophie Tremblay-Ouellet", "works_for", MIV), R("Nadia Benali", "works_for", MIV),
 R(BES, "located_in", "Milan"), R("EBD Group", "organized", BES),
 R(MIV, "participated_in", BES), R(MI, "participated_in", BES),
 R(MIV, "organized", QLR), R(LLSC, "organized", QLR), R(QLR, "located_in", "Milan"),
 R(MIV, "organized", CGD), R(BIOPRO, "organized", CGD), R(EEN, "organized", CGD),
 R(BIOPRO, "located_in", "Stuttgart"),
 R(BIO25, "located_in", "Boston"), R(MEIE, "participated_in", BIO25),
 R(MIV, "participated_in", BIO25),
 R(DQB, "organized", SQ), R(MIV, "organized", SQ), R(SQ, "located_in", "Boston"),
 R(DQB, "located_in", "Boston"),
 R(MIV, "organized", MPD), R(TCS, "organized", MPD), R(MPD, "located_in", "Montréal"),
 *[R(o, "participated_in", MPD) for o in ("Medtech Canada", "CQDM", "adMare BioInnovations")],
 R(BE25, "located_in", "Vienna"), R("EBD Group", "organized", BE25),
 R(MIV, "participated_in", BE25),
 R(MIV, "organized", VMB), R("LISAvienna", "organized", VMB), R(VMB, "located_in", "Vienna"),
 R("LISAvienna", "located_in", "Vienna"),
 R(MED, "located_in", "Düsseldorf"), R("Messe Düsseldorf", "organized", MED),
 *[R(o, "participated_in", MED) for o in (TCS, MIV, "Medtech Canada")],
])

# --- news (html): Health Cluster Portugal at Arab Health ---------------------------
HCP = "Health Cluster Portugal"
AICEP = "AICEP Portugal Global"
AH = "Arab Health 2024"
HPGG = "Health Portugal Go Global"
PHBF = "Portugal Health Business Forum"
DHCA = "Dubai Healthcare City Authority"
DSP = "Dubai Science Park"
EMB = "Embassy of Portugal in Abu Dhabi"
GHE = "Global Health Exhibition"
EXHIBITORS = (("Bluepharma", "Coimbra"), ("Exatronic", "Aveiro"), ("iLoF", "Porto"),
              ("Knok Healthcare", "Porto"), ("Bastos Viegas", "Penafiel"),
              ("PLUX Wireless Biosignals", "Lisbon"), ("INESC TEC", "Porto"))
GOLD["health-cluster-portugal-arab-health-pavilion-2024.html"] = dict(
entities=[
 E(HCP, "cluster", "PT", "HCP"), E("Porto", "place", "PT"),
 E(AICEP, "public_body", "PT", "AICEP"), E(AH, "event", "AE", "Arab Health"),
 E("Dubai", "place", "AE"), E("Informa Markets", "company", "GB"),
 E(HPGG, "project", "PT"), E("COMPETE 2030", "programme", "PT"),
 E("Portugal 2030", "programme", "PT"), E("Norte", "place", "PT"),
 *[E(c, "company", "PT") for c, _ in EXHIBITORS if c != "INESC TEC"],
 E("INESC TEC", "research_org", "PT"),
 *[E(t, "place", "PT") for t in ("Coimbra", "Aveiro", "Penafiel", "Lisbon")],
 E(PHBF, "event", "AE"), E(DHCA, "public_body", "AE", "DHCA"), E(DSP, "cluster", "AE"),
 E("Rui Sequeira", "person", "PT"), E(EMB, "public_body", "PT"), E("Abu Dhabi", "place", "AE"),
 E("Teresa Vilaça", "person", "PT", "Vilaça"), E("Omar Al Suwaidi", "person", "AE"),
 E("Al Noor Medical Supplies", "company", "AE"), E("Sharjah", "place", "AE"),
 E("Mediclinic Middle East", "company", "AE"),
 E(GHE, "event", "SA"), E("Riyadh", "place", "SA"),
],
relations=[
 R(HCP, "located_in", "Porto"),
 R(HCP, "participated_in", AH), R(AICEP, "participated_in", AH),
 R(AH, "located_in", "Dubai"), R("Informa Markets", "organized", AH),
 R(HCP, "leads", HPGG), R(HCP, "consortium_member_of", HPGG),
 R(AICEP, "consortium_member_of", HPGG),
 R(HPGG, "funded_by", "COMPETE 2030"), R(HPGG, "funded_by", "Portugal 2030"),
 *[R(c, "participated_in", AH) for c, _ in EXHIBITORS],
 *[R(c, "located_in", t) for c, t in EXHIBITORS],
 *[R(c, "member_of", HCP) for c, _ in EXHIBITORS],
 R(HCP, "organized", PHBF), R(DHCA, "organized", PHBF), R(DSP, "organized", PHBF),
 R(PHBF, "located_in", "Dubai"),
 R("Rui Sequeira", "works_for", EMB), R("Rui Sequeira", "participated_in", PHBF),
 R(EMB, "located_in", "Abu Dhabi"),
 R("Teresa Vilaça", "works_for", HCP), R("Teresa Vilaça", "participated_in", PHBF),
 R("Omar Al Suwaidi", "works_for", DSP), R("Omar Al Suwaidi", "participated_in", PHBF),
 R("Bluepharma", "partner_of", "Al Noor Medical Supplies"),
 R("Al Noor Medical Supplies", "located_in", "Sharjah"),
 R("Knok Healthcare", "met_with", "Mediclinic Middle East"),
 R(HCP, "partner_of", DSP), R(DSP, "participated_in", AH),
 R(HCP, "participated_in", GHE), R(GHE, "located_in", "Riyadh"),
])

# --- press release (txt): Green Hydrogen B2B Days and HyMEDnet kick-off --------------
CS = "Cluster Solaire"
GEP = "Green Energy Park"
GHB = "Green Hydrogen B2B Days"
UM6P = "Mohammed VI Polytechnic University"
HY = "HyMEDnet"
ENEA = "Italian National Agency for New Technologies, Energy and Sustainable Economic Development"
NERC = "National Energy Research Center"
CRTEN = "Centre de Recherches et des Technologies de l'Energie"
AEH2 = "Asociación Española del Hidrógeno"
GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
MIN = "Ministry of Energy Transition and Sustainable Development"
HTE = "Hydrogen Technology Expo Europe"
CONSORTIUM = ((CS, "Casablanca"), (GEP, "Benguerir"), ("Tenerrdis", "Grenoble"),
              ("Capenergies", "Aix-en-Provence"), (ENEA, "Rome"), (NERC, "Amman"),
              (CRTEN, "Borj Cédria"), (AEH2, "Madrid"))
GOLD["green-hydrogen-b2b-days-benguerir-2023.txt"] = dict(
entities=[
 E(CS, "cluster", "MA"), E(GEP, "research_org", "MA", "GEP"), E(GHB, "event", "MA", "B2B Days"),
 E("Benguerir", "place", "MA"), E("Rabat", "place", "MA"),
 E(UM6P, "university", "MA", "UM6P"), E(EEN, "network", None, "EEN"),
 E("b2match", "company", "AT"),
 E(HY, "project"), E("Interreg NEXT MED", "programme"),
 E("Casablanca", "place", "MA"), E("Tenerrdis", "cluster", "FR"), E("Grenoble", "place", "FR"),
 E("Capenergies", "cluster", "FR"), E("Aix-en-Provence", "place", "FR"),
 E(ENEA, "research_org", "IT", "ENEA",
   "Agenzia nazionale per le nuove tecnologie, l'energia e lo sviluppo economico sostenibile"),
 E("Rome", "place", "IT"), E(NERC, "research_org", "JO", "NERC"), E("Amman", "place", "JO"),
 E(CRTEN, "research_org", "TN", "CRTEn"), E("Borj Cédria", "place", "TN"),
 E(AEH2, "network", "ES", "AeH2"), E("Madrid", "place", "ES"),
 E("OCP Group", "company", "MA"), E("Nareva", "company", "MA"),
 E(GIZ, "public_body", "DE", "GIZ"),
 E("Youssef El Amrani", "person", "MA", "El Amrani"), E("Nabil Ouazzani", "person", "MA"),
 E(MIN, "public_body", "MA", "Ministère de la Transition Énergétique et du Développement Durable"),
 E("Paola Ricci", "person", "IT"), E("Ahmad Haddad", "person", "JO"),
 E("Claire Dumoulin", "person", "FR"),
 E(HTE, "event", "DE"), E("Hamburg", "place", "DE"),
],
relations=[
 R(CS, "organized", GHB), R(GEP, "organized", GHB), R(EEN, "organized", GHB),
 R(GHB, "located_in", "Benguerir"), R(UM6P, "located_in", "Benguerir"),
 R(HY, "funded_by", "Interreg NEXT MED"), R(CS, "leads", HY),
 *[R(o, "consortium_member_of", HY) for o, _ in CONSORTIUM],
 *[R(o, "located_in", t) for o, t in CONSORTIUM],
 *[R(o, "participated_in", GHB) for o, _ in CONSORTIUM[2:]],
 *[R(o, "participated_in", GHB) for o in ("OCP Group", "Nareva", GIZ, MIN)],
 R("Youssef El Amrani", "works_for", CS), R("Youssef El Amrani", "participated_in", GHB),
 R("Nabil Ouazzani", "works_for", MIN), R("Nabil Ouazzani", "participated_in", GHB),
 R("Paola Ricci", "works_for", ENEA), R("Paola Ricci", "participated_in", GHB),
 R("Ahmad Haddad", "works_for", NERC), R("Ahmad Haddad", "participated_in", GHB),
 R("Claire Dumoulin", "works_for", "Tenerrdis"), R("Claire Dumoulin", "participated_in", GHB),
 R("Tenerrdis", "participated_in", HTE), R("Capenergies", "participated_in", HTE),
 R(HTE, "located_in", "Hamburg"),
])

# --- newsletter (md): Health Capital Helsinki, November 2024 -------------------------
HCH = "Health Capital Helsinki"
HTM = "HealthTech Morning @ Slush"
HUS = "HUS Helsinki University Hospital"
CHC = "Connected Health Cluster"
NLS = "Nordic Life Science Days"
MED24 = "MEDICA 2024"
SBF = "ScanBalt Forum 2024"
NBB = "Nordic–Baltic Health Brokerage Day"
EIS = "Estonian Business and Innovation Agency"
NHB = "NordBalt Health Bridge"
LBR = "Latvian Biomedical Research and Study Centre"
HCH_MEMBERS = (("Kuvio Medical Oy", "Espoo"), ("Tervetek Oy", "Oulu"), ("NeuroVisto Oy", "Helsinki"))
GOLD["health-capital-helsinki-newsletter-november-2024.md"] = dict(
entities=[
 E(HCH, "cluster", "FI", "HCH"), E("Helsinki-Uusimaa", "place", "FI"), E("Helsinki", "place", "FI"),
 E(HTM, "event", "FI"), E("Slush 2024", "event", "FI", "Slush"),
 E("Business Finland", "public_body", "FI"), E(HUS, "public_body", "FI", "HUS"),
 E("Annika Virtanen", "person", "FI"), E("Jussi Kallio", "person", "FI"),
 E("Voima Ventures", "company", "FI"), E("Helsinki Partners", "public_body", "FI"),
 E(CHC, "cluster", "EE"), E("Tallinn", "place", "EE"),
 E(NLS, "event", "SE", "NLSDays"), E("SwedenBIO", "network", "SE"), E("Malmö", "place", "SE"),
 E("Turku Science Park", "cluster", "FI"), E("Medicon Valley Alliance", "cluster", "DK"),
 E(MED24, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 *[E(c, "company", "FI") for c, _ in HCH_MEMBERS],
 E("Espoo", "place", "FI"), E("Oulu", "place", "FI"),
 E("Oulu Health", "cluster", "FI"), E("Riikka Salonen", "person", "FI"),
 E("ScanBalt", "network"), E(SBF, "event", "EE", "ScanBalt Forum"), E("Tartu", "place", "EE"),
 E(NBB, "event", "EE"), E(EEN, "network", None, "EEN"),
 E(EIS, "public_body", "EE", "EIS", "Ettevõtluse ja Innovatsiooni Sihtasutus"),
 E(NHB, "project"), E("Interreg Central Baltic", "programme"),
 E(LBR, "research_org", "LV"), E("Riga", "place", "LV"),
 E("Mikko Heinonen", "person", "FI"),
],
relations=[
 R(HCH, "located_in", "Helsinki-Uusimaa"),
 R(HCH, "organized", HTM), R("Business Finland", "organized", HTM), R(HUS, "organized", HTM),
 R(HTM, "located_in", "Helsinki"), R("Slush 2024", "located_in", "Helsinki"),
 R("Annika Virtanen", "works_for", HUS), R("Annika Virtanen", "participated_in", HTM),
 R("Jussi Kallio", "works_for", "Voima Ventures"), R("Jussi Kallio", "participated_in", HTM),
 R("Helsinki Partners", "participated_in", HTM), R(CHC, "participated_in", HTM),
 R(CHC, "located_in", "Tallinn"),
 R("SwedenBIO", "organized", NLS), R(NLS, "located_in", "Malmö"),
 R(HCH, "participated_in", NLS), R("Turku Science Park", "participated_in", NLS),
 R(HCH, "met_with", "Medicon Valley Alliance"),
 R("Medicon Valley Alliance", "participated_in", NLS),
 R(MED24, "located_in", "Düsseldorf"), R("Business Finland", "participated_in", MED24),
 *[R(c, "participated_in", MED24) for c, _ in HCH_MEMBERS],
 *[R(c, "member_of", HCH) for c, _ in HCH_MEMBERS],
 *[R(c, "located_in", t) for c, t in HCH_MEMBERS],
 R("Riikka Salonen", "works_for", "Business Finland"), R("Riikka Salonen", "participated_in", MED24),
 R(HCH, "member_of", "ScanBalt"), R(HCH, "participated_in", SBF), R(SBF, "located_in", "Tartu"),
 R("ScanBalt", "organized", SBF),
 *[R(o, "organized", NBB) for o in (HCH, CHC, "Business Finland", EIS)],
 R(NBB, "located_in", "Tallinn"),
 R("Business Finland", "member_of", EEN), R(EIS, "member_of", EEN),
 R(NHB, "funded_by", "Interreg Central Baltic"), R(CHC, "leads", NHB),
 *[R(o, "consortium_member_of", NHB) for o in (CHC, HCH, LBR)],
 R(LBR, "located_in", "Riga"),
 R("Mikko Heinonen", "works_for", HCH),
])

# --- results (html): BIO KOREA 2024 -----------------------------------------------
BK = "BIO KOREA 2024"
CB = "Chungcheongbuk-do"
GTAI = "Germany Trade & Invest"
KGCCI = "Korean-German Chamber of Commerce and Industry"
AWEX = "Wallonia Export & Investment Agency"
ICEX = "ICEX España Exportación e Inversiones"
GBD = "German Biotech Day"
KMEDI = "Daegu-Gyeongbuk Medical Innovation Foundation"
KBIO = "Osong Medical Innovation Foundation"
BES25 = "BIO-Europe Spring 2025"
PAVILIONS = (GTAI, KGCCI, AWEX, "BioWin", ICEX, "AseBio", "Japan External Trade Organization", DBT)
GOLD["bio-korea-2024-partnering-results.html"] = dict(
entities=[
 E(BK, "event", "KR", "BIO KOREA"), E("Seoul", "place", "KR"),
 E(KHIDI, "public_body", "KR", "KHIDI"),
 E(CB, "public_body", "KR", "North Chungcheong Province"),
 E("Ministry of Health and Welfare", "public_body", "KR", "MOHW"),
 E(GTAI, "public_body", "DE", "GTAI"), E(KGCCI, "public_body", "KR", "KGCCI"),
 E(AWEX, "public_body", "BE", "AWEX"), E("BioWin", "cluster", "BE"),
 E(ICEX, "public_body", "ES", "ICEX"),
 E("AseBio", "network", "ES", "Asociación Española de Bioempresas"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E(DBT, "public_body", "GB", "DBT"),
 E("Samsung Biologics", "company", "KR"), E("Incheon", "place", "KR"),
 E("Celltrion", "company", "KR"), E("SK bioscience", "company", "KR"),
 E("Lee Ji-hoon", "person", "KR"), E("Kim Soo-yeon", "person", "KR"),
 E("Seoul National University", "university", "KR"),
 E(GBD, "event", "KR"), E("Thomas Richter", "person", "DE"),
 E(KMEDI, "research_org", "KR", "K-MEDI hub"), E("Daegu", "place", "KR"),
 E(KBIO, "research_org", "KR", "KBIOHealth"), E("Osong", "place", "KR"),
 E("Wallonia", "place", "BE"), E("Sophie Lambert", "person", "BE"),
 E(BES25, "event", "IT"), E("Milan", "place", "IT"),
 E("Park Min-jae", "person", "KR"), E("BIO KOREA 2025", "event", "KR"),
],
relations=[
 R(BK, "located_in", "Seoul"), R(KHIDI, "organized", BK), R(CB, "organized", BK),
 *[R(o, "participated_in", BK) for o in PAVILIONS],
 R("Samsung Biologics", "located_in", "Incheon"),
 *[R(o, "participated_in", BK) for o in ("Samsung Biologics", "Celltrion", "SK bioscience")],
 R("Lee Ji-hoon", "works_for", "Samsung Biologics"), R("Lee Ji-hoon", "participated_in", BK),
 R("Kim Soo-yeon", "works_for", "Seoul National University"),
 R("Kim Soo-yeon", "participated_in", BK),
 R(KGCCI, "organized", GBD), R(GBD, "located_in", "Seoul"),
 R("Thomas Richter", "works_for", KGCCI),
 R(GTAI, "met_with", KMEDI), R(KMEDI, "located_in", "Daegu"),
 R(KBIO, "located_in", "Osong"), R(KBIO, "partner_of", "BioWin"),
 R(KBIO, "participated_in", BK),
 R("Sophie Lambert", "works_for", "BioWin"),
 R(KHIDI, "partner_of", "AseBio"),
 R(KHIDI, "participated_in", BES25), R("AseBio", "participated_in", BES25),
 R(BES25, "located_in", "Milan"),
 R("Park Min-jae", "works_for", KHIDI),
 R("BIO KOREA 2025", "located_in", "Seoul"),
])

# --- checks ----------------------------------------------------------------------
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
DOCS = Path(__file__).resolve().parents[2] / "docs" / "train-m"


def check(name, gold):
    types = {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        types[e["name"]] = e["type"]
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types and o in types, (name, "undeclared end", r)
        subj, obj = ALLOWED[p]
        assert types[s] in subj and types[o] in obj, (name, "type not allowed", r)
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)
    doc = DOCS / name
    if doc.exists():
        text = doc.read_text(encoding="utf-8")
        if name.endswith(".html"):
            text = html.unescape(text)
        for e in gold["entities"]:
            for form in (e["name"], *e["aliases"]):
                assert form in text, (name, "not in text", form)


for name, gold in GOLD.items():
    check(name, gold)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
