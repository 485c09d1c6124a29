"""Hand annotations of the `train-aw` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-aw/make_gold_train_aw.py

Theme: day-by-day delegation and trade-mission reports (Scandinavian, Dutch and
German clusters and agencies visiting the USA, Canada, Brazil, Japan and India).
Same rules as the other gold scripts (README, "Documents and gold"), written by a
separate annotator. Conventions used here:
- the mission itself is an `event`: its organisers are `organized`, the companies,
  institutes and people listed as delegation members are `participated_in`, the
  cities it visits (title line or opening paragraph) are its `located_in`;
- "X met with Y" between organisations is `met_with` (also when a named person of X
  meets Y: "Dr. Köhler then met JETRO officials"); a site tour, a "visit" or hosting
  alone is not, and "the delegation / the group met ..." is given to no organisation;
- an MoU, letter of intent or signed partnership is `partner_of`; signing at a named
  event puts both parties at the event;
- planned participations stated as agreed ("will return with a pavilion at ...") are
  annotated like past ones;
- an embassy or consulate named "... in CITY", or an event named after its city
  (Smart City Expo Curitiba 2024), is `located_in` CITY; other organisations only where
  the text places them ("Dartmouth-based", "its offices in", "X in CITY"), not from the
  day heading alone;
- a person is `works_for` the unit the text names (and the parent only when named
  for that person too);
- venues (Pacifico Yokohama, Tokyo Big Sight, Bharat Mandapam) are `place`s;
- industry associations of companies (MassBio, Silicon Saxony) are `cluster`s,
  associations of associations / public-private platforms are `network`s.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-aw"

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

# --- 1. Medicon Valley Alliance delegation to Boston (md) ----------------------------
MVA = "Medicon Valley Alliance"
MIS = "Øresund Life Science Mission to Boston"
ICDK = "Innovation Centre Denmark Boston"
BS = "Business Sweden"
NBB = "Nordic Boston Bridge"
MB = "Massachusetts Biotechnology Council"
MIT = "Massachusetts Institute of Technology"
KOCH = "Koch Institute for Integrative Cancer Research"
KSPA = "Kendall Square Partnering Afternoon"
WYSS = "Wyss Institute for Biologically Inspired Engineering"
HMS = "Harvard Medical School"
MLSC = "Massachusetts Life Sciences Center"
OE = "Øresund Evening"
BIO = "BIO International Convention"
OD, LC, NA, IP = ("Øresund Diagnostics A/S", "LundaCell AB", "Nordlys Antibodies ApS",
                  "Ideon Peptides AB")
DELEG1 = ((OD, "DK", "Copenhagen", "Øresund Diagnostics"), (LC, "SE", "Lund", "LundaCell"),
          (NA, "DK", "Aarhus", "Nordlys Antibodies"), (IP, "SE", "Lund", "Ideon Peptides"))
GOLD["medicon-valley-alliance-boston-delegation-report-2024.md"] = dict(
entities=[
 E(MVA, "cluster", "DK", "MVA"), E("Greater Copenhagen", "place", "DK"), E("Skåne", "place", "SE"),
 E(MIS, "event", "US"), E("Boston", "place", "US"), E("Cambridge", "place", "US"),
 E("Massachusetts", "place", "US"),
 E(ICDK, "public_body", "US", "ICDK Boston"), E(BS, "public_body", "SE"),
 E(NBB, "project"), E("Interreg Öresund-Kattegat-Skagerrak", "programme"),
 *[E(c, "company", cc, *([a] if a else [])) for c, cc, _, a in DELEG1],
 E("Copenhagen", "place", "DK"), E("Lund", "place", "SE"), E("Aarhus", "place", "DK"),
 E("Helle Mørk", "person", "DK", "Mørk"),
 E("Kristian Bøgh", "person", "DK"),
 E(MB, "cluster", "US", "MassBio"), E(MIT, "university", "US", "MIT"),
 E(KOCH, "research_org", "US", "Koch Institute"), E("Kendall Square", "place", "US"),
 E("Sarah Whitfield", "person", "US"), E(KSPA, "event", "US"),
 E("Fenway Bioinformatics Inc.", "company", "US"), E("Beacon Hill Biologics", "company", "US"),
 E(WYSS, "research_org", "US", "Wyss Institute"), E("Harvard University", "university", "US"),
 E("Marcus Leung", "person", "US"), E(HMS, "university", "US"),
 E("Longwood Medical Area", "place", "US"),
 E(MLSC, "public_body", "US", "MLSC"), E("Waltham", "place", "US"),
 E("Jennifer Alvarez", "person", "US"), E("Jonas Ekström", "person", "SE"),
 E(OE, "event", "US"), E("Daniel Moreau", "person", "US", "Moreau"),
 E(BIO, "event", "US"), E("San Diego", "place", "US"),
],
relations=[
 *[R(o, "organized", MIS) for o in (MVA, ICDK, BS)],
 R(MIS, "located_in", "Boston"), R(MIS, "located_in", "Cambridge"),
 R(MVA, "leads", NBB), R(MVA, "consortium_member_of", NBB),
 R(NBB, "funded_by", "Interreg Öresund-Kattegat-Skagerrak"),
 R("Helle Mørk", "works_for", MVA), R("Helle Mørk", "participated_in", MIS),
 *[R(c, "participated_in", MIS) for c, _, _, _ in DELEG1],
 *[R(c, "located_in", t) for c, _, t, _ in DELEG1],
 R("Kristian Bøgh", "works_for", ICDK), R(ICDK, "located_in", "Boston"),
 R(MB, "located_in", "Cambridge"), R(MIT, "located_in", "Cambridge"),
 R(MVA, "met_with", KOCH), R(KOCH, "located_in", "Kendall Square"),
 R("Sarah Whitfield", "works_for", KOCH),
 R(MB, "organized", KSPA),
 *[R(c, "participated_in", KSPA) for c in (OD, LC, "Fenway Bioinformatics Inc.", "Beacon Hill Biologics")],
 R(OD, "met_with", "Fenway Bioinformatics Inc."), R(LC, "met_with", "Beacon Hill Biologics"),
 R(WYSS, "located_in", "Boston"), R("Marcus Leung", "works_for", WYSS), R(WYSS, "met_with", MVA),
 R(IP, "met_with", HMS), R(NA, "met_with", HMS), R(HMS, "located_in", "Longwood Medical Area"),
 R(MLSC, "located_in", "Waltham"), R("Jennifer Alvarez", "works_for", MLSC),
 R("Jonas Ekström", "works_for", BS),
 R(OE, "located_in", "Boston"), R(MVA, "organized", OE),
 R(MVA, "partner_of", MB), R(MB, "participated_in", OE),
 R("Daniel Moreau", "works_for", MB), R("Daniel Moreau", "participated_in", OE),
 R(LC, "partner_of", "Beacon Hill Biologics"),
 R(MVA, "participated_in", BIO), R(BIO, "located_in", "San Diego"),
])

# --- 2. Health~Holland / RVO mission to Japan (html) ---------------------------------
HH = "Health~Holland"
RVO = "Netherlands Enterprise Agency"
MJ = "Dutch Life Sciences and Health Mission to Japan 2023"
EMB = "Embassy of the Kingdom of the Netherlands in Tokyo"
CGO = "Consulate-General of the Netherlands in Osaka"
RMB = "NL-JP RegMed Bridge"
LBSP = "Leiden Bio Science Park"
NM, UOS, DB, GIS = ("NovaMatrix Leiden B.V.", "Utrecht Organoid Systems", "Delftse Biosensors B.V.",
                    "Groningen Imaging Solutions B.V.")
DELEG2 = ((NM, "Leiden", "NovaMatrix Leiden"), (UOS, "Utrecht", None),
          (DB, "Delft", "Delftse Biosensors"), (GIS, "Groningen", "Groningen Imaging Solutions"))
SEM = "Netherlands–Japan Regenerative Medicine Seminar"
LINKJ = "Life Science Innovation Network Japan"
AMED = "Japan Agency for Medical Research and Development"
KBIC = "Kobe Biomedical Innovation Cluster"
HIN = "Holland Innovation Night"
OCCI = "Osaka Chamber of Commerce and Industry"
SB = "Sakura Bioworks K.K."
BJ = "BioJapan 2023"
GOLD["health-holland-japan-trade-mission-report-2023.html"] = dict(
entities=[
 E(HH, "network", "NL"), E(RVO, "public_body", "NL", "RVO"), E(MJ, "event", "JP"),
 E("Tokyo", "place", "JP"), E("Kobe", "place", "JP"), E("Osaka", "place", "JP"),
 E("Yokohama", "place", "JP"),
 E(EMB, "public_body", "JP"), E(CGO, "public_body", "JP"),
 E(RMB, "project"), E("Partners for International Business", "programme", "NL", "PIB"),
 E(LBSP, "cluster", "NL"), E("Leiden", "place", "NL"),
 *[E(c, "company", "NL", *([a] if a else [])) for c, _, a in DELEG2],
 E("Utrecht", "place", "NL"), E("Delft", "place", "NL"), E("Groningen", "place", "NL"),
 E("Femke de Vries", "person", "NL"),
 E("Hendrik van Dam", "person", "NL"), E(SEM, "event", "JP"),
 E("Yuki Tanaka", "person", "JP"), E(LINKJ, "network", "JP", "LINK-J"),
 E("Nihonbashi", "place", "JP"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Minato Diagnostics Co., Ltd.", "company", "JP"),
 E(AMED, "public_body", "JP", "AMED"),
 E(KBIC, "cluster", "JP", "KBIC"), E("Port Island", "place", "JP"),
 E("Aiko Fujimoto", "person", "JP"),
 E("RIKEN Center for Biosystems Dynamics Research", "research_org", "JP", "BDR"),
 E("Osaka University", "university", "JP"), E("Kenji Nakamura", "person", "JP"),
 E(HIN, "event", "JP"), E(OCCI, "public_body", "JP"), E(SB, "company", "JP"),
 E(BJ, "event", "JP"), E("Pacifico Yokohama", "place", "JP"),
],
relations=[
 *[R(o, "organized", MJ) for o in (HH, RVO, EMB, CGO)],
 *[R(MJ, "located_in", c) for c in ("Tokyo", "Kobe", "Osaka", "Yokohama")],
 R(EMB, "located_in", "Tokyo"), R(CGO, "located_in", "Osaka"),
 R(HH, "leads", RMB), R(RMB, "funded_by", "Partners for International Business"),
 R(LBSP, "located_in", "Leiden"), R(LBSP, "participated_in", MJ),
 *[R(c, "participated_in", MJ) for c, _, _ in DELEG2],
 *[R(c, "located_in", t) for c, t, _ in DELEG2],
 R("Femke de Vries", "works_for", HH), R("Femke de Vries", "participated_in", MJ),
 R("Hendrik van Dam", "works_for", EMB), R("Hendrik van Dam", "participated_in", SEM),
 R(EMB, "organized", SEM),
 R("Yuki Tanaka", "works_for", LINKJ), R("Yuki Tanaka", "participated_in", SEM),
 R(LINKJ, "located_in", "Nihonbashi"), R(HH, "met_with", LINKJ),
 R(UOS, "met_with", "Minato Diagnostics Co., Ltd."),
 R("Minato Diagnostics Co., Ltd.", "located_in", "Tokyo"),
 R(DB, "met_with", AMED), R(GIS, "met_with", AMED),
 R(KBIC, "located_in", "Kobe"), R(KBIC, "located_in", "Port Island"),
 R("Aiko Fujimoto", "works_for", KBIC),
 R(LBSP, "partner_of", KBIC),
 R("Kenji Nakamura", "works_for", "Osaka University"), R(NM, "met_with", "Osaka University"),
 R(CGO, "organized", HIN), R(OCCI, "organized", HIN),
 R(NM, "partner_of", SB), R(NM, "participated_in", HIN), R(SB, "participated_in", HIN),
 R(SB, "located_in", "Osaka"),
 R(BJ, "located_in", "Pacifico Yokohama"), R(DB, "participated_in", BJ), R(GIS, "participated_in", BJ),
])

# --- 3. BioEconomy Cluster delegation to Brazil (txt) --------------------------------
BEC = "BioEconomy Cluster"
GBD = "German Bioeconomy Delegation to Brazil"
AHK = "German-Brazilian Chamber of Commerce and Industry in São Paulo"
GTAI = "Germany Trade & Invest"
C2C = "CANE2CHEM"
BMBF = "German Federal Ministry of Education and Research"
CBP = "Fraunhofer Center for Chemical-Biotechnological Processes"
MLU = "Martin Luther University Halle-Wittenberg"
LB, ME, SP, ZG = ("Leuna BioRefine GmbH", "Mitteldeutsche Enzymtechnik GmbH", "Saale Polymers GmbH",
                  "Zeitz Green Chemicals GmbH")
DELEG3 = ((LB, "Leuna", "Leuna BioRefine"), (ME, "Halle (Saale)", "Mitteldeutsche Enzymtechnik"),
          (SP, "Merseburg", "Saale Polymers"), (ZG, "Zeitz", "Zeitz Green Chemicals"))
ABBI = "Brazilian Association of Bioinnovation"
BGBF = "Brazilian-German Bioeconomy Forum"
FAPESP = "São Paulo Research Foundation"
UBV = "Usina Boa Vista Bioenergia"
CNPEM = "Brazilian Center for Research in Energy and Materials"
LNBR = "Brazilian Biorenewables National Laboratory"
ESALQ = "Luiz de Queiroz College of Agriculture"
EMBRAPA = "Embrapa Agroenergia"
IBF = "International Bioeconomy Forum"
GOLD["bioeconomy-cluster-brazil-delegation-report-2024.txt"] = dict(
entities=[
 E(BEC, "cluster", "DE"), E("Central Germany", "place", "DE"), E("Halle (Saale)", "place", "DE"),
 E(GBD, "event", "BR"), E("São Paulo", "place", "BR"), E("Campinas", "place", "BR"),
 E("Piracicaba", "place", "BR"), E("Brasília", "place", "BR"),
 E(AHK, "public_body", "BR", "AHK São Paulo"), E(GTAI, "public_body", "DE", "GTAI"),
 E(C2C, "project"), E(BMBF, "public_body", "DE", "BMBF"),
 E("Bioökonomie International", "programme", "DE"),
 E(CBP, "research_org", "DE", "Fraunhofer CBP"), E("Leuna", "place", "DE"),
 E(MLU, "university", "DE", "Martin Luther University"),
 *[E(c, "company", "DE", a) for c, _, a in DELEG3],
 E("Merseburg", "place", "DE"), E("Zeitz", "place", "DE"),
 E("Katrin Vogel", "person", "DE", "Vogel"), E("Thomas Richter", "person", "DE", "Richter"),
 E(ABBI, "network", "BR", "Associação Brasileira de Bioinovação", "ABBI"),
 E(BGBF, "event", "BR"), E(FAPESP, "public_body", "BR", "FAPESP"),
 E(UBV, "company", "BR"), E("Ribeirão Preto", "place", "BR"),
 E(CNPEM, "research_org", "BR", "CNPEM"), E(LNBR, "research_org", "BR", "LNBR"),
 E("Mariana Coelho", "person", "BR"),
 E("University of Campinas", "university", "BR", "UNICAMP"),
 E(ESALQ, "university", "BR", "ESALQ"), E("University of São Paulo", "university", "BR"),
 E("Ricardo Almeida", "person", "BR"),
 E(EMBRAPA, "research_org", "BR"), E("Paulo Siqueira", "person", "BR"),
 E(IBF, "event", "DE"),
],
relations=[
 R(BEC, "located_in", "Central Germany"), R(BEC, "located_in", "Halle (Saale)"),
 *[R(GBD, "located_in", c) for c in ("São Paulo", "Campinas", "Piracicaba", "Brasília")],
 *[R(o, "organized", GBD) for o in (BEC, AHK, GTAI)],
 R(AHK, "located_in", "São Paulo"),
 R(BEC, "leads", C2C), R(BEC, "consortium_member_of", C2C),
 R(C2C, "funded_by", BMBF), R(C2C, "funded_by", "Bioökonomie International"),
 R(CBP, "consortium_member_of", C2C), R(MLU, "consortium_member_of", C2C),
 R(CBP, "located_in", "Leuna"),
 *[R(c, "participated_in", GBD) for c, _, _ in DELEG3],
 *[R(c, "located_in", t) for c, t, _ in DELEG3],
 R("Katrin Vogel", "works_for", BEC), R("Katrin Vogel", "participated_in", GBD),
 R("Thomas Richter", "works_for", AHK),
 R(BEC, "met_with", ABBI),
 R(BGBF, "located_in", "São Paulo"), R(AHK, "organized", BGBF), R(FAPESP, "organized", BGBF),
 R("Katrin Vogel", "participated_in", BGBF), R(LB, "participated_in", BGBF),
 R(ZG, "participated_in", BGBF), R(UBV, "located_in", "Ribeirão Preto"),
 R(CNPEM, "located_in", "Campinas"), R("Mariana Coelho", "works_for", LNBR),
 R(CBP, "met_with", LNBR),
 R(ESALQ, "located_in", "Piracicaba"), R("Ricardo Almeida", "works_for", ESALQ),
 R(ME, "met_with", UBV), R(ME, "partner_of", UBV),
 R(EMBRAPA, "located_in", "Brasília"), R("Paulo Siqueira", "works_for", EMBRAPA),
 R(SP, "met_with", EMBRAPA), R(EMBRAPA, "consortium_member_of", C2C),
 R(BEC, "organized", IBF), R(IBF, "located_in", "Leuna"), R(AHK, "participated_in", IBF),
])

# --- 4. GCE Ocean Technology mission to Atlantic Canada (md) -------------------------
GCE = "GCE Ocean Technology"
NCM = "Norway–Canada Ocean Technology Mission 2023"
IN = "Innovation Norway"
RNE = "Royal Norwegian Embassy in Ottawa"
FS, HS, NR, SMD = "Fjordsense AS", "Hardanger Subsea AS", "Nautilus Robotics AS", "Sunnhordland Marine Data AS"
DELEG4 = ((FS, "Bergen", "Fjordsense"), (HS, "Odda", "Hardanger Subsea"),
          (NR, "Haugesund", "Nautilus Robotics"), (SMD, "Stord", "Sunnhordland Marine Data"))
ACOA = "Atlantic Canada Opportunities Agency"
COVE = "Centre for Ocean Ventures & Entrepreneurship"
NCF = "Norway–Canada Ocean Technology Forum"
BBA = "Bedford Basin Acoustics Inc."
KR = "Kraken Robotics"
OFI = "Ocean Frontier Institute"
OSC = "Canada's Ocean Supercluster"
FMI = "Fisheries and Marine Institute"
MUN = "Memorial University of Newfoundland"
OL = "OCEANLINK NO-CA"
UTC = "Underwater Technology Conference"
GOLD["gce-ocean-technology-atlantic-canada-mission-2023.md"] = dict(
entities=[
 E(GCE, "cluster", "NO"), E("Bergen", "place", "NO"), E(NCM, "event", "CA"),
 E(IN, "public_body", "NO"), E(RNE, "public_body", "CA", "Royal Norwegian Embassy"), E("Ottawa", "place", "CA"),
 E("Halifax", "place", "CA"), E("Dartmouth", "place", "CA"), E("St. John's", "place", "CA"),
 E("Kjersti Hauge", "person", "NO"),
 *[E(c, "company", "NO", a) for c, _, a in DELEG4],
 E("Odda", "place", "NO"), E("Haugesund", "place", "NO"), E("Stord", "place", "NO"),
 E(ACOA, "public_body", "CA", "ACOA"), E("Ingvild Stensrud", "person", "NO"),
 E(COVE, "cluster", "CA", "COVE"), E("Alan MacNeil", "person", "CA"),
 E(NCF, "event", "CA"), E(BBA, "company", "CA", "Bedford Basin Acoustics"),
 E(KR, "company", "CA"),
 E("Dalhousie University", "university", "CA"), E(OFI, "research_org", "CA", "OFI"),
 E("Claire Doucet", "person", "CA"),
 E(OSC, "cluster", "CA", "OSC", "Ocean Supercluster"), E("Ryan Penney", "person", "CA"),
 E(FMI, "research_org", "CA", "Marine Institute"),
 E(MUN, "university", "CA", "Memorial University"),
 E("Siobhan Walsh", "person", "CA"),
 E(OL, "project"), E("Research Council of Norway", "public_body", "NO"),
 E(UTC, "event", "NO", "UTC"),
],
relations=[
 R(GCE, "located_in", "Bergen"),
 *[R(o, "organized", NCM) for o in (GCE, IN, RNE)],
 *[R(NCM, "located_in", p) for p in ("Halifax", "Dartmouth", "St. John's")],
 R(RNE, "located_in", "Ottawa"),
 R("Kjersti Hauge", "works_for", GCE), R("Kjersti Hauge", "participated_in", NCM),
 *[R(c, "participated_in", NCM) for c, _, _ in DELEG4],
 *[R(c, "located_in", t) for c, t, _ in DELEG4],
 R("Ingvild Stensrud", "works_for", RNE),
 R(COVE, "located_in", "Dartmouth"), R("Alan MacNeil", "works_for", COVE),
 R(COVE, "organized", NCF), R(GCE, "organized", NCF),
 *[R(c, "participated_in", NCF) for c in (FS, BBA, NR, KR)],
 R(FS, "met_with", BBA), R(NR, "met_with", KR), R(BBA, "located_in", "Dartmouth"),
 R("Dalhousie University", "located_in", "Halifax"), R("Claire Doucet", "works_for", OFI),
 R(HS, "met_with", OFI), R(SMD, "met_with", OFI),
 R(GCE, "partner_of", COVE),
 R(OSC, "located_in", "St. John's"), R("Ryan Penney", "works_for", OSC), R(GCE, "met_with", OSC),
 R("Siobhan Walsh", "works_for", FMI),
 R(KR, "located_in", "St. John's"),
 R(GCE, "leads", OL), *[R(o, "consortium_member_of", OL) for o in (GCE, COVE, FS, BBA)],
 R(OL, "funded_by", "Research Council of Norway"), R(OL, "funded_by", OSC),
 R(UTC, "located_in", "Bergen"), *[R(o, "participated_in", UTC) for o in (GCE, COVE)],
])

# --- 5. CLEAN / State of Green water mission to India (html) -------------------------
SOG = "State of Green"
DWM = "Danish Water Mission to India 2024"
RDE = "Royal Danish Embassy in New Delhi"
DELEG5 = (("Grundfos", "Bjerringbro", None), ("DHI", "Hørsholm", None), ("Kamstrup", "Skanderborg", None),
          ("Vandsmart A/S", "Odense", "Vandsmart"), ("Silkeborg Membranes ApS", "Silkeborg", "Silkeborg Membranes"))
IWW = "India Water Week 2024"
MJS = "Ministry of Jal Shakti"
NMCG = "National Mission for Clean Ganga"
SLCR = "Smart Laboratory on Clean Rivers"
IITB = "Indian Institute of Technology (BHU) Varanasi"
CMW = "Chennai Metropolitan Water Supply and Sewerage Board"
CII = "Confederation of Indian Industry"
IDWR = "Indo-Danish Water Roundtable"
IITM = "Indian Institute of Technology Madras"
CAS = "Coromandel Aqua Systems"
BWSSB = "Bangalore Water Supply and Sewerage Board"
KWT = "Kaveri Water Technologies Pvt. Ltd."
GOLD["clean-state-of-green-india-water-mission-2024.html"] = dict(
entities=[
 E("CLEAN", "cluster", "DK"), E(SOG, "network", "DK"), E(DWM, "event", "IN"),
 E(RDE, "public_body", "IN", "Royal Danish Embassy"), E("New Delhi", "place", "IN"), E("Chennai", "place", "IN"),
 E("Bengaluru", "place", "IN"),
 E("Søren Vestergaard", "person", "DK"), E("Louise Bech", "person", "DK"),
 *[E(c, "company", "DK", *([a] if a else [])) for c, _, a in DELEG5],
 *[E(t, "place", "DK") for _, t, _ in DELEG5],
 E("Lise Kragh", "person", "DK"), E(IWW, "event", "IN"), E("Bharat Mandapam", "place", "IN"),
 E(MJS, "public_body", "IN"), E(NMCG, "public_body", "IN", "NMCG"),
 E(SLCR, "project", None, "SLCR"), E("Varanasi", "place", "IN"), E(IITB, "university", "IN"),
 E("Strategic Sector Cooperation", "programme", "DK"),
 E(CMW, "public_body", "IN", "CMWSSB", "Chennai Metrowater"), E("Kavitha Raman", "person", "IN"),
 E(CII, "network", "IN", "CII"), E(IDWR, "event", "IN"),
 E(IITM, "university", "IN", "IIT Madras"), E("Lakshmi Narayanan", "person", "IN"),
 E(CAS, "company", "IN"),
 E(BWSSB, "public_body", "IN", "BWSSB"), E("Arun Hegde", "person", "IN"),
 E("Indian Institute of Science", "university", "IN", "IISc"),
 E("Centre for Sustainable Technologies", "research_org", "IN"),
 E(KWT, "company", "IN"), E("Karnataka", "place", "IN"), E("Tamil Nadu", "place", "IN"),
 E("Rajesh Iyer", "person", "IN"), E("IFAT India", "event", "IN"), E("Mumbai", "place", "IN"),
],
relations=[
 *[R(o, "organized", DWM) for o in ("CLEAN", SOG, RDE)],
 *[R(DWM, "located_in", c) for c in ("New Delhi", "Chennai", "Bengaluru")],
 R(RDE, "located_in", "New Delhi"),
 R("Søren Vestergaard", "works_for", "CLEAN"), R("Louise Bech", "works_for", SOG),
 R("Søren Vestergaard", "participated_in", DWM), R("Louise Bech", "participated_in", DWM),
 *[R(c, "participated_in", DWM) for c, _, _ in DELEG5],
 *[R(c, "located_in", t) for c, t, _ in DELEG5],
 R("Lise Kragh", "works_for", RDE),
 R(IWW, "located_in", "Bharat Mandapam"), R(MJS, "organized", IWW),
 *[R(o, "participated_in", IWW) for o in ("CLEAN", "Søren Vestergaard")],
 R(SOG, "met_with", NMCG),
 R(IITB, "leads", SLCR), *[R(o, "consortium_member_of", SLCR) for o in (IITB, "DHI", NMCG)],
 R(SLCR, "funded_by", "Strategic Sector Cooperation"),
 R("Kavitha Raman", "works_for", CMW), R("Vandsmart A/S", "met_with", CMW),
 R("CLEAN", "organized", IDWR), R(CII, "organized", IDWR),
 R("Lakshmi Narayanan", "works_for", IITM), R("Lakshmi Narayanan", "participated_in", IDWR),
 R("Silkeborg Membranes ApS", "participated_in", IDWR), R(CAS, "participated_in", IDWR),
 R("Silkeborg Membranes ApS", "met_with", CAS), R(CAS, "located_in", "Chennai"),
 R("Arun Hegde", "works_for", BWSSB), R("Grundfos", "met_with", BWSSB),
 R("Vandsmart A/S", "partner_of", KWT), R(KWT, "located_in", "Bengaluru"),
 R("CLEAN", "partner_of", CII), R("Rajesh Iyer", "works_for", CII),
 R("IFAT India", "located_in", "Mumbai"), R("CLEAN", "participated_in", "IFAT India"),
])

# --- 6. Silicon Saxony delegation to Japan (txt) -------------------------------------
SS = "Silicon Saxony e.V."
SSD = "Saxony Semiconductor Delegation to Japan"
WFS = "Wirtschaftsförderung Sachsen GmbH"
AHKJ = "German Chamber of Commerce and Industry in Japan"
CAS6 = "Chip Alliance Saxony-Kyushu"
BMWK = "Federal Ministry for Economic Affairs and Climate Action"
EW, CPS, FSM, LCS = ("Elbe Wafer Technologies GmbH", "Chemnitz Precision Sensors GmbH",
                     "Freiberg Silicon Materials GmbH", "Lausitz Cleanroom Systems GmbH")
DELEG6 = ((EW, "Dresden", "Elbe Wafer Technologies"), (CPS, "Chemnitz", "Chemnitz Precision Sensors"),
          (FSM, "Freiberg", "Freiberg Silicon Materials"), (LCS, "Görlitz", "Lausitz Cleanroom Systems"))
IPMS = "Fraunhofer Institute for Photonic Microsystems"
TUD = "Technische Universität Dresden"
GEM = "Embassy of the Federal Republic of Germany in Tokyo"
GJSE = "German-Japanese Semiconductor Evening"
SJ = "SEMICON Japan 2023"
KPG = "Kumamoto Prefectural Government"
JASM = "Japan Advanced Semiconductor Manufacturing"
SREC = "Semiconductor Research and Education Center"
KSDIC = "Kyushu Semiconductor and Digital Innovation Council"
GOLD["silicon-saxony-japan-semiconductor-delegation-2023.txt"] = dict(
entities=[
 E(SS, "cluster", "DE", "Silicon Saxony"), E("Dresden", "place", "DE"),
 E("Tokyo", "place", "JP"), E("Kumamoto", "place", "JP"), E("Fukuoka", "place", "JP"),
 E(SSD, "event", "JP"), E(WFS, "public_body", "DE", "WFS"),
 E("Free State of Saxony", "place", "DE", "Saxony"),
 E(AHKJ, "public_body", "JP", "AHK Japan"), E(CAS6, "project"),
 E(BMWK, "public_body", "DE", "BMWK"),
 E("Anja Köhler", "person", "DE", "Köhler"),
 *[E(c, "company", "DE", a) for c, _, a in DELEG6],
 E("Chemnitz", "place", "DE"), E("Freiberg", "place", "DE"), E("Görlitz", "place", "DE"),
 E(IPMS, "research_org", "DE", "Fraunhofer IPMS"), E(TUD, "university", "DE", "TU Dresden"),
 E("Claudia Neumann", "person", "DE"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E(GEM, "public_body", "JP"), E(GJSE, "event", "JP"), E("Katharina Wendt", "person", "DE"),
 E("SEMI Japan", "network", "JP"), E("SEMI", "network"), E("Tokyo Electron", "company", "JP"),
 E(SJ, "event", "JP", "SEMICON Japan"), E("Tokyo Big Sight", "place", "JP"),
 E(KPG, "public_body", "JP"), E("Hiroshi Matsuda", "person", "JP"), E("Kikuyo", "place", "JP"),
 E(JASM, "company", "JP", "JASM"), E("Kumamoto University", "university", "JP"),
 E("Takeshi Ogawa", "person", "JP"), E(SREC, "research_org", "JP"),
 E(KSDIC, "network", "JP"), E("Naoko Shimizu", "person", "JP"),
 E("Kyushu University", "university", "JP"), E("Kyushu", "place", "JP"),
 E("SEMICON Europa", "event", "DE"), E("Munich", "place", "DE"),
],
relations=[
 R(SS, "located_in", "Dresden"),
 *[R(o, "organized", SSD) for o in (SS, WFS, AHKJ)],
 *[R(SSD, "located_in", c) for c in ("Tokyo", "Kumamoto", "Fukuoka")],
 R(WFS, "located_in", "Free State of Saxony"),
 R(SS, "leads", CAS6), R(SS, "consortium_member_of", CAS6), R(CAS6, "funded_by", BMWK),
 R("Anja Köhler", "works_for", SS), R("Anja Köhler", "participated_in", SSD),
 *[R(c, "participated_in", SSD) for c, _, _ in DELEG6],
 *[R(c, "located_in", t) for c, t, _ in DELEG6],
 R(IPMS, "participated_in", SSD), R(TUD, "participated_in", SSD),
 R(IPMS, "located_in", "Dresden"), R(TUD, "located_in", "Dresden"),
 R("Claudia Neumann", "works_for", AHKJ), R(SS, "met_with", "Japan External Trade Organization"),
 R(GEM, "located_in", "Tokyo"), R(GEM, "organized", GJSE), R(AHKJ, "organized", GJSE),
 R(GJSE, "located_in", "Tokyo"),
 R("Katharina Wendt", "works_for", GEM), R("Katharina Wendt", "participated_in", GJSE),
 R(SS, "met_with", "SEMI Japan"),
 R(EW, "met_with", "Tokyo Electron"),
 R(SJ, "located_in", "Tokyo Big Sight"),
 *[R(o, "participated_in", SJ) for o in (SS, CPS, LCS, IPMS)],
 R("Hiroshi Matsuda", "works_for", KPG), R(SS, "met_with", JASM),
 R("Takeshi Ogawa", "works_for", SREC), R(TUD, "partner_of", "Kumamoto University"),
 R("Naoko Shimizu", "works_for", KSDIC), R(SS, "partner_of", KSDIC),
 R(IPMS, "met_with", "Kyushu University"),
 R("SEMICON Europa", "located_in", "Munich"), R("Naoko Shimizu", "participated_in", "SEMICON Europa"),
 R(SS, "participated_in", "SEMICON Europa"),
])

# --- 7. PhotonDelta mission to Canada and the USA (md) -------------------------------
PD = "PhotonDelta"
PDM = "PhotonDelta North America Mission 2024"
NEO = "Embassy of the Kingdom of the Netherlands in Ottawa"
NCG = "Consulate General of the Netherlands in New York"
RVO7 = "Netherlands Enterprise Agency"
DELEG7 = (("SMART Photonics", "Eindhoven", None), ("LioniX International", "Enschede", None),
          ("Delft Quantum Optics B.V.", "Delft", "Delft Quantum Optics"),
          ("Twente Waveguide Systems", "Enschede", None))
TUE = "Eindhoven University of Technology"
UT = "University of Twente"
NRC = "National Research Council Canada"
AEPRC = "Advanced Electronics and Photonics Research Centre"
NEXUS = "Nexus for Quantum Technologies Institute"
INO = "Institut national d'optique"
AIM = "AIM Photonics"
RIT = "Rochester Institute of Technology"
P4Q = "Photonics for Quantum 2024"
GOLD["photondelta-north-america-photonics-mission-2024.md"] = dict(
entities=[
 E(PD, "cluster", "NL"), E("Eindhoven", "place", "NL"),
 E(PDM, "event", None, "PhotonDelta North America Mission"),
 E("Ottawa", "place", "CA"), E("Québec City", "place", "CA"), E("Rochester", "place", "US"),
 E("New York", "place", "US"),
 E(NEO, "public_body", "CA"), E(NCG, "public_body", "US", "Netherlands Consulate General in New York"),
 E(RVO7, "public_body", "NL", "RVO"),
 E("Marieke Janssen", "person", "NL"), E("Pieter Bakker", "person", "NL"),
 *[E(c, "company", "NL", *([a] if a else [])) for c, _, a in DELEG7],
 E("Enschede", "place", "NL"), E("Delft", "place", "NL"),
 E(TUE, "university", "NL", "TU/e"), E(UT, "university", "NL"),
 E("Anke Verhoeven", "person", "NL"),
 E(NRC, "research_org", "CA", "NRC"), E(AEPRC, "research_org", "CA"),
 E("Michel Gagnon", "person", "CA"),
 E("Invest Ottawa", "public_body", "CA"), E("Ciena", "company", "CA"),
 E("University of Ottawa", "university", "CA"), E("Hélène Tremblay", "person", "CA"),
 E(NEXUS, "research_org", "CA"),
 E("Optonique", "cluster", "CA"), E("Quebec", "place", "CA", "Québec"),
 E("Sylvie Côté", "person", "CA"), E(INO, "research_org", "CA", "INO"),
 E(AIM, "research_org", "US"), E("James Holloway", "person", "US"),
 E("University of Rochester", "university", "US"), E("Institute of Optics", "research_org", "US"),
 E(P4Q, "event", "US"), E(RIT, "university", "US", "RIT"),
 E("PIC Summit Europe", "event", "NL"),
],
relations=[
 R(PD, "located_in", "Eindhoven"),
 *[R(o, "organized", PDM) for o in (PD, NEO, NCG, RVO7)],
 *[R(PDM, "located_in", c) for c in ("Ottawa", "Québec City", "Rochester")],
 R(NEO, "located_in", "Ottawa"), R(NCG, "located_in", "New York"),
 R("Marieke Janssen", "works_for", PD), R("Pieter Bakker", "works_for", NCG),
 R("Marieke Janssen", "participated_in", PDM), R("Pieter Bakker", "participated_in", PDM),
 *[R(c, "participated_in", PDM) for c, _, _ in DELEG7],
 *[R(c, "located_in", t) for c, t, _ in DELEG7],
 R(TUE, "participated_in", PDM), R(UT, "participated_in", PDM),
 R("Anke Verhoeven", "works_for", NEO),
 R("Michel Gagnon", "works_for", AEPRC), R("Michel Gagnon", "works_for", NRC),
 R("SMART Photonics", "met_with", NRC),
 R("Delft Quantum Optics B.V.", "met_with", "Ciena"), R("Ciena", "located_in", "Ottawa"),
 R("Hélène Tremblay", "works_for", NEXUS), R(UT, "partner_of", "University of Ottawa"),
 R("Optonique", "located_in", "Quebec"), R("Sylvie Côté", "works_for", "Optonique"),
 R(PD, "partner_of", "Optonique"),
 R("LioniX International", "met_with", INO), R("Twente Waveguide Systems", "met_with", INO),
 R("James Holloway", "works_for", AIM), R(TUE, "met_with", AIM),
 R(P4Q, "located_in", "Rochester"), R(RIT, "organized", P4Q), R(AIM, "organized", P4Q),
 *[R(o, "participated_in", P4Q) for o in (PD, "LioniX International", "Delft Quantum Optics B.V.",
                                          "Marieke Janssen")],
 R("PIC Summit Europe", "located_in", "Eindhoven"), R(PD, "participated_in", "PIC Summit Europe"),
 R("Optonique", "participated_in", "PIC Summit Europe"),
])

# --- 8. Lindholmen Science Park smart-mobility mission to Brazil (txt) ---------------
LSP = "Lindholmen Science Park"
SSM = "Swedish Smart Mobility Mission to Brazil 2023"
CGS = "Consulate General of Sweden in São Paulo"
SBIW = "Sweden-Brazil Innovation Weeks 2023"
CISB = "Swedish-Brazilian Research and Innovation Centre"
ELM = "ELMOB Brasil"
UFABC = "Federal University of ABC"
SLA = "Scania Latin America"
DS = "Drive Sweden"
DELEG8 = (("Hisingen EV Charging AB", "Gothenburg", "Hisingen EV Charging"),
          ("Trollhättan Autonomy AB", "Trollhättan", "Trollhättan Autonomy"),
          ("Mölndal Traffic Analytics AB", "Mölndal", "Mölndal Traffic Analytics"))
HEV, TA, MTA = (c for c, _, _ in DELEG8)
IPT = "Institute for Technological Research"
EML = "UFABC Electric Mobility Laboratory"
EP = "Eletromobilidade Paulista Ltda."
ACDI = "Curitiba Agency for Development and Innovation"
UTFPR = "Federal University of Technology - Paraná"
PML = "Pinhão Mobility Labs"
SCE = "Smart City Expo Curitiba 2024"
GOLD["lindholmen-brazil-smart-mobility-mission-2023.txt"] = dict(
entities=[
 E(LSP, "cluster", "SE"), E("Gothenburg", "place", "SE"), E("Västra Götaland", "place", "SE"),
 E(SSM, "event", "BR"), E("São Paulo", "place", "BR"), E("São Bernardo do Campo", "place", "BR"),
 E("Curitiba", "place", "BR"),
 E("Business Sweden", "public_body", "SE"), E(CGS, "public_body", "BR"),
 E(SBIW, "event", "BR", "Sweden-Brazil Innovation Weeks"),
 E(CISB, "research_org", "BR", "CISB"), E(ELM, "project"), E("Vinnova", "public_body", "SE"),
 E(UFABC, "university", "BR", "Universidade Federal do ABC", "UFABC"),
 E(SLA, "company", "BR"),
 E("Anna Sjöberg", "person", "SE"), E("Erik Lindgren", "person", "SE"), E(DS, "network", "SE"),
 *[E(c, "company", "SE", a) for c, _, a in DELEG8],
 E("Trollhättan", "place", "SE"), E("Mölndal", "place", "SE"),
 E("Karin Holm", "person", "SE"),
 E(IPT, "research_org", "BR", "Instituto de Pesquisas Tecnológicas", "IPT"),
 E("Bruno Ferreira", "person", "BR"), E("Marcos Oliveira", "person", "BR"),
 E("Santo André", "place", "BR"), E(EML, "research_org", "BR"), E("Juliana Moraes", "person", "BR"),
 E(EP, "company", "BR"), E("Paraná", "place", "BR"),
 E(ACDI, "public_body", "BR", "Agência Curitiba de Desenvolvimento e Inovação"),
 E("Rafael Teixeira", "person", "BR"), E("Volvo do Brasil", "company", "BR"),
 E(UTFPR, "university", "BR", "Universidade Tecnológica Federal do Paraná", "UTFPR"),
 E(PML, "company", "BR"), E(SCE, "event", "BR"),
],
relations=[
 R(LSP, "located_in", "Gothenburg"), R(LSP, "located_in", "Västra Götaland"),
 *[R(SSM, "located_in", c) for c in ("São Paulo", "São Bernardo do Campo", "Curitiba")],
 *[R(o, "organized", SSM) for o in (LSP, "Business Sweden", CGS)],
 R(CGS, "located_in", "São Paulo"), R(CISB, "organized", SBIW),
 R(ELM, "funded_by", "Vinnova"), R(CISB, "leads", ELM),
 *[R(o, "consortium_member_of", ELM) for o in (CISB, LSP, UFABC, SLA)],
 R("Anna Sjöberg", "works_for", LSP), R("Erik Lindgren", "works_for", DS),
 R("Anna Sjöberg", "participated_in", SSM), R("Erik Lindgren", "participated_in", SSM),
 R(LSP, "leads", DS), R(DS, "funded_by", "Vinnova"),
 *[R(c, "participated_in", SSM) for c, _, _ in DELEG8],
 *[R(c, "located_in", t) for c, t, _ in DELEG8],
 R("Karin Holm", "works_for", CGS),
 R(IPT, "located_in", "São Paulo"), R(MTA, "met_with", IPT),
 R(CISB, "located_in", "São Bernardo do Campo"), R("Bruno Ferreira", "works_for", CISB),
 R("Bruno Ferreira", "participated_in", SBIW), R("Anna Sjöberg", "participated_in", SBIW),
 R(SLA, "located_in", "São Bernardo do Campo"), R("Marcos Oliveira", "works_for", SLA),
 R("Juliana Moraes", "works_for", EML),
 R(HEV, "met_with", EP), R(EP, "located_in", "São Paulo"), R(LSP, "partner_of", UFABC),
 R(ACDI, "located_in", "Curitiba"), R("Rafael Teixeira", "works_for", ACDI), R(LSP, "partner_of", ACDI),
 R("Volvo do Brasil", "located_in", "Curitiba"), R(TA, "met_with", "Volvo do Brasil"),
 R(TA, "partner_of", PML), R(PML, "located_in", "Curitiba"),
 R(SCE, "located_in", "Curitiba"), R(LSP, "participated_in", SCE),
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
            for f in [e["name"], *e["aliases"]]:
                key = f.lower()
                assert key not in forms, (doc, "surface form used twice", f, forms.get(key), e["name"])
                forms[key] = e["name"]
                assert key in text, (doc, "not in text", f)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert s in types and o in types, (doc, "undeclared end", r)
            assert p in ALLOWED, (doc, "unknown predicate", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, (doc, "types not allowed", r, types[s], types[o])
            assert s != o, (doc, "self relation", r)
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)
    assert len(list(DOCS.iterdir())) == len(GOLD), "documents without gold"


if __name__ == "__main__":
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))
