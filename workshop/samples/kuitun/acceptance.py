"""Acceptance papers: 工程竣工验收报告 (建设/施工/监理 blocks) and 货物验收单 (采购/供货 blocks)."""

from __future__ import annotations

import datetime as dt
import random

import pymupdf

from . import paint as pt
from .deals import Deal
from .people import cn_date

L, R, W = 72.0, 523.0, 451.0

FAIL_OPINION = (
    "经验收组现场查验及资料审查，发现以下问题：1．部分前端摄像机点位未按施工图纸安装，画面存在遮挡；"
    "2．机房防雷接地电阻检测值不符合设计要求；3．竣工图纸及设备检测报告等资料不完整。"
)
PASS_OPINION = (
    "经验收组现场查验、系统功能测试及资料审查，工程已按合同及设计文件要求全部完成，设备安装规范，"
    "系统运行稳定，竣工资料齐全。"
)


def works_acceptance(
    page: pymupdf.Page, d: Deal, accepted: dt.date, rng: random.Random, *, passed: bool = True
) -> None:
    """工程竣工验收报告 on one page, three signature blocks with seals."""
    pt.text(page, 297, 70, "工程竣工验收报告", 18, bold=True, align="center")
    pt.text(page, R, 96, f"编号：{d.number}-YS", 9.5, align="right")
    y = 104.0
    y, _ = pt.table(page, L, y, (80, 371), [["工程名称", d.name], ["工程地点", d.location]], size=10)
    sup = d.supervisor.name if d.supervisor else "/"
    y, _ = pt.table(
        page,
        L,
        y,
        (80, 145.5, 80, 145.5),
        [
            ["建设单位", d.client.name, "施工单位", d.firm.name],
            ["监理单位", sup, "合同编号", d.number],
            ["开工日期", cn_date(d.start), "竣工日期", cn_date(d.finish)],
        ],
        size=10,
    )
    opinion = PASS_OPINION if passed else FAIL_OPINION
    conclusion = (
        "工程质量合格，同意通过竣工验收。"
        if passed
        else "验收不合格。请施工单位在15日内完成整改，整改后复验。"
    )
    y, _ = pt.table(
        page,
        L,
        y,
        (80, 371),
        [
            ["验收日期", cn_date(accepted)],
            ["验收内容", "综合布线、网络及安防设备安装、平台软件部署、系统联调及试运行情况，竣工资料。"],
            ["验收意见", opinion],
            ["验收结论", conclusion],
        ],
        size=10,
        heights={2: 90},
    )
    y += 12
    names = [("建设单位", d.client.name, "项目负责人"), ("施工单位", d.firm.name, "项目经理")]
    names.append(("监理单位", sup, "总监理工程师"))
    _, rects = pt.table(
        page,
        L,
        y,
        (150.3, 150.4, 150.3),
        [[n[0] + "（公章）" for n in names], ["", "", ""]],
        size=10,
        heights={1: 150},
    )
    for i, (_, org, who) in enumerate(names):
        cell = rects[1][i]
        pt.seal(page, cell.x0 + 75, cell.y0 + 55, org, r=46, seed=i + 2)
        pt.text(page, cell.x0 + 6, cell.y1 - 34, f"{who}：", 9.5)
        pt.signature(page, cell.x0 + 70, cell.y1 - 36, rng, 50)
        pt.text(page, cell.x0 + 6, cell.y1 - 12, cn_date(accepted), 9.5)


def goods_acceptance(
    page: pymupdf.Page,
    d: Deal,
    accepted: dt.date,
    rng: random.Random,
    *,
    form_no: str,
    shown_date: str | None = None,
    marks: dict[str, tuple[float, float, float, float]] | None = None,
) -> None:
    """货物验收单. ``shown_date`` overrides the printed 验收日期 text; ``marks`` receives the boxes (in points) of
    the year in the form number and of the year in the 验收日期 value, for the copy-move plant."""
    pt.text(page, 297, 72, "货 物 验 收 单", 18, bold=True, align="center")
    size = 11.0
    nx, ny = 372.0, 100.0
    pt.text(page, nx, ny, f"编号：{form_no}", size)
    y = 112.0
    y, _ = pt.table(page, L, y, (80, 371), [["项目名称", d.name]], size=10)
    y, rects = pt.table(
        page,
        L,
        y,
        (80, 145.5, 80, 145.5),
        [["采购单位", d.client.name, "供货单位", d.firm.name], ["合同编号", d.number, "验收日期", ""]],
        size=10,
        min_h=26,
    )
    cell = rects[1][3]
    dx, dy = cell.x0 + 5, cell.y0 + cell.height / 2 + size * 0.38
    pt.text(page, dx, dy, shown_date or cn_date(accepted), size)
    if marks is not None:
        sx = nx + pt.width("编号：" + form_no.split("2024")[0], size)
        yw = pt.width("2024", size)
        marks["src"] = (sx - 0.2, ny - size * 0.9, sx + yw + 0.2, ny + size * 0.3)
        marks["dst"] = (dx - 0.2, dy - size * 0.9, 0.0, 0.0)
    rows = [["序号", "货物名称", "品牌及型号", "数量", "验收情况"]]
    for i, it in enumerate(d.items, 1):
        rows.append([str(i), it.name, it.model, f"{it.qty}{it.unit}", "到货齐全，外观完好，运行正常"])
    rows.append([str(len(d.items) + 1), "安装调试及系统集成", "—", "1项", "已完成，系统联调正常"])
    y += 12
    y, _ = pt.table(page, L, y, (32, 100, 130, 50, 139), rows, size=9, min_h=20)
    y += 12
    y, _ = pt.table(
        page,
        L,
        y,
        (80, 371),
        [
            [
                "验收结论",
                "经验收，所供货物品牌、型号、数量及技术参数符合合同要求，安装调试完成，运行正常，验收合格。",
            ]
        ],
        size=10,
        min_h=40,
    )
    y += 14
    _, sig = pt.table(
        page,
        L,
        y,
        (225.5, 225.5),
        [["采购单位（盖章）", "供货单位（盖章）"], ["", ""]],
        size=10,
        heights={1: 120},
    )
    for i, org in enumerate((d.client.name, d.firm.name)):
        c = sig[1][i]
        pt.seal(page, c.x0 + 150, c.y0 + 52, org, r=46, seed=i + 5)
        pt.text(page, c.x0 + 8, c.y1 - 30, "验收人员（签字）：", 9.5)
        pt.signature(page, c.x0 + 96, c.y1 - 32, rng, 50)
