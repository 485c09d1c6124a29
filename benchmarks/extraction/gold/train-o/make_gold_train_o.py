"""Hand annotations of the `train-o` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-o/make_gold_train_o.py

Eight documents on Ibero-American and Iberian clusters (Spain, Portugal, Brazil,
Argentina, Chile, Peru, Mexico), in docs/train-o/. Same rules as make_gold.py
(README, "Documents and gold"), written by a separate annotator who did not see
the pipeline or the other sets. Conventions used here:

- associations and federations of companies (Chilealimentos, ASEBIO, AGAP,
  ABIMAQ, AFAC, ...) are `network`; bodies that call themselves clusters and
  science/technology parks (Taguspark, Parque Científico y Tecnológico de
  Bizkaia) are `cluster`;
- planned participations stated as agreed ("will share a stand at FAMEX 2025")
  are annotated like past ones;
- a visit to an organisation's site ("toured the CFAA", "visited the farms of
  Camposol") is a `met_with` with that organisation;
- "agreed to prepare a joint proposal" / "signed an agreement" is `partner_of`;
  a supplier qualification or a mere referral is not;
- "with the support of X" for an event is `participated_in` (sponsor role);
- a person who speaks at an event `participated_in` it; the person's
  organisation is annotated only when the text says it took part.

The script checks that every relation end is a declared entity name, that the
types fit DOMAIN.md's table, and that each name and alias occurs in the text.
"""

import html
import json
import re
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- annual-report chapter: Galician food cluster ---------------------------------
CL = "Clúster Alimentario de Galicia"
ICEX = "ICEX España Exportación e Inversiones"
JAL = "Clúster Agroalimentario de Jalisco"
ANTAD = "Expo ANTAD & Alimentaria México"
CHA = "Chilealimentos"
PF = "PortugalFoods"
AL = "ALIMENTA_EP"
UM = "Universidade do Minho"
ANF = "ANFACO-CECOPESCA"
FID = "Galicia-Norte Food Innovation Day"
SEG = "Seafood Expo Global"
GAL_MEMBERS = (("Conservas Ría de Arousa", "Rianxo"), ("Queixería Terra Chá", "Vilalba"),
               ("Adega Val do Salnés", "Cambados"))
GOLD["galician-food-cluster-international-2023.txt"] = dict(
entities=[
 E(CL, "cluster", "ES", "CLUSAGA"), E("Santiago de Compostela", "place", "ES"),
 E("Galicia", "place", "ES"),
 E("Mexico City", "place", "MX"), E("Guadalajara", "place", "MX"),
 E(ICEX, "public_body", "ES", "ICEX"), E("Xunta de Galicia", "public_body", "ES"),
 E("Instituto Galego de Promoción Económica", "public_body", "ES", "IGAPE"),
 E(JAL, "cluster", "MX"),
 *[E(c, "company", "ES") for c, _ in GAL_MEMBERS], *[E(t, "place", "ES") for _, t in GAL_MEMBERS],
 E(ANTAD, "event", "MX"), E("Expo Guadalajara", "place", "MX"),
 E("La Comer", "company", "MX"), E("Grupo Herdez", "company", "MX"),
 E("Uxía Pereira Castro", "person", "ES"),
 E(CHA, "network", "CL"), E("Santiago", "place", "CL"), E("Maule Region", "place", "CL"),
 E("Felipe Araya", "person", "CL"),
 E("Universidade de Vigo", "university", "ES"), E("Ourense", "place", "ES"),
 E("Centro Tecnolóxico do Mar", "research_org", "ES", "CETMAR"),
 E("Horizon Europe", "programme"),
 E(PF, "cluster", "PT"), E("Porto", "place", "PT"),
 E(AL, "project"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E("Interreg España-Portugal", "programme", None, "POCTEP", "Interreg España-Portugal programme"),
 E(UM, "university", "PT"), E("Braga", "place", "PT"),
 E("Instituto Politécnico de Viana do Castelo", "university", "PT"),
 E(ANF, "research_org", "ES"), E("Vigo", "place", "ES"),
 E(FID, "event", "ES"), E("Rui Teixeira", "person", "PT"),
 E(SEG, "event", "ES"), E("Barcelona", "place", "ES"),
 E("Consello Regulador Mexillón de Galicia", "public_body", "ES"),
 E("Anuga", "event", "DE"), E("Cologne", "place", "DE"),
 E("Grupo Pão de Açúcar", "company", "BR"),
 E("EIT Food", "network"), E("Regional Innovation Scheme", "programme"),
 E("Marcos Vilariño", "person", "ES"),
],
relations=[
 R(CL, "located_in", "Santiago de Compostela"),
 R(CL, "partner_of", JAL), R(JAL, "located_in", "Guadalajara"),
 *[R(c, "member_of", CL) for c, _ in GAL_MEMBERS],
 *[R(c, "located_in", t) for c, t in GAL_MEMBERS],
 R(CL, "participated_in", ANTAD), *[R(c, "participated_in", ANTAD) for c, _ in GAL_MEMBERS],
 R(ICEX, "participated_in", ANTAD),
 R(ANTAD, "located_in", "Expo Guadalajara"), R(ANTAD, "located_in", "Guadalajara"),
 R(CL, "met_with", "La Comer"), R(CL, "met_with", "Grupo Herdez"),
 R("Uxía Pereira Castro", "works_for", CL),
 R("Felipe Araya", "works_for", CHA),
 R(CHA, "met_with", "Universidade de Vigo"), R("Universidade de Vigo", "located_in", "Ourense"),
 R(CHA, "met_with", "Centro Tecnolóxico do Mar"),
 R(CHA, "partner_of", CL),
 R(CL, "partner_of", PF), R(PF, "located_in", "Porto"),
 R(CL, "leads", AL), R(CL, "consortium_member_of", AL),
 R(AL, "funded_by", "European Regional Development Fund"),
 R(AL, "funded_by", "Interreg España-Portugal"),
 *[R(o, "consortium_member_of", AL) for o in (
   PF, UM, "Instituto Politécnico de Viana do Castelo", ANF)],
 R(UM, "located_in", "Braga"), R(ANF, "located_in", "Vigo"),
 R(CL, "organized", FID), R(PF, "organized", FID), R(FID, "located_in", "Vigo"),
 R("Rui Teixeira", "works_for", UM), R("Rui Teixeira", "participated_in", FID),
 R(ANF, "participated_in", FID),
 R(CL, "participated_in", SEG), R("Consello Regulador Mexillón de Galicia", "participated_in", SEG),
 R(SEG, "located_in", "Barcelona"),
 R(CL, "participated_in", "Anuga"), R("Anuga", "located_in", "Cologne"),
 R("Queixería Terra Chá", "participated_in", "Anuga"),
 R("Queixería Terra Chá", "met_with", "Grupo Pão de Açúcar"),
 R(CL, "member_of", "EIT Food"),
 R("Marcos Vilariño", "works_for", CL),
])

# --- press release: MoU Portugal / Brazil (production technologies) ---------------
PT_ = "PRODUTECH – Pólo das Tecnologias de Produção"
SC = "SENAI CIMATEC"
FM = "FEIMEC 2024"
AICEP = "AICEP Portugal Global"
APEX = "Agência Brasileira de Promoção de Exportações e Investimentos"
MD = "Portugal–Brazil Industrial Matchmaking Day"
ABIMAQ = "Associação Brasileira da Indústria de Máquinas e Equipamentos"
FIESP = "Federação das Indústrias do Estado de São Paulo"
EFFRA = "European Factories of the Future Research Association"
SENAI = "Serviço Nacional de Aprendizagem Industrial"
CNI = "Confederação Nacional da Indústria"
PTX = (("Introsys", "Moita"), ("Adira", "Canidelo"), ("Critical Manufacturing", "Maia"))
GOLD["produtech-senai-cimatec-mou-2024.md"] = dict(
entities=[
 E(PT_, "cluster", "PT", "PRODUTECH"), E(SC, "research_org", "BR"),
 E("Salvador", "place", "BR"), E("Bahia", "place", "BR"), E("São Paulo", "place", "BR"),
 E(FM, "event", "BR", "FEIMEC", "Feira Internacional de Máquinas e Equipamentos"),
 E(AICEP, "public_body", "PT", "AICEP"),
 E("Helena Sousa Marques", "person", "PT"), E("Ricardo Menezes Lima", "person", "BR"),
 E("Carla Bastos", "person", "PT"),
 E(APEX, "public_body", "BR", "ApexBrasil"),
 E("Empresa Brasileira de Pesquisa e Inovação Industrial", "public_body", "BR", "EMBRAPII"),
 E("Portugal 2030", "programme", "PT"),
 E("INESC TEC", "research_org", "PT"), E("Porto", "place", "PT"),
 E(MD, "event", "PT"), E("Horizon Europe", "programme"),
 E("São Paulo Expo", "place", "BR"),
 *[E(c, "company", "PT") for c, _ in PTX], *[E(t, "place", "PT") for _, t in PTX],
 E(ABIMAQ, "network", "BR", "ABIMAQ"),
 E("WEG", "company", "BR"), E("Jaraguá do Sul", "place", "BR"), E("Santa Catarina", "place", "BR"),
 E(FIESP, "network", "BR", "FIESP"),
 E(EFFRA, "network", None, "EFFRA"), E("Manufuture Portugal", "network", "PT"),
 E("PRODUTECH R3", "project", "PT"),
 E("Recovery and Resilience Plan", "programme", "PT", "PRR"),
 E(SENAI, "network", "BR", "SENAI"), E(CNI, "network", "BR", "CNI"),
 E("Inês Vasconcelos", "person", "PT"),
],
relations=[
 R(PT_, "partner_of", SC),
 R(SC, "located_in", "Salvador"), R(SC, "located_in", "Bahia"),
 R(PT_, "participated_in", FM), R(SC, "participated_in", FM), R(AICEP, "participated_in", FM),
 R(FM, "located_in", "São Paulo"), R(FM, "located_in", "São Paulo Expo"),
 R("Helena Sousa Marques", "works_for", PT_), R("Ricardo Menezes Lima", "works_for", SC),
 R("Carla Bastos", "works_for", AICEP),
 R("Helena Sousa Marques", "participated_in", FM), R("Ricardo Menezes Lima", "participated_in", FM),
 R("Carla Bastos", "participated_in", FM), R(APEX, "participated_in", FM),
 R("INESC TEC", "member_of", PT_), R("INESC TEC", "located_in", "Porto"),
 R(PT_, "organized", MD), R(SC, "organized", MD), R(MD, "located_in", "Porto"),
 *[R(c, "participated_in", FM) for c, _ in PTX],
 *[R(c, "located_in", t) for c, t in PTX],
 R(PT_, "met_with", ABIMAQ), R(ABIMAQ, "participated_in", FM),
 R(PT_, "met_with", "WEG"),
 R("WEG", "located_in", "Jaraguá do Sul"), R("WEG", "located_in", "Santa Catarina"),
 R(PT_, "met_with", FIESP),
 R(PT_, "located_in", "Porto"),
 R(PT_, "member_of", EFFRA), R(PT_, "member_of", "Manufuture Portugal"),
 R(PT_, "leads", "PRODUTECH R3"), R("PRODUTECH R3", "funded_by", "Recovery and Resilience Plan"),
 R(SC, "member_of", SENAI), R(CNI, "leads", SENAI),
 R("Inês Vasconcelos", "works_for", PT_),
])

# --- news: Mexican aerospace delegation in the Basque Country ---------------------
HG = "Asociación Cluster de Aeronáutica y Espacio del País Vasco"
AQ = "Aeroclúster de Querétaro"
UNAQ = "Universidad Aeronáutica en Querétaro"
CIDESI = "Centro de Ingeniería y Desarrollo Industrial"
FEMIA = "Federación Mexicana de la Industria Aeroespacial"
PCTB = "Parque Científico y Tecnológico de Bizkaia"
CFAA = "Centro de Fabricación Avanzada Aeronáutica"
HAD = "HEGAN Aerospace Day"
SPRI = "Sociedad para la Transformación Competitiva"
FAMEX = "FAMEX 2025"
MX_CO = (("Maquinados de Precisión del Bajío", "El Marqués"),
         ("Aerocompuestos Santa Rosa", "Santa Rosa Jáuregui"),
         ("Tratamientos Térmicos Querétaro", "Querétaro"))
GOLD["queretaro-aerospace-delegation-basque-country-2024.html"] = dict(
entities=[
 E(HG, "cluster", "ES", "HEGAN", "Basque Aerospace Cluster"),
 E("Basque Country", "place", "ES", "Euskadi"), E("Bilbao", "place", "ES"),
 E(AQ, "cluster", "MX", "Aeroclúster"),
 E("Basque Trade & Investment", "public_body", "ES"), E("Basque Government", "public_body", "ES"),
 E("Secretaría de Desarrollo Sustentable del Estado de Querétaro", "public_body", "MX", "SEDESU"),
 E("Querétaro", "place", "MX"), E("Mexican Aerospace Summit", "event", "MX"),
 E(UNAQ, "university", "MX", "UNAQ"), E("Colón", "place", "MX"),
 E(CIDESI, "research_org", "MX", "CIDESI"),
 *[E(c, "company", "MX") for c, _ in MX_CO],
 E("El Marqués", "place", "MX"), E("Santa Rosa Jáuregui", "place", "MX"),
 E(FEMIA, "network", "MX", "FEMIA"), E("Mexico City", "place", "MX"),
 E(PCTB, "cluster", "ES"), E("Zamudio", "place", "ES"),
 E(CFAA, "research_org", "ES", "CFAA"),
 E("Universidad del País Vasco / Euskal Herriko Unibertsitatea", "university", "ES", "UPV/EHU"),
 E("ITP Aero", "company", "ES"), E("Vitoria-Gasteiz", "place", "ES"),
 E("Miñano", "place", "ES"), E("Aernnova", "company", "ES"), E("Tecnalia", "research_org", "ES"),
 E(HAD, "event", "ES"), E(SPRI, "public_body", "ES", "SPRI"),
 E("Itziar Goikoetxea", "person", "ES"), E("Alejandro Ruvalcaba Treviño", "person", "MX"),
 E("Mondragon Unibertsitatea", "university", "ES"),
 E(FAMEX, "event", "MX", "Feria Aeroespacial México"),
 E("Santa Lucía air base", "place", "MX"),
 E("European Aerospace Cluster Partnership", "network", None, "EACP"),
],
relations=[
 R(HG, "met_with", AQ), R(HG, "partner_of", AQ),
 R(HG, "located_in", "Basque Country"),
 R(HG, "participated_in", "Mexican Aerospace Summit"),
 R("Mexican Aerospace Summit", "located_in", "Querétaro"),
 R(AQ, "located_in", "Querétaro"), R(UNAQ, "located_in", "Colón"),
 R(CIDESI, "located_in", "Querétaro"), R(FEMIA, "located_in", "Mexico City"),
 *[R(c, "located_in", t) for c, t in MX_CO],
 *[R(c, "member_of", AQ) for c, _ in MX_CO],
 R(PCTB, "located_in", "Zamudio"), R(CFAA, "located_in", "Zamudio"),
 R("ITP Aero", "located_in", "Zamudio"), R("Aernnova", "located_in", "Miñano"),
 R(AQ, "met_with", CFAA), R(AQ, "met_with", "ITP Aero"), R(AQ, "met_with", "Aernnova"),
 R(AQ, "met_with", "Tecnalia"),
 R(HG, "organized", HAD), R(HAD, "located_in", "Bilbao"), R(SPRI, "participated_in", HAD),
 R("Itziar Goikoetxea", "works_for", HG), R("Itziar Goikoetxea", "participated_in", HAD),
 R("Alejandro Ruvalcaba Treviño", "works_for", AQ),
 R("Alejandro Ruvalcaba Treviño", "participated_in", HAD),
 R(AQ, "participated_in", HAD), R(UNAQ, "participated_in", HAD),
 R("Mondragon Unibertsitatea", "participated_in", HAD),
 R("Mondragon Unibertsitatea", "partner_of", UNAQ),
 R(HG, "participated_in", FAMEX), R(AQ, "participated_in", FAMEX),
 R(FAMEX, "located_in", "Santa Lucía air base"),
 R(CIDESI, "partner_of", "Tecnalia"),
 R(HG, "member_of", "European Aerospace Cluster Partnership"),
])

# --- EU consortium kick-off: Horizon Europe lithium project -----------------------
LA = "LITIOANDES"
UPM = "Universidad Politécnica de Madrid"
CICITEM = "Centro de Investigación Científico Tecnológico para la Minería"
PUCP = "Pontificia Universidad Católica del Perú"
LNEG = "Laboratório Nacional de Energia e Geologia"
CMA = "Clúster Minero de Antofagasta"
LA_PARTNERS = (
 (UPM, "Madrid"), ("Fundación Chile", "Santiago"), ("Universidad de Antofagasta", "Antofagasta"),
 (CICITEM, "Antofagasta"), (PUCP, "Lima"), (LNEG, "Amadora"),
 ("Universidade de Aveiro", "Aveiro"), ("Cluster Portugal Mineral Resources", "Porto"),
 ("AMINER", "Seville"), ("Fundación Tekniker", "Eibar"), ("Litio Extremadura SL", "Cáceres"),
 ("Salmueras del Norte SpA", "Calama"), ("Arcadis Chile", "Santiago"))
GOLD["litioandes-horizon-europe-kickoff-2024.md"] = dict(
entities=[
 E(LA, "project"), E("EU–CELAC Business Forum", "event"),
 E("Escuela Técnica Superior de Ingenieros de Minas y Energía", "university", "ES"),
 E(UPM, "university", "ES", "UPM"), E("Madrid", "place", "ES"),
 E("Horizon Europe", "programme", None, "Horizon Europe programme"), E("Cluster 4", "programme"),
 E("Corporación de Fomento de la Producción", "public_body", "CL", "CORFO"),
 E("Salar de Atacama", "place", "CL"),
 E("Fundación Chile", "research_org", "CL"), E("Santiago", "place", "CL"),
 E("Universidad de Antofagasta", "university", "CL"), E("Antofagasta", "place", "CL"),
 E(CICITEM, "research_org", "CL", "CICITEM"),
 E(PUCP, "university", "PE", "PUCP"), E("Lima", "place", "PE"),
 E(LNEG, "research_org", "PT", "LNEG"), E("Amadora", "place", "PT"),
 E("Universidade de Aveiro", "university", "PT"), E("Aveiro", "place", "PT"),
 E("Cluster Portugal Mineral Resources", "cluster", "PT"), E("Porto", "place", "PT"),
 E("AMINER", "network", "ES"), E("Seville", "place", "ES"),
 E("Fundación Tekniker", "research_org", "ES"), E("Eibar", "place", "ES"),
 E("Litio Extremadura SL", "company", "ES"), E("Cáceres", "place", "ES"),
 E("Salmueras del Norte SpA", "company", "CL", "Salmueras del Norte"), E("Calama", "place", "CL"),
 E("Arcadis Chile", "company", "CL"),
 E(CMA, "cluster", "CL"), E("Antofagasta Region", "place", "CL"),
 E("Elena Ortega Sanz", "person", "ES"),
 E("Javier Lozano Ibarra", "person", "ES", "Lozano Ibarra"),
 E("Camila Fuentes Rojas", "person", "CL"),
 E("Barroso region", "place", "PT"),
 E("Rosa Huamán Quispe", "person", "PE"), E("Puno Region", "place", "PE"),
 E("European Research Executive Agency", "public_body", None, "REA"),
 E("Ministerio de Ciencia, Innovación y Universidades", "public_body", "ES"),
 E("Exponor 2025", "event", "CL", "Exponor"),
 E("Asociación de Industriales de Antofagasta", "network", "CL", "AIA"),
 E("Horizon 2020", "programme"), E("SUSMIN-LA", "project"),
],
relations=[
 R(LA, "funded_by", "Horizon Europe"), R(LA, "funded_by", "Cluster 4"),
 R(LA, "funded_by", "Corporación de Fomento de la Producción"),
 R(UPM, "leads", LA), R("Javier Lozano Ibarra", "leads", LA),
 *[R(o, "consortium_member_of", LA) for o, _ in LA_PARTNERS],
 *[R(o, "located_in", t) for o, t in LA_PARTNERS],
 R(CMA, "consortium_member_of", LA), R(CMA, "located_in", "Antofagasta Region"),
 R("Elena Ortega Sanz", "works_for", UPM), R("Javier Lozano Ibarra", "works_for", UPM),
 R("Camila Fuentes Rojas", "works_for", "Fundación Chile"), R("Rosa Huamán Quispe", "works_for", PUCP),
 R("Asociación de Industriales de Antofagasta", "organized", "Exponor 2025"),
 R("Exponor 2025", "located_in", "Antofagasta"), R(CMA, "participated_in", "Exponor 2025"),
 *[R(o, "participated_in", "Exponor 2025") for o, _ in LA_PARTNERS],
 R("SUSMIN-LA", "funded_by", "Horizon 2020"),
 R(UPM, "consortium_member_of", "SUSMIN-LA"), R("Fundación Chile", "consortium_member_of", "SUSMIN-LA"),
])

# --- newsletter: Spanish bioindustry association, Ibero-America items -------------
AS = "Asociación Española de Bioempresas"
BLA = "BIO Latin America Conference"
CAB = "Cámara Argentina de Biotecnología"
GL = "Genómica Levante"
TEC = "Instituto Tecnológico y de Estudios Superiores de Monterrey"
ICBA = "International Council of Biotechnology Associations"
BT = "BIOTALENT-LA"
USAL = "Universidad de Salamanca"
UNAM = "Universidad Nacional Autónoma de México"
UBA = "Universidad de Buenos Aires"
BT_PARTNERS = ((USAL, "Salamanca"), ("Universidade de Coimbra", "Coimbra"), (UNAM, "Mexico City"),
               (UBA, "Buenos Aires"), ("Universidad de Chile", "Santiago"), (AS, "Madrid"))
GOLD["asebio-iberoamerica-newsletter-2023.html"] = dict(
entities=[
 E(AS, "network", "ES", "ASEBIO"),
 E(BLA, "event", "BR", "BIO Latin America"),
 E("Biotechnology Innovation Organization", "network", "US", "BIO"),
 E("São Paulo", "place", "BR"),
 E("Algenex", "company", "ES"), E("Tres Cantos", "place", "ES"),
 E("Biomar Microbial Technologies", "company", "ES"), E("León", "place", "ES"),
 E("AINIA", "research_org", "ES"), E("Paterna", "place", "ES"),
 E("Beatriz Alonso Prieto", "person", "ES"), E("Ana Claudia Rodrigues", "person", "BR"),
 E("Associação Brasileira de Bioinovação", "network", "BR", "ABBI"),
 E("Buenos Aires", "place", "AR"), E(CAB, "network", "AR", "CAB"),
 E("BIOSPAIN 2025", "event", "ES", "BIOSPAIN"), E("Expo Biotecnología", "event", "AR"),
 E("Martín Ledesma", "person", "AR"),
 E("Agencia Argentina de Inversiones y Comercio Internacional", "public_body", "AR", "AAICI"),
 E(GL, "company", "ES"), E("Monterrey", "place", "MX"), E("Nuevo León", "place", "MX"),
 E("ICEX", "public_body", "ES"),
 E(TEC, "university", "MX", "Tec de Monterrey"),
 E("Laboratorios Chopo", "company", "MX"), E("Pablo Ferrer Mas", "person", "ES"),
 E(ICBA, "network", None, "ICBA"),
 E("Asociación Mexicana de Bioempresas", "network", "MX", "AMEBIO"), E("Mexico City", "place", "MX"),
 E("Erasmus+", "programme"), E(BT, "project"),
 E(USAL, "university", "ES"), E("Salamanca", "place", "ES"),
 E("Universidade de Coimbra", "university", "PT"), E("Coimbra", "place", "PT"),
 E(UNAM, "university", "MX", "UNAM"), E(UBA, "university", "AR", "UBA"),
 E("Universidad de Chile", "university", "CL"), E("Santiago", "place", "CL"),
 E("Madrid", "place", "ES"),
 E("BIO-Europe Spring", "event"), E("Barcelona", "place", "ES"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
],
relations=[
 R("Biotechnology Innovation Organization", "organized", BLA), R(BLA, "located_in", "São Paulo"),
 R(AS, "participated_in", BLA),
 R("Algenex", "member_of", AS), R("Biomar Microbial Technologies", "member_of", AS),
 R("Algenex", "participated_in", BLA), R("Biomar Microbial Technologies", "participated_in", BLA),
 R("AINIA", "participated_in", BLA),
 R("Algenex", "located_in", "Tres Cantos"), R("Biomar Microbial Technologies", "located_in", "León"),
 R("AINIA", "located_in", "Paterna"),
 R("Beatriz Alonso Prieto", "works_for", AS), R("Beatriz Alonso Prieto", "participated_in", BLA),
 R("Ana Claudia Rodrigues", "works_for", "Associação Brasileira de Bioinovação"),
 R("Ana Claudia Rodrigues", "participated_in", BLA),
 R(AS, "partner_of", CAB), R("Martín Ledesma", "works_for", CAB),
 R("Agencia Argentina de Inversiones y Comercio Internacional", "located_in", "Buenos Aires"),
 R(GL, "located_in", "Paterna"), R(GL, "located_in", "Monterrey"), R(GL, "member_of", AS),
 R(GL, "partner_of", "Laboratorios Chopo"), R("Pablo Ferrer Mas", "works_for", GL),
 R(AS, "member_of", ICBA),
 R(BT, "funded_by", "Erasmus+"), R(USAL, "leads", BT),
 *[R(o, "consortium_member_of", BT) for o, _ in BT_PARTNERS],
 *[R(o, "located_in", t) for o, t in BT_PARTNERS],
 R("BIO-Europe Spring", "located_in", "Barcelona"),
 R("BIO International Convention", "located_in", "San Diego"),
 R("ICEX", "participated_in", "BIO International Convention"),
 R(AS, "organized", "BIOSPAIN 2025"), R("BIOSPAIN 2025", "located_in", "Barcelona"),
])

# --- member story: Murcian irrigation company enters Peru -------------------------
RS = "Riegos Tecnológicos del Sureste SL"
AM = "Agrotech Murcia"
FA = "Fruit Attraction"
FEPEX = "Federación Española de Asociaciones de Productores Exportadores de Frutas y Hortalizas"
AVI = "Agrícola Valle de Ica SAC"
AGAP = "Asociación de Gremios Productores Agrarios del Perú"
INFO = "Instituto de Fomento de la Región de Murcia"
UNALM = "Universidad Nacional Agraria La Molina"
ADP = "Agroinsumos del Pacífico SAC"
EXA = "Expoalimentaria"
ADEX = "Asociación de Exportadores"
OH = "Clúster Frutícola de O'Higgins"
FASP = "Fruit Attraction São Paulo"
GOLD["ritesur-peru-market-entry-2024.txt"] = dict(
entities=[
 E(RS, "company", "ES", "RITESUR"), E("Cartagena", "place", "ES"),
 E(AM, "cluster", "ES"), E("Ica", "place", "PE"),
 E(FA, "event", "ES"), E("Madrid", "place", "ES"),
 E("IFEMA MADRID", "public_body", "ES"), E(FEPEX, "network", "ES", "FEPEX"),
 E("Lucía Sánchez Barba", "person", "ES"),
 E(AVI, "company", "PE", "Agrícola Valle de Ica"), E("Murcia", "place", "ES"),
 E(AGAP, "network", "PE", "AGAP"), E("Lima", "place", "PE"),
 E(INFO, "public_body", "ES", "INFO"),
 E("Oficina Económica y Comercial de España en Lima", "public_body", "ES"),
 E("ICEX", "public_body", "ES"),
 E("PROMPERÚ", "public_body", "PE"), E(UNALM, "university", "PE", "UNALM"),
 E("Camposol", "company", "PE"), E("Óscar Villanueva Paredes", "person", "PE"),
 E("ProInnóvate", "programme", "PE"), E("Ministerio de la Producción", "public_body", "PE"),
 E(ADP, "company", "PE"), E("Chincha Alta", "place", "PE"), E("Piura", "place", "PE"),
 E("Trujillo", "place", "PE"),
 E("RITESUR Perú SAC", "company", "PE"),
 E(EXA, "event", "PE"), E(ADEX, "network", "PE", "ADEX"),
 E(OH, "cluster", "CL"), E("Rancagua", "place", "CL"),
 E("Antonio Meroño", "person", "ES"), E("Carmen Gil Navarro", "person", "ES"),
 E(FASP, "event", "BR"), E("São Paulo", "place", "BR"),
 E("Red Española de Clusters Agroalimentarios", "network", "ES"),
],
relations=[
 R(RS, "located_in", "Cartagena"), R(RS, "member_of", AM), R(AM, "located_in", "Murcia"),
 R(FA, "located_in", "Madrid"), R("IFEMA MADRID", "organized", FA), R(FEPEX, "organized", FA),
 R(AM, "participated_in", FA), R(RS, "participated_in", FA),
 R("Lucía Sánchez Barba", "participated_in", FA), R("Lucía Sánchez Barba", "works_for", RS),
 R(RS, "met_with", AVI), R(AVI, "participated_in", FA), R(AVI, "located_in", "Ica"),
 R(AM, "partner_of", AGAP), R(RS, "met_with", AGAP),
 R(RS, "met_with", "PROMPERÚ"), R(RS, "met_with", UNALM), R(RS, "met_with", "Camposol"),
 R("Óscar Villanueva Paredes", "works_for", UNALM),
 R(RS, "partner_of", ADP),
 R(ADP, "located_in", "Chincha Alta"), R(ADP, "located_in", "Piura"), R(ADP, "located_in", "Trujillo"),
 R("RITESUR Perú SAC", "located_in", "Lima"),
 R(RS, "participated_in", EXA), R(ADEX, "organized", EXA), R(EXA, "located_in", "Lima"),
 R("ICEX", "participated_in", EXA), R(UNALM, "participated_in", EXA),
 R(RS, "met_with", OH), R(OH, "participated_in", EXA),
 R("Antonio Meroño", "works_for", RS), R("Carmen Gil Navarro", "works_for", AM),
 R(AM, "participated_in", FASP), R(FASP, "located_in", "São Paulo"),
 R(AM, "member_of", "Red Española de Clusters Agroalimentarios"),
])

# --- activity note: soft landing of Latin American start-ups at Taguspark ---------
TP = "Taguspark – Parque de Ciência e Tecnologia"
TL = "Taguspark Landing"
PD = "Porto Digital"
MIT = "Monterrey IT Cluster"
WS = "Web Summit"
CMO = "Câmara Municipal de Oeiras"
FB = "Oeiras–LATAM Founders Breakfast"
IASP = "International Association of Science Parks and Areas of Innovation"
STARTUPS = (("Agrotrace", "Recife"), ("PagoClaro", "Monterrey"), ("SaúdeFácil", "Belo Horizonte"),
            ("Datamar Analytics", "Florianópolis"), ("Nuvem Verde", "Recife"))
GOLD["taguspark-latam-softlanding-2023.md"] = dict(
entities=[
 E(TP, "cluster", "PT", "Taguspark"), E("Oeiras", "place", "PT"),
 E("Greater Lisbon", "place", "PT"), E("Lisbon", "place", "PT"),
 E(TL, "project", "PT"),
 E("Instituto Superior Técnico", "university", "PT", "Técnico"),
 E(PD, "cluster", "BR"), E("Recife", "place", "BR"),
 E("Web Summit Rio", "event", "BR"),
 E(MIT, "cluster", "MX", "CSOFTMTY"), E("Daniela Garza Lozano", "person", "MX"),
 E("Agrotrace", "company", "BR"), E("PagoClaro", "company", "MX"), E("SaúdeFácil", "company", "BR"),
 E("Datamar Analytics", "company", "BR"), E("Nuvem Verde", "company", "BR"),
 E("Monterrey", "place", "MX"), E("Belo Horizonte", "place", "BR"),
 E("Florianópolis", "place", "BR"),
 E("ApexBrasil", "public_body", "BR"),
 E("Câmara de Comércio e Indústria Luso-Brasileira", "public_body", "PT"),
 E(WS, "event", "PT"), E(CMO, "public_body", "PT", "municipality of Oeiras"),
 E("Startup Portugal", "public_body", "PT"), E(FB, "event", "PT"),
 E("Rafaela Cavalcanti", "person", "BR"), E("Miguel Tavares", "person", "PT"),
 E("Millennium bcp", "company", "PT"), E("Portugal Ventures", "company", "PT"),
 E("Knok Healthcare", "company", "PT"),
 E("Start-Up Chile", "public_body", "CL"), E("AICEP Portugal Global", "public_body", "PT"),
 E("Rio2C", "event", "BR"), E("São Paulo Tech Week", "event", "BR"),
 E(IASP, "network", None, "IASP"), E("TecParques", "network", "PT"),
 E("IASP World Conference", "event", "KE"), E("Nairobi", "place", "KE"),
 E("Lisbon Regional Operational Programme", "programme", "PT", "Lisboa 2030"),
],
relations=[
 R(TP, "located_in", "Oeiras"), R(TP, "located_in", "Greater Lisbon"),
 R(TP, "leads", TL),
 R(TP, "partner_of", PD), R(PD, "located_in", "Recife"),
 R(TP, "participated_in", "Web Summit Rio"), R(PD, "participated_in", "Web Summit Rio"),
 R(TP, "met_with", PD),
 R(TP, "partner_of", MIT), R(TP, "met_with", MIT),
 R("Daniela Garza Lozano", "works_for", MIT),
 *[R(c, "located_in", t) for c, t in STARTUPS],
 R(WS, "located_in", "Lisbon"), R(TP, "participated_in", WS), R(CMO, "participated_in", WS),
 R(TP, "organized", FB), R("Startup Portugal", "organized", FB), R(FB, "located_in", "Oeiras"),
 R("Rafaela Cavalcanti", "works_for", PD), R("Rafaela Cavalcanti", "participated_in", FB),
 R("Miguel Tavares", "works_for", TP), R("Miguel Tavares", "participated_in", FB),
 R("PagoClaro", "met_with", "Millennium bcp"), R("PagoClaro", "met_with", "Portugal Ventures"),
 R("SaúdeFácil", "met_with", "Knok Healthcare"), R("SaúdeFácil", "partner_of", "Knok Healthcare"),
 R(TP, "partner_of", "Start-Up Chile"),
 R(TP, "participated_in", "Rio2C"), R(TP, "participated_in", "São Paulo Tech Week"),
 R("AICEP Portugal Global", "participated_in", "Rio2C"),
 R("AICEP Portugal Global", "participated_in", "São Paulo Tech Week"),
 R(TP, "member_of", IASP), R(TP, "member_of", "TecParques"),
 R(TP, "participated_in", "IASP World Conference"),
 R("IASP World Conference", "located_in", "Nairobi"),
 R(TL, "funded_by", CMO), R(TL, "funded_by", "Lisbon Regional Operational Programme"),
])

# --- network news: Ibero-American automotive cluster network ----------------------
RICA = "Red Iberoamericana de Clústeres de Automoción"
CEAGA = "Clúster de Empresas de Automoción de Galicia"
CTAG = "Centro Tecnológico de Automoción de Galicia"
ACICAE = "Asociación Clúster de Automoción de Euskadi"
CLAUT = "Clúster Automotriz de Nuevo León"
BAT = "BATREC-SUDOE"
AMBA = "Automechanika Buenos Aires"
FPA = "Foro de Proveedores Automotrices"
NEW = ((CLAUT, "Monterrey"), ("Clúster Automotriz de Guanajuato", "León"),
       ("Asociación de Fábricas Argentinas de Componentes", "Buenos Aires"),
       ("Sindicato Nacional da Indústria de Componentes para Veículos Automotores", "São Paulo"),
       ("Clúster de Automoción de Aragón", "Zaragoza"),
       ("Clúster de Automoción de la Comunitat Valenciana", "Valencia"))
BAT_PARTNERS = ((CTAG, "O Porriño"), ("Mobinov", "Porto"), ("Instituto Politécnico de Leiria", "Leiria"),
                (ACICAE, "Bilbao"), ("Automotive Nouvelle-Aquitaine", "Bordeaux"),
                ("Universidad de Zaragoza", "Zaragoza"))
GOLD["rica-automotive-clusters-network-2024.html"] = dict(
entities=[
 E(RICA, "network", None, "RICA"), E("Vigo", "place", "ES"),
 E(CEAGA, "cluster", "ES", "CEAGA"), E(CTAG, "research_org", "ES", "CTAG"),
 E("O Porriño", "place", "ES"),
 E(ACICAE, "cluster", "ES", "ACICAE"), E("Mobinov", "cluster", "PT"), E("Porto", "place", "PT"),
 E("Lorena Vázquez Otero", "person", "ES"), E("Bilbao", "place", "ES"),
 E(CLAUT, "cluster", "MX", "CLAUT"), E("Monterrey", "place", "MX"),
 E("Clúster Automotriz de Guanajuato", "cluster", "MX", "CLAUGTO"), E("León", "place", "MX"),
 E("Asociación de Fábricas Argentinas de Componentes", "network", "AR", "AFAC"),
 E("Buenos Aires", "place", "AR"),
 E("Sindicato Nacional da Indústria de Componentes para Veículos Automotores", "network", "BR",
   "Sindipeças"),
 E("São Paulo", "place", "BR"),
 E("Clúster de Automoción de Aragón", "cluster", "ES", "CAAR"), E("Zaragoza", "place", "ES"),
 E("Clúster de Automoción de la Comunitat Valenciana", "cluster", "ES", "AVIA"),
 E("Valencia", "place", "ES"),
 E("Manuel Treviño Garza", "person", "MX"),
 E("Stellantis Vigo", "company", "ES"), E("Simoldes", "company", "PT"),
 E(BAT, "project"), E("Interreg Sudoe", "programme", None, "Interreg Sudoe programme"),
 E("European Regional Development Fund", "programme"),
 E("Instituto Politécnico de Leiria", "university", "PT"), E("Leiria", "place", "PT"),
 E("Automotive Nouvelle-Aquitaine", "cluster", "FR"), E("Bordeaux", "place", "FR"),
 E("Universidad de Zaragoza", "university", "ES"),
 E(AMBA, "event", "AR"), E("Galicia", "place", "ES"), E("Euskadi", "place", "ES"),
 E("ICEX", "public_body", "ES"), E(FPA, "event", "MX"),
 E("European Cluster Collaboration Platform", "network", None, "ECCP"),
],
relations=[
 R(CEAGA, "member_of", RICA), R(ACICAE, "member_of", RICA), R("Mobinov", "member_of", RICA),
 R("Mobinov", "located_in", "Porto"), R(CTAG, "located_in", "O Porriño"),
 R("Lorena Vázquez Otero", "works_for", CEAGA), R("Lorena Vázquez Otero", "leads", RICA),
 R(ACICAE, "located_in", "Bilbao"),
 *[R(o, "member_of", RICA) for o, _ in NEW],
 *[R(o, "located_in", t) for o, t in NEW],
 R("Manuel Treviño Garza", "works_for", CLAUT),
 R(CLAUT, "met_with", "Stellantis Vigo"), R(CLAUT, "met_with", "Simoldes"), R(CLAUT, "met_with", CTAG),
 R(BAT, "funded_by", "Interreg Sudoe"), R(BAT, "funded_by", "European Regional Development Fund"),
 R(CEAGA, "leads", BAT), R(CEAGA, "consortium_member_of", BAT),
 *[R(o, "consortium_member_of", BAT) for o, _ in BAT_PARTNERS],
 R("Instituto Politécnico de Leiria", "located_in", "Leiria"),
 R("Automotive Nouvelle-Aquitaine", "located_in", "Bordeaux"),
 R("Universidad de Zaragoza", "located_in", "Zaragoza"),
 R(AMBA, "located_in", "Buenos Aires"), R(RICA, "participated_in", AMBA),
 R("Asociación de Fábricas Argentinas de Componentes", "participated_in", AMBA),
 R("ICEX", "participated_in", AMBA),
 R(FPA, "located_in", "Monterrey"), R(CLAUT, "organized", FPA), R(RICA, "participated_in", FPA),
 R(RICA, "member_of", "European Cluster Collaboration Platform"),
])

# --- checks ------------------------------------------------------------------------
ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
ALLOWED = {
    "partner_of": (ORG, ORG), "met_with": (ORG, ORG),
    "member_of": (ORG, {"network", "cluster"}),
    "participated_in": (ORG | {"person"}, {"event"}), "organized": (ORG, {"event"}),
    "consortium_member_of": (ORG, {"project"}),
    "leads": (ORG | {"person"}, {"project", "network"}),
    "funded_by": ({"project", "network"}, {"programme"} | ORG),
    "located_in": (ORG | {"event"}, {"place"}), "works_for": ({"person"}, ORG),
}
TYPES = ORG | {"programme", "event", "project", "person", "place"}
DOCS = Path(__file__).resolve().parents[2] / "docs" / "train-o"


def fold(s):
    return re.sub(r"\s+", " ", s)


for name, gold in GOLD.items():
    raw = (DOCS / name).read_text(encoding="utf-8")
    text = fold(html.unescape(re.sub(r"<[^>]+>", " ", raw)) if name.endswith(".html") else raw)
    text = text.replace("**", "")
    types = {}
    for e in gold["entities"]:
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        assert e["type"] in TYPES, (name, e)
        assert e["country"] is None or re.fullmatch(r"[A-Z]{2}", e["country"]), (name, e)
        for form in (e["name"], *e["aliases"]):
            assert form in text, (name, "not in text", form)
        types[e["name"]] = e["type"]
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types and o in types, (name, "undeclared end", r)
        assert s != o, (name, r)
        st, ot = ALLOWED[p]
        assert types[s] in st and types[o] in ot, (name, "type not allowed", r, types[s], types[o])
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)

for name, gold in GOLD.items():
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
