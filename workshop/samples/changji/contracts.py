"""Contracts as Xinjiang integrators sign them: government procurement, construction, technology,
framework-and-order and maintenance contracts. Each returns the printed ``Paper`` with the fields a
reviewer reads on it."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from jianzheng.models.document import DocType

from .deal import FEE_LABELS, Deal, cn_date, iso
from .filing import Paper
from .flow import Cell, Flow
from .layout import INK_BLUE, Signature, Text
from .numerals import capital, figures, money_text, wan
from .signing import Signer, stamp, two_sides


def _fields(
    deal: Deal, words: str | None, *, fees: bool = False, amount: Decimal | None = None
) -> dict[str, object]:
    out: dict[str, object] = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.client.name,
        "party_b": deal.supplier.name,
        "contract_amount": money_text(deal.amount if amount is None else amount),
        "signed_on": iso(deal.signed_on),
    }
    if words is not None:
        out["amount_in_words"] = words
    if fees:
        out["fees"] = deal.fee_fields()
    return out


def _words(deal: Deal) -> str:
    return capital(deal.words_amount if deal.words_amount is not None else deal.amount)


def _fee_table(flow: Flow, deal: Deal, title: str, *, wan_units: bool = False) -> None:
    """A 分项报价表: one row per fee the contract itemises, then the total."""
    flow.line(title, bold=True)
    unit = "金额（万元）" if wan_units else "金额（元）"
    rows: list[list[Cell | str]] = [
        [Cell("序号", "center"), Cell("费用名称", "center"), Cell("内容说明", "center"), Cell(unit, "center")]
    ]
    notes = {
        "software_development": "业务应用系统定制开发",
        "consulting_design": "需求调研、方案设计",
        "integration_implementation": "系统集成、安装调试、联调",
        "operation_maintenance": "质保期内运行维护",
        "data_processing": "历史数据整理、迁移、入库",
        "operation_service": "平台运营服务",
        "self_made_hardware": "自有设备",
        "hardware_purchase": "服务器、网络及终端设备",
        "software_purchase": "操作系统、数据库等商用软件",
        "other": "培训、差旅等",
    }
    for k, (key, value) in enumerate(deal.fees.items(), start=1):
        shown = wan(value) if wan_units else figures(value)
        rows.append([Cell(str(k), "center"), FEE_LABELS[key], notes[key], Cell(shown, "right")])
    total = wan(deal.amount) if wan_units else figures(deal.amount)
    rows.append([Cell("合计", "center", span=3), Cell(total, "right")])
    flow.table([0.7, 2.2, 3.6, 1.9], rows, size=9.5, header_rows=1)
    flow.space(8)


def procurement(deal: Deal, rng: random.Random, *, purchase_no: str, itemised: bool = True) -> Paper:
    """财政部 政府采购合同 standard text: the parties in a table, 合同金额 with 大写 and figures."""
    a, b = deal.client, deal.supplier
    flow = Flow(footer="第 {n} 页")
    flow.space(40)
    flow.title("政 府 采 购 合 同", 24, gap=30)
    flow.line(f"合同编号：{deal.number}", 11, x=flow.left + 120)
    flow.line(f"采购项目编号：{purchase_no}", 11, x=flow.left + 120)
    flow.space(30)
    flow.table(
        [1.3, 4.2],
        [
            ["项目名称", deal.name],
            ["采购人（甲方）", a.name],
            ["供应商（乙方）", b.name],
            ["签订地点", f"新疆昌吉回族自治州{deal.county}"],
            ["签订日期", cn_date(deal.signed_on)],
        ],
        size=12,
        pad=9,
    )
    flow.space(80)
    flow.line("中华人民共和国财政部  制定", 12, align="center")
    flow.new_page()
    flow.para(
        f"采购人（甲方）与供应商（乙方）根据《中华人民共和国政府采购法》《中华人民共和国民法典》及采购项目"
        f"（项目编号：{purchase_no}）的采购文件和乙方的响应文件，经协商一致，就{deal.name}签订本合同。"
    )
    flow.line("一、合同组成", bold=True)
    flow.para(
        "下列文件为本合同不可分割的部分：合同条款、中标（成交）通知书、响应文件及澄清、采购文件、分项报价表。"
    )
    flow.line("二、合同标的及金额", bold=True)
    words = _words(deal)
    flow.need(40)
    flow.mark("amount")
    flow.para(
        f"合同金额：人民币（大写）{words}（¥{figures(deal.amount)}）。合同金额包括货物、安装、调试、培训、税费等全部费用。"
    )
    flow.mark("amount_end")
    if itemised:
        flow.need(120)
        flow.mark("fees")
        _fee_table(flow, deal, "分项报价表")
    flow.line("三、履行期限、地点和方式", bold=True)
    flow.para(
        f"乙方应于合同签订后一百二十日内完成全部建设内容，履约地点为甲方指定地点（新疆昌吉回族自治州{deal.county}）。"
    )
    flow.line("四、付款方式", bold=True)
    flow.para(
        "合同签订后甲方支付合同金额的30%，项目终验合格后支付至95%，余款5%作为质保金，质保期满无质量问题后一次付清。"
    )
    flow.line("五、验收", bold=True)
    flow.para("乙方完成全部工作后书面通知甲方，甲方组织或委托第三方进行验收，验收合格后双方签署验收报告。")
    flow.line("六、违约责任及争议解决", bold=True)
    flow.para("任何一方违反本合同约定，应承担违约责任；协商不成的，向甲方所在地人民法院提起诉讼。")
    flow.line("七、合同生效", bold=True)
    flow.para("本合同一式陆份，甲方肆份，乙方贰份，自双方签字盖章之日起生效。")
    flow.need(300)
    rows: list[list[Cell | str]] = [
        [Cell("采购人（甲方）", "center", bold=True), Cell("供应商（乙方）", "center", bold=True)],
        [f"单位名称（盖章）：{a.name}", f"单位名称（盖章）：{b.name}"],
        [f"统一社会信用代码：{a.credit_code}", f"统一社会信用代码：{b.credit_code}"],
        [f"地址：{a.address}", f"地址：{b.address}"],
        [f"开户银行：{a.bank}", f"开户银行：{b.bank}"],
        [f"账号：{a.account}", f"账号：{b.account}"],
        [f"电话：{a.phone}", f"电话：{b.phone}"],
        ["法定代表人或授权代表（签字）：", "法定代表人或授权代表（签字）："],
        [Cell(""), Cell("")],
        [f"签订日期：{cn_date(deal.signed_on)}", f"签订日期：{cn_date(deal.signed_on)}"],
    ]
    spans = flow.table([1, 1], rows, size=9.5, pad=5, min_height=20)
    mid = flow.left + flow.inner / 2
    sig_top = spans[8][0]
    flow.place(Signature(flow.left + 60, sig_top + 20, a.legal_rep, seed=rng.randrange(1 << 30)))
    flow.place(Signature(mid + 60, sig_top + 20, b.legal_rep, seed=rng.randrange(1 << 30)))
    flow.place(stamp(a, flow.left + 150 + rng.uniform(-10, 10), spans[1][0] + 40, rng))
    flow.place(stamp(b, mid + 150 + rng.uniform(-10, 10), spans[1][0] + 40, rng))
    return Paper(DocType.contract, flow.finish(), _fields(deal, words, fees=itemised), deal.pid, flow.marks)


def construction(deal: Deal, rng: random.Random, *, supervisor: str, site: str) -> Paper:
    """GF-2017-0201 建设工程施工合同: cover, 协议书 with 签约合同价, excerpts of 通用/专用条款."""
    a, b = deal.client, deal.supplier
    flow = Flow()
    flow.line("GF—2017—0201", 12, align="right")
    flow.space(150)
    flow.title("建设工程施工合同", 30, spacing=4, gap=20)
    flow.line("（示范文本）", 14, align="center")
    flow.space(260)
    flow.line("住房和城乡建设部", 14, align="center")
    flow.line("国家工商行政管理总局    制定", 14, align="center")
    flow.new_page()
    flow.title("第一部分  合同协议书", 15, gap=14)
    flow.pairs([("发包人（全称）：", a.name), ("承包人（全称）：", b.name)], 100, size=11)
    flow.para(
        "根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，"
        "双方就下述工程施工及有关事项协商一致，共同达成如下协议："
    )
    flow.line("一、工程概况", bold=True)
    flow.para(f"1．工程名称：{deal.name}。", indent=1)
    flow.para(f"2．工程地点：{site}。", indent=1)
    flow.para("3．资金来源：财政资金。", indent=1)
    flow.para(
        "4．工程内容：弱电智能化系统（综合布线、视频监控、机房及网络、信息发布）的深化设计、供货、安装及调试。",
        indent=1,
    )
    flow.line("二、合同工期", bold=True)
    flow.para(f"计划开工日期：{cn_date(deal.signed_on)}；工期总日历天数：150天。", indent=1)
    flow.line("三、质量标准", bold=True)
    flow.para("工程质量符合国家现行验收规范合格标准。", indent=1)
    flow.line("四、签约合同价与合同价格形式", bold=True)
    words = _words(deal)
    flow.mark("amount")
    flow.para(f"1．签约合同价为：人民币（大写）{words}（¥{figures(deal.amount)}元）；", indent=1)
    safety = (deal.amount * Decimal("0.015")).quantize(Decimal("1"))
    flow.para(f"其中：安全文明施工费：人民币（大写）{capital(safety)}（¥{figures(safety)}元）；", indent=2)
    flow.para("2．合同价格形式：固定总价合同。", indent=1)
    flow.line("五、项目经理", bold=True)
    flow.para(f"承包人项目经理：{b.legal_rep if rng.random() < 0.3 else '张立军'}。", indent=1)
    flow.line("六、合同文件构成", bold=True)
    flow.para(
        "本协议书与下列文件一起构成合同文件：中标通知书、投标函及其附录、专用合同条款及其附件、通用合同条款、技术标准和要求、图纸、已标价工程量清单。",
        indent=1,
    )
    flow.line("七、签订时间", bold=True)
    flow.para(f"本合同于{cn_date(deal.signed_on)}签订。", indent=1)
    flow.line("八、签订地点", bold=True)
    flow.para(f"本合同在新疆昌吉回族自治州{deal.county}签订。", indent=1)
    flow.line("九、合同生效", bold=True)
    flow.para(
        "本合同自双方签字并盖章之日起生效。合同一式捌份，均具有同等法律效力，发包人执伍份，承包人执叁份。",
        indent=1,
    )
    two_sides(
        flow,
        Signer("发包人：（公章）", a, "合同专用章"),
        Signer("承包人：（公章）", b, "合同专用章"),
        deal.signed_on,
        rng,
        rep_label="法定代表人或其委托代理人：（签字）",
    )
    flow.new_page()
    flow.title("第二部分  通用合同条款（节选）", 14, gap=10)
    flow.para("1.1.2.2  发包人：是指与承包人签订合同协议书的当事人及取得该当事人资格的合法继承人。")
    flow.para(
        "1.1.2.3  承包人：是指与发包人签订合同协议书的，具有相应工程施工承包资质的当事人及取得该当事人资格的合法继承人。"
    )
    flow.para(
        "1.1.2.5  监理人：是指在专用合同条款中指明的，受发包人委托按照法律规定进行工程监督管理的法人或其他组织。"
    )
    flow.para(
        "13.2.2  竣工验收程序：承包人完成竣工验收的全部工作后向监理人报送竣工验收申请报告，监理人审查后报发包人，发包人组织监理人、承包人、设计人等相关单位完成竣工验收。"
    )
    flow.space(10)
    flow.title("第三部分  专用合同条款（节选）", 14, gap=10)
    flow.para(f"1.1.2.5  监理人：名称：{supervisor}；资质类别和等级：工程监理综合资质。")
    flow.para(
        "12.4.1  工程进度款支付：按月计量，经监理人审核、发包人确认后支付已完工程价款的70%，竣工验收合格后付至合同价款的97%，剩余3%为质量保证金。"
    )
    flow.para("15.2  缺陷责任期：自工程实际竣工之日起计算，期限为24个月。")
    return Paper(DocType.contract, flow.finish(), _fields(deal, words), deal.pid, flow.marks)


TECH_TITLES = {
    "develop": ("技术开发（委托）合同", "研究开发经费和报酬", "技术开发"),
    "service": ("技术服务合同", "技术服务报酬及其支付方式", "技术服务"),
    "consult": ("技术咨询合同", "技术咨询报酬及其支付方式", "技术咨询"),
}


def technology(deal: Deal, rng: random.Random, *, kind: str, words_only: bool, fee_breakdown: bool) -> Paper:
    """科技部 技术合同 示范文本 (开发/服务/咨询): cover sheet, body with 委托方/受托方, the signature table."""
    a, b = deal.client, deal.supplier
    title, pay_clause, noun = TECH_TITLES[kind]
    flow = Flow()
    flow.line(f"合同编号：{deal.number}", 10.5, align="right")
    flow.line("登记编号：", 10.5, align="right")
    flow.space(90)
    flow.title(title, 26, spacing=2, gap=60)
    flow.pairs(
        [
            ("项目名称：", deal.name),
            ("委托方（甲方）：", a.name),
            ("受托方（乙方）：", b.name),
            ("签订时间：", cn_date(deal.signed_on, padded=True)),
            ("签订地点：", f"新疆昌吉回族自治州{deal.county}"),
            (
                "有效期限：",
                f"{cn_date(deal.signed_on)}至{cn_date(deal.accepted_on.replace(year=deal.accepted_on.year + 1))}",
            ),
        ],
        120,
        size=13,
    )
    flow.space(200)
    flow.line("中华人民共和国科学技术部印制", 13, align="center")
    flow.new_page()
    flow.para(
        f"依据《中华人民共和国民法典》的规定，合同双方就{deal.name}项目的{noun}，经协商一致，签订本合同。"
    )
    flow.line("一、标的技术的内容、范围及要求", bold=True)
    flow.para(
        "乙方根据甲方需求完成系统需求分析、方案设计、软件开发、部署实施及试运行，交付源代码、用户手册及运维文档。"
    )
    flow.line("二、履行的期限、地点和方式", bold=True)
    flow.para(f"本合同自{cn_date(deal.signed_on)}起至{cn_date(deal.accepted_on)}前在甲方所在地履行完毕。")
    flow.line("三、技术情报和资料的保密", bold=True)
    flow.para("双方对在合同履行中知悉的对方技术秘密和经营信息负有保密义务，保密期限至合同终止后三年。")
    flow.line(f"四、{pay_clause}", bold=True)
    words = _words(deal)
    flow.need(40)
    flow.mark("amount")
    if words_only:
        flow.para(f"本项目{noun}经费及报酬总额为人民币{words}，由甲方分三期支付给乙方。")
    else:
        flow.para(
            f"本项目{noun}经费及报酬总额为：{figures(deal.amount, separators=False)}元（大写：{words}），由甲方分三期支付给乙方。"
        )
    if fee_breakdown:
        flow.need(120)
        flow.mark("fees")
        _fee_table(flow, deal, "价款构成：", wan_units=False)
    flow.para(
        "第一期：合同签订后十个工作日内支付40%；第二期：系统上线试运行后支付40%；第三期：验收合格后支付20%。"
    )
    flow.line("五、验收标准和方式", bold=True)
    flow.para(
        "项目完成后由甲方组织验收，可委托具有资质的第三方检测机构进行测试，以测试报告和验收意见作为验收依据。"
    )
    flow.line("六、违约责任", bold=True)
    flow.para("任何一方违反合同约定造成对方损失的，应当承担赔偿责任，违约金为合同总额的百分之五。")
    flow.need(330)
    flow.line("签  署  页", 12, align="center", bold=True)
    spans = flow.table(
        [0.9, 1.2, 3.2],
        [
            [Cell("委托方（甲方）", "center", bold=True), "名称（或姓名）", a.name],
            ["", "法定代表人", ""],
            ["", "联系人", a.legal_rep],
            ["", "住所（通讯地址）", a.address],
            ["", "开户银行 / 账号", f"{a.bank}  {a.account}"],
            [Cell("受托方（乙方）", "center", bold=True), "名称（或姓名）", b.name],
            ["", "法定代表人", ""],
            ["", "联系人", b.legal_rep],
            ["", "住所（通讯地址）", b.address],
            ["", "开户银行 / 账号", f"{b.bank}  {b.account}"],
            ["", "税号", b.credit_code],
        ],
        size=9.5,
        pad=5,
    )
    right = flow.left + flow.inner * 0.55
    flow.place(Signature(right, spans[1][0] + 14, a.legal_rep, seed=rng.randrange(1 << 30)))
    flow.place(Signature(right, spans[6][0] + 14, b.legal_rep, seed=rng.randrange(1 << 30)))
    flow.place(stamp(a, flow.left + flow.inner * 0.8, spans[1][0] + 8, rng))
    flow.place(stamp(b, flow.left + flow.inner * 0.8, spans[6][0] + 8, rng))
    flow.space(14)
    y = flow.y + 14
    flow.place(Text(flow.left, y, "甲方签字日期：", 10.5))
    flow.place(
        Text(
            flow.left + 76,
            y,
            cn_date(deal.signed_on),
            12,
            hand=True,
            colour=INK_BLUE,
            seed=rng.randrange(1 << 30),
        )
    )
    flow.place(Text(flow.left + flow.inner / 2, y, "乙方签字日期：", 10.5))
    flow.place(
        Text(
            flow.left + flow.inner / 2 + 76,
            y,
            cn_date(deal.signed_on),
            12,
            hand=True,
            colour=INK_BLUE,
            seed=rng.randrange(1 << 30),
        )
    )
    fields = _fields(deal, words, fees=fee_breakdown)
    return Paper(DocType.contract, flow.finish(), fields, deal.pid, flow.marks)


def maintenance(deal: Deal, rng: random.Random, *, years: int = 1, wan_only: bool = False) -> Paper:
    """运维服务合同 with an annual fee; the amount may be printed only in 万元."""
    a, b = deal.client, deal.supplier
    flow = Flow(footer="- {n} -")
    flow.title(deal.name.removesuffix("项目") + "合同", 16, gap=8)
    flow.line(f"合同编号：{deal.number}", 10, align="right")
    flow.pairs(
        [
            ("项目名称：", deal.name),
            ("甲方（服务采购方）：", a.name),
            ("地址：", a.address),
            ("乙方（服务提供方）：", b.name),
            ("地址：", b.address),
        ],
        118,
    )
    flow.para("甲乙双方经友好协商，就甲方信息化系统运行维护服务事宜达成如下条款，共同遵守。")
    flow.line("第一条  服务内容", bold=True)
    flow.para(
        "乙方负责甲方机房基础设施、服务器、存储、网络及安全设备、业务应用系统的日常巡检、故障处理、备份恢复和重大活动保障，提供7×24小时响应。"
    )
    flow.line("第二条  服务期限", bold=True)
    end = deal.signed_on.replace(year=deal.signed_on.year + years) - dt.timedelta(days=1)
    flow.para(f"服务期限自{cn_date(deal.signed_on)}起至{cn_date(end)}止。")
    flow.line("第三条  服务费用及支付", bold=True)
    words = _words(deal)
    flow.mark("amount")
    annual = (deal.amount / years).quantize(Decimal("0.01"))
    if wan_only:
        flow.para(f"年度运维服务费为{wan(annual)}万元，服务期内合同总价为{wan(deal.amount)}万元（含税）。")
        words_field = None
    else:
        flow.para(
            f"年度运维服务费为人民币{figures(annual)}元，合同总价为人民币{words}（小写：￥{figures(deal.amount)}元），含6%增值税。"
        )
        words_field = words
    flow.para("服务费按季度支付，每季度末经甲方考核合格后十个工作日内支付当季服务费。")
    flow.line("第四条  考核与验收", bold=True)
    flow.para("甲方每季度对乙方服务质量进行考核，服务期满后进行年度验收，出具验收意见。")
    flow.line("第五条  其他", bold=True)
    flow.para("本合同未尽事宜由双方另行协商；本合同一式肆份，双方各执贰份，自签字盖章之日起生效。")
    two_sides(
        flow,
        Signer("甲方（盖章）：", a, "合同专用章"),
        Signer("乙方（盖章）：", b, "合同专用章"),
        deal.signed_on,
        rng,
        hand_date=False,
        rep_label="授权代表（签字）：",
    )
    fields = _fields(deal, words_field)
    return Paper(DocType.contract, flow.finish(), fields, deal.pid, flow.marks)
