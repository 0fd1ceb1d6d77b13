"""The licence: AGPL-3.0-or-later (PyMuPDF is AGPL-3.0), in LICENSE, pyproject and the installed
metadata; and the committed dependency licence table is what scripts/licences.py prints now."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib.metadata import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_licence_file_is_the_agpl_version_3_in_full():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith(
        "GNU AFFERO GENERAL PUBLIC LICENSE\n                       Version 3, 19 November 2007"
    )
    assert "13. Remote Network Interaction; Use with the GNU General Public License." in text
    assert text.rstrip().endswith("<https://www.gnu.org/licenses/>.")
    assert len(text.splitlines()) == 661


def test_pyproject_and_the_installed_metadata_say_agpl_3_or_later():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "AGPL-3.0-or-later"
    assert metadata("jianzheng")["License-Expression"] == "AGPL-3.0-or-later"


def test_the_committed_licence_table_is_current():
    printed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "licences.py")], capture_output=True, text=True, check=True
    ).stdout
    committed = (ROOT / "docs" / "licences.md").read_text(encoding="utf-8")
    assert printed == committed, "run: .venv/bin/python scripts/licences.py > docs/licences.md"
    assert "| core | pymupdf |" in committed and "AFFERO" in committed
