"""``python -m nxdesk`` and the frozen application's entry point (absolute import: PyInstaller runs it as a script)."""

import sys

from nxdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
