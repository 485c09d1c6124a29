"""Hand annotations of the `train-az` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-az/make_gold_train_az.py

Same rules as the README's "Documents and gold" section, written by a separate
annotator. Theme: annual-report chapters on international activity written in
the first person plural by the reporting cluster ("we", "our members"); every
"we"/"our"/"the cluster" is resolved to the reporting cluster named in the
document's title. A delegation received or a B2B session held is `met_with`;
an MoU or collaboration agreement is `partner_of`; a project coordinator gets
both `leads` and `consortium_member_of`.
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-az"

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

# --- 1. annual-report chapter: Basque Health Cluster (Spain, digital health) -------
BHC = "Basque Health Cluster"
BTI = "Basque Trade & Investment"
MVE = "Medical Valley EMN"
HCH = "Health Capital Helsinki"
MIV = "Montréal InVivo"
KBIC = "Kobe Biomedical Innovation Cluster"
HCP = "Health Cluster Portugal"
HDL = "HEALTHDATA-LINK"
DIC = "SUDOE-DICARE"
BHC_NEW = (("Osasun Digital Labs", "Bilbao"), ("Kardiolab Solutions", "Donostia-San Sebastián"),
           ("NeuroSens Iberia", "Vitoria-Gasteiz"), ("MedData Analytics", "Zamudio"),
           ("Ekilore Health", "Leioa"))
BHC_FAIRS = (("DMEA 2024", "Berlin", ("Osasun Digital Labs", "MedData Analytics")),
             ("HIMSS Europe 2024", "Rome", ("Kardiolab Solutions",)),
             ("MEDICA 2024", "Düsseldorf", ("Osasun Digital Labs", "Ekilore Health", "NeuroSens Iberia")))
GOLD["basque-health-cluster-international-chapter-2024.md"] = dict(
entities=[
 E(BHC, "cluster", "ES", "BHC"), E("Itziar Goikoetxea", "person", "ES", "Goikoetxea"),
 E(BTI, "public_body", "ES"), E("Ane Mendizabal", "person", "ES"),
 *[E(c, "company", "ES") for c, _ in BHC_NEW],
 *[E(t, "place", "ES") for _, t in BHC_NEW],
 E("Biogipuzkoa Health Research Institute", "research_org", "ES"),
 E("DMEA 2024", "event", "DE"), E("Berlin", "place", "DE"),
 E("HIMSS Europe 2024", "event", "IT"), E("Rome", "place", "IT"),
 E("MEDICA 2024", "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E("ICEX España Exportación e Inversiones", "public_body", "ES", "ICEX"),
 E(MVE, "cluster", "DE"), E("Erlangen", "place", "DE"),
 E(HCH, "cluster", "FI"), E("Tuomas Virtanen", "person", "FI"),
 E(MIV, "cluster", "CA"), E("Montréal", "place", "CA"),
 E(KBIC, "cluster", "JP", "KBIC"), E("Hiroshi Tanabe", "person", "JP"), E("Kobe", "place", "JP"),
 E("Vicomtech", "research_org", "ES"), E(HCP, "cluster", "PT"),
 E(HDL, "project"), E("EU4Health", "programme", None, "EU4Health programme"),
 E("Karolinska Institutet", "university", "SE"),
 E(DIC, "project", None, "DICARE"), E("Interreg Sudoe", "programme"),
 E("Eurobiomed", "cluster", "FR"), E("Marseille", "place", "FR"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("European Connected Health Alliance", "network", None, "ECHAlliance"),
],
relations=[
 R(BHC, "located_in", "Bilbao"),
 R("Itziar Goikoetxea", "works_for", BHC), R("Ane Mendizabal", "works_for", BHC),
 R(BHC, "partner_of", BTI),
 *[R(c, "member_of", BHC) for c, _ in BHC_NEW],
 *[R(c, "located_in", t) for c, t in BHC_NEW],
 *[R(ev, "located_in", town) for ev, town, _ in BHC_FAIRS],
 *[R(BHC, "participated_in", ev) for ev, _, _ in BHC_FAIRS],
 *[R(c, "participated_in", ev) for ev, _, cs in BHC_FAIRS for c in cs],
 R("ICEX España Exportación e Inversiones", "participated_in", "MEDICA 2024"),
 R(BHC, "met_with", MVE), R(MVE, "participated_in", "MEDICA 2024"), R(MVE, "located_in", "Erlangen"),
 R(BHC, "partner_of", HCH), R("Tuomas Virtanen", "works_for", HCH),
 R(BHC, "partner_of", MIV), R(MIV, "located_in", "Montréal"),
 R(BHC, "met_with", KBIC), R("Hiroshi Tanabe", "works_for", KBIC),
 R(BHC, "met_with", HCP),
 R(HDL, "funded_by", "EU4Health"), R("Karolinska Institutet", "leads", HDL),
 R("Karolinska Institutet", "consortium_member_of", HDL), R(BHC, "consortium_member_of", HDL),
 R(DIC, "funded_by", "Interreg Sudoe"), R(BHC, "leads", DIC),
 *[R(o, "consortium_member_of", DIC) for o in (BHC, HCP, "Eurobiomed", "Vicomtech")],
 R("Eurobiomed", "located_in", "Marseille"),
 R(BHC, "member_of", "Council of European BioRegions"),
 R(BHC, "member_of", "European Connected Health Alliance"),
])

# --- 2. annual-report chapter: CAT.AL (Italy, agri-food) ---------------------------
CAT = "Cluster Alta Tecnologia Agrifood Lombardia"
PIC = "Protein Industries Canada"
FIAL = "Food Innovation Australia Limited"
UMI = "Università degli Studi di Milano"
LCO = "Lebensmittel-Cluster Oberösterreich"
CORNER = "Agrifood Start-up Corner"
CAT_NEW = (("Agrisense Lombardia srl", "Cremona"), ("Caseificio Valtellina Bio", "Sondrio"),
           ("Risoinnova", "Pavia"), ("BioPack Brianza", "Monza"))
GOLD["catal-agrifood-lombardia-annual-report-2023.txt"] = dict(
entities=[
 E(CAT, "cluster", "IT", "CAT.AL"), E("Giulia Ferraresi", "person", "IT"),
 E("Regione Lombardia", "public_body", "IT"), E("Italian Trade Agency", "public_body", "IT", "ICE"),
 E("Marco Bellini", "person", "IT", "Bellini"),
 *[E(c, "company", "IT") for c, _ in CAT_NEW], *[E(t, "place", "IT") for _, t in CAT_NEW],
 E("Fruit Logistica", "event", "DE"), E("Berlin", "place", "DE"),
 E("TUTTOFOOD 2023", "event", "IT"), E("Milan", "place", "IT"),
 E("Fiera Milano", "company", "IT"), E(CORNER, "event", "IT"),
 E("Anuga 2023", "event", "DE", "Anuga"), E("Cologne", "place", "DE"),
 E(PIC, "cluster", "CA"), E("Regina", "place", "CA"), E("Karen Lindqvist", "person", "CA"),
 E(FIAL, "public_body", "AU", "FIAL"),
 E("Western Cape", "place", "ZA"), E("Wesgro", "public_body", "ZA"), E("Cape Town", "place", "ZA"),
 E("FOODSHIELD", "project"), E("Horizon Europe", "programme"), E(UMI, "university", "IT"),
 E("Wageningen University & Research", "university", "NL"), E("Foodvalley NL", "cluster", "NL"),
 E("Vitagora", "cluster", "FR"), E("Dijon", "place", "FR"),
 E("ALPFOOD-TWIN", "project"), E("Interreg Alpine Space", "programme"),
 E(LCO, "cluster", "AT", "Food Cluster Upper Austria"), E("Linz", "place", "AT"),
 E("NOI Techpark", "cluster", "IT"), E("Bolzano", "place", "IT"),
 E("Heinz Gruber", "person", "AT"),
 E("Cluster Agrifood Nazionale", "cluster", "IT", "CL.A.N."), E("EIT Food", "network"),
],
relations=[
 R(CAT, "located_in", "Milan"),
 R("Giulia Ferraresi", "works_for", CAT), R("Marco Bellini", "works_for", CAT),
 *[R(c, "member_of", CAT) for c, _ in CAT_NEW], *[R(c, "located_in", t) for c, t in CAT_NEW],
 R("Fruit Logistica", "located_in", "Berlin"), R(CAT, "participated_in", "Fruit Logistica"),
 R("Agrisense Lombardia srl", "participated_in", "Fruit Logistica"),
 R("TUTTOFOOD 2023", "located_in", "Milan"), R(CAT, "participated_in", "TUTTOFOOD 2023"),
 R(CAT, "organized", CORNER), R("Fiera Milano", "organized", CORNER), R(CORNER, "located_in", "Milan"),
 R("Anuga 2023", "located_in", "Cologne"), R(CAT, "participated_in", "Anuga 2023"),
 *[R(c, "participated_in", "Anuga 2023") for c in ("Caseificio Valtellina Bio", "Risoinnova", "BioPack Brianza")],
 R(PIC, "participated_in", "Anuga 2023"), R("Karen Lindqvist", "participated_in", "Anuga 2023"),
 R(CAT, "partner_of", PIC), R(PIC, "located_in", "Regina"), R("Karen Lindqvist", "works_for", PIC),
 R(CAT, "met_with", FIAL),
 R(CAT, "met_with", "Wesgro"), R("Wesgro", "located_in", "Cape Town"),
 R("FOODSHIELD", "funded_by", "Horizon Europe"), R(UMI, "leads", "FOODSHIELD"),
 *[R(o, "consortium_member_of", "FOODSHIELD") for o in (
   UMI, CAT, "Wageningen University & Research", "Foodvalley NL", "Vitagora")],
 R("Vitagora", "located_in", "Dijon"),
 R("ALPFOOD-TWIN", "funded_by", "Interreg Alpine Space"), R(LCO, "leads", "ALPFOOD-TWIN"),
 *[R(o, "consortium_member_of", "ALPFOOD-TWIN") for o in (CAT, LCO, "NOI Techpark")],
 R(LCO, "located_in", "Linz"), R("NOI Techpark", "located_in", "Bolzano"),
 R("Heinz Gruber", "works_for", LCO),
 R(CAT, "member_of", "Cluster Agrifood Nazionale"), R(CAT, "member_of", "EIT Food"),
])

# --- 3. annual-report chapter: Lower Silesian photonics cluster (Poland) ----------
KFD = "Klaster Fotoniki Dolnośląskiej"
LWP = "Laser World of Photonics 2023"
SPW = "SPIE Photonics West 2023"
DDF = "Dolnośląskie Dni Fotoniki 2023"
PORT = "Łukasiewicz Research Network – PORT Polish Center for Technology Development"
IPIC = "Irish Photonic Integration Centre"
EPIC = "European Photonics Industry Consortium"
PWR = "Wrocław University of Science and Technology"
IOF = "Fraunhofer Institute for Applied Optics and Precision Engineering"
KFD_NEW = (("Optoelektronika Legnica sp. z o.o.", "Legnica"), ("Fibrenet Wałbrzych", "Wałbrzych"),
           ("Spektra Vision", "Jelenia Góra"), ("QPhot Systems", "Wrocław"))
GOLD["lower-silesian-photonics-cluster-annual-report-2023.html"] = dict(
entities=[
 E(KFD, "cluster", "PL", "Lower Silesian Photonics Cluster"), E("Lower Silesia", "place", "PL"),
 E("Munich", "place", "DE"), E(LWP, "event", "DE", "Laser World of Photonics"),
 E("Katarzyna Nowicka", "person", "PL"), E("Tomasz Wiśniewski", "person", "PL"),
 E("Polish Investment and Trade Agency", "public_body", "PL", "PAIH"),
 *[E(c, "company", "PL") for c, _ in KFD_NEW], *[E(t, "place", "PL") for _, t in KFD_NEW],
 E(PWR, "university", "PL"),
 E(SPW, "event", "US", "SPIE Photonics West"), E("San Francisco", "place", "US"),
 E(DDF, "event", "PL", "Lower Silesian Photonics Days"),
 E(PORT, "research_org", "PL"),
 E(IPIC, "research_org", "IE", "IPIC"), E("Tyndall National Institute", "research_org", "IE"),
 E("Cork", "place", "IE"), E("Aoife Brennan", "person", "IE"),
 E("Optonique", "cluster", "CA"), E("Québec", "place", "CA"), E("Mathieu Gagnon", "person", "CA"), E("Québec City", "place", "CA"),
 E(EPIC, "network", None, "EPIC"),
 E("Korea Photonics Technology Institute", "research_org", "KR", "KOPTI"), E("Gwangju", "place", "KR"),
 E("National Centre for Research and Development", "public_body", "PL", "NCBR"),
 E("PHOTON-SKILLS", "project"), E("Erasmus+", "programme"),
 E(IOF, "research_org", "DE", "Fraunhofer IOF"), E("Jena", "place", "DE"),
 E("HYPERFARM", "project"), E("European Funds for a Modern Economy", "programme", "PL", "FENG"),
 E("European Technology Platform Photonics21", "network", None, "Photonics21"),
 E("Montréal", "place", "CA"),
],
relations=[
 R(KFD, "located_in", "Wrocław"),
 R("Katarzyna Nowicka", "works_for", KFD), R("Tomasz Wiśniewski", "works_for", KFD),
 *[R(c, "member_of", KFD) for c, _ in KFD_NEW], *[R(c, "located_in", t) for c, t in KFD_NEW],
 R(KFD, "participated_in", SPW), R(KFD, "participated_in", LWP), R(KFD, "organized", DDF),
 R(SPW, "located_in", "San Francisco"), R(LWP, "located_in", "Munich"), R(DDF, "located_in", "Wrocław"),
 *[R(o, "participated_in", LWP) for o in ("Spektra Vision", "Optoelektronika Legnica sp. z o.o.", PORT)],
 R(PORT, "located_in", "Wrocław"), R(KFD, "partner_of", PORT),
 R(KFD, "partner_of", IPIC), R(IPIC, "participated_in", LWP), R("Aoife Brennan", "participated_in", LWP),
 R("Aoife Brennan", "works_for", IPIC), R(IPIC, "located_in", "Cork"),
 R("Tyndall National Institute", "located_in", "Cork"),
 R(PWR, "organized", DDF),
 R("Optonique", "participated_in", DDF), R("Mathieu Gagnon", "participated_in", DDF),
 R("Mathieu Gagnon", "works_for", "Optonique"), R("Optonique", "located_in", "Québec"), R(KFD, "met_with", "Optonique"),
 R(KFD, "met_with", "Korea Photonics Technology Institute"),
 R("Korea Photonics Technology Institute", "located_in", "Gwangju"),
 R("Korea Photonics Technology Institute", "met_with", "QPhot Systems"),
 R("PHOTON-SKILLS", "funded_by", "Erasmus+"), R(EPIC, "leads", "PHOTON-SKILLS"),
 *[R(o, "consortium_member_of", "PHOTON-SKILLS") for o in (EPIC, KFD, IPIC, IOF)],
 R(IOF, "located_in", "Jena"),
 R("HYPERFARM", "funded_by", "European Funds for a Modern Economy"),
 R("Spektra Vision", "leads", "HYPERFARM"),
 R("Spektra Vision", "consortium_member_of", "HYPERFARM"), R(KFD, "consortium_member_of", "HYPERFARM"),
 R(KFD, "member_of", EPIC), R(KFD, "member_of", "European Technology Platform Photonics21"),
])

# --- 4. annual-report chapter: West of Ireland Digital Health Cluster -------------
WI = "West of Ireland Digital Health Cluster"
HIMSS = "HIMSS24"
HLTH = "HLTH Europe 2024"
NSCC = "Norwegian Smart Care Cluster"
WHID = "West Health Innovation Day 2024"
UG = "University of Galway"
NC = "NORTH-CARE"
TAC = "TRUSTED-AI-CARE"
WI_NEW = (("CareLoop Health", "Galway"), ("Atlantic Vitals Ltd", "Sligo"),
          ("Neurawear", "Castlebar"), ("Teleclin Solutions", "Ennis"))
GOLD["west-of-ireland-digital-health-cluster-annual-report-2024.txt"] = dict(
entities=[
 E(WI, "cluster", "IE", "WIDHC", "Braisle Sláinte Dhigiteach Iarthar na hÉireann"),
 E("Enterprise Ireland", "public_body", "IE"), E("Western Development Commission", "public_body", "IE"),
 E("Ciarán Walsh", "person", "IE"), E("Niamh Flaherty", "person", "IE", "Flaherty"),
 *[E(c, "company", "IE") for c, _ in WI_NEW],
 *[E(t, "place", "IE") for t in ("Galway", "Sligo", "Castlebar", "Ennis")],
 E("Údarás na Gaeltachta", "public_body", "IE"), E("Na Forbacha", "place", "IE"),
 E(HIMSS, "event", "US"), E("Orlando", "place", "US"), E("Cleveland Clinic", "research_org", "US"),
 E(HLTH, "event", "NL", "HLTH Europe"), E("Amsterdam", "place", "NL"),
 E(NSCC, "cluster", "NO"), E("Oslo", "place", "NO"), E("Oulu Health", "cluster", "FI"),
 E(WHID, "event", "IE"), E(UG, "university", "IE"), E("Basque Country", "place", "ES"),
 E("Siobhán Ní Bhriain", "person", "IE"), E("Health Service Executive", "public_body", "IE", "HSE"),
 E("SFI Research Centre for Medical Devices", "research_org", "IE", "CÚRAM"),
 E("ANDHealth", "cluster", "AU"), E("Melbourne", "place", "AU"), E("Rebecca Hartley", "person", "AU"),
 E(NC, "project"),
 E("Interreg Northern Periphery and Arctic Programme", "programme", None, "NPA"),
 E("Atlantic Technological University", "university", "IE", "ATU"),
 E(TAC, "project"), E("Horizon Europe", "programme"),
 E("European Connected Health Alliance", "network"), E("EIT Health", "network"),
 E("Irish Medtech Association", "network", "IE"),
],
relations=[
 R(WI, "located_in", "Galway"),
 R("Ciarán Walsh", "works_for", WI), R("Niamh Flaherty", "works_for", WI),
 *[R(c, "member_of", WI) for c, _ in WI_NEW], *[R(c, "located_in", t) for c, t in WI_NEW],
 R("Údarás na Gaeltachta", "member_of", WI),
 R(HIMSS, "located_in", "Orlando"), R(WI, "participated_in", HIMSS),
 R("Enterprise Ireland", "participated_in", HIMSS),
 R("CareLoop Health", "participated_in", HIMSS), R("Teleclin Solutions", "participated_in", HIMSS),
 R(WI, "met_with", "Cleveland Clinic"), R("Cleveland Clinic", "participated_in", HIMSS),
 R(HLTH, "located_in", "Amsterdam"), R(WI, "participated_in", HLTH),
 R("Atlantic Vitals Ltd", "participated_in", HLTH),
 R(WI, "met_with", NSCC), R(WI, "met_with", "Oulu Health"), R(NSCC, "met_with", "Oulu Health"),
 R(NSCC, "participated_in", HLTH), R("Oulu Health", "participated_in", HLTH), R(NSCC, "located_in", "Oslo"),
 R(WI, "organized", WHID), R(UG, "organized", WHID), R(WHID, "located_in", "Galway"),
 R("Siobhán Ní Bhriain", "participated_in", WHID), R("Siobhán Ní Bhriain", "works_for", "Health Service Executive"),
 R("SFI Research Centre for Medical Devices", "participated_in", WHID),
 R(WI, "partner_of", "ANDHealth"), R("ANDHealth", "located_in", "Melbourne"),
 R("Rebecca Hartley", "works_for", "ANDHealth"),
 R(NC, "funded_by", "Interreg Northern Periphery and Arctic Programme"), R("Oulu Health", "leads", NC),
 *[R(o, "consortium_member_of", NC) for o in ("Oulu Health", WI, NSCC, "Atlantic Technological University")],
 R(TAC, "funded_by", "Horizon Europe"), R(UG, "leads", TAC),
 *[R(o, "consortium_member_of", TAC) for o in (UG, "Neurawear", WI)],
 R(WI, "member_of", "European Connected Health Alliance"), R(WI, "member_of", "EIT Health"),
])

# --- 5. annual-report chapter: Optonique (Canada, photonics) ----------------------
OPT = "Optonique"
MEIE = "Ministère de l'Économie, de l'Innovation et de l'Énergie"
CED = "Canada Economic Development for Quebec Regions"
PW = "Photonics West 2024"
IQI = "Investissement Québec International"
INO = "Institut national d'optique"
CPIC = "Canadian Photonics Industry Consortium"
PB = "Photonics Bretagne"
KFD2 = "Klaster Fotoniki Dolnośląskiej"
KOPTI = "Korea Photonics Technology Institute"
ILT = "Fraunhofer Institute for Laser Technology ILT"
OPT_NEW = (("Boréal Lidar", "Saguenay"), ("OptiCore Photonique inc.", "Sherbrooke"),
           ("Spectralis Technologies", "Montréal"), ("Lumitex Québec", "Lévis"))
GOLD["optonique-international-development-2024.md"] = dict(
entities=[
 E(OPT, "cluster", "CA", "Pôle d'excellence en optique-photonique du Québec"), E("Québec", "place", "CA"),
 E(MEIE, "public_body", "CA", "MEIE"), E(CED, "public_body", "CA", "CED"),
 E("Geneviève Tremblay", "person", "CA"),
 *[E(c, "company", "CA") for c, _ in OPT_NEW], *[E(t, "place", "CA") for _, t in OPT_NEW],
 E(PW, "event", "US"), E("San Francisco", "place", "US"),
 E(IQI, "public_body", "CA"), E(INO, "research_org", "CA", "INO"),
 E("Optatec 2024", "event", "DE"), E("Frankfurt", "place", "DE"),
 E("Mathieu Gagnon", "person", "CA"),
 E("Optence", "network", "DE"), E("Hesse", "place", "DE"), E("Petra Hoffmann", "person", "DE"),
 E("Photonics North 2024", "event", "CA"), E("Vaughan", "place", "CA"),
 E(CPIC, "network", "CA", "CPIC"),
 E(PB, "cluster", "FR"), E("Lannion", "place", "FR"),
 E(KFD2, "cluster", "PL"), E("Wrocław", "place", "PL"), E("Québec City", "place", "CA"),
 E(KOPTI, "research_org", "KR", "KOPTI"),
 E(ILT, "research_org", "DE", "Fraunhofer ILT"), E("Aachen", "place", "DE"),
 E("PHOTON-ARC", "project"), E("Horizon Europe", "programme"),
 E("LUMINA-NET", "project"), E("Single Market Programme", "programme"),
 E("European Photonics Industry Consortium", "network", None, "EPIC"),
],
relations=[
 R(OPT, "located_in", "Québec"),
 R("Geneviève Tremblay", "works_for", OPT), R("Mathieu Gagnon", "works_for", OPT),
 *[R(c, "member_of", OPT) for c, _ in OPT_NEW], *[R(c, "located_in", t) for c, t in OPT_NEW],
 R(PW, "located_in", "San Francisco"),
 *[R(o, "participated_in", PW) for o in (OPT, IQI, "Boréal Lidar", "Spectralis Technologies", INO)],
 R("Optatec 2024", "located_in", "Frankfurt"),
 *[R(o, "participated_in", "Optatec 2024") for o in (OPT, "Mathieu Gagnon", "Optence", "Petra Hoffmann")],
 R(OPT, "partner_of", "Optence"), R("Petra Hoffmann", "works_for", "Optence"),
 R("Optence", "located_in", "Hesse"),
 R("Photonics North 2024", "located_in", "Vaughan"),
 R(OPT, "participated_in", "Photonics North 2024"), R(CPIC, "participated_in", "Photonics North 2024"),
 R(OPT, "member_of", CPIC),
 R(OPT, "met_with", PB), R(PB, "located_in", "Lannion"), R(PB, "met_with", INO),
 R(OPT, "met_with", KFD2), R(KFD2, "located_in", "Wrocław"),
 R(OPT, "met_with", KOPTI), R(KOPTI, "met_with", "Lumitex Québec"),
 R(OPT, "met_with", ILT), R(ILT, "located_in", "Aachen"), R(ILT, "met_with", INO),
 R("PHOTON-ARC", "funded_by", "Horizon Europe"), R(ILT, "leads", "PHOTON-ARC"),
 *[R(o, "consortium_member_of", "PHOTON-ARC") for o in (ILT, INO, "OptiCore Photonique inc.")],
 R("LUMINA-NET", "funded_by", "Single Market Programme"), R(PB, "leads", "LUMINA-NET"),
 R(PB, "consortium_member_of", "LUMINA-NET"), R(OPT, "consortium_member_of", "LUMINA-NET"),
 R(OPT, "member_of", "European Photonics Industry Consortium"),
])

# --- 6. annual-report chapter: South Australian Space Industry Cluster ------------
SA = "South Australian Space Industry Cluster"
SSY = "Space Symposium 2024"
IAC = "International Astronautical Congress 2024"
ASA = "Australian Space Agency"
DAC = "Distretto Aerospaziale della Campania"
SANSA = "South African National Space Agency"
UNISA = "University of South Australia"
IAF = "International Astronautical Federation"
SA_NEW = (("Orbital Harvest Pty Ltd", "Mawson Lakes"), ("Southern Skies Tracking", "Mount Gambier"),
          ("Kestrel Payloads", "Tonsley"), ("Red Dune Robotics", "Whyalla"))
GOLD["south-australian-space-industry-cluster-annual-report-2024.html"] = dict(
entities=[
 E(SA, "cluster", "AU", "SASIC"), E("Lot Fourteen", "place", "AU"), E("Adelaide", "place", "AU"),
 E("James Nguyen", "person", "AU"), E("Austrade", "public_body", "AU"),
 E("Department for Trade and Investment", "public_body", "AU"),
 *[E(c, "company", "AU") for c, _ in SA_NEW], *[E(t, "place", "AU") for _, t in SA_NEW],
 E(SSY, "event", "US", "Space Symposium"), E("Colorado Springs", "place", "US"),
 E(IAC, "event", "IT", "IAC 2024", "IAC"), E("Milan", "place", "IT"),
 E(ASA, "public_body", "AU"), E("SmartSat CRC", "research_org", "AU"),
 E(DAC, "cluster", "IT", "DAC"), E("Naples", "place", "IT"), E("Campania", "place", "IT"),
 E("South Australia", "place", "AU"), E("Luca Esposito", "person", "IT"),
 E("Rachel Whitford", "person", "AU"),
 E(SANSA, "public_body", "ZA", "SANSA"), E("Thandi Mokoena", "person", "ZA"),
 E("Canadian Space Agency", "public_body", "CA"), E("Space Canada", "network", "CA"),
 E("University of Adelaide", "university", "AU"),
 E("SOUTHERN-EYE", "project"), E("Moon to Mars Initiative", "programme", "AU"),
 E(UNISA, "university", "AU", "UniSA"), E("OPTI-LINK", "project"),
 E("Space Industry Association of Australia", "network", "AU", "SIAA"),
 E(IAF, "network", None, "IAF"), E("Emma Caldwell", "person", "AU"),
],
relations=[
 R(SA, "located_in", "Lot Fourteen"), R(SA, "located_in", "Adelaide"),
 R("James Nguyen", "works_for", SA),
 *[R(c, "member_of", SA) for c, _ in SA_NEW], *[R(c, "located_in", t) for c, t in SA_NEW],
 R(SSY, "located_in", "Colorado Springs"), R(IAC, "located_in", "Milan"),
 R(SA, "participated_in", SSY), R(SA, "participated_in", IAC),
 R("Kestrel Payloads", "participated_in", SSY), R("Southern Skies Tracking", "participated_in", SSY),
 *[R(c, "participated_in", IAC) for c in ("Orbital Harvest Pty Ltd", "Red Dune Robotics", "Kestrel Payloads")],
 R(ASA, "participated_in", IAC), R("SmartSat CRC", "participated_in", IAC),
 R(SA, "partner_of", DAC), R(DAC, "participated_in", IAC), R(DAC, "located_in", "Naples"),
 R("Luca Esposito", "works_for", DAC), R("Luca Esposito", "participated_in", IAC),
 R("Rachel Whitford", "works_for", ASA), R("Rachel Whitford", "participated_in", IAC),
 R(SA, "met_with", SANSA), R("Thandi Mokoena", "works_for", SANSA),
 R(SA, "met_with", "Canadian Space Agency"), R(SA, "met_with", "Space Canada"),
 R("SOUTHERN-EYE", "funded_by", "Moon to Mars Initiative"), R(UNISA, "leads", "SOUTHERN-EYE"),
 *[R(o, "consortium_member_of", "SOUTHERN-EYE") for o in (
   UNISA, "Orbital Harvest Pty Ltd", "Kestrel Payloads", SA)],
 *[R(o, "consortium_member_of", "OPTI-LINK") for o in (SANSA, "Southern Skies Tracking", SA)],
 R(SA, "leads", "OPTI-LINK"), R("OPTI-LINK", "funded_by", "SmartSat CRC"),
 R(SA, "member_of", "Space Industry Association of Australia"), R(SA, "member_of", IAF),
 R(IAF, "organized", IAC),
 R("Emma Caldwell", "works_for", SA), R("Emma Caldwell", "participated_in", IAC),
])

# --- 7. annual-report chapter: Cape Agri-Food Innovation Cluster (South Africa) ---
CAF = "Cape Agri-Food Innovation Cluster"
FL24 = "Fruit Logistica 2024"
SIAL = "SIAL Paris 2024"
CATAL = "Cluster Alta Tecnologia Agrifood Lombardia"
KALRO = "Kenya Agricultural and Livestock Research Organization"
SU = "Stellenbosch University"
ARC = "Agricultural Research Council"
FIAL2 = "Food Innovation Australia Limited"
LUKE = "Natural Resources Institute Finland"
CSIR = "Council for Scientific and Industrial Research"
AGBIZ = "Agricultural Business Chamber"
CAF_NEW = (("Karoo Protein Co.", "Beaufort West"), ("Swartland Grain Tech", "Malmesbury"),
           ("Overberg Fresh Logistics", "Caledon"), ("Boland Biologicals", "Paarl"))
GOLD["cape-agri-food-innovation-cluster-annual-report-2024.txt"] = dict(
entities=[
 E(CAF, "cluster", "ZA", "Kaapse Landbou-Voedsel Innovasiegroepering"),
 E("Stellenbosch", "place", "ZA"), E("Naledi Khumalo", "person", "ZA"), E("Wesgro", "public_body", "ZA"),
 E("Department of Trade, Industry and Competition", "public_body", "ZA", "dtic"),
 E("Lindiwe Dlamini", "person", "ZA", "Dlamini"),
 *[E(c, "company", "ZA") for c, _ in CAF_NEW], *[E(t, "place", "ZA") for _, t in CAF_NEW],
 E(FL24, "event", "DE", "Fruit Logistica"), E("Berlin", "place", "DE"),
 E("Fruit South Africa", "network", "ZA"), E("Foodvalley NL", "cluster", "NL"),
 E("Gulfood 2024", "event", "AE"), E("Dubai", "place", "AE"),
 E(SIAL, "event", "FR", "SIAL"), E("Paris", "place", "FR"),
 E(CATAL, "cluster", "IT", "CAT.AL"), E("Milan", "place", "IT"),
 E(KALRO, "research_org", "KE", "KALRO"), E(SU, "university", "ZA"),
 E(ARC, "research_org", "ZA", "ARC"), E("Nietvoorbij", "place", "ZA"),
 E(FIAL2, "public_body", "AU", "FIAL"),
 E("Overberg", "place", "ZA"), E("Swartland", "place", "ZA"),
 E("SAFE-HARVEST", "project"), E("Horizon Europe", "programme"),
 E(LUKE, "research_org", "FI", "Luke"),
 E("DRYLAND-DATA", "project"), E("Technology Innovation Agency", "public_body", "ZA", "TIA"),
 E("Karoo", "place", "ZA"), E(CSIR, "research_org", "ZA", "CSIR"),
 E(AGBIZ, "network", "ZA", "Agbiz"), E("European Cluster Collaboration Platform", "network"),
 E("Pieter van der Merwe", "person", "ZA"), E("Agbiz Congress", "event", "ZA"),
 E("Drakenstein", "place", "ZA"), E("Cape Town", "place", "ZA"),
],
relations=[
 R(CAF, "located_in", "Stellenbosch"),
 R("Naledi Khumalo", "works_for", CAF), R("Lindiwe Dlamini", "works_for", CAF),
 R("Pieter van der Merwe", "works_for", CAF),
 *[R(c, "member_of", CAF) for c, _ in CAF_NEW], *[R(c, "located_in", t) for c, t in CAF_NEW],
 R(FL24, "located_in", "Berlin"),
 *[R(o, "participated_in", FL24) for o in (CAF, "Fruit South Africa", "Overberg Fresh Logistics",
                                            "Boland Biologicals", "Foodvalley NL")],
 R(CAF, "met_with", "Foodvalley NL"),
 R("Gulfood 2024", "located_in", "Dubai"),
 *[R(o, "participated_in", "Gulfood 2024") for o in (CAF, "Karoo Protein Co.", "Wesgro")],
 R(SIAL, "located_in", "Paris"),
 *[R(o, "participated_in", SIAL) for o in (CAF, "Lindiwe Dlamini", "Swartland Grain Tech", CATAL)],
 R(CAF, "partner_of", CATAL),
 R(CAF, "met_with", KALRO), R(KALRO, "met_with", SU), R(KALRO, "met_with", ARC),
 R(CAF, "met_with", FIAL2),
 R("SAFE-HARVEST", "funded_by", "Horizon Europe"), R(SU, "leads", "SAFE-HARVEST"),
 *[R(o, "consortium_member_of", "SAFE-HARVEST") for o in (SU, CAF, ARC, LUKE, "Swartland Grain Tech")],
 R("DRYLAND-DATA", "funded_by", "Technology Innovation Agency"),
 R("Karoo Protein Co.", "leads", "DRYLAND-DATA"),
 *[R(o, "consortium_member_of", "DRYLAND-DATA") for o in ("Karoo Protein Co.", CAF, CSIR)],
 R(CAF, "member_of", AGBIZ), R(CAF, "member_of", "European Cluster Collaboration Platform"),
 R("Agbiz Congress", "located_in", "Drakenstein"),
 R("Pieter van der Merwe", "participated_in", "Agbiz Congress"), R(CAF, "participated_in", "Agbiz Congress"),
])

# --- 8. annual-report chapter: Distretto Aerospaziale della Campania (Italy, space)
DAC8 = "Distretto Aerospaziale della Campania"
IAC8 = "International Astronautical Congress 2024"
ASI = "Italian Space Agency"
SASIC = "South Australian Space Industry Cluster"
POLSA = "Polish Space Agency"
ILA = "ILA Berlin 2024"
STE = "Space Tech Expo Europe 2024"
CIRA = "Centro Italiano Ricerche Aerospaziali"
UNINA = "Università degli Studi di Napoli Federico II"
MSH = "MED-SPACE-HUB"
SSC = "SPACE-SKILLS CAMPANIA"
DAC_NEW = (("Stellare Avionica srl", "Pomigliano d'Arco"), ("Vesuvio Orbital", "Pozzuoli"),
           ("CompoTech Sannio", "Benevento"), ("Salerno Space Software", "Salerno"))
GOLD["distretto-aerospaziale-campania-relazione-annuale-2024.txt"] = dict(
entities=[
 E(DAC8, "cluster", "IT", "DAC"), E(IAC8, "event", "IT", "IAC 2024"),
 E("Milan", "place", "IT"), E("International Astronautical Federation", "network"),
 E(ASI, "public_body", "IT", "ASI"), E("Regione Campania", "public_body", "IT"),
 E("Luca Esposito", "person", "IT"),
 E(SASIC, "cluster", "AU", "SASIC"), E("Emma Caldwell", "person", "AU"),
 E("Naples", "place", "IT"), E("Adelaide", "place", "AU"),
 E(POLSA, "public_body", "PL", "POLSA"), E("Gdańsk", "place", "PL"),
 E("Chiara Russo", "person", "IT"), E(ILA, "event", "DE"),
 *[E(c, "company", "IT") for c, _ in DAC_NEW], *[E(t, "place", "IT") for _, t in DAC_NEW],
 E(STE, "event", "DE"), E("Bremen", "place", "DE"), E("AVIASPACE BREMEN", "cluster", "DE"),
 E("Aéro Montréal", "cluster", "CA"), E("Québec", "place", "CA"), E("Montréal", "place", "CA"),
 E(CIRA, "research_org", "IT", "CIRA"), E("Capua", "place", "IT"), E(UNINA, "university", "IT"),
 E("Space Ireland", "network", "IE"),
 E(MSH, "project"), E("Interreg Euro-MED", "programme"),
 E("Andalucía Aerospace", "cluster", "ES"), E("Seville", "place", "ES"),
 E(SSC, "project"), E("Piano Nazionale di Ripresa e Resilienza", "programme", "IT", "PNRR"),
 E("Cluster Tecnologico Nazionale Aerospazio", "cluster", "IT", "CTNA"),
 E("Network of European Regions Using Space Technologies", "network", None, "NEREUS"),
],
relations=[
 R(DAC8, "located_in", "Naples"),
 R(IAC8, "located_in", "Milan"), R("International Astronautical Federation", "organized", IAC8),
 R(ASI, "organized", IAC8),
 *[R(o, "participated_in", IAC8) for o in (DAC8, "Regione Campania", "Luca Esposito",
                                            SASIC, "Emma Caldwell", POLSA)],
 R("Luca Esposito", "works_for", DAC8),
 R(DAC8, "partner_of", SASIC), R("Emma Caldwell", "works_for", SASIC),
 R(DAC8, "met_with", POLSA), R(POLSA, "located_in", "Gdańsk"),
 R("Chiara Russo", "works_for", DAC8),
 *[R(o, "participated_in", ILA) for o in ("Chiara Russo", DAC8, "Stellare Avionica srl", "CompoTech Sannio")],
 R(STE, "located_in", "Bremen"), R(DAC8, "participated_in", STE),
 R(DAC8, "met_with", "AVIASPACE BREMEN"), R("AVIASPACE BREMEN", "participated_in", STE),
 R("AVIASPACE BREMEN", "located_in", "Bremen"),
 *[R(c, "member_of", DAC8) for c, _ in DAC_NEW], *[R(c, "located_in", t) for c, t in DAC_NEW],
 R(DAC8, "met_with", "Aéro Montréal"), R("Aéro Montréal", "located_in", "Québec"),
 R("Aéro Montréal", "met_with", CIRA), R("Aéro Montréal", "met_with", UNINA),
 R(CIRA, "located_in", "Capua"),
 R(DAC8, "met_with", "Space Ireland"),
 R(MSH, "funded_by", "Interreg Euro-MED"), R(DAC8, "leads", MSH),
 R(DAC8, "consortium_member_of", MSH), R("Andalucía Aerospace", "consortium_member_of", MSH),
 R("Andalucía Aerospace", "located_in", "Seville"),
 R(SSC, "funded_by", "Piano Nazionale di Ripresa e Resilienza"),
 *[R(o, "consortium_member_of", SSC) for o in (DAC8, UNINA, "Vesuvio Orbital")],
 R(DAC8, "member_of", "Cluster Tecnologico Nazionale Aerospazio"),
 R(DAC8, "member_of", "Network of European Regions Using Space Technologies"),
])

#@@NEXT@@


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types = {}
        forms = {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["name"] not in types, (doc, "duplicate entity", e["name"])
            assert e["country"] is None or re.fullmatch(r"[A-Z]{2}", e["country"]), (doc, e)
            types[e["name"]] = e["type"]
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, (doc, "surface form used twice", form, forms.get(key))
                forms[key] = e["name"]
                assert key in text, (doc, "not in text", form)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert s in types, (doc, "undeclared subject", r)
            assert o in types, (doc, "undeclared object", r)
            assert p in ALLOWED, (doc, "unknown predicate", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, (doc, "subject type", types[s], r)
            assert types[o] in obj_ok, (doc, "object type", types[o], r)
            assert s != o, (doc, "self relation", r)
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)
    docs_on_disk = {p.name for p in DOCS.iterdir() if p.is_file()}
    assert docs_on_disk == set(GOLD), (docs_on_disk ^ set(GOLD))


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(HERE.parent.parent.parent.parent), len(gold["entities"]), len(gold["relations"]))


if __name__ == "__main__":
    main()
