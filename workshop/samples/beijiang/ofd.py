"""An OFD (GB/T 33190) 数电票: OFD.xml, Doc_0/Document.xml, PublicRes.xml and one page of TextObjects."""

from __future__ import annotations

import io
import random
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

from .cast import Firm, Paper
from .numerals import capital, cn_date_padded, money

NS = "http://www.ofdspec.org/2016"


class _Page:
    def __init__(self) -> None:
        self.objs: list[str] = []
        self.next_id = 100

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    def text(
        self, x: float, y: float, s: str, size: float = 3.175, font: int = 3, color: str | None = None
    ) -> None:
        """Text whose baseline is at (x, y) mm on the page."""
        w = max(len(s) * size, size)
        col = f'<ofd:FillColor Value="{color}"/>' if color else ""
        step = " ".join(f"{size if ord(c) > 127 else size / 2:.4g}" for c in s[:-1])
        dx = f' DeltaX="{step}"' if step else ""
        self.objs.append(
            f'<ofd:TextObject ID="{self._id()}" Boundary="{x:.3f} {y - size:.3f} {w:.3f} {size * 1.4:.3f}" Font="{font}" '
            f'Size="{size}">{col}<ofd:TextCode X="0" Y="{size:.4g}"{dx}>{escape(s)}</ofd:TextCode></ofd:TextObject>'
        )

    def line(self, x0: float, y0: float, x1: float, y1: float, color: str = "128 0 0") -> None:
        bx, by = min(x0, x1), min(y0, y1)
        self.objs.append(
            f'<ofd:PathObject ID="{self._id()}" Boundary="{bx:.3f} {by:.3f} {abs(x1 - x0) + 0.3:.3f} {abs(y1 - y0) + 0.3:.3f}" '
            f'LineWidth="0.25"><ofd:StrokeColor Value="{color}"/><ofd:AbbreviatedData>M {x0 - bx:.3f} {y0 - by:.3f} '
            f"L {x1 - bx:.3f} {y1 - by:.3f}</ofd:AbbreviatedData></ofd:PathObject>"
        )

    def xml(self) -> str:
        return (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}"><ofd:Area>'
            '<ofd:PhysicalBox>0 0 210 140</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="99">'
            + "".join(self.objs)
            + "</ofd:Layer></ofd:Content></ofd:Page>"
        )


def e_invoice_ofd(
    firm: Firm,
    buyer: str,
    buyer_code: str,
    rng: random.Random,
    *,
    number: str,
    date: str,
    total: Decimal,
    item: str,
    project_id: str | None,
) -> tuple[bytes, Paper]:
    amount = (total / Decimal("1.06")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    tax = total - amount
    pg = _Page()
    brown = "128 0 0"
    pg.text(72, 16, "电子发票（普通发票）", 6.0, color=brown)
    pg.line(70, 18.5, 140, 18.5)
    pg.line(70, 19.5, 140, 19.5)
    pg.text(148, 14, "发票号码：", 3.175, color=brown)
    pg.text(170, 14, number, 3.175)
    pg.text(148, 20, "开票日期：", 3.175, color=brown)
    pg.text(170, 20, cn_date_padded(date), 3.175)
    pg.line(4.5, 29.8, 205.5, 29.8)
    pg.line(4.5, 51.8, 205.5, 51.8)
    pg.line(105, 29.8, 105, 51.8)
    pg.text(7, 38, "购买方信息", 3.175, color=brown)
    pg.text(20, 38, "名称：", 3.175, color=brown)
    pg.text(30, 38, buyer, 3.175)
    pg.text(20, 47, "统一社会信用代码/纳税人识别号：", 3.175, color=brown)
    pg.text(70, 47, buyer_code, 3.175)
    pg.text(107, 38, "销售方信息", 3.175, color=brown)
    pg.text(120, 38, "名称：", 3.175, color=brown)
    pg.text(130, 38, firm.name, 3.175)
    pg.text(120, 47, "统一社会信用代码/纳税人识别号：", 3.175, color=brown)
    pg.text(170, 47, firm.code, 3.175)
    for x, t in zip(
        [10, 60, 80, 92, 104, 130, 160, 182],
        ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"],
        strict=True,
    ):
        pg.text(x, 57, t, 3.175, color=brown)
    pg.text(6, 63, item, 3.175)
    pg.text(80, 63, "项", 3.175)
    pg.text(94, 63, "1", 3.175)
    pg.text(100, 63, f"{amount:.2f}", 3.175)
    pg.text(128, 63, f"{amount:.2f}", 3.175)
    pg.text(163, 63, "6%", 3.175)
    pg.text(182, 63, f"{tax:.2f}", 3.175)
    pg.text(20, 93.5, "合　　计", 3.175, color=brown)
    pg.text(128, 93.5, f"¥{amount:.2f}", 3.175)
    pg.text(180, 93.5, f"¥{tax:.2f}", 3.175)
    pg.line(4.5, 95.8, 205.5, 95.8)
    pg.text(10, 101, "价税合计（大写）", 3.175, color=brown)
    pg.text(50, 101, "⊗" + capital(total).replace("元", "圆"), 3.175)
    pg.text(150, 101, "（小写）", 3.175, color=brown)
    pg.text(164, 101, f"¥{total:.2f}", 3.8806)
    pg.line(4.5, 104.8, 205.5, 104.8)
    pg.text(10, 112, "备注", 3.175, color=brown)
    pg.text(10, 128, "开票人：", 3.175, color=brown)
    pg.text(26, 128, firm.legal[:1] + "会计", 3.175)
    doc_id = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    custom = {
        "发票号码": number,
        "开票日期": cn_date_padded(date),
        "合计金额": f"{amount:.2f}",
        "合计税额": f"{tax:.2f}",
        "销售方纳税人识别号": firm.code,
        "购买方纳税人识别号": buyer_code,
    }
    ofd_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{NS}" DocType="OFD" Version="1.0">'
        f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>{doc_id}</ofd:DocID><ofd:Author>China Tax</ofd:Author>"
        f"<ofd:CreationDate>{date}</ofd:CreationDate><ofd:ModDate>{date}</ofd:ModDate>"
        "<ofd:Creator>Suwell</ofd:Creator><ofd:CustomDatas>"
        + "".join(f'<ofd:CustomData Name="{k}">{escape(v)}</ofd:CustomData>' for k, v in custom.items())
        + "</ofd:CustomDatas></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        "<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 140</ofd:PhysicalBox>"
        "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        '<ofd:Pages><ofd:Page ID="2" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>'
    )
    res = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="3" FontName="宋体" FamilyName="SimSun"/><ofd:Font ID="4" FontName="Courier New"/>'
        "</ofd:Fonts></ofd:Res>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", ofd_xml)
        z.writestr("Doc_0/Document.xml", document)
        z.writestr("Doc_0/PublicRes.xml", res)
        z.writestr("Doc_0/Pages/Page_0/Content.xml", pg.xml())
    fields = {
        "invoice_number": number,
        "issued_on": date,
        "buyer": buyer,
        "seller": firm.name,
        "total_amount": money(total),
    }
    return buf.getvalue(), Paper(None, "invoice", fields, project_id, "OFD数电票")  # type: ignore[arg-type]
