"""The synthesised page geometry of Word and Excel text: wrapping keeps every character and every
box stays on its page."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jianzheng.extract.readers.layout import A4, Cell, Row, lay_out, text_width, wrap

_TEXT = st.text(alphabet=st.sampled_from("甲方乙合同金额人民币元整¥0123456789,.：（） abcXYZ"), max_size=300)


@given(_TEXT, st.floats(min_value=5.0, max_value=600.0))
def test_wrap_keeps_every_character_and_fits_the_width(text, width):
    pieces = wrap(text, width)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    # A piece is wider than the line only when it is a single character that alone does not fit.
    assert all(text_width(p) <= width + 1e-6 or len(p) == 1 for p in pieces)


def test_wrap_never_cuts_an_amount_that_fits_on_a_line():
    pieces = wrap("合同总价为人民币贰佰肆拾伍万元整即¥2,450,000.00元", 12 * 10.5)
    assert any("¥2,450,000.00" in p for p in pieces)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(_TEXT, min_size=1, max_size=4), max_size=60), st.booleans())
def test_every_box_lies_on_its_page(rows, breaks):
    laid = [
        Row(
            cells=[Cell(lines=(t,), start=i / len(r), end=(i + 1) / len(r)) for i, t in enumerate(r)],
            break_before=breaks and n % 7 == 0,
        )
        for n, r in enumerate(rows)
    ]
    pages = lay_out(laid)
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    for page in pages:
        assert (page.width, page.height) == A4
        for word in page.words:
            x0, y0, x1, y1 = word.bbox
            assert 0 <= x0 < x1 and 0 <= y0 < y1 <= page.height
    kept = "".join(w.text for p in pages for w in p.words).replace(" ", "")
    assert kept == "".join(t for r in rows for t in r).replace(" ", "")


def test_an_amount_in_a_narrow_cell_is_set_smaller_not_cut():
    # A goods list's 金额（元） column one-tenth of the page wide: Word shrinks or overflows the
    # figure, it never reads as 2,477,550. over 00.
    row = Row(
        cells=[
            Cell(lines=("存储设备 华为 OceanStor 5310",), start=0.0, end=0.6),
            Cell(lines=("165,170.00",), start=0.6, end=0.75),
            Cell(lines=("2,477,550.00",), start=0.75, end=0.85),
        ]
    )
    texts = [w.text for w in lay_out([row])[0].words]
    assert "2,477,550.00" in texts
    assert "165,170.00" in texts
