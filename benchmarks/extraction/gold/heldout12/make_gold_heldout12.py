"""Hand annotations of the `heldout12` set (eight documents, the final untouched measurement).

    .venv/bin/python benchmarks/extraction/gold/heldout12/make_gold_heldout12.py

Writes one JSON per document of `docs/heldout12/` next to this script. Same rules
as make_gold.py (README, "Documents and gold"); written by a separate annotator
who did not see the pipeline or its output, and kept untouched as the final
measurement: nobody looks at these documents or this gold before the one scoring.

Conventions used here:
- trade and industry associations (GIFAS, SIATI, ABIMO, SwedenBIO, MassBio,
  EURATEX, Cosmetics Europe, Swiss Textiles, AIPER) are `network`; clusters
  that call themselves clusters are `cluster`;
- chambers of commerce, ministries, agencies, development banks are `public_body`;
- planned participations stated as agreed ("will host them on its stand") are
  annotated like past ones; mere invitations are not;
- `partner_of` is annotated when the text states an agreement, MoU, letter of
  intent, partnership or cooperation, or a standing jointly-run service; not
  for a one-off pavilion or mission run "with" someone;
- a pavilion, stand or theatre inside an event is not an entity of its own;
  "European Union" (only as "the EU's ..." / "the European Union's Horizon
  Europe") is not annotated.
"""

import json
from pathlib import Path

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


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- annual-report chapter: French agri-food cluster, Africa and the Americas ----------
VI = "Vitagora"
KALRO = "Kenya Agricultural and Livestock Research Organization"
IAD = "Institut Agro Dijon"
SIAM = "Salon International de l'Agriculture au Maroc"
EFT = "Embrapa Food Technology"
PIC = "Protein Industries Canada"
P4A = "PROTEIN4AFRICA"
WUR = "Wageningen University & Research"
AER = "Agence Économique Régionale de Bourgogne-Franche-Comté"
CCIK = "French Chamber of Commerce in Kenya"
GOLD["vitagora-international-development-2023.txt"] = dict(
entities=[
 E(VI, "cluster", "FR"), E("Bourgogne-Franche-Comté", "place", "FR"),
 E("Nairobi", "place", "KE"), E("Meknes", "place", "MA"),
 E("Business France", "public_body", "FR"), E(CCIK, "public_body", "KE", "CCI France Kenya"),
 E(KALRO, "research_org", "KE", "KALRO"), E(IAD, "university", "FR"),
 E("Nutrinov", "company", "FR"), E("Besançon", "place", "FR"),
 E("Graines de Bourgogne", "company", "FR"), E("Beaune", "place", "FR"),
 E("Twiga Foods", "company", "KE"),
 E(SIAM, "event", "MA", "SIAM"), E("Agropolis Meknès", "cluster", "MA"),
 E("Bourgogne-Franche-Comté Regional Council", "public_body", "FR"),
 E("Protein Bridge", "event", "BR"), E("Fispal Tecnologia", "event", "BR"),
 E("São Paulo", "place", "BR"),
 E("Sabor Verde Alimentos", "company", "BR"), E("Campinas", "place", "BR"),
 E("FermenTech Bourgogne", "company", "FR"), E("Dijon", "place", "FR"),
 E(EFT, "research_org", "BR", "Embrapa Agroindústria de Alimentos", "Embrapa"),
 E("Rio de Janeiro", "place", "BR"),
 E(PIC, "cluster", "CA", "PIC"), E("Pulse to Plate", "event"),
 E("Regina", "place", "CA"), E("Saskatchewan", "place", "CA"),
 E(P4A, "project"), E("Horizon Europe", "programme"), E("Wageningen", "place", "NL"),
 E(WUR, "university", "NL", "WUR"), E("University of Nairobi", "university", "KE"),
 E("Anuga", "event", "DE"), E("Cologne", "place", "DE"),
 E(AER, "public_body", "FR", "AER BFC"), E("EIT Food", "network"),
 E("Grace Wanjiru", "person", "KE", "Dr Grace Wanjiru"),
 E("Claire Moulin", "person", "FR"),
],
relations=[
 R(VI, "located_in", "Bourgogne-Franche-Comté"),
 R(VI, "partner_of", "Business France"), R(VI, "partner_of", CCIK),
 R(VI, "partner_of", KALRO), R(KALRO, "partner_of", IAD),
 R("Nutrinov", "member_of", VI), R("Nutrinov", "located_in", "Besançon"),
 R("Graines de Bourgogne", "member_of", VI), R("Graines de Bourgogne", "located_in", "Beaune"),
 R("Nutrinov", "met_with", "Twiga Foods"), R("Graines de Bourgogne", "met_with", "Twiga Foods"),
 R("Nutrinov", "partner_of", "Twiga Foods"), R("Graines de Bourgogne", "partner_of", "Twiga Foods"),
 R("Twiga Foods", "located_in", "Nairobi"),
 R(VI, "participated_in", SIAM), R(SIAM, "located_in", "Meknes"),
 R("Agropolis Meknès", "participated_in", SIAM), R(VI, "partner_of", "Agropolis Meknès"),
 R(VI, "organized", "Protein Bridge"), R("Protein Bridge", "located_in", "São Paulo"),
 R("Fispal Tecnologia", "located_in", "São Paulo"),
 R("Sabor Verde Alimentos", "participated_in", "Protein Bridge"),
 R("Sabor Verde Alimentos", "located_in", "Campinas"),
 R("Sabor Verde Alimentos", "partner_of", "FermenTech Bourgogne"),
 R("FermenTech Bourgogne", "located_in", "Dijon"),
 R(VI, "partner_of", EFT), R(EFT, "located_in", "Rio de Janeiro"),
 R(VI, "organized", "Pulse to Plate"), R(PIC, "organized", "Pulse to Plate"),
 R(PIC, "located_in", "Regina"), R(PIC, "located_in", "Saskatchewan"),
 R(P4A, "funded_by", "Horizon Europe"), R(WUR, "leads", P4A),
 *[R(o, "consortium_member_of", P4A) for o in (
   WUR, KALRO, EFT, "University of Nairobi", IAD, VI)],
 R("Anuga", "located_in", "Cologne"), R(VI, "participated_in", "Anuga"),
 R(AER, "participated_in", "Anuga"),
 R(VI, "member_of", "EIT Food"),
 R("Grace Wanjiru", "works_for", KALRO), R("Claire Moulin", "works_for", VI),
])

# --- press release: MoU French aerospace cluster / Indian association at Aero India ----
AV = "Aerospace Valley"
SIATI = "Society of Indian Aerospace Technologies & Industries"
AI = "Aero India 2025"
CEF = "Indo-French Centre for the Promotion of Advanced Research"
PAS = "Paris Air Show"
GIFAS = "Groupement des industries françaises aéronautiques et spatiales"
OAS = "Occitanie Avionique Systems"
LUA = "Landes Usinage Aéro"
PD = "Pyrénées Drones"
BPA = "Bharat Precision Aerostructures"
NDA = "NavaDrishti Aero"
DAC = "Deccan Aero Composites"
DEO = "Defence Exhibition Organisation"
ENAC = "École nationale de l'aviation civile"
IISC = "Indian Institute of Science"
GOLD["aerospace-valley-siati-mou-aero-india-2025.md"] = dict(
entities=[
 E(AV, "cluster", "FR"), E(SIATI, "network", "IN", "SIATI"),
 E(AI, "event", "IN", "Aero India"), E("Air Force Station Yelahanka", "place", "IN"),
 E("Bengaluru", "place", "IN"), E("Toulouse", "place", "FR"),
 E("Marc Delaunay", "person", "FR", "Delaunay"),
 E("Raghavan Srinivasan", "person", "IN", "Dr Raghavan Srinivasan", "Dr Srinivasan", "Srinivasan"),
 E("Business France", "public_body", "FR", "Business France India"),
 E(CEF, "public_body", "IN", "CEFIPRA"),
 E(PAS, "event", "FR"), E("Paris-Le Bourget", "place", "FR"),
 E("Occitanie", "place", "FR"), E("Nouvelle-Aquitaine", "place", "FR"),
 E(GIFAS, "network", "FR", "GIFAS"),
 E(OAS, "company", "FR"), E("Blagnac", "place", "FR"),
 E(DAC, "company", "IN"), E("Hyderabad", "place", "IN"),
 E(LUA, "company", "FR"), E("Mont-de-Marsan", "place", "FR"),
 E(PD, "company", "FR"), E("Pau", "place", "FR"),
 E(BPA, "company", "IN"), E("Hosur", "place", "IN"), E(NDA, "company", "IN"),
 E(DEO, "public_body", "IN", "DEO"),
 E("Ministry of Defence", "public_body", "IN", "Indian Ministry of Defence"),
 E("Hindustan Aeronautics Limited", "company", "IN", "HAL"),
 E("SKYSKILL", "project"), E(ENAC, "university", "FR", "ENAC"),
 E(IISC, "university", "IN", "IISc"), E("Bordeaux", "place", "FR"),
 E("European Aerospace Cluster Partnership", "network", None, "EACP"),
 E("Aéro Montréal", "cluster", "CA"), E("bavAIRia", "cluster", "DE"),
 E("Sophie Castaing", "person", "FR"),
],
relations=[
 R(AV, "partner_of", SIATI),
 R(AV, "participated_in", AI), R(SIATI, "participated_in", AI),
 R(AI, "located_in", "Air Force Station Yelahanka"), R(AI, "located_in", "Bengaluru"),
 R("Marc Delaunay", "works_for", AV), R("Raghavan Srinivasan", "works_for", SIATI),
 R("Marc Delaunay", "participated_in", AI), R("Raghavan Srinivasan", "participated_in", AI),
 R("Business France", "participated_in", AI), R(GIFAS, "participated_in", AI),
 R(AV, "participated_in", PAS), R(SIATI, "participated_in", PAS),
 R(PAS, "located_in", "Paris-Le Bourget"),
 *[R(c, "participated_in", AI) for c in (OAS, LUA, PD, BPA, NDA)],
 *[R(c, "member_of", AV) for c in (OAS, LUA, PD)],
 R(OAS, "located_in", "Blagnac"), R(LUA, "located_in", "Mont-de-Marsan"),
 R(PD, "located_in", "Pau"),
 R(OAS, "partner_of", DAC), R(DAC, "located_in", "Hyderabad"),
 R(PD, "met_with", BPA), R(PD, "met_with", NDA),
 R(BPA, "located_in", "Hosur"), R(NDA, "located_in", "Bengaluru"),
 R(DEO, "organized", AI), R("Hindustan Aeronautics Limited", "participated_in", AI),
 R("SKYSKILL", "funded_by", CEF),
 *[R(o, "consortium_member_of", "SKYSKILL") for o in (ENAC, IISC, AV, SIATI)],
 R(ENAC, "located_in", "Toulouse"), R(IISC, "located_in", "Bengaluru"),
 R(AV, "located_in", "Occitanie"), R(AV, "located_in", "Nouvelle-Aquitaine"),
 R(AV, "located_in", "Toulouse"), R(AV, "located_in", "Bordeaux"),
 R(AV, "member_of", "European Aerospace Cluster Partnership"),
 R(AV, "partner_of", "Aéro Montréal"), R(AV, "partner_of", "bavAIRia"),
 R(SIATI, "located_in", "Bengaluru"),
 R("Sophie Castaing", "works_for", AV),
])

# --- delegation report (HTML, table): German medtech cluster in Brazil and Mexico ------
MV = "Medical Valley Europäische Metropolregion Nürnberg"
AHK = "German-Brazilian Chamber of Industry and Commerce in São Paulo"
CAM = "Cámara Mexicano-Alemana de Comercio e Industria"
HOSP = "Hospitalar 2024"
GMF = "German-Brazilian MedTech Forum"
GMD = "German-Mexican MedTech Day"
TEC = "Tecnológico de Monterrey"
CSNL = "Clúster de Salud de Nuevo León"
IPT = "Instituto de Pesquisas Tecnológicas"
SD = "Sensomed Diagnostics GmbH"
FAU = "Friedrich-Alexander-Universität Erlangen-Nürnberg"
IIS = "Fraunhofer Institute for Integrated Circuits IIS"
DELEG = ((SD, "Erlangen"), ("OrthoFrank GmbH", "Forchheim"), ("Franken Dental Systems", "Fürth"),
         ("Nürnberger Kathetertechnik GmbH", "Nuremberg"), ("Bamberg Bioprint", "Bamberg"),
         ("Regnitz MedSoft", "Erlangen"), (IIS, "Erlangen"), (FAU, "Erlangen"))
GOLD["medical-valley-emn-latin-america-delegation-2024.html"] = dict(
entities=[
 E(MV, "cluster", "DE", "Medical Valley EMN"), E("Franconia", "place", "DE"),
 E("São Paulo", "place", "BR"), E("Monterrey", "place", "MX"),
 E("Nuremberg Metropolitan Region", "place", "DE"), E("Erlangen", "place", "DE"),
 E("Bavarian State Ministry of Economic Affairs", "public_body", "DE", "StMWi"),
 E("Bayern International", "public_body", "DE"),
 E(AHK, "public_body", "BR", "AHK São Paulo"), E(CAM, "public_body", "MX", "CAMEXA"),
 E(HOSP, "event", "BR", "Hospitalar"), E("São Paulo Expo", "place", "BR"),
 E("Germany Trade & Invest", "public_body", "DE", "GTAI"),
 E(GMF, "event", "BR"),
 E("Agência Nacional de Vigilância Sanitária", "public_body", "BR", "ANVISA"),
 E("ABIMO", "network", "BR"), E(IPT, "research_org", "BR", "IPT"),
 E(SD, "company", "DE", "Sensomed Diagnostics"),
 E("Nuevo León", "place", "MX"), E(GMD, "event", "MX"), E(TEC, "university", "MX"),
 E(CSNL, "cluster", "MX"),
 E("Luis Garza Treviño", "person", "MX", "Ing. Luis Garza Treviño"),
 E("MedtecLIVE", "event", "DE"), E("Nuremberg", "place", "DE"),
 E("OrthoFrank GmbH", "company", "DE", "OrthoFrank"), E("Forchheim", "place", "DE"),
 E("Franken Dental Systems", "company", "DE"), E("Fürth", "place", "DE"),
 E("Nürnberger Kathetertechnik GmbH", "company", "DE"),
 E("Bamberg Bioprint", "company", "DE"), E("Bamberg", "place", "DE"),
 E("Regnitz MedSoft", "company", "DE"), E(IIS, "research_org", "DE"),
 E(FAU, "university", "DE", "FAU"),
 E("MedSul Distribuidora", "company", "BR"), E("Curitiba", "place", "BR"),
 E("Proxima Médica", "company", "MX"), E("Apodaca", "place", "MX"),
 E("German Academic Exchange Service", "public_body", "DE", "DAAD"),
 E("Katrin Weiß", "person", "DE", "Dr Katrin Weiß"), E("Jonas Hofmann", "person", "DE"),
 E("Arab Health", "event", "AE"), E("Dubai", "place", "AE"),
],
relations=[
 R(MV, "located_in", "Erlangen"),
 R(HOSP, "located_in", "São Paulo"), R(HOSP, "located_in", "São Paulo Expo"),
 R(MV, "participated_in", HOSP), R("Germany Trade & Invest", "participated_in", HOSP),
 *[R(o, "participated_in", HOSP) for o, _ in DELEG],
 *[R(o, "located_in", t) for o, t in DELEG],
 R(AHK, "located_in", "São Paulo"), R(AHK, "organized", GMF),
 R("Agência Nacional de Vigilância Sanitária", "participated_in", GMF),
 R("ABIMO", "participated_in", GMF),
 R(IPT, "located_in", "São Paulo"), R(IPT, "partner_of", SD),
 R(MV, "organized", GMD), R(CAM, "organized", GMD), R(GMD, "located_in", "Monterrey"),
 R(MV, "partner_of", CSNL), R(MV, "participated_in", GMD), R(CSNL, "participated_in", GMD),
 R("Luis Garza Treviño", "works_for", CSNL),
 R("MedtecLIVE", "located_in", "Nuremberg"),
 R("OrthoFrank GmbH", "partner_of", "MedSul Distribuidora"),
 R("MedSul Distribuidora", "located_in", "Curitiba"),
 R("Franken Dental Systems", "met_with", "Proxima Médica"),
 R("Regnitz MedSoft", "met_with", "Proxima Médica"),
 R("Proxima Médica", "located_in", "Apodaca"),
 R(FAU, "partner_of", TEC),
 R("Katrin Weiß", "works_for", MV), R("Jonas Hofmann", "works_for", MV),
 R(MV, "participated_in", "Arab Health"), R("Arab Health", "located_in", "Dubai"),
])

# --- event report (HTML): French cosmetics cluster at a Bangkok ingredients show -------
CV = "Cosmetic Valley"
ICA = "in-cosmetics Asia 2024"
BITEC = "Bangkok International Trade & Exhibition Centre"
LON = "Laboratoires Orléans Naturels"
SN = "Sève de Normandie"
PT = "Parfums de Touraine"
BI = "Biocosm'Ingrédients"
MFU = "Mae Fah Luang University"
BOI = "Thailand Board of Investment"
KHIDI = "Korea Health Industry Development Institute"
MEMBERS4 = ((LON, "Orléans"), (SN, "Rouen"), (PT, "Tours"), (BI, "Chartres"))
GOLD["cosmetic-valley-in-cosmetics-asia-bangkok-2024.html"] = dict(
entities=[
 E(ICA, "event", "TH", "in-cosmetics Asia"), E("Bangkok", "place", "TH"),
 E(BITEC, "place", "TH", "BITEC"),
 E(CV, "cluster", "FR"), E("Chartres", "place", "FR"),
 E("Centre-Val de Loire", "place", "FR"), E("Normandy", "place", "FR"),
 E("Île-de-France", "place", "FR"),
 E("Business France", "public_body", "FR"), E("RX Global", "company", "GB"),
 E(LON, "company", "FR"), E("Orléans", "place", "FR"),
 E(SN, "company", "FR"), E("Rouen", "place", "FR"),
 E(PT, "company", "FR"), E("Tours", "place", "FR"),
 E(BI, "company", "FR"),
 E("Siam Beauty Supply", "company", "TH"),
 E("Hanbit Cosmetics", "company", "KR"), E("Osong", "place", "KR"),
 E("Émilie Laurent", "person", "FR", "Laurent"),
 E("Pimchanok Srisuk", "person", "TH", "Dr Pimchanok Srisuk"),
 E(MFU, "university", "TH", "MFU"), E("Chiang Rai", "place", "TH"),
 E(BOI, "public_body", "TH", "BOI"), E("Eastern Economic Corridor", "place", "TH", "EEC"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E("Chungcheongbuk-do", "place", "KR"),
 E("ASEAN Cosmetic Association", "network", None, "ACA"),
 E("Cosmetics Europe", "network", "BE"), E("Brussels", "place", "BE"),
 E("Cosmetic 360", "event", "FR"), E("Paris", "place", "FR"),
],
relations=[
 R(ICA, "located_in", "Bangkok"), R(ICA, "located_in", BITEC),
 R(CV, "participated_in", ICA), R(CV, "located_in", "Chartres"),
 R(CV, "located_in", "Centre-Val de Loire"), R(CV, "located_in", "Normandy"),
 R(CV, "located_in", "Île-de-France"),
 R("Business France", "participated_in", ICA), R("RX Global", "organized", ICA),
 *[R(c, "participated_in", ICA) for c, _ in MEMBERS4],
 *[R(c, "member_of", CV) for c, _ in MEMBERS4],
 *[R(c, "located_in", t) for c, t in MEMBERS4],
 R(SN, "partner_of", "Siam Beauty Supply"), R("Siam Beauty Supply", "located_in", "Bangkok"),
 R("Siam Beauty Supply", "participated_in", ICA),
 R(PT, "met_with", "Hanbit Cosmetics"), R("Hanbit Cosmetics", "participated_in", ICA),
 R("Hanbit Cosmetics", "located_in", "Osong"),
 R("Émilie Laurent", "works_for", CV), R("Émilie Laurent", "participated_in", ICA),
 R("Pimchanok Srisuk", "works_for", MFU), R("Pimchanok Srisuk", "participated_in", ICA),
 R(MFU, "located_in", "Chiang Rai"), R(MFU, "partner_of", CV), R(MFU, "participated_in", ICA),
 R(CV, "met_with", BOI), R(CV, "met_with", KHIDI),
 R(BOI, "participated_in", ICA), R(KHIDI, "participated_in", ICA),
 R(KHIDI, "located_in", "Osong"), R(KHIDI, "located_in", "Chungcheongbuk-do"),
 R(CV, "member_of", "Cosmetics Europe"), R("Cosmetics Europe", "located_in", "Brussels"),
 R(CV, "organized", "Cosmetic 360"), R("Cosmetic 360", "located_in", "Paris"),
])

# --- EU consortium kick-off (Markdown, partner list): textile recycling ----------------
CL = "CIRCULOOM"
CTB = "Centexbel"
CIT = "Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal"
AIT = "Asociación de Investigación de la Industria Textil"
DITF = "Deutsche Institute für Textil- und Faserforschung Denkendorf"
LRP = "Lanificio Rigenera Pratese S.r.l."
EGE = "Ege Geri Dönüşüm Tekstil A.Ş."
CET = "Centre Technique du Textile"
RN = "Rewoven Nordic AB"
EUR = "European Apparel and Textile Confederation"
SERI = "Swiss State Secretariat for Education, Research and Innovation"
TT = "Techtextil 2024"
ADD = "Aachen-Dresden-Denkendorf International Textile Conference"
PARTNERS5 = ((CTB, "Ghent"), ("Techtera", "Lyon"), (CIT, "Vila Nova de Famalicão"),
             (AIT, "Alcoy"), ("Politecnico di Milano", "Milan"), (DITF, "Denkendorf"),
             (LRP, "Prato"), (EGE, "İzmir"), (CET, "Ben Arous"), (RN, "Borås"),
             (EUR, "Brussels"))
GOLD["circuloom-horizon-europe-textile-kickoff-2024.md"] = dict(
entities=[
 E(CL, "project", None, "Circular fibre-to-fibre recycling of mixed post-consumer textiles"),
 E("Ghent", "place", "BE"), E(CTB, "research_org", "BE"), E("Horizon Europe", "programme"),
 E("Els Vandeweghe", "person", "BE", "Dr Els Vandeweghe"),
 E("Techtera", "cluster", "FR"), E("Lyon", "place", "FR"),
 E("Auvergne-Rhône-Alpes", "place", "FR"),
 E(CIT, "research_org", "PT", "CITEVE"), E("Vila Nova de Famalicão", "place", "PT"),
 E(AIT, "research_org", "ES", "AITEX"), E("Alcoy", "place", "ES"),
 E("Politecnico di Milano", "university", "IT"), E("Milan", "place", "IT"),
 E(DITF, "research_org", "DE", "DITF"), E("Denkendorf", "place", "DE"),
 E(LRP, "company", "IT"), E("Prato", "place", "IT"),
 E(EGE, "company", "TR", "Ege Geri Dönüşüm"), E("İzmir", "place", "TR"),
 E(CET, "research_org", "TN", "CETTEX"), E("Ben Arous", "place", "TN"),
 E(RN, "company", "SE", "Rewoven Nordic"), E("Borås", "place", "SE"),
 E(EUR, "network", "BE", "EURATEX"), E("Brussels", "place", "BE"),
 E("Swiss Textiles", "network", "CH"), E(SERI, "public_body", "CH", "SERI"),
 E("Monastir", "place", "TN"), E("Sousse", "place", "TN"),
 E("Zwijnaarde", "place", "BE"),
 E("Clarisse Morel", "person", "FR"),
 E("Cluster Têxtil: Tecnologia e Moda", "cluster", "PT"),
 E("ReHubs", "project"), E("T-REX", "project"),
 E(TT, "event", "DE", "Techtextil"), E("Frankfurt am Main", "place", "DE"),
 E(ADD, "event", "DE"), E("Aachen", "place", "DE"),
],
relations=[
 R(CL, "funded_by", "Horizon Europe"), R(CTB, "leads", CL),
 *[R(o, "consortium_member_of", CL) for o, _ in PARTNERS5],
 *[R(o, "located_in", t) for o, t in PARTNERS5],
 R("Techtera", "located_in", "Auvergne-Rhône-Alpes"),
 R("Swiss Textiles", "consortium_member_of", CL), R("Swiss Textiles", "funded_by", SERI),
 R(CTB, "located_in", "Zwijnaarde"),
 R("Els Vandeweghe", "works_for", CTB), R("Clarisse Morel", "works_for", "Techtera"),
 R(EUR, "leads", "ReHubs"), R("T-REX", "funded_by", "Horizon Europe"),
 R(TT, "located_in", "Frankfurt am Main"),
 R(CTB, "participated_in", TT), R("Techtera", "participated_in", TT),
 R(ADD, "located_in", "Aachen"), R(DITF, "participated_in", ADD),
])

# --- newsletter (plain text, seven items): Danish life-science cluster -----------------
DL = "Danish Life Science Cluster"
CEBR = "Council of European BioRegions"
KB = "Osong Medical Innovation Foundation"
BES = "BIO-Europe Spring 2025"
NPT = "Nordic Phage Therapeutics"
GB = "Glycomer Bio"
DOC = "DIGI-ONCO-CARE"
KI = "Karolinska Institutet"
SDU = "University of Southern Denmark"
PN = "PhageNet Europe"
COST = "European Cooperation in Science and Technology"
ELI = "Eliava Institute of Bacteriophages, Microbiology and Virology"
MVA = "Medicon Valley Alliance"
BA = "BRIDGE-ATMP"
INT = "Interreg Öresund-Kattegat-Skagerrak"
CRD = "Capital Region of Denmark"
NLSD = "Nordic Life Science Days"
MB = "Massachusetts Biotechnology Council"
GOLD["danish-life-science-cluster-international-newsletter-2025.txt"] = dict(
entities=[
 E(DL, "cluster", "DK", "DLSC"), E("Copenhagen", "place", "DK"), E("Milan", "place", "IT"),
 E(CEBR, "network", None, "CEBR"), E("Brussels", "place", "BE"),
 E("Mette Kjær", "person", "DK"),
 E(KB, "research_org", "KR", "KBIOHealth"), E("Osong", "place", "KR"),
 E("Park Ji-hoon", "person", "KR", "Dr Park Ji-hoon"),
 E("BioInnovation Institute", "research_org", "DK", "BII"),
 E("Technical University of Denmark", "university", "DK", "DTU"),
 E("Kongens Lyngby", "place", "DK"),
 E(BES, "event", "IT", "BIO-Europe Spring"),
 E("Trade Council of Denmark", "public_body", "DK"),
 E(NPT, "company", "DK"), E(GB, "company", "DK"), E("Aarhus", "place", "DK"),
 E("RoboPharma Labs", "company", "DK"), E("Odense", "place", "DK"),
 E("Lombardia BioProcess", "company", "IT"), E("EBD Group", "company"),
 E(DOC, "project"), E("EU4Health", "programme"),
 E(KI, "university", "SE"), E("Stockholm", "place", "SE"),
 E(SDU, "university", "DK", "SDU"),
 E("Connected Health", "cluster", "EE"), E("Tallinn", "place", "EE"),
 E("KU Leuven", "university", "BE"),
 E(PN, "project"), E(COST, "programme", None, "COST"),
 E(ELI, "research_org", "GE"), E("Tbilisi", "place", "GE"),
 E(MVA, "cluster", "DK", "MVA"), E(INT, "programme"), E(BA, "project"),
 E("Lund University", "university", "SE"),
 E(CRD, "public_body", "DK", "Region Hovedstaden"),
 E("Seoul", "place", "KR"),
 E("Innovation Centre Denmark Seoul", "public_body", "DK"),
 E(NLSD, "event", "SE"), E("Malmö", "place", "SE"), E("SwedenBIO", "network", "SE"),
 E(MB, "network", "US", "MassBio"),
 E("Cambridge", "place", "US"), E("Massachusetts", "place", "US"),
 E("Innovation Centre Denmark Boston", "public_body", "DK"),
 E("Boston", "place", "US"),
],
relations=[
 R(DL, "member_of", CEBR), R(CEBR, "located_in", "Brussels"),
 R("Mette Kjær", "works_for", DL),
 R(KB, "located_in", "Osong"), R("Park Ji-hoon", "works_for", KB),
 R(KB, "met_with", DL), R(KB, "met_with", "BioInnovation Institute"),
 R(KB, "met_with", "Technical University of Denmark"),
 R("Technical University of Denmark", "located_in", "Kongens Lyngby"),
 R(DL, "partner_of", KB),
 R(BES, "located_in", "Milan"), R(DL, "participated_in", BES),
 R("Trade Council of Denmark", "participated_in", BES),
 R(NPT, "participated_in", BES), R(GB, "participated_in", BES),
 R("RoboPharma Labs", "participated_in", BES),
 R(NPT, "located_in", "Copenhagen"), R(GB, "located_in", "Aarhus"),
 R("RoboPharma Labs", "located_in", "Odense"),
 R(GB, "met_with", "Lombardia BioProcess"), R(GB, "partner_of", "Lombardia BioProcess"),
 R("Lombardia BioProcess", "participated_in", BES),
 R("EBD Group", "organized", BES),
 R(DOC, "funded_by", "EU4Health"), R(KI, "leads", DOC), R(KI, "located_in", "Stockholm"),
 *[R(o, "consortium_member_of", DOC) for o in (DL, KI, SDU, "Connected Health", "KU Leuven")],
 R(SDU, "located_in", "Odense"), R("Connected Health", "located_in", "Tallinn"),
 R(NPT, "member_of", DL), R(NPT, "consortium_member_of", PN),
 R(PN, "funded_by", COST), R(ELI, "leads", PN), R(ELI, "consortium_member_of", PN),
 R(ELI, "located_in", "Tbilisi"),
 R(BA, "funded_by", INT),
 *[R(o, "consortium_member_of", BA) for o in (DL, MVA, "Lund University", CRD)],
 R(NLSD, "located_in", "Malmö"), R("SwedenBIO", "organized", NLSD),
 R("Mette Kjær", "participated_in", NLSD),
 R(DL, "partner_of", MB),
])

# --- member story (Markdown): Moroccan solar company enters West Africa ----------------
ST = "Soltech Atlas"
CS = "Cluster Solaire"
GEP = "Green Energy Park"
IRE = "Research Institute for Solar Energy and New Energies"
UM6P = "Mohammed VI Polytechnic University"
AEF = "Africa Energy Forum"
MASEN = "Moroccan Agency for Sustainable Energy"
AGS = "AgroSol Côte d'Ivoire"
AIPER = "Association Ivoirienne des Professionnels des Énergies Renouvelables"
CCI = "Chambre de Commerce et d'Industrie de Côte d'Ivoire"
SF = "SUNFARM-CI"
AFDB = "African Development Bank"
SEFA = "Sustainable Energy Fund for Africa"
INP = "Institut National Polytechnique Félix Houphouët-Boigny"
ESEF = "ECOWAS Sustainable Energy Forum"
ECR = "ECOWAS Centre for Renewable Energy and Energy Efficiency"
ASER = "Agence Sénégalaise d'Électrification Rurale"
GOLD["soltech-atlas-west-africa-market-entry-2024.md"] = dict(
entities=[
 E(ST, "company", "MA"), E("Yasmine Benali", "person", "MA", "Benali"),
 E("Marrakech", "place", "MA"), E("Haouz", "place", "MA"), E("Drâa-Tafilalet", "place", "MA"),
 E(CS, "cluster", "MA"), E(GEP, "research_org", "MA"), E("Benguerir", "place", "MA"),
 E(IRE, "research_org", "MA", "IRESEN"), E(UM6P, "university", "MA", "UM6P"),
 E(AEF, "event", "ES"), E("Barcelona", "place", "ES"),
 E(MASEN, "public_body", "MA", "Masen"),
 E("Koffi N'Guessan", "person", "CI"), E(AGS, "company", "CI", "AgroSol"),
 E("Abidjan", "place", "CI"), E(AIPER, "network", "CI", "AIPER"),
 E("Karim El Alaoui", "person", "MA", "El Alaoui"), E("Yamoussoukro", "place", "CI"),
 E(CCI, "public_body", "CI", "CCI-CI"),
 E("Yopougon", "place", "CI", "Yopougon industrial zone"),
 E(SF, "project"), E(AFDB, "public_body", None, "AfDB"), E(SEFA, "programme", None, "SEFA"),
 E(INP, "university", "CI", "INP-HB"),
 E("Dakar", "place", "SN"), E(ESEF, "event", "SN"), E(ECR, "public_body", None, "ECREEE"),
 E(ASER, "public_body", "SN", "ASER"), E("Kaolack", "place", "SN", "Kaolack region"),
 E("Deutsche Gesellschaft für Internationale Zusammenarbeit", "public_body", "DE", "GIZ"),
 E("Casablanca", "place", "MA"),
],
relations=[
 R("Yasmine Benali", "works_for", ST), R(ST, "located_in", "Marrakech"),
 R(ST, "member_of", CS), R(CS, "located_in", "Casablanca"),
 R(GEP, "located_in", "Benguerir"),
 R(AEF, "located_in", "Barcelona"), R(CS, "participated_in", AEF),
 R(MASEN, "participated_in", AEF),
 R("Yasmine Benali", "participated_in", AEF), R("Koffi N'Guessan", "participated_in", AEF),
 R(ST, "met_with", AGS),
 R("Koffi N'Guessan", "works_for", AGS), R(AGS, "located_in", "Abidjan"),
 R(CS, "partner_of", AIPER),
 R("Karim El Alaoui", "works_for", CS),
 R(ST, "partner_of", AGS),
 R(SF, "funded_by", AFDB), R(SF, "funded_by", SEFA), R(AGS, "leads", SF),
 *[R(o, "consortium_member_of", SF) for o in (AGS, ST, INP)],
 R(INP, "located_in", "Yamoussoukro"),
 R(ESEF, "located_in", "Dakar"), R(ECR, "organized", ESEF),
 R(ST, "participated_in", ESEF), R(CS, "participated_in", ESEF),
 R(ST, "met_with", ASER), R(ASER, "participated_in", ESEF),
])

# --- soft-landing results (HTML): Medellín innovation agency attracts foreign tech -----
RN8 = "Ruta N"
ACI = "Agencia de Cooperación e Inversión de Medellín y el Área Metropolitana"
WSR = "Web Summit Rio"
SSM = "South Summit Madrid"
CTN = "Colombia Tech Night"
MIN = "Ministry of Information and Communication Technologies"
CND = "Clúster de Negocios Digitales"
CCMA = "Cámara de Comercio de Medellín para Antioquia"
PNP = "Plug and Play Tech Center"
LFE = "Latam Fintech Expo"
LANDED = (("Nubalia Software", "Valencia"), ("Brightpath Analytics", "Austin"),
          ("Kaveri Digital", "Pune"), ("Maple Ledger", "Toronto"), ("Cybernova Iberia", "Madrid"))
GOLD["ruta-n-medellin-soft-landing-2024.html"] = dict(
entities=[
 E(RN8, "public_body", "CO"), E("Medellín", "place", "CO"),
 E("Landing Medellín", "programme", "CO"), E("Antioquia", "place", "CO"),
 E(ACI, "public_body", "CO", "ACI Medellín"), E("ProColombia", "public_body", "CO"),
 E("Nubalia Software", "company", "ES"), E("Valencia", "place", "ES"),
 E("Javier Soler", "person", "ES"),
 E("Brightpath Analytics", "company", "US"), E("Austin", "place", "US"),
 E("Texas", "place", "US"),
 E("Kaveri Digital", "company", "IN"), E("Pune", "place", "IN"),
 E(WSR, "event", "BR"), E("Rio de Janeiro", "place", "BR"),
 E("Maple Ledger", "company", "CA"), E("Toronto", "place", "CA"),
 E("Universidad EAFIT", "university", "CO"),
 E("Cybernova Iberia", "company", "ES"), E("Madrid", "place", "ES"),
 E(CND, "cluster", "CO"), E(CCMA, "public_body", "CO"),
 E("Universidad de Antioquia", "university", "CO"),
 E("Servicio Nacional de Aprendizaje", "public_body", "CO", "SENA"),
 E(SSM, "event", "ES"), E(CTN, "event", "ES"),
 E("Collision", "event", "CA"), E("Colombia 4.0", "event", "CO"),
 E(MIN, "public_body", "CO", "MinTIC"), E("Bogotá", "place", "CO"),
 E("Barcelona Activa", "public_body", "ES"), E("Barcelona", "place", "ES"),
 E("22@", "place", "ES", "22@ district"),
 E(PNP, "company", "US"), E("Sunnyvale", "place", "US"),
 E(LFE, "event", "US"), E("Silicon Valley", "place", "US"),
 E("Carolina Restrepo Vélez", "person", "CO"),
 E("Seoul", "place", "KR"), E("Lisbon", "place", "PT"),
 E("Landing Medellín Day", "event", "CO"),
],
relations=[
 R(RN8, "located_in", "Medellín"),
 R(RN8, "partner_of", ACI), R(RN8, "partner_of", "ProColombia"),
 *[R(c, "located_in", t) for c, t in LANDED],
 *[R(c, "located_in", "Medellín") for c, _ in LANDED],
 R("Brightpath Analytics", "located_in", "Texas"),
 R("Javier Soler", "works_for", "Nubalia Software"),
 R("Kaveri Digital", "participated_in", WSR), R("Kaveri Digital", "met_with", RN8),
 R(RN8, "participated_in", WSR), R(WSR, "located_in", "Rio de Janeiro"),
 R("Cybernova Iberia", "member_of", CND),
 R(RN8, "partner_of", "Universidad de Antioquia"),
 R(RN8, "partner_of", "Servicio Nacional de Aprendizaje"),
 R(RN8, "participated_in", SSM), R(SSM, "located_in", "Madrid"),
 R(RN8, "organized", CTN), R("ProColombia", "organized", CTN), R(CTN, "located_in", "Madrid"),
 R("ProColombia", "participated_in", SSM),
 R(RN8, "participated_in", "Collision"), R("Collision", "located_in", "Toronto"),
 R(MIN, "organized", "Colombia 4.0"), R("Colombia 4.0", "located_in", "Bogotá"),
 R(RN8, "participated_in", "Colombia 4.0"),
 R(RN8, "partner_of", "Barcelona Activa"), R("Barcelona Activa", "located_in", "Barcelona"),
 R("Barcelona Activa", "located_in", "22@"),
 R(RN8, "partner_of", PNP), R(PNP, "located_in", "Sunnyvale"),
 R(PNP, "organized", LFE), R(LFE, "located_in", "Silicon Valley"),
 R("Carolina Restrepo Vélez", "works_for", RN8),
 R(RN8, "organized", "Landing Medellín Day"),
])


def check(name, gold):
    types = {}
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        types[e["name"]] = e["type"]
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types, (name, "undeclared subject", s)
        assert o in types, (name, "undeclared object", o)
        assert p in ALLOWED, (name, p)
        subj_ok, obj_ok = ALLOWED[p]
        assert types[s] in subj_ok and types[o] in obj_ok, (name, r, types[s], types[o])
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)


docs = Path(__file__).resolve().parents[2] / "docs" / "heldout12"
for name, gold in GOLD.items():
    check(name, gold)
    text = (docs / name).read_text(encoding="utf-8")
    for e in gold["entities"]:
        for form in (e["name"], *e["aliases"]):
            probe = form.replace("&", "&amp;") if name.endswith(".html") else form
            assert form in text or probe in text, (name, "not in text", form)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
