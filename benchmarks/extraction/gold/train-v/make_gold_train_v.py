"""Hand annotations of the `train-v` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-v/make_gold_train_v.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Eight annual-report chapters of energy, aerospace, maritime and
automotive clusters (France, Germany, Spain, Italy, Poland).

Choices kept throughout the set:
- Planned participations stated as agreed ("will lead a mission to ...",
  "plans a joint mission with ...") are annotated like past ones, as in train-b.
- Unnamed meetings (a general assembly, a kick-off meeting, an online
  matchmaking day, a pavilion or stand) are not events.
- A delegation that meets the cluster "at" or "during" a fair, or an agreement
  signed there, implies that both parties took part in the fair.
- funded_by is only annotated with a project or network as subject (DOMAIN.md):
  a cluster "co-financed by" a ministry gets no relation.
- Business associations ("Polish Chamber of Maritime Commerce", "GIFAS",
  "HEMEXPO") are networks, so that membership in them is member_of.
"""

import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = HERE.parent.parent / "docs" / "train-v"

ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
TYPES = ORG | {"programme", "event", "project", "person", "place"}
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


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- maritime, France: Pôle Mer Méditerranée --------------------------------------
PMM = "Pôle Mer Méditerranée"
PMBA = "Pôle Mer Bretagne Atlantique"
CMF = "Cluster Maritime Français"
BIG = "Blue Italian Growth"
CME = "Clúster Marítimo Español"
BEF = "Blue Economy Forum"
UNINA = "University of Naples Federico II"
NCE = "NCE Maritime CleanTech"
IGP = "Fraunhofer Institute for Large Structures in Production Engineering"
PMM_MEMBERS = (("Subsea Horizons", "Toulon"), ("Chantiers Navals de Brégaillon", "La Seyne-sur-Mer"),
               ("Aquabiome", "Montpellier"))
GOLD["pole-mer-mediterranee-international-2023.txt"] = dict(
entities=[
 E(PMM, "cluster", "FR"), E("Toulon", "place", "FR"),
 E("Provence-Alpes-Côte d'Azur", "place", "FR", "Région Sud"),
 E("Euromaritime", "event", "FR"), E("Marseille", "place", "FR"),
 E(PMBA, "cluster", "FR"), E(CMF, "cluster", "FR", "CMF"), E("risingSUD", "public_body", "FR"),
 *[E(c, "company", "FR") for c, _ in PMM_MEMBERS],
 E("La Seyne-sur-Mer", "place", "FR"), E("Montpellier", "place", "FR"),
 E(BIG, "cluster", "IT", "CTN BIG"), E(CME, "cluster", "ES", "CME"),
 E("Naples", "place", "IT"), E(BEF, "event", "IT"), E(UNINA, "university", "IT"),
 E("Hélène Castellane", "person", "FR"),
 E("Nor-Shipping", "event", "NO"), E("Lillestrøm", "place", "NO"),
 E("Business France", "public_body", "FR"),
 E(NCE, "cluster", "NO"), E("Stord", "place", "NO"),
 E("HYPORT", "project"), E("Horizon Europe", "programme"),
 E(IGP, "research_org", "DE", "Fraunhofer IGP"), E("Rostock", "place", "DE"),
 E("Sirehna", "company", "FR"), E("Nantes", "place", "FR"),
 E("Europort", "event", "NL"), E("Rotterdam", "place", "NL"),
 E("European Network of Maritime Clusters", "network", None, "ENMC"),
 E("Waterborne Technology Platform", "network"),
 E("Patrick Vérand", "person", "FR"),
],
relations=[
 R(PMM, "located_in", "Toulon"), R(PMM, "located_in", "Provence-Alpes-Côte d'Azur"),
 R("Euromaritime", "located_in", "Marseille"), R("risingSUD", "located_in", "Provence-Alpes-Côte d'Azur"),
 *[R(o, "participated_in", "Euromaritime") for o in (PMM, PMBA, CMF, "risingSUD", BIG, CME)],
 *[R(c, "member_of", PMM) for c, _ in PMM_MEMBERS],
 *[R(c, "located_in", t) for c, t in PMM_MEMBERS],
 *[R(c, "participated_in", "Euromaritime") for c, _ in PMM_MEMBERS],
 R(PMM, "met_with", BIG), R(PMM, "met_with", CME),
 R(PMM, "partner_of", BIG), R(PMM, "partner_of", CME), R(BIG, "partner_of", CME),
 R(BEF, "located_in", "Naples"), R(BIG, "organized", BEF), R(UNINA, "organized", BEF),
 *[R(o, "participated_in", BEF) for o in (
   PMM, BIG, CME)],
 R("Hélène Castellane", "works_for", PMM),
 R("Nor-Shipping", "located_in", "Lillestrøm"),
 R(PMM, "participated_in", "Nor-Shipping"), R("Business France", "participated_in", "Nor-Shipping"),
 R(PMM, "partner_of", NCE), R(NCE, "located_in", "Stord"),
 R("HYPORT", "funded_by", "Horizon Europe"), R(PMM, "leads", "HYPORT"),
 *[R(o, "consortium_member_of", "HYPORT") for o in (PMM, NCE, IGP, "Sirehna", "Subsea Horizons")],
 R(IGP, "located_in", "Rostock"), R("Sirehna", "located_in", "Nantes"),
 R("Europort", "located_in", "Rotterdam"),
 R(PMM, "participated_in", "Europort"),
 R(PMM, "member_of", "European Network of Maritime Clusters"),
 R(PMM, "member_of", "Waterborne Technology Platform"),
 R("Patrick Vérand", "works_for", PMM),
])

# --- aerospace, France: Aerospace Valley --------------------------------------------
AV = "Aerospace Valley"
HEGAN = "Asociación Clúster de Aeronáutica y Espacio del País Vasco"
AVA = "Aviation Valley Association"
EACP = "European Aerospace Cluster Partnership"
BBAA = "Berlin-Brandenburg Aerospace Allianz"
FIA = "Farnborough International Airshow"
DAC = "Distretto Aerospaziale della Campania"
UT = "Université de Toulouse"
STE = "Space Tech Expo Europe"
LSA = "Leichtbau Systeme Augsburg GmbH"
GOLD["aerospace-valley-international-2022.md"] = dict(
entities=[
 E(AV, "cluster", "FR"), E("Occitanie", "place", "FR"), E("Nouvelle-Aquitaine", "place", "FR"),
 E("Toulouse", "place", "FR"), E("Bordeaux", "place", "FR"),
 E("ILA Berlin", "event", "DE"), E("Berlin", "place", "DE"),
 E("Business France", "public_body", "FR"), E("GIFAS", "network", "FR"),
 E("BavAIRia", "cluster", "DE"), E("Munich", "place", "DE"),
 E(BBAA, "cluster", "DE", "BBAA"), E("Albi Composites", "company", "FR"),
 E(LSA, "company", "DE"),
 E(FIA, "event", "GB", "Farnborough"),
 E(HEGAN, "cluster", "ES", "Hegan"), E(AVA, "cluster", "PL"), E("Rzeszów", "place", "PL"),
 E(EACP, "network", None, "EACP"),
 E("Céline Marty-Bessou", "person", "FR"), E("Iñaki Goikoetxea", "person", "ES"),
 E("Bilbao", "place", "ES"), E("Naples", "place", "IT"),
 E(DAC, "cluster", "IT", "DAC"), E("Pomigliano d'Arco", "place", "IT"),
 E("DLR", "research_org", "DE"), E("SKYREPAIR", "project"), E("Clean Aviation", "programme"),
 E(UT, "university", "FR"),
 E(STE, "event", "DE"), E("Bremen", "place", "DE"),
 E("Pyrénées Orbital", "company", "FR"), E("NanoSat Aquitaine", "company", "FR"),
 E("Space Regions Alliance", "network"),
 E("European Space Agency", "public_body", None, "ESA"), E("Noordwijk", "place", "NL"),
 E("CLUSTAERO", "project"), E("Single Market Programme", "programme"), E("COSME", "programme"),
 E("Jean-Marc Lestrade", "person", "FR"),
],
relations=[
 R(AV, "located_in", "Occitanie"), R(AV, "located_in", "Nouvelle-Aquitaine"),
 R(AV, "located_in", "Toulouse"), R(AV, "located_in", "Bordeaux"),
 R("ILA Berlin", "located_in", "Berlin"),
 *[R(o, "participated_in", "ILA Berlin") for o in (
   AV, "Business France", "GIFAS", "BavAIRia", BBAA, "Albi Composites", LSA)],
 R(AV, "met_with", "BavAIRia"), R(AV, "partner_of", "BavAIRia"), R("BavAIRia", "located_in", "Munich"),
 R(AV, "met_with", BBAA), R("Albi Composites", "member_of", AV),
 R("Albi Composites", "partner_of", LSA),
 *[R(o, "participated_in", FIA) for o in (AV, HEGAN, AVA, "Iñaki Goikoetxea")],
 R(AVA, "located_in", "Rzeszów"),
 *[R(o, "member_of", EACP) for o in (AV, HEGAN, AVA)],
 R("Céline Marty-Bessou", "works_for", AV), R("Iñaki Goikoetxea", "works_for", HEGAN),
 R(AV, "met_with", DAC), R(AV, "partner_of", DAC), R(DAC, "located_in", "Pomigliano d'Arco"),
 R("SKYREPAIR", "funded_by", "Clean Aviation"), R(UT, "leads", "SKYREPAIR"),
 *[R(o, "consortium_member_of", "SKYREPAIR") for o in (DAC, AV, "DLR", UT, "Albi Composites")],
 R(STE, "located_in", "Bremen"),
 *[R(o, "participated_in", STE) for o in (AV, "Pyrénées Orbital", "NanoSat Aquitaine")],
 R("NanoSat Aquitaine", "located_in", "Bordeaux"),
 R(AV, "member_of", "Space Regions Alliance"),
 R("CLUSTAERO", "funded_by", "Single Market Programme"), R("CLUSTAERO", "funded_by", "COSME"),
 *[R(o, "consortium_member_of", "CLUSTAERO") for o in (AV, "BavAIRia", HEGAN)],
 R("Jean-Marc Lestrade", "works_for", AV),
])

# --- automotive, Poland: Wielkopolska Automotive Cluster ----------------------------
WKM = "Wielkopolski Klaster Motoryzacyjny"
PUT = "Poznań University of Technology"
PAIH = "Polish Investment and Trade Agency"
TBS = "The Battery Show Europe"
CEAGA = "Clúster de Empresas de Automoción de Galicia"
WEMD = "Wielkopolska E-Mobility Days"
AUTOSAP = "Automotive Industry Association"
ACWS = "Automotive Cluster - West Slovakia"
CIRC = "CIRCUBAT-CE"
WKM_MEMBERS = (("Elektro-Napęd Sp. z o.o.", "Gniezno"), ("Kalisz Cast Components", None),
               ("VoltLab", "Poznań"))
GOLD["wielkopolska-automotive-cluster-2023.txt"] = dict(
entities=[
 E(WKM, "cluster", "PL", "Wielkopolska Automotive Cluster", "WKM"),
 E("Poznań", "place", "PL"), E("Wielkopolska", "place", "PL", "Wielkopolska region"),
 E("Marshal's Office of the Wielkopolska Region", "public_body", "PL"),
 E(PAIH, "public_body", "PL", "PAIH"),
 E(TBS, "event", "DE"), E("Stuttgart", "place", "DE"),
 E(PUT, "university", "PL", "Politechnika Poznańska"),
 *[E(c, "company", "PL") for c, _ in WKM_MEMBERS],
 E("Gniezno", "place", "PL"),
 E("e-mobil BW", "cluster", "DE"),
 E("Zellwerk Heilbronn GmbH", "company", "DE"),
 E("IAA Mobility", "event", "DE"), E("Munich", "place", "DE"),
 E("Magdalena Wróbel-Kaczmarek", "person", "PL", "Wróbel-Kaczmarek"),
 E("Rafael Costas Otero", "person", "ES"), E(CEAGA, "cluster", "ES", "CEAGA"),
 E("Marco Benvenuti", "person", "IT"), E("MESAP", "cluster", "IT"), E("Turin", "place", "IT"),
 E("SKILLS4EV", "project"), E("Interreg Europe", "programme"),
 E(WEMD, "event", "PL"),
 E(AUTOSAP, "network", "CZ", "AutoSAP"), E(ACWS, "cluster", "SK", "ACWS"), E("Trnava", "place", "SK"),
 E(CIRC, "project"), E("Interreg Central Europe", "programme"),
 E("Pannon Recycling Kft.", "company", "HU"), E("Győr", "place", "HU"),
 E("European Battery Alliance", "network"),
 E("Polish Alternative Fuels Association", "network", "PL", "PSPA"),
 E("Tomasz Ratajczak", "person", "PL"),
],
relations=[
 R(WKM, "located_in", "Poznań"), R(WKM, "located_in", "Wielkopolska"),
 R(TBS, "located_in", "Stuttgart"),
 *[R(o, "participated_in", TBS) for o in (WKM, PUT)],
 *[R(c, "member_of", WKM) for c, _ in WKM_MEMBERS],
 *[R(c, "located_in", t) for c, t in WKM_MEMBERS if t],
 *[R(c, "participated_in", TBS) for c, _ in WKM_MEMBERS],
 R(WKM, "met_with", "e-mobil BW"),
 R("VoltLab", "partner_of", "Zellwerk Heilbronn GmbH"),
 R("IAA Mobility", "located_in", "Munich"),
 *[R(o, "participated_in", "IAA Mobility") for o in (
   WKM, PAIH, "Magdalena Wróbel-Kaczmarek", "Rafael Costas Otero", "Marco Benvenuti", CEAGA, "MESAP")],
 R("Magdalena Wróbel-Kaczmarek", "works_for", WKM), R("Rafael Costas Otero", "works_for", CEAGA),
 R("Marco Benvenuti", "works_for", "MESAP"), R("MESAP", "located_in", "Turin"),
 R("SKILLS4EV", "funded_by", "Interreg Europe"), R(CEAGA, "leads", "SKILLS4EV"),
 *[R(o, "consortium_member_of", "SKILLS4EV") for o in (WKM, CEAGA, "MESAP")],
 R(WKM, "organized", WEMD), R(PUT, "organized", WEMD),
 R(AUTOSAP, "participated_in", WEMD), R(ACWS, "participated_in", WEMD),
 R(ACWS, "located_in", "Trnava"),
 R(CIRC, "funded_by", "Interreg Central Europe"), R(PUT, "leads", CIRC),
 *[R(o, "consortium_member_of", CIRC) for o in (
   WKM, PUT, "e-mobil BW", AUTOSAP, "Pannon Recycling Kft.")],
 R("Pannon Recycling Kft.", "located_in", "Győr"),
 R(WKM, "member_of", "European Battery Alliance"),
 R(WKM, "member_of", "Polish Alternative Fuels Association"),
 R("Tomasz Ratajczak", "works_for", WKM),
])

# --- energy, Spain: Basque Energy Cluster -------------------------------------------
BEC = "Basque Energy Cluster"
SPRI = "Basque Business Development Agency"
EVE = "Basque Energy Agency"
WE22 = "WindEurope 2022"
CTNE = "Cluster Tecnologico Nazionale Energia"
HTE = "Hydrogen Technology Expo Europe"
WEH = "WindEnergy Hamburg"
IWES = "Fraunhofer Institute for Wind Energy Systems"
GUT = "Gdańsk University of Technology"
FLT = "FLOATEC-EU"
CEEC = "Clúster de l'Energia Eficient de Catalunya"
AEE = "Asociación Empresarial Eólica"
EOW = "European Offshore Wind Clusters Alliance"
BEC_MEMBERS = (("Siemens Gamesa Renewable Energy", None), ("Navacel", "Sestao"),
               ("Ormazabal", "Igorre"), ("Arrantza Floating Systems", "Bermeo"))
GOLD["basque-energy-cluster-international-2022.html"] = dict(
entities=[
 E(BEC, "cluster", "ES", "Clúster de Energía del País Vasco"),
 E("Bilbao", "place", "ES"), E("Basque Country", "place", "ES"),
 E(SPRI, "public_body", "ES", "SPRI"), E(EVE, "public_body", "ES", "Ente Vasco de la Energía", "EVE"),
 E(WE22, "event", "ES"), E("WindEurope", "network"),
 E("Barakaldo", "place", "ES"),
 *[E(c, "company", "ES") for c, _ in BEC_MEMBERS],
 E("Sestao", "place", "ES"), E("Igorre", "place", "ES"), E("Bermeo", "place", "ES"),
 E("WAB", "network", "DE"), E("Bremerhaven", "place", "DE"),
 E(CTNE, "cluster", "IT", "CTN Energia"),
 E("Ane Urrutikoetxea", "person", "ES"),
 E(HTE, "event", "DE"), E("Bremen", "place", "DE"),
 E("Basque Hydrogen Corridor", "network", "ES", "BH2C"), E("H2BX", "network", "DE"),
 E(WEH, "event", "DE"), E("ICEX", "public_body", "ES"), E(IWES, "research_org", "DE", "Fraunhofer IWES"),
 E(FLT, "project"), E("Horizon Europe", "programme"),
 E("Tecnalia", "research_org", "ES"), E("SINTEF", "research_org", "NO"),
 E("RENEWMED", "project"), E("Interreg Euro-MED", "programme"),
 E(CEEC, "cluster", "ES", "CEEC"),
 E("Global Wind Energy Council", "network"), E(AEE, "network", "ES", "AEE"),
 E(EOW, "network"), E("Koldo Etxeberria Lasa", "person", "ES"),
],
relations=[
 R(BEC, "located_in", "Bilbao"), R(BEC, "located_in", "Basque Country"),
 R("WindEurope", "organized", WE22),
 R(WE22, "located_in", "Bilbao"), R(WE22, "located_in", "Barakaldo"),
 *[R(o, "participated_in", WE22) for o in (BEC, SPRI, EVE)],
 *[R(c, "member_of", BEC) for c, _ in BEC_MEMBERS],
 *[R(c, "located_in", t) for c, t in BEC_MEMBERS if t],
 *[R(c, "participated_in", WE22) for c, _ in BEC_MEMBERS],
 R(BEC, "met_with", "WAB"),
 *[R(o, "participated_in", WE22) for o in ("WAB", CTNE)],
 R("WAB", "located_in", "Bremerhaven"),
 R(BEC, "partner_of", CTNE),
 R("Ane Urrutikoetxea", "works_for", BEC),
 R(HTE, "located_in", "Bremen"),
 *[R(o, "participated_in", HTE) for o in (BEC, "Basque Hydrogen Corridor", "H2BX")],
 R(BEC, "met_with", "H2BX"), R("H2BX", "located_in", "Bremerhaven"),
 R(BEC, "participated_in", WEH), R("ICEX", "participated_in", WEH),
 R(BEC, "met_with", IWES),
 R(FLT, "funded_by", "Horizon Europe"), R(BEC, "leads", FLT),
 *[R(o, "consortium_member_of", FLT) for o in (
   BEC, "Tecnalia", "Arrantza Floating Systems", "SINTEF", CTNE)],
 R("RENEWMED", "funded_by", "Interreg Euro-MED"), R(CEEC, "leads", "RENEWMED"),
 R(BEC, "consortium_member_of", "RENEWMED"), R(CEEC, "consortium_member_of", "RENEWMED"),
 R(BEC, "member_of", "Global Wind Energy Council"), R(BEC, "member_of", AEE),
 R(BEC, "member_of", EOW),
 R("Koldo Etxeberria Lasa", "works_for", BEC),
])

# --- automotive, Germany: Automotive Cluster Ostdeutschland -------------------------
ACOD = "Automotive Cluster Ostdeutschland"
WFS = "Wirtschaftsförderung Sachsen"
IMG = "Invest in Saxony-Anhalt"
MSAC = "Moravian-Silesian Automotive Cluster"
NV = "Nástrojárna Vítkovice s.r.o."
CDS = "Chemnitz Drive Systems GmbH"
ASA = "Automotive Skills Alliance"
ACS = "Automotive Cluster Slovenia"
PVF = "Pôle Véhicule du Futur"
CET = "CE-TRANSFORM"
IWU = "Fraunhofer Institute for Machine Tools and Forming Technology"
ACAN = "Clúster de Automoción de Navarra"
SKM = "Silesian Automotive Cluster"
ZAM = "Zuliefertag Automobil Mitteldeutschland"
SMWA = "Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr"
ACOD_MEMBERS = (("Lausitz Leichtbau GmbH", "Cottbus"), ("Erzgebirge Präzisionsteile GmbH", None),
                ("Elbe Cycle GmbH", "Magdeburg"))
GOLD["acod-automotive-international-2021.txt"] = dict(
entities=[
 E(ACOD, "cluster", "DE", "ACOD"), E("Leipzig", "place", "DE"),
 E("Saxony", "place", "DE", "Free State of Saxony"), E("Saxony-Anhalt", "place", "DE"),
 E("Thuringia", "place", "DE"), E("Brandenburg", "place", "DE"),
 E("Hannover Messe", "event", "DE"),
 E(WFS, "public_body", "DE", "WFS"), E(IMG, "public_body", "DE", "IMG"),
 E(MSAC, "cluster", "CZ", "MSAC"), E("Ostrava", "place", "CZ"),
 E(CDS, "company", "DE"), E("Chemnitz", "place", "DE"), E(NV, "company", "CZ"),
 E(ASA, "network", None, "ASA"),
 E("IAA Mobility", "event", "DE"), E("Munich", "place", "DE"),
 E(ACS, "cluster", "SI", "ACS"), E(PVF, "cluster", "FR"), E("Mulhouse", "place", "FR"),
 E(CET, "project"), E("Interreg Central Europe", "programme"),
 E("University of Ljubljana", "university", "SI"), E("Cluster Trasporti Italia", "cluster", "IT"),
 E(IWU, "research_org", "DE", "Fraunhofer IWU"),
 E("Jörg Wendland", "person", "DE"), E("Mateja Kranjc", "person", "SI"),
 E(ACAN, "cluster", "ES", "ACAN"), E("Navarra", "place", "ES"), E("Pamplona", "place", "ES"),
 *[E(c, "company", "DE") for c, _ in ACOD_MEMBERS],
 E("Cottbus", "place", "DE"), E("Magdeburg", "place", "DE"),
 E("Volkswagen Navarra", "company", "ES"),
 E(SKM, "cluster", "PL", "Śląski Klaster Motoryzacyjny"), E("Katowice", "place", "PL"),
 E(ZAM, "event", "DE"),
 E("BMW Group Plant Leipzig", "company", "DE"), E("Porsche Leipzig", "company", "DE"),
 E(SMWA, "public_body", "DE", "SMWA", "Saxon state ministry for economic affairs"),
 E("SDV-SME", "project"), E("Horizon Europe", "programme"),
],
relations=[
 R(ACOD, "located_in", "Leipzig"),
 *[R(o, "participated_in", "Hannover Messe") for o in (ACOD, WFS, IMG)],
 R(WFS, "located_in", "Saxony"),
 R(MSAC, "located_in", "Ostrava"),
 R(CDS, "located_in", "Chemnitz"), R(NV, "located_in", "Ostrava"), R(CDS, "partner_of", NV),
 R(ACOD, "member_of", ASA),
 R("IAA Mobility", "located_in", "Munich"),
 *[R(o, "participated_in", "IAA Mobility") for o in (
   ACOD, ACS, PVF, "Jörg Wendland", "Mateja Kranjc", ACAN)],
 R(PVF, "located_in", "Mulhouse"),
 R(CET, "funded_by", "Interreg Central Europe"), R(ACOD, "leads", CET),
 *[R(o, "consortium_member_of", CET) for o in (
   ACOD, ACS, PVF, MSAC, "University of Ljubljana", "Cluster Trasporti Italia", IWU)],
 R(IWU, "located_in", "Chemnitz"),
 R("Jörg Wendland", "works_for", ACOD), R("Mateja Kranjc", "works_for", ACS),
 R(ACAN, "located_in", "Navarra"), R(ACOD, "met_with", ACAN), R(ACOD, "partner_of", ACAN),
 *[R(c, "member_of", ACOD) for c, _ in ACOD_MEMBERS],
 *[R(c, "located_in", t) for c, t in ACOD_MEMBERS if t],
 R(SKM, "located_in", "Katowice"), R(SKM, "participated_in", ZAM),
 R(ACOD, "organized", ZAM), R("BMW Group Plant Leipzig", "organized", ZAM),
 R("Porsche Leipzig", "organized", ZAM), R(ZAM, "located_in", "Leipzig"),
 R("SDV-SME", "funded_by", "Horizon Europe"),
 *[R(o, "consortium_member_of", "SDV-SME") for o in (ACOD, ACS, PVF)],
])

# --- energy, Italy: CTN Energia and hydrogen ----------------------------------------
CTN = "Cluster Tecnologico Nazionale Energia"
RSE = "Ricerca sul Sistema Energetico"
PM = "Politecnico di Milano"
IHV = "Italian Hydrogen Valleys Day"
ICE = "Italian Trade Agency"
FHA = "Fundación para el Desarrollo de las Nuevas Tecnologías del Hidrógeno en Aragón"
KEY = "KEY – The Energy Transition Expo"
IDRO = "IdroGreen S.r.l."
HVE = "Hidrógeno Verde del Ebro SL"
H2HB = "Wasserstoffnetzwerk Bremen"
DKW = "Hydrogen Cluster of Lower Silesia"
MED = "MEDH2VALLEYS"
EHW = "European Hydrogen Week"
GOLD["ctn-energia-hydrogen-international-2023.md"] = dict(
entities=[
 E(CTN, "cluster", "IT", "CTN Energia"), E("Rome", "place", "IT"),
 E("Ministry of University and Research", "public_body", "IT", "MUR"),
 E("ENEA", "research_org", "IT"), E(RSE, "research_org", "IT", "RSE"), E(PM, "university", "IT"),
 E(IHV, "event", "IT"), E(ICE, "public_body", "IT", "ICE"),
 E(FHA, "research_org", "ES", "Aragon hydrogen foundation", "Aragon foundation"),
 E("Huesca", "place", "ES"), E("Capenergies", "cluster", "FR"), E("Aix-en-Provence", "place", "FR"),
 E(KEY, "event", "IT"), E("Rimini", "place", "IT"),
 E(IDRO, "company", "IT", "IdroGreen"), E("Bari", "place", "IT"),
 E("GridMind", "company", "IT"), E("Turin", "place", "IT"),
 E(HVE, "company", "ES"), E("Zaragoza", "place", "ES"),
 E(HTE, "event", "DE"), E("Bremen", "place", "DE"),
 E("Chiara Lombardi Venturini", "person", "IT"),
 E(H2HB, "network", "DE", "H2 Bremen"),
 E(DKW, "cluster", "PL", "Dolnośląski Klaster Wodorowy"), E("Wrocław", "place", "PL"),
 E(MED, "project"), E("Clean Hydrogen Partnership", "programme"),
 E("University of Bari", "university", "IT"),
 E("Hydrogen Europe", "network"), E(EHW, "event", "BE"), E("Brussels", "place", "BE"),
 E("European Energy Research Alliance", "network", None, "EERA"),
 E("Roberto Maiorana", "person", "IT"),
],
relations=[
 R(CTN, "located_in", "Rome"),
 *[R(o, "member_of", CTN) for o in ("ENEA", RSE, PM)],
 *[R(o, "organized", IHV) for o in (CTN, "ENEA", ICE)], R(IHV, "located_in", "Rome"),
 R(FHA, "participated_in", IHV), R("Capenergies", "participated_in", IHV),
 R(FHA, "located_in", "Huesca"), R("Capenergies", "located_in", "Aix-en-Provence"),
 R(CTN, "partner_of", "Capenergies"), R(CTN, "partner_of", FHA), R("Capenergies", "partner_of", FHA),
 R(KEY, "located_in", "Rimini"),
 *[R(o, "participated_in", KEY) for o in (CTN, IDRO, "GridMind", HVE)],
 *[R(o, "member_of", CTN) for o in (IDRO, "GridMind")],
 R(IDRO, "located_in", "Bari"), R("GridMind", "located_in", "Turin"),
 R(IDRO, "met_with", HVE), R(IDRO, "partner_of", HVE), R(HVE, "located_in", "Zaragoza"),
 R(HTE, "located_in", "Bremen"),
 *[R(o, "participated_in", HTE) for o in (
   CTN, "Chiara Lombardi Venturini", H2HB, DKW)],
 R("Chiara Lombardi Venturini", "works_for", CTN),
 R(CTN, "met_with", H2HB), R(CTN, "met_with", DKW), R(DKW, "located_in", "Wrocław"),
 R(MED, "funded_by", "Clean Hydrogen Partnership"), R("ENEA", "leads", MED),
 *[R(o, "consortium_member_of", MED) for o in (
   CTN, "ENEA", "Capenergies", FHA, "University of Bari", IDRO)],
 R(CTN, "member_of", "Hydrogen Europe"), R("Hydrogen Europe", "organized", EHW),
 R(EHW, "located_in", "Brussels"), R(CTN, "participated_in", EHW),
 R(CTN, "member_of", "European Energy Research Alliance"),
 R("Roberto Maiorana", "works_for", CTN),
])

# --- aerospace, Germany: Hamburg Aviation -------------------------------------------
HA = "Hamburg Aviation e.V."
HMR = "Hamburg Metropolitan Region"
AIX = "Aircraft Interiors Expo"
CCA = "Crystal Cabin Award"
TUHH = "Hamburg University of Technology"
ZAL = "ZAL Center of Applied Aeronautical Research"
AA = "Andalucía Aerospace"
SCA = "Sevilla Composites Aeronáuticos, S.L."
PAS = "Paris Air Show"
BDLI = "German Aerospace Industries Association"
DTA = "Distretto Tecnologico Aerospaziale"
DLRSL = "DLR Institute of System Architectures in Aeronautics"
GOLD["hamburg-aviation-annual-report-2023.html"] = dict(
entities=[
 E(HA, "cluster", "DE", "Hamburg Aviation"), E(HMR, "place", "DE"), E("Hamburg", "place", "DE"),
 E("Airbus", "company"), E("Lufthansa Technik", "company", "DE"),
 E(EACP, "network", None, "EACP"),
 E(AIX, "event", "DE", "AIX"), E(CCA, "event", "DE"),
 E("Hamburg Ministry of Economy and Innovation", "public_body", "DE"),
 E("Jamco", "company", "JP"), E(TUHH, "university", "DE", "TUHH"),
 E(ZAL, "research_org", "DE", "ZAL"),
 E(AA, "cluster", "ES"), E(AVA, "cluster", "PL"),
 E("Cabin Lab Hamburg GmbH", "company", "DE"), E("AeroSkin Systems", "company", "DE"),
 E(SCA, "company", "ES"), E("Seville", "place", "ES"),
 E("Andalusia", "place", "ES"),
 E(PAS, "event", "FR"), E("Le Bourget", "place", "FR"), E("Paris", "place", "FR"),
 E(BDLI, "network", "DE", "BDLI"),
 E(AV, "cluster", "FR"), E("Toulouse", "place", "FR"),
 E(DTA, "cluster", "IT", "DTA"), E("Brindisi", "place", "IT"),
 E("HYCABIN", "project"), E("Clean Aviation", "programme"),
 E(DLRSL, "research_org", "DE"),
 E("Università del Salento", "university", "IT"), E("Lecce", "place", "IT"),
 E("Katrin Feldhusen", "person", "DE"),
 E("Hamburg Invest", "public_body", "DE"),
 E("German Chamber of Commerce in China", "public_body", "CN"), E("Tianjin", "place", "CN"),
 E("Lukas Brandenburg", "person", "DE"),
 E("Free and Hanseatic City of Hamburg", "public_body", "DE"),
 E("Federal Ministry for Economic Affairs and Climate Action", "public_body", "DE", "BMWK"),
 E("LuFo", "programme", "DE"),
],
relations=[
 R(HA, "located_in", HMR), R(HA, "located_in", "Hamburg"),
 R("Airbus", "located_in", HMR), R("Lufthansa Technik", "located_in", HMR),
 R(HA, "member_of", EACP),
 R(AIX, "located_in", "Hamburg"), R(CCA, "located_in", "Hamburg"),
 R(HA, "organized", CCA), R("Hamburg Ministry of Economy and Innovation", "organized", CCA),
 R("Jamco", "participated_in", CCA), R(TUHH, "participated_in", CCA),
 *[R(o, "participated_in", AIX) for o in (
   HA, ZAL, AA, AVA, "Cabin Lab Hamburg GmbH", "AeroSkin Systems", SCA)],
 *[R(HA, "met_with", o) for o in (AA, AVA)],
 R("Cabin Lab Hamburg GmbH", "located_in", "Hamburg"), R("AeroSkin Systems", "located_in", "Hamburg"),
 R("Cabin Lab Hamburg GmbH", "partner_of", SCA), R("AeroSkin Systems", "partner_of", SCA),
 R(SCA, "located_in", "Seville"),
 R(PAS, "located_in", "Le Bourget"), R(PAS, "located_in", "Paris"),
 *[R(o, "participated_in", PAS) for o in (HA, BDLI, AV, DTA)],
 R(HA, "met_with", AV), R(HA, "met_with", DTA),
 R(AV, "located_in", "Toulouse"), R(DTA, "located_in", "Brindisi"),
 R("HYCABIN", "funded_by", "Clean Aviation"), R(DLRSL, "leads", "HYCABIN"),
 *[R(o, "consortium_member_of", "HYCABIN") for o in (
   HA, AV, DTA, DLRSL, TUHH, ZAL, "Cabin Lab Hamburg GmbH", "Università del Salento")],
 R(DLRSL, "located_in", "Hamburg"), R("Università del Salento", "located_in", "Lecce"),
 R("Katrin Feldhusen", "works_for", HA),
 R("Lukas Brandenburg", "works_for", HA),
])

# --- maritime, Poland: Baltic Maritime Economy Cluster ------------------------------
BKGM = "Bałtycki Klaster Gospodarki Morskiej"
RSRY = "Remontowa Ship Repair Yard"
HEM = "Hellenic Marine Equipment Manufacturers & Exporters"
KMPZ = "Klaster Morski Pomorza Zachodniego"
GMU = "Gdynia Maritime University"
MCN = "Maritime Cluster Northern Germany"
BGSF = "Baltic Green Shipping Forum"
PRS = "Polish Register of Shipping"
DLTM = "Distretto Ligure delle Tecnologie Marine"
GPS = "GREENPORT-SB"
KIGM = "Polish Chamber of Maritime Commerce"
GOLD["baltic-maritime-cluster-poland-2022.txt"] = dict(
entities=[
 E(BKGM, "cluster", "PL", "Baltic Maritime Economy Cluster", "BKGM"),
 E("Gdynia", "place", "PL"), E("Pomeranian Voivodeship", "place", "PL"),
 E("Posidonia", "event", "GR"), E("Athens", "place", "GR"),
 E(PAIH, "public_body", "PL", "PAIH"),
 E(RSRY, "company", "PL"), E("Gdańsk", "place", "PL"),
 E("Hydro-Naval Gdynia", "company", "PL"), E("Seawolf Robotics", "company", "PL"),
 E(HEM, "network", "GR", "HEMEXPO"),
 E("SMM", "event", "DE"), E("Hamburg", "place", "DE"),
 E(KMPZ, "cluster", "PL"), E("Szczecin", "place", "PL"),
 E(GMU, "university", "PL", "Uniwersytet Morski w Gdyni"),
 E(MCN, "cluster", "DE", "MCN"),
 E("Anna Kowalczyk-Brzeska", "person", "PL"), E("Hauke Petersen", "person", "DE"),
 E(BGSF, "event", "PL"), E(GUT, "university", "PL"), E(PRS, "company", "PL", "PRS"),
 E(DLTM, "cluster", "IT", "DLTM"), E("La Spezia", "place", "IT"),
 E("Foro Marítimo Vasco", "cluster", "ES"), E("Bilbao", "place", "ES"),
 E("Pôle Mer Bretagne Atlantique", "cluster", "FR"),
 E(GPS, "project"), E("Interreg South Baltic", "programme"),
 E("Port of Klaipėda", "public_body", "LT"),
 E("Blekinge Institute of Technology", "university", "SE"), E("Karlskrona", "place", "SE"),
 E("Maritime Development Center", "network", "DK", "MDC"),
 E("European Network of Maritime Clusters", "network", None, "ENMC"),
 E(KIGM, "network", "PL", "Krajowa Izba Gospodarki Morskiej"),
 E("Waterborne Technology Platform", "network"),
 E("Piotr Zieliński", "person", "PL"),
],
relations=[
 R(BKGM, "located_in", "Gdynia"), R(BKGM, "located_in", "Pomeranian Voivodeship"),
 R("Posidonia", "located_in", "Athens"),
 *[R(o, "participated_in", "Posidonia") for o in (
   BKGM, PAIH, RSRY, "Hydro-Naval Gdynia", "Seawolf Robotics", HEM)],
 *[R(o, "member_of", BKGM) for o in (RSRY, "Hydro-Naval Gdynia", "Seawolf Robotics")],
 R(RSRY, "located_in", "Gdańsk"),
 R(BKGM, "met_with", HEM), R(BKGM, "partner_of", HEM),
 R("SMM", "located_in", "Hamburg"),
 *[R(o, "participated_in", "SMM") for o in (
   BKGM, KMPZ, GMU, MCN, "Anna Kowalczyk-Brzeska", "Hauke Petersen")],
 R(KMPZ, "located_in", "Szczecin"),
 R(BKGM, "partner_of", MCN),
 R("Anna Kowalczyk-Brzeska", "works_for", BKGM), R("Hauke Petersen", "works_for", MCN),
 *[R(o, "organized", BGSF) for o in (BKGM, GUT, PRS)], R(BGSF, "located_in", "Gdańsk"),
 *[R(o, "participated_in", BGSF) for o in (
   DLTM, "Foro Marítimo Vasco", "Pôle Mer Bretagne Atlantique")],
 R(DLTM, "located_in", "La Spezia"), R("Foro Marítimo Vasco", "located_in", "Bilbao"),
 R(GPS, "funded_by", "Interreg South Baltic"), R(BKGM, "leads", GPS),
 *[R(o, "consortium_member_of", GPS) for o in (
   BKGM, GMU, "Port of Klaipėda", "Blekinge Institute of Technology", "Maritime Development Center")],
 R("Blekinge Institute of Technology", "located_in", "Karlskrona"),
 R(BKGM, "member_of", "European Network of Maritime Clusters"), R(BKGM, "member_of", KIGM),
 R(BKGM, "member_of", "Waterborne Technology Platform"),
 R("Piotr Zieliński", "works_for", BKGM),
])


def check():
    for doc, gold in GOLD.items():
        assert (DOCS / doc).is_file(), f"missing document {doc}"
        types = {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (doc, e)
            assert e["name"] not in types, f"{doc}: duplicate entity {e['name']}"
            types[e["name"]] = e["type"]
        names = set(types)
        for e in gold["entities"]:
            for a in e["aliases"]:
                assert a not in names, f"{doc}: alias {a} is also an entity name"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (doc, r)
            assert s in types, f"{doc}: unknown subject {s}"
            assert o in types, f"{doc}: unknown object {o}"
            subj, obj = ALLOWED[p]
            assert types[s] in subj and types[o] in obj, f"{doc}: type not allowed {r} ({types[s]}, {types[o]})"
            key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
            assert key not in seen, f"{doc}: duplicate relation {r}"
            seen.add(key)
        n_e, n_r = len(gold["entities"]), len(gold["relations"])
        assert 25 <= n_e <= 45, f"{doc}: {n_e} entities"
        assert 25 <= n_r <= 50, f"{doc}: {n_r} relations"
        text = (DOCS / doc).read_text(encoding="utf-8").replace("&amp;", "&")
        for e in gold["entities"]:
            for n in [e["name"], *e["aliases"]]:
                assert n in text, f"{doc}: name not in text: {n}"


check()
for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
