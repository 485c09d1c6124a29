"""Hand annotations of the `train-at` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-at/make_gold_train_at.py

Theme: Benelux clusters and agencies, with many multi-party sentences (three or
four signatories of one agreement, consortia listed in one sentence, joint
pavilions). Same rules as the README ("Documents and gold"), written by a
separate annotator. Choices kept throughout this set:

- Top Sector organisations (Health~Holland, Holland High Tech), regional
  development agencies (Oost NL, Brainport Development, POM Limburg, LIOF,
  REWIN), export/innovation agencies (FIT, AWEX, hub.brussels, Luxinnovation,
  RVO, Innoviris, VLAIO) are `public_body`.
- Sector associations and campuses run as clusters (flanders.bio, BioWin,
  MedTech Flanders, lifetech.brussels, House of BioHealth, Brightlands campuses,
  PhotonDelta) are `cluster`.
- Planned participations stated as agreed ("will share a pavilion at ...") are
  annotated like past ones.
- "X, managed by Y" (a cluster run by an agency) has no predicate in DOMAIN.md
  and is not annotated.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-at"

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

# --- annual-report chapter: flanders.bio, international relations -----------------
FB = "flanders.bio"
FIT = "Flanders Investment & Trade"
AWEX = "Agence wallonne à l'Exportation et aux Investissements étrangers"
LTB = "lifetech.brussels"
HUB = "hub.brussels"
BES = "BIO-Europe Spring 2024"
BIO = "BIO International Convention"
MVA = "Medicon Valley Alliance"
HH = "Health~Holland"
LHC = "Luxembourg HealthTech Cluster"
CEBR = "Council of European BioRegions"
CAM = "CEBR Annual Meeting"
K4G = "Knowledge for Growth"
EBL = "EU-BIOLINK"
GOLD["flanders-bio-international-chapter-2024.md"] = dict(
entities=[
 E(FB, "cluster", "BE"), E("Flanders", "place", "BE"),
 E("BioWin", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E(LTB, "cluster", "BE"), E(HUB, "public_body", "BE"),
 E(FIT, "public_body", "BE", "FIT"), E(AWEX, "public_body", "BE", "AWEX"),
 E(BES, "event", "ES", "BIO-Europe Spring"), E("Barcelona", "place", "ES"),
 E("EBD Group", "company"),
 E("Scaldis Therapeutics", "company", "BE"), E("Antwerp", "place", "BE"),
 E("Mosa Diagnostics", "company", "BE"), E("Liège", "place", "BE"),
 E(BIO, "event", "US", "BIO 2024"), E("San Diego", "place", "US"),
 E(MVA, "cluster", "DK", "MVA"), E("Copenhagen", "place", "DK"),
 E("Willem Dhondt", "person", "BE"),
 E(HH, "public_body", "NL", "Top Sector Life Sciences & Health"),
 E(LHC, "cluster", "LU"), E("Luxinnovation", "public_body", "LU"),
 E("Leuven", "place", "BE"),
 E("BIO 2025", "event", "US"), E("Boston", "place", "US"),
 E(CEBR, "network", None, "CEBR"), E(CAM, "event", "FR"), E("Lyon", "place", "FR"),
 E("Annelies Verhaegen", "person", "BE"),
 E(K4G, "event", "BE"), E("Ghent", "place", "BE"),
 E("Koen Maes", "person", "BE"), E("KU Leuven", "university", "BE"),
 E("Oost NL", "public_body", "NL"),
 E(EBL, "project"), E("Single Market Programme", "programme"),
 E("BioM", "cluster", "DE"), E("Biocat", "cluster", "ES"),
],
relations=[
 R(FB, "located_in", "Flanders"), R("BioWin", "located_in", "Wallonia"),
 *[R(o, "participated_in", BES) for o in (FB, "BioWin", LTB, FIT, AWEX, HUB,
                                          "Scaldis Therapeutics", "Mosa Diagnostics")],
 R(BES, "located_in", "Barcelona"), R("EBD Group", "organized", BES),
 R("Scaldis Therapeutics", "located_in", "Antwerp"), R("Mosa Diagnostics", "located_in", "Liège"),
 R("Mosa Diagnostics", "member_of", "BioWin"),
 *[R(o, "participated_in", BIO) for o in (FB, "BioWin", LTB, MVA)],
 R(BIO, "located_in", "San Diego"),
 R(FB, "partner_of", MVA), R(MVA, "located_in", "Copenhagen"),
 R("Willem Dhondt", "works_for", FB),
 R(FB, "partner_of", HH), R(FB, "partner_of", LHC), R(HH, "partner_of", LHC),
 *[R(o, "participated_in", "BIO 2025") for o in (FB, HH, LHC)],
 R("BIO 2025", "located_in", "Boston"),
 R(HH, "member_of", CEBR), R(FB, "member_of", CEBR),
 R(HH, "participated_in", CAM), R(FB, "participated_in", CAM),
 R(CEBR, "organized", CAM), R(CAM, "located_in", "Lyon"),
 R("Annelies Verhaegen", "works_for", FB),
 R(FB, "organized", K4G), R(K4G, "located_in", "Ghent"),
 R("Koen Maes", "works_for", "KU Leuven"), R("Koen Maes", "participated_in", K4G),
 R("Oost NL", "participated_in", K4G), R(HH, "participated_in", K4G),
 R(FB, "leads", EBL), R(EBL, "funded_by", "Single Market Programme"),
 *[R(o, "consortium_member_of", EBL) for o in (FB, "BioWin", MVA, "BioM", "Biocat")],
])

# --- press release: four-region semiconductor talent pact (HTML) -----------------
BD = "Brainport Development"
ONL = "Ontwikkelingsmaatschappij Oost Nederland"
SS = "Silicon Saxony"
MIN = "Minalogic"
SCE = "SEMICON Europa 2023"
T4C = "TALENT4CHIPS"
TUE = "Eindhoven University of Technology"
ESRA = "European Semiconductor Regions Alliance"
RVO = "Netherlands Enterprise Agency"
HHT = "Holland High Tech"
CTS = "Chips Talent Summit"
SIGN4 = (BD, ONL, SS, MIN)
PAV = (("Kempen Photonics BV", "Eindhoven"), ("Twentech Microsystems", "Enschede"),
       ("NanoVeld BV", "Nijmegen"))
GOLD["chip-regions-talent-pact-semicon-europa-2023.html"] = dict(
entities=[
 E(BD, "public_body", "NL"), E("Eindhoven", "place", "NL"),
 E(ONL, "public_body", "NL", "Oost NL"), E("Arnhem", "place", "NL"),
 E(SS, "cluster", "DE"), E("Dresden", "place", "DE"),
 E(MIN, "cluster", "FR"), E("Grenoble", "place", "FR"),
 E(SCE, "event", "DE", "SEMICON Europa"), E("SEMI", "network"), E("Munich", "place", "DE"),
 E("Marieke Janssen", "person", "NL"), E("Katrin Weber", "person", "DE"),
 E(T4C, "project"), E("Erasmus+", "programme"),
 E(TUE, "university", "NL", "TU/e"), E("University of Twente", "university", "NL"),
 E("TU Dresden", "university", "DE"), E("Université Grenoble Alpes", "university", "FR"),
 E(ESRA, "network", None, "ESRA"),
 E("Élodie Marchand", "person", "FR"), E("Saxony", "place", "DE"), E("Brabant", "place", "NL"),
 E("Thijs Oosterveld", "person", "NL"),
 E("Gelderland", "place", "NL"), E("Overijssel", "place", "NL"),
 E(RVO, "public_body", "NL", "Rijksdienst voor Ondernemend Nederland", "RVO"),
 E(HHT, "public_body", "NL"),
 E("Kempen Photonics BV", "company", "NL", "Kempen Photonics"),
 E("Twentech Microsystems", "company", "NL"), E("NanoVeld BV", "company", "NL"),
 E("Enschede", "place", "NL"), E("Nijmegen", "place", "NL"),
 E("Elbe Halbleiter GmbH", "company", "DE"), E("Dauphiné Optronique", "company", "FR"),
 E(CTS, "event", "NL"), E("TNO", "research_org", "NL"),
 E("Auvergne-Rhône-Alpes", "place", "FR"),
],
relations=[
 R(BD, "located_in", "Eindhoven"), R(ONL, "located_in", "Arnhem"),
 R(SS, "located_in", "Dresden"), R(MIN, "located_in", "Grenoble"),
 R(SCE, "located_in", "Munich"), R("SEMI", "organized", SCE),
 *[R(o, "participated_in", SCE) for o in SIGN4],
 *[R(a, "partner_of", b) for i, a in enumerate(SIGN4) for b in SIGN4[i + 1:]],
 R("Marieke Janssen", "works_for", BD), R("Katrin Weber", "works_for", SS),
 R(T4C, "funded_by", "Erasmus+"), R(SS, "leads", T4C),
 *[R(o, "consortium_member_of", T4C) for o in (
   SS, TUE, "University of Twente", "TU Dresden", "Université Grenoble Alpes")],
 *[R(o, "member_of", ESRA) for o in SIGN4],
 R("Élodie Marchand", "works_for", MIN), R("Thijs Oosterveld", "works_for", ONL),
 R(RVO, "participated_in", SCE), R(HHT, "participated_in", SCE),
 *[R(c, "participated_in", SCE) for c, _ in PAV],
 *[R(c, "located_in", t) for c, t in PAV],
 R("Twentech Microsystems", "met_with", "Elbe Halbleiter GmbH"),
 R("Elbe Halbleiter GmbH", "located_in", "Dresden"),
 R("Kempen Photonics BV", "partner_of", "Dauphiné Optronique"),
 R("Dauphiné Optronique", "located_in", "Grenoble"),
 R(BD, "organized", CTS), R(HHT, "organized", CTS), R(CTS, "located_in", "Eindhoven"),
 R("TNO", "participated_in", CTS),
 R(MIN, "located_in", "Auvergne-Rhône-Alpes"),
 R(ONL, "located_in", "Gelderland"), R(ONL, "located_in", "Overijssel"),
])

# --- mission report: Luxinnovation-led Benelux healthtech mission to Boston --------
LTIO = "Luxembourg Trade and Investment Office"
HOB = "House of BioHealth"
LIH = "Luxembourg Institute of Health"
LCSB = "Luxembourg Centre for Systems Biomedicine"
MB = "Massachusetts Biotechnology Council"
MLSC = "Massachusetts Life Sciences Center"
BHN = "Benelux Health Night"
HBPF = "HealthTech Boston Partnering Forum"
MM = "Massachusetts Medical Device Industry Council"
BHD = "BioHealth Day 2025"
STAND = ("Alzette Medical SA", "Moselle Digital Health", "Kirchberg Biosensors",
         "CardioLinq BV", "Sambre Imaging")
GOLD["benelux-healthtech-mission-boston-2024.txt"] = dict(
entities=[
 E("Luxinnovation", "public_body", "LU"),
 E("Boston", "place", "US"), E("Cambridge", "place", "US"), E("Massachusetts", "place", "US"),
 E(LHC, "cluster", "LU"), E(HH, "public_body", "NL"), E("BioWin", "cluster", "BE"),
 E(LTIO, "public_body", "LU", "LTIO"), E("New York", "place", "US"),
 E("Carla Reuter", "person", "LU"),
 E(HOB, "cluster", "LU"), E("Esch-sur-Alzette", "place", "LU"),
 E(LIH, "research_org", "LU", "LIH"), E(LCSB, "research_org", "LU", "LCSB"),
 E("University of Luxembourg", "university", "LU"),
 E("Alzette Medical SA", "company", "LU"), E("Moselle Digital Health", "company", "LU"),
 E("Kirchberg Biosensors", "company", "LU"),
 E("CardioLinq BV", "company", "NL"), E("Utrecht", "place", "NL"),
 E("Leiden Bio Science Park", "cluster", "NL"),
 E("Sambre Imaging", "company", "BE"), E("Namur", "place", "BE"),
 E("Ana Ribeiro-Thill", "person", "LU"),
 E(MB, "cluster", "US", "MassBio"), E("Kendra O'Neil", "person", "US"),
 E(MLSC, "public_body", "US", "MLSC"),
 E("LabCentral", "company", "US"),
 E("Dana-Farber Cancer Institute", "research_org", "US"),
 E("ERA PerMed", "programme"),
 E(BHN, "event", "US"), E("Cambridge Innovation Center", "company", "US", "CIC"),
 E(HBPF, "event", "US"), E(MM, "cluster", "US", "MassMEDIC"),
 E("Charles River Health Ventures", "company", "US"),
 E("Santeon", "company", "NL"),
 E("Longwood Imaging Systems", "company", "US"),
 E(BHD, "event", "LU"),
 E("MEDICA", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Toronto", "place", "CA"),
],
relations=[
 R("Luxinnovation", "partner_of", HH), R("Luxinnovation", "partner_of", "BioWin"),
 R(LTIO, "located_in", "New York"),
 R("Carla Reuter", "works_for", "Luxinnovation"),
 R(HOB, "located_in", "Esch-sur-Alzette"),
 *[R(c, "member_of", LHC) for c in STAND[:3]],
 R("CardioLinq BV", "located_in", "Utrecht"),
 R("Sambre Imaging", "member_of", "BioWin"), R("Sambre Imaging", "located_in", "Namur"),
 R("Ana Ribeiro-Thill", "works_for", LCSB),
 R("Kendra O'Neil", "works_for", MB),
 R(LHC, "partner_of", MB),
 R(HOB, "partner_of", "LabCentral"), R("LabCentral", "located_in", "Cambridge"),
 *[R(o, "met_with", "Dana-Farber Cancer Institute") for o in (LIH, LCSB, "Leiden Bio Science Park")],
 *[R(o, "organized", BHN) for o in ("Luxinnovation", HH, "BioWin", LTIO)],
 R(MB, "organized", HBPF), R(MM, "organized", HBPF),
 *[R(c, "participated_in", HBPF) for c in STAND],
 R("Alzette Medical SA", "met_with", "Charles River Health Ventures"),
 R("Charles River Health Ventures", "located_in", "Boston"),
 R("CardioLinq BV", "partner_of", "Moselle Digital Health"),
 R("Sambre Imaging", "met_with", "Longwood Imaging Systems"),
 R("Longwood Imaging Systems", "located_in", "Cambridge"),
 R(MB, "participated_in", BHD), R(HOB, "organized", BHD), R(BHD, "located_in", "Esch-sur-Alzette"),
 R("MEDICA", "located_in", "Düsseldorf"),
])

# --- consortium kick-off: Interreg Flanders-Netherlands project CROSSMED ----------
MTF = "MedTech Flanders"
IVN = "Interreg Flanders-Netherlands"
PL = "Province of Limburg"
PNB = "Province of North Brabant"
UH = "Hasselt University"
UM = "Maastricht University"
BMHC = "Brightlands Maastricht Health Campus"
POM = "Provinciale Ontwikkelingsmaatschappij Limburg"
REWIN = "REWIN West-Brabant"
HVE = "Health Valley Event 2023"
CM_TABLE = ((MTF, "Leuven"), (UH, "Hasselt"), ("KU Leuven", "Leuven"), (UM, "Maastricht"),
            (BMHC, "Maastricht"), (POM, "Hasselt"), ("LIOF", "Maastricht"), (REWIN, "Breda"),
            (BD, "Eindhoven"))
GOLD["crossmed-interreg-kick-off-2023.md"] = dict(
entities=[
 E("CROSSMED", "project"), E(MTF, "cluster", "BE"), E("Hasselt", "place", "BE"),
 E(IVN, "programme", None, "Interreg Vlaanderen-Nederland"),
 E(PL, "public_body", "BE", "Provincie Limburg"),
 E(PNB, "public_body", "NL", "Provincie Noord-Brabant"),
 E(UH, "university", "BE", "Universiteit Hasselt", "UHasselt"),
 E("KU Leuven", "university", "BE"), E(UM, "university", "NL"),
 E(BMHC, "cluster", "NL"),
 E(POM, "public_body", "BE", "POM Limburg"), E("LIOF", "public_body", "NL"),
 E(REWIN, "public_body", "NL"), E(BD, "public_body", "NL"),
 E("Leuven", "place", "BE"), E("Maastricht", "place", "NL"), E("Breda", "place", "NL"),
 E("Eindhoven", "place", "NL"),
 E("Lieve Claes", "person", "BE"), E("Ruben Jacobs", "person", "BE"),
 E("Bart Lenaerts", "person", "BE"),
 E("MEDTECH-BRIDGE", "project"),
 E("Kempisch Medical", "company", "BE"), E("Geel", "place", "BE"),
 E("Maasland Orthopedics", "company", "NL"), E("Venlo", "place", "NL"),
 E("Scheldewerk Implants", "company", "NL"), E("Bergen op Zoom", "place", "NL"),
 E("Sanne Peeters", "person", "NL"), E("Genk", "place", "BE"),
 E(HVE, "event", "NL"), E("Nijmegen", "place", "NL"),
 E("Health Valley Netherlands", "cluster", "NL"),
 E("MEDICA", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E(FIT, "public_body", "BE"), E(RVO, "public_body", "NL"),
],
relations=[
 R(MTF, "leads", "CROSSMED"),
 R("CROSSMED", "funded_by", IVN), R("CROSSMED", "funded_by", PL), R("CROSSMED", "funded_by", PNB),
 *[R(o, "consortium_member_of", "CROSSMED") for o, _ in CM_TABLE],
 *[R(o, "located_in", c) for o, c in CM_TABLE],
 R("Lieve Claes", "works_for", MTF), R("Ruben Jacobs", "works_for", UH),
 R("Bart Lenaerts", "works_for", PL), R("Sanne Peeters", "works_for", UM),
 R("MEDTECH-BRIDGE", "funded_by", IVN), R("LIOF", "leads", "MEDTECH-BRIDGE"),
 R("LIOF", "consortium_member_of", "MEDTECH-BRIDGE"),
 R("Kempisch Medical", "member_of", MTF), R("Kempisch Medical", "located_in", "Geel"),
 R("Maasland Orthopedics", "located_in", "Venlo"),
 R("Scheldewerk Implants", "located_in", "Bergen op Zoom"),
 R(HVE, "located_in", "Nijmegen"), R("Health Valley Netherlands", "organized", HVE),
 R(MTF, "participated_in", HVE), R("LIOF", "participated_in", HVE),
 R("MEDICA", "located_in", "Düsseldorf"),
 R(FIT, "participated_in", "MEDICA"), R(RVO, "participated_in", "MEDICA"),
])

# --- event news: Belgian pavilion at MEDICA 2024 (HTML) ------------------------------
M24 = "MEDICA 2024"
MHBE = "MEDICA Healthcare Brokerage Event"
EEN = "Enterprise Europe Network"
MVE = "Medical Valley EMN"
EMB = "Embassy of Belgium in Berlin"
AH25 = "Arab Health 2025"
GOLD["belgian-pavilion-medica-2024.html"] = dict(
entities=[
 E(M24, "event", "DE"), E("Düsseldorf", "place", "DE"), E("Messe Düsseldorf", "company", "DE"),
 E(AWEX, "public_body", "BE", "AWEX", "Wallonia Export & Investment Agency"),
 E(FIT, "public_body", "BE"), E(HUB, "public_body", "BE"),
 E("BioWin", "cluster", "BE"), E(MTF, "cluster", "BE"), E(LTB, "cluster", "BE"),
 E("Sylvie Lambert", "person", "BE"),
 E("Wallonia", "place", "BE"), E("Flanders", "place", "BE"), E("Brussels", "place", "BE"),
 E(MHBE, "event", "DE"), E("ZENIT GmbH", "company", "DE"), E("NRW.Europa", "network", "DE"),
 E(EEN, "network", None, "EEN"),
 E("Mosa Diagnostics", "company", "BE"), E("Liège", "place", "BE"),
 E("Rheinmed Vertrieb GmbH", "company", "DE"), E("Köln", "place", "DE"),
 E("Schelde Surgical", "company", "BE"), E("Ghent", "place", "BE"),
 E("Sablon Health", "company", "BE"), E("MEDICA START-UP COMPETITION", "event", "DE"),
 E(MVE, "cluster", "DE"), E("Erlangen", "place", "DE"), E("Franconia", "place", "DE"),
 E("Jörg Hartmann", "person", "DE"), E("Benoît Collard", "person", "BE"),
 E("Horizon Europe", "programme"),
 E("BIO.NRW", "cluster", "DE"), E("North Rhine-Westphalia", "place", "DE"),
 E(EMB, "public_body", "BE"), E("Berlin", "place", "DE"),
 E(AH25, "event", "AE"), E("Dubai", "place", "AE"),
],
relations=[
 R(M24, "located_in", "Düsseldorf"), R("Messe Düsseldorf", "organized", M24),
 *[R(o, "participated_in", M24) for o in (AWEX, FIT, HUB, "BioWin", MTF, LTB)],
 R("Sylvie Lambert", "works_for", AWEX),
 R(MHBE, "located_in", "Düsseldorf"),
 R("ZENIT GmbH", "organized", MHBE), R("NRW.Europa", "organized", MHBE),
 R("ZENIT GmbH", "member_of", EEN), R("NRW.Europa", "member_of", EEN),
 R("Mosa Diagnostics", "participated_in", M24), R("Mosa Diagnostics", "located_in", "Liège"),
 R("Mosa Diagnostics", "member_of", "BioWin"),
 R("Mosa Diagnostics", "partner_of", "Rheinmed Vertrieb GmbH"),
 R("Rheinmed Vertrieb GmbH", "located_in", "Köln"),
 R("Schelde Surgical", "participated_in", M24), R("Schelde Surgical", "located_in", "Ghent"),
 R("Schelde Surgical", "member_of", MTF),
 R("Sablon Health", "participated_in", M24), R("Sablon Health", "located_in", "Brussels"),
 R("Sablon Health", "participated_in", "MEDICA START-UP COMPETITION"),
 R("BioWin", "partner_of", MVE), R(MVE, "located_in", "Erlangen"), R(MVE, "participated_in", M24),
 R("Jörg Hartmann", "works_for", MVE), R("Benoît Collard", "works_for", "BioWin"),
 *[R(o, "met_with", "BIO.NRW") for o in (MTF, LTB, "BioWin")],
 R("BIO.NRW", "participated_in", M24), R("BIO.NRW", "located_in", "North Rhine-Westphalia"),
 R(EMB, "located_in", "Berlin"), R(EMB, "participated_in", M24),
 R(AH25, "located_in", "Dubai"), R(AWEX, "participated_in", AH25), R(FIT, "participated_in", AH25),
])

# --- newsletter: lifetech.brussels (hub.brussels), June 2024 -------------------------
BCR = "Brussels-Capital Region"
VT = "VivaTech 2024"
CPR = "Choose Paris Region"
AMI = "amsterdam inbusiness"
INN = "Innoviris"
BDC = "BRUDATA-CARE"
ULB = "Université libre de Bruxelles"
VUB = "Vrije Universiteit Brussel"
BE24 = "BIO-Europe 2024"
MIV = "Montréal InVivo"
NEW = (("Cerebrix SRL", "Ixelles"), ("Canal Biotech", "Anderlecht"), ("Evere Cell Factory", "Evere"),
       ("Dermalys", "Uccle"), ("Woluwe Medical Robotics", "Woluwe-Saint-Lambert"))
GOLD["lifetech-brussels-newsletter-june-2024.txt"] = dict(
entities=[
 E(LTB, "cluster", "BE"), E(HUB, "public_body", "BE", "Brussels Agency for Business Support"),
 E(BCR, "place", "BE", "Région de Bruxelles-Capitale", "Brussels Hoofdstedelijk Gewest"),
 E("Paris", "place", "FR"), E("Amsterdam", "place", "NL"), E("Brussels", "place", "BE"),
 E("Nadia El Amrani", "person", "BE"),
 E(VT, "event", "FR"), E(CPR, "public_body", "FR"), E(AMI, "public_body", "NL"),
 E("Medicen Paris Region", "cluster", "FR"),
 E("Cerebrix SRL", "company", "BE", "Cerebrix"), E("Ixelles", "place", "BE", "Elsene"),
 E("Canal Biotech", "company", "BE"), E("Anderlecht", "place", "BE"),
 E("Evere Cell Factory", "company", "BE"), E("Evere", "place", "BE"),
 E("Dermalys", "company", "BE"), E("Uccle", "place", "BE", "Ukkel"),
 E("Woluwe Medical Robotics", "company", "BE"), E("Woluwe-Saint-Lambert", "place", "BE"),
 E("BioWin", "cluster", "BE"),
 E(INN, "public_body", "BE", "Brussels Institute for Research and Innovation",
   "Institut bruxellois pour la Recherche et l'Innovation"),
 E(BDC, "project"), E(ULB, "university", "BE", "ULB"), E(VUB, "university", "BE", "VUB"),
 E("Sciensano", "research_org", "BE"), E("Hélène Dubois", "person", "BE"),
 E(BE24, "event", "SE"), E("Stockholm", "place", "SE"), E("EBD Group", "company"),
 E(FB, "cluster", "BE"), E(FIT, "public_body", "BE"), E("AWEX", "public_body", "BE"),
 E("Barcelona", "place", "ES"),
 E("Karolinska Institutet", "university", "SE"), E("SciLifeLab", "research_org", "SE"),
 E(CEBR, "network", None, "CEBR"),
 E(MIV, "cluster", "CA"), E("Québec", "place", "CA"),
 E("Thomas Verbeke", "person", "BE"), E("Toronto", "place", "CA"),
],
relations=[
 R("Nadia El Amrani", "works_for", LTB), R(LTB, "located_in", BCR),
 R(HUB, "partner_of", CPR), R(HUB, "partner_of", AMI), R(CPR, "partner_of", AMI),
 *[R(o, "participated_in", VT) for o in (HUB, CPR, AMI, "Medicen Paris Region", LTB)],
 R(VT, "located_in", "Paris"),
 *[R(c, "member_of", LTB) for c, _ in NEW],
 *[R(c, "located_in", t) for c, t in NEW],
 R("Dermalys", "member_of", "BioWin"), R("Cerebrix SRL", "member_of", "BioWin"),
 R(BDC, "funded_by", INN), R(ULB, "leads", BDC),
 *[R(o, "consortium_member_of", BDC) for o in (ULB, VUB, "Sciensano", "Cerebrix SRL")],
 R("Hélène Dubois", "works_for", ULB), R("Hélène Dubois", "leads", BDC),
 R(BE24, "located_in", "Stockholm"), R("EBD Group", "organized", BE24),
 *[R(o, "participated_in", BE24) for o in (HUB, LTB, FB, "BioWin", FIT, "AWEX")],
 R(LTB, "met_with", "Karolinska Institutet"), R(LTB, "met_with", "SciLifeLab"),
 *[R(o, "member_of", CEBR) for o in (LTB, FB, "BioWin")],
 R(MIV, "met_with", LTB), R(MIV, "located_in", "Québec"),
 R("Thomas Verbeke", "works_for", HUB), R("Thomas Verbeke", "works_for", FIT),
])

# --- mission report: RVO-led Dutch High Tech Mission to Japan -----------------------
MEZK = "Ministry of Economic Affairs and Climate Policy"
DHTM = "Dutch High Tech Mission"
EMBT = "Embassy of the Kingdom of the Netherlands in Tokyo"
CGO = "Consulate-General of the Netherlands in Osaka"
PD = "PhotonDelta"
SJ = "SEMICON Japan 2023"
SEM = "Dutch-Japanese High Tech Seminar"
JETRO = "Japan External Trade Organization"
PETRA = "Photonics Electronics Technology Research Association"
AIST = "National Institute of Advanced Industrial Science and Technology"
KEF = "Kansai Economic Federation"
OIH = "Osaka Innovation Hub"
GPS = "Global Photonics Summit"
VPM = "Veldhoven Precision Motion BV"
DPP = "Delta Photonic Packaging"
SAG = "Sagami Optoelectronics K.K."
GOLD["dutch-high-tech-mission-japan-2023.txt"] = dict(
entities=[
 E(RVO, "public_body", "NL", "Rijksdienst voor Ondernemend Nederland", "RVO"),
 E(MEZK, "public_body", "NL", "Ministerie van Economische Zaken en Klimaat"),
 E("Tokyo", "place", "JP"), E("Osaka", "place", "JP"),
 E(DHTM, "event", "JP"), E("Hanneke Vos", "person", "NL"),
 E(HHT, "public_body", "NL"), E(EMBT, "public_body", "NL"), E(CGO, "public_body", "NL"),
 E(BD, "public_body", "NL"), E(PD, "cluster", "NL"), E("Oost NL", "public_body", "NL"),
 E(SJ, "event", "JP", "SEMICON Japan"), E("SEMI", "network"),
 E(VPM, "company", "NL"), E("Veldhoven", "place", "NL"),
 E("Naniwa Vacuum Co.", "company", "JP"),
 E(DPP, "company", "NL"), E("Enschede", "place", "NL"),
 E(SAG, "company", "JP"), E("Sagamihara", "place", "JP"),
 E(SEM, "event", "JP"), E(JETRO, "public_body", "JP", "JETRO"),
 E(PETRA, "research_org", "JP", "PETRA"), E(AIST, "research_org", "JP", "AIST"),
 E("Jan-Willem Rutten", "person", "NL"), E("Yuki Tanaka", "person", "JP"),
 E("Tsukuba", "place", "JP"), E("Eindhoven", "place", "NL"),
 E("Kansai", "place", "JP", "Kansai region"),
 E(KEF, "network", "JP", "Kankeiren"), E(OIH, "public_body", "JP"),
 E("City of Osaka", "public_body", "JP"),
 E("Ewout de Graaf", "person", "NL"),
 E(GPS, "event", "NL"), E("Rotterdam", "place", "NL"),
 E("SEMICON Taiwan", "event", "TW"),
],
relations=[
 R("Hanneke Vos", "works_for", MEZK),
 *[R(o, "organized", DHTM) for o in (RVO, HHT, EMBT, CGO)],
 *[R(o, "participated_in", DHTM) for o in (BD, PD, "Oost NL", "Hanneke Vos")],
 R(DHTM, "located_in", "Tokyo"), R(DHTM, "located_in", "Osaka"),
 R(EMBT, "located_in", "Tokyo"), R(CGO, "located_in", "Osaka"),
 R(SJ, "located_in", "Tokyo"), R("SEMI", "organized", SJ),
 *[R(o, "participated_in", SJ) for o in (RVO, HHT, BD, PD, "Oost NL", VPM, DPP)],
 R(VPM, "located_in", "Veldhoven"), R(VPM, "partner_of", "Naniwa Vacuum Co."),
 R("Naniwa Vacuum Co.", "located_in", "Osaka"),
 R(DPP, "located_in", "Enschede"), R(DPP, "met_with", SAG), R(SAG, "located_in", "Sagamihara"),
 R(HHT, "organized", SEM), R(JETRO, "organized", SEM), R(SEM, "located_in", "Tokyo"),
 *[R(o, "participated_in", SEM) for o in (PD, PETRA, AIST)],
 R(PD, "partner_of", PETRA), R(PD, "partner_of", AIST), R(PETRA, "partner_of", AIST),
 R("Jan-Willem Rutten", "works_for", PD), R("Yuki Tanaka", "works_for", PETRA),
 R("Ewout de Graaf", "works_for", HHT),
 *[R(a, "met_with", b) for a in (BD, "Oost NL") for b in (KEF, OIH)],
 R(OIH, "located_in", "Osaka"),
 R(PD, "organized", GPS), R(GPS, "located_in", "Eindhoven"),
 R(PETRA, "participated_in", GPS), R(AIST, "participated_in", GPS),
])

# --- press release: Greater Region HealthTech Charter (four signatories) -----------
BVF = "BioValley France"
SAAR = "saarland.innovation&standort e. V."
GRHD = "Greater Region HealthTech Days"
M23 = "MEDICA 2023"
SU = "Saarland University"
HIPS = "Helmholtz Institute for Pharmaceutical Research Saarland"
UDL = "Université de Lorraine"
IGR = "Interreg Greater Region"
LIST = "Luxembourg Institute of Science and Technology"
ULG = "Université de Liège"
CCL = "Chamber of Commerce Luxembourg"
SIG_GR = ("BioWin", LHC, BVF, SAAR)
GOLD["greater-region-healthtech-charter-2022.md"] = dict(
entities=[
 E("BioWin", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E(LHC, "cluster", "LU"), E(BVF, "cluster", "FR"), E("Grand Est", "place", "FR"),
 E(SAAR, "public_body", "DE", "saaris"), E("Saarland", "place", "DE"),
 E(HOB, "cluster", "LU"), E("Esch-sur-Alzette", "place", "LU"),
 E(GRHD, "event", "LU", "HealthTech Days"), E("Luxinnovation", "public_body", "LU"),
 E("Greater Region", "place", None, "Grande Région", "Großregion"),
 E("Lorraine", "place", "FR"), E("Rhineland-Palatinate", "place", "DE"),
 E(M23, "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Liège", "place", "BE"), E("Metz", "place", "FR"), E("Saarbrücken", "place", "DE"),
 E("Luxembourg City", "place", "LU"),
 E("Marie-Claire Hoffmann", "person", "LU"), E("Julien Thiry", "person", "BE"),
 E("Boston", "place", "US"), E("Sabine Köhler", "person", "DE"),
 E(SU, "university", "DE", "Universität des Saarlandes"),
 E(HIPS, "research_org", "DE", "HIPS"),
 E("Pascale Wolff", "person", "FR"), E("Strasbourg", "place", "FR"),
 E(UDL, "university", "FR"),
 E("MEDGRAND", "project"), E(IGR, "programme", None, "Interreg Grande Région"),
 E(LIST, "research_org", "LU", "LIST"), E("University of Luxembourg", "university", "LU"),
 E(ULG, "university", "BE", "ULiège"),
 E(EEN, "network"),
 E("Ourthe Biosystems", "company", "BE"),
 E("SaarCell GmbH", "company", "DE"), E("Homburg", "place", "DE"),
 E(LIH, "research_org", "LU", "LIH"), E("Belval", "place", "LU"),
 E("AWEX", "public_body", "BE"),
 E(CCL, "public_body", "LU", "Chambre de Commerce Luxembourg"),
],
relations=[
 R("BioWin", "located_in", "Wallonia"),
 R(BVF, "located_in", "Grand Est"), R(BVF, "located_in", "Strasbourg"),
 R(SAAR, "located_in", "Saarland"),
 *[R(a, "partner_of", b) for i, a in enumerate(SIG_GR) for b in SIG_GR[i + 1:]],
 *[R(o, "participated_in", GRHD) for o in SIG_GR],
 R(HOB, "organized", GRHD), R("Luxinnovation", "organized", GRHD),
 R(GRHD, "located_in", "Esch-sur-Alzette"), R(HOB, "located_in", "Esch-sur-Alzette"),
 R(M23, "located_in", "Düsseldorf"),
 *[R(o, "participated_in", M23) for o in SIG_GR],
 R("Marie-Claire Hoffmann", "works_for", "Luxinnovation"),
 R("Marie-Claire Hoffmann", "works_for", LHC),
 R("Julien Thiry", "works_for", "BioWin"), R("Sabine Köhler", "works_for", SAAR),
 R(HIPS, "located_in", "Saarbrücken"), R(SU, "located_in", "Saarbrücken"),
 R("Pascale Wolff", "works_for", BVF), R(BVF, "partner_of", UDL),
 R("MEDGRAND", "funded_by", IGR), R(LIST, "leads", "MEDGRAND"),
 *[R(o, "consortium_member_of", "MEDGRAND") for o in (
   LIST, "University of Luxembourg", ULG, UDL, SU, "BioWin")],
 R("Ourthe Biosystems", "located_in", "Liège"), R("Ourthe Biosystems", "member_of", "BioWin"),
 R("Ourthe Biosystems", "participated_in", GRHD),
 R("SaarCell GmbH", "located_in", "Homburg"), R("SaarCell GmbH", "participated_in", GRHD),
 R(LIST, "located_in", "Belval"),
 R("AWEX", "participated_in", GRHD), R(CCL, "participated_in", GRHD),
])

def check():
    """Assert the consistency of every document's gold (see the module docstring)."""
    assert len(GOLD) == 8, len(GOLD)
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"{doc}: document missing"
        text = path.read_text(encoding="utf-8").casefold()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{doc}: bad type {e}"
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), e
            assert e["name"] not in types, f"{doc}: duplicate entity {e['name']}"
            types[e["name"]] = e["type"]
            for form in (e["name"], *e["aliases"]):
                key = form.casefold()
                assert key not in forms, f"{doc}: {form!r} used by {forms[key]!r} and {e['name']!r}"
                forms[key] = e["name"]
                assert key in text, f"{doc}: {form!r} does not occur in the text"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, f"{doc}: bad predicate {r}"
            assert s in types and o in types, f"{doc}: undeclared end in {r}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, f"{doc}: types not allowed in {r}"
            assert s != o, f"{doc}: self relation {r}"
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, f"{doc}: duplicate relation {r}"
            seen.add(key)


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))


if __name__ == "__main__":
    main()
