"""What a forensic detector returns (a Signal), and where a document's key fields are.

Detectors are pure functions of bytes, paths and pages; they know files and
page numbers, not document ids. The registered checks (verify/checks/forensics.py)
turn signals into findings with the document's id.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from jianzheng.extract.fields.lines import build_line
from jianzheng.models import BBox, Code, Document, Word

from .config import thresholds

FIELD_LABELS: dict[str, str] = {
    "contract_amount": "合同金额",
    "amount_in_words": "大写金额",
    "total_amount": "价税合计",
    "signed_on": "签订日期",
    "accepted_on": "验收日期",
    "issued_on": "开具日期",
    "party_a": "甲方",
    "party_b": "乙方",
    "buyer": "购买方",
    "seller": "销售方",
    "project_name": "项目名称",
    "contract_number": "合同编号",
    "invoice_number": "发票号码",
    "operating_revenue": "营业收入",
    "net_profit": "净利润",
    "system_integration_revenue": "系统集成收入",
    "total_assets": "资产总计",
    "registered_capital": "注册资本",
    "company_name": "公司名称",
    "credit_code": "统一社会信用代码",
    "legal_representative": "法定代表人",
    "established_on": "成立日期",
    "valid_until": "营业期限",
    "holder": "著作权人",
    "number": "证书编号",
    "conclusion": "验收结论",
    "fees": "分项费用",
}
"""The fields whose alteration would change what a reviewer concludes, with their Chinese labels."""

NUMBER_TOKEN = re.compile(r"\d[\d,，.．/\-年月日]*\d")
"""A money figure or a date as printed: digits with separators, at least two digits."""


FIGURES = re.compile(r"\d[\d,，.．]*\d")
"""A run of figures as printed: digits with their thousands and decimal separators."""


def figure_boxes(words: list[Word], min_digits: int = 3) -> list[BBox]:
    """Boxes of the runs of figures (``min_digits`` digits or more) in words, each run apart.

    An OCR word is a whole line; each character's share of its box is
    estimated as field extraction estimates it (extract/fields/lines.py).
    """
    boxes = []
    for word in words:
        line = build_line(0, 0, [word])
        for match in FIGURES.finditer(line.text):
            if sum(ch.isdigit() for ch in match.group()) >= min_digits:
                snippet = line.snippet(match.start(), match.end())
                if snippet is not None:
                    boxes.append(snippet.bbox)
    return boxes


@dataclass(frozen=True)
class KeyArea:
    """Where a key field was read: its page, box and text."""

    name: str
    page: int
    bbox: BBox | None
    text: str

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.name, self.name)


@dataclass(frozen=True)
class Signal:
    """One forensic observation on one page of one file."""

    code: Code
    file: str
    page: int | None
    bbox: BBox | None
    text: str
    message: str
    earlier: str | None = None
    later: str | None = None
    reason: str | None = None
    """What kind of sign this is, where one page may show it in several places (one finding per cause)."""


def key_areas(document: Document) -> list[KeyArea]:
    """The document's key fields that were found, with page and box."""
    areas = []
    for name, value in document.fields.present().items():
        if name in FIELD_LABELS and value.page:
            areas.append(KeyArea(name=name, page=value.page, bbox=value.bbox, text=value.text))
    return areas


def key_pages(document: Document) -> set[int]:
    """Pages holding key fields; every page of the document when none was located.

    Before field extraction has placed anything, every page may hold one, so
    the detectors look at them all rather than at none.
    """
    pages = {area.page for area in key_areas(document)}
    return pages or set(document.pages)


def overlap(a: BBox, b: BBox) -> float:
    """Area of the intersection of two boxes."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def area(box: BBox) -> float:
    """Area of a box (0 for an empty one)."""
    return max(box[2] - box[0], 0.0) * max(box[3] - box[1], 0.0)


def iou(a: BBox, b: BBox) -> float:
    """Intersection over union of two boxes."""
    inter = overlap(a, b)
    union = area(a) + area(b) - inter
    return inter / union if union > 0 else 0.0


def field_at(areas: list[KeyArea], page: int, bbox: BBox | None) -> KeyArea | None:
    """The key field whose box overlaps ``bbox`` on ``page``, if any."""
    if bbox is None:
        return None
    for candidate in areas:
        if candidate.page == page and candidate.bbox and overlap(candidate.bbox, bbox) > 0:
            return candidate
    return None


def is_watermark(span: dict[str, Any]) -> bool:
    """Whether a PyMuPDF text-trace span is a watermark: turned off the page's axes, or translucent."""
    rules = thresholds().overlay
    dx, dy = span.get("dir") or (1.0, 0.0)
    angle = math.degrees(math.atan2(dy, dx)) % 90
    off_axis = min(angle, 90 - angle) > rules.watermark_min_angle_deg
    return off_axis or float(span.get("opacity", 1.0)) <= rules.watermark_max_opacity
