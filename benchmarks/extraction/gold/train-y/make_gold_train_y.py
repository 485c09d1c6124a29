"""Hand annotations of the `train-y` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-y/make_gold_train_y.py

Theme: Latin American clusters, trade agencies and universities with their
European and Asian partners. Same rules as make_gold.py (README, "Documents
and gold"), written by a separate annotator who did not see the pipeline's
output. Planned participations stated as agreed ("will share a stand at ...")
are annotated like past ones. An agreement "organised with" / "prepared with"
an agency is a partnership; a signature at an event means both signatories
(and the persons who signed) took part in it; welcoming a delegation is a
meeting. Industry chambers and associations of companies (CUTI, CEFA, ADEX,
AIA, Anprotec) are `network`; a bilateral chamber of commerce (CAMEXA) is a
`public_body`, as DOMAIN.md's example says. Venues and countries are not
annotated; a region is annotated as a place when the text names it as such.
"""

import html
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "train-y"


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
TYPES = ORG | {"programme", "event", "project", "person", "place"}
ALLOWED = {  # predicate -> (subject types, object types), DOMAIN.md's table
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

GOLD = {}

# --- annual-report chapter: Nuevo León automotive cluster ---------------------------
CLAUT = "Clúster Automotriz de Nuevo León"
HM = "Hannover Messe 2023"
SE_NL = "Secretaría de Economía del Estado de Nuevo León"
CAMEXA = "Cámara Mexicano-Alemana de Comercio e Industria"
ACST = "ACstyria Mobilitätscluster"
IB = "InterBattery 2023"
KOTRA = "Korea Trade-Investment Promotion Agency"
KATECH = "Korea Automotive Technology Institute"
MAF = "Mexico-Aichi Automotive Business Forum"
JETRO = "Japan External Trade Organization"
IACA = "International Automotive Cluster Alliance"
ACS = "Automotive Cluster of Slovenia"
TEC = "Tecnológico de Monterrey"
UANL = "Universidad Autónoma de Nuevo León"
CONAHCYT = "Consejo Nacional de Humanidades, Ciencias y Tecnologías"
CAI = "Cumbre Automotriz Internacional 2023"
NL_MEMBERS = (("Metalúrgica Regiomontana", "Apodaca"),
              ("Plásticos Técnicos del Norte", "Santa Catarina"),
              ("Sensórica Automotriz", "San Nicolás de los Garza"))
GOLD["claut-nuevo-leon-international-2023.txt"] = dict(
entities=[
 E(CLAUT, "cluster", "MX", "CLAUT"), E("Monterrey", "place", "MX"), E("Nuevo León", "place", "MX"),
 E(HM, "event", "DE", "Hannover Messe"), E("Hanover", "place", "DE"),
 E(SE_NL, "public_body", "MX"), E(CAMEXA, "public_body", "MX", "CAMEXA"),
 *[E(c, "company", "MX") for c, _ in NL_MEMBERS], *[E(t, "place", "MX") for _, t in NL_MEMBERS],
 E(ACST, "cluster", "AT", "ACstyria"), E("Graz", "place", "AT"),
 E("Rodrigo Garza Treviño", "person", "MX"), E("Franz Leitner", "person", "AT"),
 E("Bajío", "place", "MX"),
 E(IB, "event", "KR"), E("Seoul", "place", "KR"), E(KOTRA, "public_body", "KR", "KOTRA"),
 E("Hyundai Mobis", "company", "KR"), E(KATECH, "research_org", "KR", "KATECH"),
 E("Cheonan", "place", "KR"),
 E(MAF, "event", "JP"), E("Nagoya", "place", "JP"), E(JETRO, "public_body", "JP", "JETRO"),
 E("Aichi Prefectural Government", "public_body", "JP"),
 E("Ana Lucía Villarreal", "person", "MX"),
 E(IACA, "network", None, "IACA"), E(ACS, "cluster", "SI", "ACS"), E("Ljubljana", "place", "SI"),
 E(TEC, "university", "MX"), E(UANL, "university", "MX", "UANL"), E("E-MOVILAB", "project"),
 E(CONAHCYT, "public_body", "MX", "CONAHCYT"),
 E(CAI, "event", "MX"), E("Daewon Precision Co.", "company", "KR"),
],
relations=[
 R(CLAUT, "located_in", "Monterrey"), R(CLAUT, "located_in", "Nuevo León"),
 R(HM, "located_in", "Hanover"),
 *[R(o, "participated_in", HM) for o in (CLAUT, SE_NL, CAMEXA)],
 *[R(c, "member_of", CLAUT) for c, _ in NL_MEMBERS],
 *[R(c, "participated_in", HM) for c, _ in NL_MEMBERS],
 *[R(c, "located_in", t) for c, t in NL_MEMBERS],
 R(CLAUT, "partner_of", ACST), R(ACST, "located_in", "Graz"), R(ACST, "participated_in", HM),
 R("Rodrigo Garza Treviño", "works_for", CLAUT), R("Rodrigo Garza Treviño", "participated_in", HM),
 R("Franz Leitner", "works_for", ACST), R("Franz Leitner", "participated_in", HM),
 R(CLAUT, "participated_in", IB), R(IB, "located_in", "Seoul"), R(KOTRA, "participated_in", IB),
 R(CLAUT, "met_with", "Hyundai Mobis"), R(CLAUT, "met_with", KATECH),
 R("Hyundai Mobis", "participated_in", IB), R(KATECH, "participated_in", IB),
 R(KATECH, "located_in", "Cheonan"),
 R(MAF, "located_in", "Nagoya"), R(JETRO, "organized", MAF),
 R("Aichi Prefectural Government", "organized", MAF), R(CLAUT, "participated_in", MAF),
 R("Ana Lucía Villarreal", "works_for", CLAUT), R("Ana Lucía Villarreal", "participated_in", MAF),
 R(CLAUT, "member_of", IACA), R(ACS, "leads", IACA), R(ACS, "located_in", "Ljubljana"),
 R(ACST, "member_of", IACA),
 R(TEC, "leads", "E-MOVILAB"),
 *[R(o, "consortium_member_of", "E-MOVILAB") for o in (TEC, UANL, CLAUT)],
 R("E-MOVILAB", "funded_by", CONAHCYT),
 R(CLAUT, "organized", CAI), R(CAI, "located_in", "Monterrey"),
 R("Plásticos Técnicos del Norte", "participated_in", CAI),
 R("Daewon Precision Co.", "participated_in", CAI),
 R("Plásticos Técnicos del Norte", "partner_of", "Daewon Precision Co."),
])

# --- press release: MoU Recife / Aveiro (digital) -----------------------------------
PD = "Porto Digital"
TICE = "Pólo das Tecnologias de Informação, Comunicação e Electrónica"
WSR = "Web Summit Rio 2024"
APEX = "Agência Brasileira de Promoção de Exportações e Investimentos"
UFPE = "Universidade Federal de Pernambuco"
UA = "Universidade de Aveiro"
RNP = "Rec'n'Play 2024"
WS24 = "Web Summit 2024"
AD = "ATLÂNTICO DIGITAL"
FINEP = "Financiadora de Estudos e Projetos"
CESAR = "Centro de Estudos e Sistemas Avançados do Recife"
ITEL = "Instituto de Telecomunicações"
ANPROTEC = "Associação Nacional de Entidades Promotoras de Empreendimentos Inovadores"
IASP = "International Association of Science Parks and Areas of Innovation"
PD_MEMBERS = (("Manguezal Analytics", "Recife"), ("Frevo Labs", "Olinda"), ("Capibaribe Cloud", "Recife"))
TICE_MEMBERS = (("Ria Software", "Aveiro"), ("Moliceiro Data", "Ílhavo"), ("Sensores do Vouga", "Águeda"))
GOLD["porto-digital-tice-mou-2024.md"] = dict(
entities=[
 E(PD, "cluster", "BR"), E("Recife", "place", "BR"), E("Pernambuco", "place", "BR"),
 E(TICE, "cluster", "PT", "TICE.PT"), E("Aveiro", "place", "PT"), E("Centro Region", "place", "PT"),
 E(WSR, "event", "BR", "Web Summit Rio"), E("Rio de Janeiro", "place", "BR"),
 E("Beatriz Cavalcanti", "person", "BR", "Cavalcanti"),
 E("Nuno Albuquerque", "person", "PT", "Albuquerque"),
 E(APEX, "public_body", "BR", "ApexBrasil"), E("AICEP Portugal Global", "public_body", "PT"),
 E(UFPE, "university", "BR", "UFPE"), E(UA, "university", "PT"),
 E(RNP, "event", "BR"), E(WS24, "event", "PT"), E("Lisbon", "place", "PT"),
 *[E(c, "company", "BR") for c, _ in PD_MEMBERS], E("Olinda", "place", "BR"),
 *[E(c, "company", "PT") for c, _ in TICE_MEMBERS],
 E("Ílhavo", "place", "PT"), E("Águeda", "place", "PT"),
 E(AD, "project"), E(FINEP, "public_body", "BR", "FINEP"), E("COMPETE 2030", "programme", "PT"),
 E(CESAR, "research_org", "BR", "CESAR"), E(ITEL, "research_org", "PT", "IT"),
 E(ANPROTEC, "network", "BR", "Anprotec"), E(IASP, "network", None, "IASP"),
 E("Málaga", "place", "ES"),
 E("Agência para a Competitividade e Inovação", "public_body", "PT", "IAPMEI"),
 E("Juliana Moraes", "person", "BR"),
],
relations=[
 R(PD, "located_in", "Recife"), R(PD, "located_in", "Pernambuco"),
 R(TICE, "located_in", "Aveiro"), R(TICE, "located_in", "Centro Region"),
 R(PD, "partner_of", TICE),
 R(WSR, "located_in", "Rio de Janeiro"),
 *[R(o, "participated_in", WSR) for o in (
   PD, TICE, "Beatriz Cavalcanti", "Nuno Albuquerque", APEX, "AICEP Portugal Global")],
 R("Beatriz Cavalcanti", "works_for", PD), R("Nuno Albuquerque", "works_for", TICE),
 R(UFPE, "partner_of", UA),
 R(PD, "organized", RNP), R(TICE, "participated_in", RNP), R(RNP, "located_in", "Recife"),
 R(PD, "participated_in", WS24), R(TICE, "participated_in", WS24), R(WS24, "located_in", "Lisbon"),
 *[R(c, "member_of", PD) for c, _ in PD_MEMBERS],
 *[R(c, "member_of", TICE) for c, _ in TICE_MEMBERS],
 *[R(c, "located_in", t) for c, t in PD_MEMBERS + TICE_MEMBERS],
 R("Manguezal Analytics", "partner_of", "Ria Software"),
 R(AD, "funded_by", FINEP), R(AD, "funded_by", "COMPETE 2030"), R(CESAR, "leads", AD),
 *[R(o, "consortium_member_of", AD) for o in (
   CESAR, ITEL, PD, TICE, "Manguezal Analytics", "Ria Software")],
 R(CESAR, "located_in", "Recife"), R(ITEL, "located_in", "Aveiro"),
 R(PD, "member_of", ANPROTEC), R(PD, "member_of", IASP), R(IASP, "located_in", "Málaga"),
 R("Juliana Moraes", "works_for", PD),
])

# --- news (HTML): Chilean mining suppliers' mission to Australia --------------------
CMA = "Clúster Minero de Antofagasta"
CORFO = "Corporación de Fomento de la Producción"
IMARC = "International Mining and Resources Conference"
UCN = "Universidad Católica del Norte"
CICITEM = "Centro de Investigación Científico Tecnológico para la Minería"
AUSTRADE = "Australian Trade and Investment Commission"
RT = "Chile-Australia Mining Innovation Roundtable"
CSIRO = "Commonwealth Scientific and Industrial Research Organisation"
TL = "TAILINGS-LINK"
COALAR = "Council on Australia Latin America Relations"
EXPONOR = "Exponor 2024"
AIA = "Asociación de Industriales de Antofagasta"
CMS = "Clúster Minero del Sur"
CL_MEMBERS = (("Ingeniería Atacama Ltda.", "Calama"), ("Relaves Verdes SpA", "Antofagasta"),
              ("CuproTec SpA", "Copiapó"))
RV = "Relaves Verdes SpA"
GOLD["antofagasta-mining-australia-mission-2023.html"] = dict(
entities=[
 E(CMA, "cluster", "CL"), E("Antofagasta", "place", "CL"),
 E("ProChile", "public_body", "CL"), E(CORFO, "public_body", "CL", "CORFO"),
 E(IMARC, "event", "AU", "IMARC"), E("Melbourne", "place", "AU"), E("Perth", "place", "AU"),
 E("Kalgoorlie", "place", "AU"), E("Western Australia", "place", "AU"),
 E("Marcela Rojas Pizarro", "person", "CL", "Rojas Pizarro"),
 E("METS Ignited", "network", "AU"), E("BHP", "company", "AU"),
 E("Rebecca Hall", "person", "AU"),
 E("Ingeniería Atacama Ltda.", "company", "CL"), E("Calama", "place", "CL"),
 E(RV, "company", "CL", "Relaves Verdes"), E("CuproTec SpA", "company", "CL"),
 E("Copiapó", "place", "CL"),
 E(UCN, "university", "CL", "UCN"), E(CICITEM, "research_org", "CL", "CICITEM"),
 E("Felipe Soto Maturana", "person", "CL"), E("Sydney", "place", "AU"),
 E(AUSTRADE, "public_body", "AU", "Austrade"), E("Austmine", "network", "AU"),
 E(RT, "event", "AU"), E("Curtin University", "university", "AU"),
 E(CSIRO, "research_org", "AU", "CSIRO"), E("Tailwater Solutions", "company", "AU"),
 E("Northern Star Resources", "company", "AU"),
 E(TL, "project"), E(COALAR, "public_body", "AU", "COALAR"),
 E(EXPONOR, "event", "CL"), E(AIA, "network", "CL", "AIA"),
 E(CMS, "cluster", "PE"), E("Arequipa", "place", "PE"),
],
relations=[
 R(CMA, "located_in", "Antofagasta"), R(CMA, "partner_of", "ProChile"),
 R(IMARC, "located_in", "Melbourne"),
 R(CMA, "participated_in", IMARC), R("ProChile", "participated_in", IMARC),
 R("Marcela Rojas Pizarro", "works_for", CMA), R("Marcela Rojas Pizarro", "participated_in", IMARC),
 R(CMA, "met_with", "METS Ignited"), R(CMA, "met_with", "BHP"),
 R("Rebecca Hall", "works_for", "METS Ignited"),
 *[R(c, "member_of", CMA) for c, _ in CL_MEMBERS],
 *[R(c, "participated_in", IMARC) for c, _ in CL_MEMBERS],
 *[R(c, "located_in", t) for c, t in CL_MEMBERS],
 R(UCN, "participated_in", IMARC), R(CICITEM, "participated_in", IMARC),
 R(UCN, "located_in", "Antofagasta"), R(CICITEM, "located_in", "Antofagasta"),
 R("Felipe Soto Maturana", "works_for", "ProChile"),
 R(AUSTRADE, "organized", RT), R("Austmine", "organized", RT), R(RT, "located_in", "Perth"),
 *[R(o, "participated_in", RT) for o in (CMA, CSIRO, RV, "Tailwater Solutions")],
 R(RV, "partner_of", "Tailwater Solutions"), R("Tailwater Solutions", "located_in", "Perth"),
 R("Curtin University", "located_in", "Perth"),
 R(CMA, "met_with", "Northern Star Resources"), R("Northern Star Resources", "located_in", "Kalgoorlie"),
 R(UCN, "leads", TL),
 *[R(o, "consortium_member_of", TL) for o in (
   UCN, CSIRO, "Curtin University", RV, "Tailwater Solutions")],
 R(TL, "funded_by", CORFO), R(TL, "funded_by", COALAR),
 R(AIA, "organized", EXPONOR), R(EXPONOR, "located_in", "Antofagasta"),
 R("METS Ignited", "participated_in", EXPONOR), R("Austmine", "participated_in", EXPONOR),
 R(CMA, "partner_of", CMS), R(CMS, "located_in", "Arequipa"),
])

# --- Horizon Europe kick-off in Medellín (cocoa) -----------------------------------
AC = "ANDICACAO"
RUTAN = "Corporación Ruta N"
REA = "European Research Executive Agency"
MINC = "Ministerio de Ciencia, Tecnología e Innovación"
UPV = "Universitat Politècnica de València"
SANT = "Clúster de Cacao y Chocolate de Santander"
CIRAD = "Centre de coopération internationale en recherche agronomique pour le développement"
CONSORTIUM = (
 (UPV, "Valencia"), ("Universidad Nacional de Colombia", "Bogotá"), ("Universidad EAFIT", "Medellín"),
 ("Corporación Colombiana de Investigación Agropecuaria", "Mosquera"), (SANT, "Bucaramanga"),
 ("Chocolates del Magdalena S.A.S.", "Santa Marta"), (CIRAD, "Montpellier"),
 ("Ghent University", "Ghent"), ("Cacao Trace Europe BV", "Amsterdam"),
 ("Universidad Nacional Agraria La Molina", "Lima"),
 ("Instituto Nacional de Investigaciones Agropecuarias", "Quito"))
GOLD["andicacao-horizon-kickoff-medellin-2024.md"] = dict(
entities=[
 E(AC, "project"), E("Medellín", "place", "CO"), E("Horizon Europe", "programme"),
 E(RUTAN, "public_body", "CO", "Ruta N"), E(REA, "public_body", None, "REA"),
 E(MINC, "public_body", "CO", "Minciencias"),
 E(UPV, "university", "ES", "UPV"), E("Valencia", "place", "ES"),
 E("Carmen Ibáñez Soler", "person", "ES"),
 E("Universidad Nacional de Colombia", "university", "CO", "UNAL"), E("Bogotá", "place", "CO"),
 E("Universidad EAFIT", "university", "CO", "EAFIT"),
 E("Corporación Colombiana de Investigación Agropecuaria", "research_org", "CO", "AGROSAVIA"),
 E("Mosquera", "place", "CO"),
 E(SANT, "cluster", "CO", "Santander cluster"), E("Bucaramanga", "place", "CO"),
 E("Chocolates del Magdalena S.A.S.", "company", "CO", "Chocolates del Magdalena"),
 E("Santa Marta", "place", "CO"),
 E(CIRAD, "research_org", "FR", "CIRAD"), E("Montpellier", "place", "FR"),
 E("Ghent University", "university", "BE"), E("Ghent", "place", "BE"),
 E("Cacao Trace Europe BV", "company", "NL", "Cacao Trace Europe"), E("Amsterdam", "place", "NL"),
 E("Universidad Nacional Agraria La Molina", "university", "PE", "UNALM"), E("Lima", "place", "PE"),
 E("Instituto Nacional de Investigaciones Agropecuarias", "research_org", "EC", "INIAP"),
 E("Quito", "place", "EC"),
 E("Sarah Lindqvist", "person"), E("Andrés Felipe Restrepo", "person", "CO"),
 E("Santander", "place", "CO"), E("Aburrá Valley", "place", "CO"),
 E("Laura Quintero", "person", "CO", "Quintero"),
 E("FINCACAO", "project"), E("AL-INVEST Verde", "programme"),
 E("Jonas De Clercq", "person", "BE"), E("Chocoa 2025", "event", "NL"),
],
relations=[
 R(AC, "funded_by", "Horizon Europe"), R(AC, "funded_by", REA), R(AC, "funded_by", MINC),
 R(UPV, "leads", AC),
 R("Carmen Ibáñez Soler", "works_for", UPV), R("Carmen Ibáñez Soler", "leads", AC),
 *[R(o, "consortium_member_of", AC) for o, _ in CONSORTIUM],
 *[R(o, "located_in", t) for o, t in CONSORTIUM],
 R(RUTAN, "located_in", "Medellín"),
 R("Sarah Lindqvist", "works_for", REA),
 R("Andrés Felipe Restrepo", "works_for", "Universidad EAFIT"),
 R("Laura Quintero", "works_for", SANT),
 R(SANT, "leads", "FINCACAO"), R("FINCACAO", "funded_by", "AL-INVEST Verde"),
 *[R(o, "consortium_member_of", "FINCACAO") for o in (
   SANT, "Chocolates del Magdalena S.A.S.", "Universidad Nacional de Colombia")],
 R("Jonas De Clercq", "works_for", "Ghent University"),
 R("Chocoa 2025", "located_in", "Amsterdam"),
 R("Cacao Trace Europe BV", "participated_in", "Chocoa 2025"),
])

# --- newsletter: Córdoba (Argentina) software cluster -------------------------------
CTC = "Córdoba Technology Cluster"
SSM = "South Summit Madrid 2023"
AAICI = "Agencia Argentina de Inversiones y Comercio Internacional"
ERS = "Encuentro Rioplatense de Software 2023"
CUTI = "Cámara Uruguaya de Tecnologías de la Información"
POLO = "Polo IT Buenos Aires"
WS23 = "Web Summit 2023"
NASSCOM = "National Association of Software and Service Companies"
UNC = "Universidad Nacional de Córdoba"
UTN = "Universidad Tecnológica Nacional - Facultad Regional Córdoba"
FONSOFT = "Fondo Fiduciario de Promoción de la Industria del Software"
MINCBA = "Ministerio de Ciencia y Tecnología de la Provincia de Córdoba"
SS_MEMBERS = (("Quántica Software", "Córdoba"), ("Serranía Labs", "Villa Carlos Paz"),
              ("DataPampa", "Río Cuarto"))
NEW_MEMBERS = (("Mediterránea Cloud S.A.", "Córdoba"), ("Sierras Chicas Robotics", "Unquillo"),
               ("Lumen Fintech", "Córdoba"))
GOLD["cordoba-technology-cluster-newsletter-2023.txt"] = dict(
entities=[
 E(CTC, "cluster", "AR", "CTC"), E("Córdoba", "place", "AR"),
 E(SSM, "event", "ES"), E("Madrid", "place", "ES"), E(AAICI, "public_body", "AR", "AAICI"),
 *[E(c, "company", "AR") for c, _ in SS_MEMBERS],
 E("Villa Carlos Paz", "place", "AR"), E("Río Cuarto", "place", "AR"),
 E("GAIA", "cluster", "ES"), E("San Sebastián", "place", "ES", "Donostia"),
 E("Basque Country", "place", "ES"),
 E("Sofía Bustos", "person", "AR"), E("Iñaki Etxeberria", "person", "ES"),
 E(ERS, "event", "UY", "Encuentro Rioplatense de Software", "Encuentro"),
 E(CUTI, "network", "UY", "CUTI"), E("Montevideo", "place", "UY"),
 E(POLO, "cluster", "AR"), E("Buenos Aires", "place", "AR"),
 E("Gonzalo Ferreira", "person", "UY"), E("Martín Echeverría", "person", "AR"),
 E(WS23, "event", "PT"), E("Lisbon", "place", "PT"),
 E(NASSCOM, "network", "IN", "NASSCOM"),
 E(UNC, "university", "AR", "UNC"), E(UTN, "university", "AR", "UTN FRC"),
 E("TALENTO SUR", "project"), E(FONSOFT, "programme", "AR", "FONSOFT"),
 E(MINCBA, "public_body", "AR"),
 *[E(c, "company", "AR") for c, _ in NEW_MEMBERS], E("Unquillo", "place", "AR"),
 E("EU-LAC Digital Accelerator", "programme"),
],
relations=[
 R(CTC, "located_in", "Córdoba"),
 R(SSM, "located_in", "Madrid"), R(CTC, "participated_in", SSM),
 R(AAICI, "participated_in", SSM), R(AAICI, "partner_of", CTC),
 *[R(c, "member_of", CTC) for c, _ in SS_MEMBERS],
 *[R(c, "participated_in", SSM) for c, _ in SS_MEMBERS],
 *[R(c, "located_in", t) for c, t in SS_MEMBERS],
 R(CTC, "partner_of", "GAIA"), R("GAIA", "located_in", "San Sebastián"),
 R("Iñaki Etxeberria", "works_for", "GAIA"), R("Sofía Bustos", "works_for", CTC),
 R(CTC, "organized", ERS), R(CUTI, "organized", ERS), R(ERS, "located_in", "Montevideo"),
 R(POLO, "participated_in", ERS), R(POLO, "located_in", "Buenos Aires"),
 R("Gonzalo Ferreira", "works_for", CUTI), R("Gonzalo Ferreira", "participated_in", ERS),
 R("Martín Echeverría", "works_for", CTC), R("Martín Echeverría", "participated_in", ERS),
 R(WS23, "located_in", "Lisbon"),
 *[R(o, "participated_in", WS23) for o in (CTC, CUTI, POLO)],
 R(CTC, "partner_of", NASSCOM),
 R(UNC, "leads", "TALENTO SUR"),
 *[R(o, "consortium_member_of", "TALENTO SUR") for o in (UNC, UTN, CTC)],
 R("TALENTO SUR", "funded_by", FONSOFT), R("TALENTO SUR", "funded_by", MINCBA),
 *[R(c, "member_of", CTC) for c, _ in NEW_MEMBERS], R(UTN, "member_of", CTC),
 *[R(c, "located_in", t) for c, t in NEW_MEMBERS],
 R(UTN, "partner_of", CTC),
])

# --- event news (HTML): the Peru pavilion at BIOFACH --------------------------------
PROM = "Comisión de Promoción del Perú para la Exportación y el Turismo"
BF = "BIOFACH 2024"
ADEX = "Asociación de Exportadores"
SSE = "Sierra y Selva Exportadora"
POD = "Peru Organic Day"
IFOAM = "IFOAM - Organics International"
BMZ = "German Federal Ministry for Economic Cooperation and Development"
GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
FJ = "FOODEX Japan 2024"
EA = "Expo Alimentaria 2024"
PE_EXH = (("Andes Superfoods S.A.C.", "Arequipa"), ("Quinua Real del Altiplano", "Puno"),
          ("Cacao Amazónico Tingo María", "Tingo María"), ("Café Selva Central", "Chanchamayo"),
          ("Camu Camu Iquitos S.A.C.", "Iquitos"), ("Agroindustrias Cusqueñas", "Cusco"))
AS_ = "Andes Superfoods S.A.C."
CCI = "Camu Camu Iquitos S.A.C."
GOLD["peru-pavilion-biofach-2024.html"] = dict(
entities=[
 E(PROM, "public_body", "PE", "PROMPERÚ"), E("Lima", "place", "PE"),
 E(BF, "event", "DE"), E("Nuremberg", "place", "DE"),
 E(ADEX, "network", "PE", "ADEX"), E(SSE, "public_body", "PE"),
 E("NürnbergMesse", "company", "DE"),
 E(AS_, "company", "PE", "Andes Superfoods"), E("Quinua Real del Altiplano", "company", "PE"),
 E("Cacao Amazónico Tingo María", "company", "PE"), E("Café Selva Central", "company", "PE"),
 E(CCI, "company", "PE", "Camu Camu Iquitos"), E("Agroindustrias Cusqueñas", "company", "PE"),
 *[E(t, "place", "PE") for _, t in PE_EXH],
 E("BioHandel Franken GmbH", "company", "DE"), E("Bamberg", "place", "DE"),
 E("Organic Bridge BV", "company", "NL"), E("Rotterdam", "place", "NL"),
 E("Rocío Valdivia Huamán", "person", "PE"),
 E(POD, "event", "DE"), E("Thomas Brenner", "person", "DE"),
 E(IFOAM, "network", "DE"), E("Bonn", "place", "DE"), E("Gabriela Quispe", "person", "PE"),
 E("ALIADOS BIO", "project"), E(BMZ, "public_body", "DE", "BMZ"), E(GIZ, "public_body", "DE", "GIZ"),
 E(FJ, "event", "JP"), E("Chiba", "place", "JP"), E("Tokyo", "place", "JP"),
 E("Kansai Natural Foods Co.", "company", "JP"), E("Osaka", "place", "JP"),
 E(EA, "event", "PE"),
],
relations=[
 R(PROM, "located_in", "Lima"), R(BF, "located_in", "Nuremberg"),
 *[R(o, "participated_in", BF) for o in (PROM, ADEX, SSE)],
 R("NürnbergMesse", "organized", BF),
 *[R(c, "participated_in", BF) for c, _ in PE_EXH],
 *[R(c, "located_in", t) for c, t in PE_EXH],
 R("Quinua Real del Altiplano", "met_with", "BioHandel Franken GmbH"),
 R("BioHandel Franken GmbH", "located_in", "Bamberg"),
 R(AS_, "partner_of", "Organic Bridge BV"), R("Organic Bridge BV", "located_in", "Rotterdam"),
 R("Rocío Valdivia Huamán", "works_for", PROM),
 R(PROM, "organized", POD), R(ADEX, "organized", POD), R(POD, "located_in", "Nuremberg"),
 R("Thomas Brenner", "participated_in", POD), R("Thomas Brenner", "works_for", IFOAM),
 R(IFOAM, "located_in", "Bonn"), R(IFOAM, "participated_in", POD), R(SSE, "participated_in", POD),
 R("Gabriela Quispe", "participated_in", POD), R("Gabriela Quispe", "works_for", SSE),
 R("ALIADOS BIO", "funded_by", BMZ), R(GIZ, "leads", "ALIADOS BIO"),
 *[R(o, "consortium_member_of", "ALIADOS BIO") for o in (GIZ, SSE, ADEX)],
 R(FJ, "located_in", "Chiba"),
 *[R(o, "participated_in", FJ) for o in (PROM, AS_, CCI, "Agroindustrias Cusqueñas")],
 R("Agroindustrias Cusqueñas", "met_with", "Kansai Natural Foods Co."),
 R("Kansai Natural Foods Co.", "located_in", "Osaka"), R("Kansai Natural Foods Co.", "participated_in", FJ),
 R(ADEX, "organized", EA), R(EA, "located_in", "Lima"),
])

# --- press release: Uruguayan life sciences mission to Korea ------------------------
UXXI = "Uruguay XXI"
CEFA = "Cámara de Especialidades Farmacéuticas y Afines"
BK = "BIO KOREA 2023"
KHIDI = "Korea Health Industry Development Institute"
PCTP = "Parque Científico Tecnológico de Pando"
IPM = "Institut Pasteur de Montevideo"
UDELAR = "Universidad de la República"
LATU = "Laboratorio Tecnológico del Uruguay"
KRIBB = "Korea Research Institute of Bioscience and Biotechnology"
ANII = "Agencia Nacional de Investigación e Innovación"
NRF = "National Research Foundation of Korea"
KMEDI = "Daegu-Gyeongbuk Medical Innovation Foundation"
EMB = "Embassy of Uruguay in the Republic of Korea"
ULSN = "Uruguay Life Sciences Night"
LABF = "Latin American Biotechnology Forum"
UY_MEMBERS = (("Laboratorios Celeste S.A.", "Montevideo"), ("VetUruguay Biologics", "Canelones"),
              ("Pampa Diagnostics", "Pando"))
GOLD["uruguay-life-sciences-korea-mission-2023.txt"] = dict(
entities=[
 E(UXXI, "public_body", "UY"), E(CEFA, "network", "UY", "CEFA"),
 E(BK, "event", "KR", "BIO KOREA"), E("Seoul", "place", "KR"), E(KHIDI, "public_body", "KR", "KHIDI"),
 E("Valentina Sosa", "person", "UY", "Sosa"),
 E("Laboratorios Celeste S.A.", "company", "UY", "Laboratorios Celeste"),
 E("Montevideo", "place", "UY"), E("VetUruguay Biologics", "company", "UY"),
 E("Canelones", "place", "UY"), E("Pampa Diagnostics", "company", "UY"),
 E(PCTP, "research_org", "UY", "PCTP"), E("Pando", "place", "UY"),
 E(IPM, "research_org", "UY"), E(UDELAR, "university", "UY", "Udelar"),
 E(LATU, "research_org", "UY", "LATU"), E("Genómica del Sur", "company", "UY"),
 E("Korea Trade-Investment Promotion Agency", "public_body", "KR", "KOTRA"),
 E("Hanul Biopharma", "company", "KR"), E("Incheon", "place", "KR"), E("Songdo", "place", "KR"),
 E("Mirae Dx", "company", "KR"), E("Daejeon", "place", "KR"),
 E(KRIBB, "research_org", "KR", "KRIBB"),
 E("Carlos Pereyra Lasalvia", "person", "UY"), E("Kim Min-seo", "person", "KR"),
 E("ZOONOVAC", "project"), E(ANII, "public_body", "UY", "ANII"), E(NRF, "public_body", "KR", "NRF"),
 E("Daegu", "place", "KR"), E(KMEDI, "research_org", "KR", "K-MEDI hub"),
 E(EMB, "public_body", "UY"), E(ULSN, "event", "KR"),
 E("Korea Biotechnology Industry Organization", "network", "KR", "KoreaBIO"),
 E(LABF, "event", "UY"),
],
relations=[
 R(UXXI, "partner_of", CEFA),
 R(BK, "located_in", "Seoul"), R(KHIDI, "organized", BK),
 R(UXXI, "participated_in", BK), R(CEFA, "participated_in", BK),
 R("Valentina Sosa", "works_for", UXXI), R("Valentina Sosa", "participated_in", BK),
 *[R(c, "member_of", CEFA) for c, _ in UY_MEMBERS],
 *[R(c, "located_in", t) for c, t in UY_MEMBERS],
 R(PCTP, "located_in", "Pando"), R("Genómica del Sur", "located_in", "Montevideo"),
 *[R(o, "participated_in", BK) for o in (
   "Laboratorios Celeste S.A.", "VetUruguay Biologics", "Pampa Diagnostics", IPM, UDELAR, LATU,
   "Genómica del Sur", "Korea Trade-Investment Promotion Agency")],
 R("Laboratorios Celeste S.A.", "met_with", "Hanul Biopharma"),
 R("Hanul Biopharma", "located_in", "Incheon"), R("Hanul Biopharma", "located_in", "Songdo"),
 R("Pampa Diagnostics", "partner_of", "Mirae Dx"), R("Mirae Dx", "located_in", "Seoul"),
 R(IPM, "partner_of", KRIBB), R(KRIBB, "located_in", "Daejeon"),
 R("Carlos Pereyra Lasalvia", "works_for", IPM), R("Kim Min-seo", "works_for", KRIBB),
 R(IPM, "leads", "ZOONOVAC"),
 *[R(o, "consortium_member_of", "ZOONOVAC") for o in (IPM, KRIBB, UDELAR, "VetUruguay Biologics")],
 R("ZOONOVAC", "funded_by", ANII), R("ZOONOVAC", "funded_by", NRF),
 R(KMEDI, "located_in", "Daegu"), R(KMEDI, "met_with", UXXI), R(LATU, "partner_of", KMEDI),
 R(EMB, "organized", ULSN), R(UXXI, "organized", ULSN), R(ULSN, "located_in", "Seoul"),
 R(KHIDI, "participated_in", ULSN),
 R("Korea Biotechnology Industry Organization", "participated_in", ULSN),
 R(CEFA, "organized", LABF), R(LABF, "located_in", "Montevideo"),
])

# --- press release (HTML): Querétaro aerospace cluster and Aerospace Valley ---------
AQ = "Aeroclúster de Querétaro"
AV = "Aerospace Valley"
PAS = "International Paris Air Show 2023"
SEDESU = "Secretaría de Desarrollo Sustentable del Estado de Querétaro"
FAMEX = "Feria Aeroespacial México"
SEDENA = "Secretaría de la Defensa Nacional"
MAB = "Maquinados Aeroespaciales del Bajío"
CQ = "Compósitos Querétaro S.A. de C.V."
OU = "Occitanie Usinage SAS"
UNAQ = "Universidad Aeronáutica en Querétaro"
ASK = "AEROSKILLS-MX"
ISAE = "Institut supérieur de l'aéronautique et de l'espace"
UPM = "Universidad Politécnica de Madrid"
EACP = "European Aerospace Cluster Partnership"
HEGAN = "Asociación Cluster de Aeronáutica y Espacio del País Vasco"
JA = "Japan International Aerospace Exhibition 2024"
SJAC = "Society of Japanese Aerospace Companies"
HU = "Luis Arturo Hernández Ugalde"
OR = "Mariana Olvera Reséndiz"
GOLD["queretaro-aerocluster-aerospace-valley-2023.html"] = dict(
entities=[
 E(AQ, "cluster", "MX", "Aeroclúster"), E("Querétaro", "place", "MX"),
 E(AV, "cluster", "FR"), E("Toulouse", "place", "FR"), E("Bordeaux", "place", "FR"),
 E(PAS, "event", "FR", "Paris Air Show"), E("Le Bourget", "place", "FR"),
 E("Business France", "public_body", "FR"),
 E(HU, "person", "MX", "Hernández Ugalde"), E("Claire Dumont", "person", "FR"),
 E(OR, "person", "MX"), E(SEDESU, "public_body", "MX", "SEDESU"),
 E("Occitanie", "place", "FR"), E("Nouvelle-Aquitaine", "place", "FR"),
 E(FAMEX, "event", "MX", "FAMEX 2023", "FAMEX"), E("Santa Lucía", "place", "MX"),
 E(SEDENA, "public_body", "MX", "SEDENA"),
 E(MAB, "company", "MX"), E("El Marqués", "place", "MX"),
 E(CQ, "company", "MX", "Compósitos Querétaro"), E("Colón", "place", "MX"),
 E("Garonne Composites", "company", "FR"), E(OU, "company", "FR"), E("Figeac", "place", "FR"),
 E(UNAQ, "university", "MX", "UNAQ"), E(ASK, "project"), E("Erasmus+", "programme"),
 E(ISAE, "university", "FR", "ISAE-SUPAERO"), E(UPM, "university", "ES", "UPM"),
 E(EACP, "network", None, "EACP"), E(HEGAN, "cluster", "ES", "Hegan"), E("Zamudio", "place", "ES"),
 E(JA, "event", "JP"), E("Tokyo", "place", "JP"), E(SJAC, "network", "JP", "SJAC"),
],
relations=[
 R(AQ, "located_in", "Querétaro"),
 *[R(AV, "located_in", p) for p in ("Toulouse", "Bordeaux", "Occitanie", "Nouvelle-Aquitaine")],
 R(AQ, "partner_of", AV), R(PAS, "located_in", "Le Bourget"),
 *[R(o, "participated_in", PAS) for o in (
   AQ, AV, "Business France", HU, "Claire Dumont", OR, SEDESU)],
 R(HU, "works_for", AQ), R("Claire Dumont", "works_for", AV), R(OR, "works_for", SEDESU),
 R(FAMEX, "located_in", "Santa Lucía"), R(SEDENA, "organized", FAMEX),
 R(AV, "participated_in", FAMEX), R(AQ, "participated_in", FAMEX), R(AQ, "met_with", AV),
 *[R(c, "member_of", AQ) for c in (MAB, CQ)],
 R(MAB, "located_in", "El Marqués"), R(CQ, "located_in", "Colón"),
 *[R(c, "participated_in", PAS) for c in (MAB, CQ, "Garonne Composites", OU)],
 R(CQ, "partner_of", "Garonne Composites"), R("Garonne Composites", "located_in", "Toulouse"),
 R(MAB, "met_with", OU), R(OU, "located_in", "Figeac"), R(OU, "member_of", AV),
 R(ISAE, "leads", ASK),
 *[R(o, "consortium_member_of", ASK) for o in (UNAQ, ISAE, UPM, AQ)],
 R(ASK, "funded_by", "Erasmus+"), R(ISAE, "located_in", "Toulouse"),
 *[R(o, "member_of", EACP) for o in (AQ, AV, HEGAN)], R(HEGAN, "located_in", "Zamudio"),
 R(JA, "located_in", "Tokyo"), R(SJAC, "organized", JA),
 R(AQ, "participated_in", JA), R(AV, "participated_in", JA),
])


def doc_text(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<head>.*?</head>", " ", text, flags=re.S)))
    return text


def check(name, gold):
    path = DOCS / name
    assert path.is_file(), f"{name}: document missing"
    text = doc_text(path)
    words = len(text.split())
    assert 450 <= words <= 650, f"{name}: {words} words"
    low = text.casefold()
    types, seen = {}, set()
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["country"] is None or re.fullmatch(r"[A-Z]{2}", e["country"]), (name, e)
        for form in [e["name"], *e["aliases"]]:
            key = form.casefold()
            assert key not in seen, f"{name}: name or alias twice: {form}"
            seen.add(key)
            assert key in low, f"{name}: '{form}' not in the text"
        types[e["name"]] = e["type"]
    assert 25 <= len(types) <= 45, f"{name}: {len(types)} entities"
    rels = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types and o in types, f"{name}: undeclared end in {r}"
        assert p in ALLOWED, (name, r)
        subj, obj = ALLOWED[p]
        assert types[s] in subj and types[o] in obj, f"{name}: types not allowed: {r}"
        assert s != o, (name, r)
        key = (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)
        assert key not in rels, f"{name}: duplicate relation {r}"
        rels.add(key)
    assert 25 <= len(rels) <= 50, f"{name}: {len(rels)} relations"
    ends = {x for r in gold["relations"] for x in (r["subject"], r["object"])}
    return sorted(set(types) - ends)


assert len(GOLD) == 8 and {p.name for p in DOCS.iterdir()} == set(GOLD), "documents and gold differ"
for name, gold in GOLD.items():
    lonely = check(name, gold)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.name, len(gold["entities"]), len(gold["relations"]),
          "| no relation:", ", ".join(lonely) or "-")
