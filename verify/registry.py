"""The one registry of checks, and the runner that times them and contains their failures.

A check is a small pure function that takes the CheckContext and yields
findings. It is registered with ``@check(Code.X, ...)`` naming the codes it
may raise; those codes are what docs/rules.md lists for it, so the runner
holds the check to them. The runner, not the check, turns an exception inside
a check, or a finding with a code it did not declare, into a CHECK_FAILED
finding, so one bad check never sinks a report.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any

from jianzheng.extract.page_images import PageImages
from jianzheng.models import (
    Code,
    ContractFields,
    Declaration,
    DocType,
    Document,
    Extracted,
    Finding,
    Match,
    Page,
    Project,
    Stage,
    TextSource,
    stage_failure,
)

from .compare import unsure_why
from .forensics.duplicate_store import DuplicateStore, MemoryDuplicateStore
from .former_names import former_names
from .lookup import DocLine, document_lines

if TYPE_CHECKING:  # the engine is only handed on
    from jianzheng.extract.ocr import OcrEngine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckContext:
    """Everything a check may look at: what the earlier stages produced, and nothing else.

    A check never opens a submission file, renders a page or builds an engine: the
    pages' pictures and the files' bytes come from extraction's ``images``, text
    read on a picture (a seal's ring) from the pipeline's own ``engine``, and the
    memory of other submissions from the ``duplicates`` store the pipeline chose.
    """

    declaration: Declaration | None
    documents: list[Document]
    pages: dict[tuple[str, int], Page] = field(default_factory=dict)
    matches: list[Match] = field(default_factory=list)
    today: dt.date = field(default_factory=dt.date.today)
    submission_id: str = "(current)"
    """How the installation names this submission: its key in the duplicate index, and in logs."""
    submission_label: str = "本次提交"
    """How reviewers know this submission when another one cites it (its folder or submission id)."""
    images: PageImages = field(default_factory=lambda: PageImages({}))
    """The attachments as extraction holds them: page renders (cached) and bytes. Empty: forensics say nothing."""
    engine: OcrEngine | None = None
    """The pipeline's OCR engine, for text on pictures extraction did not read (seal rings); None: not read."""
    duplicates: DuplicateStore = field(default_factory=MemoryDuplicateStore)
    """Fingerprints of earlier submissions (chosen by configuration); a fresh memory store knows only this one."""
    declaration_file: str | None = None
    """The declaration's file name (declaration.json or declaration.xlsx): where a finding on the
    declared rows themselves points the reviewer."""
    pieces: dict[str, list[str]] = field(default_factory=dict)
    """Pages of a matched contract uploaded as files of their own, by the contract's id
    (verify.match.contract_pieces): matched to its row, read as that contract."""

    def document(self, doc_id: str) -> Document:
        """The document with this id."""
        return next(d for d in self.documents if d.id == doc_id)

    def documents_of(self, project_id: str) -> list[Document]:
        """The documents matched to a declared project."""
        ids = {d for m in self.matches if m.project_id == project_id for d in m.documents}
        return [d for d in self.documents if d.id in ids]

    def of_type(self, doc_type: DocType) -> list[Document]:
        """Every document of one type, in submission order."""
        return [d for d in self.documents if d.type == doc_type]

    def project_documents(self, project_id: str, doc_type: DocType) -> list[Document]:
        """The documents of one type matched to a declared project; a contract's pages uploaded
        apart are read with it (with_pieces), not as contracts of their own."""
        apart = {d for ids in self.pieces.values() for d in ids}
        return [d for d in self.documents_of(project_id) if d.type == doc_type and d.id not in apart]

    def with_pieces(self, contract: Document) -> list[Document]:
        """A matched contract and its pages uploaded as files of their own, the contract first."""
        return [contract, *(self.document(d) for d in self.pieces.get(contract.id, []))]

    def read_whole(self, contract: Document, name: str) -> tuple[Document, Extracted[Any]] | None:
        """A field as read on the contract or, where it says nothing, on the first of its pages
        uploaded apart that states it; with the document it was read on."""
        for doc in self.with_pieces(contract):
            found = doc.field(name)
            if found is not None:
                return doc, found
        return None

    def contract_of(self, project_id: str) -> Document | None:
        """The contract matched to a declared project, if any."""
        contracts = self.project_documents(project_id, DocType.contract)
        return contracts[0] if contracts else None

    def contract_amounts(self, project_id: str) -> list[Decimal] | None:
        """The amounts of every contract matched to a project (several for a merged row, CONTRACT
        1.1); None when one of them states none (a framework agreement beside its orders)."""
        contracts = self.project_documents(project_id, DocType.contract)
        amounts = [
            d.fields.contract_amount.value
            for d in contracts
            if isinstance(d.fields, ContractFields) and d.fields.contract_amount is not None
        ]
        return amounts if contracts and len(amounts) == len(contracts) else None

    def contracts(self) -> Iterator[tuple[Project, Document, ContractFields]]:
        """Each declared project with its matched contract, where its fields were read as a contract's."""
        assert self.declaration is not None
        for project in self.declaration.projects:
            doc = self.contract_of(project.id)
            if doc is not None and isinstance(doc.fields, ContractFields):
                yield project, doc, doc.fields

    def seals_seen(self, file: str, *, scanned: bool = False) -> bool | None:
        """Whether a seal was found on any page (any scanned page) of a file; None when none is at hand."""
        pages = [
            p
            for (name, _), p in self.pages.items()
            if name == file and (not scanned or p.text_source != TextSource.text)
        ]
        if not pages:
            return None
        return any(p.seals for p in pages)

    def seal_absence_known(self, document: Document, *, certain: bool = False) -> bool:
        """Whether "no seal found" on a document can be believed (``certain``: enough for an error).

        Text-layer documents, and contexts without pages, trust extraction. On a scan the reader
        looks for red seals and, on grey scans, for their round outline; measured by
        ``jianzheng-dev seal-recall``, both find red and pale seals on readable colour and grey
        scans, but a 1-bit scan may have dropped a pale seal's ink, a seal over a ruled table may
        stay unconfirmed, and a phone photo's glare may hide one. So a scanned document's absence
        is never believed on a page the reader is not certain of (PageQuality.seals_certain: a 1-bit
        scan, an unconfirmed outline); otherwise it is believed when a seal was seen on another
        scanned page of its file (the detector sees this scan's seals), or when every page of it
        is a readable scan certain of its seals and no photo. For an error (``certain``), only
        the first: a measured detector is still no reviewer's eye.
        """
        if document.text_source == TextSource.text:
            return True
        if not self.pages:
            return True
        pages = [self.pages.get((document.file, number)) for number in document.pages]
        if any(p is not None and p.quality is not None and not p.quality.seals_certain for p in pages):
            # A 1-bit page (a seal's ink dropped or turned to a black ring the reader may not
            # confirm) or a round outline left unconfirmed: seals seen elsewhere in the file say
            # nothing about this page.
            return False
        if self.seals_seen(document.file, scanned=True):
            return True
        if certain:
            return False
        return bool(pages) and all(
            page is not None
            and page.quality is not None
            and page.quality.readable
            and page.quality.seals_certain
            and page.sheet is None
            for page in pages
        )

    def page_of(self, document: Document, page: int | None) -> Page | None:
        """The page of a document on which a field was read, if the context holds it."""
        return self.pages.get((document.file, page)) if page is not None else None

    def unsure_why(self, document: Document, field: Extracted[Any] | None) -> str | None:
        """Why a field's reading cannot carry an error finding; None when it can (CONTRACT 2)."""
        return unsure_why(self.page_of(document, field.page if field else None), document, field)

    def lines(self, document: Document) -> list[DocLine]:
        """Every visual line of a document's pages, for looking up declared values."""
        return document_lines(self.pages, document)

    @cached_property
    def former_names(self) -> list[tuple[str, str]]:
        """(current, former) names the filing's papers tie together (verify/former_names.py)."""
        return [pair for doc in self.documents for pair in former_names(self.lines(doc))]

    def matched_ids(self) -> set[str]:
        """Ids of every document matched to some declared project."""
        return {d for m in self.matches for d in m.documents}


CheckFn = Callable[[CheckContext], Iterable[Finding]]


@dataclass(frozen=True)
class RegisteredCheck:
    name: str
    """family.function (contract.contract_amount): see check_name."""
    codes: tuple[Code, ...]
    fn: CheckFn
    needs_declaration: bool
    doc: str


CHECKS: list[RegisteredCheck] = []


class UndeclaredCode(Exception):
    """A check returned a finding whose code it did not declare: a bug in the check, caught by the runner."""


def _declared(registered: RegisteredCheck, findings: Iterable[Finding]) -> Iterator[Finding]:
    for finding in findings:
        if finding.code not in registered.codes:
            declared = ", ".join(registered.codes)
            raise UndeclaredCode(f"{registered.name} returned {finding.code}, declared only {declared}")
        yield finding


_CHECKS_PACKAGE = f"{__package__}.checks."


def check_name(fn: CheckFn) -> str:
    """A check's name: its family, then its function (contract.contract_amount).

    The family is the check's module under verify/checks/, or the package a family was split
    into by concern (checks/contract/amounts.py is still contract), so that splitting a module
    renames no check on the rules page or in a CHECK_FAILED finding. A check defined elsewhere
    (a test's) takes its own module's last name.
    """
    module = fn.__module__
    if module.startswith(_CHECKS_PACKAGE):
        family = module.removeprefix(_CHECKS_PACKAGE).split(".")[0]
    else:
        family = module.rsplit(".", 1)[-1]
    return f"{family}.{fn.__name__}"


def check(*codes: Code, needs_declaration: bool = True) -> Callable[[CheckFn], CheckFn]:
    """Register a check function that may raise the given codes."""

    def register(fn: CheckFn) -> CheckFn:
        CHECKS.append(
            RegisteredCheck(
                name=check_name(fn),
                codes=codes,
                fn=fn,
                needs_declaration=needs_declaration,
                doc=(fn.__doc__ or "").strip(),
            )
        )
        return fn

    return register


def run_checks(context: CheckContext, timings: dict[str, float] | None = None) -> list[Finding]:
    """Run every registered check that applies; never raises."""
    from . import checks  # noqa: F401  (importing the package registers the checks)

    findings: list[Finding] = []
    for registered in CHECKS:
        if registered.needs_declaration and context.declaration is None:
            continue
        started = time.perf_counter()
        try:
            findings.extend(_declared(registered, registered.fn(context)))
        except Exception as exc:  # the runner contains a failing check (or an undeclared code) by design
            log.exception(
                "check %s failed on submission %s (%s)",
                registered.name,
                context.submission_label,
                context.submission_id,
            )
            findings.append(stage_failure(Stage.verify, exc, what=registered.name))
        if timings is not None:
            timings[registered.name] = time.perf_counter() - started
    return one_per_cause(place_on_projects(findings, context.matches))


def one_per_cause(findings: list[Finding]) -> list[Finding]:
    """Findings of one code, on one page, saying the same thing, as one finding with a count.

    CONTRACT 2: a reviewer never sees nine identical lines; the one finding keeps every place
    as evidence and says how many there are.
    """
    merged: dict[tuple[object, ...], list[Finding]] = {}
    for finding in findings:
        pages = tuple(sorted({(e.document, e.file, e.page) for e in finding.evidence}, key=str))
        key: tuple[object, ...] = (
            finding.code,
            finding.check,
            finding.project_id,
            tuple(finding.documents),
            pages,
            finding.message,
        )
        if finding.code == Code.PARTY_MISMATCH and finding.project_id and finding.found:
            # One company named in the enterprise's (or client's) place on a project's contract, its
            # acceptance and its invoices is one cause: the project was done by someone else.
            key = (finding.code, finding.project_id, finding.declared, finding.found)
        merged.setdefault(key, []).append(finding)
    out = []
    for group in merged.values():
        if len(group) == 1:
            out.append(group[0])
            continue
        first = group[0]
        count = sum(f.count or 1 for f in group)
        evidence = [e for f in group for e in f.evidence]
        documents = list(dict.fromkeys(d for f in group for d in f.documents))
        out.append(
            first.model_copy(
                update={
                    "count": count,
                    "evidence": evidence,
                    "documents": documents,
                    "message": f"{first.message}（共 {count} 处）",
                }
            )
        )
    return out


def place_on_projects(findings: list[Finding], matches: list[Match]) -> list[Finding]:
    """Each finding about documents of one declared project, naming that project (see _with_project)."""
    return [_with_project(f, matches) for f in findings]


def _with_project(finding: Finding, matches: list[Match]) -> Finding:
    """A finding about documents of one declared project names that project.

    Checks that look at files (forensics, scan quality) know documents, not
    projects; the runner places them, so that a pasted amount shows on its
    project's row of the report.
    """
    if finding.project_id is not None or not finding.documents:
        return finding
    projects = {m.project_id for m in matches if set(finding.documents) & set(m.documents)}
    if len(projects) != 1:
        return finding
    return finding.model_copy(update={"project_id": projects.pop()})
