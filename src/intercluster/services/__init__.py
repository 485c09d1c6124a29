"""Use cases: one module per area, functions with keyword-only arguments over a UnitOfWork."""
