"""Hand annotations of the `heldout10` split, written as JSON next to this script.

    .venv/bin/python benchmarks/extraction/gold/heldout10/make_gold_heldout10.py

Same format and rules as `benchmarks/extraction/make_gold.py` (README: "Annotation
rules"). Kept apart from it so that this set stays unseen by whoever tunes the
pipeline: the documents and gold were written by a separate annotator without
reading the extraction code, and have never been run through it.
"""

import json
from pathlib import Path

HERE = Path(__file__).parent


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

MLSC = "Moravia Life Sciences Cluster"
BES = "BIO-Europe Spring"
BMI = "BIOMED Israel 2024"
BJ = "BioJapan 2024"
LINKJ = "Life Science Innovation Network Japan"
BPCE = "BIOPRINT-CE"
GOLD["mlsc-2024-international"] = dict(
entities=[
 E(MLSC, "cluster", "CZ", "MLSC"), E("South Moravian Region", "place", "CZ"),
 E("Brno", "place", "CZ"), E(BES, "event", "ES"), E("Barcelona", "place", "ES"),
 E("CzechInvest", "public_body", "CZ"), E("Printissue", "company", "CZ"),
 E("Enzymo Diagnostics", "company", "CZ"), E("Barcelona Science Park", "cluster", "ES"),
 E("Institute for Bioengineering of Catalonia", "research_org", "ES", "IBEC"),
 E("Masaryk University", "university", "CZ"),
 E("Brno University of Technology", "university", "CZ"),
 E(BMI, "event", "IL"), E("Tel Aviv", "place", "IL"),
 E("Israel Advanced Technology Industries", "network", "IL", "IATI"),
 E("Sheba Medical Center", "research_org", "IL"),
 E(BJ, "event", "JP"), E("Yokohama", "place", "JP"),
 E("EU–Japan Centre for Industrial Cooperation", "public_body", None),
 E(LINKJ, "network", "JP", "LINK-J"), E("Tokyo", "place", "JP"),
 E("Hamamatsu Photonics", "company", "JP"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("biosaxony", "cluster", "DE"), E("Saxony", "place", "DE"), E("Dresden", "place", "DE"),
 E(BPCE, "project", None), E("Interreg Central Europe", "programme", None),
 E("Medical University of Graz", "university", "AT"),
 E("Jožef Stefan Institute", "research_org", "SI"), E("Ljubljana", "place", "SI"),
 E("Wrocław Medical University", "university", "PL"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("National Cluster Association of the Czech Republic", "network", "CZ"),
 E("Petra Nováková", "person", "CZ"), E("Boston", "place", "US"), E("Graz", "place", "AT"),
],
relations=[
 R(MLSC, "located_in", "Brno"), R(MLSC, "located_in", "South Moravian Region"),
 R(MLSC, "participated_in", BES), R(BES, "located_in", "Barcelona"),
 R(MLSC, "partner_of", "CzechInvest"), R("CzechInvest", "participated_in", BES),
 *[R(c, p, o) for c in ("Printissue", "Enzymo Diagnostics")
   for p, o in (("member_of", MLSC), ("participated_in", BES))],
 R("Printissue", "located_in", "Brno"),
 R(MLSC, "met_with", "Barcelona Science Park"),
 R(MLSC, "met_with", "Institute for Bioengineering of Catalonia"),
 R(MLSC, "participated_in", BMI), R(BMI, "located_in", "Tel Aviv"),
 R("Printissue", "participated_in", BMI),
 *[R(u, p, o) for u in ("Masaryk University", "Brno University of Technology")
   for p, o in (("member_of", MLSC), ("participated_in", BMI))],
 R(MLSC, "partner_of", "Israel Advanced Technology Industries"),
 R("Israel Advanced Technology Industries", "participated_in", BMI),
 R(MLSC, "met_with", "Sheba Medical Center"),
 R("Printissue", "partner_of", "Sheba Medical Center"),
 R(MLSC, "participated_in", BJ), R(BJ, "located_in", "Yokohama"),
 R("EU–Japan Centre for Industrial Cooperation", "participated_in", BJ),
 R(MLSC, "met_with", LINKJ), R(LINKJ, "located_in", "Tokyo"),
 R(MLSC, "met_with", "Hamamatsu Photonics"),
 R(MLSC, "met_with", "Japan External Trade Organization"),
 R(MLSC, "partner_of", "biosaxony"), R("biosaxony", "located_in", "Saxony"),
 R(MLSC, "partner_of", LINKJ),
 R(MLSC, "leads", BPCE), R(MLSC, "consortium_member_of", BPCE),
 R(BPCE, "funded_by", "Interreg Central Europe"),
 *[R(o, "consortium_member_of", BPCE) for o in (
   "Brno University of Technology", "biosaxony", "Medical University of Graz",
   "Jožef Stefan Institute", "Wrocław Medical University")],
 R("Jožef Stefan Institute", "located_in", "Ljubljana"),
 R(MLSC, "member_of", "Council of European BioRegions"),
 R(MLSC, "member_of", "National Cluster Association of the Czech Republic"),
 R("Petra Nováková", "works_for", MLSC),
])

RPM = "RadioPharma Mazovia"
TA = "Theranostics Australia"
EANM24 = "EANM'24"
NCBJ = "National Centre for Nuclear Research"
POL = "POLATOM Radioisotope Centre"
AUS = "Australian Trade and Investment Commission"
GOLD["radiopharma-mazovia-australia-mou-2024.html"] = dict(
entities=[
 E(RPM, "cluster", "PL"), E("Masovian Voivodeship", "place", "PL", "Mazovia"),
 E(TA, "cluster", "AU"), E(EANM24, "event", "DE"), E("Hamburg", "place", "DE"),
 E("European Association of Nuclear Medicine", "network", None, "EANM"),
 E("Warsaw", "place", "PL"), E(NCBJ, "research_org", "PL", "NCBJ"),
 E("Medical University of Warsaw", "university", "PL"),
 E("IsoPharm Polska", "company", "PL"), E(POL, "research_org", "PL"),
 E("Otwock", "place", "PL"), E("Melbourne", "place", "AU"),
 E("Australian Nuclear Science and Technology Organisation", "research_org", "AU", "ANSTO"),
 E("Peter MacCallum Cancer Centre", "research_org", "AU"),
 E("Telix Pharmaceuticals", "company", "AU"), E("Southern Cross Isotopes", "company", "AU"),
 E("AusBiotech 2025", "event", "AU"), E(AUS, "public_body", "AU", "Austrade"),
 E("Polish Investment and Trade Agency", "public_body", "PL", "PAIH"),
 E("Agnieszka Wójcik", "person", "PL"), E("James Whitfield", "person", "AU"),
 E("Ministry of Development and Technology", "public_body", "PL"),
 E("Victoria", "place", "AU"), E("New South Wales", "place", "AU"),
 E("AusBiotech", "network", "AU"),
 E("Katarzyna Lis", "person", "PL"), E("Emma Hartley", "person", "AU"),
],
relations=[
 R(RPM, "located_in", "Masovian Voivodeship"), R(RPM, "located_in", "Warsaw"),
 R(RPM, "partner_of", TA),
 R(RPM, "participated_in", EANM24), R(TA, "participated_in", EANM24),
 R(EANM24, "located_in", "Hamburg"),
 R("European Association of Nuclear Medicine", "organized", EANM24),
 *[R(o, "member_of", RPM) for o in (NCBJ, "Medical University of Warsaw", "IsoPharm Polska")],
 R(POL, "located_in", "Otwock"), R(TA, "located_in", "Melbourne"),
 *[R(o, "member_of", TA) for o in (
   "Australian Nuclear Science and Technology Organisation", "Peter MacCallum Cancer Centre",
   "Telix Pharmaceuticals", "Southern Cross Isotopes")],
 R("AusBiotech 2025", "located_in", "Melbourne"),
 R(RPM, "met_with", TA), R(RPM, "met_with", AUS), R(TA, "partner_of", AUS),
 *[R(d, "met_with", o) for d in (TA, AUS)
   for o in (POL, "Polish Investment and Trade Agency")],
 R("Agnieszka Wójcik", "works_for", RPM), R("James Whitfield", "works_for", TA),
 R(TA, "member_of", "AusBiotech"),
 R("Katarzyna Lis", "works_for", RPM), R("Emma Hartley", "works_for", TA),
])

AHM = "AgriHealth Munster"
ET = "EuroTier 2024"
DLG = "German Agricultural Society"
BFT = "German Federal Association for Animal Health"
RT = "Ireland–Germany Animal Health Roundtable"
SH = "SMARTHERD"
GOLD["agrihealth-munster-eurotier-2024.md"] = dict(
entities=[
 E(AHM, "cluster", "IE"), E(ET, "event", "DE", "EuroTier"), E("Hanover", "place", "DE"),
 E(DLG, "network", "DE", "DLG"), E("Enterprise Ireland", "public_body", "IE"),
 E("Moocall", "company", "IE"), E("Dublin", "place", "IE"),
 E("Herdwatch", "company", "IE"), E("Roscrea", "place", "IE"),
 E("Bovagen Diagnostics", "company", "IE", "Bovagen"), E("Cork", "place", "IE"),
 E("Cúram Vet", "company", "IE"), E("Limerick", "place", "IE"),
 E("University College Cork", "university", "IE", "UCC"),
 E("Munster Technological University", "university", "IE", "MTU"),
 E("EuroTier 2026", "event", "DE"),
 E("Boehringer Ingelheim Animal Health", "company", "DE"),
 E("Royal GD", "company", "NL"), E("Deventer", "place", "NL"),
 E("Embassy of Ireland in Germany", "public_body", "IE"),
 E(BFT, "network", "DE", "BfT"), E(RT, "event", "DE"),
 E("Siobhán Murphy", "person", "IE"),
 E("AgriData Nord", "company", "DE"), E("Oldenburg", "place", "DE"),
 E("Lower Saxony", "place", "DE"), E("Schleswig-Holstein", "place", "DE"),
 E(SH, "project", None), E("Interreg North-West Europe", "programme", None),
 E("Wageningen University & Research", "university", "NL"),
 E("Valorial", "cluster", "FR"), E("Rennes", "place", "FR"),
 E("AnimalhealthEurope", "network", None),
],
relations=[
 R(AHM, "participated_in", ET), R(ET, "located_in", "Hanover"), R(DLG, "organized", ET),
 R(AHM, "partner_of", "Enterprise Ireland"), R("Enterprise Ireland", "participated_in", ET),
 *[R(c, p, o) for c in ("Moocall", "Herdwatch", "Bovagen Diagnostics", "Cúram Vet",
                        "University College Cork", "Munster Technological University")
   for p, o in (("member_of", AHM), ("participated_in", ET))],
 R("Moocall", "located_in", "Dublin"), R("Herdwatch", "located_in", "Roscrea"),
 R("Bovagen Diagnostics", "located_in", "Cork"), R("Cúram Vet", "located_in", "Limerick"),
 R(AHM, "met_with", DLG), R(AHM, "met_with", "Boehringer Ingelheim Animal Health"),
 R("Boehringer Ingelheim Animal Health", "participated_in", ET),
 R("Bovagen Diagnostics", "met_with", "Royal GD"),
 R("Bovagen Diagnostics", "partner_of", "Royal GD"), R("Royal GD", "located_in", "Deventer"),
 R("Embassy of Ireland in Germany", "organized", RT), R(BFT, "organized", RT),
 R("Embassy of Ireland in Germany", "participated_in", ET), R(BFT, "participated_in", ET),
 R("Siobhán Murphy", "participated_in", RT), R("Siobhán Murphy", "works_for", AHM),
 R("Herdwatch", "partner_of", "AgriData Nord"), R("AgriData Nord", "located_in", "Oldenburg"),
 R(SH, "funded_by", "Interreg North-West Europe"),
 *[R(o, "consortium_member_of", SH) for o in (
   AHM, "Wageningen University & Research", "Valorial")],
 R("Valorial", "located_in", "Rennes"),
 R(AHM, "located_in", "Cork"), R(AHM, "member_of", "AnimalhealthEurope"),
])

BC = "BLUECURE"
HCMR = "Hellenic Centre for Marine Research"
IOLR = "Israel Oceanographic and Limnological Research"
AE25 = "Aquaculture Europe 2025"
GOLD["bluecure-horizon-europe-kickoff-2025"] = dict(
entities=[
 E(BC, "project", None), E("Crete", "place", "GR"), E("Heraklion", "place", "GR"),
 E("Horizon Europe", "programme", None), E(HCMR, "research_org", "GR", "HCMR"),
 E("Institute of Marine Biology, Biotechnology and Aquaculture", "research_org", "GR"),
 E("Matís", "research_org", "IS"), E(IOLR, "research_org", "IL", "IOLR"),
 E("Haifa", "place", "IL"), E("Marine Institute", "research_org", "IE"),
 E("University of Crete", "university", "GR"), E("University of Algarve", "university", "PT"),
 E("University of Galway", "university", "IE"),
 E("Avramar", "company", "GR"), E("Thalassa Biologics", "company", "GR"),
 E("Algalif", "company", "IS"), E("Fórum Oceano", "cluster", "PT"),
 E("Region of Crete", "public_body", "GR"), E("BlueMicro", "project", None),
 E("European Maritime, Fisheries and Aquaculture Fund", "programme", None, "EMFAF"),
 E("Ingrid Solberg", "person", "NO"),
 E("Norwegian Veterinary Institute", "research_org", "NO"),
 E("Federation of European Aquaculture Producers", "network", None, "FEAP"),
 E("Eleni Papadaki", "person", "GR"), E("Rui Mendes", "person", "PT"),
 E(AE25, "event", "ES"), E("European Aquaculture Society", "network", None, "EAS"),
 E("Valencia", "place", "ES"),
],
relations=[
 R(BC, "funded_by", "Horizon Europe"), R(HCMR, "located_in", "Heraklion"),
 R(HCMR, "leads", BC), R(HCMR, "consortium_member_of", BC),
 *[R(o, "consortium_member_of", BC) for o in (
   "Matís", IOLR, "Marine Institute", "University of Crete", "University of Algarve",
   "University of Galway", "Avramar", "Thalassa Biologics", "Algalif", "Fórum Oceano")],
 R(IOLR, "located_in", "Haifa"),
 R(BC, "funded_by", "Region of Crete"),
 R("BlueMicro", "funded_by", "European Maritime, Fisheries and Aquaculture Fund"),
 R(HCMR, "consortium_member_of", "BlueMicro"), R("Matís", "consortium_member_of", "BlueMicro"),
 R(HCMR, "partner_of", "Matís"),
 R("Ingrid Solberg", "works_for", "Norwegian Veterinary Institute"),
 R("Eleni Papadaki", "works_for", HCMR), R("Eleni Papadaki", "leads", BC),
 R("Rui Mendes", "works_for", "Fórum Oceano"),
 R("European Aquaculture Society", "organized", AE25), R(AE25, "located_in", "Valencia"),
])

AB = "AfricaBio"
OBP = "Onderstepoort Biological Products"
BMB = "Biominas Brasil"
JBA = "Japan Bioindustry Association"
BAC = "BIO Africa Convention 2024"
CSIR = "Council for Scientific and Industrial Research"
GOLD["africabio-new-members-2025.md"] = dict(
entities=[
 E(AB, "network", "ZA"), E("Pretoria", "place", "ZA"), E("Johannesburg", "place", "ZA"),
 E(OBP, "company", "ZA", "OBP"), E("Biovac", "company", "ZA"), E("Cape Town", "place", "ZA"),
 E("Agri-Sense Africa", "company", "ZA"), E("Stellenbosch", "place", "ZA"),
 E("University of the Free State", "university", "ZA"), E("Bloemfontein", "place", "ZA"),
 E("Savanna Genomics", "company", "KE"), E("Nairobi", "place", "KE"),
 E(BMB, "cluster", "BR"), E("Minas Gerais", "place", "BR"), E("Belo Horizonte", "place", "BR"),
 E(JBA, "network", "JP", "JBA"), E("Tokyo", "place", "JP"),
 E("BioJerusalem", "cluster", "IL"), E("Jerusalem", "place", "IL"),
 E(BAC, "event", "ZA"), E("Durban", "place", "ZA"),
 E("Stellenbosch University", "university", "ZA"), E(CSIR, "research_org", "ZA", "CSIR"),
 E("Technology Innovation Agency", "public_body", "ZA", "TIA"),
 E("Thandiwe Mokoena", "person", "ZA"), E("Pieter van der Merwe", "person", "ZA"),
 E("Johan Botha", "person", "ZA"), E("Naledi Khumalo", "person", "ZA"),
 E("Grace Wanjiru", "person", "KE"), E("BIO 2025", "event", "US"), E("Boston", "place", "US"),
 E("BIO Africa Convention 2025", "event", "ZA"),
],
relations=[
 R(AB, "located_in", "Pretoria"),
 *[R(o, "member_of", AB) for o in (
   OBP, "Biovac", "Agri-Sense Africa", "University of the Free State", "Savanna Genomics",
   BMB, JBA, "BioJerusalem", "Stellenbosch University", CSIR)],
 R(OBP, "located_in", "Pretoria"), R("Biovac", "located_in", "Cape Town"),
 R("Agri-Sense Africa", "located_in", "Stellenbosch"),
 R("University of the Free State", "located_in", "Bloemfontein"),
 R("Savanna Genomics", "located_in", "Nairobi"),
 R(BMB, "located_in", "Minas Gerais"), R(BMB, "located_in", "Belo Horizonte"),
 R(JBA, "located_in", "Tokyo"), R("BioJerusalem", "located_in", "Jerusalem"),
 R(AB, "partner_of", BMB),
 R(AB, "participated_in", BAC), R(BMB, "participated_in", BAC), R(AB, "organized", BAC),
 R(BAC, "located_in", "Durban"),
 R("Thandiwe Mokoena", "works_for", OBP),
 R("Pieter van der Merwe", "works_for", "Stellenbosch University"),
 R("Johan Botha", "works_for", CSIR), R("Naledi Khumalo", "works_for", "Agri-Sense Africa"),
 R("Grace Wanjiru", "works_for", "Savanna Genomics"),
 R("BIO 2025", "located_in", "Boston"),
 R("BIO Africa Convention 2025", "located_in", "Johannesburg"),
])

CP = "CropPulse"
GAC = "Galil AgTech Cluster"
AG = "AgTech Garage"
MIGAL = "MIGAL – Galilee Research Institute"
AS25 = "Agrishow 2025"
IEI = "Israel Export Institute"
EMB = "Brazilian Agricultural Research Corporation"
ESALQ = "Luiz de Queiroz College of Agriculture"
GOLD["croppulse-brazil-market-entry-2025.html"] = dict(
entities=[
 E(CP, "company", "IL"), E("Landing Brasil", "programme", "BR"), E(AG, "cluster", "BR"),
 E("Kiryat Shmona", "place", "IL"), E(MIGAL, "research_org", "IL"),
 E(GAC, "cluster", "IL"), E("Piracicaba", "place", "BR"),
 E("Yael Ben-David", "person", "IL"), E(AS25, "event", "BR", "Agrishow"),
 E("Ribeirão Preto", "place", "BR"), E(IEI, "public_body", "IL"),
 E("Brazil–Israel Chamber of Commerce", "public_body", "BR"),
 E("Raízen", "company", "BR"), E("Coopercitrus", "company", "BR"),
 E("São Paulo", "place", "BR"), E(EMB, "research_org", "BR", "Embrapa"),
 E("Embrapa Instrumentation", "research_org", "BR"), E("São Carlos", "place", "BR"),
 E(ESALQ, "university", "BR", "ESALQ"), E("University of São Paulo", "university", "BR"),
 E("Noa Peretz", "person", "IL"), E("Rafael Tavares", "person", "BR"),
 E("Upper Galilee", "place", "IL"), E("Tel-Hai College", "university", "IL"),
],
relations=[
 R(CP, "located_in", "Kiryat Shmona"), R(CP, "member_of", GAC),
 R(AG, "located_in", "Piracicaba"), R("Yael Ben-David", "works_for", CP),
 R(AS25, "located_in", "Ribeirão Preto"),
 R(CP, "participated_in", AS25), R(IEI, "participated_in", AS25),
 R("Brazil–Israel Chamber of Commerce", "participated_in", AS25),
 R(IEI, "partner_of", "Brazil–Israel Chamber of Commerce"),
 R(CP, "met_with", "Raízen"), R(CP, "met_with", "Coopercitrus"),
 R("Coopercitrus", "located_in", "São Paulo"),
 R(CP, "partner_of", "Raízen"), R(CP, "partner_of", EMB),
 R("Embrapa Instrumentation", "located_in", "São Carlos"), R(CP, "partner_of", ESALQ),
 R(GAC, "partner_of", IEI), R(GAC, "partner_of", AG),
 R("Noa Peretz", "works_for", GAC), R("Rafael Tavares", "works_for", AG),
 R(GAC, "located_in", "Upper Galilee"),
 R(MIGAL, "member_of", GAC), R("Tel-Hai College", "member_of", GAC),
])

if __name__ == "__main__":
    for name, gold in GOLD.items():
        document = name if "." in name else f"{name}.txt"
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": document, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))
