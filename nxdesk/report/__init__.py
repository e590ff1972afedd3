"""Summary rows -> printed table, HTML, PDF (and, from engineer D, XLSX, DOCX and narrative text)."""
