"""``jianzheng-dev evaluate``: score reports against the ground truth of a sample set.

A sample set is a folder of samples, each ``<name>/submission/`` (what an
enterprise uploads) beside ``<name>/truth.json`` (models/truth.py). Every
submission is checked with the same pipeline as ``jianzheng check``, on a
fixed date after its inspection year so that scores do not drift with the
calendar, and scored by workshop/scoring.py.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import traceback
from pathlib import Path
from typing import Annotated

import typer
from pydantic import BaseModel, Field, ValidationError, computed_field
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from jianzheng.extract import find_submission, read_declaration
from jianzheng.models import Truth
from jianzheng.models.errors import JianzhengError
from jianzheng.models.settings import Settings

from .scoring import Counts, FieldScore, SampleScore, Tally, score_sample


class Evaluation(BaseModel):
    """The scores of a sample set: per sample and in total."""

    samples_dir: str
    samples: list[SampleScore] = Field(default_factory=list)
    page_types: Tally = Field(default_factory=Tally)
    page_types_scanned: Tally = Field(default_factory=Tally)
    boundaries: Counts = Field(default_factory=Counts)
    fields: dict[str, FieldScore] = Field(default_factory=dict)
    findings: dict[str, Counts] = Field(default_factory=dict)
    clean_samples: int = 0
    clean_errors: int = 0
    """Error-severity findings raised on clean submissions (should be 0)."""
    failed: int = 0
    needs_review: int = 0
    """NEEDS_REVIEW findings over all samples (scored apart from the codes)."""
    seconds: float = 0.0

    def add(self, sample: SampleScore) -> None:
        """Add one sample's score to the totals."""
        self.samples.append(sample)
        self.seconds = round(self.seconds + sample.seconds, 2)
        if sample.failed:
            self.failed += 1
            return
        self.page_types.merge(sample.page_types)
        self.page_types_scanned.merge(sample.page_types_scanned)
        self.boundaries.merge(sample.boundaries)
        for name, score in sample.fields.items():
            self.fields.setdefault(name, FieldScore()).merge(score)
        for code, counts in sample.findings.items():
            self.findings.setdefault(code, Counts()).merge(counts)
        self.needs_review += len(sample.needs_review)
        if sample.clean:
            self.clean_samples += 1
            self.clean_errors += len(sample.clean_errors)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def findings_all(self) -> Counts:
        """All codes together (micro average)."""
        total = Counts()
        for counts in self.findings.values():
            total.merge(counts)
        return total

    def field_totals(self) -> FieldScore:
        """All fields together, text layer vs scanned."""
        total = FieldScore()
        for score in self.fields.values():
            total.merge(score)
        return total


def sample_folders(samples_dir: Path) -> list[Path]:
    """The samples of a set: sub-folders with submission/ and truth.json, by name."""
    return sorted(
        p for p in samples_dir.iterdir() if (p / "submission").is_dir() and (p / "truth.json").is_file()
    )


def inspection_date(submission: Path) -> dt.date | None:
    """A fixed 'today' for a sample: 1 March after its inspection year (None without a declaration)."""
    declaration, _ = read_declaration(find_submission(submission).declaration)
    if declaration is None:
        return None
    return dt.date(declaration.enterprise.inspection_year + 1, 3, 1)


def evaluate_sample(folder: Path, settings: Settings) -> SampleScore:
    """Check one sample and score it; a sample the checker cannot handle is scored as failed."""
    from jianzheng.service.pipeline import check
    from jianzheng.verify.forensics.duplicate_store import MemoryDuplicateStore

    started = time.monotonic()
    try:
        truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
    except (OSError, ValidationError) as exc:
        return SampleScore(name=folder.name, failed=f"truth.json: {exc}".splitlines()[0])
    submission = folder / "submission"
    try:
        # Each sample is judged alone: with a data folder configured (JIANZHENG_DATA_DIR) the pipeline
        # would keep a duplicate index, and one sample of the set would cite another.
        report = check(
            submission,
            today=inspection_date(submission),
            settings=settings,
            duplicates=MemoryDuplicateStore(),
        )
    except JianzhengError as exc:
        return SampleScore(name=folder.name, clean=truth.clean, failed=str(exc))
    except Exception as exc:  # the evaluation goes on past a crashing sample and says which one
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return SampleScore(
            name=folder.name,
            clean=truth.clean,
            failed=f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})",
            seconds=time.monotonic() - started,
        )
    return score_sample(folder.name, report, truth, seconds=time.monotonic() - started)


def evaluate_set(
    samples_dir: Path,
    *,
    settings: Settings | None = None,
    limit: int | None = None,
    only: list[str] | None = None,
    console: Console | None = None,
) -> Evaluation:
    """Check and score every sample of a set: those whose name contains one of ``only``, the first ``limit``."""
    settings = settings or Settings()
    evaluation = Evaluation(samples_dir=str(samples_dir))
    chosen = [f for f in sample_folders(samples_dir) if not only or any(o in f.name for o in only)]
    folders = chosen[:limit]
    for number, folder in enumerate(folders, start=1):
        if console:
            console.print(f"[{number}/{len(folders)}] {folder.name}", highlight=False)
        evaluation.add(evaluate_sample(folder, settings))
    return evaluation


# ── printing ─────────────────────────────────────────────────────────────


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _tally(tally: Tally) -> str:
    return f"{_pct(tally.rate)} ({tally.correct}/{tally.total})" if tally.total else "—"


def print_evaluation(evaluation: Evaluation, console: Console) -> None:
    """The score tables: per sample, overall, per field, per finding code."""
    per_sample = Table(title=f"samples ({evaluation.samples_dir})")
    for column in ("sample", "clean", "page types", "doc F1", "findings tp/fp/fn", "errors if clean", "s"):
        per_sample.add_column(column)
    for s in evaluation.samples:
        if s.failed:
            per_sample.add_row(s.name, "yes" if s.clean else "", f"FAILED: {s.failed}", "", "", "", "")
            continue
        tp = sum(c.tp for c in s.findings.values())
        fp = sum(c.fp for c in s.findings.values())
        fn = sum(c.fn for c in s.findings.values())
        per_sample.add_row(
            s.name,
            "yes" if s.clean else "",
            _tally(s.page_types),
            _pct(s.boundaries.f1),
            f"{tp}/{fp}/{fn}",
            str(len(s.clean_errors)) if s.clean else "",
            f"{s.seconds:.1f}",
        )
    console.print(per_sample)

    fields = evaluation.field_totals()
    overall = Table(title="overall")
    overall.add_column("measure")
    overall.add_column("score")
    overall.add_row("page-type accuracy", _tally(evaluation.page_types))
    overall.add_row("page-type accuracy, scanned pages", _tally(evaluation.page_types_scanned))
    b = evaluation.boundaries
    overall.add_row(
        "document boundaries P / R / F1", f"{_pct(b.precision)} / {_pct(b.recall)} / {_pct(b.f1)}"
    )
    f = evaluation.findings_all
    overall.add_row("findings, all codes P / R", f"{_pct(f.precision)} / {_pct(f.recall)}")
    overall.add_row("field accuracy, text layer", _tally(fields.text))
    overall.add_row("field accuracy, scanned", _tally(fields.scanned))
    overall.add_row(
        "error findings on clean submissions", f"{evaluation.clean_errors} (on {evaluation.clean_samples})"
    )
    checked = len(evaluation.samples) - evaluation.failed
    overall.add_row(
        "NEEDS_REVIEW per submission",
        f"{evaluation.needs_review / checked:.2f} ({evaluation.needs_review} on {checked})"
        if checked
        else "-",
    )
    overall.add_row("samples failed", str(evaluation.failed))
    overall.add_row("seconds", f"{evaluation.seconds:.1f}")
    console.print(overall)

    per_field = Table(title="field accuracy")
    for column in ("field", "text layer", "scanned"):
        per_field.add_column(column)
    for name in sorted(evaluation.fields):
        score = evaluation.fields[name]
        per_field.add_row(name, _tally(score.text), _tally(score.scanned))
    console.print(per_field)

    per_code = Table(title="findings per code")
    for column in ("code", "expected", "reported", "tp", "precision", "recall"):
        per_code.add_column(column)
    for code in sorted(evaluation.findings):
        c = evaluation.findings[code]
        per_code.add_row(
            code, str(c.tp + c.fn), str(c.tp + c.fp), str(c.tp), _pct(c.precision), _pct(c.recall)
        )
    console.print(per_code)


def print_mistakes(evaluation: Evaluation, console: Console) -> None:
    """Per sample, the truth findings missed and the findings nobody expected."""
    table = Table(title="finding mistakes per sample")
    for column in (
        "sample",
        "missed (expected, not reported)",
        "unexpected (reported, not expected)",
        "needs review (check[project])",
    ):
        table.add_column(column, overflow="fold")
    for s in evaluation.samples:
        if s.missed or s.unexpected or s.clean_errors or s.needs_review:
            table.add_row(s.name, " ".join(s.missed), " ".join(s.unexpected), " ".join(s.needs_review))
    console.print(table)
    fields = Table(title="fields read wrong or not at all")
    for column in ("sample", escape("type.field[file#pages]: expected → found")):
        fields.add_column(column, overflow="fold")
    for s in evaluation.samples:
        for miss in s.field_misses:
            fields.add_row(s.name, escape(miss))
    console.print(fields)


def evaluate_command(
    samples_dir: Annotated[
        Path, typer.Argument(help="a sample set: folders with submission/ and truth.json")
    ],
    json_out: Annotated[
        Path | None, typer.Option("--json", help="also write the scores as JSON here")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="score only the first N samples")
    ] = None,
    only: Annotated[
        list[str] | None,
        typer.Option("--only", help="score only samples whose name contains this (repeatable)"),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="do not use the OCR cache")] = False,
    ocr_engine: Annotated[
        str | None, typer.Option("--ocr-engine", help='OCR engine ("null" scores the text layer only)')
    ] = None,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="also list the missed and unexpected findings and the misread fields per sample",
        ),
    ] = False,
) -> None:
    """Run check on every sample submission and print the score table."""
    err = Console(stderr=True)
    if not samples_dir.is_dir():
        err.print(
            f"jianzheng: no such sample set: {samples_dir}", markup=False, highlight=False, soft_wrap=True
        )
        raise typer.Exit(2)
    if not sample_folders(samples_dir):
        err.print(
            f"jianzheng: no samples in {samples_dir} (expected <name>/submission/ and <name>/truth.json)",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(2)
    settings = Settings(use_cache=not no_cache)
    if ocr_engine:
        settings = settings.model_copy(update={"ocr_engine": ocr_engine})
    evaluation = evaluate_set(samples_dir, settings=settings, limit=limit, only=only, console=err)
    # A pipe gets wide tables too, so that a score table in a log file is not folded.
    out = Console() if sys.stdout.isatty() else Console(width=160)
    print_evaluation(evaluation, out)
    if verbose:
        print_mistakes(evaluation, out)
    if json_out:
        json_out.write_text(evaluation.model_dump_json(indent=2), encoding="utf-8")
