"""Hand annotations of the `train-au` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-au/make_gold_train_au.py

Theme: clusters beyond life sciences (energy, mobility, agri-food, plastics and
chemistry, maritime, digital/AI), ECCP news, Euroclusters, the Enterprise Europe
Network. Same rules as make_gold.py (README, "Documents and gold"), written by a
separate annotator. Conventions of this set:

- Planned participations stated as agreed ("will lead a delegation to ...") are
  annotated like past ones.
- An organiser of an event gets `organized` only, not also `participated_in`.
- A coordinator of a project gets both `leads` and `consortium_member_of`.
- A person speaking for an organisation at an event gives `participated_in`
  for the person only; the organisation needs its own statement.
- A proposal that is only being prepared or submitted gets no `funded_by`.
- European Digital Innovation Hubs (EDIHs) are typed `network` (a consortium
  funded by the Digital Europe Programme).
- Commercial contracts between companies are not `partner_of`; co-development
  agreements, MoUs, letters of intent and cooperation agreements are.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-au"

TYPES = {
    "cluster", "company", "university", "research_org", "network", "public_body",
    "programme", "event", "project", "person", "place",
}
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

# --- annual-report chapter: Energy Cluster Denmark, international cooperation --------
ECD = "Energy Cluster Denmark"
BEC = "Basque Energy Cluster"
HYPOS = "Hydrogen Power Storage & Solutions East Germany"
KEA = "Korea Energy Agency"
WEAE = "WindEurope Annual Event 2024"
HTEE = "Hydrogen Technology Expo Europe"
EHW = "European Hydrogen Week"
OWMD = "Offshore Wind Matchmaking Day"
VS = "Vestkyst Subsea A/S"
NOC = "Nervión Offshore Cables"
FE = "Fyn Electrolysis ApS"
MK = "Mette Kjærgaard"
SDU = "University of Southern Denmark"
NHS = "NORDHY-STORE"
SINTEF = "SINTEF Energy Research"
GOLD["energy-cluster-denmark-international-chapter-2024.md"] = dict(
entities=[
 E(ECD, "cluster", "DK", "ECD"), E("Odense", "place", "DK"), E("Esbjerg", "place", "DK"),
 E(MK, "person", "DK", "Kjærgaard"),
 E("Hydrogen Europe", "network", "BE"), E("WindEurope", "network", "BE"),
 E("European Cluster Alliance for Energy Transition", "network"),
 E("Lars Bach Sørensen", "person", "DK"),
 E(BEC, "cluster", "ES", "Clúster de Energía"), E("Bilbao", "place", "ES"),
 E("Iñaki Etxeberria", "person", "ES"), E("Basque Country", "place", "ES"),
 E(HYPOS, "network", "DE", "HYPOS"), E("Leipzig", "place", "DE"),
 E(KEA, "public_body", "KR", "KEA"), E("Ulsan", "place", "KR"),
 E(WEAE, "event", "ES"), E(HTEE, "event", "DE"), E("Hamburg", "place", "DE"),
 E(EHW, "event", "BE"), E("Brussels", "place", "BE"),
 E("Enterprise Europe Network", "network", None, "EEN"),
 E(OWMD, "event", "ES"),
 E(VS, "company", "DK"), E(NOC, "company", "ES"),
 E(FE, "company", "DK"),
 E("Jonas Weber", "person", "DE"),
 E("HyPort Fyn", "project"), E("Innovation Fund Denmark", "public_body", "DK"),
 E(SDU, "university", "DK", "SDU"), E("Aalborg University", "university", "DK"),
 E("Funen", "place", "DK"),
 E(NHS, "project"), E("Horizon Europe", "programme"),
 E("Clean Hydrogen Partnership", "public_body"),
 E(SINTEF, "research_org", "NO"), E("Trondheim", "place", "NO"),
],
relations=[
 R(ECD, "located_in", "Odense"), R(ECD, "located_in", "Esbjerg"),
 R(MK, "works_for", ECD), R("Lars Bach Sørensen", "works_for", ECD),
 R(ECD, "member_of", "Hydrogen Europe"), R(ECD, "member_of", "WindEurope"),
 R(ECD, "member_of", "European Cluster Alliance for Energy Transition"),
 R(ECD, "partner_of", BEC), R(BEC, "located_in", "Bilbao"),
 R("Iñaki Etxeberria", "works_for", BEC),
 R(ECD, "partner_of", HYPOS), R(HYPOS, "located_in", "Leipzig"),
 R(ECD, "partner_of", KEA), R(KEA, "located_in", "Ulsan"),
 R(ECD, "participated_in", WEAE), R(ECD, "participated_in", HTEE), R(ECD, "participated_in", EHW),
 R(WEAE, "located_in", "Bilbao"), R(HTEE, "located_in", "Hamburg"), R(EHW, "located_in", "Brussels"),
 R("WindEurope", "organized", WEAE),
 R(ECD, "organized", OWMD), R("Enterprise Europe Network", "organized", OWMD),
 R(OWMD, "located_in", "Bilbao"), R(BEC, "participated_in", OWMD),
 R(VS, "member_of", ECD), R(VS, "located_in", "Esbjerg"), R(VS, "met_with", NOC),
 R(VS, "participated_in", OWMD), R(NOC, "participated_in", OWMD),
 R(FE, "participated_in", HTEE), R(FE, "located_in", "Odense"),
 R("Hydrogen Europe", "organized", EHW), R(MK, "participated_in", EHW),
 R("Jonas Weber", "participated_in", EHW), R("Jonas Weber", "works_for", HYPOS),
 R("HyPort Fyn", "funded_by", "Innovation Fund Denmark"), R(SDU, "leads", "HyPort Fyn"),
 *[R(o, "consortium_member_of", "HyPort Fyn") for o in (SDU, ECD, FE, "Aalborg University")],
 R(SDU, "located_in", "Odense"),
 R(NHS, "funded_by", "Horizon Europe"), R(NHS, "funded_by", "Clean Hydrogen Partnership"),
 R(SINTEF, "leads", NHS),
 *[R(o, "consortium_member_of", NHS) for o in (SINTEF, ECD)],
 R(SINTEF, "located_in", "Trondheim"),
])

# --- press release: MoU between CARA (Lyon) and Automotive Cluster Slovakia ----------
ACS = "Automotive Cluster Slovakia"
SOL = "Solutrans 2023"
SARIO = "Slovak Investment and Trade Development Agency"
SM = "Sophie Marchetti"
PK = "Peter Kováč"
CMD = "CARA Mobility Days"
SFAD = "Slovak-French Automotive Day"
SKD = "SKILLDRIVE-EV"
STU = "Slovak University of Technology in Bratislava"
ASA = "Automotive Skills Alliance"
ZDS = "Žilina Drive Systems s.r.o."
MR = "Mobilitech Rhône SAS"
PC = "Považie Castings a.s."
BRC = "Brayton Composites"
TSGR = "Trnava Self-Governing Region"
GOLD["cara-automotive-cluster-slovakia-mou-2023.html"] = dict(
entities=[
 E("CARA", "cluster", "FR", "Lyon Urban Truck and Bus"), E("Lyon", "place", "FR"),
 E(ACS, "cluster", "SK", "ACS"), E("Trnava", "place", "SK"),
 E(SOL, "event", "FR", "Solutrans"),
 E("Auvergne-Rhône-Alpes", "place", "FR"), E("Western Slovakia", "place", "SK"),
 E(SM, "person", "FR", "Marchetti"), E(PK, "person", "SK", "Kováč"),
 E("Business France", "public_body", "FR"), E(SARIO, "public_body", "SK", "SARIO"),
 E("Stellantis", "company"), E("Kia", "company", "KR"), E("Volkswagen", "company", "DE"),
 E(CMD, "event", "FR"), E(SFAD, "event", "SK"),
 E(SKD, "project"), E("Erasmus+", "programme"),
 E(STU, "university", "SK", "STU"), E("INSA Lyon", "university", "FR"),
 E("Enterprise Europe Network", "network"),
 E("CCI Auvergne-Rhône-Alpes", "public_body", "FR"),
 E("Slovak Business Agency", "public_body", "SK", "SBA"),
 E(ASA, "network"),
 E(ZDS, "company", "SK"), E("Žilina", "place", "SK"),
 E(MR, "company", "FR"), E("Villeurbanne", "place", "FR"),
 E(PC, "company", "SK"), E(BRC, "company", "FR"), E("Saint-Étienne", "place", "FR"),
 E("Trnava Region", "place", "SK"),
 E("European Automotive Cluster Network", "network"),
 E(TSGR, "public_body", "SK", "Trnavský samosprávny kraj"),
 E("AUTO-TRANSFORM", "project"), E("Interreg Central Europe", "programme"),
 E("Camille Roux", "person", "FR"), E("Zuzana Horváthová", "person", "SK"),
],
relations=[
 R("CARA", "located_in", "Lyon"), R("CARA", "located_in", "Auvergne-Rhône-Alpes"),
 R(ACS, "located_in", "Trnava"), R(ACS, "located_in", "Trnava Region"),
 R("CARA", "partner_of", ACS),
 R("CARA", "participated_in", SOL), R(ACS, "participated_in", SOL), R(SOL, "located_in", "Lyon"),
 R(SM, "works_for", "CARA"), R(PK, "works_for", ACS),
 R(SM, "participated_in", SOL), R(PK, "participated_in", SOL),
 R("Business France", "participated_in", SOL), R(SARIO, "participated_in", SOL),
 R(ACS, "participated_in", CMD), R("CARA", "organized", CMD), R(CMD, "located_in", "Lyon"),
 R(ACS, "organized", SFAD), R("CARA", "organized", SFAD), R(SFAD, "located_in", "Trnava"),
 R(SKD, "funded_by", "Erasmus+"), R(ACS, "leads", SKD),
 *[R(o, "consortium_member_of", SKD) for o in (ACS, "CARA", STU, "INSA Lyon")],
 R("CCI Auvergne-Rhône-Alpes", "member_of", "Enterprise Europe Network"),
 R("Slovak Business Agency", "member_of", "Enterprise Europe Network"),
 R("CARA", "member_of", ASA), R(ACS, "member_of", ASA),
 R(ZDS, "located_in", "Žilina"), R(ZDS, "participated_in", SOL), R(ZDS, "met_with", MR),
 R(MR, "located_in", "Villeurbanne"), R(MR, "member_of", "CARA"), R(MR, "participated_in", SOL),
 R(PC, "participated_in", SOL), R(PC, "met_with", BRC),
 R(BRC, "located_in", "Saint-Étienne"), R(BRC, "participated_in", SOL),
 R("CARA", "member_of", "European Automotive Cluster Network"),
 R(TSGR, "member_of", ACS),
 R(ACS, "consortium_member_of", "AUTO-TRANSFORM"),
 R("AUTO-TRANSFORM", "funded_by", "Interreg Central Europe"),
 R("Camille Roux", "works_for", "CARA"), R("Zuzana Horváthová", "works_for", ACS),
])

# --- delegation report: Foodvalley NL agri-food mission to Japan ---------------------
FV = "Foodvalley NL"
FBCD = "Food & Bio Cluster Denmark"
EJC = "EU-Japan Centre for Industrial Cooperation"
RVO = "Netherlands Enterprise Agency"
FOODEX = "FOODEX Japan 2024"
WUR = "Wageningen University & Research"
JETRO = "Japan External Trade Organization"
NARO = "National Agriculture and Food Research Organization"
EJAPM = "EU-Japan Alternative Proteins Matchmaking"
FVT = "Food Valley Tokachi"
FAN = "F&A Next 2024"
GB = "GreenBean Proteins B.V."
TD = "Tokachi Dairy Co."
KF = "Kansai Fermentation Ltd."
ML = "Moutarderie Lefort"
HT = "Hokuyo Trading"
NK = "NordKelp ApS"
ADV = "Annelies de Vries"
JM = "Julien Morel"
KLM = "Karen Lund Mikkelsen"
GOLD["foodvalley-japan-mission-report-2024.txt"] = dict(
entities=[
 E(FV, "cluster", "NL", "Foodvalley"), E("Wageningen", "place", "NL"),
 E(FOODEX, "event", "JP"), E("Chiba", "place", "JP"),
 E(EJC, "public_body", None, "EU-Japan Centre"), E(RVO, "public_body", "NL", "RVO"),
 E("Vitagora", "cluster", "FR"), E("Dijon", "place", "FR"),
 E(FBCD, "cluster", "DK", "FBCD"),
 E(ADV, "person", "NL", "de Vries"), E(JM, "person", "FR", "Morel"), E(KLM, "person", "DK"),
 E(WUR, "university", "NL", "WUR"), E("Tokyo", "place", "JP"),
 E("Netherlands Embassy in Tokyo", "public_body", "NL"),
 E(JETRO, "public_body", "JP", "JETRO"), E("Tsukuba", "place", "JP"),
 E(NARO, "research_org", "JP", "NARO"),
 E("Enterprise Europe Network", "network"), E(EJAPM, "event", "JP"),
 E("Obihiro", "place", "JP"), E("Hokkaido", "place", "JP"),
 E(FVT, "cluster", "JP"), E("Kenji Watanabe", "person", "JP"),
 E("Sapporo", "place", "JP"), E("Hokkaido University", "university", "JP"),
 E("Hiroshi Tanaka", "person", "JP"),
 E(FAN, "event", "NL"),
 E(GB, "company", "NL"), E("Ede", "place", "NL"),
 E(TD, "company", "JP"), E("Osaka", "place", "JP"), E(KF, "company", "JP", "Kansai Fermentation"),
 E(ML, "company", "FR"), E("Beaune", "place", "FR"), E(HT, "company", "JP"),
 E(NK, "company", "DK"), E("Grenaa", "place", "DK"),
 E("Team France Export", "public_body", "FR"), E("Danish Trade Council", "public_body", "DK"),
],
relations=[
 R(FV, "located_in", "Wageningen"),
 R(FV, "participated_in", FOODEX), R("Vitagora", "participated_in", FOODEX),
 R(FBCD, "participated_in", FOODEX), R(FOODEX, "located_in", "Chiba"),
 R(FV, "partner_of", "Vitagora"), R(FV, "partner_of", FBCD),
 R("Vitagora", "located_in", "Dijon"),
 R(ADV, "works_for", FV), R(JM, "works_for", "Vitagora"), R(KLM, "works_for", FBCD),
 R(ADV, "participated_in", FOODEX), R(JM, "participated_in", FOODEX),
 R(KLM, "participated_in", FOODEX),
 R("Netherlands Embassy in Tokyo", "located_in", "Tokyo"),
 R(WUR, "met_with", NARO), R(WUR, "partner_of", NARO), R(NARO, "located_in", "Tsukuba"),
 R(EJC, "organized", EJAPM), R("Enterprise Europe Network", "organized", EJAPM),
 R(EJAPM, "located_in", "Chiba"),
 R(FVT, "located_in", "Obihiro"), R(FVT, "located_in", "Hokkaido"),
 R("Kenji Watanabe", "works_for", FVT),
 R("Hokkaido University", "located_in", "Sapporo"),
 R("Hiroshi Tanaka", "works_for", "Hokkaido University"),
 R(FV, "partner_of", FVT),
 R(FV, "participated_in", FAN), R(FVT, "participated_in", FAN), R(FAN, "located_in", "Wageningen"),
 R("Vitagora", "partner_of", JETRO),
 R(GB, "located_in", "Ede"), R(GB, "member_of", FV), R(GB, "participated_in", EJAPM),
 R(GB, "met_with", TD), R(GB, "met_with", KF),
 R(TD, "participated_in", EJAPM), R(KF, "participated_in", EJAPM), R(KF, "located_in", "Osaka"),
 R(ML, "member_of", "Vitagora"), R(ML, "located_in", "Beaune"), R(ML, "met_with", HT),
 R(ML, "participated_in", EJAPM), R(HT, "participated_in", EJAPM),
 R(NK, "located_in", "Grenaa"), R(NK, "member_of", FBCD), R(NK, "participated_in", EJAPM),
])

# --- EU consortium kick-off: the CIRCPLAST-EU Eurocluster (plastics) -----------------
CP = "CIRCPLAST-EU"
SMP = "Single Market Programme"
EISMEA = "European Innovation Council and SMEs Executive Agency"
KC = "Kunststoff-Cluster"
AIM = "Plastics Technology Centre"
POOL = "Portuguese Tooling and Plastics Network"
BIC = "Bydgoszcz Industrial Cluster"
FPV = "Flanders' Plastic Vision"
CT = "ChemTransition"
BCC = "Brightlands Chemelot Campus"
CPA = "Circular Plastics Alliance"
PRSE = "Plastics Recycling Show Europe"
PRE = "Plastics Recyclers Europe"
FOUNDERS = (("Arkema", "company"), ("CNRS", "research_org"),
            ("IFP Energies nouvelles", "research_org"), ("Suez", "company"), ("Solvay", "company"))
GOLD["circplast-eurocluster-kick-off-2023.md"] = dict(
entities=[
 E(CP, "project"), E("Lyon", "place", "FR"),
 E(SMP, "programme", None, "SMP"), E(EISMEA, "public_body", None, "EISMEA"),
 E("Axelera", "cluster", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E("Claire Dumont", "person", "FR"),
 E(KC, "cluster", "AT", "Plastics Cluster"), E("Business Upper Austria", "public_body", "AT"),
 E("Linz", "place", "AT"),
 E(AIM, "research_org", "ES", "AIMPLAS"), E("Valencia", "place", "ES"),
 E(POOL, "cluster", "PT", "Pool-Net"), E("Marinha Grande", "place", "PT"),
 E(BIC, "cluster", "PL", "Bydgoski Klaster Przemysłowy"), E("Bydgoszcz", "place", "PL"),
 E("Polymeris", "cluster", "FR"), E("Oyonnax", "place", "FR"),
 E(FPV, "cluster", "BE"), E("Kortrijk", "place", "BE"),
 E("Katrin Huber", "person", "AT"), E("Elena Soler", "person", "ES"),
 E("Tomasz Nowicki", "person", "PL"), E("Toruń", "place", "PL"),
 E("Marco Bianchi", "person"),
 E(CT, "project"), E(BCC, "cluster", "NL"),
 E("Plastics Europe", "network"), E("European Plastics Converters", "network", None, "EuPC"),
 E(CPA, "network"),
 E("European Cluster Collaboration Platform", "network", None, "ECCP"),
 E("Enterprise Europe Network", "network"),
 E(PRSE, "event", "NL", "PRSE"), E("Amsterdam", "place", "NL"), E(PRE, "network"),
 E("K 2025", "event", "DE"), E("Düsseldorf", "place", "DE"), E("Messe Düsseldorf", "company", "DE"),
 *[E(n, t, "BE" if n == "Solvay" else "FR") for n, t in FOUNDERS],
 E("Saint-Étienne", "place", "FR"),
],
relations=[
 R(CP, "funded_by", SMP),
 R("Axelera", "leads", CP), R("Claire Dumont", "leads", CP),
 *[R(o, "consortium_member_of", CP) for o in ("Axelera", KC, AIM, POOL, BIC, "Polymeris", FPV)],
 R("Axelera", "located_in", "Lyon"), R("Axelera", "located_in", "Saint-Étienne"),
 R("Axelera", "located_in", "Auvergne-Rhône-Alpes"),
 R(KC, "located_in", "Linz"), R(AIM, "located_in", "Valencia"),
 R(POOL, "located_in", "Marinha Grande"), R(BIC, "located_in", "Bydgoszcz"),
 R("Polymeris", "located_in", "Oyonnax"), R(FPV, "located_in", "Kortrijk"),
 R("Claire Dumont", "works_for", "Axelera"), R("Katrin Huber", "works_for", KC),
 R("Elena Soler", "works_for", AIM), R("Tomasz Nowicki", "works_for", BIC),
 R("Marco Bianchi", "works_for", EISMEA),
 R(BCC, "leads", CT), R(BCC, "consortium_member_of", CT),
 R("Axelera", "member_of", CPA), R("Polymeris", "member_of", CPA),
 *[R(n, "member_of", "Axelera") for n, _ in FOUNDERS],
 *[R(o, "participated_in", PRSE) for o in ("Axelera", AIM, "Polymeris")],
 R(PRSE, "located_in", "Amsterdam"), R(PRE, "organized", PRSE),
 R("Axelera", "participated_in", "K 2025"), R(KC, "participated_in", "K 2025"),
 R("K 2025", "located_in", "Düsseldorf"), R("Messe Düsseldorf", "organized", "K 2025"),
])

# --- newsletter: Pôle Mer Bretagne Atlantique, autumn 2024 ---------------------------
PM = "Pôle Mer Bretagne Atlantique"
HLG = "Hélène Le Goff"
STW = "Sea Tech Week 2024"
OSC = "Canada's Ocean Supercluster"
COVE = "Centre for Ocean Ventures and Entrepreneurship"
UBO = "Université de Bretagne Occidentale"
BPD = "Blue Partnering Day"
KH = "Ker Hydro SAS"
ODA = "Ondas do Atlântico Lda"
AS_ = "Armor Sonar"
BSR = "Bergen Subsea Robotics"
ABT = "ATLANTIC-BLUETECH"
FO = "Fórum Oceano"
FMV = "Foro Marítimo Vasco"
ECN = "École Centrale de Nantes"
IMDO = "Irish Maritime Development Office"
ERDF = "European Regional Development Fund"
OI = "Oceanology International 2024"
EMD = "European Maritime Day 2024"
OIC = "Ocean Innovation Conference 2025"
GOLD["pole-mer-bretagne-atlantique-newsletter-2024.html"] = dict(
entities=[
 E(PM, "cluster", "FR"), E("Brittany", "place", "FR"), E("Pays de la Loire", "place", "FR"),
 E("Brest", "place", "FR"), E("Nantes", "place", "FR"),
 E(HLG, "person", "FR", "Le Goff"), E(STW, "event", "FR", "Sea Tech Week"),
 E(OSC, "cluster", "CA", "OSC"), E("St. John's", "place", "CA"),
 E("Sarah Cormier", "person", "CA"), E("Région Bretagne", "public_body", "FR"),
 E("Halifax", "place", "CA"), E(COVE, "cluster", "CA", "COVE"),
 E("Brest métropole", "public_body", "FR"), E("Ifremer", "research_org", "FR"),
 E(UBO, "university", "FR", "UBO"),
 E(BPD, "event", "FR"), E("Enterprise Europe Network", "network"),
 E("CCI Bretagne", "public_body", "FR"),
 E("Lorient", "place", "FR"), E(KH, "company", "FR"), E(ODA, "company", "PT"),
 E("Lannion", "place", "FR"), E(AS_, "company", "FR"), E(BSR, "company", "NO"),
 E(ABT, "project"), E("Interreg Atlantic Area", "programme"),
 E(FO, "cluster", "PT"), E("Porto", "place", "PT"),
 E(FMV, "cluster", "ES"), E("Bilbao", "place", "ES"),
 E(ECN, "university", "FR"), E(IMDO, "public_body", "IE", "IMDO"),
 E(ERDF, "programme"),
 E(OI, "event", "GB"), E("London", "place", "GB"), E("Business France", "public_body", "FR"),
 E(EMD, "event", "DK"), E("Svendborg", "place", "DK"),
 E(OIC, "event", "CA"),
],
relations=[
 R(PM, "located_in", "Brittany"), R(PM, "located_in", "Pays de la Loire"),
 R(PM, "located_in", "Brest"), R(PM, "located_in", "Nantes"),
 R(HLG, "works_for", PM),
 R(PM, "partner_of", OSC), R(OSC, "located_in", "St. John's"),
 R("Sarah Cormier", "works_for", OSC),
 R(OSC, "participated_in", STW), R(HLG, "participated_in", STW),
 R("Sarah Cormier", "participated_in", STW), R(COVE, "participated_in", STW),
 R(COVE, "located_in", "Halifax"), R(COVE, "partner_of", OSC),
 R(STW, "located_in", "Brest"),
 *[R(o, "organized", STW) for o in ("Brest métropole", PM, "Ifremer", UBO)],
 R("CCI Bretagne", "organized", BPD), R("CCI Bretagne", "member_of", "Enterprise Europe Network"),
 R(BPD, "located_in", "Brest"),
 R(KH, "located_in", "Lorient"), R(KH, "member_of", PM), R(KH, "met_with", ODA),
 R(KH, "participated_in", BPD), R(ODA, "participated_in", BPD),
 R(AS_, "located_in", "Lannion"), R(AS_, "member_of", PM), R(AS_, "met_with", BSR),
 R(AS_, "participated_in", BPD), R(BSR, "participated_in", BPD),
 R(ABT, "funded_by", "Interreg Atlantic Area"), R(ABT, "funded_by", ERDF),
 R(FO, "leads", ABT), R(FO, "located_in", "Porto"),
 *[R(o, "consortium_member_of", ABT) for o in (FO, PM, FMV, ECN, IMDO)],
 R(FMV, "located_in", "Bilbao"),
 R(PM, "participated_in", OI), R("Business France", "participated_in", OI),
 R(OI, "located_in", "London"),
 R(PM, "participated_in", EMD), R(EMD, "located_in", "Svendborg"),
 R(PM, "participated_in", OIC), R(OSC, "organized", OIC), R(OIC, "located_in", "St. John's"),
])

# --- event news: AI in Manufacturing Matchmaking at Hannover Messe (EEN) -------------
AIMM = "AI in Manufacturing Matchmaking 2024"
AIMM25 = "AI in Manufacturing Matchmaking 2025"
EEN = "Enterprise Europe Network"
DM = "Deutsche Messe AG"
HM = "Hannover Messe 2024"
DEP = "Digital Europe Programme"
FAIR = "Finnish AI Region"
GAIN = "Galician Innovation Agency"
SS = "Silicon Saxony"
OWL = "it's OWL"
AFIL = "Associazione Fabbrica Intelligente Lombardia"
VR = "Visionic Robotics GmbH"
TMV = "Tampere Machine Vision Oy"
OD = "Orballo Drones S.L."
BA = "Brianza Automazione S.r.l."
WB = "Weserbyte GmbH"
LRN = "Łukasiewicz Research Network"
DGC = "Directorate-General for Communications Networks, Content and Technology"
AIC = "AI Act Readiness Clinic"
GOLD["ai-manufacturing-matchmaking-hannover-2024.txt"] = dict(
entities=[
 E(AIMM, "event", "DE", "AI in Manufacturing Matchmaking"), E("Hanover", "place", "DE"),
 E(EEN, "network", None, "EEN"), E("NBank", "public_body", "DE"),
 E("Lower Saxony", "place", "DE"), E(DM, "company", "DE"),
 E(HM, "event", "DE", "Hannover Messe"), E(DEP, "programme"),
 E(FAIR, "network", "FI", "FAIR"), E("Tampere University", "university", "FI"),
 E("DATAlife", "network", "ES"), E("Santiago de Compostela", "place", "ES"),
 E(GAIN, "public_body", "ES", "GAIN"), E("Katja Niemi", "person", "FI"),
 E(SS, "cluster", "DE"), E("Dresden", "place", "DE"),
 E(OWL, "cluster", "DE"), E("Ostwestfalen-Lippe", "place", "DE"),
 E(AFIL, "cluster", "IT", "AFIL"),
 E("Frank Richter", "person", "DE"), E("Giulia Ferrari", "person", "IT"),
 E(VR, "company", "DE"), E("Bremen", "place", "DE"), E(TMV, "company", "FI"),
 E(OD, "company", "ES"), E(BA, "company", "IT"), E("Monza", "place", "IT"),
 E(WB, "company", "DE"), E("Paderborn", "place", "DE"), E(LRN, "research_org", "PL"),
 E("Anna Kowalska", "person"), E("European Commission", "public_body"),
 E(DGC, "public_body", None, "DG CONNECT"),
 E("Markus Lehmann", "person", "DE"),
 E(AIC, "event", "DE"), E("European Digital SME Alliance", "network"),
 E("Single Market Programme", "programme"),
 E(AIMM25, "event", "DE"),
],
relations=[
 R(EEN, "organized", AIMM), R("NBank", "organized", AIMM), R(DM, "organized", AIMM),
 R(AIMM, "located_in", "Hanover"), R("NBank", "member_of", EEN),
 R(DM, "organized", HM), R(HM, "located_in", "Hanover"),
 R(FAIR, "funded_by", DEP), R("DATAlife", "funded_by", DEP),
 R(FAIR, "participated_in", AIMM), R("DATAlife", "participated_in", AIMM),
 R("Tampere University", "leads", FAIR),
 R("DATAlife", "located_in", "Santiago de Compostela"), R(GAIN, "leads", "DATAlife"),
 R("Katja Niemi", "works_for", FAIR),
 R(SS, "located_in", "Dresden"), R(SS, "participated_in", AIMM),
 R(OWL, "located_in", "Ostwestfalen-Lippe"), R(OWL, "participated_in", AIMM),
 R(AFIL, "participated_in", AIMM), R(AFIL, "partner_of", SS),
 R("Frank Richter", "works_for", SS), R("Giulia Ferrari", "works_for", AFIL),
 R("Frank Richter", "participated_in", AIMM), R("Giulia Ferrari", "participated_in", AIMM),
 R(VR, "located_in", "Bremen"), R(VR, "met_with", TMV),
 R(VR, "participated_in", AIMM), R(TMV, "participated_in", AIMM),
 R(OD, "located_in", "Santiago de Compostela"), R(OD, "participated_in", AIMM),
 R(OD, "met_with", BA), R(BA, "participated_in", AIMM),
 R(BA, "member_of", AFIL), R(BA, "located_in", "Monza"),
 R(WB, "located_in", "Paderborn"), R(WB, "member_of", OWL), R(WB, "met_with", LRN),
 R(WB, "participated_in", AIMM), R(LRN, "participated_in", AIMM),
 R("Anna Kowalska", "works_for", DGC), R("Anna Kowalska", "participated_in", AIMM),
 R("Markus Lehmann", "works_for", "NBank"),
 R("European Digital SME Alliance", "organized", AIC),
 R(EEN, "funded_by", "Single Market Programme"),
 R("NBank", "located_in", "Hanover"), R("NBank", "located_in", "Lower Saxony"),
 R(DM, "organized", AIMM25), R(AIMM25, "located_in", "Hanover"),
])

# --- ECCP news: EU-Canada Hydrogen Cluster Matchmaking, held virtually ---------------
ECCP = "European Cluster Collaboration Platform"
EUC = "EU-Canada Hydrogen Cluster Matchmaking 2023"
DEL = "Delegation of the European Union to Canada"
CHFCA = "Canadian Hydrogen and Fuel Cell Association"
WHS = "World Hydrogen Summit 2023"
HCF = "Hydrogen Cluster Finland"
PQ = "Propulsion Québec"
ERHH = "Edmonton Region Hydrogen HUB"
NRC = "National Research Council Canada"
CHC = "Canadian Hydrogen Convention 2024"
HYT = "HY-TRANSAT"
GOLD["eccp-eu-canada-hydrogen-matchmaking-2023.html"] = dict(
entities=[
 E(ECCP, "network", None, "ECCP"), E(EUC, "event"),
 E(EISMEA, "public_body", None, "EISMEA"),
 E(DEL, "public_body"), E("Ottawa", "place", "CA"),
 E(CHFCA, "network", "CA", "CHFCA"), E("Vancouver", "place", "CA"),
 E(WHS, "event", "NL"), E("Rotterdam", "place", "NL"),
 E("Tenerrdis", "cluster", "FR"), E("Grenoble", "place", "FR"),
 E("Capenergies", "cluster", "FR"), E("Provence-Alpes-Côte d'Azur", "place", "FR"),
 E("Flux50", "cluster", "BE"), E("Flanders", "place", "BE"),
 E(HCF, "cluster", "FI", "H2 Cluster Finland"), E("Helsinki", "place", "FI"),
 E("Hydrogen Europe", "network", "BE"),
 E(PQ, "cluster", "CA"), E("Montreal", "place", "CA"),
 E(ERHH, "cluster", "CA"), E(NRC, "research_org", "CA", "NRC"),
 E("Alberta Innovates", "public_body", "CA"), E("Global Affairs Canada", "public_body", "CA"),
 E("Isabelle Moreau", "person", "FR"), E("Jean-Philippe Gagnon", "person", "CA"),
 E("Hyvolution 2024", "event", "FR"), E("Paris", "place", "FR"),
 E("Alberta", "place", "CA"),
 E("Pieter Claes", "person", "BE"), E(CHC, "event", "CA"), E("Edmonton", "place", "CA"),
 E("Mikko Laine", "person", "FI"),
 E(HYT, "project"), E("Horizon Europe", "programme"),
 E("Enterprise Europe Network", "network"), E("Canadian Chamber of Commerce", "public_body", "CA"),
 E("Ana Ribeiro", "person"), E("European Commission", "public_body"),
 E("Single Market Programme", "programme"),
],
relations=[
 R(ECCP, "organized", EUC), R(DEL, "organized", EUC), R(CHFCA, "organized", EUC),
 R(DEL, "located_in", "Ottawa"), R(CHFCA, "located_in", "Vancouver"),
 R(ECCP, "met_with", CHFCA), R(ECCP, "participated_in", WHS), R(CHFCA, "participated_in", WHS),
 R(WHS, "located_in", "Rotterdam"),
 *[R(o, "participated_in", EUC) for o in (
   "Tenerrdis", "Capenergies", "Flux50", HCF, "Hydrogen Europe", PQ, ERHH, NRC,
   "Alberta Innovates", "Global Affairs Canada")],
 R("Tenerrdis", "located_in", "Grenoble"), R("Capenergies", "located_in", "Provence-Alpes-Côte d'Azur"),
 R("Flux50", "located_in", "Flanders"), R(HCF, "located_in", "Helsinki"),
 R(PQ, "located_in", "Montreal"), R(NRC, "located_in", "Ottawa"),
 R("Tenerrdis", "partner_of", PQ),
 R("Isabelle Moreau", "works_for", "Tenerrdis"), R("Jean-Philippe Gagnon", "works_for", PQ),
 R(PQ, "participated_in", "Hyvolution 2024"), R("Hyvolution 2024", "located_in", "Paris"),
 R("Flux50", "partner_of", ERHH), R("Pieter Claes", "works_for", "Flux50"),
 R("Pieter Claes", "participated_in", CHC), R("Flux50", "participated_in", CHC),
 R(CHC, "located_in", "Edmonton"),
 R(HCF, "met_with", NRC), R("Mikko Laine", "works_for", HCF),
 *[R(o, "consortium_member_of", HYT) for o in ("Capenergies", HCF, PQ, "Alberta Innovates")],
 R("Capenergies", "leads", HYT),
 R("Canadian Chamber of Commerce", "member_of", "Enterprise Europe Network"),
 R("Ana Ribeiro", "works_for", ECCP),
 R(ECCP, "funded_by", "Single Market Programme"),
])

# --- EEN success story: Lithuanian start-up meets its French partner at SIAL Paris ---
BBT = "Baltic Berry Tech UAB"
RJ = "Rasa Jankauskienė"
FIB = "Food Innovation Brokerage"
SIAL = "SIAL Paris 2024"
NO_ = "NutriOuest SAS"
LFC = "Lithuanian FoodTech Cluster"
IAL = "Innovation Agency Lithuania"
TP = "Tomas Petraitis"
BFTD = "Baltic Food Tech Days"
JO = "Jutland Oats A/S"
BF = "BERRYFIBRE"
KTU = "Kaunas University of Technology"
IARA = "Institut Agro Rennes-Angers"
LCC = "Lithuanian Chamber of Commerce, Industry and Crafts"
GOLD["een-success-story-baltic-berry-tech-sial-2024.txt"] = dict(
entities=[
 E(EEN, "network", None, "EEN"), E("Kaunas", "place", "LT"), E("Saint-Malo", "place", "FR"),
 E(SIAL, "event", "FR", "SIAL Paris", "SIAL"),
 E(RJ, "person", "LT", "Jankauskienė"), E(BBT, "company", "LT", "Baltic Berry Tech"),
 E(FIB, "event", "FR"), E(NO_, "company", "FR", "NutriOuest"),
 E(LFC, "cluster", "LT", "Maisto technologijų klasteris"),
 E(IAL, "public_body", "LT", "Inovacijų agentūra"), E("Vilnius", "place", "LT"),
 E(TP, "person", "LT", "Petraitis"), E(BFTD, "event", "LT"),
 E("Comexposium", "company", "FR"), E("Villepinte", "place", "FR"),
 E("CCI Paris Île-de-France", "public_body", "FR"), E("CCI Bretagne", "public_body", "FR"),
 E("Valorial", "cluster", "FR"), E("Rennes", "place", "FR"),
 E("Food Nation", "public_body", "DK"), E("Herning", "place", "DK"), E(JO, "company", "DK"),
 E("Claire Le Bihan", "person", "FR"), E("Yann Kerhervé", "person", "FR"),
 E(BF, "project"), E(KTU, "university", "LT", "KTU"), E(IARA, "university", "FR"),
 E("Eurostars", "programme"), E("Single Market Programme", "programme"),
 E(LCC, "public_body", "LT"),
 E("Anuga", "event", "DE"), E("Cologne", "place", "DE"),
],
relations=[
 R(RJ, "works_for", BBT), R(BBT, "located_in", "Kaunas"),
 R(BBT, "participated_in", FIB), R(BBT, "participated_in", SIAL), R(RJ, "participated_in", FIB),
 R(BBT, "partner_of", NO_), R(NO_, "located_in", "Saint-Malo"),
 R(BBT, "member_of", LFC),
 R(IAL, "member_of", EEN), R(IAL, "located_in", "Vilnius"), R(TP, "works_for", IAL),
 R(IAL, "organized", BFTD), R(BBT, "participated_in", BFTD), R(RJ, "participated_in", BFTD),
 R(NO_, "participated_in", BFTD), R(BBT, "met_with", NO_),
 R("Comexposium", "organized", SIAL), R(SIAL, "located_in", "Villepinte"),
 R("CCI Paris Île-de-France", "organized", FIB), R("CCI Bretagne", "organized", FIB),
 R("CCI Paris Île-de-France", "member_of", EEN), R("CCI Bretagne", "member_of", EEN),
 R(FIB, "located_in", "Villepinte"),
 R("Valorial", "located_in", "Rennes"), R("Valorial", "participated_in", FIB),
 R("Food Nation", "participated_in", FIB), R(JO, "located_in", "Herning"),
 R(JO, "participated_in", FIB),
 R(NO_, "participated_in", FIB), R(NO_, "member_of", "Valorial"),
 R("Claire Le Bihan", "works_for", "CCI Bretagne"),
 R("Yann Kerhervé", "works_for", NO_), R("Yann Kerhervé", "participated_in", FIB),
 R(NO_, "met_with", JO),
 *[R(o, "consortium_member_of", BF) for o in (BBT, NO_, KTU, IARA)],
 R(EEN, "funded_by", "Single Market Programme"), R(LCC, "member_of", EEN),
 R(BBT, "participated_in", "Anuga"), R(LFC, "participated_in", "Anuga"),
 R("Anuga", "located_in", "Cologne"),
])


def fold(s):
    return s.casefold()


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.exists(), f"{doc}: document missing"
        text = fold(path.read_text(encoding="utf-8"))
        names, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{doc}: bad type {e}"
            assert e["name"] not in names, f"{doc}: duplicate entity {e['name']}"
            names[e["name"]] = e["type"]
            for form in (e["name"], *e["aliases"]):
                key = fold(form)
                assert key not in forms or forms[key] == e["name"], \
                    f"{doc}: surface form {form!r} used by {forms.get(key)!r} and {e['name']!r}"
                forms[key] = e["name"]
                assert key in text, f"{doc}: {form!r} not in the text"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, f"{doc}: bad predicate {r}"
            assert s in names, f"{doc}: undeclared subject {r}"
            assert o in names, f"{doc}: undeclared object {r}"
            subj_ok, obj_ok = ALLOWED[p]
            assert names[s] in subj_ok, f"{doc}: subject type {names[s]} not allowed in {r}"
            assert names[o] in obj_ok, f"{doc}: object type {names[o]} not allowed in {r}"
            assert s != o, f"{doc}: self relation {r}"
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, f"{doc}: duplicate relation {r}"
            seen.add(key)
    return True


if __name__ == "__main__":
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(HERE.parents[3]), len(gold["entities"]), len(gold["relations"]))
