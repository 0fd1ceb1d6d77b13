"""A scenario being written: the declaration, the attachment files and the truth beside them."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .money import s2
from .world import Firm

FEE_KEYS = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
    "self_made_hardware",
    "hardware_purchase",
    "software_purchase",
    "other",
)
SERVICE_KEYS = FEE_KEYS[:6]
YEAR = 2025


@dataclass
class Scenario:
    name: str
    seed: int
    root: Path
    rng: random.Random
    declaration: dict[str, Any] = field(default_factory=dict)
    pages: list[TruthPage] = field(default_factory=list)
    documents: list[TruthDocument] = field(default_factory=list)
    findings: list[TruthFinding] = field(default_factory=list)

    @property
    def sub(self) -> Path:
        return self.root / self.name / "submission"

    # declaration --------------------------------------------------
    def enterprise(self, f: Firm) -> None:
        self.declaration["enterprise"] = {
            "name": f.name,
            "credit_code": f.credit_code,
            "legal_representative": f.legal_rep,
            "registered_capital": s2(f.capital),
            "established_on": f.established.isoformat(),
            "grade": f.grade,
            "inspection_year": YEAR,
            "staff": {"technical_total": f.staff, "certified_total": len(f.certs), "certificates": f.certs},
        }

    def finance(self, revenue: Decimal, si_revenue: Decimal, profit: Decimal) -> None:
        self.declaration["finance"] = [
            {
                "year": YEAR,
                "operating_revenue": s2(revenue),
                "system_integration_revenue": s2(si_revenue),
                "net_profit": s2(profit),
            }
        ]

    def project(
        self,
        pid: str,
        name: str,
        client: str,
        signed,
        accepted,
        fld: str,
        location: str,
        fees: dict[str, Decimal],
    ) -> dict:
        full = {k: s2(fees.get(k, Decimal(0))) for k in FEE_KEYS}
        services = sum((fees.get(k, Decimal(0)) for k in SERVICE_KEYS), Decimal(0))
        total = sum(fees.values(), Decimal(0))
        row = {
            "id": pid,
            "name": name,
            "client": client,
            "signed_on": signed.isoformat(),
            "accepted_on": accepted.isoformat(),
            "field": fld,
            "location": location,
            "fees": full,
            "services_total": s2(services),
            "contract_amount": s2(total),
        }
        self.declaration.setdefault("projects", []).append(row)
        return row

    # truth --------------------------------------------------------
    def doc(
        self,
        file: str,
        pages: list[int],
        dtype: str,
        fields: dict[str, Any],
        project_id: str | None = None,
        scanned: bool = False,
    ) -> str:
        did = f"T{len(self.documents) + 1}"
        self.documents.append(
            TruthDocument(
                id=did,
                file=file,
                pages=pages,
                type=dtype,
                scanned=scanned,
                project_id=project_id,
                fields=fields,
            )
        )
        for pg in pages:
            self.pages.append(TruthPage(file=file, page=pg, type=dtype, document=did, scanned=scanned))
        return did

    def plant(
        self, code: str, file: str | None, page: int | None, project_id: str | None = None, note: str = ""
    ) -> None:
        self.findings.append(TruthFinding(code=code, project_id=project_id, file=file, page=page, note=note))

    def write(self) -> None:
        target = self.root / self.name
        self.sub.mkdir(parents=True, exist_ok=True)
        (self.sub / "declaration.json").write_text(
            json.dumps(self.declaration, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=not self.findings,
            pages=self.pages,
            documents=self.documents,
            findings=self.findings,
        )
        (target / "truth.json").write_text(truth.model_dump_json(by_alias=True, indent=2), encoding="utf-8")


def fresh(root: Path, name: str) -> None:
    target = root / name
    if target.exists():
        shutil.rmtree(target)
