"""Seals drawn as vector shapes in a text PDF (a red ring, a star, red text along the arc) are seals."""

from __future__ import annotations

import math
from pathlib import Path

import pymupdf
from ocr_fakes import FakeEngine

from jianzheng.extract.read import read_file
from jianzheng.extract.readers.pdf import text_layer_words
from jianzheng.extract.reading_rules import rules
from jianzheng.extract.seal_vector import find_vector_seals

RED = (0.85, 0.1, 0.12)
TEXT = "甲方（盖章）：新疆天山信息科技有限公司\n合同金额：人民币壹佰贰拾万元整（¥1,200,000.00）\n签订日期：2024年5月6日"


def _star(page: pymupdf.Page, cx: float, cy: float, r: float) -> None:
    points = [
        pymupdf.Point(
            cx + (r if i % 2 == 0 else r * 0.4) * math.cos(-math.pi / 2 + i * math.pi / 5),
            cy + (r if i % 2 == 0 else r * 0.4) * math.sin(-math.pi / 2 + i * math.pi / 5),
        )
        for i in range(10)
    ]
    page.draw_polyline([*points, points[0]], color=RED, fill=RED, width=0.5, closePath=True)


def _ring_text(page: pymupdf.Page, cx: float, cy: float, r: float, text: str) -> None:
    """Each character turned along the upper arc, as stamping tools write the company name."""
    span = math.radians(220)
    for i, ch in enumerate(text):
        angle = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(text)
        at = pymupdf.Point(cx + r * math.cos(angle), cy + r * math.sin(angle))
        turn = pymupdf.Matrix(math.degrees(angle) + 90)
        page.insert_text(at, ch, fontsize=10, fontname="china-s", color=RED, morph=(at, turn))


def sealed_pdf(*, ring: bool = True, star: bool = True, text: bool = True, oval: bool = False) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), TEXT, fontsize=11, fontname="china-s")
    cx, cy, r = 220.0, 150.0, 45.0
    if ring:
        rect = pymupdf.Rect(cx - r * (1.4 if oval else 1), cy - r, cx + r * (1.4 if oval else 1), cy + r)
        page.draw_oval(rect, color=RED, width=2.5)
    if star:
        _star(page, cx, cy, 14)
    if text:
        _ring_text(page, cx, cy, r - 11, "新疆天山信息科技有限公司")
    return doc.tobytes()


def test_a_vector_seal_is_found_with_its_ring_text():
    with pymupdf.open(stream=sealed_pdf(), filetype="pdf") as doc:
        [seal] = find_vector_seals(doc[0], rules().seal)
    x0, y0, x1, y1 = seal.bbox
    assert abs((x0 + x1) / 2 - 220) < 3 and abs((y0 + y1) / 2 - 150) < 3 and 85 < x1 - x0 < 95
    assert seal.text is not None and "天山信息" in seal.text


def test_an_oval_seal_with_a_star_only_is_found():
    with pymupdf.open(stream=sealed_pdf(oval=True, text=False), filetype="pdf") as doc:
        assert len(find_vector_seals(doc[0], rules().seal)) == 1


def test_a_red_ring_with_nothing_red_inside_and_red_text_alone_are_no_seals():
    for data in (sealed_pdf(star=False, text=False), sealed_pdf(ring=False)):
        with pymupdf.open(stream=data, filetype="pdf") as doc:
            assert find_vector_seals(doc[0], rules().seal) == []


def test_the_reader_puts_the_vector_seal_on_the_text_page(tmp_path: Path):
    path = tmp_path / "contract.pdf"
    path.write_bytes(sealed_pdf())
    (page,) = list(read_file(path, path.name, engine=FakeEngine()))
    assert page.text_source.value == "text" and len(page.seals) == 1


def test_a_vector_seals_ring_text_over_a_line_is_no_part_of_it():
    # The firm's seal stamped over its name under the audit report: the ring's glyphs cross the line.
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 150), "新疆宏信联合会计师事务所（普通合伙）", fontsize=11, fontname="china-s")
    _ring_text(page, 150.0, 150.0, 34.0, "新疆宏信联合会计师事务所（普通合伙）")
    with pymupdf.open(stream=doc.tobytes(), filetype="pdf") as pdf:
        shown, hidden = text_layer_words(pdf[0])
    line, *ring = shown
    assert line.text == "新疆宏信联合会计师事务所（普通合伙）" and hidden == []
    # The ring's glyphs clear of the line stay the page's words; none that crosses it does.
    x0, y0, x1, y1 = line.bbox
    assert ring and not [
        w for w in ring if w.bbox[0] < x1 and x0 < w.bbox[2] and w.bbox[1] < y1 and y0 < w.bbox[3]
    ]
