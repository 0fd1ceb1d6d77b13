"""Pages built from strings for the classification tests (imported by test_classify_* and test_segment_*).

A line that starts with "# " is a title: larger and centred. Text-layer pages carry font sizes;
OCR pages carry only boxes (line height stands in for the size), as extraction hands them over.
"""

from __future__ import annotations

from jianzheng.models import Page, Seal, TextSource, Word

WIDTH, HEIGHT = 595.0, 842.0


def make_page(
    lines: list[str],
    *,
    file: str = "scan.pdf",
    number: int = 1,
    ocr: bool = False,
    seals: int = 0,
    seal_text: str | None = None,
    spaced: bool = False,
) -> Page:
    """A page whose words are the given lines, top to bottom; ``spaced`` splits characters with spaces."""
    words = []
    y = 60.0
    for raw in lines:
        title = raw.startswith("# ")
        text = raw[2:] if title else raw
        size = 18.0 if title else 10.5
        if spaced:
            text = " ".join(text)
        width = min(len(text) * size * (0.55 if spaced else 1.0), WIDTH - 100)
        x0 = (WIDTH - width) / 2 if title else 72.0
        source = TextSource.ocr if ocr else TextSource.text
        words.append(
            Word(
                text=text,
                bbox=(x0, y, x0 + width, y + size * 1.2),
                size=None if ocr else size,
                source=source,
                confidence=0.9 if ocr else 1.0,
            )
        )
        y += size * 2.0
    seal_list = [Seal(bbox=(400, 600, 500, 700), text=seal_text) for _ in range(seals)]
    return Page(
        file=file,
        number=number,
        width=WIDTH,
        height=HEIGHT,
        words=words,
        text_source=TextSource.ocr if ocr else TextSource.text,
        seals=seal_list,
    )


def make_file(name: str, pages: list[list[str]], **options) -> list[Page]:
    """Consecutive pages of one file."""
    return [make_page(lines, file=name, number=i, **options) for i, lines in enumerate(pages, start=1)]


CONTRACT_FIRST = [
    "# 乌鲁木齐市某区政务云平台建设项目合同",
    "合同编号：HT-2024-0317",
    "甲方：乌鲁木齐市某区数据局",
    "乙方：新疆天山云数信息技术有限公司",
    "根据《中华人民共和国民法典》，经双方协商一致，签订本合同。",
    "第一条 项目内容：政务云平台软件开发与系统集成。",
    "第二条 合同金额：人民币贰佰肆拾伍万元整（¥2,450,000.00）。",
]
CONTRACT_CLAUSES = [
    "第五条 付款方式：合同签订后支付30%，项目验收合格后支付60%，质保期满支付10%。",
    "第六条 违约责任：任何一方违反本合同约定，应承担违约责任。",
    "第七条 争议解决：双方友好协商解决；协商不成的，向甲方所在地人民法院起诉。",
    "第八条 不可抗力：因不可抗力不能履行合同的，根据影响部分或者全部免除责任。",
    "第九条 本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。",
]
SIGNATURE = [
    "（以下无正文）",
    "甲方（盖章）：",
    "法定代表人或授权代表（签字）：",
    "乙方（盖章）：",
    "法定代表人或授权代表（签字）：",
    "2024年3月5日",
]
ACCEPTANCE = [
    "# 项目验收报告",
    "项目名称：乌鲁木齐市某区政务云平台建设项目",
    "建设单位：乌鲁木齐市某区数据局",
    "承建单位：新疆天山云数信息技术有限公司",
    "验收日期：2024年11月20日",
    "验收意见：系统功能完整，运行稳定，文档齐全。",
    "验收结论：同意通过验收。",
    "验收组成员签字：",
]
VISA = [  # a 工程签证单 (nileke): it cites its contract's number and price, and is no contract
    "# 工程签证单",
    "工程名称 伊宁县水利局灌区信息化建设项目 签证编号 QZ-2025-03",
    "合同编号 YNXSL-2025-HT015",
    "原合同价款 人民币1,350,000.00元",
    "签证金额 人民币（大写）壹拾叁万叁仟叁佰元整（小写：¥133,300.00）",
    "签证后合同价款 人民币1,483,300.00元",
    "施工单位（盖章） 监理单位（盖章） 建设单位（盖章）",
]


INVOICE = [
    "# 新疆增值税专用发票",
    "发票代码：6500241130 发票号码：01234567 开票日期：2024年04月02日",
    "购买方 名称：乌鲁木齐市某区数据局 纳税人识别号：11650100MB1234567X",
    "货物或应税劳务、服务名称 规格型号 单位 数量 单价 金额 税率 税额",
    "*信息技术服务*软件开发服务 1 1,000,000.00 6% 60,000.00",
    "价税合计（大写）壹佰零陆万元整（小写）¥1,060,000.00",
    "销售方 名称：新疆天山云数信息技术有限公司",
    "收款人： 复核： 开票人：张三",
]
# Another invoice of the same template: its own number and amount.
INVOICE_2 = [
    line.replace("01234567", "01234568")
    .replace("1,000,000.00", "500,000.00")
    .replace("1,060,000.00", "530,000.00")
    for line in INVOICE
]
LICENSE = [
    "# 营业执照",
    "（副本）",
    "统一社会信用代码 91650100MA78XXXXXX",
    "名称 新疆天山云数信息技术有限公司",
    "类型 有限责任公司（自然人投资或控股）",
    "法定代表人 王建国",
    "注册资本 壹仟万元整",
    "成立日期 2016年05月12日",
    "营业期限 2016年05月12日至长期",
    "经营范围 计算机信息系统集成；软件开发；信息技术咨询服务。",
    "登记机关",
    "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn",
]
AUDIT_COVER = ["# 审计报告", "新疆某某有限公司", "2023年度", "新疆某某会计师事务所（特殊普通合伙）"]
AUDIT_OPINION = [
    "# 审计报告",
    "新会审字[2024]第0158号",
    "新疆天山云数信息技术有限公司全体股东：",
    "一、审计意见",
    "我们审计了新疆天山云数信息技术有限公司财务报表，包括2023年12月31日的资产负债表，2023年度的利润表。",
    "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司的财务状况。",
    "二、形成审计意见的基础",
    "我们按照中国注册会计师审计准则的规定执行了审计工作。",
]
AUDIT_SIGN = [
    "新疆某某会计师事务所（特殊普通合伙） 中国注册会计师：李四",
    "中国·乌鲁木齐 中国注册会计师：王五",
    "2024年3月20日",
]
BALANCE_SHEET = [
    "# 资产负债表",
    "编制单位：新疆天山云数信息技术有限公司 2023年12月31日 单位：元",
    "资产 期末余额 负债和所有者权益 期末余额",
    "货币资金 5,288,011.39 短期借款 1,200,000.00",
    "应收账款 3,894,095.65 应付账款 2,907,338.12",
    "预付款项 474,301.93 应交税费 88,800.00",
    "存货 695,586.59 其他应付款 364,426.02",
    "固定资产 1,010,636.94 负债合计 4,560,564.14",
    "资产总计 11,362,632.50 负债和所有者权益总计 11,362,632.50",
]
INCOME_STATEMENT = [
    "# 利润表",
    "编制单位：新疆天山云数信息技术有限公司 2023年度 单位：元",
    "项目 本期金额 上期金额",
    "一、营业收入 52,300,000.00 48,100,000.00",
    "减：营业成本 41,200,000.00 38,000,000.00",
    "二、营业利润 3,600,000.00 3,100,000.00",
    "三、利润总额 3,650,000.00 3,150,000.00",
    "减：所得税费用 550,000.00 470,000.00",
    "四、净利润 3,100,000.00 2,680,000.00",
]
SOFTWARE_COPYRIGHT = [
    "# 计算机软件著作权登记证书",
    "证书号：软著登字第1234567号",
    "软件名称：天山云数政务数据共享平台V1.0",
    "著作权人：新疆天山云数信息技术有限公司",
    "开发完成日期：2023年05月10日",
    "首次发表日期：2023年06月01日",
    "权利取得方式：原始取得",
    "权利范围：全部权利",
    "登记号：2023SR0123456",
    "中华人民共和国国家版权局",
]
