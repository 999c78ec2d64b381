"""Curated offline data for the scheduler (place names, abbreviations, popular zones)."""
