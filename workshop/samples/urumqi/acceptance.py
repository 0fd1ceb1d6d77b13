"""Acceptance papers (验收证书, 分包工程竣工验收报告 with 监理 sign-off, 验收意见), the 第三方软件测评报告, 数电票."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pymupdf

from jianzheng.models.document import DocType

from . import paint as P
from .contracts import Deal
from .filing import Doc, Sheet
from .people import Firm, date_cn, date_plain, figures, money, person, words


def certificate(
    deal: Deal, rng: random.Random, doc_id: str, lab: tuple[str, str] | None = None, cn_date: bool = True
) -> Doc:
    """项目验收证书: one ruled page, 验收委员会 signatures, seals of 建设单位 and 承建单位."""
    when = date_cn(deal.accepted) if cn_date else date_plain(deal.accepted)
    basis = "合同、技术方案、深化设计文件及国家相关标准规范"
    if lab:
        verdict = (
            f"项目已完成合同约定的全部建设内容。经{lab[0]}第三方测评（报告编号：{lab[1]}），系统功能、性能及安全性满足合同要求。"
            "验收委员会经审阅文档、现场检查和系统演示，一致认为项目验收合格，同意通过验收。"
        )
    else:
        verdict = "项目已完成合同约定的全部建设内容，系统运行稳定，文档齐全。验收委员会一致认为项目验收合格，同意通过验收。"

    def draw(page: pymupdf.Page) -> None:
        w = page.rect.width
        P.title(page, 80, "项目验收证书", 22, spaced=True)
        rows = [
            ["项目名称", deal.name],
            ["合同编号", deal.number],
            ["建设单位", deal.client.name],
            ["承建单位", deal.firm.name],
            ["验收日期", when],
            ["验收依据", basis],
            ["验收结论", verdict],
        ]
        y = 110.0
        for label, value in rows:
            h = 30 if len(value) < 38 else 30 + 15 * (len(P.wrap(value, 10.5, w - 260)) - 1)
            P.table(page, 72, y, [100, w - 244], [[label, value]], row_h=h, size=10.5)
            y += h
        y += 20
        P.text(page, 72, y, "验收委员会成员（签字）：", 10.5, P.HEI)
        for i in range(5):
            P.text(page, 90 + (i % 3) * 150, y + 28 + (i // 3) * 36, f"{'组长' if i == 0 else '成员'}：", 10)
            P.pen(page, 130 + (i % 3) * 150, y + 24 + (i // 3) * 36, 55, rng)
        y += 120
        for k, (role, f) in enumerate((("建设单位（盖章）", deal.client), ("承建单位（盖章）", deal.firm))):
            x = 90 + k * 240
            P.text(page, x, y, role, 10.5, P.HEI)
            P.seal(page, x + 60, y + 40, f.name, "")
            P.text(page, x, y + 100, when, 10)

    fields: dict[str, object] = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": deal.firm.name,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    if lab:
        fields["third_party"] = lab[0]
    return Doc(doc_id, DocType.acceptance_report, [Sheet(draw)], fields, deal.pid)


def completion(deal: Deal, end_user: Firm, supervisor: Firm, rng: random.Random, doc_id: str) -> Doc:
    """分包工程竣工验收报告: the 总包 (party A of the subcontract) and 分包 sign, 建设单位 and 监理 countersign."""
    start = deal.signed + dt.timedelta(days=rng.randint(7, 20))
    done = deal.accepted - dt.timedelta(days=rng.randint(5, 25))
    chief = person(rng)

    def page1(page: pymupdf.Page) -> None:
        w = page.rect.width
        P.title(page, 76, "智能化系统分包工程竣工验收报告", 18)
        rows = [
            ["工程名称", deal.name],
            ["建设单位", end_user.name],
            ["总包单位", deal.client.name],
            ["分包单位", deal.firm.name],
            ["监理单位", supervisor.name],
            ["分包合同编号", deal.number],
            ["开工日期", date_plain(start)],
            ["竣工日期", date_plain(done)],
            ["验收日期", date_plain(deal.accepted)],
        ]
        y = P.table(page, 60, 100, [110, w - 230], rows, row_h=28, size=10)
        P.text(page, 60, y + 26, "验收意见：", 11, P.HEI)
        y = P.para(
            page,
            60,
            y + 50,
            w - 120,
            "该分包工程（综合布线、计算机网络、视频监控、信息发布、机房工程）已按设计文件及分包合同完成施工，"
            "隐蔽工程及分项工程验收记录齐全，系统调试及试运行正常，质量控制资料完整。",
        )
        P.para(page, 60, y, w - 120, "验收结论：工程质量合格，同意通过竣工验收。")

    def page2(page: pymupdf.Page) -> None:
        w = page.rect.width
        P.title(page, 70, "竣工验收签认", 16)
        roles = [
            ("建设单位", end_user, "项目负责人"),
            ("总包单位", deal.client, "项目经理"),
            ("分包单位", deal.firm, "项目经理"),
            ("监理单位", supervisor, "总监理工程师"),
        ]
        for i, (role, f, who) in enumerate(roles):
            x = 60 + (i % 2) * (w - 120) / 2
            y = 120 + (i // 2) * 300
            page.draw_rect(pymupdf.Rect(x, y, x + (w - 120) / 2, y + 280), color=(0, 0, 0), width=0.7)
            P.text(page, x + 10, y + 24, f"{role}（公章）", 11, P.HEI)
            for j, line in enumerate(P.wrap(f.name, 10, (w - 120) / 2 - 20)):
                P.text(page, x + 10, y + 48 + j * 15, line, 10)
            P.seal(page, x + 120, y + 130, f.name, "")
            P.text(page, x + 10, y + 210, f"{who}：", 10)
            if role == "监理单位":
                P.text(page, x + 100, y + 226, chief, 9)
            P.pen(page, x + 90, y + 206, 60, rng)
            P.text(page, x + 10, y + 256, date_plain(deal.accepted), 10)

    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": deal.firm.name,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
        "third_party": supervisor.name,
    }
    return Doc(doc_id, DocType.acceptance_report, [Sheet(page1), Sheet(page2)], fields, deal.pid)


def opinion(deal: Deal, rng: random.Random, doc_id: str) -> Doc:
    """项目验收意见: 基本合格，同意通过验收; remaining issues to be fixed within a deadline."""

    def draw(page: pymupdf.Page) -> None:
        w = page.rect.width
        P.title(page, 86, f"{deal.name}验收意见" if len(deal.name) < 22 else "项目验收意见", 17)
        y = 130.0
        if len(deal.name) >= 22:
            y = P.para(page, 72, y, w - 144, f"项目名称：{deal.name}", indent=False)
        y = P.para(
            page,
            72,
            y + 6,
            w - 144,
            f"{date_plain(deal.accepted)}，{deal.client.name}在乌鲁木齐市组织召开了“{deal.name}”验收会。"
            f"验收组听取了承担单位{deal.firm.name}的工作汇报，审阅了技术文档，观看了系统演示，经质询讨论，形成如下意见：",
        )
        for i, t in enumerate(
            (
                "项目完成了合同约定的研究开发任务，提交的技术文档基本齐全，符合验收要求。",
                "系统已部署并试运行三个月，运行基本稳定，主要功能和性能指标达到合同要求。",
                "部分统计报表导出效率偏低，用户操作手册需进一步完善。",
            ),
            start=1,
        ):
            y = P.para(page, 72, y, w - 144, f"{i}. {t}")
        y = P.para(
            page,
            72,
            y + 6,
            w - 144,
            "验收结论：验收组认为该项目基本合格，同意通过验收。对验收中提出的问题，要求承担单位限期整改（30个工作日内），整改情况报委托方备案。",
        )
        P.text(page, 72, y + 20, "验收组组长（签字）：", 10.5)
        P.pen(page, 190, y + 16, 60, rng)
        P.text(page, 72, y + 50, "验收组成员（签字）：", 10.5)
        for i in range(4):
            P.pen(page, 190 + i * 80, y + 46, 55, rng)
        P.text(page, w - 230, y + 120, f"{deal.client.name}", 10.5)
        P.seal(page, w - 160, y + 130, deal.client.name, "")
        P.text(page, w - 210, y + 180, date_plain(deal.accepted), 10.5)

    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": deal.firm.name,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return Doc(doc_id, DocType.acceptance_report, [Sheet(draw)], fields, deal.pid)


LABS = (
    "新疆维吾尔自治区软件测评中心",
    "乌鲁木齐信息技术产品质量检验检测中心",
    "新疆天山软件评测中心有限公司",
)


def test_report(deal: Deal, lab: str, number: str, issued: dt.date, rng: random.Random, doc_id: str) -> Doc:
    """第三方软件测评报告 (CNAS / CMA marks): cover and 测评结论 page. Typed ``other``: a test, not the acceptance."""

    def cover(page: pymupdf.Page) -> None:
        w = page.rect.width
        for k, mark in enumerate(("CMA", "CNAS")):
            x = 80 + k * 110
            page.draw_rect(pymupdf.Rect(x, 60, x + 90, 110), color=(0.1, 0.2, 0.6), width=1.2)
            P.text(page, x + 45, 92, mark, 18, P.HEI, color=(0.1, 0.2, 0.6), align="center")
        P.text(page, 80, 128, f"{rng.randint(1, 9)}{rng.randint(10, 99)}{rng.randint(100000, 999999)}", 8)
        P.text(page, 190, 128, f"CNAS L{rng.randint(1000, 9999)}", 8)
        P.text(page, w - 72, 90, f"报告编号：{number}", 10.5, align="right")
        P.text(page, w / 2, 250, "软件测评报告", 28, P.HEI, align="center")
        y = 380.0
        for label, value in (
            ("项目名称：", deal.name),
            ("委托单位：", deal.client.name),
            ("被测单位：", deal.firm.name),
            ("测评类别：", "验收测试"),
        ):
            P.text(page, 110, y, label, 12, P.HEI)
            lines = P.wrap(value, 12, w - 300)
            for i, line in enumerate(lines):
                P.text(page, 200, y + i * 20, line, 12)
            y += 20 * len(lines) + 20
        P.text(page, w / 2, 720, lab, 14, P.HEI, align="center")
        P.text(page, w / 2, 746, date_plain(issued), 12, align="center")

    def result(page: pymupdf.Page) -> None:
        w = page.rect.width
        P.title(page, 80, "测评结论", 16)
        rows = [
            ["测评依据", "GB/T 25000.51-2016、GB/T 22239-2019、项目合同及需求规格说明"],
            ["测评内容", "功能性、性能效率、信息安全性、可靠性、易用性、用户文档集"],
            ["测评结论", "被测系统功能完整，性能满足需求，未发现严重及以上级别问题。测评结论：通过。"],
            ["批准人", ""],
            ["签发日期", date_plain(issued)],
        ]
        y = P.table(page, 72, 110, [90, w - 234], rows, row_h=44, size=10)
        P.pen(page, 180, 110 + 44 * 3 + 26, 60, rng)
        P.text(page, w - 220, y + 50, f"{lab}（检验检测专用章）", 9)
        P.seal(page, w - 150, y + 100, lab, "检验检测专用章")

    return Doc(doc_id, DocType.other, [Sheet(cover), Sheet(result)], {}, deal.pid)


def e_invoice(deal: Deal, amount: Decimal, number: str, issued: dt.date, item: str, doc_id: str) -> Doc:
    """电子发票（普通发票）, 数电票 layout, VAT-exempt (免税) technical-development service: 金额 = 价税合计."""
    payload = f"01,32,,{number},{amount:.2f},{issued:%Y%m%d},,{sum(map(ord, number)) * 37 % 10000:04d}"
    qr = P.qr_png(payload, 3)

    def draw(page: pymupdf.Page) -> None:
        w, h = page.rect.width, page.rect.height
        P.paste(page, (30, 20, 100, 90), qr)
        P.text(page, w / 2, 55, "电子发票（普通发票）", 20, P.HEI, color=(0.55, 0.25, 0.1), align="center")
        page.draw_line((w / 2 - 110, 62), (w / 2 + 110, 62), color=(0.55, 0.25, 0.1), width=0.8)
        P.text(page, w - 230, 45, f"发票号码：{number}", 9.5)
        P.text(page, w - 230, 62, f"开票日期：{issued.year}年{issued.month:02d}月{issued.day:02d}日", 9.5)
        box = pymupdf.Rect(30, 100, w - 30, h - 50)
        page.draw_rect(box, color=(0.55, 0.25, 0.1), width=0.8)
        page.draw_line((w / 2, 100), (w / 2, 170), color=(0.55, 0.25, 0.1), width=0.6)
        page.draw_line((30, 170), (w - 30, 170), color=(0.55, 0.25, 0.1), width=0.6)
        for k, (who, f) in enumerate((("购买方信息", deal.client), ("销售方信息", deal.firm))):
            x = 40 + k * (w / 2 - 15)
            P.text(page, x, 125, f"名称：{f.name}", 9)
            P.text(page, x, 150, f"统一社会信用代码/纳税人识别号：{f.code}", 8.5)
            P.text(page, x - 8, 112, who, 7, color=(0.55, 0.25, 0.1))
        heads = ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]
        xs = [40, 250, 320, 360, 410, 490, 580, 680]
        for x, t in zip(xs, heads, strict=True):
            P.text(page, x, 188, t, 8.5, color=(0.55, 0.25, 0.1))
        row = [item, "", "项", "1", figures(amount), figures(amount), "免税", "***"]
        for x, t in zip(xs, row, strict=True):
            P.text(page, x, 210, t, 8.5)
        page.draw_line((30, 300), (w - 30, 300), color=(0.55, 0.25, 0.1), width=0.6)
        P.text(page, 40, 290, "合　　计", 9)
        P.text(page, 490, 290, f"¥{figures(amount)}", 9)
        P.text(page, 680, 290, "***", 9)
        P.text(page, 40, 322, "价税合计（大写）", 9, color=(0.55, 0.25, 0.1))
        P.text(page, 140, 322, words(amount).replace("元整", "圆整").replace("元", "圆"), 10)
        P.text(page, 480, 322, "（小写）", 9, color=(0.55, 0.25, 0.1))
        P.text(page, 530, 322, f"¥{figures(amount)}", 10)
        page.draw_line((30, 336), (w - 30, 336), color=(0.55, 0.25, 0.1), width=0.6)
        P.text(page, 40, 356, f"备注：技术开发合同，项目名称：{deal.name}", 8.5)
        P.text(page, 40, h - 30, f"开票人：{person(random.Random(number))}", 9)

    fields = {
        "invoice_number": number,
        "issued_on": issued.isoformat(),
        "buyer": deal.client.name,
        "seller": deal.firm.name,
        "total_amount": money(amount),
        "qr": payload,
    }
    return Doc(doc_id, DocType.invoice, [Sheet(draw, (841.89, 561.26))], fields, deal.pid)
