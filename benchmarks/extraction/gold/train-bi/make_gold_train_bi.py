"""Hand annotations of the `train-bi` set (training data for the learned extraction models).

    python3 benchmarks/extraction/gold/train-bi/make_gold_train_bi.py

Theme: the international chapters and press releases of clusters outside biotech
(aerospace, maritime, automotive batteries, digital/AI, textiles, wood and timber
construction, water, space), from Quebec, the Basque Country, Finland, Paris/Morocco,
Portugal, Styria, Friesland/Singapore and Luxembourg, with names in French, Spanish,
Portuguese, German, Basque and Japanese and several tables.

Annotation choices made consistently across this set:
- cluster organisations, industry associations of companies (FEMIA, BGMEA, Abit, SWA,
  VWSA, Japan CLT Association, proHolz Steiermark), tech hubs and innovation campuses
  (Technopark Casablanca, CcHUB, Water Technology Campus) are `cluster`; confederations
  of associations and professional or learned associations (EURATEX, IAF, ABES,
  Netherlands Water Partnership, EIT InnoEnergy, European Battery Alliance) are `network`;
- agencies, ministries, chambers, trade commissions, port authorities and utilities
  (PUB) are `public_body`; technology centres and institutes, also those of a
  university (NERI, the TU Graz and Akita institutes), are `research_org`, and the
  relation goes to the institute the text names as the actor (NERI, not NUS, is the
  ReUSE-Delta partner); funds and funding schemes (FFQCD, Interreg SUDOE, Batt4EU,
  LuxIMPULSE, go-international, Partners for Water) are `programme`;
- an event is named with its edition when the text gives one ("SMM 2024",
  "Dubai Airshow 2023"); other editions are separate entities; a venue, town or
  district named as where an event is held (Le Bourget, Hamburg Messe, Bab Jdid,
  Allianz MiCo, Marina Bay) is a `place` and the event is `located_in` it and its city;
- listed exhibitors and delegation members of an event `participated_in` it; an
  organisation that organises or runs a national pavilion at a fair participated_in
  the fair, one that only "supports" it gets no relation; organisations that sign an
  agreement or hold a meeting during an event participated_in it; planned
  participations ("will present at", "will attend") are annotated like past ones;
  an event organiser gets `organized` only, not participated_in;
- signed agreements, MoUs, letters of intent, pilots or joint courses agreed between
  two parties and "works closely with" give `partner_of`; so does organising or leading
  a pavilion, study tour, delegation or event together ("X organised ... together
  with Y", "co-organised"), for every pair of co-organisers; "with the support of"
  gives nothing;
- meetings and visits give `met_with`; a visit (also a planned one) by a delegation
  led by X gives met_with between X and the visited organisation; a table column
  "Met with" gives met_with for every row, and an agreement in the outcome column
  adds partner_of;
- a project coordinator gets `leads` and `consortium_member_of`; a person named as
  the coordinator of a project `leads` it; every listed partner gets
  `consortium_member_of`; a programme that co-finances part of a project gives
  `funded_by`;
- an organisation is `located_in` the town given in parentheses or a table row, or
  "based in / from / of X", "its X premises", "office, X"; a name that only contains
  a place (Port Authority of Bilbao, Advantage Austria Tokyo, Universidad Aeronáutica
  en Querétaro) gives no located_in; "X manages cluster Y" has no predicate and is
  not annotated;
- a person's aliases are the other forms the text uses alone (surname, "Etxeberria
  Goikoetxea"); titles (Dr., Prof.) are not part of names;
- countries, the European Union, the Gulf and city-states that are ISO 3166-1
  entries (Singapore) are not annotated; places that occur only inside another name
  (Paris in "Première Vision Paris") are not annotated either.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs" / "train-bi"

TYPES = {"cluster", "company", "university", "research_org", "network", "public_body",
         "programme", "event", "project", "person", "place"}
ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
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

# --- annual-report chapter: Aéro Montréal, international outreach ---------------------
AM = "Aéro Montréal"
PAS = "International Paris Air Show"
MEIE = "Ministère de l'Économie, de l'Innovation et de l'Énergie"
IQI = "Investissement Québec International"
AV = "Aerospace Valley"
DM = "DÉCARBO-MRO"
ETS = "École de technologie supérieure"
ICA = "Institut Clément Ader"
FFQCD = "Fonds franco-québécois pour la coopération décentralisée"
CAM = "Cumbre Aeroespacial México 2023"
FEMIA = "Mexican Aerospace Industry Federation"
UNAQ = "Universidad Aeronáutica en Querétaro"
ADB = "Aeroestructuras del Bajío"
DA = "Dubai Airshow 2023"
GOLD["aero-montreal-international-outreach-2023.md"] = dict(
entities=[
 E(AM, "cluster", "CA"), E("Quebec", "place", "CA"), E("Montréal", "place", "CA"),
 E("Jean-Philippe Caron", "person", "CA"),
 E(PAS, "event", "FR", "Paris Air Show"), E("Le Bourget", "place", "FR"),
 E(MEIE, "public_body", "CA", "MEIE"), E(IQI, "public_body", "CA"),
 E("Avionique Boréal", "company", "CA"), E("Mirabel", "place", "CA"),
 E("Nordaéro Composites", "company", "CA"), E("Saint-Laurent", "place", "CA"),
 E("Héliotech MRO", "company", "CA"), E("Longueuil", "place", "CA"),
 E("Saguenay Drone Systems", "company", "CA"), E("Saguenay", "place", "CA"),
 E(AV, "cluster", "FR"), E("Toulouse", "place", "FR"), E("Occitanie", "place", "FR"),
 E("Claire Sabatier-Dufresne", "person", "FR"),
 E(DM, "project", None), E(ETS, "university", "CA", "ÉTS"), E(ICA, "research_org", "FR"),
 E(FFQCD, "programme", None, "FFQCD"),
 E(CAM, "event", "MX", "Mexico Aerospace Summit"), E("Querétaro", "place", "MX"),
 E(FEMIA, "cluster", "MX", "FEMIA"), E(UNAQ, "university", "MX", "UNAQ"),
 E(ADB, "company", "MX"), E("Alejandra Ríos Mendoza", "person", "MX"),
 E(DA, "event", "AE"), E("Dubai", "place", "AE"),
 E("Mélanie Lussier-Tremblay", "person", "CA"),
],
relations=[
 R(AM, "located_in", "Montréal"), R(AM, "located_in", "Quebec"),
 R("Jean-Philippe Caron", "works_for", AM), R("Mélanie Lussier-Tremblay", "works_for", AM),
 R(PAS, "located_in", "Le Bourget"),
 R(MEIE, "participated_in", PAS), R(IQI, "participated_in", PAS), R(MEIE, "partner_of", IQI),
 R(AM, "participated_in", PAS),
 *[R(c, "participated_in", PAS) for c in (
   "Avionique Boréal", "Nordaéro Composites", "Héliotech MRO", "Saguenay Drone Systems")],
 R("Avionique Boréal", "located_in", "Mirabel"), R("Nordaéro Composites", "located_in", "Saint-Laurent"),
 R("Héliotech MRO", "located_in", "Longueuil"), R("Saguenay Drone Systems", "located_in", "Saguenay"),
 R(AM, "partner_of", AV), R(AV, "participated_in", PAS), R(AV, "located_in", "Toulouse"),
 R("Claire Sabatier-Dufresne", "works_for", AV),
 R(AM, "leads", DM), R(AM, "consortium_member_of", DM),
 *[R(o, "consortium_member_of", DM) for o in (
   AV, ETS, ICA, "Héliotech MRO", "Nordaéro Composites")],
 R(DM, "funded_by", FFQCD), R(ICA, "located_in", "Toulouse"),
 R(AM, "participated_in", CAM), R(FEMIA, "organized", CAM), R(CAM, "located_in", "Querétaro"),
 R(AM, "met_with", UNAQ),
 R("Nordaéro Composites", "partner_of", ADB), R("Nordaéro Composites", "participated_in", CAM),
 R(ADB, "participated_in", CAM), R("Alejandra Ríos Mendoza", "works_for", FEMIA),
 R(DA, "located_in", "Dubai"), R(AM, "participated_in", DA),
])

# --- press release: Basque Maritime Forum at SMM 2024 ---------------------------------
FMV = "Basque Maritime Forum"
MCN = "Maritime Cluster Northern Germany"
SMM = "SMM 2024"
BTI = "Basque Trade & Investment"
ELK = "ELKARRO"
CML = "Fraunhofer Center for Maritime Logistics and Services"
KOM = "Korea Marine Equipment Research Institute"
POS = "Posidonia 2026"
BMW = "Basque Maritime Week"
IEG = "Iñaki Etxeberria Goikoetxea"
GOLD["foro-maritimo-vasco-smm-hamburg-2024.txt"] = dict(
entities=[
 E(FMV, "cluster", "ES", "Foro Marítimo Vasco", "FMV"), E("Bilbao", "place", "ES"),
 E(MCN, "cluster", "DE", "Maritimes Cluster Norddeutschland", "MCN"),
 E(SMM, "event", "DE"), E("Hamburg Messe", "place", "DE"), E("Hamburg", "place", "DE"),
 E("Basque Country", "place", "ES", "Euskadi"),
 E(BTI, "public_body", "ES"), E("Basque Government", "public_body", "ES"),
 E("Astilleros Zorrotza", "company", "ES"),
 E("Hélices Urdaibai", "company", "ES"), E("Bermeo", "place", "ES"),
 E("Cantábrico Marine Electronics", "company", "ES"), E("Getxo", "place", "ES"),
 E("Tecnalia", "research_org", "ES"), E("Derio", "place", "ES"),
 E("AZTI", "research_org", "ES"), E("Sukarrieta", "place", "ES"),
 E(IEG, "person", "ES", "Etxeberria Goikoetxea"), E("Heike Brandt", "person", "DE", "Brandt"),
 E("Bremen", "place", "DE"), E("Lower Saxony", "place", "DE"),
 E("Schleswig-Holstein", "place", "DE"), E("Mecklenburg-Western Pomerania", "place", "DE"),
 E(ELK, "project", None), E("Horizon Europe", "programme", None),
 E(CML, "research_org", "DE", "Fraunhofer CML"),
 E("Port Authority of Bilbao", "public_body", "ES"), E("Nerea Olabarria", "person", "ES"),
 E(KOM, "research_org", "KR", "KOMERI"), E("Busan", "place", "KR"),
 E(POS, "event", "GR"), E("Athens", "place", "GR"), E(BMW, "event", "ES"),
 E("Garbiñe Arrieta", "person", "ES"),
],
relations=[
 R(FMV, "located_in", "Bilbao"),
 R(FMV, "participated_in", SMM), R(MCN, "participated_in", SMM), R(FMV, "partner_of", MCN),
 R(SMM, "located_in", "Hamburg Messe"), R(SMM, "located_in", "Hamburg"),
 R(IEG, "works_for", FMV), R(IEG, "participated_in", SMM),
 R("Heike Brandt", "works_for", MCN), R("Heike Brandt", "participated_in", SMM),
 *[R(c, "participated_in", SMM) for c in (
   "Astilleros Zorrotza", "Hélices Urdaibai", "Cantábrico Marine Electronics",
   "Tecnalia", "AZTI")],
 R("Astilleros Zorrotza", "located_in", "Bilbao"), R("Hélices Urdaibai", "located_in", "Bermeo"),
 R("Cantábrico Marine Electronics", "located_in", "Getxo"),
 R("Tecnalia", "located_in", "Derio"),
 R("AZTI", "located_in", "Sukarrieta"),
 R("Tecnalia", "leads", ELK), R("Tecnalia", "consortium_member_of", ELK),
 *[R(o, "consortium_member_of", ELK) for o in (
   "Astilleros Zorrotza", "Cantábrico Marine Electronics", CML, "Port Authority of Bilbao")],
 R(ELK, "funded_by", "Horizon Europe"), R(CML, "located_in", "Hamburg"),
 R("Nerea Olabarria", "works_for", "Tecnalia"), R("Nerea Olabarria", "leads", ELK),
 R(FMV, "met_with", KOM), R(KOM, "located_in", "Busan"), R(KOM, "participated_in", SMM),
 R("Hélices Urdaibai", "partner_of", KOM),
 R(FMV, "participated_in", POS), R(POS, "located_in", "Athens"),
 R(MCN, "participated_in", BMW), R(FMV, "organized", BMW), R(BMW, "located_in", "Bilbao"),
 R("Garbiñe Arrieta", "works_for", FMV),
])

# --- consortium kick-off news (HTML): LOOPCELL battery recycling ------------------------
LC = "LOOPCELL"
VTT = "VTT Technical Research Centre of Finland"
B4 = "Batteries European Partnership"
KCR = "Kokkola Cathode Refining Oy"
FFB = "Fraunhofer Research Institution for Battery Cell Production FFB"
VR = "Voltéra Recyclage SAS"
PT = "Politecnico di Torino"
BCM = "Baltic Cathode Materials UAB"
UCH = "Universidad de Chile"
GEP = "Green Energy Park"
BCF = "Battery cluster Finland"
EBA = "European Battery Alliance"
UM6P = "Mohammed VI Polytechnic University"
BFF = "Batteries from Finland"
TBS = "The Battery Show Europe 2025"
GOLD["loopcell-battery-recycling-kickoff-2025.html"] = dict(
entities=[
 E(LC, "project", None), E("Horizon Europe", "programme", None), E(B4, "programme", None, "Batt4EU"),
 E(VTT, "research_org", "FI", "VTT"), E("Espoo", "place", "FI"), E("Otaniemi", "place", "FI"),
 E("Aalto University", "university", "FI"),
 E(KCR, "company", "FI"), E("Kokkola", "place", "FI"),
 E(FFB, "research_org", "DE", "Fraunhofer FFB"), E("Münster", "place", "DE"),
 E(VR, "company", "FR"), E("Lyon", "place", "FR"),
 E(PT, "university", "IT"), E("Turin", "place", "IT"),
 E(BCM, "company", "LT"), E("Vilnius", "place", "LT"),
 E(UCH, "university", "CL"), E("Santiago", "place", "CL"),
 E(GEP, "research_org", "MA"), E("Benguerir", "place", "MA"),
 E(BCF, "cluster", "FI", "BCF"), E("Vaasa", "place", "FI"),
 E("EIT InnoEnergy", "network", None), E(EBA, "network", None),
 E("Tuomas Lehtinen", "person", "FI"), E("Camila Soto Aravena", "person", "CL"),
 E("IRESEN", "research_org", "MA"), E(UM6P, "university", "MA", "UM6P"),
 E("Youssef El Amrani", "person", "MA"),
 E("Business Finland", "public_body", "FI"), E(BFF, "programme", "FI"),
 E("Sanna Kivelä", "person", "FI"),
 E(TBS, "event", "DE"), E("Stuttgart", "place", "DE"),
],
relations=[
 R(LC, "funded_by", "Horizon Europe"), R(LC, "funded_by", B4), R(LC, "funded_by", BFF),
 R(VTT, "leads", LC),
 *[R(o, "consortium_member_of", LC) for o in (
   VTT, "Aalto University", KCR, FFB, VR, PT, BCM, UCH, GEP, BCF)],
 R(VTT, "located_in", "Espoo"), R(VTT, "located_in", "Otaniemi"),
 R("Aalto University", "located_in", "Espoo"), R(KCR, "located_in", "Kokkola"),
 R(FFB, "located_in", "Münster"), R(VR, "located_in", "Lyon"), R(PT, "located_in", "Turin"),
 R(BCM, "located_in", "Vilnius"), R(UCH, "located_in", "Santiago"),
 R(GEP, "located_in", "Benguerir"), R(BCF, "located_in", "Vaasa"),
 R("Tuomas Lehtinen", "works_for", VTT), R("Tuomas Lehtinen", "leads", LC),
 R("Camila Soto Aravena", "works_for", UCH), R("Youssef El Amrani", "works_for", GEP),
 R(BCF, "member_of", EBA), R(BCF, "partner_of", "Business Finland"),
 R("Sanna Kivelä", "works_for", BCF),
 R(VTT, "participated_in", TBS), R(FFB, "participated_in", TBS), R(TBS, "located_in", "Stuttgart"),
])

# --- delegation report: Cap Digital at GITEX Africa 2024 ------------------------------
CD = "Cap Digital"
GA = "GITEX Africa 2024"
TC = "Technopark Casablanca"
ADD = "Agence de Développement du Digital"
CC = "Co-Creation Hub"
UM = "Mohammed VI Polytechnic University"
AAD = "AI Africa Day"
DER = "Délégation Générale à l'Entrepreneuriat Rapide des Femmes et des Jeunes"
GA25 = "GITEX Africa 2025"
NR = "Nathalie Rouvière"
GOLD["cap-digital-gitex-africa-delegation-2024.md"] = dict(
entities=[
 E(CD, "cluster", "FR"), E(GA, "event", "MA", "GITEX Africa"), E("Marrakech", "place", "MA"),
 E("KAOUN International", "company", "MA"),
 E("Ministry of Digital Transition and Administrative Reform", "public_body", "MA"),
 E("Bab Jdid", "place", "MA"), E("Business France", "public_body", "FR"),
 E("Paris Region", "place", "FR"), E(NR, "person", "FR"),
 E("Lumina Vision AI", "company", "FR"), E("Paris", "place", "FR"),
 E("Synapse Santé", "company", "FR"), E("Marseille", "place", "FR"),
 E("Orbis Cloud Sécurité", "company", "FR"), E("Rennes", "place", "FR"),
 E("Parlé Labs", "company", "FR"),
 E(TC, "cluster", "MA", "Technopark"), E("Casablanca", "place", "MA"),
 E(ADD, "public_body", "MA", "ADD"),
 E(CC, "cluster", "NG", "CcHUB"), E("Lagos", "place", "NG"),
 E(UM, "university", "MA", "UM6P"),
 E("Youssef Chraibi-Benjelloun", "person", "MA"),
 E(AAD, "event", "MA"), E("Palmeraie", "place", "MA"),
 E("Fatou Diop", "person", "SN", "Diop"),
 E(DER, "public_body", "SN", "DER/FJ"), E("Salma Idrissi", "person", "MA"),
 E(GA25, "event", "MA"),
 E("Dakar", "place", "SN"),
],
relations=[
 R(GA, "located_in", "Marrakech"), R(GA, "located_in", "Bab Jdid"),
 R("KAOUN International", "organized", GA),
 R(CD, "participated_in", GA), R("Business France", "participated_in", GA),
 R(CD, "located_in", "Paris Region"), R(CD, "located_in", "Paris"),
 R(NR, "works_for", CD), R(NR, "participated_in", GA),
 *[R(c, "participated_in", GA) for c in (
   "Lumina Vision AI", "Synapse Santé", "Orbis Cloud Sécurité", "Parlé Labs")],
 R("Lumina Vision AI", "located_in", "Paris"),
 R("Synapse Santé", "located_in", "Marseille"), R("Orbis Cloud Sécurité", "located_in", "Rennes"),
 R("Parlé Labs", "located_in", "Paris"),
 R(CD, "met_with", TC), R(CD, "partner_of", TC), R(CD, "met_with", ADD),
 R("Parlé Labs", "met_with", CC), R("Parlé Labs", "partner_of", CC),
 R("Synapse Santé", "met_with", UM),
 *[R(o, "participated_in", GA) for o in (TC, ADD, CC, UM)],
 R(TC, "located_in", "Casablanca"), R(CC, "located_in", "Lagos"),
 R("Youssef Chraibi-Benjelloun", "works_for", TC),
 R(CD, "organized", AAD), R(UM, "organized", AAD), R(CD, "partner_of", UM),
 R(AAD, "located_in", "Palmeraie"), R(AAD, "located_in", "Marrakech"),
 R("Fatou Diop", "works_for", DER), R("Fatou Diop", "participated_in", AAD),
 R("Salma Idrissi", "works_for", ADD), R("Salma Idrissi", "participated_in", AAD),
 R(CD, "participated_in", GA25), R(CD, "partner_of", DER),
])

# --- newsletter: ATP (Portuguese textile association) at Techtextil 2024 --------------
ATP = "Associação Têxtil e Vestuário de Portugal"
TT = "Techtextil 2024"
CIT = "Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal"
TXL = "TEXLOOP"
AIT = "Textile Research Institute"
UMI = "University of Minho"
BGM = "Bangladesh Garment Manufacturers and Exporters Association"
ABIT = "Brazilian Textile and Apparel Industry Association"
EUR = "European Apparel and Textile Confederation"
COMP = {"Tecelagem Ave Nova": "Guimarães", "Malhas Barcelos Tech": "Barcelos",
        "Fiação do Cávado": "Esposende", "Smart Fabrics Guimarães": "Guimarães"}
GOLD["atp-textile-newsletter-techtextil-2024.txt"] = dict(
entities=[
 E(ATP, "cluster", "PT", "ATP"), E("Vila Nova de Famalicão", "place", "PT"),
 E(TT, "event", "DE"),
 E("Messe Frankfurt", "place", "DE"), E("Frankfurt", "place", "DE"),
 E("AICEP Portugal Global", "public_body", "PT"), E(CIT, "research_org", "PT", "CITEVE"),
 *[E(c, "company", "PT") for c in COMP],
 E("Guimarães", "place", "PT"), E("Barcelos", "place", "PT"), E("Esposende", "place", "PT"),
 E("Mário Jorge Fonseca", "person", "PT"),
 E("Techtera", "cluster", "FR"), E("Écully", "place", "FR"), E("Lyon", "place", "FR"),
 E("Auvergne-Rhône-Alpes", "place", "FR"), E("Hélène Marchetti", "person", "FR"),
 E(TXL, "project", None), E("Interreg SUDOE", "programme", None),
 E(AIT, "research_org", "ES", "AITEX"), E("Alcoy", "place", "ES"),
 E(UMI, "university", "PT"),
 E(BGM, "cluster", "BD", "BGMEA"), E("Dhaka", "place", "BD"), E("Chittagong", "place", "BD"),
 E(ABIT, "cluster", "BR", "Abit"), E("São Paulo", "place", "BR"),
 E("Febratex 2024", "event", "BR"), E("Blumenau", "place", "BR"),
 E("Modtissimo", "event", "PT"), E("Porto", "place", "PT"),
 E(EUR, "network", None, "EURATEX"), E("Brussels", "place", "BE"),
 E("Ana Paula Dinis", "person", "PT"),
 E("Première Vision Paris", "event", "FR"), E("Heimtextil 2025", "event", "DE"),
],
relations=[
 R(ATP, "located_in", "Vila Nova de Famalicão"),
 R(TT, "located_in", "Messe Frankfurt"), R(TT, "located_in", "Frankfurt"),
 R(ATP, "participated_in", TT), R(CIT, "participated_in", TT),
 *[R(c, "participated_in", TT) for c in COMP],
 *[R(c, "located_in", town) for c, town in COMP.items()],
 R("Mário Jorge Fonseca", "works_for", ATP),
 R(ATP, "partner_of", "Techtera"), R("Techtera", "participated_in", TT),
 R("Techtera", "located_in", "Écully"), R("Hélène Marchetti", "works_for", "Techtera"),
 R(TXL, "funded_by", "Interreg SUDOE"), R(CIT, "leads", TXL),
 *[R(o, "consortium_member_of", TXL) for o in (CIT, "Techtera", AIT, UMI)],
 R(AIT, "located_in", "Alcoy"), R(UMI, "located_in", "Guimarães"), R(CIT, "partner_of", UMI),
 R(ATP, "met_with", BGM), R(BGM, "participated_in", TT),
 R(ABIT, "located_in", "São Paulo"), R(ABIT, "participated_in", TT),
 R(ATP, "met_with", ABIT), R(ATP, "partner_of", ABIT),
 R("Febratex 2024", "located_in", "Blumenau"), R("Modtissimo", "located_in", "Porto"),
 R(ATP, "member_of", EUR), R("Ana Paula Dinis", "works_for", ATP),
 R(ATP, "participated_in", "Première Vision Paris"), R(ATP, "participated_in", "Heimtextil 2025"),
 R("Heimtextil 2025", "located_in", "Frankfurt"),
])

# --- event recap (HTML): Holzcluster Steiermark, Japanese timber delegation ------------
HC = "Holzcluster Steiermark"
AAT = "Advantage Austria Tokyo"
JCLT = "Japan CLT Association"
GH = "Grazer Holzbau-Fachtagung"
TUG = "Graz University of Technology"
ITE = "Institute of Timber Engineering and Wood Technology"
IWT = "Institute of Wood Technology"
APU = "Akita Prefectural University"
JHB = "Japan Home and Building Show 2024"
WCTE = "World Conference on Timber Engineering"
KM = "Kenji Morimoto"
GOLD["holzcluster-steiermark-japan-timber-delegation-2023.html"] = dict(
entities=[
 E(HC, "cluster", "AT"), E("Styria", "place", "AT", "Steiermark"), E("Tokyo", "place", "JP"),
 E("Graz", "place", "AT"), E(AAT, "public_body", "AT"), E(JCLT, "cluster", "JP"),
 E(GH, "event", "AT", "GraHFT"), E(TUG, "university", "AT", "TU Graz"),
 E("Murtal CLT Werke", "company", "AT"), E("Murau", "place", "AT"),
 E("Pölzl Holzbau GmbH", "company", "AT"), E("Weiz", "place", "AT"),
 E(ITE, "research_org", "AT"), E("proHolz Steiermark", "cluster", "AT"),
 E(KM, "person", "JP"),
 E("Hokuyo Mokuzai", "company", "JP"), E("Sapporo", "place", "JP"),
 E("Kiso Timber Engineering", "company", "JP"), E("Nagoya", "place", "JP"),
 E("Sumire Homes", "company", "JP"), E("Sendai", "place", "JP"),
 E(IWT, "research_org", "JP"), E(APU, "university", "JP"), E("Noshiro", "place", "JP"),
 E("Haruka Ishida", "person", "JP"), E("Elisabeth Rainer", "person", "AT"),
 E("go-international", "programme", "AT"),
 E("Austrian Federal Ministry of Labour and Economy", "public_body", "AT"),
 E("Austrian Economic Chambers", "public_body", "AT", "WKO"),
 E(JHB, "event", "JP"), E(WCTE, "event", "AU", "WCTE 2025"), E("Brisbane", "place", "AU"),
],
relations=[
 R(HC, "located_in", "Styria"), R(HC, "located_in", "Graz"),
 R(HC, "partner_of", AAT), R(HC, "partner_of", JCLT), R(AAT, "partner_of", JCLT),
 R(TUG, "organized", GH), R(GH, "located_in", "Graz"), R(TUG, "located_in", "Graz"),
 R("Murtal CLT Werke", "located_in", "Murau"), R("Pölzl Holzbau GmbH", "located_in", "Weiz"),
 R(ITE, "located_in", "Graz"),
 R(KM, "works_for", JCLT),
 R("Hokuyo Mokuzai", "located_in", "Sapporo"), R("Kiso Timber Engineering", "located_in", "Nagoya"),
 R("Sumire Homes", "located_in", "Sendai"), R(IWT, "located_in", "Noshiro"),
 *[R(o, "participated_in", GH) for o in (
   JCLT, KM, "Hokuyo Mokuzai", "Kiso Timber Engineering", "Sumire Homes", IWT, APU,
   "Haruka Ishida", HC)],
 R("Haruka Ishida", "works_for", APU), R("Elisabeth Rainer", "works_for", HC),
 R("Murtal CLT Werke", "partner_of", "Hokuyo Mokuzai"),
 R("Pölzl Holzbau GmbH", "partner_of", "Sumire Homes"),
 *[R(JCLT, "met_with", o) for o in (
   HC, "Murtal CLT Werke", "Pölzl Holzbau GmbH", ITE, "proHolz Steiermark")],
 R(JHB, "located_in", "Tokyo"), R(HC, "participated_in", JHB), R(AAT, "participated_in", JHB),
 R(WCTE, "located_in", "Brisbane"), R(HC, "participated_in", WCTE), R(JCLT, "participated_in", WCTE),
])

# --- press release: Water Alliance and SWA at SIWW 2024 ---------------------------------
WA = "Water Alliance"
SWA = "Singapore Water Association"
SIWW = "Singapore International Water Week"
NWP = "Netherlands Water Partnership"
RVO = "Netherlands Enterprise Agency"
WTC = "Water Technology Campus"
PFW = "Partners for Water"
VWSA = "Vietnam Water Supply and Sewerage Association"
ABES = "Brazilian Association of Sanitary and Environmental Engineering"
RD = "ReUSE-Delta"
NERI = "NUS Environmental Research Institute"
MEM = {"AquaFries Membranes": "Leeuwarden", "Noordwater Sensors": "Groningen",
       "Blue Delta Desalination": "Harlingen", "Terp Water Technologies": "Sneek"}
GOLD["water-alliance-siww-singapore-mou-2024.md"] = dict(
entities=[
 E(WA, "cluster", "NL"), E(SWA, "cluster", "SG", "SWA"), E(SIWW, "event", "SG", "SIWW 2024"),
 E("Sands Expo and Convention Centre", "place", "SG"), E("Marina Bay", "place", "SG"),
 E("Leeuwarden", "place", "NL"), E(NWP, "network", "NL", "NWP"),
 E(RVO, "public_body", "NL", "RVO"), E("Friesland", "place", "NL"),
 E("Wetsus", "research_org", "NL"), E("Marieke de Boer-Visser", "person", "NL"),
 E("Tan Wei Ming", "person", "SG"), E(WTC, "cluster", "NL"), E(PFW, "programme", "NL"),
 *[E(c, "company", "NL") for c in MEM],
 E("Groningen", "place", "NL"), E("Harlingen", "place", "NL"), E("Sneek", "place", "NL"),
 E("PUB", "public_body", "SG", "National Water Agency"),
 E(VWSA, "cluster", "VN", "VWSA"), E("Hanoi", "place", "VN"),
 E(ABES, "network", "BR", "ABES"),
 E(RD, "project", None), E(NERI, "research_org", "SG", "NERI"),
 E("National University of Singapore", "university", "SG"),
 E("Jan Wester", "person", "NL"),
],
relations=[
 R(WA, "partner_of", SWA), R(WA, "participated_in", SIWW), R(SWA, "participated_in", SIWW),
 R(SIWW, "located_in", "Sands Expo and Convention Centre"), R(SIWW, "located_in", "Marina Bay"),
 R(NWP, "participated_in", SIWW), R(RVO, "participated_in", SIWW), R(NWP, "partner_of", RVO),
 R(WA, "located_in", "Leeuwarden"), R(WA, "partner_of", "Wetsus"),
 R("Wetsus", "located_in", "Leeuwarden"),
 R("Marieke de Boer-Visser", "works_for", WA), R("Tan Wei Ming", "works_for", SWA),
 R(WTC, "located_in", "Leeuwarden"), R(SWA, "met_with", WTC),
 *[R(c, "member_of", WA) for c in MEM],
 *[R(c, "participated_in", SIWW) for c in MEM],
 *[R(c, "located_in", town) for c, town in MEM.items()],
 R("AquaFries Membranes", "partner_of", "PUB"), R("PUB", "participated_in", SIWW),
 R("Noordwater Sensors", "met_with", VWSA), R(VWSA, "participated_in", SIWW),
 R("Blue Delta Desalination", "met_with", ABES), R(ABES, "participated_in", SIWW),
 R("Wetsus", "leads", RD),
 *[R(o, "consortium_member_of", RD) for o in (
   "Wetsus", NERI, "AquaFries Membranes", "Terp Water Technologies")],
 R(RD, "funded_by", PFW), R("Jan Wester", "works_for", "Wetsus"),
])

# --- delegation report: Luxembourg space delegation at IAC 2024 ------------------------
LSA = "Luxembourg Space Agency"
IAC = "75th International Astronautical Congress"
LSC = "Luxembourg Space Cluster"
ESRIC = "European Space Resources Innovation Centre"
KOR = "Kayser Orbital Robotics"
MSR = "Moselle Space Resources"
UL = "University of Luxembourg"
LIST = "Luxembourg Institute of Science and Technology"
RSA = "Rwanda Space Agency"
JAXA = "Japan Aerospace Exploration Agency"
MBRSC = "Mohammed bin Rashid Space Centre"
AEB = "Brazilian Space Agency"
LOX = "LUNAR-OX"
SRW = "Space Resources Week 2025"
PH = "Patrick Hoffmann"
AMU = "Aline Mukamana"
GOLD["luxembourg-space-iac-milan-delegation-2024.txt"] = dict(
entities=[
 E(LSA, "public_body", "LU", "LSA"), E("Luxinnovation", "public_body", "LU"),
 E(IAC, "event", "IT", "IAC 2024"), E("Milan", "place", "IT"),
 E("International Astronautical Federation", "network", None, "IAF"),
 E("Allianz MiCo", "place", "IT"), E(LSC, "cluster", "LU"),
 E("Ministry of the Economy", "public_body", "LU"), E(ESRIC, "research_org", "LU", "ESRIC"),
 E(KOR, "company", "LU"), E("Esch-sur-Alzette", "place", "LU"),
 E(MSR, "company", "LU"), E("Luxembourg City", "place", "LU"),
 E(UL, "university", "LU"), E(LIST, "research_org", "LU", "LIST"),
 E(RSA, "public_body", "RW", "RSA"), E(PH, "person", "LU"), E(AMU, "person", "RW", "Mukamana"),
 E("Kigali", "place", "RW"),
 E(JAXA, "public_body", "JP", "JAXA"), E(MBRSC, "public_body", "AE", "MBRSC"),
 E("Dubai", "place", "AE"),
 E(AEB, "public_body", "BR", "Agência Espacial Brasileira", "AEB"), E("Alcântara", "place", "BR"),
 E("Belvaux", "place", "LU"),
 E(LOX, "project", "LU"), E("LuxIMPULSE", "programme", "LU"),
 E("Sophie Wagner-Kremer", "person", "LU"),
 E(SRW, "event", "LU"),
 E("Tokyo", "place", "JP"),
],
relations=[
 R(LSA, "participated_in", IAC), R("Luxinnovation", "participated_in", IAC),
 R(IAC, "located_in", "Milan"), R(IAC, "located_in", "Allianz MiCo"),
 R("International Astronautical Federation", "organized", IAC),
 R(LSC, "participated_in", IAC), R(ESRIC, "participated_in", IAC),
 *[R(o, "participated_in", IAC) for o in (KOR, MSR, UL, LIST)],
 R(KOR, "located_in", "Esch-sur-Alzette"), R(MSR, "located_in", "Luxembourg City"),
 R(LSA, "partner_of", RSA), R(RSA, "participated_in", IAC),
 R(PH, "works_for", LSA), R(PH, "participated_in", IAC),
 R(AMU, "works_for", RSA), R(AMU, "participated_in", IAC),
 *[R(LSA, "met_with", o) for o in (JAXA, MBRSC, AEB)],
 *[R(o, "participated_in", IAC) for o in (JAXA, MBRSC, AEB)],
 R(MBRSC, "located_in", "Dubai"),
 R(MSR, "partner_of", ESRIC),
 R(ESRIC, "located_in", "Belvaux"),
 R(LOX, "funded_by", "LuxIMPULSE"), R(MSR, "leads", LOX),
 *[R(o, "consortium_member_of", LOX) for o in (MSR, LIST, UL, ESRIC)],
 R("Sophie Wagner-Kremer", "works_for", MSR),
 *[R(o, "organized", SRW) for o in (LSA, "Luxinnovation", ESRIC)],
 R(SRW, "located_in", "Luxembourg City"),
 R(LSA, "partner_of", "Luxinnovation"), R(LSA, "partner_of", ESRIC), R("Luxinnovation", "partner_of", ESRIC),
])


def check():
    """Assert the gold is well formed and consistent with the documents."""
    for name, gold in GOLD.items():
        path = DOCS / name
        assert path.is_file(), f"{name}: document missing"
        text = path.read_text(encoding="utf-8").lower()
        types, forms = {}, {}
        for e in gold["entities"]:
            assert e["type"] in TYPES, f"{name}: bad type {e}"
            assert e["name"] not in types, f"{name}: duplicate entity {e['name']}"
            types[e["name"]] = e["type"]
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), e
            for form in [e["name"], *e["aliases"]]:
                key = form.lower()
                assert key not in forms, f"{name}: {form!r} used by {forms[key]!r} and {e['name']!r}"
                forms[key] = e["name"]
                assert key in text, f"{name}: {form!r} does not occur in the document"
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert p in ALLOWED, f"{name}: unknown predicate {p}"
            assert s in types, f"{name}: undeclared subject {s!r}"
            assert o in types, f"{name}: undeclared object {o!r}"
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok, f"{name}: {s} ({types[s]}) cannot be subject of {p}"
            assert types[o] in obj_ok, f"{name}: {o} ({types[o]}) cannot be object of {p}"
            assert s != o, f"{name}: self relation {r}"
            key = (p, *sorted((s, o))) if p in SYMMETRIC else (p, s, o)
            assert key not in seen, f"{name}: duplicate relation {r}"
            seen.add(key)
    assert len(GOLD) == len(list(DOCS.iterdir())), "a document has no gold"


if __name__ == "__main__":
    check()
    for name, gold in GOLD.items():
        path = HERE / f"{name.rsplit('.', 1)[0]}.json"
        body = {"document": name, **gold}
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.relative_to(HERE.parent.parent.parent.parent), len(gold["entities"]),
              len(gold["relations"]))
