"""The demo dataset: the seed chapter of Genopole's 2021 annual report and the facts it states."""
