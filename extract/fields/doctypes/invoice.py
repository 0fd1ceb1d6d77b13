"""Invoice fields (CONTRACT 2.2): number, date, buyer, seller, total with tax, QR payload.

Buyer and seller: explicit labels (购买方名称) where printed; on the VAT
invoice's 名称 rows, the buyer's comes first in reading order (above the
seller's on the classic layout, left of it on the digital e-invoice).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jianzheng.models import DocType, Extracted, InvoiceFields
from jianzheng.models.money import find_amounts

from ...qr import parse_invoice_qr
from ..label_hits import LabelHit
from ..lines import Snippet
from ..locate import Value, value_of
from ..parties import clean_party_name
from .common import Parsed, Reading, as_date, as_money, extracted, quantize
from .license_layout import in_column

from . import extractor  # isort: skip


def as_invoice_number(text: str) -> Parsed:
    """An invoice number: 8 digits (VAT) or 20 digits (digital e-invoice)."""
    match = re.search(r"(?<!\d)(\d{20}|\d{8})(?!\d)", text.replace(" ", ""))
    return (match.group(1), 1.0) if match else None


# A paper VAT invoice prints its number in its head as No 12345678 (№, NO.), with no 发票号码 label.
_PRINTED_NUMBER = re.compile(r"(?<![A-Za-z])(?:N[oO0]|№)[.．:：]?\s*(\d{8})(?!\d)")


def printed_number(reading: Reading) -> Extracted[str] | None:
    """The number printed after No in the invoice's head (its first five lines)."""
    for line in reading.lines[:5]:
        match = _PRINTED_NUMBER.search(line.text)
        if match:
            snip = line.snippet(match.start(1), match.end(1))
            if snip is not None:
                return extracted(match.group(1), snip, 0.95)
    return None


def as_party(text: str) -> Parsed:
    """A buyer or seller name."""
    return clean_party_name(text)


def as_total(text: str) -> Parsed:
    """The total in figures, to the cent."""
    parsed = as_money(text)
    return (quantize(parsed[0]), parsed[1]) if parsed else None


def _name_rows(reading: Reading) -> list[Value]:
    values = [v for v in reading.values("company_name", below=False) if v.hit.label in {"名称", "单位名称"}]
    labelled = {id(v.hit.line) for v in values}
    values += [v for v in _names_without_ming(reading) if id(v.hit.line) not in labelled]
    # Buyer first: line by line, then left to right. The line as read, not a rounded height: on a
    # photo turned by a degree the seller's 名称 stands a few points above the buyer's on their row.
    rows = sorted(values, key=lambda v: (v.hit.line.page, v.hit.line.index, v.value.bbox[0]))
    if len(rows) >= 2 and _side_by_side(rows[1], rows[0]):
        # Turned further (a desk camera), the seller's row is read as a line of its own above the
        # buyer's: the 2023 layout's buyer block is the left one whatever its height.
        rows[0], rows[1] = rows[1], rows[0]
    return rows


def _side_by_side(left: Value, right: Value) -> bool:
    """Whether ``left`` stands left of ``right`` on about the same row (within two lines)."""
    a, b = left.hit.line, right.hit.line
    h = max(a.height, b.height)
    return (
        a.page == b.page
        and abs(a.top - b.top) < 2 * h
        and left.hit.snippet.bbox[0] < right.hit.snippet.bbox[0] - 6 * h
    )


_LOST_MING = re.compile(r"^(?:[购销买售方名]\s+)?称\s*[:：]")


def _names_without_ming(reading: Reading) -> Iterator[Value]:
    """名称 rows where OCR lost the 名 (购 | 称：新疆某公司, the small 名 under the seal's edge or
    run into the side label): on an invoice a cell opening 称： can only be 名称's."""
    for line in reading.lines:
        for start, end in line.cells():
            match = _LOST_MING.match(line.text[start:end])
            if match is None:
                continue
            colon = start + match.end()
            label = line.text.index("称", start)
            hit = LabelHit(
                line=line, key="company_name", label="名称", start=label, end=colon, colon=True, fuzzy=True
            )
            value = value_of(hit, reading.hits, reading.lines, below=False, wrapped=False)
            if value is not None:
                yield value


def parties(reading: Reading) -> tuple[Extracted[str] | None, Extracted[str] | None]:
    """(buyer, seller)."""
    buyer = reading.first("buyer", as_party, below=False)
    seller = reading.first("seller", as_party, below=False)
    rows = [v for v in _name_rows(reading) if as_party(v.value.text) is not None]
    # Buyer first, then seller, by place; but a row its side label marks (销 名称 under a buyer's row
    # that could not be read) is that side's.
    sides: dict[str, Value] = {}
    for place, row in enumerate(rows[:2]):
        sides.setdefault(_side_of(row) or ("buyer", "seller")[place], row)
    if buyer is None and "buyer" in sides:
        buyer = _name_in_column(reading, sides["buyer"])
    if seller is None and "seller" in sides:
        seller = _name_in_column(reading, sides["seller"])
    return buyer, seller


def _side_of(row: Value) -> str | None:
    """The side a 名称 row's own side label names (购买方 / 销售方, printed down the block's edge
    and read into the row's line before its label)."""
    before = re.sub(r"\s", "", row.hit.line.text[: row.hit.start])
    if re.search(r"[销售]", before):
        return "seller"
    if re.search(r"[购买]", before):
        return "buyer"
    return None


def _name_in_column(reading: Reading, row: Value) -> Extracted[str]:
    """A 名称 row's name, with its tail where the name wrapped in its narrow box (…集团绿洲金桥软件 /
    有限公司): the joined reading wins when it parses as a whole name and the row alone does not."""
    alone = as_party(row.value.text)
    assert alone is not None
    if _runs_on_right(reading, row):
        # The name went on in the next box of its own line (新疆维吾尔自治 | 业投资…科技): the line
        # below is not where it continues, and a join would make up a name.
        return extracted(alone[0], row.evidence, alone[1] * 0.95)
    column = in_column(reading, row, max_lines=1)
    label_end = len(row.evidence.text) - len(row.value.text)
    joined = as_party(re.sub(r"\s", "", column.text[label_end:])) if "\n" in column.text else None
    if joined is not None and joined[1] > alone[1] and len(joined[0]) > len(alone[0]):
        return extracted(joined[0], column, joined[1] * 0.95)
    return extracted(alone[0], row.evidence, alone[1] * 0.95)


def _runs_on_right(reading: Reading, row: Value) -> bool:
    """Whether the next box right of the value on its line holds text that is no label."""
    line = row.hit.line
    right = [
        snip
        for snip in (line.snippet(a, b) for a, b in line.cells())
        if snip is not None and snip.bbox[0] >= row.value.bbox[2] - 1
    ]
    if not right:
        return False
    nearest = min(right, key=lambda snip: snip.bbox[0])
    return not any(h.line is line and abs(h.snippet.bbox[0] - nearest.bbox[0]) < 2 for h in reading.hits)


def total_amount(reading: Reading) -> Extracted[object] | None:
    """价税合计 (小写): labelled figure, else the last figure on the 价税合计 line."""
    found = reading.first("total_amount", as_total, below=False)
    if found is not None:
        return _figure_misread(reading, found) or found
    for line in reading.lines_with(["价税合计"]):
        amounts = [a for a in find_amounts(line.text) if a.value is not None]
        figures = [a for a in amounts if a.kind == "figure"]
        # The figure where printed; else the capital numerals of the same total.
        chosen, certainty = (figures[-1], 0.9) if figures else (amounts[-1], 0.85) if amounts else (None, 0.0)
        if chosen is not None and chosen.value is not None:
            snip = line.snippet(0, chosen.end)
            if snip is not None:
                return extracted(quantize(chosen.value), snip, certainty)
    return None


def _figure_misread(reading: Reading, found: Extracted[Any]) -> Extracted[Any] | None:
    """The capital-numeral total when the figure disagrees with it and the 合计 row agrees with it.

    OCR drops the small point of ¥2314000.00 (and a zero with it: ¥23140000), or digits of a
    small photographed figure (¥561,900.00 read 51,900.0). The invoice states its total three
    ways: in figures, in capital numerals (价税合计（大写）), and as 金额 + 税额 on the 合计 row
    (on a one-item invoice, the item's row); when the last two agree, the figure is the misreading. Any two figures of a row that add up to the capitals to the cent
    count: a 税率 (6%) may sit between them, and such a sum by chance is not to be expected.
    """
    capitals = [
        (amount, line)
        for line in reading.lines_with(["价税合计"])
        for amount in find_amounts(line.text)
        if amount.kind == "capital" and amount.value is not None
    ]
    if not capitals or capitals[0][0].value == found.value:
        return None
    words, line = capitals[0]
    total = words.value
    assert total is not None
    for row in reading.lines:
        if row is line:
            continue
        parts = [a.value for a in find_amounts(row.text) if a.kind == "figure" and a.value is not None]
        if any(a + b == total for i, a in enumerate(parts) for b in parts[i + 1 :]):
            snip = line.snippet(words.start, words.end)
            if snip is not None:
                return extracted(quantize(total), snip, 0.85)
    return None


@extractor(DocType.invoice)
def extract_invoice(reading: Reading) -> InvoiceFields:
    """Every invoice field that the pages show."""
    buyer, seller = parties(reading)
    fields: dict[str, object] = {
        "invoice_number": reading.first("invoice_number", as_invoice_number) or printed_number(reading),
        "issued_on": reading.first("issued_on", as_date),
        "buyer": buyer,
        "seller": seller,
        "total_amount": total_amount(reading),
    }
    for page in reading.pages:
        if page.codes:
            code = page.codes[0]
            snip = Snippet(page.number, code.payload, code.bbox, 1.0)
            fields["qr"] = extracted(code.payload, snip)
            # The tax bureau's QR carries the number and the date: where the print gave none (a
            # wide invoice cut by the scanner's glass, a fold, glare), the QR's are the invoice's.
            number, _, issued = parse_invoice_qr(code.payload)
            if fields["invoice_number"] is None and number and as_invoice_number(number):
                fields["invoice_number"] = extracted(number, snip, 0.8)
            if fields["issued_on"] is None and issued is not None:
                fields["issued_on"] = extracted(issued, snip, 0.8)
            break
    return InvoiceFields(**{k: v for k, v in fields.items() if v is not None})
