"""Hand annotations of the `train-ac` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ac/make_gold_train_ac.py

Theme: EU consortium kick-offs and project news (Horizon Europe, Interreg, EIT,
Digital Europe, LIFE, Single Market Programme / Euroclusters). Same rules as
make_gold.py (README, "Documents and gold"), written by a separate annotator.

Conventions of this set:
- every partner of a consortium list (coordinator and associated partners
  included) is `consortium_member_of` the project; the coordinator (lead
  partner), and a person named as the coordinator or leader of the project,
  also `leads` it. Leading a work package is not `leads` (its object would be
  the work package, which is not an entity).
- advisory-board members get `works_for` only (no predicate for the board).
- a project is `funded_by` the programme(s) and funding bodies the text names
  as funding it (incl. a joint undertaking or partnership), not by the agency
  that only manages the grant (CINEA, HaDEA, EISMEA stay relation-less).
- submitted proposals are annotated like running projects (status differs).
- planned participations stated as decided ("will present ... at X") are
  annotated like past ones.
- venues and buildings are not entities; a technology park used as an
  address is a `place`.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-ac"

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

# --- press release: Horizon Europe / CBE JU kick-off (lignin adhesives) ----------
LL = "LIGNOLOOP"
VTT = "VTT Technical Research Centre of Finland"
CBE = "Circular Bio-based Europe Joint Undertaking"
IGB = "Fraunhofer Institute for Interfacial Engineering and Biotechnology IGB"
TNO = "Netherlands Organisation for Applied Scientific Research"
WUR = "Wageningen University & Research"
UNIBO = "Università di Bologna"
IAR = "Pôle IAR"
CLIC = "CLIC Innovation"
BIC = "Bio-based Industries Consortium"
DTU = "Technical University of Denmark"
FORUM = "CBE JU Stakeholder Forum"
LL_PARTNERS = (VTT, IGB, TNO, "Tecnalia", "AIDIMME", "Aalto University", WUR,
               "Chalmers University of Technology", UNIBO, "Stora Enso", "Borregaard",
               "Lignopure GmbH", "Avantium", IAR, CLIC)
GOLD["lignoloop-horizon-europe-kick-off-2024.md"] = dict(
entities=[
 E(LL, "project"), E(VTT, "research_org", "FI", "VTT"), E("Espoo", "place", "FI"),
 E(CBE, "public_body", None, "CBE JU"), E("Horizon Europe", "programme"),
 E("Liisa Hakkarainen", "person", "FI"),
 E(IGB, "research_org", "DE", "Fraunhofer IGB"), E("Stuttgart", "place", "DE"),
 E(TNO, "research_org", "NL", "TNO"),
 E("Tecnalia", "research_org", "ES"), E("San Sebastián", "place", "ES"),
 E("AIDIMME", "research_org", "ES"), E("Paterna", "place", "ES"),
 E("Aalto University", "university", "FI"), E(WUR, "university", "NL"),
 E("Chalmers University of Technology", "university", "SE"), E("Gothenburg", "place", "SE"),
 E(UNIBO, "university", "IT"),
 E("Stora Enso", "company", "FI"), E("Borregaard", "company", "NO"),
 E("Lignopure GmbH", "company", "DE"), E("Hamburg", "place", "DE"),
 E("Avantium", "company", "NL"),
 E(IAR, "cluster", "FR", "IAR"), E("Laon", "place", "FR"), E("Hauts-de-France", "place", "FR"),
 E(CLIC, "cluster", "FI"), E("Helsinki", "place", "FI"),
 E("Markus Weber", "person", "DE"), E("Ane Etxeberria", "person", "ES"),
 E("Pieter Jansen", "person", "NL"),
 E(BIC, "network", None, "BIC"), E("Camille Duret", "person", "FR"),
 E("Paola Ferri", "person", "IT"), E("Novamont", "company", "IT"), E("Novara", "place", "IT"),
 E("Henrik Sørensen", "person", "DK"), E(DTU, "university", "DK", "DTU"),
 E("Marie Dubois", "person"), E("European Bioplastics", "network"),
 E(FORUM, "event", "BE"), E("Brussels", "place", "BE"),
],
relations=[
 R(VTT, "leads", LL), R("Liisa Hakkarainen", "leads", LL),
 *[R(o, "consortium_member_of", LL) for o in LL_PARTNERS],
 R(LL, "funded_by", CBE), R(LL, "funded_by", "Horizon Europe"),
 R(VTT, "located_in", "Espoo"), R(IGB, "located_in", "Stuttgart"),
 R("Tecnalia", "located_in", "San Sebastián"), R("AIDIMME", "located_in", "Paterna"),
 R("Chalmers University of Technology", "located_in", "Gothenburg"),
 R("Lignopure GmbH", "located_in", "Hamburg"),
 R(IAR, "located_in", "Laon"), R(IAR, "located_in", "Hauts-de-France"),
 R(CLIC, "located_in", "Helsinki"), R("Novamont", "located_in", "Novara"),
 R(FORUM, "located_in", "Brussels"),
 R("Liisa Hakkarainen", "works_for", VTT), R("Markus Weber", "works_for", IGB),
 R("Ane Etxeberria", "works_for", "Tecnalia"), R("Pieter Jansen", "works_for", TNO),
 R("Camille Duret", "works_for", IAR), R("Paola Ferri", "works_for", "Novamont"),
 R("Henrik Sørensen", "works_for", DTU), R("Marie Dubois", "works_for", "European Bioplastics"),
 R(IAR, "member_of", BIC), R(CLIC, "member_of", BIC),
 R(CBE, "organized", FORUM), R(VTT, "participated_in", FORUM), R(IAR, "participated_in", FORUM),
])

# --- project news: Interreg North-West Europe hydrogen project launch ------------
H2B = "H2BRIDGES"
H2LC = "H2BRIDGES Launch Conference"
PAB = "Port of Antwerp-Bruges"
NWE = "Interreg North-West Europe"
ERDF = "European Regional Development Fund"
WSN = "WaterstofNet"
NEC = "New Energy Coalition"
HANZE = "Hanze University of Applied Sciences"
UMS = "Fraunhofer Institute for Environmental, Safety and Energy Technology UMSICHT"
NRW = "NRW.Energy4Climate"
ADN = "AD Normandie"
URN = "Université de Rouen Normandie"
LIST = "Luxembourg Institute of Science and Technology"
UCC = "University College Cork"
HI = "Hydrogen Ireland"
CHP = "Clean Hydrogen Partnership"
KHS = "Kempen Hydrogen Systems"
NPS = "Normandie Piles SAS"
HTE = "Hydrogen Technology Expo Europe"
H2B_PARTNERS = ((WSN, "Turnhout"), (PAB, "Antwerp"), (NEC, "Groningen"), (HANZE, "Groningen"),
                (UMS, "Oberhausen"), (NRW, "Düsseldorf"), (ADN, "Rouen"), (URN, "Rouen"),
                (LIST, "Esch-sur-Alzette"), (UCC, "Cork"), (HI, "Dublin"))
H2B_PEOPLE = (("Ellen Peeters", WSN), ("Jacques Lemaire", ADN), ("Anke Schulte", UMS),
              ("Siobhán Ní Bhriain", UCC), ("Joost van den Berg", NEC))
GOLD["h2bridges-interreg-nwe-launch-2023.html"] = dict(
entities=[
 E(H2B, "project"), E("Antwerp", "place", "BE"), E(H2LC, "event", "BE"),
 E(PAB, "public_body", "BE"), E(NWE, "programme", None, "Interreg NWE"),
 E(ERDF, "programme", None, "ERDF"),
 E(WSN, "cluster", "BE"), E("Turnhout", "place", "BE"),
 E(NEC, "network", "NL"), E("Groningen", "place", "NL"), E(HANZE, "university", "NL"),
 E(UMS, "research_org", "DE", "Fraunhofer UMSICHT"), E("Oberhausen", "place", "DE"),
 E(NRW, "public_body", "DE"), E("Düsseldorf", "place", "DE"),
 E(ADN, "public_body", "FR"), E("Rouen", "place", "FR"), E(URN, "university", "FR"),
 E(LIST, "research_org", "LU", "LIST"), E("Esch-sur-Alzette", "place", "LU"),
 E(UCC, "university", "IE"), E("Cork", "place", "IE"),
 E(HI, "network", "IE"), E("Dublin", "place", "IE"),
 E("Hydrogen Europe", "network"),
 E("HEAVENN", "project"), E(CHP, "public_body"),
 E("Ellen Peeters", "person", "BE"), E("Jacques Lemaire", "person", "FR"),
 E("Le Havre", "place", "FR"), E("Anke Schulte", "person", "DE"),
 E("Siobhán Ní Bhriain", "person", "IE"), E("Joost van den Berg", "person", "NL"),
 E(KHS, "company", "BE"), E("Geel", "place", "BE"),
 E(NPS, "company", "FR"), E("Caen", "place", "FR"),
 E(HTE, "event", "DE"), E("Hamburg", "place", "DE"),
],
relations=[
 R(WSN, "leads", H2B),
 *[R(o, "consortium_member_of", H2B) for o, _ in H2B_PARTNERS],
 R("Hydrogen Europe", "consortium_member_of", H2B),
 R(H2B, "funded_by", NWE), R(H2B, "funded_by", ERDF),
 *[R(o, "located_in", c) for o, c in H2B_PARTNERS],
 R(H2LC, "located_in", "Antwerp"), R(PAB, "organized", H2LC),
 R(NEC, "leads", "HEAVENN"), R(NEC, "consortium_member_of", "HEAVENN"),
 R("HEAVENN", "funded_by", CHP),
 *[R(p, "works_for", o) for p, o in H2B_PEOPLE],
 *[R(p, "participated_in", H2LC) for p, _ in H2B_PEOPLE],
 R(KHS, "located_in", "Geel"), R(KHS, "member_of", WSN), R(NPS, "located_in", "Caen"),
 R(KHS, "met_with", NPS), R(KHS, "participated_in", H2LC), R(NPS, "participated_in", H2LC),
 R(HTE, "located_in", "Hamburg"), R(WSN, "participated_in", HTE), R(NEC, "participated_in", HTE),
])

# --- newsletter: Single Market Programme Eurocluster (agri-food) -----------------
RF = "RESIFOOD"
SMP = "Single Market Programme"
EISMEA = "European Innovation Council and SMEs Executive Agency"
FI = "Food+i"
CLAN = "Cluster Agrifood Nazionale"
FBCD = "Food & Bio Cluster Denmark"
RPD = "RESIFOOD Partnering Days"
CCI = "CCI Bourgogne-Franche-Comté"
EEN = "Enterprise Europe Network"
ANUGA = "Anuga 2023"
FJ = "FOODEX JAPAN"
ECC = "European Cluster Conference"
RF_CLUSTERS = ((FI, "Tudela"), ("Vitagora", "Dijon"), ("Wagralim", "Wallonia"),
               ("Foodvalley NL", "Wageningen"), (CLAN, "Rome"), ("PortugalFoods", "Porto"),
               (FBCD, "Aarhus"))
RF_SMES = (("Huerta Viva S.L.", "Tudela", FI), ("Fromagerie des Trois Vallées", "Beaune", "Vitagora"),
           ("NutriWal SRL", "Gembloux", "Wagralim"), ("Nordic Insect Protein ApS", "Aarhus", FBCD),
           ("Conservas Atlântico Lda", "Matosinhos", "PortugalFoods"))
GOLD["resifood-eurocluster-newsletter-2023.txt"] = dict(
entities=[
 E(RF, "project"), E("Euroclusters", "programme"), E(SMP, "programme", None, "SMP"),
 E(EISMEA, "public_body", None, "EISMEA"),
 E(FI, "cluster", "ES"), E("Navarra", "place", "ES"), E("Tudela", "place", "ES"),
 E("Vitagora", "cluster", "FR"), E("Dijon", "place", "FR"),
 E("Wagralim", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E("Foodvalley NL", "cluster", "NL"), E("Wageningen", "place", "NL"),
 E(CLAN, "cluster", "IT", "CL.AN."), E("Rome", "place", "IT"),
 E("PortugalFoods", "cluster", "PT"), E("Porto", "place", "PT"),
 E(FBCD, "cluster", "DK"), E("Aarhus", "place", "DK"),
 E("Iñigo Larraz", "person", "ES"),
 E("Huerta Viva S.L.", "company", "ES"),
 E("Fromagerie des Trois Vallées", "company", "FR"), E("Beaune", "place", "FR"),
 E("NutriWal SRL", "company", "BE"), E("Gembloux", "place", "BE"),
 E("Nordic Insect Protein ApS", "company", "DK"), E("Jutland", "place", "DK"),
 E("Conservas Atlântico Lda", "company", "PT"), E("Matosinhos", "place", "PT"),
 E(RPD, "event", "FR"), E(CCI, "public_body", "FR"), E(EEN, "network", None, "EEN"),
 E("Hanne Mortensen", "person", "DK"), E("Claire Morel", "person", "FR"),
 E(ANUGA, "event", "DE"), E("Cologne", "place", "DE"), E("Koelnmesse", "company", "DE"),
 E("Giulia Ferraris", "person", "IT"),
 E(FJ, "event", "JP"), E("Chiba", "place", "JP"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E(ECC, "event", "BE"), E("Brussels", "place", "BE"),
],
relations=[
 R(FI, "leads", RF), R("Iñigo Larraz", "leads", RF), R("Iñigo Larraz", "works_for", FI),
 *[R(c, "consortium_member_of", RF) for c, _ in RF_CLUSTERS],
 *[R(c, "located_in", p) for c, p in RF_CLUSTERS], R(FI, "located_in", "Navarra"),
 R(RF, "funded_by", "Euroclusters"), R(RF, "funded_by", SMP),
 *[R(s, "located_in", p) for s, p, _ in RF_SMES],
 *[R(s, "member_of", c) for s, _, c in RF_SMES],
 R("Fromagerie des Trois Vallées", "partner_of", "NutriWal SRL"),
 R(RPD, "located_in", "Dijon"), R("Vitagora", "organized", RPD), R(CCI, "organized", RPD),
 R(CCI, "member_of", EEN),
 R("Hanne Mortensen", "works_for", FBCD), R("Hanne Mortensen", "participated_in", RPD),
 R("Claire Morel", "works_for", "Vitagora"), R("Claire Morel", "participated_in", RPD),
 R(ANUGA, "located_in", "Cologne"), R("Koelnmesse", "organized", ANUGA),
 *[R(c, "participated_in", ANUGA) for c in (FI, "Wagralim", CLAN)],
 R("Giulia Ferraris", "works_for", CLAN),
 R(FJ, "located_in", "Chiba"), R("PortugalFoods", "participated_in", FJ),
 R("Foodvalley NL", "participated_in", FJ),
 R(ECC, "located_in", "Brussels"), R(FI, "participated_in", ECC),
])

# --- project news: EIT Manufacturing innovation project (weld inspection) -------
WS = "WELDSENSE"
EITM = "EIT Manufacturing"
EIT = "European Institute of Innovation and Technology"
POLIMI = "Politecnico di Milano"
IPT = "Fraunhofer Institute for Production Technology IPT"
SM = "SINTEF Manufacturing"
AIMEN = "AIMEN Technology Centre"
WA = "Weldtrack Analytics Srl"
AFIL = "Associazione Fabbrica Intelligente Lombardia"
HM = "Hannover Messe 2024"
WS_PARTNERS = (POLIMI, IPT, SM, AIMEN, "Tampere University", "Comau", "Sandvik Coromant", WA, AFIL)
WS_PEOPLE = (("Chiara Benedetti", POLIMI), ("Tobias Krämer", IPT), ("Massimo Ricci", WA),
             ("Ingrid Haugen", SM), ("Elena Novak", EITM))
GOLD["weldsense-eit-manufacturing-pilot-results-2024.html"] = dict(
entities=[
 E(WS, "project"), E(EITM, "network"), E(EIT, "public_body", None, "EIT"),
 E("Horizon Europe", "programme"),
 E("Comau", "company", "IT"), E("Grugliasco", "place", "IT"), E("Turin", "place", "IT"),
 E(POLIMI, "university", "IT"), E("Milan", "place", "IT"),
 E(IPT, "research_org", "DE", "Fraunhofer IPT"), E("Aachen", "place", "DE"),
 E(SM, "research_org", "NO"), E("Raufoss", "place", "NO"),
 E(AIMEN, "research_org", "ES", "AIMEN"), E("O Porriño", "place", "ES"), E("Galicia", "place", "ES"),
 E("Tampere University", "university", "FI"),
 E("Sandvik Coromant", "company", "SE"), E("Sandviken", "place", "SE"),
 E(WA, "company", "IT", "Weldtrack Analytics"),
 E(AFIL, "cluster", "IT", "AFIL"), E("Lombardy", "place", "IT"),
 E("Chiara Benedetti", "person", "IT"), E("Tobias Krämer", "person", "DE"),
 E("Massimo Ricci", "person", "IT"), E("Ingrid Haugen", "person", "NO"),
 E("Elena Novak", "person"),
 E(HM, "event", "DE"), E("Hanover", "place", "DE"), E("Deutsche Messe", "company", "DE"),
 E("WELDSENSE-2", "project"),
],
relations=[
 R(POLIMI, "leads", WS), R("Chiara Benedetti", "leads", WS),
 *[R(o, "consortium_member_of", WS) for o in WS_PARTNERS],
 R(WS, "funded_by", EITM), R(WS, "funded_by", EIT), R(EITM, "funded_by", EIT), R(EITM, "funded_by", "Horizon Europe"),
 R("Comau", "located_in", "Grugliasco"), R(POLIMI, "located_in", "Milan"),
 R(IPT, "located_in", "Aachen"), R(SM, "located_in", "Raufoss"),
 R(AIMEN, "located_in", "O Porriño"), R(AIMEN, "located_in", "Galicia"),
 R("Sandvik Coromant", "located_in", "Sandviken"), R(WA, "located_in", "Milan"),
 R(AFIL, "located_in", "Lombardy"),
 R("Comau", "member_of", AFIL), R(WA, "member_of", AFIL),
 *[R(p, "works_for", o) for p, o in WS_PEOPLE],
 R(HM, "located_in", "Hanover"), R("Deutsche Messe", "organized", HM),
 *[R(o, "participated_in", HM) for o in (EITM, WA, IPT)],
 R(AIMEN, "leads", "WELDSENSE-2"),
 *[R(o, "consortium_member_of", "WELDSENSE-2") for o in (AIMEN, POLIMI, SM)],
 R("WELDSENSE-2", "funded_by", "Horizon Europe"),
])

# --- kick-off news: LIFE project on water reuse -----------------------------------
LR = "LIFE REWATERMED"
CET = "CETAQUA Water Technology Centre"
CINEA = "European Climate, Infrastructure and Environment Executive Agency"
IDAEA = "Institute of Environmental Assessment and Water Research"
CWP = "Catalan Water Partnership"
ACA = "Agència Catalana de l'Aigua"
UALG = "Universidade do Algarve"
POLIBA = "Politecnico di Bari"
CBC = "Consorzio per la Bonifica della Capitanata"
CYI = "Cyprus Institute"
LWB = "Limassol Water Board"
WE = "Water Europe"
APDA = "Associação Portuguesa de Distribuição e Drenagem de Águas"
WDD = "Water Development Department"
IWAC = "IWA World Water Congress & Exhibition 2024"
IWA = "International Water Association"
WIE = "Water Innovation Europe 2024"
LR_PARTNERS = ((CET, "Cornellà de Llobregat"), (IDAEA, "Barcelona"), (CWP, "Catalonia"), (ACA, None),
               ("FCC Aqualia", "Madrid"), ("Águas do Algarve", "Faro"), (UALG, "Faro"),
               (POLIBA, "Bari"), (CBC, "Foggia"), (CYI, "Nicosia"), (LWB, "Limassol"),
               (WE, "Brussels"))
LR_PEOPLE = (("Montserrat Puig", CET), ("Jordi Casals", CWP), ("Giuseppe Lamanna", POLIBA),
             ("Elena Christodoulou", CYI), ("Nikos Papadakis", WDD), ("Carla Mendes", APDA),
             ("Pierre Lefèvre", "Copa-Cogeca"))
GOLD["life-rewatermed-kick-off-2023.txt"] = dict(
entities=[
 E(LR, "project", None, "REWATERMED"), E(CET, "research_org", "ES", "CETAQUA"),
 E("Cornellà de Llobregat", "place", "ES"), E("Barcelona", "place", "ES"),
 E("LIFE Programme", "programme"),
 E("Catalonia", "place", "ES"), E("Algarve", "place", "PT"), E("Apulia", "place", "IT"),
 E("Limassol", "place", "CY"), E(CINEA, "public_body", None, "CINEA"),
 E("Montserrat Puig", "person", "ES"),
 E(IDAEA, "research_org", "ES", "IDAEA-CSIC"), E(CWP, "cluster", "ES", "CWP"),
 E(ACA, "public_body", "ES", "ACA", "Catalan Water Agency"),
 E("FCC Aqualia", "company", "ES"), E("Madrid", "place", "ES"),
 E("Águas do Algarve", "company", "PT"), E("Faro", "place", "PT"),
 E(UALG, "university", "PT"), E(POLIBA, "university", "IT"), E("Bari", "place", "IT"),
 E(CBC, "public_body", "IT"), E("Foggia", "place", "IT"),
 E(CYI, "research_org", "CY"), E("Nicosia", "place", "CY"),
 E(LWB, "public_body", "CY"), E(WE, "network"), E("Brussels", "place", "BE"),
 E("Llobregat delta", "place", "ES"),
 E("Jordi Casals", "person", "ES"), E("Giuseppe Lamanna", "person", "IT"),
 E("Elena Christodoulou", "person", "CY"), E("Nikos Papadakis", "person", "CY"),
 E(WDD, "public_body", "CY"), E("Carla Mendes", "person", "PT"),
 E(APDA, "network", "PT", "APDA"), E("Pierre Lefèvre", "person"),
 E("Copa-Cogeca", "network"),
 E(IWAC, "event", "CA"), E("Toronto", "place", "CA"), E(IWA, "network", None, "IWA"),
 E(WIE, "event", "BE"),
],
relations=[
 R(CET, "leads", LR), R("Montserrat Puig", "leads", LR),
 *[R(o, "consortium_member_of", LR) for o, _ in LR_PARTNERS],
 *[R(o, "located_in", p) for o, p in LR_PARTNERS if p],
 R(LR, "funded_by", "LIFE Programme"),
 *[R(p, "works_for", o) for p, o in LR_PEOPLE],
 R(WDD, "located_in", "Nicosia"),
 R(IWAC, "located_in", "Toronto"), R(IWA, "organized", IWAC),
 R(CET, "participated_in", IWAC), R(IDAEA, "participated_in", IWAC),
 R(WIE, "located_in", "Brussels"), R(WE, "organized", WIE), R(CWP, "participated_in", WIE),
])

# --- event news: Digital Europe project brokerage event with partnering figures --
AM = "AIMATCH"
AMB = "AIMATCH Brokerage Event"
GI = "Global Industrie"
DEP = "Digital Europe Programme"
HADEA = "European Health and Digital Executive Agency"
GAIA = "Asociación Cluster de Industrias de Conocimiento y Tecnología Aplicada"
TALTECH = "Tallinn University of Technology"
BD = "Brainport Development"
DTW = "Dutch Technology Week"
MP = "Meccanica Piemonte SpA"
AM_PARTNERS = (("Minalogic", "Grenoble"), ("CEA-Leti", "Grenoble"), ("Silicon Saxony", "Dresden"),
               (BD, "Eindhoven"), (GAIA, "San Sebastián"), ("imec", "Leuven"),
               ("Politecnico di Torino", "Turin"), (TALTECH, "Tallinn"))
AM_PEOPLE = (("Hélène Garnier", "Minalogic"), ("Frank Richter", "Silicon Saxony"),
             ("Aitor Zubizarreta", GAIA), ("Kristjan Tamm", TALTECH), ("Marloes de Graaf", BD))
GOLD["aimatch-digital-europe-brokerage-lyon-2024.md"] = dict(
entities=[
 E(AM, "project"), E(AMB, "event", "FR"), E(GI, "event", "FR"), E("Lyon", "place", "FR"),
 E("GL events", "company", "FR"), E("Minalogic", "cluster", "FR"),
 E("Enterprise Europe Network", "network", None, "EEN"),
 E(DEP, "programme", None, "DIGITAL"), E(HADEA, "public_body", None, "HaDEA"),
 E("Grenoble", "place", "FR"), E("CEA-Leti", "research_org", "FR"),
 E("Silicon Saxony", "cluster", "DE"), E("Dresden", "place", "DE"),
 E(BD, "public_body", "NL"), E("Eindhoven", "place", "NL"),
 E(GAIA, "cluster", "ES", "GAIA"), E("San Sebastián", "place", "ES"),
 E("imec", "research_org", "BE"), E("Leuven", "place", "BE"),
 E("Politecnico di Torino", "university", "IT"), E("Turin", "place", "IT"),
 E(TALTECH, "university", "EE", "TalTech"), E("Tallinn", "place", "EE"),
 E("Hélène Garnier", "person", "FR"), E("Frank Richter", "person", "DE"),
 E("Aitor Zubizarreta", "person", "ES"),
 E("Senseloop GmbH", "company", "DE"), E("Forges de Savoie SAS", "company", "FR"),
 E("Annecy", "place", "FR"), E("Vizioon OÜ", "company", "EE"), E("Tartu", "place", "EE"),
 E(MP, "company", "IT"), E("Mesap", "cluster", "IT"), E("Piedmont", "place", "IT"),
 E("Kristjan Tamm", "person", "EE"), E("Marloes de Graaf", "person", "NL"),
 E(DTW, "event", "NL"),
],
relations=[
 R("Minalogic", "leads", AM),
 *[R(o, "consortium_member_of", AM) for o, _ in AM_PARTNERS],
 *[R(o, "located_in", c) for o, c in AM_PARTNERS],
 R(AM, "funded_by", DEP),
 R(AMB, "located_in", "Lyon"), R(GI, "located_in", "Lyon"), R("GL events", "organized", GI),
 R("Minalogic", "organized", AMB), R("Enterprise Europe Network", "organized", AMB),
 R("Minalogic", "participated_in", GI), R("Enterprise Europe Network", "participated_in", GI),
 *[R(p, "works_for", o) for p, o in AM_PEOPLE],
 *[R(o, "participated_in", AMB) for o in (
   "Hélène Garnier", "Frank Richter", "Aitor Zubizarreta", "Senseloop GmbH",
   "Forges de Savoie SAS", "Vizioon OÜ", MP, "CEA-Leti", "imec")],
 R("Senseloop GmbH", "located_in", "Dresden"), R("Senseloop GmbH", "member_of", "Silicon Saxony"),
 R("Senseloop GmbH", "met_with", "Forges de Savoie SAS"), R("Forges de Savoie SAS", "located_in", "Annecy"),
 R("Vizioon OÜ", "located_in", "Tartu"), R("Vizioon OÜ", "met_with", MP),
 R(MP, "located_in", "Turin"), R(MP, "member_of", "Mesap"), R("Mesap", "located_in", "Piedmont"),
 R(DTW, "located_in", "Eindhoven"), R(BD, "organized", DTW),
])

# --- press release: Horizon Europe / BATT4EU battery recycling consortium --------
LB = "LOOP4BAT"
CIC = "CIC energiGUNE"
BATT = "Batteries European Partnership"
ISC = "Fraunhofer Institute for Silicate Research ISC"
UPJV = "Université de Picardie Jules Verne"
ACC = "Accurec Recycling GmbH"
BEC = "Basque Energy Cluster"
BEPA = "Batteries European Partnership Association"
SPRI = "Basque Business Development Agency"
TBS = "The Battery Show Europe"
BRTA = "Basque Research and Technology Alliance"
LB_PARTNERS = ((CIC, "Vitoria-Gasteiz"), ("Tecnalia", "Derio"), ("SINTEF", "Trondheim"),
               (ISC, "Würzburg"), ("KU Leuven", None), ("Uppsala University", None),
               (UPJV, "Amiens"), ("Umicore", "Brussels"), ("Northvolt", "Stockholm"),
               ("Renault Group", None), ("Hydrovolt", "Fredrikstad"), (ACC, "Krefeld"),
               (BEC, "Bilbao"), ("EIT InnoEnergy", None))
LB_PEOPLE = (("Iker Aldekoa", CIC), ("Kari Johansen", "SINTEF"), ("Andrea Hoffmann", ISC),
             ("Nerea Goikoetxea", BEC), ("Sofia Lindberg", BEPA), ("Mei Chen", "RWTH Aachen University"),
             ("Javier Urrutia", SPRI))
GOLD["loop4bat-battery-recycling-consortium-2022.txt"] = dict(
entities=[
 E(LB, "project"), E(CIC, "research_org", "ES"), E("Vitoria-Gasteiz", "place", "ES"),
 E(BATT, "programme", None, "BATT4EU"), E("Horizon Europe", "programme"),
 E("Tecnalia", "research_org", "ES"), E("Derio", "place", "ES"),
 E("SINTEF", "research_org", "NO"), E("Trondheim", "place", "NO"),
 E(ISC, "research_org", "DE", "Fraunhofer ISC"), E("Würzburg", "place", "DE"),
 E("KU Leuven", "university", "BE"), E("Uppsala University", "university", "SE"),
 E(UPJV, "university", "FR"), E("Amiens", "place", "FR"),
 E("Umicore", "company", "BE"), E("Brussels", "place", "BE"),
 E("Northvolt", "company", "SE"), E("Stockholm", "place", "SE"),
 E("Renault Group", "company", "FR"),
 E("Hydrovolt", "company", "NO"), E("Fredrikstad", "place", "NO"),
 E(ACC, "company", "DE", "Accurec"), E("Krefeld", "place", "DE"),
 E(BEC, "cluster", "ES", "Clúster de Energía", "Cluster de Energía del País Vasco"),
 E("Bilbao", "place", "ES"), E("EIT InnoEnergy", "network"),
 E("Iker Aldekoa", "person", "ES"), E("Kari Johansen", "person", "NO"),
 E("Andrea Hoffmann", "person", "DE"), E("Nerea Goikoetxea", "person", "ES"),
 E("Basque Country", "place", "ES"),
 E("Sofia Lindberg", "person"), E(BEPA, "network", None, "BEPA"),
 E("Mei Chen", "person", "DE"), E("RWTH Aachen University", "university", "DE"),
 E("Javier Urrutia", "person", "ES"), E(SPRI, "public_body", "ES", "SPRI"),
 E(TBS, "event", "DE"), E("Stuttgart", "place", "DE"),
 E("Álava Technology Park", "place", "ES"), E(BRTA, "network", "ES", "BRTA"),
],
relations=[
 R(CIC, "leads", LB), R("Iker Aldekoa", "leads", LB),
 *[R(o, "consortium_member_of", LB) for o, _ in LB_PARTNERS],
 *[R(o, "located_in", p) for o, p in LB_PARTNERS if p],
 R(CIC, "located_in", "Álava Technology Park"),
 R(LB, "funded_by", BATT), R(LB, "funded_by", "Horizon Europe"),
 *[R(p, "works_for", o) for p, o in LB_PEOPLE],
 R(CIC, "member_of", BEPA), R("SINTEF", "member_of", BEPA), R(CIC, "member_of", BRTA),
 R(TBS, "located_in", "Stuttgart"), R(CIC, "participated_in", TBS), R(BEC, "participated_in", TBS),
])

# --- annual-report chapter: a plastics cluster's European projects ---------------
PP = "Plastipolis"
CP = "CIRCUPLAST"
ICT = "Fraunhofer Institute for Chemical Technology ICT"
C4A = "COMPOSITES4ALPS"
KC = "Kunststoff-Cluster"
SPC = "Swiss Plastics Cluster"
USMB = "Université Savoie Mont Blanc"
PR = "PLASTIREG"
S4P = "SKILLS4PLAST"
ARA = "Auvergne-Rhône-Alpes Region"
JEC = "JEC World 2023"
PL = "Plast 2023"
FK = "Fakuma 2023"
GOLD["plastipolis-activity-report-european-projects-2023.html"] = dict(
entities=[
 E(PP, "cluster", "FR"), E("Oyonnax", "place", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E("Sophie Marchand", "person", "FR"),
 E(CP, "project"), E("Horizon Europe", "programme"),
 E("AIMPLAS", "research_org", "ES"), E("Paterna", "place", "ES"),
 E(ICT, "research_org", "DE"), E("Pfinztal", "place", "DE"),
 E("TNO", "research_org", "NL"), E("Borealis", "company", "AT"),
 E("Centexbel", "research_org", "BE"),
 E("Injectech SAS", "company", "FR"), E("Rhône Composites", "company", "FR"), E("Lyon", "place", "FR"),
 E("Luis Roca", "person", "ES"),
 E(C4A, "project"), E("Interreg Alpine Space", "programme"),
 E(KC, "cluster", "AT"), E("Upper Austria", "place", "AT"),
 E(SPC, "cluster", "CH"), E(USMB, "university", "FR"),
 E(PR, "project"), E("Interreg Europe", "programme"), E("Linz", "place", "AT"),
 E(S4P, "project"), E("Erasmus+", "programme"),
 E("Proplast", "cluster", "IT"), E("Alessandria", "place", "IT"),
 E(ARA, "public_body", "FR"), E("Markus Huber", "person", "AT"),
 E(JEC, "event", "FR"), E("Paris", "place", "FR"), E("JEC Group", "company", "FR"),
 E(PL, "event", "IT"), E("Milan", "place", "IT"),
 E(FK, "event", "DE"), E("Friedrichshafen", "place", "DE"),
 E("LIFE Programme", "programme"),
],
relations=[
 R(PP, "located_in", "Oyonnax"), R(PP, "located_in", "Auvergne-Rhône-Alpes"),
 R("Sophie Marchand", "works_for", PP),
 R("AIMPLAS", "leads", CP),
 *[R(o, "consortium_member_of", CP) for o in (
   "AIMPLAS", ICT, "TNO", "Borealis", "Centexbel", PP, "Injectech SAS", "Rhône Composites")],
 R(CP, "funded_by", "Horizon Europe"),
 R("AIMPLAS", "located_in", "Paterna"), R(ICT, "located_in", "Pfinztal"),
 R("Injectech SAS", "located_in", "Oyonnax"), R("Rhône Composites", "located_in", "Lyon"),
 R("Injectech SAS", "member_of", PP), R("Rhône Composites", "member_of", PP),
 R("Luis Roca", "works_for", "AIMPLAS"),
 R(PP, "leads", C4A),
 *[R(o, "consortium_member_of", C4A) for o in (PP, KC, SPC, USMB)],
 R(C4A, "funded_by", "Interreg Alpine Space"),
 R(KC, "located_in", "Upper Austria"), R(KC, "located_in", "Linz"),
 R(KC, "leads", PR), *[R(o, "consortium_member_of", PR) for o in (KC, PP, ARA)],
 R(PR, "funded_by", "Interreg Europe"), R("Markus Huber", "works_for", KC),
 R("Proplast", "leads", S4P), R("Proplast", "consortium_member_of", S4P),
 R(PP, "consortium_member_of", S4P), R(S4P, "funded_by", "Erasmus+"),
 R("Proplast", "located_in", "Alessandria"),
 R(JEC, "located_in", "Paris"), R("JEC Group", "organized", JEC), R(PP, "participated_in", JEC),
 R(PL, "located_in", "Milan"), R(PP, "participated_in", PL), R("Proplast", "participated_in", PL),
 R(FK, "located_in", "Friedrichshafen"), R(PP, "participated_in", FK), R(KC, "participated_in", FK),
])


def check():
    for name, gold in GOLD.items():
        path = DOCS / name
        assert path.is_file(), f"{name}: document missing"
        text = path.read_text(encoding="utf-8").casefold()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (name, e)
            assert e["name"] not in types, (name, "duplicate entity", e["name"])
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (name, e)
            types[e["name"]] = e["type"]
            for form in [e["name"], *e["aliases"]]:
                key = form.casefold()
                assert key not in forms, (name, "surface form used twice", form, forms[key])
                forms[key] = e["name"]
                assert key in text, (name, "not in the text", form)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (name, r)
            assert s in types and o in types, (name, "undeclared end", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, (name, "types not allowed", r, types[s], types[o])
            assert s != o, (name, r)
            key = (p, frozenset((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, (name, "duplicate relation", r)
            seen.add(key)


check()
for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.relative_to(HERE.parents[3]), len(gold["entities"]), len(gold["relations"]))
