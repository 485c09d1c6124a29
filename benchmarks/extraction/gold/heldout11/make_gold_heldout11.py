"""Hand annotations of the `heldout11` split, written as JSON next to this script.

    .venv/bin/python benchmarks/extraction/gold/heldout11/make_gold_heldout11.py

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

BT = "BioTransilvania"
BES = "BIO-Europe Spring"
IR = "Invest Romania"
CLSV = "Cluster Lombardo Scienze della Vita"
MB = "Massachusetts Biotechnology Council"
CBD = "Cluj Biomanufacturing Days"
CM = "CELLMAN-DR"
UMF = "Iuliu Hațieganu University of Medicine and Pharmacy"
TLSF = "Telangana Life Sciences Foundation"
GOLD["biotransilvania-2025-international"] = dict(
entities=[
 E(BT, "cluster", "RO"), E("Cluj-Napoca", "place", "RO"),
 E("North-West Development Region", "place", "RO"),
 E(BES, "event", "IT"), E("Milan", "place", "IT"), E(IR, "public_body", "RO"),
 E("VaxaGen", "company", "RO"), E("Celltera Bio", "company", "RO"),
 E("Babeș-Bolyai University", "university", "RO"), E(CLSV, "cluster", "IT"),
 E("Lombardy", "place", "IT"), E("Holostem", "company", "IT"),
 E("Boston", "place", "US"), E("BIO 2025", "event", "US"),
 E(MB, "cluster", "US", "MassBio"),
 E("Moldova Biotech Association", "cluster", "MD"),
 E("Tbilisi Biomedical Hub", "cluster", "GE"), E("Pharmapolis Debrecen", "cluster", "HU"),
 E(CBD, "event", "RO"), E("Cluj Innovation Park", "cluster", "RO"),
 E(CM, "project", None), E("Medical University of Sofia", "university", "BG"),
 E("Interreg Danube Region", "programme", None),
 E("University of Novi Sad", "university", "RS"), E("CryoBank Plovdiv", "company", "BG"),
 E("Romanian Cluster Association", "network", "RO", "CLUSTERO"),
 E("European Cluster Collaboration Platform", "network", None),
 E("Telangana", "place", "IN"), E(TLSF, "public_body", "IN"),
 E(UMF, "university", "RO"), E("Ioana Mureșan", "person", "RO"),
],
relations=[
 R(BT, "located_in", "Cluj-Napoca"), R(BT, "located_in", "North-West Development Region"),
 R(BT, "participated_in", BES), R(BES, "located_in", "Milan"),
 R(IR, "participated_in", BES), R(BT, "partner_of", IR),
 *[R(m, p, o) for m in ("VaxaGen", "Celltera Bio", "Babeș-Bolyai University")
   for p, o in (("member_of", BT), ("participated_in", BES))],
 R(BT, "met_with", CLSV), R(BT, "met_with", "Holostem"), R(CLSV, "located_in", "Lombardy"),
 R(BT, "participated_in", "BIO 2025"), R("BIO 2025", "located_in", "Boston"),
 R(IR, "participated_in", "BIO 2025"), R("Celltera Bio", "participated_in", "BIO 2025"),
 R("Celltera Bio", "met_with", MB),
 *[R(BT, "partner_of", o) for o in (
   "Moldova Biotech Association", "Tbilisi Biomedical Hub", "Pharmapolis Debrecen")],
 R(BT, "organized", CBD), R(BT, "participated_in", CBD),
 R("Tbilisi Biomedical Hub", "participated_in", CBD),
 R(BT, "leads", CM),
 *[R(o, "consortium_member_of", CM) for o in (
   BT, "Pharmapolis Debrecen", "Medical University of Sofia", "University of Novi Sad",
   "CryoBank Plovdiv")],
 R(CM, "funded_by", "Interreg Danube Region"),
 R(BT, "member_of", "Romanian Cluster Association"),
 R(BT, "member_of", "European Cluster Collaboration Platform"),
 R(BT, "met_with", TLSF), R(TLSF, "located_in", "Telangana"),
 R(TLSF, "met_with", "VaxaGen"), R(TLSF, "met_with", UMF),
 R("VaxaGen", "located_in", "Cluj-Napoca"),
 R("Ioana Mureșan", "works_for", BT),
])

AAC = "Adriatic Aquaculture Cluster"
AS = "AcuiSur"
SEG = "Seafood Expo Global 2025"
RBI = "Ruđer Bošković Institute"
LAB = "Laboratory for Aquaculture and Pathology of Aquatic Organisms"
CCE = "Croatian Chamber of Economy"
GOLD["adriatic-aquaculture-chile-mou-2025.html"] = dict(
entities=[
 E(AAC, "cluster", "HR", "AAC"), E(AS, "cluster", "CL"), E("Los Lagos Region", "place", "CL"),
 E("Zadar", "place", "HR"), E("Puerto Montt", "place", "CL"), E("Barcelona", "place", "ES"),
 E(SEG, "event", "ES", "Seafood Expo Global"), E("AquaSur 2026", "event", "CL"),
 E("Horizon Europe", "programme", None), E("Cromaris", "company", "HR"),
 E("University of Zadar", "university", "HR"), E(RBI, "research_org", "HR"),
 E(LAB, "research_org", "HR"), E("Rovinj", "place", "HR"),
 E("Zadar County", "place", "HR"), E("ZADRA NOVA", "public_body", "HR"),
 E("Castro", "place", "CL"), E("Chiloé", "place", "CL"),
 E("Universidad Austral de Chile", "university", "CL"), E("INCAR", "research_org", "CL"),
 E("Universidad de Concepción", "university", "CL"), E("Patagonia VetLab", "company", "CL"),
 E("ProChile", "public_body", "CL"),
 E("Ministry of Foreign Affairs", "public_body", "CL", "Chilean Ministry of Foreign Affairs"),
 E(CCE, "public_body", "HR"), E("Mitilicultores del Sur", "company", "CL"),
 E("Marko Jurić", "person", "HR"), E("Camila Henríquez", "person", "CL"),
 E("Diversified Communications", "company", None),
 E("Ana Perić", "person", "HR"), E("Tomás Vidal", "person", "CL"),
],
relations=[
 R(AAC, "partner_of", AS), R(AS, "located_in", "Los Lagos Region"),
 R(SEG, "located_in", "Barcelona"), R(AAC, "participated_in", SEG), R(AS, "participated_in", SEG),
 R("AquaSur 2026", "located_in", "Puerto Montt"),
 R(AAC, "located_in", "Zadar"),
 *[R(o, "member_of", AAC) for o in ("Cromaris", "University of Zadar", RBI)],
 R(LAB, "located_in", "Rovinj"), R("ZADRA NOVA", "located_in", "Zadar County"),
 *[R(o, "member_of", AS) for o in ("Universidad Austral de Chile", "INCAR", "Patagonia VetLab")],
 R(AS, "partner_of", "ProChile"),
 *[R(d, "met_with", o) for d in (AS, "ProChile") for o in ("Cromaris", CCE)],
 R(AAC, "met_with", "Patagonia VetLab"), R(AAC, "met_with", "Mitilicultores del Sur"),
 R("Marko Jurić", "works_for", AAC), R("Camila Henríquez", "works_for", AS),
 R("Ana Perić", "works_for", AAC), R("Tomás Vidal", "works_for", AS),
 R("Diversified Communications", "organized", SEG), R(CCE, "participated_in", SEG),
])

DPP = "Digital Pathology Partnering Sofia 2026"
DPP27 = "Digital Pathology Partnering Sofia 2027"
BMB = "BioMed Bulgaria"
STP = "Sofia Tech Park"
SME = "Bulgarian Small and Medium Enterprises Promotion Agency"
TIHC = "Teknopark Istanbul Health Cluster"
UHA = "University Hospital Alexandrovska"
MMA = "Military Medical Academy"
TAH = "Tam Anh General Hospital"
GOLD["sofia-digital-pathology-b2b-2026.md"] = dict(
entities=[
 E(DPP, "event", "BG"), E("Sofia", "place", "BG"), E(STP, "cluster", "BG"),
 E(BMB, "cluster", "BG"), E("Enterprise Europe Network", "network", None, "EEN"),
 E(SME, "public_body", "BG", "BSMEPA"),
 E(TIHC, "cluster", "TR"), E("Istanbul", "place", "TR"),
 E("Patoloji AI", "company", "TR"), E("MedOptik", "company", "TR"),
 E("BioTransilvania", "cluster", "RO"), E("Cluj-Napoca", "place", "RO"),
 E("HistoSmart", "company", "RO"), E(UHA, "research_org", "BG", "Alexandrovska"),
 E(MMA, "research_org", "BG"), E("Elena Dimitrova", "person", "BG"),
 E("Beo-Lab", "company", "RS"), E("Belgrade", "place", "RS"),
 E(TAH, "research_org", "VN"), E("Hanoi", "place", "VN"), E("Ho Chi Minh City", "place", "VN"),
 E("SlideQ", "company", "BG"), E("OncoPath Labs", "company", "IN"),
 E("Bengaluru", "place", "IN"), E("Eleven Ventures", "company", "BG"),
 E("Nikolay Georgiev", "person", "BG"), E("EU4Health", "programme", None),
 E("Medical University of Sofia", "university", "BG"),
 E("Digital Pathology Association", "network", None), E("Imagga", "company", "BG"),
 E("Sofia Municipality", "public_body", "BG"), E(DPP27, "event", "BG"),
 E("Tbilisi Biomedical Hub", "cluster", "GE"), E("Maria Petkova", "person", "BG"),
 E("b2match", "company", "AT"),
],
relations=[
 R(DPP, "located_in", "Sofia"), R(BMB, "organized", DPP), R(SME, "organized", DPP),
 R(STP, "organized", DPP), R(BMB, "participated_in", DPP), R(BMB, "partner_of", SME),
 R(SME, "member_of", "Enterprise Europe Network"),
 R(TIHC, "participated_in", DPP), R(TIHC, "located_in", "Istanbul"),
 R("Patoloji AI", "participated_in", DPP), R("MedOptik", "participated_in", DPP),
 R("BioTransilvania", "participated_in", DPP), R("HistoSmart", "member_of", "BioTransilvania"),
 R("HistoSmart", "participated_in", DPP), R("HistoSmart", "located_in", "Cluj-Napoca"),
 R(UHA, "participated_in", DPP), R(MMA, "participated_in", DPP), R(MMA, "located_in", "Sofia"),
 R("Elena Dimitrova", "works_for", UHA), R("Elena Dimitrova", "participated_in", DPP),
 R("Patoloji AI", "met_with", "Beo-Lab"), R("Beo-Lab", "participated_in", DPP),
 R("Beo-Lab", "located_in", "Belgrade"),
 R("HistoSmart", "met_with", TAH), R("HistoSmart", "partner_of", TAH),
 R(TAH, "participated_in", DPP), R(TAH, "located_in", "Hanoi"),
 R(TAH, "located_in", "Ho Chi Minh City"),
 R("SlideQ", "member_of", BMB), R("SlideQ", "participated_in", DPP),
 R("SlideQ", "met_with", "OncoPath Labs"), R("SlideQ", "met_with", "Eleven Ventures"),
 R("OncoPath Labs", "participated_in", DPP), R("Eleven Ventures", "participated_in", DPP),
 R("OncoPath Labs", "located_in", "Bengaluru"),
 R("Nikolay Georgiev", "works_for", BMB),
 R(BMB, "partner_of", "Medical University of Sofia"), R("Imagga", "located_in", "Sofia"),
 R(DPP27, "located_in", "Sofia"), R("Maria Petkova", "works_for", BMB),
])

GS = "GUTSENSE"
SU = "Sabancı University"
EICP = "EIC Pathfinder Open"
BI = "BioIstanbul"
HTF = "Health Technologies Forum"
BSBN = "Black Sea Biotech Network"
BSI = "BioSense Institute"
IPT = "Institut Pasteur de Tunis"
UCY = "University of Cyprus"
ELI = "Eliava Institute of Bacteriophages, Microbiology and Virology"
ML = "Microbiota Lab"
CCM = "Crohn Colită Moldova"
TUB = "Scientific and Technological Research Council of Türkiye"
GOLD["gutsense-eic-pathfinder-2026"] = dict(
entities=[
 E(GS, "project", None), E(SU, "university", "TR"), E("Istanbul", "place", "TR"),
 E(EICP, "programme", None), E("European Innovation Council", "public_body", None, "EIC"),
 E(BI, "cluster", "TR"), E(HTF, "event", "TR"), E("Ankara", "place", "TR"),
 E(BSBN, "network", None),
 E("Nanotechnology Research and Application Center", "research_org", "TR", "SUNUM"),
 E(BSI, "research_org", "RS"), E("University of Novi Sad", "university", "RS"),
 E(IPT, "research_org", "TN"), E(UCY, "university", "CY"), E("Nicosia", "place", "CY"),
 E(ELI, "research_org", "GE"), E("Tbilisi", "place", "GE"),
 E(ML, "company", "TR"), E("Izmir", "place", "TR"), E(CCM, "network", "MD"),
 E("Deniz Aksoy", "person", "TR"), E("Zeynep Kaya", "person", "TR"),
 E(TUB, "public_body", "TR", "TÜBİTAK"), E("Horizon Europe", "programme", None),
 E("MICROMED", "project", None), E("BIO-Europe Spring 2027", "event", None),
 E("BioTransilvania", "cluster", "RO"), E("Selin Demir", "person", "TR"),
 E("Enterprise Europe Network", "network", None),
],
relations=[
 R(SU, "leads", GS), R("Zeynep Kaya", "leads", GS), R("Zeynep Kaya", "works_for", SU),
 *[R(o, "consortium_member_of", GS) for o in (SU, BSI, IPT, UCY, ELI, ML, CCM)],
 R(GS, "funded_by", EICP),
 R(BI, "located_in", "Istanbul"), R(BI, "participated_in", HTF), R(HTF, "located_in", "Ankara"),
 R(BI, "member_of", BSBN),
 R(UCY, "located_in", "Nicosia"), R(ELI, "located_in", "Tbilisi"), R(ML, "located_in", "Izmir"),
 R(ML, "member_of", BI), R("Deniz Aksoy", "works_for", ML),
 R(SU, "partner_of", BSI),
 R(IPT, "consortium_member_of", "MICROMED"), R(UCY, "consortium_member_of", "MICROMED"),
 R(UCY, "leads", "MICROMED"), R("MICROMED", "funded_by", "Horizon Europe"),
 R("Selin Demir", "works_for", BI), R(BI, "member_of", "Enterprise Europe Network"),
])

VS = "VITA-SEE"
UR = "University of Rijeka"
MUP = "Medical University of Plovdiv"
UMF = "Iuliu Hațieganu University of Medicine and Pharmacy"
UKIM = "Ss. Cyril and Methodius University in Skopje"
UOM = "University of Montenegro"
AUTH = "Aristotle University of Thessaloniki"
OMU = "Ondokuz Mayıs University"
AUT = "Agricultural University of Tirana"
CIPH = "Croatian Institute of Public Health"
IMZ = "Institute of Immunology"
UON = "University of Nairobi"
KEMRI = "Kenya Medical Research Institute"
EDCTP = "Global Health EDCTP3 Joint Undertaking"
MZO = "Ministry of Science, Education and Youth"
VAC = "VITA-SEE Annual Conference"
WHO = "World Health Organization Regional Office for Europe"
ECDC = "European Centre for Disease Prevention and Control"
GOLD["vita-see-alliance-2026.html"] = dict(
entities=[
 E(VS, "network", None), E("Rijeka", "place", "HR"), E("Erasmus+", "programme", None),
 E("European Commission", "public_body", None), E(UR, "university", "HR"),
 E(MUP, "university", "BG"), E(UMF, "university", "RO"), E("Cluj-Napoca", "place", "RO"),
 E(UKIM, "university", "MK"), E(UOM, "university", "ME"), E(AUTH, "university", "GR"),
 E(OMU, "university", "TR"), E("Samsun", "place", "TR"), E(AUT, "university", "AL"),
 E("BioMed Bulgaria", "cluster", "BG"), E(CIPH, "public_body", "HR"),
 E(IMZ, "research_org", "HR"), E("Zagreb", "place", "HR"),
 E("City of Rijeka", "public_body", "HR"), E(UON, "university", "KE"),
 E(KEMRI, "research_org", "KE", "KEMRI"), E("Nairobi", "place", "KE"),
 E("FARM-AMR", "project", None), E(EDCTP, "programme", None),
 E("Wanjiku Mwangi", "person", "KE"), E("Plovdiv", "place", "BG"),
 E(MZO, "public_body", "HR", "Croatian Ministry of Science, Education and Youth"),
 E("Tihana Barić", "person", "HR"), E("Ivan Kovač", "person", "HR"),
 E(VAC, "event", "BG"), E(WHO, "public_body", None), E(ECDC, "public_body", None, "ECDC"),
],
relations=[
 R(VS, "funded_by", "Erasmus+"), R(UR, "leads", VS),
 *[R(u, "member_of", VS) for u in (UR, MUP, UMF, UKIM, UOM, AUTH, OMU, AUT)],
 *[R(o, "member_of", VS) for o in ("BioMed Bulgaria", CIPH, IMZ, "City of Rijeka", UON, KEMRI)],
 R(UMF, "located_in", "Cluj-Napoca"), R(OMU, "located_in", "Samsun"),
 R(IMZ, "located_in", "Zagreb"), R(KEMRI, "located_in", "Nairobi"),
 *[R(o, "consortium_member_of", "FARM-AMR") for o in (UON, KEMRI, MUP)],
 R(UON, "partner_of", MUP), R(KEMRI, "partner_of", MUP),
 R("FARM-AMR", "funded_by", EDCTP),
 R("Wanjiku Mwangi", "works_for", UON), R(VS, "funded_by", MZO),
 R("Tihana Barić", "works_for", UR), R("Tihana Barić", "leads", VS),
 R("Ivan Kovač", "works_for", VS),
 R(MUP, "organized", VAC), R(VS, "participated_in", VAC),
 R(WHO, "participated_in", VAC), R(ECDC, "participated_in", VAC),
])

MHC = "Morocco Health Cluster"
AMDIE = "Moroccan Investment and Export Development Agency"
BA = "BioAsia 2026"
GT = "Government of Telangana"
UM6 = "Mohammed VI University of Health Sciences"
TLSF = "Telangana Life Sciences Foundation"
PX = "Pharmaceuticals Export Promotion Council of India"
AMMN = "African Medicines Manufacturing Network"
FM = "Moroccan Federation of the Pharmaceutical Industry"
GOLD["morocco-pharma-india-mission-2026.md"] = dict(
entities=[
 E(MHC, "cluster", "MA", "MHC"), E("Casablanca", "place", "MA"),
 E(AMDIE, "public_body", "MA", "AMDIE"), E(BA, "event", "IN", "BioAsia"),
 E(GT, "public_body", "IN"), E("Hyderabad", "place", "IN"),
 E("Marbiotech", "company", "MA"), E("Sothema", "company", "MA"), E("Bouskoura", "place", "MA"),
 E("Galenica Maghreb", "company", "MA"), E("Tangier", "place", "MA"),
 E("AtlasCell", "company", "MA"), E("Rabat", "place", "MA"), E(UM6, "university", "MA", "UM6SS"),
 E("BioSouss", "company", "MA"), E("Agadir", "place", "MA"), E("NovaDiag Maroc", "company", "MA"),
 E("Leila Bennani", "person", "MA"), E("Genome Valley", "cluster", "IN"),
 E(TLSF, "public_body", "IN"), E("Bharat Biotech", "company", "IN"),
 E("Immuneel Therapeutics", "company", "IN"), E("Africa CDC", "public_body", None),
 E("Hetero", "company", "IN"), E("Vimta Labs", "company", "IN"),
 E("Unique Biotech", "company", "IN"), E("Serum Institute of India", "company", "IN"),
 E("Biovac Institute", "company", "ZA"), E("Cape Town", "place", "ZA"),
 E("Youssef El Alami", "person", "MA"), E("Mumbai", "place", "IN"),
 E("Embassy of Morocco in India", "public_body", "MA"), E(PX, "public_body", "IN", "Pharmexcil"),
 E("Morocco Pharma Days", "event", "MA"), E(AMMN, "network", None),
 E(FM, "network", "MA", "FMIIP"), E("Salma Tazi", "person", "MA"),
],
relations=[
 R(MHC, "located_in", "Casablanca"), R(MHC, "partner_of", AMDIE),
 R(MHC, "participated_in", BA), R(AMDIE, "participated_in", BA),
 R(GT, "organized", BA), R(BA, "located_in", "Hyderabad"),
 *[R(c, "participated_in", BA) for c in (
   "Marbiotech", "Galenica Maghreb", "AtlasCell", "BioSouss", "NovaDiag Maroc", UM6)],
 R("Marbiotech", "located_in", "Bouskoura"), R("Galenica Maghreb", "located_in", "Tangier"),
 R("AtlasCell", "located_in", "Rabat"), R("BioSouss", "located_in", "Agadir"),
 R("Leila Bennani", "works_for", UM6), R("Leila Bennani", "participated_in", BA),
 R(MHC, "met_with", "Genome Valley"), R(MHC, "met_with", TLSF),
 R(MHC, "met_with", "Bharat Biotech"), R(MHC, "met_with", "Immuneel Therapeutics"),
 R("Marbiotech", "met_with", "Bharat Biotech"),
 R("Galenica Maghreb", "met_with", "Hetero"), R("Galenica Maghreb", "met_with", "Vimta Labs"),
 R("BioSouss", "met_with", "Unique Biotech"), R("Unique Biotech", "located_in", "Hyderabad"),
 *[R(c, "participated_in", BA) for c in ("Hetero", "Vimta Labs", "Unique Biotech")],
 R("Serum Institute of India", "participated_in", BA), R("Biovac Institute", "participated_in", BA),
 R("Biovac Institute", "located_in", "Cape Town"),
 R(MHC, "partner_of", TLSF), R("AtlasCell", "partner_of", "Immuneel Therapeutics"),
 R("Youssef El Alami", "works_for", MHC), R("Morocco Pharma Days", "located_in", "Casablanca"),
 R(MHC, "member_of", AMMN), R(MHC, "member_of", FM), R("Salma Tazi", "works_for", MHC),
])

if __name__ == "__main__":
    for name, gold in GOLD.items():
        document = name if "." in name else f"{name}.txt"
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": document, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))
