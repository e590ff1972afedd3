"""The SQLite store (sqlite-utils): open, migrate, read and write. No Qt here."""
