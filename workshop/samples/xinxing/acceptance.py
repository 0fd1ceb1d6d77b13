"""Acceptance papers: the two-page 项目竣工验收报告 (works) and the one-page 项目验收单 (goods and services)."""

from __future__ import annotations

import random

from .deal import Project
from .pagespec import PageSpec
from .sheet import Sheet
from .spelling import cn_date, yuan
from .stamps import round_seal, signature

DEFECTS = (
    "部分点位摄像机夜间成像不清晰，补光不足；",
    "机房UPS后备时间实测不足合同约定的1小时；",
    "综合布线测试报告缺少约20%信息点的测试记录；",
    "视频存储周期未达到设计要求的90天；",
    "竣工图纸与现场实际不符，未按变更单更新；",
)


def works_acceptance(rng: random.Random, p: Project) -> list[PageSpec]:
    """项目竣工验收报告: p1 the 工程概况 table, 验收依据/内容/意见 and the conclusion; p2 the 验收小组 and seals."""
    firm = p.firm_party.name
    seals = (
        round_seal(rng, p.client, "", ""),
        round_seal(rng, firm, "", ""),
        round_seal(rng, p.supervisor, "", ""),
    )
    passed = p.acceptance_passed

    def page1(s: Sheet) -> None:
        s.text(297.6, 70, "项目竣工验收报告", 20, bold=True, align="center", spacing=2)
        rows = [
            ["项目名称", p.name, "", ""],
            ["建设单位", p.client, "合同编号", p.contract_no],
            ["施工单位", firm, "合同金额", f"¥{yuan(p.total)}元"],
            ["监理单位", p.supervisor, "项目负责人", p.people.get("pm", "")],
            ["开工日期", cn_date(p.started_on), "竣工日期", cn_date(p.finished_on)],
            ["验收日期", cn_date(p.accepted_on), "验收地点", p.client + "会议室"],
        ]
        y = s.table(56, 90, [74, 409], [rows[0][:2]], 10, 26, ["center", "left"], header=0)
        y = s.table(
            56, y, [74, 200, 74, 135], rows[1:], 10, 26, ["center", "left", "center", "left"], header=0
        )
        text = [
            (
                "一、验收依据",
                f"施工合同（{p.contract_no}）、招标文件及投标文件、设计图纸及设计变更、《智能建筑工程质量验收规范》（GB 50339）、《综合布线系统工程验收规范》（GB/T 50312）等。",
            ),
            (
                "二、验收内容",
                "对照合同及工程量清单，验收组现场核查了设备数量、型号及安装质量，抽测了网络连通性、视频图像质量及存储时长，查阅了施工记录、隐蔽工程验收记录、设备合格证及检测报告等竣工资料。",
            ),
        ]
        if passed:
            text.append(
                (
                    "三、验收意见",
                    "工程已按合同及设计要求全部完成，设备安装规范，系统运行稳定，各项功能及技术指标满足合同要求，竣工资料齐全。",
                )
            )
        else:
            issues = "".join(f"{i}．{d}" for i, d in enumerate(rng.sample(DEFECTS, 3), start=1))
            text.append(("三、验收意见", f"经现场核查，存在以下问题：{issues}上述问题影响系统正常使用。"))
        y += 24
        for title, body in text:
            y = s.para(56, y, 483, title, 11, bold=True, indent=0)
            y = s.para(56, y, 483, body, 10.5) + 4
        y = s.para(56, y, 483, "四、验收结论", 11, bold=True, indent=0)
        if passed:
            s.text(80, y, "☑ 合格，同意通过竣工验收，交付使用。", 11)
            s.text(80, y + 24, "□ 不合格", 11)
        else:
            s.text(80, y, "□ 合格", 11)
            s.text(80, y + 24, "☑ 不合格，验收不通过。请施工单位于15日内完成整改后重新申请验收。", 11)
        s.text(539, y + 70, f"验收组长：{p.people.get('client_rep', '')}", 10.5, align="right")
        s.picture_mm(500, y + 90, signature(rng, p.people.get("client_rep", "")), 22, 9)

    def page2(s: Sheet) -> None:
        s.text(297.6, 70, "验收小组成员签字表", 16, bold=True, align="center")
        members = [
            (p.people.get("client_rep", ""), p.client, "验收组长"),
            (p.people.get("client_it", ""), p.client, "信息化负责人"),
            (p.people.get("supervisor", ""), p.supervisor, "总监理工程师"),
            (p.people.get("expert", ""), "特邀专家", "高级工程师"),
            (p.people.get("pm", ""), firm, "项目经理"),
        ]
        rows = [["序号", "姓名", "单位", "职务/职称", "签字"]] + [
            [str(i), n, u, r, ""] for i, (n, u, r) in enumerate(members, start=1)
        ]
        y = s.table(
            56, 90, [36, 80, 200, 90, 77], rows, 10, 30, ["center", "center", "left", "center", "center"]
        )
        for i, (name, _, _) in enumerate(members):
            s.picture_mm(500, 90 + 30 + 30 * i + 15, signature(rng, name), 20, 8)
        y += 30
        for col, (label, seal) in enumerate(
            (("建设单位（盖章）", seals[0]), ("施工单位（盖章）", seals[1]), ("监理单位（盖章）", seals[2]))
        ):
            x = 60 + col * 165
            s.text(x, y, label, 10.5)
            s.text(x, y + 110, cn_date(p.accepted_on), 10.5)
            s.picture_mm(x + 60 + rng.uniform(-8, 8), y + 60 + rng.uniform(-8, 8), seal, 40, 40)

    return [PageSpec(page1), PageSpec(page2)]


def goods_acceptance(rng: random.Random, p: Project) -> list[PageSpec]:
    """项目验收单 of a total-price purchase: one ruled page with the conclusion tick boxes and both seals."""
    firm = p.firm_party.name
    seals = (round_seal(rng, p.client, "", ""), round_seal(rng, firm, "", ""))
    passed = p.acceptance_passed

    def page(s: Sheet) -> None:
        s.text(297.6, 76, "项 目 验 收 单", 20, bold=True, align="center")
        rows = [
            ["项目名称", p.name],
            ["合同编号", p.contract_no],
            ["采购人", p.client],
            ["供应商", firm],
            ["合同金额", f"¥{yuan(p.total)}元"],
            ["验收日期", cn_date(p.accepted_on)],
            ["验收内容", "；".join(f"{line.name}{line.qty:g}{line.unit}" for line in p.prices)],
            [
                "验收意见",
                "经验收小组现场核验，货物品牌、型号、数量与合同一致，外观完好，安装调试到位，软件功能及服务内容满足合同要求，试运行期间运行稳定。"
                if passed
                else "经验收小组核验，部分设备型号与合同不符，应用系统存在功能缺失，不满足合同要求。",
            ],
            ["验收结论", "☑ 合格　　□ 不合格" if passed else "□ 合格　　☑ 不合格"],
        ]
        y = s.table(60, 100, [90, 385], rows, 10.5, 30, ["center", "left"], header=0) + 30
        s.text(60, y, "验收小组成员（签字）：", 10.5)
        for i, key in enumerate(("client_rep", "client_it", "expert")):
            s.picture_mm(220 + i * 90, y - 4, signature(rng, p.people.get(key, "")), 20, 8)
        y += 50
        s.text(60, y, "采购人（盖章）：", 10.5)
        s.text(320, y, "供应商（盖章）：", 10.5)
        s.picture_mm(160, y + 30, seals[0], 40, 40)
        s.picture_mm(420, y + 30, seals[1], 40, 40)
        s.text(60, y + 90, cn_date(p.accepted_on), 10.5)
        s.text(320, y + 90, cn_date(p.accepted_on), 10.5)

    return [PageSpec(page)]
