"""Per-field accuracy of business-license reading on the real licenses in ../shared/real-docs.

The truth is tests/extract/data/real_licenses.toml (read off the images by a
person). Each image is read by the project's reader (OCR, orientation, QR
codes) and the license extractor runs on its pages (classification is left
out). A field is right, wrong (a value that is not the printed one) or
missing (omitted); a field the license does not have (``absent``) is wrong
when any value is read for it. Run:

    .venv/bin/python tests/extract/real_licenses.py [--misses] [--cache DIR]

``--cache DIR`` keeps each image's pages as JSON in DIR, so that a second
run skips the OCR.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.models import DocType, Page
from jianzheng_workshop.scoring import normalise_value

TRUTH = Path(__file__).with_name("data") / "real_licenses.toml"


def _real_docs() -> Path:
    """../shared/real-docs beside the checkout (a worktree sits one folder deeper)."""
    root = Path(__file__).resolve().parents[2]
    found = (p / "shared" / "real-docs" for p in root.parents)
    return next((p for p in found if p.is_dir()), root.parent / "shared" / "real-docs")


FOLDER = _real_docs() / "business_license"
FIELDS = (
    "company_name",
    "credit_code",
    "legal_representative",
    "registered_capital",
    "company_type",
    "established_on",
    "valid_until",
    "address",
)


@dataclass(frozen=True)
class Outcome:
    """One field of one license: what the page prints and what was read."""

    file: str
    field: str
    expected: str | None
    """None where the license does not have the field."""
    found: object
    verdict: str
    """right, wrong or missing."""


def truth() -> dict[str, dict]:
    """The transcriptions, by file name."""
    return tomllib.loads(TRUTH.read_text(encoding="utf-8"))


def pages_of(path: Path, cache: Path | None = None) -> list[Page]:
    """The reader's pages of one image (from the cache when it has them)."""
    cached = cache / f"{path.name}.json" if cache else None
    if cached and cached.exists():
        return [Page.model_validate(p) for p in json.loads(cached.read_text(encoding="utf-8"))]
    from jianzheng.extract.ocr import get_engine
    from jianzheng.extract.read import read_file
    from jianzheng.models.settings import Settings

    pages = list(read_file(path, path.name, engine=get_engine(Settings())))
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps([p.model_dump(mode="json") for p in pages], ensure_ascii=False))
    return pages


def judge(expected: str | None, found: object) -> str:
    """right, wrong or missing."""
    if found is None:
        return "right" if expected is None else "missing"
    if expected is None:
        return "wrong"
    return "right" if normalise_value(found) == normalise_value(expected) else "wrong"


def outcomes(folder: Path = FOLDER, cache: Path | None = None) -> Iterator[Outcome]:
    """Every scored field of every transcribed license whose image is in the folder."""
    extract = EXTRACTORS[DocType.business_license]
    for name, record in sorted(truth().items()):
        path = folder / name
        if not path.exists():
            continue
        fields = extract(Reading.of(pages_of(path, cache)))
        for field in FIELDS:
            if field not in record and field not in record.get("absent", []):
                continue  # not recorded
            got = getattr(fields, field, None)
            found = got.value if got is not None else None
            expected = record.get(field)
            yield Outcome(name, field, expected, found, judge(expected, found))


def table(results: list[Outcome]) -> str:
    """The per-field right / wrong / missing table, printed fields first, then absent ones."""
    lines = [f"{'field':22} {'right':>5} {'wrong':>5} {'miss':>5} {'of':>4}   absent: {'wrong':>5} {'of':>4}"]
    total: Counter[str] = Counter()
    for field in FIELDS:
        printed = Counter(o.verdict for o in results if o.field == field and o.expected is not None)
        absent = Counter(o.verdict for o in results if o.field == field and o.expected is None)
        total.update(printed)
        total.update({f"absent_{k}": v for k, v in absent.items()})
        lines.append(
            f"{field:22} {printed['right']:5} {printed['wrong']:5} {printed['missing']:5} "
            f"{sum(printed.values()):4}   absent: {absent['wrong']:5} {sum(absent.values()):4}"
        )
    n = total["right"] + total["wrong"] + total["missing"]
    lines.append(
        f"{'all':22} {total['right']:5} {total['wrong']:5} {total['missing']:5} {n:4}   "
        f"absent: {total['absent_wrong']:5} {total['absent_wrong'] + total['absent_right']:4}"
    )
    lines.append(f"right {total['right'] / max(n, 1):.1%} of {n} transcribed fields; wrong {total['wrong']}")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    """Print the table (and with --misses every field not right)."""
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    results = list(outcomes(cache=cache))
    if "--misses" in argv:
        for o in results:
            if o.verdict != "right":
                print(f"{o.verdict:7} {o.file:22} {o.field:22} want {o.expected!s:30} got {o.found}")
    print(table(results))


if __name__ == "__main__":
    main(sys.argv[1:])
