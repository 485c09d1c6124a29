"""Hand annotations of the `train-x` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-x/make_gold_train_x.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. The set is rich in people: boards, juries, delegation rosters,
speakers, signatories. Conventions used throughout:

- "X, <title> of/at Y" is `works_for` (X, Y), also for former employers the
  text names ("joined Scale AI after eight years at Montréal International",
  "was previously head of ... at the dtic"); the date carries the difference.
- Sitting on a board, jury or advisory board of another organisation is not
  `works_for`; the president of a network `leads` it (DOMAIN: person ->
  network). A cluster's board chair has no predicate (leads -> cluster is not
  allowed) and is not annotated.
- A person who opens, speaks at, moderates, signs at or is welcomed at an
  event `participated_in` it; organisations only when the text says they took
  part, exhibited, signed an agreement there or sent a delegation.
- Planned participations stated as agreed ("will host a pavilion at",
  "will visit") are annotated like past ones.
- An organisation's foreign office ("Austrade, Frankfurt", "GIZ's project
  manager in Pretoria") is no `located_in`; the venue of a meeting on a
  university campus is no `located_in` of the university.
- "<org>, <city>" in a roster or list of speakers is `located_in`.
- The leader of a project is also one of its consortium members.
"""

import json
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
SYMMETRIC = {"partner_of", "met_with"}

GOLD = {}

# --- board election: Baltic Sea cleantech network ---------------------------------
BSCA = "Baltic Sea Cleantech Alliance"
GA24 = "BSCA General Assembly 2024"
GA25 = "BSCA General Assembly 2025"
CF = "Cleantech ForEst"
SBH = "Sustainable Business Hub"
LGTC = "Latvian Green Technology Cluster"
PCC = "Pomeranian Cleantech Cluster"
GLC = "Green Lithuania Cluster"
SCP = "Smart Chemistry Park"
ECCP = "European Cluster Collaboration Platform"
BW = "BALTIC WATERTECH"
TMD = "Tallinn Cleantech Matchmaking Day"
EISA = "Estonian Business and Innovation Agency"
BSCA_MEMBERS = (("CLEAN", "Copenhagen"), (SBH, "Malmö"), (CF, "Tallinn"), (LGTC, "Riga"),
                (PCC, "Gdańsk"), ("LUT University", "Lappeenranta"), (GLC, "Vilnius"),
                (SCP, "Turku"))
GOLD["baltic-cleantech-alliance-board-2024.md"] = dict(
entities=[
 E(BSCA, "network", None, "BSCA"), E(GA24, "event", "EE"), E("Tallinn", "place", "EE"),
 E(CF, "cluster", "EE"), E("Tallinn University of Technology", "university", "EE", "TalTech"),
 E("Priit Kask", "person", "EE"),
 E("Mette Skovgaard", "person", "DK", "Skovgaard"), E("CLEAN", "cluster", "DK"),
 E("Copenhagen", "place", "DK"),
 E("Johan Lindqvist", "person", "SE", "Lindqvist"), E(SBH, "cluster", "SE"), E("Malmö", "place", "SE"),
 E("Kadri Tamm", "person", "EE"),
 E("Arturs Bērziņš", "person", "LV"),
 E(LGTC, "cluster", "LV", "Latvijas Zaļo tehnoloģiju klasteris"), E("Riga", "place", "LV"),
 E("Marta Kowalczyk-Nowak", "person", "PL", "Kowalczyk-Nowak"),
 E(PCC, "cluster", "PL", "Pomorski Klaster Czystych Technologii"), E("Gdańsk", "place", "PL"),
 E("Heikki Rantanen", "person", "FI"), E("LUT University", "university", "FI"),
 E("Lappeenranta", "place", "FI"),
 E("Rasa Jankauskienė", "person", "LT"), E(GLC, "cluster", "LT"), E("Vilnius", "place", "LT"),
 E(SCP, "cluster", "FI"), E("Turku", "place", "FI"),
 E("Elin Sandberg", "person", "SE"),
 E("Ana Ribeiro", "person"), E(ECCP, "network", None, "ECCP"),
 E(BW, "project"),
 E("Interreg Baltic Sea Region", "programme", None, "Interreg Baltic Sea Region programme"),
 E("Jonas Petersen", "person", "DK"), E("AquaNordic ApS", "company", "DK"),
 E(TMD, "event", "EE"), E(EISA, "public_body", "EE", "EISA"), E("Kristjan Saar", "person", "EE"),
 E(GA25, "event", "PL"),
],
relations=[
 R(GA24, "located_in", "Tallinn"), R(BSCA, "organized", GA24), R(CF, "organized", GA24),
 R("Priit Kask", "works_for", "Tallinn University of Technology"),
 *[R(p, "participated_in", GA24) for p in (
   "Priit Kask", "Mette Skovgaard", "Rasa Jankauskienė", "Ana Ribeiro")],
 R("Mette Skovgaard", "works_for", "CLEAN"), R("Mette Skovgaard", "leads", BSCA),
 R("Johan Lindqvist", "works_for", SBH), R("Kadri Tamm", "works_for", CF),
 R("Arturs Bērziņš", "works_for", LGTC), R("Marta Kowalczyk-Nowak", "works_for", PCC),
 R("Heikki Rantanen", "works_for", "LUT University"),
 R("Rasa Jankauskienė", "works_for", GLC), R("Rasa Jankauskienė", "leads", BSCA),
 *[R(o, "member_of", BSCA) for o, _ in BSCA_MEMBERS],
 *[R(o, "located_in", t) for o, t in BSCA_MEMBERS],
 R("Elin Sandberg", "works_for", SBH), R("Ana Ribeiro", "works_for", ECCP),
 R(BW, "funded_by", "Interreg Baltic Sea Region"), R("CLEAN", "leads", BW),
 *[R(o, "consortium_member_of", BW) for o in ("CLEAN", SBH, CF, "LUT University")],
 R("Jonas Petersen", "works_for", "CLEAN"), R("AquaNordic ApS", "member_of", "CLEAN"),
 R(TMD, "located_in", "Tallinn"), R(CF, "organized", TMD), R(EISA, "organized", TMD),
 R("Kristjan Saar", "works_for", EISA), R("Kristjan Saar", "participated_in", TMD),
 R(GA25, "located_in", "Gdańsk"), R(PCC, "organized", GA25),
])

# --- interview: Canadian AI / supply-chain cluster --------------------------------
SAI = "Scale AI"
GTR = "Geneviève Tremblay-Roy"
A23 = "ALL IN 2023"
V23 = "VivaTech 2023"
CD = "Cap Digital"
JCF = "Japan–Canada AI Forum"
RIKEN = "RIKEN Center for Advanced Intelligence Project"
LM = "LogiMAT 2024"
OWL = "it's OWL"
ISED = "Innovation, Science and Economic Development Canada"
GOLD["scale-ai-international-interview-2023.txt"] = dict(
entities=[
 E(SAI, "cluster", "CA"), E("Montreal", "place", "CA"),
 E("Marc-André Gagnon", "person", "CA"), E(GTR, "person", "CA", "Tremblay-Roy"),
 E(A23, "event", "CA", "ALL IN"), E(CD, "cluster", "FR"), E(V23, "event", "FR"),
 E("Paris", "place", "FR"), E("Claire Vasseur", "person", "FR", "Claire"),
 E("Optimalog", "company", "CA"), E("Quebec City", "place", "CA"),
 E("Cargo Pulse", "company", "CA"), E("Laval", "place", "CA"),
 E("Patrice Lemay", "person", "CA", "Patrice"),
 E("Investissement Québec", "public_body", "CA"),
 E("Canadian Trade Commissioner Service", "public_body", "CA"),
 E("Logivia SAS", "company", "FR"), E("Lyon", "place", "FR"),
 E("Arjun Mehta", "person", "CA"),
 E("Cyber Valley", "network", "DE"), E("Stuttgart", "place", "DE"), E("Tübingen", "place", "DE"),
 E("Tobias Brenner", "person", "DE"), E("University of Tübingen", "university", "DE"),
 E("Mila", "research_org", "CA", "Quebec Artificial Intelligence Institute"),
 E("Hannover Messe 2023", "event", "DE"), E(OWL, "cluster", "DE"),
 E("Ostwestfalen-Lippe", "place", "DE", "Ostwestfalen-Lippe region"),
 E("Henrike Vollmer", "person", "DE"),
 E("LOGIQ", "project"), E("Montreal Port Authority", "public_body", "CA"),
 E("IVADO", "research_org", "CA"),
 E("Global Innovation Clusters", "programme", "CA", "Global Innovation Clusters programme"),
 E(ISED, "public_body", "CA", "ISED"),
 E(JCF, "event", "JP"), E("Tokyo", "place", "JP"),
 E("Embassy of Canada to Japan", "public_body", "CA"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E(RIKEN, "research_org", "JP", "AIP", "RIKEN AIP"),
 E(LM, "event", "DE"), E("ALL IN 2024", "event", "CA"),
 E("Montréal International", "public_body", "CA"),
],
relations=[
 R(SAI, "located_in", "Montreal"), R(A23, "located_in", "Montreal"), R(SAI, "organized", A23),
 R(GTR, "works_for", SAI), R(GTR, "works_for", "Montréal International"),
 R(SAI, "partner_of", CD), R(V23, "located_in", "Paris"),
 *[R(o, "participated_in", V23) for o in (
   SAI, CD, GTR, "Patrice Lemay", "Optimalog", "Cargo Pulse")],
 R("Claire Vasseur", "works_for", CD),
 R("Optimalog", "member_of", SAI), R("Cargo Pulse", "member_of", SAI),
 R("Optimalog", "located_in", "Quebec City"), R("Cargo Pulse", "located_in", "Laval"),
 R("Patrice Lemay", "works_for", SAI),
 R("Optimalog", "met_with", "Logivia SAS"), R("Logivia SAS", "located_in", "Lyon"),
 R("Arjun Mehta", "works_for", SAI),
 R(SAI, "partner_of", "Cyber Valley"),
 R("Cyber Valley", "located_in", "Stuttgart"), R("Cyber Valley", "located_in", "Tübingen"),
 R("Tobias Brenner", "works_for", "University of Tübingen"),
 R(SAI, "participated_in", "Hannover Messe 2023"), R(OWL, "participated_in", "Hannover Messe 2023"),
 R(OWL, "located_in", "Ostwestfalen-Lippe"),
 R("Henrike Vollmer", "works_for", OWL), R("Henrike Vollmer", "participated_in", A23),
 R(SAI, "leads", "LOGIQ"),
 *[R(o, "consortium_member_of", "LOGIQ") for o in (
   SAI, "Montreal Port Authority", "IVADO", "Optimalog")],
 R("LOGIQ", "funded_by", "Global Innovation Clusters"), R("LOGIQ", "funded_by", ISED),
 R(JCF, "located_in", "Tokyo"),
 R("Embassy of Canada to Japan", "organized", JCF),
 R("Japan External Trade Organization", "organized", JCF),
 R(GTR, "participated_in", JCF), R("Patrice Lemay", "participated_in", JCF),
 R(SAI, "participated_in", JCF),
 R(SAI, "met_with", RIKEN),
 R(SAI, "participated_in", LM), R(OWL, "participated_in", LM), R(LM, "located_in", "Stuttgart"),
 R(SAI, "organized", "ALL IN 2024"),
])

# --- delegation roster: Queensland medtech at MEDICA ------------------------------
MTQC = "MedTech Queensland Cluster"
MED = "MEDICA 2023"
AUS = "Australian Trade and Investment Commission"
MV = "Medical Valley EMN"
IPA = "Fraunhofer Institute for Manufacturing Engineering and Automation"
AHK = "German-Australian Chamber of Industry and Commerce"
REC = "Australian MedTech Networking Reception"
BMS = "Brisbane MedTech Summit"
BSTMW = "Bavarian State Ministry of Economic Affairs"
ROSTER = (("Olivia Hartnett", MTQC), ("Ben Nakamura", AUS), ("Priya Raman", "CardioSense Pty Ltd"),
          ("Tom Whitaker", "OrthoPrint Medical"), ("Mei Lin Chua", "NeuroWave Diagnostics"),
          ("Andrew McKenzie", "Queensland University of Technology"))
QLD_MEMBERS = (("CardioSense Pty Ltd", "Brisbane"), ("OrthoPrint Medical", "Gold Coast"),
               ("NeuroWave Diagnostics", "Townsville"))
GOLD["medtech-queensland-medica-delegation-2023.html"] = dict(
entities=[
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"), E("Brisbane", "place", "AU"),
 E("Queensland", "place", "AU"),
 E(MTQC, "cluster", "AU", "MTQC"), E(AUS, "public_body", "AU", "Austrade"),
 E("Olivia Hartnett", "person", "AU", "Hartnett"), E("Ben Nakamura", "person", "AU"),
 E("Frankfurt", "place", "DE"),
 E("Priya Raman", "person", "AU"), E("CardioSense Pty Ltd", "company", "AU", "CardioSense"),
 E("Tom Whitaker", "person", "AU"), E("OrthoPrint Medical", "company", "AU"),
 E("Gold Coast", "place", "AU"),
 E("Mei Lin Chua", "person", "AU"), E("NeuroWave Diagnostics", "company", "AU"),
 E("Townsville", "place", "AU"),
 E("Andrew McKenzie", "person", "AU", "McKenzie"),
 E("Queensland University of Technology", "university", "AU", "QUT"),
 E(MV, "cluster", "DE", "Medical Valley"), E("Erlangen", "place", "DE"),
 E("Katharina Wiesmeier", "person", "DE", "Wiesmeier"), E("Stefan Roth", "person", "DE"),
 E(BSTMW, "public_body", "DE"), E("Bavaria", "place", "DE"),
 E(IPA, "research_org", "DE", "Fraunhofer IPA"), E("Stuttgart", "place", "DE"),
 E("Neurolytix B.V.", "company", "NL"), E("Eindhoven", "place", "NL"),
 E(AHK, "public_body", "AU", "AHK Australia"), E(REC, "event", "DE"),
 E("German Medical Technology Association", "network", "DE", "BVMed"),
 E("Claudia Reinholz", "person", "DE"),
 E(BMS, "event", "AU"),
],
relations=[
 R(MED, "located_in", "Düsseldorf"), R(MTQC, "located_in", "Brisbane"),
 *[R(o, "participated_in", MED) for o in (
   MTQC, AUS, "Queensland University of Technology", *[c for c, _ in QLD_MEMBERS],
   *[p for p, _ in ROSTER], MV, "Katharina Wiesmeier", "Stefan Roth")],
 *[R(p, "works_for", o) for p, o in ROSTER],
 *[R(c, "member_of", MTQC) for c, _ in QLD_MEMBERS],
 *[R(c, "located_in", t) for c, t in QLD_MEMBERS],
 R(MTQC, "partner_of", MV), R(MV, "located_in", "Erlangen"),
 R("Katharina Wiesmeier", "works_for", MV), R("Stefan Roth", "works_for", BSTMW),
 R(IPA, "located_in", "Stuttgart"), R(MTQC, "met_with", IPA), R("OrthoPrint Medical", "met_with", IPA),
 R("NeuroWave Diagnostics", "met_with", "Neurolytix B.V."), R("Neurolytix B.V.", "located_in", "Eindhoven"),
 R(AUS, "organized", REC), R(AHK, "organized", REC), R(REC, "located_in", "Düsseldorf"),
 R("German Medical Technology Association", "participated_in", REC),
 R("Claudia Reinholz", "participated_in", REC), R(MV, "participated_in", REC),
 R("Claudia Reinholz", "works_for", "German Medical Technology Association"),
 R(MTQC, "organized", BMS), R("Queensland University of Technology", "organized", BMS),
 R(BMS, "located_in", "Brisbane"), R(MV, "participated_in", BMS),
])

# --- conference speakers: Andean agri-food clusters summit ------------------------
AS23 = "Andean Agri-food Clusters Summit 2023"
AS24 = "Andean Agri-food Clusters Summit 2024"
ICA = "Ica Agro-export Cluster"
OHF = "O'Higgins Fruit Cluster"
SCC = "Santander Cocoa Cluster"
UNALM = "Universidad Nacional Agraria La Molina"
EBO = "Exportadora Bananera del Oro S.A."
AFL = "AndesFood Link"
SPEAKERS = (("Rosa Elena Quispe Mamani", ICA), ("Ricardo Salazar Vega", UNALM),
            ("Jorge Luis Paredes", "PROMPERÚ"), ("Felipe Arancibia Rojas", OHF),
            ("Natalia Restrepo Gómez", SCC), ("Laura Giménez Parra", "AgroTecAL"),
            ("Wouter Jansen", "Greenport West-Holland"), ("María José Andrade", EBO),
            ("Christian Köhler", "TCI Network"), ("Carmen Villanueva", "PROMPERÚ"))
GOLD["andean-agrifood-clusters-summit-2023.md"] = dict(
entities=[
 E(AS23, "event", "PE", "Andean Agri-food Clusters Summit"), E("Lima", "place", "PE"),
 E(ICA, "cluster", "PE", "Clúster Agroexportador de Ica", "Ica cluster"), E("Ica", "place", "PE"),
 E("PROMPERÚ", "public_body", "PE"), E("TCI Network", "network", "ES"),
 E("Inter-American Development Bank", "public_body", None, "IDB"),
 E(UNALM, "university", "PE", "UNALM"),
 E("Rosa Elena Quispe Mamani", "person", "PE", "Quispe Mamani"),
 E("Ricardo Salazar Vega", "person", "PE"), E("Jorge Luis Paredes", "person", "PE"),
 E("Madrid", "place", "ES"), E("Rotterdam", "place", "NL"),
 E("Felipe Arancibia Rojas", "person", "CL", "Arancibia Rojas"),
 E(OHF, "cluster", "CL", "Clúster Frutícola de O'Higgins"), E("Rancagua", "place", "CL"),
 E("Natalia Restrepo Gómez", "person", "CO", "Restrepo Gómez"),
 E(SCC, "cluster", "CO", "Clúster Cacao de Santander"), E("Bucaramanga", "place", "CO"),
 E("Laura Giménez Parra", "person", "ES", "Giménez Parra"), E("AgroTecAL", "cluster", "ES"),
 E("Almería", "place", "ES"),
 E("Wouter Jansen", "person", "NL"), E("Greenport West-Holland", "cluster", "NL"),
 E("María José Andrade", "person", "EC", "Andrade"),
 E(EBO, "company", "EC", "Exportadora Bananera del Oro"), E("Machala", "place", "EC"),
 E("Christian Köhler", "person", "ES"), E("Barcelona", "place", "ES"),
 E("Carmen Villanueva", "person", "PE"),
 E(AFL, "project"), E("AL-INVEST Verde", "programme"),
 E("Frutas Levante S.L.", "company", "ES"), E("Valencia", "place", "ES"),
 E(AS24, "event", "CO"),
],
relations=[
 R(AS23, "located_in", "Lima"), R(ICA, "organized", AS23), R("PROMPERÚ", "organized", AS23),
 R(ICA, "located_in", "Ica"),
 R("TCI Network", "participated_in", AS23), R("Inter-American Development Bank", "participated_in", AS23),
 *[R(p, "participated_in", AS23) for p, _ in SPEAKERS],
 *[R(p, "works_for", o) for p, o in SPEAKERS],
 R(OHF, "located_in", "Rancagua"), R(SCC, "located_in", "Bucaramanga"),
 R("AgroTecAL", "located_in", "Almería"), R(EBO, "located_in", "Machala"),
 R("TCI Network", "located_in", "Barcelona"),
 R(ICA, "partner_of", OHF), R("AgroTecAL", "partner_of", SCC),
 *[R(o, "participated_in", AS23) for o in (OHF, SCC, "AgroTecAL")],
 R(AFL, "funded_by", "AL-INVEST Verde"), R("TCI Network", "leads", AFL),
 *[R(o, "consortium_member_of", AFL) for o in ("TCI Network", ICA, OHF, SCC, "AgroTecAL")],
 R(EBO, "participated_in", AS23), R("Frutas Levante S.L.", "participated_in", AS23),
 R(EBO, "met_with", "Frutas Levante S.L."), R("Frutas Levante S.L.", "located_in", "Valencia"),
 R(SCC, "organized", AS24), R(AS24, "located_in", "Bucaramanga"),
])

# --- award winners: European aerospace clusters -----------------------------------
EACP = "European Aerospace Cluster Partnership"
AM24 = "EACP Annual Meeting 2024"
AM25 = "EACP Annual Meeting 2025"
AA = "Andalucía Aerospace"
IDEA = "Agencia de Innovación y Desarrollo de Andalucía"
UPB = "National University of Science and Technology Politehnica Bucharest"
HA = "Hamburg Aviation"
AV = "Aerospace Valley"
CA = "Composites Aljarafe S.L."
DAC = "Campania Aerospace District"
PEOPLE = (("Henrik Aasgaard", "Kongsberg Aerospace Cluster"), ("Ángela Ruiz Castaño", AA),
          ("Ignacio Beltrán", IDEA), ("Elena Popescu", UPB), ("Marek Zieliński", "Aviation Valley"),
          ("Anne-Sophie Keller", "German Aerospace Center"), ("Luca Bernardi", "Airbus"),
          ("Franziska Lindner", HA), ("Thomas Mercier", AV), ("Javier Morales Ruiz", CA))
JURY = ("Elena Popescu", "Marek Zieliński", "Anne-Sophie Keller", "Luca Bernardi")  # presence not stated
GOLD["eacp-cluster-cooperation-awards-2024.txt"] = dict(
entities=[
 E(EACP, "network", None, "EACP"), E("Seville", "place", "ES"), E(AM24, "event", "ES"),
 E(AA, "cluster", "ES"), E("La Rinconada", "place", "ES"),
 E("Henrik Aasgaard", "person", "NO", "Aasgaard"), E("Kongsberg Aerospace Cluster", "cluster", "NO"),
 E("Ángela Ruiz Castaño", "person", "ES"), E("Ignacio Beltrán", "person", "ES"),
 E(IDEA, "public_body", "ES", "Agencia IDEA"),
 E("Elena Popescu", "person", "RO"), E(UPB, "university", "RO"),
 E("Marek Zieliński", "person", "PL"), E("Aviation Valley", "cluster", "PL"),
 E("Rzeszów", "place", "PL"),
 E("Anne-Sophie Keller", "person", "DE"), E("German Aerospace Center", "research_org", "DE", "DLR"),
 E("Luca Bernardi", "person", "FR"), E("Airbus", "company", "FR"), E("Toulouse", "place", "FR"),
 E("SKYREPAIR", "project"), E(HA, "cluster", "DE"), E(AV, "cluster", "FR"),
 E("Clean Aviation", "programme", None, "Clean Aviation programme"),
 E("Franziska Lindner", "person", "DE"), E("Thomas Mercier", "person", "FR"),
 E("Hamburg University of Technology", "university", "DE", "TUHH"),
 E(CA, "company", "ES"), E("Aéro Montréal", "cluster", "CA"), E("Quebec", "place", "CA"),
 E("Javier Morales Ruiz", "person", "ES"),
 E("Aino Virtanen", "person", "FI"), E("Nordic Airframe Oy", "company", "FI"),
 E("Tampere", "place", "FI"),
 E("BALTSKY", "project"), E("Interreg Central Baltic", "programme"),
 E("Giovanni Ferraro", "person", "IT", "Ferraro"),
 E(DAC, "cluster", "IT", "Distretto Aerospaziale della Campania", "DAC"), E("Naples", "place", "IT"),
 E("AED Cluster Portugal", "cluster", "PT"),
 E("Netherlands Aerospace Group", "network", "NL", "NAG"),
 E("Jean-Pierre Lacombe", "person", "FR"),
 E(AM25, "event", "FR"),
],
relations=[
 R(AM24, "located_in", "Seville"), R(AM24, "located_in", "La Rinconada"),
 R(EACP, "organized", AM24), R(AA, "organized", AM24),
 R("Henrik Aasgaard", "leads", EACP),
 *[R(p, "works_for", o) for p, o in PEOPLE],
 *[R(p, "participated_in", AM24) for p, _ in PEOPLE if p not in JURY],
 R("Aviation Valley", "located_in", "Rzeszów"), R("Airbus", "located_in", "Toulouse"),
 R(HA, "leads", "SKYREPAIR"), R(AV, "leads", "SKYREPAIR"),
 *[R(o, "consortium_member_of", "SKYREPAIR") for o in (HA, AV, "Hamburg University of Technology")],
 R("SKYREPAIR", "funded_by", "Clean Aviation"),
 R(AV, "located_in", "Toulouse"),
 R(CA, "located_in", "Seville"), R(CA, "member_of", AA), R(CA, "partner_of", "Aéro Montréal"),
 R("Aéro Montréal", "located_in", "Quebec"),
 R("Aino Virtanen", "works_for", "Nordic Airframe Oy"), R("Nordic Airframe Oy", "located_in", "Tampere"),
 R("Nordic Airframe Oy", "consortium_member_of", "BALTSKY"),
 R("BALTSKY", "funded_by", "Interreg Central Baltic"),
 R("Giovanni Ferraro", "works_for", DAC), R(DAC, "located_in", "Naples"),
 R("AED Cluster Portugal", "member_of", EACP), R("Netherlands Aerospace Group", "member_of", EACP),
 R("Jean-Pierre Lacombe", "works_for", AV),
 R(AM25, "located_in", "Toulouse"), R(AV, "organized", AM25),
])

# --- MoU with signatories: Dutch / Indian medtech ---------------------------------
HV = "Health Valley Netherlands"
AMTZ = "Andhra Pradesh MedTech Zone"
FOR = "India-Netherlands HealthTech Forum 2024"
EMB = "Embassy of the Kingdom of the Netherlands in New Delhi"
CII = "Confederation of Indian Industry"
DOP = "Department of Pharmaceuticals"
RVO = "Netherlands Enterprise Agency"
MBI = "MedBridge India"
AIMED = "Association of Indian Medical Device Industry"
BBC = "Bangalore Bioinnovation Centre"
HVE = "Health Valley Event 2025"
IME = "India Medtech Expo 2025"
SIGN = (("Anand Krishnamurthy", AMTZ), ("Ilse van den Berg", HV), ("Pieter de Graaf", EMB),
        ("Ritu Malhotra", DOP), ("Femke Bosman", RVO), ("Joris Hendriks", "Sensalyze B.V."),
        ("Lakshmi Narayanan", "Kalinga Devices Pvt Ltd"), ("Vikram Sethi", AIMED))
GOLD["health-valley-amtz-mou-2024.html"] = dict(
entities=[
 E(HV, "cluster", "NL", "Health Valley"), E(AMTZ, "cluster", "IN", "AMTZ"),
 E("New Delhi", "place", "IN"), E(FOR, "event", "IN"),
 E(EMB, "public_body", "NL", "Embassy of the Kingdom of the Netherlands"),
 E(CII, "network", "IN", "CII"),
 E("Anand Krishnamurthy", "person", "IN", "Krishnamurthy"), E("Visakhapatnam", "place", "IN"),
 E("Ilse van den Berg", "person", "NL", "van den Berg"), E("Nijmegen", "place", "NL"),
 E("Pieter de Graaf", "person", "NL"), E("Ritu Malhotra", "person", "IN"),
 E(DOP, "public_body", "IN"), E("Government of India", "public_body", "IN"),
 E("Femke Bosman", "person", "NL"), E(RVO, "public_body", "NL", "RVO"),
 E("Radboud University", "university", "NL"),
 E("Indian Institute of Technology Madras", "university", "IN", "IIT Madras"),
 E(MBI, "project"), E("Partners for International Business", "programme", "NL", "PIB"),
 E("Sensalyze B.V.", "company", "NL", "Sensalyze"),
 E("Kalinga Devices Pvt Ltd", "company", "IN", "Kalinga"),
 E("Joris Hendriks", "person", "NL"), E("Lakshmi Narayanan", "person", "IN"),
 E("Philips", "company", "NL"), E("Oost NL", "public_body", "NL"),
 E(AIMED, "network", "IN", "AiMeD"), E("Karnataka", "place", "IN"),
 E(BBC, "research_org", "IN"), E("Vikram Sethi", "person", "IN"), E("Bengaluru", "place", "IN"),
 E(HVE, "event", "NL"), E(IME, "event", "IN"), E("Greater Noida", "place", "IN"),
],
relations=[
 R(HV, "partner_of", AMTZ),
 R(FOR, "located_in", "New Delhi"), R(EMB, "organized", FOR), R(CII, "organized", FOR),
 R(EMB, "located_in", "New Delhi"),
 R(HV, "participated_in", FOR), R(AMTZ, "participated_in", FOR),
 *[R(p, "works_for", o) for p, o in SIGN],
 *[R(p, "participated_in", FOR) for p, _ in SIGN],
 R(AMTZ, "located_in", "Visakhapatnam"), R(HV, "located_in", "Nijmegen"),
 R(MBI, "funded_by", RVO), R(MBI, "funded_by", "Partners for International Business"),
 R(HV, "leads", MBI),
 *[R(o, "consortium_member_of", MBI) for o in (
   HV, AMTZ, "Radboud University", "Sensalyze B.V.", "Kalinga Devices Pvt Ltd")],
 R("Sensalyze B.V.", "located_in", "Nijmegen"), R("Kalinga Devices Pvt Ltd", "located_in", "Visakhapatnam"),
 *[R(o, "participated_in", FOR) for o in ("Philips", "Oost NL", AIMED, BBC)],
 R(BBC, "located_in", "Karnataka"), R(AIMED, "met_with", HV),
 R(HVE, "located_in", "Nijmegen"), R(HV, "organized", HVE),
 R(AMTZ, "participated_in", HVE), R("Anand Krishnamurthy", "participated_in", HVE),
 R(IME, "located_in", "Greater Noida"), R(DOP, "organized", IME), R(HV, "participated_in", IME),
])

# --- EU project kick-off with its team: Alpine timber reuse -----------------------
HS = "Holzcluster Steiermark"
TL = "TIMBERLOOP"
KOC = "TIMBERLOOP Kick-off Conference"
IAS = "Interreg Alpine Space"
HAB = "Habitech – Distretto Tecnologico Trentino"
LG = "Slovenian Wood Industry Cluster"
FIB = "Fibois Auvergne-Rhône-Alpes"
JS = "Interreg Alpine Space Joint Secretariat"
IHF = "Internationales Holzbau-Forum 2024"
TEAM = (("Verena Pichler", HS), ("Florian Gruber", HS), ("Erhard Moser", HS),
        ("Stefan Huber", "Technical University of Munich"), ("Matteo Zanella", HAB),
        ("Regula Baumgartner", "Lignum"), ("Tomaž Kranjc", LG), ("Claire Dumont", FIB),
        ("Barbara Eibl-Wagner", "Government of Styria"), ("Christina Leitner", JS),
        ("Jussi Lehtonen", "VTT"))
PARTNERS = (HS, "Technical University of Munich", HAB, "Lignum", LG, FIB, "University of Ljubljana")
GOLD["timberloop-alpine-space-kickoff-2024.md"] = dict(
entities=[
 E(HS, "cluster", "AT"), E("Graz", "place", "AT"), E(KOC, "event", "AT"), E(TL, "project"),
 E(IAS, "programme", None, "Alpine Space"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E("Verena Pichler", "person", "AT", "Pichler"), E("Florian Gruber", "person", "AT"),
 E("Erhard Moser", "person", "AT"), E("WOODCIRCLE", "project"),
 E("Holzbau Leitner GmbH", "company", "AT"), E("Leoben", "place", "AT"),
 E("Stefan Huber", "person", "DE", "Huber"),
 E("Technical University of Munich", "university", "DE", "TUM"),
 E("Matteo Zanella", "person", "IT"), E(HAB, "cluster", "IT", "Habitech"),
 E("Rovereto", "place", "IT"),
 E("Regula Baumgartner", "person", "CH"), E("Lignum", "network", "CH"), E("Zurich", "place", "CH"),
 E("Tomaž Kranjc", "person", "SI", "Kranjc"), E(LG, "cluster", "SI", "Lesarski grozd"),
 E("Ljubljana", "place", "SI"),
 E(FIB, "network", "FR"), E("Lyon", "place", "FR"), E("Claire Dumont", "person", "FR"),
 E("University of Ljubljana", "university", "SI"),
 E("Government of Styria", "public_body", "AT", "Land Steiermark"),
 E("Bavarian State Ministry of Food, Agriculture and Forestry", "public_body", "DE"),
 E("Swiss Federal Office for the Environment", "public_body", "CH", "FOEN"),
 E("Barbara Eibl-Wagner", "person", "AT"),
 E("Christina Leitner", "person", "AT"), E(JS, "public_body", "AT"), E("Salzburg", "place", "AT"),
 E(IHF, "event", "AT", "Internationales Holzbau-Forum", "IHF"), E("Innsbruck", "place", "AT"),
 E("BAU 2025", "event", "DE"), E("Munich", "place", "DE"),
 E("CIRCUWOOD", "project"), E("Horizon Europe", "programme"),
 E("VTT", "research_org", "FI"), E("Jussi Lehtonen", "person", "FI"),
],
relations=[
 R(KOC, "located_in", "Graz"), R(HS, "organized", KOC), R(HS, "located_in", "Graz"),
 R(TL, "funded_by", IAS), R(TL, "funded_by", "European Regional Development Fund"),
 R(HS, "leads", TL), *[R(o, "consortium_member_of", TL) for o in PARTNERS],
 *[R(p, "works_for", o) for p, o in TEAM],
 R("Verena Pichler", "leads", TL),
 *[R(p, "participated_in", KOC) for p in (
   "Verena Pichler", "Erhard Moser", "Barbara Eibl-Wagner", "Christina Leitner", "Jussi Lehtonen")],
 R(HS, "leads", "WOODCIRCLE"), R(HS, "consortium_member_of", "WOODCIRCLE"),
 R("WOODCIRCLE", "funded_by", IAS),
 R("Holzbau Leitner GmbH", "member_of", HS), R("Holzbau Leitner GmbH", "located_in", "Leoben"),
 R(HAB, "located_in", "Rovereto"), R("Lignum", "located_in", "Zurich"),
 R(LG, "located_in", "Ljubljana"), R(FIB, "located_in", "Lyon"),
 R(JS, "located_in", "Salzburg"),
 R(IHF, "located_in", "Innsbruck"), R("Stefan Huber", "participated_in", IHF),
 R("BAU 2025", "located_in", "Munich"),
 R("CIRCUWOOD", "funded_by", "Horizon Europe"), R("VTT", "leads", "CIRCUWOOD"),
 R("VTT", "consortium_member_of", "CIRCUWOOD"),
])

# --- newsletter: South African automotive cluster, board and advisory board ------
NMB = "Nelson Mandela Bay Automotive Cluster"
DTIC = "Department of Trade, Industry and Competition"
AIDC = "Automotive Industry Development Centre Eastern Cape"
ACOD = "Automotive Cluster Ostdeutschland"
AMICA = "Association Marocaine pour l'Industrie et le Commerce de l'Automobile"
ZAP = "Automotive Industry Association of the Slovak Republic"
ASB = "AutoSkills Bridge"
GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
AJ = "Automechanika Johannesburg 2024"
IAA = "IAA Transportation 2024"
ECAW = "Eastern Cape Automotive Week 2024"
PEOPLE_ZA = (("Thandiwe Mkhize", "Volkswagen Group Africa"),
             ("Pieter Venter", "Eastern Cape Precision Castings"),
             ("Sipho Ndlovu", NMB), ("Sipho Ndlovu", DTIC), ("Sipho Ndlovu", AIDC),
             ("Riaan Botha", "Algoa Trim Systems"), ("Nomvula Dube", "Mercedes-Benz South Africa"),
             ("Ashwin Pillay", "Nelson Mandela University"), ("Zanele Khumalo", "Ubuntu EV Components"),
             ("Matthias Köhler", ACOD), ("Nadia El Amrani", AMICA), ("Peter Kováč", ZAP),
             ("Emma Lindgren", "CLOSER"), ("Katrin Albers", GIZ), ("Ayanda Mthembu", NMB))
PLACES_ZA = (("Volkswagen Group Africa", "Kariega"), (DTIC, "Pretoria"),
             ("Algoa Trim Systems", "Gqeberha"), ("Mercedes-Benz South Africa", "East London"),
             ("Ubuntu EV Components", "Kariega"), (ACOD, "Leipzig"), (AMICA, "Casablanca"),
             (ZAP, "Bratislava"), ("CLOSER", "Gothenburg"), ("Saxon Tooling GmbH", "Leipzig"))
GOLD["nelson-mandela-bay-automotive-cluster-board-2024.txt"] = dict(
entities=[
 E(NMB, "cluster", "ZA", "NMBAC"), E("Gqeberha", "place", "ZA"),
 E("Thandiwe Mkhize", "person", "ZA", "Mkhize"), E("Volkswagen Group Africa", "company", "ZA"),
 E("Kariega", "place", "ZA"), E("Pieter Venter", "person", "ZA"),
 E("Eastern Cape Precision Castings", "company", "ZA"),
 E("Sipho Ndlovu", "person", "ZA", "Ndlovu"), E(DTIC, "public_body", "ZA", "the dtic", "dtic"),
 E("Pretoria", "place", "ZA"), E(AIDC, "public_body", "ZA", "AIDC EC"),
 E("Riaan Botha", "person", "ZA"), E("Algoa Trim Systems", "company", "ZA"),
 E("Nomvula Dube", "person", "ZA"), E("Mercedes-Benz South Africa", "company", "ZA"),
 E("East London", "place", "ZA"),
 E("Ashwin Pillay", "person", "ZA"), E("Nelson Mandela University", "university", "ZA"),
 E("Zanele Khumalo", "person", "ZA"), E("Ubuntu EV Components", "company", "ZA"),
 E("Matthias Köhler", "person", "DE", "Köhler"), E(ACOD, "cluster", "DE", "ACOD"),
 E("Leipzig", "place", "DE"),
 E("Nadia El Amrani", "person", "MA", "El Amrani"), E(AMICA, "network", "MA", "AMICA"),
 E("Casablanca", "place", "MA"),
 E("Peter Kováč", "person", "SK"), E(ZAP, "network", "SK", "ZAP SR"), E("Bratislava", "place", "SK"),
 E("Emma Lindgren", "person", "SE"), E("CLOSER", "cluster", "SE"), E("Gothenburg", "place", "SE"),
 E(ASB, "project"), E(GIZ, "public_body", "DE", "GIZ"),
 E("develoPPP", "programme", "DE", "develoPPP programme"),
 E("Saxon Tooling GmbH", "company", "DE"), E("Katrin Albers", "person", "DE"),
 E(AJ, "event", "ZA"), E(IAA, "event", "DE"), E("Hanover", "place", "DE"),
 E(ECAW, "event", "ZA"), E("Nelson Mandela Bay Business Chamber", "public_body", "ZA"),
 E("Ayanda Mthembu", "person", "ZA"),
],
relations=[
 R(NMB, "located_in", "Gqeberha"),
 *[R(p, "works_for", o) for p, o in PEOPLE_ZA],
 *[R(o, "located_in", t) for o, t in PLACES_ZA],
 R(NMB, "partner_of", ACOD),
 R(ASB, "funded_by", GIZ), R(ASB, "funded_by", "develoPPP"), R(NMB, "leads", ASB),
 *[R(o, "consortium_member_of", ASB) for o in (
   NMB, ACOD, "Nelson Mandela University", "Saxon Tooling GmbH")],
 *[R(o, "participated_in", AJ) for o in (NMB, "Algoa Trim Systems", "Ubuntu EV Components")],
 R("Algoa Trim Systems", "member_of", NMB), R("Ubuntu EV Components", "member_of", NMB),
 R(IAA, "located_in", "Hanover"), R(NMB, "participated_in", IAA), R("Sipho Ndlovu", "participated_in", IAA),
 *[R(o, "organized", ECAW) for o in (NMB, AIDC, "Nelson Mandela Bay Business Chamber")],
 R(ECAW, "located_in", "Gqeberha"),
 R("Matthias Köhler", "participated_in", ECAW), R("Nadia El Amrani", "participated_in", ECAW),
])


def check(name, gold):
    """Every relation end is a declared entity, types fit ALLOWED, no duplicates."""
    doc = Path(__file__).resolve().parents[2] / "docs" / Path(__file__).parent.name / name
    assert doc.is_file(), f"missing document {doc}"
    types = {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (name, e)
        assert e["type"] != "place" or e["country"] is not None, (name, "place without country", e)
        types[e["name"]] = e["type"]
    forms = {}
    for e in gold["entities"]:
        for form in [e["name"], *e["aliases"]]:
            key = form.casefold()
            assert forms.get(key, e["name"]) == e["name"], (name, "form used twice", form)
            forms[key] = e["name"]
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert p in ALLOWED, (name, r)
        assert s in types, (name, "unknown subject", r)
        assert o in types, (name, "unknown object", r)
        assert s != o, (name, r)
        subj_ok, obj_ok = ALLOWED[p]
        assert types[s] in subj_ok and types[o] in obj_ok, (name, "types not allowed", r, types[s], types[o])
        key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)
    n_e, n_r = len(gold["entities"]), len(gold["relations"])
    assert 25 <= n_e <= 45, (name, "entities", n_e)
    assert 25 <= n_r <= 50, (name, "relations", n_r)
    text = doc.read_text(encoding="utf-8")
    for e in gold["entities"]:
        assert any(f in text for f in [e["name"], *e["aliases"]]), (name, "name not in text", e["name"])


assert len(GOLD) == 8, len(GOLD)
for name, gold in GOLD.items():
    check(name, gold)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
