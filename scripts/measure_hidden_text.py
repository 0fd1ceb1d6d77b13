"""Cost of the hidden-text test (extract/readers/pdf_hidden.py) on PDF pages.

Reads every page of the PDFs given with the test and with it replaced by
"nothing hidden", five interleaved rounds, and prints the best per-page time
of each and how many pages hold hidden text.

    .venv/bin/python scripts/measure_hidden_text.py FILE.pdf ...
"""

from __future__ import annotations

import sys
import time
from typing import Any

import pymupdf

from jianzheng.extract.readers import pdf
from jianzheng.extract.reading_rules import rules


def _none_hidden(page: Any, spans: list[Any], images: list[Any]) -> list[bool]:
    return [False] * len(spans)


def main(paths: list[str]) -> None:
    """Print pages, pages with hidden text, and ms per page with and without the test."""
    docs = [pymupdf.open(p) for p in paths]
    real = pdf.hidden_spans
    best = {"with": float("inf"), "without": float("inf")}
    pages = hidden = 0
    for _ in range(5):
        for name, fn in (("with", real), ("without", _none_hidden)):
            pdf.hidden_spans = fn
            pages = hidden = 0
            started = time.perf_counter()
            for doc in docs:
                for index in range(doc.page_count):
                    hidden += bool(pdf.source_page(doc, index, rules()).hidden_words)
                    pages += 1
            best[name] = min(best[name], (time.perf_counter() - started) / max(pages, 1) * 1000)
    pdf.hidden_spans = real
    print(
        f"{pages} pages, {hidden} with hidden text (last round); per page: "
        f"with the test {best['with']:.2f} ms, without {best['without']:.2f} ms"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
