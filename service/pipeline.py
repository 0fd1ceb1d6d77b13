"""The pipeline: one function from a submission folder to its report.

The CLI and the web service both call ``check``; nothing of the pipeline
lives in either.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from jianzheng.classify import classify_submission
from jianzheng.extract import (
    PageImages,
    extract_documents,
    find_submission,
    read_declaration,
    read_pages,
)
from jianzheng.extract.ocr import get_engine
from jianzheng.extract.read import ProgressFn
from jianzheng.models import Report
from jianzheng.models.settings import Settings
from jianzheng.verify import CheckContext, Matching, match_documents, run_checks
from jianzheng.verify.forensics.duplicate_store import DuplicateStore, duplicate_store
from jianzheng.verify.forensics.repeats import SubmissionId
from jianzheng.verify.registry import place_on_projects

from .report import assemble_report
from .rules_files import validate_rules


def check(
    submission: str | Path,
    *,
    progress: ProgressFn | None = None,
    today: dt.date | None = None,
    settings: Settings | None = None,
    duplicates: DuplicateStore | None = None,
) -> Report:
    """Check one submission folder and return its report (CONTRACT 2).

    ``duplicates``: where other submissions' pages are remembered; by default the
    settings' data folder's index (none configured: this run's alone).
    Raises InputError when the path does not exist or holds nothing to check,
    RuleError when a rules file is malformed (before anything is read); any
    problem inside the submission becomes a finding instead.
    """
    started = time.monotonic()
    validate_rules()
    settings = settings or Settings()
    engine = get_engine(settings)
    found = find_submission(submission)
    declaration, findings = read_declaration(found.declaration)
    pages, unreadable = read_pages(found, engine=engine, progress=progress)
    classified, unclassified = classify_submission(pages)
    documents, failed = extract_documents(classified, pages)
    page_map = {p.key: p for p in pages}
    matching = match_documents(declaration, documents, page_map) if declaration else Matching([])
    matches = matching.matches
    names = SubmissionId.of(found.root, declaration)
    context = CheckContext(
        declaration=declaration,
        documents=documents,
        pages=page_map,
        matches=matches,
        today=today or dt.date.today(),
        submission_id=names.key,
        submission_label=names.label,
        images=PageImages.of(found),
        engine=engine,
        duplicates=duplicates or duplicate_store(settings),
        declaration_file=found.declaration.name if found.declaration else None,
        pieces=matching.pieces,
    )
    findings += unreadable + unclassified + place_on_projects(failed, matches) + run_checks(context)
    return assemble_report(
        declaration=declaration,
        documents=documents,
        pages=pages,
        matches=matches,
        findings=findings,
        files=len(found.attachments),
        seconds=time.monotonic() - started,
    )
