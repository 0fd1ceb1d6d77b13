"""Money units and their factors to yuan, as data (units.toml), for documents and declarations alike."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from ..rules_file import load_rules_file
from ..text import compact_lower

UNITS_FILE = Path(__file__).with_name("units.toml")


class MoneyUnits(BaseModel):
    """Everything units.toml holds: each spelling of a unit and its yuan."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    units: dict[str, Decimal]

    @field_validator("units")
    @classmethod
    def _positive(cls, values: dict[str, Decimal]) -> dict[str, Decimal]:
        if any(factor <= 0 for factor in values.values()):
            raise ValueError("a money unit's factor must be positive")
        return {compact_lower(unit): factor for unit, factor in values.items()}


@cache
def money_units() -> MoneyUnits:
    """units.toml, loaded once; RuleError naming the file and key when it is malformed."""
    return load_rules_file(UNITS_FILE, MoneyUnits)


def unit_factor(unit: str) -> Decimal | None:
    """Yuan per unit ("万元" → 10000, "人民币千元" → 1000); None for a unit not in units.toml."""
    return money_units().units.get(compact_lower(unit))
