"""Hand annotations of the `train-l` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-l/make_gold_train_l.py

Eight documents (German-speaking countries and the Benelux: photonics, chemistry,
precision engineering, digital health and biotech clusters and institutes) in
`docs/train-l/`, annotated by hand with the rules of make_gold.py (README,
"Documents and gold"); written by a separate annotator who did not see the
pipeline or the other sets. Writes one JSON per document next to this script.

Choices kept throughout this set:
- Planned participations stated as agreed ("will bring ten companies to ...",
  "will present ... at") are annotated like past ones; vague plans ("plans a
  return mission", "plan a joint stand") are not.
- Co-organising a stand, lounge or reception with another organisation is a
  `partner_of` (kind co-promotion), as in the seed ("partnered with Business France").
- A location is annotated only when the text says it (a town given with the
  organisation, "based in", a table column), plus names of the form "X in <city>"
  ("Swissnex in Boston"); a city inside a plain name ("University of Geneva") is not enough.
- Trade-fair venues (Tokyo Big Sight, Fiera Milano) are places.
"""

import json
from pathlib import Path

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


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- annual-report chapter: OptoNet (Jena, photonics) ----------------------------------
ON = "OptoNet e.V."
PW = "SPIE Photonics West"
LEG = "State Development Corporation of Thuringia"
AOIA = "Arizona Optics Industry Association"
RRPC = "Rochester Regional Photonics Cluster"
LW = "LASER World of PHOTONICS"
PDJ = "Photonics Days Jena"
IOF = "Fraunhofer Institute for Applied Optics and Precision Engineering"
HAI = "Hamamatsu Agency for Innovation"
IPHT = "Leibniz Institute of Photonic Technology"
ABBE = "Abbe Center of Photonics"
FSU = "Friedrich Schiller University Jena"
OC = "OPTICHAIN"
PWR = "Wrocław University of Science and Technology"
JIC = "South Moravian Innovation Centre"
PA = "Photonics Austria"
PW_FIRMS = ("Jenoptik", "Active Fiber Systems", "Quantum Optics Jena")
GOLD["optonet-jena-international-chapter-2023.txt"] = dict(
entities=[
 E(ON, "cluster", "DE", "OptoNet"), E("Thuringia", "place", "DE"), E("Jena", "place", "DE"),
 E(PW, "event", "US", "Photonics West"), E("San Francisco", "place", "US"),
 E("SPIE", "network", "US"), E(LEG, "public_body", "DE", "LEG Thüringen"),
 *[E(c, "company", "DE") for c in PW_FIRMS],
 E(AOIA, "cluster", "US", "AOIA"), E(RRPC, "cluster", "US", "RRPC"),
 E(LW, "event", "DE"), E("Munich", "place", "DE"),
 E("PhotonDelta", "cluster", "NL"), E("Eindhoven", "place", "NL"),
 E("Swissphotonics", "network", "CH"), E(PA, "network", "AT"),
 E("Katrin Weißenborn", "person", "DE"),
 E(PDJ, "event", "DE"), E(IOF, "research_org", "DE", "Fraunhofer IOF"),
 E("Hamamatsu", "place", "JP", "Photon Valley"),
 E(HAI, "public_body", "JP", "Hamamatsu agency"),
 E(IPHT, "research_org", "DE", "Leibniz IPHT"), E(ABBE, "research_org", "DE"),
 E(FSU, "university", "DE"),
 E(OC, "project"), E("Interreg Central Europe", "programme"),
 E(PWR, "university", "PL"), E(JIC, "public_body", "CZ", "JIC"), E("Brno", "place", "CZ"),
 E("European Photonics Industry Consortium", "network", None, "EPIC"),
 E("Photonics21", "network"),
 E("Annette Lorenz", "person", "DE", "Lorenz"),
 E("California", "place", "US"), E("Shizuoka", "place", "JP"),
],
relations=[
 R(ON, "located_in", "Thuringia"), R(ON, "located_in", "Jena"),
 R(PW, "located_in", "San Francisco"), R("SPIE", "organized", PW),
 R(ON, "participated_in", PW), R(LEG, "participated_in", PW), R(ON, "partner_of", LEG),
 *[R(c, "participated_in", PW) for c in PW_FIRMS],
 *[R(c, "member_of", ON) for c in PW_FIRMS],
 R(ON, "met_with", AOIA), R(ON, "met_with", RRPC),
 R(AOIA, "participated_in", PW), R(RRPC, "participated_in", PW), R(ON, "partner_of", RRPC),
 R(LW, "located_in", "Munich"), R(ON, "participated_in", LW),
 *[R(o, "participated_in", LW) for o in ("PhotonDelta", "Swissphotonics", PA)],
 *[R(ON, "partner_of", o) for o in ("PhotonDelta", "Swissphotonics", PA)],
 R("PhotonDelta", "located_in", "Eindhoven"),
 R("Katrin Weißenborn", "works_for", ON),
 R(ON, "organized", PDJ), R(IOF, "organized", PDJ), R(PDJ, "located_in", "Jena"),
 R(HAI, "participated_in", PDJ), R(HAI, "located_in", "Hamamatsu"),
 R(IOF, "located_in", "Jena"), R(IPHT, "located_in", "Jena"), R(ABBE, "located_in", "Jena"),
 R(OC, "funded_by", "Interreg Central Europe"), R(PWR, "leads", OC),
 *[R(o, "consortium_member_of", OC) for o in (ON, PWR, JIC, FSU, PA)],
 R(JIC, "located_in", "Brno"),
 R(ON, "member_of", "European Photonics Industry Consortium"), R(ON, "member_of", "Photonics21"),
 R("Annette Lorenz", "works_for", ON),
])

# --- press release: Catalisti (Flanders) / Ulsan Techno Park MoU at ACHEMA ------------
CAT = "Catalisti"
UTP = "Ulsan Techno Park"
ACH = "ACHEMA 2024"
FIT = "Flanders Investment & Trade"
KOTRA = "Korea Trade-Investment Promotion Agency"
CID = "Catalisti Innovation Day"
KRICT = "Korea Research Institute of Chemical Technology"
CL = "CIRCLINK"
UNIST = "Ulsan National Institute of Science and Technology"
KIAT = "Korea Institute for Advancement of Technology"
VLAIO = "Agentschap Innoveren & Ondernemen"
GOLD["catalisti-ulsan-techno-park-mou-2024.md"] = dict(
entities=[
 E(CAT, "cluster", "BE"), E("Flanders", "place", "BE"),
 E(UTP, "public_body", "KR", "UTP"), E("Ulsan", "place", "KR", "Ulsan region"),
 E(ACH, "event", "DE"), E("Frankfurt am Main", "place", "DE"),
 E("DECHEMA", "network", "DE"),
 E(FIT, "public_body", "BE", "FIT"), E(KOTRA, "public_body", "KR", "KOTRA"),
 E("BlueChem", "company", "BE"), E("Antwerp", "place", "BE"),
 E("Hilde Van Damme", "person", "BE"), E("Park Ji-hoon", "person", "KR", "Park"),
 E(CID, "event", "BE"), E("Seoul", "place", "KR"),
 E("Indaver", "company", "BE"), E("Mechelen", "place", "BE"),
 E("BASF Antwerpen", "company", "BE"), E("SK geo centric", "company", "KR"),
 E("Polycirc", "company", "BE"), E("Ghent", "place", "BE"),
 E(KRICT, "research_org", "KR", "KRICT"), E("Daejeon", "place", "KR"),
 E(CL, "project"), E("Ghent University", "university", "BE"),
 E(UNIST, "university", "KR", "UNIST"), E("Horizon Europe", "programme"),
 E(KIAT, "public_body", "KR", "KIAT"),
 E("Brussels", "place", "BE"), E(VLAIO, "public_body", "BE", "VLAIO"),
 E("A.SPIRE", "network"), E("Processes4Planet", "programme"),
 E("Ministry of Trade, Industry and Energy", "public_body", "KR", "MOTIE"),
 E("Korea Techno Park Association", "network", "KR"),
 E("Lotte Peeters", "person", "BE"),
],
relations=[
 R(CAT, "partner_of", UTP),
 R(CAT, "located_in", "Flanders"), R(CAT, "located_in", "Brussels"), R(UTP, "located_in", "Ulsan"),
 R(CAT, "participated_in", ACH), R(UTP, "participated_in", ACH),
 R(ACH, "located_in", "Frankfurt am Main"), R("DECHEMA", "organized", ACH),
 R(FIT, "participated_in", ACH), R(KOTRA, "participated_in", ACH),
 R("BlueChem", "located_in", "Antwerp"),
 R("Hilde Van Damme", "works_for", CAT), R("Park Ji-hoon", "works_for", UTP),
 R(CAT, "organized", CID), R(CID, "located_in", "Antwerp"), R(UTP, "participated_in", CID),
 R("Indaver", "member_of", CAT), R("BASF Antwerpen", "member_of", CAT),
 R("Indaver", "located_in", "Mechelen"),
 R("Indaver", "met_with", "SK geo centric"), R("BASF Antwerpen", "met_with", "SK geo centric"),
 R("Polycirc", "located_in", "Ghent"), R("Polycirc", "partner_of", KRICT),
 R(KRICT, "located_in", "Daejeon"),
 R("Ghent University", "leads", CL),
 *[R(o, "consortium_member_of", CL) for o in ("Ghent University", UNIST, KRICT, CAT, UTP)],
 R(CL, "funded_by", "Horizon Europe"), R(CL, "funded_by", KIAT),
 R(CAT, "member_of", "A.SPIRE"),
 R(UTP, "member_of", "Korea Techno Park Association"),
 R("Lotte Peeters", "works_for", CAT),
])

# --- newsletter (HTML): BioAlps, Western Switzerland -----------------------------------
BA = "BioAlps"
BE23 = "BIO-Europe 2023"
SGE = "Switzerland Global Enterprise"
SBA = "Swiss Biotech Association"
BABI = "Basel Area Business & Innovation"
NL = "NeuroLéman SA"
BES23 = "BIO-Europe Spring 2023"
SNB = "Swissnex in Boston"
MB = "Massachusetts Biotechnology Council"
LM = "LEMANMED"
IFS = "Interreg France-Suisse"
UNIGE = "University of Geneva"
LYB = "Lyonbiopôle Auvergne-Rhône-Alpes"
UGA = "Université Grenoble Alpes"
HES = "HES-SO University of Applied Sciences and Arts Western Switzerland"
CEBR = "Council of European BioRegions"
CM = "Claire Morand"
AMT = "Alpine Microbiome Therapeutics"
EPFL = "Swiss Federal Institute of Technology in Lausanne"
BES24 = "BIO-Europe Spring 2024"
BIO24 = "BIO International Convention 2024"
SBD = "Swiss Biotech Day"
BA_FIRMS = (("Debiopharm", "Lausanne"), ("Novimmune", "Geneva"), (NL, "Épalinges"))
GOLD["bioalps-international-newsletter-2023.html"] = dict(
entities=[
 E(BA, "cluster", "CH"), E("Western Switzerland", "place", "CH"),
 E(BE23, "event", "DE"), E("Munich", "place", "DE"), E("EBD Group", "company"),
 E(SGE, "public_body", "CH", "S-GE"), E(SBA, "network", "CH", "SBA"),
 E(BABI, "cluster", "CH"), E("Basel", "place", "CH"),
 E("Debiopharm", "company", "CH"), E("Lausanne", "place", "CH"),
 E("Novimmune", "company", "CH"), E("Geneva", "place", "CH"),
 E(NL, "company", "CH", "NeuroLéman"), E("Épalinges", "place", "CH"),
 E("BioM", "cluster", "DE"), E("LISAvienna", "cluster", "AT"),
 E("Marc Dufour", "person", "CH"),
 E("Chugai Pharmaceutical", "company", "JP"), E(BES23, "event", "CH", "BIO-Europe Spring"),
 E("Boston", "place", "US"), E(SNB, "public_body", "US"),
 E("LabCentral", "company", "US"), E("Cambridge", "place", "US"),
 E(MB, "cluster", "US", "MassBio"), E("Massachusetts", "place", "US"),
 E("Biopôle", "company", "CH"),
 E(LM, "project"), E(IFS, "programme", None, "Interreg France-Suisse programme"),
 E(UNIGE, "university", "CH", "UNIGE"),
 E(LYB, "cluster", "FR"), E("Lyon", "place", "FR"),
 E(UGA, "university", "FR"), E("Grenoble", "place", "FR"),
 E(HES, "university", "CH"), E("Delémont", "place", "CH"),
 E(CEBR, "network", None, "CEBR"), E(CM, "person", "CH", "Morand"),
 E("Abionic", "company", "CH"), E(AMT, "company", "CH"),
 E(EPFL, "university", "CH", "EPFL"),
 E(BES24, "event", "ES"), E("Barcelona", "place", "ES"),
 E(BIO24, "event", "US"), E("San Diego", "place", "US"),
 E(SBD, "event", "CH"),
],
relations=[
 R(BA, "located_in", "Western Switzerland"), R(BA, "located_in", "Geneva"),
 R(BA, "participated_in", BE23), R(BE23, "located_in", "Munich"), R("EBD Group", "organized", BE23),
 R(SGE, "participated_in", BE23), R(SBA, "participated_in", BE23), R(SGE, "partner_of", SBA),
 R(BABI, "participated_in", BE23), R(BABI, "located_in", "Basel"),
 *[R(c, "member_of", BA) for c, _ in BA_FIRMS],
 *[R(c, "participated_in", BE23) for c, _ in BA_FIRMS],
 *[R(c, "located_in", t) for c, t in BA_FIRMS],
 R("BioM", "located_in", "Munich"), R("BioM", "participated_in", BE23),
 R("LISAvienna", "participated_in", BE23),
 R(BA, "partner_of", "BioM"), R(BA, "partner_of", "LISAvienna"), R("BioM", "partner_of", "LISAvienna"),
 R("Marc Dufour", "works_for", NL), R("Marc Dufour", "participated_in", BE23),
 R("Debiopharm", "met_with", "Chugai Pharmaceutical"),
 R("Chugai Pharmaceutical", "participated_in", BE23),
 R(BES23, "located_in", "Basel"),
 R("Debiopharm", "participated_in", BES23), R("Chugai Pharmaceutical", "participated_in", BES23),
 R(SNB, "located_in", "Boston"), R("LabCentral", "located_in", "Cambridge"),
 R(BA, "met_with", MB), R(BA, "partner_of", MB), R("Biopôle", "located_in", "Lausanne"),
 R(LM, "funded_by", IFS), R(UNIGE, "leads", LM),
 *[R(o, "consortium_member_of", LM) for o in (UNIGE, BA, LYB, UGA, HES)],
 R(UNIGE, "located_in", "Geneva"), R(LYB, "located_in", "Lyon"),
 R(UGA, "located_in", "Grenoble"), R(HES, "located_in", "Delémont"),
 R(BA, "member_of", CEBR), R(CM, "works_for", BA),
 R("Abionic", "member_of", BA), R("Abionic", "located_in", "Lausanne"),
 R(AMT, "member_of", BA), R(EPFL, "located_in", "Lausanne"),
 R(BES24, "located_in", "Barcelona"), R(BA, "participated_in", BES24), R(SGE, "participated_in", BES24),
 R(BIO24, "located_in", "San Diego"), R(BA, "participated_in", BIO24),
 R(SBD, "located_in", "Basel"), R(SBA, "organized", SBD),
 R(BA, "participated_in", SBD), R(CM, "participated_in", SBD),
])

# --- consortium kick-off (HTML): SKINSIGHT, Horizon Europe, TNO / Holst Centre ---------
SK = "SKINSIGHT"
TNO = "Netherlands Organisation for Applied Scientific Research"
HC = "Holst Centre"
CSEM = "Swiss Center for Electronics and Microtechnology"
SERI = "State Secretariat for Education, Research and Innovation"
IZM = "Fraunhofer Institute for Reliability and Microintegration"
CHA = "Charité – Universitätsmedizin Berlin"
MUV = "Medical University of Vienna"
CX = "Cardiolex GmbH"
LX = "Luxsens S.A."
PP = "PolyPrint Solutions B.V."
EHN = "European Heart Network"
HADEA = "European Health and Digital Executive Agency"
ESCC = "ESC Congress 2025"
ESC = "European Society of Cardiology"
SK_PARTNERS = ((TNO, "Eindhoven"), ("imec", "Leuven"), (CSEM, "Neuchâtel"), (IZM, "Berlin"),
               (CHA, "Berlin"), (MUV, "Vienna"), ("Maastricht University", "Maastricht"),
               (CX, "Graz"), (LX, "Esch-sur-Alzette"), (PP, "Eindhoven"), (EHN, "Brussels"))
GOLD["skinsight-horizon-europe-kickoff-2024.html"] = dict(
entities=[
 E(SK, "project"), E(HC, "research_org", "NL"), E("Eindhoven", "place", "NL"),
 E("Horizon Europe", "programme"),
 E(TNO, "research_org", "NL", "TNO"), E("imec", "research_org", "BE"),
 E(CSEM, "research_org", "CH", "CSEM"), E(SERI, "public_body", "CH", "SERI"),
 E("Ellen Vermeulen", "person", "NL"),
 E(IZM, "research_org", "DE", "Fraunhofer IZM", "Fraunhofer"),
 E(CHA, "university", "DE", "Charité"), E(MUV, "university", "AT", "MedUni Wien"),
 E("Maastricht University", "university", "NL"),
 E(CX, "company", "AT", "Cardiolex"), E(LX, "company", "LU", "Luxsens"),
 E(PP, "company", "NL", "PolyPrint Solutions"), E(EHN, "network"),
 E("Leuven", "place", "BE"), E("Neuchâtel", "place", "CH"), E("Berlin", "place", "DE"),
 E("Vienna", "place", "AT"), E("Maastricht", "place", "NL"), E("Graz", "place", "AT"),
 E("Esch-sur-Alzette", "place", "LU"), E("Brussels", "place", "BE"),
 E("Lukas Brandner", "person", "AT", "Brandner"),
 E(HADEA, "public_body", None, "HaDEA"), E("European Commission", "public_body"),
 E("Ana Ribeiro", "person"), E("EIT Health", "network"),
 E(ESCC, "event", "ES"), E("Madrid", "place", "ES"), E(ESC, "network", None, "ESC"),
 E("MEDICA", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Martin Hofer", "person", "AT"),
],
relations=[
 *[R(o, "consortium_member_of", SK) for o, _ in SK_PARTNERS],
 *[R(o, "located_in", t) for o, t in SK_PARTNERS],
 R(HC, "located_in", "Eindhoven"),
 R(TNO, "leads", SK), R("Ellen Vermeulen", "leads", SK), R("Ellen Vermeulen", "works_for", TNO),
 R(SK, "funded_by", "Horizon Europe"), R(SK, "funded_by", SERI),
 R("Lukas Brandner", "works_for", MUV), R("Ana Ribeiro", "works_for", HADEA),
 R(ESCC, "located_in", "Madrid"), R(ESC, "organized", ESCC),
 R("MEDICA", "located_in", "Düsseldorf"),
 R(CX, "participated_in", "MEDICA"), R(LX, "participated_in", "MEDICA"),
 R("Martin Hofer", "works_for", CX),
])

# --- press release (delegation table): Mechatronics Cluster, Upper Austria, to Japan ---
MC = "Mechatronics Cluster"
BUA = "Business Upper Austria"
AAT = "ADVANTAGE AUSTRIA Tokyo"
WKO = "Austrian Federal Economic Chamber"
MP = "Mühlviertler Präzisionstechnik GmbH"
LCM = "Linz Center of Mechatronics"
JKU = "Johannes Kepler University Linz"
FO = "Austria–Japan Mechatronics Forum"
JMS = "Japan Mobility Show 2023"
ARC = "Aichi Robot Industry Cluster Promotion Council"
OCCI = "Osaka Chamber of Commerce and Industry"
KSK = "Kansai Seimitsu Kogyo"
MCD = "Mechatronics Cluster Day"
DELEGATION = (("ENGEL Austria", "company", "Schwertberg"), ("KEBA", "company", "Linz"),
              ("Fronius International", "company", "Pettenbach"), (MP, "company", "Freistadt"),
              ("Hagenauer Antriebe", "company", "Wels"), (LCM, "research_org", "Linz"),
              ("PROFACTOR", "research_org", "Steyr"), (JKU, "university", "Linz"))
DEL_ALIASES = {"Fronius International": ("Fronius",), MP: ("Mühlviertler Präzisionstechnik",),
               LCM: ("LCM",), JKU: ("JKU",)}
GOLD["mechatronics-cluster-japan-delegation-2023.md"] = dict(
entities=[
 E(MC, "cluster", "AT", "Mechatronik-Cluster"), E(BUA, "public_body", "AT"),
 E("Upper Austria", "place", "AT"), E("Linz", "place", "AT"),
 E(AAT, "public_body", "JP"), E(WKO, "public_body", "AT", "WKO"),
 E("Tokyo", "place", "JP"), E("Nagoya", "place", "JP"), E("Osaka", "place", "JP"),
 *[E(o, t, "AT", *DEL_ALIASES.get(o, ())) for o, t, _ in DELEGATION],
 E("Schwertberg", "place", "AT"), E("Pettenbach", "place", "AT"), E("Freistadt", "place", "AT"),
 E("Wels", "place", "AT"), E("Steyr", "place", "AT"),
 E("Elisabeth Moser", "person", "AT"), E("Werner Aigner", "person", "AT", "Aigner"),
 E(FO, "event", "JP"), E("Embassy of Austria", "public_body", "JP"),
 E(JMS, "event", "JP"), E("Tokyo Big Sight", "place", "JP"),
 E("Toyota", "company", "JP"), E("Honda", "company", "JP"),
 E("Aichi Prefecture", "place", "JP", "Aichi"), E(ARC, "cluster", "JP"),
 E("Hiroshi Tanaka", "person", "JP"),
 E("DENSO", "company", "JP"), E("Kariya", "place", "JP"),
 E("Nagoya University", "university", "JP"),
 E(OCCI, "public_body", "JP", "OCCI"), E(KSK, "company", "JP"),
 E(MCD, "event", "AT"), E("JIMTOF 2024", "event", "JP"),
 E("go-international", "programme", "AT"),
 E("Federal Ministry of Labour and Economy", "public_body", "AT"),
],
relations=[
 R(MC, "located_in", "Upper Austria"),
 *[R(o, "member_of", MC) for o, _, _ in DELEGATION],
 *[R(o, "located_in", t) for o, _, t in DELEGATION],
 R("Elisabeth Moser", "works_for", MC), R("Werner Aigner", "works_for", MC),
 R(AAT, "located_in", "Tokyo"),
 R(AAT, "organized", FO), R(FO, "located_in", "Tokyo"), R("Embassy of Austria", "located_in", "Tokyo"),
 R(MC, "participated_in", FO), R("KEBA", "participated_in", FO), R(LCM, "participated_in", FO),
 R(JMS, "located_in", "Tokyo"), R(JMS, "located_in", "Tokyo Big Sight"),
 R(MC, "participated_in", JMS), R("ENGEL Austria", "participated_in", JMS),
 R("Fronius International", "participated_in", JMS),
 R(MC, "partner_of", ARC), R(ARC, "located_in", "Aichi Prefecture"),
 R("Hiroshi Tanaka", "works_for", ARC),
 R(MC, "met_with", "DENSO"), R("DENSO", "located_in", "Kariya"),
 R(JKU, "met_with", "Nagoya University"), R("PROFACTOR", "met_with", "Nagoya University"),
 R(OCCI, "located_in", "Osaka"),
 R(MP, "partner_of", KSK), R(KSK, "located_in", "Osaka"),
 R(BUA, "organized", MCD), R(MCD, "located_in", "Wels"),
 R("JIMTOF 2024", "located_in", "Tokyo"),
])

# --- member story: soft landing in the Luxembourg HealthTech Cluster -------------------
LHC = "Luxembourg HealthTech Cluster"
MED = "MEDICA 2023"
MPI = "MediPulse Inc."
MPE = "MediPulse Europe S.A."
HBH = "House of BioHealth"
KHIDI = "Korea Health Industry Development Institute"
LIH = "Luxembourg Institute of Health"
LIST = "Luxembourg Institute of Science and Technology"
LTIO = "Luxembourg Trade and Investment Office in Seoul"
LDHN = "Luxembourg Digital Health Network"
CX2 = "CARDIOLUX"
FNR = "Luxembourg National Research Fund"
KBE = "K-Bio Europe Day"
BIO = "BIO International Convention"
GOLD["luxembourg-healthtech-soft-landing-2024.txt"] = dict(
entities=[
 E("Seoul", "place", "KR"), E("Esch-sur-Alzette", "place", "LU"),
 E(LHC, "cluster", "LU"), E("Ji-woo Han", "person", "KR", "Han"),
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E(MPI, "company", "KR", "MediPulse"), E(MPE, "company", "LU", "MediPulse Europe"),
 E(HBH, "company", "LU"), E("Luxinnovation", "public_body", "LU"),
 E("Ministry of the Economy", "public_body", "LU"), E(KHIDI, "public_body", "KR", "KHIDI"),
 E(LIH, "research_org", "LU", "LIH"), E("Strassen", "place", "LU"),
 E(LIST, "research_org", "LU", "LIST"), E("Belvaux", "place", "LU"),
 E(LTIO, "public_body", "KR"), E("Fit 4 Start", "programme", "LU"),
 E(LDHN, "network", "LU", "LDHN"),
 E(CX2, "project"), E("University of Luxembourg", "university", "LU"),
 E(FNR, "public_body", "LU", "FNR"), E("Marc Kieffer", "person", "LU"),
 E("Valbio Diagnostics", "company", "CH"), E("Lugano", "place", "CH"),
 E("NeuraSense", "company", "IL"), E(KBE, "event", "KR"),
 E("Laurent Schmit", "person", "LU", "Schmit"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E(BIO, "event", "US"), E("San Diego", "place", "US"), E("Luxembourg City", "place", "LU"),
],
relations=[
 R(MED, "located_in", "Düsseldorf"),
 *[R(o, "participated_in", MED) for o in (MPI, "Ji-woo Han", LHC, "Ministry of the Economy", KHIDI)],
 R(LHC, "partner_of", "Ministry of the Economy"),
 R("Ji-woo Han", "works_for", MPI), R(LHC, "met_with", MPI),
 R(MPE, "located_in", "Esch-sur-Alzette"), R(HBH, "located_in", "Esch-sur-Alzette"),
 R(MPI, "met_with", LIH), R(MPI, "met_with", LIST),
 R(LIH, "located_in", "Strassen"), R(LIST, "located_in", "Belvaux"),
 R(LTIO, "located_in", "Seoul"),
 R(LIH, "leads", CX2), R("Marc Kieffer", "leads", CX2), R("Marc Kieffer", "works_for", LIH),
 *[R(o, "consortium_member_of", CX2) for o in (LIH, MPE, "University of Luxembourg")],
 R(CX2, "funded_by", FNR),
 R("Valbio Diagnostics", "located_in", "Lugano"),
 R(KHIDI, "organized", KBE), R(KBE, "located_in", "Seoul"),
 *[R(o, "participated_in", KBE) for o in (MPI, "Valbio Diagnostics", "NeuraSense", LHC)],
 R("Laurent Schmit", "works_for", "Luxinnovation"), R("Laurent Schmit", "works_for", LHC),
 R(LHC, "member_of", "Council of European BioRegions"),
 R(BIO, "located_in", "San Diego"), R(LHC, "participated_in", BIO), R(MPI, "participated_in", BIO),
])

# --- newsletter: Interreg Deutschland-Nederland project CIRCULAR-DN at Chemelot --------
BCC = "Brightlands Chemelot Campus"
CD = "CIRCULAR-DN"
IDN = "Interreg Deutschland-Nederland"
ZUYD = "Zuyd University of Applied Sciences"
INS = "Chemelot Institute for Science & Technology"
WH = "Westfälische Hochschule"
RWTH = "RWTH Aachen University"
PL = "Province of Limburg"
MW = "Ministry of Economic Affairs, Industry, Climate Action and Energy of North Rhine-Westphalia"
ECRN = "European Chemical Regions Network"
RVO = "Netherlands Enterprise Agency"
CHILL = "Chemelot Innovation and Learning Labs"
CD_PARTNERS = ((INS, "Geleen"), ("Maastricht University", "Maastricht"), (RWTH, "Aachen"),
               (WH, "Gelsenkirchen"), (BCC, "Geleen"), ("ChemSite", "Marl"),
               ("Reaktorwerk GmbH", "Duisburg"), ("Solvalis B.V.", "Sittard"))
GOLD["chemelot-chemsite-interreg-kickoff-2024.md"] = dict(
entities=[
 E(BCC, "cluster", "NL"), E(CD, "project", None, "Circular Chemistry Deutschland–Nederland"),
 E("Geleen", "place", "NL"), E(IDN, "programme"),
 E("Limburg", "place", "NL", "Dutch Limburg"), E("Ruhr", "place", "DE", "Ruhr area"),
 E("ChemSite", "cluster", "DE", "ChemSite initiative"), E("Marl", "place", "DE"),
 E("Chemelot", "place", "NL"),
 E("Sabine Kortmann", "person", "DE"),
 E(ZUYD, "university", "NL", "Zuyd Hogeschool", "Zuyd"), E("Heerlen", "place", "NL"),
 E(INS, "research_org", "NL", "InSciTe"), E("Maastricht University", "university", "NL"),
 E("Maastricht", "place", "NL"), E(RWTH, "university", "DE", "RWTH"), E("Aachen", "place", "DE"),
 E(WH, "university", "DE"), E("Gelsenkirchen", "place", "DE"),
 E("Reaktorwerk GmbH", "company", "DE"), E("Duisburg", "place", "DE"),
 E("Solvalis B.V.", "company", "NL"), E("Sittard", "place", "NL"),
 E("SABIC", "company", "SA"), E("Evonik Industries", "company", "DE"),
 E(PL, "public_body", "NL", "Provincie Limburg"),
 E(MW, "public_body", "DE",
   "Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie des Landes Nordrhein-Westfalen",
   "MWIKE", "North Rhine-Westphalia's economy ministry"),
 E("North Rhine-Westphalia", "place", "DE"),
 E("Anke Verbeek", "person", "NL"), E("Brussels", "place", "BE"),
 E(ECRN, "network", None, "ECRN"), E("Flanders", "place", "BE"),
 E("Trilateral Strategy for the Chemical Industry", "programme"),
 E("Jeroen Hendrikx", "person", "NL"),
 E("analytica 2024", "event", "DE"), E("Munich", "place", "DE"),
 E(RVO, "public_body", "NL", "RVO"),
 E("K 2025", "event", "DE"), E("Düsseldorf", "place", "DE"), E("Messe Düsseldorf", "company", "DE"),
 E("CHILL Open Day", "event", "NL"), E(CHILL, "research_org", "NL", "CHILL"),
],
relations=[
 R(CD, "funded_by", IDN), R(CD, "funded_by", PL), R(CD, "funded_by", MW),
 R(BCC, "partner_of", "ChemSite"),
 R("ChemSite", "located_in", "Ruhr"),
 R("Sabine Kortmann", "works_for", "ChemSite"),
 R(ZUYD, "leads", CD), R(ZUYD, "consortium_member_of", CD), R(ZUYD, "located_in", "Heerlen"),
 *[R(o, "consortium_member_of", CD) for o, _ in CD_PARTNERS],
 *[R(o, "located_in", t) for o, t in CD_PARTNERS],
 R("SABIC", "consortium_member_of", CD), R("Evonik Industries", "consortium_member_of", CD),
 R("SABIC", "located_in", "Geleen"), R("Evonik Industries", "located_in", "Marl"),
 R("Anke Verbeek", "works_for", ZUYD), R("Anke Verbeek", "leads", CD),
 R(PL, "member_of", ECRN), R(MW, "member_of", ECRN),
 R("Jeroen Hendrikx", "works_for", BCC),
 R("analytica 2024", "located_in", "Munich"),
 R(INS, "participated_in", "analytica 2024"), R(WH, "participated_in", "analytica 2024"),
 R(RVO, "participated_in", "analytica 2024"),
 R("K 2025", "located_in", "Düsseldorf"), R("Messe Düsseldorf", "organized", "K 2025"),
 R("CHILL Open Day", "located_in", "Geleen"), R(CHILL, "organized", "CHILL Open Day"),
])

# --- annual-report chapter: BioRN (Rhine-Neckar) at analytica and CPHI Milan -----------
BRN = "BioRN Network e.V."
AN = "analytica 2024"
CP = "CPHI Milan"
EMBL = "European Molecular Biology Laboratory"
DKFZ = "German Cancer Research Center"
NA = "Neckar Analytics GmbH"
BZH = "Heidelberg University Biochemistry Center"
BVB = "BioValley Basel"
BES25 = "BIO-Europe Spring 2025"
GTAI = "Germany Trade & Invest"
CLSV = "Lombardy Life Sciences Cluster"
CO_EXH = (("Roche Diagnostics", "Mannheim"), (EMBL, "Heidelberg"), (DKFZ, None),
          (NA, "Mannheim"), ("Kurpfalz Labware", "Weinheim"), (BZH, None))
GOLD["biorn-trade-fairs-report-2024.txt"] = dict(
entities=[
 E(BRN, "cluster", "DE", "BioRN"), E("Rhine-Neckar", "place", "DE", "Rhine-Neckar region"),
 E(AN, "event", "DE", "analytica"), E("Munich", "place", "DE"),
 E(CP, "event", "IT", "CPHI"), E("Messe München", "company", "DE"),
 E("Roche Diagnostics", "company", "DE"), E("Mannheim", "place", "DE"),
 E(EMBL, "research_org", "DE", "EMBL"), E("Heidelberg", "place", "DE"),
 E(DKFZ, "research_org", "DE", "Deutsches Krebsforschungszentrum", "DKFZ"),
 E(NA, "company", "DE", "Neckar Analytics"),
 E("Kurpfalz Labware", "company", "DE"), E("Weinheim", "place", "DE"),
 E(BZH, "research_org", "DE", "BZH"),
 E("Julia Brandt", "person", "DE"), E("Henrik Voss", "person"),
 E(BVB, "cluster", "CH"), E("COST", "programme"),
 E("flanders.bio", "network", "BE"), E(BES25, "event", "IT", "BIO-Europe Spring"),
 E("Milan", "place", "IT"),
 E("Informa Markets", "company"), E("Fiera Milano", "place", "IT"), E("Rho", "place", "IT"),
 E(GTAI, "public_body", "DE", "GTAI"),
 E("Heidelberg Biologics", "company", "DE"), E("Rhein-Neckar Pharmapack", "company", "DE"),
 E(CLSV, "cluster", "IT", "Cluster Lombardo Scienze della Vita", "CLSV"),
 E("Giulia Ferraro", "person", "IT"), E("Lombardy", "place", "IT"),
 E("Assobiotec", "network", "IT"), E("Federchimica", "network", "IT"),
 E("Biocat", "cluster", "ES"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("Ralf Mehler", "person", "DE"),
 E("Ministry of Economic Affairs, Labour and Tourism of Baden-Württemberg", "public_body", "DE"),
],
relations=[
 R(BRN, "located_in", "Rhine-Neckar"),
 R(AN, "located_in", "Munich"), R("Messe München", "organized", AN), R(BRN, "participated_in", AN),
 *[R(o, "participated_in", AN) for o, _ in CO_EXH],
 *[R(o, "located_in", t) for o, t in CO_EXH if t],
 R("Julia Brandt", "works_for", BRN), R("Julia Brandt", "participated_in", AN),
 R("Henrik Voss", "works_for", EMBL), R("Henrik Voss", "participated_in", AN),
 R(BVB, "participated_in", AN), R(BRN, "met_with", BVB),
 R("flanders.bio", "participated_in", AN), R(BRN, "met_with", "flanders.bio"),
 R(BRN, "partner_of", "flanders.bio"),
 R(BES25, "located_in", "Milan"),
 R(BRN, "participated_in", BES25), R("flanders.bio", "participated_in", BES25),
 R("Informa Markets", "organized", CP), R(CP, "located_in", "Fiera Milano"), R(CP, "located_in", "Rho"),
 *[R(o, "participated_in", CP) for o in (BRN, GTAI, "Heidelberg Biologics", "Rhein-Neckar Pharmapack",
                                         CLSV, "Assobiotec", "Biocat")],
 R("Heidelberg Biologics", "member_of", BRN), R("Rhein-Neckar Pharmapack", "member_of", BRN),
 R(BRN, "partner_of", CLSV), R("Giulia Ferraro", "works_for", CLSV),
 R(BRN, "met_with", "Assobiotec"), R(BRN, "met_with", "Biocat"),
 R("Assobiotec", "member_of", "Federchimica"),
 *[R(o, "member_of", "Council of European BioRegions") for o in (BRN, "Assobiotec", "Biocat")],
 R("Ralf Mehler", "works_for", BRN),
])


# names that do not occur verbatim in their document (the full form is put together from it)
CANONICAL = {"BIO-Europe Spring 2023", "BIO-Europe Spring 2025"}


def check(doc, gold, text):
    """Every relation end is a declared entity, types and predicates are DOMAIN.md's."""
    types = {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (doc, e)
        assert e["name"] not in types, (doc, "duplicate entity", e["name"])
        types[e["name"]] = e["type"]
        flat = text.replace("&amp;", "&").lower()
        for form in e["aliases"]:
            assert form.lower() in flat, (doc, "alias not in text", form)
        if e["name"].lower() not in flat:  # a canonical name the text only gives in parts
            assert e["name"] in CANONICAL, (doc, "name not in text", e["name"])
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types and o in types, (doc, r)
        subj, obj = ALLOWED[p]
        assert types[s] in subj and types[o] in obj, (doc, r, types[s], types[o])
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, (doc, "duplicate relation", r)
        seen.add(key)


docs = Path(__file__).resolve().parents[2] / "docs" / "train-l"
for name, gold in GOLD.items():
    if (docs / name).exists():
        check(name, gold, (docs / name).read_text(encoding="utf-8"))
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
