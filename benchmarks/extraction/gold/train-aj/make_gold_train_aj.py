"""Hand annotations of the `train-aj` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-aj/make_gold_train_aj.py

Theme: life science clusters and agencies of Germany, Austria and Switzerland
(BioRN, LISAvienna, BioAlps, Medical Valley EMN, Basel Area, biosaxony,
BioRegio STERN, Life Science Nord), partnering at BIO-Europe, BIO and MEDICA,
missions to Japan, Israel and the US.

Rules: those of the README ("Documents and gold"), written by a separate
annotator. Conventions of this set:
- planned participations stated as agreed ("will coordinate the Austrian
  Pavilion at BIO-Europe 2024") are annotated like past ones;
- regional cluster organisations and regional industry associations (BioAlps,
  MassBio, Biocom California, Medical Alley, BioNJ) are `cluster`; national
  industry associations (IATI, CzechBio, Swiss Biotech Association) and
  umbrella organisations are `network`;
- hospitals and university medical centres are `research_org`; innovation
  parks, incubators and technology centres (EPFL Innovation Park, BioCity
  Leipzig, Shonan iPark, Switzerland Innovation Park Basel Area) are `cluster`,
  like "Technology Park Ljubljana" in DOMAIN.md;
- economic development and investment promotion agencies (GTAI, S-GE, aws,
  Basel Area Business & Innovation, WFS, ecoplus, Standortagentur Tirol) are
  `public_body`;
- a national office of an agency ("JETRO Osaka", "ADVANTAGE AUSTRIA Los
  Angeles") is an alias of the agency, not a separate entity;
- "X visited / was received by Y" during a mission led by X is `met_with`;
- a company signing an agreement "at" or "during" an event participated in it.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-aj"

# --- DOMAIN.md: entity types and predicates --------------------------------------
TYPES = {"cluster", "company", "university", "research_org", "network", "public_body",
         "programme", "event", "project", "person", "place"}
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
SYMMETRIC = {"partner_of", "met_with"}


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- 1. delegation report: BioRN in Japan (md) ------------------------------------
BR = "BioRN Network e.V."
GT = "Germany Trade & Invest"
BJ = "BioJapan 2024"
DK = "German Cancer Research Center"
NA = "Neckar Antibody Technologies GmbH"
KD = "Kurpfalz Diagnostics GmbH"
JE = "Japan External Trade Organization"
OU = "Osaka University"
KB = "Kobe Biomedical Innovation Cluster"
FB = "Foundation for Biomedical Research and Innovation at Kobe"
CT = "RheinNeckar–Kansai Cell Therapy Bridge"
WM = "Ministry of Economic Affairs, Labour and Tourism of Baden-Württemberg"
LJ = "Life Science Innovation Network Japan"
RD = "Rhine-Neckar Day"
SB = "Sakura Bioscience Co., Ltd."
BE24 = "BIO-Europe 2024"
CEBR = "Council of European BioRegions"
GOLD["biorn-japan-delegation-2024.md"] = dict(
entities=[
 E(BR, "cluster", "DE", "BioRN"), E("Heidelberg", "place", "DE"),
 E("Rhine-Neckar region", "place", "DE"),
 E(GT, "public_body", "DE", "GTAI"),
 E("German Chamber of Commerce and Industry in Japan", "public_body", "JP", "AHK Japan"),
 E(BJ, "event", "JP"), E("Yokohama", "place", "JP"),
 E("Katrin Hoffmann", "person", "DE", "Hoffmann"),
 E("Mannheim", "place", "DE"), E("Ludwigshafen", "place", "DE"),
 E(DK, "research_org", "DE", "Deutsches Krebsforschungszentrum", "DKFZ"),
 E("European Molecular Biology Laboratory", "research_org", "DE", "EMBL"),
 E("Heidelberg University", "university", "DE"),
 E(NA, "company", "DE"), E("Markus Lehmann", "person", "DE", "Lehmann"),
 E(KD, "company", "DE", "Kurpfalz Diagnostics"),
 E("Osaka", "place", "JP"),
 E(JE, "public_body", "JP", "JETRO", "JETRO Osaka"),
 E("Yuki Tanaka", "person", "JP"), E("Kansai region", "place", "JP"),
 E(OU, "university", "JP"), E("Naniwa Cell Therapeutics K.K.", "company", "JP"),
 E("Kobe", "place", "JP"), E(KB, "cluster", "JP", "KBIC"),
 E(FB, "research_org", "JP", "FBRI"),
 E(CT, "project"),
 E(WM, "public_body", "DE", "Wirtschaftsministerium Baden-Württemberg"),
 E(LJ, "network", "JP", "LINK-J"), E("Tokyo", "place", "JP"),
 E(RD, "event", "JP"), E("Kenji Watanabe", "person", "JP"),
 E(SB, "company", "JP"),
 E(BE24, "event", "SE"), E("Stockholm", "place", "SE"),
 E(CEBR, "network", None, "CEBR"),
 E("Sophie Krämer", "person", "DE"),
],
relations=[
 R(BR, "located_in", "Heidelberg"), R(BR, "located_in", "Rhine-Neckar region"),
 R(BR, "participated_in", BJ), R(GT, "participated_in", BJ), R(BJ, "located_in", "Yokohama"),
 R("Katrin Hoffmann", "works_for", BR),
 R(DK, "located_in", "Heidelberg"), R("Heidelberg University", "located_in", "Heidelberg"), R("European Molecular Biology Laboratory", "located_in", "Heidelberg"),
 R(NA, "located_in", "Mannheim"), R("Markus Lehmann", "works_for", NA), R(NA, "member_of", BR),
 R(KD, "located_in", "Ludwigshafen"), R(KD, "member_of", BR),
 R(BR, "met_with", JE), R("Yuki Tanaka", "works_for", JE),
 R(BR, "met_with", OU), R(OU, "located_in", "Osaka"), R(DK, "met_with", OU),
 R(NA, "met_with", "Naniwa Cell Therapeutics K.K."),
 R("Naniwa Cell Therapeutics K.K.", "located_in", "Osaka"),
 R(KB, "located_in", "Kobe"), R(FB, "located_in", "Kobe"),
 R(BR, "partner_of", KB), R(BR, "leads", CT),
 *[R(o, "consortium_member_of", CT) for o in (BR, KB, FB, "Heidelberg University")],
 R(CT, "funded_by", WM),
 R(BR, "partner_of", LJ), R(LJ, "located_in", "Tokyo"),
 R(BR, "organized", RD), R(LJ, "organized", RD), R(RD, "located_in", "Tokyo"),
 R("Kenji Watanabe", "works_for", LJ),
 R(KD, "participated_in", BJ), R(SB, "participated_in", BJ), R(KD, "partner_of", SB),
 R(SB, "located_in", "Yokohama"),
 R(BR, "participated_in", BE24), R("Katrin Hoffmann", "participated_in", BE24),
 R(BE24, "located_in", "Stockholm"),
 R(BR, "member_of", CEBR), R("Sophie Krämer", "works_for", BR),
])

# --- 2. event news: Austrian Pavilion at BIO-Europe Spring 2024 (html) ------------
LV = "LISAvienna"
BES = "BIO-Europe Spring 2024"
AWS = "Austria Wirtschaftsservice"
VBA = "Vienna Business Agency"
AA = "ADVANTAGE AUSTRIA"
ABA = "Austrian Business Agency"
DP = "Donau Peptides GmbH"
AB = "Alpenglow Bioscience GmbH"
MM = "Murtal Medical Devices GmbH"
LZ = "Linzer Zelltherapie AG"
MUV = "Medical University of Vienna"
HTS = "Human.technology Styria"
CMRB = "Centre of Regenerative Medicine in Barcelona"
BIC = "BIO International Convention"
LSC = "Life Science Circle"
GOLD["lisavienna-bio-europe-spring-austrian-pavilion-2024.html"] = dict(
entities=[
 E(LV, "cluster", "AT"), E("Vienna", "place", "AT"),
 E(BES, "event", "ES"), E("Barcelona", "place", "ES"),
 E(AWS, "public_body", "AT", "aws"),
 E(VBA, "public_body", "AT", "Wirtschaftsagentur Wien"),
 E(AA, "public_body", "AT", "ADVANTAGE AUSTRIA Los Angeles"),
 E("Austrian Economic Chambers", "public_body", "AT", "WKO"),
 E(ABA, "public_body", "AT", "ABA"),
 E("EBD Group", "company"),
 E("Graz", "place", "AT"), E("Innsbruck", "place", "AT"), E("Linz", "place", "AT"),
 E(DP, "company", "AT", "Donau Peptides"),
 E(AB, "company", "AT", "Alpenglow Bioscience"),
 E(MM, "company", "AT", "Murtal Medical Devices"),
 E(LZ, "company", "AT", "Linzer Zelltherapie"),
 E(MUV, "university", "AT"),
 E("Standortagentur Tirol", "public_body", "AT"),
 E(HTS, "cluster", "AT", "HTS"),
 E("Farmaforja S.L.", "company", "ES"),
 E("Biocat", "cluster", "ES"), E("Catalonia", "place", "ES"),
 E(CMRB, "research_org", "ES", "CMRB"),
 E("CELLGRAFT", "project"), E("EU4Health", "programme"),
 E("Elisabeth Gruber", "person", "AT"), E("Thomas Berger", "person", "AT"),
 E("Martin Leitner", "person", "AT"), E("Jordi Puig", "person", "ES"),
 E(BIC, "event", "US"), E("San Diego", "place", "US"),
 E(BE24, "event", "SE"), E("Stockholm", "place", "SE"),
 E(LSC, "event", "AT"),
 E("Federal Ministry of Labour and Economy", "public_body", "AT"),
 E("City of Vienna", "public_body", "AT"),
],
relations=[
 R(LV, "located_in", "Vienna"), R(LV, "participated_in", BES), R(BES, "located_in", "Barcelona"),
 R(AA, "participated_in", BES), R(ABA, "participated_in", BES),
 R("EBD Group", "organized", BES),
 R(DP, "participated_in", BES), R(DP, "located_in", "Vienna"),
 R(AB, "participated_in", BES), R(AB, "located_in", "Innsbruck"),
 R(MM, "participated_in", BES), R(MM, "located_in", "Graz"),
 R(LZ, "participated_in", BES), R(LZ, "located_in", "Linz"),
 R(MUV, "participated_in", BES), R(MUV, "located_in", "Vienna"),
 R("Standortagentur Tirol", "participated_in", BES), R(HTS, "participated_in", BES),
 R(MM, "member_of", HTS),
 R(DP, "partner_of", "Farmaforja S.L."), R("Farmaforja S.L.", "participated_in", BES),
 R(LV, "partner_of", "Biocat"), R("Biocat", "participated_in", BES),
 R("Biocat", "located_in", "Catalonia"),
 R(LZ, "met_with", CMRB), R(CMRB, "located_in", "Barcelona"),
 R(LZ, "consortium_member_of", "CELLGRAFT"), R(CMRB, "consortium_member_of", "CELLGRAFT"),
 R("CELLGRAFT", "funded_by", "EU4Health"),
 R("Elisabeth Gruber", "works_for", LV),
 R("Thomas Berger", "works_for", DP), R("Thomas Berger", "participated_in", BES),
 R("Martin Leitner", "works_for", ABA), R("Martin Leitner", "participated_in", BES),
 R("Jordi Puig", "works_for", "Biocat"), R("Jordi Puig", "participated_in", BES),
 R(BIC, "located_in", "San Diego"), R(AA, "participated_in", BIC), R(LV, "participated_in", BIC),
 R(BE24, "located_in", "Stockholm"), R(LV, "participated_in", BE24),
 R(AWS, "participated_in", BE24), R(VBA, "participated_in", BE24),
 R(LV, "organized", LSC), R(LSC, "located_in", "Vienna"),
])

# --- 3. press release: BioAlps-IATI MoU at BIOMED Israel (txt) --------------------
BA = "BioAlps"
IATI = "Israel Advanced Technology Industries"
BMI = "BIOMED Israel 2023"
SGE = "Switzerland Global Enterprise"
EPFL = "Ecole polytechnique fédérale de Lausanne"
UGE = "University of Geneva"
CB = "Campus Biotech"
GGBA = "Greater Geneva Bern area"
LD = "Léman Diagnostics SA"
NF = "NeuroFlux Therapeutics SA"
VB = "Valais Biologics SA"
SH = "Sheba Medical Center"
TASMC = "Tel Aviv Sourasky Medical Center"
WIS = "Weizmann Institute of Science"
TEC = "Technion – Israel Institute of Technology"
DHD = "Swiss-Israeli Digital Health Day"
EIP = "EPFL Innovation Park"
SBD = "Swiss Biotech Day"
PRG = "Switzerland–Israel industrial R&D programme"
SI = "SENSE-ICU"
CA = "Carmel Analytics Ltd."
GOLD["bioalps-iati-memorandum-biomed-israel-2023.txt"] = dict(
entities=[
 E(BA, "cluster", "CH"), E("Western Switzerland", "place", "CH"),
 E(IATI, "network", "IL", "IATI"),
 E("Geneva", "place", "CH"), E("Tel Aviv", "place", "IL"),
 E(BMI, "event", "IL", "BIOMED Israel"),
 E("Claire Morel", "person", "CH", "Morel"), E("Yael Ben-David", "person", "IL", "Ben-David"),
 E(SGE, "public_body", "CH", "S-GE"),
 E("Swiss Business Hub Israel", "public_body", "IL"),
 E("Vaud", "place", "CH"), E("Fribourg", "place", "CH"), E("Neuchâtel", "place", "CH"),
 E("Valais", "place", "CH"),
 E(EPFL, "university", "CH", "EPFL"), E(UGE, "university", "CH"),
 E(CB, "research_org", "CH"), E(GGBA, "public_body", "CH", "GGBa"),
 E(LD, "company", "CH", "Léman Diagnostics"), E("Lausanne", "place", "CH"),
 E(NF, "company", "CH", "NeuroFlux Therapeutics"),
 E(VB, "company", "CH"), E("Monthey", "place", "CH"),
 E(SH, "research_org", "IL"), E(TASMC, "research_org", "IL", "Ichilov"),
 E(WIS, "research_org", "IL"), E("Rehovot", "place", "IL"),
 E(TEC, "university", "IL"), E("Haifa", "place", "IL"),
 E(DHD, "event", "CH"), E(EIP, "cluster", "CH"),
 E(SBD, "event", "CH"), E("Basel", "place", "CH"),
 E(PRG, "programme"),
 E("Innosuisse – Swiss Innovation Agency", "public_body", "CH", "Innosuisse"),
 E("Israel Innovation Authority", "public_body", "IL"),
 E(SI, "project"), E(CA, "company", "IL"),
 E(CEBR, "network", None, "CEBR"),
 E("Herzliya", "place", "IL"),
 E("Nicolas Favre", "person", "CH"),
],
relations=[
 R(BA, "partner_of", IATI),
 R(BA, "participated_in", BMI), R(IATI, "participated_in", BMI), R(BMI, "located_in", "Tel Aviv"),
 R("Claire Morel", "works_for", BA), R("Yael Ben-David", "works_for", IATI),
 R("Claire Morel", "participated_in", BMI), R("Yael Ben-David", "participated_in", BMI),
 R(SGE, "participated_in", BMI), R("Swiss Business Hub Israel", "located_in", "Tel Aviv"),
 R(BA, "located_in", "Western Switzerland"), R(BA, "located_in", "Geneva"),
 *[R(o, "participated_in", BMI) for o in (EPFL, UGE, CB, GGBA, LD, NF, VB)],
 R(CB, "located_in", "Geneva"),
 R(LD, "located_in", "Lausanne"), R(NF, "located_in", "Geneva"), R(VB, "located_in", "Monthey"),
 R(NF, "met_with", SH), R(LD, "partner_of", TASMC),
 R(WIS, "located_in", "Rehovot"), R(TEC, "located_in", "Haifa"), R(EPFL, "met_with", TEC),
 R(BA, "organized", DHD), R(IATI, "organized", DHD), R(EIP, "organized", DHD),
 R(DHD, "located_in", "Lausanne"),
 R(SBD, "located_in", "Basel"), R(BA, "participated_in", SBD), R(IATI, "participated_in", SBD),
 R(SI, "funded_by", PRG), R(LD, "leads", SI),
 R(LD, "consortium_member_of", SI), R(CA, "consortium_member_of", SI),
 R(CA, "located_in", "Haifa"),
 R(BA, "member_of", CEBR),
 R(IATI, "located_in", "Herzliya"), R(IATI, "organized", BMI),
 R("Nicolas Favre", "works_for", BA),
])

# --- 4. event news: Medical Valley EMN at MEDICA 2023 (html) ----------------------
MV = "Medical Valley EMN e.V."
M23 = "MEDICA 2023"
MD = "Messe Düsseldorf"
EMN = "European Metropolitan Region of Nuremberg"
BI = "Bayern International"
FM = "Frankonia MedTec GmbH"
RI = "Regnitz Imaging GmbH"
PO = "Pegnitz Orthopädie GmbH"
IIS = "Fraunhofer Institute for Integrated Circuits IIS"
STM = "Bavarian State Ministry of Economic Affairs, Regional Development and Energy"
HBE = "Healthcare Brokerage Event at MEDICA"
EEN = "Enterprise Europe Network"
SS = "Shalev Surgical Ltd."
HM = "Hoshino Medical Co., Ltd."
MA = "Medical Alley"
TMC = "The MedTech Conference"
FAU = "Friedrich-Alexander-Universität Erlangen-Nürnberg"
SHE = "SmartHeart-EU"
KI = "Karolinska Institutet"
MTF = "MEDICA TECH FORUM"
M24 = "MEDICA 2024"
GOLD["medical-valley-emn-medica-partnering-2023.html"] = dict(
entities=[
 E(MV, "cluster", "DE", "Medical Valley EMN", "Medical Valley"),
 E("Erlangen", "place", "DE"),
 E(M23, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E("COMPAMED", "event", "DE"), E(MD, "company", "DE"),
 E(EMN, "place", "DE", "Europäische Metropolregion Nürnberg"),
 E(BI, "public_body", "DE"), E("Free State of Bavaria", "place", "DE"),
 E(FM, "company", "DE", "Frankonia MedTec"), E("Nuremberg", "place", "DE"),
 E(RI, "company", "DE", "Regnitz Imaging"), E("Bamberg", "place", "DE"),
 E(PO, "company", "DE"), E("Fürth", "place", "DE"),
 E(IIS, "research_org", "DE", "Fraunhofer IIS"),
 E(STM, "public_body", "DE", "StMWi"),
 E(HBE, "event", "DE", "Healthcare Brokerage Event"),
 E("ZENIT GmbH", "public_body", "DE"), E(EEN, "network", None, "EEN"),
 E(SS, "company", "IL"), E("Tel Aviv", "place", "IL"),
 E(HM, "company", "JP"), E("Osaka", "place", "JP"),
 E("Minnesota", "place", "US"), E(MA, "cluster", "US"),
 E(TMC, "event", "CA"), E("Toronto", "place", "CA"),
 E("Franconia", "place", "DE"),
 E("Stefanie Wagner", "person", "DE"), E("Peter Lindgren", "person", "US"),
 E(FAU, "university", "DE", "FAU"), E(SHE, "project"), E("Horizon Europe", "programme"),
 E(KI, "university", "SE"), E("Stockholm", "place", "SE"),
 E("Siemens Healthineers", "company", "DE"), E(MTF, "event", "DE"),
 E(M24, "event", "DE"),
 E("Lukas Brandt", "person", "DE"),
],
relations=[
 R(MV, "located_in", "Erlangen"), R(MV, "located_in", EMN),
 R(M23, "located_in", "Düsseldorf"), R("COMPAMED", "located_in", "Düsseldorf"),
 R(MD, "organized", M23), R(MD, "organized", "COMPAMED"),
 R(MV, "participated_in", M23), R(BI, "participated_in", M23),
 R(BI, "located_in", "Free State of Bavaria"),
 R(FM, "participated_in", M23), R(FM, "located_in", "Nuremberg"),
 R(RI, "participated_in", M23), R(RI, "located_in", "Bamberg"),
 R(PO, "participated_in", M23), R(PO, "located_in", "Fürth"),
 R(IIS, "participated_in", M23), R(IIS, "located_in", "Erlangen"),
 R(STM, "participated_in", M23),
 R("ZENIT GmbH", "organized", HBE), R(EEN, "organized", HBE), R(MV, "organized", HBE),
 R(FM, "participated_in", HBE), R(SS, "participated_in", HBE), R(FM, "met_with", SS),
 R(FM, "partner_of", SS),
 R(SS, "located_in", "Tel Aviv"),
 R(RI, "met_with", HM), R(HM, "located_in", "Osaka"), R(HM, "participated_in", M23),
 R(MV, "partner_of", MA), R(MA, "located_in", "Minnesota"), R(MA, "participated_in", M23),
 R(MV, "participated_in", TMC), R(MA, "participated_in", TMC), R(TMC, "located_in", "Toronto"),
 R("Stefanie Wagner", "works_for", MV), R("Peter Lindgren", "works_for", MA),
 R(FAU, "participated_in", M23), R(FAU, "leads", SHE),
 *[R(o, "consortium_member_of", SHE) for o in (FAU, IIS, FM, KI)],
 R(SHE, "funded_by", "Horizon Europe"), R(KI, "located_in", "Stockholm"),
 R("Siemens Healthineers", "member_of", MV), R("Siemens Healthineers", "participated_in", MTF),
 R(MV, "participated_in", M24), R(BI, "participated_in", M24), R("Lukas Brandt", "works_for", MV),
])

# --- 5. mission report: Basel Area in Boston and at BIO 2024 (md) -----------------
BAB = "Basel Area Business & Innovation"
B24 = "BIO International Convention 2024"
SIP = "Switzerland Innovation Park Basel Area"
SWX = "Swissnex in Boston and New York"
BLE = "Basel Life Sciences Evening"
MB = "Massachusetts Biotechnology Council"
MLSC = "Massachusetts Life Sciences Center"
BIO = "Biotechnology Innovation Organization"
UB = "University of Basel"
RT = "Rheinknie Therapeutics AG"
BB = "Birsig Biologics AG"
JM = "Jura Microfluidics SA"
LC = "Lonzeria Cell Sciences AG"
TP = "Torrey Pines Immunology Inc."
BCC = "Biocom California"
SR = "Scripps Research"
CG = "Consulate General of Switzerland in San Francisco"
USB = "University Hospital Basel"
BSI = "BASEL-SD IMMUNO"
SNSF = "Swiss National Science Foundation"
SBD25 = "Swiss Biotech Day 2025"
SBA = "Swiss Biotech Association"
GOLD["basel-area-us-mission-boston-bio-2024.md"] = dict(
entities=[
 E(BAB, "public_body", "CH", "Basel Area"), E("Basel", "place", "CH"),
 E("Boston", "place", "US"), E("San Diego", "place", "US"),
 E(B24, "event", "US", "BIO 2024"),
 E(SGE, "public_body", "CH", "S-GE"),
 E("Basel-Stadt", "place", "CH"), E("Basel-Landschaft", "place", "CH"), E("Jura", "place", "CH"),
 E(SIP, "cluster", "CH"), E("Allschwil", "place", "CH"),
 E(SWX, "public_body", "US", "Swissnex"), E("Cambridge", "place", "US"),
 E("Kendall Square", "place", "US"),
 E(BLE, "event", "US"), E(MB, "cluster", "US", "MassBio"),
 E(MLSC, "public_body", "US", "MLSC"),
 E(BE24, "event", "SE"), E("Stockholm", "place", "SE"),
 E("Lukas Meier", "person", "CH", "Meier"), E("Rachel O'Connor", "person", "US"),
 E(BIO, "network", "US", "BIO"),
 E(UB, "university", "CH"), E("Greater Zurich Area", "public_body", "CH"),
 E(RT, "company", "CH", "Rheinknie Therapeutics"),
 E(BB, "company", "CH"),
 E(JM, "company", "CH", "Jura Microfluidics"), E("Delémont", "place", "CH"),
 E(LC, "company", "CH"), E("Muttenz", "place", "CH"),
 E("BaselLaunch", "programme", "CH"),
 E(TP, "company", "US"),
 E(BCC, "cluster", "US"), E("Southern California", "place", "US"),
 E(SR, "research_org", "US"), E("La Jolla", "place", "US"),
 E(CG, "public_body", "CH"),
 E("Sandra Huber", "person", "CH"),
 E(USB, "research_org", "CH", "Universitätsspital Basel"),
 E(BSI, "project"), E(SNSF, "public_body", "CH", "SNSF"),
 E(SBD25, "event", "CH"), E(SBA, "network", "CH"),
 E("Nadine Frey", "person", "CH"),
],
relations=[
 R(BAB, "located_in", "Basel"),
 *[R(BAB, "located_in", c) for c in ("Basel-Stadt", "Basel-Landschaft", "Jura")],
 R(BAB, "participated_in", B24), R(SGE, "participated_in", B24),
 R(B24, "located_in", "San Diego"), R(SIP, "located_in", "Allschwil"),
 R(BAB, "organized", BLE), R(SWX, "organized", BLE), R(BLE, "located_in", "Cambridge"),
 R(SWX, "located_in", "Cambridge"), R(MB, "participated_in", BLE),
 R(BAB, "met_with", MLSC), R(BAB, "partner_of", MB),
 R(BAB, "participated_in", BE24), R(MB, "participated_in", BE24), R(BE24, "located_in", "Stockholm"),
 R("Lukas Meier", "works_for", BAB), R("Rachel O'Connor", "works_for", MB),
 R(BIO, "organized", B24),
 R(UB, "participated_in", B24), R("Greater Zurich Area", "participated_in", B24),
 R(RT, "participated_in", B24), R(RT, "located_in", "Allschwil"),
 R(BB, "participated_in", B24), R(BB, "located_in", "Basel"),
 R(JM, "participated_in", B24), R(JM, "located_in", "Delémont"),
 R(LC, "participated_in", B24), R(LC, "located_in", "Muttenz"),
 R(RT, "partner_of", TP), R(TP, "located_in", "San Diego"), R(TP, "participated_in", B24),
 R(JM, "met_with", BCC), R(BCC, "located_in", "Southern California"),
 R(JM, "met_with", SR), R(SR, "located_in", "La Jolla"),
 R(CG, "participated_in", B24),
 R("Lukas Meier", "participated_in", B24), R("Sandra Huber", "participated_in", B24),
 R("Sandra Huber", "works_for", SGE),
 *[R(o, "consortium_member_of", BSI) for o in (UB, USB, SR, RT)],
 R(BSI, "funded_by", SNSF),
 R(SBA, "organized", SBD25), R(SBD25, "located_in", "Basel"),
 R("Nadine Frey", "works_for", BAB),
])

# --- 6. newsletter: biosaxony, autumn 2023 (txt) ----------------------------------
BS = "biosaxony e.V."
BE23 = "BIO-Europe 2023"
BIOM = "BioM Biotech Cluster Development GmbH"
WFS = "Wirtschaftsförderung Sachsen GmbH"
EB = "Elbflorenz Biotech GmbH"
LZW = "Leipziger Zellwerk GmbH"
IZI = "Fraunhofer Institute for Cell Therapy and Immunology IZI"
MPI = "Max Planck Institute of Molecular Cell Biology and Genetics"
BCL = "BioCity Leipzig"
IN = "Isar Nucleics GmbH"
BBR = "BIOBRIDGE SN-CZ"
IRG = "Interreg Saxony – Czech Republic 2021–2027"
UJEP = "Jan Evangelista Purkyně University in Ústí nad Labem"
LUMC = "Leipzig University Medical Center"
SIP2 = "Shonan Health Innovation Park"
BIZ = "BioInnovationsZentrum Dresden"
BDS = "Biotech Day Saxony"
AKB = "Arbeitskreis der BioRegionen"
GOLD["biosaxony-newsletter-autumn-2023.txt"] = dict(
entities=[
 E(BS, "cluster", "DE", "biosaxony"), E("Dresden", "place", "DE"), E("Leipzig", "place", "DE"),
 E(BE23, "event", "DE", "BIO-Europe"), E("Munich", "place", "DE"),
 E(BIOM, "cluster", "DE", "BioM"),
 E(WFS, "public_body", "DE", "WFS"), E("Free State of Saxony", "place", "DE", "Saxony"),
 E(EB, "company", "DE", "Elbflorenz Biotech"), E(LZW, "company", "DE"),
 E(IZI, "research_org", "DE"), E(MPI, "research_org", "DE", "MPI-CBG"),
 E(BCL, "cluster", "DE"), E(IN, "company", "DE"),
 E(BBR, "project"), E("Ústí nad Labem", "place", "CZ", "Ústí"),
 E(IRG, "programme", None, "Kooperationsprogramm Sachsen – Tschechien"),
 E("CzechBio", "network", "CZ"), E(UJEP, "university", "CZ", "UJEP"),
 E(LUMC, "research_org", "DE"),
 E("Martin Novák", "person", "CZ"),
 E("Kanagawa Prefecture", "place", "JP", "Kanagawa"),
 E(SIP2, "cluster", "JP", "Shonan iPark"),
 E("Hiroshi Nakamura", "person", "JP"),
 E(BIZ, "cluster", "DE"),
 E(BJ, "event", "JP"), E("Yokohama", "place", "JP"),
 E("Vogtland Pharma GmbH", "company", "DE"), E("Plauen", "place", "DE"),
 E("Lausitz Biomaterials GmbH", "company", "DE"), E("Cottbus", "place", "DE"),
 E(BDS, "event", "DE"),
 E(CEBR, "network", None, "CEBR"), E(AKB, "network", "DE"),
 E("Andrea Vogel", "person", "DE"), E("Jana Schulze", "person", "DE"),
],
relations=[
 R(BS, "located_in", "Dresden"),
 R(BE23, "located_in", "Munich"), R(BIOM, "organized", BE23),
 R(BS, "participated_in", BE23), R(WFS, "participated_in", BE23),
 R(WFS, "located_in", "Free State of Saxony"),
 *[R(o, "participated_in", BE23) for o in (EB, LZW, IZI, MPI, BCL)],
 *[R(o, "member_of", BS) for o in (EB, LZW, IZI, MPI, BCL)],
 R(EB, "located_in", "Dresden"), R(LZW, "located_in", "Leipzig"), R(IZI, "located_in", "Leipzig"),
 R(MPI, "located_in", "Dresden"), R(BCL, "located_in", "Leipzig"),
 R(EB, "met_with", IN), R(EB, "partner_of", IN), R(IN, "participated_in", BE23),
 R(IN, "located_in", "Munich"),
 R(BBR, "funded_by", IRG), R(BS, "leads", BBR),
 *[R(o, "consortium_member_of", BBR) for o in (BS, "CzechBio", UJEP, LUMC)],
 R(UJEP, "located_in", "Ústí nad Labem"),
 R("Martin Novák", "works_for", "CzechBio"),
 R("Hiroshi Nakamura", "works_for", SIP2),
 R(SIP2, "met_with", BIZ), R(SIP2, "met_with", WFS),
 R(BS, "partner_of", SIP2), R(BIZ, "located_in", "Dresden"),
 R(BJ, "located_in", "Yokohama"),
 R("Vogtland Pharma GmbH", "member_of", BS), R("Vogtland Pharma GmbH", "located_in", "Plauen"),
 R("Lausitz Biomaterials GmbH", "member_of", BS),
 R("Lausitz Biomaterials GmbH", "located_in", "Cottbus"),
 R(BS, "organized", BDS), R(BCL, "organized", BDS), R(BDS, "located_in", "Leipzig"),
 R(BS, "member_of", CEBR), R(BS, "member_of", AKB),
 R("Andrea Vogel", "works_for", BS), R("Jana Schulze", "works_for", BS),
])

# --- 7. annual-report chapter: BioRegio STERN, international (txt) ----------------
BRS = "BioRegio STERN Management GmbH"
BWI = "Baden-Württemberg International"
BES23 = "BIO-Europe Spring 2023"
AN = "Albtal Neurotech GmbH"
NB = "Neckarbiotics GmbH"
B23 = "BIO International Convention 2023"
FBW = "Fenway Bioworks LLC"
MVE = "Medical Valley EMN"
OBH = "Osaka Bio Headquarters"
UT = "University of Tübingen"
UKT = "University Hospital Tübingen"
URL = "Upper Rhine Life Sciences Alliance"
AH = "ALPHEALTH-TWIN"
IAS = "Interreg Alpine Space"
LLS = "Lombardy Life Sciences Cluster"
US_ = "University of Stuttgart"
BC = "BIOCIRC-DACH"
BOKU = "University of Natural Resources and Life Sciences, Vienna"
GOLD["bioregio-stern-annual-report-international-2023.txt"] = dict(
entities=[
 E(BRS, "cluster", "DE", "BioRegio STERN"),
 E("Stuttgart", "place", "DE"), E("Neckar-Alb", "place", "DE"),
 E("Tübingen", "place", "DE"), E("Reutlingen", "place", "DE"),
 E(BWI, "public_body", "DE", "BW_i"),
 E("Franziska Roth", "person", "DE"),
 E(BES23, "event", "CH"), E("Basel", "place", "CH"),
 E(AN, "company", "DE"), E(NB, "company", "DE", "Neckarbiotics"),
 E(B23, "event", "US"), E("Boston", "place", "US"),
 E(GT, "public_body", "DE", "GTAI"),
 E(FBW, "company", "US"), E("Cambridge", "place", "US"),
 E(M23, "event", "DE"), E("Düsseldorf", "place", "DE"),
 E(MVE, "cluster", "DE"), E(EEN, "network", None, "EEN"),
 E(OBH, "public_body", "JP"), E(UT, "university", "DE"),
 E(UKT, "research_org", "DE", "Universitätsklinikum Tübingen"),
 E("BioNJ", "cluster", "US"), E("New Jersey", "place", "US"),
 E("Debra Whitfield", "person", "US"),
 E(URL, "network"), E("BioValley Basel", "cluster", "CH"), E("Alsace BioValley", "cluster", "FR"),
 E(AH, "project"), E(IAS, "programme"),
 E("Standortagentur Tirol", "public_body", "AT"), E("Innsbruck", "place", "AT"),
 E(HTS, "cluster", "AT"), E("Graz", "place", "AT"),
 E(LLS, "cluster", "IT"), E("Milan", "place", "IT"),
 E(US_, "university", "DE"),
 E(BC, "project"), E("Horizon Europe", "programme"),
 E(BOKU, "university", "AT", "BOKU"),
 E(CEBR, "network", None, "CEBR"), E(AKB, "network", "DE"),
 E("Michael Kessler", "person", "DE"),
 E("German-Israeli Chamber of Industry and Commerce", "public_body", "IL", "AHK Israel"),
],
relations=[
 R(BRS, "located_in", "Stuttgart"), R(BRS, "located_in", "Tübingen"),
 R(BRS, "located_in", "Neckar-Alb"),
 R("Franziska Roth", "works_for", BRS),
 R(BES23, "located_in", "Basel"), R(BRS, "participated_in", BES23), R(BWI, "participated_in", BES23),
 R(AN, "participated_in", BES23), R(AN, "located_in", "Reutlingen"), R(AN, "member_of", BRS),
 R(NB, "participated_in", BES23), R(NB, "located_in", "Tübingen"), R(NB, "member_of", BRS),
 R(B23, "located_in", "Boston"), R(BRS, "participated_in", B23), R(GT, "participated_in", B23),
 R(NB, "participated_in", B23), R(FBW, "participated_in", B23),
 R(NB, "partner_of", FBW), R(NB, "met_with", FBW), R(FBW, "located_in", "Cambridge"),
 R(M23, "located_in", "Düsseldorf"), R(BRS, "participated_in", M23), R(MVE, "participated_in", M23),
 R(OBH, "met_with", UT), R(OBH, "met_with", UKT),
 R(BRS, "partner_of", "BioNJ"), R("BioNJ", "located_in", "New Jersey"),
 R("Debra Whitfield", "works_for", "BioNJ"),
 R(BRS, "member_of", URL), R("BioValley Basel", "member_of", URL),
 R("Alsace BioValley", "member_of", URL),
 R(BRS, "leads", AH), R(AH, "funded_by", IAS),
 *[R(o, "consortium_member_of", AH) for o in (BRS, "Standortagentur Tirol", HTS, LLS, US_)],
 R("Standortagentur Tirol", "located_in", "Innsbruck"), R(HTS, "located_in", "Graz"),
 R(LLS, "located_in", "Milan"),
 R(BC, "funded_by", "Horizon Europe"), R(BOKU, "leads", BC),
 R(BOKU, "consortium_member_of", BC), R(BRS, "consortium_member_of", BC),
 R(BRS, "member_of", CEBR), R(BRS, "member_of", AKB),
 R("Michael Kessler", "works_for", BRS),
])

# --- 8. press release: HEAL-CONNECT Eurocluster kick-off (md) ---------------------
HC = "HEAL-CONNECT"
SMP = "Single Market Programme"
LSN = "Life Science Nord Management GmbH"
HK = "Hamburg Chamber of Commerce"
BCV = "BioCon Valley GmbH"
ECO = "ecoplus. Niederösterreichs Wirtschaftsagentur GmbH"
MVA = "Medicon Valley Alliance"
WTSH = "Wirtschaftsförderung und Technologietransfer Schleswig-Holstein GmbH"
ECCP = "European Cluster Collaboration Platform"
B25 = "BIO International Convention 2025"
EIS = "European Innovation Council and SMEs Executive Agency"
NM = "NORTH-MEDTECH"
CSM = "CEBR Spring Meeting 2024"
IMTE = ("Fraunhofer Research Institution for Individualized and Cell-Based Medical "
        "Engineering IMTE")
GOLD["heal-connect-eurocluster-kick-off-hamburg-2024.md"] = dict(
entities=[
 E(HC, "project"), E("Hamburg", "place", "DE"),
 E(SMP, "programme", None, "SMP"),
 E(LSN, "cluster", "DE", "Life Science Nord"), E("Schleswig-Holstein", "place", "DE"),
 E(HK, "public_body", "DE", "Handelskammer Hamburg"),
 E(BIOM, "cluster", "DE", "BioM"), E("Martinsried", "place", "DE"),
 E(BCV, "cluster", "DE", "BioCon Valley"), E("Greifswald", "place", "DE"),
 E(ECO, "public_body", "AT"), E("St. Pölten", "place", "AT"),
 E("Health Technology Cluster", "cluster", "AT"),
 E("CzechBio", "network", "CZ"), E("Prague", "place", "CZ"),
 E(MVA, "cluster", "DK"), E("Copenhagen", "place", "DK"),
 E(BA, "cluster", "CH"), E("Geneva", "place", "CH"),
 E(WTSH, "public_body", "DE", "WTSH"), E("Hamburg Invest", "public_body", "DE"),
 E(ECCP, "network", None, "ECCP"),
 E(M24, "event", "DE"), E("Düsseldorf", "place", "DE"),
 E(B25, "event", "US"), E("Boston", "place", "US"),
 E(GT, "public_body", "DE", "GTAI"), E(SGE, "public_body", "CH"),
 E("Jonas Petersen", "person", "DE"), E("Carolin Maier", "person", "DE"),
 E("Munich", "place", "DE"),
 E("Ana Ribeiro", "person"), E(EIS, "public_body", None, "EISMEA"),
 E("Lars Kjeldsen", "person", "DK"), E("Capital Region of Denmark", "place", "DK"),
 E(NM, "project"), E("Interreg", "programme"),
 E(CEBR, "network", None, "CEBR"), E(CSM, "event", "DE"), E("Kiel", "place", "DE"),
 E("University of Lübeck", "university", "DE"), E(IMTE, "research_org", "DE"),
 E("Lübeck", "place", "DE"),
 E("Maren Hansen", "person", "DE"),
],
relations=[
 R(HC, "funded_by", SMP), R(HC, "funded_by", EIS), R(LSN, "leads", HC),
 *[R(o, "consortium_member_of", HC) for o in (LSN, BIOM, BCV, ECO, "CzechBio", MVA, BA)],
 R(LSN, "located_in", "Hamburg"), R(LSN, "located_in", "Schleswig-Holstein"),
 R(BIOM, "located_in", "Martinsried"), R(BCV, "located_in", "Greifswald"),
 R(ECO, "located_in", "St. Pölten"), R("CzechBio", "located_in", "Prague"),
 R(MVA, "located_in", "Copenhagen"), R(BA, "located_in", "Geneva"),
 R("Hamburg Invest", "located_in", "Hamburg"),
 R(M24, "located_in", "Düsseldorf"), R(BIOM, "participated_in", M24), R(BCV, "participated_in", M24),
 R(B25, "located_in", "Boston"),
 R("Jonas Petersen", "works_for", LSN), R("Jonas Petersen", "leads", HC),
 R("Carolin Maier", "works_for", BIOM),
 R("Ana Ribeiro", "works_for", EIS), R("Lars Kjeldsen", "works_for", MVA),
 R(NM, "funded_by", "Interreg"),
 *[R(o, "consortium_member_of", NM) for o in (LSN, BCV, MVA)],
 R(LSN, "partner_of", MVA), R(BCV, "partner_of", MVA),
 *[R(o, "member_of", CEBR) for o in (LSN, BIOM, BCV)],
 R(CEBR, "organized", CSM), R(CSM, "located_in", "Kiel"),
 R(IMTE, "located_in", "Lübeck"),
 R("Maren Hansen", "works_for", LSN),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.exists(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types = {}
        forms = {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["name"] not in types, (doc, "duplicate entity", e["name"])
            types[e["name"]] = e["type"]
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, (doc, "surface form used twice", form, forms.get(key))
                forms[key] = e["name"]
                assert key in text, (doc, "not in text", form)
            if e["country"] is not None:
                assert len(e["country"]) == 2 and e["country"].isupper(), (doc, e)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (doc, r)
            assert s in types, (doc, "undeclared subject", r)
            assert o in types, (doc, "undeclared object", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, (doc, "subject type", types[s], r)
            assert types[o] in obj_ok, (doc, "object type", types[o], r)
            assert s != o, (doc, r)
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)
        assert 25 <= len(gold["entities"]) <= 45, (doc, len(gold["entities"]))
        assert 25 <= len(gold["relations"]) <= 50, (doc, len(gold["relations"]))
    assert len(GOLD) == 8


check()
for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.name, len(gold["entities"]), len(gold["relations"]))
