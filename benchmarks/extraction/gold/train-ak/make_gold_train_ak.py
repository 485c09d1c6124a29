"""Hand annotations of the `train-ak` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-ak/make_gold_train_ak.py

Theme: Italy, Greece, the Balkans, Cyprus and Malta. Same rules as make_gold.py
(README, "Documents and gold"), written by a separate annotator:

- every named organisation, person, event, project, programme and place (cities,
  regions, districts, venues; not countries, continents, seas or macro-regions such
  as "the Gulf", "the Adriatic" or "the Eastern Mediterranean");
  Singapore is treated as a country and not annotated;
- `name` is the full form the text uses, `aliases` every other form it uses;
- planned participations stated as agreed ("will take part in ...") are annotated
  like past ones; recommendations and wishes are not;
- a meeting or signature placed at an event implies both parties took part in it;
- coordinating a national pavilion at a fair is `participated_in` (not `organized`,
  which is kept for the organiser of the event itself);
- Cluster ALISEI is a `network` (as in DOMAIN.md); other Italian national
  technology clusters whose name says "Cluster" (BIG, CTNA) are `cluster`;
  science and technology parks are `cluster`; chambers, agencies, embassies,
  ministries and regional governments are `public_body`; a company association
  (Assobiotec, AIAD, BIT Alliance, SMF) is a `network`.

The script writes one JSON per document next to itself and checks the gold
(check() below) before writing.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parents[1] / "docs" / "train-ak"

ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
TYPES = ORG | {"programme", "event", "project", "person", "place"}

# predicate -> (allowed subject types, allowed object types), from DOMAIN.md
ALLOWED = {
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
SYMMETRIC = {"partner_of", "met_with"}


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- 1. annual-report chapter: Lombardy Life Sciences Cluster -----------------------
CLSV = "Lombardy Life Sciences Cluster"
ICE = "Italian Trade Agency"
BIO = "BIO International Convention"
BES = "BIO-Europe Spring"
BJ = "BioJapan 2024"
MIT = "Meet in Italy for Life Sciences 2024"
ALISEI = "Cluster ALISEI"
CEBR = "Council of European BioRegions"
OB = "ONCOBRIDGE"
UNIMI = "University of Milan"
KI = "Karolinska Institutet"
MEMBERS1 = (("Bioplatea Srl", "Pavia"), ("Neuraxis Therapeutics", "Milan"),
            ("Orobica Diagnostics", "Bergamo"))
GOLD["lombardy-life-sciences-cluster-annual-report-2024.md"] = dict(
entities=[
 E(CLSV, "cluster", "IT", "Cluster Lombardo Scienze della Vita", "CLSV"),
 E("Milan", "place", "IT"), E("Lombardy", "place", "IT"),
 E("Chiara Ferraris", "person", "IT", "Ferraris"),
 E("Regione Lombardia", "public_body", "IT"),
 E(ICE, "public_body", "IT", "ICE"), E("Assobiotec", "network", "IT"),
 E(BIO, "event", "US"), E("San Diego", "place", "US"),
 E("Bioplatea Srl", "company", "IT"), E("Pavia", "place", "IT"),
 E("Neuraxis Therapeutics", "company", "IT"),
 E("Orobica Diagnostics", "company", "IT"), E("Bergamo", "place", "IT"),
 E("Marco Valsecchi", "person", "IT", "Valsecchi"),
 E(BES, "event", "ES"), E("Barcelona", "place", "ES"),
 E(BJ, "event", "JP"), E("Yokohama", "place", "JP"),
 E(MIT, "event", "IT"), E("Turin", "place", "IT"),
 E("EBD Group", "company"), E("Miret Biologics", "company", "ES"),
 E("flanders.bio", "cluster", "BE"), E("Ghent", "place", "BE"),
 E("LINK-J", "cluster", "JP", "Life Science Innovation Network Japan"),
 E("Tokyo", "place", "JP"), E("Nihonbashi", "place", "JP"),
 E("Kenji Arakawa", "person", "JP"),
 E(OB, "project"), E("Horizon Europe", "programme"),
 E(UNIMI, "university", "IT", "Università degli Studi di Milano"),
 E("Human Technopole", "research_org", "IT"),
 E(KI, "university", "SE"), E("Stockholm", "place", "SE"),
 E(CEBR, "network", None, "CEBR"), E("Vanguard Initiative", "network"),
 E(ALISEI, "network", "IT"),
 E("Boston", "place", "US"),
],
relations=[
 R(CLSV, "located_in", "Milan"), R(CLSV, "located_in", "Lombardy"),
 R("Chiara Ferraris", "works_for", CLSV), R("Marco Valsecchi", "works_for", CLSV),
 *[R(o, "participated_in", BIO) for o in (
   CLSV, ICE, "Assobiotec", "Chiara Ferraris", "Marco Valsecchi", *[c for c, _ in MEMBERS1])],
 R(BIO, "located_in", "San Diego"),
 *[R(c, "member_of", CLSV) for c, _ in MEMBERS1],
 *[R(c, "located_in", t) for c, t in MEMBERS1],
 R(CLSV, "participated_in", BES), R(CLSV, "participated_in", BJ), R(CLSV, "participated_in", MIT),
 R(BES, "located_in", "Barcelona"), R(BJ, "located_in", "Yokohama"), R(MIT, "located_in", "Turin"),
 R("EBD Group", "organized", BES),
 R("Neuraxis Therapeutics", "participated_in", BES), R("Miret Biologics", "participated_in", BES),
 R("Neuraxis Therapeutics", "met_with", "Miret Biologics"),
 R("Miret Biologics", "located_in", "Barcelona"),
 R(CLSV, "partner_of", "flanders.bio"), R("flanders.bio", "located_in", "Ghent"),
 R(CLSV, "partner_of", "LINK-J"), R("LINK-J", "located_in", "Tokyo"),
 R("LINK-J", "located_in", "Nihonbashi"), R("LINK-J", "participated_in", BJ),
 R("Kenji Arakawa", "works_for", "LINK-J"),
 R(OB, "funded_by", "Horizon Europe"), R(UNIMI, "leads", OB),
 *[R(o, "consortium_member_of", OB) for o in (
   CLSV, UNIMI, "Human Technopole", KI, "Orobica Diagnostics")],
 R(KI, "located_in", "Stockholm"),
 R(CLSV, "member_of", CEBR), R(CLSV, "member_of", "Vanguard Initiative"),
 R(CLSV, "member_of", ALISEI),
 R(ALISEI, "organized", MIT),
])

# --- 2. mission report: Corallia clusters to the UAE and Saudi Arabia ---------------
COR = "Corallia Clusters Initiative"
SI, MI, GI = "si-Cluster", "mi-Cluster", "gi-Cluster"
EG = "Enterprise Greece"
EMB_GR = "Embassy of Greece in Abu Dhabi"
GRS = "GR-SPACE EXPORT"
GITEX = "GITEX Global 2023"
FORUM = "Greece-UAE Space and Microelectronics Business Forum"
MBRSC = "Mohammed bin Rashid Space Centre"
KACST = "King Abdulaziz City for Science and Technology"
EXHIB2 = (("Aethon Microsystems", "Patras"), ("Orbital Thessaly", "Larissa"),
          ("Pixelforge Games", "Thessaloniki"), ("Kymata Photonics", "Heraklion"))
GOLD["corallia-gulf-delegation-report-2023.txt"] = dict(
entities=[
 E(COR, "cluster", "GR", "Corallia"), E("Athens", "place", "GR"),
 E("Dubai", "place", "AE"), E("Abu Dhabi", "place", "AE"), E("Riyadh", "place", "SA"),
 E(SI, "cluster", "GR", "Hellenic Space Technologies and Applications Cluster"),
 E(MI, "cluster", "GR", "Hellenic Microelectronics Cluster"),
 E(GI, "cluster", "GR", "Hellenic Gaming Cluster"),
 E(EG, "public_body", "GR"), E(EMB_GR, "public_body", "GR"),
 E(GRS, "project"), E("Competitiveness Programme 2021-2027", "programme", "GR"),
 E("Eleni Papadaki", "person", "GR", "Papadaki"),
 E("Konstantinos Mavridis", "person", "GR", "Mavridis"),
 E("ATHENA Research Center", "research_org", "GR"),
 E("NCSR Demokritos", "research_org", "GR",
   'National Centre for Scientific Research "Demokritos"'),
 E(GITEX, "event", "AE", "GITEX Global"),
 E("Dubai World Trade Centre", "public_body", "AE", "DWTC"),
 *[E(c, "company", "GR") for c, _ in EXHIB2], *[E(t, "place", "GR") for _, t in EXHIB2],
 E("Nexa Space Systems", "company", "AE"), E("Dubai Silicon Oasis", "cluster", "AE"),
 E("GITEX Supernova Challenge", "event", "AE"),
 E(FORUM, "event", "AE"),
 E("Fatima Al Suwaidi", "person", "AE"), E(MBRSC, "research_org", "AE", "MBRSC"),
 E("Khalifa University", "university", "AE"),
 E("Saudi Space Agency", "public_body", "SA"), E(KACST, "research_org", "SA", "KACST"),
 E("Horizon Europe", "programme"), E("Najm Orbital", "company", "SA"),
 E("Seoul", "place", "KR"),
],
relations=[
 R(COR, "located_in", "Athens"),
 *[R(c, "member_of", COR) for c in (SI, MI, GI)],
 R(COR, "leads", GRS), R(GRS, "funded_by", "Competitiveness Programme 2021-2027"),
 R("Eleni Papadaki", "works_for", SI), R("Konstantinos Mavridis", "works_for", EG),
 R(GITEX, "located_in", "Dubai"), R("Dubai World Trade Centre", "organized", GITEX),
 R(COR, "participated_in", GITEX), R(EG, "participated_in", GITEX),
 *[R(c, "participated_in", GITEX) for c, _ in EXHIB2],
 *[R(c, "located_in", t) for c, t in EXHIB2],
 R("Aethon Microsystems", "met_with", "Nexa Space Systems"),
 R("Aethon Microsystems", "partner_of", "Nexa Space Systems"),
 R("Nexa Space Systems", "participated_in", GITEX),
 R("Nexa Space Systems", "member_of", "Dubai Silicon Oasis"),
 R("Pixelforge Games", "participated_in", "GITEX Supernova Challenge"),
 R(EMB_GR, "organized", FORUM), R(EG, "organized", FORUM), R(FORUM, "located_in", "Abu Dhabi"),
 R(COR, "participated_in", FORUM),
 *[R(p, "participated_in", FORUM) for p in (
   "Eleni Papadaki", "Konstantinos Mavridis", "Fatima Al Suwaidi")],
 R("Fatima Al Suwaidi", "works_for", MBRSC),
 R(COR, "partner_of", "Khalifa University"),
 R(COR, "met_with", "Saudi Space Agency"), R(COR, "met_with", KACST),
 R("Orbital Thessaly", "met_with", "Najm Orbital"), R("Kymata Photonics", "met_with", "Najm Orbital"),
 R("Najm Orbital", "located_in", "Riyadh"),
])

# --- 3. project news: Interreg IPA ADRION project MAREINNOVA kick-off ---------------
MAR = "MAREINNOVA"
ADR = "Interreg IPA ADRION"
ARTI = "Regional Agency for Technology and Innovation of Apulia"
BIG = "Cluster Tecnologico Nazionale Blue Italian Growth"
UNIST = "University of Split"
IMB = "Institute of Marine Biology"
HCMR = "Hellenic Centre for Marine Research"
AUT = "Agricultural University of Tirana"
RRA = "Regional Development Agency of Southern Primorska"
STPB = "Science Technology Park Belgrade"
HGK = "Croatian Chamber of Economy"
AIDA = "Albanian Investment Development Agency"
JS = "Interreg IPA ADRION Joint Secretariat"
EMD = "European Maritime Day 2024"
ABF = "Adriatic Blue Biotech Partnering Forum"
PARTNERS3 = ((BIG, "Naples"), (ARTI, "Bari"), (UNIST, "Split"), (IMB, "Kotor"),
             (HCMR, "Heraklion"), (AUT, "Tirana"), (RRA, "Koper"), (STPB, "Belgrade"),
             ("University of Mostar", "Mostar"))
GOLD["adrion-mareinnova-project-kickoff-2024.html"] = dict(
entities=[
 E(MAR, "project", None, "Marine Innovation Networks for the Adriatic and Ionian"),
 E(ADR, "programme", None, "ADRION", "Interreg IPA ADRION programme 2021-2027"),
 E("Bari", "place", "IT"), E("Apulia", "place", "IT"),
 E(ARTI, "public_body", "IT", "ARTI", "Agenzia regionale per la tecnologia e l'innovazione",
   "ARTI Puglia"),
 E("European Regional Development Fund", "programme", None, "ERDF"),
 E("IPA III", "programme"),
 E(BIG, "cluster", "IT", "Blue Italian Growth", "BIG"), E("Naples", "place", "IT"),
 E(UNIST, "university", "HR"), E("Split", "place", "HR"),
 E(IMB, "research_org", "ME"), E("University of Montenegro", "university", "ME"),
 E("Kotor", "place", "ME"),
 E(HCMR, "research_org", "GR", "HCMR"), E("Heraklion", "place", "GR"),
 E(AUT, "university", "AL"), E("Tirana", "place", "AL"),
 E(RRA, "public_body", "SI", "RRA Južne Primorske"), E("Koper", "place", "SI"),
 E(STPB, "cluster", "RS"), E("Belgrade", "place", "RS"),
 E("University of Mostar", "university", "BA"), E("Mostar", "place", "BA"),
 E(HGK, "public_body", "HR", "Hrvatska gospodarska komora", "HGK"),
 E(AIDA, "public_body", "AL", "AIDA"),
 E("Francesca De Luca", "person", "IT"), E("Laura Bianchini", "person", "IT"),
 E(JS, "public_body"), E("Bologna", "place", "IT"),
 E("Ante Marinović", "person", "HR"), E("Jelena Radović", "person", "ME", "Radović"),
 E("Vito Lacalamita", "person", "IT"),
 E("Murgia Algae Srl", "company", "IT"), E("Altamura", "place", "IT"),
 E("Ionio Bioactives", "company", "IT"), E("Taranto", "place", "IT"),
 E(EMD, "event", "DK"), E("Svendborg", "place", "DK"),
 E(ABF, "event", "HR"), E("BLUE_BOOST", "project"),
],
relations=[
 R(MAR, "funded_by", ADR), R(MAR, "funded_by", "European Regional Development Fund"),
 R(MAR, "funded_by", "IPA III"),
 R(BIG, "leads", MAR),
 *[R(o, "consortium_member_of", MAR) for o, _ in PARTNERS3],
 R(HGK, "consortium_member_of", MAR), R(AIDA, "consortium_member_of", MAR),
 *[R(o, "located_in", t) for o, t in PARTNERS3],
 R(ARTI, "located_in", "Apulia"), R(AIDA, "located_in", "Tirana"),
 R("Francesca De Luca", "works_for", BIG), R("Laura Bianchini", "works_for", JS),
 R(JS, "located_in", "Bologna"),
 R("Ante Marinović", "works_for", UNIST), R("Jelena Radović", "works_for", IMB),
 R("Vito Lacalamita", "works_for", ARTI),
 R("Murgia Algae Srl", "located_in", "Altamura"), R("Ionio Bioactives", "located_in", "Taranto"),
 R(BIG, "participated_in", EMD), R(HCMR, "participated_in", EMD), R(EMD, "located_in", "Svendborg"),
 R(UNIST, "organized", ABF), R(BIG, "organized", ABF), R(ABF, "located_in", "Split"),
 R(BIG, "consortium_member_of", "BLUE_BOOST"), R(UNIST, "consortium_member_of", "BLUE_BOOST"),
 R("BLUE_BOOST", "funded_by", ADR),
])

# --- 4. press release: MoU Toscana Life Sciences / Osong (K-BioHealth) --------------
TLS = "Fondazione Toscana Life Sciences"
KB = "Osong Medical Innovation Foundation"
BK = "BIO KOREA 2023"
KHIDI = "Korea Health Industry Development Institute"
CPG = "Chungcheongbuk-do Provincial Government"
EMB_IT = "Embassy of Italy in Seoul"
KIT = "K-IT VAX"
MOH = "Ministry of Health and Welfare"
PD = "Italy-Korea Life Sciences Partnering Day"
BE = "BIO-Europe 2023"
GOLD["toscana-life-sciences-korea-mou-2023.md"] = dict(
entities=[
 E(TLS, "cluster", "IT", "Toscana Life Sciences", "TLS"), E("Siena", "place", "IT"),
 E(KB, "cluster", "KR", "K-BioHealth"), E("Osong", "place", "KR"),
 E("Chungcheongbuk-do", "place", "KR"), E("Seoul", "place", "KR"),
 E(BK, "event", "KR", "BIO KOREA"), E(KHIDI, "public_body", "KR", "KHIDI"),
 E(CPG, "public_body", "KR"), E(EMB_IT, "public_body", "IT"),
 E(ICE, "public_body", "IT", "ICE"),
 E(KIT, "project"), E("Regione Toscana", "public_body", "IT"), E(MOH, "public_body", "KR"),
 E(PD, "event", "IT"),
 E("University of Siena", "university", "IT", "Università degli Studi di Siena"),
 E("Chungbuk National University", "university", "KR"), E("Cheongju", "place", "KR"),
 E("Sienagen Srl", "company", "IT"), E("Florence", "place", "IT"),
 E("Ellegi Bio", "company", "IT"), E("Hanbit Biologics", "company", "KR"),
 E("Tuscany", "place", "IT"),
 E("Lucia Bertini", "person", "IT", "Bertini"), E("Park Ji-hoon", "person", "KR", "Park"),
 E(BE, "event", "DE"), E("Munich", "place", "DE"),
 E(ALISEI, "network", "IT"), E("Daon Therapeutics", "company", "KR"),
 E(CEBR, "network", None, "CEBR"),
],
relations=[
 R(TLS, "located_in", "Siena"), R(TLS, "located_in", "Tuscany"),
 R(KB, "located_in", "Osong"), R(KB, "located_in", "Chungcheongbuk-do"),
 R(TLS, "partner_of", KB),
 R(BK, "located_in", "Seoul"), R(KHIDI, "organized", BK), R(CPG, "organized", BK),
 *[R(o, "participated_in", BK) for o in (
   TLS, KB, EMB_IT, ICE, "Lucia Bertini", "Park Ji-hoon", "Ellegi Bio", "Sienagen Srl",
   "Daon Therapeutics", "Hanbit Biologics")],
 R("Ellegi Bio", "met_with", "Daon Therapeutics"), R("Sienagen Srl", "met_with", "Hanbit Biologics"),
 R(TLS, "met_with", KHIDI), R(KB, "met_with", KHIDI),
 R("Daon Therapeutics", "located_in", "Seoul"), R("Ellegi Bio", "located_in", "Florence"),
 R("Hanbit Biologics", "located_in", "Osong"),
 R("Sienagen Srl", "member_of", TLS),
 R(KIT, "funded_by", "Regione Toscana"), R(KIT, "funded_by", MOH),
 R(TLS, "leads", KIT), R(KB, "leads", KIT),
 *[R(o, "consortium_member_of", KIT) for o in (
   TLS, KB, "Sienagen Srl", "Ellegi Bio", "Hanbit Biologics")],
 R(TLS, "organized", PD), R(KB, "organized", PD), R(PD, "located_in", "Siena"),
 R(PD, "located_in", "Osong"),
 R(ICE, "participated_in", PD), R(ALISEI, "participated_in", PD),
 R(BE, "located_in", "Munich"), R(KB, "participated_in", BE), R(TLS, "participated_in", BE),
 R(ALISEI, "participated_in", BE),
 R("Lucia Bertini", "works_for", TLS), R("Park Ji-hoon", "works_for", KB),
 R("Chungbuk National University", "located_in", "Cheongju"),
 R(TLS, "member_of", ALISEI), R(TLS, "member_of", CEBR),
])

# --- 5. newsletter: Vojvodina ICT Cluster ------------------------------------------
VOICT = "Vojvodina ICT Cluster"
NICAT = "Niš Cluster of Advanced Technologies"
ICTCS = "ICT Cluster of Central Serbia"
PKS = "Chamber of Commerce and Industry of Serbia"
RAS = "Development Agency of Serbia"
JITW = "Japan IT Week Autumn 2024"
CD = "CROSS-DIGI"
WUT = "West University of Timișoara"
NSTS = "Novi Sad Tech Summit 2024"
EXHIB5 = (("Kodnet Solutions", "Novi Sad"), ("Vizija Software", "Subotica"),
          ("Tisa Data Labs", "Zrenjanin"))
GOLD["vojvodina-ict-cluster-newsletter-2024.html"] = dict(
entities=[
 E(VOICT, "cluster", "RS", "VOICT"), E("Novi Sad", "place", "RS"),
 E(NICAT, "cluster", "RS", "NiCAT"), E(ICTCS, "cluster", "RS"), E("Kragujevac", "place", "RS"),
 E(PKS, "public_body", "RS", "Privredna komora Srbije", "PKS"), E("Belgrade", "place", "RS"),
 E("Dragana Petrović", "person", "RS"),
 E(RAS, "public_body", "RS", "Razvojna agencija Srbije", "RAS"),
 E(JITW, "event", "JP", "Japan IT Week"), E("Makuhari Messe", "place", "JP"),
 E("Chiba", "place", "JP"),
 *[E(c, "company", "RS") for c, _ in EXHIB5],
 E("Subotica", "place", "RS"), E("Zrenjanin", "place", "RS"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Hikari Systems", "company", "JP"), E("Osaka", "place", "JP"),
 E("Stefan Jovanović", "person", "RS"), E("Nemanja Ilić", "person", "RS"),
 E(CD, "project"), E("Interreg VI-A IPA Romania-Serbia", "programme"),
 E(WUT, "university", "RO", "Universitatea de Vest din Timișoara"),
 E("Banat IT", "cluster", "RO"), E("BioSense Institute", "research_org", "RS"),
 E("Banat", "place"),
 E(NSTS, "event", "RS", "Novi Sad Tech Summit"), E("University of Novi Sad", "university", "RS"),
 E("b2match", "company"), E("BIT Alliance", "network", "BA"),
 E("ICT Cortex", "cluster", "ME"), E("Podgorica", "place", "ME"),
 E("NS Cloud d.o.o.", "company", "RS"),
 E("Digital Serbia Initiative", "network", "RS", "DSI"),
 E("European Cluster Alliance", "network"),
],
relations=[
 R(VOICT, "located_in", "Novi Sad"), R(ICTCS, "located_in", "Kragujevac"),
 R(VOICT, "partner_of", NICAT), R(VOICT, "partner_of", ICTCS), R(NICAT, "partner_of", ICTCS),
 R(PKS, "located_in", "Belgrade"), R("Dragana Petrović", "works_for", VOICT),
 R(RAS, "participated_in", JITW), R(VOICT, "participated_in", JITW),
 R(JITW, "located_in", "Makuhari Messe"), R(JITW, "located_in", "Chiba"),
 *[R(c, "participated_in", JITW) for c, _ in EXHIB5],
 *[R(c, "located_in", t) for c, t in EXHIB5],
 R("Kodnet Solutions", "partner_of", "Hikari Systems"), R("Hikari Systems", "located_in", "Osaka"),
 R("Stefan Jovanović", "works_for", "Kodnet Solutions"),
 R("Stefan Jovanović", "participated_in", JITW),
 R("Nemanja Ilić", "works_for", RAS),
 R(CD, "funded_by", "Interreg VI-A IPA Romania-Serbia"), R(WUT, "leads", CD),
 *[R(o, "consortium_member_of", CD) for o in (WUT, VOICT, "Banat IT", "BioSense Institute")],
 R("BioSense Institute", "located_in", "Novi Sad"),
 R(VOICT, "organized", NSTS), R("University of Novi Sad", "organized", NSTS),
 R(NSTS, "located_in", "Novi Sad"),
 *[R(o, "participated_in", NSTS) for o in (
   "BIT Alliance", "ICT Cortex", "Banat IT", "NS Cloud d.o.o.", RAS)],
 R("ICT Cortex", "located_in", "Podgorica"), R("NS Cloud d.o.o.", "member_of", VOICT),
 R("BIT Alliance", "partner_of", VOICT),
 R(VOICT, "member_of", "Digital Serbia Initiative"), R(VOICT, "member_of", "European Cluster Alliance"),
])

# --- 6. mission report: Croatian clusters to Japan and Singapore --------------------
HGK6 = "Croatian Chamber of Economy"
CWC = "Croatian Wood Cluster"
CFC = "Croatian Food Cluster"
CGG = "Clusters Go Global"
OPCC = "Operational Programme Competitiveness and Cohesion 2014-2020"
FOODEX = "FOODEX Japan 2023"
EMB_HR = "Embassy of the Republic of Croatia in Tokyo"
CJBF = "Croatia-Japan Business Forum"
OCCI = "Osaka Chamber of Commerce and Industry"
JAWE = "Japan Association for the 2025 World Exposition"
EXPO = "Expo 2025 Osaka"
SHOW = "Croatian Food and Wood Showcase"
HCS = "Honorary Consulate of Croatia in Singapore"
FFTB = "Faculty of Food Technology and Biotechnology"
FOOD6 = (("Slavonka Foods d.o.o.", "Osijek"), ("Dalmatinska uljara", "Split"),
         ("Tartufi Motovun", "Motovun"))
GOLD["croatian-clusters-japan-singapore-mission-2023.txt"] = dict(
entities=[
 E(HGK6, "public_body", "HR", "Hrvatska gospodarska komora", "HGK"),
 E("Ivana Horvat", "person", "HR"),
 E(CWC, "cluster", "HR", "Hrvatski drvni klaster"),
 E(CFC, "cluster", "HR", "Hrvatski prehrambeni klaster"),
 E("Ministry of Economy and Sustainable Development", "public_body", "HR"),
 E(CGG, "project"), E(OPCC, "programme", "HR"),
 E(FOODEX, "event", "JP", "FOODEX"), E("Makuhari Messe", "place", "JP"), E("Chiba", "place", "JP"),
 E(EMB_HR, "public_body", "HR"), E("Tokyo", "place", "JP"),
 *[E(c, "company", "HR") for c, _ in FOOD6], *[E(t, "place", "HR") for _, t in FOOD6],
 E("Seto Trading", "company", "JP"), E("Kobe", "place", "JP"),
 E("Hiroshi Tanaka", "person", "JP"),
 E(CJBF, "event", "JP"), E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Marija Kovač", "person", "HR"),
 E("Drvodizajn d.o.o.", "company", "HR", "Drvodizajn"), E("Vinkovci", "place", "HR"),
 E("Sumika Homes", "company", "JP"), E("Osaka", "place", "JP"),
 E(OCCI, "public_body", "JP", "OCCI"), E(JAWE, "public_body", "JP"),
 E(EXPO, "event", "JP"),
 E("Enterprise Singapore", "public_body", "SG"),
 E("Singapore Manufacturing Federation", "network", "SG", "SMF"),
 E(SHOW, "event", "SG"), E(HCS, "public_body", "HR"),
 E("Lion City Gourmet", "company", "SG"),
 E("Ante Galić", "person", "HR"), E(FFTB, "university", "HR"),
 E("University of Zagreb", "university", "HR"),
 E("Gulfood", "event", "AE"), E("Dubai", "place", "AE"),
],
relations=[
 R("Ivana Horvat", "works_for", HGK6),
 R(HGK6, "leads", CGG), R(CGG, "funded_by", OPCC),
 R(CGG, "funded_by", "Ministry of Economy and Sustainable Development"),
 R(FOODEX, "located_in", "Makuhari Messe"), R(FOODEX, "located_in", "Chiba"),
 R(HGK6, "participated_in", FOODEX),
 *[R(c, "member_of", CFC) for c, _ in FOOD6],
 *[R(c, "participated_in", FOODEX) for c, _ in FOOD6],
 *[R(c, "located_in", t) for c, t in FOOD6],
 R("Dalmatinska uljara", "partner_of", "Seto Trading"), R("Seto Trading", "located_in", "Kobe"),
 R("Hiroshi Tanaka", "works_for", "Seto Trading"),
 R("Seto Trading", "participated_in", FOODEX), R("Hiroshi Tanaka", "participated_in", FOODEX),
 R(HGK6, "organized", CJBF), R("Japan External Trade Organization", "organized", CJBF),
 R(CJBF, "located_in", "Tokyo"),
 R("Marija Kovač", "works_for", EMB_HR), R("Marija Kovač", "participated_in", CJBF),
 R(CWC, "participated_in", CJBF), R("Drvodizajn d.o.o.", "participated_in", CJBF),
 R("Drvodizajn d.o.o.", "member_of", CWC), R("Drvodizajn d.o.o.", "located_in", "Vinkovci"),
 R("Drvodizajn d.o.o.", "met_with", "Sumika Homes"), R("Sumika Homes", "participated_in", CJBF),
 R(HGK6, "partner_of", OCCI), R(OCCI, "located_in", "Osaka"),
 R(HGK6, "met_with", JAWE), R(EXPO, "located_in", "Osaka"),
 R(HGK6, "met_with", "Enterprise Singapore"),
 R(HGK6, "met_with", "Singapore Manufacturing Federation"),
 R(HGK6, "organized", SHOW), R(HCS, "organized", SHOW),
 R("Tartufi Motovun", "met_with", "Lion City Gourmet"),
 R("Slavonka Foods d.o.o.", "met_with", "Lion City Gourmet"),
 R("Ante Galić", "works_for", FFTB), R(FFTB, "member_of", CFC),
 R("Gulfood", "located_in", "Dubai"),
])

# --- 7. event news: Mediterranean Health Innovation Days, Limassol ------------------
MHID = "Mediterranean Health Innovation Days 2024"
CUT = "Cyprus University of Technology"
KEVE = "Cyprus Chamber of Commerce and Industry"
EEN = "Enterprise Europe Network"
RIF = "Research and Innovation Foundation"
MCST = "Malta Council for Science and Technology"
CYENS = "CYENS Centre of Excellence"
KIOS = "KIOS Research and Innovation Center of Excellence"
UM = "University of Malta"
MCAST = "Malta College of Arts, Science and Technology"
PSP = "Patras Science Park"
DSMN = "Distretto Tecnologico Sicilia Micro e Nano Sistemi"
MT = "MEDTWIN"
COMP7 = (("Aphrodite Diagnostics", "Larnaca", "CY"), ("Salina MedTech", "Birkirkara", "MT"),
         ("Troodos Bio", "Nicosia", "CY"))
GOLD["mediterranean-health-innovation-days-limassol-2024.html"] = dict(
entities=[
 E(MHID, "event", "CY", "MHID 2024", "Mediterranean Health Innovation Days", "MHID"),
 E("MHID 2023", "event", "CY"),
 E(CUT, "university", "CY", "CUT"), E("Limassol", "place", "CY"),
 E(KEVE, "public_body", "CY", "Κυπριακό Εμπορικό και Βιομηχανικό Επιμελητήριο", "KEVE"),
 E(EEN, "network", None, "EEN"), E(RIF, "public_body", "CY", "RIF"),
 E("Malta Enterprise", "public_body", "MT"), E(MCST, "public_body", "MT", "MCST"),
 E("b2match", "company"),
 E("University of Cyprus", "university", "CY"), E(CYENS, "research_org", "CY", "CYENS"),
 E("Nicosia", "place", "CY"), E(KIOS, "research_org", "CY"),
 E(UM, "university", "MT"), E("Msida", "place", "MT"),
 E(MCAST, "university", "MT", "MCAST"),
 E(PSP, "cluster", "GR"), E(DSMN, "cluster", "IT"), E("Catania", "place", "IT"),
 E("Berytech", "cluster", "LB"), E("Beirut", "place", "LB"),
 *[E(c, "company", k) for c, _, k in COMP7],
 E("Larnaca", "place", "CY"), E("Birkirkara", "place", "MT"),
 E("Joseph Camilleri", "person", "MT"),
 E(MT, "project"), E("Interreg NEXT MED", "programme"),
 E("Sofia Antoniou", "person", "CY"), E("Marios Christodoulou", "person", "CY"),
 E("Elena Kyriakou", "person", "CY"), E("Valletta", "place", "MT"),
],
relations=[
 R(MHID, "located_in", "Limassol"), R(CUT, "located_in", "Limassol"),
 *[R(o, "organized", MHID) for o in (KEVE, RIF, "Malta Enterprise", MCST)],
 R(KEVE, "member_of", EEN),
 *[R(o, "participated_in", MHID) for o in (
   "University of Cyprus", CYENS, KIOS, UM, MCAST, PSP, DSMN, "Berytech",
   *[c for c, _, _ in COMP7], "Joseph Camilleri")],
 R("University of Cyprus", "located_in", "Nicosia"), R(CYENS, "located_in", "Nicosia"),
 R(UM, "located_in", "Msida"), R(DSMN, "located_in", "Catania"), R("Berytech", "located_in", "Beirut"),
 *[R(c, "located_in", t) for c, t, _ in COMP7],
 R("Salina MedTech", "met_with", "Troodos Bio"), R("Salina MedTech", "partner_of", "Troodos Bio"),
 R("Joseph Camilleri", "works_for", "Malta Enterprise"),
 R(MT, "funded_by", "Interreg NEXT MED"), R(CYENS, "leads", MT),
 *[R(o, "consortium_member_of", MT) for o in (CYENS, UM, "Berytech", DSMN)],
 R("Sofia Antoniou", "works_for", CYENS), R("Sofia Antoniou", "leads", MT),
 R("Marios Christodoulou", "works_for", KEVE), R("Elena Kyriakou", "works_for", RIF),
])

# --- 8. press release: Campania aerospace district at Dubai Airshow -----------------
DAC = "Campania Aerospace Technology District"
DA = "Dubai Airshow 2023"
AIAD = "Federazione Aziende Italiane per l'Aerospazio, la Difesa e la Sicurezza"
CIRA = "Italian Aerospace Research Centre"
UNINA = "University of Naples Federico II"
SANAD = "Sanad Aerotech"
STRATA = "Strata Manufacturing"
CTNA = "Cluster Tecnologico Nazionale Aerospazio"
EACP = "European Aerospace Cluster Partnership"
LAC = "Lombardia Aerospace Cluster"
SW = "SMARTWING-MED"
CAJU = "Clean Aviation Joint Undertaking"
FAF = "Future Aviation Forum"
JA = "Japan International Aerospace Exhibition"
MEMBERS8 = (("Vesuvio Composites S.r.l.", "Pomigliano d'Arco"), ("Salerno Avionics", "Salerno"),
            ("Irpinia Precision Parts", "Avellino"), ("Partenope Drones", "Naples"))
GOLD["dac-campania-aerospace-dubai-airshow-2023.txt"] = dict(
entities=[
 E(DAC, "cluster", "IT", "Distretto Tecnologico Aerospaziale della Campania", "DAC"),
 E("Naples", "place", "IT"), E("Campania", "place", "IT"),
 E(DA, "event", "AE", "Dubai Airshow"), E("Dubai World Central", "place", "AE"),
 E("Dubai", "place", "AE"),
 E(ICE, "public_body", "IT", "ICE",
   "Agenzia per la promozione all'estero e l'internazionalizzazione delle imprese italiane"),
 E(AIAD, "network", "IT", "AIAD"), E("Regione Campania", "public_body", "IT"),
 E("Vesuvio Composites S.r.l.", "company", "IT", "Vesuvio Composites"),
 E("Pomigliano d'Arco", "place", "IT"),
 E("Salerno Avionics", "company", "IT"), E("Salerno", "place", "IT"),
 E("Irpinia Precision Parts", "company", "IT"), E("Avellino", "place", "IT"),
 E("Partenope Drones", "company", "IT"),
 E(CIRA, "research_org", "IT", "CIRA"), E("Capua", "place", "IT"),
 E(UNINA, "university", "IT", "Università degli Studi di Napoli Federico II"),
 E(SANAD, "company", "AE"), E("Abu Dhabi", "place", "AE"),
 E(STRATA, "company", "AE"), E("Al Ain", "place", "AE"),
 E("Giovanni Esposito", "person", "IT"), E("Ahmed Al Hammadi", "person", "AE"),
 E("UAE Space Agency", "public_body", "AE"),
 E("Mohammed bin Rashid Space Centre", "research_org", "AE", "MBRSC"),
 E("Embassy of Italy in Abu Dhabi", "public_body", "IT"),
 E("Italian Industry and Commerce Office in the UAE", "public_body", "AE", "IICUAE"),
 E(CTNA, "cluster", "IT", "CTNA"), E(EACP, "network", None, "EACP"),
 E(LAC, "cluster", "IT"),
 E(SW, "project"), E(CAJU, "public_body"),
 E(FAF, "event", "SA"), E("Riyadh", "place", "SA"),
 E(JA, "event", "JP", "Japan Aerospace 2024"), E("Tokyo", "place", "JP"),
],
relations=[
 R(DAC, "located_in", "Naples"), R(DAC, "located_in", "Campania"),
 R(DAC, "participated_in", DA), R(DA, "located_in", "Dubai World Central"),
 R(DA, "located_in", "Dubai"),
 R(ICE, "participated_in", DA), R(AIAD, "participated_in", DA),
 *[R(c, "member_of", DAC) for c, _ in MEMBERS8],
 *[R(c, "participated_in", DA) for c, _ in MEMBERS8],
 *[R(c, "located_in", t) for c, t in MEMBERS8],
 R(CIRA, "participated_in", DA), R(CIRA, "located_in", "Capua"), R(UNINA, "participated_in", DA),
 R(DAC, "partner_of", SANAD), R(SANAD, "located_in", "Abu Dhabi"),
 R("Vesuvio Composites S.r.l.", "partner_of", STRATA), R(STRATA, "located_in", "Al Ain"),
 R("Giovanni Esposito", "works_for", DAC), R("Ahmed Al Hammadi", "works_for", SANAD),
 R(DAC, "met_with", "UAE Space Agency"), R(DAC, "met_with", "Mohammed bin Rashid Space Centre"),
 R("UAE Space Agency", "participated_in", DA),
 R("Mohammed bin Rashid Space Centre", "participated_in", DA),
 R(DAC, "member_of", CTNA), R(DAC, "member_of", EACP), R(LAC, "member_of", CTNA),
 R(LAC, "participated_in", DA), R(DAC, "partner_of", LAC),
 R(SW, "funded_by", CAJU), R(CIRA, "leads", SW),
 *[R(o, "consortium_member_of", SW) for o in (
   CIRA, "Vesuvio Composites S.r.l.", "Salerno Avionics", UNINA, DAC)],
 R(FAF, "located_in", "Riyadh"), R(DAC, "participated_in", FAF), R(ICE, "participated_in", FAF),
 R(JA, "located_in", "Tokyo"), R(DAC, "participated_in", JA),
])


def check():
    """Assert the gold is consistent with DOMAIN.md and with the documents."""
    assert len(GOLD) == 8, len(GOLD)
    for doc, gold in GOLD.items():
        path = DOCS / doc
        assert path.is_file(), f"missing document {path}"
        text = path.read_text(encoding="utf-8").lower()
        types = {}
        forms = {}
        for e in gold["entities"]:
            name = e["name"]
            assert e["type"] in TYPES, (doc, name, e["type"])
            assert name not in types, f"{doc}: duplicate entity {name}"
            types[name] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), \
                (doc, name, e["country"])
            for form in [name, *e["aliases"]]:
                key = form.lower()
                assert key not in forms or forms[key] == name, \
                    f"{doc}: surface form {form!r} used by {forms.get(key)!r} and {name!r}"
                forms[key] = name
                assert key in text, f"{doc}: {form!r} does not occur in the text"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, (doc, p)
            assert s in types, f"{doc}: undeclared subject {s!r} ({p})"
            assert o in types, f"{doc}: undeclared object {o!r} ({p})"
            assert s != o, (doc, s, p)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, f"{doc}: {s} ({types[s]}) cannot be subject of {p}"
            assert types[o] in obj_ok, f"{doc}: {o} ({types[o]}) cannot be object of {p}"
            key = (frozenset((s, o)), p) if p in SYMMETRIC else (s, p, o)
            assert key not in seen, f"{doc}: duplicate relation {s} {p} {o}"
            seen.add(key)


def main():
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, len(gold["entities"]), len(gold["relations"]))


if __name__ == "__main__":
    main()
