"""Business licences as Hami enterprises upload them.

- ``old_license``: the pre-2016 企业法人营业执照 (副本), landscape, with a 15-digit 注册号 and
  its 组织机构代码证 on a separate certificate (``org_code_certificate``);
- ``vertical_license``: the 三证合一 营业执照 (portrait), credit code under the title;
- ``horizontal_license``: the current landscape 营业执照 (副本) with the credit code top left,
  the QR code top right and two columns of fields; optionally a 仅供年检使用 watermark.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from decimal import Decimal

import pymupdf

from jianzheng.models.document import DocType

from .binder import Paper
from .canvas import RED, Sheet, seal_png
from .numerals import capital, cn_date
from .world import Firm

GOLD = (0.62, 0.45, 0.12)
BROWN = (0.36, 0.26, 0.12)

SCOPES = (
    "计算机信息系统集成服务；软件开发；信息技术咨询服务；数据处理和存储支持服务；计算机及办公设备维修；"
    "安全技术防范系统设计施工服务；建筑智能化工程施工；计算机软硬件及辅助设备零售。"
    "（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
    "许可项目：建设工程施工；第一类增值电信业务。一般项目：信息系统集成服务；信息技术咨询服务；"
    "网络技术服务；软件开发；智能控制系统集成；数字视频监控系统销售；计算机软硬件及外围设备制造；"
    "信息安全设备销售；通讯设备销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
    "计算机网络工程、综合布线、安防监控工程的设计与施工；计算机软件开发与销售；电子产品、办公设备的销售及维修；"
    "信息技术服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
)


def capital_text(amount: Decimal, rng: random.Random) -> str:
    """The registered capital as licences print it."""
    wan = int(amount / 10000)
    return rng.choice((f"人民币{capital(amount)}", capital(amount), f"{wan}万元人民币", f"人民币{wan}万元"))


def _border(s: Sheet, inset: float, rng: random.Random, color: tuple[float, float, float]) -> None:
    """The double frame with a chain of small lozenges between the lines."""
    x0, y0, x1, y1 = inset, inset, s.width - inset, s.height - inset
    s.box(x0, y0, x1, y1, w=1.6, color=color)
    s.box(x0 + 9, y0 + 9, x1 - 9, y1 - 9, w=0.8, color=color)
    step = 9.0
    for edge in range(4):
        if edge in (0, 1):
            n = int((x1 - x0) / step)
            xs = [x0 + (k + 0.5) * step for k in range(n)]
            y = y0 + 4.5 if edge == 0 else y1 - 4.5
            pts = [(x, y) for x in xs]
        else:
            n = int((y1 - y0) / step)
            ys = [y0 + (k + 0.5) * step for k in range(n)]
            x = x0 + 4.5 if edge == 2 else x1 - 4.5
            pts = [(x, y) for y in ys]
        for px, py in pts:
            q = pymupdf.Quad((px - 2.6, py), (px, py - 2.6), (px, py + 2.6), (px + 2.6, py))
            s.page.draw_quad(q, color=color, width=0.5)


def _emblem(s: Sheet, cx: float, cy: float, r: float) -> None:
    """A plain stand-in for the national emblem: a gold ring, a red disc and five stars."""
    s.page.draw_circle((cx, cy), r, color=GOLD, fill=(0.93, 0.75, 0.25), width=1)
    s.page.draw_circle((cx, cy), r * 0.8, color=RED, fill=RED, width=0.5)
    for k, (dx, dy, sr) in enumerate(
        ((0, -0.38, 0.22), (-0.36, -0.18, 0.09), (-0.2, 0.02, 0.09), (0.2, 0.02, 0.09), (0.36, -0.18, 0.09))
    ):
        _star(s, cx + dx * r, cy + dy * r, sr * r, (1.0, 0.86, 0.2))
        del k
    s.page.draw_rect(
        pymupdf.Rect(cx - r * 0.45, cy + r * 0.22, cx + r * 0.45, cy + r * 0.5),
        color=(1.0, 0.86, 0.2),
        fill=(1.0, 0.86, 0.2),
    )


def _star(s: Sheet, cx: float, cy: float, r: float, color: tuple[float, float, float]) -> None:
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.4
        a = math.radians(-90 + 36 * k)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    pts.append(pts[0])
    s.page.draw_polyline(pts, color=color, fill=color, width=0.3)


def _authority_seal(s: Sheet, cx: float, cy: float, name: str, rng: random.Random) -> None:
    s.seal(cx, cy, seal_png(name, rng, dpi=200), 112)


def _fields_common(firm: Firm, valid_until: str) -> dict[str, object]:
    return {
        "company_name": firm.name,
        "legal_representative": firm.legal_rep,
        "registered_capital": f"{firm.capital:.2f}",
        "company_type": firm.kind,
        "established_on": firm.established.isoformat(),
        "valid_until": valid_until,
        "address": firm.address,
    }


def old_license(firm: Firm, issued: dt.date, term_years: int, rng: random.Random) -> Paper:
    """企业法人营业执照（副本）, landscape, 注册号 top right, 营业期限 with an end date."""
    doc = pymupdf.open()
    s = Sheet.new(doc, (842, 595))
    _border(s, 22, rng, BROWN)
    _emblem(s, 421, 72, 30)
    s.center(150, "企业法人营业执照", 44, bold=True, color=BROWN)
    s.center(178, "（副　本）", 14, color=BROWN)
    s.text(560, 200, "注册号", 11)
    s.text(602, 200, firm.reg_no, 11)
    s.text(560, 216, f"副本编号：{rng.randint(1, 3)}-{rng.randint(1, 2)}", 8)
    end = dt.date(
        firm.established.year + term_years, firm.established.month, firm.established.day
    ) - dt.timedelta(days=1)
    left = [
        ("名称", firm.name),
        ("住所", firm.address),
        ("法定代表人姓名", firm.legal_rep),
        ("注册资本", capital_text(firm.capital, rng)),
        ("实收资本", capital_text(firm.capital, rng)),
        ("公司类型", firm.kind),
    ]
    y = 250.0
    for label, value in left:
        if len(label) <= 4:
            s.spread(90, 196, y, label, 13)
        else:
            s.text(90, y, label, 13)
        s.text(212, y, value, 11)
        y += 27
    s.spread(90, 196, y, "经营范围", 13)
    y = s.para(212, y, 520, rng.choice(SCOPES), 9.5, leading=1.5)
    y = max(y + 6, 470)
    s.spread(90, 196, y, "成立日期", 13)
    s.text(212, y, cn_date(firm.established, "ymd0"), 11)
    s.spread(90, 196, y + 27, "营业期限", 13)
    s.text(212, y + 27, f"{cn_date(firm.established, 'ymd0')}至{cn_date(end, 'ymd0')}", 11)
    s.text(585, 498, "登记机关", 12)
    s.text(560, 540, cn_date(issued, "hanzi"), 11)
    _authority_seal(s, 640, 505, "哈密地区工商行政管理局", rng)
    s.text(60, 558, "每年3月1日至6月30日参加年度检验", 7)
    s.right(780, 558, "中华人民共和国国家工商行政管理总局监制", 7)
    fields = _fields_common(firm, end.isoformat())
    return Paper(DocType.business_license, doc, [s], fields, note="old licence")


def org_code_certificate(firm: Firm, issued: dt.date, rng: random.Random) -> Paper:
    """中华人民共和国组织机构代码证（副本）: an 'other' paper on an older filing."""
    doc = pymupdf.open()
    s = Sheet.new(doc, (842, 595))
    _border(s, 22, rng, (0.15, 0.3, 0.55))
    _emblem(s, 421, 70, 26)
    s.center(140, "中华人民共和国", 20, bold=True)
    s.center(180, "组织机构代码证", 34, bold=True)
    s.center(204, "（副本）", 12)
    code = f"{firm.org_code[:8]}-{firm.org_code[8]}"
    rows = [
        ("代　　码", code),
        ("机构名称", firm.name),
        ("机构类型", "企业法人"),
        ("地　　址", firm.address),
        ("有 效 期", f"自{cn_date(issued, 'ymd0')}至{cn_date(issued.replace(year=issued.year + 4), 'ymd0')}"),
        ("颁发单位", "哈密地区质量技术监督局"),
        ("登 记 号", f"组代管652200-{rng.randint(10000, 99999):06d}"),
    ]
    y = 250.0
    for label, value in rows:
        s.text(150, y, label, 13)
        s.text(250, y, value, 12)
        y += 30
    s.text(
        150,
        y + 10,
        "说明：1. 中华人民共和国组织机构代码是组织机构在中华人民共和国境内唯一的、始终不变的法定代码标识。",
        7.5,
    )
    s.text(
        150,
        y + 22,
        "2. 代码证书是组织机构法定代码标识的凭证，分正本和副本。3. 代码证书不得出租、出借、冒用、转让、伪造、变造、非法买卖。",
        7.5,
    )
    _authority_seal(s, 650, 470, "哈密地区质量技术监督局", rng)
    s.text(600, 530, cn_date(issued, "ymd"), 11)
    s.text(60, 558, "No. " + "".join(rng.choice("0123456789") for _ in range(7)), 8)
    s.right(780, 558, "中华人民共和国国家质量监督检验检疫总局监制", 7)
    return Paper(DocType.other, doc, [s], {}, note="organisation code certificate")


def vertical_license(
    firm: Firm, issued: dt.date, rng: random.Random, authority: str = "哈密市市场监督管理局"
) -> Paper:
    """三证合一 营业执照 (portrait): credit code under the title, QR bottom left."""
    doc = pymupdf.open()
    s = Sheet.new(doc, (595, 842))
    _border(s, 26, rng, GOLD)
    _emblem(s, 297, 98, 36)
    s.right(540, 160, f"编号：{rng.randint(10, 99)}{''.join(rng.choice('0123456789') for _ in range(6))}", 9)
    s.center(235, "营 业 执 照", 50, bold=True, color=BROWN)
    s.text(210, 285, "统一社会信用代码", 12, bold=True)
    s.text(320, 285, firm.credit_code, 12.5)
    if rng.random() < 0.6:
        s.center(308, "（副　本）", 10)
    rows = [
        ("名称", firm.name),
        ("类型", firm.kind),
        ("住所", firm.address),
        ("法定代表人", firm.legal_rep),
        ("注册资本", capital_text(firm.capital, rng)),
        ("成立日期", cn_date(firm.established, "ymd0")),
        ("营业期限", rng.choice(("长期", f"{cn_date(firm.established, 'ymd0')}至长期"))),
    ]
    y = 345.0
    for label, value in rows:
        s.spread(100, 200, y, label, 14.5)
        y2 = s.para(222, y, 300, value, 11.5, leading=1.45)
        y = max(y + 31, y2 + 12)
    s.spread(100, 200, y, "经营范围", 14.5)
    s.para(222, y, 300, rng.choice(SCOPES), 9.5, leading=1.5)
    s.qr(pymupdf.Rect(90, 640, 170, 720), f"http://www.gsxt.gov.cn/index.html?uniscid={firm.credit_code}")
    s.text(78, 735, "扫描二维码登录“国家企业信用", 6.5)
    s.text(78, 744, "信息公示系统”了解更多登记、", 6.5)
    s.text(78, 753, "备案、许可、监管信息", 6.5)
    s.text(372, 700, "登 记 机 关", 13)
    s.text(400, 752, f"{issued.year}年{issued.month:>2d}月{issued.day:02d}日", 12)
    _authority_seal(s, 455, 720, authority, rng)
    s.text(60, 800, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 7)
    s.right(540, 800, "国家市场监督管理总局监制", 7)
    fields = _fields_common(firm, "长期")
    fields["credit_code"] = firm.credit_code
    return Paper(DocType.business_license, doc, [s], fields, note="vertical licence")


def horizontal_license(
    firm: Firm,
    issued: dt.date,
    rng: random.Random,
    watermark: str = "",
    authority: str = "哈密市伊州区市场监督管理局",
) -> Paper:
    """营业执照（副本）, landscape, two columns of fields; optional diagonal watermark."""
    doc = pymupdf.open()
    s = Sheet.new(doc, (842, 595))
    _border(s, 24, rng, GOLD)
    _emblem(s, 421, 78, 32)
    s.text(70, 132, "统一社会信用代码", 11, bold=True)
    s.text(70, 150, firm.credit_code, 11)
    s.center(165, "营 业 执 照", 44, bold=True, color=BROWN)
    s.center(195, f"（副　本）（1-{rng.randint(1, 3)}）", 12)
    s.qr(pymupdf.Rect(640, 100, 712, 172), f"http://www.gsxt.gov.cn/index.html?uniscid={firm.credit_code}")
    s.text(716, 112, "扫描二维码登录", 6.5)
    s.text(716, 121, "“国家企业信用信息", 6.5)
    s.text(716, 130, "公示系统”了解更多", 6.5)
    s.text(716, 139, "登记、备案、许可、", 6.5)
    s.text(716, 148, "监管信息", 6.5)
    left = [("名称", firm.name), ("类型", firm.kind), ("法定代表人", firm.legal_rep)]
    y = 240.0
    for label, value in left:
        s.spread(70, 140, y, label, 12.5, bold=True)
        s.para(152, y, 250, value, 11, leading=1.4)
        y += 32
    s.spread(70, 140, y, "经营范围", 12.5, bold=True)
    s.para(152, y, 260, rng.choice(SCOPES), 8.5, leading=1.45)
    right_rows = [
        ("注册资本", capital_text(firm.capital, rng)),
        ("成立日期", cn_date(firm.established, "ymd0")),
        ("营业期限", f"{cn_date(firm.established, 'ymd0')}至 长期"),
    ]
    y = 240.0
    for label, value in right_rows:
        s.spread(440, 510, y, label, 12.5, bold=True)
        s.text(522, y, value, 11)
        y += 32
    s.spread(440, 510, y, "住所", 12.5, bold=True)
    s.para(522, y, 250, firm.address, 11, leading=1.4)
    s.text(600, 470, "登 记 机 关", 12)
    s.text(620, 520, f"{issued.year}  年  {issued.month:02d}  月  {issued.day:02d}  日", 11)
    _authority_seal(s, 680, 480, authority, rng)
    s.text(60, 556, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 7)
    s.text(330, 550, "市场主体应当于每年1月1日至6月30日通过", 7)
    s.text(330, 559, "国家企业信用信息公示系统报送公示年度报告。", 7)
    s.right(780, 556, "国家市场监督管理总局监制", 7)
    if watermark:
        s.watermark(watermark, 70, -28, (0.35, 0.35, 0.38), 0.33)
    fields = _fields_common(firm, "长期")
    fields["credit_code"] = firm.credit_code
    return Paper(DocType.business_license, doc, [s], fields, note="horizontal licence")
