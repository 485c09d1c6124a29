"""Hand annotations of the `heldout6` set (written before the set was first scored).

    .venv/bin/python benchmarks/extraction/make_gold_heldout6.py

Same rules as make_gold.py (README, "Documents and gold"); kept in a file of its
own so that each held-out set's gold can be written without touching the others.
"""

import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}
LSN = "Life Science Nord"
SAPI = "Singapore Association of Pharmaceutical Industries"
GOLD["life-science-nord-singapore-mou-2023"] = dict(
entities=[
 E(LSN, "cluster", "DE"), E("Hamburg", "place", "DE"), E("Schleswig-Holstein", "place", "DE"),
 E(SAPI, "network", "SG", "SAPI"), E("Hamburg Invest", "public_body", "DE"),
 E("German Chamber of Commerce in Singapore", "public_body", "SG"),
 E("Agency for Science, Technology and Research", "public_body", "SG", "A*STAR"),
 E("BIO Asia–Taiwan", "event", "TW"), E("Taipei", "place", "TW"),
 E("Evotec", "company", "DE"), E("Eppendorf", "company", "DE"), E("Dräger", "company", "DE"),
 E("GSK", "company", None), E("MSD", "company", None), E("Zuellig Pharma", "company", None),
 E("University Medical Center Hamburg-Eppendorf", "research_org", "DE", "UKE"),
 E("National University of Singapore", "university", "SG"),
 E("Hinrich Lorenzen", "person", "DE"),
],
relations=[
 R(LSN, "located_in", "Hamburg"), R(LSN, "located_in", "Schleswig-Holstein"),
 R(LSN, "partner_of", SAPI),
 R(LSN, "participated_in", "BIO Asia–Taiwan"), R(SAPI, "participated_in", "BIO Asia–Taiwan"),
 R("BIO Asia–Taiwan", "located_in", "Taipei"),
 *[R(c, "member_of", LSN) for c in ("Evotec", "Eppendorf", "Dräger")],
 *[R(c, "member_of", SAPI) for c in ("GSK", "MSD", "Zuellig Pharma")],
 R("University Medical Center Hamburg-Eppendorf", "partner_of", "National University of Singapore"),
 R("Hinrich Lorenzen", "works_for", LSN),
])
NHT = "Norway Health Tech"
GOLD["norway-health-tech-japan-2023.md"] = dict(
entities=[
 E(NHT, "cluster", "NO"), E("Innovation Norway", "public_body", "NO"), E("Tokyo", "place", "JP"),
 E("Royal Norwegian Embassy", "public_body", "NO"), E("Yokohama", "place", "JP"),
 E("BioJapan 2023", "event", "JP"),
 E("Japan Agency for Medical Research and Development", "public_body", "JP", "AMED"),
 E("Sysmex", "company", "JP"), E("Osaka", "place", "JP"),
 E("Kobe University Hospital", "research_org", "JP"),
 E("Kansai Bio Promotion Council", "network", "JP"), E("Kansai", "place", "JP"),
 E("Dignio", "company", "NO"), E("Nordic Brain Tech", "company", "NO"),
 E("Kongsberg Beam Technology", "company", "NO"), E("Oslo", "place", "NO"),
 E("Osaka University", "university", "JP"), E("Oslo Innovation Week", "event", "NO"),
 E("Kari Solberg", "person", "NO"),
],
relations=[
 R(NHT, "partner_of", "Innovation Norway"), R("Royal Norwegian Embassy", "located_in", "Tokyo"),
 R(NHT, "participated_in", "BioJapan 2023"), R("BioJapan 2023", "located_in", "Yokohama"),
 R(NHT, "met_with", "Japan Agency for Medical Research and Development"),
 R(NHT, "met_with", "Sysmex"), R(NHT, "partner_of", "Kansai Bio Promotion Council"),
 R("Kansai Bio Promotion Council", "located_in", "Kansai"),
 R(NHT, "met_with", "Osaka University"), R(NHT, "participated_in", "Oslo Innovation Week"),
 R("Oslo Innovation Week", "located_in", "Oslo"), R("Kari Solberg", "works_for", NHT),
])
WUR = "Wageningen University & Research"
GOLD["horizon-europe-nutriloop-2022.html"] = dict(
entities=[
 E("NUTRILOOP", "project"), E("Horizon Europe", "programme"), E("Wageningen", "place", "NL"),
 E(WUR, "university", "NL"), E("Foodvalley NL", "cluster", "NL"),
 E("Universität Hohenheim", "university", "DE"),
 E("Université catholique de Louvain", "university", "BE"),
 E("Teagasc", "public_body", "IE", "Irish Agriculture and Food Development Authority"),
 E("AZTI", "research_org", "ES"), E("Vitagora", "cluster", "FR"),
 E("Roquette", "company", "FR"), E("Meatable", "company", "NL"), E("Solar Foods", "company", "FI"),
 E("Food Ingredients Europe", "event", "FR"), E("Paris", "place", "FR"),
 E("EIT Food", "network"), E("RisingFoodStars", "programme"),
 E("Marjolein de Vries", "person", "NL"),
],
relations=[
 R("NUTRILOOP", "funded_by", "Horizon Europe"), R(WUR, "leads", "NUTRILOOP"),
 R(WUR, "consortium_member_of", "NUTRILOOP"),
 *[R(o, "consortium_member_of", "NUTRILOOP") for o in (
   "Foodvalley NL", "Universität Hohenheim", "Université catholique de Louvain", "Teagasc",
   "AZTI", "Vitagora", "Roquette", "Meatable", "Solar Foods")],
 R("Foodvalley NL", "participated_in", "Food Ingredients Europe"),
 R("Food Ingredients Europe", "located_in", "Paris"), R("Marjolein de Vries", "works_for", WUR),
])
GOLD["clean-cluster-2022-international"] = dict(
entities=[
 E("CLEAN", "cluster", "DK"), E("Copenhagen", "place", "DK"), E("Aarhus", "place", "DK"),
 E("IFAT", "event", "DE"), E("Munich", "place", "DE"),
 E("Danish Trade Council", "public_body", "DK"),
 E("Bavarian Environment Cluster", "cluster", "DE", "Umweltcluster Bayern"),
 E("Aarhus University", "university", "DK"), E("Water Alliance", "cluster", "NL"),
 E("WATERCIRCLE", "project"), E("Interreg North Sea", "programme"),
 E("Norwegian Institute for Water Research", "research_org", "NO", "NIVA"),
 E("Korea Environmental Industry & Technology Institute", "public_body", "KR", "KEITI"),
 E("BIOFOS", "company", "DK"), E("Grundfos", "company", "DK"), E("Seoul", "place", "KR"),
 E("International Water Association", "network"),
 E("European Cluster Alliance for Green Transition", "network"),
 E("Peter Holm Nielsen", "person", "DK"), E("Danish Cleantech Hub", "network", "DK"),
 E("Boston", "place", "US"),
],
relations=[
 R("CLEAN", "participated_in", "IFAT"), R("IFAT", "located_in", "Munich"),
 R("CLEAN", "partner_of", "Bavarian Environment Cluster"),
 *[R(o, "consortium_member_of", "WATERCIRCLE") for o in (
   "CLEAN", "Aarhus University", "Water Alliance", "Norwegian Institute for Water Research")],
 R("WATERCIRCLE", "funded_by", "Interreg North Sea"),
 R("Norwegian Institute for Water Research", "leads", "WATERCIRCLE"),
 R("CLEAN", "met_with", "Korea Environmental Industry & Technology Institute"),
 R("CLEAN", "partner_of", "Korea Environmental Industry & Technology Institute"),
 R("CLEAN", "member_of", "International Water Association"),
 R("CLEAN", "member_of", "European Cluster Alliance for Green Transition"),
 R("Peter Holm Nielsen", "works_for", "CLEAN"), R("Danish Cleantech Hub", "located_in", "Boston"),
])
HCP = "Health Cluster Portugal"
I3S = "Instituto de Investigação e Inovação em Saúde"
GOLD["iberian-health-interreg-2023.md"] = dict(
entities=[
 E(HCP, "cluster", "PT", "HCP"), E("Porto", "place", "PT"),
 E("Interreg Spain-Portugal", "programme", None, "POCTEP", "Interreg Spain-Portugal programme"),
 E("IBER-ATMP", "project"), E("Galicia", "place", "ES"), E("Castile and León", "place", "ES"),
 E(I3S, "research_org", "PT", "i3S"), E("University of Porto", "university", "PT"),
 E("University of Salamanca", "university", "ES"),
 E("University of Santiago de Compostela", "university", "ES"),
 E("Galician Innovation Agency", "public_body", "ES", "GAIN"), E("Biocant", "cluster", "PT"),
 E("Cantanhede", "place", "PT"), E("Advanced Therapies Week", "event", "US"),
 E("Miami", "place", "US"), E("BioSpain", "event", "ES"), E("Barcelona", "place", "ES"),
 E("AseBio", "network", "ES"),
 E("Alliance for Regenerative Medicine", "network", None, "ARM"),
 E("Joaquim Cunha", "person", "PT"),
],
relations=[
 R("IBER-ATMP", "funded_by", "Interreg Spain-Portugal"), R(I3S, "leads", "IBER-ATMP"),
 *[R(o, "consortium_member_of", "IBER-ATMP") for o in (
   I3S, HCP, "University of Salamanca", "University of Santiago de Compostela",
   "Galician Innovation Agency", "Biocant")],
 R("Biocant", "located_in", "Cantanhede"),
 R(HCP, "participated_in", "Advanced Therapies Week"), R(HCP, "participated_in", "BioSpain"),
 R("Advanced Therapies Week", "located_in", "Miami"), R("BioSpain", "located_in", "Barcelona"),
 R(HCP, "partner_of", "AseBio"), R(HCP, "member_of", "Alliance for Regenerative Medicine"),
 R("Joaquim Cunha", "works_for", HCP),
])
ON = "One Nucleus"
LSBC = "Life Sciences BC"
GOLD["one-nucleus-lifesciences-bc-2023"] = dict(
entities=[
 E(ON, "cluster", "GB"), E("Cambridge", "place", "GB"), E("London", "place", "GB"),
 E(LSBC, "network", "CA"), E("British Columbia", "place", "CA"),
 E("Genesis 2023", "event", "GB"), E("BIO-Europe", "event", "DE"), E("Munich", "place", "DE"),
 E("UK Department for Business and Trade", "public_body", "GB"), E("Vancouver", "place", "CA"),
 E("AbCellera", "company", "CA"), E("STEMCELL Technologies", "company", "CA"),
 E("University of British Columbia", "university", "CA"),
 E("Genome British Columbia", "public_body", "CA"),
 E("Babraham Research Campus", "cluster", "GB"), E("AstraZeneca", "company", "GB"),
 E("Cambridge Enterprise", "company", "GB"), E("University of Cambridge", "university", "GB"),
 E("Golden Triangle", "place", "GB"), E("Wendy Hurlburt", "person", "CA"),
 E("Tony Jones", "person", "GB"),
 E("Massachusetts Biotechnology Council", "network", "US", "MassBio"),
 E("BioCentury", "company", "US"),
],
relations=[
 R(ON, "located_in", "Cambridge"), R(ON, "located_in", "London"), R(ON, "partner_of", LSBC),
 R(LSBC, "located_in", "British Columbia"), R(ON, "organized", "Genesis 2023"),
 R(LSBC, "participated_in", "Genesis 2023"), R("Genesis 2023", "located_in", "London"),
 R(ON, "participated_in", "BIO-Europe"), R(LSBC, "participated_in", "BIO-Europe"),
 R("BIO-Europe", "located_in", "Munich"), R(LSBC, "located_in", "Vancouver"),
 *[R(o, "member_of", LSBC) for o in (
   "AbCellera", "STEMCELL Technologies", "University of British Columbia")],
 R("Genome British Columbia", "partner_of", LSBC), R("Genome British Columbia", "partner_of", ON),
 R(LSBC, "met_with", "AstraZeneca"), R(LSBC, "met_with", "Cambridge Enterprise"),
 R("Wendy Hurlburt", "works_for", LSBC), R("Tony Jones", "works_for", ON),
 R(ON, "partner_of", "Massachusetts Biotechnology Council"), R(ON, "partner_of", "BioCentury"),
])
CTAQ = "Conseil de la transformation alimentaire du Québec"
QGO = "Quebec Government Office in Brussels"
GOLD["wagralim-quebec-delegation-2022.html"] = dict(
entities=[
 E("Louvain-la-Neuve", "place", "BE"), E("Wagralim", "cluster", "BE"), E("Wallonia", "place", "BE"),
 E(CTAQ, "network", "CA", "CTAQ"),
 E("Wallonia Export and Investment Agency", "public_body", "BE", "AWEX"),
 E(QGO, "public_body", "CA", "Quebec Government Office"), E("Brussels", "place", "BE"),
 E("Walloon Agricultural Research Centre", "research_org", "BE", "CRA-W"),
 E("Gembloux", "place", "BE"), E("Celabor", "research_org", "BE"), E("Herve", "place", "BE"),
 E("Puratos", "company", "BE"), E("Galactic", "company", "BE"), E("Lutosa", "company", "BE"),
 E("Namur", "place", "BE"), E("Willy Borsus", "person", "BE"), E("SIAL Paris", "event", "FR"),
 E("Food Innovation Network Europe", "network"), E("FOOD-BRIDGE", "project"),
 E("Single Market Programme", "programme"), E("Nicolas Henry", "person", "BE"),
 E("Quebec", "place", "CA"),
],
relations=[
 R("Wagralim", "located_in", "Wallonia"), R("Wagralim", "met_with", CTAQ),
 R("Wagralim", "partner_of", "Wallonia Export and Investment Agency"),
 R("Wagralim", "partner_of", QGO), R(QGO, "located_in", "Brussels"),
 R("Walloon Agricultural Research Centre", "located_in", "Gembloux"),
 R("Celabor", "located_in", "Herve"),
 *[R(CTAQ, "met_with", c) for c in ("Puratos", "Galactic", "Lutosa")],
 R("Wagralim", "partner_of", CTAQ),
 R("Wagralim", "participated_in", "SIAL Paris"), R(CTAQ, "participated_in", "SIAL Paris"),
 R("Wagralim", "partner_of", "Food Innovation Network Europe"),
 R("Wagralim", "consortium_member_of", "FOOD-BRIDGE"),
 R("Food Innovation Network Europe", "consortium_member_of", "FOOD-BRIDGE"),
 R("FOOD-BRIDGE", "funded_by", "Single Market Programme"),
 R("Nicolas Henry", "works_for", "Wagralim"),
])

for name, gold in GOLD.items():
    document = name if "." in name else f"{name}.txt"
    path = Path(__file__).parent / "gold" / "heldout6" / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": document, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
