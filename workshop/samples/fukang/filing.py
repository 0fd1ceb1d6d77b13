"""One filing: the firm, its projects, the files as written, the truth recorded while writing them."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pikepdf
import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth

from .papers import FEE_KEYS, FEE_LABELS, Audit, Deal, Invoice, make_audit
from .world import CLIENTS, PLACES, Firm, make_firm, money, person, project_title

YEAR = 2025


@dataclass
class Filing:
    name: str
    seed: int
    rng: random.Random
    firm: Firm
    audit: Audit
    deals: list[Deal]
    clean: bool = True
    grade: str = "丁"
    xlsx: bool = False
    files: dict[str, bytes] = field(default_factory=dict)
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)

    def add(self, fname: str, parts: list[tuple[bytes, str, dict[str, Any], str | None]]) -> list[int]:
        """Write the parts (pdf, type, fields, project) as one file; returns each part's first page (1-based)."""
        data = parts[0][0] if len(parts) == 1 else merge([p[0] for p in parts])
        self.files[fname] = data
        first = []
        page = 1
        for pdf, kind, fields, project in parts:
            n = len(pikepdf.open(io.BytesIO(pdf)).pages)
            self._record(fname, list(range(page, page + n)), kind, fields, project)
            first.append(page)
            page += n
        return first

    def add_raw(
        self, fname: str, data: bytes, kind: str, fields: dict[str, Any], project: str | None
    ) -> None:
        self.files[fname] = data
        self._record(fname, [1], kind, fields, project)

    def _record(
        self, fname: str, pages: list[int], kind: str, fields: dict[str, Any], project: str | None
    ) -> None:
        doc_id = f"D{len(self.documents) + 1}"
        for p in pages:
            self.pages.append({"file": fname, "page": p, "type": kind, "document": doc_id, "scanned": False})
        self.documents.append(
            {
                "id": doc_id,
                "file": fname,
                "pages": pages,
                "type": kind,
                "scanned": False,
                "project_id": project,
                "fields": fields,
            }
        )

    def plant(self, code: str, project: str | None, fname: str, page: int, note: str) -> None:
        self.clean = False
        self.findings.append({"code": code, "project_id": project, "file": fname, "page": page, "note": note})

    # --- declaration -----------------------------------------------------------------------------------

    def declaration(self) -> dict[str, Any]:
        f = self.firm
        return {
            "enterprise": {
                "name": f.name,
                "credit_code": f.code,
                "legal_representative": f.legal,
                "registered_capital": money(f.capital),
                "established_on": f.established.isoformat(),
                "grade": self.grade,
                "inspection_year": YEAR,
                "staff": {
                    "technical_total": f.staff,
                    "certified_total": len(f.certs),
                    "certificates": [
                        {"holder": h, "certificate": c, "level": lv, "number": n} for h, c, lv, n in f.certs
                    ],
                },
            },
            "finance": [
                {
                    "year": self.audit.year,
                    "operating_revenue": money(self.audit.revenue),
                    "system_integration_revenue": money(self.audit.si_revenue),
                    "net_profit": money(self.audit.net),
                }
            ],
            "projects": [
                {
                    "id": d.id,
                    "name": d.name,
                    "client": d.client,
                    "signed_on": d.signed.isoformat(),
                    "accepted_on": d.accepted.isoformat(),
                    "field": d.field,
                    "location": d.location,
                    "fees": {k: money(d.fees.get(k, Decimal(0))) for k in FEE_KEYS},
                    "services_total": money(d.services),
                    "contract_amount": money(d.amount),
                }
                for d in self.deals
            ],
        }

    def write(self, out: Path) -> None:
        root = out / self.name
        sub = root / "submission"
        sub.mkdir(parents=True, exist_ok=True)
        decl = self.declaration()
        Declaration.model_validate(decl)
        if self.xlsx:
            (sub / "declaration.xlsx").write_bytes(declaration_xlsx(decl))
        else:
            (sub / "declaration.json").write_text(
                json.dumps(decl, ensure_ascii=False, indent=2), encoding="utf-8"
            )
        for fname, data in self.files.items():
            (sub / fname).parent.mkdir(parents=True, exist_ok=True)
            (sub / fname).write_bytes(data)
        truth = Truth.model_validate(
            {
                "schema": "jianzheng.truth/1",
                "name": self.name,
                "seed": self.seed,
                "clean": self.clean,
                "pages": self.pages,
                "documents": self.documents,
                "findings": self.findings,
            }
        )
        (root / "truth.json").write_text(
            json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2),
            encoding="utf-8",
        )


def merge(pdfs: list[bytes]) -> bytes:
    """One file from several (as a PDF tool's 合并 does): pages in order, the form fields of all of them kept."""
    out = pikepdf.new()
    for data in pdfs:
        src = pikepdf.open(io.BytesIO(data))
        for page in src.pages:
            out.pages.append(page)

    fields = pikepdf.Array()
    font = None
    for page in out.pages:
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            if annot.get("/Subtype") == pikepdf.Name.Widget:
                fields.append(annot)
                annot.P = page.obj
        res = page.obj.get("/Resources", pikepdf.Dictionary()).get("/Font", pikepdf.Dictionary())
        for key in res.keys():
            font = font or res[key]
    ocgs = pikepdf.Array()
    for page in out.pages:
        props = page.obj.get("/Resources", pikepdf.Dictionary()).get("/Properties", pikepdf.Dictionary())
        for key in props.keys():
            if props[key].get("/Type") == pikepdf.Name.OCG and all(
                props[key].objgen != o.objgen for o in ocgs
            ):
                ocgs.append(props[key])
    if len(ocgs):
        # every layer these papers carry is off by default (a draft watermark, template help)
        out.Root.OCProperties = pikepdf.Dictionary(
            OCGs=ocgs,
            D=pikepdf.Dictionary(Order=ocgs, OFF=ocgs, ON=pikepdf.Array(), BaseState=pikepdf.Name.ON),
        )
    if len(fields):
        out.Root.AcroForm = out.make_indirect(
            pikepdf.Dictionary(
                Fields=fields,
                NeedAppearances=False,
                DA=pikepdf.String("/FkF 10.5 Tf 0 g"),
                DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(FkF=font)),
            )
        )
    first = pikepdf.open(io.BytesIO(pdfs[0]))
    when = str(first.docinfo.get("/CreationDate", "D:20250101000000+08'00'"))
    out.docinfo["/Producer"] = pikepdf.String("WPS PDF")
    out.docinfo["/Creator"] = pikepdf.String("WPS PDF 合并")
    out.docinfo["/CreationDate"] = pikepdf.String(when)
    out.docinfo["/ModDate"] = pikepdf.String(when)
    buf = io.BytesIO()
    out.save(buf, deterministic_id=True)
    return buf.getvalue()


def incremental_fix(data: bytes, field_name: str, value: str, when: str) -> bytes:
    """Open the saved form in an editor, retype one field, save incrementally (a second revision)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.pdf"
        path.write_bytes(data)
        doc = pymupdf.open(path)
        done = False
        for i in range(doc.page_count):
            for w in doc[i].widgets():
                if w.field_name == field_name:
                    w.field_value = value
                    w.text_font = "Helv"
                    w.text_fontsize = 10.5
                    w.update()
                    done = True
        assert done, field_name
        meta = dict(doc.metadata or {})
        meta["modDate"] = when
        meta["producer"] = "Adobe Acrobat Pro (64-bit) 24.2"
        doc.set_metadata(meta)
        doc.saveIncr()
        doc.close()
        return path.read_bytes()


def declaration_xlsx(decl: dict[str, Any]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    e = decl["enterprise"]
    ws.append(["字段", "值"])
    labels = {
        "name": "企业名称",
        "credit_code": "统一社会信用代码",
        "legal_representative": "法定代表人",
        "registered_capital": "注册资本",
        "established_on": "成立日期",
        "grade": "资质等级",
        "inspection_year": "年检年度",
    }
    for key, label in labels.items():
        ws.append([label, e[key]])
    ws.append(["技术人员总数", e["staff"]["technical_total"]])
    ws.append(["持证人员总数", e["staff"]["certified_total"]])
    ws2 = wb.create_sheet("经营情况")
    ws2.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for f in decl["finance"]:
        ws2.append(
            [
                f["year"],
                float(f["operating_revenue"]),
                float(f["system_integration_revenue"]),
                float(f["net_profit"]),
            ]
        )
    ws3 = wb.create_sheet("项目汇总")
    head = ["序号", "项目名称", "甲方单位", "合同签订日期", "验收日期", "项目所属领域", "项目实施地"]
    head += [FEE_LABELS[k] for k in FEE_KEYS[:6]] + ["软件和信息技术服务费合计"]
    head += [FEE_LABELS[k] for k in FEE_KEYS[6:]] + ["合同金额"]
    ws3.append(head)
    for i, p in enumerate(decl["projects"], 1):
        row: list[Any] = [
            i,
            p["name"],
            p["client"],
            p["signed_on"],
            p["accepted_on"],
            p["field"],
            p["location"],
        ]
        row += [float(p["fees"][k]) for k in FEE_KEYS[:6]] + [float(p["services_total"])]
        row += [float(p["fees"][k]) for k in FEE_KEYS[6:]] + [float(p["contract_amount"])]
        ws3.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- facts ---------------------------------------------------------------------------------------------


def make_fees(rng: random.Random, total: Decimal) -> dict[str, Decimal]:
    cats = ["hardware_purchase", "integration_implementation"]
    cats += rng.sample(
        ["software_development", "software_purchase", "consulting_design", "operation_maintenance", "other"],
        2,
    )
    shares = [rng.randint(3, 12) for _ in cats]
    shares[0] += 10
    fees: dict[str, Decimal] = {}
    left = total
    for k, s in zip(cats[:-1], shares[:-1], strict=True):
        v = (total * s / sum(shares)).quantize(Decimal("100"))
        fees[k] = v
        left -= v
    fees[cats[-1]] = left
    return {k: fees[k] for k in FEE_KEYS if k in fees}


def make_deal(rng: random.Random, index: int, firm: Firm, used: set[str], client: str | None = None) -> Deal:
    choices = [c for c in CLIENTS if c[0] not in used and (client is None or c[0] == client)]
    name, field_name, place = rng.choice(choices)
    used.add(name)
    signed = dt.date(2024, 10, 8) + dt.timedelta(days=rng.randint(0, 280))
    accepted = min(signed + dt.timedelta(days=rng.randint(60, 170)), dt.date(2025, 12, 12))
    accepted = max(accepted, dt.date(2025, 1, 15))
    total = Decimal(rng.randint(48, 320)) * 10000 + Decimal(rng.randint(0, 99)) * 100
    abbr = {"米东区": "MD", "昌吉市": "CJ", "呼图壁县": "HTB"}[place]
    return Deal(
        id=f"P{index}",
        name=project_title(rng, name, field_name),
        client=name,
        field=field_name,
        location=PLACES[place].full,
        signed=signed,
        accepted=accepted,
        fees=make_fees(rng, total),
        number=f"{abbr}{signed.year}-{rng.choice(('XX', 'ZC', 'HT'))}-{rng.randint(1, 999):04d}",
        client_rep=person(rng),
        firm_rep=firm.legal if rng.random() < 0.5 else person(rng),
    )


def make_invoice(rng: random.Random, deal: Deal, share: int) -> Invoice:
    total = (deal.amount * share / 100).quantize(Decimal("100"))
    rate = rng.choice((6, 13))
    net = (total / (1 + Decimal(rate) / 100)).quantize(Decimal("0.01"))
    issued = min(deal.accepted + dt.timedelta(days=rng.randint(3, 18)), dt.date(2025, 12, 30))
    number = f"25652000000{rng.randint(100000000, 999999999)}"
    return Invoice(number, issued, net, total - net, rate)


def new_filing(name: str, seed: int, index: int, place: str, n_projects: int = 2) -> Filing:
    rng = random.Random(seed * 1000 + index)
    firm = make_firm(rng, place)
    used: set[str] = set()
    deals = [make_deal(rng, i + 1, firm, used) for i in range(n_projects)]
    return Filing(name=name, seed=seed, rng=rng, firm=firm, audit=make_audit(rng, YEAR), deals=deals)


def buyer_code(rng: random.Random, client: str) -> str:
    from .world import credit_code

    kind = (
        "91" if "公司" in client else ("12" if any(w in client for w in ("医院", "中学", "中心")) else "11")
    )
    place = next(
        (p for p in PLACES.values() if p.name in client or client.startswith("昌吉")), PLACES["昌吉市"]
    )
    return credit_code(rng, place.code, kind)
