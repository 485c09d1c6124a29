"""Hand annotations of the `train-u` set (training data for the learned extraction models).

    .venv/bin/python benchmarks/extraction/gold/train-u/make_gold_train_u.py

Same rules as make_gold.py (README, "Documents and gold"), written by a separate
annotator. Theme: North America (US states and Canadian provinces' clusters,
trade offices, accelerators) and European clusters entering those markets.

Choices made in this set:
- Planned participations stated as agreed ("will attend", "a joint pavilion is
  planned at ...") are annotated like past ones; the date and status carry the
  difference. Invitations not yet accepted are not annotated.
- Science parks, innovation hubs, non-profit incubators and accelerators
  (MaRS, TMC Innovation, LACI, Greentown Labs) are `cluster`
  (like "Technology Park Ljubljana" in DOMAIN.md); a start-up admitted to such
  an accelerator's cohort is `member_of` it.
- US state and Canadian industry associations (MassBio, California Life
  Sciences, Medical Alley) are `cluster`; trade associations that are not
  territorial clusters (SEIA, OCTIA, CHFCA, Réseau Environnement) are `network`.
- A project's coordinator `leads` it and is also `consortium_member_of` it.
- A proposal written "for the Eurostars programme" is `funded_by` Eurostars
  (the programme it is submitted to).
- A guided visit or a hosted briefing of a delegation is `met_with`.
- A person representing an organisation at an event: both the person and the
  organisation participated.
"""

import json
from pathlib import Path


def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}


ORG = {"cluster", "company", "university", "research_org", "network", "public_body"}
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
TYPES = ORG | {"programme", "event", "project", "person", "place"}

GOLD = {}

# --- press release: Swiss cluster BioAlps and MassBio sign MoU at BIO 2024 ---------
BA = "BioAlps"
MB = "Massachusetts Biotechnology Council"
BIO = "BIO International Convention 2024"
PD = "Boston–Léman Partnering Day"
SBD = "Swiss Biotech Day 2025"
MAM = "MassBio Annual Meeting 2025"
LL = "LEMBOS Landing"
BA_MEMBERS = (("Lémanix Diagnostics SA", "Lausanne"), ("CelluVaud Therapeutics", "Epalinges"),
              ("Sarine Biologics AG", "Fribourg"), ("Neuchâtel Peptide Labs Sàrl", "Neuchâtel"))
GOLD["bioalps-massbio-mou-boston-2024.md"] = dict(
entities=[
 E(BA, "cluster", "CH"), E(MB, "cluster", "US", "MassBio"),
 E(BIO, "event", "US", "BIO 2024"), E("San Diego", "place", "US"), E("California", "place", "US"),
 E("Western Switzerland", "place", "CH"), E("Greater Boston", "place", "US"),
 E("Claire Vuilleumier", "person", "CH", "Vuilleumier"),
 E("Daniel O'Connell", "person", "US", "O'Connell"),
 E("Switzerland Global Enterprise", "public_body", "CH", "S-GE"),
 E("Swissnex in Boston", "public_body", "CH"),
 E("Biotechnology Innovation Organization", "network", "US"),
 E("Kendall BioWorks", "company", "US"), E("Cambridge", "place", "US"),
 E(PD, "event"), E("Lake Geneva region", "place", "CH"),
 E("Massachusetts Life Sciences Center", "public_body", "US", "MLSC"),
 E("Geneva", "place", "CH"), E("Lausanne", "place", "CH"), E("Massachusetts", "place", "US"),
 *[E(c, "company", "CH") for c, _ in BA_MEMBERS],
 E("Epalinges", "place", "CH"), E("Fribourg", "place", "CH"), E("Neuchâtel", "place", "CH"),
 E(LL, "project"), E("Innosuisse", "public_body", "CH", "Swiss Innovation Agency"),
 E("Greater Geneva Bern area", "public_body", "CH", "GGBa"),
 E("École polytechnique fédérale de Lausanne", "university", "CH", "EPFL"),
 E("University of Geneva", "university", "CH"),
 E("Beacon Hill Translational", "company", "US"), E("Boston", "place", "US"),
 E(SBD, "event", "CH"), E("Basel", "place", "CH"),
 E("Swiss Biotech Association", "network", "CH"),
 E(MAM, "event", "US"),
 E("California Life Sciences", "cluster", "US"),
 E("Council of European BioRegions", "network", None, "CEBR"),
 E("Vaud", "place", "CH"), E("Valais", "place", "CH"), E("Jura", "place", "CH"),
 E("Julien Ansermet", "person", "CH"),
],
relations=[
 R(BA, "partner_of", MB),
 *[R(o, "participated_in", BIO) for o in (
   BA, MB, "Claire Vuilleumier", "Daniel O'Connell", "Switzerland Global Enterprise",
   "Swissnex in Boston", "CelluVaud Therapeutics", "Beacon Hill Translational")],
 R("Biotechnology Innovation Organization", "organized", BIO),
 R(BIO, "located_in", "San Diego"), R(BIO, "located_in", "California"),
 R("Claire Vuilleumier", "works_for", BA), R("Daniel O'Connell", "works_for", MB),
 R("Julien Ansermet", "works_for", BA),
 R("Kendall BioWorks", "located_in", "Cambridge"),
 R(BA, "organized", PD), R(MB, "organized", PD), R(PD, "located_in", "Lausanne"),
 R(MB, "participated_in", PD), R("Daniel O'Connell", "participated_in", PD),
 *[R(c, "member_of", BA) for c, _ in BA_MEMBERS],
 *[R(c, "located_in", t) for c, t in BA_MEMBERS],
 R(BA, "leads", LL), R(BA, "consortium_member_of", LL), R(MB, "consortium_member_of", LL),
 R(LL, "funded_by", "Innosuisse"),
 R("Beacon Hill Translational", "member_of", MB), R("Beacon Hill Translational", "located_in", "Boston"),
 R("CelluVaud Therapeutics", "met_with", "Beacon Hill Translational"),
 R(MB, "participated_in", SBD), R("Daniel O'Connell", "participated_in", SBD),
 R(SBD, "located_in", "Basel"), R("Swiss Biotech Association", "organized", SBD),
 R(BA, "participated_in", MAM), R(MB, "organized", MAM), R(MAM, "located_in", "Cambridge"),
 R(BA, "partner_of", "California Life Sciences"),
 R(BA, "member_of", "Council of European BioRegions"),
 R(BA, "located_in", "Geneva"), R(BA, "located_in", "Western Switzerland"),
 R(MB, "located_in", "Cambridge"), R(MB, "located_in", "Massachusetts"),
])

# --- news: Finnish cleantech delegation to Québec and Ontario ------------------------
LCC = "Lahti Cleantech Cluster"
AM = "Americana 2023"
EQ = "Écotech Québec"
RT = "Finland–Ontario Cleantech Roundtable"
NQF = "Nordic–Québec Circular Economy Forum"
GL = "GLOBE Forum 2024"
WISE = "Waterloo Institute for Sustainable Energy"
LCC_MEMBERS = (("Kierto Materials Oy", "Lahti"), ("Lumikko Recycling Oy", "Kouvola"),
               ("Hämeen Vesitekniikka Oy", "Hämeenlinna"), ("Sähköverkko Analytics", "Tampere"))
GOLD["lahti-cleantech-quebec-ontario-mission-2023.html"] = dict(
entities=[
 E(LCC, "cluster", "FI", "LCC"),
 E("Montréal", "place", "CA"), E("Toronto", "place", "CA"), E("Waterloo", "place", "CA"),
 E("Québec", "place", "CA"), E("Ontario", "place", "CA"),
 E("Business Finland", "public_body", "FI"), E("Embassy of Finland in Canada", "public_body", "FI"),
 E(AM, "event", "CA", "Americana"), E("Réseau Environnement", "network", "CA"),
 E("Kierto Materials Oy", "company", "FI"),
 E("Lumikko Recycling Oy", "company", "FI", "Lumikko Recycling"),
 E("Hämeen Vesitekniikka Oy", "company", "FI", "Hämeen Vesitekniikka"),
 E("Sähköverkko Analytics", "company", "FI"),
 E("Lahti", "place", "FI"), E("Kouvola", "place", "FI"), E("Hämeenlinna", "place", "FI"),
 E("Tampere", "place", "FI"),
 E(EQ, "cluster", "CA"),
 E("Riikka Häkkinen", "person", "FI", "Häkkinen"), E("Geneviève Ouellet", "person", "CA"),
 E("Investissement Québec International", "public_body", "CA"),
 E("Groupe Boréal Textile", "company", "CA"), E("Québec City", "place", "CA"),
 E("Polytechnique Montréal", "university", "CA"),
 E("LAB University of Applied Sciences", "university", "FI", "LAB"),
 E("WATERLINK", "project"), E("Eurostars", "programme", None, "Eurostars programme"),
 E("Hydrosol Technologies", "company", "CA"), E("Sherbrooke", "place", "CA"),
 E("MaRS Discovery District", "cluster", "CA", "MaRS"), E(RT, "event", "CA"),
 E("Ontario Clean Technology Industry Association", "network", "CA", "OCTIA"),
 E("Jussi Koskinen", "person", "FI"),
 E("Toronto Hydro", "company", "CA"),
 E(WISE, "research_org", "CA", "WISE"), E("University of Waterloo", "university", "CA"),
 E(NQF, "event", "FI"), E(GL, "event", "CA"), E("Vancouver", "place", "CA"),
],
relations=[
 R(LCC, "located_in", "Lahti"),
 R(AM, "located_in", "Montréal"), R("Réseau Environnement", "organized", AM),
 *[R(o, "participated_in", AM) for o in (LCC, EQ, "Groupe Boréal Textile")],
 *[R(c, "participated_in", AM) for c, _ in LCC_MEMBERS],
 *[R(c, "member_of", LCC) for c, _ in LCC_MEMBERS],
 *[R(c, "located_in", t) for c, t in LCC_MEMBERS],
 R(LCC, "partner_of", EQ),
 R("Riikka Häkkinen", "works_for", LCC), R("Geneviève Ouellet", "works_for", EQ),
 R("Investissement Québec International", "met_with", LCC),
 R("Lumikko Recycling Oy", "met_with", "Groupe Boréal Textile"),
 R("Groupe Boréal Textile", "located_in", "Québec City"),
 R(LCC, "met_with", "Polytechnique Montréal"),
 *[R(o, "consortium_member_of", "WATERLINK") for o in (
   "LAB University of Applied Sciences", "Polytechnique Montréal", "Hämeen Vesitekniikka Oy",
   "Hydrosol Technologies")],
 R("WATERLINK", "funded_by", "Eurostars"),
 R("Hydrosol Technologies", "located_in", "Sherbrooke"),
 R("MaRS Discovery District", "organized", RT), R("MaRS Discovery District", "located_in", "Toronto"),
 R(RT, "located_in", "Toronto"),
 *[R(o, "participated_in", RT) for o in (
   LCC, "Ontario Clean Technology Industry Association", "Jussi Koskinen",
   "Business Finland", "Sähköverkko Analytics")],
 R("Jussi Koskinen", "works_for", "Business Finland"),
 R("Sähköverkko Analytics", "met_with", "Toronto Hydro"),
 R(WISE, "located_in", "Waterloo"), R("University of Waterloo", "located_in", "Waterloo"),
 R(LCC, "met_with", WISE),
 R("LAB University of Applied Sciences", "partner_of", WISE),
 R(LCC, "organized", NQF), R(EQ, "organized", NQF), R(NQF, "located_in", "Lahti"),
 R(GL, "located_in", "Vancouver"), R(LCC, "participated_in", GL),
])

# --- consortium kick-off: Horizon Europe project with Canadian partners (AI) ---------
FM = "FAIRMAKE"
FLM = "Flanders Make"
IPA = "Fraunhofer Institute for Manufacturing Engineering and Automation IPA"
MILA = "Mila – Quebec Artificial Intelligence Institute"
AMII = "Alberta Machine Intelligence Institute"
HADEA = "European Health and Digital Executive Agency"
NSERC = "Natural Sciences and Engineering Research Council of Canada"
HM = "Hannover Messe 2025"
FM_CONSORTIUM = (
 (FLM, "Lommel"), (IPA, "Stuttgart"), ("Politecnico di Torino", "Turin"), ("Tecnalia", "Derio"),
 ("Vandermeulen Automation NV", "Kortrijk"), ("Oberland Präzision GmbH", "Reutlingen"),
 (MILA, "Montréal"), ("Vector Institute", "Toronto"), (AMII, "Edmonton"), ("Scale AI", "Montréal"),
 ("Usinage Laurentides inc.", "Saint-Jérôme"), ("Prairie Composites Ltd.", "Winnipeg"))
GOLD["fairmake-eu-canada-ai-kickoff-2024.txt"] = dict(
entities=[
 E(FM, "project", None, "Fair, Accountable and Interpretable AI for Manufacturing Execution"),
 E("Montréal", "place", "CA"), E("Horizon Europe", "programme"),
 E(FLM, "research_org", "BE"), E("Lommel", "place", "BE"),
 E("Liesbeth Van Acker", "person", "BE"),
 E(MILA, "research_org", "CA", "Mila"),
 E(IPA, "research_org", "DE", "Fraunhofer IPA"), E("Stuttgart", "place", "DE"),
 E("Politecnico di Torino", "university", "IT"), E("Turin", "place", "IT"),
 E("Tecnalia", "research_org", "ES"), E("Derio", "place", "ES"),
 E("Vandermeulen Automation NV", "company", "BE", "Vandermeulen Automation"),
 E("Kortrijk", "place", "BE"),
 E("Oberland Präzision GmbH", "company", "DE", "Oberland Präzision"), E("Reutlingen", "place", "DE"),
 E("Vector Institute", "research_org", "CA"), E("Toronto", "place", "CA"),
 E(AMII, "research_org", "CA", "Amii"), E("Edmonton", "place", "CA"),
 E("Scale AI", "cluster", "CA"),
 E("Usinage Laurentides inc.", "company", "CA", "Usinage Laurentides"),
 E("Saint-Jérôme", "place", "CA"), E("Quebec", "place", "CA"),
 E("Prairie Composites Ltd.", "company", "CA", "Prairie Composites"),
 E("Winnipeg", "place", "CA"), E("Manitoba", "place", "CA"),
 E(HADEA, "public_body", None, "HaDEA"), E(NSERC, "public_body", "CA", "NSERC"),
 E("Marta Kowalczyk", "person"), E("Brussels", "place", "BE"),
 E("Hélène Beaulieu", "person", "CA"), E("Étienne Gagnon", "person", "CA"),
 E("COGNIPLANT", "project"), E("Horizon 2020", "programme"),
 E("Agoria", "network", "BE"), E("AFM Cluster", "cluster", "ES"), E("San Sebastián", "place", "ES"),
 E("Next Generation Manufacturing Canada", "cluster", "CA", "NGen"), E("Ontario", "place", "CA"),
 E("ALL IN 2024", "event", "CA"), E(HM, "event", "DE"), E("Hanover", "place", "DE"),
],
relations=[
 R(FM, "funded_by", "Horizon Europe"), R(FM, "funded_by", HADEA), R(FM, "funded_by", NSERC),
 R(FM, "funded_by", "Scale AI"),
 R(FLM, "leads", FM), R("Liesbeth Van Acker", "leads", FM),
 R("Liesbeth Van Acker", "works_for", FLM),
 *[R(o, "consortium_member_of", FM) for o, _ in FM_CONSORTIUM],
 *[R(o, "located_in", t) for o, t in FM_CONSORTIUM],
 R("Usinage Laurentides inc.", "located_in", "Quebec"),
 R("Prairie Composites Ltd.", "located_in", "Manitoba"),
 R("Marta Kowalczyk", "works_for", HADEA),
 R("Hélène Beaulieu", "works_for", "Scale AI"), R("Étienne Gagnon", "works_for", MILA),
 R("COGNIPLANT", "funded_by", "Horizon 2020"),
 R(FLM, "consortium_member_of", "COGNIPLANT"), R("Tecnalia", "consortium_member_of", "COGNIPLANT"),
 R("AFM Cluster", "located_in", "San Sebastián"),
 R("Scale AI", "organized", "ALL IN 2024"), R("ALL IN 2024", "located_in", "Montréal"),
 R(HM, "located_in", "Hanover"), R(FLM, "participated_in", HM), R(IPA, "participated_in", HM),
])

# --- delegation report: French health cluster in North Carolina ----------------------
EB = "Eurobiomed"
NCB = "North Carolina Biotechnology Center"
FACC = "Carolinas chapter of the French-American Chamber of Commerce"
CED = "CED Life Science Conference 2023"
REB = "Rencontres Eurobiomed 2024"
EB_MEMBERS = (("Provençal Bioprocess SAS", "Marseille"), ("Vaxmed Occitanie", "Montpellier"),
              ("Nîmes CellOrigin", "Nîmes"), ("Azur MedDevices", "Sophia Antipolis"))
GOLD["eurobiomed-north-carolina-delegation-2023.txt"] = dict(
entities=[
 E(EB, "cluster", "FR"), E("Marseille", "place", "FR"), E("Montpellier", "place", "FR"),
 E("North Carolina", "place", "US"), E("Provence-Alpes-Côte d'Azur", "place", "FR"),
 E("Occitanie", "place", "FR"),
 E("Business France", "public_body", "FR"),
 E("Consulate General of France in Atlanta", "public_body", "FR"), E("Atlanta", "place", "US"),
 E(FACC, "public_body", "US", "FACC Carolinas"), E("Région Sud", "public_body", "FR"),
 E("Sophie Marchetti", "person", "FR"),
 E("Provençal Bioprocess SAS", "company", "FR", "Provençal Bioprocess"),
 E("Vaxmed Occitanie", "company", "FR"), E("Nîmes CellOrigin", "company", "FR"),
 E("Azur MedDevices", "company", "FR"), E("Nîmes", "place", "FR"),
 E("Sophia Antipolis", "place", "FR"),
 E("Aix-Marseille University", "university", "FR", "Aix-Marseille Université"),
 E("Thomas Girard", "person", "FR"),
 E("Research Triangle Park", "place", "US"),
 E(NCB, "public_body", "US", "NCBiotech"), E("Raymond Whitfield", "person", "US"),
 E("Economic Development Partnership of North Carolina", "public_body", "US", "EDPNC"),
 E("French Tech Raleigh", "network", "US"), E("Raleigh", "place", "US"),
 E("North Carolina State University", "university", "US"),
 E("Biomanufacturing Training and Education Center", "research_org", "US", "BTEC"),
 E("Gillings School of Global Public Health", "university", "US"),
 E("University of North Carolina at Chapel Hill", "university", "US", "UNC-Chapel Hill"),
 E("Duke University", "university", "US"), E("Durham", "place", "US"),
 E("Morrisville", "place", "US"),
 E("Carolina Viral Vectors Inc.", "company", "US", "Carolina Viral Vectors"),
 E("Piedmont Genomics", "company", "US"),
 E(CED, "event", "US", "CED Life Science Conference"),
 E("Council for Entrepreneurial Development", "network", "US", "CED"),
 E(REB, "event", "FR"),
 E("BIO International Convention 2024", "event", "US"), E("San Diego", "place", "US"),
 E("Massachusetts Biotechnology Council", "cluster", "US", "MassBio"), E("Boston", "place", "US"),
],
relations=[
 R(EB, "located_in", "Marseille"), R(EB, "located_in", "Montpellier"),
 R("Sophie Marchetti", "works_for", EB),
 *[R(c, "member_of", EB) for c, _ in EB_MEMBERS],
 *[R(c, "located_in", t) for c, t in EB_MEMBERS],
 R("Thomas Girard", "works_for", "Business France"),
 R("Consulate General of France in Atlanta", "located_in", "Atlanta"),
 R(NCB, "located_in", "Research Triangle Park"), R("Raymond Whitfield", "works_for", NCB),
 R(EB, "met_with", "Economic Development Partnership of North Carolina"),
 R(EB, "partner_of", NCB),
 R("North Carolina State University", "located_in", "Raleigh"),
 R("Biomanufacturing Training and Education Center", "located_in", "Raleigh"),
 R(EB, "met_with", "Biomanufacturing Training and Education Center"),
 R("Vaxmed Occitanie", "met_with", "Gillings School of Global Public Health"),
 R("Aix-Marseille University", "met_with", "Duke University"),
 R("Duke University", "located_in", "Durham"),
 R("Carolina Viral Vectors Inc.", "located_in", "Morrisville"),
 R("Provençal Bioprocess SAS", "met_with", "Carolina Viral Vectors Inc."),
 R("Provençal Bioprocess SAS", "partner_of", "Carolina Viral Vectors Inc."),
 R("Nîmes CellOrigin", "met_with", "Piedmont Genomics"), R("Piedmont Genomics", "located_in", "Durham"),
 R(CED, "located_in", "Raleigh"), R("Council for Entrepreneurial Development", "organized", CED),
 *[R(o, "participated_in", CED) for o in (EB, NCB, FACC)],
 *[R(c, "participated_in", CED) for c, _ in EB_MEMBERS],
 R(EB, "organized", REB), R(REB, "located_in", "Montpellier"),
 R(EB, "participated_in", "BIO International Convention 2024"),
 R("Business France", "participated_in", "BIO International Convention 2024"),
 R("BIO International Convention 2024", "located_in", "San Diego"),
 R(EB, "partner_of", "Massachusetts Biotechnology Council"),
])

# --- accelerator news: European medtech start-ups at TMC Innovation, Houston ---------
TMCI = "TMC Innovation"
TMC = "Texas Medical Center"
MVE = "Medical Valley EMN"
TLSF = "Texas Life Science Forum 2024"
MAS = "Medical Alley Summit 2024"
COHORT = (("NeuroWave Medical Ltd", "Galway", "IE"), ("Sanaris Health B.V.", "Eindhoven", "NL"),
          ("Lumen Oncology", "Leiden", "NL"), ("Ossia Robotics SL", "Barcelona", "ES"),
          ("Pulmovia ApS", "Aarhus", "DK"), ("Vitalsens GmbH", "Erlangen", "DE"),
          ("Osteoprint Kft.", "Budapest", "HU"))
ALIASES = {"NeuroWave Medical Ltd": ("NeuroWave Medical",), "Sanaris Health B.V.": ("Sanaris Health",),
           "Ossia Robotics SL": ("Ossia Robotics",), "Pulmovia ApS": ("Pulmovia",),
           "Osteoprint Kft.": ("Osteoprint",)}
GOLD["tmc-innovation-european-medtech-cohort-2024.html"] = dict(
entities=[
 E(TMCI, "cluster", "US"), E(TMC, "cluster", "US", "TMC"),
 E("Houston", "place", "US"), E("Texas", "place", "US"),
 E("TMCi Accelerator", "programme", "US"),
 *[E(c, "company", cc, *ALIASES.get(c, ())) for c, _, cc in COHORT],
 *[E(t, "place", cc) for _, t, cc in COHORT],
 E("Enterprise Ireland", "public_body", "IE"), E("Health~Holland", "network", "NL"),
 E("Biocat", "cluster", "ES"), E(MVE, "cluster", "DE"),
 E("Brainport Eindhoven", "cluster", "NL"), E("TMC BioBridge", "programme", "US"),
 E("EIT Health", "network"),
 E("Camila Reyes", "person", "US"),
 E("Baylor College of Medicine", "university", "US"),
 E("Houston Methodist", "research_org", "US"),
 E("University of Texas MD Anderson Cancer Center", "research_org", "US"),
 E("Jürgen Brandl", "person", "DE"),
 E("Lone Star Surgical Systems", "company", "US"), E("Austin", "place", "US"),
 E("ACCIÓ", "public_body", "ES"),
 E(TLSF, "event", "US"), E("BioHouston", "network", "US"),
 E("Rice Alliance for Technology and Entrepreneurship", "research_org", "US"),
 E("Rice University", "university", "US"),
 E("Minneapolis", "place", "US"), E(MAS, "event", "US"),
 E("Medical Alley", "cluster", "US"), E("Minnesota", "place", "US"),
 E("Texas Economic Development and Tourism Office", "public_body", "US"),
 E("Greater Houston Partnership", "public_body", "US"),
],
relations=[
 R(TMCI, "located_in", "Houston"), R(TMC, "located_in", "Houston"),
 *[R(c, "member_of", TMCI) for c, _, _ in COHORT],
 *[R(c, "located_in", t) for c, t, _ in COHORT],
 *[R(o, "partner_of", TMCI) for o in ("Enterprise Ireland", "Health~Holland", "Biocat", MVE)],
 R(MVE, "located_in", "Erlangen"),
 R("Sanaris Health B.V.", "member_of", "Brainport Eindhoven"),
 R("Camila Reyes", "works_for", TMCI), R("Jürgen Brandl", "works_for", MVE),
 R("Ossia Robotics SL", "met_with", "Houston Methodist"),
 R("Ossia Robotics SL", "met_with", "Lone Star Surgical Systems"),
 R("Lone Star Surgical Systems", "located_in", "Austin"),
 R("BioHouston", "organized", TLSF),
 R("Rice Alliance for Technology and Entrepreneurship", "organized", TLSF),
 *[R(c, "participated_in", TLSF) for c, _, _ in COHORT],
 R("Medical Alley", "organized", MAS), R(MAS, "located_in", "Minneapolis"),
 R(TMCI, "participated_in", MAS),
 *[R(c, "participated_in", MAS) for c, _, _ in COHORT],
 R("Medical Alley", "located_in", "Minnesota"),
])

# --- newsletter: Quebec Government Office in Munich ---------------------------------
BQ = "Bureau du Québec à Munich"
PQ = "Propulsion Québec"
SEE = "The smarter E Europe 2024"
MILA_FR = "Mila – Institut québécois d'intelligence artificielle"
IVADO = "Institut de valorisation des données"
MIV = "Montréal InVivo"
LSD = "Québec–Bavaria Life Sciences Day"
QBO = "QB-ORGANOID"
QBP = "Québec–Bavaria Cooperation Programme"
STMWI = "Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie"
PQ_MEMBERS = (("Nordia Batteries inc.", "Boucherville"), ("Électro-Volt Mobilité", "Saint-Jérôme"),
              ("Recylith Technologies", "Trois-Rivières"))
GOLD["bureau-quebec-munich-newsletter-2024.md"] = dict(
entities=[
 E(BQ, "public_body", "CA", "Quebec Government Office in Munich"),
 E("Munich", "place", "DE"), E("Bavaria", "place", "DE"), E("Montréal", "place", "CA"),
 E("Québec City", "place", "CA"), E("Isabelle Fortin", "person", "CA"),
 E(PQ, "cluster", "CA"), E(SEE, "event", "DE", "The smarter E Europe"),
 *[E(c, "company", "CA") for c, _ in PQ_MEMBERS],
 *[E(t, "place", "CA") for _, t in PQ_MEMBERS],
 E("Bayern Innovativ", "public_body", "DE"), E("Cluster Automotive", "cluster", "DE"),
 E("Donau Metall Recycling GmbH", "company", "DE"), E("Regensburg", "place", "DE"),
 E(MILA_FR, "research_org", "CA", "Mila"),
 E("Cyber Valley", "network", "DE"), E("Tübingen", "place", "DE"), E("Stuttgart", "place", "DE"),
 E(IVADO, "research_org", "CA", "IVADO"), E("baiosphere", "network", "DE"),
 E("Technical University of Munich", "university", "DE", "TUM"),
 E("Anja Schreiber", "person", "DE"), E("Karim Haddad", "person", "CA"),
 E("Scale AI", "cluster", "CA"), E("ALL IN 2024", "event", "CA"),
 E(MIV, "cluster", "CA"), E("Greater Montréal", "place", "CA"),
 E("BioM", "cluster", "DE"), E(LSD, "event", "DE"), E("Martinsried", "place", "DE"),
 E("Université Laval", "university", "CA"),
 E("Ludwig-Maximilians-Universität München", "university", "DE", "LMU"),
 E(QBO, "project"), E("Organotek GmbH", "company", "DE"), E(QBP, "programme"),
 E("Ministère des Relations internationales et de la Francophonie", "public_body", "CA", "MRIF"),
 E(STMWI, "public_body", "DE", "StMWi"),
 E("BIO-Europe 2024", "event", "SE"), E("Stockholm", "place", "SE"),
 E("Québec Night in Munich", "event", "DE"), E("Mathieu Lavoie", "person", "CA"),
],
relations=[
 R(BQ, "located_in", "Munich"),
 R("Isabelle Fortin", "works_for", BQ), R("Mathieu Lavoie", "works_for", BQ),
 R(PQ, "participated_in", SEE), R(SEE, "located_in", "Munich"),
 *[R(c, "member_of", PQ) for c, _ in PQ_MEMBERS],
 *[R(c, "participated_in", SEE) for c, _ in PQ_MEMBERS],
 *[R(c, "located_in", t) for c, t in PQ_MEMBERS],
 R(PQ, "partner_of", "Bayern Innovativ"), R(PQ, "partner_of", "Cluster Automotive"),
 R("Bayern Innovativ", "participated_in", SEE), R("Cluster Automotive", "participated_in", SEE),
 R("Recylith Technologies", "met_with", "Donau Metall Recycling GmbH"),
 R("Donau Metall Recycling GmbH", "located_in", "Regensburg"),
 R(MILA_FR, "partner_of", "Cyber Valley"),
 R("Cyber Valley", "located_in", "Tübingen"), R("Cyber Valley", "located_in", "Stuttgart"),
 R(IVADO, "partner_of", "baiosphere"),
 R("Anja Schreiber", "works_for", "Technical University of Munich"),
 R("Karim Haddad", "works_for", IVADO),
 R("Scale AI", "organized", "ALL IN 2024"), R("ALL IN 2024", "located_in", "Montréal"),
 R(BQ, "participated_in", "ALL IN 2024"), R("Bayern Innovativ", "participated_in", "ALL IN 2024"),
 R(MIV, "located_in", "Greater Montréal"), R("BioM", "located_in", "Munich"),
 R(MIV, "organized", LSD), R("BioM", "organized", LSD), R(LSD, "located_in", "Martinsried"),
 R("Université Laval", "participated_in", LSD),
 R("Ludwig-Maximilians-Universität München", "participated_in", LSD),
 *[R(o, "consortium_member_of", QBO) for o in (
   "Université Laval", "Ludwig-Maximilians-Universität München", "Organotek GmbH")],
 R(QBO, "funded_by", QBP), R("Organotek GmbH", "located_in", "Martinsried"),
 R("BIO-Europe 2024", "located_in", "Stockholm"),
 R(MIV, "participated_in", "BIO-Europe 2024"), R("BioM", "participated_in", "BIO-Europe 2024"),
 R(BQ, "organized", "Québec Night in Munich"), R("Québec Night in Munich", "located_in", "Munich"),
])

# --- annual-report chapter: Catalan energy cluster in North America -------------------
CEEC = "Clúster de l'Energia Eficient de Catalunya"
OFF = "Catalonia Trade & Investment office in Silicon Valley"
CSD = "Cleantech San Diego"
LACI = "Los Angeles Cleantech Incubator"
ISNA = "Intersolar North America 2023"
REP = "RE+ 2023"
TE = "TRANSENERGY-4i"
SCE = "Smart City Expo World Congress 2024"
PAVILION = (("Solartia Energia SL", "Terrassa"), ("Gridcat Smart Systems SL", "Girona"),
            ("Termoflux Enginyeria", "Lleida"), ("Bateries del Vallès SA", "Sabadell"))
GOLD["ceec-energy-cluster-california-2023.txt"] = dict(
entities=[
 E(CEEC, "cluster", "ES", "CEEC"),
 E(OFF, "public_body", "ES"), E("ACCIÓ", "public_body", "ES"),
 E("Silicon Valley", "place", "US"), E("Bay Area", "place", "US"),
 E("Núria Vilaró", "person", "ES"),
 E("California Energy Commission", "public_body", "US"),
 E("Pacific Microgrid Partners", "company", "US"), E("Oakland", "place", "US"),
 *[E(c, "company", "ES") for c, _ in PAVILION],
 *[E(t, "place", "ES") for _, t in PAVILION],
 E(CSD, "cluster", "US"), E("Southern California", "place", "US"), E("San Diego", "place", "US"),
 E(ISNA, "event", "US"),
 E(LACI, "cluster", "US", "LACI"), E("Barcelona", "place", "ES"),
 E("Marcus Ellington", "person", "US"),
 E("Hidrogen Verd Mediterrani SL", "company", "ES"), E("Tarragona", "place", "ES"),
 E(REP, "event", "US"), E("Las Vegas", "place", "US"),
 E("Solar Energy Industries Association", "network", "US", "SEIA"),
 E("Greentown Labs", "cluster", "US", "Greentown"), E("Boston", "place", "US"),
 E("Jordi Puigdomènech", "person", "ES"), E("Montréal", "place", "CA"),
 E("Écotech Québec", "cluster", "CA"),
 E(TE, "project"), E("Euroclusters", "programme"),
 E("Single Market Programme", "programme"),
 E("Tenerrdis", "cluster", "FR"), E("Grenoble", "place", "FR"),
 E("TWEED", "cluster", "BE"), E("Liège", "place", "BE"),
 E(SCE, "event", "ES"), E("Marta Ribera", "person", "ES"),
],
relations=[
 R(CEEC, "partner_of", OFF),
 R(OFF, "located_in", "Silicon Valley"), R("Núria Vilaró", "works_for", OFF),
 R(CEEC, "met_with", "California Energy Commission"),
 R(CEEC, "met_with", "Pacific Microgrid Partners"),
 R("Pacific Microgrid Partners", "located_in", "Oakland"),
 R("Pacific Microgrid Partners", "partner_of", "Gridcat Smart Systems SL"),
 *[R(c, "member_of", CEEC) for c, _ in PAVILION],
 *[R(c, "located_in", t) for c, t in PAVILION],
 *[R(c, "participated_in", REP) for c, _ in PAVILION],
 R(CEEC, "partner_of", CSD),
 R(CSD, "located_in", "Southern California"), R(CSD, "located_in", "San Diego"),
 R(CEEC, "participated_in", ISNA), R(CSD, "participated_in", ISNA), R(ISNA, "located_in", "San Diego"),
 R(CEEC, "partner_of", LACI), R("Marcus Ellington", "works_for", LACI),
 R("Solartia Energia SL", "member_of", LACI), R("Hidrogen Verd Mediterrani SL", "member_of", LACI),
 R("Hidrogen Verd Mediterrani SL", "located_in", "Tarragona"),
 R(CEEC, "participated_in", REP), R(REP, "located_in", "Las Vegas"),
 R("Solar Energy Industries Association", "organized", REP),
 R("Termoflux Enginyeria", "met_with", "Greentown Labs"), R("Greentown Labs", "located_in", "Boston"),
 R("Jordi Puigdomènech", "works_for", CEEC),
 R(CEEC, "met_with", "Écotech Québec"), R(CEEC, "partner_of", "Écotech Québec"),
 R("Écotech Québec", "located_in", "Montréal"),
 R(TE, "funded_by", "Euroclusters"), R(TE, "funded_by", "Single Market Programme"),
 R(CEEC, "leads", TE), R(CEEC, "consortium_member_of", TE),
 R("Tenerrdis", "consortium_member_of", TE), R("TWEED", "consortium_member_of", TE),
 R("Tenerrdis", "located_in", "Grenoble"), R("TWEED", "located_in", "Liège"),
 R(SCE, "located_in", "Barcelona"), R(CEEC, "participated_in", SCE),
 R("Marta Ribera", "works_for", CEEC),
])

# --- media release: Alberta / Northern Netherlands hydrogen MoU ------------------------
ERH = "Edmonton Region Hydrogen HUB"
NEC = "New Energy Coalition"
CHC = "Canadian Hydrogen Convention 2023"
NLC = "Consulate General of the Kingdom of the Netherlands in Vancouver"
WHS = "World Hydrogen Summit 2024"
H2C = "H2-CORRIDOR"
RVO = "Netherlands Enterprise Agency"
ERA = "Emissions Reduction Alberta"
HANZE = "Hanze University of Applied Sciences"
COMPANIES = (("Prairie Hydrogen Logistics Ltd.", "Fort Saskatchewan", ERH),
             ("Eemsdelta Waterstof BV", "Delfzijl", NEC),
             ("Aurora H2 Fuels", "Nisku", ERH), ("Noordgas Systems", "Groningen", NEC))
GOLD["edmonton-hydrogen-hub-groningen-mou-2023.html"] = dict(
entities=[
 E(ERH, "cluster", "CA"), E(NEC, "network", "NL"), E("Groningen", "place", "NL"),
 E(CHC, "event", "CA", "Canadian Hydrogen Convention"), E("Edmonton", "place", "CA"),
 E("Erin MacKenzie", "person", "CA", "MacKenzie"), E("Pieter Hoogeveen", "person", "NL", "Hoogeveen"),
 E("Marieke de Jong", "person", "NL"), E(NLC, "public_body", "NL"),
 E("Alberta Innovates", "public_body", "CA"), E("Edmonton Global", "public_body", "CA"),
 E("Alberta", "place", "CA"), E("Alberta's Industrial Heartland", "place", "CA"),
 E("Eemshaven", "place", "NL"), E("Northern Netherlands", "place", "NL"),
 E("HEAVENN", "project"), E("Clean Hydrogen Partnership", "programme"),
 E(RVO, "public_body", "NL", "RVO"), E(WHS, "event", "NL"), E("Rotterdam", "place", "NL"),
 E(H2C, "project"), E(HANZE, "university", "NL"),
 E("Northern Alberta Institute of Technology", "university", "CA", "NAIT"),
 E("University of Alberta", "university", "CA"), E(ERA, "public_body", "CA", "ERA"),
 E("Prairie Hydrogen Logistics Ltd.", "company", "CA", "Prairie Hydrogen Logistics"),
 E("Fort Saskatchewan", "place", "CA"),
 E("Eemsdelta Waterstof BV", "company", "NL", "Eemsdelta Waterstof"), E("Delfzijl", "place", "NL"),
 E("Aurora H2 Fuels", "company", "CA"), E("Nisku", "place", "CA"),
 E("Noordgas Systems", "company", "NL"), E("Western Canada", "place", "CA"),
 E("Government of Alberta", "public_body", "CA"), E("University of Groningen", "university", "NL"),
 E("Canadian Hydrogen and Fuel Cell Association", "network", "CA", "CHFCA"),
],
relations=[
 R(ERH, "partner_of", NEC), R(NEC, "located_in", "Groningen"), R(ERH, "located_in", "Edmonton"),
 R(CHC, "located_in", "Edmonton"), R("Canadian Hydrogen and Fuel Cell Association", "organized", CHC),
 *[R(o, "participated_in", CHC) for o in (
   ERH, NEC, "Erin MacKenzie", "Pieter Hoogeveen", "Marieke de Jong", NLC, "Alberta Innovates",
   "Edmonton Global")],
 *[R(c, "participated_in", CHC) for c, _, _ in COMPANIES],
 R("Erin MacKenzie", "works_for", ERH), R("Pieter Hoogeveen", "works_for", NEC),
 R("Marieke de Jong", "works_for", NLC),
 R(NEC, "leads", "HEAVENN"), R(NEC, "consortium_member_of", "HEAVENN"),
 R("HEAVENN", "funded_by", "Clean Hydrogen Partnership"),
 R(WHS, "located_in", "Rotterdam"), R(ERH, "participated_in", WHS), R(NEC, "participated_in", WHS),
 R(HANZE, "leads", H2C),
 *[R(o, "consortium_member_of", H2C) for o in (
   HANZE, "Northern Alberta Institute of Technology", "University of Alberta")],
 R(H2C, "funded_by", RVO), R(H2C, "funded_by", ERA),
 *[R(c, "located_in", t) for c, t, _ in COMPANIES],
 *[R(c, "member_of", m) for c, _, m in COMPANIES],
 R("Prairie Hydrogen Logistics Ltd.", "met_with", "Eemsdelta Waterstof BV"),
 R("Aurora H2 Fuels", "met_with", "Noordgas Systems"),
 R("Aurora H2 Fuels", "partner_of", "Noordgas Systems"),
 R(HANZE, "member_of", NEC), R("University of Groningen", "member_of", NEC),
])


def check():
    docs = Path(__file__).resolve().parents[2] / "docs" / "train-u"
    for doc, gold in GOLD.items():
        assert (docs / doc).is_file(), f"missing document {doc}"
        names = [e["name"] for e in gold["entities"]]
        assert len(names) == len(set(names)), (doc, sorted(n for n in names if names.count(n) > 1))
        types = {e["name"]: e["type"] for e in gold["entities"]}
        for e in gold["entities"]:
            assert e["type"] in TYPES, (doc, e)
            assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), (doc, e)
            assert e["name"] not in e["aliases"], (doc, e)
        seen = set()
        for r in gold["relations"]:
            s, p, o = r["subject"], r["predicate"], r["object"]
            assert s in types, (doc, "unknown subject", r)
            assert o in types, (doc, "unknown object", r)
            assert p in ALLOWED, (doc, "unknown predicate", r)
            subj_ok, obj_ok = ALLOWED[p]
            assert types[s] in subj_ok and types[o] in obj_ok, (doc, "types", r, types[s], types[o])
            key = (s, p, o) if p not in ("partner_of", "met_with") else (frozenset((s, o)), p)
            assert key not in seen, (doc, "duplicate", r)
            seen.add(key)
        assert 25 <= len(gold["entities"]) <= 45, (doc, "entities", len(gold["entities"]))
        assert 25 <= len(gold["relations"]) <= 50, (doc, "relations", len(gold["relations"]))


check()
for name, gold in GOLD.items():
    path = Path(__file__).parent / f"{name.rsplit('.', 1)[0]}.json"
    body = {"document": name, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
