"""Hand annotations of the `train-g` set (North America and the UK: trade missions,
delegations to BIO / MEDICA / CES / SelectUSA / Arab Health, Canadian clusters and
superclusters, US state economic development bodies, UK catapults, soft landing).

    .venv/bin/python benchmarks/extraction/gold/train-g/make_gold_train_g.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator who did not see the pipeline. Writes one JSON per document of
docs/train-g/ next to this script. Conventions of this set:
- planned participations stated as agreed ("will take a delegation to ...") are
  annotated like past ones;
- "with the support of X" and "co-financed by X" for an unnamed mission or stand
  give no relation; past employers ("previously worked for") give no works_for;
- the person who speaks at a track of a fair participates in the track and the fair;
- incubators and shared office buildings are `company`, science parks, campuses and
  innovation hubs are `cluster`, hospitals are `research_org`, trade associations
  of companies are `cluster`, associations of institutions are `network`.
Each relation end must be a declared entity name and the types must fit DOMAIN.md;
the script checks both and that every name and alias occurs in the document text.
"""

import html
import json
import re
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- annual-report chapter: BioWin (Wallonia) in North America ----------------------
BW = "BioWin"
BIO23 = "BIO International Convention"
BIOORG = "Biotechnology Innovation Organization"
AWEX = "Wallonia Export & Investment Agency"
MB = "Massachusetts Biotechnology Council"
MIV = "Montréal InVivo"
CIC = "Cambridge Innovation Center"
WYSS = "Wyss Institute for Biologically Inspired Engineering"
BWD = "BioWin Day"
MEIE = "Ministère de l'Économie, de l'Innovation et de l'Énergie du Québec"
CQDM = "Consortium québécois sur la découverte du médicament"
ULG = "University of Liège"
TMC = "Texas Medical Center"
CEBR = "Council of European BioRegions"
BW_MEMBERS = (("Cellvera", "Mont-Saint-Guibert"), ("Lysogen Therapeutics", "Liège"),
              ("NeuroPhage", "Louvain-la-Neuve"), ("Hemeris Bio", "Gosselies"))
GOLD["biowin-transatlantic-chapter-2023.txt"] = dict(
entities=[
 E(BW, "cluster", "BE"), E("Wallonia", "place", "BE"),
 E("Hélène Marchal", "person", "BE"),
 E("Massachusetts", "place", "US"), E("Québec", "place", "CA"),
 E(BIO23, "event", "US", "BIO 2023"), E(BIOORG, "network", "US"), E("Boston", "place", "US"),
 E(AWEX, "public_body", "BE", "AWEX"), E("hub.brussels", "public_body", "BE"),
 E("flanders.bio", "cluster", "BE"),
 *[E(c, "company", "BE") for c, _ in BW_MEMBERS], *[E(t, "place", "BE") for _, t in BW_MEMBERS],
 E(MB, "cluster", "US", "MassBio"), E(MIV, "cluster", "CA"), E("LINK-J", "cluster", "JP"),
 E("Rachel Whitford", "person", "US"),
 E(CIC, "company", "US", "CIC"), E("Cambridge", "place", "US"),
 E(WYSS, "research_org", "US"), E("Harvard University", "university", "US"),
 E(BWD, "event", "BE"), E("Greater Montréal", "place", "CA"),
 E(MEIE, "public_body", "CA", "MEIE"),
 E("Génome Québec", "research_org", "CA"), E("adMare BioInnovations", "research_org", "CA"),
 E(CQDM, "research_org", "CA", "CQDM"),
 E("NEURO-WQ", "project"), E(ULG, "university", "BE", "ULiège"),
 E("McGill University", "university", "CA"), E("Walloon Region", "public_body", "BE"),
 E("Texas", "place", "US"), E("Houston", "place", "US"),
 E(TMC, "cluster", "US", "TMC"), E("TMC Innovation", "research_org", "US"),
 E("Greater Houston Partnership", "public_body", "US"),
 E("BIOMAN-TA", "project", None, "Biomanufacturing Talent Atlantic"),
 E("Erasmus+", "programme"), E("Rice University", "university", "US"),
 E(CEBR, "network", None, "CEBR"),
 E("BIO 2024", "event", "US"), E("San Diego", "place", "US"),
],
relations=[
 R(BW, "located_in", "Wallonia"), R("Hélène Marchal", "works_for", BW),
 R(BIOORG, "organized", BIO23), R(BIO23, "located_in", "Boston"),
 *[R(o, "participated_in", BIO23) for o in (
   BW, AWEX, "hub.brussels", "flanders.bio", *[c for c, _ in BW_MEMBERS], MB, MIV, "LINK-J")],
 *[R(c, "member_of", BW) for c, _ in BW_MEMBERS],
 *[R(c, "located_in", t) for c, t in BW_MEMBERS],
 R(BW, "met_with", MB), R(BW, "met_with", MIV), R(BW, "met_with", "LINK-J"),
 R(BW, "partner_of", MB), R("Rachel Whitford", "works_for", MB),
 R(CIC, "located_in", "Cambridge"),
 R("Cellvera", "located_in", "Cambridge"), R("Lysogen Therapeutics", "located_in", "Cambridge"),
 R("Hemeris Bio", "partner_of", WYSS),
 R(BW, "organized", BWD), R(BWD, "located_in", "Liège"),
 *[R(o, "participated_in", BWD) for o in (MIV, "Génome Québec", "adMare BioInnovations", CQDM)],
 R(MIV, "located_in", "Greater Montréal"), R(BW, "partner_of", MIV),
 *[R(o, "consortium_member_of", "NEURO-WQ") for o in ("NeuroPhage", ULG, "McGill University")],
 R("NEURO-WQ", "funded_by", CQDM), R("NEURO-WQ", "funded_by", "Walloon Region"),
 R(TMC, "located_in", "Houston"),
 R(BW, "met_with", TMC), R(BW, "met_with", "TMC Innovation"),
 R(BW, "met_with", "Greater Houston Partnership"),
 R("BIOMAN-TA", "funded_by", "Erasmus+"), R(ULG, "leads", "BIOMAN-TA"),
 *[R(o, "consortium_member_of", "BIOMAN-TA") for o in (ULG, BW, "Rice University")],
 R(BW, "member_of", CEBR),
 R("BIO 2024", "located_in", "San Diego"),
 R(BW, "participated_in", "BIO 2024"), R("flanders.bio", "participated_in", "BIO 2024"),
])

# --- newsletter: Medilink North of England, MEDICA / Arab Health / Canada -----------
ML = "Medilink North of England"
MED = "MEDICA 2023"
DBT = "Department for Business and Trade"
ABHI = "Association of British HealthTech Industries"
CHF = "MEDICA Connected Healthcare Forum"
MVE = "Medical Valley EMN"
NFM = "North–Franconia MedTech Match"
AH = "Arab Health 2024"
ML_MEMBERS = (("Pennine Surgical Ltd", "Huddersfield"), ("Tyne Diagnostics", "Newcastle upon Tyne"),
              ("Humber Wound Care", "Hull"), ("Fellside Digital Health", "Kendal"))
GOLD["medilink-north-international-bulletin-2024.md"] = dict(
entities=[
 E(ML, "cluster", "GB", "Medilink"), E("Bavaria", "place", "DE"),
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E("Messe Düsseldorf", "company", "DE"), E("COMPAMED", "event", "DE"),
 E(DBT, "public_body", "GB", "DBT"), E(ABHI, "network", "GB", "ABHI"),
 E("Pennine Surgical Ltd", "company", "GB", "Pennine Surgical"),
 E("Tyne Diagnostics", "company", "GB"), E("Humber Wound Care", "company", "GB"),
 E("Fellside Digital Health", "company", "GB"),
 E("Huddersfield", "place", "GB"), E("Newcastle upon Tyne", "place", "GB", "Newcastle"),
 E("Hull", "place", "GB"), E("Kendal", "place", "GB"),
 E("Priya Raman", "person", "GB", "Raman"), E(CHF, "event", "DE"), E("NHS", "public_body", "GB"),
 E(MVE, "cluster", "DE"), E("Nuremberg Metropolitan Region", "place", "DE"),
 E("Erlangen", "place", "DE"), E(NFM, "event", "GB"), E("Leeds", "place", "GB"),
 E("Franconia", "place", "DE"),
 E(AH, "event", "AE", "Arab Health"), E("Dubai", "place", "AE"),
 E("Gulf MedSupply LLC", "company", "AE"), E("Abu Dhabi", "place", "AE"),
 E("Dubai Health Authority", "public_body", "AE", "DHA"),
 E("Dubai Science Park", "cluster", "AE"), E("Saudi Health Council", "public_body", "SA"),
 E("Department of Health and Social Care", "public_body", "GB"),
 E("Healthcare UK", "public_body", "GB"),
 E("Innovate UK", "public_body", "GB"),
 E("Global Business Innovation Programme", "programme", "GB", "GBIP"),
 E("Innovate UK Business Growth", "public_body", "GB"),
 E("Toronto", "place", "CA"), E("Montréal", "place", "CA"),
 E("MaRS Discovery District", "cluster", "CA"), E("Jewish General Hospital", "research_org", "CA"),
 E("Medtech Canada", "network", "CA"),
 E("James Okafor", "person", "GB", "James"),
 E("Northern Health Science Alliance", "network", "GB", "NHSA"),
 E("Med-Tech Innovation Expo", "event", "GB"), E("Birmingham", "place", "GB"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
 E("MEDICA 2024", "event", "DE"),
],
relations=[
 R("Messe Düsseldorf", "organized", MED), R(MED, "located_in", "Düsseldorf"),
 *[R(o, "participated_in", MED) for o in (ML, DBT, ABHI, *[c for c, _ in ML_MEMBERS])],
 *[R(c, "member_of", ML) for c, _ in ML_MEMBERS],
 *[R(c, "located_in", t) for c, t in ML_MEMBERS],
 R("Priya Raman", "works_for", ML), R("Priya Raman", "participated_in", CHF),
 R("Priya Raman", "participated_in", MED),
 R(ML, "partner_of", MVE), R(MVE, "participated_in", MED),
 R(MVE, "located_in", "Erlangen"), R(MVE, "located_in", "Nuremberg Metropolitan Region"),
 R(MVE, "located_in", "Bavaria"),
 R(ML, "organized", NFM), R(MVE, "organized", NFM), R(NFM, "located_in", "Leeds"),
 R(AH, "located_in", "Dubai"),
 *[R(o, "participated_in", AH) for o in (ML, DBT, "Tyne Diagnostics", "Humber Wound Care",
                                         "Healthcare UK")],
 R("Tyne Diagnostics", "partner_of", "Gulf MedSupply LLC"),
 R("Gulf MedSupply LLC", "located_in", "Abu Dhabi"),
 R("Humber Wound Care", "met_with", "Dubai Health Authority"),
 R(ML, "met_with", "Dubai Science Park"), R(ML, "met_with", "Saudi Health Council"),
 R("James Okafor", "works_for", ML),
 R("Northern Health Science Alliance", "located_in", "Newcastle upon Tyne"),
 R(ML, "participated_in", "Med-Tech Innovation Expo"),
 R("Med-Tech Innovation Expo", "located_in", "Birmingham"),
 R(ML, "participated_in", "BIO International Convention"),
 R("BIO International Convention", "located_in", "San Diego"),
 R(ML, "participated_in", "MEDICA 2024"),
])

# --- press release (HTML): Cap Digital / Scale AI MoU at VivaTech -------------------
CD = "Cap Digital"
SAI = "Scale AI"
VT = "VivaTech 2024"
DGQ = "Délégation générale du Québec à Paris"
IQI = "Investissement Québec International"
MILA = "Mila – Quebec Artificial Intelligence Institute"
EDIH = "EDIH Data Intelligence Paris Region"
ISED = "Innovation, Science and Economic Development Canada"
GOLD["cap-digital-scale-ai-mou-2024.html"] = dict(
entities=[
 E(CD, "cluster", "FR"), E("Paris Region", "place", "FR"),
 E(SAI, "cluster", "CA"), E("Montréal", "place", "CA"),
 E(VT, "event", "FR"), E("Paris Expo Porte de Versailles", "place", "FR"), E("Paris", "place", "FR"),
 E(DGQ, "public_body", "CA"), E(IQI, "public_body", "CA", "IQI"), E("Québec", "place", "CA"),
 E("ALL IN", "event", "CA"), E("Futur.e.s", "event", "FR"),
 E("FRANCAI", "programme", None, "France–Canada AI for Industry"),
 E(MILA, "research_org", "CA", "Mila"), E("IVADO", "research_org", "CA"),
 E("SMARTROUTE", "project"),
 E("Logivia", "company", "FR"), E("Lyon", "place", "FR"),
 E("Transports Boréal", "company", "CA"), E("Laval", "place", "CA"),
 E("Inria", "research_org", "FR"), E("Bpifrance", "public_body", "FR"),
 E("Quantiq Analytics", "company", "CA"), E("Université de Montréal", "university", "CA"),
 E("Mathilde Lebrun", "person", "FR"), E("Olivier Tremblay", "person", "CA"),
 E("Région Île-de-France", "public_body", "FR"),
 E(ISED, "public_body", "CA", "ISED"), E("Government of Québec", "public_body", "CA"),
 E(EDIH, "project", "FR", "DIPR"), E("Digital Europe Programme", "programme"),
 E("Global Innovation Clusters", "programme", "CA"),
 E("DIGITAL", "cluster", "CA"), E("NGen", "cluster", "CA"),
 E("Protein Industries Canada", "cluster", "CA"), E("Canada's Ocean Supercluster", "cluster", "CA"),
],
relations=[
 R(CD, "partner_of", SAI),
 R(CD, "located_in", "Paris Region"), R(CD, "located_in", "Paris"),
 R(SAI, "located_in", "Montréal"), R(DGQ, "located_in", "Paris"),
 R(VT, "located_in", "Paris Expo Porte de Versailles"), R(VT, "located_in", "Paris"),
 *[R(o, "participated_in", VT) for o in (CD, SAI, DGQ, IQI)],
 R(SAI, "organized", "ALL IN"), R("ALL IN", "located_in", "Montréal"),
 R(CD, "participated_in", "ALL IN"),
 R(CD, "organized", "Futur.e.s"), R("Futur.e.s", "located_in", "Paris"),
 R(SAI, "participated_in", "Futur.e.s"),
 R(SAI, "partner_of", MILA), R(SAI, "partner_of", "IVADO"),
 *[R(o, "consortium_member_of", "SMARTROUTE") for o in ("Logivia", "Transports Boréal", "Inria")],
 R("SMARTROUTE", "funded_by", "Bpifrance"), R("SMARTROUTE", "funded_by", SAI),
 R("SMARTROUTE", "funded_by", "FRANCAI"),
 R("Logivia", "member_of", CD), R("Logivia", "located_in", "Lyon"),
 R("Transports Boréal", "located_in", "Laval"),
 R("Quantiq Analytics", "located_in", "Montréal"),
 R("Quantiq Analytics", "partner_of", "Université de Montréal"),
 R("Mathilde Lebrun", "works_for", CD), R("Olivier Tremblay", "works_for", SAI),
 R(CD, "leads", EDIH), R(CD, "consortium_member_of", EDIH),
 R(EDIH, "funded_by", "Digital Europe Programme"),
])

# --- mission report (md): Health Valley Netherlands at SelectUSA --------------------
HV = "Health Valley Netherlands"
SUS = "SelectUSA Investment Summit"
DOC = "U.S. Department of Commerce"
RVO = "Netherlands Enterprise Agency"
EMB = "Embassy of the Kingdom of the Netherlands in Washington"
RUMC = "Radboud university medical center"
EDPNC = "Economic Development Partnership of North Carolina"
GPEC = "Greater Phoenix Economic Council"
MOBD = "Massachusetts Office of Business Development"
MDC = "Maryland Department of Commerce"
BHI = "BioHealth Innovation"
UMB = "University of Maryland, Baltimore"
JHTV = "Johns Hopkins Technology Ventures"
UCSC = "University City Science Center"
PBC = "Pennsylvania Biotechnology Center"
HV_DELEG = ((RUMC, "Nijmegen"), ("University of Twente", "Enschede"),
            ("NovaPulse Medical", "Enschede"), ("Gelre BioSensing", "Arnhem"),
            ("Orthovida", "Nijmegen"), ("CareLoop", "Deventer"), ("Veluwe Vaccines", "Ede"),
            ("Twente Photonics Health", "Hengelo"), ("IJssel Dx", "Zwolle"),
            ("MediMatch", "Nijmegen"))
STATES = (MDC, "JobsOhio", MOBD, EDPNC, GPEC, "Select Greater Philadelphia")
GOLD["health-valley-selectusa-mission-2024.md"] = dict(
entities=[
 E(HV, "cluster", "NL", "Health Valley"), E("Nijmegen", "place", "NL"),
 E(SUS, "event", "US", "SelectUSA"), E("National Harbor", "place", "US"),
 E("Maryland", "place", "US"), E(DOC, "public_body", "US"),
 E("Oost NL", "public_body", "NL", "East Netherlands Development Agency"),
 E(RVO, "public_body", "NL", "RVO"), E(EMB, "public_body", "NL"), E("Washington", "place", "US"),
 E(RUMC, "research_org", "NL", "Radboudumc"), E("University of Twente", "university", "NL"),
 *[E(c, "company", "NL") for c, _ in HV_DELEG[2:]],
 E("Enschede", "place", "NL"), E("Arnhem", "place", "NL"), E("Deventer", "place", "NL"),
 E("Ede", "place", "NL"), E("Hengelo", "place", "NL"), E("Zwolle", "place", "NL"),
 E("FDA", "public_body", "US"),
 E(MDC, "public_body", "US"), E("JobsOhio", "public_body", "US"), E(MOBD, "public_body", "US"),
 E(EDPNC, "public_body", "US", "EDPNC"), E(GPEC, "public_body", "US", "GPEC"),
 E("Select Greater Philadelphia", "public_body", "US"),
 E("Columbus", "place", "US"), E("Ohio", "place", "US"), E("One Columbus", "public_body", "US"),
 E("Research Triangle Park", "place", "US"),
 E("Marloes de Vries", "person", "NL"), E("Kevin Brandt", "person", "US"),
 E(BHI, "cluster", "US", "BHI"), E("Rockville", "place", "US"),
 E("Baltimore", "place", "US"), E(UMB, "university", "US", "UMB"),
 E("UM BioPark", "cluster", "US"), E(JHTV, "research_org", "US", "JHTV"),
 E("Johns Hopkins University", "university", "US"), E("Horizon Europe", "programme"),
 E("Philadelphia", "place", "US"), E(UCSC, "cluster", "US", "Science Center"),
 E("Digital Health Accelerator", "programme", "US"), E(PBC, "research_org", "US"),
 E("Novio Tech Campus", "cluster", "NL"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
 E("MEDICA 2024", "event", "DE"), E("Düsseldorf", "place", "DE"),
],
relations=[
 R(HV, "located_in", "Nijmegen"),
 R(DOC, "organized", SUS), R(SUS, "located_in", "National Harbor"),
 R(SUS, "located_in", "Maryland"),
 R(HV, "participated_in", SUS),
 *[R(o, "participated_in", SUS) for o, _ in HV_DELEG],
 *[R(o, "located_in", t) for o, t in HV_DELEG],
 R(EMB, "located_in", "Washington"),
 *[R(HV, "met_with", s) for s in STATES], *[R(s, "participated_in", SUS) for s in STATES],
 R("NovaPulse Medical", "located_in", "Columbus"), R("One Columbus", "located_in", "Columbus"),
 R("Gelre BioSensing", "met_with", EDPNC),
 R("Marloes de Vries", "works_for", HV), R("Marloes de Vries", "participated_in", SUS),
 R("Kevin Brandt", "works_for", BHI), R("Kevin Brandt", "participated_in", SUS),
 R(BHI, "participated_in", SUS), R(BHI, "located_in", "Rockville"),
 R(UMB, "located_in", "Baltimore"), R("UM BioPark", "located_in", "Baltimore"),
 R(HV, "met_with", JHTV),
 R(RUMC, "partner_of", UMB),
 R(UCSC, "located_in", "Philadelphia"),
 R("CareLoop", "met_with", PBC), R("MediMatch", "met_with", PBC),
 R(HV, "partner_of", BHI),
 R("Novio Tech Campus", "located_in", "Nijmegen"),
 R(HV, "participated_in", "BIO International Convention"),
 R("BIO International Convention", "located_in", "San Diego"),
 R(HV, "participated_in", "MEDICA 2024"), R("Oost NL", "participated_in", "MEDICA 2024"),
 R("MEDICA 2024", "located_in", "Düsseldorf"),
])

# --- news (HTML): Minalogic at CES 2025 ---------------------------------------------
MN = "Minalogic"
CTA = "Consumer Technology Association"
ARA = "Auvergne-Rhône-Alpes"
ARAE = "Auvergne-Rhône-Alpes Entreprises"
LVCC = "Las Vegas Convention Center"
FTN = "French Tech Night"
GOED = "Nevada Governor's Office of Economic Development"
UNLV = "University of Nevada, Las Vegas"
MBM = "Minalogic Business Meetings"
ECCP = "European Cluster Collaboration Platform"
MN_START = (("Hapticlab", "Grenoble"), ("Aerosense", "Annecy"), ("Voxelia", "Lyon"),
            ("SmartWell Health", "Saint-Étienne"), ("Orbital Kinetics", "Clermont-Ferrand"))
GOLD["minalogic-ces-las-vegas-2025.html"] = dict(
entities=[
 E(MN, "cluster", "FR"), E("Grenoble", "place", "FR"), E(ARA, "place", "FR"),
 E("CES", "event", "US", "CES 2025"), E(CTA, "network", "US", "CTA"), E("Las Vegas", "place", "US"),
 E("Eureka Park", "place", "US"), E("Auvergne-Rhône-Alpes Region", "public_body", "FR"),
 E(ARAE, "public_body", "FR"), E("Business France", "public_body", "FR"),
 *[E(c, "company", "FR") for c, _ in MN_START],
 E("Annecy", "place", "FR"), E("Lyon", "place", "FR"), E("Saint-Étienne", "place", "FR"),
 E("Clermont-Ferrand", "place", "FR"),
 E("CEA-Leti", "research_org", "FR"), E(LVCC, "place", "US", "LVCC"),
 E("STMicroelectronics", "company"),
 E("Claire Dumas", "person", "FR"), E("Digital Health Summit", "event", "US"),
 E("Isabelle Ferrand", "person", "FR"), E(FTN, "event", "US"),
 E("Wynn", "place", "US", "Wynn hotel"),
 E("Withings", "company", "FR"), E("Valeo", "company", "FR"),
 E("Julien Aubert", "person", "FR"),
 E(GOED, "public_body", "US", "GOED"), E("Reno-Tahoe", "place", "US"),
 E(UNLV, "university", "US", "UNLV"), E("Black Fire Innovation", "research_org", "US"),
 E("Communitech", "cluster", "CA"), E("Waterloo", "place", "CA"), E("Ontario", "place", "CA"),
 E(MBM, "event", "FR"), E("True North", "event", "CA"),
 E("Draganfly", "company", "CA"),
 E("MassChallenge HealthTech", "programme", "US"), E("MassChallenge", "company", "US"),
 E("Boston", "place", "US"),
 E("France Clusters", "network", "FR"), E(ECCP, "network", None, "ECCP"),
 E("MWC Barcelona", "event", "ES"), E("SelectUSA", "event", "US"),
],
relations=[
 R(MN, "located_in", "Grenoble"),
 R(CTA, "organized", "CES"), R("CES", "located_in", "Las Vegas"), R("CES", "located_in", LVCC),
 *[R(o, "participated_in", "CES") for o in (MN, *[c for c, _ in MN_START], ARAE, "Business France",
                                            "CEA-Leti", "Claire Dumas", "Communitech")],
 *[R(c, "located_in", t) for c, t in MN_START],
 R("CEA-Leti", "located_in", "Grenoble"), R("CEA-Leti", "partner_of", "STMicroelectronics"),
 R("Claire Dumas", "works_for", "Voxelia"), R("Claire Dumas", "participated_in", "Digital Health Summit"),
 R("Isabelle Ferrand", "works_for", MN), R("Isabelle Ferrand", "participated_in", FTN),
 R("Business France", "organized", FTN), R(FTN, "located_in", "Wynn"),
 R("Withings", "participated_in", FTN), R("Valeo", "participated_in", FTN),
 R("Julien Aubert", "works_for", MN),
 R(MN, "met_with", GOED), R(MN, "met_with", UNLV),
 R("Black Fire Innovation", "partner_of", "SmartWell Health"),
 R(MN, "partner_of", "Communitech"),
 R("Communitech", "located_in", "Waterloo"), R("Communitech", "located_in", "Ontario"),
 R(MN, "organized", MBM), R(MBM, "located_in", "Lyon"), R("Communitech", "participated_in", MBM),
 R("Communitech", "organized", "True North"), R("True North", "located_in", "Waterloo"),
 R(MN, "participated_in", "True North"),
 R("Orbital Kinetics", "met_with", "Draganfly"),
 R("MassChallenge", "located_in", "Boston"),
 R(MN, "member_of", "France Clusters"), R(MN, "member_of", ECCP),
 R(MN, "participated_in", "MWC Barcelona"), R(MN, "participated_in", "SelectUSA"),
])

# --- consortium kick-off (txt): ATMP-BRIDGE, Horizon Europe with UK and Canada ------
AB = "ATMP-BRIDGE"
CGT = "Cell and Gene Therapy Catapult"
IZI = "Fraunhofer Institute for Cell Therapy and Immunology"
CIHR = "Canadian Institutes of Health Research"
CCRM = "Centre for Commercialization of Regenerative Medicine"
MPR = "Medicen Paris Region"
MHRA = "Medicines and Healthcare products Regulatory Agency"
SBC = "Stevenage Bioscience Catalyst"
ATW = "Advanced Therapies Week"
BES = "BIO-Europe Spring 2025"
AB_PARTNERS = ((IZI, "Leipzig"), (CGT, "London"), (CGT, "Stevenage"),
               ("University College London", "London"), ("Roslin Cells", "Edinburgh"),
               (CCRM, "Toronto"), ("Université de Montréal", "Montréal"), (MPR, "Paris"),
               ("Institut Curie", "Paris"), ("BioSaxony", "Dresden"),
               ("OrbiCell Manufacturing GmbH", "Heidelberg"), ("Cellistic Iberia SL", "Barcelona"),
               ("Nordic Cell Logistics ApS", "Copenhagen"))
GOLD["atmp-bridge-horizon-europe-kickoff-2024.txt"] = dict(
entities=[
 E(AB, "project", None, "Advanced Therapy Manufacturing Bridge"),
 E(CGT, "research_org", "GB", "CGT Catapult"), E("Stevenage", "place", "GB"),
 E("Horizon Europe", "programme"), E(CIHR, "public_body", "CA", "CIHR"),
 E(IZI, "research_org", "DE", "Fraunhofer IZI"), E("Leipzig", "place", "DE"),
 E("London", "place", "GB"), E("University College London", "university", "GB", "UCL"),
 E("Roslin Cells", "company", "GB"), E("Edinburgh", "place", "GB"),
 E(CCRM, "research_org", "CA", "CCRM"), E("Toronto", "place", "CA"),
 E("Université de Montréal", "university", "CA"), E("Montréal", "place", "CA"),
 E(MPR, "cluster", "FR"), E("Paris", "place", "FR"), E("Institut Curie", "research_org", "FR"),
 E("BioSaxony", "cluster", "DE"), E("Dresden", "place", "DE"),
 E("OrbiCell Manufacturing GmbH", "company", "DE"), E("Heidelberg", "place", "DE"),
 E("Cellistic Iberia SL", "company", "ES"), E("Barcelona", "place", "ES"),
 E("Nordic Cell Logistics ApS", "company", "DK"), E("Copenhagen", "place", "DK"),
 E("Katrin Vogel", "person", "DE"), E("Sam Whitaker", "person", "GB"),
 E("Marie-Ève Gagnon", "person", "CA"),
 E("Innovate UK", "public_body", "GB"), E(MHRA, "public_body", "GB", "MHRA"),
 E(SBC, "cluster", "GB"),
 E("BioCanRx", "network", "CA"), E("EATRIS", "network"),
 E(ATW, "event", "US"), E("Miami", "place", "US"),
 E(BES, "event", "IT"), E("Milan", "place", "IT"),
],
relations=[
 R(AB, "funded_by", "Horizon Europe"), R(AB, "funded_by", CIHR),
 R(IZI, "leads", AB),
 *[R(o, "consortium_member_of", AB) for o in dict(AB_PARTNERS)],
 *[R(o, "located_in", t) for o, t in AB_PARTNERS],
 R("Katrin Vogel", "works_for", IZI), R("Katrin Vogel", "leads", AB),
 R("Sam Whitaker", "works_for", CGT), R("Marie-Ève Gagnon", "works_for", CCRM),
 R(IZI, "met_with", "Innovate UK"), R(IZI, "met_with", MHRA),
 R(CGT, "met_with", "Innovate UK"), R(CGT, "met_with", MHRA),
 R(SBC, "located_in", "Stevenage"),
 R(CCRM, "member_of", "BioCanRx"), R("Université de Montréal", "member_of", "BioCanRx"),
 R(ATW, "located_in", "Miami"), R(IZI, "participated_in", ATW), R(CCRM, "participated_in", ATW),
 R(BES, "located_in", "Milan"), R(MPR, "participated_in", BES),
])

# --- activity-report chapter (md): Lombardy Life Sciences Cluster, soft landing in Toronto
CL = "Lombardy Life Sciences Cluster"
L2T = "Lombardy2Toronto"
TG = "Toronto Global"
ITA = "Italian Trade Agency"
ICCO = "Italian Chamber of Commerce of Ontario"
MARS = "MaRS Discovery District"
PM = "Princess Margaret Cancer Centre"
UHN = "University Health Network"
GAPP = "Genomic Applications Partnership Program"
LSO = "Life Sciences Ontario"
OHA = "Ontario Hospital Association"
IBME = "Institute of Biomedical Engineering"
CIF = "Canada–Italy Innovation Forum"
EMBI = "Embassy of Italy in Ottawa"
BIO = "BIO International Convention"
BIOORG_L = "Biotechnology Innovation Organization"
GOLD["lombardy-life-sciences-toronto-soft-landing-2024.md"] = dict(
entities=[
 E(CL, "cluster", "IT", "Cluster Lombardo Scienze della Vita", "CLSV"),
 E(TG, "public_body", "CA"), E("Toronto", "place", "CA"), E(L2T, "project"),
 E("Regione Lombardia", "public_body", "IT"), E(ITA, "public_body", "IT", "ICE"),
 E(ICCO, "public_body", "CA", "ICCO"), E(MARS, "cluster", "CA", "MaRS"),
 E("Health Canada", "public_body", "CA"),
 E("Genomix Milano", "company", "IT", "Genomix"), E("Milan", "place", "IT"),
 E(PM, "research_org", "CA"), E(UHN, "research_org", "CA", "UHN"),
 E("Ontario Genomics", "research_org", "CA"), E("Genome Canada", "public_body", "CA"),
 E(GAPP, "programme", "CA"),
 E("Chiara Colombo", "person", "IT"),
 E("JLABS @ Toronto", "company", "CA"), E("Johnson & Johnson Innovation", "company", "US"),
 E("Pavia BioDevices", "company", "IT"), E("Pavia", "place", "IT"),
 E("Cardiomed Supplies", "company", "CA"), E("Mississauga", "place", "CA"),
 E("Ontario", "place", "CA"), E("Québec", "place", "CA"),
 E(LSO, "cluster", "CA", "LSO"), E("HealthAchieve", "event", "CA"), E(OHA, "network", "CA", "OHA"),
 E("NeuroSens", "company", "IT"), E("Bergamo", "place", "IT"),
 E("University of Toronto", "university", "CA"), E(IBME, "research_org", "CA"),
 E("Politecnico di Milano", "university", "IT"),
 E("Marco Rinaldi", "person", "IT"), E(CIF, "event", "CA"),
 E(EMBI, "public_body", "IT"), E("Ottawa", "place", "CA"),
 E(BIO, "event", "US"), E("San Diego", "place", "US"), E(BIOORG_L, "network", "US"),
 E("Assolombarda", "network", "IT"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("Elena Bassi", "person", "IT"),
 E("Montréal", "place", "CA"), E("Montréal InVivo", "cluster", "CA"),
],
relations=[
 R(CL, "leads", L2T), R(TG, "leads", L2T),
 *[R(o, "consortium_member_of", L2T) for o in (CL, TG, ITA, ICCO)],
 R(L2T, "funded_by", "Regione Lombardia"),
 R(TG, "located_in", "Toronto"), R(ITA, "located_in", "Toronto"), R(MARS, "located_in", "Toronto"),
 R("Genomix Milano", "located_in", "Milan"), R("Genomix Milano", "located_in", "Toronto"),
 R("Genomix Milano", "partner_of", PM), R("Genomix Milano", "partner_of", "Ontario Genomics"),
 R("Chiara Colombo", "works_for", "Genomix Milano"),
 R("JLABS @ Toronto", "located_in", "Toronto"),
 R("Pavia BioDevices", "located_in", "Pavia"),
 R("Pavia BioDevices", "met_with", "Cardiomed Supplies"),
 R("Pavia BioDevices", "partner_of", "Cardiomed Supplies"),
 R("Cardiomed Supplies", "located_in", "Mississauga"),
 R("Pavia BioDevices", "participated_in", "HealthAchieve"), R(LSO, "participated_in", "HealthAchieve"),
 R(OHA, "organized", "HealthAchieve"), R("HealthAchieve", "located_in", "Toronto"),
 R("NeuroSens", "located_in", "Bergamo"), R("NeuroSens", "partner_of", IBME),
 R("NeuroSens", "partner_of", "Politecnico di Milano"),
 R("Marco Rinaldi", "works_for", "NeuroSens"), R("Marco Rinaldi", "participated_in", CIF),
 R(EMBI, "organized", CIF), R(ICCO, "organized", CIF), R(CIF, "located_in", "Toronto"),
 R(EMBI, "located_in", "Ottawa"),
 R(CL, "partner_of", LSO), R(CL, "participated_in", BIO), R(LSO, "participated_in", BIO),
 R(BIO, "located_in", "San Diego"),
 R(CL, "met_with", BIOORG_L), R(LSO, "met_with", BIOORG_L),
 R(TG, "partner_of", "Assolombarda"),
 R(CL, "member_of", "Council of European BioRegions"),
 R("Elena Bassi", "works_for", CL),
])

# --- press release (txt): Life Sciences Hub Wales mission to North Carolina ----------
LSHW = "Life Sciences Hub Wales"
NCB = "North Carolina Biotechnology Center"
BTEC = "Biomanufacturing Training and Education Center"
NCSU = "North Carolina State University"
DCRI = "Duke Clinical Research Institute"
CTR = "Centre for Trials Research"
CEDC = "CED Life Science Conference"
CED = "Council for Entrepreneurial Development"
NCBIO = "North Carolina Biosciences Organization"
MDCAT = "Medicines Discovery Catapult"
AIRTO = "Association of Innovation, Research and Technology Organisations"
W_COMP = (("Cynon Biologics", "Merthyr Tydfil"), ("Menai Diagnostics", "Bangor"),
          ("Taff Therapeutics", "Cardiff"), ("Gower Medical Imaging", "Swansea"))
W_DELEG = (LSHW, *[c for c, _ in W_COMP], "Cardiff University", "Swansea University", "MediWales", MDCAT)
GOLD["life-sciences-hub-wales-north-carolina-mission-2023.txt"] = dict(
entities=[
 E(LSHW, "public_body", "GB", "LSHW"), E("Cardiff", "place", "GB"),
 E("North Carolina", "place", "US"), E("Welsh Government", "public_body", "GB"),
 E("British Consulate General in Atlanta", "public_body", "GB"), E("Atlanta", "place", "US"),
 E("Research Triangle Park", "place", "US"), E(NCB, "public_body", "US", "NCBiotech"),
 E(BTEC, "research_org", "US", "BTEC"), E(NCSU, "university", "US", "NC State"),
 E("Swansea University", "university", "GB"), E("Turing Scheme", "programme", "GB"),
 E("UK Government", "public_body", "GB"),
 E("Gareth Pryce", "person", "GB"), E("Linda Moreno", "person", "US"),
 E("Durham", "place", "US"), E(DCRI, "research_org", "US", "DCRI"),
 E("Duke University", "university", "US"), E("Cardiff University", "university", "GB"),
 E(CTR, "research_org", "GB"),
 E(CEDC, "event", "US"), E("Raleigh", "place", "US"), E(CED, "network", "US", "CED"),
 E("First Flight Venture Center", "company", "US"), E("Frontier RTP", "cluster", "US"),
 E(NCBIO, "cluster", "US", "NCBIO"),
 *[E(c, "company", "GB") for c, _ in W_COMP],
 E("Merthyr Tydfil", "place", "GB"), E("Bangor", "place", "GB"), E("Swansea", "place", "GB"),
 E("MediWales", "cluster", "GB"), E(MDCAT, "research_org", "GB"),
 E("Piedmont Cell Services", "company", "US"), E("Morrisville", "place", "US"),
 E("Atrium Health", "research_org", "US"), E("Charlotte", "place", "US"),
 E("MediWales Connects", "event", "GB"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
 E("Cardiff Bay", "place", "GB"), E(AIRTO, "network", "GB", "AIRTO"),
],
relations=[
 R(LSHW, "located_in", "Cardiff"), R(LSHW, "located_in", "Cardiff Bay"),
 R(LSHW, "partner_of", NCB),
 R("British Consulate General in Atlanta", "located_in", "Atlanta"),
 R(BTEC, "partner_of", "Swansea University"),
 R("Gareth Pryce", "works_for", LSHW), R("Linda Moreno", "works_for", NCB),
 R(DCRI, "located_in", "Durham"), R(LSHW, "met_with", DCRI), R(CTR, "met_with", DCRI),
 R(CED, "organized", CEDC), R(CEDC, "located_in", "Raleigh"),
 *[R(o, "participated_in", CEDC) for o in W_DELEG],
 R("First Flight Venture Center", "located_in", "Research Triangle Park"),
 R("Frontier RTP", "located_in", "Research Triangle Park"),
 *[R(c, "located_in", t) for c, t in W_COMP],
 R(MDCAT, "located_in", "Cardiff"),
 R("Cynon Biologics", "partner_of", "Piedmont Cell Services"),
 R("Piedmont Cell Services", "located_in", "Morrisville"),
 R("Piedmont Cell Services", "member_of", NCBIO),
 R("Gower Medical Imaging", "met_with", "Atrium Health"),
 R("Atrium Health", "located_in", "Charlotte"),
 R("MediWales", "organized", "MediWales Connects"), R("MediWales Connects", "located_in", "Cardiff"),
 R(NCB, "participated_in", "MediWales Connects"),
 R(LSHW, "participated_in", "BIO International Convention"),
 R(NCB, "participated_in", "BIO International Convention"),
 R("BIO International Convention", "located_in", "San Diego"),
 R(LSHW, "member_of", AIRTO),
])


# --- checks ---------------------------------------------------------------------------
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
DOCS = Path(__file__).resolve().parents[2] / "docs" / "train-g"


def _text(name):
    raw = (DOCS / name).read_text(encoding="utf-8")
    if name.endswith(".html"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def check(name, gold):
    text = _text(name)
    types = {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        types[e["name"]] = e["type"]
        for form in (e["name"], *e["aliases"]):
            assert form in text, (name, "not in text", form)
        assert e["country"] is None or re.fullmatch(r"[A-Z]{2}", e["country"]), (name, e)
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types and o in types, (name, "undeclared end", r)
        assert p in ALLOWED, (name, r)
        st, ot = ALLOWED[p]
        assert types[s] in st and types[o] in ot, (name, "type not allowed", r, types[s], types[o])
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)


assert set(GOLD) == {p.name for p in DOCS.iterdir()}, "gold and docs/train-g differ"
for name, gold in GOLD.items():
    check(name, gold)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
