"""Hand annotations of the `train-d` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-d/make_gold_train_d.py

Eight documents on Asia-Pacific partnerships of European clusters (Japan, Korea,
Taiwan, Singapore, Australia, India; medtech, semiconductors, food, biotech),
in docs/train-d/. Same rules as make_gold.py (README, "Documents and gold"),
written by a separate annotator who did not read the pipeline or the other sets.
Planned participations stated as agreed ("will lead a delegation to ...") are
annotated like past ones; the relation's date and status carry the difference.
Running the script also checks that every relation end is a declared entity,
that subject and object types are those DOMAIN.md allows for the predicate, and
that every name and alias occurs in its document.
"""

import html
import json
import re
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


GOLD = {}

# --- press release: BioRegio STERN / Kobe MoU at BIO Japan (medtech, biotech) -----
BRS = "BioRegio STERN Management GmbH"
KBIC = "Kobe Biomedical Innovation Cluster"
FBRI = "Foundation for Biomedical Research and Innovation at Kobe"
BJ = "BIO Japan 2023"
BWI = "Baden-Württemberg International"
AHK = "German Chamber of Commerce and Industry in Japan"
NB = "Neckarbiotec GmbH"
CTA = "CellTrace Analytics"
OF = "Organoid Frontier K.K."
PD = "BioRegio STERN Partnering Day"
NMI = "NMI Natural and Medical Sciences Institute at the University of Tübingen"
OB = "ORGANOID-BRIDGE"
CEBR = "Council of European BioRegions"
CAM = "CEBR annual meeting"
EXH = ((NB, "Tübingen"), ("Alb-Implant Systems", "Reutlingen"), (CTA, "Stuttgart"),
       ("Filderbio AG", "Esslingen am Neckar"))
GOLD["bioregio-stern-kobe-mou-2023.md"] = dict(
entities=[
 E(BRS, "cluster", "DE", "BioRegio STERN"), E("Stuttgart", "place", "DE", "Stuttgart region"),
 E("Neckar-Alb", "place", "DE"),
 E(KBIC, "cluster", "JP", "KBIC"), E("Baden-Württemberg", "place", "DE"),
 E(BJ, "event", "JP", "BIO Japan"), E("Yokohama", "place", "JP"),
 E("Port Island", "place", "JP"), E("Kobe", "place", "JP"),
 E(FBRI, "public_body", "JP", "FBRI"),
 E("RIKEN Center for Biosystems Dynamics Research", "research_org", "JP", "BDR"),
 E("Kobe City Medical Center General Hospital", "research_org", "JP"),
 E("Hiroshi Tanabe", "person", "JP", "Tanabe"), E("Sabine Lorenz", "person", "DE", "Lorenz"),
 E(BWI, "public_body", "DE", "BW_i"), E(AHK, "public_body", "JP", "AHK Japan"),
 E(NB, "company", "DE", "Neckarbiotec"), E("Tübingen", "place", "DE"),
 E("Alb-Implant Systems", "company", "DE"), E("Reutlingen", "place", "DE"),
 E(CTA, "company", "DE"),
 E("Filderbio AG", "company", "DE"), E("Esslingen am Neckar", "place", "DE"),
 E("Sysmex", "company", "JP"), E("Astellas Pharma", "company", "JP"),
 E(OF, "company", "JP"), E("Kyoto", "place", "JP"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Kansai", "place", "JP", "Kansai region"),
 E("JTB Communication Design", "company", "JP"), E("Pacifico Yokohama", "place", "JP"),
 E(PD, "event", "DE"), E("University of Tübingen", "university", "DE"),
 E(NMI, "research_org", "DE", "NMI"), E(OB, "project"), E("Horizon Europe", "programme"),
 E("Japan Agency for Medical Research and Development", "public_body", "JP", "AMED"),
 E(CEBR, "network", None, "CEBR"), E(CAM, "event"),
 E("Jonas Weber", "person", "DE"),
],
relations=[
 R(BRS, "partner_of", KBIC),
 R(BRS, "located_in", "Stuttgart"), R(BRS, "located_in", "Neckar-Alb"),
 *[R(o, "participated_in", BJ) for o in (
   BRS, KBIC, FBRI, "Sabine Lorenz", "Hiroshi Tanabe", BWI, AHK,
   *[c for c, _ in EXH], "Sysmex", "Astellas Pharma", OF, "Japan External Trade Organization")],
 R(BJ, "located_in", "Yokohama"), R(BJ, "located_in", "Pacifico Yokohama"),
 R("JTB Communication Design", "organized", BJ),
 R(KBIC, "located_in", "Port Island"), R(KBIC, "located_in", "Kobe"),
 R("RIKEN Center for Biosystems Dynamics Research", "member_of", KBIC),
 R("Kobe City Medical Center General Hospital", "member_of", KBIC),
 R("Hiroshi Tanabe", "works_for", FBRI), R("Sabine Lorenz", "works_for", BRS),
 *[R(c, "located_in", t) for c, t in EXH],
 R(NB, "met_with", "Sysmex"), R(NB, "met_with", "Astellas Pharma"), R(CTA, "met_with", OF),
 R("Sysmex", "located_in", "Kobe"), R(OF, "located_in", "Kyoto"),
 R(BRS, "organized", PD), R(PD, "located_in", "Tübingen"), R(KBIC, "participated_in", PD),
 *[R(o, "consortium_member_of", OB) for o in (BRS, FBRI, "University of Tübingen", NMI)],
 R(OB, "funded_by", "Horizon Europe"),
 R(OB, "funded_by", "Japan Agency for Medical Research and Development"),
 R(NMI, "located_in", "Reutlingen"),
 R(BRS, "member_of", CEBR), R(KBIC, "member_of", CEBR),
 R(CEBR, "organized", CAM), R(BRS, "participated_in", CAM), R(KBIC, "participated_in", CAM),
 R("Jonas Weber", "works_for", BRS),
])

# --- network news (html): Silicon Saxony delegation at SEMICON Taiwan (semiconductors)
SS = "Silicon Saxony e.V."
ST = "SEMICON Taiwan 2024"
WFS = "Wirtschaftsförderung Sachsen GmbH"
GTO = "German Trade Office Taipei"
ESMC = "European Semiconductor Manufacturing Company"
TSIA = "Taiwan Semiconductor Industry Association"
EWS = "Elbe Wafer Systems GmbH"
FCT = "Freiberg Crystal Technologies"
CS = "Chemnitz Sensorik AG"
LPD = "Lausitz Power Devices"
IPMS = "Fraunhofer Institute for Photonic Microsystems"
TUD = "Technische Universität Dresden"
ITRI = "Industrial Technology Research Institute"
HSPB = "Hsinchu Science Park Bureau"
NYCU = "National Yang Ming Chiao Tung University"
TEEMA = "Taiwan Electrical and Electronic Manufacturers' Association"
TSSD = "Taiwan-Saxony Supplier Day"
FA = "Formosa Automation Co."
SEA = "Silicon Europe Alliance"
EETO = "European Economic and Trade Office in Taiwan"
SMWA = "Saxon State Ministry for Economic Affairs, Labour and Transport"
SE = "SEMICON Europa 2024"
DELEG = (EWS, FCT, CS, LPD, IPMS, TUD)
GOLD["silicon-saxony-semicon-taiwan-delegation-2024.html"] = dict(
entities=[
 E(SS, "cluster", "DE", "Silicon Saxony"), E("Dresden", "place", "DE"), E("Hsinchu", "place", "TW"),
 E(ST, "event", "TW", "SEMICON Taiwan"), E("Taipei Nangang Exhibition Center", "place", "TW"),
 E("Taipei", "place", "TW"),
 E(WFS, "public_body", "DE", "WFS", "Saxony Economic Development Corporation"),
 E(GTO, "public_body", "TW"), E(ESMC, "company", "DE", "ESMC"),
 E("TSMC", "company", "TW"), E("Bosch", "company", "DE"), E("Infineon", "company", "DE"),
 E("NXP", "company", "NL"), E("SEMI", "network"), E("Saxony", "place", "DE"),
 E("Katrin Weidlich", "person", "DE", "Weidlich"), E("Chen Yu-ting", "person", "TW"),
 E(TSIA, "network", "TW", "TSIA"),
 E(EWS, "company", "DE", "Elbe Wafer Systems"),
 E(FCT, "company", "DE"), E("Freiberg", "place", "DE"),
 E(CS, "company", "DE", "Chemnitz Sensorik"), E("Chemnitz", "place", "DE"),
 E(LPD, "company", "DE"), E("Görlitz", "place", "DE"),
 E(IPMS, "research_org", "DE", "Fraunhofer IPMS"), E(TUD, "university", "DE", "TU Dresden"),
 E(ITRI, "research_org", "TW", "ITRI"), E(HSPB, "public_body", "TW"),
 E(NYCU, "university", "TW", "NYCU"), E(TEEMA, "network", "TW", "TEEMA"),
 E(TSSD, "event", "DE"), E(FA, "company", "TW"), E("Taichung", "place", "TW"),
 E(SEA, "network"), E("Minalogic", "cluster", "FR"), E("Grenoble", "place", "FR"),
 E("High Tech NL", "cluster", "NL"), E("Eindhoven", "place", "NL"),
 E(EETO, "public_body", "TW", "EETO"), E(SMWA, "public_body", "DE", "SMWA"),
 E("Thomas Richter", "person", "DE"), E(SE, "event", "DE"), E("Munich", "place", "DE"),
],
relations=[
 R(SS, "located_in", "Dresden"), R(SS, "located_in", "Saxony"),
 R(ST, "located_in", "Taipei Nangang Exhibition Center"), R("SEMI", "organized", ST),
 R(SS, "partner_of", WFS), R(SS, "partner_of", GTO),
 R(ESMC, "located_in", "Dresden"),
 *[R(o, "participated_in", ST) for o in (
   SS, "Katrin Weidlich", "Chen Yu-ting", TSIA, *DELEG, "Minalogic", "High Tech NL", EETO,
   SMWA, "Thomas Richter")],
 R("Katrin Weidlich", "works_for", SS), R("Chen Yu-ting", "works_for", TSIA),
 *[R(o, "member_of", SS) for o in DELEG],
 R(EWS, "located_in", "Dresden"), R(FCT, "located_in", "Freiberg"), R(CS, "located_in", "Chemnitz"),
 R(LPD, "located_in", "Görlitz"), R(IPMS, "located_in", "Dresden"),
 R(SS, "met_with", ITRI), R(SS, "met_with", TSIA), R(SS, "met_with", HSPB), R(SS, "met_with", NYCU),
 R(ITRI, "located_in", "Hsinchu"), R(TSIA, "located_in", "Taipei"), R(HSPB, "located_in", "Hsinchu"),
 R(NYCU, "located_in", "Hsinchu"),
 R(IPMS, "met_with", ITRI), R(TUD, "partner_of", NYCU),
 R(SS, "partner_of", TEEMA), R(SS, "organized", TSSD), R(TEEMA, "organized", TSSD),
 R(TSSD, "located_in", "Dresden"),
 R(EWS, "partner_of", FA), R(FA, "located_in", "Taichung"),
 R(SS, "member_of", SEA), R("Minalogic", "located_in", "Grenoble"),
 R("High Tech NL", "located_in", "Eindhoven"),
 R("Thomas Richter", "works_for", SMWA),
 R(SE, "located_in", "Munich"), R(TSIA, "participated_in", SE), R(SS, "participated_in", SE),
])

# --- annual-report chapter: Foodvalley NL in the Asia-Pacific (food) --------------
FV = "Foodvalley NL"
SIFBI = "Singapore Institute of Food and Biotechnology Innovation"
ASTAR = "Agency for Science, Technology and Research"
RVO = "Netherlands Enterprise Agency"
APS = "Asia-Pacific Agri-Food Innovation Summit"
WUR = "Wageningen University & Research"
NIZO = "NIZO food research"
MF = "Mycofarm B.V."
BP = "Bleiswijk Proteins"
SF = "SenseFresh Technologies"
SFA = "Singapore Food Agency"
FX = "FOODEX JAPAN"
EMB = "Embassy of the Kingdom of the Netherlands in Tokyo"
FTK = "Food Tech Kyushu"
AL = "ALTPRO-LINK"
DTU = "Technical University of Denmark"
CSIRO = "Commonwealth Scientific and Industrial Research Organisation"
FIAL = "Food Innovation Australia Ltd"
FFA = "Fine Food Australia"
APAN = "Asia-Pacific Alternative Protein Network"
GFI = "Good Food Institute APAC"
FIA = "Food Ingredients Asia"
GOLD["foodvalley-asia-pacific-annual-report-2023.txt"] = dict(
entities=[
 E(FV, "cluster", "NL", "Foodvalley"), E("Wageningen", "place", "NL"),
 E(SIFBI, "research_org", "SG", "SIFBI"), E(ASTAR, "public_body", "SG", "A*STAR"),
 E("Biopolis", "place", "SG"), E("Enterprise Singapore", "public_body", "SG"),
 E(RVO, "public_body", "NL", "RVO"), E(APS, "event", "SG"),
 E("Rethink Events", "company", "GB"), E("Marina Bay Sands", "place", "SG"),
 E(WUR, "university", "NL", "WUR"), E(NIZO, "research_org", "NL"), E("Ede", "place", "NL"),
 E(MF, "company", "NL", "Mycofarm"), E(BP, "company", "NL"), E("Bleiswijk", "place", "NL"),
 E(SF, "company", "NL"), E(SFA, "public_body", "SG", "SFA"), E("FairPrice Group", "company", "SG"),
 E("Seoul", "place", "KR"), E("Tokyo", "place", "JP"), E("Sydney", "place", "AU"),
 E("Jolanda de Vries", "person", "NL"),
 E(FX, "event", "JP", "FOODEX"), E("Makuhari Messe", "place", "JP"), E("Chiba", "place", "JP"),
 E(EMB, "public_body", "NL"), E(FTK, "network", "JP"), E("Kyushu", "place", "JP"),
 E("Fukuoka", "place", "JP"),
 E(AL, "project"), E("Horizon Europe", "programme"),
 E(DTU, "university", "DK", "DTU"), E("Kongens Lyngby", "place", "DK"),
 E("EIT Food", "network"), E("Leuven", "place", "BE"),
 E(CSIRO, "research_org", "AU", "CSIRO"), E("Brisbane", "place", "AU"),
 E(FIAL, "public_body", "AU", "FIAL"), E("Liam O'Connor", "person", "AU"),
 E(FFA, "event", "AU"), E("Melbourne", "place", "AU"),
 E(APAN, "network"), E(GFI, "network"),
 E(FIA, "event", "TH"), E("Bangkok", "place", "TH"),
 E("Japan Science and Technology Agency", "public_body", "JP", "JST"),
],
relations=[
 R(FV, "located_in", "Wageningen"),
 R(FV, "partner_of", SIFBI), R(SIFBI, "located_in", "Biopolis"),
 R("Rethink Events", "organized", APS), R(APS, "located_in", "Marina Bay Sands"),
 *[R(o, "participated_in", APS) for o in (FV, SIFBI, WUR, NIZO, MF, BP, SF)],
 *[R(c, "member_of", FV) for c in (MF, BP, SF)],
 R(NIZO, "located_in", "Ede"), R(MF, "located_in", "Ede"), R(BP, "located_in", "Bleiswijk"),
 R(SF, "located_in", "Wageningen"),
 R(MF, "met_with", SFA), R(SF, "partner_of", "FairPrice Group"),
 R("Jolanda de Vries", "works_for", FV),
 R(FX, "located_in", "Makuhari Messe"), R(FX, "located_in", "Chiba"),
 R(FV, "participated_in", FX), R(EMB, "participated_in", FX), R(EMB, "located_in", "Tokyo"),
 R(FV, "met_with", FTK), R(FTK, "participated_in", FX),
 R(FTK, "located_in", "Fukuoka"), R(FTK, "located_in", "Kyushu"),
 R(AL, "funded_by", "Horizon Europe"), R(WUR, "leads", AL),
 *[R(o, "consortium_member_of", AL) for o in (WUR, FV, DTU, "EIT Food", CSIRO, SIFBI)],
 R(WUR, "located_in", "Wageningen"), R(DTU, "located_in", "Kongens Lyngby"),
 R("EIT Food", "located_in", "Leuven"), R(CSIRO, "located_in", "Brisbane"),
 R(AL, "funded_by", FIAL),
 R("Liam O'Connor", "works_for", CSIRO),
 R(FFA, "located_in", "Melbourne"), R(FV, "participated_in", FFA), R(FIAL, "participated_in", FFA),
 R(FV, "member_of", APAN), R(GFI, "leads", APAN),
 R(FIA, "located_in", "Bangkok"), R(FV, "participated_in", FIA),
])

# --- press release: NEUROAGE kick-off, EU-Korea consortium (medtech) -------------
NA = "NEUROAGE"
MV = "Medical Valley Europäische Metropolregion Nürnberg e.V."
FAU = "Friedrich-Alexander-Universität Erlangen-Nürnberg"
UKER = "Universitätsklinikum Erlangen"
IIS = "Fraunhofer Institute for Integrated Circuits"
NS = "Nordsens GmbH"
UPV = "Universitat Politècnica de València"
LAFE = "Instituto de Investigación Sanitaria La Fe"
LTB = "lifetech.brussels"
MSIT = "Ministry of Science and ICT"
NRF = "National Research Foundation of Korea"
KIST = "Korea Institute of Science and Technology"
KMEDI = "Daegu-Gyeongbuk Medical Innovation Foundation"
KNUH = "Kyungpook National University Hospital"
HM = "Hanbit Medical Co., Ltd."
BRC = "Bionics Research Center"
KIMES = "KIMES 2024"
KHIDI = "Korea Health Industry Development Institute"
MTL = "MedtecLIVE 2024"
EKF = "EU-Korea Health Innovation Forum"
DEL = "Delegation of the European Union to the Republic of Korea"
CONS = ((MV, "Erlangen"), (FAU, "Erlangen"), (UKER, "Erlangen"), (IIS, "Erlangen"),
        (NS, "Nuremberg"), (UPV, "Valencia"), (LAFE, "Valencia"), (LTB, "Brussels"),
        (KIST, "Seoul"), (KMEDI, "Daegu"), (KNUH, "Daegu"), (HM, "Seongnam"))
GOLD["neuroage-korea-eu-kickoff-2024.md"] = dict(
entities=[
 E(NA, "project", None, "Neuro-sensing for healthy ageing"), E("Erlangen", "place", "DE"),
 E("Horizon Europe", "programme"), E("Franconia", "place", "DE"),
 E("Valencia region", "place", "ES"), E("Daegu", "place", "KR", "Daegu metropolitan area"),
 E(MV, "cluster", "DE", "Medical Valley EMN"), E("Nuremberg metropolitan region", "place", "DE"),
 E("Andreas Keller", "person", "DE"),
 E(FAU, "university", "DE", "FAU"), E(UKER, "research_org", "DE"),
 E(IIS, "research_org", "DE", "Fraunhofer IIS"), E(NS, "company", "DE", "Nordsens"),
 E("Nuremberg", "place", "DE"), E(UPV, "university", "ES", "UPV"), E("Valencia", "place", "ES"),
 E(LAFE, "research_org", "ES", "IIS La Fe"), E(LTB, "cluster", "BE"), E("Brussels", "place", "BE"),
 E("Brussels-Capital Region", "place", "BE"),
 E(MSIT, "public_body", "KR", "MSIT"), E(NRF, "public_body", "KR", "NRF"),
 E(KIST, "research_org", "KR", "KIST"), E("Seoul", "place", "KR"),
 E(KMEDI, "public_body", "KR", "K-MEDI hub"), E(KNUH, "research_org", "KR"),
 E(HM, "company", "KR", "Hanbit Medical"), E("Seongnam", "place", "KR"),
 E(BRC, "research_org", "KR"),
 E("Park Min-jung", "person", "KR"), E("Lee Sang-hoon", "person", "KR"),
 E("MEDICA 2022", "event", "DE"), E("Düsseldorf", "place", "DE"),
 E(KIMES, "event", "KR", "Korea International Medical & Hospital Equipment Show"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E(MTL, "event", "DE"),
 E(EKF, "network"), E(DEL, "public_body"),
],
relations=[
 R(NA, "funded_by", "Horizon Europe"), R(NA, "funded_by", MSIT), R(NA, "funded_by", NRF),
 R(MV, "leads", NA),
 *[R(o, "consortium_member_of", NA) for o, _ in CONS],
 *[R(o, "located_in", t) for o, t in CONS],
 R(MV, "located_in", "Nuremberg metropolitan region"), R(LTB, "located_in", "Brussels-Capital Region"),
 R("Andreas Keller", "works_for", MV),
 R("Park Min-jung", "works_for", KIST), R("Park Min-jung", "works_for", BRC),
 R("Lee Sang-hoon", "works_for", KMEDI),
 R(MV, "partner_of", KMEDI),
 R(NS, "met_with", HM), R(NS, "participated_in", "MEDICA 2022"), R(HM, "participated_in", "MEDICA 2022"),
 R("MEDICA 2022", "located_in", "Düsseldorf"),
 R(KIMES, "located_in", "Seoul"), R(KHIDI, "participated_in", KIMES),
 R(MTL, "located_in", "Nuremberg"), R(MV, "participated_in", MTL), R(HM, "participated_in", MTL),
 R(NS, "participated_in", MTL),
 R(MV, "member_of", EKF), R(EKF, "funded_by", DEL),
])

# --- newsletter (html): Biocat international brief (biotech, medtech) -------------
BC = "Biocat"
MTP = "MTPConnect"
BS = "BIOSPAIN 2024"
BA = "BioAsia 2024"
ABLE = "Association of Biotechnology Led Enterprises"
ISB = "Indian School of Business"
AB = "AusBiotech 2024"
VD = "Vallès Diagnostics S.L."
OBDA = "Osaka Business Development Agency"
MJO = "Medical Japan Osaka"
BSA = "BIOSKILLS-ASIA"
UB = "University of Barcelona"
MAHE = "Manipal Academy of Higher Education"
BES = "BIO-Europe Spring 2025"
BJ25 = "BIO Japan 2025"
BSA_PARTNERS = (UB, BC, "Ghent University", MAHE, "Amity University", "Universiti Malaya")
GOLD["biocat-international-newsletter-autumn-2024.html"] = dict(
entities=[
 E(BC, "cluster", "ES"), E("BioRegion of Catalonia", "cluster", "ES"), E("Catalonia", "place", "ES"),
 E("Erasmus+", "programme"),
 E(MTP, "public_body", "AU"), E(BS, "event", "ES", "BIOSPAIN"), E("Barcelona", "place", "ES"),
 E("Melbourne", "place", "AU"), E("Rachel Whitfield", "person", "AU"),
 E("Marta Puig i Soler", "person", "ES"),
 E("AseBio", "network", "ES", "Spanish Bioindustry Association"),
 E(BA, "event", "IN", "BioAsia"), E("Hyderabad", "place", "IN"), E("Telangana", "place", "IN"),
 E("ACCIÓ", "public_body", "ES"), E("Mumbai", "place", "IN"),
 E("Genome Valley", "cluster", "IN"), E("Telangana Life Sciences", "public_body", "IN"),
 E(ABLE, "network", "IN", "ABLE"), E(ISB, "university", "IN"),
 E("Aiguaclara Biotech", "company", "ES"), E("Terrassa", "place", "ES"),
 E("Medsaber", "company", "ES"), E("Bharat Biotech", "company", "IN"),
 E(AB, "event", "AU"), E("AusBiotech", "network", "AU"),
 E("Jordi Ferrer", "person", "ES"), E("Victorian Government", "public_body", "AU"),
 E("Invest Victoria", "public_body", "AU"), E("BioMelbourne Network", "network", "AU"),
 E(VD, "company", "ES", "Vallès Diagnostics"), E("Sabadell", "place", "ES"),
 E("Osaka", "place", "JP"), E(OBDA, "public_body", "JP", "OBDA"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E("Naniwa Medical", "company", "JP"), E("Núria Camps", "person", "ES"),
 E(MJO, "event", "JP"),
 E(BSA, "project"), E(UB, "university", "ES", "UB"), E("Ghent University", "university", "BE"),
 E(MAHE, "university", "IN", "MAHE"), E("Manipal", "place", "IN"),
 E("Amity University", "university", "IN"), E("Noida", "place", "IN"),
 E("Universiti Malaya", "university", "MY"), E("Kuala Lumpur", "place", "MY"),
 E(BES, "event", "IT"), E("Milan", "place", "IT"), E(BJ25, "event", "JP"),
 E("Yokohama", "place", "JP"),
 E(CEBR, "network", None, "CEBR"), E("Catalan Cluster Network", "network", "ES"),
],
relations=[
 R(BC, "partner_of", MTP), R(MTP, "located_in", "Melbourne"),
 *[R(o, "participated_in", BS) for o in (BC, MTP, "Rachel Whitfield", "Marta Puig i Soler")],
 R(BS, "located_in", "Barcelona"), R("AseBio", "organized", BS),
 R("Rachel Whitfield", "works_for", MTP), R("Marta Puig i Soler", "works_for", BC),
 R(BA, "located_in", "Hyderabad"), R(BA, "located_in", "Telangana"),
 *[R(o, "participated_in", BA) for o in (BC, "ACCIÓ", "Aiguaclara Biotech", "Medsaber")],
 R("Aiguaclara Biotech", "located_in", "Terrassa"), R("Medsaber", "located_in", "Barcelona"),
 R("Genome Valley", "located_in", "Hyderabad"),
 R(BC, "met_with", ABLE), R(BC, "met_with", ISB), R(ISB, "located_in", "Hyderabad"),
 R(AB, "located_in", "Melbourne"), R("AusBiotech", "organized", AB),
 *[R(o, "participated_in", AB) for o in (BC, "Jordi Ferrer", "Invest Victoria", "BioMelbourne Network")],
 R("Jordi Ferrer", "works_for", BC), R(BC, "met_with", "BioMelbourne Network"),
 R(VD, "member_of", BC), R(VD, "located_in", "Sabadell"), R(VD, "located_in", "Osaka"),
 R(VD, "partner_of", "Naniwa Medical"), R(VD, "met_with", "Naniwa Medical"),
 R(VD, "participated_in", MJO), R("Naniwa Medical", "participated_in", MJO),
 R(MJO, "located_in", "Osaka"), R("Núria Camps", "works_for", VD),
 R(BSA, "funded_by", "Erasmus+"), R(UB, "leads", BSA),
 *[R(o, "consortium_member_of", BSA) for o in BSA_PARTNERS],
 R(MAHE, "located_in", "Manipal"), R("Amity University", "located_in", "Noida"),
 R("Universiti Malaya", "located_in", "Kuala Lumpur"),
 R(BES, "located_in", "Milan"), R(BC, "participated_in", BES),
 R(BJ25, "located_in", "Yokohama"), R(BC, "participated_in", BJ25), R("ACCIÓ", "participated_in", BJ25),
 R(BC, "member_of", CEBR), R(BC, "member_of", "Catalan Cluster Network"),
])

# --- mission report: Oulu Health in India (digital health, medtech) --------------
OH = "Oulu Health"
BF = "Business Finland"
EMBF = "Embassy of Finland in New Delhi"
CGF = "Consulate General of Finland in Mumbai"
UO = "University of Oulu"
OYS = "Oulu University Hospital"
BO = "BusinessOulu"
BTS = "Bengaluru Tech Summit"
KS = "Kastelli Sensing Oy"
TM = "Tuira Medical Oy"
NV = "Nordic Vitals Oy"
HHA = "Hailuoto Health Analytics"
DEIT = "Department of Electronics, IT, Bt and S&T"
KITS = "Karnataka Innovation and Technology Society"
NH = "Narayana Health"
IISC = "Indian Institute of Science"
CCAMP = "Centre for Cellular and Molecular Platforms"
CT = "Cardiotrack Solutions"
SINE = "Society for Innovation and Entrepreneurship"
KDAH = "Kokilaben Dhirubhai Ambani Hospital"
FIE = "Finland-India Health Innovation Evening"
CII = "Confederation of Indian Industry"
OHTW = "Oulu Health Tech Week"
INHIN = "India-Nordic Health Innovation Network"
NCCI = "Nordic Chambers of Commerce in India"
MEMBERS = ((KS, "Oulu"), (TM, "Oulu"), (NV, "Kempele"), (HHA, "Oulu"))
GOLD["oulu-health-india-mission-2023.txt"] = dict(
entities=[
 E(OH, "cluster", "FI"), E("Oulu", "place", "FI", "Oulu region"), E("Northern Finland", "place", "FI"),
 E("Team Finland", "public_body", "FI"), E(BF, "public_body", "FI"),
 E(EMBF, "public_body", "FI"), E("New Delhi", "place", "IN"),
 E(CGF, "public_body", "FI", "Consulate General"), E("Mumbai", "place", "IN"),
 E(UO, "university", "FI"), E(OYS, "research_org", "FI", "OYS"), E(BO, "public_body", "FI"),
 E("Bengaluru", "place", "IN"), E(BTS, "event", "IN"),
 E(KS, "company", "FI", "Kastelli Sensing"), E(TM, "company", "FI", "Tuira Medical"),
 E(NV, "company", "FI", "Nordic Vitals"), E("Kempele", "place", "FI"), E(HHA, "company", "FI"),
 E("6G Flagship", "programme", "FI"),
 E(DEIT, "public_body", "IN"), E(KITS, "public_body", "IN", "KITS"),
 E("Bangalore Palace", "place", "IN"),
 E("Eeva Mäkelä", "person", "FI", "Mäkelä"), E("Ravi Shankar", "person", "IN"),
 E(NH, "company", "IN"), E("Narayana Health City", "place", "IN"),
 E(IISC, "university", "IN", "IISc"), E(CCAMP, "research_org", "IN", "C-CAMP"),
 E(CT, "company", "IN"), E(SINE, "research_org", "IN", "SINE"), E("IIT Bombay", "university", "IN"),
 E(KDAH, "company", "IN"), E(FIE, "event", "IN"), E(CII, "network", "IN", "CII"),
 E("South India", "place", "IN"), E(OHTW, "event", "FI"),
 E(INHIN, "network"), E(NCCI, "public_body", "IN"),
],
relations=[
 R(OH, "located_in", "Oulu"), R(OH, "located_in", "Northern Finland"),
 R(EMBF, "located_in", "New Delhi"), R(CGF, "located_in", "Mumbai"),
 *[R(o, "participated_in", BTS) for o in (
   OH, *[c for c, _ in MEMBERS], UO, OYS, BO, BF, "Eeva Mäkelä", "Ravi Shankar", NH)],
 *[R(c, "member_of", OH) for c, _ in MEMBERS],
 *[R(c, "located_in", t) for c, t in MEMBERS],
 R(BO, "located_in", "Oulu"),
 R(DEIT, "organized", BTS), R(KITS, "organized", BTS),
 R(BTS, "located_in", "Bangalore Palace"), R(BTS, "located_in", "Bengaluru"),
 R("Eeva Mäkelä", "works_for", OH), R("Ravi Shankar", "works_for", NH),
 R(NH, "located_in", "Narayana Health City"), R(NH, "located_in", "Bengaluru"),
 R(OH, "met_with", NH), R(KS, "met_with", NH), R(TM, "met_with", NH),
 R(NH, "partner_of", OYS),
 R(UO, "partner_of", IISC), R(CCAMP, "located_in", "Bengaluru"),
 R(NV, "met_with", CT), R(CT, "located_in", "Bengaluru"),
 R(OH, "met_with", SINE), R(HHA, "met_with", KDAH),
 R(SINE, "located_in", "Mumbai"), R("IIT Bombay", "located_in", "Mumbai"), R(KDAH, "located_in", "Mumbai"),
 R(CGF, "organized", FIE), R(CII, "participated_in", FIE), R(OH, "participated_in", FIE),
 R(FIE, "located_in", "Mumbai"),
 R(TM, "partner_of", NH), R(NV, "partner_of", CT),
 R(BO, "organized", OHTW), R(OHTW, "located_in", "Oulu"),
 R(OH, "member_of", INHIN), R(NCCI, "leads", INHIN),
])

# --- press release: Lyonbiopôle soft landing of Asian companies (biotech, medtech)
LB = "Lyonbiopôle Auvergne-Rhône-Alpes"
LBL = "Lyonbiopôle Landing"
AURA = "Auvergne-Rhône-Alpes Entreprises"
KC = "Kamogawa Cellworks K.K."
ID = "Izumo Diagnostics Co."
PV = "Pangyo Vaxgen Inc."
BES24 = "BIO-Europe Spring 2024"
KOTRA = "Korea Trade-Investment Promotion Agency"
CRCL = "Centre de Recherche en Cancérologie de Lyon"
FHD = "France Health Day"
KFF = "Korea–France Bio Partnering Forum"
FEK = "French Embassy in Korea"
OBH = "Osaka Bio Headquarters"
BPIPO = "Biotechnology and Pharmaceutical Industries Promotion Office"
MOEA = "Ministry of Economic Affairs"
BAT = "BIO Asia–Taiwan 2023"
FHA = "French Healthcare Alliance"
ECCP = "European Cluster Collaboration Platform"
BJ24 = "BIO Japan 2024"
GOLD["lyonbiopole-asia-soft-landing-2024.md"] = dict(
entities=[
 E(LB, "cluster", "FR", "Lyonbiopôle"), E("Lyon", "place", "FR", "Lyon area"),
 E(LBL, "programme", "FR"), E(AURA, "public_body", "FR", "AURA Entreprises"),
 E("Business France", "public_body", "FR"), E("Accinov", "research_org", "FR"),
 E("Gerland", "place", "FR", "Gerland biodistrict"), E("Claire Dumont", "person", "FR"),
 E(KC, "company", "JP", "Kamogawa Cellworks"), E("Kyoto", "place", "JP"),
 E(ID, "company", "JP", "Izumo Diagnostics"), E("Matsue", "place", "JP"), E("Shimane", "place", "JP"),
 E(PV, "company", "KR", "Pangyo Vaxgen"), E("Seongnam", "place", "KR"),
 E(BES24, "event", "ES", "BIO-Europe Spring"), E("Barcelona", "place", "ES"),
 E("Tokyo", "place", "JP"), E(KHIDI, "public_body", "KR", "KHIDI"),
 E(KOTRA, "public_body", "KR", "KOTRA"), E("Paris", "place", "FR"),
 E("Kenji Morimoto", "person", "JP", "Morimoto"), E(CRCL, "research_org", "FR", "CRCL"),
 E("Japan External Trade Organization", "public_body", "JP", "JETRO"),
 E(FHD, "event", "JP"), E("bioMérieux", "company", "FR"), E("Marcy-l'Étoile", "place", "FR"),
 E("Seoul", "place", "KR"), E(KFF, "event", "KR"), E(FEK, "public_body", "FR"),
 E(OBH, "public_body", "JP"), E("Osaka", "place", "JP"),
 E("Cheongju", "place", "KR"), E("Osong", "place", "KR"),
 E(BPIPO, "public_body", "TW", "BPIPO"), E(MOEA, "public_body", "TW"), E("Taipei", "place", "TW"),
 E(BAT, "event", "TW"), E("SGInnovate", "public_body", "SG"),
 E(FHA, "network", "FR"), E(ECCP, "network", None, "ECCP"),
 E(BJ24, "event", "JP"), E("Yokohama", "place", "JP"),
 E("Auvergne-Rhône-Alpes", "place", "FR", "Auvergne-Rhône-Alpes region"),
],
relations=[
 R(LB, "located_in", "Lyon"), R(LB, "located_in", "Auvergne-Rhône-Alpes"),
 R(LB, "partner_of", AURA), R(LB, "partner_of", "Business France"),
 R("Accinov", "located_in", "Gerland"),
 R("Claire Dumont", "works_for", LB),
 R(KC, "located_in", "Lyon"), R(ID, "located_in", "Lyon"), R(PV, "located_in", "Lyon"),
 R(KC, "located_in", "Kyoto"), R(ID, "located_in", "Matsue"), R(ID, "located_in", "Shimane"),
 R(PV, "located_in", "Seongnam"),
 R(KC, "participated_in", BES24), R(LB, "participated_in", BES24), R(KC, "met_with", LB),
 R(BES24, "located_in", "Barcelona"),
 R("Kenji Morimoto", "works_for", KC), R(KC, "partner_of", CRCL),
 R("Business France", "organized", FHD), R("Japan External Trade Organization", "organized", FHD),
 R(FHD, "located_in", "Tokyo"),
 R(ID, "partner_of", "bioMérieux"), R("bioMérieux", "located_in", "Marcy-l'Étoile"),
 R(KHIDI, "partner_of", LB), R(KHIDI, "participated_in", KFF), R(LB, "participated_in", KFF),
 R(KFF, "located_in", "Seoul"), R(KHIDI, "organized", KFF), R(FEK, "organized", KFF),
 R(PV, "member_of", LB),
 R(OBH, "partner_of", LB), R(OBH, "located_in", "Osaka"),
 R(KHIDI, "located_in", "Cheongju"), R(KHIDI, "located_in", "Osong"),
 R(BPIPO, "located_in", "Taipei"), R(LB, "met_with", BPIPO),
 R(LB, "participated_in", BAT), R(BPIPO, "participated_in", BAT),
 R("SGInnovate", "partner_of", LB),
 R(LB, "member_of", FHA), R(LB, "member_of", ECCP),
 R(BJ24, "located_in", "Yokohama"),
 *[R(o, "participated_in", BJ24) for o in (LB, "Business France", KC, ID)],
 R(KC, "member_of", LB), R(ID, "member_of", LB),
])

# --- annual-report chapter: Lombardy Life Sciences Cluster, Asia-Pacific ---------
CL = "Cluster Lombardo Scienze della Vita"
ICE = "Italian Trade Agency"
ICE_IT = "Agenzia per la promozione all'estero e l'internazionalizzazione delle imprese italiane"
BK = "BIO KOREA 2023"
KBIO = "Korea Biotechnology Industry Organization"
BB = "Brianza Biologics S.p.A."
TMD = "Ticino Medical Devices"
KRIBB = "Korea Research Institute of Bioscience and Biotechnology"
BAT23 = "BIO Asia-Taiwan 2023"
TBIO = "Taiwan Bio Industry Organization"
DCB = "Development Center for Biotechnology"
IID = "Italian Innovation Day"
EMBI = "Embassy of Italy in Singapore"
EDB = "Singapore Economic Development Board"
LSQ = "Life Sciences Queensland"
HSR = "San Raffaele Hospital"
AUSC = "AusBiotech conference"
BMI = "BIOMED-INDIA"
UNIMI = "Università degli Studi di Milano"
POLIMI = "Politecnico di Milano"
SPPU = "Savitribai Phule Pune University"
ICMR = "Indian Council of Medical Research"
ON = "ORGANOID-NET"
ERRIN = "European Regions Research and Innovation Network"
BMI_PARTNERS = ((UNIMI, None), (POLIMI, "Milan"), (CL, None), (SPPU, "Pune"),
                ("Anna University", "Chennai"), (ICMR, "New Delhi"))
GOLD["lombardy-life-sciences-asia-pacific-2023.txt"] = dict(
entities=[
 E(CL, "cluster", "IT", "Lombardy Life Sciences Cluster", "CLSV"),
 E("Regione Lombardia", "public_body", "IT"),
 E(ICE, "public_body", "IT", "ICE", ICE_IT),
 E(BK, "event", "KR", "BIO KOREA"), E("Seoul", "place", "KR"), E("COEX", "place", "KR"),
 E(KHIDI, "public_body", "KR", "KHIDI"), E(KBIO, "network", "KR", "Korea BIO"),
 E(BB, "company", "IT", "Brianza Biologics"), E("Monza", "place", "IT"),
 E(TMD, "company", "IT"), E("Pavia", "place", "IT"),
 E("OrobicGen", "company", "IT"), E("Bergamo", "place", "IT"),
 E("Samsung Biologics", "company", "KR"), E("Celltrion", "company", "KR"),
 E(KRIBB, "research_org", "KR", "KRIBB"), E("Daejeon", "place", "KR"),
 E(BAT23, "event", "TW", "BIO Asia-Taiwan"), E("Taipei", "place", "TW"),
 E(TBIO, "network", "TW", "Taiwan BIO"), E("Giulia Bernasconi", "person", "IT", "Bernasconi"),
 E(DCB, "research_org", "TW", "DCB"),
 E(IID, "event", "SG"), E("Biopolis", "place", "SG"), E(EMBI, "public_body", "IT"),
 E("BioSingapore", "network", "SG"), E(EDB, "public_body", "SG", "EDB"),
 E("Queensland", "place", "AU"), E("Milan", "place", "IT", "Milano"),
 E(LSQ, "network", "AU", "LSQ"), E("Brisbane", "place", "AU"),
 E("MIND Milano Innovation District", "place", "IT"),
 E("Human Technopole", "research_org", "IT"),
 E(HSR, "research_org", "IT", "IRCCS Ospedale San Raffaele"),
 E(AUSC, "event", "AU"),
 E(BMI, "project"), E("Erasmus+", "programme"),
 E(UNIMI, "university", "IT", "University of Milan"), E(POLIMI, "university", "IT"),
 E(SPPU, "university", "IN"), E("Pune", "place", "IN"),
 E("Anna University", "university", "IN"), E("Chennai", "place", "IN"),
 E(ICMR, "public_body", "IN", "ICMR"), E("New Delhi", "place", "IN"),
 E(ON, "project"), E("COST", "programme", None, "European Cooperation in Science and Technology"),
 E("University of Pavia", "university", "IT"), E("University of Melbourne", "university", "AU"),
 E(ERRIN, "network", None, "ERRIN"), E(CEBR, "network", None, "CEBR"),
 E("BIO KOREA 2024", "event", "KR"), E("BioAsia 2024", "event", "IN"),
 E("Hyderabad", "place", "IN"),
],
relations=[
 R(CL, "located_in", "Milan"),
 R(CL, "partner_of", "Regione Lombardia"), R(CL, "partner_of", ICE),
 R(BK, "located_in", "Seoul"), R(BK, "located_in", "COEX"), R(KHIDI, "organized", BK),
 R(CL, "partner_of", KBIO),
 *[R(o, "participated_in", BK) for o in (
   CL, KBIO, ICE, BB, TMD, "OrobicGen", "Samsung Biologics", "Celltrion")],
 R(BB, "located_in", "Monza"), R(TMD, "located_in", "Pavia"), R("OrobicGen", "located_in", "Bergamo"),
 R(BB, "met_with", "Samsung Biologics"), R(BB, "met_with", "Celltrion"),
 R("OrobicGen", "partner_of", KRIBB), R(KRIBB, "located_in", "Daejeon"),
 R(BAT23, "located_in", "Taipei"), R(TBIO, "organized", BAT23),
 R(CL, "participated_in", BAT23), R("Giulia Bernasconi", "participated_in", BAT23),
 R("Giulia Bernasconi", "works_for", CL), R(CL, "met_with", DCB), R(DCB, "participated_in", BAT23),
 R(IID, "located_in", "Biopolis"), R(EMBI, "organized", IID),
 *[R(o, "participated_in", IID) for o in (CL, "BioSingapore", EDB)],
 R(CL, "met_with", "BioSingapore"), R(CL, "met_with", EDB),
 R(LSQ, "located_in", "Brisbane"), R(LSQ, "met_with", CL), R(LSQ, "partner_of", CL),
 R(LSQ, "met_with", "Human Technopole"), R(LSQ, "met_with", HSR),
 R(LSQ, "participated_in", AUSC), R(CL, "participated_in", AUSC),
 R(BMI, "funded_by", "Erasmus+"), R(UNIMI, "leads", BMI),
 *[R(o, "consortium_member_of", BMI) for o, _ in BMI_PARTNERS],
 *[R(o, "located_in", t) for o, t in BMI_PARTNERS if t],
 R(ON, "funded_by", "COST"), R("University of Pavia", "leads", ON),
 *[R(o, "consortium_member_of", ON) for o in (CL, "University of Pavia", "University of Melbourne")],
 R(CL, "member_of", ERRIN), R("Regione Lombardia", "member_of", ERRIN), R(CL, "member_of", CEBR),
 R(CL, "participated_in", "BIO KOREA 2024"),
 R("BioAsia 2024", "located_in", "Hyderabad"), R(CL, "participated_in", "BioAsia 2024"),
])

# --- checks ----------------------------------------------------------------------
ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
TYPES = ORG | {"programme", "event", "project", "person", "place"}
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
DOCS = Path(__file__).resolve().parents[2] / "docs" / "train-d"


def fold(s):
    return re.sub(r"\s+", " ", s).casefold()


for name, gold in GOLD.items():
    types = {}
    text = DOCS.joinpath(name).read_text(encoding="utf-8")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = fold(text)
    forms = set()
    for e in gold["entities"]:
        assert e["type"] in TYPES, (name, e)
        assert e["name"] not in types, (name, "duplicate entity", e["name"])
        types[e["name"]] = e["type"]
        for f in (e["name"], *e["aliases"]):
            assert fold(f) not in forms, (name, "form used twice", f)
            forms.add(fold(f))
            assert fold(f) in text, (name, "not in document", f)
    seen = set()
    for r in gold["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        assert s in types and o in types, (name, "undeclared end", r)
        subj, obj = ALLOWED[p]
        assert types[s] in subj and types[o] in obj, (name, "type not allowed", r, types[s], types[o])
        key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
        assert key not in seen, (name, "duplicate relation", r)
        seen.add(key)

for name, gold in GOLD.items():
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
