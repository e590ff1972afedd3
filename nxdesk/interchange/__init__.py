"""The interchange formats of INTERCHANGE.md: the import table and the summary JSON/CSV."""
