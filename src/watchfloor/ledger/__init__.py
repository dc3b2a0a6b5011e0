"""The ledger: figures tracked across reports, sources and time."""
