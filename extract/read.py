"""Reading attachment files into pages (stage 1 of extraction).

Each file's kind is sniffed from its bytes; its reader yields pages; each page
keeps its text layer where usable, else is rendered and OCR'd. A file that
cannot be read becomes a FILE_UNREADABLE finding and the rest goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from jianzheng.models import Code, Evidence, Finding, Page, Stage, stage_failure
from jianzheng.models.errors import UnreadableFile
from jianzheng.models.settings import Settings

from .ocr import OcrEngine, get_engine
from .readers.docx import iter_docx
from .readers.image import iter_image
from .readers.legacy_office import iter_legacy_office
from .readers.ofd import iter_ofd
from .readers.pdf import iter_pdf
from .readers.sniff import FileKind, sniff
from .readers.source import SourcePage
from .readers.xlsx import iter_xlsx
from .readers.xml_invoice import read_xml_invoice
from .reading_rules import ReadingRules, rules
from .scan import build_page
from .submission import Submission

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
"""Called as progress(pages_done, pages_total) while pages are read."""

_READERS: dict[FileKind, Callable[[bytes, ReadingRules], Iterator[SourcePage] | list[SourcePage]]] = {
    FileKind.pdf: iter_pdf,
    FileKind.image: iter_image,
    FileKind.ofd: iter_ofd,
    FileKind.xml: read_xml_invoice,
    FileKind.docx: iter_docx,
    FileKind.xlsx: iter_xlsx,
    FileKind.ole: iter_legacy_office,
}


def read_bytes(path: Path, limits: ReadingRules) -> bytes:
    """The file's bytes; UnreadableFile when it cannot be read or is larger than any real attachment."""
    try:
        size = path.stat().st_size
        if size > limits.limits.max_file_bytes:
            raise UnreadableFile(f"文件过大（{size / 1e6:.0f} MB）")
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"无法读取文件（{exc.strerror or exc}）") from exc


def source_pages(data: bytes, reading: ReadingRules) -> Iterator[SourcePage]:
    """The pages of a file's bytes, by the kind its content shows."""
    yield from _READERS[sniff(data)](data, reading)


def read_file(
    path: Path, name: str, *, engine: OcrEngine, reading: ReadingRules | None = None
) -> Iterator[Page]:
    """Pages of one attachment, one at a time; raises UnreadableFile (after the pages read so far)."""
    reading = reading or rules()
    for source in source_pages(read_bytes(path, reading), reading):
        page = build_page(source, file=name, engine=engine, rules=reading)
        if source.hidden_words:
            page = page.model_copy(update={"hidden_words": source.hidden_words})
        yield page


def unreadable_finding(name: str, reason: str) -> Finding:
    """The FILE_UNREADABLE finding for one file."""
    return Finding(
        code=Code.FILE_UNREADABLE,
        message=f"文件无法读取：{name}（{reason}）",
        evidence=[Evidence(file=name, text=reason)],
    )


def read_pages(
    submission: Submission,
    *,
    settings: Settings | None = None,
    engine: OcrEngine | None = None,
    progress: ProgressFn | None = None,
) -> tuple[list[Page], list[Finding]]:
    """Read every attachment; an unreadable file becomes a FILE_UNREADABLE finding.

    ``engine``: the pipeline's OCR engine; without one, the engine ``settings`` name.
    Progress is reported per page; the total grows as files are opened (each
    file not yet opened counts as one page until it is).
    """
    engine = engine or get_engine(settings or Settings())
    reading = rules()
    pages: list[Page] = []
    findings: list[Finding] = []
    files_left = len(submission.attachments)
    for path in submission.attachments:
        name = submission.relative(path)
        files_left -= 1
        try:
            for page in read_file(path, name, engine=engine, reading=reading):
                pages.append(page)
                if progress:
                    progress(len(pages), len(pages) + files_left)
        except UnreadableFile as exc:
            findings.append(unreadable_finding(name, str(exc)))
        except Exception as exc:  # a parser's own error on hostile input must not sink the submission
            # `jianzheng-dev fuzz` reads files without this net, so that such errors are found and typed.
            log.exception("reading %s failed", name)
            findings.append(stage_failure(Stage.read, exc, what=f"读取 {name}", file=name))
    if progress:
        progress(len(pages), len(pages))
    return pages, findings
