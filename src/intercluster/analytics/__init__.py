"""Network analytics over plain data: tie strength, centralities, communities, brokers,
warm-introduction paths, yearly tie changes and geographic spread.

Nothing here touches the database: `services.analytics` loads a `Network` from
the repositories and calls these functions; tests build networks by hand.
"""
