"""``python -m nxdesk`` and the frozen application's entry point.

The import is absolute: PyInstaller runs this file as a script, outside the package."""

import sys

from nxdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
