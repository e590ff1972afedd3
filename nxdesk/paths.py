"""Where things are: bundled resources (source tree or frozen app) and the default database."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the package; PyInstaller's build.spec puts it at the same relative place."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_db_path() -> Path:
    """``NXDESK_DB`` when set, else ``nxdesk.db`` in the user's data folder."""
    env = os.environ.get("NXDESK_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("nxdesk", appauthor=False)) / "nxdesk.db"
