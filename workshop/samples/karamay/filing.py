"""A filing under construction: the firm, its declaration, its attachment files and their truth."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jianzheng.models import Truth

from . import docs, pools
from .scan import Profile, write
from .sheet import Sheet
from .text import credit_code, q2

YEAR = 2025
SERVICE_KEYS = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
)


@dataclass
class _File:
    profile: Profile
    sheets: list[Sheet] = field(default_factory=list)
    pages: list[tuple[str, str]] = field(default_factory=list)
    """(doc type, truth document id) per output page."""


@dataclass
class Filing:
    name: str
    seed: int
    rng: random.Random
    firm: docs.Firm
    clean: bool = False
    files: dict[str, _File] = field(default_factory=dict)
    documents: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    finance: list[dict[str, Any]] = field(default_factory=list)
    declared: dict[str, Any] = field(default_factory=dict)
    """Enterprise fields that differ from the firm's (planted)."""
    extra_files: dict[str, bytes] = field(default_factory=dict)
    xlsx: bool = False

    def add(
        self,
        file: str,
        profile: Profile,
        doc_type: str,
        sheets: list[Sheet],
        project_id: str | None = None,
        fields: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Append a document's sheets to ``file``; returns its truth document (pages filled in)."""
        f = self.files.setdefault(file, _File(profile))
        assert f.profile is profile or f.profile == profile, file
        doc_id = f"T{len(self.documents) + 1}"
        per_page = 2 if profile.kind == "twoup" else 1
        start = len(f.pages)
        n_out = -(-len(sheets) // per_page)
        f.sheets.extend(sheets)
        f.pages.extend((doc_type, doc_id) for _ in range(n_out))
        doc = {
            "id": doc_id,
            "file": file,
            "pages": list(range(start + 1, start + n_out + 1)),
            "type": doc_type,
            "scanned": profile.scanned,
            "project_id": project_id,
            "fields": fields or {},
        }
        self.documents.append(doc)
        return doc

    def plant(
        self, code: str, file: str | None, page: int | None, project_id: str | None = None, note: str = ""
    ) -> None:
        self.findings.append(
            {"code": code, "project_id": project_id, "file": file, "page": page, "note": note}
        )

    # ------------------------------------------------------------- output

    def declaration(self) -> dict[str, Any]:
        f = self.firm
        ent = {
            "name": f.name,
            "credit_code": f.credit_code,
            "legal_representative": f.legal_rep,
            "registered_capital": f"{q2(f.capital):.2f}",
            "established_on": f.established.isoformat(),
            "grade": "丁",  # no certified-staff or project-total threshold (seed 000): nothing unplanted to flag
            "inspection_year": YEAR,
            "staff": {
                "technical_total": self.rng_decl.randint(8, 30),
                "certified_total": 0,
                "certificates": [],
            },
        }
        ent.update(self.declared)
        return {"enterprise": ent, "finance": self.finance, "projects": self.projects}

    @property
    def rng_decl(self) -> random.Random:
        return random.Random(self.seed * 7 + 3)

    def write(self, out: Path) -> None:
        root = out / self.name
        sub = root / "submission"
        sub.mkdir(parents=True, exist_ok=True)
        decl = self.declaration()
        (sub / "declaration.json").write_text(
            json.dumps(decl, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        if self.xlsx:
            write_xlsx(sub / "declaration.xlsx", decl)
        pages: list[dict[str, Any]] = []
        for name, f in self.files.items():
            n = write(sub / name, f.sheets, f.profile, self.rng)
            assert n == len(f.pages), (name, n, len(f.pages))
            for i, (t, d) in enumerate(f.pages, start=1):
                pages.append(
                    {"file": name, "page": i, "type": t, "document": d, "scanned": f.profile.scanned}
                )
        for name, data in self.extra_files.items():
            (sub / name).write_bytes(data)
        truth = Truth.model_validate(
            {
                "schema": "jianzheng.truth/1",
                "name": self.name,
                "seed": self.seed,
                "clean": self.clean,
                "pages": pages,
                "documents": self.documents,
                "findings": self.findings,
            }
        )
        (root / "truth.json").write_text(
            truth.model_dump_json(by_alias=True, indent=2, exclude_none=False), encoding="utf-8"
        )


def write_xlsx(path: Path, decl: dict[str, Any]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ent = decl["enterprise"]
    ws.append(["字段", "值"])
    labels = {
        "name": "企业名称",
        "credit_code": "统一社会信用代码",
        "legal_representative": "法定代表人",
        "registered_capital": "注册资本",
        "established_on": "成立日期",
        "grade": "等级",
        "inspection_year": "年检年度",
    }
    for k, label in labels.items():
        ws.append([label, ent.get(k)])
    ws.append(["技术人员总数", ent["staff"]["technical_total"]])
    ws.append(["持证人员总数", ent["staff"]["certified_total"]])
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for row in decl["finance"]:
        fin.append(
            [row["year"], row["operating_revenue"], row["system_integration_revenue"], row["net_profit"]]
        )
    pj = wb.create_sheet("项目汇总")
    heads = [
        "序号",
        "项目名称",
        "甲方单位",
        "合同签订日期",
        "验收日期",
        "项目所属领域",
        "项目实施地",
        "软件开发费",
        "咨询设计费",
        "集成实施费",
        "运行维护费",
        "数据处理费",
        "运营服务费",
        "软件和信息技术服务费合计",
        "自制硬件费",
        "硬件购置费",
        "软件购置费",
        "其他",
        "合同金额（元）",
    ]
    pj.append(heads)
    for i, p in enumerate(decl["projects"], start=1):
        fees = p["fees"]
        pj.append(
            [i, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"]]
            + [fees[k] for k in SERVICE_KEYS]
            + [p["services_total"]]
            + [fees[k] for k in ("self_made_hardware", "hardware_purchase", "software_purchase", "other")]
            + [p["contract_amount"]]
        )
    wb.save(path)


# ----------------------------------------------------------------- helpers for scenarios


def make_firm(rng: random.Random, district: str, valid_until: dt.date | str | None = "auto") -> docs.Firm:
    est = dt.date(rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28))
    if valid_until == "auto":
        vu: dt.date | None = (
            None
            if rng.random() < 0.5
            else dt.date(rng.randint(2030, 2045), est.month, est.day) - dt.timedelta(days=1)
        )
    else:
        vu = valid_until if isinstance(valid_until, dt.date) or valid_until is None else None
    return docs.Firm(
        name=pools.firm(rng, district),
        credit_code=credit_code(rng, district),
        legal_rep=pools.person(rng),
        capital=Decimal(rng.choice((500, 1000, 1200, 2000, 3000, 5000))) * 10000,
        established=est,
        address=pools.address(rng, district),
        district=district,
        company_type=rng.choice(pools.COMPANY_TYPES),
        valid_until=vu,
    )


def split_fees(
    rng: random.Random, amount: Decimal, keys: tuple[str, ...] | None = None
) -> dict[str, Decimal]:
    """Ten fees adding up to ``amount`` exactly."""
    keys = keys or rng.choice(
        (
            ("hardware_purchase", "software_development", "integration_implementation"),
            ("hardware_purchase", "software_purchase", "integration_implementation", "operation_maintenance"),
            ("software_development", "consulting_design", "integration_implementation"),
        )
    )
    weights = [rng.uniform(1, 4) for _ in keys]
    total_w = sum(weights)
    fees = {k: Decimal(0) for k in docs.FEE_LABELS}
    left = amount
    for k, w in zip(keys[:-1], weights[:-1], strict=True):
        v = (amount * Decimal(w / total_w)).quantize(Decimal(100))
        fees[k] = v
        left -= v
    fees[keys[-1]] = left
    return fees


def project_row(
    pid: str,
    name: str,
    client: str,
    signed: dt.date,
    accepted: dt.date,
    fld: str,
    district: str,
    fees: dict[str, Decimal],
) -> dict[str, Any]:
    services = sum((fees[k] for k in SERVICE_KEYS), Decimal(0))
    total = sum(fees.values(), Decimal(0))
    return {
        "id": pid,
        "name": name,
        "client": client,
        "signed_on": signed.isoformat(),
        "accepted_on": accepted.isoformat(),
        "field": fld,
        "location": f"新疆维吾尔自治区克拉玛依市{district}",
        "fees": {k: f"{q2(v):.2f}" for k, v in fees.items()},
        "services_total": f"{q2(services):.2f}",
        "contract_amount": f"{q2(total):.2f}",
    }


def money(rng: random.Random, lo: int, hi: int, cents: bool = True) -> Decimal:
    v = Decimal(rng.randint(lo, hi))
    if cents:
        v += Decimal(rng.randint(0, 99)) / 100
    return v
