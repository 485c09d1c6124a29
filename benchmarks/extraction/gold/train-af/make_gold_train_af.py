"""Hand annotations of the `train-af` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-af/make_gold_train_af.py

Theme: the Gulf, Turkey, North Africa and Israel (science parks, free zones,
agencies) with their European partners. Same rules as make_gold.py (README,
"Documents and gold"), written by a separate annotator. Conventions used here:

- science parks, technology parks, technoparks, free zones and incubators that
  act as an organisation are `cluster` (as "Technology Park Ljubljana" in
  DOMAIN.md); national/regional agencies, ministries, chambers are `public_body`;
  hospitals and stand-alone institutes are `research_org`.
- "hosted/co-organised the event" -> `organized`; "signed at EVENT" or
  "met X at EVENT" -> both parties `participated_in` EVENT; a visit of a
  delegation to an organisation -> `met_with`; tenants / incubated start-ups of
  a park -> `member_of` the park.
- planned participations stated as decided ("will lead a delegation to ...")
  are annotated like past ones; proposals (submitted or in preparation) get
  `consortium_member_of`, `leads` and `funded_by` like funded projects.
- `located_in` only when the text says where the organisation/event is (an
  organisation's name containing a city is not enough).
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-af"

# --- copied from DOMAIN.md ---------------------------------------------------------
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


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- 1. annual-report chapter: Dubai Science Park ----------------------------------
DSP = "Dubai Science Park"
MVA = "Medicon Valley Alliance"
BES = "BIO-Europe Spring"
BIO = "BIO International Convention"
DHA = "Dubai Health Authority"
MBRU = "Mohammed Bin Rashid University of Medicine and Health Sciences"
DMD = "Dubai-Munich Life Sciences Day"
MG = "MENA-GENOME"
UCPH = "University of Copenhagen"
LMU = "Ludwig-Maximilians-Universität München"
CEBR = "Council of European BioRegions"
GOLD["dubai-science-park-annual-report-2023.md"] = dict(
entities=[
 E(DSP, "cluster", "AE", "DSP"), E("TECOM Group", "company", "AE"), E("Dubai", "place", "AE"),
 E("Marwan Al Hashimi", "person", "AE"), E("Munich", "place", "DE"), E("Lyon", "place", "FR"),
 E("Copenhagen", "place", "DK"),
 E("BioM", "cluster", "DE"), E("Bavaria", "place", "DE"), E("Lyonbiopôle", "cluster", "FR"),
 E(BES, "event", "CH"), E("Basel", "place", "CH"), E(MVA, "cluster", "DK", "MVA"),
 E("Health Cluster Portugal", "cluster", "PT"), E("Katrin Weiß", "person", "DE"),
 E("Arab Health", "event", "AE"), E("biosaxony", "cluster", "DE"), E("flanders.bio", "cluster", "BE"),
 E("Dubai Chamber of Commerce", "public_body", "AE"), E(BIO, "event", "US"), E("Boston", "place", "US"),
 E(DHA, "public_body", "AE", "DHA"), E(MBRU, "university", "AE", "MBRU"), E(DMD, "event", "AE"),
 E("Genomix Gulf", "company", "AE"), E("Cellaris GmbH", "company", "DE"),
 E("Al Noor Diagnostics", "company", "AE"), E("Rhône Diagnostics SAS", "company", "FR"),
 E("Falcon MedTech", "company", "AE"), E(MG, "project"), E("Horizon Europe", "programme"),
 E(UCPH, "university", "DK"), E("Khalifa University", "university", "AE"), E("Abu Dhabi", "place", "AE"),
 E(LMU, "university", "DE", "LMU"), E(CEBR, "network", None, "CEBR"),
 E("Fatima Al Zarooni", "person", "AE", "Al Zarooni"), E("Omar Haddad", "person", "AE", "Haddad"),
],
relations=[
 R(DSP, "located_in", "Dubai"), R("Marwan Al Hashimi", "works_for", DSP),
 R(DSP, "partner_of", "BioM"), R("BioM", "located_in", "Munich"),
 R(DSP, "partner_of", "Lyonbiopôle"), R("Lyonbiopôle", "located_in", "Lyon"),
 R(DSP, "participated_in", BES), R("Lyonbiopôle", "participated_in", BES), R(BES, "located_in", "Basel"),
 R(DSP, "partner_of", MVA), R(MVA, "located_in", "Copenhagen"),
 R(DSP, "partner_of", "Health Cluster Portugal"),
 R("Katrin Weiß", "works_for", "BioM"),
 R(DSP, "participated_in", "Arab Health"), R("Arab Health", "located_in", "Dubai"),
 R(DSP, "met_with", "biosaxony"), R(DSP, "met_with", "flanders.bio"),
 R("biosaxony", "participated_in", "Arab Health"), R("flanders.bio", "participated_in", "Arab Health"),
 R("Dubai Chamber of Commerce", "participated_in", BES),
 R(DSP, "participated_in", BIO), R(DHA, "participated_in", BIO), R(BIO, "located_in", "Boston"),
 R(DSP, "organized", DMD), R("BioM", "organized", DMD), R(MBRU, "organized", DMD),
 R(DMD, "located_in", "Dubai"),
 R("Genomix Gulf", "partner_of", "Cellaris GmbH"), R("Cellaris GmbH", "located_in", "Munich"),
 R("Genomix Gulf", "participated_in", BES), R("Cellaris GmbH", "participated_in", BES),
 R("Al Noor Diagnostics", "met_with", "Rhône Diagnostics SAS"),
 R("Rhône Diagnostics SAS", "located_in", "Lyon"),
 R("Al Noor Diagnostics", "participated_in", "Arab Health"),
 R("Rhône Diagnostics SAS", "participated_in", "Arab Health"),
 R("Falcon MedTech", "member_of", MVA),
 *[R(c, "member_of", DSP) for c in ("Genomix Gulf", "Al Noor Diagnostics", "Falcon MedTech")],
 R(MG, "funded_by", "Horizon Europe"), R(UCPH, "leads", MG),
 *[R(o, "consortium_member_of", MG) for o in (
   DSP, UCPH, "Khalifa University", LMU, "Genomix Gulf")],
 R("Khalifa University", "located_in", "Abu Dhabi"),
 R(DSP, "member_of", CEBR),
 R("Fatima Al Zarooni", "works_for", DSP), R("Omar Haddad", "works_for", DSP),
])

# --- 2. delegation report: QSTP in the Netherlands and Belgium --------------------
QSTP = "Qatar Science & Technology Park"
QRDI = "Qatar Research, Development and Innovation Council"
HBKU = "Hamad Bin Khalifa University"
HTCE = "High Tech Campus Eindhoven"
TUE = "Eindhoven University of Technology"
DC = "DESERTCHIP"
FIT = "Flanders Investment & Trade"
DSH = "Digital Synergy Hub"
FF = "Flanders' FOOD"
AWEX = "Wallonia Export & Investment Agency"
IASP = "International Association of Science Parks and Areas of Innovation"
IWC = "IASP World Conference"
QA_STARTUPS = ("Dhow Robotics", "Lusail Photonics", "Qamar AI", "Sidra Agritech",
               "Pearl Thermal Systems")
GOLD["qstp-benelux-innovation-mission-2024.md"] = dict(
entities=[
 E(QSTP, "cluster", "QA", "QSTP"), E("Qatar Foundation", "public_body", "QA"),
 E("Doha", "place", "QA"), E("Education City", "place", "QA"),
 E("Eindhoven", "place", "NL"), E("Leuven", "place", "BE"), E("Antwerp", "place", "BE"),
 E(QRDI, "public_body", "QA", "QRDI Council"),
 E("Netherlands Enterprise Agency", "public_body", "NL", "RVO"),
 E("Hamad Al-Kuwari", "person", "QA", "Al-Kuwari"), E("Noor Al-Mannai", "person", "QA", "Al-Mannai"),
 E("Yousef Al-Sulaiti", "person", "QA", "Al-Sulaiti"), E(HBKU, "university", "QA", "HBKU"),
 *[E(c, "company", "QA") for c in QA_STARTUPS],
 E(HTCE, "cluster", "NL"), E("Pieter de Vries", "person", "NL", "de Vries"),
 E("Brainport Development", "public_body", "NL"), E(TUE, "university", "NL", "TU Eindhoven"),
 E("PhotonDelta", "cluster", "NL"), E("Effect Photonics", "company", "NL"),
 E("Kiemeling Climate BV", "company", "NL"),
 E("imec", "research_org", "BE"), E("KU Leuven", "university", "BE"),
 E("Annelies Claes", "person", "BE"), E(DC, "project"), E("Horizon Europe", "programme"),
 E(FIT, "public_body", "BE", "FIT"), E(DSH, "cluster", "BE", "DSH"), E(FF, "cluster", "BE"),
 E("ITF World", "event", "BE"),
 E(AWEX, "public_body", "BE", "AWEX"), E("Wallonia", "place", "BE"),
 E(IASP, "network", None, "IASP"), E(IWC, "event", "KE"), E("Nairobi", "place", "KE"),
],
relations=[
 R(QSTP, "located_in", "Doha"), R(QSTP, "located_in", "Education City"),
 R("Hamad Al-Kuwari", "works_for", QSTP), R("Noor Al-Mannai", "works_for", QSTP),
 R("Yousef Al-Sulaiti", "works_for", HBKU),
 *[R(c, "member_of", QSTP) for c in QA_STARTUPS],
 R(HTCE, "located_in", "Eindhoven"), R("Pieter de Vries", "works_for", HTCE),
 R(QSTP, "partner_of", HTCE),
 R(QSTP, "met_with", "Brainport Development"), R(QSTP, "met_with", TUE),
 R("Lusail Photonics", "met_with", "PhotonDelta"), R("Lusail Photonics", "met_with", "Effect Photonics"),
 R("Pearl Thermal Systems", "partner_of", "Kiemeling Climate BV"),
 R("Kiemeling Climate BV", "member_of", HTCE),
 R(QSTP, "met_with", "imec"), R(QSTP, "met_with", "KU Leuven"),
 R("imec", "located_in", "Leuven"), R("KU Leuven", "located_in", "Leuven"),
 R("Annelies Claes", "works_for", "KU Leuven"),
 R(DC, "funded_by", "Horizon Europe"), R(HBKU, "leads", DC),
 *[R(o, "consortium_member_of", DC) for o in (HBKU, "KU Leuven", "imec", "Qamar AI")],
 R(QSTP, "met_with", FIT), R(QSTP, "met_with", DSH), R(QSTP, "met_with", FF),
 R(FF, "partner_of", "Sidra Agritech"),
 R("imec", "organized", "ITF World"), R("ITF World", "located_in", "Antwerp"),
 R(QSTP, "participated_in", "ITF World"), R("Dhow Robotics", "participated_in", "ITF World"),
 R("Qamar AI", "participated_in", "ITF World"), R("Noor Al-Mannai", "participated_in", "ITF World"),
 R(QSTP, "met_with", AWEX), R(AWEX, "participated_in", "ITF World"),
 R(AWEX, "located_in", "Wallonia"),
 R(QSTP, "member_of", IASP), R(HTCE, "member_of", IASP),
 R(IASP, "organized", IWC), R(IWC, "located_in", "Nairobi"),
 R(QSTP, "participated_in", IWC), R(HTCE, "participated_in", IWC),
])

# --- 3. press release: Teknopark Istanbul / Silicon Saxony MoU ---------------------
TI = "Teknopark Istanbul"
SS = "Silicon Saxony"
SE = "SEMICON Europa"
MIT = "Ministry of Industry and Technology"
SMWA = "Saxon State Ministry for Economic Affairs, Labour and Transport"
STF = "Saxony-Türkiye Microelectronics Forum"
SD = "SENSEDRIVE"
AM = "Anadolu Mikroelektronik A.Ş."
BST = "Boğaziçi Sensör Teknolojileri"
ECD = "Elbe Chip Design GmbH"
IPMS = "Fraunhofer Institute for Photonic Microsystems"
AHK = "Turkish-German Chamber of Commerce and Industry"
ITU = "İstanbul Teknik Üniversitesi"
TUD = "Technische Universität Dresden"
SSB = "Presidency of Defence Industries"
GOLD["teknopark-istanbul-silicon-saxony-mou-2023.txt"] = dict(
entities=[
 E(TI, "cluster", "TR"), E(SS, "cluster", "DE", "Silicon Saxony e.V."),
 E("Pendik", "place", "TR"), E("Istanbul", "place", "TR"), E("Dresden", "place", "DE"),
 E(SE, "event", "DE"), E("Munich", "place", "DE"),
 E("Emre Kaya", "person", "TR", "Kaya"), E("Frank Lehmann", "person", "DE"),
 E("Selim Arıkan", "person", "TR"), E(MIT, "public_body", "TR"),
 E(SMWA, "public_body", "DE", "SMWA"), E("Saxony", "place", "DE"), E(STF, "event"),
 E("Eurostars", "programme"), E("EUREKA", "network"), E(SD, "project"),
 E(AM, "company", "TR", "Anadolu Mikroelektronik"), E(BST, "company", "TR"),
 E(ECD, "company", "DE"), E(IPMS, "research_org", "DE", "Fraunhofer IPMS"),
 E(AHK, "public_body", "TR", "AHK Türkei"),
 E("Investment Office of the Presidency of the Republic of Türkiye", "public_body", "TR"),
 E("ASML", "company", "NL"), E("X-FAB Dresden", "company", "DE"),
 E("Kartal Avionik", "company", "TR"), E("Infineon Technologies", "company", "DE"),
 E("Zeynep Aydın", "person", "TR"), E(ITU, "university", "TR", "İTÜ"),
 E(TUD, "university", "DE", "TU Dresden"), E("Hüseyin Şahin", "person", "TR"),
 E("Claudia Neumann", "person", "DE"), E("Sabancı University", "university", "TR"),
 E(SSB, "public_body", "TR", "Savunma Sanayii Başkanlığı", "SSB"),
 E("Istanbul Chamber of Commerce", "public_body", "TR", "İTO"),
 E(IASP, "network", None, "IASP"), E("TEKPARK", "network", "TR"),
 E("European Semiconductor Regions Alliance", "network", None, "ESRA"),
 E("Enterprise Europe Network", "network"),
],
relations=[
 R(TI, "located_in", "Pendik"), R(TI, "located_in", "Istanbul"), R(SS, "located_in", "Dresden"),
 R(TI, "partner_of", SS),
 R(TI, "participated_in", SE), R(SS, "participated_in", SE), R(SE, "located_in", "Munich"),
 R("Emre Kaya", "works_for", TI), R("Frank Lehmann", "works_for", SS),
 R("Selim Arıkan", "works_for", MIT),
 R("Emre Kaya", "participated_in", SE), R("Frank Lehmann", "participated_in", SE),
 R("Selim Arıkan", "participated_in", SE), R(SMWA, "participated_in", SE),
 R(TI, "organized", STF), R(SS, "organized", STF),
 R(STF, "located_in", "Dresden"), R(STF, "located_in", "Istanbul"),
 R(SD, "funded_by", "Eurostars"), R(TI, "leads", SD),
 *[R(o, "consortium_member_of", SD) for o in (TI, AM, BST, ECD, IPMS)],
 R(AM, "member_of", TI), R(BST, "member_of", TI), R(ECD, "located_in", "Dresden"),
 R(AHK, "participated_in", SE),
 R(AM, "participated_in", SE), R(AM, "met_with", "ASML"), R(AM, "met_with", "X-FAB Dresden"),
 R("ASML", "participated_in", SE), R("X-FAB Dresden", "participated_in", SE),
 R("Kartal Avionik", "participated_in", SE), R("Kartal Avionik", "member_of", TI),
 R("Kartal Avionik", "met_with", "Infineon Technologies"),
 R("Infineon Technologies", "participated_in", SE),
 R("Zeynep Aydın", "works_for", TI),
 R(ITU, "partner_of", TUD), R("Hüseyin Şahin", "works_for", ITU), R("Claudia Neumann", "works_for", TUD),
 R("Sabancı University", "partner_of", IPMS),
 R(TI, "member_of", IASP), R(TI, "member_of", "TEKPARK"),
 R(SS, "located_in", "Saxony"), R(SS, "member_of", "European Semiconductor Regions Alliance"),
 R(SS, "member_of", "Enterprise Europe Network"),
])

# --- 4. newsletter: Technopark (MITC), Morocco ------------------------------------
MITC = "Moroccan Information Technopark Company"
TC = "Technopark Casablanca"
TT = "Technopark Tanger"
GA = "GITEX Africa"
ADD = "Agence de Développement du Digital"
CD = "Cap Digital"
TB = "Casablanca-Paris Tech Bridge"
MDT = "Ministry of Digital Transition and Administrative Reform"
MIH = "MEDINNOHUB"
AE_ = "Andalucía Emprende"
UM6P = "Mohammed VI Polytechnic University"
GOLD["technopark-casablanca-newsletter-2024.txt"] = dict(
entities=[
 E(MITC, "cluster", "MA", "MITC"), E("Casablanca", "place", "MA"), E("Rabat", "place", "MA"),
 E("Tanger", "place", "MA"), E("Agadir", "place", "MA"),
 E(TC, "cluster", "MA"), E(TT, "cluster", "MA"), E("Technopark Agadir", "cluster", "MA"),
 E(GA, "event", "MA", "GITEX Africa 2024"), E(CD, "cluster", "FR"),
 E("Lamia Benjelloun", "person", "MA"), E("Marrakech", "place", "MA"),
 E("KAOUN International", "company", "MA"), E(ADD, "public_body", "MA", "ADD"),
 E("Maroc PME", "public_body", "MA"), E("PayNour", "company", "MA"),
 E("Station F", "cluster", "FR"), E("Paris", "place", "FR"), E("Argan Data", "company", "MA"),
 E("Wagralim", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E(AE_, "public_body", "ES"), E("Business France", "public_body", "FR"),
 E("Mathieu Girard", "person", "FR"), E("Salma Tazi", "person", "MA"),
 E(TB, "project"), E("Bpifrance", "public_body", "FR"), E(MDT, "public_body", "MA"),
 E(MIH, "project"), E("Interreg NEXT MED", "programme"), E("ENI CBC MED", "programme"),
 E("Seville", "place", "ES"), E("Sardegna Ricerche", "public_body", "IT"), E("Cagliari", "place", "IT"),
 E("Elgazala Technopark", "cluster", "TN"), E(UM6P, "university", "MA", "UM6P"),
 E("Ben Guerir", "place", "MA"), E("Youssef El Idrissi", "person", "MA"),
 E("African Association of Science Parks", "network", None, "AASP"),
 E("Université Hassan II de Casablanca", "university", "MA"),
 E("Web Summit", "event", "PT"), E("Lisbon", "place", "PT"),
],
relations=[
 *[R(MITC, "located_in", c) for c in ("Casablanca", "Rabat", "Tanger", "Agadir")],
 R("Lamia Benjelloun", "works_for", MITC),
 R(GA, "located_in", "Marrakech"), R("KAOUN International", "organized", GA),
 R(ADD, "participated_in", GA), R(MITC, "participated_in", GA),
 R("PayNour", "met_with", "Station F"), R("PayNour", "located_in", "Rabat"),
 R("Station F", "located_in", "Paris"), R("PayNour", "member_of", MITC),
 R("PayNour", "participated_in", GA), R("Station F", "participated_in", GA),
 R("Argan Data", "met_with", "Wagralim"), R("Argan Data", "located_in", "Agadir"),
 R("Argan Data", "member_of", MITC), R("Wagralim", "located_in", "Wallonia"),
 R("Argan Data", "participated_in", GA), R("Wagralim", "participated_in", GA),
 R(AE_, "participated_in", GA), R("Business France", "participated_in", GA),
 R(TC, "partner_of", CD), R(CD, "located_in", "Paris"),
 R(TC, "participated_in", GA), R(CD, "participated_in", GA),
 R("Mathieu Girard", "works_for", CD), R("Salma Tazi", "works_for", MITC),
 R(TB, "funded_by", "Bpifrance"), R(TB, "funded_by", MDT),
 R(TC, "consortium_member_of", TB), R(CD, "consortium_member_of", TB),
 R(MIH, "funded_by", "Interreg NEXT MED"), R(AE_, "leads", MIH),
 *[R(o, "consortium_member_of", MIH) for o in (
   TT, AE_, "Sardegna Ricerche", "Elgazala Technopark", UM6P)],
 R(AE_, "located_in", "Seville"), R("Sardegna Ricerche", "located_in", "Cagliari"),
 R(UM6P, "located_in", "Ben Guerir"),
 R("Youssef El Idrissi", "works_for", TT),
 R("Technopark Agadir", "member_of", "African Association of Science Parks"),
 R("Université Hassan II de Casablanca", "partner_of", TC),
 R("Web Summit", "located_in", "Lisbon"), R(MITC, "participated_in", "Web Summit"),
 R("Business France", "participated_in", "Web Summit"),
])

# --- 5. PRIMA consortium kick-off: OLIVAQUA in Sfax -------------------------------
OQ = "OLIVAQUA"
PRIMA = "Partnership for Research and Innovation in the Mediterranean Area"
TS = "Technopole de Sfax"
MESRS = "Ministère de l'Enseignement Supérieur et de la Recherche Scientifique"
AEI = "Agencia Estatal de Investigación"
TUB = "Scientific and Technological Research Council of Türkiye"
CBS = "Centre de Biotechnologie de Sfax"
IO = "Institut de l'Olivier"
PCS = "Pôle de Compétitivité de Sfax"
HBA = "Huilerie Ben Ayed SARL"
UNIBA = "Università degli Studi di Bari Aldo Moro"
DARE = "Distretto Agroalimentare Regionale"
IG = "Instituto de la Grasa"
INRA = "Institut National de la Recherche Agronomique"
IOC = "International Olive Council"
SOD = "Sfax Olive Days"
OQ_PARTNERS = ((CBS, "Sfax"), (IO, "Sfax"), (PCS, "Sfax"), (HBA, "Sfax"), (UNIBA, "Bari"),
               (DARE, "Foggia"), (IG, "Seville"), ("Citoliva", "Mengíbar"),
               ("Ege University", "İzmir"), (INRA, "Meknès"))
GOLD["prima-olivaqua-kickoff-sfax-2022.html"] = dict(
entities=[
 E(OQ, "project"), E(PRIMA, "programme", None, "PRIMA"), E(TS, "cluster", "TN"),
 E("Sfax", "place", "TN"), E("Apulia", "place", "IT"), E("Andalusia", "place", "ES"),
 E(MESRS, "public_body", "TN"), E(AEI, "public_body", "ES", "AEI"),
 E(TUB, "public_body", "TR", "TÜBİTAK"), E(CBS, "research_org", "TN", "CBS"),
 E("Mohamed Chaabouni", "person", "TN"), E(IO, "research_org", "TN"), E(PCS, "cluster", "TN"),
 E(HBA, "company", "TN"), E(UNIBA, "university", "IT", "University of Bari"), E("Bari", "place", "IT"),
 E(DARE, "cluster", "IT", "DARe"), E("Foggia", "place", "IT"), E(IG, "research_org", "ES"),
 E("Seville", "place", "ES"), E("Citoliva", "cluster", "ES"), E("Mengíbar", "place", "ES"),
 E("Ege University", "university", "TR"), E("İzmir", "place", "TR"),
 E(INRA, "research_org", "MA", "INRA Maroc"), E("Meknès", "place", "MA"),
 E("Leila Ben Ammar", "person", "TN"), E("Hichem Trabelsi", "person", "TN"),
 E("Giuseppe Lorusso", "person", "IT"), E("Elif Yılmaz", "person", "TR"),
 E("PRIMA Foundation", "public_body", "ES"), E("Barcelona", "place", "ES"),
 E("Andalucía Agrotech", "network", "ES"), E("Expoliva", "event", "ES"), E("Jaén", "place", "ES"),
 E("MEDWAYCOM", "project"), E("ENI CBC MED", "programme"),
 E(IOC, "public_body", None), E(SOD, "event", "TN"),
],
relations=[
 R(OQ, "funded_by", PRIMA), R(OQ, "funded_by", MESRS), R(OQ, "funded_by", AEI), R(OQ, "funded_by", TUB),
 R(CBS, "leads", OQ), R("Mohamed Chaabouni", "leads", OQ), R("Mohamed Chaabouni", "works_for", CBS),
 *[R(o, "consortium_member_of", OQ) for o, _ in OQ_PARTNERS],
 *[R(o, "located_in", c) for o, c in OQ_PARTNERS],
 R("Leila Ben Ammar", "works_for", TS), R("Hichem Trabelsi", "works_for", PCS),
 R("Giuseppe Lorusso", "works_for", UNIBA), R("Elif Yılmaz", "works_for", "Ege University"),
 R("PRIMA Foundation", "located_in", "Barcelona"),
 R("Citoliva", "member_of", "Andalucía Agrotech"), R("Expoliva", "located_in", "Jaén"),
 R(PCS, "consortium_member_of", "MEDWAYCOM"), R("MEDWAYCOM", "funded_by", "ENI CBC MED"),
 R(CBS, "partner_of", IG),
 R(IOC, "organized", SOD), R(SOD, "located_in", "Sfax"),
 R("Citoliva", "participated_in", SOD), R(PCS, "participated_in", SOD),
])

# --- 6. event news / newsletter: BioJerusalem at BIO-Europe 2022 -------------------
BJ = "BioJerusalem"
BE22 = "BIO-Europe 2022"
JDA = "Jerusalem Development Authority"
HUJ = "Hebrew University of Jerusalem"
AUB = "Auenwald Biologics GmbH"
LBSP = "Leiden Bio Science Park"
JSB = "Jerusalem-Saxony Biotech Breakfast"
WFS = "Saxony Economic Development Corporation"
IZI = "Fraunhofer Institute for Cell Therapy and Immunology"
EP = "EUROPEPTIDE"
LUMC = "Leiden University Medical Center"
IATI = "Israel Advanced Technology Industries association"
GOLD["biojerusalem-bio-europe-leipzig-2022.html"] = dict(
entities=[
 E(BJ, "cluster", "IL"), E(BE22, "event", "DE", "BIO-Europe"), E("Leipzig", "place", "DE"),
 E("Jerusalem", "place", "IL"), E("EBD Group", "company"), E(JDA, "public_body", "IL", "JDA"),
 E("Israel Innovation Authority", "public_body", "IL"), E("Israel Export Institute", "public_body", "IL"),
 E("Tel Aviv", "place", "IL"), E("Yael Shapira", "person", "IL", "Shapira"),
 E("Kinneret Therapeutics", "company", "IL"), E(HUJ, "university", "IL", "Hebrew University"),
 E(AUB, "company", "DE"), E("Ariel Genomics", "company", "IL"), E("Munich", "place", "DE"),
 E("BioM", "cluster", "DE"), E("ShalemBio", "company", "IL"),
 E("Hadasit", "company", "IL"), E("Hadassah Medical Center", "research_org", "IL"),
 E(LBSP, "cluster", "NL"), E("Argenx", "company", "BE"), E("Yissum", "company", "IL"),
 E("Merck KGaA", "company", "DE"), E("biosaxony", "cluster", "DE"), E("Dresden", "place", "DE"),
 E(JSB, "event", "DE"), E("Saxony", "place", "DE"), E("André Hofmann", "person", "DE"),
 E("Avi Ben-David", "person", "IL"), E(WFS, "public_body", "DE", "WFS"),
 E("University of Leipzig", "university", "DE"), E(IZI, "research_org", "DE", "Fraunhofer IZI"),
 E(EP, "project"), E("Horizon Europe", "programme"), E(LUMC, "research_org", "NL", "LUMC"),
 E("Noa Friedman", "person", "IL"), E("EIT Health", "network"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("Michal Levi-Cohen", "person", "IL"), E("BIO-Europe Spring", "event", "CH"), E("Basel", "place", "CH"),
 E("Biomed Israel", "event", "IL"), E(IATI, "network", "IL", "IATI"),
],
relations=[
 R(BJ, "participated_in", BE22), R(BE22, "located_in", "Leipzig"), R("EBD Group", "organized", BE22),
 R(BJ, "located_in", "Jerusalem"),
 R("Israel Innovation Authority", "participated_in", BE22),
 R("Israel Export Institute", "participated_in", BE22),
 R("Yael Shapira", "works_for", BJ),
 R("Kinneret Therapeutics", "partner_of", AUB), R(AUB, "located_in", "Leipzig"),
 R("Ariel Genomics", "met_with", "BioM"),
 R("BioM", "located_in", "Munich"),
 R("ShalemBio", "met_with", LBSP), R("ShalemBio", "met_with", "Argenx"),
 R("Yissum", "met_with", "Merck KGaA"),
 *[R(o, "participated_in", BE22) for o in (
   "Kinneret Therapeutics", AUB, "Ariel Genomics", "BioM", "ShalemBio",
   LBSP, "Argenx", "Yissum", "Merck KGaA", "biosaxony")],
 R(BJ, "partner_of", "biosaxony"),
 R("biosaxony", "located_in", "Dresden"), R("biosaxony", "located_in", "Leipzig"),
 R(BJ, "organized", JSB), R("biosaxony", "organized", JSB), R(JSB, "located_in", "Leipzig"),
 R("University of Leipzig", "participated_in", JSB), R(IZI, "participated_in", JSB),
 R("André Hofmann", "works_for", "biosaxony"), R("Avi Ben-David", "works_for", BJ),
 R(EP, "funded_by", "Horizon Europe"), R(LUMC, "leads", EP),
 *[R(o, "consortium_member_of", EP) for o in (LUMC, BJ, AUB, HUJ)],
 R("Noa Friedman", "works_for", BJ), R("Noa Friedman", "participated_in", BE22),
 R("EIT Health", "participated_in", BE22),
 R(BJ, "member_of", "Council of European BioRegions"),
 R("Michal Levi-Cohen", "works_for", HUJ), R("Michal Levi-Cohen", "participated_in", "BIO-Europe Spring"),
 R("BIO-Europe Spring", "located_in", "Basel"),
 R("Biomed Israel", "located_in", "Tel Aviv"), R(IATI, "organized", "Biomed Israel"),
 R(BJ, "participated_in", "Biomed Israel"),
])

# --- 7. event report: ENI CBC MED project final conference, Cairo ------------------
MSL = "MEDSTARTUP-LINK"
MSL2 = "MEDSTARTUP-LINK 2"
ENI = "ENI CBC Mediterranean Sea Basin Programme 2014-2020"
FC = "MEDSTARTUP-LINK Final Conference"
ITIDA = "Information Technology Industry Development Agency"
EGZ = "Elgazala Technopark"
SR = "Sardegna Ricerche"
BA = "Barcelona Activa"
MCIT = "Ministry of Communications and Information Technology"
MSL_PARTNERS = ((ITIDA, "Cairo"), (EGZ, "Ariana"), ("Sfax Technopark", None), (SR, "Pula"),
                (BA, "Barcelona"), ("Corallia", "Athens"), ("Creativity Egypt", "Alexandria"))
GOLD["medstartup-link-final-conference-cairo-2023.txt"] = dict(
entities=[
 E(MSL, "project"), E(ENI, "programme", None, "ENI CBC MED"), E(FC, "event", "EG"),
 E("Cairo", "place", "EG"), E("Smart Village", "cluster", "EG"), E(ITIDA, "public_body", "EG", "ITIDA"),
 E("Hoda Mansour", "person", "EG"), E(EGZ, "cluster", "TN"), E("Ariana", "place", "TN"),
 E("Sfax Technopark", "cluster", "TN"), E(SR, "public_body", "IT"), E("Pula", "place", "IT"),
 E(BA, "public_body", "ES"), E("Barcelona", "place", "ES"), E("Corallia", "cluster", "GR"),
 E("Athens", "place", "GR"), E("Creativity Egypt", "cluster", "EG"), E("Alexandria", "place", "EG"),
 E("Karim Ben Salah", "person", "TN"), E("Marco Pinna", "person", "IT"),
 E("Tunis", "place", "TN"), E("Cagliari", "place", "IT"),
 E("Enterprise Europe Network", "network"), E("Flat6Labs", "company", "EG"),
 E("Nilewave Analytics", "company", "EG"), E("Thalis IoT", "company", "GR"),
 E("si-Cluster", "cluster", "GR"), E("Dar Sahha", "company", "TN"),
 E("CataloniaBio & HealthTech", "cluster", "ES"), E("Mahfaza Pay", "company", "EG"),
 E("Omar El-Sayed", "person", "EG"), E(MSL2, "project"), E("Interreg NEXT MED", "programme"),
 E("iPark", "cluster", "JO"), E("Amman", "place", "JO"), E("ARI Teknokent", "cluster", "TR"),
 E("Istanbul", "place", "TR"), E("Sherif Abdelaziz", "person", "EG"), E(MCIT, "public_body", "EG", "MCIT"),
],
relations=[
 R(MSL, "funded_by", ENI), R(ITIDA, "leads", MSL), R("Hoda Mansour", "leads", MSL),
 *[R(o, "consortium_member_of", MSL) for o, _ in MSL_PARTNERS],
 *[R(o, "located_in", c) for o, c in MSL_PARTNERS if c],
 R(FC, "located_in", "Cairo"), R(ITIDA, "organized", FC), R("Smart Village", "organized", FC),
 R("Hoda Mansour", "works_for", ITIDA), R("Hoda Mansour", "participated_in", FC),
 R("Karim Ben Salah", "works_for", EGZ), R("Karim Ben Salah", "participated_in", FC),
 R("Marco Pinna", "works_for", SR), R("Marco Pinna", "participated_in", FC),
 R(BA, "participated_in", FC), R("Enterprise Europe Network", "participated_in", FC),
 *[R(o, "participated_in", FC) for o in (
   "Flat6Labs",
   "Nilewave Analytics", "Dar Sahha", "Mahfaza Pay")],
 R("Nilewave Analytics", "located_in", "Alexandria"), R("Nilewave Analytics", "partner_of", "Thalis IoT"),
 R("Thalis IoT", "member_of", "si-Cluster"),
 R("Dar Sahha", "met_with", "CataloniaBio & HealthTech"),
 R("Mahfaza Pay", "located_in", "Cairo"), R("Omar El-Sayed", "works_for", "Mahfaza Pay"),
 R("Mahfaza Pay", "met_with", "Flat6Labs"),
 R(MSL2, "funded_by", "Interreg NEXT MED"), R(ITIDA, "leads", MSL2),
 *[R(o, "consortium_member_of", MSL2) for o in (ITIDA, EGZ, SR, "Corallia", "iPark", "ARI Teknokent")],
 R("iPark", "located_in", "Amman"), R("ARI Teknokent", "located_in", "Istanbul"),
 R("Sherif Abdelaziz", "works_for", MCIT), R("Sherif Abdelaziz", "participated_in", FC),
])

# --- 8. event news with partnering statistics: EU-Türkiye cluster matchmaking ------
EV = "EU-Türkiye Cluster Matchmaking Days 2023"
OT = "ODTÜ Teknokent"
METU = "Middle East Technical University"
ECCP = "European Cluster Collaboration Platform"
ADA = "Ankara Development Agency"
SMP = "Single Market Programme"
OSSA = "OSTİM Defence and Aviation Cluster"
AV = "Aerospace Valley"
OIB = "Uludağ Automotive Industry Exporters' Association"
AT = "AUTOTRANS-EU"
ZAP = "Slovak Automotive Industry Association"
EGETIM = "Aegean Medical Devices Cluster"
LLSC = "Lombardy Life Sciences Cluster"
SK = "Ankara Health Industry Cluster"
GOLD["eu-turkiye-cluster-matchmaking-ankara-2023.html"] = dict(
entities=[
 E(EV, "event", "TR", "EU-Türkiye Cluster Matchmaking Days"), E(OT, "cluster", "TR"),
 E(METU, "university", "TR", "METU"), E("Ankara", "place", "TR"), E(MIT, "public_body", "TR"),
 E(ECCP, "network", None, "ECCP"), E(ADA, "public_body", "TR", "Ankara Kalkınma Ajansı"),
 E(SMP, "programme"), E(OSSA, "cluster", "TR", "OSSA"), E("Hamburg Aviation", "cluster", "DE"),
 E(AV, "cluster", "FR"), E("Occitanie", "place", "FR"), E("Nouvelle-Aquitaine", "place", "FR"),
 E("Toulouse", "place", "FR"), E("Turkish Aerospace", "company", "TR"), E("ASELSAN", "company", "TR"),
 E("Mehmet Öztürk", "person", "TR"), E("Julia Brandt", "person", "DE"), E("Hamburg", "place", "DE"),
 E("Bursa", "place", "TR"), E("Stuttgart", "place", "DE"),
 E(OIB, "cluster", "TR", "OİB"), E("Baden-Württemberg", "place", "DE"),
 E("e-mobil BW", "public_body", "DE"), E(AT, "project"), E(ZAP, "cluster", "SK", "ZAP SR"),
 E("ACAROM", "cluster", "RO"), E("Selin Arslan", "person", "TR"), E("İzmir", "place", "TR"),
 E("Lombardy", "place", "IT"), E("Ayşe Demir", "person", "TR"), E("Hacettepe University", "university", "TR"),
 E(EGETIM, "cluster", "TR", "EGETIM"), E(LLSC, "cluster", "IT"),
 E(SK, "cluster", "TR", "SAĞLIK-KÜME"), E("Health~Holland", "network", "NL"),
 E("Aylin Koç", "person", "TR"), E(IASP, "network", None, "IASP"),
],
relations=[
 R(EV, "located_in", "Ankara"), R(OT, "located_in", "Ankara"), R(METU, "located_in", "Ankara"),
 R(MIT, "organized", EV), R(ECCP, "organized", EV), R(ADA, "organized", EV), R(OT, "organized", EV),
 *[R(o, "participated_in", EV) for o in (
   OSSA, "Hamburg Aviation", AV, OIB, "e-mobil BW", EGETIM, LLSC, SK, "Health~Holland",
   "Mehmet Öztürk", "Julia Brandt", "Selin Arslan", "Ayşe Demir", "Aylin Koç")],
 R(OSSA, "located_in", "Ankara"), R(OSSA, "partner_of", "Hamburg Aviation"), R(OSSA, "partner_of", AV),
 R(AV, "located_in", "Occitanie"), R(AV, "located_in", "Nouvelle-Aquitaine"), R(AV, "located_in", "Toulouse"),
 R("Mehmet Öztürk", "works_for", OSSA), R("Julia Brandt", "works_for", "Hamburg Aviation"),
 R("Hamburg Aviation", "located_in", "Hamburg"),
 R(OIB, "located_in", "Bursa"), R("e-mobil BW", "located_in", "Baden-Württemberg"),
 R("e-mobil BW", "located_in", "Stuttgart"), R(OIB, "partner_of", "e-mobil BW"),
 R(AT, "funded_by", SMP), R("e-mobil BW", "leads", AT),
 *[R(o, "consortium_member_of", AT) for o in ("e-mobil BW", OIB, ZAP, "ACAROM")],
 R("Selin Arslan", "works_for", MIT), R("Ayşe Demir", "works_for", "Hacettepe University"),
 R(EGETIM, "located_in", "İzmir"), R(EGETIM, "met_with", LLSC), R(EGETIM, "partner_of", LLSC),
 R(LLSC, "located_in", "Lombardy"), R(SK, "met_with", "Health~Holland"),
 R("Aylin Koç", "works_for", ADA),
 R(OT, "member_of", IASP),
])


# --- checks ------------------------------------------------------------------------
def check():
    for name, gold in GOLD.items():
        path = DOCS / name
        assert path.is_file(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types, seen_forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (name, e)
            assert e["name"] not in types, (name, "duplicate entity", e["name"])
            types[e["name"]] = e["type"]
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in seen_forms, (name, "surface form used twice", form, seen_forms.get(key))
                seen_forms[key] = e["name"]
                assert key in text, (name, "form not in document", form)
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (name, e)
        seen_rel = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (name, r)
            assert s in types, (name, "undeclared subject", r)
            assert o in types, (name, "undeclared object", r)
            assert s != o, (name, "self relation", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, (name, "subject type", types[s], r)
            assert types[o] in obj_ok, (name, "object type", types[o], r)
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen_rel, (name, "duplicate relation", r)
            seen_rel.add(key)


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))


if __name__ == "__main__":
    main()
