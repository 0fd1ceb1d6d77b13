"""Every extractor survives arbitrary text: labels, numerals and punctuation in any order."""

from __future__ import annotations

from field_pages import page_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading

PIECES = [
    "甲方", "乙方", "：", ":", "（盖章）", "合同总价", "人民币", "贰佰", "肆拾", "伍万", "元整", "叁任", "¥", "2,450,000.00",
    "2024年", "3月", "5日", "二〇二四年", "项目名称", "有限公司", "局", "验收结论", "合格", "不合格", "☑", "□",
    "统一社会信用代码", "91440300MA5F5KP94F", "9I44O3", "名 称", "营业期限", "长期", "至", "利润表", "营业收入",
    "净利润", "单位：万元", "会计师事务所", "审字[2025]第1号", "发票号码", "12345678", "(小写)", "软件开发费",
    "其他", "合计", "  ", " ", "%", "30", ".", "(", ")", "登记号", "2024SR0001",
]  # fmt: skip

lines = st.lists(
    st.lists(st.sampled_from(PIECES), min_size=0, max_size=8).map("".join), min_size=0, max_size=12
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines, st.booleans())
def test_no_extractor_crashes_on_arbitrary_lines(text_lines, ocr):
    page = page_of([line for line in text_lines if line.strip()], ocr=ocr)
    reading = Reading.of([page])
    for extract in EXTRACTORS.values():
        fields = extract(reading)
        for extracted in fields.present().values():
            assert 0.0 <= extracted.confidence <= 1.0
            assert extracted.page == 1
