"""Page images: boxes in PDF points land on the same spot for PDF pages and for scanned image files."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from service_fixtures import contract_pdf

from jianzheng.service.api.render import BOX, HIGHLIGHT, PageNotFound, render_page

BOX_PT = (72.0, 72.0, 144.0, 144.0)  # one inch square, one inch from the top left


def _rendered(path, media, highlight=None) -> Image.Image:
    return Image.open(io.BytesIO(render_page(path, media, 1, [(0, BOX_PT)], highlight))).convert("RGB")


def _left_edge_colour(image: Image.Image, points_wide: float) -> tuple[int, int, int]:
    scale = image.width / points_wide
    return image.getpixel((round(72 * scale), round(108 * scale)))  # middle of the box's left side


def test_a_box_on_a_pdf_page(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(contract_pdf())
    image = _rendered(path, "pdf")
    assert _left_edge_colour(image, 595) == BOX
    assert _left_edge_colour(_rendered(path, "pdf", highlight=0), 595) == HIGHLIGHT


def test_a_box_on_a_scan_uses_the_readers_dpi(tmp_path):
    path = tmp_path / "scan.png"
    Image.new("RGB", (1654, 2339), "white").save(path, dpi=(200, 200))  # A4 at 200 dpi
    image = _rendered(path, "png")
    assert max(image.size) == 1600
    assert _left_edge_colour(image, 1654 * 72 / 200) == BOX


def test_a_missing_page_is_reported(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(contract_pdf())
    with pytest.raises(PageNotFound):
        render_page(path, "pdf", 3, [], None)
