"""Qt table models of the main window (entry grid, sector list)."""
