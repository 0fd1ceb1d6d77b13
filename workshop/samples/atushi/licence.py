"""Business licences as firms hold them: 三证合一 副本 horizontal and vertical, the 电子营业执照 on a
phone, a 国家企业信用信息公示系统 page printed from a browser, and an accounting firm's 执业证书.

One ``Registration`` is drawn in every form; ``truth_fields`` says what each form prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from .numerals import capital, cn_date
from .sheet import BLACK, GREY, RED, Sheet, text_width, wrap

WHITE = (1.0, 1.0, 1.0)


@dataclass(frozen=True)
class Registration:
    """What the registry holds for one company (the declaring firm or an audit firm)."""

    name: str
    credit_code: str
    kind: str
    head_label: str
    head: str
    capital_label: str
    capital_yuan: Decimal
    established: dt.date
    term_end: dt.date | None
    address_label: str
    address: str
    scope: str
    authority: str
    issued: dt.date
    number: str

    def capital_text(self, style: str) -> str:
        """The capital as licences print it: capital numerals, or 万元 with the currency."""
        if style == "numerals":
            return capital(self.capital_yuan)
        if style == "wan":
            return f"{self.capital_yuan / 10000:.0f}万元人民币"
        return f"{capital(self.capital_yuan).removesuffix('整')}（人民币）"

    def term_text(self) -> str:
        end = "长期" if self.term_end is None else cn_date(self.term_end, pad=True)
        return f"{cn_date(self.established, pad=True)} 至 {end}"

    def qr_payload(self) -> str:
        return f"http://www.gsxt.gov.cn/index.html?uniscid={self.credit_code}&regno={self.number}"

    def truth_fields(self, scope: bool = True) -> dict[str, str]:
        fields = {
            "company_name": self.name,
            "credit_code": self.credit_code,
            "legal_representative": self.head,
            "registered_capital": f"{self.capital_yuan:.2f}",
            "company_type": self.kind,
            "established_on": self.established.isoformat(),
            "valid_until": "长期" if self.term_end is None else self.term_end.isoformat(),
            "address": self.address,
        }
        if scope:
            fields["business_scope"] = self.scope
        return fields


def _wrapped(sheet: Sheet, x: float, y: float, width: float, text: str, size: float, leading: float) -> float:
    for line in wrap(text, width, size, indent=0):
        sheet.text(x, y, line, size)
        y += size * leading
    return y


def _footer(sheet: Sheet, y: float, x0: float, x1: float, narrow: bool = False) -> None:
    note = "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告"
    sheet.text(x0, y, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 7.5, color=GREY)
    if narrow:
        sheet.text((x0 + x1) / 2 - text_width(note, 7.5) / 2, y - 12, note, 7.5, color=GREY)
    else:
        sheet.text((x0 + x1) / 2 - text_width(note, 7.5) / 2 + 40, y, note, 7.5, color=GREY)
    sheet.text(
        x1 - text_width("国家市场监督管理总局监制", 7.5), y, "国家市场监督管理总局监制", 7.5, color=GREY
    )


def horizontal(sheet: Sheet, reg: Registration, capital_style: str, copy_label: str = "（副 本）") -> None:
    """The landscape 三证合一 licence (842 × 595)."""
    w, h = sheet.width, sheet.height
    sheet.wave_border((30, 30, w - 30, h - 45))
    sheet.text(80, 78, f"编号：{reg.number}", 8.5)
    sheet.spaced(80, 100, "统一社会信用代码", 118, 11)
    sheet.text(80, 120, reg.credit_code, 12, font="tiro")
    title = "营 业 执 照"
    sheet.text((w - text_width(title, 40)) / 2, 132, title, 40, bold=True, record=False)
    sheet.lines.append("营业执照")
    sheet.text((w - text_width(copy_label, 15)) / 2, 160, copy_label, 15)
    sheet.qr(650, 70, 72, reg.qr_payload())
    _wrapped(
        sheet,
        728,
        82,
        70,
        "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。",
        6.5,
        1.4,
    )
    rows_left = (("名称", reg.name), ("类型", reg.kind), (reg.head_label, reg.head))
    y = 235
    for label, value in rows_left:
        sheet.spaced(80, y, label, 60, 12, bold=True)
        sheet.text(160, y, value, 11)
        y += 36
    sheet.spaced(80, y, "经营范围", 60, 12, bold=True)
    _wrapped(sheet, 160, y, 270, reg.scope, 9, 1.55)
    rows_right = (
        (reg.capital_label, reg.capital_text(capital_style)),
        ("成立日期", cn_date(reg.established, pad=True)),
        ("营业期限", reg.term_text()),
    )
    y = 235
    for label, value in rows_right:
        sheet.spaced(470, y, label, 60, 12, bold=True)
        sheet.text(548, y, value, 11)
        y += 36
    sheet.spaced(470, y, reg.address_label, 60, 12, bold=True)
    _wrapped(sheet, 548, y, 240, reg.address, 10.5, 1.5)
    sheet.spaced(600, 478, "登记机关", 70, 13)
    sheet.round_seal(720, 478, 48, reg.authority)
    sheet.text(
        668, 520, f"{reg.issued.year}年  {reg.issued.month:02d}月  {reg.issued.day:02d}日", 11, record=False
    )
    sheet.lines.append(cn_date(reg.issued, pad=True))
    _footer(sheet, h - 28, 40, w - 40)


def vertical(sheet: Sheet, reg: Registration, capital_style: str, copy_label: str = "（副 本）") -> None:
    """The portrait 三证合一 licence (595 × 842)."""
    w, h = sheet.width, sheet.height
    sheet.wave_border((28, 28, w - 28, h - 50))
    sheet.text(70, 80, f"编号：{reg.number}", 8.5)
    title = "营 业 执 照"
    sheet.text((w - text_width(title, 38)) / 2, 150, title, 38, bold=True, record=False)
    sheet.lines.append("营业执照")
    sheet.text((w - text_width(copy_label, 14)) / 2, 178, copy_label, 14)
    sheet.spaced(70, 215, "统一社会信用代码", 112, 10.5)
    sheet.text(70, 234, reg.credit_code, 12, font="tiro")
    sheet.qr(448, 190, 70, reg.qr_payload())
    rows = (
        ("名称", reg.name),
        ("类型", reg.kind),
        (reg.address_label, reg.address),
        (reg.head_label, reg.head),
        (reg.capital_label, reg.capital_text(capital_style)),
        ("成立日期", cn_date(reg.established, pad=True)),
        ("营业期限", reg.term_text()),
    )
    y = 290.0
    for label, value in rows:
        sheet.spaced(70, y, label, 66, 12, bold=True)
        y = _wrapped(sheet, 160, y, 360, value, 11, 1.5) + 16
    sheet.spaced(70, y, "经营范围", 66, 12, bold=True)
    _wrapped(sheet, 160, y, 360, reg.scope, 9.5, 1.6)
    sheet.spaced(330, h - 150, "登记机关", 70, 13)
    sheet.round_seal(450, h - 150, 48, reg.authority)
    sheet.text(
        390,
        h - 105,
        f"{reg.issued.year}年  {reg.issued.month:02d}月  {reg.issued.day:02d}日",
        11,
        record=False,
    )
    sheet.lines.append(cn_date(reg.issued, pad=True))
    _footer(sheet, h - 32, 36, w - 36, narrow=True)


def electronic(sheet: Sheet, reg: Registration, shown_at: dt.datetime) -> None:
    """The 电子营业执照 mini-program as a phone shows it (360 × 780 points)."""
    w = sheet.width
    sheet.text(18, 16, shown_at.strftime("%H:%M"), 9, font="helv", record=False)
    sheet.text(w - 70, 16, "5G  86%", 8, font="helv", record=False)
    sheet.center(48, "电子营业执照", 13)
    sheet.text(16, 48, "<", 14, font="helv", record=False)
    sheet.text(w - 34, 48, "···", 12, font="helv", record=False)
    sheet.box((0, 62, w, 200), color=(0.75, 0.08, 0.08), fill=(0.75, 0.08, 0.08))
    sheet.page.draw_circle((w / 2, 100), 22, color=(0.98, 0.8, 0.2), fill=(0.98, 0.8, 0.2))
    sheet.text((w - text_width("营业执照", 26)) / 2, 160, "营业执照", 26, color=WHITE, bold=True)
    sheet.text((w - text_width("（电子）", 11)) / 2, 183, "（电子）", 11, color=WHITE)
    rows = (
        ("统一社会信用代码", reg.credit_code),
        ("名称", reg.name),
        ("类型", reg.kind),
        (reg.head_label, reg.head),
        (reg.capital_label, reg.capital_text("numerals")),
        ("成立日期", cn_date(reg.established, pad=True)),
        ("营业期限", reg.term_text()),
        (reg.address_label, reg.address),
        ("登记机关", reg.authority),
    )
    y = 225.0
    for label, value in rows:
        sheet.text(18, y, label, 9, color=GREY)
        y = _wrapped(sheet, 108, y, w - 126, value, 9.5, 1.45) + 9
        sheet.rule(18, y - 5, w - 18, y - 5, 0.3, (0.85, 0.85, 0.85))
    sheet.qr(w / 2 - 55, y + 6, 110, reg.qr_payload())
    sheet.center(y + 132, "请使用国家政务服务平台或电子营业执照小程序扫码核验", 7.5)
    sheet.center(y + 148, f"展示时间：{shown_at:%Y-%m-%d %H:%M:%S}", 7.5)
    by = y + 168
    for i, label in enumerate(("亮照", "下载", "验照")):
        x = 30 + i * 105
        sheet.box((x, by, x + 90, by + 30), color=(0.75, 0.08, 0.08))
        sheet.text(x + 45 - text_width(label, 11) / 2, by + 20, label, 11, color=(0.75, 0.08, 0.08))


def gsxt_printout(
    sheet: Sheet, reg: Registration, printed_at: dt.datetime, status: str = "存续（在营、开业、在册）"
) -> None:
    """A 国家企业信用信息公示系统 base-information page printed from a browser (A4 portrait)."""
    w, h = sheet.width, sheet.height
    sheet.text(28, 22, f"{printed_at:%Y/%m/%d} {printed_at:%H:%M}", 7.5, font="helv")
    sheet.center(22, "国家企业信用信息公示系统", 7.5)
    sheet.box((28, 36, w - 28, 78), color=(0.1, 0.3, 0.6), fill=(0.1, 0.3, 0.6))
    sheet.text(44, 63, "国家企业信用信息公示系统", 16, color=WHITE)
    sheet.text(
        w - 190, 62, "National Enterprise Credit Information", 7, font="helv", color=WHITE, record=False
    )
    sheet.text(44, 112, reg.name, 15, bold=True)
    sheet.box((44, 122, 44 + text_width(status, 8.5) + 10, 138), color=(0.1, 0.55, 0.2))
    sheet.text(49, 134, status, 8.5, color=(0.1, 0.55, 0.2))
    sheet.text(44, 158, f"统一社会信用代码：{reg.credit_code}", 9.5)
    sheet.text(300, 158, f"{reg.head_label}：{reg.head}", 9.5)
    tabs = "基础信息  |  行政许可信息  |  行政处罚信息  |  列入经营异常名录信息  |  列入严重违法失信名单（黑名单）信息"
    sheet.text(44, 186, tabs, 8, color=GREY)
    sheet.rule(44, 194, w - 44, 194, 1.2, (0.1, 0.3, 0.6))
    sheet.text(44, 216, "营业执照信息", 11, bold=True)
    wan_cap = f"{reg.capital_yuan / 10000:.6f}万人民币"
    pairs = (
        ("统一社会信用代码", reg.credit_code, "企业名称", reg.name),
        ("类型", reg.kind, reg.head_label, reg.head),
        (reg.capital_label, wan_cap, "成立日期", cn_date(reg.established, pad=True)),
        (
            "营业期限自",
            cn_date(reg.established, pad=True),
            "营业期限至",
            "长期" if reg.term_end is None else cn_date(reg.term_end, pad=True),
        ),
        ("登记机关", reg.authority, "核准日期", cn_date(reg.issued, pad=True)),
        ("登记状态", status.split("（")[0], "", ""),
    )
    y = 230
    x = (44, 130, 300, 380, w - 44)
    for a, b, c, d in pairs:
        sheet.box((x[0], y, x[4], y + 26), color=(0.8, 0.8, 0.8), width=0.4)
        sheet.text(x[0] + 4, y + 17, a, 8.5, color=GREY)
        bw = x[2] - x[1] - 6
        size = 8.5 if text_width(b, 8.5) <= bw else 8.5 * bw / text_width(b, 8.5)
        sheet.text(x[1] + 2, y + 17, b, size)
        sheet.text(x[2] + 4, y + 17, c, 8.5, color=GREY)
        dw = x[4] - x[3] - 6
        size = 8.5 if text_width(d, 8.5) <= dw else 8.5 * dw / text_width(d, 8.5)
        sheet.text(x[3] + 2, y + 17, d, size)
        y += 26
    for label, value in ((reg.address_label, reg.address), ("经营范围", reg.scope)):
        lines = wrap(value, x[4] - x[1] - 8, 8.5, indent=0)
        box_h = max(26, 14 * len(lines) + 10)
        sheet.box((x[0], y, x[4], y + box_h), color=(0.8, 0.8, 0.8), width=0.4)
        sheet.text(x[0] + 4, y + 17, label, 8.5, color=GREY)
        yy = y + 17
        for line in lines:
            sheet.text(x[1] + 2, yy, line, 8.5)
            yy += 14
        y += box_h
    sheet.text(44, y + 30, "主要人员信息  |  分支机构信息  |  清算信息  |  动产抵押登记信息", 8, color=GREY)
    sheet.text(
        28, h - 18, f"https://www.gsxt.gov.cn/{reg.credit_code.lower()}-corp-basic-info.html", 7, font="helv"
    )
    sheet.text(w - 50, h - 18, "1/1", 7.5, font="helv")


def practice_certificate(
    sheet: Sheet,
    name: str,
    partner: str,
    address: str,
    form: str,
    number: str,
    approval: str,
    approved_on: str,
    issued: dt.date,
) -> None:
    """会计师事务所执业证书 (A4 portrait)."""
    w = sheet.width
    sheet.wave_border((34, 34, w - 34, sheet.height - 40), color=(0.35, 0.45, 0.6), bands=2)
    sheet.center(130, "会计师事务所", 26, bold=True)
    sheet.center(175, "执 业 证 书", 30, bold=True)
    rows = (
        ("名称", name),
        ("首席合伙人", partner),
        ("主任会计师", partner),
        ("经营场所", address),
        ("组织形式", form),
        ("执业证书编号", number),
        ("批准执业文号", approval),
        ("批准执业日期", approved_on),
    )
    y = 250.0
    for label, value in rows:
        sheet.text(80, y, f"{label}：", 11.5)
        y = _wrapped(sheet, 190, y, 330, value, 11.5, 1.5) + 14
    notes = (
        "说  明",
        "1.《会计师事务所执业证书》是证明持有人经财政部门依法审批，准予执行注册会计师法定业务的凭证。",
        "2.《会计师事务所执业证书》记载事项发生变动的，应当向财政部门申请换发。",
        "3.《会计师事务所执业证书》不得伪造、涂改、出租、出借、转让。",
        "4.会计师事务所终止或执业许可注销的，应当向财政部门交回《会计师事务所执业证书》。",
    )
    y += 10
    for line in notes:
        y = _wrapped(sheet, 80, y, 430, line, 9, 1.5) + 4
    sheet.text(300, 740, "发证机关：新疆维吾尔自治区财政厅", 11)
    sheet.round_seal(420, 730, 44, "新疆维吾尔自治区财政厅")
    sheet.text(340, 772, cn_date(issued), 11)
    sheet.center(sheet.height - 52, "中华人民共和国财政部制", 9)


def copy_marks(sheet: Sheet, company: str, signer: str, purpose: str, x: float, y: float) -> None:
    """What an enterprise puts on a photocopy: 与原件一致, a use-only stamp, its seal and a signature."""
    sheet.rect_seal(x, y, ["与原件一致"], 13)
    sheet.rect_seal(x - 10, y + 40, [purpose, "他用无效"], 9, color=(0.15, 0.25, 0.6))
    sheet.round_seal(x + 70, y + 20, 46, company, "")
    sheet.signature(x - 60, y + 10, signer, 18)


__all__ = [
    "BLACK",
    "RED",
    "Registration",
    "copy_marks",
    "electronic",
    "gsxt_printout",
    "horizontal",
    "practice_certificate",
    "vertical",
]
