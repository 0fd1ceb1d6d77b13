"""A page's visual lines: words at one height are one line; a table cell's wrapped halves are not."""

from __future__ import annotations

from jianzheng.models import Page, TextSource, Word


def _word(text: str, x: float, y: float, width: float | None = None) -> Word:
    return Word(text=text, bbox=(x, y, x + (width or 10.0 * len(text)), y + 20.0), source=TextSource.ocr)


def _page(*words: Word) -> Page:
    return Page(file="a.pdf", number=1, width=595.0, height=842.0, words=list(words))


def test_words_at_one_height_are_one_line_left_to_right():
    page = _page(_word("承建单位", 200, 101), _word("建设单位", 60, 100))
    assert [[w.text for w in line] for line in page.lines()] == [["建设单位", "承建单位"]]


def test_a_wrapped_cell_stacks_into_two_lines_not_one():
    # 承建单位 | 新疆某某数据科技有 / 限责任公司: OCR boxes the halves of the cell a little above
    # and below the row's labels; read as one line they would give 限责任公司 before its start.
    page = _page(
        _word("建设单位", 60, 132),
        _word("新疆维吾尔自治区教育局", 150, 132),
        _word("承建单位", 300, 132),
        _word("乌鲁木齐恒通明德数据科技有", 390, 125),
        _word("限责任公司", 390, 139),
    )
    texts = ["".join(w.text for w in line) for line in page.lines()]
    assert texts == ["建设单位新疆维吾尔自治区教育局承建单位乌鲁木齐恒通明德数据科技有", "限责任公司"]


def test_text_painted_over_text_at_one_height_stays_one_line():
    # An amount pasted over the original: the reader keeps what is shown, which needs both on a line.
    page = _page(_word("合同金额：", 60, 100), _word("100000.00", 110, 100), _word("900000.00", 110, 101))
    assert len(page.lines()) == 1


def test_a_value_printed_high_goes_with_its_label_not_the_row_above_it_touches():
    # A licence photo's tight rows: each value sits 5 px above its label, within reach of the 类型 row.
    page = _page(
        _word("类型", 60, 90),
        _word("有限责任公司", 150, 90),
        _word("营业期限", 400, 104),
        _word("2019年12月22日至2039年12月21日", 450, 98.5, width=210),
    )
    texts = ["".join(w.text for w in line) for line in page.lines()]
    assert texts == ["类型有限责任公司", "营业期限2019年12月22日至2039年12月21日"]


def test_a_name_beside_its_label_stays_when_another_column_interleaves():
    # Two columns: the right one's notes sit between the rows of the left; 称 and its name stay one line.
    page = _page(
        _word("须知第三条", 400, 92),
        _word("郑州市某某装饰有限公司", 110, 95),
        _word("称", 80, 98),
        _word("每年三月一日参加年检", 400, 101),
    )
    lines = ["".join(w.text for w in line) for line in page.lines()]
    assert any("称郑州市某某装饰有限公司" in line for line in lines)
