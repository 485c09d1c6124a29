"""Hand annotations of the `train-ae` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ae/make_gold_train_ae.py

Theme: India, Southeast Asia, Australia and New Zealand clusters and agencies
partnering with European and American ones. Same rules as the README
("Documents and gold"), written by a separate annotator.

Conventions used in this set:
- Planned participations stated as agreed ("will take a delegation to ...")
  are annotated like past ones.
- A project coordinator gets both `leads` and `consortium_member_of`; a person
  named as coordinator / lead investigator gets `leads`.
- Start-ups incubated at a cluster, or stated members of it, are `member_of`
  it (only where the host is a cluster; an incubator typed research_org gets
  no relation, as member_of needs a network/cluster object).
- Everyone on a trade mission whose programme *is* an event is annotated as
  participating in that event; named missions are events of their own.
- National industry associations (AusBiotech, AgriTech New Zealand, CII,
  Swiss Biotech Association, JBA) are `network`; regional cluster
  organisations and incubator hubs (BioMelbourne Network, MTPConnect,
  Bangalore Bioinnovation Centre, IKP Knowledge Park, WGCIT) are `cluster`.
- Singapore is a country and is not annotated as a place; its districts
  (Biopolis, one-north, Fusionopolis, Marina Bay) are.
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-ae"

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

# --- 1. annual-report chapter: Bangalore Bioinnovation Centre ---------------------
BBC = "Bangalore Bioinnovation Centre"
BIRAC = "Biotechnology Industry Research Assistance Council"
MVA = "Medicon Valley Alliance"
MB = "Massachusetts Biotechnology Council"
LBSP = "Leiden Bio Science Park"
SES = "India–Europe Bio Partnering Session"
BTS = "Bengaluru Tech Summit 2023"
BES = "BIO-Europe Spring 2024"
BIO = "BIO International Convention 2024"
AMR = "AMR-BRIDGE"
IISC = "Indian Institute of Science"
INCUBATEES = ("Aranya Biologics", "SuraVax Therapeutics", "Nanobiosense Labs")
GOLD["bangalore-bioinnovation-centre-annual-report-2024.md"] = dict(
entities=[
 E(BBC, "cluster", "IN", "BBC"), E("Electronic City", "place", "IN"), E("Bengaluru", "place", "IN"),
 E("Karnataka Innovation and Technology Society", "public_body", "IN", "KITS"),
 E(BIRAC, "public_body", "IN", "BIRAC"), E("BioNEST", "programme", "IN"),
 E("Karnataka", "place", "IN"), E("Kavitha Raghunathan", "person", "IN", "Raghunathan"),
 E(MVA, "cluster", "DK", "MVA"), E("Copenhagen", "place", "DK"), E("Øresund region", "place", None),
 E("Anders Lindqvist", "person", "SE"), E("BioM", "cluster", "DE"), E("Munich", "place", "DE"),
 E(LBSP, "cluster", "NL"), E("Leiden", "place", "NL"),
 E(MB, "cluster", "US", "MassBio"), E("Cambridge", "place", "US"), E("Massachusetts", "place", "US"),
 E("Sandeep Hegde", "person", "IN"), E(SES, "event", "IN"), E(BTS, "event", "IN"),
 E("Government of Karnataka", "public_body", "IN"),
 E(BES, "event", "ES"), E("Barcelona", "place", "ES"), E("Biocat", "cluster", "ES"),
 E(BIO, "event", "US", "BIO 2024"), E("San Diego", "place", "US"),
 E("Invest India", "public_body", "IN"),
 *[E(c, "company", "IN") for c in INCUBATEES],
 E(AMR, "project"), E("Horizon Europe", "programme"),
 E("Ghent University", "university", "BE"), E("Ghent", "place", "BE"),
 E(IISC, "university", "IN", "IISc"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("BIO-Europe 2024", "event", "SE"), E("Stockholm", "place", "SE"),
],
relations=[
 R(BBC, "located_in", "Electronic City"), R(BBC, "located_in", "Bengaluru"),
 R("Kavitha Raghunathan", "works_for", BBC),
 R(BBC, "partner_of", MVA), R(MVA, "located_in", "Copenhagen"), R(MVA, "located_in", "Øresund region"),
 R("Anders Lindqvist", "works_for", MVA),
 R(BBC, "partner_of", "BioM"), R("BioM", "located_in", "Munich"),
 R(BBC, "partner_of", LBSP), R(LBSP, "located_in", "Leiden"),
 R(BBC, "partner_of", MB), R(MB, "located_in", "Cambridge"), R(MB, "located_in", "Massachusetts"),
 R("Sandeep Hegde", "works_for", BBC),
 R(BBC, "organized", SES), R(SES, "located_in", "Bengaluru"), R(BBC, "participated_in", BTS),
 R(BTS, "located_in", "Bengaluru"), R("Government of Karnataka", "organized", BTS),
 R(BBC, "participated_in", BES), R(BES, "located_in", "Barcelona"),
 R(BBC, "met_with", "Biocat"), R("Biocat", "located_in", "Barcelona"), R("Biocat", "participated_in", BES),
 R(BBC, "participated_in", BIO), R(BIO, "located_in", "San Diego"),
 R("Invest India", "participated_in", BIO), R(BIRAC, "participated_in", BIO),
 *[R(c, "participated_in", BIO) for c in INCUBATEES],
 *[R(c, "member_of", BBC) for c in INCUBATEES],
 R("SuraVax Therapeutics", "met_with", MB), R(MB, "participated_in", BIO),
 R(AMR, "funded_by", "Horizon Europe"), R(AMR, "funded_by", BIRAC),
 R("Ghent University", "leads", AMR),
 *[R(o, "consortium_member_of", AMR) for o in (BBC, "Ghent University", IISC, "Nanobiosense Labs", MVA)],
 R("Ghent University", "located_in", "Ghent"), R(IISC, "located_in", "Bengaluru"),
 R(BBC, "member_of", "Council of European BioRegions"),
 R(BBC, "participated_in", "BIO-Europe 2024"), R("BIO-Europe 2024", "located_in", "Stockholm"),
])

# --- 2. mission report: MTPConnect medtech mission to Germany ---------------------
MTP = "MTPConnect"
MIS = "Australian MedTech Mission to Germany"
MED = "MEDICA 2023"
AUS = "Australian Trade and Investment Commission"
BMN = "BioMelbourne Network"
RT = "Australia–Germany MedTech Roundtable"
AHK = "German-Australian Chamber of Industry and Commerce"
EMN = "Medical Valley Europäische Metropolregion Nürnberg"
IIS = "Fraunhofer Institute for Integrated Circuits IIS"
FAU = "Friedrich-Alexander-Universität Erlangen-Nürnberg"
FRK = "Frankonia MedTech GmbH"
DELEGATION = (("Cortexa Medical", "Melbourne"), ("NeuroSonic Devices", "Brisbane"),
              ("Ortho3D Australia", "Adelaide"), ("Kalpa Health", "Sydney"))
GOLD["mtpconnect-medtech-mission-germany-2023.html"] = dict(
entities=[
 E(MTP, "cluster", "AU"), E("Melbourne", "place", "AU"), E(MIS, "event", "DE"),
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"), E("Erlangen", "place", "DE"),
 E(AUS, "public_body", "AU", "Austrade"), E("Global Victoria", "public_body", "AU"),
 E(BMN, "cluster", "AU"),
 E("Export Market Development Grants", "programme", "AU", "EMDG"),
 E("Priya Nair", "person", "AU"), E("Messe Düsseldorf", "company", "DE"),
 E("COMPAMED 2023", "event", "DE", "COMPAMED"),
 E(AHK, "public_body", "AU", "AHK Australia"), E(RT, "event", "DE"),
 E("Germany Trade and Invest", "public_body", "DE", "GTAI"),
 E("Mei Ling Tan", "person", "AU"), E("Frankfurt", "place", "DE"),
 E(EMN, "cluster", "DE", "Medical Valley EMN", "Medical Valley"),
 E("Lukas Brandt", "person", "DE"),
 E(IIS, "research_org", "DE"), E(FAU, "university", "DE", "FAU"),
 E("Monash University", "university", "AU"),
 *[E(c, "company", "AU") for c, _ in DELEGATION],
 *[E(t, "place", "AU") for _, t in DELEGATION if t != "Melbourne"],
 E("Rajesh Iyer", "person", "AU"), E(FRK, "company", "DE"),
 E("MEDICA 2024", "event", "DE"),
],
relations=[
 R(MTP, "located_in", "Melbourne"),
 *[R(o, "organized", MIS) for o in (MTP, AUS, "Global Victoria", BMN)],
 R(MIS, "located_in", "Düsseldorf"), R(MIS, "located_in", "Erlangen"),
 R(MTP, "participated_in", MED), R(MED, "located_in", "Düsseldorf"),
 R("Priya Nair", "works_for", MTP), R("Priya Nair", "participated_in", MIS),
 R("Priya Nair", "participated_in", MED),
 R("Messe Düsseldorf", "organized", MED), R(AUS, "participated_in", MED),
 R("COMPAMED 2023", "located_in", "Düsseldorf"),
 R(MTP, "organized", RT), R(AHK, "organized", RT), R(RT, "located_in", "Düsseldorf"),
 R("Germany Trade and Invest", "participated_in", RT),
 R("Mei Ling Tan", "works_for", AUS),
 R(EMN, "located_in", "Erlangen"), R(MTP, "partner_of", EMN), R("Lukas Brandt", "works_for", EMN),
 R(IIS, "located_in", "Erlangen"), R(FAU, "located_in", "Erlangen"),
 R(FAU, "partner_of", "Monash University"), R("Monash University", "located_in", "Melbourne"),
 R("Monash University", "participated_in", MIS),
 *[R(c, "located_in", t) for c, t in DELEGATION],
 *[R(c, "participated_in", MIS) for c, _ in DELEGATION],
 *[R(c, "participated_in", MED) for c, _ in DELEGATION],
 R("Cortexa Medical", "member_of", BMN), R("Kalpa Health", "member_of", BMN),
 R("Rajesh Iyer", "works_for", "Cortexa Medical"),
 R("Cortexa Medical", "partner_of", FRK), R("Cortexa Medical", "met_with", FRK),
 R(FRK, "located_in", "Erlangen"), R(FRK, "member_of", EMN), R(FRK, "participated_in", MED),
 R("Ortho3D Australia", "member_of", EMN),
 R(MTP, "participated_in", "MEDICA 2024"),
])

# --- 3. delegation report: NZTE agritech mission to California ---------------------
NZTE = "New Zealand Trade and Enterprise"
ATNZ = "AgriTech New Zealand"
WAT = "World Agri-Tech Innovation Summit 2024"
SHOW = "Aotearoa Agritech Showcase"
PS = "Paddock Sense Ltd"
WG = "Western Growers Center for Innovation & Technology"
UCD = "University of California, Davis"
LU = "Lincoln University"
AIFS = "AI Institute for Next Generation Food Systems"
PA = "PASTURE-AI"
MBIE = "Ministry of Business, Innovation and Employment"
PFR = "Plant & Food Research"
NZ_COMPANIES = ((PS, "Hamilton"), ("Kiwi Orchard Robotics", "Tauranga"),
                ("Whenua Analytics", "Christchurch"), ("BioFern Solutions", "Palmerston North"),
                ("Rautaki Water", "Auckland"))
GOLD["nzte-agritech-mission-california-2024.txt"] = dict(
entities=[
 E(NZTE, "public_body", "NZ", "NZTE", "Te Taurapa Tūhono"), E(ATNZ, "network", "NZ"),
 E("California", "place", "US"),
 E(WAT, "event", "US", "World Agri-Tech Innovation Summit"), E("San Francisco", "place", "US"),
 E("Rethink Events", "company", "GB"), E("Salinas", "place", "US"), E("Davis", "place", "US"),
 E("Callaghan Innovation", "public_body", "NZ"), E("Aroha Te Whata", "person", "NZ"),
 E(SHOW, "event", "US"), E("New Zealand Consulate-General", "public_body", "NZ"),
 E("Rohan Prakash", "person", "NZ"),
 *[E(c, "company", "NZ") for c, _ in NZ_COMPANIES], *[E(t, "place", "NZ") for _, t in NZ_COMPANIES],
 E("Waikato", "place", "NZ"), E("THRIVE Agrifood", "company", "US"), E("SVG Ventures", "company", "US"),
 E(WG, "cluster", "US", "WGCIT"), E("Neha Kapoor", "person", "US"),
 E(UCD, "university", "US", "UC Davis"), E(LU, "university", "NZ", "Te Whare Wānaka o Aoraki"),
 E(AIFS, "research_org", "US", "AIFS"), E("Tamati Ruru", "person", "NZ"),
 E("AgResearch", "research_org", "NZ"), E(PA, "project"),
 E(MBIE, "public_body", "NZ", "MBIE"), E("Catalyst Fund", "programme", "NZ"),
 E(PFR, "research_org", "NZ", "Rangahau Ahumāra Kai"),
 E("Anjali Sharma", "person", "NZ"), E("Vikram Singh", "person", "NZ"),
 E("Food HQ", "cluster", "NZ"),
 E("World Agri-Tech Innovation Summit London 2024", "event", "GB"),
 E("Mereana Kaur-Walker", "person", "NZ"),
],
relations=[
 R(NZTE, "participated_in", WAT), R(ATNZ, "participated_in", WAT),
 R(WAT, "located_in", "San Francisco"), R("Rethink Events", "organized", WAT),
 R("Aroha Te Whata", "works_for", ATNZ),
 R(NZTE, "organized", SHOW), R(SHOW, "located_in", "San Francisco"),
 R("New Zealand Consulate-General", "located_in", "San Francisco"),
 R("Rohan Prakash", "works_for", NZTE),
 *[R(c, "located_in", t) for c, t in NZ_COMPANIES],
 *[R(c, "participated_in", WAT) for c, _ in NZ_COMPANIES],
 *[R(c, "member_of", ATNZ) for c, _ in NZ_COMPANIES],
 R(PS, "met_with", "THRIVE Agrifood"), R("THRIVE Agrifood", "participated_in", WAT),
 R("AgResearch", "participated_in", WAT), R(LU, "participated_in", WAT),
 R(WG, "located_in", "Salinas"), R(ATNZ, "partner_of", WG), R("Neha Kapoor", "works_for", WG),
 R(LU, "partner_of", UCD), R(LU, "partner_of", AIFS), R("Tamati Ruru", "works_for", LU),
 R(UCD, "located_in", "Davis"),
 R(PA, "funded_by", MBIE), R(PA, "funded_by", "Catalyst Fund"), R("AgResearch", "leads", PA),
 *[R(o, "consortium_member_of", PA) for o in ("AgResearch", PFR, PS, UCD)],
 R("Anjali Sharma", "works_for", "AgResearch"), R("Anjali Sharma", "leads", PA),
 R("Vikram Singh", "works_for", PS),
 R("BioFern Solutions", "member_of", "Food HQ"), R("Food HQ", "located_in", "Palmerston North"),
 R(NZTE, "participated_in", "World Agri-Tech Innovation Summit London 2024"),
 R("Mereana Kaur-Walker", "works_for", NZTE),
])

# --- 4. press release: A*STAR / Medicen Paris Region MoU ---------------------------
ASTAR = "Agency for Science, Technology and Research"
MEDICEN = "Medicen Paris Region"
VT = "VivaTech 2024"
EDB = "Singapore Economic Development Board"
DXD = "Diagnostics Development Hub"
IBB = "Institute of Bioengineering and Bioimaging"
UPS = "Université Paris-Saclay"
LUM = "Lumina Diagnostics Pte Ltd"
KAI = "Kairos Imaging SAS"
MFA = "Medical Fair Asia 2024"
GOLD["astar-medicen-diagnostics-mou-2024.md"] = dict(
entities=[
 E(ASTAR, "public_body", "SG", "A*STAR"), E(MEDICEN, "cluster", "FR", "Medicen"),
 E("Île-de-France", "place", "FR", "Île-de-France Region"),
 E(VT, "event", "FR", "VivaTech"), E("Paris", "place", "FR"),
 E(EDB, "public_body", "SG", "EDB"), E("Business France", "public_body", "FR"),
 E(DXD, "research_org", "SG", "DxD Hub"), E("Biopolis", "place", "SG"), E("one-north", "place", "SG"),
 E("Paris-Saclay", "place", "FR"), E("Choose Paris Region", "public_body", "FR"),
 E("Tan Wei Ming", "person", "SG"), E("Jean-Baptiste Morel", "person", "FR"),
 E("Gustave Roussy", "research_org", "FR"), E("Villejuif", "place", "FR"),
 E("National University Hospital", "research_org", "SG", "NUH"),
 E(IBB, "research_org", "SG", "IBB"), E(UPS, "university", "FR"),
 E("SMART-DX", "project"), E("Merlion Programme", "programme"),
 E("Enterprise Singapore", "public_body", "SG"),
 E(LUM, "company", "SG"), E("Genopole", "cluster", "FR"), E("Évry", "place", "FR"),
 E(KAI, "company", "FR", "Kairos Imaging"), E("Nurul Aisyah Rahman", "person", "SG"),
 E(MFA, "event", "SG"), E("Marina Bay", "place", "SG"), E("Claire Dubois", "person", "FR"),
 E("Fusionopolis", "place", "SG"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("France Clusters", "network", "FR"), E("Rachel Goh", "person", "SG"),
],
relations=[
 R(ASTAR, "partner_of", MEDICEN), R(MEDICEN, "located_in", "Île-de-France"),
 *[R(o, "participated_in", VT) for o in (ASTAR, MEDICEN, EDB, "Business France", LUM, KAI)],
 R(VT, "located_in", "Paris"),
 R(DXD, "partner_of", MEDICEN), R(DXD, "located_in", "Biopolis"),
 R("Choose Paris Region", "located_in", "Île-de-France"),
 R("Tan Wei Ming", "works_for", DXD), R("Jean-Baptiste Morel", "works_for", MEDICEN),
 R("Gustave Roussy", "located_in", "Villejuif"), R("Gustave Roussy", "partner_of", "National University Hospital"),
 R(IBB, "consortium_member_of", "SMART-DX"), R(UPS, "consortium_member_of", "SMART-DX"),
 R("SMART-DX", "funded_by", "Merlion Programme"),
 R(LUM, "member_of", "Genopole"), R(LUM, "located_in", "Évry"), R("Genopole", "located_in", "Évry"),
 R(KAI, "member_of", MEDICEN), R(KAI, "located_in", "Paris"), R(KAI, "met_with", LUM),
 R("Nurul Aisyah Rahman", "works_for", EDB),
 *[R(o, "participated_in", MFA) for o in (ASTAR, MEDICEN, "Business France")],
 R(MFA, "located_in", "Marina Bay"), R("Claire Dubois", "works_for", "Business France"),
 R(ASTAR, "located_in", "Biopolis"), R(ASTAR, "located_in", "Fusionopolis"),
 R(MEDICEN, "member_of", "Council of European BioRegions"), R(MEDICEN, "member_of", "France Clusters"),
 R("Rachel Goh", "works_for", ASTAR),
])

# --- 5. news release: MDEC soft-landing programme, European cohort -----------------
MDEC = "Malaysia Digital Economy Corporation"
PSC = "Penang Science Cluster"
UM = "Universiti Malaya"
UTM = "Universiti Teknologi Malaysia"
FF = "Futur.e.s Festival"
HM = "Hannover Messe 2024"
MIDA = "Malaysian Investment Development Authority"
COHORT = (("Lumeo Data SAS", "Paris", "FR"), ("Wattwise GmbH", "Dresden", "DE"),
          ("Qubitcraft B.V.", "Eindhoven", "NL"), ("Tallyfin Ltd", "Dublin", "IE"))
GOLD["mdec-soft-landing-european-cohort-2023.html"] = dict(
entities=[
 E(MDEC, "public_body", "MY", "MDEC"), E("Cyberjaya", "place", "MY"),
 E("Malaysia Digital Soft-Landing Programme", "programme", "MY", "MDSLP"),
 E("Cap Digital", "cluster", "FR"), E("Paris", "place", "FR"), E(FF, "event", "FR"),
 E("Silicon Saxony", "cluster", "DE"), E("Dresden", "place", "DE"),
 E("Brainport Development", "public_body", "NL"), E("Eindhoven", "place", "NL"),
 E("Enterprise Ireland", "public_body", "IE"), E("Slush 2023", "event", "FI"), E("Helsinki", "place", "FI"),
 E("Ahmad Faizal bin Hassan", "person", "MY"),
 E("Lumeo Data SAS", "company", "FR"), E("Wattwise GmbH", "company", "DE", "Wattwise"),
 E("Qubitcraft B.V.", "company", "NL"), E("Tallyfin Ltd", "company", "IE"), E("Dublin", "place", "IE"),
 E(UM, "university", "MY", "UM"), E(PSC, "cluster", "MY"), E(UTM, "university", "MY", "UTM"),
 E("Cradle Fund", "public_body", "MY"),
 E("Lyon", "place", "FR"), E("Leipzig", "place", "DE"), E("Rotterdam", "place", "NL"), E("Cork", "place", "IE"),
 E(MIDA, "public_body", "MY", "MIDA"), E("George Town", "place", "MY"),
 E("Ooi Boon Keat", "person", "MY"), E("Johor Bahru", "place", "MY"), E("Kuala Lumpur", "place", "MY"),
 E("Katrin Vogel", "person", "DE"), E("Penang", "place", "MY"), E("Saxony", "place", "DE"),
 E("KL20 Summit 2024", "event", "MY"), E(HM, "event", "DE"),
 E("Lim Siew Ling", "person", "MY"), E("Digital Catapult", "public_body", "GB"), E("London", "place", "GB"),
 E("Torino Wireless", "cluster", "IT"), E("Kavita Subramaniam", "person", "MY"),
 E("Selangor", "place", "MY"), E("Ministry of Digital", "public_body", "MY"),
],
relations=[
 R(MDEC, "located_in", "Cyberjaya"), R(MDEC, "located_in", "Selangor"),
 *[R(MDEC, "partner_of", o) for o in ("Cap Digital", "Silicon Saxony", "Brainport Development",
                                       "Enterprise Ireland")],
 R("Cap Digital", "located_in", "Paris"), R("Cap Digital", "organized", FF), R(FF, "located_in", "Paris"),
 R(MDEC, "participated_in", FF),
 R("Silicon Saxony", "located_in", "Dresden"), R("Brainport Development", "located_in", "Eindhoven"),
 R("Enterprise Ireland", "participated_in", "Slush 2023"), R(MDEC, "participated_in", "Slush 2023"),
 R("Slush 2023", "located_in", "Helsinki"),
 R("Ahmad Faizal bin Hassan", "works_for", MDEC),
 *[R(c, "located_in", t) for c, t, _ in COHORT],
 R("Lumeo Data SAS", "partner_of", UM), R("Wattwise GmbH", "member_of", PSC),
 R("Qubitcraft B.V.", "partner_of", UTM),
 R(PSC, "located_in", "George Town"), R(PSC, "located_in", "Penang"), R("Ooi Boon Keat", "works_for", PSC),
 R(UTM, "located_in", "Johor Bahru"), R(UM, "located_in", "Kuala Lumpur"),
 R("Katrin Vogel", "works_for", "Silicon Saxony"),
 R(MDEC, "participated_in", "KL20 Summit 2024"), R("KL20 Summit 2024", "located_in", "Kuala Lumpur"),
 R(MDEC, "participated_in", HM), R(MIDA, "participated_in", HM), R("Silicon Saxony", "participated_in", HM),
 R("Lim Siew Ling", "works_for", MDEC), R("Digital Catapult", "located_in", "London"),
 R("Kavita Subramaniam", "works_for", MDEC),
])

# --- 6. consortium kick-off: BIOCIRC-SEA at Thailand Science Park ------------------
BC = "BIOCIRC-SEA"
NSTDA = "National Science and Technology Development Agency"
BIOTEC = "National Center for Genetic Engineering and Biotechnology"
WUR = "Wageningen University & Research"
CIRAD = "Centre de coopération internationale en recherche agronomique pour le développement"
VTT = "VTT Technical Research Centre of Finland"
BBEPP = "Bio Base Europe Pilot Plant"
SIAM = "Siam Bioplastics Co., Ltd."
VAAS = "Vietnam Academy of Agricultural Sciences"
UPLB = "University of the Philippines Los Baños"
BRIN = "Badan Riset dan Inovasi Nasional"
PMUC = "Program Management Unit for Competitiveness"
NAC = "NSTDA Annual Conference"
EFIB = "European Forum for Industrial Biotechnology and the Bioeconomy"
PARTNERS = ((WUR, "Wageningen"), (CIRAD, "Montpellier"), (VTT, "Espoo"), (BBEPP, "Ghent"),
            (NSTDA, "Pathum Thani"), ("Kasetsart University", "Bangkok"), (SIAM, "Rayong"),
            (VAAS, "Hanoi"), ("Can Tho University", "Can Tho"), ("Mekong Enzymes JSC", "Ho Chi Minh City"),
            (UPLB, "Los Baños"))
GOLD["biocirc-sea-kickoff-thailand-science-park-2024.txt"] = dict(
entities=[
 E(BC, "project"), E("Thailand Science Park", "place", "TH"), E("Pathum Thani", "place", "TH"),
 E("Horizon Europe", "programme"),
 E(NSTDA, "public_body", "TH", "NSTDA", "สวทช."), E(BIOTEC, "research_org", "TH", "BIOTEC"),
 E(WUR, "university", "NL", "WUR"), E("Maria van der Berg", "person", "NL"),
 E("Somchai Wongsawat", "person", "TH"), E("Wageningen", "place", "NL"),
 E(CIRAD, "research_org", "FR", "CIRAD"), E("Montpellier", "place", "FR"),
 E(VTT, "research_org", "FI", "VTT"), E("Espoo", "place", "FI"),
 E(BBEPP, "research_org", "BE"), E("Ghent", "place", "BE"),
 E("Kasetsart University", "university", "TH"), E("Bangkok", "place", "TH"),
 E(SIAM, "company", "TH", "Siam Bioplastics"), E("Rayong", "place", "TH"),
 E(VAAS, "research_org", "VN", "VAAS"), E("Hanoi", "place", "VN"),
 E("Can Tho University", "university", "VN"), E("Can Tho", "place", "VN"),
 E("Mekong Enzymes JSC", "company", "VN"), E("Ho Chi Minh City", "place", "VN"),
 E(UPLB, "university", "PH", "UPLB"), E("Los Baños", "place", "PH"),
 E(PMUC, "public_body", "TH", "PMUC"),
 E(BRIN, "public_body", "ID", "BRIN", "National Research and Innovation Agency"),
 E("Nguyen Thi Lan", "person", "VN"), E("Jose Ramon Santos", "person", "PH"),
 E("Food Innopolis", "cluster", "TH"), E("Dewi Kartika Sari", "person", "ID"),
 E("Pimchanok Srisuk", "person", "TH"),
 E("Bio-Circular-Green Economy Model", "programme", "TH", "BCG Model"),
 E(NAC, "event", "TH", "NAC2024"), E(EFIB, "event", "BE", "EFIB 2024"), E("Brussels", "place", "BE"),
 E("Bio-based Industries Consortium", "network", None, "BIC"),
],
relations=[
 R(BC, "funded_by", "Horizon Europe"), R(BC, "funded_by", PMUC),
 R(WUR, "leads", BC), R("Maria van der Berg", "leads", BC),
 *[R(o, "consortium_member_of", BC) for o, _ in PARTNERS],
 R(BIOTEC, "consortium_member_of", BC), R(BRIN, "consortium_member_of", BC),
 *[R(o, "located_in", t) for o, t in PARTNERS],
 R("Maria van der Berg", "works_for", WUR), R("Somchai Wongsawat", "works_for", BIOTEC),
 R("Nguyen Thi Lan", "works_for", VAAS), R("Jose Ramon Santos", "works_for", UPLB),
 R("Dewi Kartika Sari", "works_for", BRIN), R("Pimchanok Srisuk", "works_for", NSTDA),
 R(BRIN, "met_with", VTT), R(BRIN, "met_with", "Kasetsart University"),
 R("Food Innopolis", "located_in", "Thailand Science Park"),
 R(SIAM, "partner_of", BBEPP),
 R(NSTDA, "organized", NAC), R(NAC, "located_in", "Pathum Thani"),
 R(WUR, "participated_in", NAC), R(BIOTEC, "participated_in", NAC),
 R(WUR, "participated_in", EFIB), R(BIOTEC, "participated_in", EFIB), R(EFIB, "located_in", "Brussels"),
 R(SIAM, "member_of", "Bio-based Industries Consortium"),
])

# --- 7. event news: Global Bio-India 2023 -------------------------------------------
GBI = "Global Bio-India 2023"
DBT = "Department of Biotechnology"
CII = "Confederation of Indian Industry"
SBA = "Swiss Biotech Association"
BCC = "Biocom California"
JBA = "Japan Bioindustry Association"
FIT = "Flanders Investment & Trade"
CCAMP = "Centre for Cellular and Molecular Platforms"
AMTZ = "Andhra Pradesh MedTech Zone"
IKP = "IKP Knowledge Park"
GOLD["global-bio-india-partnering-results-2023.html"] = dict(
entities=[
 E(GBI, "event", "IN", "Global Bio-India"), E("New Delhi", "place", "IN"),
 E("Bharat Mandapam", "place", "IN"), E(DBT, "public_body", "IN", "DBT"),
 E(BIRAC, "public_body", "IN", "BIRAC"), E(CII, "network", "IN", "CII"),
 E("Invest India", "public_body", "IN"), E("Meenakshi Rao", "person", "IN"),
 E("flanders.bio", "cluster", "BE"), E("Ghent", "place", "BE"),
 E("BioWin", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E(SBA, "network", "CH"), E("Zurich", "place", "CH"),
 E(BCC, "cluster", "US"), E("San Diego", "place", "US"),
 E(JBA, "network", "JP", "JBA"), E("Tokyo", "place", "JP"),
 E(FIT, "public_body", "BE"), E("Innovate UK", "public_body", "GB"),
 E(CCAMP, "research_org", "IN", "C-CAMP"), E("Bengaluru", "place", "IN"),
 E("Ravi Shankar Pillai", "person", "IN"), E("Hilde Vermeulen", "person", "BE"),
 E(AMTZ, "cluster", "IN", "AMTZ"), E("Visakhapatnam", "place", "IN"),
 E("Sameer Kulkarni", "person", "IN"),
 E("India–UK Biotech Innovation Challenge", "programme"),
 E(IKP, "cluster", "IN", "IKP"), E("Genome Valley", "place", "IN"), E("Hyderabad", "place", "IN"),
 E("Anita Menon-Keller", "person", "CH"),
 E("Vyom Genomics", "company", "IN"), E("Pune", "place", "IN"),
 E("Biotechnology Ignition Grant", "programme", "IN", "BIG"),
 E("Cellvana Biotech", "company", "IN"), E("Deepak Chaturvedi", "person", "IN"),
],
relations=[
 *[R(o, "organized", GBI) for o in (DBT, BIRAC, CII, "Invest India")],
 R(GBI, "located_in", "New Delhi"), R(GBI, "located_in", "Bharat Mandapam"),
 R("Meenakshi Rao", "works_for", BIRAC), R("Meenakshi Rao", "participated_in", GBI),
 *[R(o, "participated_in", GBI) for o in ("flanders.bio", "BioWin", SBA, BCC, JBA, FIT, "Innovate UK",
                                          CCAMP, AMTZ, IKP, "Vyom Genomics", "Cellvana Biotech")],
 R("flanders.bio", "located_in", "Ghent"), R("BioWin", "located_in", "Wallonia"),
 R(SBA, "located_in", "Zurich"), R(BCC, "located_in", "San Diego"), R(JBA, "located_in", "Tokyo"),
 R(CCAMP, "located_in", "Bengaluru"), R(CCAMP, "partner_of", "flanders.bio"),
 R("Ravi Shankar Pillai", "works_for", CCAMP), R("Ravi Shankar Pillai", "participated_in", GBI),
 R("Hilde Vermeulen", "works_for", "flanders.bio"), R("Hilde Vermeulen", "participated_in", GBI),
 R(AMTZ, "located_in", "Visakhapatnam"), R(AMTZ, "partner_of", "BioWin"),
 R("Sameer Kulkarni", "works_for", AMTZ),
 R(BIRAC, "partner_of", "Innovate UK"),
 R(BCC, "met_with", IKP), R(BCC, "partner_of", IKP),
 R(IKP, "located_in", "Genome Valley"), R(IKP, "located_in", "Hyderabad"),
 R(JBA, "met_with", CCAMP), R(JBA, "met_with", BIRAC),
 R("Anita Menon-Keller", "works_for", SBA), R("Anita Menon-Keller", "participated_in", GBI),
 R(SBA, "met_with", AMTZ), R(SBA, "met_with", CCAMP),
 R("Vyom Genomics", "located_in", "Pune"),
 R("Cellvana Biotech", "located_in", "Hyderabad"), R("Cellvana Biotech", "member_of", IKP),
 R("Deepak Chaturvedi", "works_for", BIRAC),
])

# --- 8. newsletter: BioMelbourne Network member bulletin ----------------------------
LSW = "Life Sciences Washington"
AB24 = "AusBiotech 2024"
MCEC = "Melbourne Convention and Exhibition Centre"
BA = "BioAsia 2024"
PMAC = "Peter MacCallum Cancer Centre"
ONCO = "ONCO-LINK ASIA"
GIS = "Genome Institute of Singapore"
VNU = "Vietnam National University, Ho Chi Minh City"
FORUM = "Melbourne–Asia BioBridge Forum"
BES25 = "BIO-Europe Spring 2025"
BIO25 = "BIO International Convention 2025"
NEW_MEMBERS = (("Parkville Peptides Pty Ltd", "Parkville"), ("Helix Pathways", "Clayton"),
               ("Saffron Bio", "Bundoora"))
GOLD["biomelbourne-network-member-bulletin-2024.txt"] = dict(
entities=[
 E(BMN, "cluster", "AU"), E(LSW, "cluster", "US"), E("Seattle", "place", "US"),
 E(AB24, "event", "AU"), E("AusBiotech", "network", "AU"), E(MCEC, "place", "AU"),
 E("Melbourne", "place", "AU"), E("Arjun Menon", "person", "AU"), E("Jordan Blake", "person", "US"),
 E("Harpreet Kaur", "person", "AU"), E(BA, "event", "IN", "BioAsia"), E("Hyderabad", "place", "IN"),
 E("Government of Telangana", "public_body", "IN"), E("Global Victoria", "public_body", "AU"),
 E(IKP, "cluster", "IN", "IKP"), E("Genome Valley", "place", "IN"),
 E(BBC, "cluster", "IN", "BBC"),
 E(PMAC, "research_org", "AU", "Peter Mac"), E("Parkville", "place", "AU"), E(ONCO, "project"),
 E("Medical Research Future Fund", "programme", "AU", "MRFF"),
 E(GIS, "research_org", "SG", "GIS"), E("A*STAR", "public_body", "SG"),
 E("Chulalongkorn University", "university", "TH"), E("Bangkok", "place", "TH"),
 E(VNU, "university", "VN", "VNU-HCM"), E("Farah Iskandar", "person", "AU"),
 E("Monash University", "university", "AU"), E("Ho Chi Minh City", "place", "VN"),
 E("Tran Van Hieu", "person", "VN"),
 *[E(c, "company", "AU") for c, _ in NEW_MEMBERS],
 *[E(t, "place", "AU") for _, t in NEW_MEMBERS if t != "Parkville"],
 E("La Trobe University", "university", "AU"),
 E("Nguyen Minh Chau", "person", "AU", "Chau"),
 E(FORUM, "event", "AU"), E(MTP, "cluster", "AU"),
 E(BES25, "event", "IT"), E("Milan", "place", "IT"),
 E(BIO25, "event", "US"), E("Boston", "place", "US"),
],
relations=[
 R(BMN, "partner_of", LSW), R(LSW, "located_in", "Seattle"),
 R(BMN, "participated_in", AB24), R(LSW, "participated_in", AB24), R("AusBiotech", "organized", AB24),
 R(AB24, "located_in", MCEC), R(AB24, "located_in", "Melbourne"),
 R("Arjun Menon", "works_for", BMN), R("Jordan Blake", "works_for", LSW),
 R("Jordan Blake", "participated_in", AB24),
 R("Harpreet Kaur", "works_for", BMN), R("Harpreet Kaur", "participated_in", BA),
 R(BMN, "participated_in", BA), R(BA, "located_in", "Hyderabad"),
 R("Government of Telangana", "organized", BA),
 R(BMN, "partner_of", IKP), R(IKP, "located_in", "Genome Valley"), R(BMN, "met_with", BBC),
 R(PMAC, "located_in", "Parkville"), R(PMAC, "leads", ONCO), R(ONCO, "funded_by", "Medical Research Future Fund"),
 *[R(o, "consortium_member_of", ONCO) for o in (PMAC, GIS, "Chulalongkorn University", VNU)],
 R("Chulalongkorn University", "located_in", "Bangkok"),
 R("Farah Iskandar", "works_for", PMAC), R("Farah Iskandar", "leads", ONCO),
 R("Monash University", "partner_of", VNU), R(VNU, "located_in", "Ho Chi Minh City"),
 R("Tran Van Hieu", "works_for", VNU),
 *[R(c, "member_of", BMN) for c, _ in NEW_MEMBERS],
 *[R(c, "located_in", t) for c, t in NEW_MEMBERS],
 R("La Trobe University", "located_in", "Bundoora"),
 R("Nguyen Minh Chau", "works_for", BMN),
 R(BMN, "organized", FORUM), R(MTP, "organized", FORUM), R(FORUM, "located_in", "Parkville"),
 R("A*STAR", "participated_in", FORUM), R(BBC, "participated_in", FORUM),
 R(BES25, "located_in", "Milan"), R("Global Victoria", "participated_in", BES25),
 R(BMN, "participated_in", BES25),
 R(BIO25, "located_in", "Boston"), R("AusBiotech", "participated_in", BIO25),
 R(BMN, "located_in", "Melbourne"),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["name"] not in types, (doc, "duplicate entity", e["name"])
            types[e["name"]] = e["type"]
            assert e["country"] is None or re.fullmatch(r"[A-Z]{2}", e["country"]), (doc, e)
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, (doc, "surface form used twice", form, forms[key], e["name"])
                forms[key] = e["name"]
                assert key in text, (doc, "not in text", form)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (doc, r)
            assert s in types, (doc, "undeclared subject", r)
            assert o in types, (doc, "undeclared object", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, (doc, "subject type", types[s], r)
            assert types[o] in obj_ok, (doc, "object type", types[o], r)
            assert s != o, (doc, "self relation", r)
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)
    return True


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(HERE.parents[2]), len(gold["entities"]), len(gold["relations"]))


if __name__ == "__main__":
    main()
