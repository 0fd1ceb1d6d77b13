"""The moyu sample family: three seed-1 filings generate and pass their own selfcheck."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from jianzheng.models.truth import Truth
from jianzheng_workshop.samples.moyu import generate
from jianzheng_workshop.samples.moyu.numerals import capital, fixed_capital, grid_cells, read_capital
from jianzheng_workshop.samples.moyu.selfcheck import check

NAMES = ["my02_xlsx_wan_decl_clean", "my05_words_transposed"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One filing at seed 1 and one at seed 2 (facts change with the seed, plants do not)."""
    out = tmp_path_factory.mktemp("moyu")
    assert generate(out, 1, NAMES[:1]) == NAMES[:1]
    assert generate(out, 2, NAMES[1:]) == NAMES[1:]
    return out


@pytest.mark.parametrize("name", NAMES)
def test_selfcheck_passes(corpus: Path, name: str) -> None:
    assert check(corpus / name) == []


def test_truth_carries_the_plants(corpus: Path) -> None:
    clean = Truth.model_validate_json((corpus / NAMES[0] / "truth.json").read_text(encoding="utf-8"))
    assert clean.clean and clean.findings == []
    assert (corpus / NAMES[0] / "submission" / "declaration.xlsx").exists()
    words = Truth.model_validate_json((corpus / NAMES[1] / "truth.json").read_text(encoding="utf-8"))
    [finding] = words.findings
    assert finding.code == "AMOUNT_WORDS_MISMATCH" and finding.page == 1 and finding.file
    contract = next(d for d in words.documents if d.type == "contract" and d.project_id == "P1")
    assert read_capital(contract.fields["amount_in_words"]) != Decimal(contract.fields["contract_amount"])
    printed = json.loads((corpus / NAMES[1] / "printed.json").read_text(encoding="utf-8"))
    assert printed["plant"]["figures"] == contract.fields["contract_amount"]


@pytest.mark.parametrize(
    ("amount", "options", "words"),
    [
        ("200500", {}, "贰拾万零伍佰元整"),
        ("1000030", {"end": "正"}, "壹佰万零叁拾元正"),
        ("100000", {"omit_shi": True}, "拾万元整"),
        ("107000", {"extra_zero": True}, "壹拾万零柒仟元整"),
        ("1234567.56", {}, "壹佰贰拾叁万肆仟伍佰陆拾柒元伍角陆分"),
        ("1230.06", {}, "壹仟贰佰叁拾元零陆分"),
        ("120000000", {"yuan": "圆"}, "壹亿贰仟万圆整"),
    ],
)
def test_capital_numerals(amount: str, options: dict[str, object], words: str) -> None:
    assert capital(Decimal(amount), **options) == words  # type: ignore[arg-type]
    assert read_capital(words) == Decimal(amount)


def test_fixed_places_and_grid() -> None:
    assert fixed_capital(Decimal("23456.78")) == "⊗佰⊗拾贰万叁仟肆佰伍拾陆元柒角捌分"
    assert read_capital("⊗佰⊗拾贰万叁仟肆佰伍拾陆元柒角捌分") == Decimal("23456.78")
    assert grid_cells(Decimal("1234567")) == ["", "￥", "1", "2", "3", "4", "5", "6", "7", "0", "0"]
