"""Reading attachment files into pages (stage 1 of extraction).

Thin first version: the PDF text layer through PyMuPDF. Scans, images, OCR
and page quality grow here (issue 4).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf

from jianzheng.models import Code, Evidence, Finding, Page, Word
from jianzheng.models.errors import UnreadableFile
from jianzheng.models.settings import Settings

from .submission import Submission

ProgressFn = Callable[[int, int], None]
"""Called as progress(pages_done, pages_total) while pages are read."""


def read_pdf(path: Path, name: str) -> list[Page]:
    """Pages of a PDF with the words of its text layer."""
    try:
        doc = pymupdf.open(path)
    except Exception as exc:  # PyMuPDF raises several unrelated types for bad files
        raise UnreadableFile(f"not a readable PDF: {exc}") from exc
    with doc:
        if doc.needs_pass:
            raise UnreadableFile("the PDF is encrypted")
        if doc.page_count == 0:
            raise UnreadableFile("the PDF has no pages")
        pages = []
        for index in range(doc.page_count):
            pdf_page = doc[index]
            words = [
                Word(text=span["text"], bbox=tuple(span["bbox"]), font=span["font"], size=span["size"])
                for block in pdf_page.get_text("dict")["blocks"]
                for line in block.get("lines", [])
                for span in line["spans"]
                if span["text"].strip()
            ]
            rect = pdf_page.rect
            pages.append(Page(file=name, number=index + 1, width=rect.width, height=rect.height, words=words))
        return pages


def read_pages(
    submission: Submission, *, settings: Settings | None = None, progress: ProgressFn | None = None
) -> tuple[list[Page], list[Finding]]:
    """Read every attachment; an unreadable file becomes a FILE_UNREADABLE finding."""
    pages: list[Page] = []
    findings: list[Finding] = []
    total = len(submission.attachments)
    for done, path in enumerate(submission.attachments, start=1):
        name = submission.relative(path)
        try:
            if path.suffix.lower() != ".pdf":
                raise UnreadableFile("not a supported type yet")
            pages.extend(read_pdf(path, name))
        except UnreadableFile as exc:
            findings.append(
                Finding(
                    code=Code.FILE_UNREADABLE,
                    message=f"文件无法读取：{name}（{exc}）",
                    evidence=[Evidence(file=name, text=str(exc))],
                )
            )
        if progress:
            progress(done, total)
    return pages, findings
