"""What to tell an enterprise for each finding code: the rejection reason and what to fix (advice.toml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, RootModel, field_validator

from jianzheng.models.rules_file import load_rules_file, parse_rules_text

ADVICE_FILE = Path(__file__).with_name("advice.toml")
FILE = ADVICE_FILE.name


class Advice(BaseModel):
    """The wording for one code."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str
    fix: str


class AdviceTable(RootModel[dict[str, Advice]]):
    """The whole file: one table per finding code, and ``_default`` for a code added after it was written."""

    @field_validator("root")
    @classmethod
    def _has_default(cls, value: dict[str, Advice]) -> dict[str, Advice]:
        if "_default" not in value:
            raise ValueError("no [_default] wording for codes the table does not list")
        return value


def parse_advice(text: str, source: str = FILE) -> dict[str, Advice]:
    """Parse the advice table; raise RuleError naming ``source`` (and the key) when it is malformed."""
    return parse_rules_text(text, source, AdviceTable).root


@cache
def load_advice() -> dict[str, Advice]:
    """The shipped advice table (loaded once, at the latest when the pipeline or the server starts)."""
    return load_rules_file(ADVICE_FILE, AdviceTable).root


def advice_for(code: str) -> Advice:
    """The advice for a code, or the general wording for a code added after the table was written."""
    table = load_advice()
    return table.get(code) or table["_default"]
