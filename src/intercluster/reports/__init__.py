"""The yearly activity report ("International deployment") and the network exports.

`content` gathers the year from the registry into a `Report` (sections of
generated sentences, tables and figures, each with the relations behind it);
`render` turns it into Markdown, HTML or PDF; `charts` draws the figures;
`exports` writes the network as GraphML, GEXF, CSV or XLSX; `files` writes any
of them atomically, so a failure never leaves half a file.
"""

# Light constants, so that the CLI can check its options without importing the heavy modules.
REPORT_FORMATS = ("md", "html", "pdf")
EXPORT_FORMATS = ("graphml", "gexf", "csv", "xlsx")
DEFAULT_BASE_URL = "http://127.0.0.1:8000"  # where `intercluster serve` listens by default
