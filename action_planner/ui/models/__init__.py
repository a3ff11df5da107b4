"""Item models: thin Qt adapters over the read models the services return."""
