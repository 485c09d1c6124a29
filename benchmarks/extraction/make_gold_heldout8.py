"""Hand annotations of the `heldout8` set (written before the set was first scored).

    .venv/bin/python benchmarks/extraction/make_gold_heldout8.py

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
CA = "CleantechAlps"
CF = "Cleantech Finland"
WCEF = "World Circular Economy Forum"
GOLD["cleantech-alps-finland-2023"] = dict(
entities=[
 E(CA, "cluster", "CH"), E(CF, "network", "FI"), E("Business Finland", "public_body", "FI"),
 E("Lausanne", "place", "CH"), E("Hannover Messe", "event", "DE"),
 E("Pascale Baeriswyl", "person", "CH"), E(WCEF, "event", "FI"), E("Helsinki", "place", "FI"),
 *[E(c, "place", "CH") for c in ("Vaud", "Geneva", "Valais", "Fribourg", "Neuchâtel", "Jura")],
 E("Swiss Federal Office of Energy", "public_body", "CH"),
 E("EPFL Energy Center", "research_org", "CH"), E("Romande Energie", "company", "CH"),
 E("Hydromethan", "company", "CH"), E("GRZ Technologies", "company", "CH"),
 E("Laurent Balsiger", "person", "CH"),
],
relations=[
 R(CA, "partner_of", CF), R("Business Finland", "leads", CF),
 R(CA, "participated_in", "Hannover Messe"), R(CF, "participated_in", "Hannover Messe"),
 R("Pascale Baeriswyl", "participated_in", "Hannover Messe"),
 R(CA, "participated_in", WCEF), R(CF, "participated_in", WCEF), R(WCEF, "located_in", "Helsinki"),
 R(CA, "partner_of", "Swiss Federal Office of Energy"), R(CA, "partner_of", "EPFL Energy Center"),
 *[R(c, "member_of", CA) for c in ("Romande Energie", "Hydromethan", "GRZ Technologies")],
 R("Laurent Balsiger", "works_for", CA),
])
AM = "ALP-MEDTECH"
ST = "Standortagentur Tirol"
GOLD["interreg-alpine-medtech-2022.md"] = dict(
entities=[
 E(AM, "project"), E("Interreg Alpine Space", "programme", None,
   "Interreg Alpine Space programme"), E("Innsbruck", "place", "AT"),
 E("European Regional Development Fund", "programme"), E(ST, "public_body", "AT"),
 E("Tyrol", "place", "AT"), E("BioLAGO", "network", "DE"), E("Lake Constance", "place"),
 E("Ljubljana Technology Park", "cluster", "SI"), E("Trentino Sviluppo", "cluster", "IT"),
 E("Minalogic", "cluster", "FR"), E("Medical Valley Hechingen", "cluster", "DE"),
 E("Medical University of Innsbruck", "university", "AT"), E("MedtecLIVE", "event", "DE"),
 E("Nuremberg", "place", "DE"), E("Marcus Hofer", "person", "AT"),
],
relations=[
 R(AM, "funded_by", "Interreg Alpine Space"), R(AM, "funded_by", "European Regional Development Fund"),
 R(ST, "leads", AM), R(ST, "consortium_member_of", AM), R(ST, "located_in", "Tyrol"),
 *[R(o, "consortium_member_of", AM) for o in (
   "BioLAGO", "Ljubljana Technology Park", "Trentino Sviluppo", "Minalogic",
   "Medical Valley Hechingen")],
 R("BioLAGO", "located_in", "Lake Constance"), R("MedtecLIVE", "located_in", "Nuremberg"),
 R("Marcus Hofer", "works_for", ST),
])
LSW = "Life Sciences Washington"
BII = "BioInnovation Institute"
GOLD["life-sciences-washington-2022"] = dict(
entities=[
 E(LSW, "network", "US"), E("Washington State", "place", "US"),
 E("BIO International Convention", "event", "US"), E("San Diego", "place", "US"),
 E("Washington State Department of Commerce", "public_body", "US"),
 E("BioCanRx", "network", "CA"), E("Seattle", "place", "US"), E("Ottawa", "place", "CA"),
 E("Fred Hutchinson Cancer Center", "research_org", "US"),
 E("Ottawa Hospital Research Institute", "research_org", "CA"), E(BII, "cluster", "DK"),
 E("Seattle Children's Research Institute", "research_org", "US"),
 E("Adaptive Biotechnologies", "company", "US"), E("Marc Cummings", "person", "US"),
],
relations=[
 R(LSW, "located_in", "Washington State"), R(LSW, "participated_in", "BIO International Convention"),
 R("BIO International Convention", "located_in", "San Diego"),
 R(LSW, "partner_of", "Washington State Department of Commerce"), R(LSW, "partner_of", "BioCanRx"),
 R("Fred Hutchinson Cancer Center", "partner_of", "Ottawa Hospital Research Institute"),
 R(LSW, "met_with", BII), R(BII, "met_with", "Seattle Children's Research Institute"),
 R(BII, "met_with", "Adaptive Biotechnologies"), R("Marc Cummings", "works_for", LSW),
])
HBE = "Healthcare Brokerage Event"
GOLD["een-brokerage-medica-2023.html"] = dict(
entities=[
 E("Düsseldorf", "place", "DE"), E(HBE, "event", "DE", "Healthcare Brokerage Event at MEDICA 2023"),
 E("MEDICA 2023", "event", "DE"), E("ZENIT GmbH", "company", "DE", "ZENIT"),
 E("NRW.Global Business", "public_body", "DE"), E("Enterprise Europe Network", "network"),
 E("Polish Investment and Trade Agency", "public_body", "PL", "PAIH"),
 E("Basque Health Cluster", "cluster", "ES"), E("Polish Medical Cluster", "cluster", "PL"),
 E("Medtech Sweden", "network", "SE"), E("BioPro Baden-Württemberg", "public_body", "DE"),
 E("Stuttgart", "place", "DE"), E("Sabine Weiss", "person", "DE"),
],
relations=[
 R("ZENIT GmbH", "organized", HBE), R("NRW.Global Business", "organized", HBE),
 R("Polish Investment and Trade Agency", "participated_in", HBE),
 R("Basque Health Cluster", "participated_in", HBE),
 R("Basque Health Cluster", "partner_of", "Polish Medical Cluster"),
 R("Polish Medical Cluster", "participated_in", HBE),
 R("Medtech Sweden", "partner_of", "BioPro Baden-Württemberg"),
 R("Medtech Sweden", "participated_in", HBE), R("BioPro Baden-Württemberg", "participated_in", HBE),
 R("Sabine Weiss", "works_for", "ZENIT GmbH"),
])

for name, gold in GOLD.items():
    document = name if "." in name else f"{name}.txt"
    path = Path(__file__).parent / "gold" / "heldout8" / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": document, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
