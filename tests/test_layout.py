"""The layout: every package folder installs under the jianzheng namespace, and stages import only earlier ones."""

from __future__ import annotations

import ast
import tomllib

from conftest import ROOT

STAGES = ["models", "extract", "classify", "verify", "service"]


def test_every_package_folder_is_mapped_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    mapped = set(config["package-dir"].values())
    folders = {
        p.parent.relative_to(ROOT).as_posix()
        for top in [*STAGES, "samples"]
        for p in (ROOT / top).rglob("__init__.py")
    }
    assert folders <= mapped, f"package folders missing from pyproject: {sorted(folders - mapped)}"


def test_a_stage_never_imports_a_later_one():
    for index, stage in enumerate(STAGES):
        later = STAGES[index + 1 :]
        for path in (ROOT / stage).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    parts = node.module.split(".")
                    if parts[0] == "jianzheng" and len(parts) > 1:
                        assert parts[1] not in later, f"{path.relative_to(ROOT)} imports {node.module}"
