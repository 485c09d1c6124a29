"""Hand annotations of the `train-t` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-t/make_gold_train_t.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Theme: clusters of Africa and the Middle East (Morocco, Kenya, South
Africa, Nigeria, Egypt, UAE, Israel, Saudi Arabia) and their European partners.

Choices kept throughout the set:
- planned participations stated as agreed ("will be back for ...", "will hold a
  joint stand at ...") are annotated like past ones;
- a letter of intent, MoU or cooperation/distribution agreement is `partner_of`;
  talks, visits and B2B meetings are `met_with`;
- a project's coordinator gets both `leads` and `consortium_member_of`; a person
  named as coordinator of a project also `leads` it; the EU executive agency
  that manages a grant is a funder (`funded_by`) next to the programme;
- a submitted proposal is annotated like a project (its programme as funder);
- venues are not annotated; places inside an organisation's name are not
  annotated unless the text names them on their own;
- hospitals are `research_org`; tech hubs run as companies (CcHUB, iHub) are
  `company`; Hub71 ("technology ecosystem") is a `cluster`; industry
  associations are `network` unless the text calls them a cluster.
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / HERE.name


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


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
SYMMETRIC = {"partner_of", "met_with"}

GOLD = {}

# --- annual-report chapter: Moroccan agri-food cluster (Souss-Massa) --------------
CASM = "Cluster Agro-Industriel Souss-Massa"
ALM = "Clúster Hortofrutícola de Almería"
IAV = "Institut Agronomique et Vétérinaire Hassan II"
AQ = "AQUASOUSS"
PRIMA = "Partnership for Research and Innovation in the Mediterranean Area"
SIAM = "Salon International de l'Agriculture au Maroc"
AMDIE = "Agence Marocaine de Développement des Investissements et des Exportations"
RMA = "Rencontres Méditerranéennes de l'Agroalimentaire"
ECCP = "European Cluster Collaboration Platform"
SIAM_EXH = (("Agrumes du Souss SA", "Taroudant"), ("Argania Bio", "Tiznit"),
            ("Tomatalia Maroc", "Chtouka Aït Baha"))
GOLD["souss-massa-agrifood-cluster-2023.txt"] = dict(
entities=[
 E(CASM, "cluster", "MA", "CASM"), E("Souss-Massa", "place", "MA"), E("Agadir", "place", "MA"),
 E("Taroudant", "place", "MA"), E("Tiznit", "place", "MA"),
 E("Wagralim", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E("Agence wallonne à l'Exportation et aux Investissements étrangers", "public_body", "BE", "AWEX"),
 E(ALM, "cluster", "ES"), E("Almería", "place", "ES"),
 E("Fatima Zahra Benali", "person", "MA"),
 E(AQ, "project"), E(PRIMA, "programme", None, "PRIMA"),
 E(IAV, "university", "MA", "IAV Hassan II"),
 E("University of Córdoba", "university", "ES"),
 E("Consiglio Nazionale delle Ricerche", "research_org", "IT", "CNR"),
 E("Ibn Zohr University", "university", "MA"),
 E("Irrisouss SARL", "company", "MA"), E("Aït Melloul", "place", "MA"),
 E("OASIS-FOOD", "project"), E("Horizon Europe", "programme"),
 E("Pôle de Compétitivité de Bizerte", "cluster", "TN"),
 E("Vegepolys Valley", "cluster", "FR"), E("Angers", "place", "FR"),
 E(SIAM, "event", "MA", "SIAM"), E("Meknès", "place", "MA"),
 E("Morocco Foodex", "public_body", "MA"),
 *[E(c, "company", "MA") for c, _ in SIAM_EXH], E("Chtouka Aït Baha", "place", "MA"),
 E("Fruit Logistica", "event", "DE"), E("Berlin", "place", "DE"),
 E(AMDIE, "public_body", "MA", "AMDIE"),
 E("REWE Group", "company", "DE"), E("Hollandfresh BV", "company", "NL"),
 E("Barendrecht", "place", "NL"),
 E(RMA, "event", "FR"), E("Montpellier", "place", "FR"),
 E("Agropolis International", "network", "FR"),
 E("Youssef Aït Lahcen", "person", "MA"),
 E("Institut Agro Montpellier", "university", "FR"),
 E(ECCP, "network", None, "ECCP"),
],
relations=[
 R(CASM, "located_in", "Agadir"), R(CASM, "located_in", "Souss-Massa"),
 R(CASM, "partner_of", "Wagralim"), R("Wagralim", "located_in", "Wallonia"),
 R(CASM, "partner_of", ALM), R(ALM, "located_in", "Almería"),
 R("Fatima Zahra Benali", "works_for", CASM),
 R(AQ, "funded_by", PRIMA), R(IAV, "leads", AQ), R(IAV, "located_in", "Agadir"),
 *[R(o, "consortium_member_of", AQ) for o in (
   CASM, IAV, "University of Córdoba", "Consiglio Nazionale delle Ricerche", "Wagralim",
   "Ibn Zohr University", "Irrisouss SARL")],
 R("Irrisouss SARL", "located_in", "Aït Melloul"), R("Irrisouss SARL", "member_of", CASM),
 R("OASIS-FOOD", "funded_by", "Horizon Europe"),
 *[R(o, "consortium_member_of", "OASIS-FOOD") for o in (
   CASM, "Pôle de Compétitivité de Bizerte", "Vegepolys Valley")],
 R("Vegepolys Valley", "located_in", "Angers"),
 R(SIAM, "located_in", "Meknès"), R(CASM, "participated_in", SIAM),
 R("Morocco Foodex", "participated_in", SIAM),
 *[R(c, "participated_in", SIAM) for c, _ in SIAM_EXH],
 *[R(c, "member_of", CASM) for c, _ in SIAM_EXH],
 *[R(c, "located_in", t) for c, t in SIAM_EXH],
 R("Fruit Logistica", "located_in", "Berlin"), R(CASM, "participated_in", "Fruit Logistica"),
 R(AMDIE, "participated_in", "Fruit Logistica"),
 R(CASM, "met_with", "REWE Group"), R(CASM, "met_with", "Hollandfresh BV"),
 R("Hollandfresh BV", "located_in", "Barendrecht"),
 R(RMA, "located_in", "Montpellier"), R("Agropolis International", "organized", RMA),
 R(CASM, "participated_in", RMA), R("Youssef Aït Lahcen", "participated_in", RMA),
 R("Youssef Aït Lahcen", "works_for", CASM),
 R(CASM, "met_with", "Institut Agro Montpellier"),
 R("Institut Agro Montpellier", "located_in", "Montpellier"),
 R(CASM, "member_of", ECCP),
])

# --- press release: MoU Kenya / Netherlands (horticulture) ------------------------
KHIC = "Kenya Horticulture Innovation Cluster"
GWH = "Greenport West-Holland"
GTA = "GreenTech Amsterdam 2024"
RVO = "Netherlands Enterprise Agency"
KEPROBA = "Kenya Export Promotion and Branding Agency"
JKUAT = "Jomo Kenyatta University of Agriculture and Technology"
WUR = "Wageningen University & Research"
HNK = "HortiNext Kenya"
PIB = "Partners for International Business"
LCS = "Lindenhof Climate Systems BV"
KFC = "Kenya Flower Council"
FPC = "Fresh Produce Consortium of Kenya"
KATW = "Kenya Agri-Tech Week"
KE_MEMBERS = (("Savannah Blooms Ltd", "Naivasha"), ("Rift Valley Greens", "Nakuru"),
              ("Kilimo Sensors", "Nairobi"), ("Thika Fresh Exporters", "Thika"))
GOLD["kenya-horticulture-cluster-greenport-mou-2024.md"] = dict(
entities=[
 E(KHIC, "cluster", "KE", "KHIC"), E(GWH, "cluster", "NL"),
 E(GTA, "event", "NL", "GreenTech Amsterdam"), E("Amsterdam", "place", "NL"),
 E(RVO, "public_body", "NL", "RVO"), E(KEPROBA, "public_body", "KE", "KEPROBA"),
 E("Naivasha", "place", "KE"), E("Nakuru County", "place", "KE"),
 E("Westland", "place", "NL"), E("Naaldwijk", "place", "NL"), E("South Holland", "place", "NL"),
 E(JKUAT, "university", "KE", "JKUAT"), E(WUR, "university", "NL", "WUR"),
 E("Wanjiru Kamau", "person", "KE"), E("Pieter van der Lugt", "person", "NL"),
 E(HNK, "project"), E(PIB, "programme", "NL", "PIB"),
 E(LCS, "company", "NL", "Lindenhof Climate Systems"), E("Honselersdijk", "place", "NL"),
 E("Juja", "place", "KE"),
 E("Savannah Blooms Ltd", "company", "KE", "Savannah Blooms"),
 E("Rift Valley Greens", "company", "KE"), E("Kilimo Sensors", "company", "KE"),
 E("Thika Fresh Exporters", "company", "KE"),
 E("Nakuru", "place", "KE"), E("Nairobi", "place", "KE"), E("Thika", "place", "KE"),
 E("Koppert", "company", "NL"), E("Berkel en Rodenrijs", "place", "NL"),
 E(KFC, "network", "KE"), E(FPC, "network", "KE", "FPC Kenya"),
 E(KATW, "event", "KE"),
 E("Embassy of the Kingdom of the Netherlands in Nairobi", "public_body", "NL"),
 E("Grace Otieno", "person", "KE"),
],
relations=[
 R(KHIC, "partner_of", GWH),
 R(KHIC, "participated_in", GTA), R(GWH, "participated_in", GTA),
 R(RVO, "participated_in", GTA), R(KEPROBA, "participated_in", GTA),
 R(GTA, "located_in", "Amsterdam"),
 R(KHIC, "located_in", "Naivasha"), R(KHIC, "located_in", "Nakuru County"),
 R(GWH, "located_in", "Naaldwijk"), R(GWH, "located_in", "South Holland"),
 R("Wanjiru Kamau", "works_for", KHIC), R("Pieter van der Lugt", "works_for", GWH),
 R(HNK, "funded_by", PIB), R(HNK, "funded_by", RVO), R(GWH, "leads", HNK),
 *[R(o, "consortium_member_of", HNK) for o in (GWH, KHIC, WUR, JKUAT, "Kilimo Sensors", LCS)],
 R(LCS, "located_in", "Honselersdijk"), R(JKUAT, "located_in", "Juja"),
 *[R(c, "member_of", KHIC) for c, _ in KE_MEMBERS],
 *[R(c, "participated_in", GTA) for c, _ in KE_MEMBERS],
 *[R(c, "located_in", t) for c, t in KE_MEMBERS],
 R("Savannah Blooms Ltd", "met_with", "Koppert"), R("Koppert", "located_in", "Berkel en Rodenrijs"),
 R("Kilimo Sensors", "partner_of", LCS),
 R("Koppert", "participated_in", GTA), R(LCS, "participated_in", GTA),
 R(GWH, "located_in", "Westland"),
 R(KFC, "participated_in", GTA), R(FPC, "participated_in", GTA),
 R(KHIC, "member_of", KFC),
 R(KHIC, "organized", KATW), R(KFC, "organized", KATW), R(KATW, "located_in", "Nairobi"),
 R(GWH, "participated_in", KATW),
 R("Grace Otieno", "works_for", KHIC),
])

# --- delegation report (HTML): South African medtech cluster at MEDICA ------------
WCMC = "Western Cape MedTech Cluster"
MED = "MEDICA 2023"
DTIC = "Department of Trade, Industry and Competition"
SAMRC = "South African Medical Research Council"
UCT = "University of Cape Town"
SU = "Stellenbosch University"
BRS = "BioRegio STERN"
MV = "Medical Valley EMN"
IPA = "Fraunhofer Institute for Manufacturing Engineering and Automation"
FORUM = "German-South African MedTech Forum"
SAGCC = "Southern African-German Chamber of Commerce and Industry"
AFR = "AFRIMED-AI"
EDCTP = "Global Health EDCTP3 Joint Undertaking"
CHARITE = "Charité – Universitätsmedizin Berlin"
AH = "Africa Health 2024"
MDMSA = "Medical Device Manufacturers of South Africa"
ZA_MEMBERS = (("Ubuntu Diagnostics", "Stellenbosch"), ("HeartSense Medical", "Cape Town"),
              ("Karoo Orthopaedics", "Paarl"))
GOLD["western-cape-medtech-medica-delegation-2023.html"] = dict(
entities=[
 E(WCMC, "cluster", "ZA", "WCMC"), E("Cape Town", "place", "ZA"),
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E("Messe Düsseldorf", "company", "DE"), E("Wesgro", "public_body", "ZA"),
 E("Western Cape", "place", "ZA"), E(DTIC, "public_body", "ZA", "dtic"),
 *[E(c, "company", "ZA") for c, _ in ZA_MEMBERS],
 E("Stellenbosch", "place", "ZA"), E("Paarl", "place", "ZA"),
 E(UCT, "university", "ZA", "UCT"), E(SU, "university", "ZA"),
 E(SAMRC, "research_org", "ZA", "SAMRC"),
 E(BRS, "cluster", "DE"), E("Stuttgart", "place", "DE", "Stuttgart region"),
 E("Baden-Württemberg", "place", "DE"),
 E("Thandiwe Mokoena", "person", "ZA"),
 E(MV, "cluster", "DE"), E("European Metropolitan Region of Nuremberg", "place", "DE"),
 E("Erlangen", "place", "DE"), E(IPA, "research_org", "DE", "Fraunhofer IPA"),
 E("Siemens Healthineers", "company", "DE"),
 E("Sabine Keller", "person", "DE"),
 E(FORUM, "event", "DE", "MedTech Forum"), E(SAGCC, "public_body", "ZA"),
 E(AFR, "project"), E(EDCTP, "programme"),
 E(CHARITE, "university", "DE"), E("University of Nairobi", "university", "KE"),
 E("Pieter Botha", "person", "ZA"),
 E("OrthoLink Europe BV", "company", "NL"),
 E(AH, "event", "ZA"), E("Johannesburg", "place", "ZA"), E("Gauteng", "place", "ZA"),
 E(MDMSA, "cluster", "ZA", "MDMSA"),
 E("Lindiwe Jacobs", "person", "ZA"),
],
relations=[
 R(WCMC, "located_in", "Cape Town"), R(WCMC, "located_in", "Western Cape"),
 R(MED, "located_in", "Düsseldorf"), R("Messe Düsseldorf", "organized", MED),
 R(WCMC, "participated_in", MED),
 R(DTIC, "participated_in", MED),
 *[R(c, "member_of", WCMC) for c, _ in ZA_MEMBERS],
 *[R(c, "participated_in", MED) for c, _ in ZA_MEMBERS],
 *[R(c, "located_in", t) for c, t in ZA_MEMBERS],
 R(UCT, "participated_in", MED), R(SU, "participated_in", MED), R(SAMRC, "participated_in", MED),
 R(WCMC, "partner_of", BRS), R(BRS, "located_in", "Stuttgart"),
 R("Thandiwe Mokoena", "works_for", WCMC),
 R(WCMC, "met_with", MV), R(MV, "located_in", "Erlangen"),
 R(MV, "located_in", "European Metropolitan Region of Nuremberg"),
 R(WCMC, "met_with", IPA),
 R("HeartSense Medical", "met_with", "Siemens Healthineers"),
 R("Siemens Healthineers", "located_in", "Erlangen"),
 R("Sabine Keller", "works_for", BRS),
 R(FORUM, "located_in", "Stuttgart"), R(BRS, "organized", FORUM), R(SAGCC, "organized", FORUM),
 R(WCMC, "participated_in", FORUM),
 R(AFR, "funded_by", EDCTP), R(SU, "leads", AFR),
 *[R(o, "consortium_member_of", AFR) for o in (
   SU, UCT, SAMRC, WCMC, CHARITE, "University of Nairobi", "Ubuntu Diagnostics")],
 R("Pieter Botha", "works_for", SU), R("Pieter Botha", "leads", AFR),
 R("Pieter Botha", "participated_in", MED),
 R("Karoo Orthopaedics", "partner_of", "OrthoLink Europe BV"),
 R(AH, "located_in", "Johannesburg"), R(WCMC, "participated_in", AH),
 R(MDMSA, "participated_in", AH), R(MDMSA, "located_in", "Gauteng"),
 R("Lindiwe Jacobs", "works_for", WCMC),
])

# --- Horizon Europe kick-off: African-European data spaces (Lagos) ----------------
AB = "AFRIDATA-BRIDGE"
CC = "Co-Creation Hub"
NITDA = "National Information Technology Development Agency"
FOKUS = "Fraunhofer Institute for Open Communication Systems"
HADEA = "European Health and Digital Executive Agency"
LADIC = "Lagos Digital Innovation Cluster"
ITIDA = "Information Technology Industry Development Agency"
NDPC = "Nigeria Data Protection Commission"
ACN = "African Cluster Network"
AB_PARTNERS = ((FOKUS, "Berlin"), ("University of Lagos", None), (CC, "Lagos"), (LADIC, "Lagos"),
               ("iHub", "Nairobi"), (ITIDA, "Cairo"), ("Smart Africa", "Kigali"),
               ("Cap Digital", "Paris"), ("Politecnico di Torino", "Turin"), ("Tecnalia", "Derio"),
               ("Paystream Technologies Ltd", "Lagos"), ("Datagrove Analytics", "Abuja"),
               ("Shamba Logistics", "Nairobi"), ("NordData Oy", "Helsinki"))
GOLD["afridata-bridge-kickoff-lagos-2024.txt"] = dict(
entities=[
 E(AB, "project"), E("Lagos", "place", "NG"), E("Horizon Europe", "programme"),
 E(CC, "company", "NG", "CcHUB"), E("Yaba", "place", "NG"),
 E("Hauwa Bello", "person", "NG"), E(NITDA, "public_body", "NG", "NITDA"),
 E(FOKUS, "research_org", "DE", "Fraunhofer FOKUS"), E("Berlin", "place", "DE"),
 E(HADEA, "public_body", None, "HaDEA"), E("Gaia-X", "network", None, "Gaia-X association"),
 E("Markus Brandt", "person", "DE"),
 E("University of Lagos", "university", "NG", "UNILAG"),
 E(LADIC, "cluster", "NG", "LaDIC"),
 E("iHub", "company", "KE"), E("Nairobi", "place", "KE"),
 E(ITIDA, "public_body", "EG", "ITIDA"), E("Cairo", "place", "EG"),
 E("Smart Africa", "network", "RW"), E("Kigali", "place", "RW"),
 E("Cap Digital", "cluster", "FR"), E("Paris", "place", "FR"),
 E("Politecnico di Torino", "university", "IT"), E("Turin", "place", "IT"),
 E("Tecnalia", "research_org", "ES"), E("Derio", "place", "ES"),
 E("Paystream Technologies Ltd", "company", "NG", "Paystream Technologies"),
 E("Datagrove Analytics", "company", "NG"), E("Abuja", "place", "NG"),
 E("Shamba Logistics", "company", "KE"), E("NordData Oy", "company", "FI"),
 E("Helsinki", "place", "FI"),
 E("Adaeze Okonkwo", "person", "NG"), E(NDPC, "public_body", "NG", "NDPC"),
 E("Chidi Nwosu", "person", "NG"), E("Lekki", "place", "NG"),
 E("VivaTech 2023", "event", "FR"), E(ACN, "network"),
 E("VivaTech 2024", "event", "FR"), E("GITEX Africa 2024", "event", "MA"),
 E("Marrakech", "place", "MA"), E("Sofia Lindqvist", "person"),
 E("Delegation of the European Union to Nigeria", "public_body"),
 E("Lekki Free Zone", "place", "NG"),
],
relations=[
 R(AB, "funded_by", "Horizon Europe"), R(AB, "funded_by", HADEA),
 R(CC, "located_in", "Yaba"),
 R("Hauwa Bello", "works_for", NITDA),
 R(FOKUS, "leads", AB),
 R("Markus Brandt", "works_for", FOKUS), R("Markus Brandt", "leads", AB),
 *[R(o, "consortium_member_of", AB) for o, _ in AB_PARTNERS],
 *[R(o, "located_in", t) for o, t in AB_PARTNERS if t],
 R("Adaeze Okonkwo", "works_for", "University of Lagos"),
 R("Chidi Nwosu", "works_for", LADIC),
 R(LADIC, "met_with", "Cap Digital"), R(LADIC, "partner_of", "Cap Digital"),
 R(LADIC, "participated_in", "VivaTech 2023"), R("Cap Digital", "participated_in", "VivaTech 2023"),
 R("VivaTech 2023", "located_in", "Paris"),
 R(LADIC, "member_of", ACN),
 R("Cap Digital", "participated_in", "VivaTech 2024"),
 R("GITEX Africa 2024", "located_in", "Marrakech"),
 R("Sofia Lindqvist", "works_for", HADEA),
])

# --- newsletter (md): Egyptian renewable-energy cluster ---------------------------
AREC = "Aswan Renewable Energy Cluster"
EEHH = "Renewable Energy Hamburg Cluster"
ISE = "Fraunhofer Institute for Solar Energy Systems"
NREA = "New and Renewable Energy Authority"
H2 = "H2-NILE"
FORUM_EG = "Egypt–EU Sustainable Energy Forum"
SUN = "SUNSKILLS"
WFES = "World Future Energy Summit 2024"
EG_MEMBERS = (("Nubia Solar Services", "Aswan"), ("Delta PV Mounting", "10th of Ramadan City"),
              ("Kom Ombo Green Energy", "Kom Ombo"))
GOLD["aswan-renewable-energy-cluster-newsletter-2023.md"] = dict(
entities=[
 E(AREC, "cluster", "EG", "AREC"), E("Benban", "place", "EG"), E("Upper Egypt", "place", "EG"),
 E("Hany El-Sayed", "person", "EG"),
 E("Intersolar Europe", "event", "DE"), E("Munich", "place", "DE"),
 E(EEHH, "cluster", "DE", "EEHH"), E("Hamburg", "place", "DE"),
 E("Katrin Vogel", "person", "DE"),
 *[E(c, "company", "EG") for c, _ in EG_MEMBERS],
 E("Aswan", "place", "EG"), E("10th of Ramadan City", "place", "EG"), E("Kom Ombo", "place", "EG"),
 E(ISE, "research_org", "DE", "Fraunhofer ISE"),
 E(H2, "project"), E("Interreg NEXT MED", "programme"), E("Freiburg", "place", "DE"),
 E(NREA, "public_body", "EG", "NREA"), E("Aswan University", "university", "EG"),
 E("Cyprus Institute", "research_org", "CY"),
 E(FORUM_EG, "event", "EG"), E("Cairo", "place", "EG"),
 E("Delegation of the European Union to Egypt", "public_body"),
 E(SUN, "project"), E("Erasmus+", "programme"),
 E("Nile University", "university", "EG"), E("Sheikh Zayed City", "place", "EG"),
 E("University of Jaén", "university", "ES"), E("Jaén", "place", "ES"),
 E("Technical University of Crete", "university", "GR"),
 E("Mona Farouk", "person", "EG"),
 E("Egypt Energy", "event", "EG"), E("Informa Markets", "company", "GB"),
 E("Moroccan Solar Energy Agency", "public_body", "MA", "MASEN"),
 E("Africa Solar Industry Association", "network", None, "AFSIA"),
 E("Egyptian Solar Energy Development Association", "network", "EG", "SEDA"),
 E(WFES, "event", "AE"), E("Abu Dhabi", "place", "AE"),
],
relations=[
 R(AREC, "located_in", "Aswan"),
 R("Hany El-Sayed", "works_for", AREC),
 R("Intersolar Europe", "located_in", "Munich"),
 R(AREC, "participated_in", "Intersolar Europe"), R(EEHH, "participated_in", "Intersolar Europe"),
 R(AREC, "partner_of", EEHH), R(EEHH, "located_in", "Hamburg"),
 R("Katrin Vogel", "works_for", EEHH),
 *[R(c, "member_of", AREC) for c, _ in EG_MEMBERS],
 *[R(c, "participated_in", "Intersolar Europe") for c, _ in EG_MEMBERS],
 *[R(c, "located_in", t) for c, t in EG_MEMBERS],
 R(AREC, "met_with", ISE),
 R(H2, "funded_by", "Interreg NEXT MED"), R(ISE, "leads", H2), R(ISE, "located_in", "Freiburg"),
 *[R(o, "consortium_member_of", H2) for o in (
   ISE, AREC, NREA, "Aswan University", "Cyprus Institute", "Nubia Solar Services")],
 R(FORUM_EG, "located_in", "Cairo"),
 R("Delegation of the European Union to Egypt", "organized", FORUM_EG), R(NREA, "organized", FORUM_EG),
 R(SUN, "funded_by", "Erasmus+"), R("University of Jaén", "leads", SUN),
 *[R(o, "consortium_member_of", SUN) for o in (
   AREC, "Aswan University", "Nile University", "University of Jaén", "Technical University of Crete")],
 R("Nile University", "located_in", "Sheikh Zayed City"), R("University of Jaén", "located_in", "Jaén"),
 R("Mona Farouk", "works_for", AREC),
 R("Egypt Energy", "located_in", "Cairo"), R("Informa Markets", "organized", "Egypt Energy"),
 R(AREC, "participated_in", "Egypt Energy"),
 R("Moroccan Solar Energy Agency", "participated_in", "Egypt Energy"),
 R(AREC, "met_with", "Moroccan Solar Energy Agency"),
 R(AREC, "member_of", "Africa Solar Industry Association"),
 R("Kom Ombo Green Energy", "member_of", "Egyptian Solar Energy Development Association"),
 R(WFES, "located_in", "Abu Dhabi"),
 R(AREC, "participated_in", WFES), R(EEHH, "participated_in", WFES),
])

# --- event news (HTML): European cluster pavilion at GITEX Global, Dubai ----------
GITEX = "GITEX Global 2023"
SS = "Silicon Saxony"
EUG = "EU-GULF DIGITAL"
SMP = "Single Market Programme"
MAZ = "Mazovia ICT Cluster"
ITL = "Estonian Association of Information Technology and Telecommunications"
DSO = "Dubai Silicon Oasis"
DCDE = "Dubai Chamber of Digital Economy"
MBZUAI = "Mohamed bin Zayed University of Artificial Intelligence"
TDRA = "Telecommunications and Digital Government Regulatory Authority"
ENS = "Expand North Star 2024"
SEMI = "SEMICON Europa 2024"
PAV = ((SS, "QuantSense GmbH"), ("Cap Digital", "Lumio AI SAS"), (MAZ, "Skladio Sp. z o.o."),
       (ITL, "Kratt Robotics OÜ"))
GOLD["european-clusters-gitex-global-dubai-2023.html"] = dict(
entities=[
 E(GITEX, "event", "AE", "GITEX Global"), E("Dubai", "place", "AE"),
 E(SS, "cluster", "DE"), E("Dresden", "place", "DE"),
 E(EUG, "project"), E("Euroclusters", "programme"), E(SMP, "programme"),
 E("Cap Digital", "cluster", "FR"), E("Paris", "place", "FR"),
 E(MAZ, "cluster", "PL"), E("Warsaw", "place", "PL"),
 E(ITL, "network", "EE", "ITL"), E("Tallinn", "place", "EE"),
 *[E(c, "company", cc) for (_, c), cc in zip(PAV, ("DE", "FR", "PL", "EE"))],
 E("Enterprise Europe Network", "network", None, "EEN"),
 E("Hub71", "cluster", "AE"), E("Abu Dhabi", "place", "AE"),
 E("Claire Moreau", "person", "FR"),
 E(DSO, "public_body", "AE", "DSO"), E("Katrin Lehmann", "person", "DE"),
 E("Omar Al Hashimi", "person", "AE"), E(DCDE, "public_body", "AE"),
 E(MBZUAI, "university", "AE", "MBZUAI"),
 E("Jebel Ali Smart Freight", "company", "AE"),
 E("Tomasz Wiśniewski", "person", "PL"), E("Kadri Tamm", "person", "EE"),
 E(TDRA, "public_body", "AE", "TDRA"),
 E(ENS, "event", "AE"), E("Dubai Harbour", "place", "AE"),
 E(SEMI, "event", "DE"), E("Munich", "place", "DE"),
],
relations=[
 R(GITEX, "located_in", "Dubai"),
 R(SS, "located_in", "Dresden"), R(SS, "leads", EUG), R(EUG, "funded_by", SMP),
 *[R(cl, "consortium_member_of", EUG) for cl, _ in PAV],
 R("Cap Digital", "located_in", "Paris"), R(MAZ, "located_in", "Warsaw"), R(ITL, "located_in", "Tallinn"),
 *[R(cl, "participated_in", GITEX) for cl, _ in PAV],
 *[R(c, "participated_in", GITEX) for _, c in PAV],
 *[R(c, "member_of", cl) for cl, c in PAV],
 R("Enterprise Europe Network", "participated_in", GITEX),
 R("Cap Digital", "partner_of", "Hub71"), R("Hub71", "located_in", "Abu Dhabi"),
 R("Hub71", "participated_in", GITEX),
 R("Claire Moreau", "works_for", "Cap Digital"),
 R(SS, "met_with", DSO), R(DSO, "participated_in", GITEX),
 R("Katrin Lehmann", "works_for", SS), R("Katrin Lehmann", "leads", EUG),
 R("Omar Al Hashimi", "works_for", DSO), R("Omar Al Hashimi", "participated_in", GITEX),
 R(DCDE, "participated_in", GITEX),
 R(MAZ, "met_with", MBZUAI), R(MBZUAI, "located_in", "Abu Dhabi"),
 R("Kratt Robotics OÜ", "partner_of", "Jebel Ali Smart Freight"),
 R("Jebel Ali Smart Freight", "located_in", "Dubai"),
 R("Tomasz Wiśniewski", "works_for", MAZ), R("Kadri Tamm", "works_for", ITL),
 R(ITL, "met_with", TDRA), R(TDRA, "participated_in", GITEX),
 R(ENS, "located_in", "Dubai Harbour"),
 *[R(cl, "participated_in", ENS) for cl, _ in PAV],
 R(SEMI, "located_in", "Munich"), R(DSO, "participated_in", SEMI),
])

# --- consortium kick-off: Israeli-European digital health (Haifa) -----------------
CT = "CARDIOTWIN"
TECH = "Technion – Israel Institute of Technology"
IIA = "Israel Innovation Authority"
RAMBAM = "Rambam Health Care Campus"
UPF = "Universitat Pompeu Fabra"
MEDICEN = "Medicen Paris Region"
CARMEL = "Carmel Digital Health Cluster"
MDHD = "Medicen Digital Health Day"
BHHS = "Barcelona Health Hub Summit"
ISERD = "Israel–Europe R&D Directorate"
IATI = "Israel Advanced Technology Industries"
MIX = "MIXiii Health-Tech.IL"
CT_PARTNERS = ((TECH, "Haifa"), (RAMBAM, "Haifa"), (CHARITE, None), ("KU Leuven", "Leuven"),
               ("Karolinska Institutet", "Stockholm"), (UPF, "Barcelona"), (MEDICEN, None),
               ("Biocat", "Catalonia"), (CARMEL, "Haifa"), ("PulseTwin Ltd", "Tel Aviv"),
               ("Kardiolytics GmbH", "Munich"), ("Heartwise Analytics BV", "Eindhoven"))
GOLD["cardiotwin-consortium-kickoff-haifa-2024.txt"] = dict(
entities=[
 E(CT, "project"), E("Haifa", "place", "IL"), E("Horizon Europe", "programme"),
 E(TECH, "university", "IL", "Technion"), E(HADEA, "public_body", None, "HaDEA"),
 E(IIA, "public_body", "IL"), E("Noa Ben-David", "person", "IL"),
 E(RAMBAM, "research_org", "IL", "Rambam"), E(CHARITE, "university", "DE", "Charité"),
 E("KU Leuven", "university", "BE"), E("Leuven", "place", "BE"),
 E("Karolinska Institutet", "university", "SE"), E("Stockholm", "place", "SE"),
 E(UPF, "university", "ES", "UPF"), E("Barcelona", "place", "ES"),
 E(MEDICEN, "cluster", "FR", "Medicen"), E("Biocat", "cluster", "ES"),
 E("Catalonia", "place", "ES"),
 E(CARMEL, "cluster", "IL", "Carmel cluster"),
 E("PulseTwin Ltd", "company", "IL", "PulseTwin"), E("Tel Aviv", "place", "IL"),
 E("Kardiolytics GmbH", "company", "DE"), E("Munich", "place", "DE"),
 E("Heartwise Analytics BV", "company", "NL"), E("Eindhoven", "place", "NL"),
 E("Lukas Hoffmann", "person", "DE"), E("Yael Mizrahi", "person", "IL"),
 E("Jan Verbeke", "person", "BE"),
 E("Haifa Municipality", "public_body", "IL"), E("Avi Shapiro", "person", "IL"),
 E("Hélène Garnier", "person", "FR"), E(MDHD, "event", "FR"), E("Paris", "place", "FR"),
 E(BHHS, "event", "ES"),
 E(ISERD, "public_body", "IL", "ISERD"), E(IATI, "network", "IL", "IATI"),
 E(MIX, "event", "IL"), E("Jerusalem", "place", "IL"),
 E("EIT Health", "network"), E("Wild Card", "programme", None, "Wild Card programme"),
 E("Ana Costa", "person"),
],
relations=[
 R(CT, "funded_by", "Horizon Europe"), R(CT, "funded_by", HADEA), R(CT, "funded_by", IIA),
 R(TECH, "leads", CT),
 R("Noa Ben-David", "works_for", TECH), R("Noa Ben-David", "leads", CT),
 *[R(o, "consortium_member_of", CT) for o, _ in CT_PARTNERS],
 *[R(o, "located_in", t) for o, t in CT_PARTNERS if t],
 R("Lukas Hoffmann", "works_for", CHARITE), R("Yael Mizrahi", "works_for", RAMBAM),
 R("Jan Verbeke", "works_for", "KU Leuven"),
 R(CARMEL, "partner_of", MEDICEN), R(CARMEL, "partner_of", "Biocat"),
 R("Avi Shapiro", "works_for", CARMEL), R("PulseTwin Ltd", "member_of", CARMEL),
 R("Hélène Garnier", "works_for", MEDICEN), R(MEDICEN, "organized", MDHD),
 R(MDHD, "located_in", "Paris"),
 R("Biocat", "participated_in", BHHS),
 R(MIX, "located_in", "Jerusalem"), R("Noa Ben-David", "participated_in", MIX),
 R("PulseTwin Ltd", "participated_in", MIX),
 *[R(o, "member_of", "EIT Health") for o in ("KU Leuven", "Karolinska Institutet", CHARITE)],
 R("Ana Costa", "works_for", HADEA),
])

# --- mission report (md): Galician food cluster in Saudi Arabia -------------------
CLUSAGA = "Clúster Alimentario de Galicia"
ICEX = "ICEX España Exportación e Inversiones"
OFC = "Economic and Commercial Office of the Embassy of Spain in Riyadh"
IGAPE = "Instituto Galego de Promoción Económica"
SFDA = "Saudi Food and Drug Authority"
MEWA = "Ministry of Environment, Water and Agriculture"
SALIC = "Saudi Agricultural and Livestock Investment Company"
FOODEX = "Foodex Saudi 2023"
KAUST = "King Abdullah University of Science and Technology"
CETMAR = "Centro Tecnológico del Mar"
SFS = "Saudi Food Show 2024"
GAL = (("Conservas Ría de Arousa SL", "Vilagarcía de Arousa", "Conservas Ría de Arousa"),
       ("Lácteos do Miño SA", "Lugo", "Lácteos do Miño"), ("Pescados Rías Baixas", "Vigo", None),
       ("Augas de Sobrado", "Sobrado", None), ("Mel Montes de Ourense", "Ourense", None),
       ("Empanadas Ferrol SL", "Ferrol", None))
GOLD["galician-food-cluster-saudi-mission-2023.md"] = dict(
entities=[
 E(CLUSAGA, "cluster", "ES", "CLUSAGA"), E("Galicia", "place", "ES"),
 E("Riyadh", "place", "SA"), E("Jeddah", "place", "SA"),
 E(ICEX, "public_body", "ES", "ICEX"), E(OFC, "public_body", "ES"),
 E(IGAPE, "public_body", "ES", "IGAPE"), E("Galicia Exporta Dixital", "programme", "ES"),
 E("PortugalFoods", "network", "PT"), E("Manuel Varela", "person", "ES"),
 E(SFDA, "public_body", "SA", "SFDA"), E(MEWA, "public_body", "SA", "MEWA"),
 E("Abdulaziz Al-Qahtani", "person", "SA"),
 E("Federation of Saudi Chambers", "public_body", "SA"),
 E("Al Nakheel Foods", "company", "SA"), E("Almarai", "company", "SA"),
 E("Al Kharj", "place", "SA"), E(SALIC, "company", "SA", "SALIC"),
 E(FOODEX, "event", "SA"), E("Riyadh Exhibitions Company", "company", "SA"),
 *[E(c, "company", "ES", *([a] if a else [])) for c, _, a in GAL],
 *[E(t, "place", "ES") for _, t, _ in GAL],
 E("Red Sea Gourmet Trading", "company", "SA"), E("Tamimi Markets", "company", "SA"),
 E(KAUST, "university", "SA", "KAUST"), E("Thuwal", "place", "SA"),
 E("Center for Desert Agriculture", "research_org", "SA"),
 E(CETMAR, "research_org", "ES", "CETMAR"),
 E("PRIMA", "programme"),
 E(SFS, "event", "SA"), E("Conxemar", "event", "ES"),
 E("Noelia Castro", "person", "ES"),
],
relations=[
 R(CLUSAGA, "located_in", "Galicia"),
 R(OFC, "located_in", "Riyadh"),
 R("Manuel Varela", "works_for", CLUSAGA), R("Noelia Castro", "works_for", CLUSAGA),
 R(CLUSAGA, "met_with", SFDA), R(CLUSAGA, "met_with", MEWA),
 R("Abdulaziz Al-Qahtani", "works_for", MEWA),
 R(CLUSAGA, "met_with", "Al Nakheel Foods"), R(CLUSAGA, "met_with", "Almarai"),
 R("Almarai", "located_in", "Al Kharj"),
 R(SALIC, "met_with", "PortugalFoods"), R(SALIC, "met_with", CLUSAGA),
 R(FOODEX, "located_in", "Jeddah"), R("Riyadh Exhibitions Company", "organized", FOODEX),
 R(CLUSAGA, "participated_in", FOODEX),
 *[R(c, "participated_in", FOODEX) for c, _, _ in GAL],
 *[R(c, "member_of", CLUSAGA) for c, _, _ in GAL],
 *[R(c, "located_in", t) for c, t, _ in GAL],
 R("Conservas Ría de Arousa SL", "partner_of", "Red Sea Gourmet Trading"),
 R("Red Sea Gourmet Trading", "located_in", "Jeddah"),
 R("Lácteos do Miño SA", "met_with", "Tamimi Markets"),
 R(CLUSAGA, "met_with", KAUST), R(KAUST, "located_in", "Thuwal"),
 R(CETMAR, "located_in", "Vigo"), R(CETMAR, "member_of", CLUSAGA),
 R(SFS, "located_in", "Riyadh"), R(CLUSAGA, "participated_in", SFS),
 R("PortugalFoods", "participated_in", SFS),
 R("Conxemar", "located_in", "Vigo"), R("Conxemar", "located_in", "Galicia"),
])


def doc_text(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"<[^>]+>", " ", text)
    return text


def check():
    problems = []
    for doc, gold in GOLD.items():
        path = DOCS / doc
        if not path.is_file():
            problems.append(f"{doc}: document missing")
            continue
        text = doc_text(path)
        words = len(text.split())
        if not 450 <= words <= 650:
            problems.append(f"{doc}: {words} words")
        ents = {}
        forms = {}
        for e in gold["entities"]:
            if e["name"] in ents:
                problems.append(f"{doc}: duplicate entity {e['name']}")
            ents[e["name"]] = e
            if e["type"] not in TYPES:
                problems.append(f"{doc}: bad type {e['type']} for {e['name']}")
            c = e["country"]
            if c is not None and not re.fullmatch(r"[A-Z]{2}", c):
                problems.append(f"{doc}: bad country {c} for {e['name']}")
            for form in [e["name"], *e["aliases"]]:
                if form in forms and forms[form] != e["name"]:
                    problems.append(f"{doc}: form {form!r} used by two entities")
                forms[form] = e["name"]
                if form not in text:
                    problems.append(f"{doc}: {form!r} ({e['name']}) not in the text")
        if not 25 <= len(ents) <= 45:
            problems.append(f"{doc}: {len(ents)} entities")
        rels = gold["relations"]
        if not 25 <= len(rels) <= 50:
            problems.append(f"{doc}: {len(rels)} relations")
        seen = set()
        used = set()
        for r in rels:
            s, p, o = r["subject"], r["predicate"], r["object"]
            if p not in ALLOWED:
                problems.append(f"{doc}: unknown predicate {p}")
                continue
            if s not in ents or o not in ents:
                problems.append(f"{doc}: undeclared end in {s} {p} {o}")
                continue
            st, ot = ALLOWED[p]
            if ents[s]["type"] not in st or ents[o]["type"] not in ot:
                problems.append(f"{doc}: types {ents[s]['type']} {p} {ents[o]['type']} ({s} -> {o})")
            if s == o:
                problems.append(f"{doc}: self relation {s} {p}")
            key = (p, frozenset((s, o))) if p in SYMMETRIC else (p, s, o)
            if key in seen:
                problems.append(f"{doc}: duplicate relation {s} {p} {o}")
            seen.add(key)
            used.update((s, o))
        lonely = sorted(set(ents) - used)
        if lonely:
            print(f"  note {doc}: entities without relation: {', '.join(lonely)}")
    if problems:
        raise SystemExit("\n".join(problems))


check()
for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
