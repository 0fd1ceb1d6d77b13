"""The maigaiti sample family: dates as papers print them; three filings of seed 1 and the selfcheck."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from decimal import Decimal
from pathlib import Path

import cn2an
import pytest
from stdnum.cn import uscc

from jianzheng_workshop.samples.maigaiti import generate, selfcheck
from jianzheng_workshop.samples.maigaiti.dates import STYLES, read_dates, spell
from jianzheng_workshop.samples.maigaiti.numerals import capital, read_capital
from jianzheng_workshop.samples.maigaiti.places import COUNTIES, credit_code

NAMES = ["mg02_checklist_then_report_clean", "mg05_accepted_before_signing", "mg09_acceptance_missing"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("maigaiti")
    assert generate(out, 1, NAMES) == NAMES
    return out


def _load(root: Path, name: str) -> tuple[dict, dict, dict]:
    folder = root / name
    return (
        json.loads((folder / "truth.json").read_text(encoding="utf-8")),
        json.loads((folder / "printed.json").read_text(encoding="utf-8")),
        json.loads((folder / "submission" / "declaration.json").read_text(encoding="utf-8")),
    )


def _lines(printed: dict, file: str, page: int) -> list[dict]:
    return printed["files"][file]["pages"][page - 1]["lines"]


def test_selfcheck_passes(corpus: Path) -> None:
    assert selfcheck.main([str(corpus)]) == 0


def test_acceptance_before_signing_is_planted_on_the_report(corpus: Path) -> None:
    truth, printed, declaration = _load(corpus, "mg05_accepted_before_signing")
    assert not truth["clean"]
    [finding] = truth["findings"]
    assert (finding["code"], finding["project_id"], finding["page"]) == ("ACCEPTANCE_BEFORE_SIGNING", "P1", 3)
    report = next(
        d for d in truth["documents"] if d["type"] == "acceptance_report" and d["project_id"] == "P1"
    )
    contract = next(d for d in truth["documents"] if d["type"] == "contract" and d["project_id"] == "P1")
    assert report["file"] == finding["file"] and report["pages"] == [3]
    accepted = dt.date.fromisoformat(report["fields"]["accepted_on"])
    signed = dt.date.fromisoformat(contract["fields"]["signed_on"])
    assert accepted < signed
    # Both dates are on the pages as printed; the row declares what the papers say.
    assert any(accepted in read_dates(line["text"]) for line in _lines(printed, report["file"], 3))
    assert any(signed in read_dates(line["text"]) for line in _lines(printed, contract["file"], 2))
    row = declaration["projects"][0]
    assert (row["signed_on"], row["accepted_on"]) == (signed.isoformat(), accepted.isoformat())


def test_checklist_and_report_days_apart_is_clean(corpus: Path) -> None:
    truth, printed, declaration = _load(corpus, "mg02_checklist_then_report_clean")
    assert truth["clean"] and not truth["findings"]
    slips = [d for d in truth["documents"] if d["type"] == "acceptance_report" and d["project_id"] == "P1"]
    dates = sorted(dt.date.fromisoformat(d["fields"]["accepted_on"]) for d in slips)
    assert len(dates) == 2 and 2 <= (dates[1] - dates[0]).days <= 5
    assert declaration["projects"][0]["accepted_on"] == dates[1].isoformat()
    # The slip's date is written by hand.
    slip = next(d for d in slips if d["fields"]["accepted_on"] == dates[0].isoformat())
    hand = [line for line in _lines(printed, slip["file"], slip["pages"][0]) if line["kind"] == "hand"]
    assert any(dates[0] in read_dates(line["text"]) for line in hand)


def test_missing_acceptance_names_the_contract_file(corpus: Path) -> None:
    truth, printed, _ = _load(corpus, "mg09_acceptance_missing")
    [finding] = truth["findings"]
    assert finding["code"] == "ACCEPTANCE_MISSING" and finding["project_id"] == "P2" and "page" not in finding
    p2 = [d for d in truth["documents"] if d["project_id"] == "P2"]
    assert [d["type"] for d in p2] == ["contract"] and p2[0]["file"] == finding["file"]
    # The contract's last page is the blank form of the acceptance report: no date, no seal.
    blank = printed["files"][finding["file"]]["pages"][-1]
    assert not blank["seals"] and not any(read_dates(line["text"]) for line in blank["lines"])


def test_dates_are_spelled_many_ways(corpus: Path) -> None:
    kinds: set[str] = set()
    han = False
    for name in NAMES:
        _, printed, _ = _load(corpus, name)
        for record in printed["files"].values():
            for page in record["pages"]:
                for line in page["lines"]:
                    if read_dates(line["text"]):
                        kinds.add(line["kind"])
                        han |= "〇" in line["text"]
    assert {"print", "hand", "stamp"} <= kinds and han


def test_selfcheck_rejects_a_moved_plant(corpus: Path, tmp_path: Path) -> None:
    broken = tmp_path / "mg05_accepted_before_signing"
    shutil.copytree(corpus / "mg05_accepted_before_signing", broken)
    truth = json.loads((broken / "truth.json").read_text(encoding="utf-8"))
    truth["findings"][0]["page"] = 1
    (broken / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(broken)
    truth["findings"] = []
    truth["clean"] = True
    (broken / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(selfcheck.Failure):
        selfcheck.check_filing(broken)


def test_date_spellings_read_back() -> None:
    rng = random.Random(5)
    for _ in range(300):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 730))
        for style in STYLES:
            assert read_dates(f"日期：{spell(day, style)}。") == [day], (style, spell(day, style))
    assert spell(dt.date(2024, 11, 26), "han") == "二〇二四年十一月二十六日"
    assert spell(dt.date(2024, 3, 5), "yy") == "24年3月5日"


def test_capital_numerals_and_credit_codes() -> None:
    rng = random.Random(9)
    for _ in range(500):
        amount = Decimal(rng.randint(1, 10**9)) / 100
        assert capital(amount) == cn2an.an2cn(str(amount), "rmb")
        assert read_capital(capital(amount)) == amount
    for region in COUNTIES.values():
        assert uscc.is_valid(credit_code(rng, region))
