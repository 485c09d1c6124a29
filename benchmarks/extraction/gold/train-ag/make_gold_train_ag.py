"""Hand annotations of the `train-ag` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ag/make_gold_train_ag.py

Theme of the set: documents where the entity TYPES are hard: research and
technology organisations (ONERA, DLR, TNO, imec, CEA-Leti, Fraunhofer ISE, AIT,
RISE, CSEM, VTT, TECNALIA), agencies and public bodies (ministries, export and
development agencies, trade offices, embassies, consulates, chambers of
commerce), networks and associations (Enterprise Europe Network, ECCP, EIT
Health, CEBR, SolarPower Europe, Hydrogen Europe, WindEurope, TCI Network),
funding programmes that look like organisations (Euroclusters, Clusters Go
International, go-cluster, go-international, Norwegian Innovation Clusters,
Hazitek, SICORP, Eurostars), events named like organisations (EIT Health
Summit, ScanBalt Forum, WindEurope Annual Event, Swiss Medtech Day, EPHJ) and
companies with acronym names.

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Conventions of this set:
- A project coordinator gets both `leads` and `consortium_member_of`.
- Planned participations stated as agreed ("will share a pavilion at ...") are
  annotated like past ones.
- A delegation's visits and meetings are attributed to the organisation that
  led the delegation (`met_with`); its listed members get `participated_in`
  for the events the delegation attended.
- Industry/trade associations (SwedenBIO, SolarPower Europe, Hydrogen Europe,
  WindEurope, Swiss Medtech, MassMEDIC, SEMI, Réseau Environnement) are
  `network`; organisations that present themselves as clusters or cluster
  ecosystems (PhotonDelta, Sahlgrenska Science Park) are `cluster`.
- Agencies, chambers of commerce, trade offices, embassies, consulates, EU
  executive agencies and joint undertakings, and state-owned development
  bodies (Siva, Corfo, NEDO, a port authority) are `public_body`.
- Research centres organised as companies (HyCentA Research GmbH, IRT
  Nanoelec) are `research_org`.
- An office abroad does not make its organisation `located_in` that city,
  unless the office is itself the entity (ADVANTAGE AUSTRIA Tokyo, Swissnex in
  Boston, Swiss Business Hub USA in Chicago).
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-ag"

# --- DOMAIN.md: entity types and predicates ----------------------------------------
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

# --- 1. EU consortium kick-off: Euroclusters project of six aerospace clusters ------
AV = "Aerospace Valley"
ALT = "ALTITUDE4SME"
SMP = "Single Market Programme"
ONERA = "Office national d'études et de recherches aérospatiales"
DLR = "German Aerospace Center"
NLR = "Royal Netherlands Aerospace Centre"
EISMEA = "European Innovation Council and SMEs Executive Agency"
EEN = "Enterprise Europe Network"
A_CLUSTERS = (("Hamburg Aviation", "Hamburg"), ("bavAIRia e.V.", "Bavaria"),
              ("Skywin", "Wallonia"), ("HEGAN", "Basque Country"),
              ("Lombardy Aerospace Cluster", "Lombardy"))
GOLD["altitude4sme-euroclusters-kick-off-2023.md"] = dict(
entities=[
 E(ALT, "project"), E("Euroclusters", "programme"), E(SMP, "programme", None, "SMP"),
 E(AV, "cluster", "FR"), E("Toulouse", "place", "FR"),
 E(ONERA, "research_org", "FR", "ONERA"), E("Hélène Marchand", "person", "FR"),
 E("Hamburg Aviation", "cluster", "DE"), E("Hamburg", "place", "DE"),
 E("bavAIRia e.V.", "cluster", "DE"), E("Bavaria", "place", "DE"),
 E("Skywin", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E("HEGAN", "cluster", "ES"), E("Basque Country", "place", "ES"),
 E("Lombardy Aerospace Cluster", "cluster", "IT", "LAC"), E("Lombardy", "place", "IT"),
 E(DLR, "research_org", "DE", "DLR"), E("Cologne", "place", "DE"),
 E(NLR, "research_org", "NL", "NLR"), E("Amsterdam", "place", "NL"),
 E("ISAE-SUPAERO", "university", "FR"),
 E("ILA Berlin", "event", "DE"),
 E("Paris Air Show", "event", "FR"), E("Le Bourget", "place", "FR"),
 E("Aéro Montréal", "cluster", "CA"), E("Montréal", "place", "CA"),
 E("Jens Kohlmann", "person", "DE", "Kohlmann"), E("HTC Avionics GmbH", "company", "DE"),
 E("Ane Etxeberria", "person", "ES"), E("Claire Vidal", "person", "FR", "Vidal"),
 E("Pieter Vandenberghe", "person", "BE"), E(EISMEA, "public_body", None, "EISMEA"),
 E("European Commission", "public_body"),
 E("Occitanie", "place", "FR"), E("AD Occitanie", "public_body", "FR"),
 E("CCI Occitanie", "public_body", "FR"), E(EEN, "network"),
 E("Blagnac", "place", "FR"), E("DMS Aero SAS", "company", "FR"),
 E("European Cluster Collaboration Platform", "network", None, "ECCP"),
],
relations=[
 R(ALT, "funded_by", "Euroclusters"), R(ALT, "funded_by", SMP), R(AV, "leads", ALT),
 R(AV, "consortium_member_of", ALT),
 *[R(c, "consortium_member_of", ALT) for c, _ in A_CLUSTERS],
 *[R(c, "located_in", p) for c, p in A_CLUSTERS],
 R(ONERA, "consortium_member_of", ALT), R(DLR, "consortium_member_of", ALT),
 R(NLR, "consortium_member_of", ALT),
 R(ONERA, "located_in", "Toulouse"), R(AV, "located_in", "Toulouse"),
 R(DLR, "located_in", "Cologne"), R(NLR, "located_in", "Amsterdam"),
 R("Hélène Marchand", "works_for", AV),
 R("ISAE-SUPAERO", "partner_of", AV), R("ISAE-SUPAERO", "located_in", "Toulouse"),
 R(AV, "participated_in", "ILA Berlin"),
 *[R(c, "participated_in", "ILA Berlin") for c, _ in A_CLUSTERS],
 R(AV, "participated_in", "Paris Air Show"), R("Paris Air Show", "located_in", "Le Bourget"),
 R("Aéro Montréal", "partner_of", AV), R("Aéro Montréal", "located_in", "Montréal"),
 R("Jens Kohlmann", "works_for", "Hamburg Aviation"),
 R("HTC Avionics GmbH", "member_of", "Hamburg Aviation"),
 R("Ane Etxeberria", "works_for", "HEGAN"), R("Claire Vidal", "works_for", ONERA),
 R("Pieter Vandenberghe", "works_for", EISMEA),
 R(ALT, "funded_by", "AD Occitanie"), R("AD Occitanie", "located_in", "Occitanie"),
 R("CCI Occitanie", "member_of", EEN), R("CCI Occitanie", "located_in", "Toulouse"),
 R("DMS Aero SAS", "member_of", AV), R("DMS Aero SAS", "located_in", "Blagnac"),
])

# --- 2. delegation report: Minalogic semiconductor mission to Leuven and Eindhoven --
MIN = "Minalogic"
TNO = "Netherlands Organisation for Applied Scientific Research"
ITF = "ITF World 2024"
EMB = "Embassy of France in the Netherlands"
FTE = "French-Dutch Tech Evening"
HET = "HETEROPIC"
B_DELEGATION = (("Soitec", "Bernin"), ("QNT Photonics SAS", "Grenoble"),
                ("IRT Nanoelec", "Grenoble"), ("CEA-Leti", "Grenoble"))
GOLD["minalogic-benelux-semiconductor-mission-2024.html"] = dict(
entities=[
 E(MIN, "cluster", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"), E("Grenoble", "place", "FR"),
 E("Business France", "public_body", "FR"), E(EMB, "public_body", "FR"),
 E("Sophie Garnier", "person", "FR", "Garnier"),
 E("Soitec", "company", "FR"), E("Bernin", "place", "FR"),
 E("QNT Photonics SAS", "company", "FR"), E("IRT Nanoelec", "research_org", "FR"),
 E("CEA-Leti", "research_org", "FR"),
 E("Université Grenoble Alpes", "university", "FR"),
 E("imec", "research_org", "BE"), E("Leuven", "place", "BE"),
 E("Koen Vermeulen", "person", "BE"),
 E("Flanders Investment and Trade", "public_body", "BE", "FIT"), E("Flanders", "place", "BE"),
 E(ITF, "event", "BE", "ITF World"), E("Antwerp", "place", "BE"),
 E("SMART Photonics", "company", "NL"), E("Eindhoven", "place", "NL"),
 E("Brainport Development", "public_body", "NL"), E(EEN, "network"),
 E("Holst Centre", "research_org", "NL"), E("Marieke de Jong", "person", "NL"),
 E(TNO, "research_org", "NL", "TNO"),
 E("PhotonDelta", "cluster", "NL"), E("Joost van Dam", "person", "NL"),
 E("ASML", "company", "NL"), E("Veldhoven", "place", "NL"),
 E(FTE, "event", "NL"), E("CCI France Pays-Bas", "public_body", "NL"),
 E("Luc Perrin", "person", "FR"), E("The Hague", "place", "NL"),
 E(HET, "project"), E("Chips Joint Undertaking", "public_body"),
 E("SEMICON Europa", "event", "DE"), E("SEMI", "network"), E("Munich", "place", "DE"),
 E("Netherlands Enterprise Agency", "public_body", "NL", "RVO"),
 E("France 2030", "programme", "FR"),
],
relations=[
 R(MIN, "located_in", "Grenoble"), R(MIN, "located_in", "Auvergne-Rhône-Alpes"),
 R("Sophie Garnier", "works_for", MIN),
 *[R(o, "located_in", p) for o, p in B_DELEGATION],
 R("Soitec", "member_of", MIN), R("QNT Photonics SAS", "member_of", MIN),
 R("imec", "located_in", "Leuven"), R("Koen Vermeulen", "works_for", "imec"),
 R(MIN, "met_with", "imec"), R("CEA-Leti", "partner_of", "imec"),
 R(MIN, "met_with", "Flanders Investment and Trade"),
 R("imec", "organized", ITF), R(ITF, "located_in", "Antwerp"),
 R(MIN, "participated_in", ITF), *[R(o, "participated_in", ITF) for o, _ in B_DELEGATION],
 R("QNT Photonics SAS", "partner_of", "SMART Photonics"),
 R("SMART Photonics", "located_in", "Eindhoven"),
 R(MIN, "met_with", "Brainport Development"), R("Brainport Development", "located_in", "Eindhoven"),
 R("Brainport Development", "member_of", EEN),
 R("Holst Centre", "located_in", "Eindhoven"), R("Marieke de Jong", "works_for", TNO),
 R(MIN, "met_with", "PhotonDelta"), R(MIN, "partner_of", "PhotonDelta"),
 R("Joost van Dam", "works_for", "PhotonDelta"),
 R(MIN, "met_with", "ASML"), R("ASML", "located_in", "Veldhoven"),
 R("CCI France Pays-Bas", "organized", FTE), R(FTE, "located_in", "Eindhoven"),
 R(MIN, "participated_in", FTE), R("Luc Perrin", "participated_in", FTE),
 R("Luc Perrin", "works_for", EMB), R(EMB, "located_in", "The Hague"),
 R("CEA-Leti", "leads", HET),
 *[R(o, "consortium_member_of", HET) for o in ("CEA-Leti", MIN, "PhotonDelta", TNO)],
 R(HET, "funded_by", "Chips Joint Undertaking"),
 R("SEMI", "organized", "SEMICON Europa"), R("SEMICON Europa", "located_in", "Munich"),
 R(MIN, "participated_in", "SEMICON Europa"), R("PhotonDelta", "participated_in", "SEMICON Europa"),
])

# --- 3. annual-report chapter: Solar Cluster Baden-Württemberg, international ----------
SC = "Solar Cluster Baden-Württemberg"
SB = "SOLAR-BRIDGE"
ISE = "Fraunhofer Institute for Solar Energy Systems ISE"
ZSW = "Zentrum für Sonnenenergie- und Wasserstoff-Forschung Baden-Württemberg"
NISE = "National Institute of Solar Energy"
SERC = "Solar Energy Research Center"
PVS = "PV-Skills India"
UM = "Ministry of the Environment, Climate Protection and the Energy Sector Baden-Württemberg"
BWI = "Baden-Württemberg International"
SSF = "Santiago Solar Forum"
GOLD["solar-cluster-bw-annual-report-international-2023.txt"] = dict(
entities=[
 E(SC, "cluster", "DE", "Solar Cluster Baden-Württemberg e.V.", "Solar Cluster"),
 E("Stuttgart", "place", "DE"),
 E("Franziska Albrecht", "person", "DE", "Albrecht"),
 E("go-cluster", "programme", "DE"),
 E("Federal Ministry for Economic Affairs and Climate Action", "public_body", "DE", "BMWK"),
 E(SB, "project"), E("Clusters Go International", "programme"), E("Single Market Programme", "programme"),
 E("Tenerrdis", "cluster", "FR"), E("Grenoble", "place", "FR"),
 E("Cluster TWEED", "cluster", "BE"), E("Liège", "place", "BE"),
 E("CLANER", "cluster", "ES"), E("Seville", "place", "ES"),
 E("Corfo", "public_body", "CL"), E(SERC, "research_org", "CL", "SERC Chile"),
 E("Santiago", "place", "CL"),
 E(NISE, "research_org", "IN", "NISE"), E("Gurugram", "place", "IN"),
 E("Indo-German Chamber of Commerce", "public_body", "IN", "IGCC"), E("Mumbai", "place", "IN"),
 E(ISE, "research_org", "DE", "Fraunhofer ISE"), E("Freiburg", "place", "DE"),
 E(ZSW, "research_org", "DE", "ZSW"),
 E("Markus Lenz", "person", "DE"),
 E("Karlsruhe Institute of Technology", "university", "DE", "KIT"),
 E(PVS, "project"), E("Gujarat", "place", "IN"), E(UM, "public_body", "DE"),
 E("University of Stuttgart", "university", "DE"),
 E("Intersolar Europe", "event", "DE"), E("Munich", "place", "DE"),
 E("Solar Promotion GmbH", "company", "DE"),
 E(BWI, "public_body", "DE", "bw-i"),
 E("HSC Modultechnik GmbH", "company", "DE"), E("PVX Systems AG", "company", "DE"),
 E("Intersolar India", "event", "IN"), E("Gandhinagar", "place", "IN"),
 E("Arvind Mehta", "person", "IN"),
 E("SolarPower Europe", "network"), E("Brussels", "place", "BE"),
 E("EIT InnoEnergy", "network"), E(EEN, "network"),
 E(SSF, "event", "CL"), E("Camila Rojas", "person", "CL"),
],
relations=[
 R(SC, "located_in", "Stuttgart"), R("Franziska Albrecht", "works_for", SC),
 R(SB, "funded_by", "Clusters Go International"), R(SB, "funded_by", "Single Market Programme"),
 R(SC, "leads", SB),
 *[R(o, "consortium_member_of", SB) for o in (SC, "Tenerrdis", "Cluster TWEED", "CLANER", NISE)],
 R("Tenerrdis", "located_in", "Grenoble"), R("Cluster TWEED", "located_in", "Liège"),
 R("CLANER", "located_in", "Seville"),
 R("Corfo", "partner_of", SC), R(SERC, "partner_of", SC), R(SERC, "located_in", "Santiago"),
 R(NISE, "located_in", "Gurugram"), R("Indo-German Chamber of Commerce", "located_in", "Mumbai"),
 R(ISE, "located_in", "Freiburg"), R(ZSW, "located_in", "Stuttgart"),
 R(ISE, "partner_of", SC), R(ZSW, "partner_of", SC),
 R("Markus Lenz", "works_for", ISE),
 R(PVS, "funded_by", UM), R(SC, "leads", PVS),
 *[R(o, "consortium_member_of", PVS) for o in (SC, NISE, "University of Stuttgart")],
 R("Intersolar Europe", "located_in", "Munich"), R("Solar Promotion GmbH", "organized", "Intersolar Europe"),
 *[R(o, "participated_in", "Intersolar Europe") for o in (
   BWI, SC, "HSC Modultechnik GmbH", "PVX Systems AG")],
 R("HSC Modultechnik GmbH", "member_of", SC), R("PVX Systems AG", "member_of", SC),
 R("PVX Systems AG", "located_in", "Freiburg"),
 R("Intersolar India", "located_in", "Gandhinagar"),
 R(SC, "participated_in", "Intersolar India"), R("Franziska Albrecht", "participated_in", "Intersolar India"),
 R("Arvind Mehta", "participated_in", "Intersolar India"), R("Arvind Mehta", "works_for", NISE),
 R(SC, "member_of", "SolarPower Europe"), R("SolarPower Europe", "located_in", "Brussels"),
 R(SC, "member_of", "EIT InnoEnergy"), R(BWI, "member_of", EEN),
 R(SSF, "located_in", "Santiago"), R("Corfo", "organized", SSF), R(SERC, "organized", SSF),
 R("Camila Rojas", "works_for", "Corfo"),
])

# --- 4. delegation report: Austrian hydrogen mission to Japan ----------------------
GTV = "Green Tech Valley"
CC = "Cleantech-Cluster"
BUA = "Business Upper Austria"
AIT = "AIT Austrian Institute of Technology"
ADV = "ADVANTAGE AUSTRIA Tokyo"
SEW = "Smart Energy Week"
AJF = "Austria-Japan Hydrogen Forum"
JETRO = "Japan External Trade Organization"
NEDO = "New Energy and Industrial Technology Development Organization"
KHC = "Kawasaki Hydrogen Cluster"
FREA = "Fukushima Renewable Energy Institute"
AIST = "National Institute of Advanced Industrial Science and Technology"
H2G = "H2GRID-AJ"
SICORP = "Strategic International Collaborative Research Program"
JST = "Japan Science and Technology Agency"
FFG = "Austrian Research Promotion Agency"
GTS = "Green Tech Summit"
EMB_AT = "Austrian Embassy in Tokyo"
D_DELEGATION = (("AVL List GmbH", "Graz"), ("HyCentA Research GmbH", "Graz"),
                (AIT, "Vienna"), ("AT&S", "Leoben"))
GOLD["austrian-hydrogen-mission-japan-2024.md"] = dict(
entities=[
 E(GTV, "cluster", "AT"), E(CC, "cluster", "AT"), E(BUA, "public_body", "AT"),
 E("Styria", "place", "AT"), E("Upper Austria", "place", "AT"), E("Vienna", "place", "AT"),
 E("Tokyo", "place", "JP"), E("Kawasaki", "place", "JP"), E("Koriyama", "place", "JP"),
 E("Graz", "place", "AT"), E("Linz", "place", "AT"), E("Leoben", "place", "AT"),
 E("go-international", "programme", "AT"),
 E("Austrian Federal Ministry of Labour and Economy", "public_body", "AT"),
 E("Austrian Federal Economic Chamber", "public_body", "AT", "WKO"),
 E("Bernhard Steiner", "person", "AT"),
 E("AVL List GmbH", "company", "AT"),
 E("HyCentA Research GmbH", "research_org", "AT", "HyCentA"),
 E(AIT, "research_org", "AT", "AIT"), E("Eva Hofbauer", "person", "AT", "Hofbauer"),
 E("AT&S", "company", "AT"),
 E(SEW, "event", "JP"), E("RX Japan", "company", "JP"),
 E(ADV, "public_body", "AT"), E("IHI Corporation", "company", "JP"),
 E(AJF, "event", "JP"), E(EMB_AT, "public_body", "AT"),
 E(JETRO, "public_body", "JP", "JETRO"),
 E("Katharina Wieser", "person", "AT"), E("Hiroshi Nakamura", "person", "JP"),
 E(NEDO, "public_body", "JP", "NEDO"),
 E(KHC, "cluster", "JP"),
 E(FREA, "research_org", "JP", "FREA"), E(AIST, "research_org", "JP", "AIST"),
 E(H2G, "project"), E(SICORP, "programme", None, "SICORP"),
 E(JST, "public_body", "JP", "JST"), E(FFG, "public_body", "AT", "FFG"),
 E("Kenji Sato", "person", "JP"),
 E(GTS, "event", "AT"), E("Thomas Gruber", "person", "AT"),
],
relations=[
 R(GTV, "located_in", "Graz"), R(BUA, "located_in", "Linz"), R(BUA, "located_in", "Upper Austria"),
 *[R(o, "located_in", p) for o, p in D_DELEGATION],
 R("Bernhard Steiner", "works_for", GTV),
 R(SEW, "located_in", "Tokyo"), R("RX Japan", "organized", SEW),
 *[R(o, "participated_in", SEW) for o in (
   GTV, CC, *[o for o, _ in D_DELEGATION], ADV, "IHI Corporation",
   "Bernhard Steiner", "Eva Hofbauer")],
 R("Eva Hofbauer", "works_for", AIT),
 R(ADV, "located_in", "Tokyo"),
 R("AVL List GmbH", "met_with", "IHI Corporation"),
 R(AJF, "located_in", "Tokyo"), R(EMB_AT, "located_in", "Tokyo"),
 R(ADV, "organized", AJF), R(JETRO, "organized", AJF),
 R("Katharina Wieser", "participated_in", AJF), R("Katharina Wieser", "works_for", EMB_AT),
 R("Hiroshi Nakamura", "participated_in", AJF), R("Hiroshi Nakamura", "works_for", NEDO),
 R(KHC, "located_in", "Kawasaki"), R(GTV, "met_with", KHC), R(GTV, "partner_of", KHC),
 R(FREA, "located_in", "Koriyama"), R(GTV, "met_with", FREA),
 R(AIT, "leads", H2G),
 *[R(o, "consortium_member_of", H2G) for o in (AIT, AIST, "HyCentA Research GmbH", FREA)],
 R(H2G, "funded_by", SICORP), R(H2G, "funded_by", JST), R(H2G, "funded_by", FFG),
 R("Kenji Sato", "works_for", FREA),
 R(GTV, "organized", GTS), R(GTS, "located_in", "Graz"),
 R("Thomas Gruber", "works_for", ADV), R("Thomas Gruber", "participated_in", GTS),
 R(JETRO, "participated_in", GTS),
])

# --- 5. event news with partnering statistics: EEN hydrogen brokerage at Hannover ----
HMD = "Hydrogen Matchmaking Days 2023"
HM = "HANNOVER MESSE 2023"
IHK = "Chamber of Industry and Commerce Hannover"
RISE = "RISE Research Institutes of Sweden"
VTT = "VTT Technical Research Centre of Finland"
CSEM = "Swiss Center for Electronics and Microtechnology"
HCF = "Hydrogen Cluster Finland"
HE = "Hydrogen Europe"
HYP = "HYPORT-NEXT"
PORA = "Port of Rotterdam Authority"
E_PLACES = (("Fraunhofer IFAM", "Bremen"), (CSEM, "Neuchâtel"), ("CEA-Liten", "Grenoble"),
            (HE, "Brussels"), ("ELX Hydrogen GmbH", "Hannover"), ("H2V Storage BV", "Rotterdam"),
            ("KPS Elektrolyse GmbH", "Braunschweig"), ("NRG-X Oy", "Tampere"))
GOLD["hydrogen-matchmaking-days-hannover-2023.html"] = dict(
entities=[
 E(HMD, "event", "DE", "Hydrogen Matchmaking Days"), E(EEN, "network", None, "EEN"),
 E(HM, "event", "DE", "HANNOVER MESSE"), E("Lower Saxony", "place", "DE"),
 E("NBank", "public_body", "DE"), E(IHK, "public_body", "DE", "IHK Hannover"),
 E("hannoverimpuls", "public_body", "DE"), E("Hannover", "place", "DE"),
 E("Deutsche Messe AG", "company", "DE"),
 E("Jana Köhler", "person", "DE"),
 E("Fraunhofer IFAM", "research_org", "DE"), E("Bremen", "place", "DE"),
 E("TNO", "research_org", "NL"),
 E(RISE, "research_org", "SE"), E(VTT, "research_org", "FI"),
 E(CSEM, "research_org", "CH", "CSEM"), E("Neuchâtel", "place", "CH"),
 E("CEA-Liten", "research_org", "FR"), E("Grenoble", "place", "FR"),
 E(HCF, "cluster", "FI"), E(HE, "network"), E("Brussels", "place", "BE"),
 E("Carla Moretti", "person"),
 E("ELX Hydrogen GmbH", "company", "DE"), E("H2V Storage BV", "company", "NL"),
 E("Rotterdam", "place", "NL"),
 E("KPS Elektrolyse GmbH", "company", "DE"), E("Braunschweig", "place", "DE"),
 E("NRG-X Oy", "company", "FI"), E("Tampere", "place", "FI"),
 E(HYP, "project"), E("Horizon Europe", "programme"), E(PORA, "public_body", "NL"),
 E("Single Market Programme", "programme"),
 E("Markus Feldmann", "person", "DE"),
],
relations=[
 *[R(o, "organized", HMD) for o in (EEN, "NBank", IHK, "hannoverimpuls")],
 R(HMD, "located_in", "Hannover"), R(HM, "located_in", "Hannover"),
 R("Deutsche Messe AG", "organized", HM),
 R("NBank", "member_of", EEN), R(IHK, "member_of", EEN),
 R("NBank", "located_in", "Lower Saxony"), R(IHK, "located_in", "Lower Saxony"),
 R("hannoverimpuls", "located_in", "Hannover"),
 R("Jana Köhler", "works_for", "NBank"),
 *[R(o, "participated_in", HMD) for o in (
   "Fraunhofer IFAM", "TNO", RISE, VTT, CSEM, "CEA-Liten", HCF, HE, "Carla Moretti",
   "ELX Hydrogen GmbH", "H2V Storage BV", "KPS Elektrolyse GmbH", "NRG-X Oy", PORA)],
 *[R(o, "located_in", p) for o, p in E_PLACES],
 R("Carla Moretti", "works_for", HE),
 R("ELX Hydrogen GmbH", "partner_of", "H2V Storage BV"),
 R("KPS Elektrolyse GmbH", "met_with", RISE), R("KPS Elektrolyse GmbH", "met_with", VTT),
 R("NRG-X Oy", "member_of", HCF), R("NRG-X Oy", "met_with", CSEM),
 R("TNO", "leads", HYP),
 *[R(o, "consortium_member_of", HYP) for o in (
   "TNO", "ELX Hydrogen GmbH", "H2V Storage BV", "CEA-Liten", PORA)],
 R(HYP, "funded_by", "Horizon Europe"),
 R(EEN, "funded_by", "Single Market Programme"),
 R("Markus Feldmann", "works_for", IHK),
])

# --- 6. press release on an MoU: Basque Energy Cluster and Écotech Québec ------------
BEC = "Basque Energy Cluster"
EQ = "Écotech Québec"
AM = "Americana 2023"
MEIE = "Ministère de l'Économie, de l'Innovation et de l'Énergie"
BTI = "Basque Trade & Investment"
CRIQ = "Centre de recherche industrielle du Québec"
IREQ = "Hydro-Québec Research Institute"
GHT = "GHT Hydrogène inc."
H2T = "H2-TRANSAT"
BQB = "Bureau du Québec à Barcelone"
WAE = "WindEurope Annual Event"
GOLD["basque-energy-cluster-ecotech-quebec-mou-2023.txt"] = dict(
entities=[
 E(BEC, "cluster", "ES", "Clúster de Energía del País Vasco"), E("Bilbao", "place", "ES"),
 E("Basque Country", "place", "ES"),
 E(EQ, "cluster", "CA"), E("Québec", "place", "CA", "Quebec"), E("Montréal", "place", "CA"),
 E(AM, "event", "CA", "Americana"), E("Réseau Environnement", "network", "CA"),
 E("Asier Goikoetxea", "person", "ES", "Goikoetxea"), E("Marie-Ève Tremblay", "person", "CA"),
 E("Investissement Québec", "public_body", "CA"), E(MEIE, "public_body", "CA", "MEIE"),
 E("SPRI", "public_body", "ES"), E(BTI, "public_body", "ES"),
 E("TECNALIA", "research_org", "ES"), E("Derio", "place", "ES"),
 E("Ingeteam", "company", "ES"), E("Zamudio", "place", "ES"),
 E("Iberdrola", "company", "ES"), E("EKN Power Systems SL", "company", "ES"),
 E("Jon Arrieta", "person", "ES"),
 E(CRIQ, "research_org", "CA", "CRIQ"), E("Québec City", "place", "CA"),
 E(IREQ, "research_org", "CA", "IREQ"), E("Varennes", "place", "CA"),
 E(GHT, "company", "CA"), E("Sherbrooke", "place", "CA"),
 E(H2T, "project"), E("Hazitek", "programme", "ES"), E("Basque Government", "public_body", "ES"),
 E("Itziar Ugarte", "person", "ES"),
 E(BQB, "public_body", "CA", "Quebec Government Office in Barcelona"),
 E("Barcelona", "place", "ES"), E("Louis-Philippe Gagnon", "person", "CA"),
 E("TCI Network", "network"),
 E(WAE, "event", "DK"), E("WindEurope", "network"), E("Copenhagen", "place", "DK"),
],
relations=[
 R(BEC, "partner_of", EQ),
 *[R(o, "participated_in", AM) for o in (
   BEC, EQ, "Asier Goikoetxea", "Marie-Ève Tremblay", "Investissement Québec", MEIE,
   "SPRI", BTI, "TECNALIA", "Ingeteam", "Iberdrola", "EKN Power Systems SL")],
 R("Réseau Environnement", "organized", AM), R(AM, "located_in", "Montréal"),
 R("Asier Goikoetxea", "works_for", BEC), R("Marie-Ève Tremblay", "works_for", EQ),
 R("Jon Arrieta", "works_for", BTI), R("Itziar Ugarte", "works_for", "TECNALIA"),
 R("Louis-Philippe Gagnon", "works_for", BQB),
 R(BEC, "located_in", "Bilbao"), R(BEC, "located_in", "Basque Country"),
 R(EQ, "located_in", "Montréal"), R(EQ, "located_in", "Québec"),
 R("TECNALIA", "located_in", "Derio"), R("Ingeteam", "located_in", "Zamudio"),
 R(CRIQ, "located_in", "Québec City"), R(IREQ, "located_in", "Varennes"),
 R(GHT, "located_in", "Sherbrooke"), R(BQB, "located_in", "Barcelona"),
 R(WAE, "located_in", "Copenhagen"),
 R("Ingeteam", "member_of", BEC), R("Iberdrola", "member_of", BEC),
 R("EKN Power Systems SL", "member_of", BEC), R(GHT, "member_of", EQ),
 R("TECNALIA", "partner_of", CRIQ), R("Ingeteam", "met_with", IREQ),
 R("EKN Power Systems SL", "partner_of", GHT),
 R("TECNALIA", "leads", H2T),
 *[R(o, "consortium_member_of", H2T) for o in ("TECNALIA", IREQ, "Ingeteam", GHT)],
 R(H2T, "funded_by", "Hazitek"), R(H2T, "funded_by", "Investissement Québec"),
 R(BEC, "member_of", "TCI Network"), R(EQ, "member_of", "TCI Network"),
 R("WindEurope", "organized", WAE),
 R(BEC, "participated_in", WAE), R(EQ, "participated_in", WAE),
])

# --- 7. newsletter: Norway Health Tech, international edition ---------------------
NHT = "Norway Health Tech"
NLSD = "Nordic Life Science Days"
NI = "Nordic Innovation"
HL = "HospiLink Nordic"
DLSC = "Danish Life Science Cluster"
SSP = "Sahlgrenska Science Park"
EHS = "EIT Health Summit"
SBF = "ScanBalt Forum"
CEBR = "Council of European BioRegions"
MBB = "MedTech Boston Bootcamp"
CGN = "Consulate General of Norway in New York"
G_MEMBERS = (("BRX Imaging AS", "Trondheim"), ("NeoMed AS", "Bergen"),
             ("NTX Diagnostics AS", "Oslo"))
GOLD["norway-health-tech-international-newsletter-2024.md"] = dict(
entities=[
 E(NHT, "cluster", "NO"), E("Oslo", "place", "NO"),
 E("Norwegian Innovation Clusters", "programme", "NO"),
 E("Innovation Norway", "public_body", "NO"),
 E("Industrial Development Corporation of Norway", "public_body", "NO", "Siva"),
 E("Research Council of Norway", "public_body", "NO"),
 E("Kari Nygård", "person", "NO"),
 E("Malmö", "place", "SE"), E(NLSD, "event", "SE", "NLSDays"),
 E("SwedenBIO", "network", "SE"),
 E("BRX Imaging AS", "company", "NO"), E("Trondheim", "place", "NO"),
 E("NeoMed AS", "company", "NO"), E("Bergen", "place", "NO"),
 E("NTX Diagnostics AS", "company", "NO"),
 E(SSP, "cluster", "SE"), E("Gothenburg", "place", "SE"),
 E(RISE, "research_org", "SE", "RISE"),
 E("Annika Lund", "person", "SE"),
 E(HL, "project"), E(NI, "public_body"), E("Nordic Council of Ministers", "public_body"),
 E(DLSC, "cluster", "DK"), E("Copenhagen", "place", "DK"),
 E("Business Oulu", "public_body", "FI"), E("Oulu", "place", "FI"),
 E("Innovation Fund Denmark", "public_body", "DK"),
 E("Lars Holm", "person", "SE"), E("Mette Kjær", "person", "DK"),
 E("EIT Health", "network"),
 E("European Institute of Innovation and Technology", "public_body", None, "EIT"),
 E("Bridgehead Global", "programme"),
 E(EHS, "event", "SE"), E("Stockholm", "place", "SE"),
 E("ScanBalt", "network"), E(SBF, "event", "EE"), E("Tartu", "place", "EE"),
 E("Ola Bakke", "person", "NO"),
 E("Oslo Cancer Cluster", "cluster", "NO"), E(CEBR, "network", None, "CEBR"),
 E(MBB, "event", "US"), E(CGN, "public_body", "NO"),
 E("New York", "place", "US"), E("Boston", "place", "US"),
],
relations=[
 R(NHT, "located_in", "Oslo"), R("Kari Nygård", "works_for", NHT),
 R(NLSD, "located_in", "Malmö"), R("SwedenBIO", "organized", NLSD),
 *[R(o, "participated_in", NLSD) for o in (NHT, *[m for m, _ in G_MEMBERS], SSP, RISE)],
 *[R(m, "member_of", NHT) for m, _ in G_MEMBERS],
 *[R(m, "located_in", p) for m, p in G_MEMBERS],
 R(NHT, "met_with", SSP), R(NHT, "met_with", RISE),
 R("Annika Lund", "works_for", "SwedenBIO"),
 R(HL, "funded_by", NI), R(NI, "located_in", "Oslo"),
 R(NHT, "leads", HL),
 *[R(o, "consortium_member_of", HL) for o in (NHT, DLSC, SSP, RISE, "Business Oulu")],
 R(DLSC, "located_in", "Copenhagen"), R(SSP, "located_in", "Gothenburg"),
 R(RISE, "located_in", "Gothenburg"), R("Business Oulu", "located_in", "Oulu"),
 R(HL, "funded_by", "Innovation Fund Denmark"),
 R("Lars Holm", "works_for", RISE), R("Mette Kjær", "works_for", DLSC),
 R(NHT, "member_of", "EIT Health"),
 R("EIT Health", "organized", EHS), R(EHS, "located_in", "Stockholm"),
 R(NHT, "participated_in", EHS), R("NTX Diagnostics AS", "participated_in", EHS),
 R(NHT, "member_of", "ScanBalt"),
 R("ScanBalt", "organized", SBF), R(SBF, "located_in", "Tartu"),
 R("Ola Bakke", "participated_in", SBF), R(NHT, "participated_in", SBF),
 R("Ola Bakke", "works_for", NHT),
 R("Oslo Cancer Cluster", "member_of", CEBR),
 R("Innovation Norway", "organized", MBB), R(CGN, "organized", MBB),
 R(MBB, "located_in", "Boston"), R(CGN, "located_in", "New York"),
])

# --- 8. event news with partnering statistics: Micronarc at EPHJ, Geneva -------------
MIC = "Micronarc"
EPHJ = "EPHJ 2024"
PMT = "Pôle des Microtechniques"
MED = "MEDICA 2024"
HEARC = "Haute Ecole Arc"
MF = "MICROFLEX"
EPFL = "École polytechnique fédérale de Lausanne"
MV = "Medical Valley EMN"
SJ = "SENSOJOINT"
SBH = "Swiss Business Hub USA"
SNX = "Swissnex in Boston"
SMD = "Swiss Medtech Day"
SGE = "Switzerland Global Enterprise"
H_PLACES = ((EPHJ, "Geneva"), (MIC, "Neuchâtel"), (PMT, "Besançon"), (MED, "Düsseldorf"),
            (CSEM, "Neuchâtel"), (HEARC, "Neuchâtel"), ("OPX Medical Sàrl", "Neuchâtel"),
            (MV, "Erlangen"), (MV, "Nuremberg metropolitan region"),
            ("SWM Microtech SA", "La Chaux-de-Fonds"), (SBH, "Chicago"), (SNX, "Boston"),
            ("MassMEDIC", "Massachusetts"), (SMD, "Bern"))
GOLD["micronarc-ephj-partnering-geneva-2024.html"] = dict(
entities=[
 E(EPHJ, "event", "CH"), E("Geneva", "place", "CH"),
 E(MIC, "cluster", "CH"), E("Neuchâtel", "place", "CH"),
 E(SGE, "public_body", "CH", "S-GE"),
 E("Franche-Comté", "place", "FR"),
 E(PMT, "cluster", "FR", "PMT"), E("Besançon", "place", "FR"),
 E("Nathalie Rochat", "person", "CH"), E("Julien Faivre", "person", "FR"),
 E(MED, "event", "DE"), E("Düsseldorf", "place", "DE"), E("Messe Düsseldorf", "company", "DE"),
 E(CSEM, "research_org", "CH", "CSEM"), E(HEARC, "university", "CH", "HE-Arc"),
 E(MF, "project"), E("Innosuisse", "public_body", "CH"),
 E("OPX Medical Sàrl", "company", "CH"), E("Pascal Dubois", "person", "CH"),
 E(EPFL, "university", "CH", "EPFL"),
 E(MV, "cluster", "DE"), E("Nuremberg metropolitan region", "place", "DE"),
 E("Erlangen", "place", "DE"),
 E("SensoTec Erlangen GmbH", "company", "DE"), E("SWM Microtech SA", "company", "CH"),
 E("La Chaux-de-Fonds", "place", "CH"),
 E("Eurostars", "programme"), E(SJ, "project"),
 E(SBH, "public_body", "CH"), E("Chicago", "place", "US"),
 E(SNX, "public_body", "CH"), E("Boston", "place", "US"),
 E("MassMEDIC", "network", "US"), E("Massachusetts", "place", "US"),
 E("Rachel Meier", "person", "CH"),
 E(SMD, "event", "CH"), E("Bern", "place", "CH"), E("Swiss Medtech", "network", "CH"),
 E("Stefan Keller", "person", "CH"),
],
relations=[
 *[R(o, "located_in", p) for o, p in H_PLACES],
 R(MIC, "partner_of", PMT),
 R("Nathalie Rochat", "works_for", MIC), R("Julien Faivre", "works_for", PMT),
 R("Pascal Dubois", "works_for", CSEM), R("Rachel Meier", "works_for", SBH),
 R("Stefan Keller", "works_for", SGE),
 *[R(o, "participated_in", EPHJ) for o in (
   MIC, PMT, "Nathalie Rochat", "Julien Faivre", CSEM, HEARC, EPFL, MV,
   "SensoTec Erlangen GmbH", "SWM Microtech SA", SBH, SNX)],
 R("Messe Düsseldorf", "organized", MED),
 R(MIC, "participated_in", MED), R(PMT, "participated_in", MED),
 R(MF, "funded_by", "Innosuisse"), R(CSEM, "leads", MF),
 *[R(o, "consortium_member_of", MF) for o in (CSEM, HEARC, "OPX Medical Sàrl")],
 R(EPFL, "met_with", MV),
 R(SJ, "funded_by", "Eurostars"),
 R("SensoTec Erlangen GmbH", "consortium_member_of", SJ),
 R("SWM Microtech SA", "consortium_member_of", SJ),
 R("SensoTec Erlangen GmbH", "member_of", MV),
 R("Swiss Medtech", "organized", SMD), R(MIC, "participated_in", SMD),
])


def _fold(s):
    return s.lower()


def check():
    """Assert the consistency of every gold block against DOMAIN.md and its document."""
    assert set(ALLOWED) == {"partner_of", "member_of", "participated_in", "organized", "met_with",
                            "consortium_member_of", "leads", "funded_by", "located_in", "works_for"}
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"{doc}: document missing"
        text = _fold(path.read_text(encoding="utf-8"))
        types, forms = {}, {}
        for ent in gold["entities"]:
            name = ent["name"]
            assert ent["type"] in TYPES, f"{doc}: bad type {ent['type']} for {name}"
            assert name not in types, f"{doc}: duplicate entity {name}"
            types[name] = ent["type"]
            c = ent["country"]
            assert c is None or re.fullmatch(r"[A-Z]{2}", c), f"{doc}: bad country {c} for {name}"
            for form in [name, *ent["aliases"]]:
                key = _fold(form)
                assert key not in forms or forms[key] == name, \
                    f"{doc}: surface form {form!r} used by {forms.get(key)} and {name}"
                forms[key] = name
                assert key in text, f"{doc}: {form!r} ({name}) not in the document"
        seen = set()
        for rel in gold["relations"]:
            s, p, o = rel["subject"], rel["predicate"], rel["object"]
            assert p in ALLOWED, f"{doc}: unknown predicate {p}"
            assert s in types, f"{doc}: undeclared subject {s!r}"
            assert o in types, f"{doc}: undeclared object {o!r}"
            assert s != o, f"{doc}: self relation {s} {p}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, f"{doc}: {s} ({types[s]}) cannot be subject of {p}"
            assert types[o] in obj_ok, f"{doc}: {o} ({types[o]}) cannot be object of {p}"
            key = (p, frozenset((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, f"{doc}: duplicate relation {s} {p} {o}"
            seen.add(key)
    return True


def _stats(doc, gold):
    raw = (DOCS / doc).read_text(encoding="utf-8")
    words = len(re.sub(r"<[^>]+>", " ", raw).split())
    return words, len(gold["entities"]), len(gold["relations"])


if __name__ == "__main__":
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        words, n_ent, n_rel = _stats(name, gold)
        print(f"{path.name}: {words} words, {n_ent} entities, {n_rel} relations")
    print("check passed")
