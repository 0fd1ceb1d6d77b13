"""Every rules file is loaded when the pipeline starts; a malformed one stops the run with exit 2."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import uvicorn
from typer.testing import CliRunner

from jianzheng.classify import cues
from jianzheng.extract import reading_rules
from jianzheng.models.errors import RuleError
from jianzheng.service.api.app import create_app
from jianzheng.service.api.settings import ServiceSettings
from jianzheng.service.cli import app
from jianzheng.service.rules_files import RULES_FILES, validate_rules
from jianzheng.verify import rules as inspection
from jianzheng.verify.forensics import config as forensics_config

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("models", "extract", "classify", "verify", "service")


def _clear_caches() -> None:
    for rules_file in RULES_FILES:
        rules_file.load.cache_clear()  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def fresh_rules(tmp_path, monkeypatch) -> Iterator[None]:
    """Each test loads the rules anew, and leaves the shipped ones cached for the tests after it."""
    monkeypatch.setenv("JIANZHENG_DATA", str(tmp_path / "data"))
    _clear_caches()
    yield
    monkeypatch.undo()
    _clear_caches()


@pytest.fixture
def submission(tmp_path) -> Path:
    folder = tmp_path / "sub"
    folder.mkdir()
    declaration = {"enterprise": {"name": "新疆天山云数信息技术有限公司", "inspection_year": 2024}}
    (folder / "declaration.json").write_text(json.dumps(declaration, ensure_ascii=False), encoding="utf-8")
    return folder


def _broken_copy(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, f"{source.name} no longer holds {old!r}: pick another line to break"
    broken = tmp_path / "broken" / source.name
    broken.parent.mkdir(exist_ok=True)
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    return broken


# (module, attribute holding its file, a line of the shipped file, the line broken, the key named)
BREAKAGES: list[tuple[ModuleType, str, str, str, str]] = [
    (cues, "CUES_FILE", "temperature = 2.0", "temperature = -1.0", "thresholds.temperature"),
    (reading_rules, "RULES_FILE", "[quality]", "[qualty]", "qualty"),
    (forensics_config, "THRESHOLDS_FILE", "[overlay]", "[overlays]", "overlay"),
]


def test_every_rules_file_of_the_product_is_in_the_registry():
    shipped = {p.relative_to(ROOT).as_posix() for folder in PRODUCT for p in (ROOT / folder).rglob("*.toml")}
    assert shipped == {f.path for f in RULES_FILES}


def test_the_shipped_rules_validate_and_stay_loaded_once():
    validate_rules()
    loaded = [f.load() for f in RULES_FILES]
    validate_rules()
    assert all(again is first for again, first in zip([f.load() for f in RULES_FILES], loaded, strict=True))


@pytest.mark.parametrize(
    ("module", "attribute", "old", "new", "key"), BREAKAGES, ids=["cues", "reading", "forensics"]
)
def test_a_malformed_rules_file_stops_check_with_exit_2_naming_file_and_key(
    module, attribute, old, new, key, submission, tmp_path, monkeypatch
):
    broken = _broken_copy(tmp_path, getattr(module, attribute), old, new)
    monkeypatch.setattr(module, attribute, broken)
    out = tmp_path / "report.json"

    result = CliRunner().invoke(app, ["check", str(submission), "--out", str(out)])

    assert result.exit_code == 2
    assert str(broken) in result.stderr
    assert key in result.stderr
    assert "CHECK_FAILED" not in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_several_submissions_stop_before_the_first_is_checked(submission, tmp_path, monkeypatch):
    broken = _broken_copy(tmp_path, inspection.RULES_DIR / "inspection.toml", "[matching]", "[matchin]")
    monkeypatch.setattr(inspection, "RULES_DIR", broken.parent)
    out_dir = tmp_path / "reports"

    result = CliRunner().invoke(app, ["check", str(submission), str(submission), "--out-dir", str(out_dir)])

    assert result.exit_code == 2
    assert "inspection.toml" in result.stderr and "matching: Field required" in result.stderr
    assert not out_dir.exists()


def test_the_server_does_not_start_on_a_malformed_rules_file(tmp_path, monkeypatch):
    broken = _broken_copy(tmp_path, cues.CUES_FILE, "temperature = 2.0", 'temperature = "hot"')
    monkeypatch.setattr(cues, "CUES_FILE", broken)
    with pytest.raises(RuleError, match=r"cues\.toml .*thresholds\.temperature"):
        create_app(ServiceSettings(data_dir=tmp_path / "service"), start_jobs=False)


def test_serve_exits_2_naming_the_file_before_it_listens(tmp_path, monkeypatch):
    broken = _broken_copy(tmp_path, cues.CUES_FILE, "[continuation]", "[continued]")
    monkeypatch.setattr(cues, "CUES_FILE", broken)
    listened = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: listened.append(args))

    result = CliRunner().invoke(app, ["serve", "--data", str(tmp_path / "service")])

    assert result.exit_code == 2
    assert str(broken) in result.stderr and "continuation: Field required" in result.stderr
    assert not listened
