"""Hand annotations of the `train-be` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-be/make_gold_train_be.py

Theme: EU and international consortium news (Horizon Europe, Interreg, EU4Health, Eurostars,
Digital Europe and Single Market Programme projects: kick-offs, results, partner lists with
cities and countries, funding programmes and agencies, work-package leads, people from partners).

Annotation choices made consistently across this set:
- every organisation listed as coordinator, lead partner, partner, associated partner or
  work-package lead of a project is `consortium_member_of` it; the coordinator / lead partner
  also `leads` it; a work-package lead gets no extra relation (work packages are not entities);
- a person called the project's "coordinator" (or who "coordinates" it) `leads` it and
  `works_for` the organisation named with them; a "project manager" only `works_for`;
- the coordinator of a network (HNN 3.0) `leads` it and is `member_of` it;
- a project is `funded_by` the programme that funds it (Horizon Europe, EU4Health, Eurostars,
  Interreg ..., ERDF, Digital Europe, Single Market Programme) and by the national agencies the
  text says pay a partner's share (SERI, UKRI, IIA, KIAT, Innovation Fund Denmark); a proposal is
  `funded_by` the programme only when the sentence names the programme it was submitted to;
  "managed by" an executive agency (HaDEA, EISMEA) gives no relation;
- the city in parentheses / in the table row of a partner gives `located_in`; a region gives
  `located_in` when the text says the organisation is "of" or "in" it ("the life sciences
  cluster of Flanders", "The Business Agency of Lower Austria"); countries are never places,
  nor are macro-regions (Central Europe, North-West Europe, Benelux, Nordic and Baltic
  countries) or Wales;
- venues (castle, convention centre) are `place` only where an annotated event is held; the
  event is then `located_in` both venue and city; campuses and office buildings are not annotated;
- named events only: generic kick-off meetings, partner meetings, info days, webinars, study
  tours and awareness days are not annotated; "the ONCOPASS Final Conference" is; organisers get `organized` only (no extra `participated_in`); exhibitors,
  speakers, delegation members and "present with a stand" are `participated_in`; planned
  participations are annotated like past ones; a person quoted saying "we met X at event E"
  or "we found partners at E" `participated_in` E, as does their organisation;
- a pilot or evaluation "with" a hospital, joint work ("together with", "validated with"),
  MoUs, joint proposals and earlier joint proposals give `partner_of`; bilateral meetings at an
  event give `met_with` (and both parties `participated_in` the event);
- "X member", "a member of X", "one of the X companies", "based at the IZB" give `member_of`;
  being "a partner of the Enterprise Europe Network" makes an organisation `member_of` EEN;
- types: hospitals and hospital research institutes are `research_org`; industry associations
  of companies (Lithuanian Biotechnology Association, MEDIKAL) and innovation centres that host
  companies (ZICER, IZB) are `cluster`; EU research infrastructures, patient coalitions, EEN,
  Eureka, ScanBalt and NCP networks are `network`; investment and innovation agencies, ministries,
  chambers, regional governments, the European Commission, its DGs and executive agencies
  (country None) are `public_body`; multi-partner initiatives and joint actions (1+MG, PARC,
  EUCanScreen, European Cancer Imaging Initiative) are `project`; plans, funds, missions and
  instruments (Europe's Beating Cancer Plan, ERDF, I3) are `programme`;
- the European Union itself is not annotated, nor are call identifiers, Horizon Europe's
  "Cluster 1 Health", strategies, or a project's own support schemes (cohorts, vouchers,
  academies, "data clinics"); units inside an organisation (a lab, the Innovation
  Task Force of EMA, "the Medtech cluster at ecoplus", an institute of a university) are not
  annotated separately; a person's name inside an organisation's name is not a person;
- project names: the expanded title is the name and the acronym an alias, when both are given.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-be"

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

# --- press release: ORGANOVA Horizon Europe kick-off (KU Leuven) --------------------------
ORG_ = "Organoid Validation Network for Advanced Therapies"
HE = "Horizon Europe"
KUL = "KU Leuven"
SERI = "State Secretariat for Education, Research and Innovation"
UKRI = "UK Research and Innovation"
HEG = "Horizon Europe guarantee scheme"
HUB = "Hubrecht Organoid Technology"
ITEM = "Fraunhofer Institute for Toxicology and Experimental Medicine"
KI = "Karolinska Institutet"
FB = "flanders.bio"
VHIO = "Vall d'Hebron Institute of Oncology"
OB = "Organyx Bio NV"
PV = "Pharmavalence SAS"
CT = "Celvira Therapeutics AG"
TM = "Tissuematic Ltd"
PARC = "Partnership for the Assessment of Risks from Chemicals"
CHDR = "Centre for Human Drug Research"
BES24 = "BIO-Europe Spring 2024"
GOLD["organova-horizon-europe-kick-off-2024.txt"] = dict(
entities=[
 E(ORG_, "project", None, "ORGANOVA"), E(HE, "programme"),
 E(KUL, "university", "BE"), E("Leuven", "place", "BE"),
 E(SERI, "public_body", "CH", "SERI"), E(UKRI, "public_body", "GB", "UKRI"),
 E(HEG, "programme", "GB"),
 E("Annelies Verhoeven", "person", "BE"),
 E(HUB, "research_org", "NL", "HUB"), E("Utrecht", "place", "NL"),
 E(ITEM, "research_org", "DE", "Fraunhofer ITEM"), E("Hannover", "place", "DE"),
 E(KI, "university", "SE"), E("Stockholm", "place", "SE"),
 E("EATRIS", "network", "NL"), E("Amsterdam", "place", "NL"),
 E(FB, "cluster", "BE"), E("Ghent", "place", "BE"), E("Flanders", "place", "BE"),
 E(VHIO, "research_org", "ES", "VHIO"), E("Barcelona", "place", "ES"),
 E(OB, "company", "BE", "Organyx Bio"), E("Ghent University", "university", "BE"),
 E(PV, "company", "FR", "Pharmavalence"), E("Lyon", "place", "FR"),
 E(CT, "company", "CH", "Celvira Therapeutics"), E("Basel", "place", "CH"),
 E(TM, "company", "GB", "Tissuematic"), E("Cambridge", "place", "GB"),
 E("Jonas Reinholt", "person", "DE"), E("Marta Puig", "person", "ES"),
 E("European Medicines Agency", "public_body", None, "EMA"),
 E(PARC, "project", None, "PARC"),
 E(CHDR, "research_org", "NL", "CHDR"), E("Leiden", "place", "NL"),
 E("Lieve De Smet", "person", "BE"),
 E(BES24, "event", "ES"),
 E("European Health and Digital Executive Agency", "public_body", None, "HaDEA"),
],
relations=[
 R(KUL, "leads", ORG_),
 *[R(o, "consortium_member_of", ORG_) for o in (KUL, HUB, ITEM, KI, "EATRIS", FB, VHIO, OB, PV,
                                                 CT, TM)],
 R(ORG_, "funded_by", HE), R(ORG_, "funded_by", SERI), R(ORG_, "funded_by", UKRI),
 R(ORG_, "funded_by", HEG),
 R(KUL, "located_in", "Leuven"), R(HUB, "located_in", "Utrecht"), R(ITEM, "located_in", "Hannover"),
 R(KI, "located_in", "Stockholm"), R("EATRIS", "located_in", "Amsterdam"),
 R(FB, "located_in", "Ghent"), R(FB, "located_in", "Flanders"), R(VHIO, "located_in", "Barcelona"),
 R(OB, "located_in", "Ghent"), R(PV, "located_in", "Lyon"), R(CT, "located_in", "Basel"),
 R(TM, "located_in", "Cambridge"),
 R("Annelies Verhoeven", "works_for", KUL), R("Annelies Verhoeven", "leads", ORG_),
 R("Jonas Reinholt", "works_for", ITEM), R("Marta Puig", "works_for", VHIO),
 R("Lieve De Smet", "works_for", FB),
 R(PARC, "funded_by", HE), R(CHDR, "located_in", "Leiden"),
 R(BES24, "located_in", "Barcelona"),
 *[R(o, "participated_in", BES24) for o in (FB, OB, PV)],
])

# --- project newsletter: HealthBridge NWE (Interreg North-West Europe) ---------------------
HB = "HealthBridge NWE"
INWE = "Interreg North-West Europe"
ERDF = "European Regional Development Fund"
HV = "Health Valley Netherlands"
MPR = "Medicen Paris Region"
LUX = "Luxinnovation"
BABI = "Basel Area Business & Innovation"
LHC = "Luxembourg HealthTech Cluster"
SAN = "Sanovisio B.V."
CSP = "Clinique Saint-Pierre Ottignies"
KIN = "Kinetrack SRL"
APHP = "Assistance Publique - Hôpitaux de Paris"
OXY = "Oxymed Solutions SAS"
RUMC = "Radboud University Medical Center"
NEP = "Nephrosense GmbH"
M23 = "MEDICA 2023"
EEN = "Enterprise Europe Network"
GOLD["healthbridge-nwe-newsletter-autumn-2023.md"] = dict(
entities=[
 E(HB, "project", None, "HealthBridge"), E(INWE, "programme", None, "Interreg NWE"),
 E(ERDF, "programme", None, "ERDF"),
 E("Luxembourg City", "place", "LU"), E(LUX, "public_body", "LU"),
 E("Esch-sur-Alzette", "place", "LU"),
 E(HV, "cluster", "NL", "Health Valley"), E("Nijmegen", "place", "NL"),
 E("BioWin", "cluster", "BE"), E("Mont-Saint-Guibert", "place", "BE"), E("Wallonia", "place", "BE"),
 E(MPR, "cluster", "FR", "Medicen"), E("Paris", "place", "FR"),
 E("BioRN", "cluster", "DE"), E("Heidelberg", "place", "DE"),
 E(BABI, "public_body", "CH"), E("Basel", "place", "CH"),
 E("Claude Weber", "person", "LU"), E(LHC, "cluster", "LU"),
 E(SAN, "company", "NL", "Sanovisio"), E("Enschede", "place", "NL"),
 E(CSP, "research_org", "BE"),
 E(KIN, "company", "BE", "Kinetrack"), E("Liège", "place", "BE"),
 E(APHP, "research_org", "FR", "AP-HP"),
 E(OXY, "company", "FR"), E("Évry", "place", "FR"),
 E(RUMC, "research_org", "NL", "Radboudumc"),
 E(NEP, "company", "DE", "Nephrosense"), E("Mannheim", "place", "DE"),
 E(M23, "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Pieter Janssens", "person", "NL"), E("Amélie Rousseau", "person", "FR"),
 E("Felix Brandt", "person", "DE"),
 E(BES24, "event", "ES"), E("Barcelona", "place", "ES"),
],
relations=[
 R(HB, "funded_by", INWE), R(HB, "funded_by", ERDF),
 R(HV, "leads", HB),
 *[R(o, "consortium_member_of", HB) for o in (HV, "BioWin", MPR, LUX, "BioRN", BABI)],
 R(LUX, "located_in", "Luxembourg City"), R(HV, "located_in", "Nijmegen"),
 R("BioWin", "located_in", "Mont-Saint-Guibert"), R("BioWin", "located_in", "Wallonia"),
 R(MPR, "located_in", "Paris"), R("BioRN", "located_in", "Heidelberg"),
 R(BABI, "located_in", "Basel"),
 R("Claude Weber", "works_for", LHC),
 R(SAN, "located_in", "Enschede"), R(SAN, "member_of", HV), R(SAN, "partner_of", CSP),
 R(CSP, "located_in", "Wallonia"),
 R(KIN, "located_in", "Liège"), R(KIN, "member_of", "BioWin"), R(KIN, "partner_of", APHP),
 R(OXY, "located_in", "Évry"), R(OXY, "member_of", MPR), R(OXY, "partner_of", RUMC),
 R(RUMC, "located_in", "Nijmegen"),
 R(NEP, "located_in", "Mannheim"), R(NEP, "member_of", "BioRN"),
 R(M23, "located_in", "Düsseldorf"),
 *[R(o, "participated_in", M23) for o in (HV, "BioWin", "BioRN", SAN, KIN, NEP)],
 R("Pieter Janssens", "works_for", HV), R("Amélie Rousseau", "works_for", MPR),
 R(MPR, "partner_of", APHP),
 R("Felix Brandt", "works_for", "BioRN"), R("BioRN", "participated_in", BES24),
 R(BES24, "located_in", "Barcelona"),
])

# --- results news: ONCOPASS (EU4Health) ---------------------------------------------------
ONC = "Digital Survivorship Passport for Cancer Survivors in Europe"
OFC = "ONCOPASS Final Conference"
IPO = "Portuguese Oncology Institute of Porto"
ECPC = "European Cancer Patient Coalition"
MED = "Medilogue Oy"
TAU = "Tampere University"
VUH = "Vilnius University Hospital Santaros Klinikos"
INT = "Istituto Nazionale dei Tumori"
IOCN = 'Institutul Oncologic "Prof. Dr. Ion Chiricuta"'
KHD = "Kardia Health Data SRL"
HCP = "Health Cluster Portugal"
LBA = "Lithuanian Biotechnology Association"
EHFG = "European Health Forum Gastein 2024"
GOLD["oncopass-eu4health-final-results-2025.html"] = dict(
entities=[
 E(ONC, "project", None, "ONCOPASS"), E("Porto", "place", "PT"),
 E(OFC, "event", "BE"), E("Brussels", "place", "BE"),
 E("EU4Health", "programme"), E("Europe's Beating Cancer Plan", "programme"),
 E(IPO, "research_org", "PT", "IPO Porto"),
 E("Vilnius", "place", "LT"), E("Helena Sousa Marques", "person", "PT"),
 E(ECPC, "network", None, "ECPC"),
 E(MED, "company", "FI", "Medilogue"), E("Tampere", "place", "FI"),
 E(TAU, "university", "FI"), E(VUH, "research_org", "LT"),
 E(INT, "research_org", "IT"), E("Milan", "place", "IT"),
 E(IOCN, "research_org", "RO"), E("Cluj-Napoca", "place", "RO"),
 E(KHD, "company", "RO", "Kardia Health Data", "Kardia"),
 E(HCP, "cluster", "PT", "HCP"),
 E("Mikko Laaksonen", "person", "FI"), E("Ioana Mureșan", "person", "RO"),
 E("Rui Vasconcelos Lima", "person", "PT"),
 E(LBA, "cluster", "LT"),
 E(EHFG, "event", "AT"), E("Bad Gastein", "place", "AT"),
 E("European Cancer Imaging Initiative", "project"), E("EUCanScreen", "project"),
 E("Horizon Europe Mission on Cancer", "programme"),
 E("European Health and Digital Executive Agency", "public_body", None, "HaDEA"),
],
relations=[
 R(ONC, "funded_by", "EU4Health"),
 R(IPO, "leads", ONC),
 *[R(o, "consortium_member_of", ONC) for o in (IPO, ECPC, MED, TAU, VUH, INT, IOCN, KHD, HCP)],
 R(IPO, "organized", OFC), R(ECPC, "organized", OFC), R(OFC, "located_in", "Brussels"),
 R(IPO, "located_in", "Porto"), R(ECPC, "located_in", "Brussels"), R(MED, "located_in", "Tampere"),
 R(TAU, "located_in", "Tampere"), R(VUH, "located_in", "Vilnius"), R(INT, "located_in", "Milan"),
 R(IOCN, "located_in", "Cluj-Napoca"), R(KHD, "located_in", "Cluj-Napoca"),
 R(HCP, "located_in", "Porto"),
 R("Helena Sousa Marques", "works_for", IPO), R("Helena Sousa Marques", "leads", ONC),
 R("Mikko Laaksonen", "works_for", MED), R("Ioana Mureșan", "works_for", KHD),
 R("Rui Vasconcelos Lima", "works_for", HCP), R(HCP, "partner_of", LBA),
 R(EHFG, "located_in", "Bad Gastein"),
 R(IPO, "participated_in", EHFG), R(ECPC, "participated_in", EHFG),
])

# --- cluster newsletter: BioM members in Eurostars projects -------------------------------
BIOM = "BioM Biotech Cluster Development GmbH"
IMT = "ImmunoTrack"
ANT = "Antares Immunodiagnostics GmbH"
NEV = "Neveh Biosensors Ltd"
SCA = "Scanolab ApS"
IIA = "Israel Innovation Authority"
IFD = "Innovation Fund Denmark"
BE22 = "BIO-Europe 2022"
PS = "PhageShield"
HAN = "Hanbit Phage Co., Ltd."
LYS = "Lysatec GmbH"
UB = "University of Barcelona"
KIAT = "Korea Institute for Advancement of Technology"
BIO23 = "BIO International Convention 2023"
GOLD["biom-eurostars-member-projects-2023.txt"] = dict(
entities=[
 E(BIOM, "cluster", "DE", "BioM"), E("Munich", "place", "DE"), E("Martinsried", "place", "DE"),
 E("Eurostars", "programme"), E("Eureka", "network"), E(HE, "programme"),
 E("Federal Ministry of Education and Research", "public_body", "DE", "BMBF"),
 E("Sabine Kellermann", "person", "DE"),
 E(IMT, "project"), E(ANT, "company", "DE", "Antares"), E("IZB", "cluster", "DE"),
 E(NEV, "company", "IL", "Neveh"), E("Rehovot", "place", "IL"),
 E(SCA, "company", "DK", "Scanolab"), E("Aarhus", "place", "DK"),
 E(IIA, "public_body", "IL", "IIA"), E(IFD, "public_body", "DK"),
 E(BE22, "event", "DE"), E("Leipzig", "place", "DE"), E("Thomas Aigner", "person", "DE"),
 E(PS, "project"), E(HAN, "company", "KR", "Hanbit"), E("Daejeon", "place", "KR"),
 E(LYS, "company", "DE", "Lysatec"), E("Planegg", "place", "DE"),
 E(UB, "university", "ES"), E("Barcelona", "place", "ES"),
 E(KIAT, "public_body", "KR", "KIAT"), E("Eva Brunnhuber", "person", "DE"),
 E(BIO23, "event", "US"), E("Boston", "place", "US"), E("Bayern International", "public_body", "DE"),
 E(EEN, "network", None, "EEN"),
 E(BES24, "event", "ES"),
],
relations=[
 R(BIOM, "located_in", "Munich"), R(BIOM, "located_in", "Martinsried"),
 R("Sabine Kellermann", "works_for", BIOM),
 R(ANT, "leads", IMT), *[R(o, "consortium_member_of", IMT) for o in (ANT, NEV, SCA)],
 R(IMT, "funded_by", "Eurostars"), R(IMT, "funded_by", IIA), R(IMT, "funded_by", IFD),
 R(ANT, "located_in", "Martinsried"), R(ANT, "member_of", "IZB"), R(ANT, "member_of", BIOM),
 R("IZB", "located_in", "Martinsried"),
 R(NEV, "located_in", "Rehovot"), R(SCA, "located_in", "Aarhus"),
 R(BE22, "located_in", "Leipzig"), R(ANT, "participated_in", BE22), R(NEV, "participated_in", BE22),
 R(ANT, "met_with", NEV), R("Thomas Aigner", "works_for", ANT),
 R("Thomas Aigner", "participated_in", BE22),
 R(HAN, "leads", PS), *[R(o, "consortium_member_of", PS) for o in (HAN, LYS, UB)],
 R(PS, "funded_by", "Eurostars"), R(PS, "funded_by", KIAT),
 R(HAN, "located_in", "Daejeon"), R(LYS, "located_in", "Planegg"), R(LYS, "member_of", BIOM),
 R(UB, "located_in", "Barcelona"),
 R("Eva Brunnhuber", "works_for", LYS), R("Eva Brunnhuber", "participated_in", BIO23),
 R(BIO23, "located_in", "Boston"),
 *[R(o, "participated_in", BIO23) for o in (BIOM, LYS, HAN)],
 R(LYS, "met_with", HAN), R(BIOM, "partner_of", "Bayern International"),
 R(BIOM, "member_of", EEN),
 R(BES24, "located_in", "Barcelona"), R(BIOM, "participated_in", BES24),
])

# --- project news: GENELINK kick-off (Digital Europe Programme) ----------------------------
GL = "Genomic Data Links for European Industry and Health"
DEP = "Digital Europe Programme"
CSC = "CSC - IT Center for Science"
EVC = "Évry-Courcouronnes"
OMG = "1+Million Genomes initiative"
GDI = "Genomic Data Infrastructure"
BSC = "Barcelona Supercomputing Center"
LIH = "Luxembourg Institute of Health"
TPL = "Technology Park Ljubljana"
BCV = "BioCon Valley"
DS = "Datagen Systems Sp. z o.o."
QG = "Quantigene SAS"
UKC = "University Medical Center Ljubljana"
GID = "GENELINK Industry Day"
BE24 = "BIO-Europe 2024"
GOLD["genelink-digital-europe-kick-off-2024.md"] = dict(
entities=[
 E(GL, "project", None, "GENELINK"), E("Espoo", "place", "FI"),
 E(DEP, "programme", None, "DIGITAL"),
 E(CSC, "research_org", "FI", "CSC"), E("Riikka Halonen", "person", "FI"),
 E("Tartu", "place", "EE"), E(EVC, "place", "FR", "Évry"),
 E(OMG, "project", None, "1+MG"), E(GDI, "project", None, "GDI"), E(HE, "programme"),
 E(BSC, "research_org", "ES", "BSC"), E("Barcelona", "place", "ES"),
 E("ELIXIR Hub", "network", "GB", "ELIXIR"), E("Hinxton", "place", "GB"),
 E(LIH, "research_org", "LU", "LIH"), E("Strassen", "place", "LU"),
 E("University of Tartu", "university", "EE"), E("Estonian Biobank", "research_org", "EE"),
 E("INESC TEC", "research_org", "PT"), E("Porto", "place", "PT"),
 E("Genopole", "cluster", "FR"), E("Paris", "place", "FR"),
 E(TPL, "cluster", "SI"), E("Ljubljana", "place", "SI"),
 E(BCV, "cluster", "DE"), E("Greifswald", "place", "DE"),
 E("Mecklenburg-Vorpommern", "place", "DE"),
 E(DS, "company", "PL"), E("Kraków", "place", "PL"),
 E(QG, "company", "FR", "Quantigene"),
 E(UKC, "research_org", "SI", "UKC Ljubljana"),
 E("Claire Dumont", "person", "FR"), E("Matej Kovač", "person", "SI"),
 E(GID, "event", "FR"), E(BE24, "event", "SE"), E("Stockholm", "place", "SE"),
 E("European Commission", "public_body"),
 E("European Health and Digital Executive Agency", "public_body", None, "HaDEA"),
],
relations=[
 R(GL, "funded_by", DEP), R(CSC, "leads", GL),
 *[R(o, "consortium_member_of", GL) for o in (
   CSC, BSC, "ELIXIR Hub", LIH, "University of Tartu", "INESC TEC", "Genopole", TPL, BCV, DS, QG, UKC)],
 R("Riikka Halonen", "works_for", CSC), R("Riikka Halonen", "leads", GL),
 R(GDI, "funded_by", HE),
 R(CSC, "located_in", "Espoo"), R(BSC, "located_in", "Barcelona"),
 R("ELIXIR Hub", "located_in", "Hinxton"), R(LIH, "located_in", "Strassen"),
 R("University of Tartu", "located_in", "Tartu"), R("INESC TEC", "located_in", "Porto"),
 R("Genopole", "located_in", EVC), R(TPL, "located_in", "Ljubljana"),
 R(BCV, "located_in", "Greifswald"), R(BCV, "located_in", "Mecklenburg-Vorpommern"),
 R(DS, "located_in", "Kraków"), R(QG, "located_in", EVC), R(UKC, "located_in", "Ljubljana"),
 R("Genopole", "partner_of", TPL), R("Genopole", "partner_of", BCV),
 R("Claire Dumont", "works_for", "Genopole"), R(QG, "member_of", "Genopole"),
 R("Matej Kovač", "works_for", TPL),
 R("Genopole", "organized", GID), R(QG, "organized", GID), R(GID, "located_in", EVC),
 R(BE24, "located_in", "Stockholm"),
 R("Genopole", "participated_in", BE24), R(TPL, "participated_in", BE24),
])

# --- annual-report chapter: Medicon Valley Alliance, European projects ---------------------
MVA = "Medicon Valley Alliance"
SHT = "ScandiHealth Twin"
IOKS = "Interreg Öresund-Kattegat-Skagerrak"
CLS = "CLINSPARK"
NAA = "NordAMR Accelerator"
SSI = "Statens Serum Institut"
BLS = "BRIDGE-LS Eurocluster"
SMP = "Single Market Programme"
CRD = "Capital Region of Denmark"
OCC = "Oslo Cancer Cluster"
UCPH = "University of Copenhagen"
TUH = "Tartu University Hospital"
LKK = "Lifescience Kraków Klaster"
NLSD = "Nordic Life Science Days 2024"
SBF = "ScanBalt Forum 2024"
GOLD["medicon-valley-alliance-eu-projects-report-2024.html"] = dict(
entities=[
 E(MVA, "cluster", "DK", "MVA"), E("Copenhagen", "place", "DK"),
 E(SHT, "project"), E(IOKS, "programme"), E("Region Skåne", "public_body", "SE"),
 E(CLS, "project"), E(HE, "programme"), E("Lund University", "university", "SE"),
 E(NAA, "project"), E("EU4Health", "programme"), E(SSI, "research_org", "DK", "SSI"),
 E(BLS, "project", None, "BRIDGE-LS"), E(SMP, "programme", None, "SMP COSME"),
 E("Øresund", "place"),
 E(CRD, "public_body", "DK"), E(OCC, "cluster", "NO"), E(ERDF, "programme"),
 E("Malmö", "place", "SE"),
 E(UCPH, "university", "DK"), E(TUH, "research_org", "EE"),
 E("Trialmate AS", "company", "NO"), E("Bergen", "place", "NO"),
 E("Karin Ekdahl", "person", "SE"),
 E("Swedish Public Health Agency", "public_body", "SE"), E(LBA, "cluster", "LT"),
 E("European Innovation Council and SMEs Executive Agency", "public_body", None, "EISMEA"),
 E("Biocat", "cluster", "ES"), E("Barcelona", "place", "ES"),
 E(BCV, "cluster", "DE"), E("Greifswald", "place", "DE"),
 E(LKK, "cluster", "PL"), E("Kraków", "place", "PL"),
 E(NLSD, "event", "SE", "NLSD"),
 E(SBF, "event", "EE"), E("Tallinn", "place", "EE"), E("ScanBalt", "network"),
 E("Petra Lindgren", "person", "DK"),
],
relations=[
 R(MVA, "located_in", "Copenhagen"),
 R("Region Skåne", "leads", SHT),
 *[R(o, "consortium_member_of", SHT) for o in ("Region Skåne", CRD, MVA, OCC)],
 R(SHT, "funded_by", IOKS), R(SHT, "funded_by", ERDF),
 R("Lund University", "leads", CLS),
 *[R(o, "consortium_member_of", CLS) for o in (
   "Lund University", MVA, UCPH, TUH, "Trialmate AS")],
 R(CLS, "funded_by", HE),
 R("Trialmate AS", "located_in", "Bergen"),
 R("Karin Ekdahl", "works_for", "Lund University"), R("Karin Ekdahl", "leads", CLS),
 R(SSI, "leads", NAA),
 *[R(o, "consortium_member_of", NAA) for o in (SSI, MVA, "Swedish Public Health Agency", LBA)],
 R(NAA, "funded_by", "EU4Health"), R(SSI, "located_in", "Copenhagen"),
 R(MVA, "leads", BLS),
 *[R(o, "consortium_member_of", BLS) for o in (MVA, "Biocat", BCV, LKK)],
 R(BLS, "funded_by", SMP),
 R("Biocat", "located_in", "Barcelona"), R(BCV, "located_in", "Greifswald"),
 R(LKK, "located_in", "Kraków"),
 R(NLSD, "located_in", "Malmö"),
 *[R(o, "participated_in", NLSD) for o in (MVA, "Biocat", BCV)],
 R(SBF, "located_in", "Tallinn"), R("ScanBalt", "organized", SBF), R(MVA, "participated_in", SBF),
 R(MVA, "member_of", "ScanBalt"),
 R("Petra Lindgren", "works_for", MVA),
 R(MVA, "partner_of", "Lund University"), R(MVA, "partner_of", "Biocat"),
])

# --- event recap: Horizon Europe Health Brokerage Event 2023 -----------------------------
HBE23 = "Horizon Europe Health Brokerage Event 2023"
SQ = "Square - Brussels Convention Centre"
FECYT = "Spanish Foundation for Science and Technology"
DGR = "Directorate-General for Research and Innovation"
HAD = "European Health and Digital Executive Agency"
UDE = "University of Debrecen"
LSHW = "Life Sciences Hub Wales"
BES = "BIO-Europe Spring"
CTW = "CARDIOTWIN"
USZ = "University of Szeged"
CIK = "Cardiologic Imaging Kft."
IPL = "Institut Pasteur de Lille"
RP = "RAREPATH"
ULG = "University of Liège"
GC = "Genomix Care SA"
SJD = "Sant Joan de Déu Barcelona Children's Hospital"
GOLD["health-cluster-brokerage-event-recap-2023.txt"] = dict(
entities=[
 E(HBE23, "event", "BE"), E("Brussels", "place", "BE"), E(SQ, "place", "BE"),
 E("HNN 3.0", "network"), E(HE, "programme"), E(EEN, "network", None, "EEN"),
 E("Isabel Fernández Rey", "person", "ES"), E(FECYT, "public_body", "ES", "FECYT"),
 E("European Commission", "public_body"), E(DGR, "public_body", None, "DG RTD"),
 E(HAD, "public_body", None, "HaDEA"),
 E("Biocat", "cluster", "ES"), E("Catalonia", "place", "ES"), E("ACCIÓ", "public_body", "ES"),
 E("BioWin", "cluster", "BE"), E("Wallonia", "place", "BE"), E(ULG, "university", "BE"),
 E(UDE, "university", "HU"), E(LSHW, "cluster", "GB"),
 E(BES, "event"), E("Jordi Casals", "person", "ES"),
 E(CTW, "project"), E(USZ, "university", "HU"), E(CIK, "company", "HU"),
 E("Budapest", "place", "HU"), E(IPL, "research_org", "FR"), E("Lille", "place", "FR"),
 E("Viomedics SL", "company", "ES"), E("Barcelona", "place", "ES"),
 E(RP, "project"), E(GC, "company", "BE"), E("Charleroi", "place", "BE"),
 E(SJD, "research_org", "ES"), E("Orphalink GmbH", "company", "AT"), E("Vienna", "place", "AT"),
 E("Zoltán Hegedűs", "person", "HU"),
],
relations=[
 R(HBE23, "located_in", "Brussels"), R(HBE23, "located_in", SQ),
 R("HNN 3.0", "organized", HBE23), R(EEN, "organized", HBE23), R("HNN 3.0", "funded_by", HE),
 R("Isabel Fernández Rey", "works_for", FECYT), R("Isabel Fernández Rey", "leads", "HNN 3.0"),
 R("Isabel Fernández Rey", "participated_in", HBE23),
 R(FECYT, "leads", "HNN 3.0"), R(FECYT, "member_of", "HNN 3.0"),
 R(DGR, "participated_in", HBE23), R(HAD, "participated_in", HBE23),
 R("Biocat", "located_in", "Catalonia"), R("BioWin", "located_in", "Wallonia"),
 *[R(o, "participated_in", HBE23) for o in ("Biocat", "ACCIÓ", "BioWin", ULG, LSHW)],
 R("Biocat", "met_with", "BioWin"), R("Biocat", "partner_of", "BioWin"),
 R("Biocat", "participated_in", BES), R("BioWin", "participated_in", BES),
 R("Jordi Casals", "works_for", "Biocat"),
 R(USZ, "leads", CTW),
 *[R(o, "consortium_member_of", CTW) for o in (USZ, CIK, IPL, "Viomedics SL", UDE)],
 R(CIK, "located_in", "Budapest"), R(IPL, "located_in", "Lille"),
 R("Viomedics SL", "located_in", "Barcelona"),
 R(ULG, "leads", RP), *[R(o, "consortium_member_of", RP) for o in (ULG, GC, SJD, "Orphalink GmbH")],
 R(GC, "member_of", "BioWin"), R(GC, "located_in", "Charleroi"), R(SJD, "located_in", "Barcelona"),
 R("Orphalink GmbH", "located_in", "Vienna"),
 R("Zoltán Hegedűs", "works_for", USZ), R("Zoltán Hegedűs", "leads", CTW),
 R("Zoltán Hegedűs", "participated_in", HBE23), R(USZ, "participated_in", HBE23),
])

# --- project news: MEDTECH-CE final conference (Interreg CENTRAL EUROPE) -------------------
MCE = "Medical Technology Clusters for Central Europe"
ICE = "Interreg CENTRAL EUROPE"
CEHID = "Central European Health Innovation Days 2022"
MEDT = "Ministry of Economic Development and Technology"
PBN = "Pannon Business Network"
ECO = "ecoplus. The Business Agency of Lower Austria"
KLK = "Klaster LifeScience Kraków"
CTU = "Czech Technical University in Prague"
FI_ = "Friuli Innovazione"
ZIC = "Zagreb Innovation Centre"
SCCI = "Slovenian Chamber of Commerce and Industry"
MDK = "Hungarian Medical Device Manufacturers' Association"
UMCL = "University Medical Centre Ljubljana"
UHCZ = "University Hospital Centre Zagreb"
SEN = "Sensilab d.o.o."
OP = "OrthoPrint Kft."
M21 = "MEDICA 2021"
MCE2 = "MEDTECH-CE 2.0"
I3 = "Interregional Innovation Investments"
GOLD["medtech-ce-interreg-final-conference-2022.md"] = dict(
entities=[
 E(MCE, "project", None, "MEDTECH-CE"), E(ICE, "programme"),
 E(ERDF, "programme", None, "ERDF"),
 E("Ljubljana Castle", "place", "SI"), E("Ljubljana", "place", "SI"),
 E(CEHID, "event", "SI"), E(MEDT, "public_body", "SI"), E(TPL, "cluster", "SI"),
 E(PBN, "cluster", "HU", "PBN"), E("Szombathely", "place", "HU"),
 E(ECO, "public_body", "AT", "ecoplus"), E("St. Pölten", "place", "AT"),
 E(KLK, "cluster", "PL"), E("Kraków", "place", "PL"),
 E(CTU, "university", "CZ", "CTU"), E("Prague", "place", "CZ"),
 E(FI_, "research_org", "IT"), E("Udine", "place", "IT"),
 E(ZIC, "cluster", "HR", "ZICER"), E("Zagreb", "place", "HR"),
 E(SCCI, "public_body", "SI"), E(MDK, "cluster", "HU", "MEDIKAL"),
 E(UMCL, "research_org", "SI"), E(UHCZ, "research_org", "HR"),
 E("Lower Austria", "place", "AT"), E("Friuli Venezia Giulia", "place", "IT"),
 E("Małopolska", "place", "PL"),
 E("Tanja Oblak", "person", "SI"),
 E(SEN, "company", "SI"), E("Maribor", "place", "SI"),
 E(OP, "company", "HU"), E("Győr", "place", "HU"), E("Bence Szalai", "person", "HU"),
 E("Markus Leitner", "person", "AT"), E(M21, "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Katarzyna Wójcik", "person", "PL"),
 E(MCE2, "project"), E("CzechMed", "cluster", "CZ"),
 E(I3, "programme", None, "I3"),
],
relations=[
 R(CEHID, "located_in", "Ljubljana Castle"), R(CEHID, "located_in", "Ljubljana"),
 R(TPL, "organized", CEHID),
 R(MCE, "funded_by", ERDF), R(MCE, "funded_by", ICE),
 R(TPL, "leads", MCE),
 *[R(o, "consortium_member_of", MCE) for o in (TPL, PBN, ECO, KLK, CTU, FI_, ZIC, SCCI, MDK)],
 R(PBN, "located_in", "Szombathely"), R(ECO, "located_in", "St. Pölten"),
 R(ECO, "located_in", "Lower Austria"),
 R(KLK, "located_in", "Kraków"), R(CTU, "located_in", "Prague"), R(FI_, "located_in", "Udine"),
 R(ZIC, "located_in", "Zagreb"),
 R(CTU, "partner_of", FI_), R(PBN, "partner_of", ECO),
 R("Tanja Oblak", "works_for", TPL),
 R(SEN, "located_in", "Maribor"), R(SEN, "partner_of", UHCZ), R(SEN, "participated_in", CEHID),
 R(OP, "located_in", "Győr"), R(OP, "member_of", PBN), R(OP, "partner_of", CTU),
 R(OP, "participated_in", CEHID), R("Bence Szalai", "works_for", OP),
 R("Markus Leitner", "works_for", ECO), R(M21, "located_in", "Düsseldorf"),
 R("Katarzyna Wójcik", "works_for", KLK),
 R(TPL, "leads", MCE2),
 *[R(o, "consortium_member_of", MCE2) for o in (TPL, PBN, ECO, FI_, "CzechMed")],
 R(MCE2, "funded_by", ICE),
 R(PBN, "partner_of", KLK),
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
