"""The scan-condition matrix, the conditions it scans under, and one finding per cause."""

from __future__ import annotations

import numpy as np

from jianzheng.models import Code, DocType, Document
from jianzheng.verify.forensics import conditions
from jianzheng.verify.forensics.files import grouped_findings
from jianzheng.verify.forensics.matrix import CONDITIONS, corpus_pages, run_cell, table
from jianzheng.verify.forensics.signals import Signal


def test_the_cells_vary_one_or_two_axes_from_the_base_and_are_named_once():
    names = [c.name for c in CONDITIONS]
    assert 15 <= len(names) <= 25 and len(set(names)) == len(names)
    modes = {c.mode for c in CONDITIONS}
    assert modes == {"colour", "grey", "grey_rgb", "bilevel"}
    assert any(c.photo for c in CONDITIONS) and any(c.seals >= 2 and c.signature for c in CONDITIONS)


def test_corpus_pages_are_text_pages_with_a_figure_run():
    pages = corpus_pages(limit=3)
    assert len(pages) == 3
    assert all(p.path.suffix == ".pdf" and p.words and p.field[2] > p.field[0] for p in pages)


def test_a_grey_page_stored_as_rgb_is_not_warned_and_a_colour_paste_in_it_is_found():
    # The held-out scans' chroma noise (colour fringes either side of each stroke) once read as
    # a tinted paste on most grey pages; a paste from a colour render still is one.
    grey_rgb = next(c for c in CONDITIONS if c.mode == "grey_rgb")
    result = run_cell(grey_rgb, corpus_pages(limit=2), seed=9)
    assert result.clean == 2 and sum(result.warned.values()) == 0
    assert result.pastes_found >= 1
    assert "grey saved as RGB" in table([(grey_rgb, result)], ocr=False)


def test_grey_as_rgb_has_colour_noise_around_grey_strokes():
    grey = np.full((64, 64), 235, np.uint8)
    grey[20:44, 30:34] = 20
    rgb = conditions.grey_as_rgb(grey, np.random.default_rng(1))
    assert rgb.shape == (64, 64, 3)
    fringe = rgb[20:44, 29:36].astype(int)
    assert np.abs(fringe[..., 0] - fringe[..., 2]).max() >= 8  # red and blue part at the stroke's sides


def test_the_same_sign_in_seven_places_of_a_page_is_one_finding_with_seven_places():
    signals = [
        Signal(
            code=Code.IMAGE_TAMPERED,
            file="scan.pdf",
            page=2,
            bbox=(10.0, 10.0 + 20 * i, 100.0, 25.0 + 20 * i),
            text=f"局部文字边缘比周围文字锐利 {1.5 + i / 10:.1f} 倍",
            message=f"第 2 页扫描图像局部异常：局部文字边缘比周围文字锐利 {1.5 + i / 10:.1f} 倍",
            reason="局部文字边缘比周围文字锐利 # 倍",
        )
        for i in range(7)
    ]
    other = Signal(
        Code.IMAGE_TAMPERED,
        "scan.pdf",
        3,
        (1.0, 1.0, 9.0, 9.0),
        "x",
        "第 3 页",
        reason="局部文字边缘比周围文字锐利 # 倍",
    )
    document = Document(id="D1", file="scan.pdf", pages=[1, 2, 3], type=DocType.contract)
    findings = grouped_findings([*signals, other], [document])
    assert len(findings) == 2
    assert "共 7 处" in findings[0].message and len(findings[0].evidence) == 7
    assert {e.page for e in findings[0].evidence} == {2} and findings[1].evidence[0].page == 3
