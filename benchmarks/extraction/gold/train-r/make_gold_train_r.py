"""Hand annotations of the `train-r` set (health and biotech clusters: partnering at BIO,
BIO-Europe Spring, MEDICA, Arab Health, BioJapan; soft landing of foreign start-ups; joint
European projects), training data for the learned extraction models.

    .venv/bin/python benchmarks/extraction/gold/train-r/make_gold_train_r.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Choices specific to this set:
- event venues (Dubai World Trade Centre, Fira de Barcelona Gran Via, Pacifico Yokohama,
  MassBio Hub) and pavilions/stands are not entities; the event is `located_in` the city;
- trade and industry associations (MassBio, Biocom California, SwedenBIO, Dansk Biotek,
  Lithuanian Biotechnology Association) and science parks presented as ecosystems (MaRS,
  COBIS, Medicon Village, Shonan iPark, Bioindustry Park) are `cluster`;
- planned participations stated as agreed ("will travel to BIO-Europe") are annotated like
  past ones; proposals to be submitted are `consortium_member_of` / `funded_by` like funded
  ones (the relation's status carries the difference);
- a coordinator gets both `leads` and `consortium_member_of`;
- a visit or reception ("the delegation was received by FBRI") is `met_with`; an MoU,
  letter of intent or agreed joint action is `partner_of`;
- a company that "settled on the biocluster" / "joined MVA" is `member_of` the cluster.
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
    "funded_by": ({"project", "network"}, {"programme"} | ORG),
    "located_in": (ORG | {"event"}, {"place"}),
    "works_for": ({"person"}, ORG),
}

GOLD = {}

# --- annual-report chapter: BioWin (Wallonia) ---------------------------------------
BW = "BioWin"
AWEX = "Wallonia Export & Investment Agency"
FIT = "Flanders Investment & Trade"
BIO = "BIO International Convention"
BES = "BIO-Europe Spring"
MIV = "Montréal InVivo"
WQ = "WAL-QC Health Bridge"
FRQ = "Fonds de recherche du Québec"
SPW = "Service public de Wallonie Économie Emploi Recherche"
ATMP = "ATMP-NET"
IZI = "Fraunhofer Institute for Cell Therapy and Immunology"
KBIC = "Kobe Biomedical Innovation Cluster"
BW_MEMBERS = (("Calyxis Therapeutics", "Gosselies"), ("NeuroMosan", "Liège"),
              ("Lumen Biologics", "Mont-Saint-Guibert"))
GOLD["biowin-international-outreach-2023.txt"] = dict(
entities=[
 E(BW, "cluster", "BE"), E("Wallonia", "place", "BE"),
 E("Sophie Lambert", "person", "BE"),
 E(BIO, "event", "US", "BIO"), E("Boston", "place", "US"),
 E(AWEX, "public_body", "BE", "AWEX"), E(FIT, "public_body", "BE", "FIT"),
 *[E(c, "company", "BE") for c, _ in BW_MEMBERS], *[E(t, "place", "BE") for _, t in BW_MEMBERS],
 E(MIV, "cluster", "CA"), E("Greater Montréal", "place", "CA"), E("Montréal", "place", "CA"),
 E(WQ, "project"), E(FRQ, "public_body", "CA", "FRQ"), E(SPW, "public_body", "BE", "SPW EER"),
 E(BES, "event", "CH"), E("Basel", "place", "CH"),
 E("BioM", "cluster", "DE"), E("Munich", "place", "DE"),
 E("Biocat", "cluster", "ES"), E("Barcelona", "place", "ES"),
 E("BioAlps", "network", "CH"), E("Basel Area Business & Innovation", "public_body", "CH"),
 E("MEDICA", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Sonaxis Medical", "company", "BE"), E("Brandt Medizintechnik GmbH", "company", "DE"),
 E(ATMP, "project"), E("Interreg North-West Europe", "programme", None,
                       "Interreg North-West Europe programme"),
 E("Maastricht University", "university", "NL"),
 E("imec", "research_org", "BE"), E("Leuven", "place", "BE"),
 E(IZI, "research_org", "DE", "Fraunhofer IZI"), E("Leipzig", "place", "DE"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("Marc Dufresne", "person", "BE"),
 E("BioJapan", "event", "JP"), E("Yokohama", "place", "JP"),
 E(KBIC, "cluster", "JP", "KBIC"), E("Kobe", "place", "JP"),
 E("Charleroi", "place", "BE"), E("Osong", "place", "KR"),
],
relations=[
 R(BW, "located_in", "Wallonia"), R("Sophie Lambert", "works_for", BW),
 R(BIO, "located_in", "Boston"),
 *[R(o, "participated_in", BIO) for o in (BW, AWEX, FIT, MIV)],
 *[R(c, "participated_in", BIO) for c, _ in BW_MEMBERS],
 *[R(c, "member_of", BW) for c, _ in BW_MEMBERS],
 *[R(c, "located_in", t) for c, t in BW_MEMBERS],
 R(BW, "partner_of", MIV), R(MIV, "located_in", "Greater Montréal"),
 R(BW, "consortium_member_of", WQ), R(MIV, "consortium_member_of", WQ),
 R(WQ, "funded_by", FRQ), R(WQ, "funded_by", SPW),
 R(BES, "located_in", "Basel"), R(BW, "participated_in", BES),
 *[R(o, "participated_in", BES) for o in ("BioM", "Biocat", "BioAlps",
                                          "Basel Area Business & Innovation")],
 *[R(BW, "met_with", o) for o in ("BioM", "Biocat", "BioAlps",
                                  "Basel Area Business & Innovation")],
 R("BioM", "located_in", "Munich"), R("Biocat", "located_in", "Barcelona"),
 R("Basel Area Business & Innovation", "located_in", "Basel"),
 R("MEDICA", "located_in", "Düsseldorf"),
 *[R(o, "participated_in", "MEDICA") for o in (BW, AWEX, "Sonaxis Medical",
                                               "Brandt Medizintechnik GmbH")],
 R("Sonaxis Medical", "member_of", BW), R("Sonaxis Medical", "located_in", "Wallonia"),
 R("Sonaxis Medical", "partner_of", "Brandt Medizintechnik GmbH"),
 R(ATMP, "funded_by", "Interreg North-West Europe"), R("Maastricht University", "leads", ATMP),
 *[R(o, "consortium_member_of", ATMP) for o in (BW, "Maastricht University", "imec", IZI)],
 R("imec", "located_in", "Leuven"), R(IZI, "located_in", "Leipzig"),
 R(BW, "member_of", "Council of European BioRegions"), R("Marc Dufresne", "works_for", BW),
 R(BW, "participated_in", "BioJapan"), R(AWEX, "participated_in", "BioJapan"),
 R(KBIC, "participated_in", "BioJapan"), R("BioJapan", "located_in", "Yokohama"),
 R(BW, "partner_of", KBIC), R(KBIC, "located_in", "Kobe"),
])

# --- press release: Medicen Paris Region at Arab Health ------------------------------
MED = "Medicen Paris Region"
AH = "Arab Health 2024"
DSP = "Dubai Science Park"
MBRU = "Mohammed Bin Rashid University of Medicine and Health Sciences"
FHS = "Future Health Summit"
GHE = "Global Health Exhibition"
MCD = "Medicen Connect Days"
MED_MEMBERS = (("Kardiolab", "Évry-Courcouronnes"), ("OptiSeen Medical", "Paris"),
               ("Hémavie", "Villejuif"), ("Sensoria Health", "Saclay"), ("Dermadiag", "Orsay"))
GOLD["medicen-arab-health-dubai-2024.md"] = dict(
entities=[
 E(MED, "cluster", "FR", "Medicen"), E("Île-de-France Region", "place", "FR", "Île-de-France"),
 E(AH, "event", "AE", "Arab Health"), E("Dubai", "place", "AE"),
 E("Business France", "public_body", "FR"), E("Choose Paris Region", "public_body", "FR"),
 *[E(c, "company", "FR") for c, _ in MED_MEMBERS], *[E(t, "place", "FR") for _, t in MED_MEMBERS],
 E(DSP, "cluster", "AE", "DSP"),
 E("Claire Vasseur", "person", "FR", "Vasseur"), E("Marwan Al Suwaidi", "person", "AE"),
 E("Department of Health – Abu Dhabi", "public_body", "AE", "DoH"),
 E("Dubai Health Authority", "public_body", "AE", "DHA"),
 E(MBRU, "university", "AE", "MBRU"),
 E(FHS, "event", "AE"), E("Siemens Healthineers", "company", "DE"),
 E("Saudi Ministry of Health", "public_body", "SA"),
 E("Karim Haddad", "person", "FR"),
 E(GHE, "event", "SA"), E("Riyadh", "place", "SA"), E(MCD, "event", "FR"),
 E("French Healthcare Association", "network", "FR"), E("France Clusters", "network", "FR"),
],
relations=[
 R(MED, "located_in", "Île-de-France Region"), R(MED, "located_in", "Paris"),
 R(AH, "located_in", "Dubai"),
 *[R(o, "participated_in", AH) for o in (MED, "Business France", "Choose Paris Region", DSP)],
 *[R(c, "participated_in", AH) for c, _ in MED_MEMBERS],
 *[R(c, "member_of", MED) for c, _ in MED_MEMBERS],
 *[R(c, "located_in", t) for c, t in MED_MEMBERS],
 R(MED, "partner_of", DSP), R(DSP, "located_in", "Dubai"),
 R("Claire Vasseur", "works_for", MED), R("Marwan Al Suwaidi", "works_for", DSP),
 R(MED, "met_with", "Department of Health – Abu Dhabi"), R(MED, "met_with", "Dubai Health Authority"),
 R(MED, "met_with", MBRU), R(MBRU, "located_in", "Dubai"), R("Kardiolab", "partner_of", MBRU),
 R("Claire Vasseur", "participated_in", FHS), R("Siemens Healthineers", "participated_in", FHS),
 R("Saudi Ministry of Health", "participated_in", FHS),
 R("Karim Haddad", "works_for", "Business France"), R("Business France", "located_in", "Dubai"),
 R(MED, "participated_in", GHE), R("Business France", "participated_in", GHE),
 R(GHE, "located_in", "Riyadh"),
 R(MED, "organized", MCD), R(DSP, "participated_in", MCD), R(MCD, "located_in", "Paris"),
 R(MED, "member_of", "French Healthcare Association"), R(MED, "member_of", "France Clusters"),
])

# --- news page: Biocat hosts BIO-Europe Spring in Barcelona -------------------------
BES24 = "BIO-Europe Spring 2024"
CBH = "CataloniaBio & HealthTech"
MVA = "Medicon Valley Alliance"
MB = "Massachusetts Biotechnology Council"
LBP = "Lyonbiopôle Auvergne-Rhône-Alpes"
HCP = "Portugal Health Cluster"
IRB = "Institute for Research in Biomedicine"
CBN = "Catalan Biotech Night"
DELEGATIONS = (("BioM", "Munich"), (MVA, "Copenhagen"), (MB, "Cambridge"), (LBP, "Lyon"),
               (HCP, "Porto"))
CAT_COMPANIES = (("Nuvira Therapeutics", "Sant Cugat del Vallès"), ("Gaudí Biologics", "Barcelona"),
                 ("Pyrenees Diagnostics", "Girona"))
GOLD["biocat-bio-europe-spring-barcelona-2024.html"] = dict(
entities=[
 E(BES24, "event", "ES", "BIO-Europe Spring"), E("Barcelona", "place", "ES"),
 E("EBD Group", "company", "DE"), E("Biocat", "cluster", "ES"), E("ACCIÓ", "public_body", "ES"),
 E("Catalonia", "place", "ES"), E(CBH, "cluster", "ES"),
 *[E(c, "company", "ES") for c, _ in CAT_COMPANIES],
 E("Sant Cugat del Vallès", "place", "ES"), E("Girona", "place", "ES"),
 E("BioAccelerator", "programme", "ES", "BioAccelerator programme"),
 E("BioM", "cluster", "DE"), E("Munich", "place", "DE"),
 E(MVA, "cluster", "DK", "MVA"), E("Copenhagen", "place", "DK"),
 E(MB, "cluster", "US", "MassBio"), E("Cambridge", "place", "US", "Cambridge, MA"),
 E(LBP, "cluster", "FR"), E("Lyon", "place", "FR"),
 E(HCP, "cluster", "PT", "HCP"), E("Porto", "place", "PT"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
 E("IBERIA-CELL", "project"), E(IRB, "research_org", "ES", "IRB Barcelona"),
 E("Horizon Europe", "programme", None, "Horizon Europe programme"),
 E("Laia Serra i Puig", "person", "ES", "Serra"), E("Jordi Castells", "person", "ES"),
 E("Catalonia Trade & Investment", "public_body", "ES"),
 E("Boston", "place", "US"), E("Tokyo", "place", "JP"),
 E(CBN, "event", "ES"), E("CaixaBank", "company", "ES"),
 E("Barcelona City Council", "public_body", "ES", "Ajuntament de Barcelona"),
 E("BIO-Europe", "event", "SE"), E("Stockholm", "place", "SE"),
],
relations=[
 R(BES24, "located_in", "Barcelona"),
 R("EBD Group", "organized", BES24), R("Biocat", "organized", BES24), R("ACCIÓ", "organized", BES24),
 R("Biocat", "participated_in", BES24), R("Biocat", "located_in", "Catalonia"),
 R(CBH, "participated_in", BES24),
 *[R(c, "participated_in", BES24) for c, _ in CAT_COMPANIES],
 *[R(c, "located_in", t) for c, t in CAT_COMPANIES],
 *[R("Biocat", "met_with", o) for o, _ in DELEGATIONS],
 *[R(o, "participated_in", BES24) for o, _ in DELEGATIONS],
 *[R(o, "located_in", t) for o, t in DELEGATIONS],
 R("Biocat", "partner_of", MB),
 *[R(o, "participated_in", "BIO International Convention") for o in ("Biocat", MB, "ACCIÓ")],
 R("BIO International Convention", "located_in", "San Diego"),
 *[R(o, "consortium_member_of", "IBERIA-CELL") for o in ("Biocat", HCP, IRB)],
 R("IBERIA-CELL", "funded_by", "Horizon Europe"), R(IRB, "located_in", "Barcelona"),
 R("Laia Serra i Puig", "works_for", "Biocat"), R("Laia Serra i Puig", "participated_in", BES24),
 R("Jordi Castells", "works_for", "ACCIÓ"), R("Jordi Castells", "participated_in", BES24),
 R("Catalonia Trade & Investment", "located_in", "Boston"),
 R("Catalonia Trade & Investment", "located_in", "Tokyo"),
 R("Biocat", "organized", CBN), R(CBH, "organized", CBN),
 R("CaixaBank", "participated_in", CBN), R("Barcelona City Council", "participated_in", CBN),
 R("Biocat", "participated_in", "BIO-Europe"), R("BIO-Europe", "located_in", "Stockholm"),
])

# --- annual-report chapter: Genopole attracts foreign start-ups ----------------------
GP = "Genopole"
EVRY = "Évry-Courcouronnes"
LG = "Landing@Genopole"
IIA = "Israel Innovation Authority"
KHIDI = "Korea Health Industry Development Institute"
ADM = "adMare BioInnovations"
SLE = "Soft-landing in Europe"
GID = "Genopole International Day"
NEWCOMERS = (("HelixBio Ltd", "Rehovot", "IL"), ("Cellaria Therapeutics", "Toronto", "CA"),
             ("Hanbit Genomics", "Daejeon", "KR"), ("Q-Ferment ApS", "Aarhus", "DK"))
GOLD["genopole-campus-international-attraction-2022.txt"] = dict(
entities=[
 E(GP, "cluster", "FR"), E(EVRY, "place", "FR", "Évry"), E("Essonne", "place", "FR"),
 E(LG, "programme", "FR"),
 E("Genoscope", "research_org", "FR"), E("CEA", "research_org", "FR"),
 E("Université d'Évry", "university", "FR"),
 *[E(c, "company", k) for c, _, k in NEWCOMERS], *[E(t, "place", k) for _, t, k in NEWCOMERS],
 E(IIA, "public_body", "IL"), E("MaRS Discovery District", "cluster", "CA"),
 E("BIO International Convention", "event", "US", "BIO"), E("San Diego", "place", "US"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E("Danish Life Science Cluster", "cluster", "DK"),
 E("Business France", "public_body", "FR"), E("Choose Paris Region", "public_body", "FR"),
 E("Medicen", "cluster", "FR"),
 E("BIO-Europe", "event", "DE"), E("Leipzig", "place", "DE"),
 E(SLE, "event", "DE"), E("Council of European BioRegions", "network", None, "CEBR"),
 E("Hélène Marchal", "person", "FR"),
 E("BioM", "cluster", "DE"), E("Flanders.bio", "cluster", "BE"),
 E(GID, "event", "FR"), E(ADM, "cluster", "CA"), E("Vancouver", "place", "CA"),
],
relations=[
 R(GP, "located_in", EVRY), R(GP, "located_in", "Essonne"),
 R("Genoscope", "located_in", EVRY), R("Université d'Évry", "located_in", EVRY),
 *[R(c, "located_in", t) for c, t, _ in NEWCOMERS],
 *[R(c, "member_of", GP) for c, _, _ in NEWCOMERS],
 R("HelixBio Ltd", "partner_of", "Genoscope"),
 R(GP, "partner_of", IIA), R(GP, "partner_of", KHIDI), R(GP, "partner_of", ADM),
 R("Cellaria Therapeutics", "met_with", GP),
 *[R(o, "participated_in", "BIO International Convention") for o in (
   "Cellaria Therapeutics", "MaRS Discovery District", GP, "Business France",
   "Choose Paris Region", "Medicen")],
 R("BIO International Convention", "located_in", "San Diego"),
 R("BIO-Europe", "located_in", "Leipzig"), R(GP, "participated_in", "BIO-Europe"),
 R("Council of European BioRegions", "organized", SLE), R(GP, "participated_in", SLE),
 R("Hélène Marchal", "works_for", GP),
 *[R(o, "participated_in", SLE) for o in ("Hélène Marchal", "BioM", "Flanders.bio")],
 *[R(o, "participated_in", "BIO-Europe") for o in ("Hélène Marchal", "BioM", "Flanders.bio")],
 R(GP, "organized", GID), R(GID, "located_in", EVRY),
 *[R(o, "participated_in", GID) for o in (KHIDI, IIA, ADM)],
 R(ADM, "located_in", "Vancouver"),
])

# --- press release: Horizon Europe kick-off, PRECISE-ATMP (BioM) --------------------
PA = "PRECISE-ATMP"
TUM = "Technical University of Munich"
BIOM = "BioM Biotech Cluster Development GmbH"
ITEM = "Fraunhofer Institute for Toxicology and Experimental Medicine"
LBA = "Lithuanian Biotechnology Association"
SANO = "Sano Centre for Computational Medicine"
EPFL = "Swiss Federal Institute of Technology Lausanne"
IZB = "Innovation and Start-up Center for Biotechnology"
CONSORTIUM = ((TUM, "Munich", "university", "DE"), (BIOM, "Martinsried", "cluster", "DE"),
              (ITEM, "Hannover", "research_org", "DE"),
              ("Karolinska Institutet", "Stockholm", "university", "SE"),
              ("Institut Pasteur", "Paris", "research_org", "FR"),
              ("University of Ljubljana", "Ljubljana", "university", "SI"),
              ("NordCell Manufacturing AB", "Lund", "company", "SE"),
              (LBA, "Vilnius", "cluster", "LT"), (SANO, "Kraków", "research_org", "PL"))
ALIASES = {TUM: ("TUM",), BIOM: ("BioM",), ITEM: ("Fraunhofer ITEM",),
           "NordCell Manufacturing AB": ("NordCell",), SANO: ("Sano",)}
GOLD["biom-precise-atmp-horizon-europe-kickoff-2023.md"] = dict(
entities=[
 E(PA, "project", None,
   "Harmonised and PRECISE manufacturing of Advanced Therapy Medicinal Products across Europe"),
 E(IZB, "company", "DE", "IZB"), E("Horizon Europe", "programme"),
 *[E(o, t, k, *ALIASES.get(o, ())) for o, _, t, k in CONSORTIUM],
 *[E(c, "place", k) for _, c, _, k in CONSORTIUM],
 E(EPFL, "university", "CH", "EPFL"),
 E("Katrin Weber", "person", "DE"), E("Jonas Keller", "person", "DE"),
 E("Rūta Kazlauskienė", "person", "LT"), E("Bavaria", "place", "DE"),
 E("BIO-Europe Spring", "event", "CH"), E("Basel", "place", "CH"),
 E("Alliance4Life", "network"),
 E("Paul-Ehrlich-Institut", "research_org", "DE"), E("Langen", "place", "DE"),
 E("European Federation of Pharmaceutical Industries and Associations", "network", None, "EFPIA"),
 E("Lymphoma Coalition Europe", "network"),
 E("Council of European BioRegions", "network", None, "CEBR"),
],
relations=[
 R(IZB, "located_in", "Martinsried"),
 R(PA, "funded_by", "Horizon Europe"), R(TUM, "leads", PA),
 *[R(o, "consortium_member_of", PA) for o, _, _, _ in CONSORTIUM],
 *[R(o, "located_in", c) for o, c, _, _ in CONSORTIUM],
 R(EPFL, "consortium_member_of", PA),
 R("Katrin Weber", "works_for", TUM), R("Katrin Weber", "leads", PA),
 R("Jonas Keller", "works_for", BIOM), R(BIOM, "located_in", "Bavaria"),
 R(BIOM, "participated_in", "BIO-Europe Spring"), R("BIO-Europe Spring", "located_in", "Basel"),
 R("Rūta Kazlauskienė", "works_for", LBA),
 R(LBA, "member_of", "Alliance4Life"), R(BIOM, "member_of", "Alliance4Life"),
 R(LBA, "partner_of", BIOM),
 R("Paul-Ehrlich-Institut", "located_in", "Langen"),
 R(BIOM, "member_of", "Council of European BioRegions"),
])

# --- newsletter: Medicon Valley Alliance, June 2024 ---------------------------------
BIO24 = "BIO International Convention"
COBIS = "Copenhagen Bio Science Park"
DO = "DIGI-ONCO"
OCC = "Oslo Cancer Cluster"
BE24 = "BIO-Europe 2024"
KB = "Osong Medical Innovation Foundation"
MVA_MEMBERS = (("Sorbiq Diagnostics", "Lund", "SE"), ("Øresund Antibodies ApS", "Copenhagen", "DK"))
DO_PARTNERS = ((OCC, "Oslo"), ("Region Skåne", "Malmö"), ("Lund University", "Lund"),
               ("University of Copenhagen", "Copenhagen"), (MVA, "Copenhagen"),
               ("Tartu Biotechnology Park", "Tartu"))
GOLD["medicon-valley-alliance-newsletter-june-2024.html"] = dict(
entities=[
 E(MVA, "cluster", "DK", "MVA"), E("Greater Copenhagen", "place", "DK"), E("Skåne", "place", "SE"),
 E(BIO24, "event", "US", "BIO", "BIO 2024"), E("San Diego", "place", "US"),
 E("Copenhagen Capacity", "public_body", "DK"), E("Invest in Skåne", "public_body", "SE"),
 E("Lund", "place", "SE"), E("Copenhagen", "place", "DK"),
 *[E(c, "company", k) for c, _, k in MVA_MEMBERS],
 E("Anders Holm", "person", "DK"), E("Mette Kjær", "person", "DK"),
 E("Biocom California", "cluster", "US"), E("Southern California", "place", "US"),
 E("Rakuyo Biosciences", "company", "JP", "Rakuyo"), E("Kyoto", "place", "JP"),
 E("BioJapan", "event", "JP"), E("Yokohama", "place", "JP"),
 E(COBIS, "cluster", "DK", "COBIS"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Medicon Valley", "place", "DK"), E("Kenji Morimoto", "person", "JP"),
 E("EIT Health", "network"), E("EIT Health Scandinavia", "network", "SE"),
 E("Stockholm", "place", "SE"),
 E("InnoStars", "programme"), E("Headstart", "programme"),
 E(DO, "project"), E("EU4Health", "programme", None, "EU4Health programme"),
 E(OCC, "cluster", "NO"), E("Oslo", "place", "NO"),
 E("Region Skåne", "public_body", "SE"), E("Malmö", "place", "SE"),
 E("Lund University", "university", "SE"), E("University of Copenhagen", "university", "DK"),
 E("Tartu Biotechnology Park", "cluster", "EE"), E("Tartu", "place", "EE"),
 E(BE24, "event", "SE", "BIO-Europe"),
 E("SwedenBIO", "cluster", "SE"), E("Dansk Biotek", "cluster", "DK"),
 E(KB, "cluster", "KR", "KBIOHealth"), E("Medicon Village", "cluster", "SE"),
 E("Council of European BioRegions", "network", None, "CEBR"), E("Brussels", "place", "BE"),
 E("Montréal InVivo", "cluster", "CA"),
],
relations=[
 *[R(MVA, "located_in", p) for p in ("Greater Copenhagen", "Skåne", "Copenhagen", "Lund")],
 R(BIO24, "located_in", "San Diego"),
 *[R(o, "participated_in", BIO24) for o in (
   MVA, "Copenhagen Capacity", "Invest in Skåne", "Anders Holm", "Mette Kjær",
   "Biocom California", "Montréal InVivo")],
 *[R(c, "participated_in", BIO24) for c, _, _ in MVA_MEMBERS],
 *[R(c, "member_of", MVA) for c, _, _ in MVA_MEMBERS],
 *[R(c, "located_in", t) for c, t, _ in MVA_MEMBERS],
 R("Anders Holm", "works_for", MVA), R("Mette Kjær", "works_for", MVA),
 R(MVA, "met_with", "Biocom California"), R(MVA, "partner_of", "Biocom California"),
 R("Biocom California", "located_in", "Southern California"),
 R("Rakuyo Biosciences", "located_in", "Kyoto"), R("Rakuyo Biosciences", "located_in", "Copenhagen"),
 R("Rakuyo Biosciences", "member_of", MVA), R("Rakuyo Biosciences", "met_with", MVA),
 R("Rakuyo Biosciences", "participated_in", "BioJapan"), R(MVA, "participated_in", "BioJapan"),
 R("BioJapan", "located_in", "Yokohama"), R(COBIS, "located_in", "Copenhagen"),
 R("Japan External Trade Organization", "located_in", "Copenhagen"),
 R("Kenji Morimoto", "works_for", "Rakuyo Biosciences"),
 R(MVA, "member_of", "EIT Health"), R("EIT Health Scandinavia", "located_in", "Stockholm"),
 R(DO, "funded_by", "EU4Health"), R(OCC, "leads", DO),
 *[R(o, "consortium_member_of", DO) for o, _ in DO_PARTNERS],
 *[R(o, "located_in", t) for o, t in DO_PARTNERS if o != MVA],
 R(BE24, "located_in", "Stockholm"),
 *[R(o, "participated_in", BE24) for o in (MVA, "SwedenBIO", "Dansk Biotek")],
 R(MVA, "met_with", KB), R("Medicon Village", "located_in", "Lund"),
 R(MVA, "member_of", "Council of European BioRegions"),
 R(MVA, "partner_of", "Montréal InVivo"),
])

# --- delegation news: Lyonbiopôle at BioJapan and in Kansai --------------------------
LB = "Lyonbiopôle Auvergne-Rhône-Alpes"
ARAE = "Auvergne-Rhône-Alpes Entreprises"
BJ23 = "BioJapan 2023"
SEM = "France–Japan: partners in infectious diseases"
SIP = "Shonan Health Innovation Park"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
RBDR = "RIKEN Center for Biosystems Dynamics Research"
NQ = "Nakanoshima Qross"
DELEGATION = (("Rhodanis Vaccines", "Lyon"), ("AuverGene", "Clermont-Ferrand"),
              ("Alpibiotics", "Grenoble"), ("Savoie Diagnostics", "Chambéry"),
              ("Cytofluence", "Saint-Étienne"), ("Medalp Devices", "Annecy"))
GOLD["lyonbiopole-japan-delegation-biojapan-2023.md"] = dict(
entities=[
 E(LB, "cluster", "FR", "Lyonbiopôle"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E(ARAE, "public_body", "FR"), E("Business France", "public_body", "FR"),
 E("Tokyo", "place", "JP"), E(BJ23, "event", "JP", "BioJapan"), E("Yokohama", "place", "JP"),
 *[E(p, "place", "JP") for p in ("Fujisawa", "Kobe", "Osaka")],
 *[E(c, "company", "FR") for c, _ in DELEGATION], *[E(t, "place", "FR") for _, t in DELEGATION],
 E("Isabelle Fournier", "person", "FR", "Fournier"), E("Thomas Giraud", "person", "FR"),
 E("Shionogi & Co.", "company", "JP"), E("Meiji Seika Pharma", "company", "JP"),
 E(SEM, "event", "JP"), E("Embassy of France in Japan", "public_body", "FR"),
 E("Kanagawa Prefecture", "place", "JP"), E(SIP, "cluster", "JP", "Shonan iPark"),
 E("Takeda", "company", "JP"), E("Hiroshi Tanaka", "person", "JP"),
 E(FBRI, "research_org", "JP", "FBRI"), E("Kobe Biomedical Innovation Cluster", "cluster", "JP"),
 E(RBDR, "research_org", "JP", "RIKEN BDR"),
 E("Japan Agency for Medical Research and Development", "public_body", "JP", "AMED"),
 E("Osaka University", "university", "JP"), E(NQ, "research_org", "JP"),
 E("BioFIT", "event", "FR"), E("Lille", "place", "FR"), E("BioJapan 2024", "event", "JP"),
],
relations=[
 R(LB, "located_in", "Auvergne-Rhône-Alpes"),
 *[R(o, "participated_in", BJ23) for o in (LB, ARAE, "Business France")],
 R("Business France", "located_in", "Tokyo"), R(BJ23, "located_in", "Yokohama"),
 *[R(c, "member_of", LB) for c, _ in DELEGATION],
 *[R(c, "located_in", t) for c, t in DELEGATION],
 *[R(c, "participated_in", BJ23) for c, _ in DELEGATION],
 R("Isabelle Fournier", "works_for", LB), R("Thomas Giraud", "works_for", ARAE),
 R("Isabelle Fournier", "participated_in", BJ23), R("Thomas Giraud", "participated_in", BJ23),
 R("Alpibiotics", "met_with", "Shionogi & Co."), R("Shionogi & Co.", "participated_in", BJ23),
 R("Shionogi & Co.", "located_in", "Osaka"),
 R("Rhodanis Vaccines", "met_with", "Meiji Seika Pharma"),
 R("Meiji Seika Pharma", "participated_in", BJ23),
 R("Isabelle Fournier", "participated_in", SEM), R("Embassy of France in Japan", "organized", SEM),
 R(LB, "partner_of", SIP), R(LB, "met_with", SIP),
 R(SIP, "located_in", "Fujisawa"), R(SIP, "located_in", "Kanagawa Prefecture"),
 R("Hiroshi Tanaka", "works_for", SIP),
 R(LB, "met_with", FBRI), R(FBRI, "located_in", "Kobe"),
 R("Kobe Biomedical Innovation Cluster", "located_in", "Kobe"),
 R(LB, "met_with", RBDR), R(RBDR, "located_in", "Kobe"), R("AuverGene", "partner_of", RBDR),
 R(LB, "met_with", "Osaka University"), R("Medalp Devices", "met_with", "Osaka University"),
 R("Osaka University", "located_in", "Osaka"),
 R(LB, "met_with", NQ), R(NQ, "located_in", "Osaka"),
 R(LB, "participated_in", "BioFIT"), R(SIP, "participated_in", "BioFIT"),
 R("BioFIT", "located_in", "Lille"), R(LB, "participated_in", "BioJapan 2024"),
])

# --- member story: Eporedia Biologics enters the US (Bioindustry Park, Piedmont) ------
EB = "Eporedia Biologics"
BIP = "Bioindustry Park Silvano Fenu"
ICE = "ICE - Italian Trade Agency"
MB2 = "Massachusetts Biotechnology Council"
DF = "Dana-Farber Cancer Institute"
OB = "ONCO-BRIDGE"
UT = "University of Turin"
GOLD["eporedia-biologics-boston-market-entry-2024.txt"] = dict(
entities=[
 E("Canavese", "place", "IT"), E("Kendall Square", "place", "US"),
 E(EB, "company", "IT", "Eporedia"), E(BIP, "cluster", "IT", "BiPCa"),
 E("Chiara Bertolino", "person", "IT", "Bertolino"), E("Ivrea", "place", "IT"),
 E("Cambridge", "place", "US"), E("Massachusetts", "place", "US"), E("Boston", "place", "US"),
 E("Colleretto Giacosa", "place", "IT"), E("Turin", "place", "IT"),
 E("bioPmed", "cluster", "IT"), E("Piedmont", "place", "IT", "Piedmont region"),
 E("BIO-Europe", "event", "DE"), E("Munich", "place", "DE"),
 E(ICE, "public_body", "IT", "ICE", "Italian Trade Agency"),
 E("Marco Villa", "person", "IT"), E(MB2, "cluster", "US", "MassBio"),
 E("LabCentral", "company", "US"), E("Sarah O'Connell", "person", "US"),
 E("BIO International Convention", "event", "US", "BIO"), E("San Diego", "place", "US"),
 E("ALISEI", "cluster", "IT"), E(DF, "research_org", "US"),
 E(OB, "project"), E(UT, "university", "IT", "Università degli Studi di Torino"),
 E("Regione Piemonte", "public_body", "IT"),
 E("SIMEST", "company", "IT"), E("Eporedia Biologics Inc.", "company", "US"),
 E("Goodwin Procter", "company", "US"), E("Delaware", "place", "US"),
 E("Charles River Laboratories", "company", "US"), E("Wilmington", "place", "US"),
 E("Italian Medicines Agency", "public_body", "IT", "AIFA"),
],
relations=[
 R(EB, "located_in", "Ivrea"), R(EB, "located_in", "Kendall Square"),
 R(EB, "located_in", "Cambridge"), R(EB, "located_in", "Colleretto Giacosa"),
 R("Chiara Bertolino", "works_for", EB),
 R(BIP, "located_in", "Colleretto Giacosa"), R(EB, "member_of", "bioPmed"),
 R("bioPmed", "located_in", "Piedmont"),
 R("BIO-Europe", "located_in", "Munich"), R(EB, "participated_in", "BIO-Europe"),
 R(ICE, "participated_in", "BIO-Europe"), R(MB2, "participated_in", "BIO-Europe"),
 R("Marco Villa", "works_for", BIP), R(EB, "met_with", MB2), R(MB2, "partner_of", "bioPmed"),
 R("LabCentral", "located_in", "Kendall Square"), R("Sarah O'Connell", "works_for", MB2),
 R("BIO International Convention", "located_in", "San Diego"),
 *[R(o, "participated_in", "BIO International Convention") for o in (EB, ICE, "bioPmed", "ALISEI", DF)],
 R(EB, "met_with", DF), R(EB, "partner_of", DF), R(DF, "located_in", "Boston"),
 *[R(o, "consortium_member_of", OB) for o in (EB, DF, UT)],
 R(EB, "leads", OB), R(OB, "funded_by", "Regione Piemonte"), R(UT, "located_in", "Turin"),
 R("Eporedia Biologics Inc.", "located_in", "Delaware"),
 R("Charles River Laboratories", "located_in", "Wilmington"),
 R(BIP, "partner_of", MB2),
])


def check(name, gold):
    types = {}
    for e in gold["entities"]:
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        types[e["name"]] = e["type"]
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types and o in types, (name, "undeclared end", r)
        subj, obj = ALLOWED[p]
        assert types[s] in subj and types[o] in obj, (name, "type not allowed", r, types[s], types[o])
        key = (s, p, o) if p not in ("partner_of", "met_with") else (p, frozenset((s, o)))
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)


for name, gold in GOLD.items():
    check(name, gold)
    assert (Path(__file__).parents[2] / "docs" / "train-r" / name).exists(), name
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
