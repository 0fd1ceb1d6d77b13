"""Pieces shared by several templates: party blocks, signature blocks with seals and dates."""

from __future__ import annotations

import datetime as dt
import random

import pymupdf

from . import ink
from .canvas import Cell, Sheet
from .world import Client, Company


def cn_date(day: dt.date) -> str:
    """``2025年3月12日`` (as typed in contracts)."""
    return f"{day.year}年{day.month}月{day.day}日"


def cn_date_padded(day: dt.date) -> str:
    """``2025年03月12日`` (as printed by forms and invoices)."""
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def party_lines(role: str, name: str, address: str, phone: str, bank: str, account: str) -> list[str]:
    """The lines under one party in a signature block."""
    return [
        f"{role}（盖章）：{name}",
        f"地址：{address}",
        f"电话：{phone}",
        f"开户银行：{bank}",
        f"账号：{account}",
    ]


def seal_at(sheet: Sheet, cx: float, cy: float, png: bytes, diameter: float = 118) -> None:
    """Lay a seal image centred on (cx, cy)."""
    r = diameter / 2
    sheet.image((cx - r, cy - r, cx + r, cy + r), png)


def hand_date_at(
    sheet: Sheet, x: float, y: float, day: dt.date, rng: random.Random, width: float = 118
) -> None:
    """A handwritten date with its left edge at x and its middle at y."""
    png = ink.handwriting(cn_date(day), rng)
    sheet.image((x, y - width * 0.16, x + width, y + width * 0.16), png)


def signature_columns(
    sheet: Sheet,
    y: float,
    company: Company,
    client: Client,
    roles: tuple[str, str],
    day: dt.date,
    rng: random.Random,
    client_seal: bool = True,
    company_seal: bool = True,
) -> float:
    """Two side-by-side party blocks (client left, company right), seals over handwritten dates."""
    left = party_lines(roles[0], client.name, client.address, client.phone, client.bank, client.account)
    right = party_lines(roles[1], company.name, company.address, company.phone, company.bank, company.account)
    size = 9.5
    y_left = y
    for line in left:
        for part in sheet.wrap(line, 230, size):
            sheet.text(60, y_left, part, size)
            y_left += size * 1.6
    y_right = y
    for line in right:
        for part in sheet.wrap(line, 230, size):
            sheet.text(315, y_right, part, size)
            y_right += size * 1.6
    bottom = max(y_left, y_right) + 8
    sheet.text(60, bottom + 14, "日期：", size)
    sheet.text(315, bottom + 14, "日期：", size)
    hand_date_at(sheet, 92, bottom + 10, day, rng)
    hand_date_at(sheet, 347, bottom + 10, day, rng)
    if client_seal:
        seal_at(
            sheet,
            150 + rng.uniform(-10, 10),
            bottom - 12,
            ink.round_seal(client.name, rng, "", _seal_code(rng)),
        )
    if company_seal:
        seal_at(
            sheet,
            410 + rng.uniform(-10, 10),
            bottom - 10,
            ink.round_seal(company.name, rng, "合同专用章", _seal_code(rng)),
        )
    return bottom + 40


def _seal_code(rng: random.Random) -> str:
    return "65310" + "".join(rng.choice("0123456789") for _ in range(8))


def grid_signature(
    sheet: Sheet, y: float, company: Company, client: Client, roles: tuple[str, str], rng: random.Random
) -> pymupdf.Rect:
    """The 科技部-style signature grid: one row per item, a column for each party; returns its box."""
    widths = (70, 100, 305)
    rows: list[list[Cell | str]] = []
    for role, name, party in ((roles[0], client.name, client), (roles[1], company.name, company)):
        rep = company.legal_rep if party is company else client.contact
        address = party.address
        rows += [
            [Cell(role, "c"), "名称（或姓名）", name],
            [Cell("", "c"), "法定代表人", rep],
            [Cell("", "c"), "住所（通讯地址）", address],
            [Cell("", "c"), "电话", party.phone],
            [Cell("", "c"), "开户银行", party.bank],
            [Cell("", "c"), "账号", party.account],
        ]
    boxes = sheet.table(60, y, widths, rows, size=9, row_h=19)
    return pymupdf.Rect(boxes[0][0].x0, boxes[0][0].y0, boxes[-1][-1].x1, boxes[-1][-1].y1)
