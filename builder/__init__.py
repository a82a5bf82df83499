"""dossier: build a cross-linked briefing site from sources and fact cards that cite them word for word."""
