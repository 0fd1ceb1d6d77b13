"""The stamped declaration form is typed by its title and its sections; tax returns (also 申报表) are not."""

from __future__ import annotations

import pytest
from classify_builders import make_page

from jianzheng.classify.pages import classify_page
from jianzheng.models import DocType

FORM = [
    "# 新疆维吾尔自治区计算机信息系统集成企业（信息工程企业）年检申报表",
    "申报年度：2024 打印日期：2025-01-09",
    "一、企业基本信息",
    "企业名称 新疆天山云数信息技术有限公司 统一社会信用代码 91650100MA78A1B2C3",
    "资质等级 乙级 法定代表人 王建国",
    "技术人员总数 34 持证项目经理人数 9",
    "二、近三年经营情况（单位：万元）",
    "年度 营业收入 系统集成收入 净利润",
    "2024 5230.00 4180.00 310.00",
    "三、完成项目汇总",
    "完成项目数 3 合同金额合计（万元） 802.80",
    "本单位承诺以上填报内容及上传附件均真实、有效，如有虚假，愿承担相应责任。",
    "申报单位（盖章）：",
]
VAT_RETURN = [
    "# 增值税纳税申报表",
    "（一般纳税人适用）",
    "税款所属时间：自2024年10月01日至2024年12月31日 填表日期：2025年01月15日 金额单位：元至角分",
    "纳税人识别号 91650100MA78A1B2C3 所属行业：软件和信息技术服务业",
    "纳税人名称 新疆天山云数信息技术有限公司（公章） 法定代表人姓名 王建国",
    "项目 栏次 一般项目 本月数 本年累计",
    "（一）按适用税率计税销售额 1 5,230,000.00 41,800,000.00",
    "应纳税额 19 193,800.00 1,528,000.00",
    "申报人声明：本纳税申报表是根据国家税收法律法规及相关规定填报的，是真实的、可靠的、完整的。",
]
INCOME_TAX_RETURN = [
    "# 企业所得税年度纳税申报表（A类）",
    "纳税人识别号 91650100MA78A1B2C3",
    "一、营业收入 52,300,000.00",
    "应纳所得税额 540,000.00",
    "申报日期 2025-05-20",
]

SURCHARGE_RETURN = [
    "# 增值税及附加税费申报表（一般纳税人适用）",
    "纳税人名称：新疆天山云数信息技术有限公司",
    "纳税人识别号：91650100MA78A1B2C3 所属期：2025年12月",
    "项目 栏次 本月数 本年累计",
    "按适用税率计税销售额 1 13,495,971.00 163,571,168.52",
    "销项税额 11 1,214,637.39 14,721,405.17",
]


@pytest.mark.parametrize("ocr", [False, True], ids=["text", "ocr"])
def test_the_form_is_recognised_by_its_title_and_without_it(ocr):
    verdict = classify_page(make_page(FORM, ocr=ocr, seals=1))
    assert verdict.type == DocType.declaration_form and verdict.confidence > 0.9
    untitled = classify_page(make_page(FORM[1:], ocr=ocr))
    assert untitled.type == DocType.declaration_form


@pytest.mark.parametrize(
    "lines", [VAT_RETURN, INCOME_TAX_RETURN, SURCHARGE_RETURN], ids=["vat", "income_tax", "surcharges"]
)
def test_a_tax_return_is_no_declaration_form(lines):
    verdict = classify_page(make_page(lines))
    assert verdict.type != DocType.declaration_form
    assert verdict.title is None or verdict.title.type != DocType.declaration_form
