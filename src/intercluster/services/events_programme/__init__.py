"""The events programme: calendar, participation plans, delegation booklets, debriefs, returns.

Modules without a database (`currency`, `regions`, `calendar_files`,
`scoring`) hold the arithmetic and the parsing, tested on their own; the
others are use cases `f(uow, *, ...)` over the registry and the tables of
`db.events_models`. docs/events-programme.md says how each figure is made.
"""
