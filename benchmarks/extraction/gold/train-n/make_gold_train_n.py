"""Hand annotations of the `train-n` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-n/make_gold_train_n.py

Writes one JSON file per document of `docs/train-n/` next to this script.
Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator who did not read the pipeline's code nor run it on these documents.
Theme: Francophone clusters (French pôles de compétitivité, Walloon and Brussels
clusters, Swiss clusters, a Québec grappe) and their partners in Africa and Asia.
Choices: planned participations stated as agreed ("will pitch at", "will return
to ... for Arab Health") are annotated like past ones; signed agreements,
letters of intent and distribution contracts are `partner_of`; an agreement
signed during an event puts both signatories at the event; "supported by" gives
no relation; supranational regions (Sahel, West Africa, Mediterranean basin)
are not places; a meeting held by "the delegation" is the leading clusters'.
"""

import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
ALLOWED = {  # predicate -> (subject types, object types), DOMAIN.md
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

# --- annual-report chapter: Skywin (Walloon aerospace cluster) ----------------------
SK = "Skywin"
AWEX = "Agence wallonne à l'Exportation et aux Investissements étrangers"
GIMAS = "Groupement des Industries Marocaines Aéronautiques et Spatiales"
SKA = "SKYSKILLS-AFRICA"
PAS = "Paris Air Show"
DAS = "Dubai Airshow"
EACP = "European Aerospace Cluster Partnership"
EAC = "EACP Annual Conference 2023"
SK_MEMBERS = (("Sonaca", "Gosselies"), ("Safran Aero Boosters", "Herstal"),
              ("AMOS", "Liège"), ("Thales Alenia Space Belgium", "Charleroi"))
GOLD["skywin-wallonia-international-2023.txt"] = dict(
entities=[
 E(SK, "cluster", "BE"), E("Wallonia", "place", "BE", "Wallonie"),
 *[E(c, "company", "BE") for c, _ in SK_MEMBERS], *[E(t, "place", "BE") for _, t in SK_MEMBERS],
 E(AWEX, "public_body", "BE", "AWEX"), E("Bengaluru", "place", "IN"), E("Aero India", "event", "IN"),
 E("Coexpair", "company", "BE"), E("Namur", "place", "BE"),
 E("Inès Dumont", "person", "BE"),
 E("Hindustan Aeronautics Limited", "company", "IN", "HAL"),
 E("Society of Indian Aerospace Technologies & Industries", "network", "IN", "SIATI"),
 E("Indian Institute of Science", "university", "IN", "IISc"),
 E("Cenaero", "research_org", "BE"),
 E(GIMAS, "cluster", "MA", "GIMAS"), E("Casablanca", "place", "MA"), E("Nouaceur", "place", "MA"),
 E("Karim Benjelloun", "person", "MA"),
 E("Erasmus+", "programme"), E(SKA, "project"),
 E("Université de Liège", "university", "BE", "ULiège"),
 E("Université catholique de Louvain", "university", "BE"),
 E("Université Internationale de Rabat", "university", "MA", "UIR"),
 E("École Hassania des Travaux Publics", "university", "MA", "EHTP"),
 E(PAS, "event", "FR"), E("Le Bourget", "place", "FR"),
 E("Flemish Aerospace Group", "network", "BE", "FLAG"), E("hub.brussels", "public_body", "BE"),
 E("Japan Aerospace Exploration Agency", "research_org", "JP", "JAXA"),
 E("Association of Aerospace Industries", "network", "SG", "AAIS"),
 E(DAS, "event", "AE"), E("Dubai World Central", "place", "AE"),
 E("Flanders Investment & Trade", "public_body", "BE", "FIT"),
 E("Strata Manufacturing", "company", "AE"), E("Al Ain", "place", "AE"),
 E(EACP, "network", None, "EACP"), E(EAC, "event", "BE"),
 E("Étienne Pâquet", "person", "BE", "Pâquet"),
],
relations=[
 R(SK, "located_in", "Wallonia"),
 *[R(c, "member_of", SK) for c, _ in SK_MEMBERS], *[R(c, "located_in", t) for c, t in SK_MEMBERS],
 R(SK, "partner_of", AWEX),
 R("Aero India", "located_in", "Bengaluru"),
 *[R(o, "participated_in", "Aero India") for o in (SK, AWEX, "Sonaca", "Coexpair", "Inès Dumont")],
 R("Coexpair", "located_in", "Namur"), R("Inès Dumont", "works_for", SK),
 R(SK, "met_with", "Hindustan Aeronautics Limited"),
 R(SK, "met_with", "Society of Indian Aerospace Technologies & Industries"),
 R("Cenaero", "located_in", "Gosselies"),
 R(SK, "partner_of", GIMAS), R("Karim Benjelloun", "works_for", GIMAS),
 R(SKA, "funded_by", "Erasmus+"), R("Université de Liège", "leads", SKA),
 *[R(o, "consortium_member_of", SKA) for o in (
   "Université de Liège", "Université catholique de Louvain", "Université Internationale de Rabat",
   "École Hassania des Travaux Publics", SK, GIMAS)],
 R("École Hassania des Travaux Publics", "located_in", "Casablanca"),
 R(PAS, "located_in", "Le Bourget"),
 *[R(o, "participated_in", PAS) for o in (
   SK, "Flemish Aerospace Group", "hub.brussels", "Japan Aerospace Exploration Agency",
   "Association of Aerospace Industries")],
 R(SK, "partner_of", "Flemish Aerospace Group"), R(SK, "partner_of", "hub.brussels"),
 R(SK, "met_with", "Japan Aerospace Exploration Agency"),
 R(SK, "met_with", "Association of Aerospace Industries"),
 R(SK, "partner_of", "Association of Aerospace Industries"),
 R(DAS, "located_in", "Dubai World Central"),
 *[R(o, "participated_in", DAS) for o in (SK, AWEX, "Flanders Investment & Trade", "Strata Manufacturing")],
 R(SK, "met_with", "Strata Manufacturing"), R("Strata Manufacturing", "located_in", "Al Ain"),
 R(SK, "member_of", EACP), R(SK, "organized", EAC), R(EACP, "organized", EAC),
 R(SK, "participated_in", EAC), R(EAC, "located_in", "Liège"),
 R("Étienne Pâquet", "works_for", SK),
])

# --- press release: Écotech Québec / Cluster Solaire MoU ------------------------------
EQ = "Écotech Québec"
CS = "Cluster Solaire"
MEIE = "ministère de l'Économie, de l'Innovation et de l'Énergie du Québec"
IRESEN = "Institut de Recherche en Énergie Solaire et Énergies Nouvelles"
CGECI = "Confédération Générale des Entreprises de Côte d'Ivoire"
GOLD["ecotech-quebec-cluster-solaire-mou-2024.md"] = dict(
entities=[
 E(EQ, "cluster", "CA"), E("Montréal", "place", "CA"), E("Casablanca", "place", "MA"),
 E(CS, "cluster", "MA"), E("Québec", "place", "CA"),
 E(MEIE, "public_body", "CA", "MEIE"),
 E("Investissement Québec International", "public_body", "CA", "IQI"),
 E("Bureau du Québec à Rabat", "public_body", "CA"),
 E("Americana", "event", "CA"), E("Réseau Environnement", "network", "CA"),
 E("Green Energy Park", "research_org", "MA"), E("Benguerir", "place", "MA"),
 E(IRESEN, "research_org", "MA", "IRESEN"),
 E("Centre de recherche industrielle du Québec", "research_org", "CA", "CRIQ"),
 E("Québec City", "place", "CA"),
 E("Marie-Ève Tremblay", "person", "CA"), E("Nadia El Amrani", "person", "MA", "El Amrani"),
 E("H2 Boréal", "company", "CA"), E("Trois-Rivières", "place", "CA"),
 E("Atlas Solar Systems", "company", "MA"), E("Rabat", "place", "MA"),
 E("AquaPure Technologies", "company", "CA"),
 E("Eaux du Souss Services", "company", "MA"), E("Agadir", "place", "MA"),
 E("Solaris Nordique", "company", "CA"), E("Sherbrooke", "place", "CA"),
 E("Office National de l'Électricité et de l'Eau Potable", "public_body", "MA", "ONEE"),
 E("Moroccan Agency for Sustainable Energy", "public_body", "MA", "Masen"),
 E("Université Mohammed VI Polytechnique", "university", "MA", "UM6P"),
 E("CGECI Academy", "event", "CI"), E("Abidjan", "place", "CI"),
 E(CGECI, "network", "CI", "CGECI"),
 E("International Cleantech Network", "network", None, "ICN"),
 E("Green Industry Booster", "programme", "MA"),
 E("Julien Gagnon", "person", "CA"),
],
relations=[
 R(EQ, "partner_of", CS), R(EQ, "located_in", "Montréal"), R(EQ, "located_in", "Québec"),
 R(CS, "located_in", "Casablanca"),
 R("Americana", "located_in", "Montréal"), R("Réseau Environnement", "organized", "Americana"),
 R("Green Energy Park", "located_in", "Benguerir"),
 R("Centre de recherche industrielle du Québec", "located_in", "Québec City"),
 R("Marie-Ève Tremblay", "works_for", EQ), R("Nadia El Amrani", "works_for", CS),
 *[R(c, "member_of", EQ) for c in ("H2 Boréal", "AquaPure Technologies", "Solaris Nordique")],
 R("H2 Boréal", "located_in", "Trois-Rivières"), R("H2 Boréal", "partner_of", "Atlas Solar Systems"),
 R("Atlas Solar Systems", "located_in", "Rabat"), R("Atlas Solar Systems", "member_of", CS),
 R("AquaPure Technologies", "located_in", "Québec City"),
 R("AquaPure Technologies", "partner_of", "Eaux du Souss Services"),
 R("Eaux du Souss Services", "located_in", "Agadir"),
 R("Solaris Nordique", "located_in", "Sherbrooke"),
 R("Solaris Nordique", "partner_of", "Office National de l'Électricité et de l'Eau Potable"),
 R("Moroccan Agency for Sustainable Energy", "located_in", "Rabat"),
 R(IRESEN, "partner_of", "Université Mohammed VI Polytechnique"),
 R("CGECI Academy", "located_in", "Abidjan"), R(CGECI, "organized", "CGECI Academy"),
 R(EQ, "participated_in", "CGECI Academy"), R(CS, "participated_in", "CGECI Academy"),
 R(EQ, "member_of", "International Cleantech Network"),
 R("Julien Gagnon", "works_for", EQ),
])

# --- newsletter: Minalogic (Grenoble digital cluster) -----------------------------------
MN = "Minalogic"
ST = "SEMICON Taiwan"
SIIQ = "Kyushu Semiconductor and Digital Innovation Council"
GA = "GITEX Africa"
MNC = "Maroc Numeric Cluster"
IS = "Innoveo Sensors"
MN_EXH = (("Soitec", "Bernin"), ("Pfeiffer Vacuum", "Annecy"), ("Nanoprobe Systems", "Meylan"))
GOLD["minalogic-international-newsletter-2023.html"] = dict(
entities=[
 E(MN, "cluster", "FR"), E("Auvergne-Rhône-Alpes", "place", "FR"), E("Grenoble", "place", "FR"),
 E(ST, "event", "TW"), E("Taipei", "place", "TW"), E("Business France", "public_body", "FR"),
 *[E(c, "company", "FR") for c, _ in MN_EXH], *[E(t, "place", "FR") for _, t in MN_EXH],
 E("Industrial Technology Research Institute", "research_org", "TW", "ITRI"),
 E("Hsinchu", "place", "TW"),
 E("Taiwan Semiconductor Industry Association", "network", "TW", "TSIA"),
 E("Hsinchu Science Park Bureau", "public_body", "TW"),
 E(SIIQ, "network", "JP", "SIIQ"), E("Kyushu", "place", "JP"), E("Fukuoka", "place", "JP"),
 E("CEA-Leti", "research_org", "FR"), E("STMicroelectronics", "company", "FR"),
 E("Crolles", "place", "FR"), E("Hiroshi Nakamura", "person", "JP", "Nakamura"),
 E("SEMICON Japan", "event", "JP"), E("Tokyo", "place", "JP"),
 E(GA, "event", "MA"), E("Marrakech", "place", "MA"),
 E("Digital League", "cluster", "FR"),
 E("Auvergne-Rhône-Alpes Entreprises", "public_body", "FR"),
 E(MNC, "cluster", "MA", "MNC"), E("Casablanca", "place", "MA"),
 E(IS, "company", "FR"), E("Ho Chi Minh City", "place", "VN"),
 E("Team France Export", "public_body", "FR"), E("Saigon Hi-Tech Park", "public_body", "VN"),
 E("Sao Viet Automation", "company", "VN"), E("Laure Vasseur", "person", "FR"),
 E("Silicon Europe Alliance", "network"), E("Saxony", "place", "DE"), E("Flanders", "place", "BE"),
 E("CHIPSKILLS-EU", "project"), E("Digital Europe", "programme"),
 E("Silicon Saxony", "cluster", "DE"), E("Dresden", "place", "DE"),
 E("CES", "event", "US"), E("Las Vegas", "place", "US"),
 E("Minalogic Business Meetings", "event", "FR"), E("Lyon", "place", "FR"),
 E("Sophie Garnier", "person", "FR"),
],
relations=[
 R(MN, "located_in", "Auvergne-Rhône-Alpes"), R(MN, "located_in", "Grenoble"),
 R(ST, "located_in", "Taipei"),
 *[R(o, "participated_in", ST) for o in (
   MN, "Business France", *[c for c, _ in MN_EXH], "Industrial Technology Research Institute",
   "Taiwan Semiconductor Industry Association", "Hsinchu Science Park Bureau")],
 R(MN, "partner_of", "Business France"),
 *[R(c, "member_of", MN) for c, _ in MN_EXH], *[R(c, "located_in", t) for c, t in MN_EXH],
 R(MN, "met_with", "Industrial Technology Research Institute"),
 R("Industrial Technology Research Institute", "located_in", "Hsinchu"),
 R(MN, "met_with", "Taiwan Semiconductor Industry Association"),
 R(MN, "partner_of", "Hsinchu Science Park Bureau"),
 R(SIIQ, "located_in", "Fukuoka"), R(MN, "met_with", SIIQ), R(SIIQ, "met_with", "CEA-Leti"),
 R("STMicroelectronics", "located_in", "Crolles"), R("Hiroshi Nakamura", "works_for", SIIQ),
 R("SEMICON Japan", "located_in", "Tokyo"),
 R(GA, "located_in", "Marrakech"),
 *[R(o, "participated_in", GA) for o in (MN, "Digital League", "Auvergne-Rhône-Alpes Entreprises", MNC)],
 R(MN, "partner_of", "Digital League"), R("Digital League", "located_in", "Auvergne-Rhône-Alpes"),
 R(MN, "partner_of", MNC), R("Digital League", "partner_of", MNC), R(MNC, "located_in", "Casablanca"),
 R(IS, "member_of", MN), R(IS, "located_in", "Grenoble"), R(IS, "located_in", "Ho Chi Minh City"),
 R(IS, "partner_of", "Sao Viet Automation"), R("Laure Vasseur", "works_for", IS),
 R(MN, "member_of", "Silicon Europe Alliance"), R(MN, "consortium_member_of", "CHIPSKILLS-EU"),
 R("Silicon Saxony", "leads", "CHIPSKILLS-EU"), R("Silicon Saxony", "consortium_member_of", "CHIPSKILLS-EU"),
 R("CHIPSKILLS-EU", "funded_by", "Digital Europe"), R("Silicon Saxony", "located_in", "Dresden"),
 R("CES", "located_in", "Las Vegas"), R("Minalogic Business Meetings", "located_in", "Lyon"),
 R(MN, "organized", "Minalogic Business Meetings"),
 R("Sophie Garnier", "works_for", MN),
])

# --- press release: FERMASAHEL Horizon Europe kick-off -----------------------------------
FS = "FERMASAHEL"
CIRAD = "Centre de coopération internationale en recherche agronomique pour le développement"
ASOI = "Agri Sud-Ouest Innovation"
FNSSA = ("EU–AU Research and Innovation Partnership on Food and Nutrition Security "
         "and Sustainable Agriculture")
SIA = "Salon International de l'Agriculture"
FIARA = "Foire Internationale de l'Agriculture et des Ressources Animales"
GRE = "Le Grenier du Sahel SARL"
CONSORTIUM = (
 (CIRAD, "research_org", "FR", "Montpellier", ("CIRAD",)),
 (ASOI, "cluster", "FR", "Toulouse", ()),
 ("Wagralim", "cluster", "BE", "Gembloux", ()),
 ("Gembloux Agro-Bio Tech", "university", "BE", "Gembloux", ()),
 ("Bern University of Applied Sciences", "university", "CH", "Zollikofen", ("BFH",)),
 ("Institut Sénégalais de Recherches Agricoles", "research_org", "SN", "Dakar", ("ISRA",)),
 ("Université Cheikh Anta Diop", "university", "SN", "Dakar", ("UCAD",)),
 ("Institut de Technologie Alimentaire", "research_org", "SN", "Dakar", ("ITA",)),
 ("Institut de l'Environnement et de Recherches Agricoles", "research_org", "BF", "Ouagadougou",
  ("INERA",)),
 ("Université Abdou Moumouni", "university", "NE", "Niamey", ()),
 ("Centre National de Recherche Agronomique", "research_org", "CI", "Abidjan", ("CNRA",)),
 (GRE, "company", "SN", "Thiès", ("Le Grenier du Sahel",)),
 ("Faso Délices", "company", "BF", "Bobo-Dioulasso", ()),
 ("Réseau des Plateformes Nationales d'ONG d'Afrique de l'Ouest et du Centre", "network", "SN",
  "Dakar", ("REPAOC",)),
)
FS_TOWNS = (("Montpellier", "FR"), ("Toulouse", "FR"), ("Gembloux", "BE"), ("Zollikofen", "CH"),
            ("Dakar", "SN"), ("Ouagadougou", "BF"), ("Niamey", "NE"), ("Abidjan", "CI"),
            ("Thiès", "SN"), ("Bobo-Dioulasso", "BF"))
GOLD["fermasahel-horizon-europe-kickoff-2024.md"] = dict(
entities=[
 E(FS, "project", None, "Fermented foods for resilient Sahelian value chains"),
 E("Horizon Europe", "programme"), E("Agropolis International", "network", "FR"),
 *[E(n, t, c, *a) for n, t, c, _, a in CONSORTIUM], *[E(t, "place", c) for t, c in FS_TOWNS],
 E(FNSSA, "programme", None, "FNSSA"),
 E("State Secretariat for Education, Research and Innovation", "public_body", "CH", "SERI"),
 E("Occitanie", "place", "FR"), E("Nouvelle-Aquitaine", "place", "FR"), E("Wallonia", "place", "BE"),
 E("Université de Liège", "university", "BE"),
 E("Techno-Meunerie", "company", "BE"), E("Fleurus", "place", "BE"),
 E("Pierre-Yves Morel", "person", "FR"), E("Aminata Diouf", "person", "SN"),
 E(SIA, "event", "FR", "SIA"), E("Paris", "place", "FR"),
 E(FIARA, "event", "SN", "FIARA"), E("LEAP4FNSSA", "project"),
 E("Claire Bonnafous", "person", "FR"),
],
relations=[
 R(FS, "funded_by", "Horizon Europe"),
 R(FS, "funded_by", "State Secretariat for Education, Research and Innovation"),
 R("Agropolis International", "located_in", "Montpellier"),
 R(CIRAD, "leads", FS),
 *[R(n, "consortium_member_of", FS) for n, *_ in CONSORTIUM],
 *[R(n, "located_in", t) for n, _, _, t, _ in CONSORTIUM],
 R(ASOI, "located_in", "Occitanie"), R(ASOI, "located_in", "Nouvelle-Aquitaine"),
 R("Wagralim", "located_in", "Wallonia"),
 R("Techno-Meunerie", "member_of", "Wagralim"), R("Techno-Meunerie", "located_in", "Fleurus"),
 R("Techno-Meunerie", "located_in", "Wallonia"),
 R("Pierre-Yves Morel", "works_for", CIRAD), R("Pierre-Yves Morel", "leads", FS),
 R("Aminata Diouf", "works_for", "Institut Sénégalais de Recherches Agricoles"),
 R(SIA, "located_in", "Paris"), R(ASOI, "participated_in", SIA), R(CIRAD, "participated_in", SIA),
 R(FIARA, "located_in", "Dakar"), R(GRE, "participated_in", FIARA),
 R("Claire Bonnafous", "works_for", CIRAD),
])

# --- delegation news: lifetech.brussels and BioWin at Africa Health ExCon ------------------
AHE = "Africa Health ExCon 2024"
LB = "lifetech.brussels"
BW = "BioWin"
DELEGATION = (("Medisoft Analytics", "Brussels", LB), ("Cardioveil", "Anderlecht", LB),
              ("Pedimed Solutions", "Etterbeek", LB),
              ("Oncoscan Diagnostics", "Mont-Saint-Guibert", BW), ("Hemotix", "Liège", BW),
              ("Dermalys Labs", "Gosselies", BW), ("Synapse MedTech", "Louvain-la-Neuve", BW))
GOLD["belgian-health-delegation-africa-health-excon-2024.html"] = dict(
entities=[
 E(AHE, "event", "EG"), E("Wallonia", "place", "BE"), E("Cairo", "place", "EG"),
 E("Unified Procurement Authority", "public_body", "EG", "UPA"),
 E("Egypt International Exhibition Center", "place", "EG"),
 E(LB, "cluster", "BE"), E("hub.brussels", "public_body", "BE"), E(BW, "cluster", "BE"),
 E(AWEX, "public_body", "BE", "AWEX"),
 *[E(c, "company", "BE") for c, _, _ in DELEGATION], *[E(t, "place", "BE") for _, t, _ in DELEGATION],
 E("Enterprise Europe Network", "network", None, "EEN"),
 E("Egyptian Drug Authority", "public_body", "EG", "EDA"),
 E("Egypt Healthcare Authority", "public_body", "EG", "EHA"),
 E("Port Said", "place", "EG"), E("Luxor", "place", "EG"),
 E("Nile Biologics", "company", "EG"),
 E("Misr Digital Health", "company", "EG"), E("Alexandria", "place", "EG"),
 E("Academy of Scientific Research and Technology", "public_body", "EG", "ASRT"),
 E("Sofia Lambert", "person", "BE"),
 E("Africa Health", "event", "ZA"), E("Johannesburg", "place", "ZA"), E("Kigali", "place", "RW"),
 E("Rwanda Biomedical Centre", "public_body", "RW", "RBC"),
 E("Hugo Vandenberghe", "person", "BE", "Vandenberghe"),
 E("Enabel", "public_body", "BE"),
 E("Arab Health", "event", "AE"), E("Dubai", "place", "AE"),
 E("MedTech Flanders", "cluster", "BE"),
 E("Brussels-Capital Region", "place", "BE"),
 E("Council of European BioRegions", "network", None, "CEBR"),
],
relations=[
 R(AHE, "located_in", "Cairo"), R(AHE, "located_in", "Egypt International Exhibition Center"),
 R("Unified Procurement Authority", "organized", AHE),
 R(LB, "participated_in", AHE), R(BW, "participated_in", AHE), R(LB, "partner_of", BW),
 *[R(c, "participated_in", AHE) for c, _, _ in DELEGATION],
 *[R(c, "member_of", k) for c, _, k in DELEGATION],
 *[R(c, "located_in", t) for c, t, _ in DELEGATION],
 R(LB, "located_in", "Brussels-Capital Region"), R(BW, "located_in", "Wallonia"),
 *[R(k, "met_with", o) for k in (LB, BW) for o in ("Egyptian Drug Authority", "Egypt Healthcare Authority")],
 R("Oncoscan Diagnostics", "partner_of", "Nile Biologics"), R("Nile Biologics", "located_in", "Cairo"),
 R("Cardioveil", "partner_of", "Misr Digital Health"), R("Misr Digital Health", "located_in", "Alexandria"),
 R(BW, "partner_of", "Academy of Scientific Research and Technology"),
 R("Academy of Scientific Research and Technology", "participated_in", AHE),
 R("Sofia Lambert", "works_for", BW),
 R("Africa Health", "located_in", "Johannesburg"), R(LB, "participated_in", "Africa Health"),
 R("Rwanda Biomedical Centre", "located_in", "Kigali"),
 R("Hugo Vandenberghe", "works_for", LB), R("Pedimed Solutions", "met_with", "Rwanda Biomedical Centre"),
 R("Arab Health", "located_in", "Dubai"), R(BW, "participated_in", "Arab Health"),
 R("MedTech Flanders", "participated_in", "Arab Health"), R(BW, "partner_of", "MedTech Flanders"),
 R(BW, "member_of", "Council of European BioRegions"),
])

# --- member story: Laboratoires Verdane (Cosmetic Valley) in Korea ------------------------
LV = "Laboratoires Verdane"
CV = "Cosmetic Valley"
ICK = "in-cosmetics Korea"
OCB = "Osong Cosmetics & Beauty Expo"
VK = "Verdane Korea Co., Ltd."
GOLD["verdane-cosmetic-valley-korea-market-entry-2023.txt"] = dict(
entities=[
 E(LV, "company", "FR", "Verdane"), E("Orléans", "place", "FR"),
 E("Claire Morvan", "person", "FR", "Morvan"), E(CV, "cluster", "FR"), E("Seoul", "place", "KR"),
 E("Olive Young", "company", "KR"), E(ICK, "event", "KR"), E("COEX", "place", "KR"),
 E("Business France", "public_body", "FR"),
 E("Hanbit Beauty", "company", "KR"), E("Incheon", "place", "KR"),
 E("Korea Institute of Dermatological Sciences", "research_org", "KR", "KIDS"),
 E("Osong", "place", "KR"), E("Chungcheongbuk-do", "place", "KR"),
 E("Bpifrance", "public_body", "FR"), E("Centre-Val de Loire", "place", "FR"),
 E("Chungbuk Techno Park", "public_body", "KR", "CBTP"), E(OCB, "event", "KR"),
 E("Parfums de Chartres", "company", "FR"), E("Verpack Loire", "company", "FR"), E("Gien", "place", "FR"),
 E("Ministry of Food and Drug Safety", "public_body", "KR", "MFDS"),
 E(VK, "company", "KR"), E("Gangnam-gu", "place", "KR"),
 E("Park Ji-won", "person", "KR", "Park"), E("Amorepacific", "company", "KR"),
 E("Korea Trade-Investment Promotion Agency", "public_body", "KR", "KOTRA"),
 E("Taipei", "place", "TW"), E("Bangkok", "place", "TH"), E("Ho Chi Minh City", "place", "VN"),
 E("Anne-Sophie Rault", "person", "FR", "Rault"), E("Cosmetic 360", "event", "FR"),
 E("Paris", "place", "FR"), E("Loiret", "place", "FR"),
],
relations=[
 R(LV, "located_in", "Orléans"), R(LV, "located_in", "Loiret"), R(LV, "member_of", CV),
 R("Claire Morvan", "works_for", LV),
 R(ICK, "located_in", "COEX"), R(ICK, "located_in", "Seoul"),
 *[R(o, "participated_in", ICK) for o in (LV, CV, "Business France", "Hanbit Beauty")],
 R(CV, "partner_of", "Business France"),
 R(LV, "met_with", "Hanbit Beauty"), R("Hanbit Beauty", "located_in", "Incheon"),
 R(LV, "partner_of", "Korea Institute of Dermatological Sciences"),
 R("Korea Institute of Dermatological Sciences", "located_in", "Osong"),
 R("Korea Institute of Dermatological Sciences", "located_in", "Chungcheongbuk-do"),
 R(CV, "partner_of", "Chungbuk Techno Park"),
 *[R(o, "participated_in", OCB) for o in (CV, LV, "Parfums de Chartres", "Verpack Loire", "Claire Morvan")],
 R("Parfums de Chartres", "member_of", CV), R("Verpack Loire", "member_of", CV),
 R("Verpack Loire", "located_in", "Gien"),
 R(LV, "met_with", "Ministry of Food and Drug Safety"),
 R(VK, "located_in", "Gangnam-gu"), R(VK, "located_in", "Seoul"), R("Park Ji-won", "works_for", VK),
 R(LV, "partner_of", "Hanbit Beauty"),
 R("Anne-Sophie Rault", "works_for", CV),
 R("Cosmetic 360", "located_in", "Paris"), R(CV, "organized", "Cosmetic 360"),
 R(CV, "participated_in", "Cosmetic 360"), R(LV, "participated_in", "Cosmetic 360"),
])

# --- press release: Biopôle soft-landing for Asian start-ups --------------------------------
BP = "Biopôle"
KN = "Kyoto NeuroTech"
GV = "Genvira Biosciences"
FC = "Formosa Cellworks"
CHUV = "Centre hospitalier universitaire vaudois"
EPFL = "École polytechnique fédérale de Lausanne"
UNIL = "Université de Lausanne"
SBD = "Swiss Biotech Day"
BJ = "BIO Japan"
SGE = "Switzerland Global Enterprise"
START = ((KN, "JP", "Kyoto", CHUV), (GV, "IN", "Hyderabad", EPFL), (FC, "TW", "Taipei", UNIL))
GOLD["biopole-lausanne-asian-startups-soft-landing-2024.md"] = dict(
entities=[
 E(BP, "cluster", "CH"), E("Lausanne", "place", "CH"), E("Canton of Vaud", "place", "CH"),
 E(KN, "company", "JP"), E(GV, "company", "IN", "Genvira"), E(FC, "company", "TW"),
 E("Kyoto", "place", "JP"), E("Hyderabad", "place", "IN"), E("Taipei", "place", "TW"),
 E(CHUV, "research_org", "CH", "CHUV"), E(EPFL, "university", "CH", "EPFL"),
 E(UNIL, "university", "CH", "UNIL"),
 E("Kyoto University", "university", "JP"), E("Mei Tanaka", "person", "JP"),
 E("Laboratory of Virology and Genetics", "research_org", "CH"),
 E("National Taiwan University", "university", "TW"),
 E("Department of Biomedical Sciences", "research_org", "CH"),
 E("Swissnex in Japan", "public_body", "CH"), E("Osaka", "place", "JP"),
 E("Swissnex in India", "public_body", "CH"), E("Bengaluru", "place", "IN"),
 E(SGE, "public_body", "CH", "S-GE"), E("Tokyo", "place", "JP"),
 E("LINK-J", "network", "JP"), E("Nihonbashi", "place", "JP"),
 E("Centre for Cellular and Molecular Platforms", "research_org", "IN", "C-CAMP"),
 E("Greater Geneva Bern area", "public_body", "CH", "GGBa"), E("Innovaud", "public_body", "CH"),
 E(SBD, "event", "CH"), E("Swiss Biotech Association", "network", "CH", "SBA"), E("Basel", "place", "CH"),
 E("BioAlps", "cluster", "CH"), E(BJ, "event", "JP"), E("Yokohama", "place", "JP"),
 E("Olivier Perrin", "person", "CH", "Perrin"), E("Geneva", "place", "CH"), E("Boston", "place", "US"),
 E("Korea Health Industry Development Institute", "public_body", "KR", "KHIDI"),
 E("Council of European BioRegions", "network", None, "CEBR"),
],
relations=[
 R(BP, "located_in", "Lausanne"),
 *[R(c, "located_in", t) for c, _, t, _ in START], *[R(c, "partner_of", p) for c, _, _, p in START],
 R(GV, "partner_of", "Laboratory of Virology and Genetics"),
 R(FC, "partner_of", "Department of Biomedical Sciences"),
 R("Mei Tanaka", "works_for", KN),
 R("Swissnex in Japan", "located_in", "Osaka"), R("Swissnex in India", "located_in", "Bengaluru"),
 R("LINK-J", "located_in", "Tokyo"), R("LINK-J", "located_in", "Nihonbashi"), R(BP, "partner_of", "LINK-J"),
 R("Centre for Cellular and Molecular Platforms", "located_in", "Bengaluru"),
 R("Innovaud", "located_in", "Canton of Vaud"),
 R(SBD, "located_in", "Basel"), R("Swiss Biotech Association", "organized", SBD),
 *[R(o, "participated_in", SBD) for o in (BP, "BioAlps", KN, GV, FC)],
 R(BP, "partner_of", "BioAlps"),
 R(BJ, "located_in", "Yokohama"),
 *[R(o, "participated_in", BJ) for o in (BP, KN, GV, FC, SGE)],
 R("Olivier Perrin", "works_for", BP),
 R(BP, "partner_of", "Korea Health Industry Development Institute"),
 R(BP, "member_of", "BioAlps"), R(BP, "member_of", "Council of European BioRegions"),
])

# --- annual-report chapter: Pôle Mer Méditerranée ------------------------------------------
PM = "Pôle Mer Méditerranée"
SG = "SEAGRID"
NM = "Interreg NEXT MED"
MBT = "Mediterranean Blue Tech Days"
WWF = "9th World Water Forum"
PFE = "French Water Partnership"
CMS = "Cluster Maritime du Sénégal"
KIOST = "Korea Institute of Ocean Science and Technology"
KFO = "Korea-France Ocean Forum"
SEAGRID_PARTNERS = (
 ("Institut National des Sciences et Technologies de la Mer", "research_org", "TN", "Salammbô", ("INSTM",)),
 ("National Council for Scientific Research", "research_org", "LB", "Beirut", ("CNRS-L",)),
 ("Agence Nationale des Ports", "public_body", "MA", "Casablanca", ("ANP",)),
 ("Universitat de les Illes Balears", "university", "ES", "Palma", ("UIB",)),
 ("Hellenic Centre for Marine Research", "research_org", "GR", "Heraklion", ("HCMR",)),
 ("Grand Port Maritime de Marseille", "public_body", "FR", "Marseille-Fos", ()),
)
GOLD["pole-mer-mediterranee-international-2022.txt"] = dict(
entities=[
 E(PM, "cluster", "FR", "Pôle Mer"), E("Provence-Alpes-Côte d'Azur", "place", "FR"),
 E("Occitanie", "place", "FR"), E("Toulon", "place", "FR"),
 E(SG, "project", None, "Smart Energy and Aquaculture Grids for Mediterranean Islands and Ports"),
 E(NM, "programme", None, "Interreg NEXT MED programme"),
 *[E(n, t, c, *a) for n, t, c, _, a in SEAGRID_PARTNERS],
 *[E(town, "place", c) for _, _, c, town, _ in SEAGRID_PARTNERS],
 E("Sfax", "place", "TN"), E(MBT, "event", "FR"), E("Marseille", "place", "FR"),
 E("Rising Sud", "public_body", "FR"), E("Cluster Maritime Tunisien", "cluster", "TN"),
 E("Berytech", "company", "LB"),
 E(WWF, "event", "SN"), E("Dakar", "place", "SN"),
 E(PFE, "network", "FR", "Partenariat Français pour l'Eau", "PFE"),
 E(CMS, "cluster", "SN", "CMS"), E("Moussa Ndiaye", "person", "SN"),
 E("Navisafe Systems", "company", "FR"), E("La Seyne-sur-Mer", "place", "FR"),
 E("Port Autonome de Dakar", "public_body", "SN", "PAD"),
 E("Abidjan", "place", "CI"), E("Port Autonome d'Abidjan", "public_body", "CI"),
 E(KIOST, "research_org", "KR", "KIOST"), E("Busan", "place", "KR"), E(KFO, "event", "KR"),
 E("Embassy of France in Korea", "public_body", "FR"),
 E("Marion Lefèvre", "person", "FR"),
 E("Japan Agency for Marine-Earth Science and Technology", "research_org", "JP", "JAMSTEC"),
 E("Yokosuka", "place", "JP"),
 E("European Network of Maritime Clusters", "network", None, "ENMC"),
 E("Cluster Maritime Français", "network", "FR", "CMF"), E("Euromaritime", "event", "FR"),
 E("Pôle Mer Bretagne Atlantique", "cluster", "FR"), E("Brest", "place", "FR"),
 E("Jean-Luc Arnaud", "person", "FR"),
],
relations=[
 R(PM, "located_in", "Provence-Alpes-Côte d'Azur"), R(PM, "located_in", "Occitanie"),
 R(PM, "located_in", "Toulon"),
 R(SG, "funded_by", NM), R(PM, "leads", SG), R(PM, "consortium_member_of", SG),
 *[R(n, "consortium_member_of", SG) for n, *_ in SEAGRID_PARTNERS],
 *[R(n, "located_in", town) for n, _, _, town, _ in SEAGRID_PARTNERS],
 R(PM, "organized", MBT), R("Rising Sud", "organized", MBT), R(MBT, "located_in", "Marseille"),
 R("Cluster Maritime Tunisien", "participated_in", MBT), R("Berytech", "participated_in", MBT),
 R("Berytech", "located_in", "Beirut"),
 R(PM, "participated_in", WWF), R(WWF, "located_in", "Dakar"), R(PFE, "participated_in", WWF),
 R(PM, "member_of", PFE), R(PM, "partner_of", CMS), R(CMS, "participated_in", WWF),
 R("Moussa Ndiaye", "works_for", CMS),
 R("Navisafe Systems", "member_of", PM), R("Navisafe Systems", "located_in", "La Seyne-sur-Mer"),
 R("Navisafe Systems", "partner_of", "Port Autonome de Dakar"),
 R(PM, "met_with", "Port Autonome d'Abidjan"), R("Port Autonome d'Abidjan", "located_in", "Abidjan"),
 R(PM, "partner_of", KIOST), R(KIOST, "located_in", "Busan"), R(KFO, "located_in", "Busan"),
 R(KIOST, "organized", KFO), R("Embassy of France in Korea", "organized", KFO),
 R(PM, "participated_in", KFO), R(KIOST, "participated_in", KFO),
 R("Marion Lefèvre", "works_for", PM),
 R(PM, "met_with", "Japan Agency for Marine-Earth Science and Technology"),
 R("Japan Agency for Marine-Earth Science and Technology", "located_in", "Yokosuka"),
 R(PM, "member_of", "European Network of Maritime Clusters"),
 R(PM, "partner_of", "Cluster Maritime Français"),
 R(PM, "participated_in", "Euromaritime"), R("Cluster Maritime Français", "participated_in", "Euromaritime"),
 R("Euromaritime", "located_in", "Marseille"),
 R(PM, "partner_of", "Pôle Mer Bretagne Atlantique"),
 R("Pôle Mer Bretagne Atlantique", "located_in", "Brest"),
 R("Jean-Luc Arnaud", "works_for", PM),
])

DOCS = Path(__file__).resolve().parents[2] / "docs" / "train-n"

for name, gold in GOLD.items():
    types = {}
    for e in gold["entities"]:
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        types[e["name"]] = e["type"]
    text = (DOCS / name).read_text(encoding="utf-8") if (DOCS / name).exists() else None
    for r in gold["relations"]:
        for end in (r["subject"], r["object"]):
            assert end in types, (name, "undeclared", end)
        subj, obj = ALLOWED[r["predicate"]]
        assert types[r["subject"]] in subj and types[r["object"]] in obj, (name, r)
    seen = set()
    for r in gold["relations"]:
        key = (r["subject"], r["predicate"], r["object"])
        assert key not in seen, (name, "duplicate relation", key)
        seen.add(key)
    if text is not None:
        for e in gold["entities"]:
            for form in (e["name"], *e["aliases"]):
                assert form in text, (name, "not in text", form)
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
