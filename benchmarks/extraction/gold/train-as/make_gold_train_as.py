"""Hand annotations of the `train-as` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-as/make_gold_train_as.py

Theme: China, Hong Kong and the Greater Bay Area, Vietnam and the Philippines
(science parks, clusters, agencies) partnering with European and North American
clusters. Same rules as make_gold.py (README, "Documents and gold"), written by a
separate annotator. Planned participations stated as agreed ("will bring a
delegation to ...") are annotated like past ones.

Type choices kept throughout this set:
- science parks run as organisations (HKSTP, BioBAY, Hoa Lac Hi-Tech Park, SHTP,
  Leiden Bio Science Park, Cyberport) are `cluster`; their management boards and
  administrative committees are `public_body`; a park named only as a site where
  something is (Hong Kong Science Park, Zhangjiang Science City,
  Zhangjiang Pharma Valley, Lok Ma Chau Loop) is a `place`;
- venues (convention centres, hotels) are `place`;
- consulates, trade offices, investment agencies and ministries are `public_body`;
- industry associations that describe themselves as associations
  (Arizona Technology Council, Korea Technopark Association) are `network`;
- a tenant / incubatee of a park is `member_of` that park (cluster);
- Hong Kong is a `place` (a region, country HK); the European Union is not annotated.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-as"

ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
TYPES = ORG | {"programme", "event", "project", "person", "place"}

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

# --- press release: HKSTP soft-landing MoUs with MVA and Lyonbiopôle -----------------
HKSTP = "Hong Kong Science and Technology Parks Corporation"
MVA = "Medicon Valley Alliance"
LYB = "Lyonbiopôle Auvergne-Rhône-Alpes"
BES = "BIO-Europe Spring 2024"
IHK = "Invest Hong Kong"
TDC = "Hong Kong Trade Development Council"
ASGH = "Asia Summit on Global Health"
BE24 = "BIO-Europe 2024"
CGT = "Nordic-Hong Kong Cell and Gene Therapy Day"
HK_CO = ("Harbour Antibody Therapeutics", "Lantau Genomics Ltd", "Kowloon NeuroTech",
         "Victoria CellWorks")
EU_CO = ("Øresund Biologics ApS", "Rhodanix Diagnostics", "Lund Peptide AB",
         "CataloniaBio & HealthTech", "Institute for Research in Biomedicine")
GOLD["hkstp-european-soft-landing-mou-2024.md"] = dict(
entities=[
 E(HKSTP, "cluster", "HK", "HKSTP"), E("Hong Kong", "place", "HK"),
 E(MVA, "cluster", "DK", "MVA"), E(LYB, "cluster", "FR", "Lyonbiopôle"),
 E(BES, "event", "ES", "BIO-Europe Spring"), E("Barcelona", "place", "ES"),
 E(IHK, "public_body", "HK", "InvestHK"), E(TDC, "public_body", "HK", "HKTDC"),
 E("Pak Shek Kok", "place", "HK"), E("Sha Tin", "place", "HK"),
 E("Shenzhen", "place", "CN"), E("Guangzhou", "place", "CN"),
 E("Copenhagen Bio Science Park", "cluster", "DK", "COBIS"), E("Lyon", "place", "FR"),
 E("Guangdong-Hong Kong-Macao Greater Bay Area", "place", "CN", "GBA"),
 E("Cheryl Lau Wing-sze", "person", "HK"), E("Anders Holm", "person", "DK"),
 E("Mathilde Garnier", "person", "FR"),
 E("Harbour Antibody Therapeutics", "company", "HK"),
 E("Øresund Biologics ApS", "company", "DK"),
 E("Lantau Genomics Ltd", "company", "HK"), E("Rhodanix Diagnostics", "company", "FR"),
 E("Villeurbanne", "place", "FR"), E("Kowloon NeuroTech", "company", "HK"),
 E("Lund Peptide AB", "company", "SE"), E("CataloniaBio & HealthTech", "cluster", "ES"),
 E("Victoria CellWorks", "company", "HK"),
 E("Institute for Research in Biomedicine", "research_org", "ES", "IRB Barcelona"),
 E(CGT, "event"), E(ASGH, "event", "HK", "ASGH"),
 E("Hong Kong SAR Government", "public_body", "HK"),
 E("Hong Kong Convention and Exhibition Centre", "place", "HK"), E("Wan Chai", "place", "HK"),
 E(BE24, "event", "SE"), E("Stockholm", "place", "SE"),
 E("Raymond Tse Chi-kin", "person", "HK", "Tse"),
 E("International Association of Science Parks and Areas of Innovation", "network", None, "IASP"),
 E("Copenhagen", "place", "DK"), E("Lund", "place", "SE"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("Jacky Ho Man-lok", "person", "HK"),
],
relations=[
 R(HKSTP, "partner_of", MVA), R(HKSTP, "partner_of", LYB),
 R(BES, "located_in", "Barcelona"),
 *[R(o, "participated_in", BES) for o in (HKSTP, MVA, LYB, IHK, TDC, *HK_CO, *EU_CO)],
 R(HKSTP, "located_in", "Pak Shek Kok"), R(HKSTP, "located_in", "Sha Tin"),
 R("Copenhagen Bio Science Park", "located_in", "Copenhagen"), R(LYB, "located_in", "Lyon"),
 R("Cheryl Lau Wing-sze", "works_for", HKSTP), R("Anders Holm", "works_for", MVA),
 R("Mathilde Garnier", "works_for", LYB),
 R("Harbour Antibody Therapeutics", "located_in", "Sha Tin"),
 R("Harbour Antibody Therapeutics", "met_with", "Øresund Biologics ApS"),
 R("Øresund Biologics ApS", "member_of", MVA),
 R("Lantau Genomics Ltd", "met_with", "Rhodanix Diagnostics"),
 R("Rhodanix Diagnostics", "member_of", LYB), R("Rhodanix Diagnostics", "located_in", "Villeurbanne"),
 R("Kowloon NeuroTech", "met_with", "Lund Peptide AB"),
 R("Kowloon NeuroTech", "met_with", "CataloniaBio & HealthTech"),
 R("Victoria CellWorks", "member_of", HKSTP),
 R("Victoria CellWorks", "met_with", "Institute for Research in Biomedicine"),
 R(MVA, "organized", CGT), R(HKSTP, "organized", CGT),
 R(LYB, "participated_in", ASGH), R("Hong Kong SAR Government", "organized", ASGH),
 R(TDC, "organized", ASGH), R(ASGH, "located_in", "Hong Kong Convention and Exhibition Centre"),
 R(ASGH, "located_in", "Wan Chai"),
 R(HKSTP, "participated_in", BE24), R(MVA, "participated_in", BE24),
 R(BE24, "located_in", "Stockholm"),
 R("Raymond Tse Chi-kin", "works_for", IHK),
 R(HKSTP, "member_of", "International Association of Science Parks and Areas of Innovation"),
 R(MVA, "located_in", "Copenhagen"), R(MVA, "located_in", "Lund"),
 R(MVA, "member_of", "Council of European BioRegions"),
 R("Jacky Ho Man-lok", "works_for", HKSTP),
])

# --- delegation report: Suzhou BioBAY in Basel, Leiden and Munich ------------------
BB = "Suzhou BioBAY"
SIP = "Suzhou Industrial Park"
BVB = "BioValley Basel"
LBSP = "Leiden Bio Science Park"
BE23 = "BIO-Europe 2023"
RT = "Basel-Suzhou Biotech Roundtable"
REC = "Bavaria-Suzhou Networking Reception"
CEF = "China-Europe Biomedicine Innovation Forum"
BB_CO = (("Genexa Biotech", "Suzhou"), ("Jinji Lake Antibody Co., Ltd.", None),
         ("Dushu Lake Medical Devices", None), ("NovaCell Therapeutics", "Kunshan"),
         ("Taihu RNA Sciences", None))
GOLD["suzhou-biobay-european-delegation-report-2023.txt"] = dict(
entities=[
 E(BB, "cluster", "CN", "BioBAY", "苏州生物医药产业园"), E(SIP, "place", "CN", "SIP"),
 E("SIP Administrative Committee", "public_body", "CN"),
 E("Jiangsu Provincial Department of Commerce", "public_body", "CN"), E("Jiangsu", "place", "CN"),
 E("ZHANG Wei", "person", "CN", "Zhang"), E("Linda Xu Meiling", "person", "CN", "Xu"),
 *[E(c, "company", "CN") for c, _ in BB_CO], E("Suzhou", "place", "CN"), E("Kunshan", "place", "CN"),
 E("Emily Liu Xiaoyan", "person", "CN"),
 E("Xi'an Jiaotong-Liverpool University", "university", "CN", "XJTLU"),
 E("Basel", "place", "CH"), E(BVB, "cluster", "CH"), E("Upper Rhine", "place"),
 E("Sabine Keller", "person", "CH"), E(RT, "event", "CH"),
 E("Switzerland Innovation Park Basel Area", "cluster", "CH"),
 E("Basel Area Business & Innovation", "public_body", "CH"),
 E("University of Basel", "university", "CH"),
 E("Leiden", "place", "NL"), E(LBSP, "cluster", "NL"),
 E("Netherlands Foreign Investment Agency", "public_body", "NL", "NFIA"),
 E("Jeroen van der Meer", "person", "NL"), E("Cellvaria B.V.", "company", "NL"),
 E("Leiden University Medical Center", "research_org", "NL", "LUMC"),
 E("Munich", "place", "DE"), E(BE23, "event", "DE"), E("EBD Group", "company"),
 E("BioM", "cluster", "DE"), E("Martinsried", "place", "DE"),
 E("Katrin Vogel", "person", "DE"), E(REC, "event", "DE"),
 E("Bayern International", "public_body", "DE"), E("Free State of Bavaria", "place", "DE"),
 E("Rheinblick Pharma AG", "company", "CH"), E(CEF, "event", "CN"),
],
relations=[
 R(BB, "located_in", SIP), R(BB, "located_in", "Jiangsu"),
 R("ZHANG Wei", "works_for", BB), R("Linda Xu Meiling", "works_for", BB),
 *[R(c, "member_of", BB) for c, _ in BB_CO],
 *[R(c, "located_in", t) for c, t in BB_CO if t],
 R("Emily Liu Xiaoyan", "works_for", "Xi'an Jiaotong-Liverpool University"),
 R(BVB, "located_in", "Upper Rhine"), R(BB, "partner_of", BVB),
 R("Sabine Keller", "works_for", BVB),
 R(BB, "organized", RT), R(BVB, "organized", RT), R(RT, "located_in", "Basel"),
 R("Basel Area Business & Innovation", "participated_in", RT),
 R("Genexa Biotech", "met_with", "University of Basel"),
 R(LBSP, "located_in", "Leiden"), R(BB, "partner_of", LBSP),
 R("Jeroen van der Meer", "works_for", LBSP),
 R("NovaCell Therapeutics", "met_with", "Cellvaria B.V."),
 R("NovaCell Therapeutics", "met_with", "Leiden University Medical Center"),
 R("EBD Group", "organized", BE23), R(BE23, "located_in", "Munich"),
 R(BB, "participated_in", BE23), *[R(c, "participated_in", BE23) for c, _ in BB_CO],
 R("BioM", "participated_in", BE23),
 R(BB, "partner_of", "BioM"), R("BioM", "located_in", "Martinsried"),
 R("Katrin Vogel", "works_for", "BioM"),
 R("BioM", "organized", REC), R(BB, "organized", REC),
 R("Bayern International", "participated_in", REC),
 R("Bayern International", "located_in", "Free State of Bavaria"),
 R("Jinji Lake Antibody Co., Ltd.", "met_with", "Rheinblick Pharma AG"),
 R("Taihu RNA Sciences", "met_with", "Bayern International"),
 R(BB, "organized", CEF), R(CEF, "located_in", "Suzhou"),
 *[R(o, "participated_in", CEF) for o in (BVB, "BioM", LBSP)],
])

# --- news release: Shenzhen Bay Laboratory / McGill joint laboratory ---------------
SZBL = "Shenzhen Bay Laboratory"
MCG = "McGill University"
JL = "SZBL-McGill Joint Laboratory for Structural Immunology"
SYM = "2024 Shenzhen Bay Immunology Symposium"
STIC = "Shenzhen Science, Technology and Innovation Commission"
SUST = "Southern University of Science and Technology"
UDEM = "Université de Montréal"
FRQS = "Fonds de recherche du Québec - Santé"
MILA = "Mila - Quebec Artificial Intelligence Institute"
NSERC = "Natural Sciences and Engineering Research Council of Canada"
MIV = "Montréal InVivo"
CGC = "Consulate General of Canada in Guangzhou"
QGO = "Québec Government Office in Shanghai"
PROJECTS = (("IMMUNOMAP", SZBL, (MCG, SUST), STIC),
            ("CRYO-TCR", MCG, (SZBL, UDEM), FRQS),
            ("AB-DESIGN", SZBL, (MCG, MILA), NSERC))
GOLD["shenzhen-bay-laboratory-mcgill-joint-lab-2024.html"] = dict(
entities=[
 E(SZBL, "research_org", "CN", "SZBL", "深圳湾实验室"), E(MCG, "university", "CA", "McGill"),
 E(JL, "research_org"), E(SYM, "event", "CN"),
 E("Guangming District", "place", "CN"), E("Hong Kong", "place", "HK"),
 E("CHEN Hao", "person", "CN", "Chen"),
 E("Institute of Molecular Physiology", "research_org", "CN"),
 E("Isabelle Tremblay", "person", "CA", "Tremblay"), E("Montréal", "place", "CA"),
 E("Shenzhen", "place", "CN"),
 *[E(p, "project") for p, *_ in PROJECTS],
 E(SUST, "university", "CN", "SUSTech"), E(STIC, "public_body", "CN"),
 E(UDEM, "university", "CA"), E(FRQS, "public_body", "CA", "FRQS"),
 E(MILA, "research_org", "CA"), E(NSERC, "public_body", "CA", "NSERC"),
 E(MIV, "cluster", "CA"), E("Greater Montréal", "place", "CA"),
 E("Julien Lavoie", "person", "CA"), E("BIO China 2025", "event", "CN"), E("Suzhou", "place", "CN"),
 E("Shenzhen Bay Science Park", "cluster", "CN"), E("Quebec", "place", "CA"),
 E("Laurentide Biologics", "company", "CA"), E("Laval", "place", "CA"),
 E("Boréal Cryo Inc.", "company", "CA"), E("Sherbrooke", "place", "CA"),
 E("Karen Ng", "person", "CA"), E("Guangzhou", "place", "CN"),
 E(CGC, "public_body", "CA"), E(QGO, "public_body", "CA"), E("Shanghai", "place", "CN"),
 E("Étienne Roy", "person", "CA"), E("WANG Lixin", "person", "CN"),
 E("Guangdong Province", "place", "CN"),
 E("Hong Kong University of Science and Technology", "university", "HK", "HKUST"),
 E("Greater Bay Area", "place", "CN"),
 E("U15 Group of Canadian Research Universities", "network", "CA"),
],
relations=[
 R(SZBL, "partner_of", MCG),
 R(SZBL, "organized", SYM), R(SYM, "located_in", "Guangming District"),
 R("CHEN Hao", "works_for", SZBL), R("CHEN Hao", "works_for", "Institute of Molecular Physiology"),
 R("Isabelle Tremblay", "works_for", MCG),
 *[r for p, lead, others, fund in PROJECTS for r in (
   R(lead, "leads", p), R(lead, "consortium_member_of", p),
   *[R(o, "consortium_member_of", p) for o in others], R(p, "funded_by", fund))],
 *[R(o, "participated_in", SYM) for o in (
   MCG, "Isabelle Tremblay", MIV, "Laurentide Biologics", "Boréal Cryo Inc.",
   "Karen Ng", CGC)],
 R(MIV, "partner_of", SZBL), R(MIV, "located_in", "Greater Montréal"),
 R("Julien Lavoie", "works_for", MIV),
 R(MIV, "participated_in", "BIO China 2025"), R("BIO China 2025", "located_in", "Suzhou"),
 R("Laurentide Biologics", "member_of", MIV), R("Laurentide Biologics", "located_in", "Laval"),
 R("Laurentide Biologics", "met_with", SZBL),
 R("Boréal Cryo Inc.", "located_in", "Sherbrooke"), R("Boréal Cryo Inc.", "met_with", SZBL),
 R("Karen Ng", "works_for", CGC), R(CGC, "located_in", "Guangzhou"),
 R(QGO, "located_in", "Shanghai"), R("Étienne Roy", "works_for", QGO),
 R("WANG Lixin", "works_for", STIC),
 R(SZBL, "located_in", "Guangming District"), R(SZBL, "located_in", "Shenzhen"),
 R(SZBL, "located_in", "Guangdong Province"),
 R(SZBL, "partner_of", "Hong Kong University of Science and Technology"),
 R(MCG, "located_in", "Montréal"),
 R(MCG, "member_of", "U15 Group of Canadian Research Universities"),
])

# --- annual-report chapter: Hoa Lac Hi-Tech Park, international cooperation --------
HHTP = "Hoa Lac Hi-Tech Park"
HMB = "Hoa Lac Hi-Tech Park Management Board"
MOST_VN = "Ministry of Science and Technology"
SS = "Silicon Saxony"
MIN = "Minalogic"
BD = "Brainport Development"
ATC = "Arizona Technology Council"
KTA = "Korea Technopark Association"
SSD = "Silicon Saxony Day 2023"
SE23 = "SEMICON Europa 2023"
VHT = "Viettel High Technology Industries Corporation"
FPTS = "FPT Semiconductor"
FPTU = "FPT University"
HID = "Hoa Lac Innovation Day 2023"
NIC = "National Innovation Center"
ASU = "Arizona State University"
VNU = "Vietnam National University, Hanoi"
VKIST = "Vietnam-Korea Institute of Science and Technology"
ST = "SEMITALENT-VN"
TUD = "Technische Universität Dresden"
USTH = "University of Science and Technology of Hanoi"
GOLD["hoa-lac-hi-tech-park-international-cooperation-2023.md"] = dict(
entities=[
 E(HMB, "public_body", "VN"), E("Hanoi", "place", "VN"),
 E(HHTP, "cluster", "VN", "HHTP", "Khu Công nghệ cao Hòa Lạc"),
 E("Thạch Thất District", "place", "VN", "Thạch Thất"),
 E(MOST_VN, "public_body", "VN", "MOST"), E("Nguyễn Văn Minh", "person", "VN"),
 E(SS, "cluster", "DE"), E("Dresden", "place", "DE"), E(MIN, "cluster", "FR"),
 E("Grenoble", "place", "FR"), E("Munich", "place", "DE"),
 E(BD, "public_body", "NL"), E("Eindhoven", "place", "NL"),
 E(ATC, "network", "US"), E("Phoenix", "place", "US"), E(KTA, "network", "KR"),
 E("Trần Thị Lan Anh", "person", "VN"), E(SSD, "event", "DE"), E("Saxony", "place", "DE"),
 E("Katja Lehmann", "person", "DE"), E(SE23, "event", "DE"), E("SEMI", "network"),
 E(VHT, "company", "VN"), E(FPTS, "company", "VN"),
 E("Arcadia Silicon", "company", "FR"), E(FPTU, "university", "VN"),
 E(HID, "event", "VN"), E(NIC, "public_body", "VN", "NIC"),
 E(ASU, "university", "US", "ASU"), E(VNU, "university", "VN", "VNU"),
 E(VKIST, "research_org", "VN", "V-KIST"), E(ST, "project"), E("Erasmus+", "programme"),
 E(TUD, "university", "DE", "TU Dresden"), E(USTH, "university", "VN", "USTH"),
],
relations=[
 R(HMB, "located_in", "Hanoi"), R(HMB, "located_in", "Thạch Thất District"),
 R(HHTP, "located_in", "Thạch Thất District"),
 R("Nguyễn Văn Minh", "works_for", HMB), R("Trần Thị Lan Anh", "works_for", HMB),
 *[R(HHTP, "partner_of", o) for o in (SS, MIN, BD, ATC, KTA)],
 R(SS, "located_in", "Dresden"), R(MIN, "located_in", "Grenoble"),
 R(BD, "located_in", "Eindhoven"), R(ATC, "located_in", "Phoenix"),
 R(SS, "organized", SSD), R(SSD, "located_in", "Dresden"),
 R("Trần Thị Lan Anh", "participated_in", SSD), R(HHTP, "participated_in", SSD),
 R("Katja Lehmann", "works_for", SS),
 R(SE23, "located_in", "Munich"), R("SEMI", "organized", SE23),
 *[R(o, "participated_in", SE23) for o in (HHTP, MIN, VHT, FPTS, "Arcadia Silicon")],
 R(VHT, "member_of", HHTP), R(FPTS, "member_of", HHTP),
 R(FPTS, "met_with", "Arcadia Silicon"), R("Arcadia Silicon", "member_of", MIN),
 R("Arcadia Silicon", "located_in", "Grenoble"),
 R(HMB, "organized", HID), R(NIC, "organized", HID),
 *[R(o, "participated_in", HID) for o in (ATC, HHTP, ASU, VNU)],
 R(ASU, "met_with", VNU), R(VKIST, "member_of", HHTP),
 R(ST, "funded_by", "Erasmus+"), R(TUD, "leads", ST),
 *[R(o, "consortium_member_of", ST) for o in (HHTP, TUD, VNU, FPTU, USTH, MIN)],
])

# --- event news: Philippine pavilion (DOST-PCHRD) at BIO 2024 ----------------------
BIO24 = "BIO International Convention 2024"
BIOORG = "Biotechnology Innovation Organization"
DOST = "Department of Science and Technology"
PCHRD = "Philippine Council for Health Research and Development"
DTI = "Department of Trade and Industry"
PTIC = "Philippine Trade and Investment Center"
BIOCOM = "Biocom California"
TAPI = "Technology Application and Promotion Institute"
CGLA = "Philippine Consulate General in Los Angeles"
NIGHT = "Filipino-American Biotech Night"
UPM = "University of the Philippines Manila"
UPLB = "University of the Philippines Los Baños"
PGC = "Philippine Genome Center"
EXHIBITORS = (("Manila BioLabs Inc.", "company", "Quezon City"),
              ("Mindanao Phytopharma Corp.", "company", "Davao City"),
              ("Visayas Diagnostics", "company", "Cebu City"),
              ("Luzon Vaccine Innovations", "company", "Laguna"),
              (UPM, "university", "Manila"), (UPLB, "university", "Los Baños"),
              (PGC, "research_org", "Quezon City"))
GOLD["dost-philippine-pavilion-bio-international-2024.html"] = dict(
entities=[
 E(BIO24, "event", "US", "BIO 2024"), E("San Diego", "place", "US"),
 E(BIOCOM, "cluster", "US", "Biocom"),
 E(DOST, "public_body", "PH", "DOST"), E(PCHRD, "public_body", "PH", "PCHRD", "DOST-PCHRD"),
 E(DTI, "public_body", "PH", "DTI"), E(PTIC, "public_body", "PH", "PTIC"),
 E("San Francisco", "place", "US"), E(BIOORG, "network", "US", "BIO"),
 E("Rosario M. Dizon-Lacson", "person", "PH", "Dizon-Lacson"),
 E("Gregory Alvarez", "person", "US"),
 E("Manila BioLabs Inc.", "company", "PH"), E("Mindanao Phytopharma Corp.", "company", "PH"),
 E("Visayas Diagnostics", "company", "PH"), E("Luzon Vaccine Innovations", "company", "PH"),
 E(UPM, "university", "PH", "UP Manila"), E(UPLB, "university", "PH", "UPLB"),
 E(PGC, "research_org", "PH", "PGC"),
 E("Quezon City", "place", "PH"), E("Davao City", "place", "PH"), E("Cebu City", "place", "PH"),
 E("Laguna", "place", "PH"), E("Manila", "place", "PH"), E("Los Baños", "place", "PH"),
 E("Massachusetts Biotechnology Council", "cluster", "US", "MassBio"), E("Boston", "place", "US"),
 E("Life Sciences Ontario", "cluster", "CA"), E("Maple Botanics Ltd.", "company", "CA"),
 E("Toronto", "place", "CA"),
 E("Ramon P. Villanueva Jr.", "person", "PH"), E(TAPI, "public_body", "PH", "DOST-TAPI"),
 E("University of California San Diego", "university", "US", "UC San Diego"),
 E(CGLA, "public_body", "PH"), E("Los Angeles", "place", "US"), E(NIGHT, "event", "US"),
 E("PhilAm BioNetwork", "network", "US"), E("Maria Teresa Bautista", "person", "PH"),
 E("BIO-Europe 2024", "event", "SE"), E("Stockholm", "place", "SE"),
 E("Jose Emmanuel Ramos", "person", "PH"),
 E("Grants-in-Aid Program", "programme", "PH", "GIA"),
 E("Taguig City", "place", "PH"),
],
relations=[
 R(BIO24, "located_in", "San Diego"), R(BIOORG, "organized", BIO24),
 *[R(o, "participated_in", BIO24) for o in (
   DOST, PCHRD, DTI, PTIC, BIOCOM, "Rosario M. Dizon-Lacson", "Gregory Alvarez",
   *[x for x, _, _ in EXHIBITORS], "Massachusetts Biotechnology Council",
   "Life Sciences Ontario", "Maple Botanics Ltd.", "Ramon P. Villanueva Jr.", TAPI,
   "University of California San Diego")],
 R(PCHRD, "partner_of", BIOCOM), R(BIOCOM, "located_in", "San Diego"),
 R(PTIC, "located_in", "San Francisco"),
 R("Rosario M. Dizon-Lacson", "works_for", PCHRD), R("Gregory Alvarez", "works_for", BIOCOM),
 *[R(x, "located_in", c) for x, _, c in EXHIBITORS],
 R("Manila BioLabs Inc.", "met_with", "Massachusetts Biotechnology Council"),
 R("Mindanao Phytopharma Corp.", "met_with", "Life Sciences Ontario"),
 R("Mindanao Phytopharma Corp.", "met_with", "Maple Botanics Ltd."),
 R("Maple Botanics Ltd.", "located_in", "Toronto"),
 R("Ramon P. Villanueva Jr.", "works_for", TAPI),
 R(TAPI, "met_with", "University of California San Diego"),
 R(CGLA, "located_in", "Los Angeles"),
 R(CGLA, "organized", NIGHT), R(PTIC, "organized", NIGHT), R("PhilAm BioNetwork", "organized", NIGHT),
 R("Maria Teresa Bautista", "works_for", CGLA), R("Maria Teresa Bautista", "participated_in", NIGHT),
 R(PCHRD, "participated_in", "BIO-Europe 2024"), R("BIO-Europe 2024", "located_in", "Stockholm"),
 R("Jose Emmanuel Ramos", "works_for", DOST),
 R(PCHRD, "located_in", "Taguig City"),
])

# --- EU consortium kick-off: ORGANOLINK at Zhangjiang Science City -----------------
OL = "ORGANOLINK"
ZSC = "Zhangjiang Science City"
MOST_CN = "Ministry of Science and Technology of the People's Republic of China"
MECH = "EU-China Co-funding Mechanism"
HUB = "Hubrecht Institute"
KI = "Karolinska Institutet"
ITEM = "Fraunhofer Institute for Toxicology and Experimental Medicine"
OT = "OrganoTherm B.V."
MED = "Medicen Paris Region"
STU = "ShanghaiTech University"
SIMM = "Shanghai Institute of Materia Medica"
ZOB = "Zhangjiang OrganoBio Co., Ltd."
WYSS = "Wyss Institute for Biologically Inspired Engineering at Harvard University"
ZADM = "Zhangjiang Administration of the China (Shanghai) Pilot Free Trade Zone"
EC24 = "EUSAAT 2024 Congress"
EUSAAT = "European Society for Alternatives to Animal Testing"
PARTNERS = ((HUB, "Utrecht"), (KI, "Stockholm"), (ITEM, "Hanover"), (OT, "Leiden"),
            (MED, "Paris"), (STU, "Pudong New Area"), (SIMM, None), (ZOB, None),
            ("Fudan University", None), (WYSS, "Boston"))
GOLD["zhangjiang-eu-china-organoid-consortium-kickoff-2024.txt"] = dict(
entities=[
 E(OL, "project", None, "EU-China Organoid Platforms for Predictive Drug Safety"),
 E("Shanghai", "place", "CN"), E(ZSC, "place", "CN", "Zhangjiang"),
 E("Pudong New Area", "place", "CN", "Pudong"), E("Horizon Europe", "programme"),
 E(MOST_CN, "public_body", "CN", "MOST"), E(MECH, "programme"),
 E(HUB, "research_org", "NL"), E("Utrecht", "place", "NL"),
 E("Hendrik de Vries", "person", "NL"), E(KI, "university", "SE"), E("Stockholm", "place", "SE"),
 E(ITEM, "research_org", "DE", "Fraunhofer ITEM"), E("Hanover", "place", "DE"),
 E(OT, "company", "NL"), E("Leiden", "place", "NL"),
 E(MED, "cluster", "FR"), E("Paris", "place", "FR"),
 E(STU, "university", "CN", "ShanghaiTech"), E(SIMM, "research_org", "CN", "SIMM"),
 E("Chinese Academy of Sciences", "research_org", "CN", "CAS"),
 E(ZOB, "company", "CN", "Zhangjiang OrganoBio"), E("Fudan University", "university", "CN"),
 E(WYSS, "research_org", "US"), E("Boston", "place", "US"),
 E("LI Xiaoming", "person", "CN"), E("Sophie Marchand", "person", "FR"),
 E("ZHOU Jianguo", "person", "CN"), E(ZADM, "public_body", "CN"),
 E("Zhangjiang Pharma Valley", "place", "CN"),
 E("National Center for Drug Screening", "research_org", "CN"),
 E("Zhangjiang Lab", "research_org", "CN"),
 E("Ingrid Sørensen", "person", None, "Sørensen"),
 E("European Medicines Agency", "public_body", None, "EMA"),
 E("WU Min", "person", "CN"), E("Zhejiang University", "university", "CN"),
 E("Michael Okafor", "person", "US"), E("US Food and Drug Administration", "public_body", "US", "FDA"),
 E("Amsterdam", "place", "NL"),
 E(EC24, "event", "AT"), E("Linz", "place", "AT"), E(EUSAAT, "network", None, "EUSAAT"),
 E("BioFIT 2024", "event", "FR"), E("Strasbourg", "place", "FR"),
],
relations=[
 R(OL, "funded_by", "Horizon Europe"), R(OL, "funded_by", MOST_CN), R(OL, "funded_by", MECH),
 R(HUB, "leads", OL), R("Hendrik de Vries", "leads", OL), R("Hendrik de Vries", "works_for", HUB),
 *[R(o, "consortium_member_of", OL) for o, _ in PARTNERS],
 *[R(o, "located_in", c) for o, c in PARTNERS if c],
 R("LI Xiaoming", "works_for", STU), R("Sophie Marchand", "works_for", MED),
 R("ZHOU Jianguo", "works_for", ZADM),
 R(ZOB, "located_in", "Zhangjiang Pharma Valley"),
 R("Zhangjiang Lab", "partner_of", HUB),
 R("Ingrid Sørensen", "works_for", "European Medicines Agency"),
 R("WU Min", "works_for", "Zhejiang University"),
 R("Michael Okafor", "works_for", "US Food and Drug Administration"),
 R(EC24, "located_in", "Linz"), R(EUSAAT, "organized", EC24),
 R(MED, "participated_in", "BioFIT 2024"), R("BioFIT 2024", "located_in", "Strasbourg"),
])

# --- newsletter: InvestHK Europe Bulletin, autumn 2023 ------------------------------
M23 = "MEDICA 2023"
M22 = "MEDICA 2022"
MM = "MedicalMountains"
MV = "Medvantis GmbH"
HKSP = "Hong Kong Science Park"
CYB = "Hong Kong Cyberport Management Company Limited"
CAP = "Cap Digital"
CVCF = "Cyberport Venture Capital Forum 2023"
ITC = "Innovation and Technology Commission"
COCHE = "Hong Kong Centre for Cerebro-Cardiovascular Health Engineering"
C2I = "Centre for Immunology and Infection"
RID = "EU-Hong Kong Research and Innovation Day"
HKETOB = "Hong Kong Economic and Trade Office, Brussels"
HKSZ = "Hong Kong-Shenzhen Innovation and Technology Park"
HETAO = "Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone"
GEN = "Genesis 2023"
SMU = "StartmeupHK Festival 2024"
GOLD["investhk-europe-newsletter-autumn-2023.md"] = dict(
entities=[
 E(IHK, "public_body", "HK", "InvestHK"), E("Hong Kong", "place", "HK"),
 E("Greater Bay Area", "place", "CN", "GBA"),
 E(M23, "event", "DE"), E("Düsseldorf", "place", "DE"),
 E(TDC, "public_body", "HK", "HKTDC"), E(HKSTP, "cluster", "HK", "HKSTP"),
 E(MM, "cluster", "DE"), E("Vivian Cheung Ka-yan", "person", "HK"), E("London", "place", "GB"),
 E(HKSP, "place", "HK"), E(MV, "company", "DE", "Medvantis"), E("Tuttlingen", "place", "DE"),
 E(M22, "event", "DE"), E("Klaus Brenner", "person", "DE"),
 E("Dongguan", "place", "CN"), E("Shenzhen", "place", "CN"), E("Incu-Bio", "programme", "HK"),
 E("Julia Hahn", "person", "DE"),
 E(CYB, "cluster", "HK", "Cyberport"), E(CAP, "cluster", "FR"),
 E(CVCF, "event", "HK", "CVCF"), E("Pok Fu Lam", "place", "HK"), E("Paris", "place", "FR"),
 E("Yvonne Leung Sze-man", "person", "HK"), E("Élodie Marchal", "person", "FR"),
 E("InnoHK", "programme", "HK"), E(ITC, "public_body", "HK", "ITC"),
 E(COCHE, "research_org", "HK", "COCHE"), E("ETH Zurich", "university", "CH"),
 E(C2I, "research_org", "HK", "C2i"), E(RID, "event", "BE"), E("Brussels", "place", "BE"),
 E(HKETOB, "public_body", "HK"),
 E(HKSZ, "place", "CN"), E("Lok Ma Chau Loop", "place", "HK"), E(HETAO, "place", "CN"),
 E(GEN, "event", "GB"), E("One Nucleus", "cluster", "GB"),
 E(SMU, "event", "HK", "StartmeupHK Festival"), E(BES, "event", "ES"), E("Barcelona", "place", "ES"),
 E("Hong Kong Economic and Trade Office, Berlin", "public_body", "HK"), E("Berlin", "place", "DE"),
 E("Thomas Fischer", "person", "DE"),
],
relations=[
 R(M23, "located_in", "Düsseldorf"),
 *[R(o, "participated_in", M23) for o in (TDC, IHK, HKSTP, MM)],
 R("Vivian Cheung Ka-yan", "works_for", IHK),
 R(IHK, "located_in", "London"), R(IHK, "located_in", "Berlin"),
 R(MV, "located_in", "Tuttlingen"), R(MV, "member_of", MM), R(MV, "located_in", HKSP),
 R(MV, "met_with", HKSTP), R(MV, "participated_in", M22), R(HKSTP, "participated_in", M22),
 R("Klaus Brenner", "works_for", MV),
 R(IHK, "partner_of", MM), R("Julia Hahn", "works_for", MM),
 R(CYB, "partner_of", CAP), R(CYB, "participated_in", CVCF), R(CAP, "participated_in", CVCF),
 R(CYB, "organized", CVCF), R(CVCF, "located_in", "Pok Fu Lam"), R(CYB, "located_in", "Pok Fu Lam"),
 R(CAP, "located_in", "Paris"),
 R("Yvonne Leung Sze-man", "works_for", CYB), R("Élodie Marchal", "works_for", CAP),
 R("Yvonne Leung Sze-man", "participated_in", CVCF), R("Élodie Marchal", "participated_in", CVCF),
 R(COCHE, "partner_of", "ETH Zurich"),
 R(C2I, "participated_in", RID), R(RID, "located_in", "Brussels"), R(HKETOB, "organized", RID),
 R(GEN, "located_in", "London"), R("One Nucleus", "organized", GEN),
 R(IHK, "participated_in", GEN), R(HKSTP, "participated_in", GEN),
 R(IHK, "organized", SMU), R(SMU, "located_in", "Hong Kong"),
 R(BES, "located_in", "Barcelona"), R(IHK, "participated_in", BES), R(TDC, "participated_in", BES),
 R("Thomas Fischer", "works_for", IHK),
])

# --- mission report: Écotech Québec in Ho Chi Minh City and Manila ----------------
ECO = "Écotech Québec"
IQI = "Investissement Québec International"
TCS = "Trade Commissioner Service"
GAC = "Global Affairs Canada"
SHTP = "Saigon Hi-Tech Park"
SMB = "SHTP Management Board"
CAN = "Canadian Chamber of Commerce in Vietnam"
FORUM = "Vietnam-Canada Cleantech Business Forum"
HCMUT = "Ho Chi Minh City University of Technology"
CGH = "Consulate General of Canada in Ho Chi Minh City"
NICV = "Vietnam National Innovation Center"
VIC = "Vietnam Innovation Challenge"
ACEF = "Asia Clean Energy Forum 2024"
ADB = "Asian Development Bank"
PCIEERD = "Philippine Council for Industry, Energy and Emerging Technology Research and Development"
ATENEO = "Ateneo de Manila University"
BCDA = "Bases Conversion and Development Authority"
GEO = "Géo-Recyclage Saint-Laurent"
QC_CO = (("Hydrolux Technologies", "Sherbrooke"), ("Boréalis Water Inc.", "Québec City"),
         ("Sollena Energy", "Montréal"), ("CarbonLoop Solutions", "Laval"), (GEO, "Trois-Rivières"))
GOLD["ecotech-quebec-vietnam-philippines-mission-2024.txt"] = dict(
entities=[
 E(ECO, "cluster", "CA"), E("Quebec", "place", "CA"), E("Ho Chi Minh City", "place", "VN"),
 E("Manila", "place", "PH"), E(IQI, "public_body", "CA", "IQI"), E(TCS, "public_body", "CA"),
 E(GAC, "public_body", "CA"),
 E("Marc-André Gagnon", "person", "CA"),
 E("Hydrolux Technologies", "company", "CA"), E("Boréalis Water Inc.", "company", "CA", "Boréalis Water"),
 E("Sollena Energy", "company", "CA"), E("CarbonLoop Solutions", "company", "CA"),
 E(GEO, "company", "CA"),
 E("Sherbrooke", "place", "CA"), E("Québec City", "place", "CA"), E("Montréal", "place", "CA"),
 E("Laval", "place", "CA"), E("Trois-Rivières", "place", "CA"),
 E(SHTP, "cluster", "VN", "SHTP"), E("Thu Duc City", "place", "VN"), E(SMB, "public_body", "VN"),
 E("Lê Thị Thu Hà", "person", "VN"), E("Mekong Solar JSC", "company", "VN"),
 E(CAN, "network", "VN", "CanCham Vietnam"), E(FORUM, "event", "VN"),
 E("Phạm Quốc Bảo", "person", "VN"), E(HCMUT, "university", "VN", "HCMUT"),
 E("Nguyễn Hoàng Long", "person", "VN"), E("AquaViet", "company", "VN"),
 E(CGH, "public_body", "CA"),
 E("Saigon Water Corporation", "company", "VN", "SAWACO"),
 E(NICV, "public_body", "VN", "NIC"), E(VIC, "event", "VN"),
 E(ACEF, "event", "PH", "ACEF 2024"), E(ADB, "public_body", None, "ADB"),
 E("Mandaluyong", "place", "PH"),
 E(PCIEERD, "public_body", "PH", "DOST-PCIEERD", "PCIEERD"),
 E("Department of Science and Technology", "public_body", "PH", "DOST"),
 E("Rowena Dela Paz-Santiago", "person", "PH", "Dela Paz-Santiago"),
 E(ATENEO, "university", "PH"), E("Quezon City", "place", "PH"),
 E("New Clark City", "place", "PH"), E(BCDA, "public_body", "PH", "BCDA"),
 E("Americana 2025", "event", "CA"), E("Réseau Environnement", "network", "CA"),
],
relations=[
 R(ECO, "located_in", "Quebec"), R(ECO, "located_in", "Montréal"),
 R("Marc-André Gagnon", "works_for", ECO),
 *[R(c, "located_in", t) for c, t in QC_CO],
 R(SHTP, "located_in", "Thu Duc City"), R("Lê Thị Thu Hà", "works_for", SMB),
 R(SHTP, "partner_of", ECO), R("Mekong Solar JSC", "member_of", SHTP),
 R("Mekong Solar JSC", "partner_of", "Sollena Energy"),
 R(CAN, "organized", FORUM),
 R(FORUM, "located_in", "Ho Chi Minh City"),
 *[R(o, "participated_in", FORUM) for o in (ECO, "Phạm Quốc Bảo", "Nguyễn Hoàng Long", CGH)],
 R("Phạm Quốc Bảo", "works_for", HCMUT), R("Nguyễn Hoàng Long", "works_for", "AquaViet"),
 R(CGH, "located_in", "Ho Chi Minh City"),
 R("Hydrolux Technologies", "met_with", "AquaViet"),
 R("Hydrolux Technologies", "met_with", "Saigon Water Corporation"),
 R("CarbonLoop Solutions", "met_with", HCMUT), R(ECO, "met_with", NICV),
 R(NICV, "organized", VIC),
 R(ADB, "organized", ACEF), R(ACEF, "located_in", "Mandaluyong"), R(ACEF, "located_in", "Manila"),
 R(ADB, "located_in", "Mandaluyong"),
 R(ECO, "participated_in", ACEF), R(PCIEERD, "participated_in", ACEF),
 R(ECO, "partner_of", PCIEERD), R("Rowena Dela Paz-Santiago", "works_for", PCIEERD),
 R(ATENEO, "located_in", "Quezon City"),
 R("Boréalis Water Inc.", "met_with", ATENEO),
 R(GEO, "met_with", BCDA),
 R("Réseau Environnement", "organized", "Americana 2025"),
 R("Americana 2025", "located_in", "Montréal"), R(ECO, "participated_in", "Americana 2025"),
])


def _forms(e):
    return [e["name"], *e["aliases"]]


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types, seen_forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["name"] not in types, (doc, "duplicate entity", e["name"])
            types[e["name"]] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (doc, e)
            for f in _forms(e):
                key = f.lower()
                assert key not in seen_forms, (doc, "form used twice", f, seen_forms.get(key), e["name"])
                seen_forms[key] = e["name"]
                assert key in text, (doc, "form not in text", f)
        seen_rel = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (doc, r)
            assert s in types and o in types, (doc, "undeclared end", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, (doc, "types not allowed", r, types[s], types[o])
            assert s != o, (doc, r)
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen_rel, (doc, "duplicate relation", r)
            seen_rel.add(key)
        assert 25 <= len(gold["entities"]) <= 45, (doc, len(gold["entities"]))
        assert 25 <= len(gold["relations"]) <= 50, (doc, len(gold["relations"]))
    assert len(GOLD) == 8 and {p.name for p in DOCS.iterdir()} == set(GOLD)


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))


if __name__ == "__main__":
    main()
