"""Hand annotations of the `train-ad` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ad/make_gold_train_ad.py

Theme: event organisers and partnering events (BIO, BIO-Europe Spring, MEDICA, Arab
Health, Hannover Messe, VivaTech, Web Summit, Slush, CES). Rules of the README
("Documents and gold"), written by a separate annotator. Choices kept throughout:
- participation: exhibitors, pavilion organisers, sponsors, speakers, and the
  companies named as having met someone "during the week"/"at the fair" are
  `participated_in` the event; a speaker's organisation is not, unless the text
  says it took part. Planned participations stated as decided are annotated.
- trade associations of companies (CataloniaBio & HealthTech, Biocom California,
  WAB e.V.) and science parks (Tehnopol, Turku Science Park) are `cluster`;
  industry bodies that organise events (Biotechnology Innovation Organization,
  Consumer Technology Association) and Assobiotec are `network`; trade-fair
  companies (Messe Düsseldorf, Deutsche Messe AG, Informa Markets, EBD Group) are
  `company`; regional development / attractiveness agencies are `public_body`.
- "X, the agency/cluster of <region>" gives X `located_in` the region.
- co-hosts of an event are `organized`; a "cooperation agreement", MoU or letter of
  intent between two organisations is `partner_of`.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-ad"

TYPES = {"cluster", "company", "university", "research_org", "network", "public_body",
         "programme", "event", "project", "person", "place"}
ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
ALLOWED = {  # predicate -> (allowed subject types, allowed object types), from DOMAIN.md
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

# --- press release: Biocat / ACCIÓ delegation at BIO 2024, San Diego -------------------
BIO = "BIO International Convention"
ACC = "Agència per la Competitivitat de l'Empresa"
CBH = "CataloniaBio & HealthTech"
MB, NO, GB, ID = "Mediterrània Biologics", "Nostrum Oncology", "Gliacure Bio", "Iberogen Diagnostics"
IRB = "Institute for Research in Biomedicine"
VHIO = "Vall d'Hebron Institute of Oncology"
BCOM = "Biocom California"
CBN = "Catalonia Biotech Night"
BES = "BIO-Europe Spring 2025"
BHB = "Beacon Hill Bioventures"
TPG = "Torrey Pines Genomics"
GOLD["biocat-catalan-delegation-bio-san-diego-2024.md"] = dict(
entities=[
 E("Biocat", "cluster", "ES"), E("Barcelona", "place", "ES"), E("Catalonia", "place", "ES"),
 E(ACC, "public_body", "ES", "ACCIÓ"),
 E(BIO, "event", "US", "BIO 2024", "BIO"), E("San Diego", "place", "US"),
 E("Biotechnology Innovation Organization", "network", "US"),
 E(CBH, "cluster", "ES"),
 E(MB, "company", "ES"), E(NO, "company", "ES"), E(GB, "company", "ES", "Gliacure"),
 E(ID, "company", "ES"),
 E("Sant Cugat del Vallès", "place", "ES"), E("Girona", "place", "ES"), E("Terrassa", "place", "ES"),
 E(IRB, "research_org", "ES", "IRB Barcelona"), E(VHIO, "research_org", "ES", "VHIO"),
 E("University of Barcelona", "university", "ES"),
 E("Heliomab Inc.", "company", "US"), E("Boston", "place", "US"),
 E("Kinrei Pharma", "company", "JP"), E("Osaka", "place", "JP"),
 E(TPG, "company", "US"),
 E("Núria Vilalta", "person", "ES"),
 E("Southern California", "place", "US"), E(BCOM, "cluster", "US"),
 E("Laura Méndez", "person", "US"),
 E("Jordi Puig", "person", "ES"), E("Hiroshi Tanabe", "person", "JP"),
 E("Osaka University", "university", "JP"), E("Marta Soler", "person", "ES"),
 E(CBN, "event", "US"), E("CaixaBank", "company", "ES"), E(BHB, "company", "US"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E(BES, "event", "IT"), E("Milan", "place", "IT"),
],
relations=[
 R("Biocat", "located_in", "Barcelona"),
 R("Biocat", "participated_in", BIO), R(ACC, "participated_in", BIO), R(CBH, "participated_in", BIO),
 R(BIO, "located_in", "San Diego"), R("Biotechnology Innovation Organization", "organized", BIO),
 *[R(c, "participated_in", BIO) for c in (MB, NO, GB, ID, IRB, VHIO, "University of Barcelona")],
 R(MB, "located_in", "Barcelona"), R(NO, "located_in", "Sant Cugat del Vallès"),
 R(GB, "located_in", "Girona"), R(ID, "located_in", "Terrassa"),
 R(MB, "met_with", "Heliomab Inc."), R("Heliomab Inc.", "located_in", "Boston"),
 R("Heliomab Inc.", "participated_in", BIO),
 R(NO, "met_with", "Kinrei Pharma"), R("Kinrei Pharma", "located_in", "Osaka"),
 R("Kinrei Pharma", "participated_in", BIO),
 R(ID, "met_with", TPG), R(ID, "partner_of", TPG), R(TPG, "located_in", "San Diego"),
 R(TPG, "participated_in", BIO),
 R("Núria Vilalta", "works_for", "Biocat"),
 R("Biocat", "partner_of", BCOM), R(BCOM, "located_in", "San Diego"), R(BCOM, "participated_in", BIO),
 R("Laura Méndez", "works_for", BCOM),
 R("Jordi Puig", "works_for", VHIO), R("Jordi Puig", "participated_in", BIO),
 R("Hiroshi Tanabe", "works_for", "Osaka University"), R("Hiroshi Tanabe", "participated_in", BIO),
 R("Marta Soler", "works_for", ACC), R("Marta Soler", "participated_in", BIO),
 R("Biocat", "organized", CBN), R(ACC, "organized", CBN), R("CaixaBank", "participated_in", CBN),
 R(CBN, "located_in", "San Diego"),
 R(BHB, "participated_in", CBN), R(BHB, "located_in", "Boston"),
 R("Biocat", "member_of", "Council of European BioRegions"),
 R("Biocat", "participated_in", BES), R(ACC, "participated_in", BES), R(CBH, "participated_in", BES),
 R(BES, "located_in", "Milan"),
])

# --- organiser's news release: BIO-Europe Spring 2025, Milan ----------------------------
CLSV = "Cluster Lombardo Scienze della Vita"
HT = "Human Technopole"
EIS = "European Innovation Council and SMEs Executive Agency"
ICE = "Italian Trade Agency"
KHIDI = "Korea Health Industry Development Institute"
DB, HB, VB, SS = "Dolomiti Biopharma", "Hanul Bio", "Vistula Biosciences", "Sakura Seiyaku"
LT, BLV, SCH = "Lumenova Therapeutics", "Brera Life Ventures", "Scheldt Therapeutics"
SUS = "Start-Up Slam"
GOLD["bio-europe-spring-milan-partnering-results-2025.html"] = dict(
entities=[
 E(BES, "event", "IT", "BIO-Europe Spring"), E("Milan", "place", "IT"),
 E("EBD Group", "company", "CH"), E("Assobiotec", "network", "IT"),
 E(CLSV, "cluster", "IT", "CLSV"), E("Lombardy", "place", "IT"),
 E("Regione Lombardia", "public_body", "IT"),
 E("Sophie Lindqvist", "person", None, "Lindqvist"),
 E("Chiara Bellandi", "person", "IT"), E("Marco Ferraresi", "person", "IT"),
 E("Elena Rinaldi", "person", "IT"), E("Università degli Studi di Milano", "university", "IT"),
 E(HT, "research_org", "IT"), E("Paolo Sironi", "person", "IT"),
 E("Politecnico di Milano", "university", "IT"), E(EIS, "public_body", None, "EISMEA"),
 E("Horizon Europe", "programme"),
 E(ICE, "public_body", "IT", "ICE"), E("Intesa Sanpaolo", "company", "IT"),
 E(DB, "company", "IT"), E("Trentino", "place", "IT"),
 E("Business France", "public_body", "FR"), E(KHIDI, "public_body", "KR", "KHIDI"),
 E("ACCIÓ", "public_body", "ES"), E(CBH, "cluster", "ES"),
 E("Trento", "place", "IT"), E(HB, "company", "KR"), E("Seoul", "place", "KR"),
 E(VB, "company", "PL"), E("Kraków", "place", "PL"), E(SS, "company", "JP"), E("Tokyo", "place", "JP"),
 E(LT, "company", "IT"), E("University of Pavia", "university", "IT"),
 E(BLV, "company", "IT"), E(SUS, "event", "IT"),
 E("Ghent", "place", "BE"), E(SCH, "company", "BE"),
 E("BIO-Europe 2025", "event", "AT"), E("Vienna", "place", "AT"),
 E("BIO-Europe 2024", "event", "SE"), E("Stockholm", "place", "SE"),
],
relations=[
 R(BES, "located_in", "Milan"),
 R("EBD Group", "organized", BES), R("Assobiotec", "organized", BES), R(CLSV, "organized", BES),
 R("Regione Lombardia", "organized", BES), R(CLSV, "located_in", "Lombardy"),
 R("Sophie Lindqvist", "works_for", "EBD Group"),
 R("Chiara Bellandi", "works_for", "Assobiotec"), R("Chiara Bellandi", "participated_in", BES),
 R("Marco Ferraresi", "works_for", CLSV), R("Marco Ferraresi", "participated_in", BES),
 R("Elena Rinaldi", "works_for", "Università degli Studi di Milano"),
 R("Elena Rinaldi", "participated_in", BES),
 R(HT, "participated_in", BES), R(HT, "located_in", "Milan"),
 R("Paolo Sironi", "works_for", HT), R("Paolo Sironi", "participated_in", BES),
 R("Paolo Sironi", "participated_in", SUS),
 R("Politecnico di Milano", "participated_in", BES), R(EIS, "participated_in", BES),
 R(ICE, "participated_in", BES), R("Intesa Sanpaolo", "participated_in", BES),
 R(DB, "participated_in", BES), R(DB, "located_in", "Trentino"), R(DB, "located_in", "Trento"),
 R("Business France", "participated_in", BES), R(KHIDI, "participated_in", BES),
 R("ACCIÓ", "participated_in", BES), R(CBH, "participated_in", BES),
 R(DB, "met_with", HB), R(HB, "located_in", "Seoul"), R(HB, "participated_in", BES),
 R(VB, "located_in", "Kraków"), R(VB, "met_with", SS), R(SS, "located_in", "Tokyo"),
 R(SS, "participated_in", BES), R(VB, "participated_in", BES),
 R(LT, "participated_in", BES), R(LT, "met_with", BLV), R(BLV, "located_in", "Milan"),
 R(BLV, "participated_in", BES),
 R("EBD Group", "organized", SUS), R(LT, "participated_in", SUS), R(VB, "participated_in", SUS),
 R(SCH, "participated_in", SUS), R(SCH, "located_in", "Ghent"),
 R("EBD Group", "organized", "BIO-Europe 2025"), R("BIO-Europe 2025", "located_in", "Vienna"),
 R("EBD Group", "organized", "BIO-Europe 2024"), R("BIO-Europe 2024", "located_in", "Stockholm"),
])

# --- mission report: Clust-ER Health at MEDICA 2023, Düsseldorf -------------------------
CEH = "Clust-ER Health"
ERR = "Emilia-Romagna Region"
MED = "MEDICA 2023"
ICE2 = "ICE - Italian Trade Agency"
ART = "Attrattività Ricerca Territorio"
BMS, EDS, ORT, RAD = ("Biomedica Mirandolese S.r.l.", "Emilia Dialysis Systems", "Orthosan",
                      "Radiantis Imaging")
TEC = "Tecnopolo di Mirandola"
HBE = "Healthcare Brokerage Event"
EEN = "Enterprise Europe Network"
MV, MM = "Medical Valley EMN", "MedicalMountains"
MCHF = "MEDICA CONNECTED HEALTHCARE FORUM"
UNIMORE = "University of Modena and Reggio Emilia"
IBEC = "Institute for Bioengineering of Catalonia"
GOLD["clust-er-health-medica-duesseldorf-2023.txt"] = dict(
entities=[
 E(CEH, "cluster", "IT"), E(ERR, "place", "IT", "Emilia-Romagna"),
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E("Messe Düsseldorf", "company", "DE"), E("COMPAMED", "event", "DE"),
 E(ICE2, "public_body", "IT"), E(ART, "public_body", "IT", "ART-ER"),
 E(BMS, "company", "IT"), E("Mirandola", "place", "IT"),
 E(EDS, "company", "IT"), E("Medolla", "place", "IT"),
 E(ORT, "company", "IT"), E("Bologna", "place", "IT"),
 E(RAD, "company", "IT"), E("Modena", "place", "IT"),
 E(TEC, "research_org", "IT"),
 E(HBE, "event", "DE"), E(EEN, "network"), E("ZENIT GmbH", "company", "DE"),
 E("North Rhine-Westphalia", "place", "DE"),
 E("Nefro Care B.V.", "company", "NL", "Nefro Care"), E("Utrecht", "place", "NL"),
 E(MV, "cluster", "DE"), E(MM, "cluster", "DE"),
 E("Erlangen", "place", "DE"), E("Tuttlingen", "place", "DE"),
 E("Nuremberg Metropolitan Region", "place", "DE"),
 E("Franziska Hoffmann", "person", "DE"), E("Giulia Montanari", "person", "IT"),
 E("Marco Lanzoni", "person", "IT"),
 E("University of Bologna", "university", "IT", "Alma Mater Studiorum"),
 E(MCHF, "event", "DE"), E("Silvia Ferrari", "person", "IT"),
 E(UNIMORE, "university", "IT", "UNIMORE"),
 E("DIAL-SAFE", "project"), E("Horizon Europe", "programme"),
 E(IBEC, "research_org", "ES", "IBEC"), E("Barcelona", "place", "ES"),
],
relations=[
 R(CEH, "located_in", ERR), R(CEH, "participated_in", MED),
 R(MED, "located_in", "Düsseldorf"), R("Messe Düsseldorf", "organized", MED),
 R("COMPAMED", "located_in", "Düsseldorf"),
 R(ICE2, "participated_in", MED), R(ART, "located_in", ERR),
 *[R(c, "participated_in", MED) for c in (BMS, EDS, ORT, RAD)],
 *[R(c, "member_of", CEH) for c in (BMS, EDS, ORT, RAD)],
 R(BMS, "located_in", "Mirandola"), R(EDS, "located_in", "Medolla"),
 R(ORT, "located_in", "Bologna"), R(RAD, "located_in", "Modena"),
 R(TEC, "participated_in", MED), R(TEC, "located_in", "Mirandola"),
 R(CEH, "participated_in", HBE), R(EEN, "organized", HBE), R("ZENIT GmbH", "organized", HBE),
 R("ZENIT GmbH", "member_of", EEN), R("ZENIT GmbH", "located_in", "North Rhine-Westphalia"),
 R(EDS, "met_with", "Nefro Care B.V."), R("Nefro Care B.V.", "located_in", "Utrecht"),
 R("Nefro Care B.V.", "participated_in", MED),
 R(ORT, "met_with", MV), R(ORT, "met_with", MM),
 R(MV, "located_in", "Erlangen"), R(MM, "located_in", "Tuttlingen"),
 R(MV, "participated_in", MED), R(MM, "participated_in", MED),
 R(CEH, "partner_of", MV), R(MV, "located_in", "Nuremberg Metropolitan Region"),
 R("Franziska Hoffmann", "works_for", MV), R("Giulia Montanari", "works_for", CEH),
 R("Marco Lanzoni", "works_for", "University of Bologna"), R("Marco Lanzoni", "participated_in", MCHF),
 R("Silvia Ferrari", "works_for", UNIMORE), R("Silvia Ferrari", "participated_in", MCHF),
 R("DIAL-SAFE", "funded_by", "Horizon Europe"), R(UNIMORE, "leads", "DIAL-SAFE"),
 *[R(o, "consortium_member_of", "DIAL-SAFE") for o in (UNIMORE, EDS, BMS, IBEC)],
 R(IBEC, "located_in", "Barcelona"),
])

# --- delegation report: Life Science Nord at Arab Health 2024, Dubai --------------------
LSN = "Life Science Nord"
AH = "Arab Health 2024"
GHE = "German Healthcare Export Initiative"
BMWK = "Federal Ministry for Economic Affairs and Climate Action"
NW, ED, TS, HRC = ("Nordwind MedTech GmbH", "Elbe Diagnostics", "Trave Surgical GmbH",
                   "Holstein Respiratory Care")
IMTE = "Fraunhofer Research Institution for Individualized and Cell-Based Medical Engineering"
DSP = "Dubai Science Park"
GMS = "Gulf MedSupply LLC"
DHA = "Dubai Health Authority"
AHK = "German Emirati Joint Council for Industry and Commerce"
GEHD = "German-Emirati Health Dialogue"
MBRU = "Mohammed Bin Rashid University of Medicine and Health Sciences"
ADIO = "Abu Dhabi Investment Office"
ZIM = "Zentrales Innovationsprogramm Mittelstand"
GOLD["life-science-nord-arab-health-delegation-2024.html"] = dict(
entities=[
 E(LSN, "cluster", "DE", "LSN"), E("Hamburg", "place", "DE"), E("Schleswig-Holstein", "place", "DE"),
 E(AH, "event", "AE", "Arab Health"), E("Dubai", "place", "AE"),
 E("Informa Markets", "company", "GB"),
 E(GHE, "network", "DE", "GHE"), E(BMWK, "public_body", "DE", "BMWK"),
 E("Hinrich Albers", "person", "DE"),
 E(NW, "company", "DE", "Nordwind MedTech"), E("Kiel", "place", "DE"),
 E(ED, "company", "DE"), E(TS, "company", "DE"), E("Lübeck", "place", "DE"),
 E(HRC, "company", "DE"), E("Norderstedt", "place", "DE"),
 E(IMTE, "research_org", "DE", "Fraunhofer IMTE"),
 E(DSP, "cluster", "AE"), E("Mariam Al Suwaidi", "person", "AE"),
 E(GMS, "company", "AE"), E("Sharjah", "place", "AE"),
 E("Jan-Philipp Krüger", "person", "DE"),
 E(DHA, "public_body", "AE", "DHA"),
 E("TeleLung", "project"), E("University of Lübeck", "university", "DE"),
 E(ZIM, "programme", "DE", "ZIM"),
 E(AHK, "public_body", "AE", "AHK"), E(GEHD, "event", "AE"),
 E("Katrin Vogel", "person", "DE"), E(MBRU, "university", "AE", "MBRU"),
 E("Abu Dhabi", "place", "AE"), E(ADIO, "public_body", "AE", "ADIO"),
 E("Khalifa University", "university", "AE"),
 E("WHX Dubai", "event", "AE"),
],
relations=[
 R(LSN, "located_in", "Hamburg"), R(LSN, "located_in", "Schleswig-Holstein"),
 R(LSN, "participated_in", AH), R(AH, "located_in", "Dubai"), R("Informa Markets", "organized", AH),
 R(GHE, "participated_in", AH), R(GHE, "funded_by", BMWK),
 R("Hinrich Albers", "works_for", LSN), R("Hinrich Albers", "participated_in", AH),
 *[R(c, "participated_in", AH) for c in (NW, ED, TS, HRC, IMTE)],
 *[R(c, "member_of", LSN) for c in (NW, ED, TS, HRC)],
 R(NW, "located_in", "Kiel"), R(ED, "located_in", "Hamburg"), R(TS, "located_in", "Lübeck"),
 R(HRC, "located_in", "Norderstedt"), R(IMTE, "located_in", "Lübeck"),
 R(LSN, "partner_of", DSP), R(DSP, "participated_in", AH),
 R("Mariam Al Suwaidi", "works_for", DSP),
 R(NW, "met_with", GMS), R(GMS, "located_in", "Sharjah"), R(GMS, "participated_in", AH),
 R("Jan-Philipp Krüger", "works_for", NW),
 R(ED, "met_with", DHA),
 R(HRC, "leads", "TeleLung"), R("TeleLung", "funded_by", ZIM),
 R(HRC, "consortium_member_of", "TeleLung"), R("University of Lübeck", "consortium_member_of", "TeleLung"),
 R(AHK, "organized", GEHD), R(LSN, "organized", GEHD), R(AHK, "located_in", "Dubai"),
 R(GEHD, "located_in", "Dubai"),
 R("Katrin Vogel", "works_for", GHE), R("Katrin Vogel", "participated_in", GEHD),
 R(DHA, "participated_in", GEHD), R(MBRU, "participated_in", GEHD),
 R(LSN, "met_with", ADIO), R(IMTE, "met_with", "Khalifa University"),
 R("Khalifa University", "located_in", "Abu Dhabi"),
 R("WHX Dubai", "located_in", "Dubai"), R(LSN, "participated_in", "WHX Dubai"),
])

# --- member newsletter: Norwegian Offshore Wind at Hannover Messe 2024 -----------------
NOW = "Norwegian Offshore Wind"
HM = "Hannover Messe 2024"
INO = "Innovation Norway"
OHC = "Ocean Hyway Cluster"
EYDE = "Eydeklyngen"
FS, NK, AE_, WO = "Fjordvind Subsea AS", "Nordkabel AS", "Agder Electrolysis AS", "Weserwerk Offshore GmbH"
MIN = "Ministry of Trade, Industry and Fisheries"
WAB = "WAB e.V."
IWES = "Fraunhofer Institute for Wind Energy Systems"
OWL = "it's OWL"
AHKN = "German-Norwegian Chamber of Commerce"
GNED = "German-Norwegian Energy Day"
NSH = "NORDSEE-HUB"
ONS = "Offshore Northern Seas"
GOLD["norwegian-offshore-wind-hannover-messe-2024.md"] = dict(
entities=[
 E(NOW, "cluster", "NO"), E("Bergen", "place", "NO"),
 E(HM, "event", "DE", "Hannover Messe"), E("Hannover", "place", "DE"),
 E("Deutsche Messe AG", "company", "DE"), E(INO, "public_body", "NO"),
 E(OHC, "cluster", "NO"), E(EYDE, "cluster", "NO", "Eyde Cluster"), E("Agder", "place", "NO"),
 E(FS, "company", "NO"), E("Haugesund", "place", "NO"),
 E(NK, "company", "NO"), E("Halden", "place", "NO"),
 E(AE_, "company", "NO"), E("Grimstad", "place", "NO"),
 E("SINTEF", "research_org", "NO"), E("Trondheim", "place", "NO"),
 E("Line Haugland", "person", "NO"), E(MIN, "public_body", "NO"),
 E("Hilde Brekke", "person", "NO"),
 E(WO, "company", "DE"), E("Bremen", "place", "DE"),
 E(WAB, "cluster", "DE"), E("Bremerhaven", "place", "DE"),
 E(IWES, "research_org", "DE", "Fraunhofer IWES"),
 E(OWL, "cluster", "DE"), E("Ostwestfalen-Lippe", "place", "DE"),
 E(AHKN, "public_body", "NO", "AHK Norwegen"), E("Oslo", "place", "NO"),
 E(GNED, "event", "DE", "Energy Day"),
 E("Thomas Wendler", "person", "DE"),
 E(NSH, "project"), E("Interreg North Sea", "programme", None, "Interreg North Sea programme"),
 E("University of Agder", "university", "NO"),
 E("Bielefeld", "place", "DE"),
 E(ONS, "event", "NO"), E("Stavanger", "place", "NO"),
],
relations=[
 R(NOW, "located_in", "Bergen"), R(NOW, "participated_in", HM),
 R(HM, "located_in", "Hannover"), R("Deutsche Messe AG", "organized", HM),
 R(INO, "participated_in", HM),
 R(OHC, "participated_in", HM), R(EYDE, "participated_in", HM), R(EYDE, "located_in", "Agder"),
 R(FS, "participated_in", HM), R(FS, "member_of", NOW), R(FS, "located_in", "Haugesund"),
 R(NK, "participated_in", HM), R(NK, "member_of", NOW), R(NK, "located_in", "Halden"),
 R(AE_, "participated_in", HM), R(AE_, "member_of", EYDE), R(AE_, "located_in", "Grimstad"),
 R("SINTEF", "participated_in", HM), R("SINTEF", "located_in", "Trondheim"),
 R("Line Haugland", "works_for", MIN), R("Line Haugland", "participated_in", HM),
 R("Hilde Brekke", "works_for", NOW), R("Hilde Brekke", "participated_in", HM),
 R(NK, "met_with", WO), R(WO, "located_in", "Bremen"), R(WO, "member_of", WAB),
 R(WO, "participated_in", HM), R(WAB, "located_in", "Bremerhaven"),
 R(FS, "met_with", IWES), R(IWES, "located_in", "Bremerhaven"), R(IWES, "participated_in", HM),
 R(NOW, "partner_of", OWL), R(OWL, "located_in", "Ostwestfalen-Lippe"), R(OWL, "participated_in", HM),
 R(INO, "organized", GNED), R(AHKN, "organized", GNED), R(AHKN, "located_in", "Oslo"),
 R(GNED, "located_in", "Hannover"),
 R(NOW, "participated_in", GNED), R(WAB, "participated_in", GNED),
 R("Thomas Wendler", "works_for", IWES), R("Thomas Wendler", "participated_in", GNED),
 R(NSH, "funded_by", "Interreg North Sea"), R(WAB, "leads", NSH),
 *[R(o, "consortium_member_of", NSH) for o in (NOW, WAB, IWES, "University of Agder")],
 R(ONS, "located_in", "Stavanger"), R(NOW, "participated_in", ONS),
])

# --- newsletter: Montréal InVivo at VivaTech 2024, Paris --------------------------------
MIV = "Montréal InVivo"
GM = "Greater Montréal"
VT = "VivaTech 2024"
GLP = "Groupe Les Echos-Le Parisien"
IQI = "Investissement Québec International"
DGQ = "Délégation générale du Québec à Paris"
NL_, SB, CQ, BN = "NeuroLoop Inc.", "Santé Boréale", "Cliniq AI", "Biosignal Nord"
MILA = "Mila – Quebec Artificial Intelligence Institute"
MED2 = "Medicen Paris Region"
PDJ = "Petit-déjeuner de l'innovation en santé Québec-France"
IAST = "IA-Santé Transatlantique"
FFQCD = "Fonds franco-québécois pour la coopération décentralisée"
UDEM = "Université de Montréal"
MI = "Montréal International"
GOLD["montreal-invivo-vivatech-paris-2024.md"] = dict(
entities=[
 E(MIV, "cluster", "CA"), E(GM, "place", "CA"),
 E(VT, "event", "FR", "VivaTech"), E("Paris", "place", "FR"),
 E("Publicis Groupe", "company", "FR"), E(GLP, "company", "FR"),
 E(IQI, "public_body", "CA", "IQI"), E(DGQ, "public_body", "CA"),
 E(NL_, "company", "CA", "NeuroLoop"), E("Montréal", "place", "CA"),
 E(SB, "company", "CA"), E("Laval", "place", "CA"),
 E(CQ, "company", "CA"), E("Québec City", "place", "CA"),
 E(BN, "company", "CA"), E("Sherbrooke", "place", "CA"),
 E(MILA, "research_org", "CA", "Mila"), E("Sophie Tremblay", "person", "CA"),
 E("Lutèce Santé", "company", "FR"), E("Kardiolab", "company", "FR"), E("Lyon", "place", "FR"),
 E("Bpifrance", "public_body", "FR"),
 E("Isabelle Gagnon", "person", "CA"),
 E(MED2, "cluster", "FR", "Medicen"), E("Île-de-France", "place", "FR"),
 E("Karim Benali", "person", "FR"),
 E(PDJ, "event", "FR"), E("Choose Paris Region", "public_body", "FR"),
 E(UDEM, "university", "CA"), E(MI, "public_body", "CA"),
 E(IAST, "project"), E(FFQCD, "programme", None, "FFQCD"),
 E("BIO 2025", "event", "US"), E("Boston", "place", "US"),
],
relations=[
 R(MIV, "located_in", GM), R(MIV, "participated_in", VT),
 R(VT, "located_in", "Paris"), R("Publicis Groupe", "organized", VT), R(GLP, "organized", VT),
 R(IQI, "participated_in", VT), R(DGQ, "participated_in", VT),
 *[R(c, "participated_in", VT) for c in (NL_, SB, CQ, BN)],
 *[R(c, "member_of", MIV) for c in (NL_, SB, CQ, BN)],
 R(NL_, "located_in", "Montréal"), R(SB, "located_in", "Laval"),
 R(CQ, "located_in", "Québec City"), R(BN, "located_in", "Sherbrooke"),
 R(MILA, "participated_in", VT), R("Sophie Tremblay", "works_for", MILA),
 R("Sophie Tremblay", "participated_in", VT),
 R(NL_, "met_with", "Lutèce Santé"), R("Lutèce Santé", "located_in", "Paris"),
 R("Lutèce Santé", "participated_in", VT),
 R(CQ, "met_with", "Kardiolab"), R("Kardiolab", "located_in", "Lyon"), R("Kardiolab", "participated_in", VT),
 R(BN, "met_with", "Bpifrance"), R("Bpifrance", "participated_in", VT),
 R("Isabelle Gagnon", "works_for", MIV),
 R(MIV, "partner_of", MED2), R(MED2, "located_in", "Île-de-France"), R(MED2, "participated_in", VT),
 R("Karim Benali", "works_for", MED2),
 R(MIV, "organized", PDJ), R(MED2, "organized", PDJ), R(PDJ, "located_in", "Paris"),
 R("Choose Paris Region", "participated_in", PDJ), R("Choose Paris Region", "located_in", "Île-de-France"),
 R(MI, "participated_in", PDJ), R(MI, "located_in", GM),
 R(MIV, "leads", IAST), R(IAST, "funded_by", FFQCD),
 *[R(o, "consortium_member_of", IAST) for o in (MIV, MED2, UDEM)],
 R("BIO 2025", "located_in", "Boston"), R(MIV, "participated_in", "BIO 2025"),
 R(MI, "participated_in", "BIO 2025"),
])

# --- newsletter: Connected Health Cluster at Web Summit and Slush 2023 ------------------
CHC = "Connected Health Cluster"
WS = "Web Summit 2023"
SL = "Slush 2023"
EAS = "Enterprise Estonia"
VH, MT, SO, KC = "Vitalink Health", "Medtaur OÜ", "Somnea", "Kodu Care OÜ"
TALTECH = "Tallinn University of Technology"
HCP = "Health Cluster Portugal"
LUS = "Lusodata Saúde"
HCH = "Health Capital Helsinki"
AV = "Aurora Vitals Oy"
NBB = "Nordic-Baltic Health Tech Breakfast"
TEH = "Tehnopol Science and Business Park"
HBCB = "HealthBridge CB"
ICB = "Interreg Central Baltic"
TSP = "Turku Science Park"
ECHA = "European Connected Health Alliance"
GOLD["connected-health-cluster-web-summit-slush-2023.txt"] = dict(
entities=[
 E(CHC, "cluster", "EE"), E("Tallinn", "place", "EE"),
 E(WS, "event", "PT", "Web Summit"), E("Lisbon", "place", "PT"),
 E(SL, "event", "FI", "Slush"), E("Helsinki", "place", "FI"),
 E(EAS, "public_body", "EE", "EAS"),
 E(VH, "company", "EE"), E(MT, "company", "EE"), E("Tartu", "place", "EE"),
 E(TALTECH, "university", "EE", "TalTech"),
 E("Marko Lepp", "person", "EE"),
 E(HCP, "cluster", "PT", "HCP"), E(LUS, "company", "PT"), E("Porto", "place", "PT"),
 E("Joana Ribeiro", "person", "PT"),
 E(SO, "company", "EE"), E(KC, "company", "EE"), E("Pärnu", "place", "EE"),
 E(AV, "company", "FI"), E("Espoo", "place", "FI"),
 E("University of Tartu", "university", "EE"),
 E(NBB, "event", "FI"), E(HCH, "cluster", "FI"),
 E("Leena Virtanen", "person", "FI"), E("Business Finland", "public_body", "FI"),
 E(TEH, "cluster", "EE", "Tehnopol"), E(HBCB, "project"),
 E(ICB, "programme", None, "Interreg Central Baltic programme"),
 E(TSP, "cluster", "FI"), E("Turku", "place", "FI"),
 E(ECHA, "network", None, "ECHAlliance"),
 E("Latitude59 2024", "event", "EE"), E("Web Summit 2024", "event", "PT"),
 E("Kaidi Tamm", "person", "EE"),
],
relations=[
 R(CHC, "located_in", "Tallinn"),
 R(CHC, "participated_in", WS), R(CHC, "participated_in", SL),
 R(WS, "located_in", "Lisbon"), R(SL, "located_in", "Helsinki"),
 R(EAS, "participated_in", WS),
 R(VH, "participated_in", WS), R(MT, "participated_in", WS),
 R(VH, "member_of", CHC), R(MT, "member_of", CHC),
 R(VH, "located_in", "Tallinn"), R(MT, "located_in", "Tartu"),
 R(TALTECH, "participated_in", WS),
 R("Marko Lepp", "works_for", VH), R("Marko Lepp", "participated_in", WS),
 R(CHC, "met_with", HCP), R(HCP, "participated_in", WS),
 R(VH, "met_with", LUS), R(VH, "partner_of", LUS), R(LUS, "located_in", "Porto"),
 R(LUS, "member_of", HCP), R(LUS, "participated_in", WS),
 R("Joana Ribeiro", "works_for", HCP),
 R(SO, "participated_in", SL), R(KC, "participated_in", SL),
 R(SO, "member_of", CHC), R(KC, "member_of", CHC),
 R(SO, "located_in", "Tartu"), R(KC, "located_in", "Pärnu"),
 R(SO, "met_with", AV), R(AV, "located_in", "Espoo"), R(AV, "participated_in", SL),
 R(CHC, "organized", NBB), R(HCH, "organized", NBB), R(NBB, "located_in", "Helsinki"),
 R(HCH, "located_in", "Helsinki"),
 R("Leena Virtanen", "works_for", HCH), R("Leena Virtanen", "participated_in", NBB),
 R("Business Finland", "participated_in", NBB),
 R(TEH, "located_in", "Tallinn"), R(TEH, "leads", HBCB), R(HBCB, "funded_by", ICB),
 *[R(o, "consortium_member_of", HBCB) for o in (TEH, HCH, TSP, "University of Tartu")],
 R(CHC, "member_of", ECHA),
 R("Latitude59 2024", "located_in", "Tallinn"), R(CHC, "participated_in", "Latitude59 2024"),
 R("Kaidi Tamm", "works_for", CHC),
])

# --- press release: Brainport Development, Dutch pavilion at CES 2025 -------------------
BD = "Brainport Development"
CES = "CES 2025"
CTA = "Consumer Technology Association"
RVO = "Netherlands Enterprise Agency"
IQ = "InnovationQuarter"
LQ, SS2, DA, WR, OX = "Lumiqo", "SensiSkin B.V.", "Delftech Audio", "WaterWise Robotics", "Oxyspark"
TUE = "Eindhoven University of Technology"
TNO = "Netherlands Organisation for Applied Scientific Research"
PD = "PhotonDelta"
NGF = "National Growth Fund"
POC = "Pacific Optics Corp."
HE_ = "Hanbit Electronics"
UNLV = "University of Nevada, Las Vegas"
GOED = "Nevada Governor's Office of Economic Development"
CG = "Consulate General of the Netherlands in San Francisco"
DTR = "Dutch Tech Reception"
GOLD["brainport-dutch-pavilion-ces-las-vegas-2025.html"] = dict(
entities=[
 E(BD, "public_body", "NL"), E("Eindhoven", "place", "NL"),
 E(CES, "event", "US", "CES"), E("Las Vegas", "place", "US"),
 E(CTA, "network", "US", "CTA"),
 E(RVO, "public_body", "NL", "RVO"), E(IQ, "public_body", "NL"), E("South Holland", "place", "NL"),
 E("Oost NL", "public_body", "NL"),
 E("Sanne de Wit", "person", "NL"),
 E(LQ, "company", "NL"), E(SS2, "company", "NL"), E("Enschede", "place", "NL"),
 E(DA, "company", "NL"), E("Delft", "place", "NL"),
 E(WR, "company", "NL"), E("Rotterdam", "place", "NL"),
 E(OX, "company", "NL"), E("Nijmegen", "place", "NL"),
 E(TUE, "university", "NL", "TU/e"), E(TNO, "research_org", "NL", "TNO"),
 E(PD, "network", "NL"), E(NGF, "programme", "NL", "Nationaal Groeifonds"),
 E("Marieke Bos", "person", "NL"),
 E(POC, "company", "US"), E("San Jose", "place", "US"),
 E("Pieter Jansen", "person", "NL"),
 E(HE_, "company", "KR"), E("Suwon", "place", "KR"),
 E(UNLV, "university", "US", "UNLV"), E(GOED, "public_body", "US", "GOED"),
 E(CG, "public_body", "NL"), E(DTR, "event", "US"),
],
relations=[
 R(BD, "located_in", "Eindhoven"), R(BD, "participated_in", CES),
 R(CES, "located_in", "Las Vegas"), R(CTA, "organized", CES),
 R(RVO, "participated_in", CES), R(IQ, "participated_in", CES), R("Oost NL", "participated_in", CES),
 R(IQ, "located_in", "South Holland"),
 R("Sanne de Wit", "works_for", BD), R("Sanne de Wit", "participated_in", CES),
 *[R(c, "participated_in", CES) for c in (LQ, SS2, DA, WR, OX)],
 R(LQ, "located_in", "Eindhoven"), R(SS2, "located_in", "Enschede"), R(DA, "located_in", "Delft"),
 R(WR, "located_in", "Rotterdam"), R(OX, "located_in", "Nijmegen"),
 R(TUE, "participated_in", CES), R(TNO, "participated_in", CES),
 R(PD, "located_in", "Eindhoven"), R(PD, "funded_by", NGF), R(PD, "participated_in", CES),
 R("Marieke Bos", "works_for", TUE), R("Marieke Bos", "participated_in", CES),
 R(LQ, "met_with", POC), R(POC, "located_in", "San Jose"), R(POC, "participated_in", CES),
 R("Pieter Jansen", "works_for", LQ),
 R(SS2, "met_with", HE_), R(HE_, "located_in", "Suwon"), R(HE_, "participated_in", CES),
 R(OX, "met_with", UNLV), R(UNLV, "located_in", "Las Vegas"),
 R(BD, "met_with", GOED),
 R(BD, "organized", DTR), R(CG, "organized", DTR), R(DTR, "located_in", "Las Vegas"),
 R(GOED, "participated_in", DTR),
])


def check():
    for name, gold in GOLD.items():
        doc = DOCS / name
        assert doc.is_file(), f"{name}: document missing"
        text = doc.read_text(encoding="utf-8").lower()
        types, seen_forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{name}: bad type {e}"
            assert e["name"] not in types, f"{name}: duplicate entity {e['name']}"
            types[e["name"]] = e["type"]
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in seen_forms, f"{name}: form {form!r} used by {seen_forms[key]} and {e['name']}"
                seen_forms[key] = e["name"]
                assert key in text, f"{name}: {form!r} not in document"
        rels = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, f"{name}: bad predicate {r}"
            assert s in types and o in types, f"{name}: undeclared end in {r}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, f"{name}: types not allowed in {r}"
            assert s != o, f"{name}: self relation {r}"
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (s, p, o)
            assert key not in rels, f"{name}: duplicate relation {r}"
            rels.add(key)


if __name__ == "__main__":
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))
