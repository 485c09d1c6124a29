"""Hand annotations of the `heldout9` set (written before the set was first scored).

    .venv/bin/python benchmarks/extraction/make_gold_heldout9.py

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
BHC = "Basque Health Cluster"
KLSC = "Kansai Life Science Center"
GOLD["biobasque-japan-2023"] = dict(
entities=[
 E("Bilbao", "place", "ES"), E(BHC, "cluster", "ES"), E("Basque Country", "place", "ES"),
 E("Tokyo", "place", "JP"), E("Osaka", "place", "JP"), E("SPRI", "public_body", "ES"),
 E("Japan Health Conference", "event", "JP"),
 E("Japan Agency for Medical Research and Development", "public_body", "JP", "AMED"),
 E("Embassy of Spain in Tokyo", "public_body", "ES"), E("Astellas Pharma", "company", "JP"),
 E("Olympus", "company", "JP"), E("Terumo", "company", "JP"), E(KLSC, "network", "JP"),
 E("Kansai", "place", "JP"), E("BioSpain 2024", "event", "ES"), E("San Sebastián", "place", "ES"),
 E("Viralgen", "company", "ES"), E("Histocell", "company", "ES"), E("Ibermática", "company", "ES"),
 E("Aitziber Lizarraga", "person", "ES"),
],
relations=[
 R(BHC, "located_in", "Basque Country"), R(BHC, "participated_in", "Japan Health Conference"),
 R("Embassy of Spain in Tokyo", "located_in", "Tokyo"), R(BHC, "partner_of", KLSC),
 R(KLSC, "located_in", "Kansai"), R(KLSC, "participated_in", "BioSpain 2024"),
 R("BioSpain 2024", "located_in", "San Sebastián"), R("Aitziber Lizarraga", "works_for", BHC),
])
W = "Wagralim"
GOLD["wallonia-agrofood-interreg-2022.md"] = dict(
entities=[
 E(W, "cluster", "BE"), E("CIRCUFOOD", "project"), E("Interreg North-West Europe", "programme"),
 E("TNO", "research_org", "NL"), E("Flanders' FOOD", "cluster", "BE"),
 E("Irish Food Innovation Hub", "cluster", "IE"), E("University of Lille", "university", "FR"),
 E("Agoria", "network", "BE"), E("Smart Protein Alliance", "network"),
 E("Food Valley NL", "cluster", "NL", "Foodvalley NL"),
 E("Food & Bio Cluster Denmark", "cluster", "DK"), E("SIAL Paris", "event", "FR"),
 E("Wallonia Export and Investment Agency", "public_body", "BE", "AWEX"),
 E("EIT Food", "network"), E("Food Innovation Forum", "event", "BE"), E("Brussels", "place", "BE"),
 E("Laurence Mottet", "person", "BE"),
 E("European Technology Platform Food for Life", "network"),
],
relations=[
 R(W, "consortium_member_of", "CIRCUFOOD"), R("CIRCUFOOD", "funded_by", "Interreg North-West Europe"),
 R("TNO", "leads", "CIRCUFOOD"), R("TNO", "consortium_member_of", "CIRCUFOOD"),
 *[R(o, "consortium_member_of", "CIRCUFOOD") for o in (
   "Flanders' FOOD", "Irish Food Innovation Hub", "University of Lille", "Agoria")],
 *[R(o, "member_of", "Smart Protein Alliance") for o in (
   W, "Food Valley NL", "Food & Bio Cluster Denmark")],
 R(W, "participated_in", "SIAL Paris"), R(W, "partner_of", "Wallonia Export and Investment Agency"),
 R(W, "met_with", "Food Valley NL"), R(W, "met_with", "EIT Food"),
 R("Food Innovation Forum", "located_in", "Brussels"), R("Laurence Mottet", "works_for", W),
 R(W, "member_of", "European Technology Platform Food for Life"),
])
LSS = "Life Sciences Scotland"
BH = "BioHouston"
BIO = "BIO International Convention"
GOLD["medtech-scotland-mou-2023.html"] = dict(
entities=[
 E("Glasgow", "place", "GB"), E(LSS, "cluster", "GB"), E(BH, "network", "US"),
 E("Texas", "place", "US"), E(BIO, "event", "US"), E("Boston", "place", "US"),
 E("David Lewis", "person", "GB"), E("Ann Tanabe", "person", "US"),
 E("Scottish Development International", "public_body", "GB"),
 E("Texas Medical Center", "research_org", "US"), E("Houston", "place", "US"),
 E("University of Glasgow", "university", "GB"), E("Scottish Life Sciences Awards", "event", "GB"),
 E("Edinburgh", "place", "GB"), E("Quotient Sciences", "company", "GB"),
 E("Omega Diagnostics", "company", "GB"), E("University of Dundee", "university", "GB"),
 E("Texas Life Science Forum", "event", "US"),
],
relations=[
 R(LSS, "partner_of", BH), R(LSS, "participated_in", BIO), R(BH, "participated_in", BIO),
 R(BIO, "located_in", "Boston"), R("David Lewis", "works_for", LSS), R("Ann Tanabe", "works_for", BH),
 R("David Lewis", "participated_in", BIO), R("Ann Tanabe", "participated_in", BIO),
 R("Scottish Development International", "participated_in", BIO),
 R("Texas Medical Center", "participated_in", BIO), R(BH, "located_in", "Houston"),
 R(BH, "partner_of", "University of Glasgow"), R(BH, "participated_in", "Scottish Life Sciences Awards"),
 R("Scottish Life Sciences Awards", "located_in", "Edinburgh"),
 *[R(o, "member_of", LSS) for o in ("Quotient Sciences", "Omega Diagnostics", "University of Dundee")],
 R("Texas Life Science Forum", "located_in", "Houston"),
])

for name, gold in GOLD.items():
    document = name if "." in name else f"{name}.txt"
    path = Path(__file__).parent / "gold" / "heldout9" / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": document, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
