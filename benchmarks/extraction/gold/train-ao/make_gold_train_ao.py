"""Hand annotations of the `train-ao` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ao/make_gold_train_ao.py

Theme: UK and Ireland clusters, networks and agencies and their partnerships
abroad. Same rules as make_gold.py (README, "Documents and gold"), written by a
separate annotator. Conventions of this set:
- an organiser of an event gets `organized`, not also `participated_in`;
- planned participations stated as agreed ("will lead a delegation to ...") are
  annotated like past ones;
- a person quoted or signing at an event, a sponsor, a speaker, an exhibitor and
  an organisation whose delegation attended get `participated_in`;
- science parks and campuses used as locations (Alderley Park, Biopolis, Babraham
  Research Campus, Tuas Biomedical Park, Manchester Science Park) are `place`; incubators and accelerators named as actors are
  organisations (IZB, MassChallenge HealthTech, Cambridge Innovation Center:
  `company`; Seoul Bio Hub, Catalyst, Hsinchu Biomedical Science Park: `cluster`);
- Scotland, Northern Ireland, Wales and Singapore are treated as countries and
  not annotated as places;
- sector associations (Irish Medtech Association, BioPharmaChem Ireland, KoreaBIO,
  KoBIA, MassMEDIC, Medical Alley Association) are `cluster`; umbrella federations
  and societies (Ibec, Singapore Manufacturing Federation, European Society of
  Pathology, Northern Health Science Alliance) are `network`.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-ao"

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

# --- annual-report chapter: MedCity (London) international partnerships ------------
MC = "MedCity"
LJ = "Life Science Innovation Network Japan"
DBT = "Department for Business and Trade"
MB = "Massachusetts Biotechnology Council"
BIC = "BIO International Convention"
MVA = "Medicon Valley Alliance"
TN = "TRIALNET-EU"
KCL = "King's College London"
AA = "ADVANCE-ATMP"
CGT = "Cell and Gene Therapy Catapult"
LLSW = "London Life Sciences Week"
ICL = "Imperial College London"
KHIDI = "Korea Health Industry Development Institute"
GOLD["medcity-international-partnerships-chapter-2024.md"] = dict(
entities=[
 E(MC, "cluster", "GB"), E("London", "place", "GB"), E("Greater South East", "place", "GB"),
 E(LJ, "cluster", "JP", "LINK-J"), E("Nihonbashi", "place", "JP"), E("Tokyo", "place", "JP"),
 E("Helen Marsh", "person", "GB", "Marsh"), E("Masaru Ide", "person", "JP"),
 E(DBT, "public_body", "GB", "DBT"),
 E(MB, "cluster", "US", "MassBio"), E("Boston", "place", "US"),
 E("Jonathan Pryce", "person", "GB"),
 E(BIC, "event", "US"), E("San Diego", "place", "US"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("EIT Health", "network", None),
 E(MVA, "cluster", "DK", "MVA"), E("Copenhagen", "place", "DK"),
 E("Biocat", "cluster", "ES"), E("Barcelona", "place", "ES"),
 E("Horizon Europe", "programme", None), E(TN, "project", None),
 E(KCL, "university", "GB"),
 E("Stockholm", "place", "SE"),
 E(AA, "project", "GB"), E("Innovate UK", "public_body", "GB"),
 E(CGT, "research_org", "GB", "CGT Catapult"),
 E("BIO-Europe Spring", "event", "ES"), E("BIO Japan", "event", "JP"),
 E("Yokohama", "place", "JP"), E("BIO-Europe", "event", "SE"), E(LLSW, "event", "GB"),
 E("Aisha Bello", "person", "GB"),
 E("One Nucleus", "cluster", "GB"), E("Cambridge", "place", "GB"),
 E("flanders.bio", "cluster", "BE"), E("Ghent", "place", "BE"),
 E(ICL, "university", "GB"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E("Francis Crick Institute", "research_org", "GB"),
 E("Hsinchu Biomedical Science Park", "cluster", "TW"),
],
relations=[
 R(MC, "located_in", "London"), R(MC, "located_in", "Greater South East"),
 R(MC, "partner_of", LJ), R(LJ, "located_in", "Nihonbashi"), R(LJ, "located_in", "Tokyo"),
 R("Helen Marsh", "works_for", MC), R("Masaru Ide", "works_for", LJ),
 R(MC, "partner_of", MB), R(MB, "located_in", "Boston"),
 R("Jonathan Pryce", "works_for", MC),
 R(MC, "participated_in", BIC), R(MB, "participated_in", BIC), R(DBT, "participated_in", BIC),
 R(BIC, "located_in", "San Diego"),
 R(MC, "member_of", "Council of European BioRegions"), R(MC, "member_of", "EIT Health"),
 R(MVA, "located_in", "Copenhagen"), R("Biocat", "located_in", "Barcelona"),
 *[R(o, "consortium_member_of", TN) for o in (MC, MVA, "Biocat", KCL)],
 R(TN, "funded_by", "Horizon Europe"), R(KCL, "leads", TN),
 R(AA, "funded_by", "Innovate UK"), R(MC, "leads", AA), R(CGT, "leads", AA),
 R(MC, "consortium_member_of", AA), R(CGT, "consortium_member_of", AA),
 R("BIO-Europe Spring", "located_in", "Barcelona"), R("BIO Japan", "located_in", "Yokohama"),
 R("BIO-Europe", "located_in", "Stockholm"), R(LLSW, "located_in", "London"),
 R(MC, "participated_in", "BIO-Europe Spring"), R(MC, "participated_in", "BIO Japan"),
 R(MC, "participated_in", "BIO-Europe"), R(MC, "organized", LLSW),
 R("Aisha Bello", "works_for", MC), R("Aisha Bello", "participated_in", "BIO Japan"),
 R(LJ, "participated_in", "BIO Japan"),
 R("One Nucleus", "organized", LLSW), R("One Nucleus", "located_in", "Cambridge"),
 R("flanders.bio", "located_in", "Ghent"), R("flanders.bio", "met_with", MC),
 R("flanders.bio", "met_with", ICL),
 R(KHIDI, "met_with", MC), R(KHIDI, "met_with", "Francis Crick Institute"),
 R("Hsinchu Biomedical Science Park", "met_with", MC),
])

# --- delegation report: Enterprise Ireland medtech mission to Boston and Minneapolis -
EI = "Enterprise Ireland"
IMA = "Irish Medtech Association"
MAA = "Medical Alley Association"
MMC = "MassMEDIC Annual Conference"
MMDIC = "Massachusetts Medical Device Industry Council"
MAPD = "Medical Alley Partnering Day"
IE_COS = (("Corrib Medical", "Galway"), ("Lee Valley Devices", "Cork"),
          ("Shannon Sensors", "Limerick"), ("Liffey Cardio", "Dublin"),
          ("Nephin Vascular", "Castlebar"), ("Boyne Orthopaedics", "Drogheda"))
GOLD["enterprise-ireland-medtech-mission-boston-minneapolis-2023.txt"] = dict(
entities=[
 E(EI, "public_body", "IE"), E("Boston", "place", "US"), E("Minneapolis", "place", "US"),
 E(IMA, "cluster", "IE"), E("Ibec", "network", "IE"),
 E("Niamh Gallagher", "person", "IE", "Gallagher"), E("Conor Moriarty", "person", "IE", "Moriarty"),
 E(MAA, "cluster", "US", "Medical Alley"), E("Minnesota", "place", "US"),
 E("IDA Ireland", "public_body", "IE"), E("Consulate General of Ireland in Boston", "public_body", "IE"),
 E("Massachusetts", "place", "US"),
 E(MMC, "event", "US"), E("Waltham", "place", "US"), E(MMDIC, "cluster", "US", "MassMEDIC"),
 *[E(c, "company", "IE") for c, _ in IE_COS],
 *[E(t, "place", "IE") for _, t in IE_COS],
 E("Massachusetts Life Sciences Center", "public_body", "US", "MLSC"),
 E("Wyss Institute", "research_org", "US"), E("Harvard University", "university", "US"),
 E("University College Cork", "university", "IE"), E("University of Limerick", "university", "IE"),
 E(MAPD, "event", "US", "Partnering Day"), E("University of Minnesota", "university", "US"),
 E("Earl E. Bakken Medical Devices Center", "research_org", "US"),
 E("Karen Lindqvist", "person", "US"),
 E("Medtronic", "company", "US"), E("Fridley", "place", "US"),
 E("Boston Scientific", "company", "US"), E("Maple Grove", "place", "US"),
 E("BioInnovate Ireland", "programme", "IE"), E("University of Galway", "university", "IE"),
 E("MedTech Rising", "event", "IE"),
 E("Eoin Fitzpatrick", "person", "IE"),
],
relations=[
 R(EI, "partner_of", IMA), R(IMA, "member_of", "Ibec"),
 R("Niamh Gallagher", "works_for", EI), R("Conor Moriarty", "works_for", IMA),
 R(IMA, "partner_of", MAA), R(EI, "partner_of", MAA),
 R(MAA, "located_in", "Minnesota"), R(MAA, "located_in", "Minneapolis"),
 R("IDA Ireland", "located_in", "Boston"), R(EI, "located_in", "Boston"),
 R("Consulate General of Ireland in Boston", "located_in", "Boston"),
 R(MMC, "located_in", "Waltham"), R(MMDIC, "organized", MMC),
 R(EI, "participated_in", MMC), R("Niamh Gallagher", "participated_in", MMC),
 R("Corrib Medical", "participated_in", MMC),
 R(EI, "met_with", "Massachusetts Life Sciences Center"),
 R("Lee Valley Devices", "met_with", "Wyss Institute"), R("Shannon Sensors", "met_with", "Wyss Institute"),
 R("Lee Valley Devices", "partner_of", "University College Cork"),
 R("Shannon Sensors", "partner_of", "University of Limerick"),
 R(MAA, "organized", MAPD), R(MAPD, "located_in", "Minneapolis"),
 *[R(o, "participated_in", MAPD) for o in (EI, IMA, "Conor Moriarty", "Karen Lindqvist")],
 R("Karen Lindqvist", "works_for", MAA),
 R("Medtronic", "met_with", EI), R("Medtronic", "located_in", "Fridley"),
 R("Liffey Cardio", "met_with", "Boston Scientific"), R("Nephin Vascular", "met_with", "Boston Scientific"),
 R("Boston Scientific", "located_in", "Maple Grove"),
 *[R(c, "located_in", t) for c, t in IE_COS],
 *[R(c, "member_of", IMA) for c, _ in IE_COS],
 R(IMA, "organized", "MedTech Rising"), R("MedTech Rising", "located_in", "Galway"),
 R(MAA, "participated_in", "MedTech Rising"),
 R("Eoin Fitzpatrick", "works_for", EI),
])

# --- press release: Scottish Enterprise / Life Sciences Scotland MoU with KBIC -------
SE = "Scottish Enterprise"
LSS = "Life Sciences Scotland"
KBIC = "Kobe Biomedical Innovation Cluster"
BJ24 = "BIO Japan 2024"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
FORUM = "Scotland-Kansai Cell Therapy Forum"
OB = "ORGANO-BRIDGE"
RIKEN = "RIKEN Center for Biosystems Dynamics Research"
AMED = "Japan Agency for Medical Research and Development"
SDI = "Scottish Development International"
SC_COS = (("Forth Organoids", "Edinburgh"), ("Clyde Cell Therapies", "Glasgow"),
          ("Cairngorm Biologics", "Aberdeen"), ("Tay Diagnostics", "Dundee"))
GOLD["scotland-kobe-life-sciences-mou-2024.html"] = dict(
entities=[
 E(SE, "public_body", "GB"), E(LSS, "network", "GB"), E(KBIC, "cluster", "JP", "KBIC"),
 E(BJ24, "event", "JP", "BIO Japan"), E("Yokohama", "place", "JP"),
 E("Department for Business and Trade", "public_body", "GB"),
 E("Eilidh MacLeod", "person", "GB", "MacLeod"), E("Hamish Robertson", "person", "GB"),
 E("Kenji Nakamura", "person", "JP", "Nakamura"), E(FBRI, "research_org", "JP", "FBRI"),
 E("City of Kobe", "public_body", "JP"), E("Kobe", "place", "JP"),
 *[E(c, "company", "GB") for c, _ in SC_COS],
 *[E(t, "place", "GB") for _, t in SC_COS],
 E("Port Island", "place", "JP"), E(FORUM, "event", None),
 E(OB, "project", None), E("University of Dundee", "university", "GB"),
 E(RIKEN, "research_org", "JP"), E("Kobe University", "university", "JP"),
 E("Minatojima Bioprocess", "company", "JP"),
 E("Innovate UK", "public_body", "GB"), E(AMED, "public_body", "JP", "AMED"),
 E(SDI, "public_body", "GB", "SDI"), E("Catriona Fraser", "person", "GB"), E("Tokyo", "place", "JP"),
 E("Takeda Pharmaceutical", "company", "JP"), E("Shionogi", "company", "JP"),
 E("Osaka", "place", "JP"), E("Sysmex", "company", "JP"),
 E("NHS", "public_body", "GB"),
],
relations=[
 R(SE, "partner_of", KBIC), R(LSS, "partner_of", KBIC),
 *[R(o, "participated_in", BJ24) for o in (
   SE, LSS, KBIC, "Eilidh MacLeod", "Hamish Robertson", "Kenji Nakamura",
   "Department for Business and Trade", SDI, "Catriona Fraser",
   *[c for c, _ in SC_COS], "Takeda Pharmaceutical", "Shionogi", "Sysmex")],
 R(BJ24, "located_in", "Yokohama"),
 R("Eilidh MacLeod", "works_for", SE), R("Hamish Robertson", "works_for", LSS),
 R("Kenji Nakamura", "works_for", FBRI), R("Catriona Fraser", "works_for", SDI),
 R(KBIC, "located_in", "Kobe"), R(KBIC, "located_in", "Port Island"),
 R(FORUM, "located_in", "Kobe"), R(FORUM, "located_in", "Glasgow"),
 R("University of Dundee", "leads", OB),
 *[R(o, "consortium_member_of", OB) for o in (
   "University of Dundee", RIKEN, "Kobe University", "Forth Organoids",
   "Clyde Cell Therapies", "Minatojima Bioprocess")],
 R(OB, "funded_by", "Innovate UK"), R(OB, "funded_by", AMED),
 R(RIKEN, "located_in", "Kobe"),
 *[R(c, "located_in", t) for c, t in SC_COS],
 R("Cairngorm Biologics", "met_with", "Takeda Pharmaceutical"),
 R("Cairngorm Biologics", "met_with", "Shionogi"),
 R("Tay Diagnostics", "partner_of", "Sysmex"),
 R("Shionogi", "located_in", "Osaka"), R("Sysmex", "located_in", "Kobe"),
 R(SDI, "located_in", "Tokyo"), R(SE, "located_in", "Glasgow"),
])

# --- event news: One Nucleus, Genesis 2023 -----------------------------------------
ON = "One Nucleus"
G23 = "Genesis 2023"
KB = "Korea Biotechnology Industry Organization"
IUKBC = "Innovate UK Business Connect"
SANGER = "Wellcome Sanger Institute"
UOC = "University of Cambridge"
LBSP = "Leiden Bio Science Park"
GOLD["one-nucleus-genesis-partnering-results-2023.html"] = dict(
entities=[
 E(G23, "event", "GB"), E(ON, "cluster", "GB"), E("London", "place", "GB"),
 E("Cambridge", "place", "GB"),
 E("BioM", "cluster", "DE"), E("Martinsried", "place", "DE"), E("Munich", "place", "DE"),
 E("IZB", "company", "DE"), E("Babraham Research Campus", "place", "GB"),
 E(KB, "cluster", "KR", "KoreaBIO"), E("Seoul", "place", "KR"), E("Songdo", "place", "KR"),
 E("Incheon", "place", "KR"),
 E("Ji-won Park", "person", "KR"), E("Rebecca Holloway", "person", "GB"),
 E("Franziska Weber", "person", "DE"),
 E(LBSP, "cluster", "NL"), E("Leiden", "place", "NL"),
 E("Lyonbiopôle", "cluster", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E("Massachusetts Biotechnology Council", "cluster", "US", "MassBio"),
 E("Enterprise Ireland", "public_body", "IE"),
 E("AstraZeneca", "company", "GB"), E("Cambridge Innovation Capital", "company", "GB"),
 E("Bidwells", "company", "GB"),
 E("Martin Ashby", "person", "GB"), E(UOC, "university", "GB"),
 E("Sarah Okafor", "person", "GB"), E(SANGER, "research_org", "GB"),
 E("Innovate UK", "public_body", "GB"), E("Global Business Innovation Programme", "programme", "GB"),
 E("Tom Ashworth", "person", "GB"), E(IUKBC, "public_body", "GB"),
 E("Hinxton", "place", "GB"), E("Cambridge Enterprise", "company", "GB"),
 E("AMR-LINK", "project", None), E("EU4Health", "programme", None),
 E("BIO-Europe Spring", "event", "ES"), E("Barcelona", "place", "ES"),
 E("MedCity", "cluster", "GB"), E("BioNow", "cluster", "GB"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
 E("Genesis 2024", "event", "GB"),
],
relations=[
 R(ON, "organized", G23), R(G23, "located_in", "London"),
 *[R(o, "participated_in", G23) for o in (
   "BioM", KB, "Ji-won Park", "Rebecca Holloway", "Franziska Weber", LBSP, "Lyonbiopôle",
   "Massachusetts Biotechnology Council", "Enterprise Ireland", "AstraZeneca",
   "Cambridge Innovation Capital", "Bidwells", "Martin Ashby", "Sarah Okafor", "Tom Ashworth")],
 R(ON, "partner_of", "BioM"), R(ON, "partner_of", KB),
 R("BioM", "located_in", "Martinsried"), R("BioM", "located_in", "Munich"),
 R("IZB", "located_in", "Martinsried"), R(KB, "located_in", "Seoul"),
 R(LBSP, "located_in", "Leiden"), R("Lyonbiopôle", "located_in", "Auvergne-Rhône-Alpes"),
 R(SANGER, "located_in", "Hinxton"),
 R("Ji-won Park", "works_for", KB), R("Rebecca Holloway", "works_for", ON),
 R("Franziska Weber", "works_for", "BioM"), R("Martin Ashby", "works_for", UOC),
 R("Sarah Okafor", "works_for", SANGER), R("Tom Ashworth", "works_for", IUKBC),
 R(KB, "met_with", SANGER), R(KB, "met_with", "Cambridge Enterprise"),
 *[R(o, "consortium_member_of", "AMR-LINK") for o in ("BioM", ON, "Lyonbiopôle")],
 R("AMR-LINK", "funded_by", "EU4Health"),
 R(ON, "participated_in", "BIO-Europe Spring"), R("BIO-Europe Spring", "located_in", "Barcelona"),
 *[R(o, "participated_in", "BIO International Convention") for o in (ON, "MedCity", "BioNow")],
 R("BIO International Convention", "located_in", "San Diego"),
 R(ON, "organized", "Genesis 2024"), R("Genesis 2024", "located_in", "London"),
])

# --- newsletter: BioNow (North of England), autumn 2024 -----------------------------
BN = "BioNow"
UB = "Uppsala BIO"
IICON = "Infection Innovation Consortium"
LSTM = "Liverpool School of Tropical Medicine"
NCB = "North Carolina Biotechnology Center"
NHSA = "Northern Health Science Alliance"
NHSAC = "NHSA Annual Conference 2025"
CLSS = "Cheshire Life Sciences Showcase"
BN_MEMBERS = (("Pennine Peptides", "Huddersfield"), ("Mersey Microbiome", "Liverpool"),
              ("Tyne Genomics", "Newcastle upon Tyne"), ("Humber Biocatalysis", "Hull"))
GOLD["bionow-newsletter-autumn-2024.txt"] = dict(
entities=[
 E(BN, "cluster", "GB"), E("North of England", "place", "GB"),
 E("Fiona McAllister", "person", "GB"), E("Stockholm", "place", "SE"),
 E(UB, "cluster", "SE"), E("Manchester", "place", "GB"),
 E("Uppsala University", "university", "SE"), E("Uppsala", "place", "SE"),
 E("Rhys Llewellyn", "person", "GB"), E("Karin Sjöberg", "person", "SE"),
 E(IICON, "project", "GB", "iiCON"), E(LSTM, "university", "GB", "LSTM"),
 E("Strength in Places Fund", "programme", "GB"),
 E("University of Liverpool", "university", "GB"), E("Unilever", "company", "GB"),
 E("Liverpool City Region Combined Authority", "public_body", "GB"),
 E("Oliver Whitcombe", "person", "GB"), E("Cheshire", "place", "GB"),
 E("BIO-Europe", "event", "SE"), E("Department for Business and Trade", "public_body", "GB"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
 E(NCB, "public_body", "US", "NCBiotech"), E("BioOhio", "cluster", "US"),
 E("North Carolina", "place", "US"),
 *[E(c, "company", "GB") for c, _ in BN_MEMBERS],
 *[E(t, "place", "GB") for _, t in BN_MEMBERS],
 E("Newcastle University", "university", "GB"),
 E("BioNow Awards 2025", "event", "GB"),
 E(CLSS, "event", "GB"), E("Alderley Park", "place", "GB"),
 E("Bruntwood SciTech", "company", "GB"),
 E(NHSAC, "event", "GB"), E("Leeds", "place", "GB"), E(NHSA, "network", "GB", "NHSA"),
 E("Innovate UK Launchpad", "programme", "GB", "Launchpad"),
 E("Priya Sharma", "person", "GB"),
],
relations=[
 R(BN, "located_in", "North of England"), R(BN, "located_in", "Manchester"),
 R(BN, "located_in", "Alderley Park"),
 R("Fiona McAllister", "works_for", BN), R("Rhys Llewellyn", "works_for", BN),
 R("Priya Sharma", "works_for", BN), R("Karin Sjöberg", "works_for", UB),
 R(BN, "partner_of", UB), R(UB, "located_in", "Uppsala"),
 *[R(o, "consortium_member_of", IICON) for o in (
   BN, LSTM, "University of Liverpool", "Unilever", "Liverpool City Region Combined Authority")],
 R(LSTM, "leads", IICON), R("Oliver Whitcombe", "leads", IICON),
 R("Oliver Whitcombe", "works_for", LSTM),
 R(IICON, "funded_by", "Strength in Places Fund"),
 R("BIO-Europe", "located_in", "Stockholm"),
 R(BN, "participated_in", "BIO-Europe"), R(UB, "participated_in", "BIO-Europe"),
 R("BIO International Convention", "located_in", "San Diego"),
 *[R(o, "participated_in", "BIO International Convention") for o in (BN, NCB, "BioOhio")],
 R(BN, "met_with", NCB), R(BN, "met_with", "BioOhio"),
 *[R(c, "member_of", BN) for c, _ in BN_MEMBERS],
 *[R(c, "located_in", t) for c, t in BN_MEMBERS],
 R(BN, "organized", "BioNow Awards 2025"), R("BioNow Awards 2025", "located_in", "Manchester"),
 R(BN, "organized", CLSS), R("Bruntwood SciTech", "organized", CLSS),
 R(CLSS, "located_in", "Alderley Park"),
 R(NHSA, "organized", NHSAC), R(NHSAC, "located_in", "Leeds"), R(BN, "participated_in", NHSAC),
 R(BN, "member_of", NHSA),
])

# --- EU consortium kick-off: DIGI-ONCO (Horizon Europe), Belfast ---------------------
DO = "DIGI-ONCO"
KO = "DIGI-ONCO kick-off meeting"
QUB = "Queen's University Belfast"
PG = "Patrick G Johnston Centre for Cancer Research"
INI = "Invest Northern Ireland"
HADEA = "European Health and Digital Executive Agency"
MEVIS = "Fraunhofer Institute for Digital Medicine MEVIS"
CHA = "Charité - Universitätsmedizin Berlin"
VHIO = "Vall d'Hebron Institute of Oncology"
UCD = "University College Dublin"
HCP = "Health Cluster Portugal"
MED = "Medicen Paris Region"
ESP = "European Society of Pathology"
LAGAN = "Lagan Pathology Ltd"
PARTNERS = ((QUB, "Belfast"), ("Ulster University", "Coleraine"), (LAGAN, "Belfast"),
            (MEVIS, "Bremen"), (CHA, "Berlin"), (VHIO, "Barcelona"), (UCD, "Dublin"),
            (HCP, "Porto"), (MED, "Paris"), (ESP, "Brussels"))
NIDPN = "Northern Ireland Digital Pathology Network"
GOLD["digi-onco-consortium-kickoff-belfast-2024.md"] = dict(
entities=[
 E(DO, "project", None), E(KO, "event", "GB"), E("Belfast", "place", "GB"),
 E("Horizon Europe", "programme", None), E(QUB, "university", "GB", "QUB"),
 E(PG, "research_org", "GB", "PGJCCR"), E("Catalyst", "cluster", "GB"),
 E("Titanic Quarter", "place", "GB"),
 E("Siobhán Ní Bhriain", "person", "GB"), E("Ciarán O'Donovan", "person", "GB", "O'Donovan"),
 E(INI, "public_body", "GB"), E("Ana Ribeiro", "person", None),
 E(HADEA, "public_body", None, "HaDEA"),
 E("Ulster University", "university", "GB"), E("Coleraine", "place", "GB"),
 E(LAGAN, "company", "GB", "Lagan Pathology"),
 E(MEVIS, "research_org", "DE", "Fraunhofer MEVIS"), E("Bremen", "place", "DE"),
 E(CHA, "university", "DE", "Charité"), E("Berlin", "place", "DE"),
 E(VHIO, "research_org", "ES", "VHIO"), E("Barcelona", "place", "ES"),
 E(UCD, "university", "IE", "UCD"), E("Dublin", "place", "IE"),
 E(HCP, "cluster", "PT", "HCP"), E("Porto", "place", "PT"),
 E(MED, "cluster", "FR"), E("Paris", "place", "FR"),
 E(ESP, "network", None, "ESP"), E("Brussels", "place", "BE"),
 E("Joana Mendes", "person", "PT"), E("Lena Hoffmann", "person", "DE"),
 E("Gareth Boyd", "person", "GB"),
 E("NI-PATH", "project", "GB"), E(NIDPN, "network", "GB"),
 E("Belfast Health and Social Care Trust", "public_body", "GB"),
 E("European Union", "public_body", None),
],
relations=[
 R(DO, "funded_by", "Horizon Europe"), R(DO, "funded_by", "European Union"),
 R(QUB, "leads", DO), R("Siobhán Ní Bhriain", "leads", DO),
 *[R(o, "consortium_member_of", DO) for o, _ in PARTNERS],
 *[R(o, "located_in", c) for o, c in PARTNERS],
 R(QUB, "organized", KO), R(KO, "located_in", "Belfast"), R(KO, "located_in", "Titanic Quarter"),
 *[R(o, "participated_in", KO) for o, _ in PARTNERS if o != QUB],
 *[R(p, "participated_in", KO) for p in ("Siobhán Ní Bhriain", "Ciarán O'Donovan", "Ana Ribeiro")],
 R("Catalyst", "located_in", "Titanic Quarter"),
 R("Siobhán Ní Bhriain", "works_for", PG), R("Ciarán O'Donovan", "works_for", INI),
 R("Ana Ribeiro", "works_for", HADEA), R("Joana Mendes", "works_for", HCP),
 R("Lena Hoffmann", "works_for", MEVIS), R("Gareth Boyd", "works_for", LAGAN),
 R("NI-PATH", "funded_by", INI),
 R(QUB, "leads", NIDPN), R("Belfast Health and Social Care Trust", "leads", NIDPN),
])

# --- delegation report: BioPharmaChem Ireland in Singapore and Korea ----------------
BPCI = "BioPharmaChem Ireland"
NIBRT = "National Institute for Bioprocessing Research and Training"
EDB = "Singapore Economic Development Board"
BTI = "Bioprocessing Technology Institute"
SBF = "Singapore Biomanufacturing Forum"
SMF = "Singapore Manufacturing Federation"
KOBIA = "Korea Biomedicine Industry Association"
IFEZ = "Incheon Free Economic Zone Authority"
SB = "Samsung Biologics"
BPCI_COS = (("Slaney Bioprocess", "Wexford"), ("Barrow Single-Use Systems", "Carlow"),
            ("Suir Analytics", "Waterford"))
GOLD["biopharmachem-ireland-asia-delegation-2023.txt"] = dict(
entities=[
 E(BPCI, "cluster", "IE", "BPCI"), E("Ibec", "network", "IE"), E("Dublin", "place", "IE"),
 E(NIBRT, "research_org", "IE", "NIBRT"), E("IDA Ireland", "public_body", "IE"),
 E("Enterprise Ireland", "public_body", "IE"),
 E("Declan Byrne", "person", "IE"), E("Ronan Whelan", "person", "IE"),
 E(EDB, "public_body", "SG", "EDB"), E("Tuas Biomedical Park", "place", "SG"),
 E("Slaney Bioprocess", "company", "IE", "Slaney"),
 *[E(c, "company", "IE") for c, _ in BPCI_COS[1:]],
 *[E(t, "place", "IE") for _, t in BPCI_COS],
 E(BTI, "research_org", "SG", "BTI"), E("A*STAR", "public_body", "SG"),
 E("Biopolis", "place", "SG"),
 E("Aoife Keane", "person", "IE"), E("Lim Wei Ling", "person", "SG"),
 E(SBF, "event", "SG"), E(SMF, "network", "SG"),
 E("BIO KOREA 2023", "event", "KR"), E("Seoul", "place", "KR"),
 E(KOBIA, "cluster", "KR", "KoBIA"), E("CPHI Worldwide", "event", "ES"),
 E("Barcelona", "place", "ES"), E("Songdo", "place", "KR"), E("Incheon", "place", "KR"),
 E(IFEZ, "public_body", "KR", "IFEZ"), E(SB, "company", "KR"),
 E("Yonsei University", "university", "KR"), E("K-NIBRT", "research_org", "KR"),
 E("Kim Min-jun", "person", "KR"), E("Sinead Corcoran", "person", "IE"),
 E("Cork", "place", "IE"), E("Irish Research Council", "public_body", "IE"),
 E("Global Ambition", "programme", "IE"), E("BIO KOREA 2024", "event", "KR"),
],
relations=[
 R(BPCI, "member_of", "Ibec"), R(BPCI, "located_in", "Dublin"), R("Ibec", "located_in", "Dublin"),
 R("Declan Byrne", "works_for", BPCI), R("Ronan Whelan", "works_for", "IDA Ireland"),
 R("Aoife Keane", "works_for", NIBRT), R("Lim Wei Ling", "works_for", BTI),
 R("Kim Min-jun", "works_for", "K-NIBRT"), R("Sinead Corcoran", "works_for", "Barrow Single-Use Systems"),
 R(BPCI, "met_with", EDB),
 *[R(c, "located_in", t) for c, t in BPCI_COS],
 *[R(c, "member_of", BPCI) for c, _ in BPCI_COS],
 R(NIBRT, "partner_of", BTI), R(NIBRT, "located_in", "Dublin"),
 R(EDB, "organized", SBF), R(SMF, "organized", SBF),
 *[R(o, "participated_in", SBF) for o in (BPCI, "Declan Byrne", "Suir Analytics", "Enterprise Ireland")],
 R("BIO KOREA 2023", "located_in", "Seoul"),
 R(BPCI, "participated_in", "BIO KOREA 2023"), R(KOBIA, "participated_in", "BIO KOREA 2023"),
 R(BPCI, "partner_of", KOBIA),
 R("CPHI Worldwide", "located_in", "Barcelona"),
 R(BPCI, "participated_in", "CPHI Worldwide"), R(KOBIA, "participated_in", "CPHI Worldwide"),
 R(BPCI, "met_with", IFEZ), R(BPCI, "met_with", SB), R(BPCI, "met_with", "K-NIBRT"),
 R(SB, "located_in", "Songdo"), R("K-NIBRT", "located_in", "Songdo"),
 R("Slaney Bioprocess", "partner_of", SB),
])

# --- programme news: Global Incubator Programme, 2024 life sciences cohort ----------
MCHT = "MassChallenge HealthTech"
SBH = "Seoul Bio Hub"
KIST = "Korea Institute of Science and Technology"
BOOT = "Global Incubator Programme Bootcamp"
BOSTON_COS = (("Avon Bioinformatics", "Bristol"), ("Solent Surgical", "Southampton"),
              ("Mourne Medical", "Newry"), ("Kelpie Therapeutics", "Inverness"))
SEOUL_COS = (("Dyfi Diagnostics", "Aberystwyth"), ("Cotswold Cell", "Cheltenham"),
             ("Medway Microfluidics", "Rochester"), ("Fenland Phage", "Ely"))
COS = BOSTON_COS + SEOUL_COS
GOLD["global-incubator-programme-life-sciences-cohort-2024.html"] = dict(
entities=[
 E(IUKBC, "public_body", "GB"), E("London", "place", "GB"),
 E("Global Incubator Programme", "programme", "GB"), E("Innovate UK", "public_body", "GB"),
 E("Department for Business and Trade", "public_body", "GB", "DBT"),
 E(MCHT, "company", "US"), E("Boston", "place", "US"),
 E(SBH, "cluster", "KR"), E(KIST, "research_org", "KR", "KIST"), E("Seoul", "place", "KR"),
 E("Laura Kendrick", "person", "GB"),
 *[E(c, "company", "GB") for c, _ in COS],
 *[E(t, "place", "GB") for _, t in COS],
 E("MediWales", "network", "GB"), E("Highlands and Islands Enterprise", "public_body", "GB", "HIE"),
 E("Seán Mulholland", "person", "GB"), E(INI, "public_body", "GB"),
 E(BOOT, "event", "GB"), E("Manchester", "place", "GB"), E("Manchester Science Park", "place", "GB"),
 E("BIO KOREA 2024", "event", "KR"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
 E("MassChallenge HealthTech Showcase", "event", "US"),
 E("Seoul Bio Hub Demo Day", "event", "KR"),
 E(KHIDI, "public_body", "KR", "KHIDI"),
 E("Emily Carter", "person", "US"), E("Park So-yeon", "person", "KR"),
 E("Bethan Morgan", "person", "GB"), E("Cambridge Innovation Center", "company", "US"),
],
relations=[
 R(IUKBC, "located_in", "London"), R(IUKBC, "partner_of", "Department for Business and Trade"),
 R(MCHT, "located_in", "Boston"), R(SBH, "located_in", "Seoul"), R(KIST, "located_in", "Seoul"),
 R("Laura Kendrick", "works_for", IUKBC),
 *[R(c, "located_in", t) for c, t in COS],
 R("Dyfi Diagnostics", "member_of", "MediWales"),
 R("Seán Mulholland", "works_for", "Mourne Medical"),
 R(IUKBC, "organized", BOOT), R(BOOT, "located_in", "Manchester"),
 R(BOOT, "located_in", "Manchester Science Park"),
 *[R(c, "participated_in", BOOT) for c, _ in COS], R("Park So-yeon", "participated_in", BOOT),
 R("BIO KOREA 2024", "located_in", "Seoul"),
 *[R(c, "participated_in", "BIO KOREA 2024") for c, _ in SEOUL_COS],
 R("Department for Business and Trade", "participated_in", "BIO KOREA 2024"),
 R("BIO International Convention", "located_in", "San Diego"),
 *[R(c, "participated_in", "BIO International Convention") for c, _ in BOSTON_COS],
 R("Department for Business and Trade", "participated_in", "BIO International Convention"),
 R(MCHT, "organized", "MassChallenge HealthTech Showcase"),
 R("MassChallenge HealthTech Showcase", "located_in", "Boston"),
 R(SBH, "organized", "Seoul Bio Hub Demo Day"), R(KHIDI, "organized", "Seoul Bio Hub Demo Day"),
 R(MCHT, "partner_of", IUKBC), R("Emily Carter", "works_for", MCHT),
 R(SBH, "partner_of", IUKBC), R("Park So-yeon", "works_for", SBH),
 R("Bethan Morgan", "works_for", "Dyfi Diagnostics"),
 R("Cambridge Innovation Center", "located_in", "Boston"),
])


def check():
    assert len(GOLD) == 8, len(GOLD)
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert set(e) == {"name", "type", "country", "aliases"}, (doc, e)
            assert e["type"] in TYPES, (doc, e)
            assert e["name"] not in types, (doc, "duplicate entity", e["name"])
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (doc, e)
            types[e["name"]] = e["type"]
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, (doc, "surface form used twice", form, forms.get(key), e["name"])
                forms[key] = e["name"]
                assert key in text, (doc, "not in text", form)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (doc, r)
            assert s in types, (doc, "undeclared subject", r)
            assert o in types, (doc, "undeclared object", r)
            assert s != o, (doc, r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, (doc, "subject type", types[s], r)
            assert types[o] in obj_ok, (doc, "object type", types[o], r)
            key = (p, frozenset((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)


check()

for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.name, len(gold["entities"]), len(gold["relations"]))
