"""OCR's traditional characters on a simplified page, read back to simplified (extract/ocr/script.py)."""

from __future__ import annotations

from jianzheng.extract.ocr import OcrLine
from jianzheng.extract.ocr.script import to_simplified
from jianzheng.extract.scan import words_from_lines


def test_a_traditional_character_outside_gb2312_is_simplified():
    assert to_simplified("乌魯木齐雪莲中正通信技术科技有限公司") == "乌鲁木齐雪莲中正通信技术科技有限公司"
    assert to_simplified("電子發票") == "电子发票"


def test_simplified_characters_with_a_traditional_reading_stay_as_read():
    # 乾 is a simplified character of its own (乾县); rare name characters are no traditional forms.
    assert to_simplified("陕西省咸阳市乾县") == "陕西省咸阳市乾县"
    assert to_simplified("张喆 李堃 王珺 ¥1,000.00 ABC") == "张喆 李堃 王珺 ¥1,000.00 ABC"


def test_ocr_words_come_out_simplified():
    words = words_from_lines([OcrLine(text="乙方：乌魯木齐某公司", box=(0, 0, 100, 20), confidence=0.9)], 72)
    assert words[0].text == "乙方：乌鲁木齐某公司"
