"""The layout: every package folder is installed, stages import only earlier ones, and the product never the workshop."""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

from conftest import ROOT

STAGES = ["models", "extract", "classify", "verify", "service"]
WORKSHOP = "jianzheng_workshop"


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def _imported_names(path: Path) -> Iterator[str]:
    """Absolute module names a file imports, and strings that name the workshop (import_module)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith(WORKSHOP)
        ):
            yield node.value


def test_every_package_folder_is_mapped_in_pyproject():
    mapped = set(_setuptools()["package-dir"].values())
    folders = {
        p.parent.relative_to(ROOT).as_posix()
        for top in [*STAGES, "workshop"]
        for p in (ROOT / top).rglob("__init__.py")
    }
    assert folders <= mapped, f"package folders missing from pyproject: {sorted(folders - mapped)}"


def test_the_jianzheng_namespace_holds_only_the_product_stages():
    for package, folder in _setuptools()["package-dir"].items():
        top = folder.split("/")[0]
        if package.startswith("jianzheng."):
            assert top in STAGES, f"{package} installs {folder}, which is not a stage of the product"
        else:
            assert package.split(".")[0] == WORKSHOP and top == "workshop", f"{package} = {folder}"


def test_a_stage_never_imports_a_later_one():
    for index, stage in enumerate(STAGES):
        later = STAGES[index + 1 :]
        for path in (ROOT / stage).rglob("*.py"):
            for name in _imported_names(path):
                parts = name.split(".")
                if parts[0] == "jianzheng" and len(parts) > 1:
                    assert parts[1] not in later, f"{path.relative_to(ROOT)} imports {name}"


def test_the_product_never_imports_the_workshop():
    for stage in STAGES:
        for path in (ROOT / stage).rglob("*.py"):
            for name in _imported_names(path):
                assert name.split(".")[0] != WORKSHOP, f"{path.relative_to(ROOT)} imports {name}"
