"""Checks on the scans themselves: pages a reviewer (or the OCR) cannot read reliably."""

from __future__ import annotations

from collections.abc import Iterator

from jianzheng.models import Code, Evidence, Finding

from ..registry import CheckContext, check


@check(Code.SCAN_QUALITY_LOW, needs_declaration=False)
def scan_quality(ctx: CheckContext) -> Iterator[Finding]:
    """SCAN_QUALITY_LOW: one warning per scanned page below the quality thresholds.

    中文：扫描页的分辨率、清晰度或倾斜超出阈值，每页一条警告。

    Rule: seed 000 section 6 (附件上传: the contract key pages, acceptance
    report and invoices are uploaded as scans, which the reviewer must be able
    to read); CONTRACT 2.3. The thresholds (effective DPI, blur, skew) and why
    they are set where they are live in extract/reading.toml [quality].

    Example: 扫描质量偏低：contract_scan.pdf 第 2 页，分辨率过低（约 72 DPI，低于 100 DPI）
    """
    for (file, number), page in sorted(ctx.pages.items()):
        quality = page.quality
        if quality is None or quality.readable:
            continue
        document = next(
            (d.id for d in ctx.documents if d.file == file and number in d.pages),
            None,
        )
        reasons = "；".join(quality.reasons) or "页面质量低于阈值"
        yield Finding(
            code=Code.SCAN_QUALITY_LOW,
            documents=[document] if document else [],
            message=f"扫描质量偏低：{file} 第 {number} 页，{reasons}",
            evidence=[
                Evidence(
                    document=document,
                    file=file,
                    page=number,
                    bbox=(0.0, 0.0, page.width, page.height),
                    text=reasons,
                )
            ],
        )
