"""One submission on disk: the uploaded images, the declaration, truth.json and printed.json (what each file shows)."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import Image

from . import phone
from .sheet import Sheet
from .world import Deal, Firm

CERTS = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息系统集成实施工程经理", "中级"),
]


@dataclass
class Upload:
    file: str
    doc_type: str
    fields: dict[str, Any]
    project: str | None
    lines: list[str]
    seals: list[str]
    device: str


@dataclass
class Filing:
    name: str
    seed: int
    rng: random.Random
    firm: Firm
    deals: list[Deal]
    clean: bool
    xlsx: bool = False
    uploads: list[Upload] = field(default_factory=list)
    images: dict[str, tuple[Image.Image, int | None]] = field(default_factory=dict)
    findings: list[dict[str, Any]] = field(default_factory=list)
    declared: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Per project id, declared values that differ from the deal (a plant)."""
    stamp: dt.datetime = dt.datetime(2026, 3, 2, 10, 11, 12)

    # -- file names as phones make them ------------------------------------------------------------
    def _tick(self) -> dt.datetime:
        self.stamp += dt.timedelta(seconds=self.rng.randint(7, 400))
        return self.stamp

    def name_mmexport(self) -> str:
        return f"mmexport{int(self._tick().timestamp() * 1000) + self.rng.randint(0, 999)}.jpg"

    def name_screenshot(self, app: str, ext: str = "jpg") -> str:
        t = self._tick()
        pkg = {
            "wechat": "com.tencent.mm",
            "dingtalk": "com.alibaba.android.rimet",
            "wps": "cn.wps.moffice_eng",
        }[app]
        return f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}-{self.rng.randint(100, 999)}_{pkg}.{ext}"

    def name_camera(self) -> str:
        return f"IMG_{self._tick():%Y%m%d_%H%M%S}.jpg"

    def clock(self) -> str:
        return f"{self.stamp:%H:%M}"

    # -- adding an upload ----------------------------------------------------------------------------
    def add(self, file: str, img: Image.Image, quality: int | None, doc_type: str, fields: dict[str, Any],
            sheets: list[Sheet], project: str | None, device: str, watermark: str | None = None,
            red: bool = False) -> None:  # fmt: skip
        if watermark:
            img = phone.watermark(img, watermark, self.rng, alpha=self.rng.randint(45, 70), red=red)
        self.images[file] = (img, quality)
        lines = [ln for s in sheets for ln in s.lines]
        seals = [x for s in sheets for x in s.seals]
        self.uploads.append(Upload(file, doc_type, fields, project, lines, seals, device))

    def plant(self, code: str, file: str | None, project: str | None, note: str) -> None:
        f: dict[str, Any] = {"code": code, "note": note}
        if file:
            f["file"], f["page"] = file, 1
        if project:
            f["project_id"] = project
        self.findings.append(f)

    # -- the declaration -----------------------------------------------------------------------------
    def declaration(self) -> dict[str, Any]:
        rng = random.Random(self.seed * 7 + 3)
        total = sum((d.amount for d in self.deals), Decimal(0))
        si = (total * Decimal(rng.uniform(1.05, 1.3))).quantize(Decimal("1.00"))
        revenue = (si * Decimal(rng.uniform(1.1, 1.4))).quantize(Decimal("1.00"))
        profit = (revenue * Decimal(rng.uniform(0.03, 0.09))).quantize(Decimal("1.00"))
        certs = []
        for i, (title, level) in enumerate(rng.sample(CERTS, rng.randint(1, 2))):
            certs.append({"holder": f"{'马李王张'[i]}{rng.choice(['军', '明', '芳', '涛'])}", "certificate": title,
                          "level": level, "number": f"{'S' if level == '高级' else 'M'}{2019 + i}{rng.randint(10**9, 10**10 - 1)}"})  # fmt: skip
        projects = []
        for d in self.deals:
            row: dict[str, Any] = {
                "id": d.pid,
                "name": d.name,
                "client": d.client.name,
                "signed_on": d.signed.isoformat(),
                "accepted_on": d.accepted.isoformat(),
                "field": d.client.field,
                "location": f"新疆维吾尔自治区喀什地区{d.client.county}",
                "fees": {k: f"{v:.2f}" for k, v in d.fees.items()},
                "services_total": f"{d.services:.2f}",
                "contract_amount": f"{d.amount:.2f}",
            }
            for k, v in self.declared.get(d.pid, {}).items():
                if k == "fees":
                    row["fees"].update(v)
                else:
                    row[k] = v
            projects.append(row)
        return {
            "enterprise": {
                "name": self.firm.name,
                "credit_code": self.firm.code,
                "legal_representative": self.firm.legal,
                "registered_capital": f"{self.firm.capital:.2f}",
                "established_on": self.firm.established.isoformat(),
                "grade": "丁",
                "inspection_year": 2025,
                "staff": {
                    "technical_total": rng.randint(8, 16),
                    "certified_total": len(certs),
                    "certificates": certs,
                },
            },
            "finance": [
                {
                    "year": 2025,
                    "operating_revenue": f"{revenue:.2f}",
                    "system_integration_revenue": f"{si:.2f}",
                    "net_profit": f"{profit:.2f}",
                }
            ],
            "projects": projects,
        }

    # -- writing -------------------------------------------------------------------------------------
    def write(self, out: Path, decl: dict[str, Any]) -> None:
        root = out / self.name
        if root.exists():
            shutil.rmtree(root)
        sub = root / "submission"
        sub.mkdir(parents=True)
        if self.xlsx:
            write_xlsx(decl, sub / "declaration.xlsx")
        else:
            (sub / "declaration.json").write_text(
                json.dumps(decl, ensure_ascii=False, indent=2), encoding="utf-8"
            )
        for file, (img, quality) in self.images.items():
            phone.save(img, sub / file, quality)
        pages, documents = [], []
        for i, u in enumerate(self.uploads, 1):
            did = f"T{i}"
            pages.append({"file": u.file, "page": 1, "type": u.doc_type, "document": did, "scanned": True})
            doc: dict[str, Any] = {"id": did, "file": u.file, "pages": [1], "type": u.doc_type, "scanned": True,
                                   "fields": u.fields}  # fmt: skip
            if u.project:
                doc["project_id"] = u.project
            documents.append(doc)
        truth = {"schema": "jianzheng.truth/1", "name": self.name, "seed": self.seed, "clean": self.clean,
                 "pages": pages, "documents": documents, "findings": self.findings}  # fmt: skip
        (root / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8")
        printed = {u.file: {"lines": u.lines, "seals": u.seals, "device": u.device} for u in self.uploads}
        (root / "printed.json").write_text(
            json.dumps(printed, ensure_ascii=False, indent=1), encoding="utf-8"
        )


HEADERS = ["序号", "项目名称", "甲方单位", "合同签订日期", "验收日期", "项目所属领域", "项目实施地", "软件开发费（元）",
           "咨询设计费（元）", "集成实施费（元）", "运行维护费（元）", "数据处理费（元）", "运营服务费（元）",
           "软件和信息技术服务费合计（元）", "自制硬件费（元）", "硬件购置费（元）", "软件购置费（元）", "其他（元）",
           "合同金额（元）"]  # fmt: skip
FEE_ORDER = ["software_development", "consulting_design", "integration_implementation", "operation_maintenance",
             "data_processing", "operation_service"]  # fmt: skip
GOODS_ORDER = ["self_made_hardware", "hardware_purchase", "software_purchase", "other"]


def write_xlsx(decl: dict[str, Any], path: Path) -> None:
    from openpyxl import Workbook

    e = decl["enterprise"]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    for label, value in [("企业名称", e["name"]), ("统一社会信用代码", e["credit_code"]),
                         ("法定代表人", e["legal_representative"]), ("注册资本（元）", e["registered_capital"]),
                         ("成立日期", e["established_on"]), ("资质等级", e["grade"]), ("年检年度", e["inspection_year"]),
                         ("技术人员总数", e["staff"]["technical_total"]), ("持证人员总数", e["staff"]["certified_total"])]:  # fmt: skip
        ws.append([label, value])
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for f in decl["finance"]:
        fin.append([f["year"], f["operating_revenue"], f["system_integration_revenue"], f["net_profit"]])
    pr = wb.create_sheet("项目汇总")
    pr.append(HEADERS)
    for i, p in enumerate(decl["projects"], 1):
        fees = p["fees"]
        pr.append([i, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"],
                   *[fees[k] for k in FEE_ORDER], p["services_total"], *[fees[k] for k in GOODS_ORDER],
                   p["contract_amount"]])  # fmt: skip
    wb.save(path)
