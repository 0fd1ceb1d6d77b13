"""Measuring classification against ground truth: page-type accuracy and document-boundary F1.

``score_documents(documents, truth)`` compares one submission's documents with its truth; scores add
up over a sample set. A page's predicted type is the type of the document it was put in. A boundary
is the first page of a document, (file, page); F1 compares the predicted and true sets, and
``inner`` counts only boundaries inside a file (not each file's first page, which is always one).

``jianzheng-dev classify-measure SET`` reads every ``SET/<name>/submission`` (extraction
included, so scanned samples are OCR'd), classifies it and prints the scores and every mistake.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from jianzheng.models import DocType, Document, Truth


@dataclass
class Score:
    """Counts behind the page accuracy and the boundary F1; add scores of several submissions."""

    pages: int = 0
    pages_correct: int = 0
    boundaries_true: int = 0
    boundaries_found: int = 0
    boundaries_correct: int = 0
    inner_true: int = 0
    inner_found: int = 0
    inner_correct: int = 0
    mistakes: list[str] = field(default_factory=list)

    def __add__(self, other: Score) -> Score:
        return Score(
            self.pages + other.pages,
            self.pages_correct + other.pages_correct,
            self.boundaries_true + other.boundaries_true,
            self.boundaries_found + other.boundaries_found,
            self.boundaries_correct + other.boundaries_correct,
            self.inner_true + other.inner_true,
            self.inner_found + other.inner_found,
            self.inner_correct + other.inner_correct,
            self.mistakes + other.mistakes,
        )

    @property
    def page_accuracy(self) -> float:
        return self.pages_correct / self.pages if self.pages else 1.0

    @property
    def boundary_f1(self) -> float:
        return _f1(self.boundaries_correct, self.boundaries_found, self.boundaries_true)

    @property
    def inner_boundary_f1(self) -> float:
        return _f1(self.inner_correct, self.inner_found, self.inner_true)

    def summary(self) -> str:
        """One line for a person."""
        return (
            f"pages {self.pages_correct}/{self.pages} = {self.page_accuracy:.2%}; "
            f"boundary F1 {self.boundary_f1:.2%} ({self.boundaries_correct} right, "
            f"{self.boundaries_found} found, {self.boundaries_true} true); "
            f"inside files F1 {self.inner_boundary_f1:.2%}"
        )


def _f1(correct: int, found: int, true: int) -> float:
    if found == 0 and true == 0:
        return 1.0
    if correct == 0:
        return 0.0
    precision, recall = correct / found, correct / true
    return 2 * precision * recall / (precision + recall)


def _starts(pairs: Iterable[tuple[str, list[int]]]) -> set[tuple[str, int]]:
    return {(file, min(pages)) for file, pages in pairs if pages}


def score_documents(documents: Sequence[Document], truth: Truth, label: str = "") -> Score:
    """Score one submission's documents against its truth (pages and documents of truth.json)."""
    predicted: dict[tuple[str, int], DocType] = {
        (doc.file, number): doc.type for doc in documents for number in doc.pages
    }
    score = Score()
    for page in truth.pages:
        got = predicted.get((page.file, page.page))
        score.pages += 1
        if got == page.type:
            score.pages_correct += 1
        else:
            score.mistakes.append(f"{label}{page.file} p{page.page}: {got} instead of {page.type.value}")
    true_starts = _starts((d.file, d.pages) for d in truth.documents)
    found_starts = _starts((d.file, d.pages) for d in documents)
    first_pages = {(f, 1) for f, _ in true_starts | found_starts}
    score.boundaries_true, score.boundaries_found = len(true_starts), len(found_starts)
    score.boundaries_correct = len(true_starts & found_starts)
    score.inner_true, score.inner_found = len(true_starts - first_pages), len(found_starts - first_pages)
    score.inner_correct = len((true_starts & found_starts) - first_pages)
    for file, number in sorted(true_starts - found_starts):
        score.mistakes.append(f"{label}{file} p{number}: a document starts here, not found")
    for file, number in sorted(found_starts - true_starts):
        score.mistakes.append(f"{label}{file} p{number}: a document start found that is not one")
    return score


def measure_set(samples: Path) -> Score:
    """Extract, classify and score every sample of a set (folders with submission/ and truth.json)."""
    from jianzheng.classify.segment import classify_pages
    from jianzheng.extract import find_submission, read_pages

    total = Score()
    for truth_file in sorted(samples.glob("*/truth.json")):
        truth = Truth.model_validate_json(truth_file.read_text(encoding="utf-8"))
        pages, _ = read_pages(find_submission(truth_file.parent / "submission"))
        total += score_documents(classify_pages(pages), truth, label=f"{truth_file.parent.name}: ")
    return total


def classify_measure_command(
    sets: Annotated[
        list[Path], typer.Argument(help="sample set folders (folders with submission/ and truth.json)")
    ],
) -> None:
    """Print the page-type and boundary scores of one or more sample sets, and every mistake."""
    for folder in sets:
        score = measure_set(folder)
        for mistake in score.mistakes:
            typer.echo("  " + mistake)
        typer.echo(f"{folder}: {score.summary()}")
