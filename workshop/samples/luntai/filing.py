"""One filing: the declaration, the attachment files as they are uploaded, and the truth beside them."""

from __future__ import annotations

import io
import json
import random
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pymupdf

from jianzheng.models.declaration import FEE_KEYS, Declaration
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .model import Deal, Finance, Paper
from .office import PageImage
from .people import Firm
from .spelling import money_str

PRODUCERS = {
    "copy": ("RICOH MP 2555SP", "RICOH Network Scanner"),
    "canon": ("Canon iR-ADV 4525", "Canon Color Network ScanGear"),
    "kyocera": ("KYOCERA TASKalfa 2010", "KYOCERA Document Solutions"),
    "fax": ("FaxServer 3.2 (T.37)", "Fax-to-Mail Gateway"),
    "hp": ("HP LaserJet MFP M433a", "HP Scan"),
}


@dataclass
class Staff:
    technical: int
    certificates: list[tuple[str, str, str, str]]
    """(holder, certificate, level, number)."""


@dataclass
class Filing:
    name: str
    seed: int
    firm: Firm
    grade: str
    staff: Staff
    finance: Finance
    deals: list[Deal]
    established: str
    year: int = 2024
    clean: bool = True
    pages: list[TruthPage] = field(default_factory=list)
    documents: list[TruthDocument] = field(default_factory=list)
    findings: list[TruthFinding] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    # ---- attachments ----------------------------------------------------------------------

    def _record(self, filename: str, parts: list[tuple[Paper, list[PageImage]]]) -> None:
        page_no = 0
        for paper, images in parts:
            doc_id = f"D{len(self.documents) + 1}"
            numbers = []
            for _ in images:
                page_no += 1
                numbers.append(page_no)
                self.pages.append(
                    TruthPage(file=filename, page=page_no, type=paper.type, document=doc_id, scanned=True)
                )
            self.documents.append(
                TruthDocument(
                    id=doc_id,
                    file=filename,
                    pages=numbers,
                    type=paper.type,
                    scanned=True,
                    project_id=paper.project_id,
                    fields=paper.fields,
                )
            )

    def add_pdf(
        self, filename: str, parts: list[tuple[Paper, list[PageImage]]], device: str, stamp: str
    ) -> None:
        """An image-only PDF as a scanner or fax server writes it (one image per page)."""
        doc = pymupdf.open()
        for _, images in parts:
            for p in images:
                w = p.image.width / p.dpi[0] * 72
                h = p.image.height / p.dpi[1] * 72
                page = doc.new_page(width=w, height=h)
                buf = io.BytesIO()
                if p.bilevel:
                    p.image.save(buf, "PNG", optimize=False)
                else:
                    p.image.save(buf, "JPEG", quality=p.image.info.get("quality", 72), dpi=p.dpi)
                page.insert_image(page.rect, stream=buf.getvalue())
        creator, producer = PRODUCERS[device]
        doc.set_metadata(
            {
                "creator": creator,
                "producer": producer,
                "creationDate": stamp,
                "modDate": stamp,
                "title": "",
                "author": "",
                "subject": "",
                "keywords": "",
            }
        )
        self.files[filename] = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
        doc.close()
        self._record(filename, parts)

    def add_tiff(self, filename: str, parts: list[tuple[Paper, list[PageImage]]]) -> None:
        """A multi-page G4 TIFF as a fax server saves a received fax (204 x 196 dpi)."""
        frames = [p.image.convert("1") for _, images in parts for p in images]
        buf = io.BytesIO()
        frames[0].save(
            buf, "TIFF", compression="group4", dpi=(204, 196), save_all=True, append_images=frames[1:]
        )
        self.files[filename] = buf.getvalue()
        self._record(filename, parts)

    def add_jpeg(self, filename: str, paper: Paper, image: PageImage, quality: int) -> None:
        buf = io.BytesIO()
        image.image.save(buf, "JPEG", quality=quality, dpi=image.dpi)
        self.files[filename] = buf.getvalue()
        self._record(filename, [(paper, [image])])

    def plant(self, code: str, file: str, page: int, project_id: str | None, note: str) -> None:
        self.clean = False
        self.findings.append(TruthFinding(code=code, file=file, page=page, project_id=project_id, note=note))

    # ---- declaration and truth ------------------------------------------------------------

    def declaration(self) -> dict:
        f = self.firm
        projects = []
        for d in self.deals:
            projects.append(
                {
                    "id": d.id,
                    "name": d.name,
                    "client": d.client.name,
                    "signed_on": d.signed_on.isoformat(),
                    "accepted_on": d.accepted_on.isoformat(),
                    "field": d.client.field,
                    "location": d.location,
                    "fees": {k: money_str(d.fees[k]) for k in FEE_KEYS},
                    "services_total": money_str(d.services),
                    "contract_amount": money_str(d.amount),
                }
            )
        return {
            "enterprise": {
                "name": f.name,
                "credit_code": f.code,
                "legal_representative": f.legal_rep,
                "registered_capital": money_str(Decimal(f.capital)),
                "established_on": self.established,
                "grade": self.grade,
                "inspection_year": self.year,
                "staff": {
                    "technical_total": self.staff.technical,
                    "certified_total": len(self.staff.certificates),
                    "certificates": [
                        {"holder": h, "certificate": c, "level": lv, "number": n}
                        for h, c, lv, n in self.staff.certificates
                    ],
                },
            },
            "finance": [
                {
                    "year": self.year,
                    "operating_revenue": money_str(self.finance.revenue),
                    "system_integration_revenue": money_str(self.finance.si_revenue),
                    "net_profit": money_str(self.finance.net_profit),
                }
            ],
            "projects": projects,
        }

    def write(self, out: Path) -> str:
        target = out / self.name
        if target.exists():
            shutil.rmtree(target)
        sub = target / "submission"
        sub.mkdir(parents=True)
        declaration = self.declaration()
        Declaration.model_validate(declaration)
        (sub / "declaration.json").write_text(
            json.dumps(declaration, ensure_ascii=False, indent=2) + "\n", "utf-8"
        )
        for filename, data in self.files.items():
            path = sub / filename
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=self.clean,
            pages=self.pages,
            documents=self.documents,
            findings=self.findings,
        )
        (target / "truth.json").write_text(
            json.dumps(
                truth.model_dump(mode="json", by_alias=True, exclude_none=True), ensure_ascii=False, indent=2
            )
            + "\n",
            "utf-8",
        )
        return self.name


def pdf_stamp(rng: random.Random, month: int = 1) -> str:
    """A fixed PDF date in the filing season (January–February of the next year)."""
    return f"D:2025{month:02d}{rng.randrange(3, 27):02d}{rng.randrange(8, 19):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}+08'00'"
