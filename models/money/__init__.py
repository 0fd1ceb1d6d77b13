"""Money, one concept in one place: the Decimal type, reading amounts, and comparing them.

- ``types``: the ``Money`` field type (Decimal inside, "2450000.00" in JSON) and the formats.
- ``figures``: amounts in figures, with their units (units.toml), and in a line of text.
- ``capital``: amounts in capital numerals (人民币贰佰肆拾伍万元整), read strictly.
- ``precision``: the place value an amount was stated at, and CONTRACT 1.1's rule that two
  amounts agree when they are equal at the coarser of their precisions.

Every stage imports it from here; it imports no stage. Never float.
"""

from .capital import find_capital_runs, parse_capital
from .figures import find_amounts, parse_figure, parse_money, parse_typed, printed_unit, unit_note
from .precision import amounts_agree, money_precision, precision_of, round_to
from .types import CENT, Amount, Money, format_money, format_wan, to_decimal
from .units import money_units, unit_factor

__all__ = [
    "CENT",
    "Amount",
    "Money",
    "amounts_agree",
    "find_amounts",
    "find_capital_runs",
    "format_money",
    "format_wan",
    "money_precision",
    "money_units",
    "parse_capital",
    "parse_figure",
    "parse_money",
    "parse_typed",
    "precision_of",
    "printed_unit",
    "round_to",
    "to_decimal",
    "unit_factor",
    "unit_note",
]
