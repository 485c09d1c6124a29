"""Hand annotations of the `train-p` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-p/make_gold_train_p.py

Theme: news of European and global cluster networks and programmes (ECCP,
CEBR, ERRIN, Euroclusters, EIT Health, EIT Food, TCI Network, ScanBalt).
Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Choices made here:
- Planned participations and agreements stated as agreed ("will share a
  pavilion", "will sign a cooperation agreement") are annotated like past ones.
- The chair/president/chief executive of a network `leads` it; board and
  executive-committee seats are `member_of` (role board / executive_committee).
- Working groups and special interest groups inside a network are not entities.
- A science park named only as a venue is a `place`; one that acts as an
  organisation (hosts, sits on a board, joins a consortium) is a `cluster`.
The script checks that every relation end is a declared entity, that the
predicate's subject/object types are allowed (DOMAIN.md), and that every name
and alias occurs in the document text.
"""

import html
import json
import re
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
TYPES = ORG | {"programme", "event", "project", "person", "place"}

GOLD = {}

# --- ECCP newsletter: Euroclusters, EU-Japan matchmaking, LLA-Photonics Bretagne MoU ---
ECCP = "European Cluster Collaboration Platform"
SMP = "Single Market Programme"
RM, AL, S4C = "RESILIENT-MED", "AGRI-LOOP", "SKILLS4CHIPS"
CLUSAGA = "Clúster Alimentario de Galicia"
MMD = "EU–Japan Cluster Matchmaking Day"
EUJC = "EU-Japan Centre for Industrial Cooperation"
SIIQ = "Semiconductor and Digital Industry Innovation Association of Kyushu"
ACS = "Automotive Cluster of Slovenia"
HAI = "Hamamatsu Agency for Innovation"
LLA = "Lithuanian Laser Association"
PB = "Photonics Bretagne"
SPW = "SPIE Photonics West"
LWP = "LASER World of PHOTONICS 2025"
ECC = "European Cluster Conference 2024"
RM_P = (("BioWin", "Wallonia"), ("Biocat", "Barcelona"), ("Life Science Nord", "Hamburg"),
        ("Lombardy Life Sciences Cluster", "Milan"), ("CzechMed", "Brno"))
AL_P = (("Vegepolys Valley", "Angers"), ("Foodvalley NL", "Wageningen"),
        (CLUSAGA, "Santiago de Compostela"))
S4C_P = (("Silicon Saxony", "Dresden"), ("Minalogic", "Grenoble"),
         ("Brainport Development", "Eindhoven"))
GOLD["eccp-cluster-news-spring-2024.md"] = dict(
entities=[
 E(ECCP, "network", None, "ECCP"), E(SMP, "programme", None, "SMP"),
 E(RM, "project"), E(AL, "project"), E(S4C, "project"),
 E("BioWin", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E("Biocat", "cluster", "ES"), E("Barcelona", "place", "ES"),
 E("Life Science Nord", "cluster", "DE"), E("Hamburg", "place", "DE"),
 E("Lombardy Life Sciences Cluster", "cluster", "IT"), E("Milan", "place", "IT"),
 E("CzechMed", "cluster", "CZ"), E("Brno", "place", "CZ"),
 E("Vegepolys Valley", "cluster", "FR"), E("Angers", "place", "FR"),
 E("Foodvalley NL", "cluster", "NL"), E("Wageningen", "place", "NL"),
 E(CLUSAGA, "cluster", "ES", "Clusaga"), E("Santiago de Compostela", "place", "ES"),
 E("Silicon Saxony", "cluster", "DE"), E("Dresden", "place", "DE"),
 E("Minalogic", "cluster", "FR"), E("Grenoble", "place", "FR"),
 E("Brainport Development", "cluster", "NL"), E("Eindhoven", "place", "NL"),
 E(MMD, "event"), E(EUJC, "public_body", None, "EU-Japan Centre"),
 E(SIIQ, "cluster", "JP", "SIIQ"), E(ACS, "cluster", "SI", "ACS"), E("Ljubljana", "place", "SI"),
 E(HAI, "public_body", "JP"), E("Keiko Tanaka", "person", "JP"),
 E(LLA, "cluster", "LT", "LLA"), E(PB, "cluster", "FR"), E("Lannion", "place", "FR"),
 E("Brittany", "place", "FR"), E("San Francisco", "place", "US"), E(SPW, "event", "US"),
 E("Ekspla", "company", "LT"), E("Vilnius", "place", "LT"),
 E(LWP, "event", "DE"), E("Munich", "place", "DE"),
 E("Gintarė Vaitkutė", "person", "LT"),
 E("ClusterXchange", "programme"), E("Marta Kowalczyk", "person"),
 E(ECC, "event", "BE"), E("Brussels", "place", "BE"), E("European Commission", "public_body"),
],
relations=[
 R(ECCP, "funded_by", SMP),
 *[R(p, "funded_by", SMP) for p in (RM, AL, S4C)],
 R("BioWin", "leads", RM), R("Vegepolys Valley", "leads", AL), R("Silicon Saxony", "leads", S4C),
 *[R(o, "consortium_member_of", RM) for o, _ in RM_P],
 *[R(o, "consortium_member_of", AL) for o, _ in AL_P],
 *[R(o, "consortium_member_of", S4C) for o, _ in S4C_P],
 *[R(o, "located_in", t) for o, t in RM_P + AL_P + S4C_P],
 R(ECCP, "organized", MMD), R(EUJC, "organized", MMD),
 *[R(o, "participated_in", MMD) for o in ("Silicon Saxony", SIIQ, ACS, HAI, "Keiko Tanaka")],
 R("Silicon Saxony", "met_with", SIIQ), R(ACS, "met_with", HAI),
 R(ACS, "located_in", "Ljubljana"), R("Keiko Tanaka", "works_for", EUJC),
 R(LLA, "partner_of", PB), R(LLA, "participated_in", SPW), R(PB, "participated_in", SPW),
 R(SPW, "located_in", "San Francisco"),
 R("Ekspla", "member_of", LLA), R("Ekspla", "located_in", "Vilnius"),
 R(PB, "located_in", "Lannion"), R(PB, "located_in", "Brittany"),
 R(LLA, "participated_in", LWP), R(PB, "participated_in", LWP), R(LWP, "located_in", "Munich"),
 R("Gintarė Vaitkutė", "works_for", LLA),
 R(CLUSAGA, "met_with", "Foodvalley NL"),
 R("Marta Kowalczyk", "works_for", ECCP),
 R(ECC, "located_in", "Brussels"), R("European Commission", "organized", ECC),
])

# --- CEBR members' bulletin: General Assembly in Bilbao, elections, new members ------
CEBR = "Council of European BioRegions"
GA = "General Assembly of the Council of European BioRegions"
GA24 = "General Assembly 2024"
BHC = "Basque Health Cluster"
FB = "flanders.bio"
LSCK = "Life Science Cluster Krakow"
NHT = "Norway Health Tech"
BPSF = "Bioindustry Park Silvano Fumero"
HCP = "Health Cluster Portugal"
PD = "Pharmapolis Debrecen"
UD = "University of Debrecen"
EI = "Enterprise Ireland"
BR30 = "BIO-REGIONS 2030"
BIO = "BIO International Convention"
SPRI = "Basque Business Development Agency"
GOLD["cebr-general-assembly-bilbao-2023.txt"] = dict(
entities=[
 E(CEBR, "network", None, "CEBR"), E(GA, "event", "ES", "General Assembly"),
 E(GA24, "event", "SE"), E("Bilbao", "place", "ES"),
 E(BHC, "cluster", "ES", "Clúster de Salud de Euskadi"), E("Bizkaia Aretoa", "place", "ES"),
 E("Sofie Van den Broeck", "person", "BE", "Van den Broeck"), E(FB, "cluster", "BE"),
 E("Ghent", "place", "BE"), E("Tomasz Wiśniewski", "person", "PL"), E(LSCK, "cluster", "PL"),
 E("Nina Halvorsen", "person", "NO"), E(NHT, "cluster", "NO"), E("Oslo", "place", "NO"),
 E("BioM", "cluster", "DE"), E("Martinsried", "place", "DE"), E("Munich", "place", "DE"),
 E("San Sebastián", "place", "ES"), E(BPSF, "cluster", "IT"),
 E("Colleretto Giacosa", "place", "IT"), E("Piedmont", "place", "IT"),
 E("Jean-Marc Delvaux", "person", "BE"), E("BioWin", "cluster", "BE"),
 E("Brussels", "place", "BE"),
 E(HCP, "cluster", "PT", "HCP"), E("Porto", "place", "PT"), E(PD, "cluster", "HU"),
 E(UD, "university", "HU"), E(EI, "public_body", "IE"),
 E("Interreg Europe", "programme"), E(BR30, "project"),
 E(BIO, "event", "US"), E("San Diego", "place", "US"),
 E("Iker Zubizarreta", "person", "ES"), E("EIT Health", "network"),
 E("BioRegions Bridge", "programme"), E("Clara Hoffmann", "person"),
 E("Bizkaia Science and Technology Park", "place", "ES"), E("Zamudio", "place", "ES"),
 E("Viralgen", "company", "ES"), E("CIC bioGUNE", "research_org", "ES"),
 E(SPRI, "public_body", "ES", "SPRI"),
 E("BIO-Europe", "event", "DE"), E("Lund", "place", "SE"),
 E("Medicon Valley Alliance", "cluster", "DK"),
],
relations=[
 R(GA, "located_in", "Bilbao"), R(GA, "located_in", "Bizkaia Aretoa"),
 R(CEBR, "organized", GA), R(BHC, "organized", GA),
 R("Sofie Van den Broeck", "participated_in", GA), R("EIT Health", "participated_in", GA),
 R(SPRI, "participated_in", GA),
 R(CEBR, "met_with", "Viralgen"), R(CEBR, "met_with", "CIC bioGUNE"),
 R("Viralgen", "located_in", "Zamudio"), R("CIC bioGUNE", "located_in", "Zamudio"),
 R("Viralgen", "located_in", "Bizkaia Science and Technology Park"),
 R("CIC bioGUNE", "located_in", "Bizkaia Science and Technology Park"),
 *[R(o, "member_of", CEBR) for o in (FB, LSCK, NHT, "BioM", BHC, BPSF, "BioWin")],
 R("Sofie Van den Broeck", "leads", CEBR), R("Jean-Marc Delvaux", "leads", CEBR),
 R("Sofie Van den Broeck", "works_for", FB), R("Tomasz Wiśniewski", "works_for", LSCK),
 R("Nina Halvorsen", "works_for", NHT), R("Jean-Marc Delvaux", "works_for", "BioWin"),
 R("Iker Zubizarreta", "works_for", BHC), R("Clara Hoffmann", "works_for", "EIT Health"),
 R(FB, "located_in", "Ghent"), R(NHT, "located_in", "Oslo"), R("BioM", "located_in", "Martinsried"),
 R(BHC, "located_in", "San Sebastián"), R(BPSF, "located_in", "Colleretto Giacosa"),
 R(BPSF, "located_in", "Piedmont"), R(HCP, "located_in", "Porto"), R(CEBR, "located_in", "Brussels"),
 *[R(o, "member_of", CEBR) for o in (HCP, PD, UD, EI)],
 R(BR30, "funded_by", "Interreg Europe"), R(LSCK, "leads", BR30),
 *[R(o, "consortium_member_of", BR30) for o in (LSCK, NHT, FB, HCP)],
 R(BIO, "located_in", "San Diego"),
 *[R(o, "participated_in", BIO) for o in (CEBR, FB, "BioM", HCP)],
 R(CEBR, "partner_of", "EIT Health"),
 R(CEBR, "participated_in", "BIO-Europe"), R("BIO-Europe", "located_in", "Munich"),
 R(GA24, "located_in", "Lund"), R(CEBR, "organized", GA24),
])

# --- ERRIN newsletter: new member regions, board, working groups, health lab --------
ERRIN = "European Regions Research and Innovation Network"
TREU = "Tampere Region EU Office"
ROE = "Région Occitanie Europe"
LABO = "Lower Austria Brussels Office"
KRBO = "Kraków Region Brussels Office"
MRDA = "Małopolska Regional Development Agency"
SREU = "Stockholm Region EU Office"
ERR = "Emilia-Romagna Region"
WPR = "West Pomeranian Region"
RSD = "Region of Southern Denmark EU Office"
CAT = "Delegation of the Government of Catalonia to the EU"
BER = "Brainport Eindhoven Region office"
HDF = "Hauts-de-France Europe"
HPDL = "Health Project Development Lab"
AWR = "AGE-WELL-REG"
SDU = "University of Southern Denmark"
JSI = "Jožef Stefan Institute"
NCS = "Nordic Care Systems Oy"
IEJS = "Interreg Europe Joint Secretariat"
EWRC = "European Week of Regions and Cities"
EAC = "ERRIN Annual Conference"
GOLD["errin-network-newsletter-2024.html"] = dict(
entities=[
 E(ERRIN, "network", "BE", "ERRIN"),
 E(TREU, "public_body", "FI"), E("Pirkanmaa", "place", "FI"),
 E("Council of Tampere Region", "public_body", "FI"),
 E(ROE, "public_body", "FR"), E("Occitanie", "place", "FR"), E("Occitanie Region", "public_body", "FR"),
 E(LABO, "public_body", "AT"), E("Lower Austria", "place", "AT"), E("ecoplus", "public_body", "AT"),
 E(KRBO, "public_body", "PL"), E("Małopolska", "place", "PL"), E(MRDA, "public_body", "PL"),
 E("Eurobiomed", "cluster", "FR"),
 E("Eva Lindqvist", "person", "SE"), E(SREU, "public_body", "SE"),
 E("Pietro Bellandi", "person", "IT", "Bellandi"), E(ERR, "public_body", "IT"),
 E("Hanna Kowal", "person", "PL"), E(WPR, "public_body", "PL"),
 E(RSD, "public_body", "DK"), E(CAT, "public_body", "ES"), E(BER, "public_body", "NL"),
 E(HDF, "public_body", "FR"), E("Scotland Europa", "public_body", "GB"),
 E(HPDL, "event", "BE"), E("Committee of the Regions", "public_body"), E("Brussels", "place", "BE"),
 E("EIT Health", "network"), E("European Cluster Collaboration Platform", "network", None, "ECCP"),
 E("Horizon Europe", "programme"), E("EU4Health", "programme"),
 E(AWR, "project"), E(SDU, "university", "DK"), E("Odense", "place", "DK"),
 E("Vicomtech", "research_org", "ES"), E("San Sebastián", "place", "ES"),
 E(JSI, "research_org", "SI"), E("Ljubljana", "place", "SI"),
 E(NCS, "company", "FI"), E("Tampere", "place", "FI"),
 E("Laura Conti", "person"), E("Johanna Virtanen", "person", "FI"),
 E("Interreg Europe", "programme"), E("Ana Ferreira", "person"),
 E(IEJS, "public_body", "FR"), E("Lille", "place", "FR"),
 E(EWRC, "event", "BE", "EURegionsWeek"), E(EAC, "event", "BE"),
 E("Flanders Representation", "public_body", "BE"),
],
relations=[
 *[R(o, "member_of", ERRIN) for o in (TREU, ROE, LABO, KRBO)],
 R("Council of Tampere Region", "located_in", "Pirkanmaa"),
 R("Occitanie Region", "located_in", "Occitanie"),
 R("ecoplus", "located_in", "Lower Austria"), R(MRDA, "located_in", "Małopolska"),
 R("Eurobiomed", "located_in", "Occitanie"),
 R("Eva Lindqvist", "works_for", SREU), R("Eva Lindqvist", "leads", ERRIN),
 R("Pietro Bellandi", "works_for", ERR), R("Hanna Kowal", "works_for", WPR),
 *[R(o, "member_of", ERRIN) for o in (SREU, ERR, WPR, RSD, CAT, BER, HDF, "Scotland Europa")],
 R(HPDL, "located_in", "Brussels"),
 *[R(o, "organized", HPDL) for o in (ERRIN, "EIT Health", "European Cluster Collaboration Platform")],
 R(AWR, "funded_by", "Horizon Europe"), R(SDU, "leads", AWR),
 *[R(o, "consortium_member_of", AWR) for o in (SDU, "Vicomtech", JSI, NCS)],
 R(SDU, "located_in", "Odense"), R("Vicomtech", "located_in", "San Sebastián"),
 R(JSI, "located_in", "Ljubljana"), R(NCS, "located_in", "Tampere"),
 R("Laura Conti", "works_for", ERRIN), R("Johanna Virtanen", "works_for", TREU),
 R("Ana Ferreira", "works_for", IEJS), R(IEJS, "located_in", "Lille"),
 R(EWRC, "located_in", "Brussels"), R(ERRIN, "participated_in", EWRC),
 R(EAC, "located_in", "Brussels"), R(ERRIN, "organized", EAC),
 R("Flanders Representation", "organized", EAC),
 R(ERRIN, "located_in", "Brussels"),
])

# --- press release: TEXLOOP Eurocluster kick-off in Lyon ------------------------------
TX = "TEXLOOP"
CITEVE = "Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal"
CLUTEX = "Klastr technické textilie"
NTT = "Next Technology Tecnotessile"
EURATEX = "European Apparel and Textile Confederation"
TT22 = "Techtextil 2022"
TNA = "Techtextil North America"
ITHIB = "İstanbul Tekstil ve Hammaddeleri İhracatçıları Birliği"
TX_P = (("Techtera", "Lyon"), ("AEI Tèxtils", "Terrassa"), (CITEVE, "Vila Nova de Famalicão"),
        ("Pointex", "Biella"), (CLUTEX, "Liberec"), ("Fibrenamics", "Guimarães"), (NTT, "Prato"))
GOLD["texloop-eurocluster-kick-off-lyon-2023.md"] = dict(
entities=[
 E(TX, "project"), E(SMP, "programme"), E("Techtera", "cluster", "FR"), E("Lyon", "place", "FR"),
 E("Maison des Textiles", "place", "FR"), E("Villeurbanne", "place", "FR"),
 E("AEI Tèxtils", "cluster", "ES"), E("Terrassa", "place", "ES"),
 E(CITEVE, "research_org", "PT", "CITEVE"), E("Vila Nova de Famalicão", "place", "PT"),
 E("Pointex", "cluster", "IT"), E("Biella", "place", "IT"), E("Piedmont", "place", "IT"),
 E(CLUTEX, "cluster", "CZ", "CLUTEX"), E("Liberec", "place", "CZ"),
 E("Fibrenamics", "research_org", "PT"), E("University of Minho", "university", "PT"),
 E("Guimarães", "place", "PT"), E(NTT, "research_org", "IT"), E("Prato", "place", "IT"),
 E(EURATEX, "network", None, "EURATEX"), E("Textile ETP", "network"),
 E("Interreg Sudoe", "programme"), E("RE-TEX", "project"),
 E("Occitanie", "place", "FR"), E("Catalonia", "place", "ES"), E("Norte", "place", "PT"),
 E(TT22, "event", "DE"), E("Frankfurt am Main", "place", "DE"),
 E("Clémence Morel", "person", "FR"), E("Rui Almeida", "person", "PT"),
 E(TNA, "event", "US"), E("Raleigh", "place", "US"), E("North Carolina", "place", "US"),
 E("European Cluster Collaboration Platform", "network", None, "ECCP"),
 E(ITHIB, "cluster", "TR", "İTHİB"),
 E("Fibre Revolution", "company", "FR"), E("Roanne", "place", "FR"),
 E("Porcher Industries", "company", "FR"), E("Badinières", "place", "FR"),
 E("Andrea Bianchi", "person", "IT"), E("Auvergne-Rhône-Alpes", "place", "FR"),
],
relations=[
 R(TX, "funded_by", SMP), R("Techtera", "leads", TX),
 *[R(o, "consortium_member_of", TX) for o, _ in TX_P],
 *[R(o, "located_in", t) for o, t in TX_P],
 R("Pointex", "located_in", "Piedmont"), R("Techtera", "located_in", "Auvergne-Rhône-Alpes"),
 R("RE-TEX", "funded_by", "Interreg Sudoe"),
 *[R(o, "consortium_member_of", "RE-TEX") for o in ("Techtera", "AEI Tèxtils", CITEVE)],
 R(TT22, "located_in", "Frankfurt am Main"),
 *[R(o, "participated_in", TT22) for o in ("Techtera", "Pointex", CLUTEX)],
 R("Techtera", "met_with", CLUTEX), R("Techtera", "met_with", "Pointex"),
 R("Clémence Morel", "works_for", "Techtera"), R("Rui Almeida", "works_for", CITEVE),
 R(TNA, "located_in", "Raleigh"), R(TNA, "located_in", "North Carolina"),
 R("Techtera", "partner_of", ITHIB),
 R("Fibre Revolution", "member_of", "Techtera"), R("Porcher Industries", "member_of", "Techtera"),
 R("Fibre Revolution", "located_in", "Roanne"), R("Porcher Industries", "located_in", "Badinières"),
 R("Andrea Bianchi", "works_for", "Pointex"),
])

# --- EIT Health InnoStars partner news -------------------------------------------
IS = "EIT Health InnoStars"
MUL = "Medical University of Lodz"
KTU = "Kaunas University of Technology"
CERTH = "Centre for Research and Technology Hellas"
AW = "InnoStars Awards 2024"
EIT = "European Institute of Innovation and Technology"
LBA = "Lithuanian Biotechnology Association"
LUHS = "Lithuanian University of Health Sciences"
HEPA = "Hungarian Export Promotion Agency"
MBRU = "Mohammed Bin Rashid University of Medicine and Health Sciences"
SUM = "EIT Health Summit 2024"
NEW_IS = ((MUL, None), (KTU, None), ("University of Coimbra", None),
          ("Health Cluster Croatia", "Zagreb"), ("MultiplexDX", "Bratislava"),
          (CERTH, "Thessaloniki"), ("Turbine Diagnostics", "Budapest"))
FINALISTS = (("Kardiolytics", "Gdańsk"), ("BrainBeat", "Tartu"), ("MedTherm", "Braga"))
GOLD["eit-health-innostars-partner-news-2024.txt"] = dict(
entities=[
 E(IS, "network", None, "InnoStars"), E("EIT Health", "network"),
 E("EIT Regional Innovation Scheme", "programme", None, "RIS", "Regional Innovation Scheme"),
 E(MUL, "university", "PL", "Uniwersytet Medyczny w Łodzi"), E(KTU, "university", "LT", "KTU"),
 E("University of Coimbra", "university", "PT"), E("Health Cluster Croatia", "cluster", "HR"),
 E("Zagreb", "place", "HR"), E("MultiplexDX", "company", "SK"), E("Bratislava", "place", "SK"),
 E(CERTH, "research_org", "GR", "CERTH"), E("Thessaloniki", "place", "GR"),
 E("Turbine Diagnostics", "company", "HU"), E("Budapest", "place", "HU"), E("Warsaw", "place", "PL"),
 E(AW, "event", "PT", "InnoStars Awards"), E("Lisbon", "place", "PT"),
 E("NOVA Medical School", "university", "PT"), E("Katalin Szabó", "person", "HU"),
 *[E(c, "company", cc) for (c, _), cc in zip(FINALISTS, ("PL", "EE", "PT"))],
 *[E(t, "place", cc) for (_, t), cc in zip(FINALISTS, ("PL", "EE", "PT"))],
 E("Innovation Bridges", "programme"), E("Health Cluster Portugal", "cluster", "PT"),
 E("Life Science Cluster Krakow", "cluster", "PL", "LSCK"), E(LBA, "cluster", "LT", "LBA"),
 E(EIT, "public_body", None, "EIT"), E("Piotr Zieliński", "person", "PL"),
 E("Horizon Europe", "programme"), E("ONCO-LINK", "project"),
 E("Semmelweis University", "university", "HU"), E(LUHS, "university", "LT"),
 E("Kaunas", "place", "LT"), E("Sanos Bio", "company", "RO"), E("Cluj-Napoca", "place", "RO"),
 E("EIT Health Wild Card", "programme"), E("ClotSense", "company", "LT"),
 E("Santaka Valley", "place", "LT"),
 E("MEDICA", "event", "DE"), E("Düsseldorf", "place", "DE"), E("EIT Health Germany", "network", "DE"),
 E(HEPA, "public_body", "HU", "HEPA"), E("Arab Health", "event", "AE"), E("Dubai", "place", "AE"),
 E("Dubai Science Park", "cluster", "AE"), E(MBRU, "university", "AE"),
 E(SUM, "event", "IT"), E("Bologna", "place", "IT"),
],
relations=[
 R(IS, "member_of", "EIT Health"),
 *[R(o, "member_of", IS) for o, _ in NEW_IS],
 *[R(o, "located_in", t) for o, t in NEW_IS if t],
 R(IS, "located_in", "Budapest"), R(IS, "located_in", "Warsaw"),
 R(AW, "located_in", "Lisbon"), R("NOVA Medical School", "organized", AW), R(IS, "organized", AW),
 R("NOVA Medical School", "located_in", "Lisbon"),
 R("Katalin Szabó", "participated_in", AW), R("Katalin Szabó", "works_for", IS),
 *[R(c, "participated_in", AW) for c, _ in FINALISTS],
 *[R(c, "located_in", t) for c, t in FINALISTS],
 R("MultiplexDX", "participated_in", AW),
 R("Piotr Zieliński", "works_for", IS),
 R("ONCO-LINK", "funded_by", "Horizon Europe"), R("Semmelweis University", "leads", "ONCO-LINK"),
 *[R(o, "consortium_member_of", "ONCO-LINK") for o in ("Semmelweis University", MUL, LUHS, "Sanos Bio")],
 R("Semmelweis University", "located_in", "Budapest"), R(LUHS, "located_in", "Kaunas"),
 R("Sanos Bio", "located_in", "Cluj-Napoca"),
 R("ClotSense", "located_in", "Santaka Valley"), R("ClotSense", "located_in", "Kaunas"),
 R(IS, "participated_in", "MEDICA"), R("EIT Health Germany", "participated_in", "MEDICA"),
 R("MEDICA", "located_in", "Düsseldorf"),
 R(IS, "participated_in", "Arab Health"), R(HEPA, "participated_in", "Arab Health"),
 R("Arab Health", "located_in", "Dubai"),
 *[R(o, "met_with", m) for o in (IS, HEPA) for m in ("Dubai Science Park", MBRU)],
 R(SUM, "located_in", "Bologna"), R("EIT Health", "organized", SUM), R(IS, "participated_in", SUM),
])

# --- EIT Food community bulletin ---------------------------------------------------
EF = "EIT Food"
EFGA = "EIT Food General Assembly"
WFBR = "Wageningen Food & Biobased Research"
KIZM = "Klaster Innowacyjna Żywność Mazowsza"
FAN = "EIT Food Accelerator Network"
FS = "FOOD-SHIFT"
FBCD = "Food & Bio Cluster Denmark"
CLAN = "Cluster Agrifood Nazionale CL.A.N."
FFF = "Future Food Forum"
FISB = "Food Innovation Summit of the Balkans"
NEW_EF = (("Teagasc", "Carlow"), ("Planted Foods AG", "Kemptthal"), (WFBR, None),
          (KIZM, "Warsaw"), ("Universidad de Valladolid", None), ("Tat Gıda", "Istanbul"))
GOLD["eit-food-community-bulletin-2024.html"] = dict(
entities=[
 E(EF, "network"), E(EIT, "public_body", None, "EIT"),
 E(EFGA, "event", "BE"), E("Leuven", "place", "BE"),
 E("Teagasc", "research_org", "IE"), E("Carlow", "place", "IE"),
 E("Planted Foods AG", "company", "CH"), E("Kemptthal", "place", "CH"),
 E(WFBR, "research_org", "NL", "WFBR"),
 E(KIZM, "cluster", "PL", "Mazovian Innovative Food Cluster"), E("Warsaw", "place", "PL"),
 E("Universidad de Valladolid", "university", "ES"),
 E("Tat Gıda", "company", "TR"), E("Istanbul", "place", "TR"),
 E("Marianne Dahl", "person", "DK"), E("Aarhus University", "university", "DK"),
 E("Giorgio Ferri", "person", "IT"), E("University of Bologna", "university", "IT"),
 E("Tomás O'Connell", "person", "IE"),
 E(FAN, "programme", None, "FAN", "Food Accelerator Network"), E("Vitartis", "cluster", "ES"), E("Castilla y León", "place", "ES"),
 E("Eatable Adventures", "network", "ES"),
 E("Nutrinsect", "company", "IT"), E("Montecassiano", "place", "IT"),
 E("Enifer", "company", "FI"), E("Espoo", "place", "FI"),
 E("Regenerative Food Systems Vouchers", "programme"), E(SMP, "programme"),
 E(FS, "project"), E(FBCD, "cluster", "DK"), E("Aarhus", "place", "DK"),
 E(CLAN, "cluster", "IT"), E("Rome", "place", "IT"),
 E("Pannon Food Cluster", "cluster", "HU"), E("Pécs", "place", "HU"),
 E("Lena Baumann", "person"),
 E(FFF, "event", "DE"), E("Munich", "place", "DE"),
 E("SIAL Paris", "event", "FR"), E("Paris", "place", "FR"),
 E(FISB, "event", "RS"), E("Belgrade", "place", "RS"),
 E("Vitagora", "cluster", "FR"), E("Dijon", "place", "FR"),
 E("Bourgogne-Franche-Comté", "place", "FR"),
 E("EIT Food RIS Fellowships", "programme", None, "RIS Fellowships"),
 E("Lactogal", "company", "PT"), E("Porto", "place", "PT"),
 E(ERRIN, "network", "BE", "ERRIN"), E("Lombardy Region", "public_body", "IT"),
],
relations=[
 R(EF, "funded_by", EIT),
 R(EFGA, "located_in", "Leuven"), R(EF, "organized", EFGA),
 *[R(o, "member_of", EF) for o, _ in NEW_EF],
 *[R(o, "located_in", t) for o, t in NEW_EF if t],
 R("Marianne Dahl", "works_for", "Aarhus University"), R("Marianne Dahl", "leads", EF),
 R("Giorgio Ferri", "works_for", "University of Bologna"), R("Giorgio Ferri", "leads", EF),
 R("Tomás O'Connell", "works_for", EF), R("Tomás O'Connell", "leads", EF),
 R("Tomás O'Connell", "participated_in", EFGA),
 R("Vitartis", "located_in", "Castilla y León"),
 R("Nutrinsect", "located_in", "Montecassiano"), R("Enifer", "located_in", "Espoo"),
 R(FS, "funded_by", SMP), R(FBCD, "leads", FS),
 *[R(o, "consortium_member_of", FS) for o in (FBCD, CLAN, "Pannon Food Cluster", "Vitartis")],
 R(FBCD, "located_in", "Aarhus"), R(CLAN, "located_in", "Rome"),
 R("Pannon Food Cluster", "located_in", "Pécs"),
 R("Lena Baumann", "works_for", EF),
 R(EF, "organized", FFF), R(FFF, "located_in", "Munich"),
 R(EF, "participated_in", "SIAL Paris"), R("SIAL Paris", "located_in", "Paris"),
 R("Vitagora", "participated_in", "SIAL Paris"), R("Vitagora", "partner_of", EF),
 R("Vitagora", "located_in", "Dijon"), R("Vitagora", "located_in", "Bourgogne-Franche-Comté"),
 R(EF, "participated_in", FISB), R(FISB, "located_in", "Belgrade"),
 R("Lactogal", "located_in", "Porto"),
 R(EF, "member_of", ERRIN), R("Lombardy Region", "member_of", ERRIN),
])

# --- TCI Network news: Global Conference in Eindhoven, board, members --------------
TCI = "TCI Network"
GC26 = "26th TCI Global Conference"
GC27 = "27th TCI Global Conference"
ORK = "Orkestra - Instituto Vasco de Competitividad"
CCM = "Cámara de Comercio de Medellín para Antioquia"
TVV = "Swedish Agency for Economic and Regional Growth"
KIAT = "Korea Institute for Advancement of Technology"
MIV = "Montréal InVivo"
AKL = "Auckland Unlimited"
CENL = "Clúster de Energía de Nuevo León"
KENIA = "Kenya National Innovation Agency"
USB = "University of Stellenbosch Business School"
TLAC = "TCI Latin America Conference 2024"
CCB = "Cámara de Comercio de Bogotá"
CS = "CLUSTER-SKILLS"
CED = "Cluster Excellence Denmark"
PARP = "Polish Agency for Enterprise Development"
BOARD = (("Mercedes Aranguren", ORK), ("Julián Restrepo", CCM), ("Lindiwe Mokoena", "GreenCape"),
         ("Jonas Eriksson", TVV), ("Frank Hoogendijk", "Brainport Development"),
         ("Soo-jin Park", KIAT), ("Rebecca Tremblay", MIV), ("Sarah O'Neill", AKL))
GOLD["tci-network-global-conference-board-2023.txt"] = dict(
entities=[
 E(TCI, "network", "ES", "TCI"), E("Eindhoven", "place", "NL"), E(GC26, "event", "NL"),
 E("Brainport Development", "cluster", "NL"),
 E("Mercedes Aranguren", "person", "ES", "Aranguren"),
 E(ORK, "research_org", "ES", "Orkestra", "Basque Institute of Competitiveness"),
 E("San Sebastián", "place", "ES"), E("Julián Restrepo", "person", "CO"),
 E(CCM, "public_body", "CO", "Medellín Chamber of Commerce"),
 E("Lindiwe Mokoena", "person", "ZA"), E("GreenCape", "cluster", "ZA"),
 E("Western Cape", "place", "ZA"), E("Cape Town", "place", "ZA"),
 E("Jonas Eriksson", "person", "SE"), E(TVV, "public_body", "SE", "Tillväxtverket"),
 E("Stockholm", "place", "SE"), E("Frank Hoogendijk", "person", "NL"),
 E("Soo-jin Park", "person", "KR"), E(KIAT, "public_body", "KR", "KIAT"), E("Seoul", "place", "KR"),
 E("Rebecca Tremblay", "person", "CA"), E(MIV, "cluster", "CA"), E("Greater Montréal", "place", "CA"),
 E("Sarah O'Neill", "person", "NZ"), E(AKL, "public_body", "NZ"),
 E("Programa Antofagasta Minera", "cluster", "CL"),
 E("Antofagasta Regional Development Corporation", "public_body", "CL"),
 E("Kharkiv IT Cluster", "cluster", "UA"),
 E(CENL, "cluster", "MX"), E("Monterrey", "place", "MX"),
 E("Innovation Norway", "public_body", "NO"), E(KENIA, "public_body", "KE", "KeNIA"),
 E("Nairobi", "place", "KE"), E("Axelera", "cluster", "FR"), E("Lyon", "place", "FR"),
 E(USB, "university", "ZA"),
 E("TCI Latam", "network"), E("Bogotá", "place", "CO"), E(TLAC, "event", "CO"),
 E(CCB, "public_body", "CO", "Bogotá Chamber of Commerce"),
 E("Erasmus+", "programme"), E(CS, "project"), E(CED, "cluster", "DK"),
 E("Copenhagen", "place", "DK"), E(PARP, "public_body", "PL", "PARP"), E("Warsaw", "place", "PL"),
 E(GC27, "event", "ES"), E("Bilbao", "place", "ES"),
 E("Basque Government", "public_body", "ES"), E("SPRI", "public_body", "ES"),
 E("Barcelona", "place", "ES"),
],
relations=[
 R(GC26, "located_in", "Eindhoven"), R("Brainport Development", "organized", GC26),
 R(TCI, "organized", GC26),
 *[R(o, "member_of", TCI) for _, o in BOARD],
 *[R(p, "works_for", o) for p, o in BOARD],
 R("Mercedes Aranguren", "leads", TCI), R("Julián Restrepo", "leads", TCI),
 R("Mercedes Aranguren", "participated_in", GC26),
 R(ORK, "located_in", "San Sebastián"), R("GreenCape", "located_in", "Western Cape"),
 R("GreenCape", "located_in", "Cape Town"), R(TVV, "located_in", "Stockholm"),
 R("Brainport Development", "located_in", "Eindhoven"), R(KIAT, "located_in", "Seoul"),
 R(MIV, "located_in", "Greater Montréal"),
 *[R(o, "member_of", TCI) for o in (CENL, "Innovation Norway", KENIA, "Axelera", USB)],
 R(CENL, "located_in", "Monterrey"), R(KENIA, "located_in", "Nairobi"), R("Axelera", "located_in", "Lyon"),
 R("TCI Latam", "member_of", TCI), R(TLAC, "located_in", "Bogotá"),
 R(CCB, "organized", TLAC), R("TCI Latam", "organized", TLAC),
 R(CS, "funded_by", "Erasmus+"), R(ORK, "leads", CS),
 *[R(o, "consortium_member_of", CS) for o in (TCI, ORK, USB, CED, PARP)],
 R(CED, "located_in", "Copenhagen"), R(PARP, "located_in", "Warsaw"),
 R("GreenCape", "partner_of", "Brainport Development"),
 R("GreenCape", "participated_in", GC26), R("Brainport Development", "participated_in", GC26),
 R(MIV, "met_with", KIAT), R(MIV, "participated_in", GC26), R(KIAT, "participated_in", GC26),
 R(GC27, "located_in", "Bilbao"), R(ORK, "organized", GC27), R("SPRI", "organized", GC27),
 R(TCI, "organized", GC27),
 R(TCI, "located_in", "Barcelona"),
])

# --- ScanBalt newsletter: Forum in Tartu, board, members, Interreg project ---------
SB = "ScanBalt BioRegion"
SF24, SF23, SF25 = "ScanBalt Forum 2024", "ScanBalt Forum 2023", "ScanBalt Forum 2025"
SGA = "ScanBalt General Assembly"
TBP = "Tartu Biotechnology Park"
BTG = "BioTech Gdańsk"
BCV = "BioCon Valley GmbH"
MVA = "Medicon Valley Alliance"
OCC = "Oslo Cancer Cluster"
HCH = "Health Capital Helsinki"
RSU = "Riga Stradiņš University"
IBSR = "Interreg Baltic Sea Region"
BB = "BALTIC BIOBRIDGE"
LBRSC = "Latvian Biomedical Research and Study Centre"
ERDF = "European Regional Development Fund"
GB = "Genomika Baltic"
UKE = "University Medical Center Hamburg-Eppendorf"
BES = "BIO-Europe Spring"
SB_BOARD = (("Mikael Lindström", "Karolinska Institutet"), ("Kristiina Tamm", TBP),
            ("Heinrich Baumgärtner", BCV), ("Aušra Jankauskienė", LBA),
            ("Mette Kjærgaard", MVA))
BB_P = (("Life Science Nord", "Hamburg"), (MVA, "Copenhagen"), (TBP, "Tartu"),
        (LBRSC, "Riga"), (LBA, "Vilnius"), (BTG, "Gdańsk"))
GOLD["scanbalt-forum-tartu-members-2024.md"] = dict(
entities=[
 E(SB, "network", None, "ScanBalt"), E(SF24, "event", "EE"), E("Tartu", "place", "EE"),
 E(TBP, "cluster", "EE"), E("University of Tartu", "university", "EE"),
 E("Enterprise Estonia", "public_body", "EE", "EAS"),
 E(BTG, "cluster", "PL", "Pomeranian Life Science Cluster"), E(SGA, "event", "EE"),
 E("Mikael Lindström", "person", "SE"), E("Karolinska Institutet", "university", "SE"),
 E("Stockholm", "place", "SE"), E("Kristiina Tamm", "person", "EE"),
 E("Heinrich Baumgärtner", "person", "DE"), E(BCV, "cluster", "DE", "BioCon Valley"),
 E("Greifswald", "place", "DE"), E("Aušra Jankauskienė", "person", "LT"), E(LBA, "cluster", "LT"),
 E("Mette Kjærgaard", "person", "DK"), E(MVA, "cluster", "DK"), E("Copenhagen", "place", "DK"),
 E("Hamburg", "place", "DE"), E("Life Science Nord", "cluster", "DE"),
 E(OCC, "cluster", "NO"), E("Oslo", "place", "NO"), E(HCH, "network", "FI"),
 E("Helsinki", "place", "FI"), E(RSU, "university", "LV", "RSU"),
 E("Cellink", "company", "SE"), E("BICO", "company", "SE"), E("Gothenburg", "place", "SE"),
 E("Ingrid Aas", "person", "NO"),
 E(IBSR, "programme"), E(BB, "project"), E(LBRSC, "research_org", "LV"), E("Riga", "place", "LV"),
 E("Vilnius", "place", "LT"), E("Gdańsk", "place", "PL"), E(ERDF, "programme", None, "ERDF"),
 E("BioRegion Passport", "programme"), E(GB, "company", "LT"), E("Kaunas", "place", "LT"),
 E(UKE, "university", "DE", "UKE"), E(SF23, "event", "PL"), E("Tomas Petraitis", "person", "LT"),
 E(BES, "event", "ES"), E("Barcelona", "place", "ES"),
 E(CEBR, "network", None, "CEBR"), E("Lund", "place", "SE"), E(SF25, "event", "DE"),
],
relations=[
 R(SF24, "located_in", "Tartu"),
 *[R(o, "organized", SF24) for o in (SB, TBP, "University of Tartu")],
 R("Enterprise Estonia", "participated_in", SF24), R(BTG, "participated_in", SF24),
 R(SGA, "located_in", "Tartu"), R(SB, "organized", SGA),
 *[R(o, "member_of", SB) for _, o in SB_BOARD],
 *[R(p, "works_for", o) for p, o in SB_BOARD],
 R("Mikael Lindström", "leads", SB),
 R("Karolinska Institutet", "located_in", "Stockholm"), R(BCV, "located_in", "Greifswald"),
 R(SB, "located_in", "Hamburg"),
 *[R(o, "member_of", SB) for o in (OCC, HCH, RSU, "Cellink")],
 R(OCC, "located_in", "Oslo"), R(HCH, "located_in", "Helsinki"), R("Cellink", "located_in", "Gothenburg"),
 R("Ingrid Aas", "works_for", OCC),
 R(BB, "funded_by", IBSR), R(BB, "funded_by", ERDF), R(SB, "leads", BB),
 R(SB, "consortium_member_of", BB),
 *[R(o, "consortium_member_of", BB) for o, _ in BB_P],
 *[R(o, "located_in", t) for o, t in BB_P],
 R(BCV, "consortium_member_of", BB),
 R(GB, "member_of", LBA), R(GB, "located_in", "Hamburg"), R(GB, "located_in", "Kaunas"),
 R(GB, "met_with", "Life Science Nord"), R(GB, "met_with", UKE), R(GB, "participated_in", SF23),
 R("Life Science Nord", "participated_in", SF23), R(UKE, "participated_in", SF23),
 R(GB, "partner_of", UKE), R(UKE, "located_in", "Hamburg"), R(SF23, "located_in", "Gdańsk"),
 R("Tomas Petraitis", "works_for", GB),
 R(SB, "participated_in", BES), R(BES, "located_in", "Barcelona"), R(HCH, "participated_in", BES),
 R(SB, "partner_of", CEBR),
 R(SF25, "located_in", "Greifswald"), R(BCV, "organized", SF25), R(SB, "organized", SF25),
])


def fold(s):
    return re.sub(r"\s+", " ", s).casefold()


DOCS = Path(__file__).resolve().parents[2] / "docs" / "train-p"

for name, gold in GOLD.items():
    types = {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        types[e["name"]] = e["type"]
    forms = [f for e in gold["entities"] for f in [e["name"], *e["aliases"]]]
    assert len(forms) == len(set(forms)), (name, "a name or alias is used twice")
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types and o in types, (name, "undeclared end", r)
        subj_ok, obj_ok = ALLOWED[p]
        assert types[s] in subj_ok and types[o] in obj_ok, (name, "type not allowed", r)
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)
    text = fold(html.unescape((DOCS / name).read_text(encoding="utf-8")))
    for f in forms:
        assert re.search(r"(?<!\w)" + re.escape(fold(f)) + r"(?!\w)", text), (name, "not in the text", f)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
