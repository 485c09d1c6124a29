"""Writes the hand annotations as JSON (run once; the JSON files are the gold)."""
import json
from pathlib import Path

def E(name, type_, country=None, *aliases):
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}

def R(s, p, o):
    return {"subject": s, "predicate": p, "object": o}

GOLD = {}
GOLD["dev/biowin-2022-international"] = dict(
entities=[
 E("BioWin","cluster","BE"), E("Wallonia","place","BE"),
 E("BIO-Europe Spring","event","CH"), E("Basel","place","CH"),
 E("Wallonia Export and Investment Agency","public_body","BE","AWEX"),
 E("BioAlps","cluster","CH"), E("Health~Holland","cluster","NL"),
 E("BIO International Convention","event","US"), E("San Diego","place","US"),
 E("hub.brussels","public_body","BE"), E("Pfizer","company",None), E("Takeda","company",None),
 E("Kobe Biomedical Innovation Cluster","cluster","JP","KBIC"),
 E("Biocat","cluster","ES"), E("Catalonia","place","ES"),
 E("Montréal InVivo","cluster","CA"), E("Quebec","place","CA"),
 E("Council of European BioRegions","network",None,"CEBR"),
 E("European Cluster Collaboration Platform","network",None),
 E("ATMP-Sprint","project",None),
 E("Interreg North-West Europe","programme",None,"Interreg North-West Europe programme"),
 E("University of Liège","university","BE"), E("Flanders.bio","cluster","BE"),
 E("BioRegio STERN Management GmbH","cluster","DE","BioRegio STERN"),
 E("Leiden Bio Science Park","cluster","NL"), E("Claire Dumont","person","BE"),
],
relations=[
 R("BioWin","located_in","Wallonia"),
 R("BioWin","participated_in","BIO-Europe Spring"), R("BIO-Europe Spring","located_in","Basel"),
 R("BioWin","partner_of","Wallonia Export and Investment Agency"),
 R("Wallonia Export and Investment Agency","participated_in","BIO-Europe Spring"),
 R("BioWin","met_with","BioAlps"), R("BioWin","met_with","Health~Holland"),
 R("BioWin","participated_in","BIO International Convention"),
 R("BIO International Convention","located_in","San Diego"),
 R("BioWin","partner_of","hub.brussels"),
 R("Wallonia Export and Investment Agency","participated_in","BIO International Convention"),
 R("hub.brussels","participated_in","BIO International Convention"),
 R("BioWin","met_with","Pfizer"), R("BioWin","met_with","Takeda"),
 R("BioWin","met_with","Kobe Biomedical Innovation Cluster"),
 R("BioWin","partner_of","Biocat"), R("Biocat","located_in","Catalonia"),
 R("BioWin","partner_of","Montréal InVivo"), R("Montréal InVivo","located_in","Quebec"),
 R("BioWin","member_of","Council of European BioRegions"),
 R("BioWin","member_of","European Cluster Collaboration Platform"),
 R("BioWin","consortium_member_of","ATMP-Sprint"),
 R("ATMP-Sprint","funded_by","Interreg North-West Europe"),
 R("University of Liège","leads","ATMP-Sprint"),
 R("University of Liège","consortium_member_of","ATMP-Sprint"),
 R("Flanders.bio","consortium_member_of","ATMP-Sprint"),
 R("BioRegio STERN Management GmbH","consortium_member_of","ATMP-Sprint"),
 R("Leiden Bio Science Park","consortium_member_of","ATMP-Sprint"),
 R("Claire Dumont","works_for","BioWin"),
])
GOLD["dev/mva-biom-mou-2023"] = dict(
entities=[
 E("Medicon Valley Alliance","cluster","DK","MVA"), E("Greater Copenhagen","place","DK"),
 E("BioM Biotech Cluster Development GmbH","cluster","DE","BioM"), E("Munich","place","DE"),
 E("Copenhagen","place","DK"), E("Bavarian Ministry of Economic Affairs","public_body","DE"),
 E("Bavaria","place","DE"), E("BioInnovation Institute","research_org","DK"),
 E("Novo Nordisk Foundation","public_body","DK"),
 E("BIO-Europe Spring 2023","event","CH","BIO-Europe Spring"), E("Basel","place","CH"),
 E("Council of European BioRegions","network",None,"CEBR"),
 E("Mette Lund","person","DK"), E("Thomas Berger","person","DE"),
 E("Medicon Valley","place","DK"), E("Lund University","university","SE"),
 E("Technical University of Munich","university","DE"),
],
relations=[
 R("Medicon Valley Alliance","partner_of","BioM Biotech Cluster Development GmbH"),
 R("Medicon Valley Alliance","located_in","Greater Copenhagen"),
 R("BioM Biotech Cluster Development GmbH","located_in","Munich"),
 R("Medicon Valley Alliance","participated_in","BIO-Europe Spring 2023"),
 R("BioM Biotech Cluster Development GmbH","participated_in","BIO-Europe Spring 2023"),
 R("BIO-Europe Spring 2023","located_in","Basel"),
 R("Medicon Valley Alliance","member_of","Council of European BioRegions"),
 R("BioM Biotech Cluster Development GmbH","member_of","Council of European BioRegions"),
 R("Mette Lund","works_for","Medicon Valley Alliance"),
 R("Thomas Berger","works_for","BioM Biotech Cluster Development GmbH"),
])
GOLD["dev/eu-consortium-neuroregen-2022"] = dict(
entities=[
 E("NeuroRegen","project",None), E("Horizon Europe","programme",None,"Horizon Europe programme"),
 E("Karolinska Institutet","university","SE"), E("Stockholm","place","SE"),
 E("Paris Brain Institute","research_org","FR"), E("University of Milan","university","IT"),
 E("Leiden University Medical Center","research_org","NL"),
 E("Axolis Therapeutics","company","FR"), E("Genopole","cluster","FR"),
 E("EIT Health","network",None), E("Barcelona","place","ES"),
 E("Marie Lefèvre","person","FR"), E("ASPAYM","network","ES"),
 E("European Medicines Agency","public_body",None), E("Évry","place","FR"),
],
relations=[
 R("NeuroRegen","funded_by","Horizon Europe"),
 R("Karolinska Institutet","leads","NeuroRegen"),
 R("Karolinska Institutet","consortium_member_of","NeuroRegen"),
 R("Karolinska Institutet","located_in","Stockholm"),
 R("Paris Brain Institute","consortium_member_of","NeuroRegen"),
 R("University of Milan","consortium_member_of","NeuroRegen"),
 R("Leiden University Medical Center","consortium_member_of","NeuroRegen"),
 R("Axolis Therapeutics","consortium_member_of","NeuroRegen"),
 R("Genopole","consortium_member_of","NeuroRegen"),
 R("Genopole","met_with","Karolinska Institutet"),
 R("Genopole","met_with","Axolis Therapeutics"),
 R("Marie Lefèvre","works_for","Genopole"),
 R("Axolis Therapeutics","located_in","Évry"),
 R("Axolis Therapeutics","member_of","Genopole"),
])
GOLD["heldout/biocat-bio-2023-delegation"] = dict(
entities=[
 E("Biocat","cluster","ES"), E("BioRegion of Catalonia","place","ES"), E("Barcelona","place","ES"),
 E("BIO International Convention","event","US","BIO 2023","BIO"), E("Boston","place","US"),
 E("ACCIÓ","public_body","ES"), E("Barcelona City Council","public_body","ES"),
 E("Oryzon Genomics","company","ES"), E("Ona Therapeutics","company","ES"),
 E("Minoryx Therapeutics","company","ES"),
 E("Massachusetts Biotechnology Council","cluster","US","MassBio"),
 E("Broad Institute","research_org","US"), E("LabCentral","company","US"),
 E("Cambridge","place","US"),
 E("Institute for Bioengineering of Catalonia","research_org","ES","IBEC"),
 E("Marta Puig","person","ES"), E("Council of European BioRegions","network",None,"CEBR"),
 E("EIT Health Spain","network","ES"), E("BioSpain","event","ES"),
 E("Spanish Bioindustry Association","network","ES","ASEBIO"),
],
relations=[
 R("Biocat","participated_in","BIO International Convention"),
 R("BIO International Convention","located_in","Boston"),
 R("Biocat","partner_of","ACCIÓ"), R("Biocat","partner_of","Barcelona City Council"),
 R("ACCIÓ","participated_in","BIO International Convention"),
 R("Barcelona City Council","participated_in","BIO International Convention"),
 R("Oryzon Genomics","participated_in","BIO International Convention"),
 R("Ona Therapeutics","participated_in","BIO International Convention"),
 R("Minoryx Therapeutics","participated_in","BIO International Convention"),
 R("Biocat","partner_of","Massachusetts Biotechnology Council"),
 R("LabCentral","located_in","Cambridge"),
 R("Biocat","partner_of","Institute for Bioengineering of Catalonia"),
 R("Institute for Bioengineering of Catalonia","participated_in","BIO International Convention"),
 R("Marta Puig","works_for","Biocat"),
 R("Biocat","member_of","Council of European BioRegions"),
 R("Biocat","member_of","EIT Health Spain"),
 R("Biocat","organized","BioSpain"),
 R("Spanish Bioindustry Association","organized","BioSpain"),
 R("BioSpain","located_in","Barcelona"),
])
GOLD["heldout/lyonbiopole-2022-europe"] = dict(
entities=[
 E("Lyonbiopole Auvergne-Rhône-Alpes","cluster","FR","Lyonbiopole"),
 E("BioValley Basel","network","CH"),
 E("Korea Health Industry Development Institute","public_body","KR","KHIDI"),
 E("bioMérieux","company","FR"), E("Sanofi Pasteur","company","FR"),
 E("Lyon Cancer Research Center","research_org","FR"), E("MEDICA","event","DE"),
 E("Düsseldorf","place","DE"), E("Business France","public_body","FR"),
 E("BioRegio STERN","cluster","DE"), E("LISAvienna","cluster","AT"),
 E("INFECT-ERA+","project",None), E("Horizon Europe","programme",None),
 E("Pasteur Institute","research_org","FR"),
 E("Interreg Alpine Space","programme",None), E("AlpHealth","project",None),
 E("Trentino Sviluppo","public_body","IT"), E("BioPmed","cluster","IT"),
 E("BioAlps","cluster","CH"), E("European Alliance for Vaccine Innovation","network",None),
 E("France Biotech","network","FR"), E("French Health Clusters","network","FR"),
 E("Council of European BioRegions","network",None,"CEBR"), E("Hélène Morel","person","FR"),
],
relations=[
 R("Lyonbiopole Auvergne-Rhône-Alpes","partner_of","BioValley Basel"),
 R("Lyonbiopole Auvergne-Rhône-Alpes","partner_of","Korea Health Industry Development Institute"),
 R("Lyonbiopole Auvergne-Rhône-Alpes","participated_in","MEDICA"),
 R("MEDICA","located_in","Düsseldorf"),
 R("Business France","participated_in","MEDICA"),
 R("Lyonbiopole Auvergne-Rhône-Alpes","met_with","BioRegio STERN"),
 R("Lyonbiopole Auvergne-Rhône-Alpes","met_with","LISAvienna"),
 R("Lyonbiopole Auvergne-Rhône-Alpes","consortium_member_of","INFECT-ERA+"),
 R("Pasteur Institute","leads","INFECT-ERA+"),
 R("Pasteur Institute","consortium_member_of","INFECT-ERA+"),
 R("INFECT-ERA+","funded_by","Horizon Europe"),
 R("Lyonbiopole Auvergne-Rhône-Alpes","leads","AlpHealth"),
 R("Lyonbiopole Auvergne-Rhône-Alpes","consortium_member_of","AlpHealth"),
 R("AlpHealth","funded_by","Interreg Alpine Space"),
 R("Trentino Sviluppo","consortium_member_of","AlpHealth"),
 R("BioPmed","consortium_member_of","AlpHealth"),
 R("BioAlps","consortium_member_of","AlpHealth"),
 R("Lyonbiopole Auvergne-Rhône-Alpes","member_of","European Alliance for Vaccine Innovation"),
 R("Lyonbiopole Auvergne-Rhône-Alpes","member_of","France Biotech"),
 R("Lyonbiopole Auvergne-Rhône-Alpes","member_of","French Health Clusters"),
 R("Lyonbiopole Auvergne-Rhône-Alpes","member_of","Council of European BioRegions"),
 R("Hélène Morel","works_for","Lyonbiopole Auvergne-Rhône-Alpes"),
])
GOLD["heldout/cataloniabio-joins-cebr-2021"] = dict(
entities=[
 E("Council of European BioRegions","network",None,"CEBR"), E("Brussels","place","BE"),
 E("CataloniaBio & HealthTech","cluster","ES"), E("Catalonia","place","ES"),
 E("BioWin","cluster","BE"), E("Genopole","cluster","FR"),
 E("Medicon Valley Alliance","cluster","DK"), E("Biocat","cluster","ES"), E("BioM","cluster","DE"),
 E("CEBR General Assembly","event",None), E("CEBR Investor Day","event","ES"),
 E("Barcelona","place","ES"), E("Jordi Martí","person","ES"),
 E("BIO-Europe","event",None), E("Flanders.bio","cluster","BE"), E("SwedenBIO","cluster","SE"),
 E("ClusterXchange","project",None), E("COSME","programme",None,"COSME programme"),
],
relations=[
 R("CataloniaBio & HealthTech","member_of","Council of European BioRegions"),
 R("BioWin","member_of","Council of European BioRegions"),
 R("Genopole","member_of","Council of European BioRegions"),
 R("Medicon Valley Alliance","member_of","Council of European BioRegions"),
 R("Biocat","member_of","Council of European BioRegions"),
 R("BioM","member_of","Council of European BioRegions"),
 R("Council of European BioRegions","organized","CEBR General Assembly"),
 R("CataloniaBio & HealthTech","organized","CEBR Investor Day"),
 R("Biocat","organized","CEBR Investor Day"),
 R("Council of European BioRegions","organized","CEBR Investor Day"),
 R("CEBR Investor Day","located_in","Barcelona"),
 R("Jordi Martí","works_for","CataloniaBio & HealthTech"),
 R("CataloniaBio & HealthTech","participated_in","BIO-Europe"),
 R("CataloniaBio & HealthTech","met_with","Flanders.bio"),
 R("CataloniaBio & HealthTech","met_with","SwedenBIO"),
 R("CataloniaBio & HealthTech","consortium_member_of","ClusterXchange"),
 R("ClusterXchange","funded_by","COSME"),
 R("CataloniaBio & HealthTech","located_in","Catalonia"),
])
GOLD["heldout/biocon-valley-interreg-2023"] = dict(
entities=[
 E("BaltHealth","project",None),
 E("Interreg Baltic Sea Region","programme",None,"Interreg Baltic Sea Region programme"),
 E("Greifswald","place","DE"), E("BioCon Valley GmbH","cluster","DE","BioCon Valley"),
 E("Mecklenburg-Western Pomerania","place","DE"), E("University of Greifswald","university","DE"),
 E("Lithuanian Biotechnology Association","cluster","LT"),
 E("Tartu Biotechnology Park","cluster","EE"),
 E("Latvian Biomedical Research and Study Centre","research_org","LV"),
 E("Lund University","university","SE"), E("ScanBalt","network",None),
 E("BioTechMed Mazovia","cluster","PL"), E("Lars Bauer","person","DE"),
 E("Council of European BioRegions","network",None), E("Baltic Health Summit","event","DE"),
 E("Rostock","place","DE"),
],
relations=[
 R("BaltHealth","funded_by","Interreg Baltic Sea Region"),
 R("BioCon Valley GmbH","leads","BaltHealth"),
 R("BioCon Valley GmbH","consortium_member_of","BaltHealth"),
 R("University of Greifswald","consortium_member_of","BaltHealth"),
 R("Lithuanian Biotechnology Association","consortium_member_of","BaltHealth"),
 R("Tartu Biotechnology Park","consortium_member_of","BaltHealth"),
 R("Latvian Biomedical Research and Study Centre","consortium_member_of","BaltHealth"),
 R("Lund University","consortium_member_of","BaltHealth"),
 R("ScanBalt","consortium_member_of","BaltHealth"),
 R("BioTechMed Mazovia","consortium_member_of","BaltHealth"),
 R("BioCon Valley GmbH","located_in","Mecklenburg-Western Pomerania"),
 R("Lars Bauer","works_for","BioCon Valley GmbH"),
 R("BioCon Valley GmbH","member_of","ScanBalt"),
 R("BioCon Valley GmbH","member_of","Council of European BioRegions"),
 R("BioCon Valley GmbH","organized","Baltic Health Summit"),
 R("Baltic Health Summit","located_in","Rostock"),
])

# The seed: the demo dataset, which states the seed's entities and relations.
demo = json.loads((Path(__file__).resolve().parents[2] / "src/intercluster/demo/genopole-2021.json").read_text())
names = {e["id"]: e["name"] for e in demo["entities"]}
GOLD["dev/genopole-2021-enlarging-networks"] = dict(
    entities=[
        E(e["name"], e["type"], e.get("country"),
          *sorted({*e.get("aliases", []), e["mention"]} - {e["name"]}))
        for e in demo["entities"]
    ],
    relations=[R(names[r["subject"]], r["predicate"], names[r["object"]]) for r in demo["relations"]],
)
for key, gold in GOLD.items():
    split, name = key.split("/")
    document = f"{name}.txt"
    path = Path(__file__).parent / "gold" / split / f"{name}.json"
    body = {"document": document, **gold}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path, len(gold["entities"]), len(gold["relations"]))
