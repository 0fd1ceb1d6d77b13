"""truth.json: the documents a reviewer would see in a submission and the findings planted in it.

The file carries the project's ``Truth`` model (schema, name, pages, documents, findings) and,
beside it, the same content under the keys the family's brief names (submission,
expected_findings, documents[].doc_type), so that either reader finds what it looks for.
"""

from __future__ import annotations

from typing import Any

from .output import Placement
from .plan import Expect, Scenario

THRESHOLDS = {
    "甲": (40, 12, 30_000_000),
    "乙": (30, 8, 10_000_000),
    "丙": (20, 5, 5_000_000),
    "丁": (6, 0, 0),
}
"""Technical staff, certified staff and project total per grade (seed 000, 填报说明 1 and 3)."""


def check_thresholds(scenario: Scenario) -> None:
    """Refuse a scenario whose filing would fail its grade's thresholds (an unplanted cause)."""
    filing = scenario.filing
    staff, certified, total = THRESHOLDS[filing.grade]
    declared = sum(p.amount for p in filing.projects)
    if filing.technical_total < staff or len(filing.certificate_holders) < certified or declared < total:
        raise ValueError(f"{scenario.name}: below the {filing.grade} thresholds")


def _placements(scenario: Scenario) -> list[Placement]:
    return [part for spec in scenario.files for part in spec.parts]


def _page_of(expect: Expect) -> int | None:
    where = expect.where
    if where is None:
        return None
    index = expect.page or 0
    return where.pages[index * 2 if where.duplex else index]


def build(scenario: Scenario, seed: int, declaration_file: str) -> dict[str, Any]:
    """The truth object of a written scenario (placements must carry their pages)."""
    scanned = {spec.name: spec.kind != "pdf" for spec in scenario.files}
    documents = []
    pages = []
    for k, part in enumerate(_placements(scenario), start=1):
        doc_id = f"T{k}"
        documents.append(
            {
                "id": doc_id,
                "file": part.file,
                "pages": part.pages,
                "type": part.built.doc_type,
                "doc_type": part.built.doc_type,
                "scanned": scanned[part.file],
                "project_id": part.project_id,
                "fields": part.built.fields,
            }
        )
        pages += [
            {
                "file": part.file,
                "page": n,
                "type": part.built.doc_type,
                "document": doc_id,
                "scanned": scanned[part.file],
            }
            for n in part.pages
        ]
    findings = [
        {
            "code": e.code,
            "project_id": e.project_id,
            "file": e.where.file if e.where else declaration_file,
            "page": _page_of(e),
            "note": e.note,
        }
        for e in scenario.expects
    ]
    return {
        "schema": "jianzheng.truth/1",
        "name": scenario.name,
        "submission": scenario.name,
        "seed": seed,
        "clean": scenario.clean,
        "pages": pages,
        "documents": documents,
        "findings": findings,
        "expected_findings": findings,
    }
