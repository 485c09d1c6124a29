"""Hand annotations of the `heldout7` set (written before the set was first scored).

    .venv/bin/python benchmarks/extraction/make_gold_heldout7.py

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
AL = "Cluster ALISEI"
KB = "Korea Biotechnology Industry Organization"
GOLD["alisei-koreabio-mou-2023"] = dict(
entities=[
 E("Rome", "place", "IT"), E(AL, "network", "IT", "ALISEI"), E(KB, "network", "KR", "KoreaBIO"),
 E("Seoul", "place", "KR"), E("BIO KOREA", "event", "KR"),
 E("BIO-Europe Spring 2024", "event", "ES"), E("Barcelona", "place", "ES"),
 E("Italian Trade Agency", "public_body", "IT", "ITA"),
 E("Korea Health Industry Development Institute", "public_body", "KR", "KHIDI"),
 E("Tecnopolo di Bologna", "cluster", "IT"), E("Human Technopole", "research_org", "IT"),
 E("Milan", "place", "IT"), E("Chiesi Farmaceutici", "company", "IT"),
 E("Menarini", "company", "IT"), E("Dompé", "company", "IT"), E("Philogen", "company", "IT"),
 E("Fondazione Telethon", "research_org", "IT"), E("Samsung Biologics", "company", "KR"),
 E("Celltrion", "company", "KR"), E("Diana Bracco", "person", "IT"),
],
relations=[
 R(AL, "partner_of", KB), R(AL, "participated_in", "BIO KOREA"), R(KB, "participated_in", "BIO KOREA"),
 R("BIO KOREA", "located_in", "Seoul"), R(AL, "participated_in", "BIO-Europe Spring 2024"),
 R(KB, "participated_in", "BIO-Europe Spring 2024"),
 R("BIO-Europe Spring 2024", "located_in", "Barcelona"), R("Human Technopole", "located_in", "Milan"),
 *[R(c, "member_of", AL) for c in ("Dompé", "Philogen", "Fondazione Telethon")],
 *[R(c, "member_of", KB) for c in ("Samsung Biologics", "Celltrion")],
 R("Diana Bracco", "works_for", AL),
])
MV = "Medical Valley EMN"
GOLD["medical-valley-2022-international.md"] = dict(
entities=[
 E(MV, "cluster", "DE", "Medical Valley"), E("Nuremberg Metropolitan Region", "place", "DE"),
 E("Medicen Paris Region", "cluster", "FR"), E("Bavaria", "place", "DE"),
 E("Île-de-France", "place", "FR"), E("Medical Technology Cluster Alliance Europe", "network"),
 E("MEDICA", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Bayern International", "public_body", "DE"), E("Siemens Healthineers", "company", "DE"),
 E("Brainlab", "company", "DE"), E("Eyesight Technologies", "company", None),
 E("Ministry of Health of the Republic of Chile", "public_body", "CL"), E("Erlangen", "place", "DE"),
 E("Friedrich-Alexander-Universität Erlangen-Nürnberg", "university", "DE", "FAU"),
 E("Fraunhofer Institute for Integrated Circuits IIS", "research_org", "DE",
   "Fraunhofer Institute for Integrated Circuits"),
 E("HealthCross", "project"), E("EU4Health", "programme"),
 E("Medizinische Universität Wien", "university", "AT"),
 E("Czech Health Technology Institute", "research_org", "CZ"),
 E("Health Hub Vienna", "cluster", "AT"), E("Jörg Trinkwalter", "person", "DE"),
],
relations=[
 R(MV, "located_in", "Nuremberg Metropolitan Region"), R(MV, "partner_of", "Medicen Paris Region"),
 R(MV, "member_of", "Medical Technology Cluster Alliance Europe"), R(MV, "participated_in", "MEDICA"),
 R("MEDICA", "located_in", "Düsseldorf"), R(MV, "partner_of", "Bayern International"),
 *[R(c, "member_of", MV) for c in ("Siemens Healthineers", "Brainlab", "Eyesight Technologies")],
 *[R(c, "participated_in", "MEDICA") for c in (
   "Siemens Healthineers", "Brainlab", "Eyesight Technologies")],
 R("Ministry of Health of the Republic of Chile", "met_with",
   "Friedrich-Alexander-Universität Erlangen-Nürnberg"),
 R("Ministry of Health of the Republic of Chile", "met_with",
   "Fraunhofer Institute for Integrated Circuits IIS"),
 R(MV, "leads", "HealthCross"), R(MV, "consortium_member_of", "HealthCross"),
 R("HealthCross", "funded_by", "EU4Health"),
 *[R(o, "consortium_member_of", "HealthCross") for o in (
   "Medizinische Universität Wien", "Czech Health Technology Institute", "Health Hub Vienna")],
 R("Jörg Trinkwalter", "works_for", MV),
])
FS = "FOODSTART-EU"
GOLD["eit-food-accelerator-2023.html"] = dict(
entities=[
 E("Leuven", "place", "BE"), E(FS, "project"), E("EIT Food", "network"),
 E("KU Leuven", "university", "BE"), E("Hungarian Food Cluster", "cluster", "HU"),
 E("PortugalFoods", "cluster", "PT"), E("University of Novi Sad", "university", "RS"),
 E("Food Valley Poland", "cluster", "PL"), E("Future Food-Tech", "event", "GB"),
 E("London", "place", "GB"), E("Anuga", "event", "DE"), E("Cologne", "place", "DE"),
 E("FIT4FOOD", "project"), E("Horizon 2020", "programme"), E("Porto", "place", "PT"),
 E("Novi Sad", "place", "RS"), E("Hanne Vermeulen", "person", "BE"),
],
relations=[
 R(FS, "funded_by", "EIT Food"), R("KU Leuven", "leads", FS),
 *[R(o, "consortium_member_of", FS) for o in (
   "KU Leuven", "Hungarian Food Cluster", "PortugalFoods", "University of Novi Sad",
   "Food Valley Poland")],
 R("Future Food-Tech", "located_in", "London"), R("Anuga", "located_in", "Cologne"),
 R("PortugalFoods", "partner_of", "KU Leuven"),
 R("PortugalFoods", "consortium_member_of", "FIT4FOOD"),
 R("KU Leuven", "consortium_member_of", "FIT4FOOD"), R("FIT4FOOD", "funded_by", "Horizon 2020"),
 R("Hanne Vermeulen", "works_for", "KU Leuven"),
])
FB = "Food & Bio Cluster Denmark"
GOLD["food-bio-cluster-canada-mission-2023"] = dict(
entities=[
 E(FB, "cluster", "DK"), E("Foulum", "place", "DK"),
 E("Danish Embassy in Ottawa", "public_body", "DK", "Danish Embassy"), E("Ottawa", "place", "CA"),
 E("Protein Industries Canada", "cluster", "CA"), E("Saskatoon", "place", "CA"),
 E("Global Institute for Food Security", "research_org", "CA"),
 E("Merit Functional Foods", "company", "CA"), E("AGT Food and Ingredients", "company", "CA"),
 E("Montreal", "place", "CA"), E("Food Innovation Summit", "event", "CA"),
 E("Bioquébec", "cluster", "CA"), E("Quebec", "place", "CA"),
 E("Innovation Fund Denmark", "public_body", "DK"), E("Novonesis", "company", "DK"),
 E("Unibio", "company", "DK"), E("Plant Jammer", "company", "DK"),
 E("Mette Søndergaard", "person", "DK"),
],
relations=[
 R(FB, "partner_of", "Danish Embassy in Ottawa"), R(FB, "partner_of", "Protein Industries Canada"),
 R("Danish Embassy in Ottawa", "located_in", "Ottawa"),
 R(FB, "met_with", "Merit Functional Foods"), R(FB, "met_with", "AGT Food and Ingredients"),
 R(FB, "participated_in", "Food Innovation Summit"),
 R("Food Innovation Summit", "located_in", "Montreal"), R(FB, "met_with", "Bioquébec"),
 R("Bioquébec", "located_in", "Quebec"), R("Mette Søndergaard", "works_for", FB),
])
SUMMIT = "European Digital Health Clusters Summit"
GOLD["dhc-lisbon-conference-2022"] = dict(
entities=[
 E("Lisbon", "place", "PT"), E(SUMMIT, "event", "PT"), E("Health Cluster Portugal", "cluster", "PT"),
 E("Champalimaud Centre for the Unknown", "research_org", "PT"),
 E("António Lacerda Sales", "person", "PT"), E("HealthTech Catalonia", "cluster", "ES"),
 E("European Digital Health Clusters", "network"), E("European Commission", "public_body"),
 E("DG CONNECT", "public_body"),
 E("World Health Organization Regional Office for Europe", "public_body"),
 E("OECD", "public_body"), E("Health~Holland", "cluster", "NL"), E("ABIMED", "network", "BR"),
 E("Fidelidade", "company", "PT"), E("Siemens Healthineers", "company", "DE"),
 E("Sword Health", "company", "PT"), E("Kaiku Health", "company", "FI"),
 E("Helsinki", "place", "FI"), E("Medicon Valley Alliance", "cluster", "DK"),
 E("Copenhagen", "place", "DK"),
],
relations=[
 R("Health Cluster Portugal", "organized", SUMMIT), R(SUMMIT, "located_in", "Lisbon"),
 R("António Lacerda Sales", "participated_in", SUMMIT),
 R("HealthTech Catalonia", "participated_in", SUMMIT),
 R("HealthTech Catalonia", "leads", "European Digital Health Clusters"),
 *[R(o, "participated_in", SUMMIT) for o in (
   "DG CONNECT", "World Health Organization Regional Office for Europe", "OECD")],
 R("Health Cluster Portugal", "partner_of", "Health~Holland"),
 R("Health Cluster Portugal", "partner_of", "ABIMED"),
 R("Kaiku Health", "located_in", "Helsinki"), R("Sword Health", "located_in", "Lisbon"),
])

for name, gold in GOLD.items():
    document = name if "." in name else f"{name}.txt"
    path = Path(__file__).parent / "gold" / "heldout7" / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": document, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
