"""docs/rules.md is generated from the checks' docstrings, and the committed page is the generated one."""

from __future__ import annotations

from pathlib import Path

import pytest

import jianzheng.verify.checks  # noqa: F401  (registers the checks)
from jianzheng.models import Code
from jianzheng.verify.registry import CHECKS, RegisteredCheck
from jianzheng.verify.rules_doc import COMMAND, NOT_FROM_CHECKS, SEEDS, parse_check, render

RULES_MD = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_the_committed_rules_page_is_not_stale():
    assert RULES_MD.read_text(encoding="utf-8") == render(), f"docs/rules.md is stale: run `{COMMAND}`"


@pytest.mark.parametrize("registered", CHECKS, ids=lambda c: c.name)
def test_every_check_documents_itself_in_both_languages_with_a_rule_and_an_example(registered):
    doc = parse_check(registered)
    assert doc.english and doc.chinese and doc.example
    assert doc.seeds or doc.contract, "the rule must cite a seed file or a CONTRACT clause"
    assert set(doc.seeds) <= set(SEEDS)


def test_every_code_is_raised_by_a_check_or_explained_as_coming_from_elsewhere():
    from_checks = {code for c in CHECKS for code in c.codes}
    assert from_checks | set(NOT_FROM_CHECKS) == set(Code)
    assert not from_checks & set(NOT_FROM_CHECKS)


def test_a_contract_amount_check_reads_as_a_row_of_the_page():
    page = render()
    assert (
        "| [contract.contract_amount](#contractcontract_amount) | `AMOUNT_MISMATCH` (error), "
        "`NEEDS_REVIEW` (warning) | 合同金额与申报的合同金额不一致。 | the contract's amount differs from "
        "the declared contract_amount. |"
    ) in page
    assert "- **示例 / Example finding**: 合同金额与申报不一致：申报 245.00 万元，合同 204.50 万元" in page


def test_a_docstring_without_its_chinese_line_names_the_check():
    def undocumented(ctx):
        """AMOUNT_MISMATCH: the amount differs.

        Rule: seed 000 (二) 3.

        Example: 合同金额与申报不一致
        """
        return []

    registered = RegisteredCheck(
        "test.undocumented", (Code.AMOUNT_MISMATCH,), undocumented, True, undocumented.__doc__ or ""
    )
    with pytest.raises(ValueError, match=r"test\.undocumented.*'中文：'"):
        parse_check(registered)


def test_the_command_prints_the_page_as_utf8(capsysbinary):
    from jianzheng.verify.rules_doc import main

    main()
    assert capsysbinary.readouterr().out == render().encode("utf-8")
