"""TEXT_LAYER_MISMATCH: hidden text-layer key values against what the page shows, at their place."""

from __future__ import annotations

from verify_builders import valid_code

from jianzheng.models import Code, Page, TextSource, Word
from jianzheng.verify import CheckContext
from jianzheng.verify.checks.text_layer import text_layer_mismatch

# A forged text layer under a genuine scan, and what the scan shows, line for line.
FORGED_LAYER = [
    "建设工程合同书",
    "乙方：新疆天山云数信息技术有限公司",
    "合同总价：¥2,450,000.00",
    "签订日期：2024年3月5日",
]
SHOWN = [
    "建设工程合同书",
    "乙方：新疆天山云数信息技术有限公司",
    "合同总价：人民币204.50万元",
    "签订日期：2024年3月5日",
]


def _words(lines: list[str], *, confidence: float = 1.0, source: TextSource = TextSource.text) -> list[Word]:
    return [
        Word(
            text=t,
            bbox=(72.0, 89.0 + 30 * i, 72.0 + 12 * len(t), 103.0 + 30 * i),
            confidence=confidence,
            source=source,
        )
        for i, t in enumerate(lines)
        if t
    ]


def _page(shown: list[str], hidden: list[str], *, confidence: float = 0.97, **extra: object) -> Page:
    return Page(
        file="contract.pdf",
        number=1,
        width=595.0,
        height=842.0,
        words=_words(shown, confidence=confidence, source=TextSource.ocr),
        hidden_words=_words(hidden),
        text_source=TextSource.ocr,
        **extra,
    )


def _findings(*pages: Page) -> list:
    ctx = CheckContext(declaration=None, documents=[], pages={p.key: p for p in pages})
    return list(text_layer_mismatch(ctx))


def test_hidden_amount_the_page_shows_otherwise_is_one_warning_quoting_both():
    (finding,) = _findings(_page(SHOWN, FORGED_LAYER))
    assert finding.code == Code.TEXT_LAYER_MISMATCH and finding.severity == "warning"
    assert "¥2,450,000.00" in finding.message and "204.50万元" in finding.message
    assert "contract.pdf 第 1 页" in finding.message
    shown, hidden = finding.evidence[:2]
    assert shown.page == 1 and shown.bbox is not None and "204.50万元" in shown.text
    assert hidden.bbox is not None and "2,450,000.00" in hidden.text
    assert abs(shown.bbox[1] - hidden.bbox[1]) < 2  # the same place on the page


def test_agreeing_layer_is_no_finding():
    assert _findings(_page(SHOWN, SHOWN)) == []


def test_amount_in_capital_numerals_on_the_page_agrees_with_the_layer_figure():
    shown = ["", "", "合同总价：人民币贰佰肆拾伍万元整", ""]
    assert _findings(_page(shown, ["", "", "合同总价：¥2,450,000.00", ""])) == []


def test_unsure_visible_reading_is_no_mismatch():
    assert _findings(_page(SHOWN, FORGED_LAYER, confidence=0.6)) == []


def test_nothing_visible_at_the_place_is_no_mismatch():
    shown = ["建设工程合同书", "乙方：新疆天山云数信息技术有限公司", "", "签订日期：2024年3月5日"]
    assert _findings(_page(shown, FORGED_LAYER)) == []


def test_malformed_hidden_value_is_no_mismatch():
    # A scanner's OCR layer misread the figure: it is no well-formed amount, so it says nothing.
    layer = ["", "", "合同总价：2450OOO", "签订日期：2024年13月5日"]
    shown = ["", "", "合同总价：¥2,450,000.00", "签订日期：2024年3月5日"]
    assert _findings(_page(shown, layer)) == []


def test_hidden_value_shown_elsewhere_on_the_page_is_no_mismatch():
    shown = ["合同总价：¥2,450,000.00", "", "合同总价：人民币204.50万元", ""]
    assert _findings(_page(shown, ["", "", "合同总价：¥2,450,000.00", ""])) == []


def test_other_date_organisation_and_credit_code():
    code, other = valid_code(), valid_code("91650100MA78A1B2D")
    layer = ["签订日期：2024年3月5日", "乙方：新疆天山云数信息技术有限公司", f"统一社会信用代码：{other}", ""]
    shown = ["签订日期：2023年12月1日", "乙方：乌鲁木齐博远网络工程有限公司", f"统一社会信用代码：{code}", ""]
    (finding,) = _findings(_page(shown, layer))
    assert (
        "日期" in finding.message and "单位名称" in finding.message and "统一社会信用代码" in finding.message
    )
    assert len(finding.evidence) == 6


def test_one_ocr_slip_in_a_visible_name_is_no_mismatch():
    layer = ["", "乙方：新疆天山云数信息技术有限公司", "", ""]
    shown = ["", "乙方：新疆天山云数信息技木有限公司", "", ""]
    assert _findings(_page(shown, layer)) == []


def test_a_visible_name_with_its_role_label_run_into_it_is_no_mismatch():
    # OCR boxed the signature block's label and name as one word: 委托方(甲方) 某公司.
    layer = ["", "新疆伊吾能源开发有限公司", "", ""]
    shown = ["", "委托方(甲方) 新疆伊吾能源开发有限公司", "", ""]
    assert _findings(_page(shown, layer)) == []


def test_turned_page_is_not_compared():
    assert _findings(_page(SHOWN, FORGED_LAYER, rotation=90)) == []


def test_page_without_hidden_text_is_not_looked_at():
    assert _findings(_page(SHOWN, [])) == []
