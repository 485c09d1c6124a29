"""Hand annotations of the `heldout-final` split, written as JSON next to this script.

    .venv/bin/python benchmarks/extraction/gold/heldout-final/make_gold_heldout_final.py

Same format and rules as `benchmarks/extraction/make_gold.py` (README: "Annotation
rules"). Kept apart from it so that this set stays unseen by whoever tunes the
pipeline: the documents and gold were written without reading the extraction code
and have never been run through it.
"""

import json
from pathlib import Path

HERE = Path(__file__).parent


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

UB = "Uppsala BIO"
BIO = "BIO International Convention"
GOLD["uppsala-bio-2022-international"] = dict(
entities=[
 E(UB, "cluster", "SE"), E("Uppsala", "place", "SE"),
 E("Cytiva", "company", None), E("Thermo Fisher Scientific", "company", "US"),
 E("Uppsala University", "university", "SE"),
 E("Swedish University of Agricultural Sciences", "university", "SE", "SLU"),
 E("Swiss Biotech Day", "event", "CH"), E("Basel", "place", "CH"),
 E("Business Sweden", "public_body", "SE"), E("Roche", "company", "CH"),
 E("Basel Area Business & Innovation", "public_body", "CH"),
 E("SwedenBIO", "network", "SE"), E(BIO, "event", "US", "BIO 2022"),
 E("San Diego", "place", "US"), E("Olink Proteomics", "company", "SE"),
 E("Calliditas Therapeutics", "company", "SE"), E("Pelago Bioscience", "company", "SE"),
 E("Life Science Washington", "cluster", "US"), E("Seattle", "place", "US"),
 E("LifeScience Kraków", "cluster", "PL", "LSK"), E("Kraków", "place", "PL"),
 E("BioTurku", "cluster", "FI"), E("Turku Science Park", "cluster", "FI"),
 E("NordBioProcess", "project", None), E("Nordic Innovation", "public_body", None),
 E("Technical University of Denmark", "university", "DK", "DTU"),
 E("SINTEF", "research_org", "NO"), E("Alvotech", "company", "IS"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("ScanBalt", "network", None), E("ScanBalt Forum 2022", "event", "EE"),
 E("Tallinn", "place", "EE"), E("Karin Eklund", "person", "SE"),
],
relations=[
 R(UB, "located_in", "Uppsala"),
 R("Cytiva", "member_of", UB), R("Thermo Fisher Scientific", "member_of", UB),
 R(UB, "participated_in", "Swiss Biotech Day"), R("Swiss Biotech Day", "located_in", "Basel"),
 R(UB, "partner_of", "Business Sweden"),
 R("Business Sweden", "participated_in", "Swiss Biotech Day"),
 R(UB, "met_with", "Roche"), R(UB, "met_with", "Basel Area Business & Innovation"),
 R(UB, "participated_in", BIO), R("SwedenBIO", "participated_in", BIO),
 R(UB, "partner_of", "SwedenBIO"), R(BIO, "located_in", "San Diego"),
 *[R(c, p, o) for c in ("Olink Proteomics", "Calliditas Therapeutics", "Pelago Bioscience")
   for p, o in (("member_of", UB), ("participated_in", BIO))],
 R(UB, "met_with", "Life Science Washington"),
 R("Life Science Washington", "located_in", "Seattle"),
 R(UB, "partner_of", "LifeScience Kraków"), R("LifeScience Kraków", "located_in", "Kraków"),
 R(UB, "partner_of", "BioTurku"), R(UB, "partner_of", "Turku Science Park"),
 R("NordBioProcess", "funded_by", "Nordic Innovation"),
 R(UB, "leads", "NordBioProcess"), R(UB, "consortium_member_of", "NordBioProcess"),
 *[R(o, "consortium_member_of", "NordBioProcess") for o in (
   "Uppsala University", "Technical University of Denmark", "SINTEF", "Alvotech")],
 R("Cytiva", "located_in", "Uppsala"),
 R(UB, "member_of", "Council of European BioRegions"), R(UB, "member_of", "ScanBalt"),
 R("ScanBalt", "organized", "ScanBalt Forum 2022"),
 R("ScanBalt Forum 2022", "located_in", "Tallinn"),
 R(UB, "participated_in", "ScanBalt Forum 2022"),
 R("Karin Eklund", "works_for", UB),
])

PL = "Pacific Life Sciences Cluster"
BAT = "BIO Asia–Taiwan"
BE23 = "BIO-Europe 2023"
GOLD["pacific-life-sciences-2023-global.md"] = dict(
entities=[
 E(PL, "cluster", "CA", "PLSC"), E("Vancouver", "place", "CA"),
 E("AbCellera", "company", "CA"), E("Zymeworks", "company", "CA"),
 E("STEMCELL Technologies", "company", "CA"),
 E(BAT, "event", "TW"), E("Taipei", "place", "TW"),
 E("Taiwan Bio Industry Organization", "network", "TW", "Taiwan BIO"),
 E("Global Affairs Canada", "public_body", "CA"),
 E("Canadian Trade Office in Taipei", "public_body", "CA"),
 E("Northshore Biologics", "company", "CA"), E("Kelpie Therapeutics", "company", "CA"),
 E("Saltwater Genomics", "company", "CA"), E("Tokyo", "place", "JP"),
 E("Chugai Pharmaceutical", "company", "JP"),
 E("Agency for Medical Research and Development", "public_body", "JP", "AMED"),
 E(BE23, "event", "DE"), E("Munich", "place", "DE"),
 E("Life Sciences Ontario", "network", "CA"), E("BioAlberta", "network", "CA"),
 E("Boehringer Ingelheim", "company", "DE"), E("BioInnovation Aarhus", "cluster", "DK"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("BIOTECanada", "network", "CA"), E("Cascadia BioConnect", "event", "CA"),
 E("British Columbia", "place", "CA"), E("Washington State", "place", "US"),
 E("Oregon", "place", "US"), E("Life Science Washington", "cluster", "US"),
 E("CellForward", "project", None),
 E("University of British Columbia", "university", "CA", "UBC"),
 E("British Columbia Institute of Technology", "university", "CA", "BCIT"),
 E("Pacific Economic Development Canada", "public_body", "CA", "PacifiCan"),
 E("Lower Mainland", "place", "CA"), E("Priya Raman", "person", "CA"),
],
relations=[
 R(PL, "located_in", "Vancouver"),
 *[R(c, "member_of", PL) for c in ("AbCellera", "Zymeworks", "STEMCELL Technologies")],
 R(PL, "participated_in", BAT), R(BAT, "located_in", "Taipei"),
 R("Taiwan Bio Industry Organization", "organized", BAT),
 R(PL, "partner_of", "Global Affairs Canada"),
 R(PL, "partner_of", "Canadian Trade Office in Taipei"),
 *[R(c, p, o) for c in ("Northshore Biologics", "Kelpie Therapeutics", "Saltwater Genomics")
   for p, o in (("member_of", PL), ("participated_in", BAT))],
 R(PL, "partner_of", "Taiwan Bio Industry Organization"),
 R(PL, "met_with", "Chugai Pharmaceutical"),
 R(PL, "met_with", "Agency for Medical Research and Development"),
 R(PL, "participated_in", BE23), R(BE23, "located_in", "Munich"),
 R("Life Sciences Ontario", "participated_in", BE23), R("BioAlberta", "participated_in", BE23),
 R(PL, "partner_of", "Life Sciences Ontario"), R(PL, "partner_of", "BioAlberta"),
 R(PL, "met_with", "Boehringer Ingelheim"), R(PL, "met_with", "BioInnovation Aarhus"),
 R(PL, "member_of", "Council of European BioRegions"), R(PL, "member_of", "BIOTECanada"),
 R(PL, "organized", "Cascadia BioConnect"), R("Cascadia BioConnect", "located_in", "Vancouver"),
 R("Life Science Washington", "organized", "Cascadia BioConnect"),
 R(PL, "leads", "CellForward"), R(PL, "consortium_member_of", "CellForward"),
 R("University of British Columbia", "consortium_member_of", "CellForward"),
 R("British Columbia Institute of Technology", "consortium_member_of", "CellForward"),
 R("CellForward", "funded_by", "Pacific Economic Development Canada"),
 R("Priya Raman", "works_for", PL),
])

BHC = "Basque Health Cluster"
MV = "Medical Valley EMN"
GOLD["basque-medical-valley-agreement-2023"] = dict(
entities=[
 E(BHC, "cluster", "ES", "BHC"), E(MV, "cluster", "DE"),
 E("Nuremberg Metropolitan Region", "place", "DE"), E("Bilbao", "place", "ES"),
 E("Erlangen", "place", "DE"), E("SPRI", "public_body", "ES"),
 E("Bayern Innovativ", "public_body", "DE"), E("Siemens Healthineers", "company", "DE"),
 E("Friedrich-Alexander-Universität Erlangen-Nürnberg", "university", "DE", "FAU"),
 E("Zamudio", "place", "ES"), E("Basque Country", "place", "ES"),
 E("Irrimed", "company", "ES"),
 E("Biogipuzkoa Health Research Institute", "research_org", "ES"),
 E("Franconia", "place", "DE"), E("Interreg Europe", "programme", None),
 E("MEDICA", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E("Medtronic", "company", None), E("MedTech Europe", "network", None),
 E("MEDREG-Train", "project", None), E("Erasmus+", "programme", None),
 E("University of Deusto", "university", "ES"),
 E("European Cluster Collaboration Platform", "network", None, "ECCP"),
 E("Ane Goikoetxea", "person", "ES"), E("Stefan Heller", "person", "DE"),
 E("Donostia", "place", "ES"),
],
relations=[
 R(BHC, "partner_of", MV),
 R(MV, "located_in", "Nuremberg Metropolitan Region"), R(MV, "located_in", "Erlangen"),
 R(BHC, "located_in", "Zamudio"), R(BHC, "located_in", "Basque Country"),
 R("Siemens Healthineers", "member_of", MV),
 R("Friedrich-Alexander-Universität Erlangen-Nürnberg", "member_of", MV),
 R("Irrimed", "member_of", BHC), R("Biogipuzkoa Health Research Institute", "member_of", BHC),
 R(BHC, "participated_in", "MEDICA"), R(MV, "participated_in", "MEDICA"),
 R("MEDICA", "located_in", "Düsseldorf"),
 *[R(a, "met_with", b) for a in (BHC, MV) for b in ("Medtronic", "MedTech Europe")],
 R(BHC, "consortium_member_of", "MEDREG-Train"), R(MV, "consortium_member_of", "MEDREG-Train"),
 R("University of Deusto", "leads", "MEDREG-Train"),
 R("University of Deusto", "consortium_member_of", "MEDREG-Train"),
 R("MEDREG-Train", "funded_by", "Erasmus+"),
 R(BHC, "member_of", "European Cluster Collaboration Platform"),
 R(MV, "member_of", "European Cluster Collaboration Platform"),
 R("Ane Goikoetxea", "works_for", BHC), R("Stefan Heller", "works_for", MV),
])

EU = "Eurasanté"
KL = "Kansai Life Science Cluster"
GOLD["eurasante-kansai-partnership-2023.html"] = dict(
entities=[
 E(EU, "cluster", "FR"), E("Hauts-de-France", "place", "FR"),
 E(KL, "cluster", "JP", "KLSC"), E("BioFIT 2023", "event", "FR", "BioFIT"),
 E("Lille", "place", "FR"), E("Hauts-de-France Region", "public_body", "FR"),
 E("Osaka Prefectural Government", "public_body", "JP"), E("Osaka", "place", "JP"),
 E("Shionogi", "company", "JP"), E("Sysmex", "company", "JP"),
 E("Osaka University Hospital", "research_org", "JP"),
 E("Eurasanté Bio-Business Park", "cluster", "FR"), E("Loos", "place", "FR"),
 E("Lille University Hospital", "research_org", "FR", "CHU de Lille"),
 E("Genfit", "company", "FR"), E("Lesaffre", "company", "FR"),
 E("BioJapan 2023", "event", "JP", "BioJapan"), E("Yokohama", "place", "JP"),
 E("Microbiome & Metabolism Webinar", "event", None),
 E("Institut Pasteur de Lille", "research_org", "FR"),
 E("Camille Roussel", "person", "FR"), E("Hiroshi Tanaka", "person", "JP"),
 E("Paris", "place", "FR"), E("London", "place", "GB"), E("Brussels", "place", "BE"),
 E("French Health Clusters", "network", "FR"),
 E("Council of European BioRegions", "network", None),
],
relations=[
 R(EU, "located_in", "Hauts-de-France"), R(EU, "partner_of", KL),
 R(EU, "participated_in", "BioFIT 2023"), R(KL, "participated_in", "BioFIT 2023"),
 R("BioFIT 2023", "located_in", "Lille"),
 R("Hauts-de-France Region", "participated_in", "BioFIT 2023"),
 R("Osaka Prefectural Government", "participated_in", "BioFIT 2023"),
 R(KL, "located_in", "Osaka"),
 R("Shionogi", "member_of", KL), R("Sysmex", "member_of", KL),
 R("Osaka University Hospital", "member_of", KL),
 R("Eurasanté Bio-Business Park", "located_in", "Loos"),
 R(EU, "participated_in", "BioJapan 2023"), R(KL, "participated_in", "BioJapan 2023"),
 R("BioJapan 2023", "located_in", "Yokohama"), R(EU, "met_with", KL),
 R(KL, "organized", "Microbiome & Metabolism Webinar"),
 R("Institut Pasteur de Lille", "organized", "Microbiome & Metabolism Webinar"),
 R("Camille Roussel", "works_for", EU), R("Hiroshi Tanaka", "works_for", KL),
 R(EU, "member_of", "French Health Clusters"),
 R(EU, "member_of", "Council of European BioRegions"),
])

DMC = "Danube Medtech Cluster"
AH = "Arab Health 2024"
GOLD["danube-medtech-arab-health-2024.md"] = dict(
entities=[
 E(DMC, "cluster", "HU", "DMC"), E("Budapest", "place", "HU"),
 E(AH, "event", "AE"), E("Dubai", "place", "AE"),
 E("Dubai World Trade Centre", "place", "AE"),
 E("Hungarian Export Promotion Agency", "public_body", "HU", "HEPA"),
 E("Medisolve", "company", "HU"), E("Dunamed Diagnostics", "company", "HU"),
 E("Sanocard", "company", "HU"), E("Tiszamed", "company", "HU"),
 E("Semmelweis University", "university", "HU"),
 E("Dubai Health Authority", "public_body", "AE", "DHA"),
 E("Abu Dhabi Investment Office", "public_body", "AE", "ADIO"),
 E("Mediclinic Middle East", "company", "AE"),
 E("Mohammed Bin Rashid University of Medicine and Health Sciences", "university", "AE",
   "MBRU"),
 E("Zsófia Kertész", "person", "HU"), E("Gulf Medical Supplies", "company", "SA"),
 E("Riyadh", "place", "SA"),
 E("European Cluster Collaboration Platform", "network", None),
 E("MedTech Europe", "network", None),
],
relations=[
 R(DMC, "participated_in", AH), R(AH, "located_in", "Dubai"),
 R(AH, "located_in", "Dubai World Trade Centre"),
 R(DMC, "partner_of", "Hungarian Export Promotion Agency"),
 R("Hungarian Export Promotion Agency", "participated_in", AH),
 *[R(c, p, o) for c in ("Medisolve", "Dunamed Diagnostics", "Sanocard", "Tiszamed")
   for p, o in (("member_of", DMC), ("participated_in", AH))],
 R("Semmelweis University", "participated_in", AH),
 R(DMC, "met_with", "Dubai Health Authority"), R(DMC, "met_with", "Abu Dhabi Investment Office"),
 R("Medisolve", "met_with", "Mediclinic Middle East"),
 R(DMC, "partner_of", "Mohammed Bin Rashid University of Medicine and Health Sciences"),
 R("Mohammed Bin Rashid University of Medicine and Health Sciences", "participated_in", AH),
 R("Zsófia Kertész", "works_for", DMC), R("Zsófia Kertész", "participated_in", AH),
 R("Dunamed Diagnostics", "partner_of", "Gulf Medical Supplies"),
 R("Gulf Medical Supplies", "located_in", "Riyadh"),
 R(DMC, "member_of", "European Cluster Collaboration Platform"),
 R(DMC, "member_of", "MedTech Europe"),
])

OT = "OrganoTwin"
CH = "Charité – Universitätsmedizin Berlin"
HC = "HealthCapital Berlin-Brandenburg"
GOLD["organotwin-horizon-europe-2024"] = dict(
entities=[
 E(OT, "project", None), E("Berlin", "place", "DE"), E(CH, "research_org", "DE", "Charité"),
 E("Horizon Europe", "programme", None), E("Hubrecht Institute", "research_org", "NL"),
 E("Utrecht", "place", "NL"), E("Ghent University", "university", "BE"),
 E("Medical University of Vienna", "university", "AT"),
 E("Jagiellonian University", "university", "PL"), E("Kraków", "place", "PL"),
 E("InSphero", "company", "CH"), E("Schlieren", "place", "CH"),
 E("TissUse", "company", "DE"), E("Chipcraft Bio", "company", "DK"),
 E("Copenhagen", "place", "DK"), E(HC, "cluster", "DE"),
 E("European Organ-on-Chip Society", "network", None, "EUROoCS"),
 E("Swiss State Secretariat for Education, Research and Innovation", "public_body", "CH",
   "SERI"),
 E("MPS World Summit", "event", "DE"),
 E("European Medicines Agency", "public_body", None, "EMA"),
 E("Katrin Weiß", "person", "DE"), E("Mikkel Sørensen", "person", "DK"),
 E("Brandenburg", "place", "DE"),
],
relations=[
 R(OT, "funded_by", "Horizon Europe"),
 R(OT, "funded_by", "Swiss State Secretariat for Education, Research and Innovation"),
 R(CH, "leads", OT), R(CH, "consortium_member_of", OT),
 *[R(o, "consortium_member_of", OT) for o in (
   "Hubrecht Institute", "Ghent University", "Medical University of Vienna",
   "Jagiellonian University", "InSphero", "TissUse", "Chipcraft Bio", HC,
   "European Organ-on-Chip Society")],
 R("Hubrecht Institute", "located_in", "Utrecht"),
 R("Jagiellonian University", "located_in", "Kraków"),
 R("InSphero", "located_in", "Schlieren"), R("TissUse", "located_in", "Berlin"),
 R("Chipcraft Bio", "located_in", "Copenhagen"),
 R(HC, "located_in", "Berlin"), R(HC, "located_in", "Brandenburg"),
 R("MPS World Summit", "located_in", "Berlin"),
 R(CH, "participated_in", "MPS World Summit"), R("InSphero", "participated_in", "MPS World Summit"),
 R("Katrin Weiß", "works_for", CH), R("Katrin Weiß", "leads", OT),
 R("Mikkel Sørensen", "works_for", "Chipcraft Bio"),
])

CEBR = "Council of European BioRegions"
HB = "Hellenic Bio Cluster"
MLSP = "Malta Life Sciences Park"
TLSC = "Transilvania Life Sciences Cluster"
GA = "CEBR General Assembly 2023"
GOLD["cebr-new-members-2023.html"] = dict(
entities=[
 E(CEBR, "network", None, "CEBR"), E("Brussels", "place", "BE"),
 E(HB, "cluster", "GR", "HBio"), E("Athens", "place", "GR"),
 E(MLSP, "cluster", "MT"), E("San Ġwann", "place", "MT"),
 E(TLSC, "cluster", "RO"), E("Cluj-Napoca", "place", "RO"),
 E("Slovak Bioeconomy Cluster", "cluster", "SK"), E("Bratislava", "place", "SK"),
 E(GA, "event", "GR"), E("Thessaloniki", "place", "GR"),
 E("Thessaloniki Technology Park", "cluster", "GR"),
 E("Human.technology Styria", "cluster", "AT"), E("Lukas Brenner", "person", "AT"),
 E("Utrecht Science Park", "cluster", "NL"), E("Medicon Valley Alliance", "cluster", "DK"),
 E("Biocat", "cluster", "ES"),
 E("European Cluster Collaboration Platform", "network", None, "ECCP"),
 E("BIO-Europe Spring", "event", None), E("BIO-Europe", "event", None),
 E("EU-BioBridge", "project", None), E("Single Market Programme", "programme", None),
 E("Health Cluster Portugal", "cluster", "PT"),
 E("Munich", "place", "DE"), E("Cambridge", "place", "GB"), E("Copenhagen", "place", "DK"),
 E("Marta Oliveira", "person", None), E("Styria", "place", "AT"),
],
relations=[
 R(CEBR, "located_in", "Brussels"),
 *[R(o, "member_of", CEBR) for o in (
   HB, MLSP, TLSC, "Slovak Bioeconomy Cluster", "Human.technology Styria",
   "Utrecht Science Park", "Medicon Valley Alliance", "Biocat")],
 R(HB, "located_in", "Athens"), R(MLSP, "located_in", "San Ġwann"),
 R(TLSC, "located_in", "Cluj-Napoca"), R("Slovak Bioeconomy Cluster", "located_in", "Bratislava"),
 R(CEBR, "organized", GA), R(HB, "organized", GA), R(GA, "located_in", "Thessaloniki"),
 R("Lukas Brenner", "works_for", "Human.technology Styria"),
 R(CEBR, "partner_of", "European Cluster Collaboration Platform"),
 R(CEBR, "leads", "EU-BioBridge"), R(CEBR, "consortium_member_of", "EU-BioBridge"),
 R("EU-BioBridge", "funded_by", "Single Market Programme"),
 *[R(o, "consortium_member_of", "EU-BioBridge") for o in (TLSC, MLSP, "Health Cluster Portugal")],
 R("Marta Oliveira", "works_for", CEBR),
])

SD = "Synaptica Diagnostics"
BP = "Biocant Park"
GOLD["synaptica-us-market-entry-2024.md"] = dict(
entities=[
 E(SD, "company", "PT", "Synaptica"), E(BP, "cluster", "PT", "Biocant"),
 E("Cantanhede", "place", "PT"), E("University of Coimbra", "university", "PT"),
 E("Rui Matos", "person", "PT"), E(BIO, "event", "US", "BIO"), E("Boston", "place", "US"),
 E("AICEP Portugal Global", "public_body", "PT"), E("Maryland Tech Council", "cluster", "US"),
 E("Maryland", "place", "US"), E("Quest Diagnostics", "company", "US"),
 E("Inês Cardoso", "person", "PT"), E("Rockville", "place", "US"),
 E("Maryland Department of Commerce", "public_body", "US"),
 E("Enterprise Europe Network", "network", None), E("ADVANCE-US", "project", None),
 E("Johns Hopkins University", "university", "US"),
 E("National Institute on Aging", "public_body", "US", "NIA"),
 E("Health Cluster Portugal", "cluster", "PT", "HCP"),
 E("Council of European BioRegions", "network", None),
 E("BIO 2024", "event", "US"), E("San Diego", "place", "US"),
],
relations=[
 R(SD, "located_in", "Cantanhede"), R(SD, "member_of", BP), R(BP, "located_in", "Cantanhede"),
 R("Rui Matos", "works_for", SD),
 R(SD, "participated_in", BIO), R(BIO, "located_in", "Boston"),
 R("AICEP Portugal Global", "participated_in", BIO), R(BP, "participated_in", BIO),
 R("AICEP Portugal Global", "partner_of", BP),
 R(SD, "met_with", "Maryland Tech Council"), R(SD, "met_with", "Quest Diagnostics"),
 R("Maryland Tech Council", "located_in", "Maryland"),
 R(BP, "partner_of", "Maryland Tech Council"), R("Inês Cardoso", "works_for", BP),
 R(SD, "located_in", "Rockville"),
 R("Quest Diagnostics", "partner_of", SD),
 R("Johns Hopkins University", "leads", "ADVANCE-US"),
 R("Johns Hopkins University", "consortium_member_of", "ADVANCE-US"),
 R(SD, "consortium_member_of", "ADVANCE-US"),
 R("Quest Diagnostics", "consortium_member_of", "ADVANCE-US"),
 R("ADVANCE-US", "funded_by", "National Institute on Aging"),
 R(BP, "member_of", "Health Cluster Portugal"), R(BP, "member_of", "Council of European BioRegions"),
 R("BIO 2024", "located_in", "San Diego"),
])

if __name__ == "__main__":
    for name, gold in GOLD.items():
        document = name if "." in name else f"{name}.txt"
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": document, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))
