"""Lays papers into uploaded files (text PDFs, scanned PDFs, mixed bundles, JPEGs), writes the declaration
(json or xlsx) and the truth."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pymupdf

from jianzheng.models.declaration import FEE_KEYS, Declaration
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .papers import Paper
from .scan import Profile, photo_page, scan_page

MODES = ("digital", "scan", "photo")


@dataclass
class Slot:
    """One page of an uploaded file: one paper page, or two of the same paper side by side (2-up)."""

    paper: Paper
    pages: tuple[int, ...]
    mode: str = "digital"
    prof: Profile | None = None


@dataclass
class OutFile:
    name: str
    slots: list[Slot]
    producer: str = ""


@dataclass
class Plant:
    code: str
    paper: Paper | None
    page: int | None
    """0-based page index inside the paper (or a slot holding it)."""
    project_id: str | None
    note: str


@dataclass
class Filing:
    name: str
    seed: int
    rng: random.Random
    files: list[OutFile] = field(default_factory=list)
    plants: list[Plant] = field(default_factory=list)
    declaration: dict[str, Any] = field(default_factory=dict)
    xlsx_unit: str | None = None
    """None: declaration.json; "元" or "万元": declaration.xlsx with that money unit."""

    def add(self, name: str, slots: list[Slot], producer: str = "") -> None:
        self.files.append(OutFile(name, slots, producer))

    def plant(
        self, code: str, paper: Paper | None, page: int | None, project_id: str | None, note: str
    ) -> None:
        self.plants.append(Plant(code, paper, page, project_id, note))

    # ------------------------------------------------------------------ writing

    def write(self, root: Path) -> Truth:
        target = root / self.name
        if target.exists():
            shutil.rmtree(target)
        sub = target / "submission"
        sub.mkdir(parents=True)
        pages: list[TruthPage] = []
        docs: dict[int, TruthDocument] = {}
        where: dict[tuple[int, int], tuple[str, int]] = {}
        order: list[Paper] = []
        for f in self.files:
            path = sub / f.name
            path.parent.mkdir(parents=True, exist_ok=True)
            if f.name.lower().endswith(".pdf"):
                self._write_pdf(path, f)
            else:
                assert len(f.slots) == 1
                path.write_bytes(self._image(f.slots[0]))
            for n, slot in enumerate(f.slots, start=1):
                paper = slot.paper
                key = id(paper)
                if key not in docs:
                    order.append(paper)
                    docs[key] = TruthDocument(
                        id=f"D{len(docs) + 1}",
                        file=f.name,
                        pages=[],
                        type=paper.type,  # type: ignore[arg-type]
                        scanned=True,
                        project_id=paper.project_id,
                        fields=paper.fields,
                    )
                doc = docs[key]
                assert doc.file == f.name, f"{paper.label} spans two files"
                doc.pages.append(n)
                scanned = slot.mode != "digital"
                doc.scanned = doc.scanned and scanned
                pages.append(TruthPage(file=f.name, page=n, type=doc.type, document=doc.id, scanned=scanned))
                for i in slot.pages:
                    where[(key, i)] = (f.name, n)
        for paper in order:
            d = docs[id(paper)]
            assert d.pages == list(range(d.pages[0], d.pages[0] + len(d.pages))), (
                f"{paper.label} not consecutive"
            )
            covered = {i for (k, i) in where if k == id(paper)}
            assert covered == set(range(paper.count)), (
                f"{paper.label}: pages {covered} of {paper.count} laid out"
            )
        findings = []
        for pl in self.plants:
            file = page = None
            if pl.paper is not None and pl.page is not None:
                file, page = where[(id(pl.paper), pl.page)]
            findings.append(
                TruthFinding(code=pl.code, project_id=pl.project_id, file=file, page=page, note=pl.note)  # type: ignore[arg-type]
            )
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=not self.plants,
            pages=pages,
            documents=list(docs.values()),
            findings=findings,
        )
        Declaration.model_validate(self.declaration)
        if self.xlsx_unit:
            write_xlsx(sub / "declaration.xlsx", self.declaration, self.xlsx_unit)
        else:
            (sub / "declaration.json").write_text(
                json.dumps(self.declaration, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        text = truth.model_dump_json(by_alias=True, indent=1, exclude_none=True)
        (target / "truth.json").write_text(text + "\n", encoding="utf-8")
        return truth

    def _source(self, slot: Slot) -> tuple[pymupdf.Document, int]:
        """The page to put on the sheet: the paper's page, or a 2-up composite of two."""
        doc = slot.paper.doc
        if len(slot.pages) == 1:
            return doc, slot.pages[0]
        a = doc[slot.pages[0]].rect
        comp = pymupdf.open()
        if a.width > a.height:  # two A5 landscape pages stacked on one A4 portrait sheet
            page = comp.new_page(width=595, height=842)
            rects = [pymupdf.Rect(0, 0, 595, 421), pymupdf.Rect(0, 421, 595, 842)]
        else:  # two A4 portrait pages reduced side by side on one A4 landscape sheet
            page = comp.new_page(width=842, height=595)
            rects = [pymupdf.Rect(0, 0, 421, 595), pymupdf.Rect(421, 0, 842, 595)]
        for r, i in zip(rects, slot.pages, strict=True):
            page.show_pdf_page(r, doc, i)
        page.draw_line(
            (421, 0), (421, 595) if a.width <= a.height else (0, 421), color=(0.85, 0.85, 0.85), width=0.3
        )
        return comp, 0

    def _image(self, slot: Slot) -> bytes:
        doc, i = self._source(slot)
        if slot.mode == "photo":
            return photo_page(doc[i], self.rng)
        assert slot.prof is not None
        back = doc[i + 1] if i + 1 < doc.page_count else (doc[i - 1] if i > 0 else None)
        return scan_page(doc[i], self.rng, slot.prof, back)

    def _write_pdf(self, path: Path, f: OutFile) -> None:
        out = pymupdf.open()
        for slot in f.slots:
            doc, i = self._source(slot)
            if slot.mode == "digital":
                out.insert_pdf(doc, from_page=i, to_page=i)
                continue
            jpg = self._image(slot)
            r = doc[i].rect
            turn = slot.prof.turn if slot.prof else 0
            w, h = (r.height, r.width) if turn % 2 else (r.width, r.height)
            page = out.new_page(width=w, height=h)
            page.insert_image(page.rect, stream=jpg)
        stamp = "D:20250218093012+08'00'"
        out.set_metadata(
            {
                "producer": f.producer or "Microsoft® Word 2019",
                "creator": f.producer or "Microsoft® Word 2019",
                "creationDate": stamp,
                "modDate": stamp,
                "title": path.stem,
            }
        )
        out.save(path, garbage=3, deflate=True)


# ---------------------------------------------------------------------- declaration.xlsx

INFO_LABELS = [
    ("企业名称", "name"),
    ("统一社会信用代码", "credit_code"),
    ("法定代表人", "legal_representative"),
    ("注册资本（元）", "registered_capital"),
    ("成立日期", "established_on"),
    ("资质等级", "grade"),
    ("年检年度", "inspection_year"),
    ("技术人员总数", "technical_total"),
    ("持证人员总数", "certified_total"),
]
FEE_HEADERS = ["软件开发费", "咨询设计费", "集成实施费", "运行维护费", "数据处理费", "运营服务费"]
HW_HEADERS = ["自制硬件费", "硬件购置费", "软件购置费", "其他"]


def _money(v: Any, unit: str) -> float:
    d = Decimal(str(v))
    return float(d / 10000) if unit == "万元" else float(d)


def write_xlsx(path: Path, decl: dict[str, Any], unit: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    ent = decl["enterprise"]
    staff = ent.get("staff", {})
    for label, key in INFO_LABELS:
        value = staff.get(key) if key in ("technical_total", "certified_total") else ent.get(key)
        if key == "registered_capital":
            value = float(Decimal(value))
        ws.append([label, value])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 48
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for row in decl["finance"]:
        fin.append(
            [
                row["year"],
                float(Decimal(row["operating_revenue"])),
                float(Decimal(row["system_integration_revenue"])),
                float(Decimal(row["net_profit"])),
            ]
        )
    pr = wb.create_sheet("项目汇总")
    u = "（万元）" if unit == "万元" else "（元）"
    pr.append(
        ["序号", "项目名称", "甲方单位", "合同签订日期", "验收日期", "项目所属领域", "项目实施地"]
        + [h + u for h in FEE_HEADERS]
        + ["软件和信息技术服务费合计" + u]
        + [h + u for h in HW_HEADERS]
        + ["合同金额" + u]
    )
    for n, p in enumerate(decl["projects"], start=1):
        fees = p["fees"]
        pr.append(
            [n, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"]]
            + [_money(fees[k], unit) for k in FEE_KEYS[:6]]
            + [_money(p["services_total"], unit)]
            + [_money(fees[k], unit) for k in FEE_KEYS[6:]]
            + [_money(p["contract_amount"], unit)]
        )
    for col in "BC":
        pr.column_dimensions[col].width = 40
    certs = ent.get("staff", {}).get("certificates", [])
    if certs:
        cs = wb.create_sheet("持证人员")
        cs.append(["姓名", "证书名称", "等级", "证书编号"])
        for c in certs:
            cs.append([c["holder"], c["certificate"], c["level"], c["number"]])
    wb.save(path)


def read_xlsx(path: Path) -> dict[str, Any]:
    """Read a declaration.xlsx written above back into declaration.json's shape (selfcheck)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    info = {str(r[0]): r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    ent: dict[str, Any] = {}
    staff: dict[str, Any] = {}
    for label, key in INFO_LABELS:
        v = info.get(label)
        if key in ("technical_total", "certified_total"):
            staff[key] = v
        elif key == "registered_capital":
            ent[key] = f"{Decimal(str(v)):.2f}"
        else:
            ent[key] = v
    header = [str(c) for c in next(wb["项目汇总"].iter_rows(max_row=1, values_only=True))]
    unit = Decimal(10000) if "万元" in header[-1] else Decimal(1)

    def money(v: Any) -> str:
        return f"{(Decimal(str(v)) * unit).quantize(Decimal('0.01')):.2f}"

    projects = []
    for r in wb["项目汇总"].iter_rows(min_row=2, values_only=True):
        fees = dict(zip(FEE_KEYS[:6], (money(v) for v in r[7:13]), strict=True))
        fees.update(zip(FEE_KEYS[6:], (money(v) for v in r[14:18]), strict=True))
        projects.append(
            {
                "id": f"P{r[0]}",
                "name": r[1],
                "client": r[2],
                "signed_on": r[3],
                "accepted_on": r[4],
                "field": r[5],
                "location": r[6],
                "fees": fees,
                "services_total": money(r[13]),
                "contract_amount": money(r[18]),
            }
        )
    finance = [
        {
            "year": r[0],
            "operating_revenue": f"{Decimal(str(r[1])):.2f}",
            "system_integration_revenue": f"{Decimal(str(r[2])):.2f}",
            "net_profit": f"{Decimal(str(r[3])):.2f}",
        }
        for r in wb["经营情况"].iter_rows(min_row=2, values_only=True)
    ]
    ent["staff"] = staff
    return {"enterprise": ent, "finance": finance, "projects": projects}
