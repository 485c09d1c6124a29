"""Hand annotations of the `train-s` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-s/make_gold_train_s.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Theme: Asia-Pacific clusters (Japan, Korea, Taiwan, Singapore,
Australia, India, Vietnam) and their European partners.

Conventions of this set:
- Planned participations and projects stated as agreed or submitted ("will send
  a delegation to ...", "will submit X to Eurostars") are annotated like past
  ones; `funded_by` links a submitted project to the programme it is submitted to.
- Singapore (a city-state) is annotated as a `place` where it is the location
  of an event or an organisation.
- `located_in` is annotated when the text places the organisation or event
  ("X (Grenoble)", "the Dresden company X", "Consulate General ... in Kyoto"),
  not when a place only occurs inside a name ("Kobe University").
- Companies meeting at a named fair are annotated as participants of it when
  the sentence places the meeting at the fair.
"""

import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


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

GOLD = {}

# --- press release: MoU Kobe / Lyon (medtech) --------------------------------------
KBIC = "Kobe Biomedical Innovation Cluster"
LB = "Lyonbiopôle Auvergne-Rhône-Alpes"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
MJ = "Medical Japan 2024"
FKD = "France–Kobe Medtech Day"
VI = "Vitalis Imaging SAS"
RMD = "Rokko Medical Devices K.K."
HS = "Harbor Surgical Co., Ltd."
GOLD["kobe-lyon-medtech-mou-2024.md"] = dict(
entities=[
 E(KBIC, "cluster", "JP", "KBIC"), E(LB, "cluster", "FR", "Lyonbiopôle"),
 E("Kobe", "place", "JP"), E("Lyon", "place", "FR"), E("Osaka", "place", "JP"),
 E(MJ, "event", "JP", "Medical Japan"), E("Business France", "public_body", "FR"),
 E(FBRI, "research_org", "JP", "FBRI"), E("Port Island", "place", "JP"),
 E("Auvergne-Rhône-Alpes", "place", "FR"),
 E("BioJapan 2024", "event", "JP"), E("Yokohama", "place", "JP"), E(FKD, "event", "JP"),
 E("Aiko Tanabe", "person", "JP"), E("Camille Rostand", "person", "FR"),
 E(VI, "company", "FR", "Vitalis Imaging"), E("Villeurbanne", "place", "FR"),
 E(RMD, "company", "JP", "Rokko Medical Devices"),
 E("SMARTCATH", "project"), E("Eurostars", "programme", None, "Eurostars programme"),
 E("Kobe University", "university", "JP"),
 E("bioMérieux", "company", "FR"), E("Sysmex Corporation", "company", "JP"),
 E("Echopulse Diagnostics", "company", "FR"), E("Grenoble", "place", "FR"),
 E(HS, "company", "JP"), E("Akashi", "place", "JP"), E("Hyogo Prefecture", "place", "JP"),
 E("Consulate General of France in Kyoto", "public_body", "FR"), E("Kyoto", "place", "JP"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("BioFIT 2022", "event", "FR"), E("Strasbourg", "place", "FR"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("Regional Council of Auvergne-Rhône-Alpes", "public_body", "FR"),
 E("Hyogo Prefectural Government", "public_body", "JP"),
 E("Julien Mercier", "person", "FR"),
],
relations=[
 R(KBIC, "partner_of", LB),
 R(KBIC, "located_in", "Kobe"), R(LB, "located_in", "Lyon"), R(LB, "located_in", "Auvergne-Rhône-Alpes"),
 R(FBRI, "located_in", "Port Island"), R(FBRI, "located_in", "Kobe"),
 R(MJ, "located_in", "Osaka"),
 *[R(o, "participated_in", MJ) for o in (
   KBIC, LB, "Business France", "bioMérieux", "Sysmex Corporation", "Echopulse Diagnostics", HS)],
 R("Aiko Tanabe", "works_for", FBRI), R("Camille Rostand", "works_for", LB),
 R("Julien Mercier", "works_for", LB),
 R(LB, "participated_in", "BioJapan 2024"), R("BioJapan 2024", "located_in", "Yokohama"),
 R(KBIC, "organized", FKD), R(LB, "organized", FKD),
 R(FKD, "located_in", "Kobe"), R(FKD, "located_in", "Lyon"),
 R(VI, "member_of", LB), R(RMD, "member_of", KBIC),
 R(VI, "located_in", "Villeurbanne"), R(RMD, "located_in", "Kobe"),
 R(VI, "partner_of", RMD),
 R("SMARTCATH", "funded_by", "Eurostars"), R(VI, "leads", "SMARTCATH"),
 *[R(o, "consortium_member_of", "SMARTCATH") for o in (VI, RMD, "Kobe University")],
 R("bioMérieux", "met_with", "Sysmex Corporation"), R("Echopulse Diagnostics", "met_with", HS),
 R("Echopulse Diagnostics", "located_in", "Grenoble"),
 R(HS, "located_in", "Akashi"), R(HS, "located_in", "Hyogo Prefecture"),
 R("Consulate General of France in Kyoto", "located_in", "Kyoto"),
 R(FBRI, "participated_in", "BioFIT 2022"), R("BioFIT 2022", "located_in", "Strasbourg"),
 R(LB, "member_of", "Council of European BioRegions"),
 R(KBIC, "member_of", "Council of European BioRegions"),
 R("Regional Council of Auvergne-Rhône-Alpes", "partner_of", "Hyogo Prefectural Government"),
])

# --- delegation report: Silicon Saxony at SEMICON Taiwan (semiconductors) ----------
SS = "Silicon Saxony"
ST = "SEMICON Taiwan 2023"
WFS = "Saxony Economic Development Corporation"
GTO = "German Trade Office Taipei"
SE = "Silicon Europe"
FPE = "Formosa Precision Etch Co."
KAP = "Kaohsiung Advanced Packaging Corp."
IPMS = "Fraunhofer Institute for Photonic Microsystems"
TUD = "Technische Universität Dresden"
TSRI = "Taiwan Semiconductor Research Institute"
NYCU = "National Yang Ming Chiao Tung University"
ICST = "International College of Semiconductor Technology"
TSIA = "Taiwan Semiconductor Industry Association"
STSP = "Southern Taiwan Science Park Bureau"
HSPB = "Hsinchu Science Park Bureau"
SP = "SAXTAI-PACK"
SEU = "SEMICON Europa 2024"
SAX_MEMBERS = (("Elbe Wafer Solutions GmbH", "Dresden"), ("Chemnitz Sensorik AG", "Chemnitz"),
               (IPMS, "Dresden"), (TUD, "Dresden"))
GOLD["silicon-saxony-taiwan-mission-2023.html"] = dict(
entities=[
 E(SS, "cluster", "DE", "Silicon Saxony e.V."), E("Dresden", "place", "DE"),
 E("Hsinchu", "place", "TW"), E("Taipei", "place", "TW"), E(ST, "event", "TW"),
 E(WFS, "public_body", "DE", "Wirtschaftsförderung Sachsen", "WFS"),
 E(GTO, "public_body", "DE"), E(SE, "network", None, "Silicon Europe alliance"),
 E("Minalogic", "cluster", "FR"), E("Grenoble", "place", "FR"),
 E("Katrin Lehmann", "person", "DE", "Lehmann"),
 E("Elbe Wafer Solutions GmbH", "company", "DE", "Elbe Wafer Solutions"),
 E("Chemnitz Sensorik AG", "company", "DE", "Chemnitz Sensorik"), E("Chemnitz", "place", "DE"),
 E(IPMS, "research_org", "DE", "Fraunhofer IPMS"), E(TUD, "university", "DE", "TU Dresden"),
 E(FPE, "company", "TW", "Formosa Precision Etch"), E("Taichung", "place", "TW"),
 E(KAP, "company", "TW"), E("Lin Mei-hua", "person", "TW"), E(HSPB, "public_body", "TW"),
 E(TSRI, "research_org", "TW", "TSRI"), E(NYCU, "university", "TW", "NYCU"),
 E(ICST, "university", "TW"), E(TSIA, "network", "TW", "TSIA"),
 E(STSP, "public_body", "TW"), E("Tainan", "place", "TW"), E(SP, "project"),
 E("Federal Ministry of Education and Research", "public_body", "DE", "BMBF"),
 E("National Science and Technology Council", "public_body", "TW", "NSTC"),
 E(SEU, "event", "DE"), E("Munich", "place", "DE"), E("Saxony", "place", "DE"),
],
relations=[
 R(SS, "located_in", "Dresden"), R(ST, "located_in", "Taipei"),
 *[R(o, "participated_in", ST) for o in (SS, WFS, "Minalogic", "Katrin Lehmann", FPE, KAP)],
 R(GTO, "located_in", "Taipei"),
 R("Minalogic", "located_in", "Grenoble"), R("Minalogic", "member_of", SE),
 R(SS, "partner_of", "Minalogic"),
 R("Katrin Lehmann", "works_for", SS),
 *[R(c, "member_of", SS) for c, _ in SAX_MEMBERS],
 *[R(c, "located_in", t) for c, t in SAX_MEMBERS],
 *[R(c, "participated_in", ST) for c, _ in SAX_MEMBERS],
 R("Elbe Wafer Solutions GmbH", "partner_of", FPE), R(FPE, "located_in", "Taichung"),
 R("Chemnitz Sensorik AG", "met_with", KAP),
 R("Lin Mei-hua", "works_for", HSPB), R(HSPB, "located_in", "Hsinchu"),
 R(TSRI, "located_in", "Hsinchu"), R(NYCU, "located_in", "Hsinchu"),
 R(SS, "met_with", HSPB), R(SS, "met_with", TSRI), R(SS, "met_with", NYCU),
 R(ICST, "partner_of", TUD),
 R("Minalogic", "met_with", TSIA), R(SS, "met_with", TSIA),
 R("Minalogic", "met_with", STSP), R(SS, "met_with", STSP), R(STSP, "located_in", "Tainan"),
 R(SP, "funded_by", "Federal Ministry of Education and Research"),
 R(SP, "funded_by", "National Science and Technology Council"), R(IPMS, "leads", SP),
 *[R(o, "consortium_member_of", SP) for o in (IPMS, TSRI, "Chemnitz Sensorik AG", FPE)],
 R(SEU, "located_in", "Munich"), R(TSIA, "participated_in", SEU),
])

# --- EU consortium kick-off: ORGANEXT (biotech, organoids) ------------------------
ON = "ORGANEXT"
HI = "Hubrecht Institute"
KI = "Karolinska Institutet"
KRIBB = "Korea Research Institute of Bioscience and Biotechnology"
SOB = "Songdo OrganoBio Co., Ltd."
RIKEN = "RIKEN Center for Biosystems Dynamics Research"
MCRI = "Murdoch Children's Research Institute"
ASTAR = "Agency for Science, Technology and Research"
HADEA = "European Health and Digital Executive Agency"
OMIF = "Osong Medical Innovation Foundation"
ISSCR = "ISSCR 2024 Annual Meeting"
H4O = "HUB4ORGANOIDS"
CONSORTIUM = ((HI, "Utrecht"), (KI, "Stockholm"), ("Institut Pasteur", "Paris"),
              ("Cellvia Biotech GmbH", "Heidelberg"), ("BioRN", "Heidelberg"),
              ("Oncode Institute", "Utrecht"), (KRIBB, "Daejeon"), (SOB, "Incheon"),
              (RIKEN, "Kobe"), (MCRI, "Melbourne"), (ASTAR, "Singapore"))
GOLD["organext-kickoff-utrecht-2024.txt"] = dict(
entities=[
 E(ON, "project"), E("Utrecht", "place", "NL"), E(HI, "research_org", "NL"),
 E("Horizon Europe", "programme"), E("Marieke van der Linden", "person", "NL"),
 E(KI, "university", "SE"), E("Stockholm", "place", "SE"),
 E("Institut Pasteur", "research_org", "FR"), E("Paris", "place", "FR"),
 E("Cellvia Biotech GmbH", "company", "DE", "Cellvia Biotech"), E("Heidelberg", "place", "DE"),
 E("BioRN", "cluster", "DE"), E("Rhine-Neckar", "place", "DE"),
 E("Oncode Institute", "research_org", "NL"),
 E(KRIBB, "research_org", "KR", "KRIBB"), E("Daejeon", "place", "KR"),
 E(SOB, "company", "KR", "Songdo OrganoBio"), E("Incheon", "place", "KR"),
 E("Songdo International Business District", "place", "KR"),
 E(RIKEN, "research_org", "JP", "RIKEN BDR"), E("Kobe", "place", "JP"),
 E(MCRI, "research_org", "AU", "MCRI"), E("Melbourne", "place", "AU"),
 E(ASTAR, "research_org", "SG", "A*STAR"), E("Singapore", "place", "SG"),
 E(HADEA, "public_body", None, "HaDEA"), E("Ana Rebelo", "person"),
 E("Ministry of Science and ICT", "public_body", "KR", "MSIT"),
 E("National Health and Medical Research Council", "public_body", "AU", "NHMRC"),
 E("Lars Edvinsson", "person", "SE"), E("Kim Soo-jin", "person", "KR"),
 E("Heidelberg University", "university", "DE"), E("Hannah Whitfield", "person", "AU"),
 E(OMIF, "cluster", "KR", "KBIOHealth"), E("Kobe Biomedical Innovation Cluster", "cluster", "JP"),
 E("Seoul", "place", "KR"), E("BIO KOREA", "event", "KR"),
 E(ISSCR, "event", "DE"), E("Hamburg", "place", "DE"),
 E("International Society for Stem Cell Research", "network", None, "ISSCR"),
 E("Jan-Philipp Krause", "person", "DE"),
 E(H4O, "network"), E("COST Association", "public_body"),
],
relations=[
 R(ON, "funded_by", "Horizon Europe"), R(ON, "funded_by", HADEA),
 R(ON, "funded_by", "Ministry of Science and ICT"),
 R(ON, "funded_by", "National Health and Medical Research Council"),
 R(HI, "leads", ON), R("Marieke van der Linden", "works_for", HI),
 R("Marieke van der Linden", "leads", ON),
 *[R(o, "consortium_member_of", ON) for o, _ in CONSORTIUM],
 *[R(o, "located_in", t) for o, t in CONSORTIUM],
 R("BioRN", "located_in", "Rhine-Neckar"), R(SOB, "located_in", "Songdo International Business District"),
 R("Ana Rebelo", "works_for", HADEA),
 R("Lars Edvinsson", "works_for", KI), R("Kim Soo-jin", "works_for", KRIBB),
 R("Hannah Whitfield", "works_for", MCRI), R("Jan-Philipp Krause", "works_for", "BioRN"),
 R("BioRN", "partner_of", OMIF), R("BioRN", "partner_of", "Kobe Biomedical Innovation Cluster"),
 R("BIO KOREA", "located_in", "Seoul"),
 R(ISSCR, "located_in", "Hamburg"), R("International Society for Stem Cell Research", "organized", ISSCR),
 R(H4O, "funded_by", "COST Association"),
 *[R(o, "member_of", H4O) for o in (HI, "Institut Pasteur", KI)],
])

# --- newsletter: Vitagora at Singapore International Agri-Food Week (food) ---------
VG = "Vitagora"
SIAW = "Singapore International Agri-Food Week"
ES = "Enterprise Singapore"
FBCD = "Food & Bio Cluster Denmark"
SIT = "Singapore Institute of Technology"
SIFBI = "Singapore Institute of Food and Biotechnology Innovation"
FS = "FERMENT-SEA"
VG_COMP = (("Nutrilège SAS", "Dijon"), ("Protéines de Bourgogne", "Beaune"),
           ("Ferments du Morvan", "Autun"), ("Agrosens Analytics", "Besançon"),
           ("Maison Jobard", "Chalon-sur-Saône"))
GOLD["vitagora-singapore-agrifood-week-2023.md"] = dict(
entities=[
 E(VG, "cluster", "FR"), E("Bourgogne-Franche-Comté", "place", "FR"), E("Singapore", "place", "SG"),
 E(SIAW, "event", "SG", "SIAW 2023"), E(ES, "public_body", "SG"),
 E("Singapore Food Agency", "public_body", "SG", "SFA"),
 E("Asia-Pacific Agri-Food Innovation Summit", "event", "SG"),
 E(FBCD, "cluster", "DK"), E("Flanders' FOOD", "network", "BE"),
 E("EU SME Centre", "public_body"), E("Business France", "public_body", "FR"),
 E("Nutrilège SAS", "company", "FR", "Nutrilège"), E("Dijon", "place", "FR"),
 E("Protéines de Bourgogne", "company", "FR"), E("Beaune", "place", "FR"),
 E("Ferments du Morvan", "company", "FR"), E("Autun", "place", "FR"),
 E("Agrosens Analytics", "company", "FR"), E("Besançon", "place", "FR"),
 E("Maison Jobard", "company", "FR"), E("Chalon-sur-Saône", "place", "FR"),
 E(SIT, "university", "SG", "SIT"), E("Tan Wei Ling", "person", "SG"),
 E("Élodie Marchand", "person", "FR"),
 E(SIFBI, "research_org", "SG", "SIFBI"),
 E("Agency for Science, Technology and Research", "research_org", "SG", "A*STAR"),
 E(FS, "project"), E("EIT Food", "network"),
 E("Lion City Alt-Proteins Pte. Ltd.", "company", "SG"),
 E("Tiong Bahru Ferments", "company", "SG"), E("Kuala Lumpur Dairy Holdings", "company", "MY"),
 E("Temasek Polytechnic", "university", "SG"),
 E("Saigon Gourmet Trading", "company", "VN"), E("Ho Chi Minh City", "place", "VN"),
 E("Embassy of France in Singapore", "public_body", "FR"),
 E("French Chamber of Commerce in Singapore", "public_body", "SG", "FCCS"),
 E("SIAL Paris 2024", "event", "FR"), E("Villepinte", "place", "FR"),
 E("SIAW 2024", "event", "SG"),
 E("Regional Council of Bourgogne-Franche-Comté", "public_body", "FR"),
 E("Team France Export", "public_body", "FR"),
],
relations=[
 R(VG, "located_in", "Dijon"), R(VG, "located_in", "Bourgogne-Franche-Comté"),
 R(SIAW, "located_in", "Singapore"), R(ES, "organized", SIAW), R("Singapore Food Agency", "organized", SIAW),
 R("Asia-Pacific Agri-Food Innovation Summit", "located_in", "Singapore"),
 *[R(o, "participated_in", SIAW) for o in (VG, FBCD, "Flanders' FOOD", "Business France")],
 *[R(c, "participated_in", SIAW) for c, _ in VG_COMP],
 *[R(c, "located_in", t) for c, t in VG_COMP],
 R(VG, "partner_of", SIT), R("Tan Wei Ling", "works_for", ES), R("Élodie Marchand", "works_for", VG),
 R(VG, "met_with", SIFBI),
 R("Ferments du Morvan", "consortium_member_of", FS), R(SIFBI, "consortium_member_of", FS),
 R(FS, "funded_by", "EIT Food"),
 R("Protéines de Bourgogne", "partner_of", "Lion City Alt-Proteins Pte. Ltd."),
 R("Nutrilège SAS", "met_with", "Tiong Bahru Ferments"),
 R("Nutrilège SAS", "met_with", "Kuala Lumpur Dairy Holdings"),
 R("Agrosens Analytics", "met_with", "Temasek Polytechnic"),
 R("Maison Jobard", "partner_of", "Saigon Gourmet Trading"),
 R("Saigon Gourmet Trading", "located_in", "Ho Chi Minh City"),
 R("Embassy of France in Singapore", "located_in", "Singapore"),
 R(VG, "met_with", "Embassy of France in Singapore"),
 R("French Chamber of Commerce in Singapore", "located_in", "Singapore"),
 R(ES, "participated_in", "SIAL Paris 2024"), R("SIAL Paris 2024", "located_in", "Villepinte"),
 R(VG, "participated_in", "SIAW 2024"), R(FBCD, "participated_in", "SIAW 2024"),
 R("SIAW 2024", "located_in", "Singapore"),
])

# --- annual-report chapter: Australian medtech cluster ----------------------------
SC = "Southern Cross MedTech Cluster"
M23 = "MEDICA 2023"
AUS = "Australian Trade and Investment Commission"
MV = "Medical Valley EMN"
FAU = "Friedrich-Alexander-Universität Erlangen-Nürnberg"
SA = "SENSE-AGE"
MFT = "MEDICAL FAIR THAILAND 2023"
AMTZ = "Andhra Pradesh MedTech Zone"
MTJ = "Medtec Japan 2024"
AAMF = "Australia–Asia Medtech Forum"
SC_MEMBERS = (("Kinetic Orthotics Pty Ltd", "Geelong"), ("Bayside Biosensors", "Melbourne"),
              ("NeuroPatch Medical", "Ballarat"))
GOLD["southern-cross-medtech-annual-report-2024.txt"] = dict(
entities=[
 E(SC, "cluster", "AU", "SCMC"), E("Melbourne", "place", "AU"), E("Victoria", "place", "AU"),
 E("Priya Ramanathan", "person", "AU", "Ramanathan"),
 E("Düsseldorf", "place", "DE"), E("Erlangen", "place", "DE"), E(M23, "event", "DE"),
 E(AUS, "public_body", "AU", "Austrade"),
 E("Kinetic Orthotics Pty Ltd", "company", "AU", "Kinetic Orthotics"), E("Geelong", "place", "AU"),
 E("Bayside Biosensors", "company", "AU"), E("NeuroPatch Medical", "company", "AU"), E("Ballarat", "place", "AU"),
 E(MV, "cluster", "DE", "Medical Valley"), E("Nuremberg Metropolitan Region", "place", "DE"),
 E("Mark O'Donnell", "person", "AU"), E("Sabine Krüger", "person", "DE"),
 E(SA, "project"), E("Monash University", "university", "AU"), E(FAU, "university", "DE", "FAU"),
 E("Sensovita GmbH", "company", "DE"),
 E("Medical Research Future Fund", "programme", "AU", "MRFF"),
 E("Bavarian Research Foundation", "public_body", "DE", "Bayerische Forschungsstiftung"),
 E("International Medtech Cluster Alliance", "network"), E("Medicon Valley Alliance", "cluster", "DK"),
 E(MFT, "event", "TH"), E("Bangkok", "place", "TH"),
 E("Visakhapatnam", "place", "IN"), E("Andhra Pradesh", "place", "IN"),
 E(AMTZ, "cluster", "IN", "AMTZ"), E("Suresh Venkatesan", "person", "IN"),
 E("Vizag Polymer Moulds Pvt. Ltd.", "company", "IN"),
 E(MTJ, "event", "JP"), E("Tokyo", "place", "JP"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Terumo Corporation", "company", "JP"),
 E(AAMF, "event", "AU"), E("MTPConnect", "public_body", "AU"),
 E("MEDICA 2024", "event", "DE"),
 E("Victorian Department of Jobs, Skills, Industry and Regions", "public_body", "AU"),
],
relations=[
 R(SC, "located_in", "Melbourne"), R(SC, "located_in", "Victoria"),
 R("Priya Ramanathan", "works_for", SC),
 R(SC, "participated_in", M23), R(AUS, "participated_in", M23), R(M23, "located_in", "Düsseldorf"),
 *[R(c, "member_of", SC) for c, _ in SC_MEMBERS],
 *[R(c, "located_in", t) for c, t in SC_MEMBERS],
 *[R(c, "participated_in", M23) for c, _ in SC_MEMBERS],
 R(SC, "partner_of", MV), R(MV, "located_in", "Erlangen"), R(MV, "located_in", "Nuremberg Metropolitan Region"),
 R("Mark O'Donnell", "works_for", SC), R("Sabine Krüger", "works_for", MV),
 R("Monash University", "leads", SA),
 *[R(o, "consortium_member_of", SA) for o in (
   "Monash University", "Bayside Biosensors", FAU, "Sensovita GmbH")],
 R(SA, "funded_by", "Medical Research Future Fund"), R(SA, "funded_by", "Bavarian Research Foundation"),
 R("Sensovita GmbH", "located_in", "Erlangen"),
 R(SC, "member_of", "International Medtech Cluster Alliance"), R(SC, "partner_of", "Medicon Valley Alliance"),
 R(SC, "participated_in", MFT), R(AUS, "participated_in", MFT), R(MFT, "located_in", "Bangkok"),
 R(SC, "partner_of", AMTZ), R(AMTZ, "located_in", "Visakhapatnam"), R(AMTZ, "located_in", "Andhra Pradesh"),
 R("Suresh Venkatesan", "works_for", AMTZ),
 R("Kinetic Orthotics Pty Ltd", "partner_of", "Vizag Polymer Moulds Pvt. Ltd."),
 R(SC, "participated_in", MTJ), R(MTJ, "located_in", "Tokyo"),
 R("NeuroPatch Medical", "met_with", "Terumo Corporation"),
 R("NeuroPatch Medical", "participated_in", MTJ), R("Terumo Corporation", "participated_in", MTJ),
 R(SC, "organized", AAMF), R("MTPConnect", "organized", AAMF),
 R(AAMF, "located_in", "Melbourne"),
 *[R(o, "participated_in", AAMF) for o in (AMTZ, MV)],
 R(SC, "participated_in", "MEDICA 2024"),
])

# --- newsletter: Genome Valley at BioAsia 2024 (biotech) --------------------------
GV = "Genome Valley"
BA = "BioAsia 2024"
FB = "flanders.bio"
SBA = "Swiss Biotech Association"
BIRAC = "Biotechnology Industry Research Assistance Council"
VM = "VACCIMAP"
DB = "Deccan Biologics Pvt. Ltd."
GES = "Ghent Enzyme Solutions NV"
CCMB = "Centre for Cellular and Molecular Biology"
IITH = "Indian Institute of Technology Hyderabad"
BBC = "Bangalore Bioinnovation Centre"
SBD = "Swiss Biotech Day 2024"
BIO = "BIO International Convention 2024"
K4G = "Knowledge for Growth 2024"
BE24 = "BIO-Europe 2024"
GOLD["genome-valley-bioasia-newsletter-2024.html"] = dict(
entities=[
 E(BA, "event", "IN", "BioAsia"), E("Government of Telangana", "public_body", "IN"),
 E("Hyderabad", "place", "IN"), E(GV, "cluster", "IN"), E(FB, "cluster", "BE"),
 E("Biocat", "cluster", "ES"), E(SBA, "network", "CH"), E(BIRAC, "public_body", "IN", "BIRAC"),
 E("Anand Rao", "person", "IN", "Rao"), E("Sophie Van den Broeck", "person", "BE"),
 E("Invest India", "public_body", "IN"),
 E("Flanders Investment & Trade", "public_body", "BE", "FIT"), E("Flanders", "place", "BE"),
 E(VM, "project"), E(DB, "company", "IN"), E(GES, "company", "BE"),
 E(CCMB, "research_org", "IN", "CCMB"),
 E("Flanders Innovation & Entrepreneurship", "public_body", "BE", "VLAIO"),
 E("Ghent University", "university", "BE"), E("Bharat Biotech", "company", "IN"),
 E(IITH, "university", "IN", "IIT Hyderabad"), E("Sangareddy", "place", "IN"),
 E("Telangana Life Sciences Foundation", "public_body", "IN"),
 E("Barcelona", "place", "ES"), E("Sabadell Diagnostics SL", "company", "ES"),
 E("Bengaluru", "place", "IN"), E("Nandi Genomics", "company", "IN"),
 E("Pune", "place", "IN"), E("Serum Institute of India", "company", "IN"),
 E(BBC, "research_org", "IN", "BBC"),
 E(SBD, "event", "CH"), E("Basel", "place", "CH"),
 E(BIO, "event", "US"), E("San Diego", "place", "US"),
 E(K4G, "event", "BE"), E("Ghent", "place", "BE"),
 E(BE24, "event", "SE"), E("Stockholm", "place", "SE"),
 E("Kavya Menon", "person", "IN"),
],
relations=[
 R("Government of Telangana", "organized", BA), R(BA, "located_in", "Hyderabad"),
 R(GV, "located_in", "Hyderabad"),
 *[R(o, "participated_in", BA) for o in (
   GV, FB, "Biocat", SBA, BIRAC, "Anand Rao", "Sophie Van den Broeck", "Invest India",
   "Flanders Investment & Trade")],
 R(GV, "partner_of", FB),
 R("Anand Rao", "works_for", GV), R("Sophie Van den Broeck", "works_for", FB),
 R(DB, "leads", VM), *[R(o, "consortium_member_of", VM) for o in (DB, GES, CCMB)],
 R(VM, "funded_by", BIRAC), R(VM, "funded_by", "Flanders Innovation & Entrepreneurship"),
 R(DB, "located_in", "Hyderabad"),
 R(FB, "met_with", "Bharat Biotech"), R(IITH, "located_in", "Sangareddy"),
 R("Biocat", "partner_of", IITH),
 R("Sabadell Diagnostics SL", "member_of", "Biocat"),
 R("Sabadell Diagnostics SL", "met_with", "Nandi Genomics"),
 R("Nandi Genomics", "located_in", "Bengaluru"),
 R(FB, "met_with", "Serum Institute of India"), R("Serum Institute of India", "located_in", "Pune"),
 R(FB, "met_with", BBC), R(BBC, "located_in", "Bengaluru"),
 R(SBA, "participated_in", SBD), R(GV, "participated_in", SBD), R(SBD, "located_in", "Basel"),
 R(BIO, "located_in", "San Diego"), R(GV, "participated_in", BIO), R(BIRAC, "participated_in", BIO),
 R(K4G, "located_in", "Ghent"), R(FB, "organized", K4G), R(GV, "participated_in", K4G),
 R(BE24, "located_in", "Stockholm"), R(GV, "participated_in", BE24), R(FB, "participated_in", BE24),
 R("Kavya Menon", "works_for", GV),
])

# --- trade mission report: Dutch agri-food mission to the Mekong Delta -------------
GWH = "Greenport West-Holland"
RVO = "Netherlands Enterprise Agency"
EMB = "Embassy of the Kingdom of the Netherlands in Hanoi"
CGN = "Consulate General of the Netherlands in Ho Chi Minh City"
FHV = "Food & Hotel Vietnam 2023"
FORUM = "Vietnam–Netherlands Agri-Food Business Forum"
VCCI = "Vietnam Chamber of Commerce and Industry"
CTU = "Can Tho University"
MDATC = "Mekong Delta Agri-Tech Cluster"
MDFVA = "Mekong Delta Fruit and Vegetable Association"
MFC = "Mekong Fresh Chain"
VLF = "Vinh Long Fruits JSC"
GTA = "GreenTech Amsterdam 2024"
EXHIB = (("Rijk Zwaan", "De Lier"), ("Koel Logistics BV", "Rotterdam"), ("AquaDelta Feeds BV", "Goes"),
         ("Priva", "De Lier"), ("HortiSense BV", "Wageningen"))
GOLD["dutch-agrifood-mission-mekong-delta-2023.txt"] = dict(
entities=[
 E("Ho Chi Minh City", "place", "VN"), E("Can Tho", "place", "VN"), E(GWH, "cluster", "NL"),
 E(RVO, "public_body", "NL", "Rijksdienst voor Ondernemend Nederland", "RVO"),
 E(EMB, "public_body", "NL"), E("Hanoi", "place", "VN"), E(CGN, "public_body", "NL"),
 E("Jeroen Bakker", "person", "NL"), E("Mekong Delta", "place", "VN"), E(FHV, "event", "VN"),
 E("Rijk Zwaan", "company", "NL"), E("De Lier", "place", "NL"),
 E("Koel Logistics BV", "company", "NL", "Koel Logistics"), E("Rotterdam", "place", "NL"),
 E("AquaDelta Feeds BV", "company", "NL", "AquaDelta Feeds"), E("Goes", "place", "NL"),
 E("Priva", "company", "NL"), E("HortiSense BV", "company", "NL", "HortiSense"),
 E("Wageningen", "place", "NL"),
 E("Saigon Cold Chain Co.", "company", "VN"), E("Long An", "place", "VN"),
 E("Minh Phu Seafood Corporation", "company", "VN"), E("Ca Mau", "place", "VN"),
 E(FORUM, "event", "VN"), E(VCCI, "public_body", "VN", "VCCI"),
 E(CTU, "university", "VN", "Trường Đại học Cần Thơ"),
 E("Can Tho Department of Industry and Trade", "public_body", "VN"),
 E(MDFVA, "network", "VN", "MDFVA"), E(MDATC, "cluster", "VN"),
 E("Nguyễn Thị Thu Hà", "person", "VN"),
 E("Wageningen University & Research", "university", "NL", "WUR"),
 E(MFC, "project"), E(VLF, "company", "VN", "Vinh Long Fruits"), E("Vinh Long", "place", "VN"),
 E("Partners for International Business", "programme", "NL", "PIB"),
 E(GTA, "event", "NL"), E("Tien Giang", "place", "VN"), E("Dong Thap", "place", "VN"),
 E("Tra Noc Industrial Zone", "place", "VN"), E("Westland", "place", "NL"),
],
relations=[
 R(EMB, "located_in", "Hanoi"), R(CGN, "located_in", "Ho Chi Minh City"),
 R("Jeroen Bakker", "works_for", GWH),
 R(FHV, "located_in", "Ho Chi Minh City"),
 R(GWH, "participated_in", FHV), R(RVO, "participated_in", FHV),
 *[R(c, "participated_in", FHV) for c, _ in EXHIB],
 *[R(c, "located_in", t) for c, t in EXHIB],
 R("Koel Logistics BV", "partner_of", "Saigon Cold Chain Co."),
 R("AquaDelta Feeds BV", "met_with", "Minh Phu Seafood Corporation"),
 R("Minh Phu Seafood Corporation", "located_in", "Ca Mau"),
 R("Saigon Cold Chain Co.", "participated_in", FHV), R("Minh Phu Seafood Corporation", "participated_in", FHV),
 R(FORUM, "located_in", "Can Tho"),
 R(RVO, "organized", FORUM), R(VCCI, "organized", FORUM), R(CTU, "organized", FORUM),
 *[R(o, "participated_in", FORUM) for o in (
   "Can Tho Department of Industry and Trade", MDFVA, GWH, MDATC)],
 R(CTU, "located_in", "Can Tho"),
 R(GWH, "partner_of", MDATC),
 R("Nguyễn Thị Thu Hà", "works_for", MDATC), R("Nguyễn Thị Thu Hà", "works_for", CTU),
 R("Wageningen University & Research", "partner_of", CTU),
 R(GWH, "leads", MFC),
 *[R(o, "consortium_member_of", MFC) for o in (GWH, "Priva", "HortiSense BV", CTU, VLF)],
 R(VLF, "located_in", "Vinh Long"),
 R(MFC, "funded_by", "Partners for International Business"), R(MFC, "funded_by", RVO),
 R(MDATC, "participated_in", GTA), R(VCCI, "participated_in", GTA),
])

# --- annual-report chapter: Kyushu semiconductor council --------------------------
SIIQ = "Kyushu Semiconductor and Digital Innovation Council"
JASM = "Japan Advanced Semiconductor Manufacturing"
GSCA = "Gyeonggi Semiconductor Cluster Association"
SJ = "SEMICON Japan 2023"
SE23 = "SEMICON Europa 2023"
KPC = "Kumamoto Precision Cleaning Co., Ltd."
OWT = "Oita Wafer Test K.K."
KEF = "Kyushu–Europe Semiconductor Forum"
METIK = "Kyushu Bureau of Economy, Trade and Industry"
CA = "CHIPSKILLS-AP"
KY_MEMBERS = ((KPC, "Kikuyo"), (OWT, "Oita"), ("Ariake Optics Inc.", "Saga"))
GOLD["kyushu-semiconductor-europe-partnerships-2024.md"] = dict(
entities=[
 E(SIIQ, "cluster", "JP", "SIIQ", "九州半導体・デジタルイノベーション協議会"),
 E("Fukuoka", "place", "JP"), E(JASM, "company", "JP", "JASM"), E("Kikuyo", "place", "JP"),
 E("Kumamoto Prefecture", "place", "JP"), E("Kyushu", "place", "JP"),
 E("Dresden", "place", "DE"), E("Grenoble", "place", "FR"), E("Leuven", "place", "BE"),
 E("Kenji Nakashima", "person", "JP", "Nakashima"),
 E("Minalogic", "cluster", "FR"), E("Claire Dubois-Martin", "person", "FR"),
 E("imec", "research_org", "BE"), E("Kyushu University", "university", "JP"),
 E("Silicon Saxony", "cluster", "DE"), E(SE23, "event", "DE"), E("Munich", "place", "DE"),
 E(GSCA, "cluster", "KR", "GSCA"), E("Suwon", "place", "KR"),
 E(SJ, "event", "JP"), E("Tokyo", "place", "JP"), E("SEMI", "network"),
 E(KPC, "company", "JP", "Kumamoto Precision Cleaning"),
 E(OWT, "company", "JP", "Oita Wafer Test"), E("Oita", "place", "JP"),
 E("Ariake Optics Inc.", "company", "JP"), E("Saga", "place", "JP"),
 E("Elbe Wafer Solutions GmbH", "company", "DE"), E("Grenoble Test Robotics SAS", "company", "FR"),
 E(METIK, "public_body", "JP", "METI Kyushu"), E("Fukuoka Prefectural Government", "public_body", "JP"),
 E(KEF, "event", "JP"), E(CA, "project"),
 E("Chips Joint Undertaking", "public_body", None, "Chips JU"),
 E("Kumamoto University", "university", "JP"),
 E("Ministry of Economy, Trade and Industry", "public_body", "JP", "METI"),
 E("Kumamoto", "place", "JP"),
],
relations=[
 R(SIIQ, "located_in", "Fukuoka"), R(SIIQ, "located_in", "Kyushu"),
 R(JASM, "located_in", "Kikuyo"), R(JASM, "located_in", "Kumamoto Prefecture"),
 R("Kenji Nakashima", "works_for", SIIQ),
 R(SIIQ, "partner_of", "Minalogic"), R("Minalogic", "located_in", "Grenoble"),
 R("Claire Dubois-Martin", "works_for", "Minalogic"),
 R("imec", "partner_of", "Kyushu University"), R("imec", "located_in", "Leuven"),
 R(SIIQ, "partner_of", "Silicon Saxony"), R("Silicon Saxony", "located_in", "Dresden"),
 R(SIIQ, "participated_in", SE23), R("Silicon Saxony", "participated_in", SE23),
 R(SE23, "located_in", "Munich"),
 R(SIIQ, "partner_of", GSCA), R(GSCA, "located_in", "Suwon"),
 R(SIIQ, "participated_in", SJ), R("SEMI", "organized", SJ), R(SJ, "located_in", "Tokyo"),
 *[R(c, "member_of", SIIQ) for c, _ in KY_MEMBERS],
 *[R(c, "located_in", t) for c, t in KY_MEMBERS],
 *[R(c, "participated_in", SJ) for c, _ in KY_MEMBERS],
 R(KPC, "met_with", "Elbe Wafer Solutions GmbH"), R("Elbe Wafer Solutions GmbH", "located_in", "Dresden"),
 R(OWT, "met_with", "Grenoble Test Robotics SAS"),
 R("Elbe Wafer Solutions GmbH", "participated_in", SJ), R("Grenoble Test Robotics SAS", "participated_in", SJ),
 R(SIIQ, "organized", KEF), R(METIK, "organized", KEF), R("Fukuoka Prefectural Government", "organized", KEF),
 R(KEF, "located_in", "Fukuoka"), R(KEF, "located_in", "Kumamoto"),
 *[R(o, "participated_in", KEF) for o in ("Minalogic", "Silicon Saxony", GSCA)],
 R(SIIQ, "consortium_member_of", CA), R("Minalogic", "leads", CA),
 *[R(o, "consortium_member_of", CA) for o in ("Minalogic", "Kyushu University", "Kumamoto University")],
 R(CA, "funded_by", "Chips Joint Undertaking"), R(CA, "funded_by", "Ministry of Economy, Trade and Industry"),
])


def check(name, gold, docs):
    assert (docs / name).is_file(), f"missing document {name}"
    ents = {e["name"]: e for e in gold["entities"]}
    assert len(ents) == len(gold["entities"]), f"{name}: duplicate entity names"
    forms = [f.casefold() for e in gold["entities"] for f in [e["name"], *e["aliases"]]]
    dup = {f for f in forms if forms.count(f) > 1}
    assert not dup, f"{name}: name/alias used twice: {dup}"
    for e in gold["entities"]:
        assert e["type"] in TYPES, f"{name}: bad type {e}"
        c = e["country"]
        assert c is None or (len(c) == 2 and c.isupper()), f"{name}: bad country {e}"
    keys = [(r["subject"], r["predicate"], r["object"]) for r in gold["relations"]]
    assert len(set(keys)) == len(keys), f"{name}: duplicate relations " + str(
        [k for k in keys if keys.count(k) > 1])
    sym = {(s, p, o) for s, p, o in keys if p in ("partner_of", "met_with")}
    for s, p, o in sym:
        assert s == o or (o, p, s) not in sym, f"{name}: symmetric duplicate {s} {p} {o}"
    for s, p, o in keys:
        assert s in ents, f"{name}: unknown subject {s}"
        assert o in ents, f"{name}: unknown object {o}"
        st, ot = ALLOWED[p]
        assert ents[s]["type"] in st, f"{name}: {s} ({ents[s]['type']}) cannot be subject of {p}"
        assert ents[o]["type"] in ot, f"{name}: {o} ({ents[o]['type']}) cannot be object of {p}"
    text = (docs / name).read_text(encoding="utf-8")
    folded = text.replace("&amp;", "&").casefold()
    for e in gold["entities"]:
        for f in [e["name"], *e["aliases"]]:
            assert f.casefold() in folded, f"{name}: '{f}' does not occur in the text"
    n_e, n_r = len(gold["entities"]), len(gold["relations"])
    assert 25 <= n_e <= 45, f"{name}: {n_e} entities"
    assert 25 <= n_r <= 50, f"{name}: {n_r} relations"


DOCS = Path(__file__).resolve().parents[2] / "docs" / "train-s"
for name, gold in GOLD.items():
    check(name, gold, DOCS)
for name, gold in GOLD.items():
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
