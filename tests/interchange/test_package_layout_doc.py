"""The package layout documented in docs/units-and-packages.md is the one written: every manifest key a
package carries is in the manifest table, the columns are those of rows.csv, and the sha256 is over the
rows.csv member's bytes."""

import hashlib
import json
import re
import zipfile
from pathlib import Path

from nxdesk.interchange.assign import write_assignments
from nxdesk.interchange.collect import write_figures_package
from nxdesk.interchange.packages import ASSIGNMENT_COLUMNS, FIGURE_COLUMNS, FORMAT_VERSION
from nxdesk.store.entries import set_entry
from nxdesk.store.targets import target_id

from .test_packages import province  # noqa: F401

DOC = (Path(__file__).resolve().parents[2] / "docs" / "units-and-packages.md").read_text("utf-8")


def documented_keys() -> set[str]:
    table = DOC[DOC.index("`manifest.json`") : DOC.index("`rows.csv`: the CSV table")]
    return set(re.findall(r"^\| `(\w+)` \|", table, re.M))


def test_the_documented_layout_is_the_written_one(province, tmp_path):  # noqa: F811
    assert f"## Package file, format version {FORMAT_VERSION}" in DOC
    assert "assignment: `" + ",".join(ASSIGNMENT_COLUMNS) + "`" in DOC
    assert "figures: `" + ",".join(FIGURE_COLUMNS) + "`" in DOC
    [assignment, _] = write_assignments(province, 2024, tmp_path)
    set_entry(province, target_id(province, "KT01"), 2024, 9, value=12.5)
    figures = tmp_path / "up.nxpkg"
    write_figures_package(province, 2024, 9, figures, "16279", "Xã Như Xuân")
    for path in (assignment, figures):
        with zipfile.ZipFile(path) as z:
            assert sorted(z.namelist()) == ["manifest.json", "rows.csv"]
            manifest = json.loads(z.read("manifest.json"))
            rows = z.read("rows.csv")
        assert set(manifest) <= documented_keys(), set(manifest) - documented_keys()
        assert manifest["sha256"] == hashlib.sha256(rows).hexdigest()
        assert not rows.startswith(b"\xef\xbb\xbf") and rows.count(b"\r\n") == manifest["rows"] + 1
