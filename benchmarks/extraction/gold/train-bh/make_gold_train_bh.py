"""Hand annotations of the `train-bh` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-bh/make_gold_train_bh.py

Theme: people-heavy texts (board elections and appointments, an interview with a new
CEO, a speaker line-up, a delegation report with a table of representatives, a
consortium kick-off with work-package contacts, a "people on the move" newsletter and
a panel recap), with titles, quotations, and surnames or first names used alone later.

Annotation choices made consistently across this set:
- a person's `name` is written without titles (Dr, Prof.); the surname used alone, and
  the first name used alone (in quotations: "Isabelle brings ..."), are aliases;
- `works_for` for every role the text gives a person at an organisation, including past
  roles ("joins from X, where he was ...", "previously CMO at X", "leaves OCC to become
  CEO of Y": both); a person who holds an office of an organisation (chair or member of
  its board, president, secretary general) also `works_for` it; the people who only
  represent member organisations on a committee `works_for` their own organisation;
- heads and members of a delegation (people and organisations) `participated_in` the
  event; speakers and moderators `participated_in` the event or named session they speak
  at, but their organisations only when the text places the organisation there (stand,
  pavilion, delegation, sponsor, an agreement signed at the event: both signatories);
- a session with a proper name ("Clusters Without Borders") is an event of its own:
  its speakers `participated_in` the session (not also the enclosing conference);
  unnamed meetings (kick-off meeting, general assembly, networking breakfast, a panel
  known only by its question) are not events;
- "X and Y organised" / "co-organise" gives `organized` for each and `partner_of`
  between them, and organising or proposing something else together (a panel) gives
  `partner_of`; "hosted by X" gives `organized` only; sharing a pavilion or a stand,
  or exhibiting on one, gives `participated_in` only;
- MoUs, signed agreements, joint pilots and exchanges run together give `partner_of`;
  a visit or meeting gives `met_with` between the visitor's organisation (for a
  delegation: the head of delegation's) and the organisation visited;
- a project coordinator gets `leads` and `consortium_member_of`; a person named project
  coordinator or project lead `leads` the project; work-package leads and deputies
  only `works_for` their organisation;
- an organisation is `located_in` the city the text places it in ("X-based", "based
  in", a city column of a table, "the MVA office in Copenhagen", "KHIDI's European
  office in Frankfurt") and in the region it is "the cluster of"; venues (MiCo Milano
  Congressi, Altice Arena, FIL, and the Cambridge Innovation Center and Barcelona Science
  Park when they are only named as venues) are places, and events are `located_in` their
  venue and their city;
- member companies ("member company", "joined the cluster") are `member_of` the cluster;
  a company based at, or opening an office in, a science or innovation park is
  `member_of` the park (a `cluster`);
- industry associations (MassBio, SwedenBIO, Assobiotec, CzechBio, the LBA) are
  `cluster`; hospitals are `research_org`; Karolinska Institutet is a `university`;
  trade and investment agencies, the Nordic Council of Ministers, HaDEA and the
  European Commission are `public_body`; a media company is a `company`; Unicorn
  Factory Lisboa ("the city's start-up programme") and Startup Visa are `programme`;
- participations and projects stated as planned or decided are annotated like past ones;
- sub-units of an organisation (a department, a faculty, a country office, a stand or
  pavilion) are not annotated as entities of their own;
- countries are not annotated as places; regions (Wallonia, Skåne, Greater Copenhagen,
  Medicon Valley, Catalonia, Massachusetts, Schleswig-Holstein) and districts are.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-bh"

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

# --- press release: BioWin board and international team ------------------------------
BW = "BioWin"
IM = "Isabelle Marchal"
NOV = "Novacyte Therapeutics"
ULG = "University of Liège"
STX = "Stellarix Bio"
TDS = "Thomas De Smet"
AWEX = "Wallonia Export & Investment Agency"
NG = "Nathalie Gérard"
CEBR = "Council of European BioRegions"
BE23 = "BIO-Europe 2023"
QD = "Quantimed Diagnostics"
EMR = "EMR-CellNet"
UKA = "Uniklinik RWTH Aachen"
BCC = "Brightlands Chemelot Campus"
GOLD["biowin-board-appointments-2023.txt"] = dict(
entities=[
 E(BW, "cluster", "BE"), E("Mont-Saint-Guibert", "place", "BE"), E("Wallonia", "place", "BE"),
 E(IM, "person", "BE", "Marchal", "Isabelle"), E(NOV, "company", "BE"), E("Liège", "place", "BE"),
 E("Philippe Verhaegen", "person", "BE", "Verhaegen"),
 E("Boston", "place", "US"), E("Basel", "place", "CH"), E("Tokyo", "place", "JP"),
 E("Karim Benali", "person", "BE", "Benali"), E(ULG, "university", "BE", "ULiège"),
 E("Sophie Lambotte", "person", "BE"), E(STX, "company", "BE"), E("Gosselies", "place", "BE"),
 E(TDS, "person", "BE", "De Smet", "Thomas"), E(AWEX, "public_body", "BE", "AWEX"),
 E(NG, "person", "BE", "Gérard", "Nathalie"), E(CEBR, "network", "BE", "CEBR"),
 E("Brussels", "place", "BE"), E("Marc Lejeune", "person", "BE"),
 E(BE23, "event", "DE"), E("Munich", "place", "DE"),
 E(QD, "company", "BE"), E("Namur", "place", "BE"),
 E(EMR, "project"), E("Interreg Euregio Meuse-Rhine", "programme"),
 E("Maastricht University", "university", "NL"), E(UKA, "research_org", "DE"),
 E(BCC, "cluster", "NL"), E("Geleen", "place", "NL"), E("Aachen", "place", "DE"),
],
relations=[
 R(BW, "located_in", "Mont-Saint-Guibert"), R(BW, "located_in", "Wallonia"),
 R(IM, "works_for", BW), R(IM, "works_for", NOV), R(NOV, "located_in", "Liège"),
 R("Philippe Verhaegen", "works_for", BW),
 R("Karim Benali", "works_for", ULG), R("Karim Benali", "works_for", BW),
 R("Sophie Lambotte", "works_for", STX), R("Sophie Lambotte", "works_for", BW),
 R(STX, "located_in", "Gosselies"),
 R(TDS, "works_for", BW), R(TDS, "works_for", AWEX),
 R(NG, "works_for", BW), R(NG, "works_for", CEBR), R(CEBR, "located_in", "Brussels"),
 R("Marc Lejeune", "works_for", BW),
 R(BE23, "located_in", "Munich"),
 *[R(x, "participated_in", BE23) for x in (TDS, BW, AWEX, NOV, STX, QD)],
 R(QD, "located_in", "Namur"),
 *[R(c, "member_of", BW) for c in (NOV, STX, QD)],
 R(BW, "leads", EMR), R(TDS, "leads", EMR),
 *[R(o, "consortium_member_of", EMR) for o in (BW, "Maastricht University", UKA, BCC)],
 R(EMR, "funded_by", "Interreg Euregio Meuse-Rhine"), R(BCC, "located_in", "Geleen"),
])

# --- newsletter interview: new CEO of Medicon Valley Alliance -------------------------
HV = "Henrik Vestergaard"
MVA = "Medicon Valley Alliance"
ALD = "Aldrin Biosciences"
KS = "Karin Sjöberg"
BIO24 = "BIO International Convention"
LINKJ = "Life Science Innovation Network Japan"
JE = "Jonas Ekström"
LU = "Lund University"
NAMR = "NordicAMR"
IOKS = "Interreg Öresund-Kattegat-Skagerrak"
UCPH = "University of Copenhagen"
SAN = "Sanovera Diagnostics"
NLS = "Nordic Life Science Days"
GOLD["medicon-valley-alliance-new-ceo-interview-2024.md"] = dict(
entities=[
 E(HV, "person", "DK", "Vestergaard"), E("Camilla Friis", "person", "DK"),
 E(MVA, "cluster", "DK", "MVA"), E("Greater Copenhagen", "place", "DK"), E("Skåne", "place", "SE"),
 E("Medicon Valley", "place", "DK"),
 E(ALD, "company", "DK", "Aldrin"), E("Copenhagen", "place", "DK"), E("Lund", "place", "SE"),
 E(KS, "person", "SE", "Sjöberg", "Karin"),
 E(BIO24, "event", "US", "BIO"), E("San Diego", "place", "US"),
 E("Business Sweden", "public_body", "SE"), E("Invest in Denmark", "public_body", "DK"),
 E(LINKJ, "network", "JP", "LINK-J"), E("Nihonbashi", "place", "JP"), E("Tokyo", "place", "JP"),
 E("Kenji Moriyama", "person", "JP"),
 E(JE, "person", "SE", "Ekström"), E(LU, "university", "SE"),
 E(NAMR, "project"), E(IOKS, "programme"), E(UCPH, "university", "DK"),
 E(SAN, "company", "SE"), E("Malmö", "place", "SE"),
 E("Brolab ApS", "company", "DK"), E("Hørsholm", "place", "DK"),
 E("Mads Kjærgaard", "person", "DK"),
 E(NLS, "event", "SE", "NLSDays"), E("SwedenBIO", "cluster", "SE"),
 E("INSEAD", "university", "FR"),
],
relations=[
 R(HV, "works_for", MVA), R(HV, "works_for", ALD), R(ALD, "located_in", "Copenhagen"),
 R("Camilla Friis", "works_for", MVA),
 R(MVA, "located_in", "Copenhagen"), R(MVA, "located_in", "Greater Copenhagen"),
 R(MVA, "located_in", "Skåne"),
 R(KS, "works_for", MVA),
 R(BIO24, "located_in", "San Diego"),
 *[R(x, "participated_in", BIO24) for x in (MVA, KS, "Business Sweden", "Invest in Denmark")],
 R(MVA, "partner_of", LINKJ), R(LINKJ, "located_in", "Nihonbashi"), R(LINKJ, "located_in", "Tokyo"),
 R("Kenji Moriyama", "works_for", LINKJ), R(LINKJ, "met_with", MVA),
 R(JE, "works_for", LU), R(JE, "works_for", MVA),
 R(MVA, "leads", NAMR), R("Mads Kjærgaard", "leads", NAMR), R("Mads Kjærgaard", "works_for", MVA),
 *[R(o, "consortium_member_of", NAMR) for o in (MVA, LU, UCPH, SAN, "Brolab ApS")],
 R(NAMR, "funded_by", IOKS),
 R(SAN, "located_in", "Malmö"), R("Brolab ApS", "located_in", "Hørsholm"),
 R(SAN, "member_of", MVA), R("Brolab ApS", "member_of", MVA),
 R("SwedenBIO", "organized", NLS), R(NLS, "located_in", "Malmö"),
 R(MVA, "participated_in", NLS), R(HV, "participated_in", NLS),
])

# --- speaker line-up: Clusters Without Borders at BIO-Europe Spring 2025 -----------------
CWB = "Clusters Without Borders"
BES = "BIO-Europe Spring 2025"
CL = "Cluster Lombardo Scienze della Vita"
MICO = "MiCo Milano Congressi"
GF = "Giulia Ferraresi"
PVD = "Pieter van Dalen"
LBSP = "Leiden Bio Science Park"
AT = "Aiko Tanaka"
KBIC = "Kobe Biomedical Innovation Cluster"
RO = "Rafael Ortega"
HW = "Hannah Whitfield"
MB = "Massachusetts Biotechnology Council"
LN = "Luka Novak"
NEX = "Nexigen Therapeutics"
MK = "Martin Kessler"
GOLD["clusters-without-borders-bio-europe-spring-speakers-2025.html"] = dict(
entities=[
 E(CWB, "event", "IT"), E(BES, "event", "IT", "BIO-Europe Spring"), E("Milan", "place", "IT"),
 E(CEBR, "network", "BE", "CEBR"), E(CL, "cluster", "IT"), E(MICO, "place", "IT"),
 E("EBD Group", "company"),
 E(GF, "person", "IT", "Ferraresi"), E(PVD, "person", "NL", "Van Dalen"),
 E(LBSP, "cluster", "NL"), E("Leiden", "place", "NL"),
 E(AT, "person", "JP", "Tanaka"), E(KBIC, "cluster", "JP", "KBIC"), E("Kobe", "place", "JP"),
 E("City of Kobe", "public_body", "JP"), E("Port Island", "place", "JP"),
 E(RO, "person", "ES", "Ortega"), E("Biocat", "cluster", "ES"), E("Barcelona", "place", "ES"),
 E("Catalonia", "place", "ES"), E("Massachusetts", "place", "US"),
 E(HW, "person", "US", "Whitfield"), E(MB, "cluster", "US", "MassBio"),
 E("Cambridge", "place", "US"), E("Boston", "place", "US"),
 E(LN, "person", "SI", "Novak"), E(NEX, "company", "SI", "Nexigen"), E("Ljubljana", "place", "SI"),
 E(MK, "person", None, "Kessler"), E("Regione Lombardia", "public_body", "IT"),
 E("Assobiotec", "cluster", "IT"),
],
relations=[
 R(CEBR, "organized", CWB), R(CL, "organized", CWB), R(CEBR, "partner_of", CL),
 R("EBD Group", "organized", BES), R(BES, "located_in", "Milan"),
 R(CWB, "located_in", MICO), R(CWB, "located_in", "Milan"),
 *[R(p, "participated_in", CWB) for p in (GF, PVD, AT, RO, HW, LN, MK)],
 R(GF, "works_for", CL), R(PVD, "works_for", LBSP), R(AT, "works_for", KBIC),
 R(RO, "works_for", "Biocat"), R(HW, "works_for", MB), R(LN, "works_for", NEX),
 R(MK, "works_for", CEBR),
 R(CL, "located_in", "Milan"), R(LBSP, "located_in", "Leiden"), R(KBIC, "located_in", "Kobe"),
 R("Biocat", "located_in", "Barcelona"), R(MB, "located_in", "Cambridge"),
 R(NEX, "located_in", "Ljubljana"),
 R("Biocat", "partner_of", MB), R(KBIC, "partner_of", "City of Kobe"), R(NEX, "member_of", LBSP),
 R("Regione Lombardia", "participated_in", CWB),
 R(CEBR, "participated_in", BES), R("Assobiotec", "participated_in", BES),
])

# --- network news: CEBR elects a President and an executive committee -------------------
AM22 = "CEBR Annual Meeting 2022"
AM23 = "CEBR Annual Meeting 2023"
CBH = "CataloniaBio & HealthTech"
MKE = "Martina Keller"
SM = "Sofía Marín"
LBA = "Lithuanian Biotechnology Association"
OCC = "Oslo Cancer Cluster"
HCP = "Health Cluster Portugal"
LX = "LIFE-XCHANGE"
VM = "Vincent Morel"
GOLD["cebr-new-president-executive-committee-2022.txt"] = dict(
entities=[
 E(CEBR, "network", "BE", "CEBR"), E(MKE, "person", "DE", "Keller"), E("Brussels", "place", "BE"),
 E(AM22, "event", "ES"), E("Barcelona", "place", "ES"), E(CBH, "cluster", "ES"),
 E("Heidelberg", "place", "DE"), E("BioRN", "cluster", "DE"), E(SM, "person", "ES", "Marín"),
 E("Barcelona Science Park", "place", "ES", "Parc Científic de Barcelona"),
 E("Kaunas", "place", "LT"), E("Munich", "place", "DE"),
 E("Genopole", "cluster", "FR"), E("Étienne Roussel", "person", "FR"),
 E(LBA, "cluster", "LT", "LBA"), E("Rasa Jankauskienė", "person", "LT"),
 E("Flanders.bio", "cluster", "BE"), E("Jeroen Peeters", "person", "BE"),
 E(OCC, "cluster", "NO"), E("Sindre Haugland", "person", "NO", "Haugland"),
 E("Biocon Valley", "cluster", "DE"), E("Annika Wendt", "person", "DE"),
 E(HCP, "cluster", "PT"), E("Porto", "place", "PT"), E("CzechBio", "cluster", "CZ"),
 E("Joana Pacheco", "person", "PT"),
 E(LX, "project"), E("Single Market Programme", "programme"),
 E(VM, "person", None, "Morel"), E(AM23, "event", "LT"),
],
relations=[
 R(CEBR, "located_in", "Brussels"),
 R(CEBR, "organized", AM22), R(CBH, "organized", AM22), R(AM22, "located_in", "Barcelona"),
 R(AM22, "located_in", "Barcelona Science Park"),
 R(MKE, "works_for", "BioRN"), R(MKE, "works_for", CEBR), R("BioRN", "located_in", "Heidelberg"),
 R(SM, "works_for", CBH), R(SM, "works_for", CEBR), R(CBH, "located_in", "Barcelona"),
 *[R(p, "participated_in", AM22) for p in (MKE, SM, "Joana Pacheco")],
 *[R(o, "member_of", CEBR) for o in (
   "BioRN", "Genopole", LBA, "Flanders.bio", OCC, "Biocon Valley", CBH, HCP, "CzechBio")],
 R("Étienne Roussel", "works_for", "Genopole"), R("Rasa Jankauskienė", "works_for", LBA),
 R("Jeroen Peeters", "works_for", "Flanders.bio"), R("Sindre Haugland", "works_for", OCC),
 R("Annika Wendt", "works_for", "Biocon Valley"), R("Joana Pacheco", "works_for", HCP),
 R(VM, "works_for", CEBR),
 R(HCP, "located_in", "Porto"),
 R(CEBR, "leads", LX), R(VM, "leads", LX),
 *[R(o, "consortium_member_of", LX) for o in (CEBR, "BioRN", LBA, "Flanders.bio")],
 R(LX, "funded_by", "Single Market Programme"),
 R(AM23, "located_in", "Kaunas"), R(LBA, "organized", AM23), R(CEBR, "organized", AM23),
])

# --- delegation report: Life Science Nord at BIO 2023 in Boston ------------------------
LSN = "Life Science Nord"
BIO23 = "BIO International Convention"
KM = "Katharina Möller"
GTAI = "Germany Trade & Invest"
NWB = "Nordwind Biologics"
KD = "Kielbay Diagnostics"
TMS = "Trave Medical Systems"
UZL = "University of Lübeck"
HI = "Hamburg Invest"
MLSC = "Massachusetts Life Sciences Center"
PB = "Pellucid Bio"
BCH = "Boston Children's Hospital"
GLSE = "German Life Sciences Evening"
CIC = "Cambridge Innovation Center"
UB = "Ulrike Brenner"
GOLD["life-science-nord-delegation-bio-boston-2023.md"] = dict(
entities=[
 E(LSN, "cluster", "DE"), E("Hamburg", "place", "DE"), E("Schleswig-Holstein", "place", "DE"),
 E(BIO23, "event", "US", "BIO 2023", "BIO"), E("Boston", "place", "US"),
 E("Massachusetts", "place", "US"),
 E(KM, "person", "DE", "Möller"), E(GTAI, "public_body", "DE", "GTAI"),
 E("San Diego", "place", "US"),
 E(NWB, "company", "DE"), E("Jan Petersen", "person", "DE", "Petersen"),
 E(KD, "company", "DE"), E("Merle Hansen", "person", "DE", "Hansen"),
 E(TMS, "company", "DE"), E("Ole Brandt", "person", "DE", "Brandt"),
 E(UZL, "university", "DE"), E("Sabine Krüger", "person", "DE", "Krüger"),
 E(HI, "public_body", "DE"), E("Felix Wagner", "person", "DE"),
 E(MB, "cluster", "US", "MassBio"), E("Cambridge", "place", "US"),
 E("Daniel Okoro", "person", "US"), E(MLSC, "public_body", "US"),
 E(PB, "company", "US"), E(BCH, "research_org", "US"),
 E(GLSE, "event", "US"), E(CIC, "place", "US"), E(UB, "person", "DE"),
 E("MEDICA 2023", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("BIO 2024", "event", "US"),
],
relations=[
 R(LSN, "located_in", "Hamburg"), R(BIO23, "located_in", "Boston"),
 *[R(x, "participated_in", BIO23) for x in (
   LSN, NWB, KD, TMS, UZL, HI, KM, "Jan Petersen", "Merle Hansen", "Ole Brandt",
   "Sabine Krüger", "Felix Wagner", GTAI, PB)],
 R(KM, "works_for", LSN), R("Jan Petersen", "works_for", NWB), R("Merle Hansen", "works_for", KD),
 R("Ole Brandt", "works_for", TMS), R("Sabine Krüger", "works_for", UZL),
 R("Felix Wagner", "works_for", HI), R("Daniel Okoro", "works_for", MB), R(UB, "works_for", LSN),
 R(LSN, "met_with", MB), R(UZL, "met_with", MLSC), R(KD, "met_with", MLSC), R(KD, "met_with", BCH),
 R(MB, "located_in", "Cambridge"),
 R(NWB, "partner_of", PB), R(PB, "located_in", "Cambridge"),
 R(GTAI, "organized", GLSE), R(LSN, "organized", GLSE), R(GTAI, "partner_of", LSN),
 R(GLSE, "located_in", CIC), R(GLSE, "located_in", "Cambridge"), R(UB, "participated_in", GLSE),
 R("MEDICA 2023", "located_in", "Düsseldorf"),
 R(LSN, "participated_in", "BIO 2024"), R(KM, "participated_in", "BIO 2024"),
 R("BIO 2024", "located_in", "San Diego"),
])

# --- consortium news: NEURO-TWIN kick-off (Horizon Europe) ----------------------------
NT = "NEURO-TWIN"
KI = "Karolinska Institutet"
ES = "Eva Sandberg"
TR = "Tobias Richter"
CH = "Charité – Universitätsmedizin Berlin"
CR = "Camille Rousseau"
AU = "Aalto University"
MH = "Mikko Halonen"
NSA = "Neurospark Analytics"
KL = "Kadri Lepik"
AR = "Ana Ribeiro"
EBC = "European Brain Council"
LG = "Lorenzo Gatti"
MBE = "Marco Bellini"
HAD = "European Health and Digital Executive Agency"
M24 = "MEDICA 2024"
BID = "Brain Innovation Days"
GOLD["neuro-twin-horizon-europe-kick-off-2024.html"] = dict(
entities=[
 E(NT, "project"), E(KI, "university", "SE", "KI"), E("Solna", "place", "SE"),
 E("Stockholm", "place", "SE"), E("Horizon Europe", "programme"),
 E(ES, "person", "SE", "Sandberg"), E(TR, "person", "DE"), E(CH, "research_org", "DE", "Charité"),
 E("Berlin", "place", "DE"), E("Inria", "research_org", "FR"), E("Paris", "place", "FR"),
 E(CR, "person", "FR", "Rousseau"), E(AU, "university", "FI", "Aalto"), E("Espoo", "place", "FI"),
 E(MH, "person", "FI", "Halonen"), E(NSA, "company", "EE"), E("Tallinn", "place", "EE"),
 E(KL, "person", "EE", "Lepik"), E("EIT Health", "network"), E("Munich", "place", "DE"),
 E(AR, "person", None, "Ribeiro"), E(EBC, "network", "BE", "EBC"), E("Brussels", "place", "BE"),
 E(LG, "person", None), E(MBE, "person", None, "Bellini"), E(HAD, "public_body", None, "HaDEA"),
 E("European Commission", "public_body"),
 E(M24, "event", "DE"), E("Düsseldorf", "place", "DE"), E("Enterprise Estonia", "public_body", "EE"),
 E(BID, "event", "BE"),
],
relations=[
 R(KI, "leads", NT), R(ES, "leads", NT),
 *[R(o, "consortium_member_of", NT) for o in (KI, CH, "Inria", AU, NSA, "EIT Health", EBC)],
 R(NT, "funded_by", "Horizon Europe"),
 R(ES, "works_for", KI), R(TR, "works_for", CH), R(CR, "works_for", "Inria"), R(MH, "works_for", AU),
 R(KL, "works_for", NSA), R(AR, "works_for", "EIT Health"), R(LG, "works_for", EBC),
 R(MBE, "works_for", HAD),
 R(KI, "located_in", "Solna"), R(CH, "located_in", "Berlin"), R("Inria", "located_in", "Paris"),
 R(AU, "located_in", "Espoo"), R(NSA, "located_in", "Tallinn"),
 R("EIT Health", "located_in", "Munich"), R(EBC, "located_in", "Brussels"),
 R(M24, "located_in", "Düsseldorf"), R(NSA, "participated_in", M24),
 R("Enterprise Estonia", "participated_in", M24),
 R(EBC, "organized", BID), R(BID, "located_in", "Brussels"),
])

# --- member newsletter: Oslo Cancer Cluster, people on the move ------------------------
MO = "Marte Ødegaard"
INO = "Innovation Norway"
NOH = "NORDIC-ONCO-HUB"
TSP = "Turku Science Park"
NI = "Nordic Innovation"
TA = "Tor Aasheim"
NHT = "Norway Health Tech"
OSP = "Oslo Science Park"
FT = "Fjordcell Therapeutics"
OCIP = "Oslo Cancer Cluster Innovation Park"
LEN = "Lars-Erik Nygård"
AO = "Aurora Oncology"
SH = "Siri Hovland"
IB = "Ingrid Bakke"
UIO = "University of Oslo"
KB = "Kvantix Bio"
HIM = "Halden Imaging"
ASCO = "ASCO Annual Meeting"
GOLD["oslo-cancer-cluster-people-on-the-move-2024.md"] = dict(
entities=[
 E(OCC, "cluster", "NO", "OCC"), E(MO, "person", "NO", "Ødegaard"), E(INO, "public_body", "NO"),
 E("Tokyo", "place", "JP"), E("BioJapan", "event", "JP"), E("Yokohama", "place", "JP"),
 E(NOH, "project"), E("Uppsala BIO", "cluster", "SE"), E(TSP, "cluster", "FI"),
 E(NI, "public_body"), E("Nordic Council of Ministers", "public_body"),
 E(TA, "person", "NO", "Aasheim", "Tor"), E(NHT, "cluster", "NO"), E(OSP, "cluster", "NO"),
 E("Kjetil Strand", "person", "NO"),
 E(FT, "company", "NO", "Fjordcell"), E(OCIP, "cluster", "NO"),
 E("Oslo", "place", "NO"),
 E(LEN, "person", "NO", "Nygård", "Lars-Erik"), E("Bergen", "place", "NO"), E(AO, "company", "NO"),
 E(SH, "person", "NO", "Hovland"), E(IB, "person", "NO", "Bakke"), E(UIO, "university", "NO"),
 E(KB, "company", "SE"), E("Uppsala", "place", "SE"), E("Elin Norberg", "person", "SE"),
 E("Uppsala University", "university", "SE"),
 E(HIM, "company", "NO"), E("Halden", "place", "NO"),
 E("Jonas Berg", "person", "NO"), E("Amir Haddad", "person", "NO"),
 E(ASCO, "event", "US"), E("Chicago", "place", "US"),
],
relations=[
 R(MO, "works_for", OCC), R(MO, "works_for", INO), R(INO, "located_in", "Tokyo"),
 R(INO, "participated_in", "BioJapan"), R(MO, "participated_in", "BioJapan"),
 R("BioJapan", "located_in", "Yokohama"),
 R(MO, "leads", NOH), R(OCC, "leads", NOH),
 *[R(o, "consortium_member_of", NOH) for o in (OCC, "Uppsala BIO", TSP)],
 R(NOH, "funded_by", NI),
 R(TA, "works_for", OCC), R(TA, "works_for", NHT), R(NHT, "member_of", OSP),
 R("Kjetil Strand", "works_for", OCC),
 R(FT, "member_of", OCC), R(FT, "member_of", OCIP), R(FT, "located_in", "Oslo"),
 R(OCIP, "located_in", "Oslo"),
 R(LEN, "works_for", FT), R(LEN, "works_for", AO), R(AO, "located_in", "Bergen"),
 R(SH, "works_for", FT),
 R(IB, "works_for", UIO), R(IB, "works_for", OCC),
 R(KB, "member_of", OCC), R(KB, "located_in", "Uppsala"), R(KB, "member_of", OCIP),
 R("Elin Norberg", "works_for", KB), R("Elin Norberg", "works_for", "Uppsala University"),
 R(HIM, "member_of", OCC), R(HIM, "located_in", "Halden"),
 R("Jonas Berg", "works_for", HIM), R("Amir Haddad", "works_for", HIM),
 R(ASCO, "located_in", "Chicago"),
 *[R(x, "participated_in", ASCO) for x in (MO, OCC, FT, KB, HIM, LEN)],
])

# --- event recap: health clusters panel at Web Summit 2024 -----------------------------
WS = "Web Summit 2024"
AICEP = "AICEP Portugal Global"
IC = "Inês Carvalho"
RA = "Ricardo Almeida"
SP = "Startup Portugal"
AOK = "Amara Okafor"
KH = "Kora Health"
JM = "Julien Moreau"
TRC = "Tagus River Capital"
SL = "Sarah Lindqvist"
HTW = "HealthTech Weekly"
UP = "University of Porto"
KHIDI = "Korea Health Industry Development Institute"
PJ = "Park Ji-hoon"
PHF = "Porto Health Forum 2025"
GOLD["web-summit-health-clusters-panel-recap-2024.txt"] = dict(
entities=[
 E(WS, "event", "PT"), E("Altice Arena", "place", "PT"), E("FIL", "place", "PT"),
 E("Lisbon", "place", "PT"), E(HCP, "cluster", "PT", "HCP"), E("Web Summit", "company", "IE"),
 E(AICEP, "public_body", "PT"),
 E(IC, "person", "PT", "Carvalho"), E(RA, "person", "PT", "Almeida"), E(SP, "public_body", "PT"),
 E(AOK, "person", "NG", "Okafor"), E(KH, "company", "NG"), E("Lagos", "place", "NG"),
 E("Porto", "place", "PT"),
 E(JM, "person", None, "Moreau"), E(TRC, "company", "PT"),
 E(SL, "person", None, "Lindqvist"), E(HTW, "company", "DE"), E("Berlin", "place", "DE"),
 E("Braga", "place", "PT"), E("Startup Visa", "programme", "PT"), E(UP, "university", "PT"),
 E("Unicorn Factory Lisboa", "programme", "PT"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E(PJ, "person", "KR", "Park"), E("Frankfurt", "place", "DE"),
 E(PHF, "event", "PT"),
],
relations=[
 R("Web Summit", "organized", WS), R(WS, "located_in", "Lisbon"),
 R(WS, "located_in", "Altice Arena"), R(WS, "located_in", "FIL"),
 *[R(x, "participated_in", WS) for x in (IC, RA, AOK, JM, SL, HCP, AICEP, KHIDI, PJ)],
 R(IC, "works_for", HCP), R(RA, "works_for", SP), R(AOK, "works_for", KH), R(JM, "works_for", TRC),
 R(SL, "works_for", HTW), R(PJ, "works_for", KHIDI),
 R(KH, "located_in", "Lagos"), R(KH, "located_in", "Porto"), R(TRC, "located_in", "Lisbon"),
 R(HTW, "located_in", "Berlin"), R(KHIDI, "located_in", "Frankfurt"),
 R(KH, "met_with", UP), R(KH, "partner_of", UP),
 R(HCP, "partner_of", KHIDI), R(HCP, "partner_of", AICEP),
 R(HCP, "organized", PHF), R(PHF, "located_in", "Porto"),
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
