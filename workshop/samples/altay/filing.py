"""One filing under construction: firm, declared rows, files written, truth collected."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
from PIL import Image

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS
from jianzheng.models.document import DocType
from jianzheng.models.finding import Code
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .docs import Books, Deal, Fields, Firm, audit_report
from .paint import Sheet, Text, vector
from .paint import width as w
from .people import AUDIT_FIRMS, COUNTIES, client, county, credit_code, day, firm, money, person
from .scan import ImagePage, Scan, scan, write_image, write_image_pdf

YEAR = 2025


@dataclass
class Part:
    """A document's sheets inside one file."""

    sheets: list[Sheet]
    type: DocType
    fields: Fields
    project_id: str | None = None


@dataclass
class Filing:
    name: str
    seed: int
    rng: random.Random
    firm: Firm
    sub: Path
    clean: bool = True
    rows: list[dict[str, Any]] = field(default_factory=list)
    finance: list[dict[str, Any]] = field(default_factory=list)
    pages: list[TruthPage] = field(default_factory=list)
    documents: list[TruthDocument] = field(default_factory=list)
    findings: list[TruthFinding] = field(default_factory=list)

    # --- files -------------------------------------------------------------------------------------

    def _register(self, file: str, parts: list[Part], scanned: bool) -> None:
        page = 1
        for part in parts:
            doc_id = f"T{len(self.documents) + 1}"
            nums = list(range(page, page + len(part.sheets)))
            page += len(part.sheets)
            self.documents.append(
                TruthDocument(
                    id=doc_id,
                    file=file,
                    pages=nums,
                    type=part.type,
                    scanned=scanned,
                    project_id=part.project_id,
                    fields=part.fields,
                )
            )
            for n in nums:
                self.pages.append(
                    TruthPage(file=file, page=n, type=part.type, document=doc_id, scanned=scanned)
                )

    def scanned_pdf(
        self,
        file: str,
        parts: list[Part],
        how: Scan | list[Scan],
        ocr: dict[int, dict[str, str]] | None = None,
    ) -> None:
        """Scan every sheet; ``ocr`` maps a 1-based page to text replacements for an invisible OCR layer."""
        out: list[ImagePage] = []
        n = 0
        for part in parts:
            for sheet in part.sheets:
                hw = how[n] if isinstance(how, list) else how
                n += 1
                img = scan(sheet, hw, self.rng)
                layer = (ocr or {}).get(n)
                out.append(
                    ImagePage(
                        img,
                        hw.dpi,
                        hw.fmt,
                        hw.quality,
                        ocr=sheet if layer is not None else None,
                        ocr_replace=layer,
                    )
                )
        write_image_pdf(self.sub / file, out)
        self._register(file, parts, True)

    def vector_pdf(
        self,
        file: str,
        parts: list[Part],
        cover: dict[str, str] | None = None,
        producer: str = "Microsoft® Word 2019",
    ) -> None:
        """A born-digital PDF. ``cover`` paints white boxes over text ops tagged ``amount`` and writes replacements."""
        doc = pymupdf.open()
        for part in parts:
            for sheet in part.sheets:
                page = doc.new_page(width=sheet.w, height=sheet.h)
                if cover:
                    for op in sheet.ops:
                        if isinstance(op, Text) and op.tag == "amount":
                            for old, new in cover.items():
                                if old in op.s:
                                    op.s = op.s  # original text stays in the content stream
                                    op.tag = "amount:" + op.s.replace(old, new)
                vector(sheet, page)
                for op in sheet.ops:
                    if isinstance(op, Text) and op.tag.startswith("amount:"):
                        tag = op.tag
                        x, y, size = op.x, op.y, op.size  # type: ignore[union-attr]
                        new = tag[len("amount:") :]
                        page.draw_rect(
                            pymupdf.Rect(x - 1, y - 1, x + w(op.s, size) + 2, y + size + 3),
                            color=None,
                            fill=(1, 1, 1),
                        )  # type: ignore[union-attr]
                        page.insert_text((x, y + size * 0.88), new, fontname="dsf", fontsize=size)
        doc.set_metadata(
            {
                "producer": producer,
                "creator": "Microsoft® Word 2019",
                "creationDate": f"D:{YEAR}0{self.rng.randint(1, 9)}1{self.rng.randint(0, 9)}103000+08'00'",
            }
        )
        (self.sub / file).parent.mkdir(parents=True, exist_ok=True)
        doc.subset_fonts()
        doc.save(self.sub / file, garbage=3, deflate=True, no_new_id=True)
        doc.close()
        self._register(file, parts, False)

    def image_file(self, file: str, part: Part, img: Image.Image, quality: int = 82) -> None:
        write_image(self.sub / file, img, quality)
        self._register(file, [part], True)

    def plant(
        self, code: Code, file: str, page: int | None, project_id: str | None = None, note: str = ""
    ) -> None:
        self.clean = False
        self.findings.append(TruthFinding(code=code, file=file, page=page, project_id=project_id, note=note))

    # --- declaration -------------------------------------------------------------------------------

    def row(
        self,
        pid: str,
        name: str,
        client_name: str,
        signed: dt.date,
        accepted: dt.date,
        fld: str,
        place: str,
        fees: dict[str, Decimal],
    ) -> None:
        full = {k: fees.get(k, Decimal(0)) for k in FEE_KEYS}
        services = sum((full[k] for k in SERVICE_FEE_KEYS), Decimal(0))
        total = sum(full.values(), Decimal(0))
        self.rows.append(
            {
                "id": pid,
                "name": name,
                "client": client_name,
                "signed_on": signed.isoformat(),
                "accepted_on": accepted.isoformat(),
                "field": fld,
                "location": f"新疆维吾尔自治区阿勒泰地区{place}",
                "fees": {k: money(v) for k, v in full.items()},
                "services_total": money(services),
                "contract_amount": money(total),
            }
        )

    def audit(
        self,
        file: str,
        cur: Books,
        prev: Books,
        how: Scan,
        with_cash: bool = False,
        with_balance: bool = False,
    ) -> None:
        firm_name = self.rng.choice(AUDIT_FIRMS)
        sheets, f = audit_report(self.firm, YEAR, cur, prev, self.rng, firm_name, with_cash, with_balance)
        self.scanned_pdf(file, [Part(sheets, DocType.audit_report, f)], how)
        si = (cur.revenue * Decimal(str(round(self.rng.uniform(0.6, 0.85), 3)))).quantize(Decimal("0.01"))
        self.finance.append(
            {
                "year": YEAR,
                "operating_revenue": money(cur.revenue),
                "system_integration_revenue": money(si),
                "net_profit": money(cur.net()),
            }
        )

    def write(self, out: Path) -> None:
        certs = [
            {
                "holder": person(self.rng),
                "certificate": c,
                "level": lv,
                "number": f"S{self.rng.randint(2015, 2023)}{self.rng.randint(10**9, 10**10 - 1)}",
            }
            for c, lv in [("信息系统项目管理师", "高级"), ("系统集成项目管理工程师", "中级")][
                : self.rng.randint(1, 2)
            ]
        ]
        decl = {
            "enterprise": {
                "name": self.firm.name,
                "credit_code": self.firm.code,
                "legal_representative": self.firm.legal,
                "registered_capital": money(self.firm.capital),
                "established_on": self.firm.established.isoformat(),
                "grade": "丁",
                "inspection_year": YEAR,
                "staff": {
                    "technical_total": self.rng.randint(8, 18),
                    "certified_total": len(certs),
                    "certificates": certs,
                },
            },
            "finance": self.finance,
            "projects": self.rows,
        }
        (self.sub / "declaration.json").write_text(
            json.dumps(decl, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=self.clean,
            pages=self.pages,
            documents=self.documents,
            findings=self.findings,
        )
        (out / self.name / "truth.json").write_text(
            truth.model_dump_json(by_alias=True, indent=2, exclude_none=True), encoding="utf-8"
        )


def new_filing(out: Path, name: str, seed: int, index: int) -> Filing:
    rng = random.Random(seed * 1000 + index)
    place = county(rng)
    name_f = firm(rng, place)
    fm = Firm(
        name=name_f,
        code=credit_code(rng, place),
        legal=person(rng),
        capital=Decimal(rng.choice([200, 300, 500, 600, 800, 1000, 1200, 2000])) * 10000,
        established=day(rng, dt.date(2008, 1, 1), dt.date(2019, 12, 31)),
        place=place,
        address=f"新疆阿勒泰地区{place}{rng.choice(['解放路', '团结路', '文化路', '友谊路', '金山路', '建设路'])}{rng.randint(1, 199)}号{rng.randint(1, 12)}楼{rng.randint(101, 1208)}室",
    )
    sub = out / name / "submission"
    sub.mkdir(parents=True, exist_ok=True)
    return Filing(name=name, seed=seed, rng=rng, firm=fm, sub=sub)


def deal_for(
    f: Filing, project: str, place: str | None = None, keys: list[str] | None = None, total: int | None = None
) -> tuple[Deal, dt.date, dict[str, Decimal]]:
    """A contract with its acceptance date and fee split."""
    from .people import split_fees

    rng = f.rng
    place = place or county(rng)
    keys = keys or rng.choice(
        [
            ["software_development", "integration_implementation", "hardware_purchase"],
            ["integration_implementation", "hardware_purchase", "software_purchase"],
            [
                "software_development",
                "consulting_design",
                "integration_implementation",
                "hardware_purchase",
                "software_purchase",
            ],
        ]
    )
    fees = split_fees(rng, total or rng.randint(40, 380) * 10000, keys)
    amount = sum(fees.values(), Decimal(0))
    signed = day(rng, dt.date(2024, 10, 8), dt.date(2025, 5, 30))
    # Accepted within the inspection year (2025): a clean row's project was completed in it.
    accepted = day(
        rng,
        max(signed + dt.timedelta(days=70), dt.date(2025, 1, 6)),
        min(signed + dt.timedelta(days=200), dt.date(2025, 12, 10)),
    )
    code = COUNTIES[place][-2:]
    deal = Deal(
        name=f"{place}{project}",
        number=f"ALT-{code}-{signed.year}-{rng.randint(10, 999):03d}",
        party_a=client(rng, place),
        party_b=f.firm.name,
        amount=amount,
        signed=signed,
        place=f"新疆阿勒泰地区{place}",
        fees=fees,
        a_rep=person(rng),
        b_rep=f.firm.legal,
    )
    return deal, accepted, fees


def client_code(rng: random.Random) -> str:
    return (
        "11654"
        + "".join(rng.choice("0123456789") for _ in range(3))
        + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
    )


_ = (Scan, credit_code)
