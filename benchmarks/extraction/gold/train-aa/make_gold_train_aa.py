"""Hand annotations of the `train-aa` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-aa/make_gold_train_aa.py

Theme: Japanese, Korean and Taiwanese semiconductor, robotics and biomedical
clusters partnering with European clusters. Same rules as make_gold.py (README,
"Documents and gold"), written by a separate annotator.

Conventions used in this set:
- planned participations stated as agreed ("will exhibit at", "has announced a
  delegation to") are annotated like past ones;
- a signature "at" an event means the signing organisations and the signatories
  took part in the event;
- a meeting held at a partnering event means both sides took part in the event;
- regional industry associations of companies (flanders.bio, MassBio, SIIQ) are
  `cluster`; national trade associations (JARA, KSIA, TAIROA, KAR, SEMI) are
  `network`;
- national pavilions ("Japan Pavilion", "Taiwan Pavilion") are parts of an
  event, not entities; the organiser of a pavilion `participated_in` the event;
- a place named only inside another name (the "Osaka" of "Expo 2025 Osaka,
  Kansai") gives no relation.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-aa"

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

# --- annual-report chapter: Kobe Biomedical Innovation Cluster ----------------------
KBIC = "Kobe Biomedical Innovation Cluster"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
MVA = "Medicon Valley Alliance"
LYB = "Lyonbiopôle Auvergne-Rhône-Alpes"
BES24 = "BIO-Europe Spring 2024"
BIO24 = "BIO International Convention 2024"
BJ24 = "BioJapan 2024"
SEM = "Kobe–Europe Regenerative Medicine Seminar"
BDR = "RIKEN Center for Biosystems Dynamics Research"
MCT = "Minatojima Cell Therapeutics K.K."
RBI = "Rokko BioImaging Co., Ltd."
HRD = "Harborside Regenerative Devices Inc."
MONT = "Montjuïc Diagnostics SL"
MASS = "Massachusetts Biotechnology Council"
GOLD["kobe-biomedical-innovation-cluster-annual-report-2024.md"] = dict(
entities=[
 E(KBIC, "cluster", "JP", "KBIC"), E("Port Island", "place", "JP"), E("Kobe", "place", "JP"),
 E(FBRI, "research_org", "JP", "FBRI"), E("City of Kobe", "public_body", "JP"),
 E("Hyogo Prefectural Government", "public_body", "JP"),
 E("Kenji Morimoto", "person", "JP", "Morimoto"),
 E(MVA, "cluster", "DK", "MVA"), E("Copenhagen", "place", "DK"),
 E("BioM", "cluster", "DE"), E("Munich", "place", "DE"),
 E(LYB, "cluster", "FR", "Lyonbiopôle"), E("Lyon", "place", "FR"),
 E("Sofie Lindqvist", "person", "SE"), E("Markus Hechtl", "person", "DE", "Hechtl"),
 E("Haruka Nishimoto", "person", "JP"),
 E(BES24, "event", "ES"), E("Barcelona", "place", "ES"),
 E(MCT, "company", "JP", "Minatojima Cell Therapeutics"),
 E(RBI, "company", "JP", "Rokko BioImaging"),
 E(HRD, "company", "JP", "Harborside Regenerative Devices"),
 E(MONT, "company", "ES"),
 E(BIO24, "event", "US"), E("San Diego", "place", "US"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("flanders.bio", "cluster", "BE"), E(MASS, "cluster", "US", "MassBio"),
 E(BJ24, "event", "JP"), E("Yokohama", "place", "JP"),
 E(SEM, "event", "JP"),
 E("Claire Dumoulin", "person", "FR"), E("Aiko Tanabe", "person", "JP"),
 E(BDR, "research_org", "JP", "BDR"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("REGENBRIDGE", "project"), E("Horizon Europe", "programme"),
 E("Lund University", "university", "SE"), E("Kobe University", "university", "JP"),
 E("BIO-Europe Spring 2025", "event", "IT"), E("Milan", "place", "IT"),
],
relations=[
 R(KBIC, "located_in", "Port Island"), R(KBIC, "located_in", "Kobe"),
 R("Kenji Morimoto", "works_for", FBRI),
 R(KBIC, "partner_of", MVA), R(KBIC, "partner_of", "BioM"), R(KBIC, "partner_of", LYB),
 R(MVA, "located_in", "Copenhagen"), R("BioM", "located_in", "Munich"), R(LYB, "located_in", "Lyon"),
 R("Sofie Lindqvist", "works_for", MVA), R("Markus Hechtl", "works_for", "BioM"),
 R("Haruka Nishimoto", "works_for", "City of Kobe"),
 R(BES24, "located_in", "Barcelona"), R(KBIC, "participated_in", BES24),
 *[R(c, "participated_in", BES24) for c in (MCT, RBI, HRD)],
 *[R(c, "member_of", KBIC) for c in (MCT, RBI, HRD)],
 R(RBI, "met_with", MONT), R(RBI, "partner_of", MONT), R(MONT, "participated_in", BES24),
 R(BIO24, "located_in", "San Diego"), R(KBIC, "participated_in", BIO24),
 R("Japan External Trade Organization", "participated_in", BIO24),
 R(KBIC, "met_with", "flanders.bio"), R(KBIC, "met_with", MASS),
 R("flanders.bio", "participated_in", BIO24), R(MASS, "participated_in", BIO24),
 R(BJ24, "located_in", "Yokohama"), R(KBIC, "participated_in", BJ24),
 R(KBIC, "organized", SEM), R(SEM, "located_in", "Yokohama"),
 *[R(p, "participated_in", SEM) for p in ("Markus Hechtl", "Claire Dumoulin", "Aiko Tanabe")],
 R("Claire Dumoulin", "works_for", LYB), R("Aiko Tanabe", "works_for", BDR),
 R(BDR, "located_in", "Kobe"),
 R(KBIC, "member_of", "Council of European BioRegions"),
 R("REGENBRIDGE", "funded_by", "Horizon Europe"), R("Lund University", "leads", "REGENBRIDGE"),
 *[R(o, "consortium_member_of", "REGENBRIDGE") for o in (
   KBIC, "Lund University", "Kobe University", MCT, "BioM")],
 R("BIO-Europe Spring 2025", "located_in", "Milan"), R(KBIC, "participated_in", "BIO-Europe Spring 2025"),
])

# --- press release: Biocat MoUs with Osong and Daegu (HTML) ----------------------------
BIOCAT = "Biocat"
BK = "BIO Korea 2024"
KBH = "Osong Medical Innovation Foundation"
KMH = "Daegu-Gyeongbuk Medical Innovation Foundation"
KHIDI = "Korea Health Industry Development Institute"
LLB = "Llobregat Biologics SL"
EBRE = "Ebre MedTech SL"
IBEC = "Institute for Bioengineering of Catalonia"
VHIO = "Vall d'Hebron Institute of Oncology"
DAL = "Dalseong Robotics Co., Ltd."
NEO = "Osong NeoVax Inc."
CJB = "Cheongju BioLogics Co., Ltd."
BHHS = "Barcelona Health Hub Summit"
GOLD["biocat-osong-daegu-mou-press-release-2024.html"] = dict(
entities=[
 E(BIOCAT, "cluster", "ES"), E("Barcelona", "place", "ES"), E("Catalonia", "place", "ES"),
 E(BK, "event", "KR", "BIO Korea"), E("Seoul", "place", "KR"),
 E(KBH, "cluster", "KR", "KBIOHealth"), E("Osong", "place", "KR"), E("Cheongju", "place", "KR"),
 E(KMH, "cluster", "KR", "K-MEDI hub"), E("Daegu", "place", "KR"),
 E("Núria Vives", "person", "ES", "Vives"), E("Lee Myung-soo", "person", "KR", "Lee"),
 E("Park Ji-hyun", "person", "KR"),
 E(KHIDI, "public_body", "KR", "KHIDI"),
 E("K-CAT Bridge", "project"), E("ACCIÓ", "public_body", "ES"),
 E("Marta Roig", "person", "ES"),
 E(LLB, "company", "ES", "Llobregat Biologics"), E("Sant Joan Despí", "place", "ES"),
 E(EBRE, "company", "ES", "Ebre MedTech"), E("Tortosa", "place", "ES"),
 E(IBEC, "research_org", "ES", "IBEC"), E(VHIO, "research_org", "ES", "VHIO"),
 E(DAL, "company", "KR"), E(NEO, "company", "KR"), E(CJB, "company", "KR"),
 E(BHHS, "event", "ES"), E("ATMP-Link", "project"), E("Eurostars", "programme"),
 E("Council of European BioRegions", "network", None, "CEBR"),
],
relations=[
 R(BIOCAT, "partner_of", KBH), R(BIOCAT, "partner_of", KMH),
 *[R(o, "participated_in", BK) for o in (BIOCAT, KBH, KMH)],
 *[R(p, "participated_in", BK) for p in ("Núria Vives", "Lee Myung-soo", "Park Ji-hyun")],
 R(BK, "located_in", "Seoul"), R(BIOCAT, "located_in", "Barcelona"),
 R(KBH, "located_in", "Osong"), R(KBH, "located_in", "Cheongju"), R(KMH, "located_in", "Daegu"),
 R("Núria Vives", "works_for", BIOCAT), R("Lee Myung-soo", "works_for", KBH),
 R("Park Ji-hyun", "works_for", KMH),
 R(KHIDI, "organized", BK),
 R(BIOCAT, "leads", "K-CAT Bridge"),
 *[R(o, "consortium_member_of", "K-CAT Bridge") for o in (BIOCAT, KBH, KMH)],
 R("K-CAT Bridge", "funded_by", "ACCIÓ"), R("K-CAT Bridge", "funded_by", KHIDI),
 R("Marta Roig", "works_for", BIOCAT), R("ACCIÓ", "participated_in", BK),
 *[R(o, "participated_in", BK) for o in (LLB, EBRE, IBEC, VHIO)],
 R(LLB, "located_in", "Sant Joan Despí"), R(EBRE, "located_in", "Tortosa"),
 R(EBRE, "met_with", DAL), R(EBRE, "partner_of", DAL), R(DAL, "member_of", KMH),
 R(DAL, "located_in", "Daegu"), R(DAL, "participated_in", BK),
 R(LLB, "met_with", NEO), R(LLB, "met_with", CJB),
 R(NEO, "member_of", KBH), R(CJB, "member_of", KBH),
 R(NEO, "participated_in", BK), R(CJB, "participated_in", BK),
 R(KBH, "participated_in", BHHS), R(KMH, "participated_in", BHHS), R(BHHS, "located_in", "Barcelona"),
 R("ATMP-Link", "funded_by", "Eurostars"),
 *[R(o, "consortium_member_of", "ATMP-Link") for o in (BIOCAT, KBH, LLB)],
 R(BIOCAT, "member_of", "Council of European BioRegions"),
])

# --- delegation report: Hsinchu semiconductor mission to Europe (TXT) -------------------
HSPB = "Hsinchu Science Park Bureau"
HSP = "Hsinchu Science Park"
SE23 = "SEMICON Europa 2023"
TAITRA = "Taiwan External Trade Development Council"
ITRI = "Industrial Technology Research Institute"
BWT = "Baoshan Wafer Technology Co., Ltd."
ZPM = "Zhubei Precision Materials Corp."
JPM = "Jhunan Photomask Inc."
SS = "Silicon Saxony"
WFS = "Wirtschaftsförderung Sachsen GmbH"
IPMS = "Fraunhofer Institute for Photonic Microsystems"
TUD = "Technische Universität Dresden"
ELB = "Elbtal Vakuumtechnik GmbH"
RAD = "Radebeul Sensorik GmbH"
BPD = "Brainport Development"
VLS = "Veldhoven Lithography Services B.V."
TBSD = "Taiwan-Brainport Supplier Day"
PROD = "productronica 2023"
HP = "TW-EU HeteroPack"
CJU = "Chips Joint Undertaking"
ST24 = "SEMICON Taiwan 2024"
GOLD["hsinchu-semiconductor-delegation-europe-report-2023.txt"] = dict(
entities=[
 E(HSPB, "public_body", "TW", "HSPB"), E(SE23, "event", "DE", "SEMICON Europa"),
 E("Munich", "place", "DE"), E(TAITRA, "public_body", "TW", "TAITRA"),
 E(ITRI, "research_org", "TW", "ITRI"), E("Hsinchu", "place", "TW"),
 E("Chen Wei-ting", "person", "TW", "Chen"), E(HSP, "cluster", "TW", "HSP"),
 E(BWT, "company", "TW", "Baoshan Wafer Technology"), E("Baoshan", "place", "TW"),
 E("Hsinchu County", "place", "TW"),
 E(ZPM, "company", "TW", "Zhubei Precision Materials"), E("Zhubei", "place", "TW"),
 E(JPM, "company", "TW"), E("Jhunan", "place", "TW"), E("Miaoli County", "place", "TW"),
 E("Dresden", "place", "DE"), E(SS, "cluster", "DE"), E("Saxony", "place", "DE"),
 E("Katrin Wolff", "person", "DE"), E(WFS, "public_body", "DE", "WFS"),
 E(IPMS, "research_org", "DE", "Fraunhofer IPMS"), E(TUD, "university", "DE", "TU Dresden"),
 E(ELB, "company", "DE"), E(RAD, "company", "DE"),
 E("imec", "research_org", "BE"), E("Leuven", "place", "BE"),
 E("Lin Yu-chen", "person", "TW"),
 E(BPD, "public_body", "NL"), E("Eindhoven", "place", "NL"),
 E(VLS, "company", "NL"), E(TBSD, "event", "TW"),
 E("SEMI Europe", "network"), E(PROD, "event", "DE"), E("Messe München", "company", "DE"),
 E(HP, "project"), E(CJU, "public_body", None, "Chips JU"),
 E(ST24, "event", "TW"), E("Taipei", "place", "TW"),
],
relations=[
 R(HSPB, "participated_in", SE23), R(SE23, "located_in", "Munich"),
 R("Chen Wei-ting", "works_for", HSPB), R(ITRI, "located_in", "Hsinchu"),
 R(TAITRA, "participated_in", SE23), R(ITRI, "participated_in", SE23),
 *[R(c, "member_of", HSP) for c in (BWT, ZPM, JPM)],
 *[R(c, "participated_in", SE23) for c in (BWT, ZPM, JPM)],
 R(BWT, "located_in", "Baoshan"), R(BWT, "located_in", "Hsinchu County"),
 R(ZPM, "located_in", "Zhubei"),
 R(JPM, "located_in", "Jhunan"), R(JPM, "located_in", "Miaoli County"),
 R(SS, "located_in", "Dresden"), R(SS, "located_in", "Saxony"),
 R("Katrin Wolff", "works_for", SS), R(SS, "partner_of", HSPB),
 R(WFS, "located_in", "Saxony"),
 R(IPMS, "located_in", "Dresden"), R(TUD, "located_in", "Dresden"),
 R(ITRI, "partner_of", TUD),
 R(BWT, "met_with", ELB), R(BWT, "met_with", RAD),
 R(ELB, "member_of", SS), R(RAD, "member_of", SS),
 R("imec", "located_in", "Leuven"), R(ITRI, "partner_of", "imec"),
 R("Lin Yu-chen", "works_for", ITRI),
 R(BPD, "located_in", "Eindhoven"), R(ZPM, "met_with", VLS),
 R(BPD, "organized", TBSD), R(TAITRA, "organized", TBSD), R(TBSD, "located_in", "Hsinchu"),
 R("SEMI Europe", "organized", SE23),
 R("Messe München", "organized", PROD), R(PROD, "located_in", "Munich"),
 R(SS, "participated_in", SE23),
 R(HP, "funded_by", CJU), R(IPMS, "leads", HP),
 *[R(o, "consortium_member_of", HP) for o in (IPMS, HSPB, ITRI, BWT)],
 R(ST24, "located_in", "Taipei"), R(SS, "participated_in", ST24),
])

# --- newsletter: Minalogic mission to Kyushu and SEMICON Japan (MD) ---------------------
MIN = "Minalogic"
KPG = "Kumamoto Prefectural Government"
KU = "Kumamoto University"
UGA = "Université Grenoble Alpes"
CM = "Crolles Metrology SAS"
KPE = "Kikuchi Precision Engineering Co., Ltd."
SIIQ = "Kyushu Semiconductor and Digital Innovation Association"
METI = "Kyushu Bureau of Economy, Trade and Industry"
KGF = "Kyushu-Grenoble Semiconductor Forum"
KP = "KYUGRE-Power"
HSM = "Hakata Semiconductor Materials Co., Ltd."
IPT = "Isère Plasma Technologies SAS"
JST = "Japan Science and Technology Agency"
SJ24 = "SEMICON Japan 2024"
VM = "Vercors Microsystems SAS"
SV = "Sagamihara Vacuum Co., Ltd."
KSIA = "Korea Semiconductor Industry Association"
SK25 = "SEMICON Korea 2025"
GOLD["minalogic-kyushu-semiconductor-mission-2024.md"] = dict(
entities=[
 E(MIN, "cluster", "FR"), E("Grenoble", "place", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E("Kyushu", "place", "JP"), E("Tokyo", "place", "JP"), E("Business France", "public_body", "FR"),
 E("Kumamoto", "place", "JP"), E("Masaru Kinoshita", "person", "JP"), E(KPG, "public_body", "JP"),
 E("Kikuyo", "place", "JP"), E(KU, "university", "JP"), E(UGA, "university", "FR", "UGA"),
 E(CM, "company", "FR"), E("Crolles", "place", "FR"), E("Kikuchi", "place", "JP"),
 E(KPE, "company", "JP"), E("Fukuoka", "place", "JP"), E(SIIQ, "cluster", "JP", "SIIQ"),
 E("Isabelle Moreau", "person", "FR", "Moreau"), E("Hiroshi Nakagawa", "person", "JP", "Nakagawa"),
 E(METI, "public_body", "JP", "METI Kyushu"), E(KGF, "event", "FR"),
 E(KP, "project"), E("CEA-Leti", "research_org", "FR"), E(HSM, "company", "JP"),
 E(IPT, "company", "FR"), E("Horizon Europe", "programme"), E(JST, "public_body", "JP", "JST"),
 E(SJ24, "event", "JP", "SEMICON Japan"), E("SEMI", "network"), E("Meylan", "place", "FR"),
 E(VM, "company", "FR", "Vercors Microsystems"), E(SV, "company", "JP"),
 E(KSIA, "network", "KR", "KSIA"), E(SK25, "event", "KR"), E("Seoul", "place", "KR"),
 E("Élodie Garnier", "person", "FR"),
],
relations=[
 R(MIN, "located_in", "Grenoble"), R(MIN, "located_in", "Auvergne-Rhône-Alpes"),
 R("Masaru Kinoshita", "works_for", KPG),
 R(KU, "located_in", "Kumamoto"), R(KU, "partner_of", UGA), R(UGA, "located_in", "Grenoble"),
 R(CM, "member_of", MIN), R(CM, "located_in", "Crolles"), R(KPE, "located_in", "Kikuchi"),
 R(CM, "met_with", KPE),
 R(MIN, "partner_of", SIIQ), R(SIIQ, "located_in", "Fukuoka"),
 R("Isabelle Moreau", "works_for", MIN), R("Hiroshi Nakagawa", "works_for", SIIQ),
 R(MIN, "organized", KGF), R(SIIQ, "organized", KGF), R(KGF, "located_in", "Grenoble"),
 R("CEA-Leti", "leads", KP),
 *[R(o, "consortium_member_of", KP) for o in ("CEA-Leti", KU, HSM, IPT)],
 R(KP, "funded_by", "Horizon Europe"), R(KP, "funded_by", JST),
 R(HSM, "located_in", "Fukuoka"),
 R(SJ24, "located_in", "Tokyo"), R("SEMI", "organized", SJ24),
 R("Business France", "participated_in", SJ24),
 *[R(o, "participated_in", SJ24) for o in (MIN, "CEA-Leti", IPT, CM, VM)],
 R(IPT, "member_of", MIN), R(VM, "member_of", MIN),
 R(IPT, "located_in", "Meylan"), R(VM, "located_in", "Grenoble"),
 R(VM, "met_with", SV), R(VM, "partner_of", SV), R(SV, "participated_in", SJ24),
 R(MIN, "met_with", KSIA), R(KSIA, "participated_in", SJ24),
 R(SK25, "located_in", "Seoul"), R(MIN, "participated_in", SK25),
 R("Élodie Garnier", "works_for", MIN),
])

# --- event news: automatica 2025, Asian robotics pavilions (HTML) ------------------------
AUTO = "automatica 2025"
RPD = "automatica Robotics Partnering Day"
CMA = "Cluster Mechatronik & Automation"
EEN = "Enterprise Europe Network"
AFM = "AFM Cluster"
CPD = "Changwon Precision Drives Co., Ltd."
KIRIA = "Korea Institute for Robot Industry Advancement"
SUS = "Suseong Motion Co., Ltd."
GVR = "Gumi Vision Robotics Co., Ltd."
OR = "Odense Robotics"
JARA = "Japan Robot Association"
NGT = "Nagoya Grip Technologies Co., Ltd."
KSS = "Kitakyushu Servo Systems K.K."
FAIS = "Kitakyushu Foundation for the Advancement of Industry, Science and Technology"
TAIROA = "Taiwan Automation Intelligence and Robotics Association"
TSA = "Taichung Smart Arm Co., Ltd."
PMC = "Precision Machinery Research & Development Center"
RW = "Robot World 2025"
KAR = "Korea Association of Robot Industry"
GOLD["automatica-robotics-pavilions-partnering-2025.html"] = dict(
entities=[
 E(AUTO, "event", "DE", "automatica"), E("Messe München", "company", "DE"), E("Munich", "place", "DE"),
 E(RPD, "event", "DE"), E("Bayern Innovativ", "public_body", "DE"), E(EEN, "network", None, "EEN"),
 E(CMA, "cluster", "DE"), E("Augsburg", "place", "DE"), E("Eva Hartmann", "person", "DE"),
 E(AFM, "cluster", "ES"), E("Donostia-San Sebastián", "place", "ES"),
 E(CPD, "company", "KR"), E("Changwon", "place", "KR"),
 E(KIRIA, "public_body", "KR", "KIRIA"), E("Daegu", "place", "KR"),
 E(SUS, "company", "KR"), E(GVR, "company", "KR"), E("Gumi", "place", "KR"),
 E("Kang Min-ho", "person", "KR"), E("Mikkel Sørensen", "person", "DK"),
 E(OR, "cluster", "DK"), E("Odense", "place", "DK"),
 E(JARA, "network", "JP", "JARA"), E(NGT, "company", "JP", "Nagoya Grip Technologies"),
 E("Nagoya", "place", "JP"), E(KSS, "company", "JP"), E(FAIS, "public_body", "JP", "FAIS"),
 E("Kitakyushu", "place", "JP"), E("Ryo Fujimura", "person", "JP"),
 E(TAIROA, "network", "TW", "TAIROA"), E(TSA, "company", "TW"),
 E(PMC, "research_org", "TW", "PMC"), E("Taichung", "place", "TW"),
 E(RW, "event", "KR"), E("Goyang", "place", "KR"), E(KAR, "network", "KR", "KAR"),
],
relations=[
 R(AUTO, "located_in", "Munich"), R("Messe München", "organized", AUTO),
 *[R(o, "organized", RPD) for o in ("Bayern Innovativ", EEN, CMA)],
 R(RPD, "located_in", "Munich"), R(CMA, "located_in", "Augsburg"),
 R("Eva Hartmann", "works_for", "Bayern Innovativ"),
 R(AFM, "participated_in", RPD), R(AFM, "located_in", "Donostia-San Sebastián"),
 R(CPD, "participated_in", RPD), R(CPD, "met_with", CMA),
 R(KIRIA, "participated_in", AUTO), R(KIRIA, "located_in", "Daegu"),
 *[R(c, "participated_in", AUTO) for c in (SUS, GVR, CPD)],
 R(SUS, "located_in", "Daegu"), R(GVR, "located_in", "Gumi"), R(CPD, "located_in", "Changwon"),
 R("Kang Min-ho", "works_for", KIRIA), R("Mikkel Sørensen", "works_for", OR),
 R(KIRIA, "partner_of", OR),
 R("Kang Min-ho", "participated_in", AUTO), R("Mikkel Sørensen", "participated_in", AUTO),
 R(OR, "participated_in", AUTO), R(OR, "located_in", "Odense"),
 R(JARA, "participated_in", AUTO),
 R(NGT, "participated_in", AUTO), R(KSS, "participated_in", AUTO),
 R(NGT, "located_in", "Nagoya"),
 R(FAIS, "participated_in", AUTO), R(FAIS, "located_in", "Kitakyushu"),
 R(NGT, "met_with", OR), R("Ryo Fujimura", "works_for", JARA),
 R(TAIROA, "participated_in", AUTO), R(TSA, "participated_in", AUTO), R(PMC, "participated_in", AUTO),
 R(TSA, "located_in", "Taichung"), R(PMC, "located_in", "Taichung"),
 R(RW, "located_in", "Goyang"), R(KAR, "organized", RW),
 R(OR, "participated_in", RW), R(KIRIA, "participated_in", RW),
])

# --- consortium kick-off: SENIORBOT (Horizon Europe, with Japan and Korea) (TXT) ---------
SB = "SENIORBOT"
SSSA = "Scuola Superiore Sant'Anna"
MS = "Moonshot Research and Development Program"
NRF = "National Research Foundation of Korea"
HADEA = "European Health and Digital Executive Agency"
KIST = "Korea Institute of Science and Technology"
DGIST = "Daegu Gyeongbuk Institute of Science and Technology"
IPA = "Fraunhofer Institute for Manufacturing Engineering and Automation"
SCR = "Sendai Care Robotics K.K."
NURI = "Nuri Rehab Robotics Co., Ltd."
PMS = "Pontedera Mechatronics S.r.l."
TLS = "Tuscany Life Sciences"
ERF = "European Robotics Forum 2023"
GOLD["seniorbot-horizon-europe-kick-off-2023.txt"] = dict(
entities=[
 E(SB, "project"), E("Pisa", "place", "IT"), E("Horizon Europe", "programme"),
 E("Japan Science and Technology Agency", "public_body", "JP", "JST"),
 E(MS, "programme", "JP", "Moonshot programme"), E(NRF, "public_body", "KR", "NRF"),
 E(SSSA, "university", "IT", "Sant'Anna"), E("Giulia Ferretti", "person", "IT", "Ferretti"),
 E("Paul Meunier", "person"), E(HADEA, "public_body", None, "HaDEA"), E("Brussels", "place", "BE"),
 E("Tohoku University", "university", "JP"), E("Sendai", "place", "JP"),
 E(KIST, "research_org", "KR", "KIST"), E("Seoul", "place", "KR"),
 E(DGIST, "university", "KR", "DGIST"), E("Daegu", "place", "KR"),
 E(IPA, "research_org", "DE", "Fraunhofer IPA"), E("Stuttgart", "place", "DE"),
 E("Tecnalia", "research_org", "ES"), E("San Sebastián", "place", "ES"),
 E(SCR, "company", "JP"), E(NURI, "company", "KR"), E("Daejeon", "place", "KR"),
 E(PMS, "company", "IT", "Pontedera Mechatronics"), E("Pontedera", "place", "IT"),
 E(TLS, "cluster", "IT"), E("Siena", "place", "IT"), E("Tuscany", "place", "IT"),
 E("Yoon Seo-yeon", "person", "KR", "Yoon"), E("Takumi Hasegawa", "person", "JP", "Hasegawa"),
 E("Choi Dong-hyun", "person", "KR"), E("Jonas Keller", "person", "DE"),
 E("Ainhoa Etxeberria", "person", "ES"), E("BioRobotics Institute", "research_org", "IT"),
 E("AGE Platform Europe", "network"),
 E(ERF, "event", "DK", "ERF 2023"), E("euRobotics", "network"), E("Odense", "place", "DK"),
],
relations=[
 R(SB, "funded_by", "Horizon Europe"), R(SB, "funded_by", "Japan Science and Technology Agency"),
 R(SB, "funded_by", MS), R(SB, "funded_by", NRF),
 R(SSSA, "leads", SB), R("Giulia Ferretti", "leads", SB),
 *[R(o, "consortium_member_of", SB) for o in (
   SSSA, "Tohoku University", KIST, DGIST, IPA, "Tecnalia", SCR, NURI, PMS, TLS)],
 R(SSSA, "located_in", "Pisa"), R("Tohoku University", "located_in", "Sendai"),
 R(KIST, "located_in", "Seoul"), R(DGIST, "located_in", "Daegu"), R(IPA, "located_in", "Stuttgart"),
 R("Tecnalia", "located_in", "San Sebastián"), R(SCR, "located_in", "Sendai"),
 R(NURI, "located_in", "Daejeon"), R(PMS, "located_in", "Pontedera"),
 R(TLS, "located_in", "Siena"), R(TLS, "located_in", "Tuscany"),
 R("BioRobotics Institute", "located_in", "Pontedera"), R("AGE Platform Europe", "located_in", "Brussels"),
 R("Giulia Ferretti", "works_for", SSSA), R("Paul Meunier", "works_for", HADEA),
 R("Yoon Seo-yeon", "works_for", KIST), R("Takumi Hasegawa", "works_for", "Tohoku University"),
 R("Choi Dong-hyun", "works_for", DGIST), R("Jonas Keller", "works_for", IPA),
 R("Ainhoa Etxeberria", "works_for", "Tecnalia"),
 R(ERF, "located_in", "Odense"), R("euRobotics", "organized", ERF),
 R(SSSA, "participated_in", ERF), R(IPA, "participated_in", ERF),
 R("Giulia Ferretti", "participated_in", ERF),
])

# --- newsletter: Osaka Bio Headquarters, Kansai-Europe letter (MD) ----------------------
OBH = "Osaka Bio Headquarters"
EXPO = "Expo 2025 Osaka, Kansai"
KANK = "Kansai Economic Federation"
FIT = "Flanders Investment & Trade"
FKHD = "Flanders–Kansai Health Day"
BES25 = "BIO-Europe Spring 2025"
JETRO = "Japan External Trade Organization"
SAR = "Senri Antibody Research Co., Ltd."
DPI = "Doshomachi Pharma Innovations K.K."
KND = "Keihanna NeuroDevices Inc."
LLSC = "Lombardy Life Sciences Cluster"
BRZ = "Brianza Neurotech S.r.l."
NQ = "Nakanoshima Qross"
CIRA = "Center for iPS Cell Research and Application"
KI = "Karolinska Institutet"
IHL = "iHEART-Link"
JSPS = "Japan Society for the Promotion of Science"
SRC = "Swedish Research Council"
BJ25 = "BioJapan 2025"
GOLD["osaka-bio-headquarters-europe-newsletter-2025.md"] = dict(
entities=[
 E(OBH, "public_body", "JP"), E("Kansai", "place", "JP"), E("BioWin", "cluster", "BE"),
 E("Osaka", "place", "JP"), E("Wallonia", "place", "BE"),
 E("Julien Marchal", "person", "BE", "Marchal"), E("Emi Kawaguchi", "person", "JP"),
 E(EXPO, "event", "JP", "Expo 2025", "Expo"), E("Yumeshima", "place", "JP"),
 E(KANK, "network", "JP", "Kankeiren"), E(FIT, "public_body", "BE", "FIT"), E(FKHD, "event", "JP"),
 E(BES25, "event", "IT"), E("Milan", "place", "IT"), E(JETRO, "public_body", "JP", "JETRO"),
 E(SAR, "company", "JP", "Senri Antibody Research"), E("Suita", "place", "JP"),
 E(DPI, "company", "JP", "Doshomachi Pharma Innovations"),
 E(KND, "company", "JP", "Keihanna NeuroDevices"), E("Keihanna Science City", "place", "JP"),
 E(LLSC, "cluster", "IT"), E(BRZ, "company", "IT"), E("Monza", "place", "IT"),
 E(NQ, "cluster", "JP"), E("Kyoto University", "university", "JP"),
 E(CIRA, "research_org", "JP", "CiRA"), E("Kyoto", "place", "JP"), E("Stockholm", "place", "SE"),
 E(KI, "university", "SE"), E("Solna", "place", "SE"), E(IHL, "project"),
 E(JSPS, "public_body", "JP", "JSPS"), E(SRC, "public_body", "SE"),
 E("Naoki Fujiwara", "person", "JP", "Fujiwara"), E("Lena Åberg", "person", "SE"),
 E(BJ25, "event", "JP"), E("Yokohama", "place", "JP"),
],
relations=[
 R(OBH, "partner_of", "BioWin"), R("BioWin", "located_in", "Wallonia"), R(OBH, "located_in", "Osaka"),
 R("Julien Marchal", "works_for", "BioWin"), R("Emi Kawaguchi", "works_for", OBH),
 R(EXPO, "located_in", "Yumeshima"),
 R(KANK, "organized", FKHD), R(FIT, "organized", FKHD), R(FKHD, "located_in", "Yumeshima"),
 R(OBH, "participated_in", FKHD),
 R(BES25, "located_in", "Milan"), R(OBH, "participated_in", BES25), R(JETRO, "participated_in", BES25),
 *[R(c, "participated_in", BES25) for c in (SAR, DPI, KND)],
 R(SAR, "located_in", "Suita"), R(DPI, "located_in", "Osaka"), R(KND, "located_in", "Keihanna Science City"),
 R(SAR, "met_with", LLSC), R(LLSC, "located_in", "Milan"), R(LLSC, "participated_in", BES25),
 R(KND, "met_with", BRZ), R(BRZ, "located_in", "Monza"), R(BRZ, "participated_in", BES25),
 R(DPI, "member_of", NQ), R(NQ, "located_in", "Osaka"),
 R(CIRA, "located_in", "Kyoto"), R(KI, "located_in", "Solna"),
 R(CIRA, "consortium_member_of", IHL), R(KI, "consortium_member_of", IHL),
 R("Naoki Fujiwara", "leads", IHL), R("Lena Åberg", "leads", IHL),
 R(IHL, "funded_by", JSPS), R(IHL, "funded_by", SRC),
 R("Naoki Fujiwara", "works_for", CIRA), R("Lena Åberg", "works_for", KI),
 R(BJ25, "located_in", "Yokohama"), R(OBH, "participated_in", BJ25), R("BioWin", "participated_in", BJ25),
])

# --- press release: Medical Valley EMN MoU at BIO Asia-Taiwan (HTML) ---------------------
MV = "Medical Valley EMN"
EMN = "European Metropolitan Region of Nuremberg"
DCB = "Development Center for Biotechnology"
HBSP = "Hsinchu Biomedical Science Park"
BAT = "BIO Asia–Taiwan 2022"
TBIO = "Taiwan Bio Industry Organization"
ECCT = "European Chamber of Commerce Taiwan"
FSI = "Fürth Surgical Instruments GmbH"
FOD = "Formosa Orthopedic Devices Co., Ltd."
FD = "Franken Diagnostics GmbH"
ZI = "Zhudong Imaging Inc."
HM = "Hukou MedTech Corp."
NTHU = "National Tsing Hua University"
NYCU = "National Yang Ming Chiao Tung University"
SO = "SMART-ORTHO"
FAU = "Friedrich-Alexander-Universität Erlangen-Nürnberg"
NSTC = "National Science and Technology Council"
BFS = "Bavarian Research Foundation"
MED = "MEDICA 2022"
TMD = "Taiwan MedTech Day"
GOLD["medical-valley-taiwan-bio-asia-mou-2022.html"] = dict(
entities=[
 E(MV, "cluster", "DE", "Medical Valley"), E(EMN, "place", "DE"),
 E(DCB, "research_org", "TW", "DCB"), E(HBSP, "cluster", "TW", "HBSP"),
 E(BAT, "event", "TW"), E("Taipei", "place", "TW"), E(TBIO, "network", "TW", "Taiwan BIO"),
 E("Stefanie Brandl", "person", "DE", "Brandl"), E("Wu Chien-hung", "person", "TW"),
 E("Tsai Mei-ling", "person", "TW"),
 E("Zhubei", "place", "TW"), E("Hsinchu County", "place", "TW"), E("Erlangen", "place", "DE"),
 E("Hsinchu", "place", "TW"), E("Franconia", "place", "DE"),
 E("Bayern International", "public_body", "DE"), E(ECCT, "public_body", "TW", "ECCT"),
 E(FSI, "company", "DE", "Fürth Surgical Instruments"), E("Fürth", "place", "DE"),
 E(FOD, "company", "TW", "Formosa Orthopedic Devices"), E("Taichung", "place", "TW"),
 E(FD, "company", "DE"), E("Nuremberg", "place", "DE"),
 E(ZI, "company", "TW"), E("Zhudong", "place", "TW"),
 E(HM, "company", "TW"), E("Hukou", "place", "TW"),
 E(NTHU, "university", "TW", "NTHU"), E(NYCU, "university", "TW", "NYCU"),
 E(SO, "project"), E(FAU, "university", "DE", "FAU"), E(NSTC, "public_body", "TW", "NSTC"),
 E(BFS, "public_body", "DE", "Bayerische Forschungsstiftung"),
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E("Taiwan External Trade Development Council", "public_body", "TW", "TAITRA"),
 E(TMD, "event", "DE"),
],
relations=[
 R(MV, "partner_of", DCB), R(MV, "partner_of", HBSP), R(DCB, "partner_of", HBSP),
 *[R(o, "participated_in", BAT) for o in (MV, DCB, HBSP)],
 R(BAT, "located_in", "Taipei"), R(TBIO, "organized", BAT),
 R("Stefanie Brandl", "works_for", MV), R("Wu Chien-hung", "works_for", DCB),
 R("Tsai Mei-ling", "works_for", HBSP),
 *[R(p, "participated_in", BAT) for p in ("Stefanie Brandl", "Wu Chien-hung", "Tsai Mei-ling")],
 R(HBSP, "located_in", "Zhubei"), R(HBSP, "located_in", "Hsinchu County"),
 R(MV, "located_in", EMN), R(MV, "located_in", "Erlangen"),
 R("Bayern International", "participated_in", BAT), R(ECCT, "participated_in", BAT),
 R(FSI, "member_of", MV), R(FD, "member_of", MV),
 R(FSI, "located_in", "Fürth"), R(FD, "located_in", "Nuremberg"),
 R(FSI, "participated_in", BAT), R(FD, "participated_in", BAT),
 R(FSI, "met_with", FOD), R(FD, "met_with", ZI),
 R(FOD, "participated_in", BAT), R(ZI, "participated_in", BAT),
 R(FOD, "located_in", "Taichung"),
 R(ZI, "member_of", HBSP), R(ZI, "located_in", "Zhudong"),
 R(HM, "member_of", HBSP), R(HM, "located_in", "Hukou"), R(HM, "participated_in", BAT),
 R(NTHU, "located_in", "Hsinchu"), R(NYCU, "located_in", "Hsinchu"),
 R(FAU, "leads", SO),
 *[R(o, "consortium_member_of", SO) for o in (FAU, NYCU, FOD, FSI)],
 R(SO, "funded_by", NSTC), R(SO, "funded_by", BFS),
 R(MED, "located_in", "Düsseldorf"),
 R("Taiwan External Trade Development Council", "participated_in", MED),
 R(MV, "organized", TMD), R(TMD, "located_in", "Erlangen"), R(HBSP, "participated_in", TMD),
])


def check():
    """Assert the gold is well formed and every surface form is in its document."""
    assert len(GOLD) == 8, len(GOLD)
    exts = [n.rsplit(".", 1)[1] for n in GOLD]
    assert exts.count("md") >= 2 and exts.count("html") >= 2, exts
    for name, gold in GOLD.items():
        path = DOCS / name
        assert path.is_file(), f"missing document {path}"
        assert 25 <= len(gold["entities"]) <= 45, (name, len(gold["entities"]))
        assert 25 <= len(gold["relations"]) <= 50, (name, len(gold["relations"]))
        text = path.read_text(encoding="utf-8").lower()
        types = {}
        forms = {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (name, e)
            assert e["name"] not in types, (name, "duplicate entity", e["name"])
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (name, e)
            types[e["name"]] = e["type"]
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, (name, "surface form used twice", form, forms.get(key), e["name"])
                forms[key] = e["name"]
                assert key in text, (name, "not in text", form)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (name, r)
            assert s in types, (name, "undeclared subject", r)
            assert o in types, (name, "undeclared object", r)
            assert s != o, (name, "self relation", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, (name, "subject type", types[s], r)
            assert types[o] in obj_ok, (name, "object type", types[o], r)
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, (name, "duplicate relation", r)
            seen.add(key)


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {len(gold['entities'])} entities, {len(gold['relations'])} relations")


if __name__ == "__main__":
    main()
