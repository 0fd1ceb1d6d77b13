"""What to tell an enterprise for each finding code: the rejection reason and what to fix (advice.toml)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, ValidationError

from jianzheng.models.errors import RuleError

FILE = "advice.toml"


class Advice(BaseModel):
    """The wording for one code."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str
    fix: str


def parse_advice(text: str, source: str = FILE) -> dict[str, Advice]:
    """Parse the advice table; raise RuleError naming ``source`` when it is malformed."""
    try:
        raw = tomllib.loads(text)
        return {code: Advice.model_validate(entry) for code, entry in raw.items()}
    except (tomllib.TOMLDecodeError, ValidationError, AttributeError) as exc:
        raise RuleError(f"{source}: {exc}") from exc


@cache
def load_advice() -> dict[str, Advice]:
    """The shipped advice table."""
    text = resources.files("jianzheng.service.web").joinpath(FILE).read_text(encoding="utf-8")
    return parse_advice(text)


def advice_for(code: str) -> Advice:
    """The advice for a code, or the general wording for a code added after the table was written."""
    table = load_advice()
    return table.get(code) or table["_default"]
