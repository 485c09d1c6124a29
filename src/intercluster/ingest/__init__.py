"""Ingestion: documents become proposed entities and relations with their sources.

`readers` turn files into text; `pipeline.extract` finds the names, types,
countries, relations and dates in it (`entities`, `relations`, `dates`), and
links names to the registry (`linking`). Storing and reviewing the result is
the work of `services.ingestion` and `services.review`.
"""
