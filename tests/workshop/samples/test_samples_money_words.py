from decimal import Decimal

import cn2an
from hypothesis import given
from hypothesis import strategies as st

from jianzheng_workshop.samples.money_words import amount_words, exact_styles, figures


def test_capital_numerals_of_contract_amounts():
    assert amount_words(Decimal("2450000")) == "贰佰肆拾伍万元整"
    assert amount_words(Decimal("10000000")) == "壹仟万元整"
    assert amount_words(Decimal("1005")) == "壹仟零伍元整"
    assert amount_words(Decimal("12345.67")) == "壹万贰仟叁佰肆拾伍元陆角柒分"
    assert amount_words(Decimal("20400.30")) == "贰万零肆佰元叁角整"
    assert amount_words(Decimal("3000001")) == "叁佰万零壹元整"


@given(st.integers(min_value=1, max_value=999_999_999_999))
def test_whole_yuan_agree_with_cn2an(n):
    assert amount_words(Decimal(n)) == cn2an.an2cn(n, "up") + "元整"


def test_figure_spellings():
    a = Decimal("2450000")
    assert figures(a, "yen") == "¥2,450,000.00"
    assert figures(a, "yuan") == "2450000元"
    assert figures(a, "wan") == "245万元"
    assert figures(a, "wan2") == "245.00万元"
    assert "wan" not in exact_styles(Decimal("2450001"))
