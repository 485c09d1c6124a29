"""Hand annotations of the `train-bd` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-bd/make_gold_train_bd.py

Theme: delegation and trade-mission reports (a national agency or a cluster takes a
delegation of named member companies to a foreign fair or country: participant lists,
B2B meetings, site visits, MoUs signed on site).

Annotation choices made consistently across this set:
- trade and investment agencies, embassies, consulates, chambers of commerce, ministries
  and regional governments are `public_body`; industry and employers' associations of
  companies (Healthtech Finland, Farmindustria, PZPPF, KoBIA, the Biotechnology
  Innovation Organization) are `cluster`, as are cluster organisations, science parks,
  incubators and innovation campuses; the Enterprise Europe Network is a `network`;
  hospitals and research institutes are `research_org`; fair organisers are `company`;
- every organisation or person listed in a delegation, pavilion or stand list under the
  sentence naming the event `participated_in` that event; the agencies and clusters that
  lead or run the delegation or pavilion also `participated_in` it; an organiser of an
  event gets `organized` only (not also `participated_in`);
- a B2B meeting or a signature (MoU, LOI, distribution agreement) stated to take place at
  an event gives `participated_in` of both sides, plus `met_with` (meeting) or
  `partner_of` (signed agreement); an MoU signed during a site visit gives `partner_of`
  only;
- "X prepared the mission together with Y" gives `partner_of`; a start-up incubated by a
  cluster or incubator is `member_of` it;
- a site visit by "the delegation" gives `met_with` between the visited organisation and
  the organisation the text names as leading the delegation or that visit (the
  organisation of the person who led it); not every delegation member;
- a person `participated_in` an event when the text puts them there (signed on the stand,
  opened it, ran the stand, led the delegation at it, quoted about "here"/"at" it); people
  with a title get `works_for`; the surname alone is an alias when the text uses it;
- a company is `located_in` its home city when a list or table column or the same
  sentence gives it ("a Riyadh-based distributor", "the city's incubator"); offices of an
  agency abroad do not make the agency `located_in` that city, but an embassy or
  consulate named "... in <city>" is;
- events are `located_in` their venue (as a `place`) and city when the text says where
  they were held; future participations stated as planned are annotated like past ones;
- projects: the organisation that leads a project gets `leads` and `consortium_member_of`;
  a project "financed through" a programme or ministry is `funded_by` it;
- countries, continents, nationality words and descriptive regions ("northern
  Portugal", "the Gulf") are not annotated; stands and pavilions are not entities.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-bd"

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

# --- mission report: Biocat and ACCIÓ, Catalan delegation at BIO 2023 (Boston) -------
ACC = "Catalonia Trade & Investment"
BIO23 = "BIO International Convention 2023"
BIOORG = "Biotechnology Innovation Organization"
BCEC = "Boston Convention and Exhibition Center"
MB = "Massachusetts Biotechnology Council"
REC = "Catalonia Life Sciences Reception"
BES24 = "BIO-Europe Spring 2024"
CAT_EXH = ("Nuvia Therapeutics", "Aleph Cell Biologics", "Montseny Diagnostics", "Corvia Pharma",
           "Lumina Oncology", "Pirinaica Genomics", "Deltabio Solutions", "Ebrotec Medical")
GOLD["biocat-bio-boston-catalan-delegation-2023.txt"] = dict(
entities=[
 E("Biocat", "cluster", "ES"), E("Catalonia", "place", "ES"),
 E(ACC, "public_body", "ES", "ACCIÓ"),
 E(BIO23, "event", "US", "BIO 2023"), E(BIOORG, "cluster", "US"),
 E(BCEC, "place", "US"), E("Boston", "place", "US"),
 *[E(c, "company", "ES") for c in CAT_EXH],
 E("Barcelona", "place", "ES"), E("Sant Cugat del Vallès", "place", "ES"),
 E("Girona", "place", "ES"), E("Badalona", "place", "ES"),
 E("Harborline Bio", "company", "US"), E("Waltham", "place", "US"),
 E("Quincy Point Capital", "company", "US"),
 E("Marta Vilanova", "person", "ES", "Vilanova"), E("Laia Ferrer", "person", "ES"),
 E(MB, "cluster", "US", "MassBio"), E("Massachusetts", "place", "US"),
 E("Joseph Kwan", "person", "US"),
 E("Cambridge", "place", "US"), E("Kendall Square", "place", "US"),
 E("LabCentral", "cluster", "US"),
 E("Jordi Puig", "person", "ES"),
 E("Spain-US Chamber of Commerce", "public_body", "US"),
 E(REC, "event", "US"), E("Seaport District", "place", "US"),
 E(BES24, "event", "ES"),
],
relations=[
 R("Biocat", "participated_in", BIO23), R(ACC, "participated_in", BIO23),
 R(BIOORG, "organized", BIO23), R(BIO23, "located_in", BCEC), R(BIO23, "located_in", "Boston"),
 *[R(c, "participated_in", BIO23) for c in CAT_EXH],
 R("Nuvia Therapeutics", "located_in", "Barcelona"),
 R("Aleph Cell Biologics", "located_in", "Sant Cugat del Vallès"),
 R("Montseny Diagnostics", "located_in", "Girona"), R("Corvia Pharma", "located_in", "Badalona"),
 R("Aleph Cell Biologics", "met_with", "Harborline Bio"), R("Harborline Bio", "located_in", "Waltham"),
 R("Montseny Diagnostics", "met_with", "Quincy Point Capital"),
 R("Corvia Pharma", "met_with", "Quincy Point Capital"),
 R("Quincy Point Capital", "located_in", "Boston"),
 R("Harborline Bio", "participated_in", BIO23), R("Quincy Point Capital", "participated_in", BIO23),
 R("Marta Vilanova", "works_for", "Biocat"), R("Marta Vilanova", "participated_in", BIO23),
 R("Laia Ferrer", "works_for", "Nuvia Therapeutics"), R("Laia Ferrer", "participated_in", BIO23),
 R("Biocat", "partner_of", MB), R(MB, "participated_in", BIO23),
 R("Joseph Kwan", "works_for", MB), R("Joseph Kwan", "participated_in", BIO23),
 R("LabCentral", "located_in", "Cambridge"), R("LabCentral", "located_in", "Kendall Square"),
 R("Biocat", "met_with", "LabCentral"),
 R("Jordi Puig", "works_for", ACC),
 R(ACC, "organized", REC), R("Spain-US Chamber of Commerce", "organized", REC),
 R(REC, "located_in", "Seaport District"),
 R(BES24, "located_in", "Barcelona"), R("Biocat", "participated_in", BES24),
])

# --- newsletter: MedTech Flanders and FIT at MEDICA 2023 (Düsseldorf) ---------------
MTF = "MedTech Flanders"
FIT = "Flanders Investment & Trade"
M23 = "MEDICA 2023"
EEN = "Enterprise Europe Network"
LSCD = "Life Science Center Düsseldorf"
FL_EXH = (("Orthoflex Implants", "Leuven"), ("Scaldis Imaging", "Antwerp"),
          ("Brugia Wearables", "Bruges"), ("Lysbeth Surgical", "Ghent"),
          ("Nervia Neurotech", "Hasselt"), ("Kempen Dx", "Geel"))
GOLD["medtech-flanders-medica-delegation-2023.md"] = dict(
entities=[
 E(MTF, "cluster", "BE"), E(FIT, "public_body", "BE", "FIT"),
 E(M23, "event", "DE", "MEDICA"), E("Düsseldorf", "place", "DE"),
 E("Flanders", "place", "BE"), E(EEN, "network", None, "EEN"),
 E("Messe Düsseldorf", "company", "DE"),
 *[E(c, "company", "BE") for c, _ in FL_EXH],
 *[E(city, "place", "BE") for _, city in FL_EXH],
 E("imec", "research_org", "BE"), E("Ghent University", "university", "BE"),
 E("Ann Peeters", "person", "BE", "Peeters"),
 E("Rheinmed Systems GmbH", "company", "DE"), E("Cologne", "place", "DE"),
 E("North Rhine-Westphalia", "place", "DE"),
 E("Alpenmed AG", "company", "CH"), E("Zug", "place", "CH"),
 E("Tom Wouters", "person", "BE"),
 E("MedicalMountains", "cluster", "DE"), E("Tuttlingen", "place", "DE"),
 E("Karel Van Damme", "person", "BE"), E(LSCD, "cluster", "DE"),
 E("MEDICA 2024", "event", "DE"),
],
relations=[
 R(MTF, "participated_in", M23), R(FIT, "participated_in", M23),
 R("Messe Düsseldorf", "organized", M23), R(M23, "located_in", "Düsseldorf"),
 R(EEN, "participated_in", M23),
 *[R(c, "participated_in", M23) for c, _ in FL_EXH],
 *[R(c, "located_in", city) for c, city in FL_EXH],
 R("imec", "participated_in", M23), R("imec", "located_in", "Leuven"),
 R("Ghent University", "participated_in", M23),
 R("Ann Peeters", "works_for", MTF), R("Ann Peeters", "participated_in", M23),
 R("Scaldis Imaging", "met_with", "Rheinmed Systems GmbH"),
 R("Rheinmed Systems GmbH", "participated_in", M23),
 R("Rheinmed Systems GmbH", "located_in", "Cologne"),
 R("Orthoflex Implants", "met_with", "Alpenmed AG"), R("Alpenmed AG", "participated_in", M23),
 R("Alpenmed AG", "located_in", "Zug"),
 R("Tom Wouters", "works_for", "Orthoflex Implants"), R("Tom Wouters", "participated_in", M23),
 R(MTF, "partner_of", "MedicalMountains"), R("MedicalMountains", "participated_in", M23),
 R("MedicalMountains", "located_in", "Tuttlingen"),
 R("Karel Van Damme", "works_for", FIT), R(FIT, "met_with", LSCD),
 R(LSCD, "located_in", "Düsseldorf"),
 R(MTF, "participated_in", "MEDICA 2024"),
])

# --- agency news (HTML): PAIH Polish pavilion at CPHI Milan 2024 ---------------------
PAIH = "Polish Investment and Trade Agency"
CPHI = "CPHI Milan 2024"
LKC = "LifeScience Kraków Cluster"
PZ = "Polish Association of Pharmaceutical Industry Employers"
FB = "Farmaceutici Brianza S.p.A."
LLSC = "Lombardy Life Sciences Cluster"
HT = "Human Technopole"
BE24 = "BIO-Europe 2024"
PL_EXH = (("Vistula BioPharma", "Warsaw"), ("Krakpharm API", "Kraków"),
          ("Baltic Peptides", "Gdańsk"), ("Silesia Excipients", "Katowice"),
          ("Wartapack", "Poznań"), ("Mazurex Pharma", "Olsztyn"))
GOLD["paih-cphi-milan-polish-pavilion-2024.html"] = dict(
entities=[
 E(PAIH, "public_body", "PL", "PAIH"), E(CPHI, "event", "IT", "CPHI"),
 E("Fiera Milano", "place", "IT"), E("Rho", "place", "IT"), E("Milan", "place", "IT"),
 E("Informa Markets", "company", "GB"),
 E(LKC, "cluster", "PL"), E(PZ, "cluster", "PL", "PZPPF"),
 *[E(c, "company", "PL") for c, _ in PL_EXH],
 *[E(city, "place", "PL") for _, city in PL_EXH],
 E("Piotr Zieliński", "person", "PL"), E("Agnieszka Nowak", "person", "PL"),
 E(FB, "company", "IT"), E("Monza", "place", "IT"),
 E("Levante Biosynth", "company", "ES"), E("Valencia", "place", "ES"),
 E("Marek Wójcik", "person", "PL"),
 E("Italian Trade Agency", "public_body", "IT", "ICE"), E("Farmindustria", "cluster", "IT"),
 E(HT, "research_org", "IT"), E("MIND Milano Innovation District", "place", "IT"),
 E(LLSC, "cluster", "IT", "Cluster Lombardo Scienze della Vita"),
 E(BE24, "event", "SE"), E("Stockholm", "place", "SE"),
],
relations=[
 R(PAIH, "participated_in", CPHI), R("Informa Markets", "organized", CPHI),
 R(CPHI, "located_in", "Fiera Milano"), R(CPHI, "located_in", "Rho"),
 R(PAIH, "partner_of", LKC), R(PAIH, "partner_of", PZ),
 *[R(c, "participated_in", CPHI) for c, _ in PL_EXH],
 *[R(c, "located_in", city) for c, city in PL_EXH],
 R("Piotr Zieliński", "works_for", LKC), R("Piotr Zieliński", "participated_in", CPHI),
 R(LKC, "participated_in", CPHI),
 R("Agnieszka Nowak", "works_for", PAIH), R("Agnieszka Nowak", "participated_in", CPHI),
 R("Vistula BioPharma", "met_with", FB), R(FB, "participated_in", CPHI),
 R(FB, "located_in", "Monza"),
 R("Baltic Peptides", "partner_of", "Levante Biosynth"),
 R("Levante Biosynth", "participated_in", CPHI), R("Levante Biosynth", "located_in", "Valencia"),
 R("Marek Wójcik", "works_for", "Vistula BioPharma"),
 R(PAIH, "met_with", "Italian Trade Agency"), R(PAIH, "met_with", "Farmindustria"),
 R(PAIH, "met_with", HT), R(PAIH, "met_with", LLSC),
 R(HT, "located_in", "MIND Milano Innovation District"),
 R(LKC, "partner_of", LLSC),
 R(PAIH, "participated_in", BE24), R(BE24, "located_in", "Stockholm"),
])

# --- delegation report: Healthtech Finland and Business Finland at Arab Health 2024 --
BF = "Business Finland"
HTF = "Healthtech Finland"
AH = "Arab Health 2024"
DWTC = "Dubai World Trade Centre"
HCH = "Health Capital Helsinki"
DSP = "Dubai Science Park"
RT = "Finland-UAE Healthcare Roundtable"
EMBF = "Embassy of Finland in Abu Dhabi"
CCAD = "Cleveland Clinic Abu Dhabi"
FI_EXH = (("Pohjola Vitals Oy", "Oulu"), ("Kide Diagnostics", "Espoo"),
          ("Revontuli Health Oy", "Tampere"), ("Lumi Imaging", "Helsinki"),
          ("Nordic Rehab Robotics", "Turku"))
GOLD["healthtech-finland-arab-health-dubai-2024.txt"] = dict(
entities=[
 E(BF, "public_body", "FI"), E(HTF, "cluster", "FI"),
 E(AH, "event", "AE", "Arab Health"), E(DWTC, "place", "AE"), E("Dubai", "place", "AE"),
 E("Informa Markets", "company", "GB"),
 E("Sanna Lehtonen", "person", "FI", "Lehtonen"),
 *[E(c, "company", "FI") for c, _ in FI_EXH],
 *[E(city, "place", "FI") for _, city in FI_EXH],
 E("Oulu Health", "cluster", "FI"), E(HCH, "cluster", "FI"),
 E("Mikael Koskinen", "person", "FI"),
 E("Najd MedTech", "company", "SA"), E("Riyadh", "place", "SA"),
 E("Aino Heikkilä", "person", "FI"),
 E(DSP, "cluster", "AE"), E("Juha Mäkelä", "person", "FI"),
 E("Fatima Al Marzouqi", "person", "AE"),
 E("Abu Dhabi", "place", "AE"), E(RT, "event", "AE"), E(EMBF, "public_body", "FI"),
 E(CCAD, "research_org", "AE"),
],
relations=[
 R(BF, "participated_in", AH), R(HTF, "participated_in", AH),
 R("Informa Markets", "organized", AH), R(AH, "located_in", DWTC), R(AH, "located_in", "Dubai"),
 R("Sanna Lehtonen", "works_for", HTF), R("Sanna Lehtonen", "participated_in", AH),
 *[R(c, "participated_in", AH) for c, _ in FI_EXH],
 *[R(c, "located_in", city) for c, city in FI_EXH],
 R("Oulu Health", "participated_in", AH), R("Oulu Health", "located_in", "Oulu"),
 R(HCH, "participated_in", AH), R(HCH, "located_in", "Helsinki"),
 R("Mikael Koskinen", "works_for", BF),
 R("Pohjola Vitals Oy", "partner_of", "Najd MedTech"), R("Najd MedTech", "participated_in", AH),
 R("Najd MedTech", "located_in", "Riyadh"),
 R("Aino Heikkilä", "works_for", "Kide Diagnostics"),
 R(HTF, "met_with", DSP), R(HCH, "partner_of", DSP), R(DSP, "participated_in", AH),
 R("Juha Mäkelä", "works_for", HCH), R("Juha Mäkelä", "participated_in", AH),
 R("Fatima Al Marzouqi", "works_for", DSP), R("Fatima Al Marzouqi", "participated_in", AH),
 R(EMBF, "organized", RT), R(RT, "located_in", "Abu Dhabi"), R(EMBF, "located_in", "Abu Dhabi"),
 R("Lumi Imaging", "participated_in", RT), R("Nordic Rehab Robotics", "participated_in", RT),
 R(HTF, "met_with", CCAD),
])

# --- mission report: KHIDI Korea pavilion at BIO-Europe 2023 (Munich) ---------------
KHIDI = "Korea Health Industry Development Institute"
BE23 = "BIO-Europe 2023"
ICM = "Internationales Congress Center München"
KOBIA = "Korea Biomedicine Industry Association"
KMEDI = "Daegu-Gyeongbuk Medical Innovation Foundation"
GPSP = "Global Partnering Support Project"
MOHW = "Ministry of Health and Welfare"
KR_EXH = (("Hanbit Biologics", "Incheon"), ("Seorak Therapeutics", "Seongnam"),
          ("Gaon Cell Bio", "Daejeon"), ("Mirae Antibody", "Cheongju"),
          ("Namsan Genomics", "Seoul"), ("Tamna Marine Bio", "Jeju"))
GOLD["khidi-korea-pavilion-bio-europe-munich-2023.md"] = dict(
entities=[
 E(KHIDI, "public_body", "KR", "KHIDI"), E(BE23, "event", "DE"),
 E("EBD Group", "company"), E("Munich", "place", "DE"), E(ICM, "place", "DE", "ICM"),
 *[E(c, "company", "KR") for c, _ in KR_EXH],
 *[E(city, "place", "KR") for _, city in KR_EXH],
 E(KOBIA, "cluster", "KR", "KoBIA"), E(KMEDI, "public_body", "KR", "K-MEDI hub"),
 E("Isarbio GmbH", "company", "DE"), E("Planegg", "place", "DE"),
 E("Kim Seo-yeon", "person", "KR"),
 E("BioM", "cluster", "DE"), E("Daegu", "place", "KR"), E("Martinsried", "place", "DE"),
 E("Lee Jae-won", "person", "KR"), E("Stefanie Brandl", "person", "DE"),
 E("Helmholtz Munich", "research_org", "DE"), E("Neuherberg", "place", "DE"),
 E(GPSP, "project", "KR"), E(MOHW, "public_body", "KR", "MOHW"),
 E(BES24, "event", "ES"), E("Barcelona", "place", "ES"),
],
relations=[
 R(KHIDI, "participated_in", BE23), R("EBD Group", "organized", BE23),
 R(BE23, "located_in", "Munich"), R(BE23, "located_in", ICM),
 *[R(c, "participated_in", BE23) for c, _ in KR_EXH],
 *[R(c, "located_in", city) for c, city in KR_EXH],
 R(KOBIA, "participated_in", BE23), R(KMEDI, "participated_in", BE23),
 R("Seorak Therapeutics", "met_with", "Isarbio GmbH"), R("Isarbio GmbH", "participated_in", BE23),
 R("Isarbio GmbH", "located_in", "Planegg"),
 R("Kim Seo-yeon", "works_for", KHIDI), R("Kim Seo-yeon", "participated_in", BE23),
 R(KMEDI, "partner_of", "BioM"), R("BioM", "participated_in", BE23),
 R("Lee Jae-won", "works_for", KMEDI), R("Lee Jae-won", "participated_in", BE23),
 R("Stefanie Brandl", "works_for", "BioM"), R("Stefanie Brandl", "participated_in", BE23),
 R(KHIDI, "met_with", "Helmholtz Munich"), R("Helmholtz Munich", "located_in", "Neuherberg"),
 R(KHIDI, "leads", GPSP), R(KHIDI, "consortium_member_of", GPSP), R(GPSP, "funded_by", MOHW),
 R(KHIDI, "participated_in", BES24), R(BES24, "located_in", "Barcelona"),
])

# --- cluster news (HTML): BioWin and AWEX mission to Québec --------------------------
AWEX = "Wallonia Export and Investment Agency"
FOR = "Wallonia–Québec Biomanufacturing Forum"
MI = "Montréal InVivo"
NEO = "Neomed Institute"
ULG = "University of Liège"
NRC = "National Research Council Canada"
QI = "Québec International"
WA_DEL = (("Meusebio Manufacturing", "Gosselies"), ("Hesbaye Vaccines", "Liège"),
          ("Ardenne Cell Therapy", "Mont-Saint-Guibert"), ("Sambre Analytics", "Charleroi"),
          ("Mosane Biotech", "Namur"))
GOLD["biowin-awex-quebec-mission-2024.html"] = dict(
entities=[
 E("BioWin", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E(AWEX, "public_body", "BE", "AWEX"),
 E("Montréal", "place", "CA"), E("Québec City", "place", "CA"), E("Québec", "place", "CA"),
 E(FOR, "event", "CA"), E(MI, "cluster", "CA"), E(NEO, "cluster", "CA"),
 *[E(c, "company", "BE") for c, _ in WA_DEL],
 *[E(city, "place", "BE") for _, city in WA_DEL],
 E(ULG, "university", "BE", "ULiège"), E("GIGA", "research_org", "BE"),
 E("Brussels", "place", "BE"),
 E("Laurentide Bioprocess", "company", "CA"), E("Sherbrooke", "place", "CA"),
 E("Vectora Thérapeutiques", "company", "CA"),
 E("Frédéric Dumont", "person", "BE", "Dumont"), E("Isabelle Gagnon", "person", "CA"),
 E("Sophie Lambert", "person", "BE"),
 E(NRC, "research_org", "CA", "NRC"), E(QI, "public_body", "CA"),
 E("Université Laval", "university", "CA"),
],
relations=[
 R("BioWin", "organized", FOR), R(MI, "organized", FOR), R(FOR, "located_in", "Montréal"),
 R(NEO, "located_in", "Montréal"), R(AWEX, "participated_in", FOR),
 *[R(c, "participated_in", FOR) for c, _ in WA_DEL],
 *[R(c, "located_in", city) for c, city in WA_DEL],
 R(ULG, "participated_in", FOR), R("GIGA", "participated_in", FOR),
 R("Hesbaye Vaccines", "met_with", "Laurentide Bioprocess"),
 R("Laurentide Bioprocess", "participated_in", FOR),
 R("Laurentide Bioprocess", "located_in", "Sherbrooke"),
 R("Meusebio Manufacturing", "met_with", "Vectora Thérapeutiques"),
 R("Vectora Thérapeutiques", "participated_in", FOR),
 R("Vectora Thérapeutiques", "located_in", "Montréal"),
 R("BioWin", "partner_of", MI),
 R("Frédéric Dumont", "works_for", "BioWin"), R("Frédéric Dumont", "participated_in", FOR),
 R("Isabelle Gagnon", "works_for", MI), R("Isabelle Gagnon", "participated_in", FOR),
 R("Sophie Lambert", "works_for", AWEX), R(AWEX, "met_with", NRC), R(NRC, "located_in", "Montréal"),
 R(AWEX, "met_with", QI), R(AWEX, "met_with", "Université Laval"),
 R("Université Laval", "located_in", "Québec City"),
])

# --- newsletter: CzechInvest startup delegation at Web Summit 2023 (Lisbon) ----------
CI = "CzechInvest"
WS23 = "Web Summit 2023"
FIL = "Feira Internacional de Lisboa"
JIC = "South Moravian Innovation Centre"
CTN = "Czech Tech Night"
EMBC = "Embassy of the Czech Republic in Lisbon"
UFL = "Unicorn Factory Lisboa"
CZ_EXH = (("Karlín Labs", "Prague"), ("Moravia Drones", "Brno"), ("Sněžka Health", "Ostrava"),
          ("Bohemia Data Systems", "Plzeň"), ("Vltava AI", "Prague"),
          ("Orlice Secure", "Hradec Králové"))
GOLD["czechinvest-web-summit-lisbon-delegation-2023.md"] = dict(
entities=[
 E(CI, "public_body", "CZ"), E("Lisbon", "place", "PT"),
 E(WS23, "event", "PT", "Web Summit"), E("Altice Arena", "place", "PT"),
 E(FIL, "place", "PT", "FIL"), E("CzechDemo", "programme", "CZ"),
 E("Petra Novotná", "person", "CZ"),
 *[E(c, "company", "CZ") for c, _ in CZ_EXH],
 *[E(city, "place", "CZ") for city in ("Prague", "Brno", "Ostrava", "Plzeň", "Hradec Králové")],
 E(JIC, "cluster", "CZ", "JIC"),
 E("AICEP Portugal Global", "public_body", "PT"), E("Startup Portugal", "public_body", "PT"),
 E("Atlântico Grid Services", "company", "PT"), E("Porto", "place", "PT"),
 E("Jakub Dvořák", "person", "CZ"),
 E(CTN, "event", "PT"), E(EMBC, "public_body", "CZ"), E("Martina Horáková", "person", "CZ"),
 E(UFL, "cluster", "PT"), E("Hub Criativo do Beato", "place", "PT"),
 E("Web Summit 2024", "event", "PT"),
],
relations=[
 R(CI, "participated_in", WS23), R(WS23, "located_in", "Altice Arena"),
 R(WS23, "located_in", FIL), R(WS23, "located_in", "Lisbon"),
 R("Petra Novotná", "works_for", CI), R("Petra Novotná", "participated_in", WS23),
 *[R(c, "participated_in", WS23) for c, _ in CZ_EXH],
 *[R(c, "located_in", city) for c, city in CZ_EXH],
 R(JIC, "participated_in", WS23), R(JIC, "located_in", "Brno"),
 R("Moravia Drones", "member_of", JIC),
 R(CI, "met_with", "AICEP Portugal Global"), R("AICEP Portugal Global", "participated_in", WS23),
 R(CI, "partner_of", "Startup Portugal"), R("Startup Portugal", "participated_in", WS23),
 R("Moravia Drones", "met_with", "Atlântico Grid Services"),
 R("Atlântico Grid Services", "participated_in", WS23),
 R("Atlântico Grid Services", "located_in", "Porto"),
 R("Jakub Dvořák", "works_for", "Moravia Drones"),
 R(EMBC, "organized", CTN), R(CI, "organized", CTN), R(CTN, "located_in", "Lisbon"),
 R(EMBC, "located_in", "Lisbon"),
 R("Martina Horáková", "works_for", EMBC), R("Martina Horáková", "participated_in", CTN),
 R(CI, "met_with", UFL), R(UFL, "located_in", "Hub Criativo do Beato"),
 R(UFL, "located_in", "Lisbon"),
 R(CI, "participated_in", "Web Summit 2024"),
])

# --- mission report: Health~Holland and RVO trade mission to India (BioAsia 2024) ----
HH = "Health~Holland"
RVO = "Netherlands Enterprise Agency"
CGB = "Netherlands Consulate General in Bengaluru"
BA = "BioAsia 2024"
HICC = "Hyderabad International Convention Centre"
IHC = "India Health Connect"
LBSP = "Leiden Bio Science Park"
PIB = "Partners for International Business"
HVN = "Health Valley Netherlands"
BBC = "Bangalore Bioinnovation Centre"
RTI = "India-Netherlands HealthTech Roundtable"
NL_DEL = (LBSP, HVN, "Oost NL", "Zuiderzee Biologics", "Deltamed Devices", "Maaslab Imaging")
GOLD["health-holland-india-trade-mission-2024.txt"] = dict(
entities=[
 E(HH, "public_body", "NL"), E(RVO, "public_body", "NL", "RVO"),
 E(CGB, "public_body", "NL"), E("Bengaluru", "place", "IN"), E("Hyderabad", "place", "IN"),
 E(BA, "event", "IN", "BioAsia"), E("Government of Telangana", "public_body", "IN"),
 E(HICC, "place", "IN", "HICC"),
 E(IHC, "project", "NL"), E(LBSP, "cluster", "NL"), E(PIB, "programme", "NL", "PIB"),
 E(HVN, "cluster", "NL"), E("Nijmegen", "place", "NL"), E("Oost NL", "public_body", "NL"),
 E("Zuiderzee Biologics", "company", "NL"), E("Leiden", "place", "NL"),
 E("Deltamed Devices", "company", "NL"), E("Eindhoven", "place", "NL"),
 E("Maaslab Imaging", "company", "NL"), E("Maastricht", "place", "NL"),
 E("Maarten de Vries", "person", "NL"),
 E("Genome Valley", "cluster", "IN"), E("Charminar Biotech", "company", "IN"),
 E("T-Hub", "cluster", "IN"),
 E(BBC, "cluster", "IN", "BBC"), E(RTI, "event", "IN"),
 E("Annemieke Bos", "person", "NL"),
 E("Kaveri MedSystems", "company", "IN", "Kaveri"), E("Eva Jansen", "person", "NL"),
],
relations=[
 R(CGB, "located_in", "Bengaluru"),
 R(RVO, "participated_in", BA), R(HH, "participated_in", BA),
 R("Government of Telangana", "organized", BA), R(BA, "located_in", HICC),
 R(BA, "located_in", "Hyderabad"),
 R(HH, "leads", IHC), R(HH, "consortium_member_of", IHC), R(LBSP, "consortium_member_of", IHC),
 R(IHC, "funded_by", PIB),
 *[R(o, "participated_in", BA) for o in NL_DEL],
 R(HVN, "located_in", "Nijmegen"), R("Zuiderzee Biologics", "located_in", "Leiden"),
 R("Deltamed Devices", "located_in", "Eindhoven"), R("Maaslab Imaging", "located_in", "Maastricht"),
 R("Maarten de Vries", "works_for", HH), R("Maarten de Vries", "participated_in", BA),
 R(LBSP, "partner_of", "Genome Valley"), R("Genome Valley", "participated_in", BA),
 R("Genome Valley", "located_in", "Hyderabad"),
 R("Zuiderzee Biologics", "met_with", "Charminar Biotech"),
 R("Charminar Biotech", "participated_in", BA),
 R(HH, "met_with", "T-Hub"), R("T-Hub", "located_in", "Hyderabad"),
 R(CGB, "organized", RTI), R(BBC, "organized", RTI), R(RTI, "located_in", "Bengaluru"),
 R("Annemieke Bos", "works_for", CGB), R("Annemieke Bos", "participated_in", RTI),
 R("Deltamed Devices", "met_with", "Kaveri MedSystems"),
 R("Deltamed Devices", "participated_in", RTI), R("Kaveri MedSystems", "participated_in", RTI),
 R("Kaveri MedSystems", "located_in", "Bengaluru"),
 R("Eva Jansen", "works_for", "Deltamed Devices"), R("Eva Jansen", "participated_in", RTI),
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
