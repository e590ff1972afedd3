"""Update resources/i18n/nxdesk_vi.ts from the sources and fill in Vietnamese translations.

    flock /tmp/nxdesk-ts.lock .venv/bin/python tools/ts_fill.py [translations.json]

1. runs pyside6-lupdate over nxdesk/ (new strings are added as unfinished, vanished ones marked obsolete);
2. with a JSON file ``{"Context": {"English source": "Bản dịch", ...}, ...}``, fills those translations;
3. prints every message still without a translation.
Keep Qt placeholders (%1, %n, {name}) identical in the translation.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "nxdesk_vi.ts"


def lupdate() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "nxdesk").rglob("*.py"))
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(exe), *sources, "-no-obsolete", "-target-language", "vi_VN", "-ts", str(TS)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill(translations: dict[str, dict[str, str]]) -> list[tuple[str, str]]:
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            given = translations.get(name, {}).get(source)
            if given is not None:
                tr.text = given
                tr.attrib.pop("type", None)
            if not (tr.text or "").strip() or tr.get("type") == "unfinished":
                missing.append((name, source))
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    text = TS.read_text(encoding="utf-8").replace(
        "<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1
    )
    TS.write_text(text, encoding="utf-8")
    return missing


if __name__ == "__main__":
    lupdate()
    given = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")) if len(sys.argv) > 1 else {}
    for context, source in fill(given):
        print(f"untranslated: [{context}] {source!r}")
