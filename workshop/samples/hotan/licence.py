"""Business licences: the bilingual Xinjiang 营业执照 (横版/竖版, 正本/副本), the old 企业法人营业执照 with
a 15-digit 注册号, and a phone screenshot of the 电子营业执照."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pymupdf

from .filing import Doc
from .firmdata import Firm
from .numerals import capital, date_cn, integer_words, truth_money
from .paper import GREY, RED, Sheet

UG = {
    "title": "تىجارەت كىنىشكىسى",
    "code": "بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى",
    "name": "نامى",
    "type": "تىپى",
    "rep": "قانۇنىي ۋەكىلى",
    "scope": "تىجارەت دائىرىسى",
    "capital": "تىزىملانغان مەبلىغى",
    "est": "قۇرۇلغان ۋاقتى",
    "term": "تىجارەت مۇددىتى",
    "addr": "ئادرېسى",
    "reg": "تىزىملاش ئورگىنى",
    "copy": "كۆپەيتىلمە نۇسخا",
    "orig": "ئەسلى نۇسخا",
}


def capital_text(rng: random.Random, amount: Decimal) -> str:
    wan = int(amount / 10000)
    return rng.choice((f"{integer_words(wan)}万元整", f"人民币{integer_words(wan)}万元", f"{wan}万元人民币"))


def licence_fields(firm: Firm, until: dt.date | str, name: str | None = None) -> dict[str, object]:
    return {
        "company_name": name or firm.name,
        "credit_code": firm.credit_code,
        "legal_representative": firm.legal_rep,
        "registered_capital": truth_money(firm.capital),
        "company_type": firm.company_type,
        "established_on": firm.established.isoformat(),
        "valid_until": until if isinstance(until, str) else until.isoformat(),
        "address": firm.address,
    }


def registrar(firm: Firm) -> str:
    return f"{firm.county}市场监督管理局" if firm.county != "和田市" else "和田市市场监督管理局"


def modern(
    rng: random.Random,
    firm: Firm,
    landscape: bool = True,
    copy: bool = True,
    bilingual: bool = True,
    watermark: str = "",
    issued: dt.date | None = None,
) -> Doc:
    """The 2016-style licence; Xinjiang prints Uyghur above every Chinese label."""
    doc = pymupdf.open()
    size = (842.0, 595.0) if landscape else (595.0, 842.0)
    s = Sheet(doc, rng, size)
    w, h = size
    s.rect(pymupdf.Rect(18, 18, w - 18, h - 18), w=3.5, color=(0.75, 0.55, 0.2))
    s.rect(pymupdf.Rect(26, 26, w - 26, h - 26), w=0.8, color=(0.75, 0.55, 0.2))
    s.page.draw_circle((w / 2, 62), 22, color=RED, fill=(0.95, 0.8, 0.2), width=1.2)
    title_y = 128 if landscape else 140
    s.center(title_y, "营  业  执  照", 34, bold=True)
    if bilingual:
        s.uyghur(w / 2 - 150, title_y + 6, UG["title"], 13, 300, "center")
    s.center(title_y + 38, "（副    本）" if copy else "（正    本）", 13, bold=False)
    if copy and bilingual:
        s.uyghur(w / 2 - 100, title_y + 42, UG["copy"], 8, 200, "center")
    s.text(50, 60, "统一社会信用代码", 10.5)
    if bilingual:
        s.uyghur(50, 64, UG["code"], 7, 200)
    s.text(50, 92, firm.credit_code, 13, bold=True)
    s.qr(w - 125, 45, 70, random.Random(firm.credit_code))
    s.text(w - 140, 130, "扫描二维码登录“国家企业", 6.5, color=GREY)
    s.text(w - 140, 139, "信用信息公示系统”了解更多", 6.5, color=GREY)
    s.text(w - 140, 148, "登记、备案、许可、监管信息", 6.5, color=GREY)
    reg_no = f"证照编号：{rng.randrange(10**13, 10**14)}{rng.randrange(10)}"
    s.text(50, 110, reg_no, 8)
    cap = capital_text(rng, firm.capital)
    est = date_cn(firm.established)
    left = [
        ("名        称", "name", firm.name),
        ("类        型", "type", firm.company_type),
        ("法定代表人", "rep", firm.legal_rep),
        ("经营范围", "scope", firm.scope),
    ]
    right = [
        ("注册资本", "capital", cap),
        ("成立日期", "est", est),
        ("营业期限", "term", f"{est}至长期"),
        ("住        所", "addr", firm.address),
    ]
    if landscape:
        cols = [(60, left, 330), (450, right, 330)]
        y0 = 215
    else:
        cols = [(60, left + right, 470)]
        y0 = 235
    for x, items, wid in cols:
        y = y0 + rng.uniform(-3, 3)
        for label, key, value in items:
            if bilingual:
                s.uyghur(x, y - 20, UG[key], 7, 160)
            s.text(x, y, label, 10.5, bold=True)
            lines_end = s.para(x + 78, y, value, 10, max_w=wid - 80, lead=1.45)
            y = max(y + 34, lines_end + 14)
    ry = h - 95
    s.text(w - 290, ry, "登 记 机 关", 11, bold=True)
    if bilingual:
        s.uyghur(w - 290, ry - 20, UG["reg"], 7, 150)
    issued = issued or dt.date(2024, rng.randrange(1, 13), rng.randrange(1, 28))
    s.text(w - 200, ry + 30, date_cn(issued), 11)
    s.seal(w - 160, ry + 5, registrar(firm), "", r=44)
    s.text(50, h - 40, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 7, color=GREY)
    s.text(w - 330, h - 40, "国家市场监督管理总局监制", 7, color=GREY)
    if watermark:
        s.watermark(watermark)
    return Doc("business_license", doc, licence_fields(firm, "长期"))


def old_style(
    rng: random.Random,
    firm: Firm,
    reg_no: str,
    term_end: dt.date,
    name: str,
    legal_rep: str,
    watermark: str = "",
) -> Doc:
    """The pre-2016 企业法人营业执照 (副本) with a 15-digit 注册号 and a fixed term."""
    doc = pymupdf.open()
    s = Sheet(doc, rng, (595.0, 842.0))
    s.rect(pymupdf.Rect(30, 30, 565, 812), w=2.5, color=(0.55, 0.4, 0.2))
    s.page.draw_circle((297, 90), 26, color=RED, fill=(0.95, 0.8, 0.2), width=1.2)
    s.center(165, "企业法人营业执照", 30)
    s.center(195, "（副  本）", 14, bold=False)
    s.text(330, 230, f"注册号  {reg_no}", 11)
    est = date_cn(firm.established)
    rows = [
        ("名        称", name),
        ("住        所", firm.address),
        ("法定代表人姓名", legal_rep),
        ("注 册 资 本", capital(firm.capital, prefix="人民币").replace("元整", "元") + "整"),
        ("实 收 资 本", capital(firm.capital, prefix="人民币")),
        ("公 司 类 型", firm.company_type),
        ("经 营 范 围", firm.scope.split("（")[0]),
        ("成 立 日 期", est),
        ("营 业 期 限", f"{est}至{date_cn(term_end)}"),
    ]
    y = 275.0
    for label, value in rows:
        s.text(70, y, label, 11, bold=True)
        y = max(y + 30, s.para(190, y, value, 10.5, max_w=330, lead=1.5) + 12)
    s.text(340, 740, "登记机关", 11)
    s.seal(440, 720, f"和田地区工商行政管理局{firm.county}分局", "", r=46)
    s.text(390, 770, date_cn(dt.date(2014, rng.randrange(1, 13), rng.randrange(1, 28))), 11)
    if watermark:
        s.watermark(watermark)
    fields = {
        "company_name": name,
        "legal_representative": legal_rep,
        "registered_capital": truth_money(firm.capital),
        "company_type": firm.company_type,
        "established_on": firm.established.isoformat(),
        "valid_until": term_end.isoformat(),
        "address": firm.address,
    }
    return Doc("business_license", doc, fields)


def screenshot(rng: random.Random, firm: Firm) -> Doc:
    """A phone screenshot of the 电子营业执照 mini-program (status bar, header, licence card)."""
    doc = pymupdf.open()
    s = Sheet(doc, rng, (360.0, 780.0))
    s.rect(pymupdf.Rect(0, 0, 360, 780), color=None, fill=(0.95, 0.95, 0.96))
    s.text(16, 18, f"{rng.randrange(8, 12)}:{rng.randrange(10, 59)}", 10, bold=True)
    s.text(270, 18, f"5G  {rng.randrange(30, 99)}%", 9)
    s.rect(pymupdf.Rect(0, 28, 360, 70), color=None, fill=(0.78, 0.1, 0.12))
    s.text(130, 55, "电子营业执照", 14, color=(1, 1, 1), bold=True)
    s.rect(pymupdf.Rect(14, 84, 346, 640), color=(0.8, 0.65, 0.3), fill=(1, 0.99, 0.96), w=1.5)
    s.center(120, "营 业 执 照", 20)
    s.uyghur(80, 126, UG["title"], 8, 200, "center")
    s.text(30, 160, "统一社会信用代码", 8)
    s.text(30, 176, firm.credit_code, 10.5, bold=True)
    rows = [
        ("名称", firm.name),
        ("类型", firm.company_type),
        ("法定代表人", firm.legal_rep),
        ("注册资本", capital_text(rng, firm.capital)),
        ("成立日期", date_cn(firm.established)),
        ("营业期限", f"{date_cn(firm.established)}至长期"),
        ("住所", firm.address),
    ]
    y = 205.0
    for label, value in rows:
        s.text(30, y, label, 8.5, color=GREY)
        y = s.para(100, y, value, 8.5, max_w=230, lead=1.45) + 10
    s.seal(260, 590, registrar(firm), "", r=34)
    s.text(180, 625, "登记机关", 8)
    s.rect(pymupdf.Rect(40, 660, 320, 700), color=None, fill=(0.78, 0.1, 0.12))
    s.text(140, 685, "亮照 / 下载", 11, color=(1, 1, 1))
    s.text(70, 740, "本电子营业执照与纸质营业执照具有同等法律效力", 7.5, color=GREY)
    return Doc("business_license", doc, licence_fields(firm, "长期"))
