"""Plain data shared by the papers and the filing: a project as it stands on paper, and a paper (document)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf as fitz

from .paint import A4, Canvas
from .world import Client


@dataclass
class Deal:
    """One declared project and everything its papers print."""

    pid: str
    kind: str
    """"service" 技术服务合同, "develop" 技术开发（委托）合同, "om" 运维服务合同 (annual fee paid quarterly)."""
    name: str
    client: Client
    client_rep: str
    client_contact: str
    client_address: str
    amount: Decimal
    signed: dt.date
    accepted: dt.date
    """Date on the acceptance paper (the 验收意见 letter or the 验收确认单)."""
    declared_accepted: dt.date
    fees: dict[str, Decimal]
    """The fee split the contract prints (develop: its 经费构成 table; others: the one fee)."""
    acceptance: str = "letter"
    """"letter" (验收意见) or "test" (third-party 软件测试报告 + the client's 验收确认单)."""
    test_passed: bool = True
    confirm: bool = True
    """With "test": whether the client's 验收确认单 is attached."""
    words_amount: Decimal | None = None
    """What the capital numerals print, when they differ from the figures (planted)."""
    invoices: list[tuple[dt.date, Decimal]] = field(default_factory=list)
    sealed: bool = True
    in_wan: bool = False
    """Amounts printed in 万元 (a project of whole 万元 figures)."""
    reg_no: str = ""
    """技术合同登记编号 written into the cover boxes by the 技术市场 ("" = not registered)."""
    number: str = ""
    """合同编号 (运维服务合同)."""
    place: str = ""
    service_start: dt.date | None = None
    service_end: dt.date | None = None
    instalments: list[tuple[str, int]] = field(default_factory=list)
    test_centre: tuple[str, str] = ("", "")
    test_report_no: str = ""
    test_issued: dt.date | None = None
    system: str = ""
    """Software name on the test report (…系统 V1.0)."""


@dataclass
class Paper:
    """A document as drawn: its pages, the seals on each, its truth type and fields, and named pages."""

    type: str
    project_id: str | None
    fields: dict[str, Any]
    rng: random.Random
    doc: fitz.Document = field(default_factory=fitz.open)
    canvases: list[Canvas] = field(default_factory=list)
    marks: dict[str, int] = field(default_factory=dict)
    """Named pages, 0-based inside the paper: "amount", "fees", "signature", "verdict"."""
    printed: list[dict[str, Any]] = field(default_factory=list)
    """Money facts printed on the paper (for the selfcheck's internal-consistency checks)."""
    born_digital: bool = False

    def new(self, size: tuple[float, float] = A4) -> Canvas:
        page = self.doc.new_page(width=size[0], height=size[1])
        canvas = Canvas(page, self.rng)
        self.canvases.append(canvas)
        return canvas

    @property
    def pages(self) -> int:
        return len(self.canvases)
