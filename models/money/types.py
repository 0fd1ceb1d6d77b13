"""The money type shared by every stage, and the amount found in a line of text.

Money is ``Decimal`` inside and a string with exactly two decimals in JSON
(CONTRACT 1.1, 2). Floats are refused on input so that a rounding error can
never enter a comparison of amounts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema

CENT = Decimal("0.01")


def to_decimal(value: object) -> Decimal:
    """Turn a JSON money value (string or integer) into a Decimal.

    Floats are accepted only when they carry at most two decimals once
    printed with ``repr`` (JSON numbers arrive as floats); anything else is
    refused with a ValueError that says why.
    """
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise ValueError("a money value cannot be true/false")
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip().replace(",", "").replace("，", "")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"not an amount: {value!r}") from None
    else:
        raise ValueError(f"not an amount: {value!r}")
    if not result.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    if result.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError(f"more than two decimals: {value!r}")
    return result


def format_money(value: Decimal) -> str:
    """Two-decimal string of an amount in yuan, as the report writes it."""
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


def format_wan(value: Decimal) -> str:
    """An amount in 万元 with two decimals, as reviewers read it ("245.00 万元")."""
    return f"{(value / Decimal(10000)).quantize(CENT, rounding=ROUND_HALF_UP)} 万元"


Money = Annotated[
    Decimal,
    BeforeValidator(to_decimal),
    PlainSerializer(format_money, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": r"^-?\d+\.\d{2}$"}),
]
"""An amount in yuan: Decimal inside, "2450000.00" in JSON."""


@dataclass(frozen=True)
class Amount:
    """An amount found in a line of text: where it is and what it reads."""

    text: str
    start: int
    end: int
    kind: Literal["figure", "capital"]
    value: Decimal | None
    """None for a capital amount that is printed but unreadable."""
