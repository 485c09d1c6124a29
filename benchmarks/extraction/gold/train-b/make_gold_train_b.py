"""Hand annotations of the `train-b` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-b/make_gold_train_b.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Planned participations stated as agreed ("will send a joint
delegation to ...") are annotated like past ones; the relation's date and
status carry the difference.
"""

import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- annual-report chapter: Norwegian aquaculture cluster -------------------------
VAC = "Vestland Aquaculture Cluster"
AS = "Acuicultura Sur"
IOC = "Iceland Ocean Cluster"
SAIC = "Scottish Aquaculture Innovation Centre"
SEG = "Seafood Expo Global"
AE = "Aquaculture Europe 2023"
NBBN = "Nordic Blue Bioeconomy Network"
VN = "Vestland Night"
MEMBERS = (("Fjordfôr AS", "Florø"), ("LiceGuard Technologies", "Haugesund"),
           ("Bremnes Biosense", "Stord"))
GOLD["vestland-aquaculture-2023.txt"] = dict(
entities=[
 E(VAC, "cluster", "NO", "VAC"), E("Vestland", "place", "NO"), E("Bergen", "place", "NO"),
 E(AS, "cluster", "CL"), E("Los Lagos Region", "place", "CL"), E("Puerto Montt", "place", "CL"),
 E("Innovation Norway", "public_body", "NO"), E("Santiago", "place", "CL"),
 E("Reykjavik", "place", "IS"), E(IOC, "cluster", "IS"),
 E(SAIC, "research_org", "GB", "SAIC"), E("Stirling", "place", "GB"),
 E(SEG, "event", "ES"), E("Barcelona", "place", "ES"),
 E("Norwegian Seafood Council", "public_body", "NO"),
 *[E(c, "company", "NO") for c, _ in MEMBERS], *[E(t, "place", "NO") for _, t in MEMBERS],
 E("Aqua Nor", "event", "NO"), E("Trondheim", "place", "NO"),
 E("SINTEF Ocean", "research_org", "NO"), E(VN, "event", "NO"),
 E("Ingrid Solheim", "person", "NO", "Solheim"), E(AE, "event", "AT"), E("Vienna", "place", "AT"),
 E("European Aquaculture Society", "network", None, "EAS"),
 E("BLUEVAX", "project"), E("Horizon Europe", "programme"),
 E("University of Bergen", "university", "NO"),
 E("Norwegian Veterinary Institute", "research_org", "NO"),
 E("Marine Institute", "research_org", "IE"), E("Galway", "place", "IE"),
 E("INSECTFEED", "project"), E("Interreg North Sea", "programme", None, "Interreg North Sea programme"),
 E("European Aquaculture Technology and Innovation Platform", "network", None, "EATiP"),
 E(NBBN, "network"), E("Nordic Innovation", "public_body"),
 E("Håkon Rasmussen", "person", "NO"), E("North Atlantic Seafood Forum", "event", "NO"),
],
relations=[
 R(VAC, "located_in", "Vestland"), R(VAC, "located_in", "Bergen"),
 R(VAC, "partner_of", AS), R(AS, "located_in", "Los Lagos Region"),
 R(VAC, "partner_of", IOC), R(IOC, "located_in", "Reykjavik"),
 R(VAC, "partner_of", SAIC), R(SAIC, "located_in", "Stirling"),
 R(VAC, "participated_in", SEG), R(SEG, "located_in", "Barcelona"),
 R("Norwegian Seafood Council", "participated_in", SEG),
 *[R(c, "participated_in", SEG) for c, _ in MEMBERS],
 *[R(c, "member_of", VAC) for c, _ in MEMBERS],
 *[R(c, "located_in", t) for c, t in MEMBERS],
 R("Aqua Nor", "located_in", "Trondheim"), R(VAC, "participated_in", "Aqua Nor"),
 R(AS, "participated_in", "Aqua Nor"),
 R(VAC, "organized", VN), R("SINTEF Ocean", "organized", VN), R(VN, "located_in", "Trondheim"),
 R("Ingrid Solheim", "works_for", VAC), R("Ingrid Solheim", "participated_in", AE),
 R(VAC, "participated_in", AE), R(AE, "located_in", "Vienna"),
 R("European Aquaculture Society", "organized", AE),
 R("BLUEVAX", "funded_by", "Horizon Europe"), R("University of Bergen", "leads", "BLUEVAX"),
 *[R(o, "consortium_member_of", "BLUEVAX") for o in (
   VAC, "University of Bergen", "Norwegian Veterinary Institute", "Marine Institute",
   "LiceGuard Technologies")],
 R("Marine Institute", "located_in", "Galway"),
 *[R(o, "consortium_member_of", "INSECTFEED") for o in (VAC, SAIC, IOC)],
 R("INSECTFEED", "funded_by", "Interreg North Sea"),
 R(VAC, "member_of", "European Aquaculture Technology and Innovation Platform"),
 R(VAC, "member_of", NBBN), R(NBBN, "funded_by", "Nordic Innovation"),
 R("Håkon Rasmussen", "works_for", VAC),
 R("North Atlantic Seafood Forum", "located_in", "Bergen"),
 R(VAC, "participated_in", "North Atlantic Seafood Forum"),
 R(AS, "participated_in", "North Atlantic Seafood Forum"),
])

# --- press release: MoU Portugal / Abu Dhabi (pharma) -----------------------------
PN = "Cluster Farmacêutico do Norte"
EPIC = "Emirates Pharma Innovation Cluster"
AH = "Arab Health 2024"
ADIO = "Abu Dhabi Investment Office"
BES = "BIO-Europe Spring 2024"
PAD = "Porto-Abu Dhabi Pharma Days"
GOLD["pharmanorte-epic-mou-2024.md"] = dict(
entities=[
 E(PN, "cluster", "PT", "PharmaNorte"), E("Northern Portugal", "place", "PT", "Norte region"),
 E(EPIC, "cluster", "AE", "EPIC"), E("Abu Dhabi", "place", "AE"),
 E(AH, "event", "AE"), E("Dubai", "place", "AE"),
 E("AICEP Portugal Global", "public_body", "PT"), E(ADIO, "public_body", "AE", "ADIO"),
 E("Marta Figueiredo", "person", "PT", "Figueiredo"), E("Khalid Al Mansoori", "person", "AE", "Al Mansoori"),
 E(BES, "event", "ES"), E("Barcelona", "place", "ES"),
 E("Instituto de Investigação e Inovação em Saúde", "research_org", "PT", "i3S"),
 E("University of Porto", "university", "PT"), E("Khalifa University", "university", "AE"),
 E(PAD, "event", "PT"), E("Porto", "place", "PT"),
 E("Farmalva SA", "company", "PT"), E("Braga", "place", "PT"),
 E("Gulf Biologics", "company", "AE"), E("Masdar City", "place", "AE"),
 E("Lusomed Pharma", "company", "PT"), E("Viana do Castelo", "place", "PT"),
 E("Saadiyat Clinical Research", "company", "AE"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("Health Cluster Portugal", "cluster", "PT"),
 E("Department of Health - Abu Dhabi", "public_body", "AE"),
 E("Inês Carvalho", "person", "PT"),
],
relations=[
 R(PN, "partner_of", EPIC),
 R(PN, "located_in", "Porto"), R(PN, "located_in", "Northern Portugal"),
 R(EPIC, "located_in", "Abu Dhabi"), R(AH, "located_in", "Dubai"),
 *[R(o, "participated_in", AH) for o in (
   PN, EPIC, "AICEP Portugal Global", ADIO, "Marta Figueiredo", "Khalid Al Mansoori",
   "Farmalva SA", "Gulf Biologics", "Lusomed Pharma", "Saadiyat Clinical Research")],
 R("Marta Figueiredo", "works_for", PN), R("Khalid Al Mansoori", "works_for", EPIC),
 R("Inês Carvalho", "works_for", PN),
 R(BES, "located_in", "Barcelona"), R(PN, "participated_in", BES), R(EPIC, "participated_in", BES),
 R(PN, "organized", PAD), R(EPIC, "organized", PAD), R(PAD, "located_in", "Porto"),
 R("Farmalva SA", "member_of", PN), R("Farmalva SA", "located_in", "Braga"),
 R("Farmalva SA", "partner_of", "Gulf Biologics"),
 R("Gulf Biologics", "member_of", EPIC), R("Gulf Biologics", "located_in", "Masdar City"),
 R("Lusomed Pharma", "member_of", PN), R("Lusomed Pharma", "located_in", "Viana do Castelo"),
 R("Lusomed Pharma", "met_with", "Saadiyat Clinical Research"),
 R("Saadiyat Clinical Research", "member_of", EPIC),
 R(PN, "member_of", "Council of European BioRegions"), R(PN, "partner_of", "Health Cluster Portugal"),
 R(EPIC, "partner_of", ADIO),
])

# --- delegation report: Czech photonics cluster in Taiwan and Japan ---------------
MPC = "Moravian Photonics Cluster"
PUO = "Palacký University Olomouc"
OPTO = "OPTO Taiwan 2023"
PIDA = "Photonics Industry and Technology Development Association"
CPD = "Czech Photonics Day in Kansai"
KPC = "Kansai Photonics Consortium"
ITRI = "Industrial Technology Research Institute"
CZ_MEMBERS = (("LaserTec Moravia s.r.o.", "Olomouc"), ("Optikon Brno a.s.", "Brno"),
              ("Fibrex Optics", "Turnov"), ("Quantavis", "Prague"),
              ("Photon Systems Ostrava", "Ostrava"), ("Hanák Precision Optics", "Přerov"))
GOLD["moravian-photonics-asia-mission-2023.html"] = dict(
entities=[
 E(MPC, "cluster", "CZ", "MPC"), E("Olomouc", "place", "CZ"),
 E(PUO, "university", "CZ", "Palacký University"), E("CzechTrade", "public_body", "CZ"),
 E("Czech Economic and Cultural Office in Taipei", "public_body", "CZ"),
 E("Jitka Horáčková", "person", "CZ", "Horáčková"), E(OPTO, "event", "TW"), E("OPTO Taiwan 2024", "event", "TW"),
 E("Taipei", "place", "TW"), E(PIDA, "network", "TW", "PIDA"),
 *[E(c, "company", "CZ") for c, _ in CZ_MEMBERS],
 *[E(t, "place", "CZ") for t in ("Brno", "Turnov", "Prague", "Ostrava", "Přerov")],
 E("PHOTOBRIDGE", "project"),
 E("Technology Agency of the Czech Republic", "public_body", "CZ", "TA ČR"),
 E("National Science and Technology Council", "public_body", "TW", "NSTC"),
 E("Chen Wei-lun", "person", "TW"), E("Hsinchu", "place", "TW"),
 E(ITRI, "research_org", "TW", "ITRI"), E("Formosa Lightwave Corp.", "company", "TW"),
 E("Osaka", "place", "JP"), E(CPD, "event", "JP"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E(KPC, "network", "JP"), E("Kansai", "place", "JP", "Kansai region"),
 E("Osaka University", "university", "JP"), E("Institute of Laser Engineering", "research_org", "JP"),
],
relations=[
 R(MPC, "located_in", "Olomouc"),
 R("Jitka Horáčková", "works_for", MPC), R("Jitka Horáčková", "participated_in", OPTO),
 R(OPTO, "located_in", "Taipei"), R(PIDA, "organized", OPTO),
 R(MPC, "participated_in", OPTO), R(PUO, "participated_in", OPTO),
 *[R(c, "member_of", MPC) for c, _ in CZ_MEMBERS],
 *[R(c, "located_in", t) for c, t in CZ_MEMBERS],
 *[R(c, "participated_in", OPTO) for c, _ in CZ_MEMBERS],
 R(MPC, "partner_of", PIDA),
 R(MPC, "consortium_member_of", "PHOTOBRIDGE"), R(PIDA, "consortium_member_of", "PHOTOBRIDGE"),
 R("PHOTOBRIDGE", "funded_by", "Technology Agency of the Czech Republic"),
 R("PHOTOBRIDGE", "funded_by", "National Science and Technology Council"),
 R("Chen Wei-lun", "works_for", PIDA), R("Chen Wei-lun", "participated_in", OPTO),
 R(MPC, "met_with", ITRI), R(ITRI, "located_in", "Hsinchu"),
 R("Formosa Lightwave Corp.", "located_in", "Hsinchu"),
 R("Formosa Lightwave Corp.", "partner_of", "Fibrex Optics"),
 R("Japan External Trade Organization", "organized", CPD), R(KPC, "organized", CPD),
 R(CPD, "located_in", "Osaka"), R(MPC, "participated_in", CPD), R(PUO, "participated_in", CPD),
 R(KPC, "located_in", "Kansai"),
 R(PUO, "partner_of", "Institute of Laser Engineering"),
 R(MPC, "participated_in", "OPTO Taiwan 2024"),
])

# --- Horizon Europe consortium kick-off: animal health ----------------------------
VS = "VETSHIELD"
IASA = "Instituto Aragonés de Sanidad Animal"
REA = "European Research Executive Agency"
GANARA = "Clúster Ganadero de Aragón"
CONSORTIUM = (
 (IASA, "Zaragoza"), ("Aarhus University", "Aarhus"), ("DanVet Cluster", "Aarhus"),
 ("Warsaw University of Life Sciences", "Warsaw"), ("University College Dublin", "Dublin"),
 ("Ovejero Biotech SL", "Huesca"), ("PoultryGuard Sp. z o.o.", "Poznań"),
 ("Hellenic Veterinary Vaccines SA", "Thessaloniki"),
 ("Istituto Zooprofilattico Sperimentale delle Venezie", "Legnaro"), (GANARA, "Zaragoza"),
 ("Chungbuk National University", "Cheongju"))
GOLD["vetshield-kickoff-2024.md"] = dict(
entities=[
 E(VS, "project"), E("Zaragoza", "place", "ES"), E("Horizon Europe", "programme"),
 E(REA, "public_body", None, "REA"), E("Katarzyna Nowicka", "person"), E("Brussels", "place", "BE"),
 E(IASA, "research_org", "ES", "IASA"), E("Government of Aragon", "public_body", "ES"),
 E("Catalonia", "place", "ES"),
 E("Aarhus University", "university", "DK"), E("Aarhus", "place", "DK"),
 E("DanVet Cluster", "cluster", "DK"),
 E("Warsaw University of Life Sciences", "university", "PL", "SGGW"), E("Warsaw", "place", "PL"),
 E("University College Dublin", "university", "IE", "UCD"), E("Dublin", "place", "IE"),
 E("Ovejero Biotech SL", "company", "ES", "Ovejero Biotech"), E("Huesca", "place", "ES"),
 E("PoultryGuard Sp. z o.o.", "company", "PL", "PoultryGuard"), E("Poznań", "place", "PL"),
 E("Hellenic Veterinary Vaccines SA", "company", "GR"), E("Thessaloniki", "place", "GR"),
 E("Istituto Zooprofilattico Sperimentale delle Venezie", "research_org", "IT", "IZSVe"),
 E("Legnaro", "place", "IT"), E(GANARA, "cluster", "ES", "GANARA"),
 E("Chungbuk National University", "university", "KR"), E("Cheongju", "place", "KR"),
 E("Elena Marín Lasheras", "person", "ES"), E("Søren Kjeldsen", "person", "DK"),
 E("PORCSAN", "project"), E("Interreg POCTEFA", "programme", None, "Interreg POCTEFA programme"),
 E("École nationale vétérinaire de Toulouse", "university", "FR", "ENVT"),
 E("Pyrenees", "place"),
 E("European Partnership on Animal Health and Welfare", "programme", None, "EUP AH&W"),
 E("AnimalhealthEurope", "network", "BE"), E("EuroTier 2024", "event", "DE"),
 E("Hanover", "place", "DE"),
 E("European Society for Veterinary Virology", "network", None, "ESVV"),
],
relations=[
 R(VS, "funded_by", "Horizon Europe"), R(VS, "funded_by", REA),
 R("Katarzyna Nowicka", "works_for", REA),
 R(IASA, "leads", VS),
 *[R(o, "consortium_member_of", VS) for o, _ in CONSORTIUM],
 *[R(o, "located_in", t) for o, t in CONSORTIUM],
 R("Elena Marín Lasheras", "works_for", IASA), R("Elena Marín Lasheras", "leads", VS),
 R("Søren Kjeldsen", "works_for", "Aarhus University"),
 R("PORCSAN", "funded_by", "Interreg POCTEFA"), R(IASA, "leads", "PORCSAN"),
 R(IASA, "consortium_member_of", "PORCSAN"),
 R("École nationale vétérinaire de Toulouse", "consortium_member_of", "PORCSAN"),
 R("AnimalhealthEurope", "located_in", "Brussels"),
 R("EuroTier 2024", "located_in", "Hanover"),
 R("DanVet Cluster", "participated_in", "EuroTier 2024"), R(GANARA, "participated_in", "EuroTier 2024"),
])

# --- event news: Mexico-Europe nutrition B2B --------------------------------------
NB = "Nutrition Bridge Mexico–Europe 2023"
NJ = "Clúster de Nutrición y Alimentos Funcionales de Jalisco"
SEDECO = "Secretariat of Economic Development of the State of Jalisco"
FBCD = "Food & Bio Cluster Denmark"
PB = "Proteínas del Bajío"
GOLD["nutrition-bridge-guadalajara-2023.txt"] = dict(
entities=[
 E(NB, "event", "MX", "Nutrition Bridge Mexico–Europe"),
 E("Guadalajara", "place", "MX"), E("Jalisco", "place", "MX"),
 E(NJ, "cluster", "MX", "NUTRIJAL"), E("Enterprise Europe Network", "network", None, "EEN"),
 E("University of Guadalajara", "university", "MX", "UdeG"),
 E(SEDECO, "public_body", "MX", "SEDECO"),
 E("Foodvalley NL", "network", "NL"), E("Wageningen", "place", "NL"),
 E("Business France", "public_body", "FR"), E(FBCD, "cluster", "DK"),
 E("Chilealimentos", "network", "CL"), E("EIT Food", "network"),
 E("EIT Food Accelerator Network", "programme"),
 E("Lucía Cárdenas Ruiz", "person", "MX", "Cárdenas Ruiz"), E("Hendrik de Vries", "person", "NL"),
 E("Wageningen University & Research", "university", "NL", "WUR"),
 E("Mariana Téllez", "person", "MX"), E(PB, "company", "MX"),
 E("León", "place", "MX"), E("Guanajuato", "place", "MX"),
 E("Laktos BV", "company", "NL"), E("Ede", "place", "NL"),
 E("NutriAgave", "company", "MX"), E("Tequila", "place", "MX"),
 E("Nordic Fibre ApS", "company", "DK"), E("Vejle", "place", "DK"),
 E("Monterrey", "place", "MX"), E("Nuevo León", "place", "MX"),
 E("Clúster Alimentario de Nuevo León", "cluster", "MX", "CLANL"),
],
relations=[
 R(NB, "located_in", "Guadalajara"), R(NB, "located_in", "Jalisco"),
 R(NJ, "organized", NB), R("Enterprise Europe Network", "organized", NB),
 R("University of Guadalajara", "organized", NB),
 R(NJ, "located_in", "Guadalajara"),
 *[R(o, "participated_in", NB) for o in (
   SEDECO, "Foodvalley NL", "Business France", FBCD, "Chilealimentos", "EIT Food",
   "Lucía Cárdenas Ruiz", "Hendrik de Vries", "Mariana Téllez", PB, "Laktos BV",
   "NutriAgave", "Nordic Fibre ApS")],
 R("Foodvalley NL", "located_in", "Wageningen"),
 R("Lucía Cárdenas Ruiz", "works_for", NJ),
 R("Hendrik de Vries", "works_for", "Wageningen University & Research"),
 R("Mariana Téllez", "works_for", PB), R(PB, "located_in", "León"),
 R(NJ, "partner_of", "Foodvalley NL"),
 R(PB, "partner_of", "Laktos BV"), R("Laktos BV", "located_in", "Ede"),
 R("NutriAgave", "located_in", "Tequila"), R("NutriAgave", "met_with", "Nordic Fibre ApS"),
 R("Nordic Fibre ApS", "member_of", FBCD), R("Nordic Fibre ApS", "located_in", "Vejle"),
 R(NJ, "partner_of", "Clúster Alimentario de Nuevo León"),
])

# --- new members: international cosmetics network ---------------------------------
GB = "Global Beauty Clusters Network"
GA = "GBCN General Assembly 2024"
ICG = "in-cosmetics Global 2024"
CV = "Cosmetic Valley"
CB = "Chungbuk Beauty Industry Cluster"
JCC = "Japan Cosmetic Center"
PKK = "Podlaski Klaster Kosmetyczny"
ARA = "Clúster de Cosmética Natural de La Araucanía"
NEW = (CB, JCC, PKK, ARA)
GOLD["beauty-clusters-network-new-members-2024.html"] = dict(
entities=[
 E(GB, "network", None, "GBCN"), E("Chartres", "place", "FR"), E(GA, "event", "FR"),
 E("Paris", "place", "FR"), E(ICG, "event", "FR", "in-cosmetics Global"),
 E(CV, "cluster", "FR"),
 E(CB, "cluster", "KR"), E("Osong", "place", "KR"), E("North Chungcheong Province", "place", "KR"),
 E(JCC, "cluster", "JP", "JCC"), E("Karatsu", "place", "JP"), E("Saga Prefecture", "place", "JP"),
 E("Kyushu", "place", "JP"),
 E(PKK, "cluster", "PL", "Podlasie Cosmetics Cluster"), E("Białystok", "place", "PL"),
 E("Podlaskie Voivodeship", "place", "PL"),
 E(ARA, "cluster", "CL"), E("Temuco", "place", "CL"),
 E("Korea Health Industry Development Institute", "public_body", "KR", "KHIDI"),
 E("Marc-Antoine Lefèvre", "person", "FR"), E("Park Ji-hoon", "person", "KR"),
 E("Hiroshi Matsuo", "person", "JP"), E("Agnieszka Wróblewska", "person", "PL"),
 E("GREENCOS", "project"), E("Eureka Globalstars", "programme"),
 E("Maison Verlaine Cosmétiques", "company", "FR"), E("Orléans", "place", "FR"),
 E("Hanbit Bio Co.", "company", "KR"), E("Cheongju", "place", "KR"),
 E("Bpifrance", "public_body", "FR"),
 E("Korea Institute for Advancement of Technology", "public_body", "KR", "KIAT"),
 E("Beauty Cluster Barcelona", "cluster", "ES"), E("Polo della Cosmesi", "cluster", "IT"),
 E("Crema", "place", "IT"), E("Lombardy", "place", "IT"),
 E("CosmoBeauty Seoul 2025", "event", "KR"), E("Seoul", "place", "KR"),
],
relations=[
 R(CV, "located_in", "Chartres"),
 R(GB, "organized", GA), R(GA, "located_in", "Paris"),
 *[R(o, "member_of", GB) for o in NEW],
 *[R(o, "participated_in", GA) for o in NEW],
 R(CB, "located_in", "Osong"), R(CB, "located_in", "North Chungcheong Province"),
 R(JCC, "located_in", "Karatsu"), R(JCC, "located_in", "Saga Prefecture"),
 R(PKK, "located_in", "Białystok"), R(PKK, "located_in", "Podlaskie Voivodeship"),
 R(ARA, "located_in", "Temuco"),
 R("Korea Health Industry Development Institute", "member_of", GB),
 R("Marc-Antoine Lefèvre", "works_for", CV), R("Marc-Antoine Lefèvre", "leads", GB),
 R("Park Ji-hoon", "works_for", CB), R("Hiroshi Matsuo", "works_for", JCC),
 R("Agnieszka Wróblewska", "works_for", PKK),
 *[R(o, "consortium_member_of", "GREENCOS") for o in (
   CV, CB, "Maison Verlaine Cosmétiques", "Hanbit Bio Co.")],
 R("GREENCOS", "funded_by", "Eureka Globalstars"), R("GREENCOS", "funded_by", "Bpifrance"),
 R("GREENCOS", "funded_by", "Korea Institute for Advancement of Technology"),
 R("Maison Verlaine Cosmétiques", "located_in", "Orléans"),
 R("Hanbit Bio Co.", "located_in", "Cheongju"),
 R(CV, "member_of", GB), R("Beauty Cluster Barcelona", "member_of", GB),
 R("Polo della Cosmesi", "member_of", GB),
 R("Polo della Cosmesi", "located_in", "Crema"), R("Polo della Cosmesi", "located_in", "Lombardy"),
 R(ICG, "located_in", "Paris"),
 R(GB, "participated_in", ICG), R(CV, "participated_in", ICG),
 R("Beauty Cluster Barcelona", "participated_in", ICG),
 R("CosmoBeauty Seoul 2025", "located_in", "Seoul"),
 R(GB, "participated_in", "CosmoBeauty Seoul 2025"), R(CB, "participated_in", "CosmoBeauty Seoul 2025"),
])

# --- newsletter: New Zealand forestry / bioeconomy cluster ------------------------
FF = "Forest Futures Cluster Aotearoa"
SF = "Savonia Forest Bioeconomy Cluster"
VTT = "VTT Technical Research Centre of Finland"
FPRI = "Forest Products Research Institute"
EXPO = "Expocorma 2023"
UDEC = "Universidad de Concepción"
UDT = "Technological Development Unit"
TF = "TIMBERFUEL"
MBIE = "Ministry of Business, Innovation and Employment"
FT = "ForestTech 2024"
NZ_NEW = (("Toi Ohomai Institute of Technology", "Rotorua"), ("Bay Timber Robotics", "Tauranga"),
          ("Kawerau Pulp Innovations", "Kawerau"))
GOLD["forest-futures-newsletter-2023.md"] = dict(
entities=[
 E(FF, "cluster", "NZ", "FFCA"), E("Rotorua", "place", "NZ"), E("Aroha Whitmore", "person", "NZ"),
 E(SF, "cluster", "FI", "Savonia cluster"), E("Kuopio", "place", "FI"),
 E(VTT, "research_org", "FI"), E("Espoo", "place", "FI"),
 E("Hokkaido", "place", "JP"), E(FPRI, "research_org", "JP"),
 E("Hokkaido Research Organization", "research_org", "JP", "HRO"), E("Asahikawa", "place", "JP"),
 E("Scion", "research_org", "NZ"), E("Redwood Resins Ltd", "company", "NZ"),
 E("Kaingaroa Fibre Co.", "company", "NZ"), E("Murupara", "place", "NZ"),
 E(EXPO, "event", "CL"), E("Concepción", "place", "CL"),
 E("Corporación Chilena de la Madera", "network", "CL", "CORMA"),
 E("New Zealand Trade and Enterprise", "public_body", "NZ", "NZTE"),
 E("Pinus Biochem", "company", "NZ"), E("Tokoroa", "place", "NZ"),
 E("Biobío Region", "place", "CL"), E(UDEC, "university", "CL"),
 E(UDT, "research_org", "CL", "UDT"), E("Tomás Leiva", "person", "CL"),
 E(TF, "project"), E("Endeavour Fund", "programme", "NZ"), E(MBIE, "public_body", "NZ", "MBIE"),
 E("University of Canterbury", "university", "NZ"), E("Christchurch", "place", "NZ"),
 *[E(o, "university" if "Institute" in o else "company", "NZ") for o, _ in NZ_NEW],
 E("Tauranga", "place", "NZ"), E("Kawerau", "place", "NZ"),
 E(FT, "event", "NZ"), E("Forest Industry Engineering Association", "network", "NZ", "FIEA"),
 E("Liam Cho", "person", "NZ"),
],
relations=[
 R(FF, "located_in", "Rotorua"),
 R("Aroha Whitmore", "works_for", FF), R("Liam Cho", "works_for", FF),
 R(FF, "partner_of", SF), R(SF, "located_in", "Kuopio"),
 R(FF, "partner_of", VTT), R(SF, "partner_of", VTT), R(VTT, "located_in", "Espoo"),
 R(FPRI, "located_in", "Asahikawa"),
 *[R(FPRI, "met_with", o) for o in ("Scion", "Redwood Resins Ltd", "Kaingaroa Fibre Co.")],
 R("Scion", "located_in", "Rotorua"),
 R("Redwood Resins Ltd", "member_of", FF), R("Redwood Resins Ltd", "located_in", "Rotorua"),
 R("Kaingaroa Fibre Co.", "member_of", FF), R("Kaingaroa Fibre Co.", "located_in", "Murupara"),
 R(EXPO, "located_in", "Concepción"), R("Corporación Chilena de la Madera", "organized", EXPO),
 R("New Zealand Trade and Enterprise", "participated_in", EXPO), R(FF, "participated_in", EXPO),
 R("Pinus Biochem", "participated_in", EXPO), R("Pinus Biochem", "member_of", FF),
 R("Pinus Biochem", "located_in", "Tokoroa"),
 R(UDEC, "located_in", "Biobío Region"), R(FF, "met_with", UDEC),
 R(UDT, "partner_of", "Scion"),
 R("Tomás Leiva", "works_for", UDT), R("Tomás Leiva", "works_for", UDEC),
 R(TF, "funded_by", "Endeavour Fund"), R(TF, "funded_by", MBIE), R("Scion", "leads", TF),
 *[R(o, "consortium_member_of", TF) for o in (
   "Scion", "University of Canterbury", "Redwood Resins Ltd", FF)],
 R("University of Canterbury", "located_in", "Christchurch"),
 *[R(o, "member_of", FF) for o, _ in NZ_NEW],
 *[R(o, "located_in", t) for o, t in NZ_NEW],
 R(FT, "located_in", "Rotorua"), R("Forest Industry Engineering Association", "organized", FT),
 R(FF, "participated_in", FT),
])

# --- research centre: international partnerships in surgical robotics ------------
BC = "Baltic Centre for Robotic Surgery"
KTU = "Kaunas University of Technology"
LSMU = "Lithuanian University of Health Sciences"
KAIST = "Korea Advanced Institute of Science and Technology"
NTU = "National Taiwan University"
WS = "Taipei-Kaunas Surgical Robotics Workshop"
RD = "ROBOSURG-DN"
MSCA = "Marie Skłodowska-Curie Actions"
PM = "Politecnico di Milano"
MR = "Medrobotix UAB"
SK = "SURGITRAIN-KZ"
HS = "Hamlyn Symposium on Medical Robotics"
SS = "Baltic Surgical Robotics Summer School"
GOLD["baltic-robotic-surgery-centre-2024.txt"] = dict(
entities=[
 E(BC, "research_org", "LT", "BCRS"), E("Kaunas", "place", "LT"),
 E(KTU, "university", "LT", "KTU"), E(LSMU, "university", "LT", "LSMU"),
 E("Rūta Vaitkevičienė", "person", "LT"),
 E("Keio University", "university", "JP", "Keio"), E("Tokyo", "place", "JP"),
 E("Takeshi Morita", "person", "JP", "Morita"),
 E(KAIST, "university", "KR", "KAIST"), E("Daejeon", "place", "KR"),
 E(NTU, "university", "TW", "NTU"), E(WS, "event"), E("Taipei", "place", "TW"),
 E(RD, "project"), E(MSCA, "programme", None, "MSCA"), E("Horizon Europe", "programme"),
 E(PM, "university", "IT"), E("Technical University of Munich", "university", "DE", "TUM"),
 E("Delft University of Technology", "university", "NL"),
 E(MR, "company", "LT", "Medrobotix"), E("Vilnius", "place", "LT"),
 E("ECIU University", "network"),
 E("European Consortium of Innovative Universities", "network"),
 E("Erasmus+", "programme"), E("EIT Health", "network"),
 E("Nazarbayev University", "university", "KZ"), E("Astana", "place", "KZ"),
 E(SK, "project"), E("HAPTIX", "project"),
 E("Research Council of Lithuania", "public_body", "LT"),
 E("Baltic MedTech Cluster", "cluster", "LV"), E("Riga", "place", "LV"),
 E("Mindaugas Petrauskas", "person", "LT"),
 E(HS, "event", "GB"), E("London", "place", "GB"),
 E("Hamlyn Centre", "research_org", "GB"), E("Imperial College London", "university", "GB"),
 E(SS, "event", "LT"),
],
relations=[
 R(BC, "located_in", "Kaunas"), R(KTU, "located_in", "Kaunas"), R(LSMU, "located_in", "Kaunas"),
 R("Rūta Vaitkevičienė", "works_for", BC),
 R("Keio University", "partner_of", BC), R("Keio University", "located_in", "Tokyo"),
 R("Takeshi Morita", "works_for", "Keio University"),
 R(KAIST, "partner_of", BC), R(KAIST, "located_in", "Daejeon"),
 R(NTU, "partner_of", BC), R(NTU, "located_in", "Taipei"),
 R(BC, "organized", WS), R(NTU, "organized", WS),
 R(RD, "funded_by", MSCA), R(RD, "funded_by", "Horizon Europe"), R(PM, "leads", RD),
 *[R(o, "consortium_member_of", RD) for o in (
   BC, PM, "Technical University of Munich", "Delft University of Technology", MR)],
 R(MR, "located_in", "Vilnius"),
 R("ECIU University", "funded_by", "Erasmus+"), R(KTU, "member_of", "ECIU University"),
 R(BC, "member_of", "EIT Health"),
 R(SK, "funded_by", "Erasmus+"), R(LSMU, "leads", SK),
 *[R(o, "consortium_member_of", SK) for o in (LSMU, BC, "Nazarbayev University")],
 R("Nazarbayev University", "located_in", "Astana"),
 R(BC, "leads", "HAPTIX"), R(BC, "consortium_member_of", "HAPTIX"),
 R(MR, "consortium_member_of", "HAPTIX"), R("HAPTIX", "funded_by", "Research Council of Lithuania"),
 R(MR, "member_of", "Baltic MedTech Cluster"), R("Baltic MedTech Cluster", "located_in", "Riga"),
 R("Mindaugas Petrauskas", "works_for", MR),
 R(BC, "participated_in", HS), R(HS, "located_in", "London"), R("Hamlyn Centre", "organized", HS),
 R(BC, "organized", SS), R(SS, "located_in", "Kaunas"),
 R("Keio University", "participated_in", SS), R(PM, "participated_in", SS),
 R("Takeshi Morita", "participated_in", SS),
])

for name, gold in GOLD.items():
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
