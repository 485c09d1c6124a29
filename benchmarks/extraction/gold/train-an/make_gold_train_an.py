"""Hand annotations of the `train-an` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-an/make_gold_train_an.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Theme of the set: newsletters and reports built from lists and
tables (new members with their towns, partner directories by country, event
calendars, project partner tables, delegation tables).

Conventions used here:
- a table row "member | town" gives member_of (the publishing cluster) and
  located_in (the town); a calendar row "event | date | town | organiser"
  gives organized and located_in, and participated_in for the publisher when
  the text says it takes part in the listed events (its own event included);
- a project "coordinated by X" in a consortium gives X both leads and
  consortium_member_of; "led by X" with no consortium named gives leads only;
- planned participations stated as agreed are annotated like past ones;
- trade-fair organisers (Koelnmesse, Messe Frankfurt, ...) are companies,
  national industry associations (VDA, SEMI, LIKTA, Infobalt) are networks,
  science parks and technopoles are clusters.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-an"

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

# --- newsletter: Vitagora (agri-food, Bourgogne-Franche-Comté) ---------------------
VIT = "Vitagora"
IAD = "Institut Agro Dijon"
PDJ = "Protéines du Jura"
VID = "Vitagora Innovation Day"
PPD = "Plant Protein Days"
AER = "AER Bourgogne-Franche-Comté"
BFC = "Basque Food Cluster"
PB = "PROTEIN-BRIDGE"
CLAN = "Cluster Agrifood Nazionale"
IFFC = "Italy–France Food Connect"
VIT_MEMBERS = (("Moutarderie Vernier", "Beaune"), ("NutriLégumes SAS", "Chalon-sur-Saône"),
               (PDJ, "Lons-le-Saunier"), ("Cassis Innov", "Nuits-Saint-Georges"),
               ("Biofermentis", "Dole"), ("AgroSens Analytics", "Besançon"),
               ("Laiterie Coopérative du Haut-Doubs", "Pontarlier"), (IAD, "Dijon"))
GOLD["vitagora-newsletter-new-members-2024.md"] = dict(
entities=[
 E(VIT, "cluster", "FR"), E("Bourgogne-Franche-Comté", "place", "FR"), E("Dijon", "place", "FR"),
 E("Pascale Morin", "person", "FR"),
 *[E(c, "company", "FR") for c, _ in VIT_MEMBERS if c != IAD], E(IAD, "university", "FR"),
 *[E(t, "place", "FR") for _, t in VIT_MEMBERS if t != "Dijon"],
 E("Julien Arnaud", "person", "FR"),
 E("Anuga FoodTec", "event", "DE"), E("Cologne", "place", "DE"), E("Koelnmesse", "company", "DE"),
 E(VID, "event", "FR", "Innovation Day"), E(PPD, "event", "FR"), E("AgrOnov", "cluster", "FR"),
 E("SIAL Paris", "event", "FR"), E("Villepinte", "place", "FR"), E("Comexposium", "company", "FR"),
 E("Basque Country", "place", "ES"), E(AER, "public_body", "FR", "AER BFC"),
 E("Derio", "place", "ES"), E("AZTI", "research_org", "ES"),
 E(BFC, "cluster", "ES", "Cluster de Alimentación de Euskadi"),
 E(PB, "project"), E("Horizon Europe", "programme"),
 E(CLAN, "cluster", "IT", "CL.A.N."), E("University of Parma", "university", "IT"),
 E("Lucas Ferrand", "person", "FR"), E(IFFC, "event", "IT"), E("Parma", "place", "IT"),
],
relations=[
 R(VIT, "located_in", "Bourgogne-Franche-Comté"), R(VIT, "located_in", "Dijon"),
 R("Pascale Morin", "works_for", VIT),
 *[R(c, "member_of", VIT) for c, _ in VIT_MEMBERS],
 *[R(c, "located_in", t) for c, t in VIT_MEMBERS],
 R("Julien Arnaud", "works_for", IAD),
 R("Anuga FoodTec", "located_in", "Cologne"), R("Koelnmesse", "organized", "Anuga FoodTec"),
 R(VID, "located_in", "Dijon"), R(VIT, "organized", VID),
 R(PPD, "located_in", "Besançon"), R("AgrOnov", "organized", PPD),
 R("SIAL Paris", "located_in", "Villepinte"), R("Comexposium", "organized", "SIAL Paris"),
 *[R(VIT, "participated_in", e) for e in ("Anuga FoodTec", VID, PPD, "SIAL Paris")],
 R(VIT, "partner_of", AER),
 R("AZTI", "located_in", "Derio"), R(VIT, "met_with", "AZTI"), R(VIT, "met_with", BFC),
 R(PB, "funded_by", "Horizon Europe"), R("AZTI", "leads", PB),
 *[R(o, "consortium_member_of", PB) for o in ("AZTI", VIT, IAD, PDJ, CLAN, "University of Parma")],
 R(VIT, "partner_of", CLAN), R("Lucas Ferrand", "works_for", VIT),
 R(IFFC, "located_in", "Parma"), R(CLAN, "organized", IFFC), R(VIT, "organized", IFFC),
])

# --- partner directory: Techtera (technical textiles, Auvergne-Rhône-Alpes) --------
TT = "Techtera"
CX = "Centexbel"
AEI = "AEI Tèxtils"
CIT = "Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal"
UM = "University of Minho"
AFBW = "Allianz Faserbasierte Werkstoffe Baden-Württemberg"
DITF = "Deutsche Institute für Textil- und Faserforschung Denkendorf"
AITEX = "Textile Research Institute"
TT_PARTNERS = ((CX, "Ghent"), ("Fedustria", "Brussels"), (AEI, "Terrassa"), ("Leitat", "Terrassa"),
               (AITEX, "Alcoy"), ("Pointex", "Biella"), ("Next Technology Tecnotessile", "Prato"),
               (CIT, "Vila Nova de Famalicão"), (UM, "Guimarães"), (DITF, "Denkendorf"),
               (AFBW, "Stuttgart"), ("Groupe CTT", "Saint-Hyacinthe"))
GOLD["techtera-international-partner-directory-2023.html"] = dict(
entities=[
 E(TT, "cluster", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"), E("Écully", "place", "FR"),
 E("Lyon", "place", "FR"), E("Claire Dufresne", "person", "FR"),
 E(CX, "research_org", "BE"), E("Ghent", "place", "BE"),
 E("Fedustria", "network", "BE"), E("Brussels", "place", "BE"),
 E(AEI, "cluster", "ES"), E("Terrassa", "place", "ES"), E("Leitat", "research_org", "ES"),
 E(AITEX, "research_org", "ES", "AITEX"), E("Alcoy", "place", "ES"),
 E("Pointex", "cluster", "IT"), E("Biella", "place", "IT"),
 E("Next Technology Tecnotessile", "research_org", "IT"), E("Prato", "place", "IT"),
 E(CIT, "research_org", "PT", "CITEVE"), E("Vila Nova de Famalicão", "place", "PT"),
 E(UM, "university", "PT"), E("Guimarães", "place", "PT"),
 E(DITF, "research_org", "DE", "DITF"), E("Denkendorf", "place", "DE"),
 E(AFBW, "cluster", "DE", "AFBW"), E("Stuttgart", "place", "DE"), E("Baden-Württemberg", "place", "DE"),
 E("Groupe CTT", "research_org", "CA"), E("Saint-Hyacinthe", "place", "CA"), E("Québec", "place", "CA"),
 E("Montréal", "place", "CA"), E("Vestechpro", "research_org", "CA"),
 E("REFIBRE", "project"), E("Horizon Europe", "programme"), E("Lainière Durand SAS", "company", "FR"),
 E("SKILLTEX", "project"), E("Erasmus+", "programme"),
 E("Techtextil", "event", "DE"), E("Messe Frankfurt", "company", "DE"), E("Frankfurt", "place", "DE"),
 E("Auvergne-Rhône-Alpes Entreprises", "public_body", "FR"),
],
relations=[
 R(TT, "located_in", "Auvergne-Rhône-Alpes"), R(TT, "located_in", "Écully"),
 R("Claire Dufresne", "works_for", TT),
 *[R(TT, "partner_of", p) for p, _ in TT_PARTNERS],
 *[R(p, "located_in", t) for p, t in TT_PARTNERS],
 R(AFBW, "located_in", "Baden-Württemberg"), R("Groupe CTT", "located_in", "Québec"),
 R(TT, "met_with", "Vestechpro"), R("Vestechpro", "located_in", "Montréal"),
 R("REFIBRE", "funded_by", "Horizon Europe"), R(CX, "leads", "REFIBRE"),
 *[R(o, "consortium_member_of", "REFIBRE") for o in (CX, TT, CIT, "Leitat", UM, "Lainière Durand SAS")],
 R(AEI, "leads", "SKILLTEX"), R("SKILLTEX", "funded_by", "Erasmus+"),
 *[R(o, "consortium_member_of", "SKILLTEX") for o in (AEI, TT, "Pointex")],
 R("Techtextil", "located_in", "Frankfurt"), R("Messe Frankfurt", "organized", "Techtextil"),
 R(TT, "participated_in", "Techtextil"),
 R("Auvergne-Rhône-Alpes Entreprises", "participated_in", "Techtextil"),
])

# --- delegation report: Energy Cluster Denmark in Japan (offshore wind) -------------
ECD = "Energy Cluster Denmark"
WE = "WIND EXPO"
EMB = "Embassy of Denmark in Tokyo"
SEM = "Denmark-Japan Offshore Wind Seminar"
JWPA = "Japan Wind Power Association"
NEDO = "New Energy and Industrial Technology Development Organization"
WBJ = "WindBridge Japan"
DIF = "Danish Industry Foundation"
APG = "Akita Prefectural Government"
DK_DELEGATION = (("Vindkraft Service ApS", "Esbjerg"), ("Fynsk Kabelteknik A/S", "Odense"),
                 ("HydroNord A/S", "Aalborg"), ("Bornholm Blade Repair", "Rønne"),
                 ("GridSense Analytics", "Aarhus"), ("Lillebælt Lift Systems", "Fredericia"),
                 ("Nordic Foundations ApS", "Esbjerg"))
GOLD["energy-cluster-denmark-japan-delegation-2024.txt"] = dict(
entities=[
 E(ECD, "cluster", "DK", "ECD"), E("Odense", "place", "DK"), E("Tokyo", "place", "JP"),
 E("Akita", "place", "JP"), E(WE, "event", "JP"), E(WBJ, "project"),
 E(DIF, "public_body", "DK", "Industriens Fond"), E("Mette Kjærgaard", "person", "DK"),
 E("RX Japan", "company", "JP"), E(EMB, "public_body", "DK"),
 *[E(c, "company", "DK") for c, _ in DK_DELEGATION],
 *[E(t, "place", "DK") for t in ("Esbjerg", "Aalborg", "Rønne", "Aarhus", "Fredericia")],
 E("Hokkaido", "place", "JP"), E(SEM, "event", "JP"),
 E("Peter Lund Hansen", "person", "DK"), E("Hiroshi Tanaka", "person", "JP", "Tanaka"),
 E(JWPA, "network", "JP", "JWPA"), E(NEDO, "public_body", "JP", "NEDO"), E("JERA", "company", "JP"),
 E(APG, "public_body", "JP"), E("Akita University", "university", "JP"),
],
relations=[
 R(ECD, "located_in", "Odense"),
 R(ECD, "leads", WBJ), R(WBJ, "funded_by", DIF),
 R("Mette Kjærgaard", "works_for", ECD), R("Mette Kjærgaard", "participated_in", WE),
 R(WE, "located_in", "Tokyo"), R("RX Japan", "organized", WE),
 R(ECD, "participated_in", WE), R(EMB, "participated_in", WE), R(EMB, "located_in", "Tokyo"),
 *[R(c, "member_of", ECD) for c, _ in DK_DELEGATION],
 *[R(c, "located_in", t) for c, t in DK_DELEGATION],
 *[R(c, "participated_in", WE) for c, _ in DK_DELEGATION],
 R(EMB, "organized", SEM), R(ECD, "organized", SEM), R(SEM, "located_in", "Tokyo"),
 *[R(o, "participated_in", SEM) for o in ("Peter Lund Hansen", "Hiroshi Tanaka", JWPA, NEDO, "JERA")],
 R("Peter Lund Hansen", "works_for", EMB), R("Hiroshi Tanaka", "works_for", JWPA),
 R(ECD, "partner_of", JWPA),
 R(ECD, "met_with", APG), R(ECD, "met_with", "Akita University"),
 R(APG, "located_in", "Akita"), R("Akita University", "located_in", "Akita"),
])

# --- consortium kick-off: EDGEMIND (ICT, edge-AI chips) ----------------------------
EM = "EDGEMIND"
IPMS = "Fraunhofer Institute for Photonic Microsystems"
TUD = "Technische Universität Dresden"
SS = "Silicon Saxony"
KDT = "Key Digital Technologies Joint Undertaking"
BD = "Brainport Development"
EM_PARTNERS = ((IPMS, "Dresden"), (TUD, "Dresden"), (SS, "Dresden"), ("CEA-Leti", "Grenoble"),
               ("Minalogic", "Grenoble"), ("imec", "Leuven"), (BD, "Eindhoven"),
               ("Politecnico di Torino", "Turin"), ("Sensilia S.r.l.", "Turin"),
               ("Tampere University", "Tampere"), ("Nordwave Semiconductors Oy", "Oulu"))
GOLD["edgemind-project-kickoff-dresden-2023.md"] = dict(
entities=[
 E(EM, "project", None, "Energy-efficient Design of Grounded Edge Machine Intelligence"),
 E(TUD, "university", "DE", "TU Dresden"), E(IPMS, "research_org", "DE", "Fraunhofer IPMS"),
 E("Horizon Europe", "programme"), E(KDT, "public_body", None, "KDT JU"),
 E("Katrin Weber", "person", "DE"), E(SS, "cluster", "DE", "Silicon Saxony e.V."),
 E("CEA-Leti", "research_org", "FR"), E("Minalogic", "cluster", "FR"), E("imec", "research_org", "BE"),
 E(BD, "public_body", "NL"), E("Politecnico di Torino", "university", "IT"),
 E("Sensilia S.r.l.", "company", "IT"), E("Tampere University", "university", "FI"),
 E("Nordwave Semiconductors Oy", "company", "FI"),
 E("Dresden", "place", "DE"), E("Grenoble", "place", "FR"), E("Leuven", "place", "BE"),
 E("Eindhoven", "place", "NL"), E("Turin", "place", "IT"), E("Tampere", "place", "FI"),
 E("Oulu", "place", "FI"),
 E("Martin Vogel", "person", "DE"), E("Saxony", "place", "DE"), E("Silicon Europe", "network"),
 E("Jana Richter", "person", "DE"), E("Dutch Technology Week", "event", "NL"),
 E("SEMICON Europa", "event", "DE"), E("SEMI", "network"), E("Munich", "place", "DE"),
],
relations=[
 R(EM, "funded_by", "Horizon Europe"), R(EM, "funded_by", KDT), R(IPMS, "leads", EM),
 *[R(p, "consortium_member_of", EM) for p, _ in EM_PARTNERS],
 *[R(p, "located_in", t) for p, t in EM_PARTNERS],
 R("Katrin Weber", "works_for", IPMS), R("Martin Vogel", "works_for", TUD),
 R(SS, "partner_of", "Minalogic"), R(SS, "located_in", "Saxony"),
 R(SS, "member_of", "Silicon Europe"), R("Minalogic", "member_of", "Silicon Europe"),
 R("Jana Richter", "works_for", SS),
 R(BD, "participated_in", "Dutch Technology Week"), R("Dutch Technology Week", "located_in", "Eindhoven"),
 R("SEMI", "organized", "SEMICON Europa"), R("SEMICON Europa", "located_in", "Munich"),
 R(SS, "participated_in", "SEMICON Europa"), R("Minalogic", "participated_in", "SEMICON Europa"),
])

# --- bulletin: Automotive Cluster of Slovenia (mobility) ----------------------------
ACS = "Automotive Cluster of Slovenia"
SAPD = "Slovenian Automotive Partnering Day"
GZS = "Chamber of Commerce and Industry of Slovenia"
EEN = "Enterprise Europe Network"
PANAC = "Pannon Automotive Cluster"
ACST = "ACstyria Mobilitätscluster"
MSAC = "Moravian-Silesian Automotive Cluster"
KOV = "Kovinar Ptuj d.o.o."
SAT = "Steirische Antriebstechnik GmbH"
IAA = "IAA Transportation"
VDA = "German Association of the Automotive Industry"
MID = "Mobility Innovation Days"
ADS = "Automotive Day Styria"
GASC = "Győr Automotive Suppliers Conference"
CMF = "CARA Mobility Forum"
AT = "AUTO-TRANSFORM"
CALENDAR = ((MID, "Novo mesto", ACS), (IAA, "Hanover", VDA), (ADS, "Graz", ACST),
            (GASC, "Győr", PANAC), (CMF, "Lyon", "CARA"))
GOLD["slovenian-automotive-cluster-event-calendar-2024.html"] = dict(
entities=[
 E(ACS, "cluster", "SI", "ACS", "Slovenski avtomobilski grozd"), E("Ljubljana", "place", "SI"),
 E(SAPD, "event", "SI", "Partnering Day Maribor", "Partnering Day"), E("Maribor", "place", "SI"),
 E(GZS, "public_body", "SI", "GZS"), E(EEN, "network", None, "EEN"),
 E(PANAC, "cluster", "HU", "PANAC"), E("Győr", "place", "HU"),
 E(ACST, "cluster", "AT"), E("Styria", "place", "AT"), E("Graz", "place", "AT"),
 E(MSAC, "cluster", "CZ", "MSAC"), E("Ostrava", "place", "CZ"),
 E(KOV, "company", "SI", "Kovinar Ptuj"), E("Ptuj", "place", "SI"), E(SAT, "company", "AT"),
 E("Boštjan Kranjc", "person", "SI"),
 E(IAA, "event", "DE"), E("Hanover", "place", "DE"), E(VDA, "network", "DE", "VDA"),
 E("SPIRIT Slovenia", "public_body", "SI"),
 E(MID, "event", "SI", "Dnevi inovacij v mobilnosti"), E("Novo mesto", "place", "SI"),
 E(ADS, "event", "AT"), E(GASC, "event", "HU"), E(CMF, "event", "FR"), E("Lyon", "place", "FR"),
 E("CARA", "cluster", "FR"),
 E(AT, "project"), E("Interreg Central Europe", "programme"),
 E("Tanja Mohorič", "person", "SI"), E("Gábor Kiss", "person", "HU"),
],
relations=[
 R(ACS, "located_in", "Ljubljana"),
 R(SAPD, "located_in", "Maribor"), *[R(o, "organized", SAPD) for o in (ACS, GZS, EEN)],
 *[R(o, "participated_in", SAPD) for o in (PANAC, ACST, MSAC, KOV, SAT)],
 R(PANAC, "located_in", "Győr"), R(ACST, "located_in", "Graz"), R(MSAC, "located_in", "Ostrava"),
 *[R(ACS, "partner_of", o) for o in (PANAC, ACST, MSAC)],
 R(KOV, "located_in", "Ptuj"), R(SAT, "located_in", "Graz"),
 R(KOV, "partner_of", SAT), R(KOV, "met_with", SAT),
 R("Boštjan Kranjc", "works_for", KOV),
 *[R(e, "located_in", t) for e, t, _ in CALENDAR],
 *[R(o, "organized", e) for e, _, o in CALENDAR],
 *[R(ACS, "participated_in", e) for e, _, _ in CALENDAR],
 R("SPIRIT Slovenia", "participated_in", IAA),
 R(ACS, "partner_of", "CARA"), R("CARA", "located_in", "Lyon"),
 R(ACS, "leads", AT), R(AT, "funded_by", "Interreg Central Europe"),
 *[R(o, "consortium_member_of", AT) for o in (ACS, PANAC, ACST, MSAC)],
 R("Tanja Mohorič", "works_for", ACS), R("Gábor Kiss", "works_for", PANAC),
])

# --- annual-report chapter: Basque Health Cluster (health) --------------------------
BHC = "Basque Health Cluster"
HCP = "Health Cluster Portugal"
KBIC = "Kobe Biomedical Innovation Cluster"
DHS = "DIGIHEALTH-SUDOE"
BIOC = "Biocruces Bizkaia Health Research Institute"
BHC_PARTNERS = (("Eurobiomed", "Marseille"), ("Atlanpole Biotherapies", "Nantes"),
                ("Medical Valley EMN", "Erlangen"), (HCP, "Porto"),
                ("Lombardy Life Sciences Cluster", "Milan"), ("Oslo Cancer Cluster", "Oslo"),
                ("Medical Alley", "Minneapolis"), (KBIC, "Kobe"))
BHC_MEDICA = (("Ekinmed Diagnostics", "Donostia-San Sebastián"), ("Bidasoa Surgical", "Irun"),
              ("Arrasate Orthopaedics", "Arrasate-Mondragón"),
              ("Gasteiz Digital Health", "Vitoria-Gasteiz"), ("Biokit Bizkaia", "Derio"))
PCOUNTRY = {"Marseille": "FR", "Nantes": "FR", "Erlangen": "DE", "Porto": "PT", "Milan": "IT",
            "Oslo": "NO", "Minneapolis": "US", "Kobe": "JP"}
GOLD["basque-health-cluster-international-report-2023.txt"] = dict(
entities=[
 E(BHC, "cluster", "ES", "BHC"), E("Basque Country", "place", "ES"), E("Bilbao", "place", "ES"),
 E("Maite Etxeberria", "person", "ES", "Etxeberria"),
 *[E(p, "cluster", PCOUNTRY[t], *(("KBIC",) if p == KBIC else ())) for p, t in BHC_PARTNERS],
 *[E(t, "place", PCOUNTRY[t]) for _, t in BHC_PARTNERS],
 E("MEDICA", "event", "DE", "MEDICA 2023"), E("Düsseldorf", "place", "DE"),
 E("Messe Düsseldorf", "company", "DE"),
 E("SPRI", "public_body", "ES", "Basque Business Development Agency"),
 *[E(c, "company", "ES") for c, _ in BHC_MEDICA], *[E(t, "place", "ES") for _, t in BHC_MEDICA],
 E(DHS, "project"), E("Interreg Sudoe", "programme"),
 E(BIOC, "research_org", "ES", "Biocruces Bizkaia"), E("Barakaldo", "place", "ES"),
 E("Osakidetza", "public_body", "ES", "Basque Health Service"), E("EIT Health", "network"),
],
relations=[
 R(BHC, "located_in", "Basque Country"), R(BHC, "located_in", "Bilbao"),
 R("Maite Etxeberria", "works_for", BHC), R("Maite Etxeberria", "participated_in", "MEDICA"),
 *[R(BHC, "partner_of", p) for p, _ in BHC_PARTNERS],
 *[R(p, "located_in", t) for p, t in BHC_PARTNERS],
 R("MEDICA", "located_in", "Düsseldorf"), R("Messe Düsseldorf", "organized", "MEDICA"),
 R(BHC, "participated_in", "MEDICA"), R("SPRI", "participated_in", "MEDICA"),
 *[R(c, "member_of", BHC) for c, _ in BHC_MEDICA],
 *[R(c, "located_in", t) for c, t in BHC_MEDICA],
 *[R(c, "participated_in", "MEDICA") for c, _ in BHC_MEDICA],
 R(DHS, "funded_by", "Interreg Sudoe"), R(BHC, "leads", DHS),
 *[R(o, "consortium_member_of", DHS) for o in (BHC, HCP, "Eurobiomed", BIOC, "Osakidetza")],
 R(BIOC, "located_in", "Barakaldo"),
 R(BHC, "member_of", "EIT Health"),
])

# --- delegation report: Galician Food Cluster at SIAL Paris (food) ------------------
CLU = "Clúster Alimentario de Galicia"
SIAL = "SIAL Paris"
IGAPE = "Galician Institute for Economic Promotion"
ICEX = "ICEX España Exportación e Inversiones"
AFIF = "Atlantic Food Innovation Forum"
AFH = "ATLANTIC-FOODHUB"
GAL_DELEGATION = (("Conservas Ría de Arousa", "Vilagarcía de Arousa"), ("Lácteos do Xallas", "Santa Comba"),
                  ("Mexillón Atlántico", "Cambados"), ("Forno de Ourense", "Ourense"),
                  ("Castañas da Ribeira Sacra", "Monforte de Lemos"),
                  ("Horta de Padrón S. Coop. Galega", "Padrón"), ("Viñedos do Ribeiro", "Ribadavia"))
GOLD["clusaga-sial-paris-delegation-2024.html"] = dict(
entities=[
 E(CLU, "cluster", "ES", "Galician Food Cluster", "Clusaga"), E("Santiago de Compostela", "place", "ES"),
 E("Galicia", "place", "ES"), E(SIAL, "event", "FR"), E("Comexposium", "company", "FR"),
 E("Paris", "place", "FR"), E(IGAPE, "public_body", "ES", "IGAPE"), E(ICEX, "public_body", "ES", "ICEX"),
 E("Sonia Castro", "person", "ES"),
 *[E(c, "company", "ES") for c, _ in GAL_DELEGATION], *[E(t, "place", "ES") for _, t in GAL_DELEGATION],
 E("Valorial", "cluster", "FR"), E("Brittany", "place", "FR"), E("Rennes", "place", "FR"),
 E("Jean-Marc Le Goff", "person", "FR"),
 E("Aquimer", "cluster", "FR"), E("Boulogne-sur-Mer", "place", "FR"),
 E("Seafood Expo Global", "event"), E(AFIF, "event", "ES"), E("Vigo", "place", "ES"),
 E(AFH, "project"), E("Interreg Atlantic Area", "programme"), E("PortugalFoods", "cluster", "PT"),
 E("Porto", "place", "PT"),
],
relations=[
 R(CLU, "located_in", "Santiago de Compostela"), R(CLU, "located_in", "Galicia"),
 R(SIAL, "located_in", "Paris"), R("Comexposium", "organized", SIAL),
 *[R(o, "participated_in", SIAL) for o in (CLU, IGAPE, ICEX, "Sonia Castro")],
 R("Sonia Castro", "works_for", CLU),
 *[R(c, "member_of", CLU) for c, _ in GAL_DELEGATION],
 *[R(c, "located_in", t) for c, t in GAL_DELEGATION],
 *[R(c, "participated_in", SIAL) for c, _ in GAL_DELEGATION],
 R(CLU, "partner_of", "Valorial"), R("Valorial", "located_in", "Rennes"),
 R("Valorial", "located_in", "Brittany"), R("Jean-Marc Le Goff", "works_for", "Valorial"),
 R("Jean-Marc Le Goff", "participated_in", SIAL), R("Valorial", "participated_in", SIAL),
 R(CLU, "met_with", "Aquimer"), R("Aquimer", "located_in", "Boulogne-sur-Mer"),
 R("Aquimer", "participated_in", SIAL),
 R(CLU, "organized", AFIF), R("Valorial", "organized", AFIF), R(AFIF, "located_in", "Vigo"),
 R(AFH, "funded_by", "Interreg Atlantic Area"), R("PortugalFoods", "leads", AFH),
 *[R(o, "consortium_member_of", AFH) for o in ("PortugalFoods", CLU, "Valorial")],
 R("PortugalFoods", "located_in", "Porto"),
])

# --- newsletter: Estonian ICT Cluster (ICT, Nordic-Baltic) --------------------------
EIC = "Estonian ICT Cluster"
TAL = "Tallinn University of Technology"
LIKTA = "Latvian Information and Communications Technology Association"
EE_MEMBERS = (("Kvanttek OÜ", "Tartu"), ("Emajõe AI OÜ", "Tartu"), ("Pärnu Data Systems OÜ", "Pärnu"),
              ("Narva Robotics OÜ", "Narva"), ("Viljandi Cloud Services", "Viljandi"),
              ("Tallinn Fintech Lab OÜ", "Tallinn"), (TAL, "Tallinn"))
EE_PARTNERS = (("BusinessOulu", "Oulu"), (LIKTA, "Riga"), ("Infobalt", "Vilnius"),
               ("Kista Science City", "Stockholm"), ("Oslo Business Region", "Oslo"))
EE_EVENTS = (("sTARTUp Day", "Tartu", "Tartu Science Park"), ("Latitude59", "Tallinn", "Startup Estonia"),
             ("Baltic Digital Days", "Vilnius", "Infobalt"), ("Riga Comm", "Riga", LIKTA))
GOLD["estonian-ict-cluster-newsletter-december-2022.txt"] = dict(
entities=[
 E(EIC, "cluster", "EE"), E("Tallinn", "place", "EE"), E("Kristi Tamm", "person", "EE"),
 *[E(c, "company", "EE") for c, _ in EE_MEMBERS if c != TAL], E(TAL, "university", "EE", "TalTech"),
 *[E(t, "place", "EE") for t in ("Tartu", "Pärnu", "Narva", "Viljandi")],
 E("Helsinki", "place", "FI"), E("Stockholm", "place", "SE"), E("Mart Kivi", "person", "EE"),
 E("BusinessOulu", "public_body", "FI"), E("Oulu", "place", "FI"),
 E(LIKTA, "network", "LV", "LIKTA"), E("Riga", "place", "LV"),
 E("Infobalt", "network", "LT"), E("Vilnius", "place", "LT"),
 E("Kista Science City", "cluster", "SE"), E("Oslo Business Region", "public_body", "NO"),
 E("Oslo", "place", "NO"),
 E("sTARTUp Day", "event", "EE"), E("Tartu Science Park", "cluster", "EE"),
 E("Latitude59", "event", "EE"), E("Startup Estonia", "public_body", "EE"),
 E("Baltic Digital Days", "event", "LT"), E("Riga Comm", "event", "LV"),
 E("CYBERBRIDGE", "project"), E("Interreg Central Baltic", "programme"),
],
relations=[
 R(EIC, "located_in", "Tallinn"), R("Kristi Tamm", "works_for", EIC),
 *[R(c, "member_of", EIC) for c, _ in EE_MEMBERS],
 *[R(c, "located_in", t) for c, t in EE_MEMBERS],
 R("Mart Kivi", "works_for", "Kvanttek OÜ"),
 *[R(EIC, "partner_of", p) for p, _ in EE_PARTNERS],
 *[R(p, "located_in", t) for p, t in EE_PARTNERS],
 *[R(e, "located_in", t) for e, t, _ in EE_EVENTS],
 *[R(o, "organized", e) for e, _, o in EE_EVENTS],
 *[R(EIC, "participated_in", e) for e, _, _ in EE_EVENTS],
 R("CYBERBRIDGE", "funded_by", "Interreg Central Baltic"), R(TAL, "leads", "CYBERBRIDGE"),
 *[R(o, "consortium_member_of", "CYBERBRIDGE") for o in (TAL, EIC, LIKTA, "BusinessOulu")],
])


def check():
    assert len(GOLD) == 8, len(GOLD)
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["name"] not in types, (doc, "duplicate entity", e["name"])
            types[e["name"]] = e["type"]
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, (doc, "surface form used twice", form, forms[key], e["name"])
                forms[key] = e["name"]
                assert key in text, (doc, "not in text", form)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (doc, r)
            assert s in types and o in types, (doc, "undeclared end", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, (doc, "types not allowed", r, types[s], types[o])
            assert s != o, (doc, r)
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, (doc, "duplicate relation", r)
            seen.add(key)


check()
for name, gold in GOLD.items():
    path = HERE / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.name, len(gold["entities"]), len(gold["relations"]))
