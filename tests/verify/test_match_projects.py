"""Matching declared project rows to contracts, acceptance reports and invoices."""

from __future__ import annotations

from decimal import Decimal

from rapidfuzz import fuzz
from verify_builders import acceptance, contract, declaration, invoice, project_row

from jianzheng.verify import match_projects
from jianzheng.verify.match import score_contract
from jianzheng.verify.normalise import normalise_project, project_similarity


def _docs_of(matches, pid):
    return next(m.documents for m in matches if m.project_id == pid)


def test_each_project_gets_its_contract_acceptance_and_invoice():
    decl = declaration()
    docs = [contract("D2"), acceptance("D3"), invoice("D4")]
    matches = match_projects(decl, docs)
    assert len(matches) == 1
    assert matches[0].project_id == "P1"
    assert matches[0].documents == ["D2", "D3", "D4"]
    assert matches[0].score > 0.95


def test_projects_declared_in_another_order_with_other_wording_and_in_wan_still_match():
    decl = declaration(
        projects=[
            project_row("P1", "克拉玛依市第一中学智慧校园二期", "克拉玛依市第一中学", "1000000"),
            project_row("P2", "沙依巴克区政务云平台建设", "乌鲁木齐市沙依巴克区数据局", "2450000"),
        ],
        precision={
            "projects.P1.contract_amount": Decimal("100"),
            "projects.P2.contract_amount": Decimal("100"),
        },
    )
    docs = [
        contract(
            "D1", name="乌鲁木齐市沙依巴克区政务云平台建设项目（一期）", amount="2450012.00", file="a.pdf"
        ),
        contract(
            "D2",
            name="克拉玛依市第一中学“智慧校园”（2期）建设项目",
            party_a="克拉玛依市第一中学",
            amount="999980.00",
            file="b.pdf",
        ),
    ]
    matches = match_projects(decl, docs)
    assert _docs_of(matches, "P1") == ["D2"]
    assert _docs_of(matches, "P2") == ["D1"]


def test_a_short_name_inside_a_long_one_is_not_a_near_match():
    short, long = "政务云", "沙依巴克区政务云平台运维及安全服务采购项目"
    assert fuzz.partial_ratio(short, long) == 100  # the trap the matcher avoids
    assert project_similarity(short, long) < 0.5


def test_the_short_name_trap_does_not_steal_the_right_contract():
    decl = declaration(projects=[project_row("P1", "政务云平台", amount="600000.00")])
    docs = [
        contract("D1", name="沙依巴克区政务云平台运维及安全服务采购项目", amount="1800000.00"),
        contract("D2", name="政务云平台建设项目", amount="600000.00"),
    ]
    assert _docs_of(match_projects(decl, docs), "P1") == ["D2"]


def _greedy(decl, docs):
    """The best remaining pair first: what the matcher must not do."""
    pairs = sorted(
        ((score_contract(p, d, decl), p.id, d.id) for p in decl.projects for d in docs),
        reverse=True,
    )
    used_p, used_d, chosen = set(), set(), {}
    for score, pid, did in pairs:
        if score > 0 and pid not in used_p and did not in used_d:
            chosen[pid] = did
            used_p.add(pid)
            used_d.add(did)
    return chosen


def test_the_assignment_is_optimal_where_greedy_would_leave_a_project_without_contract():
    decl = declaration(
        projects=[
            project_row("P1", "和田地区智慧教育云平台", "和田地区教育局", "800000.00"),
            project_row("P2", "和田地区教育局网络安全等级保护", "和田地区教育局", "790000.00"),
        ]
    )
    nameless = contract("D1", name=None, party_a="和田地区教育局", amount="800000.00")
    named = contract(
        "D2", name="和田地区智慧教育云平台建设项目", party_a="和田地区教育局", amount="650000.00"
    )
    # Greedy hands the nameless contract to P1 (a perfect amount) and P2 is left with nothing.
    assert _greedy(decl, [nameless, named]) == {"P1": "D1"}
    matches = match_projects(decl, [nameless, named])
    assert _docs_of(matches, "P1") == ["D2"]
    assert _docs_of(matches, "P2") == ["D1"]


def test_a_contract_without_a_readable_name_matches_on_amount_and_party():
    decl = declaration(
        projects=[project_row("P1"), project_row("P2", "阿克苏地区雪亮工程", "阿克苏地区公安局", "880000.00")]
    )
    docs = [contract("D1", name=None, party_a="阿克苏地区公安局", amount="880000.00", signed=None)]
    assert _docs_of(match_projects(decl, docs), "P2") == ["D1"]


def test_a_contract_of_another_project_for_the_same_client_does_not_fill_a_gap():
    decl = declaration(projects=[project_row("P1", amount="2450000.00")])
    docs = [contract("D1", name="沙依巴克区智慧城管视频监控系统", amount="760000.00")]
    assert match_projects(decl, docs) == []


def test_acceptance_reports_follow_their_contracts_file_and_name():
    decl = declaration(
        projects=[
            project_row("P1"),
            project_row("P2", "阿克苏地区雪亮工程", "阿克苏地区公安局", "880000.00", accepted="2024-10-10"),
        ]
    )
    docs = [
        contract("D1", file="x1.pdf"),
        contract(
            "D2", name="阿克苏地区雪亮工程", party_a="阿克苏地区公安局", amount="880000.00", file="x2.pdf"
        ),
        acceptance("D3", name=None, party_a=None, accepted="2024-10-10", file="x2.pdf"),
        acceptance("D4", name="沙依巴克区政务云平台项目", file="x3.pdf"),
    ]
    matches = match_projects(decl, docs)
    assert _docs_of(matches, "P1") == ["D1", "D4"]
    assert _docs_of(matches, "P2") == ["D2", "D3"]


def test_an_invoice_joins_the_project_whose_client_bought_it():
    decl = declaration(
        projects=[project_row("P1"), project_row("P2", "阿克苏地区雪亮工程", "阿克苏地区公安局", "880000.00")]
    )
    docs = [
        contract("D1", file="x1.pdf"),
        contract(
            "D2", name="阿克苏地区雪亮工程", party_a="阿克苏地区公安局", amount="880000.00", file="x2.pdf"
        ),
        invoice("D5", buyer="阿克苏地区公安局", total="440000.00", file="inv.pdf"),
    ]
    assert _docs_of(match_projects(decl, docs), "P2") == ["D2", "D5"]


def test_names_normalise_width_brackets_and_suffixes():
    assert normalise_project("克拉玛依市第一中学“智慧校园”（二期）建设项目") == normalise_project(
        "克拉玛依市第一中学智慧校园(2期)"
    )
    assert normalise_project("ＸＪ政务云平台采购项目合同") == normalise_project("XJ政务云平台")


def test_names_of_different_clients_with_the_same_project_type_stay_apart():
    clients = ["哈密市人民医院", "喀什地区喀什市教育局"]
    same_kind = project_similarity(
        "哈密市人民医院政务云平台建设项目", "喀什地区喀什市教育局政务云平台建设项目", clients
    )
    assert same_kind < 0.7
    assert project_similarity("哈密市人民医院政务云平台", "政务云平台建设项目", clients) == 1.0


def test_an_acceptance_page_reused_in_another_projects_file_stays_with_its_own_project():
    decl = declaration(
        projects=[project_row("P1"), project_row("P2", "阿克苏地区雪亮工程", "阿克苏地区公安局", "880000.00")]
    )
    docs = [
        contract("D1", file="p1.pdf"),
        acceptance("D2", file="p1.pdf"),
        contract(
            "D3", name="阿克苏地区雪亮工程", party_a="阿克苏地区公安局", amount="880000.00", file="p2.pdf"
        ),
        acceptance("D4", file="p2.pdf"),  # P1's acceptance page again
        invoice("D5", buyer="阿克苏地区公安局", total="440000.00", file="p2.pdf"),
    ]
    matches = match_projects(decl, docs)
    assert _docs_of(matches, "P1") == ["D1", "D2", "D4"]
    assert _docs_of(matches, "P2") == ["D3", "D5"]


def test_an_invoice_that_fits_two_projects_of_one_client_equally_joins_neither():
    decl = declaration(
        projects=[project_row("P1"), project_row("P2", "沙依巴克区视频监控联网系统", amount="900000.00")]
    )
    docs = [
        contract("D1", file="x1.pdf"),
        contract("D2", name="沙依巴克区视频监控联网系统", amount="900000.00", file="x2.pdf"),
        invoice("D5", total="300000.00", file="inv.pdf"),
    ]
    matches = match_projects(decl, docs)
    assert all("D5" not in m.documents for m in matches)


def test_an_invoice_that_names_one_of_two_projects_of_its_client_joins_that_one():
    from jianzheng.models import Page, TextSource, Word

    decl = declaration(
        projects=[project_row("P1"), project_row("P2", "沙依巴克区视频监控联网系统", amount="900000.00")]
    )
    docs = [
        contract("D1", file="x1.pdf"),
        contract("D2", name="沙依巴克区视频监控联网系统", amount="900000.00", file="x2.pdf"),
        invoice("D5", total="300000.00", file="inv.pdf"),
    ]
    remark = "备注 项目名称：沙依巴克区视频监控联网系统；合同编号：XJ-2024-101"
    page = Page(
        file="inv.pdf",
        number=5,  # the builder's invoice page
        width=595,
        height=842,
        words=[Word(text=remark, bbox=(40, 300, 40 + 10 * len(remark), 312), source=TextSource.text)],
    )
    matches = match_projects(decl, docs, {page.key: page})
    assert _docs_of(matches, "P2") == ["D2", "D5"]


def test_company_names_allow_an_ocr_slip_but_not_another_organisation():
    from jianzheng.verify.normalise import same_company

    assert same_company("新疆丝路智联软件有限公司", "新疆丝路智联软件有限公 司")
    assert same_company("新疆丝路智联软件有限公司", "新疆丝路智联软件有限公可")  # 可 for 司
    assert not same_company("克拉玛依市水务局", "克拉玛依市商务局")
    assert not same_company("乌鲁木齐市沙依巴克区数据局", "乌鲁木齐市沙依巴克区教育局")
    assert not same_company("新疆天池数据网络科技有限责任公司", "新疆天池数据信息技术有限责任公司")


def _numbered(doc, number: str):
    from jianzheng.models import Extracted

    fields = doc.fields.model_copy(update={"contract_number": Extracted(value=number, page=1, text=number)})
    return doc.model_copy(update={"fields": fields})


def test_a_supplementary_agreement_citing_the_rows_contract_joins_its_row():
    # 补充协议: its own number extends the original's, it states no amount and names the project
    # only inside 《…合同》; filed apart, it still belongs to the row.
    decl = declaration()
    original = _numbered(contract("D2"), "KLMY-2024-JC711")
    supplement = _numbered(
        contract("D3", name=None, amount=None, signed="2024-12-03", file="补充协议.pdf"),
        "KLMY-2024-JC711-BC01",
    )
    assert _docs_of(match_projects(decl, [original, supplement]), "P1") == ["D2", "D3"]
    # One citing no contract of the filing stays apart.
    stranger = _numbered(contract("D3", name=None, amount=None, file="补充协议.pdf"), "HT-2023-0088-BC")
    assert _docs_of(match_projects(decl, [original, stranger]), "P1") == ["D2"]


def _one_page(*files: str):
    from jianzheng.models import Page

    return {(f, 1): Page(file=f, number=1, width=595, height=842, words=[]) for f in files}


def test_a_contract_photographed_one_page_a_file_is_matched_whole():
    from jianzheng.verify import match_documents

    decl = declaration()
    files = [f"合同照片/合同{i}.jpg" for i in range(1, 6)]
    title = _numbered(contract("D2", amount=None, file=files[0], pages=[1]), "JHCG-2024-233")  # title page
    priced = _numbered(
        contract("D3", file=files[1], pages=[1]), "JHCG-2024-233"
    )  # names it, states the price
    table = contract(
        "D4", name=None, party_a=None, party_b=None, signed=None, file=files[2], pages=[1]
    )  # fee table
    clauses = contract(
        "D5", name=None, party_a=None, party_b=None, amount=None, signed=None, file=files[3], pages=[1]
    )
    signed = contract(
        "D6", name=None, amount=None, party_b="新疆天山云数信息枝术有限公", file=files[4], pages=[1]
    )
    matching = match_documents(decl, [title, priced, table, clauses, signed], _one_page(*files))
    assert _docs_of(matching.matches, "P1") == ["D2", "D3", "D4", "D5", "D6"]
    assert matching.pieces == {"D2": ["D3", "D4", "D5", "D6"]}


def test_a_page_of_another_contract_or_in_another_folder_is_no_piece():
    from jianzheng.verify import match_documents

    decl = declaration()
    files = ["合同/1.jpg", "合同/2.jpg", "其他/3.jpg", "合同/4.jpg"]
    first = _numbered(contract("D2", file=files[0], pages=[1]), "JHCG-2024-233")
    other_number = _numbered(contract("D3", name=None, file=files[1], pages=[1]), "JHCG-2024-999")
    elsewhere = contract(
        "D4", name=None, party_a=None, party_b=None, amount=None, signed=None, file=files[2], pages=[1]
    )
    stranger = contract("D5", name=None, party_a="和田地区财政局", amount=None, file=files[3], pages=[1])
    matching = match_documents(decl, [first, other_number, elsewhere, stranger], _one_page(*files))
    assert _docs_of(matching.matches, "P1") == ["D2"]
    assert matching.pieces == {}


def test_a_page_two_rows_could_claim_joins_neither():
    from jianzheng.verify import match_documents

    decl = declaration(
        projects=[project_row("P1"), project_row("P2", "沙依巴克区视频监控联网系统", amount="900000.00")]
    )
    docs = [
        contract("D1", file="x1.pdf"),
        contract("D2", name="沙依巴克区视频监控联网系统", amount="900000.00", file="x2.pdf"),
        contract("D3", name=None, amount=None, seal=True, file="签字页.jpg", pages=[1]),  # only the parties
    ]
    matching = match_documents(decl, docs, _one_page("签字页.jpg"))
    assert matching.pieces == {}
    assert "D3" not in {d for m in matching.matches for d in m.documents}


def test_a_signature_photo_beside_its_contracts_photo_joins_it_by_its_folder():
    # qinghe seed 1: 项目1/扫描全能王 10.23.jpg (the contract's first page) and 10.24.jpg (its
    # signature page, the enterprise's name read only in part under its seal); 项目2 the same.
    from jianzheng.verify import match_documents

    decl = declaration(
        projects=[project_row("P1"), project_row("P2", "沙依巴克区视频监控联网系统", amount="900000.00")]
    )
    files = ["项目1/10.23.jpg", "项目1/10.24.jpg", "项目2/1.png", "项目2/2.png"]
    docs = [
        contract("D1", file=files[0], pages=[1]),
        contract(
            "D2", name=None, amount=None, party_a=None, party_b="天山云数信息技", file=files[1], pages=[1]
        ),
        contract("D3", name="沙依巴克区视频监控联网系统", amount="900000.00", file=files[2], pages=[1]),
        contract("D4", name=None, amount=None, party_a=None, file=files[3], pages=[1]),
    ]
    matching = match_documents(decl, docs, _one_page(*files))
    assert matching.pieces == {"D1": ["D2"], "D3": ["D4"]}


def test_a_price_breakdown_bound_after_the_invoices_is_a_piece_when_it_prints_the_contracts_number():
    # qitai seed 1: contract pages 1-3, two invoices, then the 报价明细 (合同编号 and price) on page 6
    # of one scan; a page of the same file with another number is another contract.
    from jianzheng.verify import match_documents

    decl = declaration()
    whole = _numbered(contract("D2", file="scan.pdf", pages=[1, 2, 3]), "FK2025-JC-122")
    breakdown = _numbered(
        contract("D3", name=None, party_a=None, party_b=None, signed=None, file="scan.pdf", pages=[6]),
        "FK2025-JC-122",
    )
    other = _numbered(
        contract("D4", name=None, party_a=None, party_b=None, signed=None, file="scan.pdf", pages=[7]),
        "FK2025-JC-155",
    )
    matching = match_documents(decl, [whole, breakdown, other])
    assert matching.pieces == {"D2": ["D3"]}
    assert _docs_of(matching.matches, "P1") == ["D2", "D3"]


def test_a_county_both_names_open_with_does_not_make_two_projects_alike():
    # hoxut seed 1: another project's test report in the row's file.
    assert (
        project_similarity("沙雅县胡杨林资源动态监测平台建设项目", "沙雅县灌区智能量测水监测平台建设项目")
        < 0.5
    )
    assert project_similarity("沙雅县胡杨林资源动态监测平台建设项目", "沙雅县胡杨林资源动态监测平台") == 1.0
    assert project_similarity("沙雅县胡杨林资源动态监测平台建设项目", "胡杨林资源动态监测平台") > 0.8
    # 智慧城市 is the project's own words, no place
    assert project_similarity("智慧城市运营中心建设项目", "智慧城市运营中心") == 1.0
