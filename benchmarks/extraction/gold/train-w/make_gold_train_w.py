"""Hand annotations of the `train-w` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-w/make_gold_train_w.py

Theme: UK and Ireland (Scottish, Welsh, Northern Irish, English and Irish clusters,
catapults, universities, Enterprise Ireland, Innovate UK) and their partners abroad.
Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Conventions of this set:
- Scotland, Wales, England and Northern Ireland are treated as countries (not
  annotated as places), like the UK and Ireland themselves; regions such as
  "South Wales", "North East England", "Munster", "East Midlands" are places.
- Planned participations stated as agreed ("will exhibit at", "will return to")
  are annotated like past ones; invitations and wishes are not.
- Exhibition venues named as such (Makuhari Messe, KINTEX) are places.
- A location is annotated only when the text states it ("Toulouse-based",
  "X (Derby)", "in Y"), not when it can only be read from an organisation's name.
"""

import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
ALLOWED = {
    "partner_of": (ORG, ORG),
    "member_of": (ORG, {"network", "cluster"}),
    "participated_in": (ORG | {"person"}, {"event"}),
    "organized": (ORG, {"event"}),
    "met_with": (ORG, ORG),
    "consortium_member_of": (ORG, {"project"}),
    "leads": (ORG | {"person"}, {"project", "network"}),
    "funded_by": ({"project", "network"}, ORG | {"programme"}),
    "located_in": (ORG | {"event"}, {"place"}),
    "works_for": ({"person"}, ORG),
}
TYPES = ORG | {"programme", "event", "project", "person", "place"}
DOCS = Path(__file__).resolve().parents[2] / "docs" / "train-w"

GOLD = {}

# --- annual-report chapter: Scottish life sciences cluster ------------------------
SLA = "Scottish Lifesciences Association"
SDI = "Scottish Development International"
BIO23 = "BIO International Convention 2023"
BIO24 = "BIO International Convention 2024"
REC = "Scottish Life Sciences Reception"
BE = "BIO-Europe 2023"
FM = "Fiona MacLeod"
CBL = "Clydebank Biologics Ltd"
IBIOIC = "Industrial Biotechnology Innovation Centre"
SLA_MEMBERS = ((CBL, "Clydebank"), ("Pentland Diagnostics", "Edinburgh"),
               ("Tayside Cell Therapies", "Dundee"))
GOLD["scottish-lifesciences-international-2023.txt"] = dict(
entities=[
 E(SLA, "cluster", "GB", "SLA"), E("Edinburgh", "place", "GB"), E("Glasgow", "place", "GB"),
 E(BIO23, "event", "US", "BIO 2023", "BIO International Convention"), E("Boston", "place", "US"),
 E(SDI, "public_body", "GB", "SDI"), E("Scottish Enterprise", "public_body", "GB", "Iomairt na h-Alba"),
 E(CBL, "company", "GB", "Clydebank Biologics"), E("Pentland Diagnostics", "company", "GB"),
 E("Tayside Cell Therapies", "company", "GB"),
 E("Clydebank", "place", "GB"), E("Dundee", "place", "GB"),
 E(REC, "event", "US"), E(FM, "person", "GB", "MacLeod"),
 E("Massachusetts Biotechnology Council", "cluster", "US", "MassBio"),
 E("Massachusetts", "place", "US"),
 E(BE, "event", "DE"), E("EBD Group", "company"), E("Munich", "place", "DE"),
 E("Biocat", "cluster", "ES"), E("Barcelona", "place", "ES"),
 E("Jordi Puig Serra", "person", "ES"),
 E("Medicon Valley Alliance", "cluster", "DK"), E("BioM", "cluster", "DE"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("CELLBRIDGE", "project"), E("Innovate UK", "public_body", "GB"),
 E("ACCIÓ", "public_body", "ES"), E("University of Dundee", "university", "GB"),
 E("Cellia Therapeutics SL", "company", "ES"),
 E("AMR-SENSE", "project"), E(IBIOIC, "research_org", "GB", "IBioIC"),
 E("Roslin Institute", "research_org", "GB"),
 E("Biotechnology and Biological Sciences Research Council", "public_body", "GB", "BBSRC"),
 E("Japan Bioindustry Association", "network", "JP", "JBA"), E("Tokyo", "place", "JP"),
 E("Alasdair Grant", "person", "GB"),
 E(BIO24, "event", "US"), E("San Diego", "place", "US"),
],
relations=[
 R(SLA, "located_in", "Edinburgh"), R(SLA, "located_in", "Glasgow"),
 R(BIO23, "located_in", "Boston"), R(SLA, "participated_in", BIO23), R(SDI, "participated_in", BIO23),
 *[R(c, "member_of", SLA) for c, _ in SLA_MEMBERS],
 *[R(c, "participated_in", BIO23) for c, _ in SLA_MEMBERS],
 *[R(c, "located_in", t) for c, t in SLA_MEMBERS],
 R(SDI, "organized", REC), R(SLA, "organized", REC),
 R(FM, "works_for", SLA), R(FM, "participated_in", REC),
 R(SLA, "partner_of", "Massachusetts Biotechnology Council"),
 R("EBD Group", "organized", BE), R(BE, "located_in", "Munich"),
 R(SLA, "participated_in", BE), R("Biocat", "participated_in", BE),
 R(FM, "participated_in", BE), R("Jordi Puig Serra", "participated_in", BE),
 R("Jordi Puig Serra", "works_for", "Biocat"),
 R(SLA, "partner_of", "Biocat"), R("Biocat", "located_in", "Barcelona"),
 R(SLA, "met_with", "Medicon Valley Alliance"), R(SLA, "met_with", "BioM"),
 R(SLA, "member_of", "Council of European BioRegions"),
 R("CELLBRIDGE", "funded_by", "Innovate UK"), R("CELLBRIDGE", "funded_by", "ACCIÓ"),
 *[R(o, "consortium_member_of", "CELLBRIDGE") for o in (
   "Tayside Cell Therapies", "University of Dundee", "Cellia Therapeutics SL")],
 R("University of Dundee", "leads", "CELLBRIDGE"), R("Cellia Therapeutics SL", "located_in", "Barcelona"),
 R(IBIOIC, "leads", "AMR-SENSE"), R(IBIOIC, "located_in", "Glasgow"),
 *[R(o, "consortium_member_of", "AMR-SENSE") for o in (
   IBIOIC, "Pentland Diagnostics", "Roslin Institute")],
 R("AMR-SENSE", "funded_by", "Biotechnology and Biological Sciences Research Council"),
 R("Japan Bioindustry Association", "met_with", IBIOIC),
 R("Japan Bioindustry Association", "met_with", CBL),
 R("Alasdair Grant", "works_for", CBL),
 R(SLA, "participated_in", BIO24), R("Biocat", "participated_in", BIO24),
 R(BIO24, "located_in", "San Diego"),
])

# --- press release: Welsh / Saxon semiconductor MoU -------------------------------
CSC = "CSconnected"
SS = "Silicon Saxony"
SE24 = "SEMICON Europa 2024"
CSA = "Compound Semiconductor Applications Catapult"
IPMS = "Fraunhofer Institute for Photonic Microsystems"
TUD = "Technische Universität Dresden"
ESRC = "European Semiconductor Regions Coalition"
WG = "Welsh Government"
GAN = "GaNSAX"
EH = "Elbflorenz Halbleiter GmbH"
MWS = "Meissen Wafer Systems"
SSD = "Silicon Saxony Day 2025"
WELSH = (("Gwent Epitaxy Ltd", "Newport"), ("Tawe Power Devices", "Swansea"),
         ("Dyffryn Photonics", "Cardiff"))
GOLD["csconnected-silicon-saxony-mou-2024.md"] = dict(
entities=[
 E(CSC, "cluster", "GB"), E("South Wales", "place", "GB"),
 E(SS, "cluster", "DE"), E("Dresden", "place", "DE"), E("Saxony", "place", "DE"),
 E("Newport", "place", "GB"), E(SE24, "event", "DE", "SEMICON Europa"), E("Munich", "place", "DE"),
 E("Rhian Pritchard", "person", "GB", "Pritchard"), E("Katrin Vollmer", "person", "DE", "Vollmer"),
 E("Dafydd Morgan", "person", "GB"), E(WG, "public_body", "GB", "Llywodraeth Cymru"),
 E("SEMI", "network"),
 E(CSA, "research_org", "GB", "CSA Catapult"), E(IPMS, "research_org", "DE", "Fraunhofer IPMS"),
 E("Cardiff University", "university", "GB", "Prifysgol Caerdydd"),
 E("Swansea University", "university", "GB"), E(TUD, "university", "DE", "TU Dresden"),
 E(ESRC, "network"),
 E("Department for Business and Trade", "public_body", "GB", "DBT"),
 *[E(c, "company", "GB") for c, _ in WELSH],
 E("Swansea", "place", "GB"), E("Cardiff", "place", "GB"),
 E(EH, "company", "DE"), E(MWS, "company", "DE"), E("Meissen", "place", "DE"),
 E(GAN, "project"), E("Innovate UK", "public_body", "GB"),
 E("Saxon State Ministry for Economic Affairs, Labour and Transport", "public_body", "DE", "SMWA"),
 E("Chips Joint Undertaking", "public_body"),
 E(SSD, "event", "DE", "Silicon Saxony Day"),
 E("IQE", "company", "GB"), E("Institute for Compound Semiconductors", "research_org", "GB"),
 E("Eleri Jones", "person", "GB"),
],
relations=[
 R(CSC, "located_in", "South Wales"), R(SS, "located_in", "Dresden"),
 R(CSC, "partner_of", SS), R(SE24, "located_in", "Munich"),
 R(CSC, "participated_in", SE24), R(SS, "participated_in", SE24), R(WG, "participated_in", SE24),
 R("Rhian Pritchard", "works_for", CSC), R("Rhian Pritchard", "participated_in", SE24),
 R("Katrin Vollmer", "works_for", SS), R("Katrin Vollmer", "participated_in", SE24),
 R("Dafydd Morgan", "works_for", WG), R("Dafydd Morgan", "participated_in", SE24),
 R("SEMI", "organized", SE24),
 R(CSA, "located_in", "Newport"), R(IPMS, "located_in", "Dresden"),
 R("Cardiff University", "partner_of", TUD), R("Swansea University", "partner_of", TUD),
 R(CSC, "member_of", ESRC), R(SS, "member_of", ESRC),
 *[R(c, "member_of", CSC) for c, _ in WELSH],
 *[R(c, "participated_in", SE24) for c, _ in WELSH],
 *[R(c, "located_in", t) for c, t in WELSH],
 R("Tawe Power Devices", "met_with", EH), R(EH, "located_in", "Dresden"),
 R("Gwent Epitaxy Ltd", "met_with", MWS), R(MWS, "located_in", "Meissen"), R(MWS, "member_of", SS),
 R(EH, "participated_in", SE24), R(MWS, "participated_in", SE24),
 R(GAN, "funded_by", "Innovate UK"),
 R(GAN, "funded_by", "Saxon State Ministry for Economic Affairs, Labour and Transport"),
 R("Swansea University", "leads", GAN),
 *[R(o, "consortium_member_of", GAN) for o in (
   "Swansea University", CSA, IPMS, "Tawe Power Devices", EH)],
 R(SS, "organized", SSD), R(SSD, "located_in", "Dresden"),
 R("IQE", "member_of", CSC), R("Institute for Compound Semiconductors", "member_of", CSC),
 R(CSA, "member_of", CSC), R("Eleri Jones", "works_for", CSC),
])

# --- newsletter: Northern Ireland cyber delegation to the US ----------------------
NICC = "Northern Ireland Cyber Cluster"
INI = "Invest Northern Ireland"
RSAC = "RSA Conference 2024"
RSAC25 = "RSAC 2025"
CI = "Cyber Ireland"
CSIT = "Centre for Secure Information Technologies"
QUB = "Queen's University Belfast"
UU = "Ulster University"
CAMI = "Cybersecurity Association of Maryland, Inc."
MCC = "MassCyberCenter"
MIT = "Massachusetts Institute of Technology"
NIST = "National Institute of Standards and Technology"
ISLE = "ISLE-SEC"
MTU = "Munster Technological University"
SUMMIT = "World Cyber Security Technology Research Summit"
NI_FIRMS = (("Lagan Secure Systems", "Belfast"), ("Mourne Identity Ltd", "Newry"),
            ("Causeway Crypto", "Coleraine"))
GOLD["ni-cyber-delegation-rsac-2024.html"] = dict(
entities=[
 E(NICC, "cluster", "GB", "NICC"), E(INI, "public_body", "GB", "Invest NI"),
 E(RSAC, "event", "US", "RSAC 2024"), E("San Francisco", "place", "US"),
 E("Enterprise Ireland", "public_body", "IE"), E(CI, "cluster", "IE"), E("Cork", "place", "IE"),
 E("Department for Business and Trade", "public_body", "GB", "DBT"),
 E("California", "place", "US"), E("Conor McCann", "person", "GB"),
 *[E(c, "company", "GB") for c, _ in NI_FIRMS],
 *[E(t, "place", "GB") for _, t in NI_FIRMS],
 E(CSIT, "research_org", "GB", "CSIT"), E(QUB, "university", "GB"), E(UU, "university", "GB"),
 E(CAMI, "cluster", "US", "CAMI", "Cybersecurity Association of Maryland"),
 E("Maryland", "place", "US"), E("Baltimore", "place", "US"),
 E("Ciarán Duffy", "person", "GB"), E("Bayshore Grid Security", "company", "US"),
 E("Plug and Play Tech Center", "company", "US"), E("Sunnyvale", "place", "US"),
 E("Boston", "place", "US"), E("Aoife Kearney", "person", "GB"),
 E(MCC, "public_body", "US"), E(MIT, "university", "US", "MIT"), E("Cambridge", "place", "US"),
 E("Washington", "place", "US"), E("British Embassy", "public_body", "GB"),
 E(NIST, "public_body", "US", "NIST"),
 E(ISLE, "project"), E("PEACEPLUS", "programme", None, "PEACEPLUS programme"),
 E(MTU, "university", "IE", "MTU"),
 E(SUMMIT, "event", "GB"), E(RSAC25, "event", "US"),
],
relations=[
 R(NICC, "participated_in", RSAC), R(INI, "participated_in", RSAC),
 R(RSAC, "located_in", "San Francisco"),
 R(CI, "participated_in", RSAC), R(CI, "located_in", "Cork"), R(NICC, "partner_of", CI),
 R("Department for Business and Trade", "participated_in", RSAC),
 R("Conor McCann", "works_for", NICC),
 *[R(c, "member_of", NICC) for c, _ in NI_FIRMS],
 *[R(c, "participated_in", RSAC) for c, _ in NI_FIRMS],
 *[R(c, "located_in", t) for c, t in NI_FIRMS],
 R(CSIT, "participated_in", RSAC), R(QUB, "participated_in", RSAC), R(UU, "participated_in", RSAC),
 R(NICC, "partner_of", CAMI), R(CAMI, "located_in", "Maryland"), R(CAMI, "located_in", "Baltimore"), R(CAMI, "participated_in", RSAC),
 R("Ciarán Duffy", "works_for", "Lagan Secure Systems"), R("Ciarán Duffy", "participated_in", RSAC),
 R("Lagan Secure Systems", "partner_of", "Bayshore Grid Security"),
 R("Bayshore Grid Security", "located_in", "California"),
 R("Mourne Identity Ltd", "met_with", "Plug and Play Tech Center"),
 R("Plug and Play Tech Center", "located_in", "Sunnyvale"),
 R("Aoife Kearney", "works_for", INI),
 R(NICC, "met_with", MCC), R(NICC, "met_with", MIT),
 R(MCC, "located_in", "Boston"), R(MIT, "located_in", "Cambridge"),
 R(NICC, "met_with", "British Embassy"), R(NICC, "met_with", NIST),
 R(ISLE, "funded_by", "PEACEPLUS"), R(UU, "leads", ISLE),
 *[R(o, "consortium_member_of", ISLE) for o in (UU, MTU, CI, NICC)],
 R(CSIT, "organized", SUMMIT), R(SUMMIT, "located_in", "Belfast"),
 R(NICC, "participated_in", SUMMIT), R(CAMI, "participated_in", SUMMIT),
 R(NICC, "participated_in", RSAC25), R(CI, "participated_in", RSAC25),
 R(RSAC25, "located_in", "San Francisco"),
])

# --- Horizon Europe kick-off: implantable heart-failure sensors -------------------
CS = "CARDIOSENSE"
UOG = "University of Galway"
HADEA = "European Health and Digital Executive Agency"
CURAM = "CÚRAM"
TYN = "Tyndall National Institute"
CORRIB = "Corrib Sensors Ltd"
KI = "Karolinska Institutet"
IZM = "Fraunhofer Institute for Reliability and Microintegration"
UPV = "Universitat Politècnica de València"
MED = "Medicen Paris Region"
PARTNERS = ((UOG, "Galway"), (CURAM, "Galway"), (TYN, "Cork"), (CORRIB, "Galway"),
            ("Shannon Cardio Devices", "Limerick"), (KI, "Stockholm"), (IZM, "Berlin"),
            (UPV, "Valencia"), ("Herzwerk Medical GmbH", "Aachen"),
            ("Pohjola Health Oy", "Oulu"))
GOLD["cardiosense-kickoff-galway-2024.md"] = dict(
entities=[
 E(CS, "project"), E(UOG, "university", "IE", "Ollscoil na Gaillimhe"), E("Galway", "place", "IE"),
 E("Horizon Europe", "programme"), E(HADEA, "public_body", None, "HaDEA"),
 E("Marco Ferri", "person"), E("Brussels", "place", "BE"),
 E(CURAM, "research_org", "IE", "Research Ireland Centre for Medical Devices"),
 E(TYN, "research_org", "IE"), E("Cork", "place", "IE"),
 E(CORRIB, "company", "IE", "Corrib Sensors"), E("Shannon Cardio Devices", "company", "IE"),
 E("Limerick", "place", "IE"),
 E(KI, "university", "SE", "Karolinska"), E("Stockholm", "place", "SE"),
 E(IZM, "research_org", "DE", "Fraunhofer IZM"), E("Berlin", "place", "DE"),
 E(UPV, "university", "ES", "UPV"), E("Valencia", "place", "ES"),
 E("Herzwerk Medical GmbH", "company", "DE"), E("Aachen", "place", "DE"),
 E("Pohjola Health Oy", "company", "FI"), E("Oulu", "place", "FI"),
 E(MED, "cluster", "FR", "Medicen"),
 E("Imperial College London", "university", "GB"),
 E("UK Research and Innovation", "public_body", "GB", "UKRI"),
 E("Niamh Ó Briain", "person", "IE"), E("Lars Eklund", "person", "SE"),
 E("Enterprise Ireland", "public_body", "IE"),
 E("Irish Medtech Association", "network", "IE"),
 E("Seán Mac Giolla Phádraig", "person", "IE"),
 E("IMPLANTWATCH", "project"), E("Research Ireland", "public_body", "IE"),
 E("DIGICARE-IDF", "project"), E("Bpifrance", "public_body", "FR"),
 E("MEDICA 2024", "event", "DE"), E("Düsseldorf", "place", "DE"),
],
relations=[
 R(CS, "funded_by", "Horizon Europe"), R(CS, "funded_by", HADEA),
 R(UOG, "leads", CS), R("Marco Ferri", "works_for", HADEA),
 *[R(o, "consortium_member_of", CS) for o, _ in PARTNERS],
 *[R(o, "located_in", t) for o, t in PARTNERS],
 R(MED, "consortium_member_of", CS), R("Imperial College London", "consortium_member_of", CS),
 R("Niamh Ó Briain", "works_for", UOG), R("Niamh Ó Briain", "leads", CS),
 R("Lars Eklund", "works_for", KI),
 R(CORRIB, "member_of", "Irish Medtech Association"),
 R("Shannon Cardio Devices", "member_of", "Irish Medtech Association"),
 R("Seán Mac Giolla Phádraig", "works_for", CORRIB),
 R("IMPLANTWATCH", "funded_by", "Research Ireland"), R(CURAM, "leads", "IMPLANTWATCH"),
 R(CURAM, "consortium_member_of", "IMPLANTWATCH"), R(CORRIB, "consortium_member_of", "IMPLANTWATCH"),
 R(MED, "leads", "DIGICARE-IDF"), R(MED, "consortium_member_of", "DIGICARE-IDF"),
 R("DIGICARE-IDF", "funded_by", "Bpifrance"),
 R("MEDICA 2024", "located_in", "Düsseldorf"), R(MED, "participated_in", "MEDICA 2024"),
])

# --- newsletter: North East England offshore wind cluster -------------------------
EC = "Energi Coast"
WE23 = "WindEurope Annual Event 2023"
GOW = "Global Offshore Wind 2023"
ECD = "Energy Cluster Denmark"
ORE = "Offshore Renewable Energy Catapult"
TF = "Tees Foundations Ltd"
UFWC = "Ulsan Floating Wind Cluster"
TYF = "TYNEFLOAT"
OWNE = "Offshore Wind North East 2024"
FWA = "Floating Wind Asia"
EC_EXHIB = (("Tyne Subsea Engineering Ltd", "Wallsend"), ("Wear Cable Systems", "Sunderland"))
GOLD["energi-coast-offshore-wind-newsletter-2023.txt"] = dict(
entities=[
 E(EC, "cluster", "GB"), E("North East England", "place", "GB", "North East"),
 E("Copenhagen", "place", "DK"), E("Manchester", "place", "GB"),
 E("Helen Carr", "person", "GB"),
 E(WE23, "event", "DK"), E("WindEurope", "network"), E("RenewableUK", "network", "GB"),
 E("Department for Business and Trade", "public_body", "GB"),
 E(ECD, "cluster", "DK"), E("Odense", "place", "DK"),
 *[E(c, "company", "GB") for c, _ in EC_EXHIB],
 E("Wallsend", "place", "GB"), E("Sunderland", "place", "GB"),
 E("Blyth Marine Robotics", "company", "GB"),
 E(GOW, "event", "GB"), E(ORE, "research_org", "GB", "ORE Catapult"),
 E(TF, "company", "GB"), E("Middlesbrough", "place", "GB"), E("Graham Lowther", "person", "GB"),
 E(UFWC, "cluster", "KR"), E("Ulsan Metropolitan City", "public_body", "KR"), E("Ulsan", "place", "KR"),
 E("National Renewable Energy Centre", "research_org", "GB"), E("Blyth", "place", "GB"),
 E("Port of Tyne", "company", "GB"), E("Newcastle upon Tyne", "place", "GB"),
 E("Kim Jae-won", "person", "KR", "Kim"),
 E(TYF, "project"), E("Innovate UK", "public_body", "GB"),
 E("Newcastle University", "university", "GB"),
 E("Floating Offshore Wind Centre of Excellence", "network", "GB", "FOW CoE"),
 E("Hadrian Hydraulics", "company", "GB"), E("Hexham", "place", "GB"),
 E("Vestkyst Bolting ApS", "company", "DK"),
 E(OWNE, "event", "GB"), E("Gateshead", "place", "GB"),
 E("North East Local Enterprise Partnership", "public_body", "GB"),
 E(FWA, "event", "KR"), E("Busan", "place", "KR"),
],
relations=[
 R(EC, "located_in", "North East England"), R("Helen Carr", "works_for", EC),
 R(WE23, "located_in", "Copenhagen"), R("WindEurope", "organized", WE23),
 R(EC, "participated_in", WE23), R("RenewableUK", "participated_in", WE23),
 R("Department for Business and Trade", "participated_in", WE23),
 R(EC, "met_with", ECD), R(ECD, "located_in", "Odense"), R(ECD, "participated_in", WE23),
 *[R(c, "member_of", EC) for c, _ in EC_EXHIB], *[R(c, "located_in", t) for c, t in EC_EXHIB],
 *[R(c, "participated_in", WE23) for c, _ in EC_EXHIB],
 R("Blyth Marine Robotics", "member_of", EC), R("Blyth Marine Robotics", "participated_in", WE23),
 R("RenewableUK", "organized", GOW), R(GOW, "located_in", "Manchester"),
 R(EC, "participated_in", GOW), R(ORE, "participated_in", GOW),
 R(TF, "participated_in", GOW), R(TF, "located_in", "Middlesbrough"), R(TF, "member_of", EC),
 R("Graham Lowther", "works_for", TF),
 R(UFWC, "met_with", ORE), R(UFWC, "met_with", "Port of Tyne"),
 R("National Renewable Energy Centre", "located_in", "Blyth"),
 R(UFWC, "partner_of", EC), R("Kim Jae-won", "works_for", UFWC),
 R(TYF, "funded_by", "Innovate UK"), R(ORE, "leads", TYF),
 *[R(o, "consortium_member_of", TYF) for o in (
   ORE, "Blyth Marine Robotics", "Wear Cable Systems", "Newcastle University")],
 R(EC, "member_of", "Floating Offshore Wind Centre of Excellence"),
 R("Hadrian Hydraulics", "member_of", EC), R("Hadrian Hydraulics", "located_in", "Hexham"),
 R("Vestkyst Bolting ApS", "member_of", EC), R("Vestkyst Bolting ApS", "located_in", "Blyth"),
 R(OWNE, "located_in", "Gateshead"), R(EC, "organized", OWNE),
 R("North East Local Enterprise Partnership", "organized", OWNE),
 R(UFWC, "participated_in", OWNE), R(ECD, "participated_in", OWNE),
 R(FWA, "located_in", "Busan"), R(EC, "participated_in", FWA),
])

# --- news: Irish food cluster mission to Japan and Korea --------------------------
MFDC = "Munster Food & Drink Cluster"
FJ = "Foodex Japan 2024"
TFV = "Tokachi Food Valley"
LVN = "Lee Valley Nutrition Ltd"
KMC = "Kinsale Marine Collagen"
BOM = "Burren Oat Mills"
KS = "Knockmealdown Spirits"
KD = "KOJI-DAIRY"
UCC = "University College Cork"
OU = "Obihiro University of Agriculture and Veterinary Medicine"
SF = "Seoul Food 2024"
MFDC_MEMBERS = ((LVN, "Cork"), (KMC, "Kinsale"), (BOM, "Ennis"), (KS, "Lismore"))
GOLD["irish-food-mission-foodex-japan-2024.html"] = dict(
entities=[
 E(MFDC, "cluster", "IE", "MFDC"), E("Munster", "place", "IE"), E("Cork", "place", "IE"),
 E("Enterprise Ireland", "public_body", "IE"), E("Bord Bia", "public_body", "IE", "Irish Food Board"),
 E(FJ, "event", "JP", "Foodex Japan", "Foodex"), E("Makuhari Messe", "place", "JP"),
 E("Chiba", "place", "JP"),
 E("Japan Management Association", "network", "JP", "JMA"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 *[E(c, "company", "IE") for c, _ in MFDC_MEMBERS],
 E("Kinsale", "place", "IE"), E("Ennis", "place", "IE"), E("Lismore", "place", "IE"),
 E("Siobhán Ní Fhlaithearta", "person", "IE"), E("Tokyo", "place", "JP"),
 E("Kobe Nutri Trading KK", "company", "JP"), E("Kobe", "place", "JP"),
 E("Aeon", "company", "JP"), E("Obihiro", "place", "JP"),
 E("Pádraig O'Sullivan", "person", "IE", "O'Sullivan"), E("Tanaka Yumiko", "person", "JP"),
 E(TFV, "cluster", "JP"), E("Tokachi", "place", "JP", "Tokachi region"), E("Hokkaido", "place", "JP"),
 E(KD, "project"), E("Innovation Partnership Programme", "programme", "IE"),
 E(UCC, "university", "IE", "UCC"), E(OU, "university", "JP"),
 E("Declan Hurley", "person", "IE"), E("APC Microbiome Ireland", "research_org", "IE"),
 E(SF, "event", "KR", "Seoul Food"), E("KINTEX", "place", "KR"), E("Goyang", "place", "KR"),
 E("Korea Trade-Investment Promotion Agency", "public_body", "KR", "KOTRA"),
 E("Korea Food Research Institute", "research_org", "KR", "KFRI"),
 E("Embassy of Ireland in Seoul", "public_body", "IE"), E("Seoul", "place", "KR"),
 E("Teagasc", "public_body", "IE", "Agriculture and Food Development Authority"),
 E("Foodex Japan 2025", "event", "JP"), E("Anuga 2025", "event", "DE"), E("Cologne", "place", "DE"),
],
relations=[
 R(MFDC, "located_in", "Cork"),
 R(FJ, "located_in", "Makuhari Messe"), R(FJ, "located_in", "Chiba"),
 R(MFDC, "participated_in", FJ), R("Bord Bia", "participated_in", FJ),
 R("Japan Management Association", "organized", FJ),
 *[R(c, "member_of", MFDC) for c, _ in MFDC_MEMBERS],
 *[R(c, "participated_in", FJ) for c, _ in MFDC_MEMBERS],
 *[R(c, "located_in", t) for c, t in MFDC_MEMBERS],
 R("Siobhán Ní Fhlaithearta", "works_for", "Enterprise Ireland"),
 R(BOM, "partner_of", "Kobe Nutri Trading KK"), R("Kobe Nutri Trading KK", "located_in", "Kobe"),
 R(KS, "met_with", "Aeon"), R("Aeon", "located_in", "Chiba"),
 R("Pádraig O'Sullivan", "works_for", MFDC), R("Tanaka Yumiko", "works_for", TFV),
 R(MFDC, "partner_of", TFV), R(TFV, "located_in", "Tokachi"), R(TFV, "located_in", "Hokkaido"),
 R(KD, "funded_by", "Innovation Partnership Programme"), R(KD, "funded_by", "Enterprise Ireland"),
 R(UCC, "leads", KD), *[R(o, "consortium_member_of", KD) for o in (UCC, LVN, OU)],
 R("Declan Hurley", "works_for", "APC Microbiome Ireland"), R("Declan Hurley", "works_for", UCC),
 R(SF, "located_in", "KINTEX"), R(SF, "located_in", "Goyang"),
 R("Korea Trade-Investment Promotion Agency", "organized", SF),
 R(MFDC, "participated_in", SF), R(KMC, "participated_in", SF),
 R(KMC, "met_with", "Korea Food Research Institute"),
 R("Korea Food Research Institute", "participated_in", SF),
 R(MFDC, "participated_in", "Foodex Japan 2025"),
 R("Anuga 2025", "located_in", "Cologne"),
 R(MFDC, "participated_in", "Anuga 2025"), R(TFV, "participated_in", "Anuga 2025"),
])

# --- mission report: UK quantum companies in Canada -------------------------------
IUK = "Innovate UK"
GBIP = "Global Business Innovation Programme"
BHC = "British High Commission in Ottawa"
CUQF = "Canada–UK Quantum Forum 2023"
PR = "Priya Raman"
SQ = "Severn Qubits Ltd"
PFG = "Photonic Foundry Glasgow"
OCD = "Oxford Cryo Dynamics"
BQS = "Belfast Quantum Software"
AM = "Aurora Magnetometry"
NQCC = "National Quantum Computing Centre"
CAP = "Fraunhofer Centre for Applied Photonics"
QIC = "Quantum Industry Canada"
IQC = "Institute for Quantum Computing"
QS = "QSENSE-CA"
IRAP = "Industrial Research Assistance Program"
UKQ = ((SQ, "Bristol"), (PFG, "Glasgow"), (OCD, "Oxford"), (BQS, "Belfast"), (AM, "Birmingham"))
GOLD["uk-quantum-mission-canada-2023.txt"] = dict(
entities=[
 E(IUK, "public_body", "GB"), E(GBIP, "programme", "GB", "GBIP"),
 E("Innovate UK KTN", "network", "GB"), E(BHC, "public_body", "GB", "British High Commission"),
 E("Ottawa", "place", "CA"), E("Department for Business and Trade", "public_body", "GB"),
 E("Ontario", "place", "CA"), E("Quebec", "place", "CA"),
 E("Toronto", "place", "CA"), E("Waterloo", "place", "CA"), E("Sherbrooke", "place", "CA"),
 E(CUQF, "event", "CA"), E("Montreal", "place", "CA"),
 E(PR, "person", "GB", "Raman"),
 *[E(c, "company", "GB") for c, _ in UKQ], *[E(t, "place", "GB") for _, t in UKQ],
 E(NQCC, "research_org", "GB", "NQCC"), E("Harwell", "place", "GB"),
 E(CAP, "research_org", "GB", "Fraunhofer CAP"),
 E(QIC, "network", "CA", "QIC"), E(IQC, "research_org", "CA", "IQC"),
 E("University of Waterloo", "university", "CA"),
 E("Perimeter Institute for Theoretical Physics", "research_org", "CA"),
 E("DistriQ", "cluster", "CA"), E("Université de Sherbrooke", "university", "CA"),
 E("Institut quantique", "research_org", "CA"),
 E("Marie-Ève Gagnon", "person", "CA"),
 E(QS, "project"), E("National Research Council Canada", "research_org", "CA"),
 E(IRAP, "programme", "CA", "NRC IRAP"),
 E("Ottawa Quantum Optics Inc.", "company", "CA"), E("Nordiq Instruments", "company", "CA"),
 E("Graeme Lindsay", "person", "GB"),
 E("UK National Quantum Technologies Showcase 2023", "event", "GB"), E("London", "place", "GB"),
 E("Quantum.Tech USA 2024", "event", "US"), E("Boston", "place", "US"),
],
relations=[
 R(CUQF, "located_in", "Montreal"), R(QIC, "organized", CUQF), R(BHC, "organized", CUQF),
 R(PR, "works_for", IUK), R(PR, "participated_in", CUQF),
 *[R(c, "located_in", t) for c, t in UKQ],
 *[R(c, "participated_in", CUQF) for c, _ in UKQ],
 R(NQCC, "located_in", "Harwell"), R(CAP, "located_in", "Glasgow"),
 R(IQC, "located_in", "Waterloo"), R("Perimeter Institute for Theoretical Physics", "located_in", "Waterloo"),
 R(SQ, "partner_of", IQC),
 R("DistriQ", "located_in", "Sherbrooke"),
 R("Marie-Ève Gagnon", "works_for", "DistriQ"), R(IUK, "partner_of", "DistriQ"),
 R(QS, "funded_by", IUK), R(QS, "funded_by", IRAP), R(QS, "funded_by", "National Research Council Canada"),
 R(PFG, "leads", QS), *[R(o, "consortium_member_of", QS) for o in (PFG, CAP, "Ottawa Quantum Optics Inc.")],
 R(OCD, "partner_of", "Nordiq Instruments"), R("Nordiq Instruments", "located_in", "Sherbrooke"),
 R(BQS, "member_of", "DistriQ"),
 R("Graeme Lindsay", "works_for", PFG),
 R("UK National Quantum Technologies Showcase 2023", "located_in", "London"),
 R(QIC, "participated_in", "UK National Quantum Technologies Showcase 2023"),
 R("Quantum.Tech USA 2024", "located_in", "Boston"), R(IUK, "participated_in", "Quantum.Tech USA 2024"),
])

# --- annual review: Midlands aerospace cluster at the Paris Air Show --------------
MAA = "Midlands Aerospace Alliance"
PAS = "Paris Air Show"
AV = "Aerospace Valley"
HA = "Hamburg Aviation"
MTC = "Manufacturing Technology Centre"
UON = "University of Nottingham"
HY = "HYLIGHT-MIDS"
CN = "CASTNET"
BCC = "Black Country Castings"
FIA = "Farnborough International Airshow"
UKCL = ("Aerospace Wales Forum", "Northwest Aerospace Alliance", "ADS Northern Ireland")
MAA_EXHIB = (("Trent Composites Ltd", "Derby"), ("Soar Valley Precision", "Leicester"),
             (BCC, "Wolverhampton"))
GOLD["midlands-aerospace-paris-air-show-2023.md"] = dict(
entities=[
 E(MAA, "cluster", "GB", "MAA"), E("East Midlands", "place", "GB"), E("West Midlands", "place", "GB"),
 E("Derby", "place", "GB"), E("Wolverhampton", "place", "GB"),
 E(PAS, "event", "FR", "Salon international de l'aéronautique et de l'espace"),
 E("Le Bourget", "place", "FR"), E("ADS Group", "network", "GB"),
 E("Department for Business and Trade", "public_body", "GB"),
 *[E(c, "company", "GB") for c, _ in MAA_EXHIB], E("Leicester", "place", "GB"),
 E(MTC, "research_org", "GB", "MTC"), E("Coventry", "place", "GB"), E(UON, "university", "GB"),
 E("Rajinder Sandhu", "person", "GB"), E("Sarah Whitfield", "person", "GB", "Whitfield"),
 E("Jean-Marc Bouvier", "person", "FR"),
 E(AV, "cluster", "FR"), E("Toulouse", "place", "FR"), E("Occitanie", "place", "FR", "Occitanie region"),
 *[E(c, "cluster", "GB") for c in UKCL],
 E(HA, "cluster", "DE"), E("Aircraft Interiors Expo 2024", "event", "DE"), E("Hamburg", "place", "DE"),
 E("European Aerospace Cluster Partnership", "network", None, "EACP"), E("Paris", "place", "FR"),
 E(HY, "project"),
 E("Aerospace Technology Institute Programme", "programme", "GB", "ATI Programme"),
 E(CN, "project"), E("Fundiciones del Nervión SA", "company", "ES"), E("Bilbao", "place", "ES"),
 E("Basque Aeronautics and Space Cluster", "cluster", "ES", "HEGAN"),
 E("Innovate UK", "public_body", "GB"), E("SPRI", "public_body", "ES"),
 E(FIA, "event", "GB"), E("Farnborough", "place", "GB"),
 E("Aeromart Toulouse", "event", "FR"),
],
relations=[
 R(MAA, "located_in", "East Midlands"), R(MAA, "located_in", "West Midlands"),
 R(PAS, "located_in", "Le Bourget"), R(MAA, "participated_in", PAS),
 R("ADS Group", "participated_in", PAS),
 *[R(c, "member_of", MAA) for c, _ in MAA_EXHIB],
 *[R(c, "participated_in", PAS) for c, _ in MAA_EXHIB],
 *[R(c, "located_in", t) for c, t in MAA_EXHIB],
 R(MTC, "located_in", "Coventry"), R(MTC, "participated_in", PAS), R(UON, "participated_in", PAS),
 R("Rajinder Sandhu", "works_for", "Soar Valley Precision"),
 R("Sarah Whitfield", "works_for", MAA), R("Sarah Whitfield", "participated_in", PAS),
 R("Jean-Marc Bouvier", "works_for", AV), R("Jean-Marc Bouvier", "participated_in", PAS),
 R(MAA, "partner_of", AV), R(AV, "participated_in", PAS),
 R(AV, "located_in", "Toulouse"), R(AV, "located_in", "Occitanie"),
 R(MAA, "met_with", HA), *[R(c, "met_with", HA) for c in UKCL],
 R("Aircraft Interiors Expo 2024", "located_in", "Hamburg"),
 R(MAA, "member_of", "European Aerospace Cluster Partnership"),
 R(HY, "funded_by", "Aerospace Technology Institute Programme"), R(UON, "leads", HY),
 *[R(o, "consortium_member_of", HY) for o in (UON, "Trent Composites Ltd", MTC)],
 *[R(o, "consortium_member_of", CN) for o in (
   BCC, "Fundiciones del Nervión SA", "Basque Aeronautics and Space Cluster")],
 R(CN, "funded_by", "Innovate UK"), R(CN, "funded_by", "SPRI"),
 R("Fundiciones del Nervión SA", "located_in", "Bilbao"),
 R(FIA, "located_in", "Farnborough"), R(MAA, "participated_in", FIA),
 R(AV, "participated_in", FIA), R(HA, "participated_in", FIA),
 R(AV, "organized", "Aeromart Toulouse"), R(MAA, "participated_in", "Aeromart Toulouse"),
])


def check(name, gold):
    assert (DOCS / name).is_file(), f"{name}: document missing"
    types = {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (name, e)
        types[e["name"]] = e["type"]
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types, (name, "unknown subject", r)
        assert o in types, (name, "unknown object", r)
        assert p in ALLOWED, (name, "unknown predicate", r)
        subj_ok, obj_ok = ALLOWED[p]
        assert types[s] in subj_ok and types[o] in obj_ok, (name, "types not allowed", r, types[s], types[o])
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)
    ne, nr = len(gold["entities"]), len(gold["relations"])
    assert 25 <= ne <= 45, (name, "entities", ne)
    assert 25 <= nr <= 50, (name, "relations", nr)


for name, gold in GOLD.items():
    check(name, gold)
assert len(GOLD) == 8, len(GOLD)

for name, gold in GOLD.items():
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
