"""Summary rows -> one document model -> the printed table and report: PDF/print, XLSX, DOCX and text."""
