"""Hand annotations of the `train-ax` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ax/make_gold_train_ax.py

Theme of the set: EU-funded projects and networks at every stage (calls won,
consortium agreements, kick-offs, mid-term reviews, final conferences):
Interreg North Sea, Baltic Sea Region, Atlantic Area, Danube Region and
Euro-MED, Horizon Europe, EIT Food / Manufacturing / Digital / InnoEnergy,
Erasmus+ alliances, Single Market Programme Euroclusters, the I3 instrument.

Rules (README, "Documents and gold"): every named organisation, person, event,
project, programme and place (cities, regions; not countries or continents);
`name` is the full form, `aliases` the other forms the text uses; types and
predicates are DOMAIN.md's. Conventions of this set:
- the coordinator / lead partner of a project `leads` it and is also a
  `consortium_member_of` it; the person named as coordinator or project
  manager of the lead partner `leads` it too;
- work-package leaders, partners and associated partners listed in a project's
  partnership are `consortium_member_of` it;
- a project is `funded_by` its programme, by the fund named as financing it
  (ERDF) and by the agency that signs or manages its grant (EISMEA, EACEA);
- science parks are `cluster`s, associations of companies and federations are
  `network`s, exhibition companies (Messe Frankfurt, BEC) are `company`s;
- planned participations stated as agreed are annotated like past ones;
- unnamed meetings (a "kick-off meeting in Lyon") are not events.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-ax"

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

# --- press release: Interreg North Sea project kick-off (recycled plastics) -------
LP = "LOOPLAST"
AAU = "Aalborg University"
PSP = "Polymer Science Park"
MCN = "Maritimes Cluster Norddeutschland"
TUHH = "Hamburg University of Technology"
RISE = "RISE Research Institutes of Sweden"
TRS = "Twente Recycling Solutions BV"
JS = "Joint Secretariat of the Interreg North Sea programme"
PRSE = "Plastics Recycling Show Europe"
LP_PARTNERS = (
    (AAU, "Aalborg"), (PSP, "Zwolle"), ("Windesheim University of Applied Sciences", "Zwolle"),
    ("Catalisti", "Brussels"), ("Ghent University", "Ghent"), (MCN, "Hamburg"), (TUHH, "Hamburg"),
    (RISE, "Gothenburg"), ("Eyde Cluster", "Kristiansand"), ("Norner AS", "Stathelle"),
    ("Lifestyle & Design Cluster", "Herning"), (TRS, "Almelo"))
LP_ASSOCIATED = ("Province of Overijssel", "Port of Esbjerg", "Plastics Europe")
GOLD["looplast-interreg-north-sea-kickoff-2023.md"] = dict(
entities=[
 E(LP, "project", None, "Closing Loops for Post-Consumer Plastics in the North Sea Region"), E(PSP, "cluster", "NL"), E("Zwolle", "place", "NL"),
 E("Interreg North Sea", "programme"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E(AAU, "university", "DK", "AAU"), E("Aalborg", "place", "DK"), E("PolyCycle", "project"),
 E("Mette Kjærgaard", "person", "DK"),
 E("Windesheim University of Applied Sciences", "university", "NL"),
 E("Catalisti", "cluster", "BE"), E("Brussels", "place", "BE"),
 E("Ghent University", "university", "BE"), E("Ghent", "place", "BE"),
 E(MCN, "cluster", "DE", "MCN"), E("Hamburg", "place", "DE"),
 E(TUHH, "university", "DE", "TUHH"),
 E(RISE, "research_org", "SE", "RISE"), E("Gothenburg", "place", "SE"),
 E("Eyde Cluster", "cluster", "NO"), E("Kristiansand", "place", "NO"),
 E("Norner AS", "company", "NO", "Norner"), E("Stathelle", "place", "NO"),
 E("Lifestyle & Design Cluster", "cluster", "DK"), E("Herning", "place", "DK"),
 E(TRS, "company", "NL"), E("Almelo", "place", "NL"),
 E("Province of Overijssel", "public_body", "NL"), E("Port of Esbjerg", "public_body", "DK"),
 E("Plastics Europe", "network", "BE"),
 E("Hauke Petersen", "person", "DE"), E("Annelies Vermeulen", "person", "BE"),
 E(JS, "public_body", "DK"), E("Viborg", "place", "DK"), E("Pieter Hendriks", "person"),
 E(PRSE, "event", "NL", "PRSE"), E("Amsterdam", "place", "NL"),
 E("K 2025", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Messe Düsseldorf", "company", "DE"),
],
relations=[
 R(LP, "funded_by", "Interreg North Sea"), R(LP, "funded_by", "European Regional Development Fund"),
 R(AAU, "leads", LP), R(AAU, "leads", "PolyCycle"), R(AAU, "consortium_member_of", "PolyCycle"),
 R("Mette Kjærgaard", "works_for", AAU), R("Mette Kjærgaard", "leads", LP),
 *[R(o, "consortium_member_of", LP) for o, _ in LP_PARTNERS],
 *[R(o, "located_in", c) for o, c in LP_PARTNERS],
 *[R(o, "consortium_member_of", LP) for o in LP_ASSOCIATED],
 R("Plastics Europe", "located_in", "Brussels"),
 R("Hauke Petersen", "works_for", MCN), R("Annelies Vermeulen", "works_for", "Catalisti"),
 R(JS, "located_in", "Viborg"), R("Pieter Hendriks", "works_for", JS),
 R(PRSE, "located_in", "Amsterdam"),
 R(TRS, "participated_in", PRSE), R("Norner AS", "participated_in", PRSE),
 R("K 2025", "located_in", "Düsseldorf"), R("Messe Düsseldorf", "organized", "K 2025"),
])

# --- project news: Interreg Baltic Sea Region mid-term review (new proteins) ------
NP = "NEWPROT-BSR"
LBTU = "Latvian University of Life Sciences and Technologies"
IBSH = "Investitionsbank Schleswig-Holstein"
LBA = "Lithuanian Biotechnology Association"
LUKE = "Natural Resources Institute Finland"
KRI = "Krinova Incubator & Science Park"
TSP = "Tartu Science Park"
TUSP = "Turku Science Park"
BPS = "Baltic Protein Solutions SIA"
HACK = "Baltic Protein Hackathon"
RF = "Riga Food 2024"
NP_PARTNERS = (
    (LBTU, "Jelgava"), ("Estonian University of Life Sciences", "Tartu"), (TSP, "Tartu"),
    (LBA, "Vilnius"), (LUKE, "Helsinki"), (TUSP, "Turku"), (KRI, "Kristianstad"),
    ("Gdańsk University of Technology", "Gdańsk"), ("foodRegio", "Lübeck"),
    ("Kiel University", "Kiel"), (BPS, "Riga"))
NP_ASSOCIATED = ("Ministry of Agriculture of the Republic of Latvia", "Region Skåne", "Business Finland")
GOLD["newprot-bsr-mid-term-review-2024.html"] = dict(
entities=[
 E(NP, "project", None, "New Proteins for the Baltic Sea Region"), E("Interreg Baltic Sea Region", "programme"), E("Jelgava", "place", "LV"),
 E(LBTU, "university", "LV", "LBTU"), E(IBSH, "public_body", "DE", "IB.SH"),
 E("Rostock", "place", "DE"), E("Katrin Möller-Janssen", "person", "DE"),
 E("Ilze Bērziņa", "person", "LV"),
 E("Estonian University of Life Sciences", "university", "EE"), E("Tartu", "place", "EE"),
 E(TSP, "cluster", "EE"), E(LBA, "network", "LT"), E("Vilnius", "place", "LT"),
 E(LUKE, "research_org", "FI", "Luke"), E("Helsinki", "place", "FI"),
 E(TUSP, "cluster", "FI"), E("Turku", "place", "FI"),
 E(KRI, "cluster", "SE", "Krinova"), E("Kristianstad", "place", "SE"),
 E("Gdańsk University of Technology", "university", "PL"), E("Gdańsk", "place", "PL"),
 E("foodRegio", "cluster", "DE"), E("Lübeck", "place", "DE"),
 E("Kiel University", "university", "DE"), E("Kiel", "place", "DE"),
 E(BPS, "company", "LV"), E("Riga", "place", "LV"),
 E("Ministry of Agriculture of the Republic of Latvia", "public_body", "LV"),
 E("Region Skåne", "public_body", "SE"), E("Business Finland", "public_body", "FI"),
 E(HACK, "event", "FI"), E(RF, "event", "LV"),
 E("Rasa Jonaitienė", "person", "LT"),
 E("EIT Food", "network"), E("EIT Food Accelerator Network", "programme"),
 E("Enterprise Europe Network", "network", None, "EEN"),
],
relations=[
 R(NP, "funded_by", "Interreg Baltic Sea Region"),
 R(LBTU, "leads", NP),
 *[R(o, "consortium_member_of", NP) for o, _ in NP_PARTNERS],
 *[R(o, "located_in", c) for o, c in NP_PARTNERS],
 *[R(o, "consortium_member_of", NP) for o in NP_ASSOCIATED],
 R(IBSH, "located_in", "Rostock"), R("Katrin Möller-Janssen", "works_for", IBSH),
 R("Ilze Bērziņa", "works_for", LBTU), R("Ilze Bērziņa", "leads", NP),
 R("Rasa Jonaitienė", "works_for", LBA),
 R(KRI, "organized", HACK), R(TUSP, "organized", HACK), R(HACK, "located_in", "Turku"),
 R(RF, "located_in", "Riga"),
 *[R(o, "participated_in", RF) for o in (LBTU, BPS, LBA)],
 R(LBA, "partner_of", "EIT Food"), R(LUKE, "partner_of", "EIT Food"),
 R(TSP, "member_of", "Enterprise Europe Network"),
])

# --- press release: Single Market Programme Euroclusters grant (textiles) ---------
TX = "TEXCIRC"
TT = "Techtera"
AITEX = "Textile Industry Research Association"
CITEVE = "Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal"
LODZ = "Łódź University of Technology"
LATIA = "Lithuanian Apparel and Textile Industry Association"
ETP = "European Technology Platform for the Future of Textiles and Clothing"
EISMEA = "European Innovation Council and SMEs Executive Agency"
TTX = "Techtextil 2024"
TX_PARTNERS = (TT, "Up-tex", AITEX, "Centexbel", "Pointex", CITEVE, LODZ)
TX_LOC = ((TT, "Lyon"), (TT, "Auvergne-Rhône-Alpes"), ("Up-tex", "Roubaix"),
          ("Up-tex", "Hauts-de-France"), (AITEX, "Alcoy"), ("Centexbel", "Ghent"),
          ("Centexbel", "Flanders"), ("Pointex", "Biella"), ("Pointex", "Piedmont"),
          (CITEVE, "Vila Nova de Famalicão"), (LODZ, "Łódź"), (LATIA, "Vilnius"))
GOLD["texcirc-eurocluster-grant-2023.txt"] = dict(
entities=[
 E(TT, "cluster", "FR"), E("Lyon", "place", "FR"), E(TX, "project", None, "TEXCIRC Eurocluster"),
 E("European Commission", "public_body"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E("Euroclusters", "programme"), E("Single Market Programme", "programme", None, "SMP"),
 E(EISMEA, "public_body", None, "EISMEA"), E("Sophie Delorme", "person", "FR"),
 E("Up-tex", "cluster", "FR"), E("Roubaix", "place", "FR"), E("Hauts-de-France", "place", "FR"),
 E(AITEX, "research_org", "ES", "AITEX"), E("Alcoy", "place", "ES"),
 E("Centexbel", "research_org", "BE"), E("Ghent", "place", "BE"), E("Flanders", "place", "BE"),
 E("Pointex", "cluster", "IT", "Polo di innovazione tessile"), E("Biella", "place", "IT"),
 E("Piedmont", "place", "IT"),
 E(CITEVE, "research_org", "PT", "CITEVE"), E("Vila Nova de Famalicão", "place", "PT"),
 E(LODZ, "university", "PL"), E("Łódź", "place", "PL"),
 E(LATIA, "network", "LT", "LATIA"), E("Vilnius", "place", "LT"),
 E("University of Borås", "university", "SE"),
 E(ETP, "network", None, "Textile ETP"), E("Brussels", "place", "BE"),
 E("Elena Sanchis", "person", "ES"), E("Giulia Ferraris", "person", "IT"),
 E("Marek Kowalczyk", "person", "PL"),
 E("European Cluster Collaboration Platform", "network", None, "ECCP"),
 E(TTX, "event", "DE"), E("Messe Frankfurt", "company", "DE"),
 E("Frankfurt am Main", "place", "DE"),
],
relations=[
 R(TX, "funded_by", "Euroclusters"), R(TX, "funded_by", "Single Market Programme"),
 R(TX, "funded_by", EISMEA), R(TX, "funded_by", "European Commission"),
 R(TT, "leads", TX),
 *[R(o, "consortium_member_of", TX) for o in TX_PARTNERS],
 R(LATIA, "consortium_member_of", TX), R("University of Borås", "consortium_member_of", TX),
 *[R(o, "located_in", p) for o, p in TX_LOC],
 *[R(o, "member_of", ETP) for o in TX_PARTNERS],
 R(ETP, "located_in", "Brussels"),
 R("Sophie Delorme", "works_for", TT), R("Elena Sanchis", "works_for", AITEX),
 R("Giulia Ferraris", "works_for", "Pointex"), R("Marek Kowalczyk", "works_for", LODZ),
 R(TTX, "located_in", "Frankfurt am Main"), R("Messe Frankfurt", "organized", TTX),
 R(TT, "participated_in", TTX), R("Up-tex", "participated_in", TTX),
])

# --- newsletter: AFM Cluster, EIT Manufacturing / EIT Digital / Horizon Europe ----
AFM = "AFM Cluster"
ZW = "ZEROWELD"
EITM = "EIT Manufacturing"
MU = "Mondragon University"
IPK = "Fraunhofer Institute for Production Systems and Design Technology"
IB = "Ibarmia Innovatek"
BIEMH = "Biennial Spanish Machine Tool Exhibition"
BEC = "Bilbao Exhibition Centre"
MMD = "BIEMH Matchmaking Days"
SPRI = "Basque Business Development Agency"
CLAUT = "Cluster Automotriz de Nuevo León"
JMTBA = "Japan Machine Tool Builders' Association"
CM = "CIRCUMACH"
DTI = "Danish Technological Institute"
KIT = "Karlsruhe Institute of Technology"
EMO = "EMO Hannover 2025"
VDW = "German Machine Tool Builders' Association"
BD = "SPRI Horizon Europe Brokerage Day"
ZW_PARTNERS = (("Tecnalia", "Derio"), (AFM, "Donostia-San Sebastián"), (MU, "Arrasate-Mondragón"),
               ("Politecnico di Milano", "Milan"), (IPK, "Berlin"), (IB, "Azkoitia"))
GOLD["afm-cluster-newsletter-european-projects-2024.md"] = dict(
entities=[
 E(AFM, "cluster", "ES"), E("Donostia-San Sebastián", "place", "ES"), E(ZW, "project"),
 E(EITM, "network"), E("Tecnalia", "research_org", "ES"), E("Derio", "place", "ES"),
 E(MU, "university", "ES"), E("Arrasate-Mondragón", "place", "ES"),
 E("Politecnico di Milano", "university", "IT"), E("Milan", "place", "IT"),
 E(IPK, "research_org", "DE", "Fraunhofer IPK"), E("Berlin", "place", "DE"),
 E(IB, "company", "ES", "Ibarmia"), E("Azkoitia", "place", "ES"),
 E("Maite Etxeberria", "person", "ES"), E("Iker Arrieta", "person", "ES"),
 E(BIEMH, "event", "ES", "BIEMH 2024"), E(BEC, "company", "ES", "BEC"),
 E("Barakaldo", "place", "ES"), E(MMD, "event", "ES"),
 E(SPRI, "public_body", "ES", "SPRI"), E("Enterprise Europe Network", "network"),
 E(CLAUT, "cluster", "MX", "CLAUT"), E("Monterrey", "place", "MX"),
 E("PRODUTECH", "cluster", "PT"), E("Porto", "place", "PT"),
 E(JMTBA, "network", "JP", "JMTBA"),
 E("EIT Digital", "network"), E("Ideko", "research_org", "ES"), E("Danobat", "company", "ES"),
 E("Elgoibar", "place", "ES"), E("Jon Urkiola", "person", "ES"),
 E(CM, "project"), E("Horizon Europe", "programme"),
 E(DTI, "research_org", "DK", "DTI"), E("Taastrup", "place", "DK"),
 E(KIT, "university", "DE", "KIT"), E("Flanders Make", "research_org", "BE"),
 E("Lommel", "place", "BE"),
 E(EMO, "event", "DE"), E("Hanover", "place", "DE"), E(VDW, "network", "DE", "VDW"),
 E(BD, "event", "ES"),
],
relations=[
 R(ZW, "funded_by", EITM), R("Tecnalia", "leads", ZW),
 *[R(o, "consortium_member_of", ZW) for o, _ in ZW_PARTNERS],
 *[R(o, "located_in", p) for o, p in ZW_PARTNERS],
 R("Maite Etxeberria", "works_for", AFM),
 R("Iker Arrieta", "works_for", "Tecnalia"), R("Iker Arrieta", "leads", ZW),
 R(BIEMH, "located_in", "Barakaldo"), R(BEC, "located_in", "Barakaldo"),
 R(BEC, "organized", BIEMH), R(AFM, "organized", BIEMH),
 R(AFM, "organized", MMD), R(EITM, "organized", MMD), R(SPRI, "organized", MMD),
 R(MMD, "located_in", "Barakaldo"),
 R(SPRI, "member_of", "Enterprise Europe Network"),
 *[R(o, "participated_in", MMD) for o in (CLAUT, "PRODUTECH", JMTBA)],
 R(CLAUT, "located_in", "Monterrey"), R("PRODUTECH", "located_in", "Porto"),
 *[R(o, "participated_in", BIEMH) for o in (MU, "Tecnalia", EITM)],
 R("Ideko", "member_of", "EIT Digital"), R("Ideko", "located_in", "Elgoibar"),
 R("Jon Urkiola", "works_for", "Ideko"),
 R(CM, "funded_by", "Horizon Europe"), R(DTI, "leads", CM),
 *[R(o, "consortium_member_of", CM) for o in (DTI, AFM, "Ideko", KIT, "Flanders Make")],
 R(DTI, "located_in", "Taastrup"), R("Flanders Make", "located_in", "Lommel"),
 R(EMO, "located_in", "Hanover"), R(VDW, "organized", EMO), R(AFM, "participated_in", EMO),
 R(SPRI, "organized", BD),
])

# --- event news: Interreg Atlantic Area project final conference (seaweed) -------
AG = "ALGATLANTIC"
FC = "ALGATLANTIC Final Conference"
CET = "Centro Tecnológico del Mar"
UV = "Universidade de Vigo"
CCDR = "Comissão de Coordenação e Desenvolvimento Regional do Norte"
MARE = "Directorate-General for Maritime Affairs and Fisheries"
CIIMAR = "Interdisciplinary Centre of Marine and Environmental Research"
PMBA = "Pôle Mer Bretagne Atlantique"
SBR = "Station Biologique de Roscoff"
UDG = "Údarás na Gaeltachta"
PLOCAN = "Plataforma Oceánica de Canarias"
ASA = "Atlantic Seaweed Alliance"
SEAG = "Seagriculture EU 2023"
AG_PARTNERS = ((CET, "Vigo"), (UV, "Vigo"), (CIIMAR, "Matosinhos"), ("Fórum Oceano", "Lisbon"),
               (PMBA, "Brest"), (SBR, "Roscoff"), (UDG, "Na Forbacha"),
               ("University of Galway", "Galway"), ("AZTI", "Sukarrieta"), (PLOCAN, "Telde"))
ASA_FOUNDERS = (PMBA, "Fórum Oceano", UDG)
GOLD["algatlantic-final-conference-vigo-2022.html"] = dict(
entities=[
 E(AG, "project"), E(FC, "event", "ES"), E("Vigo", "place", "ES"),
 E("Interreg Atlantic Area", "programme"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E(CET, "research_org", "ES", "CETMAR"), E(UV, "university", "ES"),
 E("Carmen Vázquez Losada", "person", "ES", "Vázquez Losada"),
 E("Ana Rita Pinheiro", "person", "PT"), E(CCDR, "public_body", "PT", "CCDR-N"),
 E("Jan De Smet", "person"), E("European Commission", "public_body"),
 E(MARE, "public_body", None, "DG MARE"), E("Enterprise Europe Network", "network"),
 E(CIIMAR, "research_org", "PT", "CIIMAR"), E("Matosinhos", "place", "PT"),
 E("Fórum Oceano", "cluster", "PT"), E("Lisbon", "place", "PT"),
 E(PMBA, "cluster", "FR"), E("Brest", "place", "FR"),
 E(SBR, "research_org", "FR"), E("Roscoff", "place", "FR"),
 E(UDG, "public_body", "IE"), E("Na Forbacha", "place", "IE"),
 E("University of Galway", "university", "IE"), E("Galway", "place", "IE"),
 E("AZTI", "research_org", "ES"), E("Sukarrieta", "place", "ES"),
 E(PLOCAN, "research_org", "ES", "PLOCAN"), E("Telde", "place", "ES"),
 E("Liam Ó Conghaile", "person", "IE"), E("Connemara", "place", "IE"),
 E(ASA, "network"), E("SEAFUSE", "project"), E("Horizon Europe", "programme"),
 E(SEAG, "event", "NO"), E("Trondheim", "place", "NO"),
 E("Galicia", "place", "ES"), E("Northern Portugal", "place", "PT"),
],
relations=[
 R(AG, "funded_by", "Interreg Atlantic Area"), R(AG, "funded_by", "European Regional Development Fund"),
 R(CET, "leads", AG),
 *[R(o, "consortium_member_of", AG) for o, _ in AG_PARTNERS],
 *[R(o, "located_in", p) for o, p in AG_PARTNERS],
 R(FC, "located_in", "Vigo"), R(CET, "organized", FC), R(UV, "organized", FC),
 R("Carmen Vázquez Losada", "works_for", CET), R("Carmen Vázquez Losada", "leads", AG),
 R("Carmen Vázquez Losada", "participated_in", FC),
 R("Ana Rita Pinheiro", "works_for", CCDR), R("Ana Rita Pinheiro", "participated_in", FC),
 R(CCDR, "participated_in", FC),
 R("Jan De Smet", "works_for", MARE), R("Jan De Smet", "participated_in", FC),
 R(MARE, "participated_in", FC),
 R("Liam Ó Conghaile", "works_for", UDG),
 *[R(o, "member_of", ASA) for o in ASA_FOUNDERS],
 *[R(o, "participated_in", FC) for o in ASA_FOUNDERS],
 R("SEAFUSE", "funded_by", "Horizon Europe"), R("AZTI", "leads", "SEAFUSE"),
 *[R(o, "consortium_member_of", "SEAFUSE") for o in ("AZTI", CIIMAR, SBR)],
 R(SEAG, "located_in", "Trondheim"),
 R(CET, "participated_in", SEAG), R("Fórum Oceano", "participated_in", SEAG),
])

# --- news release: I3 instrument consortium agreement (hydrogen valleys) ---------
HV = "HYVALUE"
I3 = "Interregional Innovation Investments (I3) Instrument"
NEC = "New Energy Coalition"
FHA = "Fundación para el Desarrollo de las Nuevas Tecnologías del Hidrógeno en Aragón"
BEC_H = "Basque Energy Cluster"
ECD = "Energy Cluster Denmark"
IIT = "Institut für Innovative Technologien Bozen"
EEHH = "Erneuerbare Energien Hamburg Clusteragentur"
EEW = "Emmen Electrolyser Works BV"
ARA = "Arasol Hidrógeno SL"
SDU = "Syddansk Universitet"
POG = "Province of Groningen"
GOA = "Government of Aragon"
S3 = "S3 Partnership on Hydrogen Valleys"
WHS = "World Hydrogen Summit 2024"
EHW = "European Hydrogen Week 2024"
HV_PARTNERS = ((NEC, "Groningen"), (FHA, "Huesca"), (BEC_H, "Bilbao"), ("Tenerrdis", "Grenoble"),
               (ECD, "Odense"), (IIT, "Bolzano"), (EEHH, "Hamburg"), (EEW, "Emmen"),
               (ARA, "Zaragoza"), ("Gasunie", "Groningen"), (SDU, "Odense"))
HV_ASSOCIATED = ("EIT InnoEnergy", "Hydrogen Europe", POG)
GOLD["hyvalue-i3-consortium-agreement-2024.txt"] = dict(
entities=[
 E(HV, "project", None, "Hydrogen Value Chains across European Valleys"), E("Groningen", "place", "NL"), E(I3, "programme", None, "I3"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E("European Innovation Council and SMEs Executive Agency", "public_body", None, "EISMEA"),
 E(NEC, "network", "NL"), E("HEAVENN", "project"), E("Northern Netherlands", "place", "NL"),
 E("Lotte van der Meer", "person", "NL", "van der Meer"),
 E("Emmen", "place", "NL"), E("Huesca", "place", "ES"), E("Bilbao", "place", "ES"),
 E(FHA, "research_org", "ES", "Aragon Hydrogen Foundation", "FHa"),
 E(BEC_H, "cluster", "ES", "Clúster de Energía del País Vasco"),
 E("Tenerrdis", "cluster", "FR"), E("Grenoble", "place", "FR"),
 E(ECD, "cluster", "DK"), E("Odense", "place", "DK"),
 E(IIT, "research_org", "IT", "IIT Bozen"), E("Bolzano", "place", "IT"),
 E(EEHH, "cluster", "DE", "EEHH"), E("Hamburg", "place", "DE"),
 E(EEW, "company", "NL"), E(ARA, "company", "ES"), E("Zaragoza", "place", "ES"),
 E("Gasunie", "company", "NL"), E(SDU, "university", "DK", "University of Southern Denmark"),
 E("EIT InnoEnergy", "network"), E("Hydrogen Europe", "network", "BE"),
 E(POG, "public_body", "NL"),
 E("Pilar Ballarín Gracia", "person", "ES"), E("Aragon", "place", "ES"),
 E("Basque Country", "place", "ES"), E("Søren Holm Thomsen", "person", "DK"),
 E("Ioana Marinescu", "person"),
 E(WHS, "event", "NL"), E("Rotterdam", "place", "NL"),
 E(EHW, "event", "BE"), E("Brussels", "place", "BE"),
 E(S3, "network"), E(GOA, "public_body", "ES"),
],
relations=[
 R(HV, "funded_by", I3), R(HV, "funded_by", "European Regional Development Fund"),
 R(HV, "funded_by", "European Innovation Council and SMEs Executive Agency"),
 R(NEC, "leads", HV),
 *[R(o, "consortium_member_of", HV) for o, _ in HV_PARTNERS],
 *[R(o, "located_in", p) for o, p in HV_PARTNERS],
 *[R(o, "consortium_member_of", HV) for o in HV_ASSOCIATED],
 R(NEC, "leads", "HEAVENN"), R(NEC, "consortium_member_of", "HEAVENN"),
 R("Lotte van der Meer", "works_for", NEC), R("Lotte van der Meer", "leads", HV),
 R("Pilar Ballarín Gracia", "works_for", FHA),
 R("Søren Holm Thomsen", "works_for", ECD),
 R("Ioana Marinescu", "works_for", "European Innovation Council and SMEs Executive Agency"),
 R(WHS, "located_in", "Rotterdam"),
 *[R(o, "participated_in", WHS) for o in (NEC, "Tenerrdis", ECD, "Gasunie")],
 *[R(NEC, "met_with", o) for o in ("Tenerrdis", ECD, "Gasunie")],
 R("Hydrogen Europe", "organized", EHW), R(EHW, "located_in", "Brussels"),
 R("Lotte van der Meer", "participated_in", EHW),
 R(POG, "leads", S3), R(GOA, "leads", S3),
])

# --- press release: Erasmus+ alliance kick-off (bio-based packaging skills) -------
BP = "BIOPACK-SKILLS"
UNIBO = "Alma Mater Studiorum - Università di Bologna"
EACEA = "European Education and Culture Executive Agency"
CER = "Clust-ER Agrifood"
HOH = "University of Hohenheim"
HGK = "Hrvatska gospodarska komora"
FF = "Flanders' FOOD"
BCC = "Basque Culinary Center"
AUP = "Agricultural University - Plovdiv"
ZSG = "Zespół Szkół Gastronomicznych"
HSWT = "Hochschule Weihenstephan-Triesdorf"
FDE = "FoodDrinkEurope"
FFL = "Spanish Food and Drink Technology Platform"
ECO = "Ecomondo 2023"
IEG = "Italian Exhibition Group"
BP_PARTNERS = (UNIBO, CER, HOH, "EIT Food", "AINIA", HGK, FF, BCC, AUP, "Novamont", ZSG, HSWT)
BP_LOC = ((UNIBO, "Bologna"), (CER, "Bologna"), (CER, "Emilia-Romagna"), (HOH, "Stuttgart"),
          ("EIT Food", "Leuven"), ("AINIA", "Paterna"), ("AINIA", "Valencia"), (HGK, "Zagreb"),
          (FF, "Brussels"), (BCC, "Donostia-San Sebastián"), (AUP, "Plovdiv"),
          ("Novamont", "Novara"), (ZSG, "Poznań"), (HSWT, "Freising"), (FDE, "Brussels"))
GOLD["biopack-skills-erasmus-alliance-kickoff-2023.txt"] = dict(
entities=[
 E(BP, "project"), E("Bologna", "place", "IT"),
 E(UNIBO, "university", "IT", "University of Bologna", "UNIBO"),
 E("Erasmus+", "programme"), E(EACEA, "public_body", None, "EACEA"),
 E("Chiara Rinaldi", "person", "IT"),
 E(CER, "cluster", "IT"), E("Emilia-Romagna", "place", "IT"),
 E(HOH, "university", "DE"), E("Stuttgart", "place", "DE"),
 E("EIT Food", "network"), E("Leuven", "place", "BE"),
 E("AINIA", "research_org", "ES"), E("Paterna", "place", "ES"), E("Valencia", "place", "ES"),
 E(HGK, "public_body", "HR", "Croatian Chamber of Economy", "HGK"), E("Zagreb", "place", "HR"),
 E(FF, "cluster", "BE"), E("Brussels", "place", "BE"),
 E(BCC, "university", "ES"), E("Donostia-San Sebastián", "place", "ES"),
 E(AUP, "university", "BG"), E("Plovdiv", "place", "BG"),
 E("Novamont", "company", "IT"), E("Novara", "place", "IT"),
 E(ZSG, "university", "PL"), E("Poznań", "place", "PL"),
 E(HSWT, "university", "DE"), E("Freising", "place", "DE"),
 E(FDE, "network", "BE"),
 E("Dirk Van Acker", "person", "BE"), E("Katrin Neumann", "person", "DE"),
 E("Ivana Kovačević", "person", "HR"), E("Matteo Gentili", "person", "IT"),
 E("Pact for Skills", "network"), E(FFL, "network", "ES", "Food for Life-Spain"),
 E(ECO, "event", "IT"), E(IEG, "company", "IT"), E("Rimini", "place", "IT"),
 E("Stefania Rossetti", "person"),
],
relations=[
 R(BP, "funded_by", "Erasmus+"), R(BP, "funded_by", EACEA),
 R(UNIBO, "leads", BP),
 *[R(o, "consortium_member_of", BP) for o in BP_PARTNERS],
 R(FDE, "consortium_member_of", BP),
 *[R(o, "located_in", p) for o, p in BP_LOC],
 R("Chiara Rinaldi", "works_for", UNIBO), R("Chiara Rinaldi", "leads", BP),
 R("Dirk Van Acker", "works_for", FF), R("Katrin Neumann", "works_for", HOH),
 R("Ivana Kovačević", "works_for", HGK), R("Matteo Gentili", "works_for", "Novamont"),
 R("Stefania Rossetti", "works_for", EACEA),
 R(CER, "member_of", "Pact for Skills"), R("EIT Food", "member_of", "Pact for Skills"),
 R(BCC, "member_of", FFL), R("AINIA", "member_of", FFL),
 R(ECO, "located_in", "Rimini"), R(IEG, "organized", ECO),
 *[R(o, "participated_in", ECO) for o in (UNIBO, CER, "Novamont")],
])

# --- annual-report chapter: Slovenian automotive cluster, EU projects -------------
ACS = "Automotive Cluster of Slovenia"
DD = "DRIVE-DANUBE"
MB = "MED-BATTCIRC"
RC = "REGEN-CELL"
PBN = "Pannon Business Network"
CIAC = "Clúster de la Indústria d'Automoció de Catalunya"
NIC = "National Institute of Chemistry"
ACST = "ACstyria Mobility Cluster"
AICWS = "Automotive Industry Cluster – Western Slovakia"
PUT = "Politehnica University Timișoara"
UKG = "University of Kragujevac"
CLM = "Cluster Lombardo della Mobilità"
JSI = "Jožef Stefan Institute"
EBA = "European Battery Alliance"
ASKA = "Automotive Skills Alliance"
MSAC = "Moravian-Silesian Automotive Cluster"
SAF = "Slovenian Automotive Forum 2024"
IAA = "IAA Transportation 2024"
VDA = "German Association of the Automotive Industry"
DD_PARTNERS = (PBN, ACS, "Bayern Innovativ", ACST, AICWS, PUT, UKG)
MB_PARTNERS = (CIAC, ACS, CLM, "University of Patras", "University of Zagreb", "mobinov")
GOLD["automotive-cluster-slovenia-eu-projects-annual-report-2024.md"] = dict(
entities=[
 E(ACS, "cluster", "SI", "ACS", "Slovenski avtomobilski grozd"), E("Ljubljana", "place", "SI"),
 E(DD, "project"), E("Interreg Danube Region", "programme"),
 E(PBN, "network", "HU", "PBN"), E("Győr", "place", "HU"),
 E(MB, "project"), E("Interreg Euro-MED", "programme"),
 E(CIAC, "cluster", "ES", "CIAC"), E("Barcelona", "place", "ES"),
 E(RC, "project"), E("Horizon Europe", "programme"),
 E(NIC, "research_org", "SI", "Kemijski inštitut", "KI"),
 E("Bayern Innovativ", "public_body", "DE"), E("Nuremberg", "place", "DE"),
 E(ACST, "cluster", "AT", "ACstyria"), E("Graz", "place", "AT"),
 E(AICWS, "cluster", "SK"), E("Trnava", "place", "SK"),
 E(PUT, "university", "RO"), E(UKG, "university", "RS"),
 E("Eszter Horváth", "person", "HU"),
 E(CLM, "cluster", "IT"), E("Milan", "place", "IT"),
 E("University of Patras", "university", "GR"), E("University of Zagreb", "university", "HR"),
 E("mobinov", "cluster", "PT"), E("Porto", "place", "PT"), E("Koper", "place", "SI"),
 E(JSI, "research_org", "SI"), E("Nina Hočevar", "person", "SI"),
 E(EBA, "network", None, "EBA250"), E("EIT InnoEnergy", "network"),
 E(ASKA, "network", None, "ASA"),
 E(MSAC, "cluster", "CZ", "MSAC"), E("Ostrava", "place", "CZ"),
 E(SAF, "event", "SI"), E("Portorož", "place", "SI"),
 E("Matej Kranjc", "person", "SI"),
 E(IAA, "event", "DE"), E("Hanover", "place", "DE"), E(VDA, "network", "DE", "VDA"),
],
relations=[
 R(DD, "funded_by", "Interreg Danube Region"), R(PBN, "leads", DD),
 *[R(o, "consortium_member_of", DD) for o in DD_PARTNERS],
 R(PBN, "located_in", "Győr"), R("Bayern Innovativ", "located_in", "Nuremberg"),
 R(ACST, "located_in", "Graz"), R(AICWS, "located_in", "Trnava"),
 R("Eszter Horváth", "works_for", PBN), R("Eszter Horváth", "leads", DD),
 R(MB, "funded_by", "Interreg Euro-MED"), R(CIAC, "leads", MB),
 *[R(o, "consortium_member_of", MB) for o in MB_PARTNERS],
 R(CIAC, "located_in", "Barcelona"), R(CLM, "located_in", "Milan"), R("mobinov", "located_in", "Porto"),
 R(RC, "funded_by", "Horizon Europe"), R(NIC, "leads", RC),
 *[R(o, "consortium_member_of", RC) for o in (NIC, ACS, JSI)],
 R(NIC, "located_in", "Ljubljana"), R("Nina Hočevar", "works_for", NIC),
 R(ACS, "located_in", "Ljubljana"),
 R(ACS, "member_of", EBA), R("EIT InnoEnergy", "leads", EBA), R(ACS, "member_of", ASKA),
 R(ACS, "partner_of", MSAC), R(MSAC, "located_in", "Ostrava"),
 R(ACS, "organized", SAF), R(SAF, "located_in", "Portorož"),
 R(IAA, "located_in", "Hanover"), R(VDA, "organized", IAA),
 R(ACS, "participated_in", IAA), R("Matej Kranjc", "participated_in", IAA),
 R("Matej Kranjc", "works_for", ACS),
 R(ACS, "met_with", CIAC), R(ACS, "met_with", CLM),
 R(CIAC, "participated_in", IAA), R(CLM, "participated_in", IAA),
])


def _key(r):
    s, p, o = r["subject"], r["predicate"], r["object"]
    if p in SYMMETRIC:
        s, o = sorted((s, o))
    return (s, p, o)


def check():
    for name, gold in GOLD.items():
        doc = DOCS / name
        assert doc.is_file(), f"{name}: document missing"
        text = doc.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (name, e)
            assert e["name"] not in types, (name, "duplicate entity", e["name"])
            types[e["name"]] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (name, e)
            for form in [e["name"], *e["aliases"]]:
                f = form.lower()
                assert f not in forms or forms[f] == e["name"], (name, "form of two entities", form)
                forms[f] = e["name"]
                assert f in text, (name, "not in text", form)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert s in types and o in types, (name, "undeclared end", r)
            assert s != o, (name, "self relation", r)
            subj, obj = ALLOWED[p]
            assert types[s] in subj and types[o] in obj, (name, "types not allowed", r, types[s], types[o])
            k = _key(r)
            assert k not in seen, (name, "duplicate relation", r)
            seen.add(k)


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))


if __name__ == "__main__":
    main()
