"""Acceptance reports: third parties (监理, 测评, 检测) are the third party and never party A or B;
conclusions as the seeds count them (a project that passed acceptance)."""

from __future__ import annotations

import datetime as dt

import pytest
from field_pages import page_of

from jianzheng.extract.fields.doctypes import EXTRACTORS, Reading
from jianzheng.models import AcceptanceConclusion, DocType, Seal

CLIENT = "乌鲁木齐市沙依巴克区数据局"
SUPPLIER = "新疆天山云数信息技术有限公司"
TESTER = "新疆维吾尔自治区软件测评中心"
SUPERVISOR = "新疆中信工程监理有限公司"


def acceptance(lines: list[str], **kw):
    return EXTRACTORS[DocType.acceptance_report](Reading.of([page_of(lines, **kw)]))


def value(field):
    return field.value if field is not None else None


@pytest.mark.parametrize(
    "lines",
    [
        [f"建设单位：{CLIENT}", f"承建单位：{SUPPLIER}", f"第三方测评机构：{TESTER}"],
        [f"建设单位  {CLIENT}", f"承建单位  {SUPPLIER}", f"第三方测试  {TESTER}（报告编号：XJRC-2025-575）"],
        [
            f"建设单位（甲方） {CLIENT}",
            f"承建单位（乙方） {SUPPLIER}",
            f"第三方检测  {TESTER}（报告编号：XJJC-2024-4600）",
        ],
        [f"建设单位：{CLIENT}", f"承建单位：{SUPPLIER}", f"监理/测评单位（盖章）：{TESTER}"],
        # The tester stands under a party label of its own (验收单位), before the client's.
        [f"验收单位：{TESTER}", f"建设单位：{CLIENT}", f"承建单位：{SUPPLIER}"],
        # The signature block signed by three: client, supplier, tester.
        [
            "建设单位（盖章）：    承建单位（盖章）：    测试单位（盖章）：",
            f"{CLIENT}    {SUPPLIER}    {TESTER}",
        ],
    ],
)
@pytest.mark.parametrize("ocr", [False, True])
def test_a_tester_is_the_third_party_and_no_party(lines, ocr):
    found = acceptance(["项目验收报告", "项目名称：乌鲁木齐市智慧社区平台建设项目", *lines], ocr=ocr)
    assert value(found.party_a) == CLIENT
    assert value(found.party_b) == SUPPLIER
    assert value(found.third_party) == TESTER


def test_a_supervisors_seal_names_the_third_party():
    page = page_of(
        ["项目验收报告", f"建设单位：{CLIENT}", f"承建单位：{SUPPLIER}", "验收结论：同意通过验收。"],
        ocr=True,
        seals=[Seal(bbox=(300.0, 100.0, 420.0, 220.0), text=f"{SUPERVISOR}业务专用章", confidence=0.9)],
    )
    found = EXTRACTORS[DocType.acceptance_report](Reading.of([page]))
    assert value(found.third_party) == SUPERVISOR
    assert (value(found.party_a), value(found.party_b)) == (CLIENT, SUPPLIER)


@pytest.mark.parametrize("ocr", [False, True])
def test_a_test_reports_issuer_on_its_cover_is_the_third_party(ocr):
    # The issuer stands unlabelled under the title, its second name's bracket wrapped.
    found = acceptance(
        [
            "测试报告",
            "项目名称：乌鲁木齐市智慧社区平台建设项目",
            f"委托单位：{SUPPLIER}",
            f"建设单位：{CLIENT}",
            "新疆信息产品质量监督检验研究院（国家信息安全产品质量检验检测中心",
            "（新疆））",
            "2024年11月29日",
        ],
        ocr=ocr,
    )
    assert (
        value(found.third_party) == "新疆信息产品质量监督检验研究院(国家信息安全产品质量检验检测中心(新疆))"
    )
    assert value(found.party_a) == CLIENT


def test_the_last_date_wrapped_at_its_lines_end_is_read_across_the_break():
    # A sign-off form: the supervisor signed first; the client's date ran onto the next line.
    found = acceptance(
        [
            "信息系统工程竣工验收签认表",
            "项目名称：乌鲁木齐市智慧社区平台建设项目",
            f"监理单位：{SUPERVISOR}（章） 总监理工程师： 日期：2024年1月10日",
            "建设单位意见：同意监理意见。",
            f"建设单位：{CLIENT}（章） 负责人： 日期：2024年11月10",
            "日",
        ],
        ocr=True,
    )
    assert found.accepted_on is not None and str(found.accepted_on.value) == "2024-11-10"


def test_a_clients_letter_under_its_letterhead_with_a_wrapped_title():
    # 关于某项目验 / 收意见的函 set large; the letterhead lost its first character; the builder's
    # request date comes before the acceptance's; a seal's stroke was read beside the date.
    client = "哈密市伊州区城市管理和综合行政执法局(伊州区数字化城市管理指挥中心)"
    title = ["关于哈密市伊州区城市管理和综合行政执法局智慧供热监", "控平台建设项目验收意见的函"]
    page = page_of(
        [
            client[1:],
            "伊城函〔2024〕43号",
            *title,
            f"{SUPPLIER}：",
            "你公司承建的哈密市伊州区城市管理和综合行政执法局智慧供热监控平台建设项目（合同",
            "编号：YZ2024-JS-75），已按合同约定完成建设内容，并于2024年5月4日提交了竣工验收申请。",
            "2024年5月17日，我单位组织相关科室及特邀专家组成验收组，对项目进行了验收。",
            "验收组认为：同意该项目通过验收，验收合格。",
            "特此函告。",
            client,
            "答2024年5月17日",
        ],
        ocr=True,
    )
    tall = [
        w.model_copy(update={"bbox": (w.bbox[0], w.bbox[1] - 4, w.bbox[2] + 4, w.bbox[3] + 4)})
        if w.text in title
        else w
        for w in page.words
    ]
    found = EXTRACTORS[DocType.acceptance_report](Reading.of([page.model_copy(update={"words": tall})]))
    assert value(found.project_name) == "哈密市伊州区城市管理和综合行政执法局智慧供热监控平台建设项目"
    assert value(found.party_b) == SUPPLIER
    assert value(found.party_a) == client
    assert str(value(found.accepted_on)) == "2024-05-17"


def test_a_letters_signer_garbled_by_its_seal_is_the_letterhead_its_title_spells_again():
    page = page_of(
        [
            "哈密市气象局",
            "哈气函〔2024〕21号",
            "关于哈密市气象局气象综合观测数据传输系统项目验收意见的函",
            f"{SUPPLIER}：",
            "你公司承建的哈密市气象局气象综合观测数据传输系统项目已按合同约定完成建设内容。",
            "2024年9月25日，我单位组织相关科室及特邀专家组成验收组，对项目进行了验收。",
            "经研究，同意该项目通过验收，验收合格。",
            "特此函告。",
            "哈密市气",
            "密市特象局",  # the seal's ring over the signer's name
            "2024年9月25日",
        ],
        ocr=True,
    )
    garbled = [w.model_copy(update={"confidence": 0.82}) if w.text == "密市特象局" else w for w in page.words]
    found = EXTRACTORS[DocType.acceptance_report](Reading.of([page.model_copy(update={"words": garbled})]))
    assert value(found.party_a) == "哈密市气象局" and found.party_a.confidence < 0.8
    # Read surely, a signer other than the letterhead is no garbling of it: nothing is guessed.
    plain = EXTRACTORS[DocType.acceptance_report](Reading.of([page]))
    assert value(plain.party_a) is None


def test_a_letters_decision_is_plain_when_nothing_in_it_says_otherwise():
    decided = acceptance(
        [
            "关于某项目验收意见的函",
            f"{SUPPLIER}：",
            "2024年9月6日，我单位组织专家组成验收组对项目进行了验收。",
            "验收组发现以下问题：部分前端设备未完成联调。经研究，不同意验收。",
            "特此函告。",
        ],
        ocr=True,
    )
    assert value(decided.conclusion) == AcceptanceConclusion.failed
    assert decided.conclusion.confidence >= 0.8
    # Sentences that disagree leave the reading unsure.
    mixed = acceptance(
        ["关于某项目验收意见的函", "验收组认为：项目通过验收。", "因资料不全，暂不同意验收。"], ocr=True
    )
    assert mixed.conclusion is not None and mixed.conclusion.confidence < 0.8


def test_a_forms_works_dates_are_no_acceptance_date():
    found = acceptance(
        [
            "项目竣工验收单",
            f"建设单位  {CLIENT}",
            f"承建单位  {SUPPLIER}",
            "开工日期  2025年1月20日  竣工日期  2025年6月24日",
            "验收内容  1.取水口在线计量；2.水量监控平台。",
            "2025年6月24日初验：要求整改后复验。",
            "2025年7月18日复验：整改内容已全部完成，复验合格。",
            "验收结论  验收合格",
            "2025年7月18日",
        ],
        ocr=True,
    )
    assert str(value(found.accepted_on)) == "2025-07-18"


def test_an_option_row_whose_tick_was_not_read_gives_no_plain_verdict():
    def read(row: str):
        return acceptance(["项目竣工验收单", f"建设单位  {CLIENT}", f"验收结论  {row}"], ocr=True).conclusion

    ticked = read("☑验收合格 □整改后复验 □不合格")
    assert ticked is not None and ticked.value == AcceptanceConclusion.passed and ticked.confidence >= 0.8
    failed = read("□验收合格 □整改后复验 ☑不合格")
    assert failed is not None and failed.value == AcceptanceConclusion.failed and failed.confidence >= 0.8
    # Glare took the ticked option and the next box: what is left says nothing for sure.
    lost = read("整改后复验 □不合格")
    assert lost is None or lost.confidence < 0.8


def test_options_printed_side_by_side_without_a_box_read_are_no_verdict():
    # A flattened form: the ticks were drawn, not printed; the text says both options.
    alone = acceptance(["项目竣工验收报告", f"建设单位  {CLIENT}", "验收结论  合格  不合格"]).conclusion
    assert alone is None or alone.confidence < 0.8
    # The report's own opinion then decides, quoted as evidence.
    stated = acceptance(
        [
            "项目竣工验收报告",
            f"建设单位  {CLIENT}",
            "验收意见  系统功能及性能满足合同要求，文档资料齐全，同意通过验收。",
            "验收结论  合格  不合格",
        ]
    ).conclusion
    assert stated is not None and stated.value == AcceptanceConclusion.passed and stated.confidence >= 0.8
    assert "同意通过验收" in (stated.text or "")
    # A failing verdict is still plain when it is the only thing the row says.
    failed = acceptance(["项目竣工验收报告", f"建设单位  {CLIENT}", "验收结论  验收不合格"]).conclusion
    assert failed is not None and failed.value == AcceptanceConclusion.failed and failed.confidence >= 0.8


def test_a_lost_tick_is_plain_where_the_reports_opinion_says_the_same():
    form = ["项目验收单", f"建设单位  {CLIENT}", "验收结论：□合格 不合格"]
    alone = acceptance(form, ocr=True).conclusion
    assert alone is not None and alone.confidence < 0.8
    opinion = "验收意见：基本合格，限期整改，整改完成后另行组织验收。"
    found = acceptance([*form, opinion], ocr=True).conclusion
    assert found is not None and found.value == AcceptanceConclusion.failed and found.confidence >= 0.9
    other = acceptance([*form, "验收意见：系统运行稳定，同意通过验收。"], ocr=True).conclusion
    assert other is not None and other.confidence < 0.8  # the opinion disagrees: still unsure


def test_a_contract_with_a_testing_company_keeps_it_as_party_b():
    # Only an acceptance report has a third party; a contract's supplier may well be a tester.
    lines = [f"甲方：{CLIENT}", "乙方：新疆信息技术产品质量检测有限公司"]
    found = EXTRACTORS[DocType.contract](Reading.of([page_of(lines)]))
    assert value(found.party_b) == "新疆信息技术产品质量检测有限公司"


@pytest.mark.parametrize(
    ("verdict", "expected"),
    [
        ("验收结论：同意验收。", AcceptanceConclusion.passed),
        ("验收结论：验收合格。", AcceptanceConclusion.passed),
        ("验收意见：专家组一致同意该项目通过验收。", AcceptanceConclusion.passed),
        # 基本合格 is a pass: the project passed acceptance, with remarks.
        ("验收结论：基本合格。", AcceptanceConclusion.passed),
        ("验收意见：对专家提出的问题需整改完善，同意通过验收。", AcceptanceConclusion.passed),
        ("验收结论：不合格。", AcceptanceConclusion.failed),
        ("验收结论：不同意验收。", AcceptanceConclusion.failed),
        ("验收意见：整改后复验。", AcceptanceConclusion.failed),
        # The re-inspection that took place and passed: 复验 here is the process, not the verdict.
        (
            "验收意见：首次验收提出的问题已全部整改完毕，专家组进行了复验，系统运行稳定。验收结论：整改后复验合格。",
            AcceptanceConclusion.passed,
        ),
        ("验收意见：存在问题，需复验。", AcceptanceConclusion.failed),
        ("验收意见：系统存在安全隐患，需整改。", AcceptanceConclusion.failed),
        ("验收结论：基本合格，需整改后另行组织验收。", AcceptanceConclusion.failed),
        ("验收结论：☑合格 □不合格", AcceptanceConclusion.passed),
        ("验收结论：□合格 ☑不合格", AcceptanceConclusion.failed),
        ("验收结论：□合格 ☑基本合格 □不合格", AcceptanceConclusion.passed),
    ],
)
def test_conclusions(verdict, expected):
    found = acceptance(["项目验收报告", f"建设单位：{CLIENT}", verdict])
    assert value(found.conclusion) is expected


LETTER = [
    "巴里坤哈萨克自治县畜牧兽医发展中心",
    "项目验收意见",
    f"{SUPPLIER}：",
    "你公司承建的“智慧畜牧养殖监测系统技术开发项目”已按合同约定完成建设。2024年10月20日，我单位组织",
    "有关部门和专家对该项目进行了验收。",
    "验收结论：同意验收。",
]


def test_a_letter_under_its_clients_letterhead_that_organised_the_acceptance_itself():
    fields = acceptance([*LETTER, "巴里坤哈萨克自治县畜牧兽医发展中心", "2024年10月20日"], ocr=True)
    assert value(fields.party_a) == "巴里坤哈萨克自治县畜牧兽医发展中心"
    assert value(fields.party_b) == SUPPLIER


def test_a_signer_a_seal_cut_short_is_the_letterhead_it_reads_as():
    fields = acceptance([*LETTER, "巴里坤哈萨克自治县畜牧兽医发展中", "2024年10月20日"], ocr=True)
    assert value(fields.party_a) == "巴里坤哈萨克自治县畜牧兽医发展中心"
    # Another organisation under the signature is not taken for the letterhead's.
    other = acceptance([*LETTER, "巴里坤哈萨克自治县农业农村局", "2024年10月20日"], ocr=True)
    assert value(other.party_a) is None


def test_a_letter_without_letterhead_that_says_we_organised_it_is_signed_by_the_client():
    letter = [
        "关于高昌区人民医院信息系统升级改造",
        "项目的验收意见",
        f"{SUPPLIER}：",
        "你公司承建的高昌区人民医院信息系统升级改造项目已按合同约定完成建设任务。",
        "2025年5月24日，我单位组织相关专家对该项目进行了验收，验收合格。",
    ]
    fields = acceptance([*letter, "市", "吐鲁番市人民医院", "2025年5月24日"], ocr=True)
    assert value(fields.party_a) == "吐鲁番市人民医院"  # the seal's stray 市 above is no part of it
    assert value(fields.party_b) == SUPPLIER
    # A character under the seal misread: the letter's sentences spell the name plainly.
    toksun = [*letter[:3], "你公司承建的托克逊县自然资源局不动产登记项目已完成，我单位组织专家进行了验收。"]
    blurred = acceptance([*toksun, "托束逊县自然资源局", "2025年7月28日"], ocr=True)
    assert value(blurred.party_a) == "托克逊县自然资源局"
    # The seal's strokes beside the name read as Latin letters.
    stroked = acceptance([*toksun, "托克逊县自然资源局NEP", "2025年7月28日"], ocr=True)
    assert value(stroked.party_a) == "托克逊县自然资源局"


HAMI_LETTER = [
    "伊吾县人民医院",
    "伊吾人函〔2025〕36号",
    "关于伊吾县人民医院2025年信息系统(HIS)升级改造项",
    "目验收意见的函",
    f"{SUPPLIER}：",
    "你公司承建的伊吾县人民医院2025年信息系统(HIS)升级改造项目（合同编号：",
    "HM-XXJC-2025-023），已按合同约定完成建设内容，并于2025年5月6日提交了竣工验收申请。",
    "2025年5月24日，我单位组织相关科室及特邀专家组成验收组，对项目进行了验收。",
    "经研究，同意该项目通过验收，验收合格。",
]


@pytest.mark.parametrize("signer", ["伊伊吾县人民医院", "吾县人民医院", "人民医院", "伊吾县人民医"])
def test_a_signer_blurred_by_its_seal_is_the_letterhead_the_letter_prints(signer):
    # A seal over the signature adds, hides or blurs characters; the letterhead names the client.
    fields = acceptance([*HAMI_LETTER, signer, "2025年5月24日"], ocr=True)
    assert value(fields.party_a) == "伊吾县人民医院"


def test_a_letter_its_seal_alone_signs_is_the_letterheads():
    # No signer printed: the closing formula stands right above the date, the seal signs.
    fields = acceptance([*HAMI_LETTER, "特此函告。", "2025年5月24日"], ocr=True)
    assert value(fields.party_a) == "伊吾县人民医院"
    # Without 我单位组织 the letterhead says nothing of who organised the acceptance.
    told = [line.replace("我单位组织", "由建设单位组织") for line in HAMI_LETTER]
    assert value(acceptance([*told, "特此函告。", "2025年5月24日"], ocr=True).party_a) is None


def test_the_project_a_letter_names_before_its_contract_number():
    fields = acceptance([*HAMI_LETTER, "伊吾县人民医院", "2025年5月24日"], ocr=True)
    assert value(fields.project_name) == "伊吾县人民医院2025年信息系统(HIS)升级改造项目"


SIGN_OFF = [
    "信息系统工程竣工验收签认表",
    "项目名称：吐鲁番市高昌区教育城域网升级改造项目",
    f"致：{SUPERVISOR}（监理单位）",
    "我方已按合同要求完成项目的建设，经自检合格，请予以验收。",
    f"承建单位：{SUPPLIER}（章） 项目经理： 日期：2024年9月6日",
    "监理单位意见：",
    "经监理单位组织预验收，项目各项功能和性能指标均达到合同要求，验收合格。",
    f"监理单位：{SUPERVISOR}（章） 总监理工程师： 日期：2024年9月11日",
    "建设单位意见：",
    "同意监理意见。",
    f"建设单位：{CLIENT}（章） 负责人： 日期：2024年9月11日",
]


def test_a_supervisors_sign_off_sheet():
    fields = acceptance(SIGN_OFF, ocr=True)
    # 监理单位意见： heads an opinion; the name is on the signature row.
    assert value(fields.third_party) == SUPERVISOR
    assert value(fields.party_a) == CLIENT and value(fields.party_b) == SUPPLIER
    # The builder's request is dated first; the acceptance is the last signature.
    assert str(value(fields.accepted_on)) == "2024-09-11"


def test_a_clients_stamp_over_its_name_and_the_printed_stamp_mark():
    # The seal covers the 建设单位 row; （章） printed beside the name is no misreading of it.
    seal = Seal(bbox=(80.0, 200.0, 200.0, 320.0))  # over the 建设单位 row, the page's last
    fields = acceptance(SIGN_OFF, ocr=True, seals=[seal])
    assert value(fields.party_a) == CLIENT


def test_a_wrapped_name_boxed_with_the_next_columns_short_label():
    # 采购人 | 中国移动…巴 供应商 | 新疆某公司 / 音郭楞分公司: OCR set 供应商 a blank after the first
    # half of the wrapped name, in its cell.
    from jianzheng.models import Page, TextSource, Word

    def word(text: str, x: float, y: float) -> Word:
        return Word(text=text, bbox=(x, y, x + 10.0 * len(text), y + 12.0), source=TextSource.ocr)

    page = Page(
        file="履约验收书.pdf",
        number=1,
        width=595,
        height=842,
        text_source=TextSource.ocr,
        words=[
            word("政府采购项目履约验收书", 195, 64),
            word("采购人", 59, 104),
            word("中国移动通信集团新疆有限公司巴", 139, 101),
            word("供应商", 294, 104),
            word(SUPPLIER, 377, 104),
            word("音郭楞分公司", 141, 114),
            word("验收结论：☑合格", 57, 370),
        ],
    )
    fields = EXTRACTORS[DocType.acceptance_report](Reading.of([page]))
    assert value(fields.party_a) == "中国移动通信集团新疆有限公司巴音郭楞分公司"
    assert value(fields.party_b) == SUPPLIER


def test_a_final_acceptance_dated_at_its_own_label_in_chinese_numerals():
    fields = acceptance(
        [
            "终验报告",
            f"采购人：{CLIENT}",
            f"供应商：{SUPPLIER}",
            "终验时间：二〇二三年十二月二十六日",
            "终验地点：会议室",
        ],
        ocr=True,
    )
    assert str(value(fields.accepted_on)) == "2023-12-26" and fields.accepted_on.confidence >= 0.9


def test_a_stroke_of_the_seal_read_before_the_signer_is_no_part_of_the_name():
    # 你公司承建的伊吾县人民医院… spells 的伊吾县人民医院 too; the title spells the name alone.
    fields = acceptance([*HAMI_LETTER, "的伊吾县人民医院", "2025年5月24日"], ocr=True)
    assert value(fields.party_a) == "伊吾县人民医院"


def test_a_test_reports_developer_is_the_contractor_and_its_issuer_the_third_party():
    fields = acceptance(
        [
            "新疆天山软件测评中心有限公司",
            "软件测评报告",
            "项目名称  昭苏县农业农村局高标准农田物联网监测项目",
            f"委托单位  {CLIENT}",
            f"开发（承建）单位  {SUPPLIER}",
            "测评结论：通过。",
            "签发日期：2025年8月25日",
        ],
        ocr=True,
    )
    assert value(fields.party_b) == SUPPLIER
    assert value(fields.third_party) == "新疆天山软件测评中心有限公司"
    assert value(fields.party_a) is None  # 委托单位 may be either party: no role is read from it


def test_a_preliminary_and_a_final_acceptance_bound_together_give_the_final_date():
    first = [
        "初步验收报告",
        f"建设单位  {CLIENT}",
        "验收日期  2025年8月27日",
        "验收结论  初验合格，进入试运行",
    ]
    final = [
        "竣工（终验）验收报告",
        f"建设单位  {CLIENT}",
        "验收日期  2025年10月26日",
        "验收结论  同意通过验收",
    ]
    pages = [page_of(first, ocr=True, number=1), page_of(final, ocr=True, number=2)]
    fields = EXTRACTORS[DocType.acceptance_report](Reading.of(pages))
    assert str(value(fields.accepted_on)) == "2025-10-26"


def test_a_name_printed_short_on_the_test_report_is_taken_whole_from_the_form():
    report = page_of(["第三方测评报告", "项目名称  高昌区综合执法信息系统", f"测评机构  {TESTER}"], ocr=True)
    form = page_of(
        ["项目竣工验收单", "项目名称  高昌区综合执法信息系统项目", f"建设单位  {CLIENT}"], ocr=True, number=2
    )
    found = EXTRACTORS[DocType.acceptance_report](Reading.of([report, form]))
    assert value(found.project_name) == "高昌区综合执法信息系统项目"


def test_two_different_names_keep_the_first():
    first = page_of(["项目验收报告", "项目名称：高昌区综合执法信息系统项目"], ocr=True)
    other = page_of(["项目验收报告", "项目名称：高昌区综合执法信息系统二期项目"], ocr=True, number=2)
    found = EXTRACTORS[DocType.acceptance_report](Reading.of([first, other]))
    assert value(found.project_name) == "高昌区综合执法信息系统项目"


@pytest.mark.parametrize("ocr", [False, True])
def test_a_letter_signed_by_the_committees_head_names_its_organiser_in_its_sentence(ocr):
    found = acceptance(
        [
            "阿合奇县高标准农田物联网监测系统项目",
            "验收意见",
            f"2024年7月25日，{CLIENT}组织成立项目验收小组（名单附后），在阿合奇县对",
            f"{SUPPLIER}承建的“阿合奇县高标准农田物联网监测系统项目”进行了验收。",
            "验收小组一致同意该项目通过验收。",
            "验收组长（签字）：朱努斯",
            "日期：2024.7.25",
        ],
        ocr=ocr,
    )
    assert (value(found.party_a), value(found.party_b)) == (CLIENT, SUPPLIER)


def test_a_letter_whose_organiser_is_a_supervisor_names_no_client():
    found = acceptance(
        [
            "验收意见",
            f"{SUPERVISOR}组织成立项目验收小组，对{SUPPLIER}承建的“某平台建设项目”进行了验收。",
            "验收组长（签字）：朱努斯",
        ]
    )
    assert value(found.party_a) is None


def test_a_testing_centres_branch_in_brackets_keeps_its_bracket():
    found = acceptance(
        [
            "项目验收单",
            f"建设单位(甲方) {CLIENT}",
            f"承建单位(乙方) {SUPPLIER}",
            "第三方检测  新疆信息产品检测中心（克州分中心）（报告编号：XJJC-2024-4600）",
        ],
        ocr=True,
    )
    assert value(found.third_party) == "新疆信息产品检测中心(克州分中心)"


def test_a_certificates_sentence_names_the_tester():
    found = acceptance(
        [
            "项目验收证书",
            f"建设单位  {CLIENT}",
            f"承建单位  {SUPPLIER}",
            "验收结论  项目已完成合同约定的全部建设内容。经新疆天山软件评测中心有限公司第三方测评，",
            "系统功能、性能及安全性满足合同要求，同意通过验收。",
        ],
        ocr=True,
    )
    assert value(found.third_party) == "新疆天山软件评测中心有限公司"
    assert (value(found.party_a), value(found.party_b)) == (CLIENT, SUPPLIER)


def test_a_letter_whose_organiser_met_elsewhere_and_whose_builder_reported():
    found = acceptance(
        [
            "项目验收意见",
            "项目名称：乌鲁木齐市天山区市政设施物联感知研究开发项目",
            f"2024年5月28日，{CLIENT}在乌鲁木齐市组织召开了“乌鲁木齐市天山区市政设施物联感知研究开发项目”验收会。",
            f"验收组听取了承担单位{SUPPLIER}的工作汇报，审阅了技术文档，形成如下意见：",
            "验收结论：验收组认为该项目基本合格，同意通过验收。",
            "验收组组长（签字）：",
            CLIENT,
            "2024年5月28日",
        ],
        ocr=True,
    )
    assert (value(found.party_a), value(found.party_b)) == (CLIENT, SUPPLIER)


def test_a_testing_institutes_report_number_in_brackets_is_no_part_of_its_name():
    found = acceptance(
        [
            "项目验收单",
            f"建设单位(甲方) {CLIENT}",
            f"承建单位(乙方) {SUPPLIER}",
            "第三方检测  克孜勒苏柯尔克孜自治州产品质量检验所（报告编号：XJJC-2024-6290）",
        ],
        ocr=True,
    )
    assert value(found.third_party) == "克孜勒苏柯尔克孜自治州产品质量检验所"


def test_a_letter_whose_committee_list_names_bodies_still_names_its_organiser():
    found = acceptance(
        [
            "验收意见",
            f"2024年10月19日，{CLIENT}组织成立项目验收小组（名单附后），在阿图什市对",
            f"{SUPPLIER}承建的“阿图什市中小学智慧校园建设项目”进行了验收。",
            "验收小组成员：",
            "序号 姓名  单位  职务/职称 签字",
            "5 阿依提别克·吐尔逊别克 阿图什市工业和信息化局  工程师",
            "验收组长(签字):阿曼吐尔",
            "日期:2024年10月19日",
        ],
        ocr=True,
    )
    assert (value(found.party_a), value(found.party_b)) == (CLIENT, SUPPLIER)


def test_a_final_reports_form_that_lists_the_preliminary_date_first_is_dated_by_the_final():
    import datetime as dt

    found = acceptance(
        [
            "竣工（终验）验收报告",
            f"建设单位  {CLIENT}",
            f"承建单位  {SUPPLIER}",
            "初验日期  2024年7月29日",
            "试运行期  2024年7月29日至2024年10月11日",
            "终验日期  2024年10月16日",
            "验收结论：验收组一致认为该项目验收合格，同意通过竣工（终验）验收。",
        ]
    )
    assert found.accepted_on.value == dt.date(2024, 10, 16)


HELD_LETTER = [
    "关于库车市政务数据共享交换平台技术服务项目",
    "验收意见",
    "二〇二四年八月十九日，库车市数据局组织信息化、财务及使用科室等有关人员共7人组",
    f"成验收组，对{SUPPLIER}承担的库车市政务数据共享交换平台技术服务项",
    "目进行了验收。验收组听取了项目实施情况汇报，形成验收意见如下：",
    "验收结论：验收组一致同意该项目通过验收。",
    "验收组组长（签字）：",
]


@pytest.mark.parametrize("signer", ["市数据局（盖章）", "库车市数据局（盖章）", "库人民医院（盖章）"])
def test_a_letters_signer_under_its_seal_is_the_organiser_its_sentence_spells_whole(signer):
    lines = [*HELD_LETTER, signer, "二〇二四年八月十九日"]
    if "医院" in signer:
        lines = [ln.replace("库车市数据局组织", "库车市人民医院组织") for ln in lines]
    found = acceptance(lines, ocr=True)
    client = "库车市人民医院" if "医院" in signer else "库车市数据局"
    assert (value(found.party_a), value(found.party_b)) == (client, SUPPLIER)


def test_a_letters_sentence_that_opens_with_the_day_the_acceptance_was_held_is_a_plain_date():
    # The signature's date misread (十7月): the sentence's date stands, plainly enough for a finding.
    found = acceptance([*HELD_LETTER, "库车市数据局（盖章）", "二〇二四年十7月二日"], ocr=True)
    assert value(found.accepted_on) == dt.date(2024, 8, 19)
    assert found.accepted_on.confidence >= 0.8


def test_a_sentence_date_of_another_event_before_the_acceptance_stays_unsure():
    found = acceptance(
        [
            "验收意见",
            f"{SUPPLIER}承建的某平台建设项目于2024年5月10日上线试运行，经试运行后通过验收。",
            "验收组长（签字）：朱努斯",
        ],
        ocr=True,
    )
    assert value(found.accepted_on) == dt.date(2024, 5, 10)
    assert found.accepted_on.confidence < 0.8


def test_a_supervisors_label_cell_wrapped_before_its_label_set_again_names_the_supervisor():
    found = acceptance(
        [
            "项目验收单",
            f"采购人  {CLIENT}",
            f"供应商  {SUPPLIER}",
            f"监理单位  监理单位：{SUPERVISOR}（盖章）",
            "意见",
            "总监理工程师（签字）：  日期：2024年10月30日",
        ],
        ocr=True,
    )
    assert value(found.third_party) == SUPERVISOR


def test_a_ticked_basic_pass_that_the_next_words_send_back_is_no_pass():
    found = acceptance(
        [
            "项目终验报告",
            f"建设单位：{CLIENT}",
            "三、验收结论",
            "□ 合格 ☑基本合格 □ 不合格",
            "验收结论：基本合格。部分接口功能尚未联调完成，本次终验不予通过，承建单位完成整改后重新组",
            "织验收。",
        ]
    ).conclusion
    assert found is not None and found.value == AcceptanceConclusion.failed and found.confidence >= 0.8


def test_a_subcontracts_acceptance_names_the_prime_contractor_as_party_a():
    # jiashi seed 1: 发包单位（总包）, 分包单位, then the owner and the supervisor.
    found = acceptance(
        [
            "竣工验收证书",
            "发包单位（总包）  喀什地区雪莲信通建工集团有限公司",
            f"分包单位  {SUPPLIER}",
            f"建设单位  {CLIENT}",
            f"监理单位  {SUPERVISOR}",
        ]
    )
    assert value(found.party_a) == "喀什地区雪莲信通建工集团有限公司"
    assert value(found.party_b) == SUPPLIER
    assert value(found.third_party) == SUPERVISOR
