"""The committed sample corpus: the default, stated in each tool's --help, of the tools that read one."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
"""The checkout this workshop lives in (an editable install)."""

CORPUS = REPO / "samples" / "corpus"
"""The committed sample set (samples/README.md)."""
