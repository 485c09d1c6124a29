"""Hand annotations of the `train-ab` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ab/make_gold_train_ab.py

Theme: French pôles de compétitivité and French clusters abroad. Same rules as
make_gold.py (README, "Documents and gold"), written by a separate annotator.

Conventions kept across this set:
- pôles de compétitivité and named clusters -> `cluster`; industry / trade
  associations (MassBio, LSO, TSIA, KSIA, SEMI, PCPC) and commercialisation or
  cluster networks -> `network`;
- regional councils ("Région Sud", "Région Occitanie"), state agencies, consulates,
  embassies, chambers of commerce, funding agencies (ANR, JST, Bpifrance) and
  the Chips Joint Undertaking -> `public_body`; the region itself -> `place`;
- research institutes, national research bodies (CNRS, INSERM, CEA-Leti, ONERA)
  and foundations running research -> `research_org`;
- a coordinator ("coordinated by", "led by") gets both `leads` and
  `consortium_member_of`;
- planned participations stated as agreed ("will be on the France pavilion at
  BIO in June") are annotated like past ones;
- a signature "at the show" / "on the sidelines of the forum" implies that both
  signatories participated in the event; organisers get `organized` only.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-ab"

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

# --- annual-report chapter: Eurobiomed, international ------------------------------
EB = "Eurobiomed"
BIO = "BIO International Convention"
MIV = "Montréal InVivo"
CEBR = "Council of European BioRegions"
BES = "BIO-Europe Spring"
MHB = "MEDHEALTH-BRIDGE"
CLSV = "Cluster Lombardo Scienze della Vita"
AMU = "Aix-Marseille Université"
KBIC = "Kobe Biomedical Innovation Cluster"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
MMD = "Marseille–Montréal Health Innovation Days"
GOLD["eurobiomed-annual-report-international-2023.md"] = dict(
entities=[
 E(EB, "cluster", "FR"), E("Marseille", "place", "FR"), E("Montpellier", "place", "FR"),
 E("Claire Dumoulin", "person", "FR"),
 E("Région Sud", "public_body", "FR"), E("Région Occitanie", "public_body", "FR"),
 E("Bpifrance", "public_body", "FR"), E("Business France", "public_body", "FR"),
 E(BIO, "event", "US"), E("Boston", "place", "US"),
 E("Calanques Therapeutics", "company", "FR"), E("Luminy Diagnostics", "company", "FR"),
 E("Massachusetts Biotechnology Council", "network", "US", "MassBio"),
 E(MIV, "cluster", "CA"), E("Montréal", "place", "CA"),
 E("Isabelle Tremblay-Roy", "person", "CA"),
 E(CEBR, "network", None, "CEBR"), E(BES, "event", "CH"), E("Basel", "place", "CH"),
 E("BIO-Europe", "event", "DE"), E("Munich", "place", "DE"),
 E(MHB, "project"), E("Interreg Euro-MED", "programme", None, "Interreg Euro-MED programme"),
 E("Biocat", "cluster", "ES"), E("Barcelona", "place", "ES"),
 E(CLSV, "cluster", "IT"), E("Milan", "place", "IT"), E(AMU, "university", "FR"),
 E("BIO Japan", "event", "JP"), E("Yokohama", "place", "JP"),
 E("Ambassade de France au Japon", "public_body", "FR"),
 E("Kobe", "place", "JP"), E(KBIC, "cluster", "JP", "KBIC"), E(FBRI, "research_org", "JP", "FBRI"),
 E("Cévennes Medical", "company", "FR"), E("Nîmes", "place", "FR"),
 E("Kansai MedTrade", "company", "JP"), E("Osaka", "place", "JP"),
 E(MMD, "event", "FR"), E("Philippe Sanchez", "person", "FR"),
],
relations=[
 R(EB, "located_in", "Marseille"), R(EB, "located_in", "Montpellier"),
 R("Claire Dumoulin", "works_for", EB),
 R(EB, "participated_in", BIO), R("Business France", "participated_in", BIO),
 R(BIO, "located_in", "Boston"),
 *[R(c, "participated_in", BIO) for c in ("Calanques Therapeutics", "Luminy Diagnostics")],
 *[R(c, "member_of", EB) for c in ("Calanques Therapeutics", "Luminy Diagnostics", "Cévennes Medical")],
 R("Calanques Therapeutics", "located_in", "Marseille"),
 R("Luminy Diagnostics", "met_with", "Massachusetts Biotechnology Council"),
 R(EB, "partner_of", MIV), R(MIV, "participated_in", BIO), R(MIV, "located_in", "Montréal"),
 R("Isabelle Tremblay-Roy", "works_for", MIV),
 R(EB, "member_of", CEBR), R(EB, "participated_in", BES), R(CEBR, "participated_in", BES),
 R(BES, "located_in", "Basel"),
 R(EB, "participated_in", "BIO-Europe"), R(MIV, "participated_in", "BIO-Europe"),
 R("BIO-Europe", "located_in", "Munich"),
 *[R(o, "consortium_member_of", MHB) for o in (EB, "Biocat", CLSV, AMU)],
 R(MHB, "funded_by", "Interreg Euro-MED"), R("Biocat", "leads", MHB),
 R("Biocat", "located_in", "Barcelona"), R(CLSV, "located_in", "Milan"),
 R("Biocat", "partner_of", EB),
 R(EB, "participated_in", "BIO Japan"), R("Ambassade de France au Japon", "participated_in", "BIO Japan"),
 R("BIO Japan", "located_in", "Yokohama"),
 R(KBIC, "located_in", "Kobe"), R(EB, "met_with", KBIC), R(EB, "met_with", FBRI),
 R("Cévennes Medical", "participated_in", "BIO Japan"), R("Cévennes Medical", "located_in", "Nîmes"),
 R("Cévennes Medical", "partner_of", "Kansai MedTrade"), R("Kansai MedTrade", "located_in", "Osaka"),
 R(EB, "organized", MMD), R(MIV, "organized", MMD), R(MMD, "located_in", "Marseille"),
 R("Philippe Sanchez", "works_for", EB),
])

# --- mission report: Lyonbiopôle + Medicen in Boston and Toronto --------------------
LB = "Lyonbiopôle Auvergne-Rhône-Alpes"
MED = "Medicen Paris Region"
MB = "Massachusetts Biotechnology Council"
NEF = "New England–France HealthTech Day"
WYSS = "Wyss Institute for Biologically Inspired Engineering"
MLSC = "Massachusetts Life Sciences Center"
OBIO = "Ontario Bioscience Innovation Organization"
OFF = "Ontario–France Life Sciences Forum"
LSO = "Life Sciences Ontario"
TIAP = "Toronto Innovation Acceleration Partners"
CGB = "Consulate General of France in Boston"
CGT = "Consulate General of France in Toronto"
VID = "Vaccine Innovation Day"
LB_CO = (("Vaxalp", "Grenoble"), ("Gerland Bioprocess", "Lyon"), ("NeuroClermont", "Clermont-Ferrand"))
MED_CO = (("Saclay Imaging Systems", "Orsay"), ("Cardiolib SAS", "Paris"))
GOLD["lyonbiopole-medicen-north-america-mission-2024.html"] = dict(
entities=[
 E(LB, "cluster", "FR", "Lyonbiopôle"), E(MED, "cluster", "FR", "Medicen"),
 E("Lyon", "place", "FR"), E("Paris", "place", "FR"),
 E("Boston", "place", "US"), E("Toronto", "place", "CA"),
 E("Business France", "public_body", "FR"), E("Bpifrance", "public_body", "FR"),
 E("Région Auvergne-Rhône-Alpes", "public_body", "FR"),
 E("Julien Marchetti", "person", "FR"), E("Sophie Ngo-Lambert", "person", "FR"),
 *[E(c, "company", "FR") for c, _ in LB_CO + MED_CO],
 E("Grenoble", "place", "FR"), E("Clermont-Ferrand", "place", "FR"), E("Orsay", "place", "FR"),
 E("Cambridge Innovation Center", "company", "US", "CIC"), E("Cambridge", "place", "US"),
 E(CGB, "public_body", "FR"), E(MB, "network", "US", "MassBio"),
 E(NEF, "event", "US"), E("Thomas Keller", "person", "US"),
 E(WYSS, "research_org", "US"), E("Harvard University", "university", "US"),
 E(MLSC, "public_body", "US", "MLSC"),
 E(OBIO, "cluster", "CA", "OBIO"), E(CGT, "public_body", "FR"), E(OFF, "event", "CA"),
 E(LSO, "network", "CA", "LSO"), E(TIAP, "network", "CA", "TIAP"),
 E("Ontario", "place", "CA"), E("Karen Whitfield", "person", "CA"),
 E("University of Toronto", "university", "CA"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
 E(VID, "event", "FR"),
],
relations=[
 R(LB, "located_in", "Lyon"), R(MED, "located_in", "Paris"),
 R("Julien Marchetti", "works_for", LB), R("Sophie Ngo-Lambert", "works_for", MED),
 *[R(c, "member_of", LB) for c, _ in LB_CO], *[R(c, "member_of", MED) for c, _ in MED_CO],
 *[R(c, "located_in", t) for c, t in LB_CO + MED_CO],
 R("Cambridge Innovation Center", "located_in", "Cambridge"), R(NEF, "located_in", "Cambridge"),
 R(CGB, "organized", NEF), R(MB, "organized", NEF),
 R(LB, "participated_in", NEF), R(MED, "participated_in", NEF),
 R("Thomas Keller", "participated_in", NEF), R("Business France", "participated_in", NEF),
 R("Thomas Keller", "works_for", "Business France"),
 R(LB, "met_with", WYSS), R(MED, "met_with", WYSS), R(LB, "met_with", MLSC), R(MED, "met_with", MLSC),
 R("Saclay Imaging Systems", "met_with", MLSC), R("Gerland Bioprocess", "met_with", MLSC),
 R(OFF, "located_in", "Toronto"), R(OBIO, "organized", OFF), R(CGT, "organized", OFF),
 R(LSO, "participated_in", OFF), R(TIAP, "participated_in", OFF),
 R(MED, "participated_in", OFF), R(LB, "participated_in", OFF),
 R(MED, "partner_of", OBIO), R(LB, "partner_of", TIAP),
 R("Karen Whitfield", "works_for", OBIO), R("Vaxalp", "met_with", "University of Toronto"),
 R("BIO International Convention", "located_in", "San Diego"),
 *[R(o, "participated_in", "BIO International Convention") for o in (LB, MED, OBIO)],
 R(LB, "organized", VID), R(VID, "located_in", "Lyon"),
 R(TIAP, "participated_in", VID), R(LSO, "participated_in", VID),
])

# --- press release: Aerospace Valley / Chubu Aerospace Cluster MoU -----------------
AV = "Aerospace Valley"
CAC = "Chubu Aerospace Cluster"
PAS = "Paris Air Show"
JIAE = "Japan International Aerospace Exhibition"
ANR = "Agence nationale de la recherche"
JST = "Japan Science and Technology Agency"
IRT = "IRT Saint Exupéry"
GOLD["aerospace-valley-chubu-mou-2023.txt"] = dict(
entities=[
 E(AV, "cluster", "FR"), E(CAC, "cluster", "JP", "CAC"),
 E("Occitanie", "place", "FR"), E("Nouvelle-Aquitaine", "place", "FR"),
 E("Nagoya", "place", "JP"),
 E(PAS, "event", "FR", "Salon international de l'aéronautique et de l'espace"),
 E("Le Bourget", "place", "FR"),
 E("Marc Delorme", "person", "FR"), E("Hiroshi Tanabe", "person", "JP"),
 E("Nathalie Férrand", "person", "FR"), E("Région Occitanie", "public_body", "FR"),
 E("Aichi Prefectural Government", "public_body", "JP"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Business France", "public_body", "FR"),
 E("Toulouse", "place", "FR"), E("Bordeaux", "place", "FR"),
 E("Aeromart Nagoya", "event", "JP"), E("Advanced Business Events", "company", "FR"),
 E(JIAE, "event", "JP"), E("Tokyo", "place", "JP"),
 E("COMPO-JET", "project"), E(ANR, "public_body", "FR", "ANR"), E(JST, "public_body", "JP", "JST"),
 E(IRT, "research_org", "FR"), E("Nagoya University", "university", "JP"),
 E("ONERA", "research_org", "FR"), E("Tokai Composite Works", "company", "JP"),
 E("Gifu", "place", "JP"),
 E("Pyrène Avionics", "company", "FR"), E("Gironde Usinage Aéro", "company", "FR"),
 E("Mérignac", "place", "FR"), E("Meito Seimitsu Kogyo", "company", "JP"),
 E("Camille Roux-Arnaud", "person", "FR"), E("CNRS", "research_org", "FR"),
 E("ISAE-SUPAERO", "university", "FR"),
 E("European Aerospace Cluster Partnership", "network", None, "EACP"),
 E("Région Nouvelle-Aquitaine", "public_body", "FR"), E("France 2030", "programme", "FR"),
 E("Léa Bousquet", "person", "FR"),
],
relations=[
 *[R(AV, "located_in", p) for p in ("Occitanie", "Nouvelle-Aquitaine", "Toulouse", "Bordeaux")],
 R(CAC, "located_in", "Nagoya"), R(AV, "partner_of", CAC), R(PAS, "located_in", "Le Bourget"),
 *[R(o, "participated_in", PAS) for o in (
   AV, CAC, "Marc Delorme", "Hiroshi Tanabe", "Nathalie Férrand", "Région Occitanie",
   "Aichi Prefectural Government", "Japan External Trade Organization", "Business France",
   "Pyrène Avionics", "Gironde Usinage Aéro")],
 R("Marc Delorme", "works_for", AV), R("Hiroshi Tanabe", "works_for", CAC),
 R("Nathalie Férrand", "works_for", "Région Occitanie"),
 R("Aeromart Nagoya", "located_in", "Nagoya"), R("Advanced Business Events", "organized", "Aeromart Nagoya"),
 R(AV, "participated_in", "Aeromart Nagoya"),
 R(JIAE, "located_in", "Tokyo"), R(AV, "participated_in", JIAE), R(CAC, "participated_in", JIAE),
 R("COMPO-JET", "funded_by", ANR), R("COMPO-JET", "funded_by", JST), R(IRT, "leads", "COMPO-JET"),
 *[R(o, "consortium_member_of", "COMPO-JET") for o in (IRT, "Nagoya University", "ONERA", "Tokai Composite Works")],
 R("Tokai Composite Works", "member_of", CAC), R("Tokai Composite Works", "located_in", "Gifu"),
 R(IRT, "located_in", "Toulouse"),
 R("Pyrène Avionics", "member_of", AV), R("Gironde Usinage Aéro", "member_of", AV),
 R("Pyrène Avionics", "located_in", "Toulouse"), R("Gironde Usinage Aéro", "located_in", "Mérignac"),
 R("Pyrène Avionics", "partner_of", "Meito Seimitsu Kogyo"), R("Meito Seimitsu Kogyo", "member_of", CAC),
 R("Camille Roux-Arnaud", "works_for", "Pyrène Avionics"),
 R("ISAE-SUPAERO", "member_of", AV), R(AV, "member_of", "European Aerospace Cluster Partnership"),
 R("Léa Bousquet", "works_for", AV),
])

# --- newsletter: Pôle Mer Méditerranée, international ------------------------------
PMM = "Pôle Mer Méditerranée"
PMBA = "Pôle Mer Bretagne Atlantique"
EM = "Euromaritime 2024"
BBM = "Blue Business Meetings"
CMF = "Cluster Maritime Français"
COSC = "Canada's Ocean Supercluster"
BIOx = "Bedford Institute of Oceanography"
OFI = "Ocean Frontier Institute"
MUN = "Memorial University of Newfoundland"
MBP = "MED-BLUEPORTS"
FV = "Fundación Valenciaport"
HCMR = "Hellenic Centre for Marine Research"
SMW = "Singapore Maritime Week"
MPA = "Maritime and Port Authority of Singapore"
TCOMS = "Technology Centre for Offshore and Marine, Singapore"
GOLD["pole-mer-mediterranee-international-newsletter-2024.md"] = dict(
entities=[
 E(PMM, "cluster", "FR"), E("Hervé Castellan", "person", "FR"), E("Toulon", "place", "FR"),
 E(EM, "event", "FR", "Euromaritime"), E("Marseille", "place", "FR"), E(BBM, "event", "FR"),
 E("Enterprise Europe Network", "network", None, "EEN"),
 E("CCI Aix-Marseille-Provence", "public_body", "FR"),
 E(PMBA, "cluster", "FR"), E("Brest", "place", "FR"), E(CMF, "cluster", "FR", "CMF"),
 E("Halifax", "place", "CA"), E("St. John's", "place", "CA"),
 E(COSC, "cluster", "CA", "Ocean Supercluster"), E("Aisha Coleman", "person", "CA"),
 E(BIOx, "research_org", "CA"), E("Dartmouth", "place", "CA"),
 E(OFI, "research_org", "CA", "OFI"), E("Dalhousie University", "university", "CA"),
 E(MUN, "university", "CA"), E("Lucie Garnier", "person", "FR"),
 E(MBP, "project"), E("Interreg Euro-MED", "programme", None, "Interreg"), E("Valencia", "place", "ES"),
 E(FV, "research_org", "ES"), E("Grand Port Maritime de Marseille", "public_body", "FR"),
 E("Università di Genova", "university", "IT"), E("Luka Koper", "company", "SI"),
 E(HCMR, "research_org", "GR", "HCMR"),
 E(SMW, "event", "SG"), E(MPA, "public_body", "SG", "MPA"),
 E("Hydrocéan Robotics", "company", "FR"), E("La Seyne-sur-Mer", "place", "FR"),
 E("Azur Drones Marins", "company", "FR"), E("Sophia Antipolis", "place", "FR"),
 E(TCOMS, "research_org", "SG", "TCOMS"), E("Ifremer", "research_org", "FR"),
 E("Région Sud", "public_body", "FR"),
],
relations=[
 R(PMM, "located_in", "Toulon"), R("Hervé Castellan", "works_for", PMM),
 R(EM, "located_in", "Marseille"),
 *[R(o, "participated_in", EM) for o in (PMM, PMBA, CMF)],
 *[R(o, "organized", BBM) for o in (PMM, "Enterprise Europe Network", "CCI Aix-Marseille-Provence")],
 R(BBM, "located_in", "Marseille"), R(PMBA, "located_in", "Brest"),
 R(PMM, "partner_of", COSC), R(PMBA, "partner_of", COSC), R(COSC, "located_in", "St. John's"),
 R("Aisha Coleman", "works_for", COSC),
 R(PMM, "met_with", BIOx), R(BIOx, "located_in", "Dartmouth"), R(PMM, "met_with", OFI),
 R(PMM, "met_with", MUN), R(MUN, "located_in", "St. John's"),
 R("Lucie Garnier", "works_for", PMM),
 R(MBP, "funded_by", "Interreg Euro-MED"), R(FV, "leads", MBP), R(FV, "located_in", "Valencia"),
 *[R(o, "consortium_member_of", MBP) for o in (
   FV, PMM, "Grand Port Maritime de Marseille", "Università di Genova", "Luka Koper", HCMR)],
 R(MPA, "organized", SMW),
 *[R(o, "participated_in", SMW) for o in (PMM, "Hydrocéan Robotics", "Azur Drones Marins")],
 R("Hydrocéan Robotics", "located_in", "La Seyne-sur-Mer"), R("Azur Drones Marins", "located_in", "Sophia Antipolis"),
 R("Hydrocéan Robotics", "member_of", PMM), R("Azur Drones Marins", "member_of", PMM),
 R("Hydrocéan Robotics", "met_with", TCOMS), R("Azur Drones Marins", "met_with", TCOMS),
 R("Ifremer", "member_of", PMM), R("Ifremer", "partner_of", PMM),
 R("Hydrocéan Robotics", "member_of", CMF),
])

# --- mission report: Minalogic in Taiwan and Korea ---------------------------------
MIN = "Minalogic"
LETI = "CEA-Leti"
UGA = "Université Grenoble Alpes"
ST = "SEMICON Taiwan 2024"
TSIA = "Taiwan Semiconductor Industry Association"
ITRI = "Industrial Technology Research Institute"
NYCU = "National Yang Ming Chiao Tung University"
KFSD = "Korea–France Semiconductor Day"
KSIA = "Korea Semiconductor Industry Association"
KETI = "Korea Electronics Technology Institute"
CJU = "Chips Joint Undertaking"
SE = "SEMICON Europa"
MIN_CO = (("Alpsemi Design", "Meylan"), ("Crolles Photonics", "Crolles"),
          ("Nanoprobe Instruments", "Montbonnot-Saint-Martin"))
GOLD["minalogic-taiwan-korea-semiconductor-mission-2024.html"] = dict(
entities=[
 E(MIN, "cluster", "FR"), E("Grenoble", "place", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"),
 E("Taipei", "place", "TW"), E("Hsinchu", "place", "TW"), E("Seoul", "place", "KR"),
 E("Business France", "public_body", "FR"), E("CCI France Taïwan", "public_body", "TW"),
 E("Bureau Français de Taipei", "public_body", "FR"),
 E("Isabelle Fournier-Kim", "person", "FR"), E("Laurent Bianchi", "person", "FR"),
 E(LETI, "research_org", "FR"), E(UGA, "university", "FR", "UGA"),
 *[E(c, "company", "FR") for c, _ in MIN_CO], *[E(t, "place", "FR") for _, t in MIN_CO],
 E(ST, "event", "TW"), E("SEMI", "network"),
 E(TSIA, "network", "TW", "TSIA"), E("Lin Mei-Hua", "person", "TW"),
 E(ITRI, "research_org", "TW", "ITRI"), E(NYCU, "university", "TW", "NYCU"),
 E("KOTRA", "public_body", "KR"), E("Ambassade de France en Corée", "public_body", "FR"),
 E(KFSD, "event", "KR"), E("FAMES", "project"),
 E(CJU, "public_body", None, "Chips JU"), E("France 2030", "programme", "FR"),
 E(KSIA, "network", "KR", "KSIA"), E(KETI, "research_org", "KR", "KETI"),
 E("Hanbit Nano Co.", "company", "KR"), E("Suwon", "place", "KR"),
 E("Park Ji-hoon", "person", "KR"), E(SE, "event", "DE"), E("Munich", "place", "DE"),
],
relations=[
 R(MIN, "located_in", "Grenoble"), R(MIN, "located_in", "Auvergne-Rhône-Alpes"),
 R("Isabelle Fournier-Kim", "works_for", MIN), R("Laurent Bianchi", "works_for", LETI),
 *[R(o, "member_of", MIN) for o in (LETI, UGA, *[c for c, _ in MIN_CO])],
 *[R(c, "located_in", t) for c, t in MIN_CO],
 R(ST, "located_in", "Taipei"), R("SEMI", "organized", ST),
 *[R(o, "participated_in", ST) for o in (MIN, "Business France", LETI, UGA, *[c for c, _ in MIN_CO], TSIA)],
 R(MIN, "partner_of", TSIA), R("Lin Mei-Hua", "works_for", TSIA),
 R(MIN, "met_with", ITRI), R(ITRI, "located_in", "Hsinchu"), R(LETI, "partner_of", ITRI),
 R(MIN, "met_with", NYCU), R(UGA, "met_with", NYCU),
 R("KOTRA", "organized", KFSD), R("Ambassade de France en Corée", "organized", KFSD),
 R(KFSD, "located_in", "Seoul"), R(MIN, "participated_in", KFSD),
 R(LETI, "leads", "FAMES"), R(LETI, "consortium_member_of", "FAMES"),
 R("FAMES", "funded_by", CJU), R("FAMES", "funded_by", "France 2030"),
 R(MIN, "met_with", KSIA), R("Crolles Photonics", "met_with", KETI),
 R("Nanoprobe Instruments", "met_with", "Hanbit Nano Co."), R("Nanoprobe Instruments", "partner_of", "Hanbit Nano Co."),
 R("Alpsemi Design", "met_with", "Hanbit Nano Co."), R("Hanbit Nano Co.", "located_in", "Suwon"),
 R("Park Ji-hoon", "works_for", KSIA),
 R(SE, "located_in", "Munich"), *[R(o, "participated_in", SE) for o in (MIN, TSIA, KSIA)],
])

# --- event news: Cap Digital's Futur.e.s festival ----------------------------------
CD = "Cap Digital"
FUT = "Futur.e.s"
BTC = "Barcelona Tech City"
KOCCA = "Korea Creative Content Agency"
BP = "Berlin Partner for Business and Technology"
XR = "XR4CULTURE"
FIGD = "Fraunhofer Institute for Computer Graphics Research"
UPF = "Universitat Pompeu Fabra"
GOLD["cap-digital-futures-festival-partnering-2023.txt"] = dict(
entities=[
 E(CD, "cluster", "FR"), E(FUT, "event", "FR", "Futur.e.s 2023"), E("Paris", "place", "FR"),
 E("Région Île-de-France", "public_body", "FR"), E("Choose Paris Region", "public_body", "FR"),
 E("Enterprise Europe Network", "network", None, "EEN"), E("B2Match", "company"),
 E("Quebec", "place", "CA"), E("Numana", "cluster", "CA"), E("Montréal", "place", "CA"),
 E("Montréal International", "public_body", "CA"), E("Greater Montréal", "place", "CA"),
 E("Catalonia", "place", "ES"), E("Barcelona Activa", "public_body", "ES"),
 E(BTC, "network", "ES"), E(KOCCA, "public_body", "KR", "KOCCA"),
 E(BP, "public_body", "DE"), E("Berlin", "place", "DE"),
 E("Jean-Baptiste Morel", "person", "FR"), E("Marie-Ève Gagnon", "person", "CA"),
 E("Kim Soo-yeon", "person", "KR"), E("Seoul", "place", "KR"),
 E(XR, "project"), E("Horizon Europe", "programme"),
 E(FIGD, "research_org", "DE", "Fraunhofer IGD"), E("Darmstadt", "place", "DE"),
 E(UPF, "university", "ES", "UPF"), E("Barcelona", "place", "ES"),
 E("i2CAT Foundation", "research_org", "ES"), E("ImmersiVille SAS", "company", "FR"),
 E("Jonas Weber", "person", "DE"), E("Web Summit", "event", "PT"), E("Lisbon", "place", "PT"),
],
relations=[
 R(CD, "organized", FUT), R(FUT, "located_in", "Paris"), R(CD, "located_in", "Paris"),
 *[R(o, "participated_in", FUT) for o in (
   "Numana", "Montréal International", "Barcelona Activa", BTC, KOCCA, BP,
   "Enterprise Europe Network", "Jonas Weber", FIGD)],
 R(CD, "partner_of", "Numana"), R(CD, "partner_of", BTC), R(CD, "partner_of", KOCCA),
 R("Numana", "located_in", "Montréal"), R("Montréal International", "located_in", "Greater Montréal"),
 R("Barcelona Activa", "located_in", "Barcelona"),
 R("Numana", "located_in", "Quebec"), R("Montréal International", "located_in", "Quebec"),
 R("Barcelona Activa", "located_in", "Catalonia"), R(BTC, "located_in", "Catalonia"),
 R(XR, "funded_by", "Horizon Europe"), R(FIGD, "leads", XR),
 *[R(o, "consortium_member_of", XR) for o in (FIGD, CD, UPF, "i2CAT Foundation", "ImmersiVille SAS")],
 R(FIGD, "located_in", "Darmstadt"), R(UPF, "located_in", "Barcelona"),
 R("ImmersiVille SAS", "located_in", "Paris"), R("ImmersiVille SAS", "member_of", CD),
 R("Web Summit", "located_in", "Lisbon"),
 *[R(o, "participated_in", "Web Summit") for o in (CD, "Numana", BTC)],
 R("Jean-Baptiste Morel", "works_for", CD), R("Marie-Ève Gagnon", "works_for", "Numana"),
 R("Kim Soo-yeon", "works_for", KOCCA), R("Jonas Weber", "works_for", FIGD),
])

# --- EU consortium kick-off: IMMUNOREP-EU (Atlanpole Biotherapies) -----------------
IM = "IMMUNOREP-EU"
AB = "Atlanpole Biotherapies"
NU = "Nantes Université"
INS = "Institut national de la santé et de la recherche médicale"
EFS = "Établissement français du sang"
KI = "Karolinska Institutet"
NC = "NordCell Therapeutics AB"
PEI = "Paul-Ehrlich-Institut"
BBD = "Biotherapies Bioproduction Days"
PARTNERS = ((NU, "Nantes"), (INS, "Paris"), (EFS, "La Plaine Saint-Denis"), (AB, "Nantes"),
            ("Ligérion Bio", "Saint-Herblain"), ("Celtivax", "Rennes"), ("KU Leuven", "Leuven"),
            ("Leuven Vector Technologies NV", "Leuven"), (KI, "Stockholm"), (NC, "Stockholm"),
            (PEI, "Langen"))
GOLD["atlanpole-biotherapies-immunorep-kickoff-2024.md"] = dict(
entities=[
 E(IM, "project"), E(AB, "cluster", "FR"), E("Nantes", "place", "FR"),
 E("Horizon Europe", "programme"), E(NU, "university", "FR"),
 E("Center for Research in Transplantation and Translational Immunology", "research_org", "FR", "CR2TI"),
 E(INS, "research_org", "FR", "INSERM"), E("Hélène Le Guen", "person", "FR"),
 E(EFS, "public_body", "FR", "EFS"), E("La Plaine Saint-Denis", "place", "FR"), E("Paris", "place", "FR"),
 E("Ligérion Bio", "company", "FR"), E("Saint-Herblain", "place", "FR"),
 E("Celtivax", "company", "FR"), E("Rennes", "place", "FR"),
 E("KU Leuven", "university", "BE"), E("Leuven", "place", "BE"),
 E("Leuven Vector Technologies NV", "company", "BE"),
 E(KI, "university", "SE"), E("Stockholm", "place", "SE"),
 E(NC, "company", "SE", "NordCell Therapeutics"),
 E(PEI, "research_org", "DE", "PEI"), E("Langen", "place", "DE"),
 E("Pays de la Loire", "place", "FR"), E("Bretagne", "place", "FR"), E("Centre-Val de Loire", "place", "FR"),
 E("Anne-Sophie Rouaud", "person", "FR"), E("Mathieu Prigent", "person", "FR"),
 E("Lena Sjöberg", "person", "SE"), E("Klaus Brenner", "person", "DE"),
 E("Région Pays de la Loire", "public_body", "FR"), E("Yann Le Borgne", "person", "FR"),
 E("EATRIS", "network"), E("BioWin", "cluster", "BE"),
 E(BBD, "event", "FR"), E("BIO-Europe Spring", "event", "IT"), E("Milan", "place", "IT"),
],
relations=[
 *[R(o, "consortium_member_of", IM) for o, _ in PARTNERS],
 *[R(o, "located_in", t) for o, t in PARTNERS],
 R(NU, "leads", IM), R(IM, "funded_by", "Horizon Europe"),
 *[R(AB, "located_in", p) for p in ("Pays de la Loire", "Bretagne", "Centre-Val de Loire")],
 R("Ligérion Bio", "member_of", AB), R("Celtivax", "member_of", AB),
 R("Hélène Le Guen", "works_for", NU), R("Anne-Sophie Rouaud", "works_for", AB),
 R("Mathieu Prigent", "works_for", INS), R("Lena Sjöberg", "works_for", NC),
 R("Klaus Brenner", "works_for", PEI), R("Yann Le Borgne", "works_for", "Région Pays de la Loire"),
 R(INS, "member_of", "EATRIS"), R(KI, "member_of", "EATRIS"),
 R(AB, "partner_of", "BioWin"),
 R(AB, "organized", BBD), R(BBD, "located_in", "Nantes"),
 R(AB, "participated_in", "BIO-Europe Spring"), R("BIO-Europe Spring", "located_in", "Milan"),
])

# --- annual-report chapter: Cosmetic Valley, international -------------------------
CV = "Cosmetic Valley"
GCC = "Global Cosmetics Cluster"
JCC = "Japan Cosmetic Center"
BCB = "Beauty Cluster Barcelona"
CNA = "Cosmoprof North America"
MNY = "MakeUp in NewYork"
CA = "Cosmoprof Asia"
CTP = "Chungbuk Techno Park"
KL = "KOSMO-LINK"
C360 = "Cosmetic 360"
GP = "GREENPACK-COSM"
IVV = "Fraunhofer Institute for Process Engineering and Packaging"
GOLD["cosmetic-valley-activity-report-international-2024.txt"] = dict(
entities=[
 E(CV, "cluster", "FR"), E("Chartres", "place", "FR"),
 E("Centre-Val de Loire", "place", "FR"), E("Normandie", "place", "FR"), E("Île-de-France", "place", "FR"),
 E("Élodie Vasseur", "person", "FR"), E(GCC, "network", None, "GCC"),
 E(JCC, "cluster", "JP", "JCC"), E("Karatsu", "place", "JP"), E(BCB, "cluster", "ES"),
 E("Business France", "public_body", "FR"), E(CNA, "event", "US"), E("Las Vegas", "place", "US"),
 E("Personal Care Products Council", "network", "US", "PCPC"),
 E(MNY, "event", "US"), E("Verrerie du Perche", "company", "FR"),
 E("Nogent-le-Rotrou", "place", "FR"), E("Hudson Beauty Supply", "company", "US"),
 E(CA, "event", "HK"), E("Hong Kong", "place", "HK"),
 E(CTP, "public_body", "KR"), E("Chungcheongbuk-do", "place", "KR"), E("Cheongju", "place", "KR"),
 E("Lee Sun-hee", "person", "KR"), E(KL, "project"), E("ARD Cosmétosciences", "programme", "FR"),
 E("Université d'Orléans", "university", "FR"), E("Université de Tours", "university", "FR"),
 E("CNRS", "research_org", "FR"), E("Chungbuk National University", "university", "KR"),
 E("Phytalys", "company", "FR"), E("Orléans", "place", "FR"),
 E(C360, "event", "FR"), E("Paris", "place", "FR"), E("Takumi Hayashi", "person", "JP"),
 E("Horizon Europe", "programme"), E(GP, "project"),
 E(IVV, "research_org", "DE", "Fraunhofer IVV"), E("Freising", "place", "DE"),
 E("Jean-Luc Parmentier", "person", "FR"),
],
relations=[
 *[R(CV, "located_in", p) for p in ("Chartres", "Centre-Val de Loire", "Normandie", "Île-de-France")],
 R("Élodie Vasseur", "works_for", CV),
 R(CV, "leads", GCC), R(CV, "member_of", GCC), R(JCC, "member_of", GCC), R(BCB, "member_of", GCC),
 R(JCC, "located_in", "Karatsu"), R(JCC, "partner_of", CV), R(BCB, "partner_of", CV),
 R(CNA, "located_in", "Las Vegas"), R("Business France", "participated_in", CNA),
 R(CV, "participated_in", CNA), R(CV, "met_with", "Personal Care Products Council"),
 R("Verrerie du Perche", "participated_in", MNY), R("Verrerie du Perche", "located_in", "Nogent-le-Rotrou"),
 R("Verrerie du Perche", "partner_of", "Hudson Beauty Supply"),
 R("Hudson Beauty Supply", "participated_in", MNY), R("Verrerie du Perche", "member_of", CV),
 R(CA, "located_in", "Hong Kong"), R(CV, "participated_in", CA), R(CTP, "participated_in", CA),
 R(CV, "partner_of", CTP), R(CTP, "located_in", "Chungcheongbuk-do"), R(CTP, "located_in", "Cheongju"),
 R("Lee Sun-hee", "works_for", CTP),
 R(KL, "funded_by", "ARD Cosmétosciences"), R("Université d'Orléans", "leads", KL),
 *[R(o, "consortium_member_of", KL) for o in (
   "Université d'Orléans", "Université de Tours", "CNRS", "Chungbuk National University", "Phytalys")],
 R("Phytalys", "located_in", "Orléans"), R("Phytalys", "member_of", CV),
 R(CV, "organized", C360), R(C360, "located_in", "Paris"),
 R(JCC, "participated_in", C360), R(BCB, "participated_in", C360), R("Takumi Hayashi", "participated_in", C360),
 R("Takumi Hayashi", "works_for", JCC),
 *[R(o, "consortium_member_of", GP) for o in (CV, BCB, IVV)],
 R(IVV, "located_in", "Freising"),
 R("Jean-Luc Parmentier", "works_for", CV),
])


def check():
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["name"] not in types, (doc, "duplicate entity", e["name"])
            types[e["name"]] = e["type"]
            for f in [e["name"], *e["aliases"]]:
                k = f.lower()
                assert k not in forms, (doc, "surface form used twice", f, forms.get(k), e["name"])
                forms[k] = e["name"]
                assert k in text, (doc, "not in text", f)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (doc, r)
            assert s in types and o in types, (doc, "undeclared end", r)
            subj, obj = ALLOWED[p]
            assert types[s] in subj and types[o] in obj, (doc, "types not allowed", r, types[s], types[o])
            assert s != o, (doc, r)
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)


check()
for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.name, len(gold["entities"]), len(gold["relations"]))
