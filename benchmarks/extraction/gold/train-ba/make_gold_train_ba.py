"""Hand annotations of the `train-ba` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ba/make_gold_train_ba.py

Theme: people-centred news (appointments, board elections, heads of international
affairs, keynote line-ups, award juries and winners, panels). Same rules as the
README ("Documents and gold"), written by a separate annotator.

Conventions of this set:
- "X, <title> of Y" and "X, previously at Y" are both `works_for` (the previous
  job is a past `works_for`; dates are not scored).
- A person who chairs or presides a network also `leads` it (DOMAIN allows
  person -> network); heading a cluster or company is `works_for` only.
- An organisation whose representative sits on the board of a cluster or
  network is `member_of` it (role `board`).
- The organisation that leads a project is also `consortium_member_of` it.
- A location is annotated only when the text says it ("based in", "in Taipei",
  "the Oslo-based cluster"), not when it is only part of the name
  ("Technische Universität Dresden").
- Planned participations ("will bring a delegation to ...") are annotated
  like past ones.
- Regional industry associations (MassBio, BioNJ, Biocom California) are
  `cluster`; national industry associations (SwedenBIO, TSIA, JBA, JWPA)
  are `network`; science and technology parks and incubators are `cluster`.
- Award names ("Cluster Excellence Awards 2022") are not entities.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-ba"

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
SYMMETRIC = {"partner_of", "met_with"}


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- press release: CEBR general assembly, new President and Board ----------------
CEBR = "Council of European BioRegions"
GA = "CEBR General Assembly 2024"
BES = "BIO-Europe Spring 2024"
BIO = "BIO International Convention 2024"
MI = "Montréal InVivo"
BIOM = "BioM Biotech Cluster Development GmbH"
KLK = "Klaster LifeScience Kraków"
HCP = "Health Cluster Portugal"
HB = "HEALTHBRIDGE"
EISMEA = "European Innovation Council and SMEs Executive Agency"
MASSBIO = "Massachusetts Biotechnology Council"
DCB = "Development Center for Biotechnology"
BOARD = (("Stefanie Kröger", BIOM, "Munich"), ("Laia Puigdomènech", "Biocat", "Barcelona"),
         ("Joris Van Heddeghem", "flanders.bio", "Ghent"), ("Tomasz Wróblewski", KLK, "Kraków"),
         ("Ana Sofia Ribeiro", HCP, "Porto"))
GOLD["cebr-general-assembly-new-board-2024.md"] = dict(
entities=[
 E(CEBR, "network", None, "CEBR"), E("Brussels", "place", "BE"),
 E(GA, "event", "ES", "General Assembly"), E("Barcelona", "place", "ES"),
 E(BES, "event", "ES"), E("Biocat", "cluster", "ES"),
 E("Hélène Marchal", "person", "BE", "Marchal"), E("BioWin", "cluster", "BE"),
 E("Wallonia", "place", "BE"),
 E("Jens Overgaard", "person", "DK", "Overgaard"), E("Medicon Valley Alliance", "cluster", "DK"),
 E("University of Liège", "university", "BE"),
 E(MI, "cluster", "CA"), E("Greater Montréal", "place", "CA"),
 E(BIO, "event", "US", "BIO 2024"), E("San Diego", "place", "US"),
 E("Stefanie Kröger", "person", "DE", "Kröger"), E(BIOM, "cluster", "DE", "BioM"),
 E("Munich", "place", "DE"),
 E("Laia Puigdomènech", "person", "ES", "Puigdomènech"),
 E("Joris Van Heddeghem", "person", "BE"), E("flanders.bio", "cluster", "BE"),
 E("Ghent", "place", "BE"),
 E("Tomasz Wróblewski", "person", "PL"), E(KLK, "cluster", "PL"), E("Kraków", "place", "PL"),
 E("Ana Sofia Ribeiro", "person", "PT"), E(HCP, "cluster", "PT", "HCP"), E("Porto", "place", "PT"),
 E("ACCIÓ", "public_body", "ES"),
 E(HB, "project"), E("Single Market Programme", "programme"),
 E("Rafael Ortega", "person"), E(EISMEA, "public_body", None, "EISMEA"),
 E("Sarah Whitcombe", "person", "US", "Whitcombe"), E(MASSBIO, "cluster", "US", "MassBio"),
 E("Cambridge", "place", "US"),
 E("Mei-Ling Chou", "person", "TW", "Chou"), E(DCB, "research_org", "TW", "DCB"),
 E("Taipei", "place", "TW"),
],
relations=[
 R(CEBR, "located_in", "Brussels"),
 R(CEBR, "organized", GA), R("Biocat", "organized", GA), R(GA, "located_in", "Barcelona"),
 R(BES, "located_in", "Barcelona"),
 R("Hélène Marchal", "works_for", "BioWin"), R("Hélène Marchal", "works_for", CEBR),
 R("Hélène Marchal", "leads", CEBR), R("Hélène Marchal", "works_for", "University of Liège"),
 R("Hélène Marchal", "participated_in", GA),
 R("BioWin", "located_in", "Wallonia"), R("BioWin", "member_of", CEBR),
 R("Jens Overgaard", "works_for", "Medicon Valley Alliance"), R("Jens Overgaard", "works_for", CEBR),
 R("Jens Overgaard", "leads", CEBR), R("Jens Overgaard", "participated_in", GA),
 R(CEBR, "partner_of", MI), R(MI, "located_in", "Greater Montréal"),
 R(CEBR, "participated_in", BIO), R(MI, "participated_in", BIO), R(BIO, "located_in", "San Diego"),
 *[R(p, "works_for", o) for p, o, _ in BOARD],
 *[R(o, "member_of", CEBR) for _, o, _ in BOARD],
 *[R(o, "located_in", c) for _, o, c in BOARD if o != "Biocat"],
 R("Biocat", "located_in", "Barcelona"),
 R("Laia Puigdomènech", "works_for", "ACCIÓ"),
 R(HB, "funded_by", "Single Market Programme"), R(CEBR, "consortium_member_of", HB),
 R("Rafael Ortega", "works_for", EISMEA), R("Rafael Ortega", "participated_in", GA),
 R("Sarah Whitcombe", "works_for", MASSBIO), R("Sarah Whitcombe", "participated_in", GA),
 R(MASSBIO, "located_in", "Cambridge"), R(MASSBIO, "partner_of", CEBR),
 R("Mei-Ling Chou", "works_for", DCB), R("Mei-Ling Chou", "participated_in", GA),
 R(DCB, "located_in", "Taipei"), R(DCB, "participated_in", BES),
])

# --- press release: Écotech Québec appoints a VP International Partnerships --------
EQ = "Écotech Québec"
ML = "Marie-Ève Lachance"
POL = "Pollutec 2023"
CIRC = "CIRCATLANTIC"
KEITI = "Korea Environmental Industry and Technology Institute"
AM = "Americana 2025"
EQ_MEMBERS = (("Polystyvert", "Montréal"), ("Pyrowave", "Montréal"), ("H2O Innovation", "Québec City"))
GOLD["ecotech-quebec-new-vp-international-2023.txt"] = dict(
entities=[
 E(EQ, "cluster", "CA"), E("Montréal", "place", "CA"), E("Québec", "place", "CA"),
 E(ML, "person", "CA", "Lachance", "Marie-Ève"), E("Patrice Drouin", "person", "CA", "Drouin"),
 E("Montréal International", "public_body", "CA"), E("Greater Montréal", "place", "CA"),
 E("Investissement Québec", "public_body", "CA"), E("Paris", "place", "FR"),
 E("HEC Montréal", "university", "CA"),
 E("Karim Haddad", "person", "CA"), E("Canadian Trade Commissioner Service", "public_body", "CA"),
 E("Tokyo", "place", "JP"),
 E("Nathalie Brassard", "person", "CA"), E("Hydro-Québec", "company", "CA"),
 E(POL, "event", "FR"), E("Lyon", "place", "FR"),
 *[E(c, "company", "CA") for c, _ in EQ_MEMBERS], E("Québec City", "place", "CA"),
 E("Axelera", "cluster", "FR"), E("CleanTech Alps", "cluster", "CH"), E("Valais", "place", "CH"),
 E(CIRC, "project"), E("Horizon Europe", "programme"),
 E(KEITI, "public_body", "KR", "KEITI"), E("Seoul", "place", "KR"),
 E("GLOBE Forum 2024", "event", "CA"), E("Vancouver", "place", "CA"),
 E(AM, "event", "CA"), E("Réseau Environnement", "network", "CA"),
 E("Sherbrooke", "place", "CA"), E("Saguenay", "place", "CA"),
 E("Ministère de l'Économie, de l'Innovation et de l'Énergie", "public_body", "CA", "MEIE"),
],
relations=[
 R(EQ, "located_in", "Montréal"), R(EQ, "located_in", "Québec"),
 R(ML, "works_for", EQ), R("Patrice Drouin", "works_for", EQ),
 R(ML, "works_for", "Montréal International"), R(ML, "works_for", "Investissement Québec"),
 R("Montréal International", "located_in", "Greater Montréal"),
 R("Karim Haddad", "works_for", EQ), R("Karim Haddad", "works_for", "Canadian Trade Commissioner Service"),
 R("Nathalie Brassard", "works_for", EQ), R("Nathalie Brassard", "works_for", "Hydro-Québec"),
 R(POL, "located_in", "Lyon"), R(EQ, "participated_in", POL), R(ML, "participated_in", POL),
 *[R(c, "participated_in", POL) for c, _ in EQ_MEMBERS],
 *[R(c, "member_of", EQ) for c, _ in EQ_MEMBERS],
 *[R(c, "located_in", t) for c, t in EQ_MEMBERS],
 R(EQ, "met_with", "Axelera"), R("Axelera", "participated_in", POL), R("Axelera", "located_in", "Lyon"),
 R(EQ, "partner_of", "Axelera"),
 R(EQ, "partner_of", "CleanTech Alps"), R("Axelera", "partner_of", "CleanTech Alps"),
 R("CleanTech Alps", "located_in", "Valais"),
 R(CIRC, "funded_by", "Horizon Europe"), R("Axelera", "leads", CIRC),
 *[R(o, "consortium_member_of", CIRC) for o in (EQ, "Axelera", "CleanTech Alps")],
 R(EQ, "partner_of", KEITI), R(KEITI, "located_in", "Seoul"),
 R(EQ, "participated_in", "GLOBE Forum 2024"), R("GLOBE Forum 2024", "located_in", "Vancouver"),
 R(EQ, "organized", AM), R("Réseau Environnement", "organized", AM), R(AM, "located_in", "Montréal"),
])

# --- event news: BioJapan 2024 keynotes and cluster panel -------------------------
BJ = "BioJapan 2024"
JBA = "Japan Bioindustry Association"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
KBIC = "Kobe Biomedical Innovation Cluster"
LINKJ = "Life Science Innovation Network Japan"
BC = "Biocom California"
KHIDI = "Korea Health Industry Development Institute"
EDB = "Singapore Economic Development Board"
DKFZ = "German Cancer Research Center"
BBC = "Bangalore Bioinnovation Centre"
KBIO = "Osong Medical Innovation Foundation"
KPG = "Kanagawa Prefectural Government"
SPEAKERS = (("Kenji Morimoto", JBA), ("Hiroshi Nakagawa", FBRI), ("Claire Fontaine", "Genopole"),
            ("Yuki Saito", LINKJ), ("Olivia Grant", BC), ("Park Sun-hee", KHIDI),
            ("Jonathan Lim", EDB), ("Markus Albrecht", "BioRN"), ("Anika Sharma", BBC))
GOLD["biojapan-keynote-line-up-2024.html"] = dict(
entities=[
 E(BJ, "event", "JP"), E("Yokohama", "place", "JP"),
 E("regenerative medicine JAPAN 2024", "event", "JP"),
 E("JTB Communication Design", "company", "JP"), E(JBA, "network", "JP", "JBA"),
 E("Kenji Morimoto", "person", "JP"),
 E("Hiroshi Nakagawa", "person", "JP"), E(FBRI, "research_org", "JP", "FBRI"),
 E(KBIC, "cluster", "JP", "KBIC"), E("Kobe", "place", "JP"),
 E("Claire Fontaine", "person", "FR"), E("Genopole", "cluster", "FR"),
 E("Évry-Courcouronnes", "place", "FR"), E("Business France", "public_body", "FR"),
 E("Tokyo", "place", "JP"),
 E("Yuki Saito", "person", "JP", "Saito"), E(LINKJ, "network", "JP", "LINK-J"),
 E("Olivia Grant", "person", "US", "Grant"), E(BC, "cluster", "US"), E("Illumina", "company", "US"),
 E("San Diego", "place", "US"),
 E("Park Sun-hee", "person", "KR"), E(KHIDI, "public_body", "KR", "KHIDI"),
 E("Cheongju", "place", "KR"),
 E("Jonathan Lim", "person", "SG"), E(EDB, "public_body", "SG", "EDB"),
 E("A*STAR", "research_org", "SG"), E("Singapore", "place", "SG"),
 E("Markus Albrecht", "person", "DE"), E("BioRN", "cluster", "DE"),
 E(DKFZ, "research_org", "DE", "DKFZ"), E("Heidelberg", "place", "DE"),
 E("Anika Sharma", "person", "IN", "Sharma"), E(BBC, "cluster", "IN", "BBC"),
 E("Bengaluru", "place", "IN"),
 E(KBIO, "public_body", "KR", "KBIOHealth"),
 E("Cellixa Therapeutics", "company", "FR"), E("Abolis Biotechnologies", "company", "FR"),
 E(KPG, "public_body", "JP"), E("Kawasaki", "place", "JP"),
],
relations=[
 R(BJ, "located_in", "Yokohama"), R("regenerative medicine JAPAN 2024", "located_in", "Yokohama"),
 R("JTB Communication Design", "organized", BJ), R(JBA, "organized", BJ),
 *[R(p, "works_for", o) for p, o in SPEAKERS],
 *[R(p, "participated_in", BJ) for p, _ in SPEAKERS],
 R("Kenji Morimoto", "leads", JBA),
 R("Claire Fontaine", "works_for", "Business France"), R("Olivia Grant", "works_for", "Illumina"),
 R("Jonathan Lim", "works_for", "A*STAR"), R("Markus Albrecht", "works_for", DKFZ),
 R(KBIC, "located_in", "Kobe"), R("Genopole", "located_in", "Évry-Courcouronnes"),
 R(BC, "located_in", "San Diego"), R(KHIDI, "located_in", "Cheongju"),
 R(EDB, "located_in", "Singapore"), R("BioRN", "located_in", "Heidelberg"),
 R(BBC, "located_in", "Bengaluru"),
 R(KBIC, "partner_of", BC), R(KBIC, "participated_in", BJ), R(BC, "participated_in", BJ),
 R(KHIDI, "participated_in", BJ), R(KBIO, "participated_in", BJ),
 R("Genopole", "participated_in", BJ),
 *[R(c, "participated_in", BJ) for c in ("Cellixa Therapeutics", "Abolis Biotechnologies")],
 *[R(c, "member_of", "Genopole") for c in ("Cellixa Therapeutics", "Abolis Biotechnologies")],
 R(KPG, "participated_in", BJ),
 R(BBC, "participated_in", BJ), R(BBC, "met_with", KBIC), R(BBC, "met_with", LINKJ),
 R(LINKJ, "participated_in", BJ),
])

# --- press release: Silicon Saxony board elections --------------------------------
SS = "Silicon Saxony e.V."
IFX = "Infineon Technologies Dresden"
TUD = "Technische Universität Dresden"
IPMS = "Fraunhofer Institute for Photonic Microsystems IPMS"
BOSCH = "Robert Bosch Semiconductor Manufacturing Dresden GmbH"
WFS = "Wirtschaftsförderung Sachsen GmbH"
TSIA = "Taiwan Semiconductor Industry Association"
ST22 = "SEMICON Taiwan 2022"
ST23 = "SEMICON Taiwan 2023"
SE = "Silicon Europe"
SEU = "SEMICON Europa 2023"
SCS = "SaxChipSkills"
ESF = "European Social Fund Plus"
SS_BOARD = (("Katrin Wendler", IFX), ("Ulrike Sommerfeld", TUD), ("Matthias Kühnel", IPMS),
            ("Sören Thiel", "X-FAB Dresden"), ("Jana Richter", "Nanoveo GmbH"),
            ("Frederik Aue", BOSCH))
GOLD["silicon-saxony-board-elections-2023.txt"] = dict(
entities=[
 E(SS, "cluster", "DE", "Silicon Saxony"), E("Dresden", "place", "DE"), E("Saxony", "place", "DE"),
 E("Katrin Wendler", "person", "DE", "Wendler"), E(IFX, "company", "DE"),
 E("Volker Brandt", "person", "DE", "Brandt"), E("GlobalFoundries", "company", "US"),
 E("Ulrike Sommerfeld", "person", "DE"), E(TUD, "university", "DE", "TU Dresden"),
 E("Matthias Kühnel", "person", "DE"), E(IPMS, "research_org", "DE", "Fraunhofer IPMS"),
 E("Sören Thiel", "person", "DE"), E("X-FAB Dresden", "company", "DE"),
 E("Jana Richter", "person", "DE"), E("Nanoveo GmbH", "company", "DE"),
 E("Frederik Aue", "person", "DE"), E(BOSCH, "company", "DE"),
 E("Mai Nguyen", "person", "DE", "Nguyen"),
 E(WFS, "public_body", "DE", "WFS", "Saxony Economic Development Corporation"),
 E("Henrik Claußen", "person", "DE", "Claußen"),
 E(TSIA, "network", "TW", "TSIA"), E(ST22, "event", "TW"), E("Taipei", "place", "TW"),
 E(ST23, "event", "TW"), E("Lin Chia-Hao", "person", "TW"),
 E(SE, "network"), E("Minalogic", "cluster", "FR"), E("Grenoble", "place", "FR"),
 E("DSP Valley", "cluster", "BE"), E("Leuven", "place", "BE"),
 E(SEU, "event", "DE"), E("Munich", "place", "DE"), E("SEMI Europe", "network"),
 E(SCS, "project", "DE"), E(ESF, "programme", None, "ESF Plus"),
 E("Free State of Saxony", "public_body", "DE"),
],
relations=[
 R(SS, "located_in", "Dresden"),
 *[R(p, "works_for", o) for p, o in SS_BOARD],
 *[R(o, "member_of", SS) for _, o in SS_BOARD],
 R("Katrin Wendler", "works_for", SS),
 R("Volker Brandt", "works_for", "GlobalFoundries"), R("Volker Brandt", "works_for", SS),
 R("Nanoveo GmbH", "located_in", "Dresden"), R(BOSCH, "located_in", "Dresden"),
 R("Mai Nguyen", "works_for", SS), R("Mai Nguyen", "works_for", WFS),
 R("Henrik Claußen", "works_for", SS), R("Henrik Claußen", "works_for", SE),
 R("Henrik Claußen", "leads", SE),
 R(SS, "partner_of", TSIA), R(SS, "participated_in", ST22), R(TSIA, "participated_in", ST22),
 R(ST22, "located_in", "Taipei"),
 *[R(o, "participated_in", ST23) for o in ("Mai Nguyen", SS, IPMS, TUD, "Lin Chia-Hao")],
 R("Lin Chia-Hao", "works_for", TSIA),
 *[R(o, "member_of", SE) for o in (SS, "Minalogic", "DSP Valley")],
 R("Minalogic", "located_in", "Grenoble"), R("DSP Valley", "located_in", "Leuven"),
 R(SEU, "located_in", "Munich"), R("SEMI Europe", "organized", SEU),
 R(SE, "participated_in", SEU), R(SS, "participated_in", SEU),
 R(TUD, "leads", SCS), R(SCS, "funded_by", ESF), R(SCS, "funded_by", "Free State of Saxony"),
 *[R(o, "consortium_member_of", SCS) for o in (TUD, SS, "X-FAB Dresden", "Nanoveo GmbH")],
])

# --- news: Cluster Excellence Awards 2022, jury and winners ------------------------
ECC = "European Cluster Conference 2022"
ISI = "Fraunhofer Institute for Systems and Innovation Research ISI"
VDI = "VDI/VDE Innovation + Technik GmbH"
JST = "Japan Science and Technology Agency"
COS = "Canada's Ocean Supercluster"
BEC = "Basque Energy Cluster"
ECD = "Energy Cluster Denmark"
JWPA = "Japan Wind Power Association"
H2C = "Hydrogen Cluster Finland"
KITV = "Košice IT Valley"
VTT = "VTT Technical Research Centre of Finland"
HVNN = "Hydrogen Valley Northern Netherlands"
TUKE = "Technical University of Košice"
MIT = "Ministry of Industry and Trade"
WB = "WINDBRIDGE"
GOLD["cluster-excellence-awards-jury-winners-2022.html"] = dict(
entities=[
 E("European Cluster Collaboration Platform", "network", None, "ECCP"),
 E("Prague", "place", "CZ"), E(ECC, "event", "CZ"),
 E("European Commission", "public_body"), E(EISMEA, "public_body", None, "EISMEA"),
 E("CzechInvest", "public_body", "CZ"),
 E("Ingrid Halvorsen", "person", "NO", "Halvorsen"), E("TCI Network", "network"),
 E("Bernhard Aigner", "person", "DE"), E(ISI, "research_org", "DE"), E("Karlsruhe", "place", "DE"),
 E("Teresa Lobo", "person"),
 E("Kwame Asante", "person", "DE"), E(VDI, "company", "DE"), E("Berlin", "place", "DE"),
 E("Haruka Mori", "person", "JP"), E(JST, "public_body", "JP", "JST"), E("Tokyo", "place", "JP"),
 E("Danielle Roy", "person", "CA"), E(COS, "cluster", "CA"), E("St. John's", "place", "CA"),
 E("Mikel Etxeberria", "person", "ES", "Etxeberria"),
 E(BEC, "cluster", "ES", "Cluster de Energía del País Vasco"), E("Bilbao", "place", "ES"),
 E(ECD, "cluster", "DK", "ECD"), E(JWPA, "network", "JP", "JWPA"), E("Odense", "place", "DK"),
 E("Aino Virtanen", "person", "FI", "Virtanen"), E(H2C, "cluster", "FI", "H2C"),
 E("Helsinki", "place", "FI"),
 E("Zuzana Horváthová", "person", "SK", "Horváthová"), E(KITV, "cluster", "SK"),
 E("Košice", "place", "SK"),
 E("Iberdrola", "company", "ES"), E(WB, "project"), E("Single Market Programme", "programme"),
 E("DeepWind", "cluster", "GB"), E("Wind Expo Tokyo", "event", "JP"),
 E("Søren Friis", "person", "DK"), E("Takeshi Hirano", "person", "JP"),
 E(VTT, "research_org", "FI"), E(HVNN, "cluster", "NL"), E(TUKE, "university", "SK"),
 E("Ondřej Havel", "person", "CZ"), E(MIT, "public_body", "CZ"),
],
relations=[
 R(ECC, "located_in", "Prague"),
 R("European Commission", "organized", ECC), R(EISMEA, "organized", ECC),
 R("CzechInvest", "organized", ECC),
 R("Ingrid Halvorsen", "works_for", "TCI Network"), R("Ingrid Halvorsen", "leads", "TCI Network"),
 R("Ingrid Halvorsen", "participated_in", ECC),
 R("Bernhard Aigner", "works_for", ISI), R(ISI, "located_in", "Karlsruhe"),
 R("Teresa Lobo", "works_for", EISMEA),
 R("Kwame Asante", "works_for", VDI), R(VDI, "located_in", "Berlin"),
 R("Haruka Mori", "works_for", JST), R(JST, "located_in", "Tokyo"),
 R("Danielle Roy", "works_for", COS), R(COS, "located_in", "St. John's"),
 R("Mikel Etxeberria", "works_for", BEC), R("Mikel Etxeberria", "works_for", "Iberdrola"),
 R("Mikel Etxeberria", "participated_in", ECC), R(BEC, "located_in", "Bilbao"),
 R(ECD, "partner_of", JWPA), R(ECD, "located_in", "Odense"), R(JWPA, "located_in", "Tokyo"),
 R("Aino Virtanen", "works_for", H2C), R("Aino Virtanen", "works_for", VTT),
 R("Aino Virtanen", "participated_in", ECC), R(H2C, "located_in", "Helsinki"),
 R("Zuzana Horváthová", "works_for", KITV), R("Zuzana Horváthová", "participated_in", ECC),
 R(KITV, "located_in", "Košice"),
 R(BEC, "leads", WB), R(WB, "funded_by", "Single Market Programme"),
 *[R(o, "consortium_member_of", WB) for o in (BEC, ECD, "DeepWind")],
 R(ECD, "participated_in", "Wind Expo Tokyo"),
 R("Søren Friis", "works_for", ECD), R("Takeshi Hirano", "works_for", JWPA),
 R("Søren Friis", "participated_in", ECC), R("Takeshi Hirano", "participated_in", ECC),
 R(H2C, "partner_of", HVNN), R(KITV, "partner_of", TUKE),
 R("Ondřej Havel", "works_for", MIT), R("Ondřej Havel", "participated_in", ECC),
])

# --- newsletter: Nordic people on the move ---------------------------------------
MVA = "Medicon Valley Alliance"
OCC = "Oslo Cancer Cluster"
BE24 = "BIO-Europe 2024"
NLS = "Nordic Life Science Days 2024"
SSP = "Sahlgrenska Science Park"
TSP = "Turku Science Park"
NPHH = "Nordic Precision Health Hub"
SBF = "ScanBalt Forum 2024"
TBP = "Tartu Biotechnology Park"
GOLD["nordic-life-science-people-news-2024.md"] = dict(
entities=[
 E(MVA, "cluster", "DK", "MVA"), E(OCC, "cluster", "NO"), E("Oslo", "place", "NO"),
 E("Kari-Anne Holm", "person", "NO", "Holm"), E("Novartis Norway", "company", "NO"),
 E("Bjørn Tangen", "person", "NO"), E("Aker BioMarine", "company", "NO"),
 E("Søren Kjærgaard", "person", "DK", "Søren"), E("Invest in Denmark", "public_body", "DK"),
 E("Copenhagen", "place", "DK"),
 E("BioNJ", "cluster", "US"), E("New Jersey", "place", "US"),
 E(BE24, "event", "SE"), E("EBD Group", "company"), E("Stockholm", "place", "SE"),
 E("Elin Lundqvist", "person", "SE", "Lundqvist"), E("Karolinska Institutet", "university", "SE"),
 E("SwedenBIO", "network", "SE"), E(NLS, "event", "SE", "NLSDays"), E("Malmö", "place", "SE"),
 E("Ahmed Rahimi", "person", "SE", "Rahimi"), E("Vivolux Diagnostics", "company", "SE"),
 E("Lund", "place", "SE"),
 E(SSP, "cluster", "SE"), E("Gothenburg", "place", "SE"), E("AstraZeneca", "company"),
 E("Jussi Mäkelä", "person", "FI"), E(TSP, "cluster", "FI"), E("University of Turku", "university", "FI"),
 E("Turku", "place", "FI"), E("Horizon Europe", "programme"),
 E(NPHH, "project"), E("Nordic Innovation", "public_body"),
 E(SBF, "event", "EE"), E("ScanBalt", "network"), E("Tartu", "place", "EE"),
 E("Tarmo Kask", "person", "EE", "Kask"), E(TBP, "cluster", "EE"),
 E("Baltic Sea region", "place"),
 E("Hanna Lindgren", "person", "SE"), E("EIT Health Scandinavia", "network", "SE"),
 E("Peter Lauritsen", "person", "DK"), E("Novo Nordisk", "company", "DK"),
],
relations=[
 R("Kari-Anne Holm", "works_for", OCC), R("Kari-Anne Holm", "works_for", "Novartis Norway"),
 R("Bjørn Tangen", "works_for", OCC), R("Bjørn Tangen", "works_for", "Aker BioMarine"),
 R(OCC, "located_in", "Oslo"),
 R("Søren Kjærgaard", "works_for", MVA), R("Søren Kjærgaard", "works_for", "Invest in Denmark"),
 R(MVA, "located_in", "Copenhagen"),
 R(MVA, "partner_of", "BioNJ"), R("BioNJ", "located_in", "New Jersey"),
 R(MVA, "participated_in", BE24), R("BioNJ", "participated_in", BE24),
 R("EBD Group", "organized", BE24), R(BE24, "located_in", "Stockholm"),
 R("Elin Lundqvist", "works_for", "Karolinska Institutet"), R("Elin Lundqvist", "works_for", "SwedenBIO"),
 R("Elin Lundqvist", "leads", "SwedenBIO"), R("Elin Lundqvist", "participated_in", NLS),
 R("SwedenBIO", "organized", NLS), R(NLS, "located_in", "Malmö"),
 R("Kari-Anne Holm", "participated_in", NLS), R("Ahmed Rahimi", "participated_in", NLS),
 R("Vivolux Diagnostics", "participated_in", NLS), R("Vivolux Diagnostics", "located_in", "Lund"),
 R("Ahmed Rahimi", "works_for", SSP), R("Ahmed Rahimi", "works_for", "AstraZeneca"),
 R(SSP, "located_in", "Gothenburg"),
 R("Jussi Mäkelä", "works_for", TSP), R("Jussi Mäkelä", "works_for", "University of Turku"),
 R(NPHH, "funded_by", "Nordic Innovation"), R(MVA, "leads", NPHH),
 *[R(o, "consortium_member_of", NPHH) for o in (MVA, OCC, SSP, TSP)],
 R("ScanBalt", "organized", SBF), R(SBF, "located_in", "Tartu"),
 R("Tarmo Kask", "works_for", TBP), R("Tarmo Kask", "works_for", "ScanBalt"),
 R("Tarmo Kask", "leads", "ScanBalt"), R("Tarmo Kask", "participated_in", SBF),
 R(TBP, "member_of", "ScanBalt"),
 R("Hanna Lindgren", "works_for", "SwedenBIO"), R("Hanna Lindgren", "works_for", "EIT Health Scandinavia"),
 R("Peter Lauritsen", "works_for", "Novo Nordisk"), R("Peter Lauritsen", "participated_in", BE24),
 R("Novo Nordisk", "member_of", MVA),
])

# --- press release: KBIOHealth inaugurates a new President ------------------------
KRIBB = "Korea Research Institute of Bioscience and Biotechnology"
OAMIC = "Osong Advanced Medical Industry Complex"
MOHW = "Ministry of Health and Welfare"
CBG = "Chungcheongbuk-do Provincial Government"
LBP = "Lyonbiopôle Auvergne-Rhône-Alpes"
BE23 = "BIO-Europe 2023"
UCSD = "University of California San Diego"
KGB = "K-Bio Global Bridge"
KMEDI = "Daegu-Gyeongbuk Medical Innovation Foundation"
KOTRA = "Korea Trade-Investment Promotion Agency"
BK = "BIO KOREA 2024"
GOLD["kbiohealth-new-president-2024.txt"] = dict(
entities=[
 E("Cheongju", "place", "KR"),
 E(KBIO, "public_body", "KR", "KBIOHealth", "재단법인 오송첨단의료산업진흥재단"),
 E("Han Ji-won", "person", "KR", "한지원", "Han"), E("Osong", "place", "KR"),
 E(OAMIC, "cluster", "KR"), E("Chungcheongbuk-do", "place", "KR"),
 E(MOHW, "public_body", "KR"), E(KRIBB, "research_org", "KR", "KRIBB"), E("Daejeon", "place", "KR"),
 E("Scripps Research", "research_org", "US"), E("La Jolla", "place", "US"),
 E("Jung Sang-ho", "person", "KR", "Jung"), E("Seoul National University", "university", "KR"),
 E("Kim Tae-hoon", "person", "KR"), E(CBG, "public_body", "KR"),
 E("Lyon", "place", "FR"), E("San Diego", "place", "US"),
 E(LBP, "cluster", "FR", "Lyonbiopôle"), E(BE23, "event", "DE"), E("Munich", "place", "DE"),
 E("Élodie Marchetti", "person", "FR"),
 E(UCSD, "university", "US", "UC San Diego"), E(KGB, "project", "KR"),
 E(KMEDI, "public_body", "KR", "K-MEDI hub"), E("Daegu", "place", "KR"),
 E("Choi Eun-young", "person", "KR", "Choi"), E(KOTRA, "public_body", "KR", "KOTRA"),
 E("Frankfurt", "place", "DE"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E(BIO, "event", "US", "BIO 2024"),
 E(BK, "event", "KR"), E("Seoul", "place", "KR"),
],
relations=[
 R(KBIO, "located_in", "Osong"), R(OAMIC, "located_in", "Chungcheongbuk-do"),
 R("Han Ji-won", "works_for", KBIO), R("Han Ji-won", "works_for", KRIBB),
 R("Han Ji-won", "works_for", "Scripps Research"),
 R(KRIBB, "located_in", "Daejeon"), R("Scripps Research", "located_in", "La Jolla"),
 R("Jung Sang-ho", "works_for", KBIO), R("Jung Sang-ho", "works_for", "Seoul National University"),
 R("Kim Tae-hoon", "works_for", CBG),
 R(KBIO, "partner_of", LBP), R(KBIO, "participated_in", BE23), R(LBP, "participated_in", BE23),
 R("Élodie Marchetti", "participated_in", BE23), R("Élodie Marchetti", "works_for", LBP),
 R(BE23, "located_in", "Munich"), R(LBP, "located_in", "Lyon"),
 R(KBIO, "partner_of", UCSD), R(KBIO, "consortium_member_of", KGB),
 R(UCSD, "consortium_member_of", KGB), R(KGB, "funded_by", MOHW),
 R(KBIO, "partner_of", KMEDI), R(KMEDI, "located_in", "Daegu"),
 R("Choi Eun-young", "works_for", KBIO), R("Choi Eun-young", "works_for", KOTRA),
 R(KBIO, "participated_in", BIO), R(KHIDI, "participated_in", BIO), R(BIO, "located_in", "San Diego"),
 R(BK, "located_in", "Seoul"), R(KHIDI, "organized", BK), R(CBG, "organized", BK),
 R("Han Ji-won", "participated_in", BK), R(KBIO, "participated_in", BK),
 R(KMEDI, "participated_in", BK), R(UCSD, "participated_in", BK),
])

# --- event news: cluster leaders' panel at BIO 2024 --------------------------------
BINO = "Biotechnology Innovation Organization"
GOBIZ = "Governor's Office of Business and Economic Development"
SDEDC = "San Diego Regional Economic Development Corporation"
LBSP = "Leiden Bio Science Park"
REC = "Global Life Science Cluster Reception"
PANEL = (("Karen O'Donnell", "Enterprise Ireland"), ("Rohan Mehta", "Genome Valley"),
         ("Jan-Willem de Vries", LBSP), ("Wong Mei Fong", "BioSingapore"),
         ("Chantal Bérubé", MI))
GOLD["bio-2024-cluster-leaders-panel-2024.md"] = dict(
entities=[
 E(BIO, "event", "US", "BIO 2024"), E(BINO, "network", "US"), E("San Diego", "place", "US"),
 E(BC, "cluster", "US"), E(GOBIZ, "public_body", "US", "GO-Biz"),
 E("Daniel Ferreira", "person", "US", "Ferreira"), E(SDEDC, "public_body", "US", "San Diego Regional EDC"),
 E("Karen O'Donnell", "person", "IE", "O'Donnell"), E("Enterprise Ireland", "public_body", "IE"),
 E("Dublin", "place", "IE"), E("IDA Ireland", "public_body", "IE"),
 E("Rohan Mehta", "person", "IN", "Mehta"), E("Genome Valley", "cluster", "IN"),
 E("Hyderabad", "place", "IN"), E("Telangana", "place", "IN"),
 E("Jan-Willem de Vries", "person", "NL", "De Vries"), E(LBSP, "cluster", "NL"),
 E("Leiden University", "university", "NL"), E("Leiden", "place", "NL"),
 E("Boston", "place", "US"), E("Basel", "place", "CH"),
 E("Wong Mei Fong", "person", "SG", "Wong"), E("BioSingapore", "cluster", "SG"),
 E("Lumiq Bio", "company", "SG"),
 E("Chantal Bérubé", "person", "CA", "Bérubé"), E(MI, "cluster", "CA"),
 E("Medicen Paris Region", "cluster", "FR"), E("Montréal", "place", "CA"),
 E("Vyana Biologics", "company", "IN"), E("Dermaxis Therapeutics", "company", "US"),
 E(REC, "event", "US"),
],
relations=[
 R(BIO, "located_in", "San Diego"), R(BINO, "organized", BIO),
 R(BC, "participated_in", BIO), R(GOBIZ, "participated_in", BIO),
 R("Daniel Ferreira", "works_for", BC), R("Daniel Ferreira", "works_for", SDEDC),
 R("Daniel Ferreira", "participated_in", BIO),
 *[R(p, "works_for", o) for p, o in PANEL],
 *[R(p, "participated_in", BIO) for p, _ in PANEL],
 *[R(p, "participated_in", REC) for p, _ in PANEL],
 R("Karen O'Donnell", "works_for", "IDA Ireland"), R("Enterprise Ireland", "located_in", "Dublin"),
 R("Genome Valley", "located_in", "Hyderabad"), R("Genome Valley", "located_in", "Telangana"),
 R("Jan-Willem de Vries", "works_for", "Leiden University"),
 R("Wong Mei Fong", "works_for", "Lumiq Bio"),
 R("Chantal Bérubé", "works_for", "Medicen Paris Region"),
 R("Genome Valley", "partner_of", BC),
 R(LBSP, "partner_of", "BioSingapore"), R(LBSP, "participated_in", BIO),
 R("BioSingapore", "participated_in", BIO),
 R("Enterprise Ireland", "partner_of", MI),
 R("Genome Valley", "participated_in", BIO), R("Genome Valley", "met_with", BC),
 R("Vyana Biologics", "member_of", "Genome Valley"), R("Vyana Biologics", "met_with", "Dermaxis Therapeutics"),
 R("Vyana Biologics", "participated_in", BIO), R("Dermaxis Therapeutics", "participated_in", BIO),
 R("Dermaxis Therapeutics", "member_of", BC), R("Dermaxis Therapeutics", "located_in", "San Diego"),
 R(BC, "organized", REC), R(SDEDC, "organized", REC), R(REC, "located_in", "San Diego"),
 R("Daniel Ferreira", "participated_in", REC),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"{doc}: document missing"
        text = path.read_text(encoding="utf-8").lower()
        types, seen = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{doc}: bad type {e}"
            assert e["name"] not in types, f"{doc}: duplicate entity {e['name']}"
            types[e["name"]] = e["type"]
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in seen, f"{doc}: {form!r} used by {seen[key]} and {e['name']}"
                seen[key] = e["name"]
                assert key in text, f"{doc}: {form!r} not in text"
        rels = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert s in types and o in types, f"{doc}: undeclared end in {r}"
            subj, obj = ALLOWED[p]
            assert types[s] in subj and types[o] in obj, f"{doc}: types not allowed in {r}"
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (s, p, o)
            assert key not in rels, f"{doc}: duplicate relation {r}"
            rels.add(key)


check()
for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.name, len(gold["entities"]), len(gold["relations"]))
