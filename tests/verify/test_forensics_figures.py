"""A pasted amount in a mildly blurred scan, judged against the page's other figures."""

from __future__ import annotations

import numpy as np
import pymupdf
import pytest
from forensics_planted import contract_pdf

from jianzheng.models import Word
from jianzheng.verify.forensics.image_tamper import FigurePlaces, image_file_signals
from jianzheng.verify.forensics.signals import figure_boxes
from jianzheng_workshop.samples import plant, scan

AMOUNT = "2,045,000.00"


def test_figures_are_cut_out_of_an_ocr_line_with_their_separators():
    line = Word(text="合同金额：人民币 204.50 万元（¥2,045,000.00）", bbox=(100, 100, 400, 112))
    boxes = figure_boxes([line])
    assert len(boxes) == 2
    (a0, _, a1, _), (b0, _, b1, _) = boxes
    assert 100 < a0 < a1 < b0 < b1 <= 400
    assert b1 - b0 > a1 - a0  # twelve characters against six


def test_short_numbers_are_not_figures():
    assert figure_boxes([Word(text="第 12 页 共 3 页", bbox=(0, 0, 100, 10))]) == []


def _mild_scan(paste: bool) -> tuple[bytes, FigurePlaces, float]:
    """The contract scanned with a mild blur (σ 0.65 px), its amount pasted back from a clean render or not."""
    with pymupdf.open(stream=contract_pdf(), filetype="pdf") as doc:
        page = doc[0]
        hit = page.search_for(AMOUNT)[0]
        words = [Word(text=w[4], bbox=tuple(w[:4])) for w in page.get_text("words")]
        params = scan.ScanParams(dpi=150, noise=2.0, blur=0.65, quality=62, tint=(1.0, 0.98, 0.93))
        image = scan.render(page, params.dpi)
        width = page.rect.width
    k = params.dpi / 72
    box = (int(hit.x0 * k) - 6, int(hit.y0 * k) - 6, int(hit.x1 * k) + 10, int(hit.y1 * k) + 6)
    rng = np.random.default_rng(3)
    if paste:
        data = plant.tamper_image(image, image, box, params, rng)
    else:
        data = scan.jpeg(scan.degrade(image, params, rng), params.quality)
    places = FigurePlaces(
        fields=figure_boxes([Word(text=AMOUNT, bbox=tuple(hit))]), figures=figure_boxes(words)
    )
    return data, places, width


@pytest.mark.parametrize("paste", [True, False])
def test_a_pasted_amount_is_sharper_than_the_pages_other_figures(paste):
    data, places, width = _mild_scan(paste)
    signals = image_file_signals(data, "scan.jpg", width, places)
    if not paste:
        assert signals == []
        return
    [signal] = signals
    assert "数字边缘比本页其他数字锐利" in signal.text
    assert signal.bbox == pytest.approx(places.fields[0], abs=8)
