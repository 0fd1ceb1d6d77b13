"""The ten filings: four clean ones that carry every trap of the theme, six with one planted cause each.

Every audit report carries the traps: last year's column beside this year's (or December beside the
year), the audit firm's own licence and 执业证书 bound at the end, 附注 tables that repeat and split
the revenue, and the auditor's standard text that says 非无保留意见 in a clean report.
"""

from __future__ import annotations

from .world import AuditStyle, Spec

SPECS: tuple[Spec, ...] = (
    Spec(
        name="at01_born_digital_clean",
        place="阿图什市",
        grade="丁",
        finance_years=(2025,),
        audits=(
            AuditStyle(2025, "2025年度审计报告.pdf", subsegments=True, cpa_certificates=True, extent=0.6),
        ),
        licences=(("horizontal", "营业执照副本.pdf"),),
        projects=2,
        project_delivery="born",
    ),
    Spec(
        name="at02_scanned_wan_clean",
        place="阿克陶县",
        grade="丙",
        finance_years=(2025,),
        audits=(
            AuditStyle(
                2025,
                "审计报告（盖章扫描件）.pdf",
                unit="万元",
                columns=("本年累计数", "上年同期数"),
                delivery="grey",
                emphasis=True,
                extent=0.9,
            ),
        ),
        licences=(("copy", "营业执照复印件（加盖公章）.pdf"),),
        projects=2,
        project_delivery="grey",
    ),
    Spec(
        name="at03_two_years_small_clean",
        place="乌恰县",
        grade="丁",
        finance_years=(2024, 2025),
        audits=(
            AuditStyle(
                2024, "审计/2024年度审计报告.pdf", small=True, delivery="colour", contents=False, extent=0.2
            ),
            AuditStyle(
                2025, "审计/2025年度审计报告（电子版）.pdf", small=True, cpa_certificates=True, extent=0.4
            ),
        ),
        licences=(("electronic", "电子营业执照.png"),),
        projects=1,
        project_delivery="colour",
    ),
    Spec(
        name="at04_gsxt_long_clean",
        place="喀什经济开发区",
        grade="丙",
        finance_years=(2025,),
        audits=(
            AuditStyle(
                2025,
                "财务审计报告2025.pdf",
                columns=("本年金额", "上年金额"),
                subsegments=True,
                cpa_certificates=True,
                extent=1.0,
            ),
        ),
        licences=(("vertical", "营业执照.pdf"), ("gsxt", "国家企业信用信息公示系统查询结果.pdf")),
        projects=2,
        project_delivery="born",
    ),
    Spec(
        name="at05_prior_year_revenue",
        place="阿合奇县",
        grade="丁",
        finance_years=(2025,),
        audits=(AuditStyle(2025, "审计报告.pdf", delivery="colour", extent=0.5),),
        licences=(("vertical", "营业执照扫描件.pdf"),),
        projects=1,
        project_delivery="colour",
        plant="prior_year_revenue",
    ),
    Spec(
        name="at06_wrong_year_report",
        place="阿图什市",
        grade="丁",
        finance_years=(2025,),
        audits=(AuditStyle(2024, "审计报告.pdf", extent=0.4),),
        licences=(("horizontal", "营业执照.pdf"),),
        projects=1,
        project_delivery="born",
        plant="wrong_year",
    ),
    Spec(
        name="at07_qualified_opinion",
        place="阿克陶县",
        grade="丁",
        finance_years=(2025,),
        audits=(AuditStyle(2025, "2025审计报告.pdf", delivery="grey", opinion="qualified", extent=0.5),),
        licences=(("electronic", "营业执照（电子）截图.png"),),
        projects=2,
        project_delivery="grey",
        plant="qualified",
    ),
    Spec(
        name="at08_licence_expired",
        place="乌恰县",
        grade="丁",
        finance_years=(2025,),
        audits=(
            AuditStyle(2025, "年度审计报告.pdf", unit="万元", columns=("本年金额", "上年金额"), extent=0.5),
        ),
        licences=(("copy", "营业执照复印件.pdf"),),
        projects=1,
        project_delivery="born",
        plant="licence_expired",
    ),
    Spec(
        name="at09_licence_capital",
        place="喀什经济开发区",
        grade="丁",
        finance_years=(2025,),
        audits=(AuditStyle(2025, "审计报告2025.pdf", subsegments=True, extent=0.3),),
        licences=(("horizontal", "营业执照正副本.pdf"),),
        projects=2,
        project_delivery="born",
        plant="licence_capital",
    ),
    Spec(
        name="at10_si_from_segment",
        place="阿图什市",
        grade="丙",
        finance_years=(2025,),
        audits=(AuditStyle(2025, "审计报告（含附注）.pdf", delivery="grey", subsegments=True, extent=0.7),),
        licences=(("vertical", "营业执照.pdf"),),
        projects=2,
        project_delivery="born",
        plant="si_total_it",
    ),
)
