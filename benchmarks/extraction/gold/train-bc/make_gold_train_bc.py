"""Hand annotations of the `train-bc` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-bc/make_gold_train_bc.py

Theme: annual-report chapters and activity reviews written in the first person plural by
the cluster itself ("we signed", "our delegation", "our members X and Y exhibited"), from
clusters in several sectors and countries: agri-food (Flanders' FOOD, Foodvalley NL),
photonics (OPTITEC, OptoNet), medtech (Basque Health Cluster), cleantech (CLEAN) and
biotech (Life Science Nord, BioMelbourne Network).

Annotation choices made consistently across this set:
- the reporting cluster (named in the title or first paragraph) is the subject of every
  relation whose subject in the text is "we" / "our team" / "our delegation";
- "our members X and Y", "our delegation had N members: ..." and "members on our stand"
  give X `member_of` the reporting cluster; a delegation that is not called members
  ("five companies", "the Dutch participants") gives no `member_of`;
- every organisation or person listed under a heading or sentence naming an event
  (delegation lists, stand lists, table rows) `participated_in` that event, and so does
  the reporting cluster; speakers, keynote givers and people quoted at the signature that
  took place at an event also `participated_in` it;
- signed agreements (MoU, letter of intent, cooperation, distribution or supply
  agreement, an announced pilot) and work done "together with" / "with" another
  organisation (a shared or co-organised pavilion, a co-hosted session, "our partner X")
  give `partner_of`; an agreement signed at an event means both parties were at it;
  being on a stand "set up by" or "coordinated by" an agency gives that agency
  `participated_in` only, no `partner_of`;
- "we met X" and "we visited X" give `met_with`; meeting X during an event also gives X
  `participated_in` that event;
- co-organisers of a named event each get `organized` (no extra `partner_of` between
  them); "the annual event of X" and "X, which organises the event" give X `organized`;
- project coordinators ("we coordinate", "we lead", "led by", "lead partner", a table's
  coordinator column) get both `leads` and `consortium_member_of`; partners get
  `consortium_member_of`; the programme or ministry that funds a project is `funded_by`;
- regional and national associations and federations of companies (Fevia Vlaanderen,
  Photonics France, SPECTARIS, AusBiotech, MassBio, Biocom California, Taiwan BIO,
  Medical Alley Association, Hamamatsu Photonics Industry Association) and science parks
  are `cluster`; European or international associations, platforms, professional
  societies and the Enterprise Europe Network are `network`; agencies, ministries,
  embassies, public funds (Sitra) and public health services (Osakidetza) are
  `public_body`; hospitals, research centres and RTOs are `research_org`;
- `located_in`: an organisation is located in the city given in parentheses, after
  "from", "based in", "headquartered in", or used as its modifier ("a Bilbao start-up",
  "its Cambridge offices", "the Québec optics and photonics cluster"); events are located
  in the city and, when named, the venue (venues are `place`); the reporting cluster is
  located in the region it is "the cluster of" / "the voice of" and in the city of its
  office when the text gives it (a contact line counts); plans stated as agreed (an
  office to open, a cohort to host in a city) are annotated like past facts;
- places are cities, regions and venues; countries, city-states (Singapore), Scotland,
  seas and supra-national regions (the Gulf, the Baltic Sea, the North Sea, the Pacific)
  are not annotated, nor nationality words ("Flemish", "Thuringian") and places that
  only qualify unnamed things ("Massachusetts companies");
- pavilions and stands (Holland Pavilion, German Pavilion, Nordic Pavilion) and unnamed
  sessions are not entities; event names keep the year when the text gives it, the bare
  form is an alias; people are named without titles (Dr., Prof.) and get the country of
  the organisation they work for; a board chair `works_for` the cluster.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-bc"

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

# --- annual report chapter: Flanders' FOOD, international activities --------------------
FF = "Flanders' FOOD"
FIT = "Flanders Investment & Trade"
AN = "Anuga 2023"
FBCD = "Food & Bio Cluster Denmark"
PTM = "Protein Transition Matchmaking Day"
FX = "FOODEX JAPAN 2023"
FER = "FERMENTA"
WUR = "Wageningen University & Research"
GOLD["flanders-food-international-activities-2023.txt"] = dict(
entities=[
 E(FF, "cluster", "BE"), E("Fevia Vlaanderen", "cluster", "BE"),
 E("Lies Verhaegen", "person", "BE"),
 E(AN, "event", "DE", "Anuga"), E("Cologne", "place", "DE"),
 E(FIT, "public_body", "BE", "FIT"),
 E("Brugsa Bakeries", "company", "BE"), E("Roeselare", "place", "BE"),
 E("Kwarts Proteins", "company", "BE"), E("Ghent", "place", "BE"),
 E("Polderveld Foods", "company", "BE"), E("Veurne", "place", "BE"),
 E(FBCD, "cluster", "DK", "FBCD"), E("Aarhus", "place", "DK"),
 E(PTM, "event", "BE"), E("Anne Mølgaard", "person", "DK"),
 E(FX, "event", "JP", "FOODEX JAPAN"), E("Makuhari Messe", "place", "JP"),
 E("Chiba", "place", "JP"),
 E("Zeewier Oostende", "company", "BE"), E("Ostend", "place", "BE"),
 E("JETRO", "public_body", "JP"), E("Tokyo", "place", "JP"), E("Flanders", "place", "BE"),
 E(FER, "project"), E("Horizon Europe", "programme"),
 E(WUR, "university", "NL"), E("AZTI", "research_org", "ES"),
 E("Granaria Sud", "company", "IT"),
 E("EIT Food", "network"), E("Brussels", "place", "BE"),
 E("Pieter Claes", "person", "BE"),
],
relations=[
 R("Fevia Vlaanderen", "partner_of", FF), R("Lies Verhaegen", "works_for", FF),
 R(AN, "located_in", "Cologne"), R(FF, "participated_in", AN), R(FIT, "participated_in", AN),
 R(FF, "partner_of", FIT),
 *[R(c, "participated_in", AN) for c in ("Brugsa Bakeries", "Kwarts Proteins", "Polderveld Foods")],
 *[R(c, "member_of", FF) for c in ("Brugsa Bakeries", "Kwarts Proteins", "Polderveld Foods")],
 R("Brugsa Bakeries", "located_in", "Roeselare"), R("Kwarts Proteins", "located_in", "Ghent"),
 R("Polderveld Foods", "located_in", "Veurne"),
 R(FF, "partner_of", FBCD), R(FBCD, "located_in", "Aarhus"),
 R(FF, "organized", PTM), R(FBCD, "organized", PTM), R(PTM, "located_in", "Ghent"),
 R("Anne Mølgaard", "works_for", FBCD),
 R(FF, "participated_in", FX), R(FX, "located_in", "Makuhari Messe"), R(FX, "located_in", "Chiba"),
 *[R(c, "participated_in", FX) for c in (
   "Brugsa Bakeries", "Zeewier Oostende", "Kwarts Proteins", "Polderveld Foods")],
 R("Zeewier Oostende", "located_in", "Ostend"),
 R(FF, "met_with", "JETRO"), R("JETRO", "located_in", "Tokyo"),
 R(FF, "leads", FER),
 *[R(o, "consortium_member_of", FER) for o in (FF, WUR, "AZTI", "Granaria Sud", FBCD)],
 R(FER, "funded_by", "Horizon Europe"),
 R(FF, "member_of", "EIT Food"), R("Pieter Claes", "works_for", FF),
])

# --- annual report chapter: OPTITEC (photonics, Région Sud), year abroad ----------------
OPT = "OPTITEC"
PW = "SPIE Photonics West 2024"
OT = "Optatec 2024"
PDM = "Photonics Days Montréal"
INO = "Institut national d'optique"
EPIC = "European Photonics Industry Consortium"
LM = "LUX-MED"
ICFO = "ICFO – The Institute of Photonic Sciences"
GOLD["optitec-international-chapter-2024.md"] = dict(
entities=[
 E(OPT, "cluster", "FR"), E("Région Sud", "place", "FR"),
 E("Provence-Alpes-Côte d'Azur", "place", "FR"), E("Occitanie", "place", "FR"),
 E("Aix-en-Provence", "place", "FR", "Aix"), E("Hélène Castagnet", "person", "FR"),
 E("Business France", "public_body", "FR"),
 E(PW, "event", "US", "Photonics West"), E("San Francisco", "place", "US"),
 E(OT, "event", "DE", "Optatec"), E("Frankfurt", "place", "DE"),
 E(PDM, "event", "CA"), E("Montréal", "place", "CA"),
 E("Lumisud Lasers", "company", "FR"), E("Phasea Technologies", "company", "FR"),
 E("Calanque Optics", "company", "FR"), E("Ombrelux Imaging", "company", "FR"),
 E("Marseille", "place", "FR"), E("Sophia Antipolis", "place", "FR"),
 E("Optonique", "cluster", "CA"), E("Québec", "place", "CA"),
 E(INO, "research_org", "CA", "INO"), E("Québec City", "place", "CA"),
 E(EPIC, "network", None, "EPIC"), E("Photonics France", "cluster", "FR"),
 E(LM, "project"), E("Interreg Euro-MED", "programme"),
 E(ICFO, "research_org", "ES", "ICFO"), E("Castelldefels", "place", "ES"),
 E("University of Florence", "university", "IT"),
 E("Aegean Optics", "company", "GR"), E("Patras", "place", "GR"),
 E("Julien Esposito", "person", "FR"),
],
relations=[
 R(OPT, "located_in", "Région Sud"), R(OPT, "located_in", "Marseille"),
 R("Hélène Castagnet", "works_for", OPT), R("Julien Esposito", "works_for", OPT),
 R(OPT, "partner_of", "Business France"),
 R(PW, "located_in", "San Francisco"), R(OT, "located_in", "Frankfurt"),
 R(PDM, "located_in", "Montréal"),
 *[R(OPT, "participated_in", e) for e in (PW, OT, PDM)],
 R("Lumisud Lasers", "participated_in", PW), R("Phasea Technologies", "participated_in", PW),
 R("Phasea Technologies", "participated_in", OT), R("Calanque Optics", "participated_in", OT),
 R("Ombrelux Imaging", "participated_in", PDM),
 *[R(c, "member_of", OPT) for c in (
   "Lumisud Lasers", "Phasea Technologies", "Calanque Optics", "Ombrelux Imaging")],
 R("Lumisud Lasers", "located_in", "Aix-en-Provence"),
 R("Phasea Technologies", "located_in", "Marseille"),
 R("Ombrelux Imaging", "located_in", "Sophia Antipolis"),
 R(OPT, "partner_of", "Optonique"), R("Optonique", "organized", PDM),
 R("Optonique", "located_in", "Québec"),
 R(INO, "located_in", "Québec City"), R("Ombrelux Imaging", "located_in", "Québec City"),
 R(OPT, "member_of", EPIC), R(OPT, "member_of", "Photonics France"),
 R(OPT, "leads", LM),
 *[R(o, "consortium_member_of", LM) for o in (OPT, ICFO, "University of Florence", "Aegean Optics")],
 R(LM, "funded_by", "Interreg Euro-MED"),
 R(ICFO, "located_in", "Castelldefels"), R("Aegean Optics", "located_in", "Patras"),
])

# --- international review: Basque Health Cluster (medtech) -------------------------------
BHC = "Basque Health Cluster"
AH = "Arab Health 2022"
SPRI = "Basque Business Development Agency"
MF = "MedFIT 2022"
MED = "MEDICA 2022"
HCP = "Health Cluster Portugal"
MAA = "Medical Alley Association"
IBT = "IBERMEDTEC"
GOLD["basque-health-cluster-international-review-2022.html"] = dict(
entities=[
 E(BHC, "cluster", "ES", "BHC"), E("Basque Country", "place", "ES"),
 E("Iratxe Etxeberria", "person", "ES"),
 E(AH, "event", "AE", "Arab Health"), E("Dubai", "place", "AE"),
 E(SPRI, "public_body", "ES", "SPRI"),
 E("Lantegi Medikal", "company", "ES"), E("Vitoria-Gasteiz", "place", "ES"),
 E(MF, "event", "FR", "MedFIT"), E("Lille", "place", "FR"),
 E("Bidasoa Imaging", "company", "ES"), E("Irun", "place", "ES"),
 E("Goierri Orthotics", "company", "ES"), E("Beasain", "place", "ES"),
 E("Tecnalia", "research_org", "ES"), E("Eurobiomed", "cluster", "FR"),
 E(MED, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E("Ekhi Digital Health", "company", "ES"), E("Bilbao", "place", "ES"),
 E("Osakidetza", "public_body", "ES"),
 E(HCP, "cluster", "PT", "HCP"), E("Porto", "place", "PT"),
 E(MAA, "cluster", "US"), E("Minneapolis", "place", "US"),
 E("Dana Kowalczyk", "person", "US"),
 E(IBT, "project"), E("Interreg Sudoe", "programme"),
 E("University of Deusto", "university", "ES"),
 E("Mikel Arrieta", "person", "ES"),
],
relations=[
 R(BHC, "located_in", "Basque Country"), R(BHC, "located_in", "Bilbao"),
 R("Iratxe Etxeberria", "works_for", BHC), R("Mikel Arrieta", "works_for", BHC),
 R(AH, "located_in", "Dubai"), R(BHC, "participated_in", AH), R(SPRI, "participated_in", AH),
 R("Lantegi Medikal", "participated_in", AH), R("Lantegi Medikal", "member_of", BHC),
 R("Lantegi Medikal", "located_in", "Vitoria-Gasteiz"),
 R(MF, "located_in", "Lille"), R(BHC, "participated_in", MF),
 *[R(o, "participated_in", MF) for o in ("Bidasoa Imaging", "Goierri Orthotics", "Tecnalia")],
 *[R(o, "member_of", BHC) for o in ("Bidasoa Imaging", "Goierri Orthotics", "Tecnalia")],
 R("Bidasoa Imaging", "located_in", "Irun"), R("Goierri Orthotics", "located_in", "Beasain"),
 R(BHC, "met_with", "Eurobiomed"), R("Eurobiomed", "participated_in", MF),
 R(MED, "located_in", "Düsseldorf"), R(BHC, "participated_in", MED),
 R("Ekhi Digital Health", "participated_in", MED), R("Ekhi Digital Health", "member_of", BHC),
 R("Ekhi Digital Health", "located_in", "Bilbao"),
 R("Ekhi Digital Health", "partner_of", "Osakidetza"),
 R(BHC, "partner_of", HCP), R(HCP, "located_in", "Porto"),
 R(BHC, "partner_of", MAA), R(MAA, "located_in", "Minneapolis"), R(MAA, "participated_in", MED),
 R("Dana Kowalczyk", "works_for", MAA), R("Dana Kowalczyk", "participated_in", MED),
 R(BHC, "leads", IBT),
 *[R(o, "consortium_member_of", IBT) for o in (BHC, HCP, "Eurobiomed", "University of Deusto")],
 R(IBT, "funded_by", "Interreg Sudoe"), R("University of Deusto", "located_in", "Bilbao"),
])

# --- annual report: CLEAN (Danish environmental technology cluster) ---------------------
CL = "CLEAN"
WC = "World Circular Economy Forum 2021"
HM = "Hannover Messe 2021"
TC = "Trade Council"
COP = "UN Climate Change Conference COP26"
MLS = "Mette Lykke Sørensen"
NZTC = "Net Zero Technology Centre"
KEITI = "Korea Environmental Industry & Technology Institute"
WA = "Water Alliance"
BC = "BLUE CIRCLE"
IWA = "International Water Association"
IWC = "IWA Digital World Water Congress"
GOLD["clean-cluster-international-year-2021.txt"] = dict(
entities=[
 E(CL, "cluster", "DK"), E("Glasgow", "place", "GB"),
 E(WC, "event", None, "WCEF2021"), E("Sitra", "public_body", "FI"),
 E("State of Green", "public_body", "DK"),
 E("AquaNord Filtration", "company", "DK"), E("Odense", "place", "DK"),
 E("Vestgas Solutions", "company", "DK"), E("Herning", "place", "DK"),
 E(HM, "event", "DE"), E(TC, "public_body", "DK"),
 E("Ministry of Foreign Affairs of Denmark", "public_body", "DK"),
 E(COP, "event", "GB", "COP26"), E(MLS, "person", "DK"), E("Rasmus Holt", "person", "DK"),
 E("Vindkraft Teknik", "company", "DK"), E("Esbjerg", "place", "DK"),
 E("Technical University of Denmark", "university", "DK", "DTU"),
 E("Scottish Enterprise", "public_body", "GB"),
 E(NZTC, "research_org", "GB"), E("Aberdeen", "place", "GB"),
 E("Hydro Nation Scotland", "programme", "GB"), E("Scottish Government", "public_body", "GB"),
 E(KEITI, "public_body", "KR", "KEITI"), E("Seoul", "place", "KR"),
 E(WA, "cluster", "NL"), E("Leeuwarden", "place", "NL"),
 E(BC, "project"), E("Interreg North Sea Region", "programme"),
 E("Aalborg University", "university", "DK"),
 E("Weser Aqua Technik", "company", "DE"), E("Bremen", "place", "DE"),
 E("VITO", "research_org", "BE"),
 E(IWA, "network", None, "IWA"), E(IWC, "event"),
],
relations=[
 R("Sitra", "organized", WC), R(CL, "participated_in", WC), R("State of Green", "participated_in", WC),
 R(CL, "partner_of", "State of Green"),
 *[R(c, "participated_in", WC) for c in ("AquaNord Filtration", "Vestgas Solutions")],
 *[R(c, "member_of", CL) for c in ("AquaNord Filtration", "Vestgas Solutions")],
 R("AquaNord Filtration", "located_in", "Odense"), R("Vestgas Solutions", "located_in", "Herning"),
 R(CL, "participated_in", HM), R(TC, "participated_in", HM),
 R(COP, "located_in", "Glasgow"), R(CL, "participated_in", COP),
 *[R(o, "participated_in", COP) for o in (
   MLS, "Rasmus Holt", "AquaNord Filtration", "Vindkraft Teknik", "Technical University of Denmark")],
 R(MLS, "works_for", CL), R("Rasmus Holt", "works_for", CL),
 R("Vindkraft Teknik", "located_in", "Esbjerg"),
 R(CL, "partner_of", "Scottish Enterprise"), R("Scottish Enterprise", "participated_in", COP),
 R(CL, "met_with", NZTC), R(NZTC, "participated_in", COP), R(NZTC, "located_in", "Aberdeen"),
 R(CL, "partner_of", KEITI), R(KEITI, "located_in", "Seoul"),
 R(CL, "partner_of", WA), R(WA, "located_in", "Leeuwarden"),
 R(WA, "leads", BC),
 *[R(o, "consortium_member_of", BC) for o in (
   WA, CL, "Aalborg University", "Weser Aqua Technik", "VITO")],
 R(BC, "funded_by", "Interreg North Sea Region"), R("Weser Aqua Technik", "located_in", "Bremen"),
 R(CL, "member_of", IWA), R(IWA, "organized", IWC), R(CL, "participated_in", IWC),
])

# --- year in review: Life Science Nord (Hamburg / Schleswig-Holstein) --------------------
LSN = "Life Science Nord"
BES = "BIO-Europe Spring 2023"
BIO = "BIO International Convention"
MB = "Massachusetts Biotechnology Council"
NLS = "Nordic Life Science Days"
MVA = "Medicon Valley Alliance"
CEBR = "Council of European BioRegions"
BM = "BIOMAP Baltic"
AMR = "AMR-Nord"
BMBF = "Federal Ministry of Education and Research"
UKSH = "Universitätsklinikum Schleswig-Holstein"
GOLD["life-science-nord-year-in-review-2023.md"] = dict(
entities=[
 E(LSN, "cluster", "DE"), E("Hamburg", "place", "DE"), E("Schleswig-Holstein", "place", "DE"),
 E(BES, "event", "CH", "BIO-Europe Spring"), E("Basel", "place", "CH"),
 E("Elbe Biologics", "company", "DE"), E("Holstentor Diagnostics", "company", "DE"),
 E("Lübeck", "place", "DE"), E("Förde Therapeutics", "company", "DE"), E("Kiel", "place", "DE"),
 E("Nordmark Bioscience", "company", "DE"), E("University of Lübeck", "university", "DE"),
 E(BIO, "event", "US", "BIO"), E("Boston", "place", "US"),
 E("Jana Ellerbrock", "person", "DE"),
 E(MB, "cluster", "US", "MassBio"), E("Cambridge", "place", "US"),
 E(NLS, "event", "SE", "NLSDays"), E("Malmö", "place", "SE"),
 E(MVA, "cluster", "DK", "MVA"),
 E(CEBR, "network", None, "CEBR"), E("ScanBalt", "network"),
 E(BM, "project"), E("Interreg Baltic Sea Region", "programme"),
 E(AMR, "project", "DE"), E(BMBF, "public_body", "DE", "BMBF"),
 E("Lithuanian Biotechnology Association", "cluster", "LT"),
 E("Tartu Biotechnology Park", "cluster", "EE"),
 E(UKSH, "research_org", "DE", "UKSH"),
],
relations=[
 R(LSN, "located_in", "Hamburg"), R(LSN, "located_in", "Schleswig-Holstein"),
 R(BES, "located_in", "Basel"), R(LSN, "participated_in", BES),
 *[R(o, "participated_in", BES) for o in (
   "Elbe Biologics", "Holstentor Diagnostics", "Förde Therapeutics", "Nordmark Bioscience",
   "University of Lübeck")],
 *[R(o, "member_of", LSN) for o in (
   "Elbe Biologics", "Holstentor Diagnostics", "Förde Therapeutics", "Nordmark Bioscience",
   "University of Lübeck")],
 R("Elbe Biologics", "located_in", "Hamburg"), R("Holstentor Diagnostics", "located_in", "Lübeck"),
 R("Förde Therapeutics", "located_in", "Kiel"), R("Nordmark Bioscience", "located_in", "Hamburg"),
 R(BIO, "located_in", "Boston"), R(LSN, "participated_in", BIO),
 R("Jana Ellerbrock", "works_for", LSN),
 R(LSN, "met_with", MB), R(LSN, "partner_of", MB), R(MB, "participated_in", BIO),
 R(MB, "located_in", "Cambridge"),
 R(NLS, "located_in", "Malmö"), R(LSN, "participated_in", NLS), R(MVA, "participated_in", NLS),
 R(LSN, "partner_of", MVA),
 R(LSN, "member_of", CEBR), R(LSN, "member_of", "ScanBalt"),
 R("ScanBalt", "leads", BM),
 *[R(o, "consortium_member_of", BM) for o in (
   "ScanBalt", LSN, "Lithuanian Biotechnology Association", "Tartu Biotechnology Park")],
 R(BM, "funded_by", "Interreg Baltic Sea Region"),
 R(LSN, "leads", AMR), R(LSN, "consortium_member_of", AMR), R(UKSH, "consortium_member_of", AMR),
 R(AMR, "funded_by", BMBF),
])

# --- annual report chapter: Foodvalley NL (Wageningen), international activities ----------
FV = "Foodvalley NL"
GF = "Gulfood 2024"
RVO = "Netherlands Enterprise Agency"
IF = "IFT FIRST 2024"
IFT = "Institute of Food Technologists"
PIC = "Protein Industries Canada"
AFS = "Asia-Pacific Agri-Food Innovation Summit"
PWY = "PROTEIN-WAYS"
GOLD["foodvalley-nl-international-activities-2024.html"] = dict(
entities=[
 E(FV, "cluster", "NL"), E("Wageningen", "place", "NL"),
 E(GF, "event", "AE", "Gulfood"), E("Dubai World Trade Centre", "place", "AE"),
 E("Dubai", "place", "AE"), E(RVO, "public_body", "NL", "RVO"),
 E("Betuwe Fruit Ingredients", "company", "NL"), E("Tiel", "place", "NL"),
 E("Krekel & Co", "company", "NL"), E("Ede", "place", "NL"),
 E(IF, "event", "US", "IFT FIRST"), E(IFT, "network", "US", "IFT"), E("Chicago", "place", "US"),
 E("Proteos Bio", "company", "NL"), E("Groningen", "place", "NL"),
 E("NIZO", "research_org", "NL"),
 E(PIC, "cluster", "CA"), E("Regina", "place", "CA"), E("Rianne de Boer", "person", "NL"),
 E(AFS, "event", "SG"), E("Enterprise Singapore", "public_body", "SG"),
 E("GreenLeaf Proteins", "company", "SG"),
 E(PWY, "project"), E("Horizon Europe", "programme"),
 E("Wageningen University & Research", "university", "NL"),
 E("Vitagora", "cluster", "FR"), E("Dijon", "place", "FR"),
 E("EIT Food", "network"), E("Global Foodtech Cluster Alliance", "network", None, "GFCA"),
],
relations=[
 R(FV, "located_in", "Wageningen"),
 R(GF, "located_in", "Dubai World Trade Centre"), R(GF, "located_in", "Dubai"),
 R(FV, "participated_in", GF), R(RVO, "participated_in", GF), R(FV, "partner_of", RVO),
 *[R(c, "participated_in", GF) for c in ("Betuwe Fruit Ingredients", "Krekel & Co")],
 *[R(c, "member_of", FV) for c in ("Betuwe Fruit Ingredients", "Krekel & Co", "Proteos Bio")],
 R("Betuwe Fruit Ingredients", "located_in", "Tiel"), R("Krekel & Co", "located_in", "Ede"),
 R(IFT, "organized", IF), R(IF, "located_in", "Chicago"), R(FV, "participated_in", IF),
 *[R(o, "participated_in", IF) for o in (
   "Betuwe Fruit Ingredients", "Krekel & Co", "Proteos Bio", "NIZO")],
 R("Proteos Bio", "located_in", "Groningen"), R("NIZO", "located_in", "Ede"),
 R(FV, "partner_of", PIC), R(PIC, "participated_in", IF), R(PIC, "located_in", "Regina"),
 R("Rianne de Boer", "works_for", FV),
 R(FV, "participated_in", AFS), R("Enterprise Singapore", "participated_in", AFS),
 R(FV, "partner_of", "Enterprise Singapore"), R("Proteos Bio", "participated_in", AFS),
 R("Proteos Bio", "partner_of", "GreenLeaf Proteins"),
 R(FV, "leads", PWY),
 *[R(o, "consortium_member_of", PWY) for o in (FV, "Wageningen University & Research", "Vitagora")],
 R(PWY, "funded_by", "Horizon Europe"), R("Vitagora", "located_in", "Dijon"),
 R(FV, "member_of", "EIT Food"), R(FV, "member_of", "Global Foodtech Cluster Alliance"),
])

# --- activity report: OptoNet e.V. (photonics network of Thuringia) ---------------------
ON = "OptoNet e.V."
SPW = "SPIE Photonics West"
LW = "LASER World of PHOTONICS"
LEG = "Thuringian Agency for Economic Development"
TLS = "Thuringia Laser Systems"
IOF = "Fraunhofer Institute for Applied Optics and Precision Engineering"
JPD = "Jena Photonics Partnering Day"
EENT = "Enterprise Europe Network Thuringia"
FSU = "Friedrich Schiller University Jena"
PB = "Photonics Bretagne"
HPIA = "Hamamatsu Photonics Industry Association"
IPC = "InnoPhot CE"
CTU = "Czech Technical University in Prague"
WUST = "Wrocław University of Science and Technology"
GOLD["optonet-photonics-activity-report-2022.txt"] = dict(
entities=[
 E(ON, "cluster", "DE", "OptoNet"), E("Thuringia", "place", "DE"), E("Jena", "place", "DE"),
 E("Ilmenau", "place", "DE"),
 E(SPW, "event", "US", "Photonics West"), E("San Francisco", "place", "US"),
 E("Saaleoptik GmbH", "company", "DE"), E("Lichtwerk Ilmenau", "company", "DE"),
 E(LW, "event", "DE"), E("Munich", "place", "DE"),
 E(LEG, "public_body", "DE", "LEG Thüringen"),
 E(TLS, "company", "DE"), E("Erfurt", "place", "DE"),
 E("Kahla Coatings GmbH", "company", "DE"), E(IOF, "research_org", "DE", "Fraunhofer IOF"),
 E(JPD, "event", "DE", "Partnering Day"), E("Volkshaus", "place", "DE"),
 E(EENT, "network", "DE"),
 E("Ulrike Brandes", "person", "DE"), E(FSU, "university", "DE"),
 E(PB, "cluster", "FR"), E("Lannion", "place", "FR"),
 E("Gwenaëlle Le Goff", "person", "FR"),
 E("Hamamatsu", "place", "JP"), E(HPIA, "cluster", "JP"),
 E(IPC, "project"), E("Interreg Central Europe", "programme"),
 E("Photonics Austria", "cluster", "AT"), E(WUST, "university", "PL"),
 E(CTU, "university", "CZ"),
 E(EPIC, "network", None, "EPIC"), E("SPECTARIS", "cluster", "DE"),
 E("Stefan Lindner", "person", "DE"),
],
relations=[
 R(ON, "located_in", "Thuringia"), R(ON, "located_in", "Jena"),
 R(SPW, "located_in", "San Francisco"), R(ON, "participated_in", SPW),
 *[R(c, "participated_in", SPW) for c in ("Saaleoptik GmbH", "Lichtwerk Ilmenau")],
 *[R(c, "member_of", ON) for c in ("Saaleoptik GmbH", "Lichtwerk Ilmenau")],
 R(LW, "located_in", "Munich"), R(ON, "participated_in", LW), R(LEG, "participated_in", LW),
 R(ON, "partner_of", LEG),
 *[R(o, "participated_in", LW) for o in ("Saaleoptik GmbH", TLS, "Kahla Coatings GmbH", IOF)],
 R("Saaleoptik GmbH", "located_in", "Jena"), R(TLS, "located_in", "Erfurt"),
 R(ON, "organized", JPD), R(EENT, "organized", JPD),
 R(JPD, "located_in", "Volkshaus"), R(JPD, "located_in", "Jena"),
 R("Ulrike Brandes", "participated_in", JPD), R("Ulrike Brandes", "works_for", ON),
 R("Ulrike Brandes", "works_for", FSU),
 R(PB, "participated_in", JPD), R(PB, "located_in", "Lannion"),
 R(ON, "partner_of", PB), R("Gwenaëlle Le Goff", "works_for", PB),
 R(ON, "met_with", HPIA), R(ON, "partner_of", HPIA), R(HPIA, "located_in", "Hamamatsu"),
 R(ON, "leads", IPC),
 *[R(o, "consortium_member_of", IPC) for o in (ON, "Photonics Austria", WUST, CTU)],
 R(IPC, "funded_by", "Interreg Central Europe"),
 R(ON, "member_of", EPIC), R(ON, "member_of", "SPECTARIS"), R("Stefan Lindner", "works_for", ON),
])

# --- annual report: BioMelbourne Network (Victoria, Australia) ---------------------------
BMN = "BioMelbourne Network"
BIO22 = "BIO International Convention"
GV = "Global Victoria"
WEHI = "Walter and Eliza Hall Institute of Medical Research"
BCA = "Biocom California"
BAT = "BIO Asia–Taiwan 2022"
TBIO = "Taiwan Bio Industry Organization"
AB22 = "AusBiotech 2022"
ANZ = "ANZ Biotech Bridge"
MRFF = "Medical Research Future Fund"
GOLD["biomelbourne-network-international-year-2022.md"] = dict(
entities=[
 E(BMN, "cluster", "AU"), E("Victoria", "place", "AU"), E("CSL", "company", "AU"),
 E("Monash University", "university", "AU"), E("University of Melbourne", "university", "AU"),
 E("Melbourne", "place", "AU"),
 E(BIO22, "event", "US", "BIO 2022"), E("San Diego", "place", "US"),
 E("Austrade", "public_body", "AU"), E(GV, "public_body", "AU"),
 E("Yarra Therapeutics", "company", "AU"), E("Parkville", "place", "AU"),
 E("Southbank Genomics", "company", "AU"),
 E("Gippsland BioSolutions", "company", "AU"), E("Morwell", "place", "AU"),
 E(WEHI, "research_org", "AU", "WEHI"),
 E(BCA, "cluster", "US"), E("California", "place", "US"),
 E("Claire Hoang", "person", "AU"),
 E(BAT, "event", "TW", "BIO Asia–Taiwan"), E("Taipei", "place", "TW"),
 E(TBIO, "cluster", "TW", "Taiwan BIO"),
 E(AB22, "event", "AU"), E("Brisbane", "place", "AU"), E("AusBiotech", "cluster", "AU"),
 E(ANZ, "project"), E("BioPacific Partners", "company", "NZ"), E("Auckland", "place", "NZ"),
 E(MRFF, "programme", "AU", "MRFF"),
 E("Ethan Walsh", "person", "AU"),
],
relations=[
 R("CSL", "member_of", BMN), R(BMN, "located_in", "Victoria"),
 R(BIO22, "located_in", "San Diego"),
 *[R(o, "participated_in", BIO22) for o in (BMN, "Austrade", GV)],
 R(BMN, "partner_of", "Austrade"), R(BMN, "partner_of", GV),
 *[R(o, "participated_in", BIO22) for o in (
   "Yarra Therapeutics", "Southbank Genomics", "Gippsland BioSolutions", WEHI)],
 *[R(o, "member_of", BMN) for o in (
   "Yarra Therapeutics", "Southbank Genomics", "Gippsland BioSolutions", WEHI)],
 R("Yarra Therapeutics", "located_in", "Parkville"),
 R("Southbank Genomics", "located_in", "Melbourne"),
 R("Gippsland BioSolutions", "located_in", "Morwell"),
 R(BMN, "partner_of", BCA), R(BCA, "participated_in", BIO22), R(BCA, "located_in", "California"),
 R(BCA, "located_in", "San Diego"),
 R("Claire Hoang", "works_for", BMN), R("Claire Hoang", "participated_in", BIO22),
 R(BAT, "located_in", "Taipei"), R(BMN, "participated_in", BAT), R(TBIO, "organized", BAT),
 R(BMN, "met_with", TBIO), R("Southbank Genomics", "participated_in", BAT),
 R(AB22, "located_in", "Brisbane"), R("AusBiotech", "organized", AB22),
 R(BMN, "partner_of", "AusBiotech"), R(BMN, "participated_in", AB22),
 R("Gippsland BioSolutions", "participated_in", AB22), R("Monash University", "participated_in", AB22),
 R("BioPacific Partners", "leads", ANZ),
 *[R(o, "consortium_member_of", ANZ) for o in ("BioPacific Partners", BMN, BCA)],
 R("BioPacific Partners", "located_in", "Auckland"), R(ANZ, "funded_by", MRFF),
 R(BMN, "member_of", "AusBiotech"), R("Ethan Walsh", "works_for", BMN),
])


def check():
    """Assert the gold is well formed and consistent with the documents."""
    for name, gold in GOLD.items():
        path = DOCS / name
        assert path.is_file(), f"{name}: document missing"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{name}: bad type {e}"
            assert e["name"] not in types, f"{name}: duplicate entity {e['name']}"
            types[e["name"]] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), e
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, f"{name}: {form!r} used by {forms[key]!r} and {e['name']!r}"
                forms[key] = e["name"]
                assert key in text, f"{name}: {form!r} does not occur in the document"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, f"{name}: unknown predicate {p}"
            assert s in types, f"{name}: undeclared subject {s!r}"
            assert o in types, f"{name}: undeclared object {o!r}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, f"{name}: {s} ({types[s]}) cannot be subject of {p}"
            assert types[o] in obj_ok, f"{name}: {o} ({types[o]}) cannot be object of {p}"
            assert s != o, f"{name}: self relation {r}"
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, f"{name}: duplicate relation {r}"
            seen.add(key)
    assert len(GOLD) == len(list(DOCS.iterdir())), "a document has no gold"


if __name__ == "__main__":
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(HERE.parent.parent.parent.parent), len(gold["entities"]),
              len(gold["relations"]))
