"""How a filing's papers are put into files, as the enterprise's office scanned and saved them."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .papers import Paper, receipt_papers
from .scenarios import Filing


@dataclass
class Attachment:
    name: str
    mode: str
    """``grey`` / ``colour`` (flatbed scan, image-only PDF), ``digital`` (born-digital PDF), ``photo`` (JPEG)."""
    papers: list[Paper]


def _award(filing: Filing, papers: dict[str, Paper], pid: str) -> list[Attachment]:
    paper = papers.get(f"{pid}.award")
    if paper is None:
        return []
    if filing.knobs.award == "photo":
        return [Attachment(f"{pid}_中标通知书.jpg", "photo", [paper])]
    return [Attachment(f"{pid}_中标通知书.pdf", "grey", [paper])]


def _receipts(rng: random.Random, filing: Filing, pid: str) -> list[Attachment]:
    project = next(p for p in filing.projects if p.pid == pid)
    chosen = project.receipts[:2] if project.kind == "bill" else project.receipts[:1]
    mode = filing.knobs.receipts
    if mode == "pair":
        return [Attachment(f"{pid}_银行回单.pdf", "digital", receipt_papers(rng, project, chosen, 2))]
    papers = receipt_papers(rng, project, chosen, 1)
    if mode == "photo":
        return [Attachment(f"{pid}_回单{i}.jpg", "photo", [paper]) for i, paper in enumerate(papers, start=1)]
    return [
        Attachment(f"{pid}_电子回单_{r.serial}.pdf", "digital", [paper])
        for r, paper in zip(chosen, papers, strict=True)
    ]


def attachments(rng: random.Random, filing: Filing, papers: dict[str, Paper]) -> list[Attachment]:
    knobs = filing.knobs
    out = []
    if knobs.licence == "photo":
        out.append(Attachment("营业执照副本.jpg", "photo", [papers["licence"]]))
    else:
        out.append(Attachment("营业执照副本.pdf", "grey", [papers["licence"]]))
    out.append(
        Attachment(
            "2024年度审计报告.pdf", "digital" if knobs.audit == "digital" else "grey", [papers["audit"]]
        )
    )
    for project in filing.projects:
        pid = project.pid
        own = {k: v for k, v in papers.items() if k.startswith(pid + ".")}
        invoices = [v for k, v in own.items() if ".invoice." in k]
        paper_inv = [paper for paper, inv in zip(invoices, project.invoices, strict=True) if not inv.digital]
        extra = [own[k] for k in (f"{pid}.settlement", f"{pid}.request") if k in own]
        kind = "施工合同" if project.kind == "bill" else "采购合同"
        out += _award(filing, papers, pid)
        if knobs.layout == "bundle":
            out.append(
                Attachment(
                    f"{pid}_合同关键页及验收资料.pdf",
                    "grey",
                    [own[f"{pid}.contract"], own[f"{pid}.acceptance"], *extra, *paper_inv],
                )
            )
            out += [
                Attachment(f"{pid}_数电发票_{inv.number}.pdf", "digital", [paper])
                for paper, inv in zip(invoices, project.invoices, strict=True)
                if inv.digital
            ]
        elif knobs.layout == "split":
            out.append(Attachment(f"{pid}_{kind}.pdf", "grey", [own[f"{pid}.contract"]]))
            out.append(Attachment(f"{pid}_验收及结算资料.pdf", "grey", [own[f"{pid}.acceptance"], *extra]))
            out.append(Attachment(f"{pid}_发票.pdf", "colour", invoices))
        else:
            out.append(Attachment(f"{pid}_{kind}.pdf", "grey", [own[f"{pid}.contract"]]))
            out.append(Attachment(f"{pid}_验收报告.pdf", "colour", [own[f"{pid}.acceptance"]]))
            out += [
                Attachment(
                    f"{pid}_{'结算审定单' if p.key.endswith('settlement') else '支付申请表'}.pdf", "grey", [p]
                )
                for p in extra
            ]
            out += [
                Attachment(f"{pid}_数电发票_{inv.number}.pdf", "digital", [paper])
                for paper, inv in zip(invoices, project.invoices, strict=True)
                if inv.digital
            ]
            out += [
                Attachment(f"{pid}_发票_{inv.number}.pdf", "colour", [paper])
                for paper, inv in zip(invoices, project.invoices, strict=True)
                if not inv.digital
            ]
        out += _receipts(rng, filing, pid)
    return out
