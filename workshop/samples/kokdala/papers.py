"""The papers of the family, drawn as vector pages (scanned or saved afterwards by filing.py).

Each function draws one page on a fresh A4 page of the given document and returns named boxes (PDF points)
where a later step needs them (the 签约合同价 block for a paste).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pymupdf

from .model import FEE_ROWS, Invoice, Project
from .paint import A4, RED, done, oval_seal, para, qr, rect, rule, scrawl, seal, square_seal, table, text
from .world import Firm, capital, cn_date, fig, sister_code, ymd, ymd_short

L, R = 72.0, 523.0
W = R - L


def _page(doc: pymupdf.Document) -> pymupdf.Page:
    done()
    return doc.new_page(width=A4[0], height=A4[1])


def _footer(page: pymupdf.Page, s: str) -> None:
    text(page, A4[0] / 2, 800, s, 9, align="center")


# --- GF-2017-0201 ------------------------------------------------------------------------------------


def _money_line(label: str, amount: Decimal | None) -> str:
    if amount is None or amount == 0:
        return f"{label}：人民币（大写）/（¥ / 元）；"
    return f"{label}：人民币（大写）{capital(amount)}（¥{fig(amount)}元）；"


def agreement_p1(
    doc: pymupdf.Document,
    p: Project,
    firm_party: str,
    amount: Decimal,
    page_no: int = 1,
    reserve: float | None = None,
) -> dict[str, pymupdf.Rect]:
    """协议书 first page: parties, 工程概况, 合同工期, 质量标准, 签约合同价 block."""
    page = _page(doc)
    text(page, R, 50, "GF—2017—0201", 9, align="right")
    text(page, L, 50, f"合同编号：{p.contract_number}", 9)
    text(page, A4[0] / 2, 84, "第一部分  合同协议书", 16, bold=True, align="center")
    y = 118.0
    text(page, L, y, f"发包人（全称）：{p.client.name}", 10.5)
    y += 20
    text(page, L, y, f"承包人（全称）：{firm_party}", 10.5)
    y += 24
    y = para(
        page,
        L,
        y,
        "根据《中华人民共和国民法典》、《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，"
        f"双方就{p.name}有关事项协商一致，共同达成如下协议：",
        W,
    )
    text(page, L, y + 4, "一、工程概况", 10.5, bold=True)
    y += 24
    rows = [
        f"1．工程名称：{p.name}。",
        f"2．工程地点：{p.client.site}。",
        f"3．工程立项批准文号：{p.contract_number[:4]}发改投资〔{p.signed_on.year}〕{int(p.contract_number[-3:]) % 90 + 10}号。",
        "4．资金来源：财政资金。",
        "5．工程内容：视频监控前端点位、传输网络、监控中心（机房）、综合布线、门禁及一键报警等弱电智能化系统的供货、安装、调试及试运行。",
        "6．工程承包范围：施工图纸及工程量清单所含全部内容。",
    ]
    for row in rows:
        y = para(page, L + 21, y, row, W - 21, indent=False)
    text(page, L, y + 4, "二、合同工期", 10.5, bold=True)
    y += 24
    days = (p.finish_on - p.start_on).days + 1
    y = para(
        page,
        L + 21,
        y,
        f"计划开工日期：{ymd_short(p.start_on)}。计划竣工日期：{ymd_short(p.finish_on)}。工期总日历天数：{days}天。",
        W - 21,
        indent=False,
    )
    text(page, L, y + 4, "三、质量标准", 10.5, bold=True)
    y += 24
    y = para(page, L + 21, y, "工程质量符合现行国家及行业验收规范合格标准。", W - 21, indent=False)
    text(page, L, y + 4, "四、签约合同价与合同价格形式", 10.5, bold=True)
    y += 24
    top = y - 12
    y = para(
        page,
        L + 21,
        y,
        f"1．签约合同价为：人民币（大写）{capital(amount)}（¥{fig(amount)}元）；",
        W - 21,
        indent=False,
    )
    y = para(page, L + 21, y, "其中：", W - 21, indent=False)
    for line in (
        _money_line("（1）安全文明施工费", p.safety),
        _money_line("（2）材料和工程设备暂估价金额", None),
        _money_line("（3）专业工程暂估价金额", p.specialist),
        _money_line("（4）暂列金额", p.provisional).rstrip("；") + "。",
    ):
        y = para(page, L + 42, y, line, W - 42, indent=False)
    block = pymupdf.Rect(L - 4, top, R + 4, y - 8)
    if reserve is not None:
        y = max(y, top + reserve + 12)
    y = para(page, L + 21, y, "2．合同价格形式：固定单价合同。", W - 21, indent=False)
    _footer(page, f"— {page_no} —")
    return {"amount": block}


def agreement_p2(
    doc: pymupdf.Document, p: Project, firm: Firm, firm_party: str, rng: random.Random, page_no: int = 2
) -> None:
    """协议书 second page: 项目经理 … 签订时间 and the signature blocks with both seals."""
    page = _page(doc)
    y = 70.0
    for head, body in (
        ("五、项目经理", f"承包人项目经理：{p.manager}。"),
        (
            "六、合同文件构成",
            "本协议书与下列文件一起构成合同文件：（1）中标通知书；（2）投标函及其附录；（3）专用合同条款及其附件；（4）通用合同条款；（5）技术标准和要求；（6）图纸；（7）已标价工程量清单或预算书；（8）其他合同文件。",
        ),
        (
            "七、承诺",
            "1．发包人承诺按照法律规定履行项目审批手续、筹集工程建设资金并按照合同约定的期限和方式支付合同价款。2．承包人承诺按照法律规定及合同约定组织完成工程施工，确保工程质量和安全，不进行转包及违法分包，并在缺陷责任期及保修期内承担相应的工程维修责任。",
        ),
        ("八、词语含义", "本协议书中词语含义与第二部分通用合同条款中赋予的含义相同。"),
        ("九、签订时间", f"本合同于{ymd_short(p.signed_on)}签订。"),
        ("十、签订地点", f"本合同在{p.client.short}签订。"),
        ("十一、补充协议", "合同未尽事宜，合同当事人另行签订补充协议，补充协议是合同的组成部分。"),
        ("十二、合同生效", "本合同自双方签字盖章之日起生效。"),
        ("十三、合同份数", "本合同一式陆份，均具有同等法律效力，发包人执肆份，承包人执贰份。"),
    ):
        text(page, L, y, head, 10.5, bold=True)
        y += 19
        y = para(page, L, y, body, W, lead=1.65)
        y += 2
    y += 16
    col = [L, L + W / 2 + 6]
    left = [
        "发包人：（公章）",
        "",
        "法定代表人或其委托代理人：",
        "（签字）",
        f"统一社会信用代码：{p.client_code}",
        f"地址：{p.client.site}",
        "电话：0999-" + str(rng.randint(3000000, 8999999)),
        "开户银行：国家金库可克达拉市支库"
        if "可克达拉" in p.client.name
        else "开户银行：中国农业银行股份有限公司伊犁分行",
    ]
    right = [
        "承包人：（公章）",
        "",
        "法定代表人或其委托代理人：",
        "（签字）",
        f"统一社会信用代码：{firm.credit_code if firm_party == firm.name else sister_code(firm)}",
        f"地址：{firm.address}",
        f"电话：{firm.phone}",
        f"开户银行：{firm.bank}",
        f"账号：{firm.account}",
    ]
    ys = y
    for c, lines in enumerate((left, right)):
        yy = ys
        for line in lines:
            for piece in _cut(line, 9.5, W / 2 - 10):
                text(page, col[c], yy, piece, 9.5)
                yy += 17
    seal(page, col[0] + 120, ys + 10, p.client.name, rng, r=40)
    seal(page, col[1] + 120, ys + 10, firm_party, rng, bottom="合同专用章", r=40)
    scrawl(page, col[0] + 140, ys + 52, rng)
    scrawl(page, col[1] + 140, ys + 52, rng)
    _footer(page, f"— {page_no} —")


def _cut(s: str, size: float, w: float) -> list[str]:
    from .paint import wrap

    return wrap(s, size, w) or [""]


GENERAL = [
    ("1．一般约定", None),
    ("1.1 词语定义与解释", "合同协议书、通用合同条款、专用合同条款中的下列词语具有本款所赋予的含义："),
    (
        "1.1.1 合同",
        "1.1.1.1 合同：是指根据法律规定和合同当事人约定具有约束力的文件，构成合同的文件包括合同协议书、中标通知书（如果有）、投标函及其附录（如果有）、专用合同条款及其附件、通用合同条款、技术标准和要求、图纸、已标价工程量清单或预算书以及其他合同文件。",
    ),
    (None, "1.1.1.2 合同协议书：是指构成合同的由发包人和承包人共同签署的称为“合同协议书”的书面文件。"),
    (
        None,
        "1.1.5.1 签约合同价：是指发包人和承包人在合同协议书中确定的总金额，包括安全文明施工费、暂估价及暂列金额等。",
    ),
    (
        None,
        "1.1.5.2 合同价格：是指发包人用于支付承包人按照合同约定完成承包范围内全部工作的金额，包括合同履行过程中按合同约定发生的价格变化。",
    ),
    (
        None,
        "1.1.5.5 暂列金额：是指发包人在工程量清单或预算书中暂定并包括在合同价格中的一笔款项。用于工程合同签订时尚未确定或者不可预见的所需材料、工程设备、服务的采购，施工中可能发生的工程变更、合同约定调整因素出现时的合同价格调整以及发生的索赔、现场签证确认等的费用。",
    ),
    (
        None,
        "1.1.5.6 质量保证金：是指按照第15.3款〔质量保证金〕约定承包人用于保证其在缺陷责任期内履行缺陷修补义务的担保。",
    ),
    (
        "1.5 合同文件的优先顺序",
        "组成合同的各项文件应互相解释，互为说明。除专用合同条款另有约定外，解释合同文件的优先顺序如下：（1）合同协议书；（2）中标通知书（如果有）；（3）投标函及其附录（如果有）；（4）专用合同条款及其附件；（5）通用合同条款；（6）技术标准和要求；（7）图纸；（8）已标价工程量清单或预算书；（9）其他合同文件。",
    ),
    (
        "13.2 竣工验收",
        "13.2.2 竣工验收程序：除专用合同条款另有约定外，承包人申请竣工验收的，应当按照以下程序进行：（1）承包人向监理人报送竣工验收申请报告，监理人应在收到竣工验收申请报告后14天内完成审查并报送发包人……（3）竣工验收合格的，发包人应在验收合格后14天内向承包人签发工程接收证书。",
    ),
]


def general_terms(doc: pymupdf.Document, page_no: int) -> None:
    page = _page(doc)
    text(page, A4[0] / 2, 70, "第二部分  通用合同条款", 15, bold=True, align="center")
    text(page, A4[0] / 2, 92, "（节选）", 10, align="center")
    y = 122.0
    for head, body in GENERAL:
        if head:
            text(page, L, y, head, 10.5, bold=True)
            y += 19
        if body:
            y = para(page, L, y, body, W, size=10, lead=1.7)
            y += 3
    _footer(page, f"— {page_no} —")


def special_terms(doc: pymupdf.Document, p: Project, page_no: int) -> None:
    """专用合同条款 with the payment terms (预付款 30 %, 进度款, 质保金 3 %)."""
    page = _page(doc)
    text(page, A4[0] / 2, 70, "第三部分  专用合同条款", 15, bold=True, align="center")
    y = 104.0
    adv = (p.amount * Decimal("0.30")).quantize(Decimal("0.01"))
    ret = (p.amount * Decimal("0.03")).quantize(Decimal("0.01"))
    adv_s = (
        f"签约合同价的30%，即人民币{fig(adv)}元" if p.payment_amounts else "签约合同价（扣除暂列金额）的30%"
    )
    ret_s = f"结算总价的3%（按签约合同价暂计为人民币{fig(ret)}元）" if p.payment_amounts else "结算总价的3%"
    items = [
        ("1．一般约定", None),
        ("1.1.2.2 发包人", f"{p.client.name}。"),
        ("1.1.2.6 监理人", f"监理人名称：{p.supervisor}。"),
        ("1.1.2.7 设计人", f"设计人名称：{p.designer}。"),
        ("12．合同价格、计量与支付", None),
        (
            "12.2 预付款",
            f"12.2.1 预付款的支付：预付款支付比例或金额：{adv_s}；预付款支付期限：合同签订且承包人进场后15日内；预付款扣回的方式：在进度款中按比例扣回。",
        ),
        (
            "12.4 工程进度款支付",
            "12.4.1 付款周期：按形象进度付款。工程完成至70%时，支付至已完工程量的70%（含已支付的预付款）；竣工验收合格后支付至合同价款的80%；竣工结算经审计审定后支付至结算总价的97%。",
        ),
        (
            "14．竣工结算",
            "14.1 竣工结算申请：承包人应在竣工验收合格后28天内向发包人和监理人提交竣工结算申请单；竣工结算以发包人委托的造价咨询机构或审计部门审定的金额为准。",
        ),
        (
            "15．缺陷责任与保修",
            f"15.3 质量保证金：质量保证金的比例为{ret_s}，缺陷责任期满（自竣工验收合格之日起24个月）且无质量问题后14日内无息退还。",
        ),
        (
            "16．违约",
            "16.2 承包人违约：承包人未按合同约定工期竣工的，每延误一日按签约合同价的千分之一支付违约金，违约金总额不超过签约合同价的5%。",
        ),
        (
            "20．争议解决",
            "20.3 争议评审：不采用争议评审方式。20.4 仲裁或诉讼：向工程所在地人民法院提起诉讼。",
        ),
    ]
    for head, body in items:
        if body is None:
            text(page, L, y, head, 10.5, bold=True)
            y += 20
            continue
        y = para(page, L, y, f"{head}  {body}", W, size=10, lead=1.7, indent=False)
        y += 4
    _footer(page, f"— {page_no} —")


def price_summary(doc: pymupdf.Document, p: Project, page_no: int) -> dict[str, pymupdf.Rect]:
    """附件：工程量清单 投标报价汇总表 (by fee category, 含税, 元)."""
    page = _page(doc)
    text(page, L, 62, "附件1", 10.5)
    text(page, A4[0] / 2, 92, "工程量清单投标报价汇总表", 15, bold=True, align="center")
    text(page, L, 122, f"工程名称：{p.name}", 9.5)
    text(page, R, 140, "单位：元（含税）", 9.5, align="right")
    rows = [["序号", "费用名称", "金额（元）", "备注"]]
    notes = {
        "hardware_purchase": "前端摄像机、存储、交换机、线缆等",
        "software_purchase": "视频管理平台及授权",
        "consulting_design": "点位及机房深化设计",
        "integration_implementation": "安装、布线、调试、试运行",
        "other": f"安全文明施工费{fig(p.safety)}；专业工程暂估价{fig(p.specialist)}；暂列金额{fig(p.provisional)}",
    }
    for k, (label, key) in enumerate(FEE_ROWS, start=1):
        rows.append([str(k), label, fig(p.fees[key]), notes[key]])
    rows.append(["", "合计", fig(p.amount), ""])
    rects = table(
        page,
        L,
        150,
        [36, 175, 100, 140],
        rows,
        size=9.5,
        row_h=30,
        aligns=["center", "left", "right", "left"],
        bold_rows=(0, len(rows) - 1),
    )
    y = rects[-1][0].y1 + 28
    text(page, L, y, f"合计（大写）：人民币{capital(p.amount)}", 10)
    y += 40
    text(page, L, y, f"投标人：{p.party_b}（盖章）", 10)
    text(page, L, y + 24, f"编制日期：{ymd(p.signed_on - dt.timedelta(days=12))}", 10)
    _footer(page, f"— {page_no} —")
    return {"table": pymupdf.Rect(L, 150, R, rects[-1][0].y1)}


# --- acceptance ------------------------------------------------------------------------------------


def acceptance_report(doc: pymupdf.Document, p: Project, rng: random.Random) -> None:
    """工程竣工验收报告: 工程概况 table, 验收组织, 质量评定, 验收结论."""
    page = _page(doc)
    text(page, A4[0] / 2, 72, "工程竣工验收报告", 17, bold=True, align="center")
    text(page, R, 96, f"编号：YS-{p.accepted_on.year}-{rng.randint(10, 99)}", 9.5, align="right")
    rows = [
        ["工程名称", p.name],
        ["工程地点", p.client.site],
        ["建设单位", p.client.name],
        ["施工单位", p.party_b],
        ["监理单位", p.supervisor],
        ["设计单位", p.designer],
        ["检测单位", p.tester],
        ["开工日期", ymd(p.start_on)],
        ["完工日期", ymd(p.finish_on)],
        ["竣工验收日期", ymd(p.accepted_on)],
    ]
    rects = table(page, L, 106, [96, W - 96], rows, size=10, row_h=24)
    y = rects[-1][0].y1 + 26
    text(page, L, y, "一、验收组织情况", 10.5, bold=True)
    y += 20
    y = para(
        page,
        L,
        y,
        f"{ymd_short(p.accepted_on)}，建设单位组织施工、监理、设计及检测单位组成竣工验收组，依据施工图纸、合同文件及"
        "《安全防范工程技术标准》（GB 50348-2018）、《视频安防监控系统工程设计规范》、《综合布线系统工程验收规范》（GB/T 50312-2016）"
        "对本工程进行了竣工验收。验收组听取了施工单位的工程竣工报告和监理单位的质量评估报告，查阅了工程技术资料，并对现场进行了抽查。",
        W,
    )
    text(page, L, y + 4, "二、工程质量评定", 10.5, bold=True)
    y += 24
    y = para(
        page,
        L,
        y,
        "前端设备安装牢固、点位与设计一致，图像清晰、录像存储时间不少于30天，传输链路及机房设备运行正常；检测单位出具的系统检测报告结论为合格；"
        "工程技术资料齐全。",
        W,
    )
    text(page, L, y + 4, "三、验收结论", 10.5, bold=True)
    y += 24
    y = para(
        page,
        L,
        y,
        "经验收组评定，该工程已按合同及设计文件完成全部施工内容，工程质量符合设计及规范要求，验收组一致同意通过竣工验收，质量等级：合格。",
        W,
    )
    text(page, R, y + 26, "验收组组长（签字）：", 10, align="right")
    scrawl(page, R - 60, y + 50, rng)
    text(page, R, y + 70, ymd(p.accepted_on), 10, align="right")
    _footer(page, "第 1 页  共 2 页")


def five_party_table(doc: pymupdf.Document, p: Project, rng: random.Random, single: bool = False) -> None:
    """竣工验收证书 / 五方签章表: each unit's opinion, its 项目负责人's signature and its own round seal."""
    page = _page(doc)
    title = "工程竣工验收证书" if single else "工程竣工验收五方签章表"
    text(page, A4[0] / 2, 70, title, 17, bold=True, align="center")
    y = 92.0
    if single:
        info = [
            ["工程名称", p.name],
            ["工程地点", p.client.site],
            ["开工日期", ymd(p.start_on) + "    完工日期：" + ymd(p.finish_on)],
            ["验收日期", ymd(p.accepted_on)],
            [
                "验收结论",
                "工程已按合同约定内容全部完成，经检测及现场检查，各系统运行正常，质量符合设计和规范要求，同意验收，验收合格。",
            ],
        ]
        rects = table(page, L, y, [80, W - 80], info, size=9.5, row_h=22)
        y = rects[-1][0].y1 + 10
    else:
        text(page, L, y + 14, f"工程名称：{p.name}", 10)
        y += 26
    units = [
        ("建设单位", p.client.name, "同意验收"),
        ("施工单位", p.party_b, "已按合同完成施工，同意验收"),
        ("监理单位", p.supervisor, "工程质量合格，同意验收"),
        ("设计单位", p.designer, "符合设计要求，同意验收"),
        ("检测单位", p.tester, "检测合格"),
    ]
    row_h = 104.0 if single else 120.0
    rows = [["单位", "单位名称", "验收意见", "项目负责人（签字）", "单位（公章）"]]
    for role, name, opinion in units:
        rows.append([role, name, opinion, "", ""])
    widths = [52, 118, 86, 82, W - 338]
    heights = [24.0] + [row_h] * 5
    rects = table(
        page,
        L,
        y,
        widths,
        rows,
        size=9,
        heights=heights,
        aligns=["center", "left", "left", "center", "center"],
        bold_rows=(0,),
    )
    for k, (_role, name, _op) in enumerate(units, start=1):
        cell = rects[k][4]
        seal(page, (cell.x0 + cell.x1) / 2, (cell.y0 + cell.y1) / 2 - 6, name, rng, r=36 if single else 39)
        text(page, (cell.x0 + cell.x1) / 2, cell.y1 - 6, ymd(p.accepted_on), 8, align="center")
        sign = rects[k][3]
        scrawl(page, sign.x0 + 12, (sign.y0 + sign.y1) / 2 + 4, rng, w=52)
    if not single:
        _footer(page, "第 2 页  共 2 页")


def settlement_report(doc: pymupdf.Document, p: Project, rng: random.Random) -> None:
    """工程竣工结算审核报告 (the cost firm's letter and its 审核汇总表)."""
    assert p.settlement is not None and p.settlement_on is not None
    page = _page(doc)
    text(page, A4[0] / 2, 76, "工程竣工结算审核报告", 17, bold=True, align="center")
    text(page, A4[0] / 2, 100, p.settlement_no, 10, align="center")
    y = 134.0
    text(page, L, y, f"{p.client.name}：", 10.5)
    y += 24
    cut = p.amount - p.settlement
    y = para(
        page,
        L,
        y,
        f"受贵单位委托，我公司对{p.name}竣工结算进行了审核。本次审核依据施工合同（合同编号：{p.contract_number}）、竣工图纸、"
        "设计变更及现场签证、《建设工程工程量清单计价标准》及新疆现行计价依据，对工程量、综合单价及费用计取进行了核对。现将审核结果报告如下：",
        W,
    )
    y += 4
    rows = [
        ["项目", "送审金额（元）", "审定金额（元）", "核减金额（元）"],
        [
            "分部分项及措施项目",
            fig(p.amount - p.provisional - p.specialist),
            fig(p.settlement - p.specialist),
            fig(cut - p.provisional),
        ],
        ["专业工程暂估价", fig(p.specialist), fig(p.specialist), "0.00"],
        ["暂列金额", fig(p.provisional), "0.00", fig(p.provisional)],
        ["合计", fig(p.amount), fig(p.settlement), fig(cut)],
    ]
    rects = table(
        page,
        L,
        y,
        [130, 107, 107, 107],
        rows,
        size=9.5,
        row_h=24,
        aligns=["left", "right", "right", "right"],
        bold_rows=(0, 4),
    )
    y = rects[-1][0].y1 + 24
    rate = (cut / p.amount * 100).quantize(Decimal("0.01"))
    y = para(
        page,
        L,
        y,
        f"审核结论：本工程送审金额为人民币{fig(p.amount)}元，审定金额为人民币{fig(p.settlement)}元"
        f"（大写：{capital(p.settlement)}），核减金额{fig(cut)}元，核减率{rate}%。核减主要原因为暂列金额未使用及部分工程量按实调整。",
        W,
    )
    y = para(page, L, y, "本审定金额经建设单位、施工单位确认无异议，作为办理工程价款结算的依据。", W)
    y += 30
    text(page, R - 30, y, p.settlement_firm, 10.5, align="right")
    seal(page, R - 110, y - 6, p.settlement_firm, rng, r=40)
    text(page, R - 30, y + 26, ymd(p.settlement_on), 10.5, align="right")
    text(page, L, y + 70, "审核人：", 10)
    scrawl(page, L + 48, y + 70, rng)
    text(page, L + 200, y + 70, "复核人：", 10)
    scrawl(page, L + 248, y + 70, rng)


# --- invoice ---------------------------------------------------------------------------------------


def vat_special_invoice(
    doc: pymupdf.Document, p: Project, inv: Invoice, buyer_code: str, firm: Firm, rng: random.Random
) -> None:
    """A paper 新疆增值税专用发票 (发票联) for 建筑服务 at 9 %, on an A4 scanner bed (upper half)."""
    page = _page(doc)
    x0, y0, x1 = 40.0, 60.0, 555.0
    brown = (0.45, 0.25, 0.1)
    text(page, (x0 + x1) / 2, y0 + 26, "新疆增值税专用发票", 19, brown, bold=True, align="center")
    rule(page, (210, y0 + 33), (385, y0 + 33), brown, 0.8)
    rule(page, (210, y0 + 36), (385, y0 + 36), brown, 0.8)
    text(page, (x0 + x1) / 2, y0 + 52, "发 票 联", 10, brown, align="center")
    page.draw_oval(pymupdf.Rect(262, y0 - 4, 333, y0 + 40), color=RED, width=1.0, stroke_opacity=0.7)
    text(page, 297, y0 + 6, "全国统一发票监制章", 5.5, RED, align="center")
    text(page, 297, y0 + 30, "国家税务总局新疆维吾尔自治区税务局", 3.6, RED, align="center")
    text(page, x0, y0 + 12, inv.code, 12)
    text(page, x1, y0 + 4, "No " + inv.number, 13, align="right")
    text(page, x1 - 120, y0 + 24, f"发票代码：{inv.code}", 8.5, brown)
    text(page, x1 - 120, y0 + 37, f"发票号码：{inv.number}", 8.5, brown)
    text(page, x1 - 120, y0 + 50, f"开票日期：{ymd(inv.issued_on)}", 8.5, brown)
    top = y0 + 60
    # buyer block
    rect(page, pymupdf.Rect(x0, top, x1, top + 318), brown, 0.8)
    rule(page, (x0, top + 62), (x1, top + 62), brown, 0.6)
    rule(page, (x0 + 22, top), (x0 + 22, top + 62), brown, 0.6)
    for k, ch in enumerate("购买方"):
        text(page, x0 + 6, top + 17 + 17 * k, ch, 9, brown)
    lines = [
        ("名        称：", p.client.name),
        ("纳税人识别号：", buyer_code),
        ("地 址、电 话：", f"{p.client.site} 0999-{rng.randint(3000000, 8999999)}"),
        (
            "开户行及账号：",
            "中国农业银行股份有限公司伊犁分行 " + str(rng.randint(30000000000000, 30999999999999)),
        ),
    ]
    for k, (lab, val) in enumerate(lines):
        text(page, x0 + 28, top + 14 + 14 * k, lab, 8, brown)
        text(page, x0 + 92, top + 14 + 14 * k, val, 8.5)
    rule(page, (x0 + 320, top), (x0 + 320, top + 62), brown, 0.6)
    for k, ch in enumerate("密码区"):
        text(page, x0 + 324, top + 17 + 17 * k, ch, 9, brown)
    for k in range(4):
        code = "".join(rng.choice("0123456789+-*/<>") for _ in range(27))
        text(page, x0 + 340, top + 14 + 14 * k, code, 8.2)
    # goods table
    gy = top + 62
    heads = [
        ("货物或应税劳务、服务名称", 0, 150),
        ("规格型号", 150, 205),
        ("单位", 205, 232),
        ("数量", 232, 262),
        ("单价", 262, 330),
        ("金额", 330, 410),
        ("税率", 410, 440),
        ("税额", 440, 515),
    ]
    for h, a, b in heads:
        text(page, x0 + (a + b) / 2, gy + 13, h, 8, brown, align="center")
        if a:
            rule(page, (x0 + a, gy), (x0 + a, gy + 150), brown, 0.5)
    text(page, x0 + 4, gy + 32, "*建筑服务*智能化安装工程服务", 8.3)
    text(page, x0 + 218, gy + 32, "项", 8.3, align="center")
    text(page, x0 + 258, gy + 32, "1", 8.3, align="right")
    text(page, x0 + 326, gy + 32, fig(inv.net).replace(",", ""), 8.3, align="right")
    text(page, x0 + 406, gy + 32, fig(inv.net).replace(",", ""), 8.3, align="right")
    text(page, x0 + 425, gy + 32, "9%", 8.3, align="center")
    text(page, x0 + 511, gy + 32, fig(inv.tax).replace(",", ""), 8.3, align="right")
    text(page, x0 + 40, gy + 142, "合        计", 9, brown)
    text(page, x0 + 406, gy + 142, "¥" + fig(inv.net).replace(",", ""), 8.5, align="right")
    text(page, x0 + 511, gy + 142, "¥" + fig(inv.tax).replace(",", ""), 8.5, align="right")
    ty = gy + 150
    rule(page, (x0, ty), (x1, ty), brown, 0.6)
    text(page, x0 + 20, ty + 16, "价税合计（大写）", 9, brown)
    text(page, x0 + 120, ty + 16, "ⓧ " + capital(inv.total), 9.5)
    text(page, x0 + 360, ty + 16, "（小写）", 9, brown)
    text(page, x0 + 400, ty + 16, "¥" + fig(inv.total).replace(",", ""), 10)
    sy = ty + 24
    rule(page, (x0, sy), (x1, sy), brown, 0.6)
    rule(page, (x0 + 22, sy), (x0 + 22, top + 318), brown, 0.6)
    for k, ch in enumerate("销售方"):
        text(page, x0 + 6, sy + 17 + 17 * k, ch, 9, brown)
    slines = [
        ("名        称：", p.party_b),
        ("纳税人识别号：", firm.credit_code if p.party_b == firm.name else sister_code(firm)),
        ("地 址、电 话：", f"{firm.address} {firm.phone}"),
        ("开户行及账号：", f"{firm.bank} {firm.account}"),
    ]
    for k, (lab, val) in enumerate(slines):
        text(page, x0 + 28, sy + 14 + 14 * k, lab, 8, brown)
        for piece in _cut(val, 7.6, 220)[:1]:
            text(page, x0 + 92, sy + 14 + 14 * k, piece, 7.6)
    rule(page, (x0 + 320, sy), (x0 + 320, top + 318), brown, 0.6)
    for k, ch in enumerate("备注"):
        text(page, x0 + 324, sy + 22 + 20 * k, ch, 9, brown)
    note = f"建筑服务发生地：{p.client.location.replace('新疆维吾尔自治区', '新疆')}；项目名称：{p.name}；{inv.stage}"
    ny = sy + 14
    for piece in _cut(note, 7.8, 160):
        text(page, x0 + 340, ny, piece, 7.8)
        ny += 11
    by = top + 318 + 16
    text(page, x0 + 10, by, "收款人：", 8.5, brown)
    text(page, x0 + 50, by, "财务", 8.5)
    text(page, x0 + 140, by, "复核：", 8.5, brown)
    text(page, x0 + 260, by, "开票人：", 8.5, brown)
    text(page, x0 + 380, by, "销售方：（章）", 8.5, brown)
    oval_seal(page, x0 + 452, top + 318 + 4, p.party_b, slines[1][1], rng)


# --- licence -----------------------------------------------------------------------------------------


def licence(doc: pymupdf.Document, firm: Firm, rng: random.Random, issued: dt.date) -> None:
    """营业执照（副本）, vertical, 三证合一 with a QR code."""
    page = _page(doc)
    page.draw_rect(pymupdf.Rect(30, 30, A4[0] - 30, A4[1] - 30), color=(0.55, 0.35, 0.2), width=6)
    page.draw_rect(pymupdf.Rect(40, 40, A4[0] - 40, A4[1] - 40), color=(0.55, 0.35, 0.2), width=1)
    page.draw_circle((A4[0] / 2, 100), 26, color=RED, fill=(0.9, 0.75, 0.3), width=1)
    text(page, A4[0] / 2, 176, "营 业 执 照", 30, bold=True, align="center")
    text(page, A4[0] / 2, 206, "（副        本）", 13, align="center")
    text(page, 70, 246, "统一社会信用代码", 10)
    text(page, 70, 264, firm.credit_code, 12.5)
    text(page, A4[0] / 2 + 40, 250, "副本编号：1-1", 9)
    qr(
        page,
        pymupdf.Rect(430, 225, 510, 305),
        f"http://www.gsxt.gov.cn/index.html?uniscid={firm.credit_code}",
    )
    text(page, 425, 318, "扫描二维码登录“国家企业", 6.5)
    text(page, 425, 327, "信用信息公示系统”了解更多", 6.5)
    text(page, 425, 336, "登记、备案、许可、监管信息", 6.5)
    y = 370.0
    cap_wan = int(firm.capital / 10000)
    fields = [
        ("名        称", firm.name),
        ("类        型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", firm.legal_rep),
        ("注 册 资 本", _wan_words(cap_wan)),
        ("成 立 日 期", ymd(firm.established)),
        ("营 业 期 限", "长期"),
        ("住        所", firm.address),
        (
            "经 营 范 围",
            "一般项目：信息系统集成服务；安全技术防范系统设计施工服务；建筑智能化工程施工；计算机软硬件及辅助设备零售；"
            "网络设备销售；安防设备销售；信息技术咨询服务；软件开发。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
        ),
    ]
    for lab, val in fields:
        text(page, 80, y, lab, 11)
        lines = _cut(val, 11, 300)
        for piece in lines:
            text(page, 180, y, piece, 11)
            y += 19
        y += 11
    text(page, 360, 722, "登 记 机 关", 12)
    seal(page, 430, 724, firm.place.registry, rng, r=46)
    text(page, 390, 772, cn_date(issued), 11)
    text(page, A4[0] / 2, 790, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8, align="center")
    text(page, A4[0] / 2, 802, "国家市场监督管理总局监制", 8, align="center")


def _wan_words(wan: int) -> str:
    """伍佰万元整 / 壹仟贰佰万元整 (registered capital in 万元)."""
    words = capital(Decimal(wan))
    return "人民币" + words.replace("元整", "万元整")


# --- audit -------------------------------------------------------------------------------------------


def audit_pages(doc: pymupdf.Document, firm: Firm, a: dict[str, object], rng: random.Random) -> None:
    """审计报告 (2 pages), 合并及母公司资产负债表, 合并及母公司利润表, 附注 excerpt; all in 元."""
    firm_name = str(a["firm"])
    number = str(a["number"])
    qualified = bool(a["qualified"])
    date = a["date"]
    assert isinstance(date, dt.date)
    subsidiary = str(a["subsidiary"])
    # page 1
    page = _page(doc)
    text(page, A4[0] / 2, 80, "审 计 报 告", 18, bold=True, align="center")
    text(page, R, 108, number, 10, align="right")
    y = 140.0
    text(page, L, y, f"{firm.name}全体股东：", 10.5)
    y += 26
    head = "一、保留意见" if qualified else "一、审计意见"
    text(page, L, y, head, 10.5, bold=True)
    y += 20
    y = para(
        page,
        L,
        y,
        f"我们审计了{firm.name}（以下简称“贵公司”）财务报表，包括2024年12月31日的合并及母公司资产负债表，2024年度的合并及母公司利润表、"
        "合并及母公司现金流量表、合并及母公司所有者权益变动表以及相关财务报表附注。",
        W,
    )
    if qualified:
        y = para(
            page,
            L,
            y,
            "我们认为，除“形成保留意见的基础”部分所述事项可能产生的影响外，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
            "公允反映了贵公司2024年12月31日的合并及母公司财务状况以及2024年度的合并及母公司经营成果和现金流量。",
            W,
        )
        text(page, L, y + 4, "二、形成保留意见的基础", 10.5, bold=True)
        y += 24
        y = para(
            page,
            L,
            y,
            f"截至2024年12月31日，贵公司应收账款中账龄超过三年的款项余额为{fig(Decimal(str(a['overdue'])))}元，贵公司未对其计提坏账准备，"
            "我们无法获取充分、适当的审计证据以确定上述款项的可收回金额，因此无法确定是否有必要对其作出调整。",
            W,
        )
        y = para(
            page,
            L,
            y,
            "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"
            "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表保留意见提供了基础。",
            W,
        )
    else:
        y = para(
            page,
            L,
            y,
            "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2024年12月31日的合并及母公司财务状况以及"
            "2024年度的合并及母公司经营成果和现金流量。",
            W,
        )
        text(page, L, y + 4, "二、形成审计意见的基础", 10.5, bold=True)
        y += 24
        y = para(
            page,
            L,
            y,
            "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"
            "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
            W,
        )
    text(page, L, y + 4, "三、管理层和治理层对财务报表的责任", 10.5, bold=True)
    y += 24
    y = para(
        page,
        L,
        y,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。"
        "在编制财务报表时，管理层负责评估贵公司的持续经营能力，披露与持续经营相关的事项，并运用持续经营假设。",
        W,
    )
    _footer(page, "第 1 页")
    # page 2
    page = _page(doc)
    y = 80.0
    text(page, L, y, "四、注册会计师对财务报表审计的责任", 10.5, bold=True)
    y += 22
    y = para(
        page,
        L,
        y,
        "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。合理保证是高水平的保证，"
        "但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。错报可能由于舞弊或错误导致，如果合理预期错报单独或汇总起来可能影响财务报表使用者"
        "依据财务报表作出的经济决策，则通常认为错报是重大的。在按照审计准则执行审计工作的过程中，我们运用职业判断，并保持职业怀疑。",
        W,
    )
    y += 50
    text(page, L, y, firm_name, 10.5)
    text(page, R - 150, y, "中国注册会计师：", 10.5)
    seal(page, L + 90, y + 10, firm_name, rng, r=44)
    cpas = a["cpas"]
    assert isinstance(cpas, list)
    square_seal(
        page, R - 80, y - 20, ["中国注册会计师", str(cpas[0]), f"650{rng.randint(100000000, 999999999)}"]
    )
    scrawl(page, R - 150, y + 30, rng)
    y += 80
    text(page, R - 150, y, "中国注册会计师：", 10.5)
    square_seal(
        page, R - 80, y - 20, ["中国注册会计师", str(cpas[1]), f"650{rng.randint(100000000, 999999999)}"]
    )
    scrawl(page, R - 150, y + 30, rng)
    y += 80
    text(page, L, y, "中国·伊宁", 10.5)
    text(page, R - 150, y, ymd_short(date), 10.5)
    _footer(page, "第 2 页")
    # balance sheet
    bs = a["bs"]
    assert isinstance(bs, list)
    page = _page(doc)
    text(page, A4[0] / 2, 62, "合并及母公司资产负债表", 14, bold=True, align="center")
    text(page, L - 30, 84, f"编制单位：{firm.name}", 8.5)
    text(page, A4[0] / 2 + 40, 84, "2024年12月31日", 8.5, align="center")
    text(page, R + 30, 84, "单位：元", 8.5, align="right")
    rows = [
        ["项目", "期末余额（合并）", "期末余额（母公司）", "上年年末余额（合并）", "上年年末余额（母公司）"]
    ]
    bold = [0]
    for label, vals in bs:
        rows.append([label, *[fig(v) if v is not None else "" for v in vals]])
        if label.endswith("合计") or label.endswith("总计"):
            bold.append(len(rows) - 1)
    table(
        page,
        L - 30,
        92,
        [120, 95, 95, 95, 96],
        rows,
        size=7.6,
        row_h=19.5,
        aligns=["left", "right", "right", "right", "right"],
        bold_rows=bold,
    )
    text(
        page,
        L - 30,
        812,
        f"法定代表人：{firm.legal_rep}      主管会计工作负责人：{a['cfo']}      会计机构负责人：{a['cfo']}",
        8,
    )
    # income statement
    inc = a["inc"]
    assert isinstance(inc, list)
    page = _page(doc)
    text(page, A4[0] / 2, 62, "合并及母公司利润表", 14, bold=True, align="center")
    text(page, L - 30, 84, f"编制单位：{firm.name}", 8.5)
    text(page, A4[0] / 2 + 40, 84, "2024年度", 8.5, align="center")
    text(page, R + 30, 84, "单位：元", 8.5, align="right")
    rows = [["项目", "本期金额（合并）", "本期金额（母公司）", "上期金额（合并）", "上期金额（母公司）"]]
    bold = [0]
    for label, vals in inc:
        rows.append([label, *[fig(v) if v is not None else "" for v in vals]])
        if label[:2] in ("一、", "二、", "三、", "四、"):
            bold.append(len(rows) - 1)
    table(
        page,
        L - 30,
        92,
        [140, 90, 90, 90, 91],
        rows,
        size=8,
        row_h=22,
        aligns=["left", "right", "right", "right", "right"],
        bold_rows=bold,
    )
    text(
        page,
        L - 30,
        812,
        f"法定代表人：{firm.legal_rep}      主管会计工作负责人：{a['cfo']}      会计机构负责人：{a['cfo']}",
        8,
    )
    # notes
    page = _page(doc)
    text(page, A4[0] / 2, 66, "财务报表附注（节选）", 14, bold=True, align="center")
    y = 96.0
    text(page, L, y, "一、公司基本情况", 10.5, bold=True)
    y += 20
    y = para(
        page,
        L,
        y,
        f"{firm.name}（以下简称“本公司”）成立于{ymd_short(firm.established)}，统一社会信用代码{firm.credit_code}，注册资本人民币{int(firm.capital / 10000)}万元，"
        f"法定代表人{firm.legal_rep}。本公司主要从事信息系统集成、安全技术防范及建筑智能化工程。合并财务报表范围包括本公司及全资子公司{subsidiary}。",
        W,
        size=9.5,
    )
    text(page, L, y + 4, "五、合并财务报表项目注释", 10.5, bold=True)
    y += 22
    text(page, L, y, "（二十六）营业收入和营业成本", 9.5)
    y += 8
    rc = a["rev_c"]
    assert isinstance(rc, list)
    rows = [["项目", "本期收入", "本期成本", "上期收入", "上期成本"]] + [
        [r[0], *[fig(v) for v in r[1:]]] for r in rc
    ]
    rects = table(
        page,
        L,
        y,
        [110, 86, 86, 85, 84],
        rows,
        size=8.3,
        row_h=19,
        aligns=["left", "right", "right", "right", "right"],
        bold_rows=(0, len(rows) - 1),
    )
    y = rects[-1][0].y1 + 24
    text(page, L, y, "十五、母公司财务报表主要项目注释", 10.5, bold=True)
    y += 18
    text(page, L, y, "（四）营业收入和营业成本", 9.5)
    y += 8
    rp = a["rev_p"]
    assert isinstance(rp, list)
    rows = [["项目", "本期收入", "本期成本", "上期收入", "上期成本"]] + [
        [r[0], *[fig(v) for v in r[1:]]] for r in rp
    ]
    table(
        page,
        L,
        y,
        [110, 86, 86, 85, 84],
        rows,
        size=8.3,
        row_h=19,
        aligns=["left", "right", "right", "right", "right"],
        bold_rows=(0, len(rows) - 1),
    )
    _footer(page, "第 9 页")
