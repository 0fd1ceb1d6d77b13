"""DUPLICATE_DOCUMENT: fingerprints, the persistent index, and checking several submissions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pymupdf
from forensics_planted import LINES, contract_pdf, sealed_pdf

from jianzheng.extract import PageImages
from jianzheng.extract.ocr import OcrEngine, OcrLine
from jianzheng.extract.ocr.null import NullOcrEngine
from jianzheng.extract.read import read_file
from jianzheng.models import Code, Declaration, DocType, Document, Page, Word
from jianzheng.verify.forensics.duplicate_store import MemoryDuplicateStore, SqliteDuplicateStore
from jianzheng.verify.forensics.duplicates import (
    distinctive,
    figures,
    find_repeats,
    fingerprint,
    is_blank,
    minhash,
    page_gray,
    similarity,
)
from jianzheng.verify.forensics.repeats import SubmissionId, repeat_findings, scan_submission

OTHER = [line.replace("204.50", "388.00").replace("XJ-2024-0137", "XJ-2024-0201") for line in LINES]
TERMS = [
    "第三条 双方权利义务：甲方应按合同约定支付款项，乙方应按约定完成系统建设与交付，并提供技术支持服务。"
] * 3


def entry(text: str, submission: str = "A", page: int = 1, file: str = "a.pdf"):
    gray = page_gray(PageImages({file: contract_pdf(text.split("\n"))}), file, 1)
    return fingerprint(submission, "企业", file, page, text, gray)


def test_minhash_estimates_text_similarity():
    text = "".join(LINES)
    assert similarity(minhash(text).tobytes(), minhash(text).tobytes()) == 1.0
    assert similarity(minhash(text).tobytes(), minhash("".join(OTHER)).tobytes()) < 0.9


def test_the_same_page_in_two_files_of_one_submission_is_found_once():
    a, b = entry("\n".join(LINES)), entry("\n".join(LINES), page=2, file="b.pdf")
    [match] = find_repeats([a, b], [])
    assert (match.file, match.page, match.other.file, match.other.page, match.how) == (
        "b.pdf",
        2,
        "a.pdf",
        1,
        "文字",
    )


def test_a_page_repeated_inside_one_file_is_left_alone_but_for_a_sheet_fed_twice():
    # Consolidated and parent-company statements of an audit report may be identical.
    assert find_repeats([entry("\n".join(LINES)), entry("\n".join(LINES), page=3)], []) == []
    # The same sheet twice in a row is found (repeat_findings keeps it only on project evidence,
    # where statements never are).
    [match] = find_repeats([entry("\n".join(LINES)), entry("\n".join(LINES), page=2)], [])
    assert (match.page, match.other.page) == (2, 1)


def test_two_invoices_in_a_row_paid_in_equal_instalments_are_no_sheet_fed_twice():
    def invoice(number: str, day: str) -> str:
        return "\n".join(
            [
                f"电子发票（普通发票） 发票号码：{number} 开票日期：{day}",
                "购买方 名称：昌吉市第三中学 统一社会信用代码：12652301889405431T",
                "销售方 名称：昌吉某信息技术有限公司 统一社会信用代码：91652301MAGYYEA203",
                "*信息技术服务*运维服务费  169,811.32  6%  10,188.68",
                "价税合计（大写）壹拾捌万元整 （小写）¥180,000.00",
            ]
        )

    first = entry(invoice("25652000000966530731", "2025年04月10日"))
    second = entry(invoice("25652000000940904424", "2025年08月12日"), page=2)
    assert find_repeats([first, second], []) == []


def test_pages_with_other_figures_or_only_boilerplate_are_not_duplicates():
    assert find_repeats([entry("\n".join(LINES)), entry("\n".join(OTHER), page=2, file="b.pdf")], []) == []
    assert find_repeats([entry("\n".join(TERMS)), entry("\n".join(TERMS), page=2, file="b.pdf")], []) == []
    year_end = ["审计报告", "我们审计了后附的财务报表，包括2024年12月31日的资产负债表。" * 3]
    assert find_repeats([entry("\n".join(year_end)), entry("\n".join(year_end), file="b.pdf")], []) == []


def _opinion(company: str) -> str:
    return "\n".join(
        [
            "审计报告",
            f"{company}全体股东：",
            f"我们审计了{company}（以下简称贵公司）财务报表，包括资产负债表、利润表、现金流量表以及财务报表附注。",
            "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司的财务状况。",
            "我们按照中国注册会计师审计准则的规定执行了审计工作。",
            "新疆正信会计师事务所（普通合伙） 二〇二三年三月三日",
        ]
    )


def test_two_companies_audit_opinions_signed_the_same_day_are_not_one_page():
    a = entry(_opinion("乌鲁木齐博格达智能科技股份有限公司"))
    b = entry(_opinion("巴音郭楞天山云数数字科技有限公司"), submission="B")
    assert find_repeats([b], [a]) == []
    # The same opinion filed by another submission, its company's name misread once, is reuse.
    again = entry(_opinion("乌鲁木齐博格达智能科枝股份有限公司"), submission="B")
    [match] = find_repeats([again], [a])
    assert match.other.submission == "A"


def _certificate(number: str, project: str, contract: str = "KLMY-2025-XX382") -> str:
    return "\n".join(
        [
            "验收证书",
            f"证书编号：YS-{number}",
            f"克拉玛依百口泉电子工程有限公司承建的“{project}”（合同编号：{contract}）已按合同约定完成全部建设内容。",
            "克拉玛依市乌尔禾区公安分局于二〇二五年七月十六日组织验收小组进行了竣工验收，项目各项指标符合要求。",
            "验收结论：验收合格 特发此证。",
            "建设单位：克拉玛依市乌尔禾区公安分局 2025年07月16日",
        ]
    )


def test_two_certificates_of_one_template_dated_alike_are_not_one_page():
    # One client's two certificates of one day share their wording and dates, not their numbers.
    first = entry(_certificate("2025-321", "乌尔禾区警务数据机房改造采购项目"))
    second = entry(
        _certificate("2025-101", "乌尔禾区警务数据机房改造采购（二期）项目", "KLMY-2025-CG440"), file="b.pdf"
    )
    assert find_repeats([first, second], []) == []
    # The certificate scanned twice, its number read with one character off, is one page; reused
    # with only its number changed, it is still one page.
    again = entry(_certificate("2025-327", "乌尔禾区警务数据机房改造采购项目"), file="b.pdf")
    assert len(find_repeats([first, again], [])) == 1
    reused = entry(_certificate("2025-101", "乌尔禾区警务数据机房改造采购项目"), file="b.pdf")
    assert len(find_repeats([first, reused], [])) == 1


def _signature_page(client: str, signer: str) -> str:
    return "\n".join(
        [
            "第八条 争议解决：本合同履行中发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。",
            "第九条 本合同自双方签字盖章之日起生效，一式陆份，甲方执肆份，乙方执贰份。",
            "（以下无正文）",
            f"甲方（盖章）：{client}    乙方（盖章）：",
            "                      吉木乃天山云数科技有限公司",
            "法定代表人或委托代理人（签字）：    法定代表人或委托代理人（签字）：",
            f"{signer}    任文刚",
            "日期：2024年10月27日    日期：2024年10月27日",
        ]
    )


def test_one_contractors_signature_pages_for_two_clients_on_one_day_are_not_one_page():
    # A merged row's two contracts of one template: the same contractor and day, another client.
    first = entry(_signature_page("布尔津县第一中学", "向珍梓"))
    second = entry(_signature_page("哈巴河县第一中学", "马永红"), file="b.pdf")
    assert find_repeats([first, second], []) == []
    # Two schools named for their villages differ in more than a misread character (nileke seed 1).
    village = entry(_signature_page("察布查尔锡伯自治县堆齐牛录乡中心学校", "向珍梓"))
    other = entry(_signature_page("察布查尔锡伯自治县孙扎齐牛录乡中心学校", "向珍梓"), file="b.pdf")
    assert find_repeats([village, other], []) == []
    village = entry(_signature_page("尼勒克县木斯乡中心学校", "向珍梓"))
    other = entry(_signature_page("尼勒克县乌赞乡中心学校", "向珍梓"), file="b.pdf")
    assert find_repeats([village, other], []) == []
    # The same page filed twice, the client's name misread once, is one page.
    again = entry(_signature_page("布尔津县第一中字", "向珍梓"), file="b.pdf")
    assert len(find_repeats([first, again], [])) == 1
    # Rescanned, a space before the name lost: the words before it run into it.
    run_in = entry(_signature_page("布尔津县第一中学", "向珍梓").replace("：布尔津", "布尔津"), file="b.pdf")
    assert len(find_repeats([first, run_in], [])) == 1


def _first_page(client: str, price: str) -> str:
    return "\n".join(
        [
            "政府采购合同",
            f"甲方（采购人）：{client}",
            "乙方（供应商）：于田瀚海绿洲信息工程有限公司",
            "统一社会信用代码：91653226MA5F3JWA3A",
            "开户银行：中国农业银行于田县支行    账号：3090997376292220188",
            "根据《中华人民共和国民法典》《中华人民共和国政府采购法》及有关规定，甲乙双方在平等、自愿、协商一致的基础上签订本合同。",
            "二、合同价款",
            f"本合同总价为人民币（小写：¥{price}）。该价格为含税固定总价，包含设备、软件、运输、安装、调试、培训、税金。",
        ]
    )


def test_one_contractors_first_pages_for_two_clients_share_only_its_standing_numbers():
    # moyu seed 1: its bank account and credit code on both, each contract its own client and price.
    first = entry(_first_page("于田县自然资源局", "987,800.00"))
    second = entry(_first_page("于田县融媒体中心", "470,000.00"), file="b.pdf")
    assert find_repeats([first, second], []) == []
    # The same page filed twice keeps its price, and is one page.
    assert (
        len(find_repeats([first, entry(_first_page("于田县自然资源局", "987,800.00"), file="b.pdf")], []))
        == 1
    )


def test_dates_in_chinese_numerals_count():
    assert distinctive(figures("验收日期：二〇二四年七月十九日，截至二〇二四年十二月三十一日")) == {
        "二〇二四年七月十九日"
    }


def test_garbled_and_cut_short_readings_of_a_date_are_left_out():
    # Two scans of one acceptance page, as OCR read their dates.
    assert distinctive("2024年00月28 2024年08月28 2024年0月28") == {"2024年08月28"}
    assert distinctive("2024.03..4 2024.03.14") == {"2024.03.14"}
    assert distinctive("2024-10 2024-10-19") == {"2024-10-19"}
    # A number after the year is a contract number, not a garbled date.
    assert distinctive("2024-013756") == {"2024-013756"}


def test_distinctive_figures_are_amounts_and_dates_but_not_the_year_end():
    assert distinctive("2024 30 2,450,000.00 2024年3月5 2024年12月31 20240305") == {
        "2,450,000.00",
        "2024年3月5",
        "20240305",
    }


def test_an_index_written_before_company_names_were_kept_gains_them(tmp_path: Path):
    import sqlite3

    path = tmp_path / "duplicates.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE pages (submission TEXT, enterprise TEXT, file TEXT, page INTEGER, phash INTEGER,"
            " dhash INTEGER, bands TEXT, signature BLOB, figures TEXT, label TEXT)"
        )
        db.execute("INSERT INTO pages VALUES ('old', '企业', 'a.pdf', 1, 0, 0, '', x'', '2024-03-05', 'old')")
    store = SqliteDuplicateStore(path)
    store.add_pages([entry(_opinion("乌鲁木齐博格达智能科技股份有限公司"), submission="new")])
    old, new = sorted(store.pages(exclude="none"), key=lambda e: e.submission != "old")
    assert (old.submission, old.names) == ("old", "")
    assert "博格达智能科技股份有限公司" in new.names


def test_the_sqlite_index_remembers_other_submissions(tmp_path: Path):
    store = SqliteDuplicateStore.in_folder(tmp_path)
    store.add_pages([entry("\n".join(LINES), submission="A")])
    again = SqliteDuplicateStore.in_folder(tmp_path)
    [match] = find_repeats([entry("\n".join(LINES), submission="B")], again.pages(exclude="B"))
    assert match.other.submission == "A"
    again.forget("A")
    assert again.pages(exclude="B") == []


def _submission(
    folder: Path, name: str, seal: str, enterprise: str
) -> tuple[Path, Declaration, list[Document], dict]:
    root = folder / name / "submission"
    root.mkdir(parents=True)
    (root / "contract.pdf").write_bytes(sealed_pdf(seal))
    document = Document(id="D1", file="contract.pdf", pages=[1], type=DocType.contract)
    # The page as extraction reads it: its text layer, and the seal it finds (what the check reuses).
    [page] = read_file(root / "contract.pdf", "contract.pdf", engine=NullOcrEngine())
    assert page.seals
    declaration = Declaration.model_validate(
        {
            "enterprise": {"name": enterprise, "credit_code": "91650100MA78000000", "inspection_year": 2024},
            "projects": [],
        }
    )
    return root, declaration, [document], {page.key: page}


def _images(root: Path) -> PageImages:
    return PageImages({p.name: p for p in root.iterdir()})


class RingReader(OcrEngine):
    """Reads every seal ring as the given name (the OCR model is not needed here)."""

    def __init__(self, name: str) -> None:
        self.text = name

    def recognize(self, image):
        return [OcrLine(text=self.text, box=(0, 0, 1, 1), confidence=0.99)]


def test_a_page_and_a_seal_reused_by_another_company_are_reported_naming_it(tmp_path: Path):
    store = MemoryDuplicateStore()
    findings = {}
    for name, enterprise in [("s01", "新疆天山云数信息技术有限公司"), ("s02", "喀什远景数据服务有限公司")]:
        root, declaration, documents, pages = _submission(
            tmp_path, name, "新疆天山云数信息技术有限公司", enterprise
        )
        ident = SubmissionId.of(root, declaration)
        scan = scan_submission(
            _images(root), documents, pages, ident, engine=RingReader("新疆天山云数信息技术有限公司")
        )
        findings[name] = repeat_findings(scan, ident, store)
    assert findings["s01"] == []
    codes = [f.code for f in findings["s02"]]
    assert codes == [Code.DUPLICATE_DOCUMENT, Code.DUPLICATE_DOCUMENT]
    page_finding, seal_finding = findings["s02"]
    assert "s01/submission" in page_finding.message and "contract.pdf 第 1 页" in page_finding.message
    assert "印章" in seal_finding.message and seal_finding.evidence[0].bbox is not None


def test_page_gray_reads_images_too(tmp_path: Path):
    pix = pymupdf.open(stream=contract_pdf(), filetype="pdf")[0].get_pixmap(dpi=72)
    gray = page_gray(PageImages({"scan.png": pix.tobytes("png")}), "scan.png", 1)
    assert gray is not None and gray.ndim == 2 and gray.shape[0] > 100


def test_the_same_enterprise_uploading_again_is_no_reuse(tmp_path: Path):
    store = MemoryDuplicateStore()
    findings = []
    for name in ("precheck", "filing"):
        root, declaration, documents, pages = _submission(
            tmp_path, name, "新疆天山云数信息技术有限公司", "新疆天山云数信息技术有限公司"
        )
        ident = SubmissionId.of(root, declaration)
        findings += repeat_findings(
            scan_submission(_images(root), documents, pages, ident, engine=None), ident, store
        )
    assert findings == []


def _one_page_twice(tmp_path: Path, doc_type: DocType) -> list:
    """A submission whose a.pdf and b.pdf hold the same page, both read as ``doc_type``."""
    root = tmp_path / doc_type.value
    root.mkdir()
    documents, pages = [], {}
    for index, name in enumerate(("a.pdf", "b.pdf"), start=1):
        (root / name).write_bytes(contract_pdf())
        documents.append(Document(id=f"D{index}", file=name, pages=[1], type=doc_type))
        words = [Word(text=line, bbox=(72, 100 + 20 * i, 500, 116 + 20 * i)) for i, line in enumerate(LINES)]
        pages[(name, 1)] = Page(file=name, number=1, width=595, height=842, words=words)
    ident = SubmissionId.of(root, None)
    return repeat_findings(
        scan_submission(_images(root), documents, pages, ident, None), ident, MemoryDuplicateStore()
    )


def test_a_two_page_report_uploaded_twice_is_one_finding_with_both_pages(tmp_path: Path):
    # One cause, one finding (CONTRACT 2): the copy's two pages are its evidence.
    second = [line.replace("2,045,000.00", "1,386,400.00").replace("3月5日", "4月9日") for line in LINES]
    root = tmp_path / "twice"
    root.mkdir()
    documents, pages = [], {}
    for index, name in enumerate(("a.pdf", "b.pdf"), start=1):
        pdf = pymupdf.open()
        for text in (LINES, second):
            pdf.insert_pdf(pymupdf.open(stream=contract_pdf(text), filetype="pdf"))
        (root / name).write_bytes(pdf.tobytes())
        documents.append(Document(id=f"D{index}", file=name, pages=[1, 2], type=DocType.acceptance_report))
        for number, text in enumerate((LINES, second), start=1):
            words = [
                Word(text=line, bbox=(72, 100 + 20 * i, 500, 116 + 20 * i)) for i, line in enumerate(text)
            ]
            pages[(name, number)] = Page(file=name, number=number, width=595, height=842, words=words)
    ident = SubmissionId.of(root, None)
    [finding] = repeat_findings(
        scan_submission(_images(root), documents, pages, ident, None), ident, MemoryDuplicateStore()
    )
    assert "第 1、2 页" in finding.message
    assert len(finding.evidence) == 4


def test_one_acceptance_report_behind_two_projects_is_reuse(tmp_path: Path):
    [finding] = _one_page_twice(tmp_path, DocType.acceptance_report)
    assert finding.code == Code.DUPLICATE_DOCUMENT and len(finding.evidence) == 2


def test_a_statement_filed_alone_and_in_its_audit_report_is_no_reuse(tmp_path: Path):
    assert _one_page_twice(tmp_path, DocType.financial_statement) == []


def test_two_workers_opening_a_new_index_at_once_both_succeed(tmp_path):
    # Two jobs of a fresh installation start together: neither may fail on the other's schema work.
    import threading

    from jianzheng.verify.forensics.duplicate_store import SqliteDuplicateStore

    errors: list[BaseException] = []

    def open_index() -> None:
        try:
            SqliteDuplicateStore.in_folder(tmp_path)
        except BaseException as exc:  # the test reports any failure
            errors.append(exc)

    threads = [threading.Thread(target=open_index) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_clause_numbers_are_no_pages_event():
    # Two contracts on one template share their general-terms page word for word; its 6.1, 8.2 and
    # 10% are every contract's. An amount to the fen or a full date is one paper's.
    clauses = figures("6.1 验收… 6.2 验收依据… 8.1 累计不超过合同总价的10%；8.2 … 10.1 本合同自…")
    assert distinctive(clauses) == set()
    assert distinctive(figures("合同总价 1,680,000.00 元，签订于 2024年3月15日")) == {
        "1680000.00",
        "2024年3月15",
    }


def test_a_blank_back_of_a_sheet_is_blank_and_a_page_of_print_is_not():
    rng = np.random.default_rng(1)
    back = np.clip(238 + rng.normal(0, 0.6, (421, 298)), 0, 255).astype(np.uint8)
    printed = back.copy()
    printed[100:104, 40:260] = 40
    assert is_blank(back)
    assert not is_blank(printed)


def _sealed_contract(file: str, party_a: str, party_b: str, rings: tuple[str, ...]):
    """A contract's document with its two parties, and a seal on its page 1 for each ring text."""
    from jianzheng.models import ContractFields, Extracted
    from jianzheng.verify.forensics.repeats import SealSeen

    def ex(value: str) -> Extracted[str]:
        return Extracted(value=value, confidence=1.0, page=1)

    doc = Document(
        id="D3",
        file=file,
        pages=[1],
        type=DocType.contract,
        fields=ContractFields(party_a=ex(party_a), party_b=ex(party_b)),
    )
    return [SealSeen(doc, 1, (0, 0, 100, 100), "0" * 16, text, 0.95) for text in rings]


def test_a_seal_of_a_supervisor_a_construction_agent_or_a_signing_platform_is_no_other_party():
    # 代建单位 and 监理 sign acceptance reports beside the client: their seals name no wrong party.
    from jianzheng.verify.forensics.repeats import seal_party_findings

    rings = (
        "巴州城投项目代建管理有限公司",
        "新疆天诚信息工程监理有限公司",
        "丝路云签电子签约平台",  # an e-signing platform's seal on its evidence report
        "乌鲁木齐博远网络工程有限公司",
    )
    seals = _sealed_contract("验收报告.pdf", "若羌县自然资源局", "新疆铁门关数联科技有限公司", rings)
    found = seal_party_findings(seals, None)
    assert [f.found for f in found] == ["乌鲁木齐博远网络工程有限公司"]


def test_a_seal_of_an_organisation_the_document_names_is_no_stranger():
    # jiashi seed 1: a consortium's other member seals beside the lead; its ring read garbled.
    from jianzheng.verify.forensics.repeats import seal_party_findings

    rings = ("路气丝路云数电子设条码限公司", "乌鲁木齐博远网络工程有限公司")
    seals = _sealed_contract(
        "合同.pdf", "英吉沙县住房和城乡建设局", "新疆疏勒胡杨数科网络科技有限公司", rings
    )
    words = ["联合体成员：喀什丝路云数电子设备有限公司", "联合体牵头人：新疆疏勒胡杨数科网络科技有限公司"]
    page = Page(
        file="合同.pdf",
        number=1,
        width=595,
        height=842,
        words=[Word(text=t, bbox=(72, 100 + 20 * i, 400, 114 + 20 * i)) for i, t in enumerate(words)],
    )
    found = seal_party_findings(seals, None, {("合同.pdf", 1): page})
    assert [f.found for f in found] == ["乌鲁木齐博远网络工程有限公司"]


def test_a_page_reused_in_another_projects_file_names_that_project():
    from jianzheng.models import Evidence, Finding, Match
    from jianzheng.verify.forensics.repeats import filed_for

    def doc(id_: str, file: str, type_: DocType) -> Document:
        return Document(id=id_, file=file, pages=[1], type=type_)

    documents = [
        doc("D1", "项目1.pdf", DocType.contract),
        doc("D2", "项目1.pdf", DocType.acceptance_report),
        doc("D3", "项目2.pdf", DocType.contract),
        doc("D4", "项目2.pdf", DocType.invoice),
        doc("D5", "项目2.pdf", DocType.acceptance_report),  # P1's acceptance, re-scanned
    ]
    matches = [
        Match(project_id="P1", documents=["D1", "D2", "D5"], score=1.0),
        Match(project_id="P2", documents=["D3", "D4"], score=1.0),
    ]
    finding = Finding(
        code=Code.DUPLICATE_DOCUMENT,
        documents=["D5"],
        message="项目2.pdf 第 3 页与本次提交 项目1.pdf 第 2 页相同",
        evidence=[
            Evidence(document="D5", file="项目2.pdf", page=3),
            Evidence(document="D2", file="项目1.pdf", page=2),
        ],
    )
    placed = filed_for(finding, matches, documents)
    assert placed.project_id == "P2" and "属于申报项目 P2" in placed.message
    # The same report uploaded twice in files of its own project stays that project's.
    alone = [doc("D5", "验收报告重扫.jpg", DocType.acceptance_report), *documents[:2]]
    moved = finding.model_copy(
        update={
            "evidence": [
                finding.evidence[0].model_copy(update={"file": "验收报告重扫.jpg"}),
                finding.evidence[1],
            ]
        }
    )
    assert filed_for(moved, matches, alone).project_id is None


def test_a_date_whose_glyphs_a_printer_set_apart_has_the_same_figures():
    from jianzheng.verify.forensics.duplicates import figures

    assert figures("开工日期 2024 年 4 月 27 日") == figures("开工日期2024年4月27日") == "2024年4月27"


def test_one_firms_signature_pages_dated_apart_sharing_only_its_phone_and_account_are_two_pages():
    page = _signature_page("沙雅县塔里木乡中心学校", "艾力").replace(
        "（以下无正文）", "电话：0997-8155507  账号：9659889960780458"
    )
    first = entry(page)
    later = entry(page.replace("2024年10月27日", "2024年5月13日"), file="b.pdf")
    assert find_repeats([first, later], []) == []
    # With its amount kept and its date changed, a reused page is still one page.
    priced = page.replace("电话：", "合同金额：¥1,215,154.36元  电话：")
    assert (
        len(
            find_repeats(
                [entry(priced), entry(priced.replace("2024年10月27日", "2024年5月13日"), file="b.pdf")], []
            )
        )
        == 1
    )


def test_a_bank_account_with_a_dates_shape_inside_is_no_date():
    # 1957082952273602774 holds 19570829: still the firm's account, shared by all its pages.
    page = _signature_page("奇台县半截沟镇人民政府", "王磊").replace(
        "（以下无正文）", "电话：0994-7231076  账号：1957082952273602774"
    )
    later = page.replace("2024年10月27日", "2024年10月2日")
    assert find_repeats([entry(page), entry(later, file="b.pdf")], []) == []


def test_a_credit_code_is_one_figure_not_its_regions_digits():
    # Every firm of 米东区 has a code opening 91650109: two firms' licences share that, not the code.
    assert figures("统一社会信用代码 91650109MA0JW3LW2C") == "91650109MA0JW3LW2C"
    first = figures("统一社会信用代码 91650109MA0JW3LW2C 成立日期 2020年07月03日 登记日期 2025年3月2日")
    other = figures("统一社会信用代码 91650109MAUX8DKF04 成立日期 2018年05月18日 登记日期 2025年3月2日")
    assert distinctive(first) & distinctive(other) == {"2025年3月2"}


def test_two_invoices_of_equal_instalments_on_other_days_are_numbered_apart():
    # moyu seed 1: two 数电票 of one project, 450,390.00 each, a month apart, in two files.
    from jianzheng.verify.forensics.repeats import Scan

    scan = Scan(documents={("a.pdf", 1): "D1", ("b.pdf", 1): "D2", ("c.pdf", 1): "D3"})
    june, july = dt.date(2025, 6, 4), dt.date(2025, 7, 24)
    scan.invoice_numbers = {
        "D1": (june, "25652483964607832532"),
        "D2": (july, "25652718716448969294"),
        "D3": (june, "25652718716448969294"),
    }
    assert scan.numbered_apart("a.pdf", 1, "b.pdf", 1)
    # A copy with only its number changed keeps its date: still a repeat to judge.
    assert not scan.numbered_apart("a.pdf", 1, "c.pdf", 1)


def test_one_firms_two_contract_middles_of_one_template_sharing_only_its_seal_number_are_two_pages():
    # zepu seed 2: the terms page of two contracts of one template, the firm's paging seal with its
    # number on the margin of both; one gives 120 days to deliver, the other 60.
    terms = (
        "三、履约期限\n乙方应自合同签订之日起{days}个日历天内完成全部供货、安装、调试及试运行工作。\n"
        "四、付款方式\n合同签订后十个工作日内，甲方支付合同总价的30%；项目验收合格后支付65%；余款5%作为质保金。\n"
        "七、违约责任\n乙方逾期交付的，每逾期一日按合同总价的0.5%向甲方支付违约金，总额不超过合同总价的10%。\n"
        "合同专用章 6531240816957\n" + "\n".join(TERMS)
    )
    first = entry(terms.format(days=120))
    second = entry(terms.format(days=60), file="b.pdf")
    assert find_repeats([first, second], []) == []
    # The same page filed twice agrees on every figure, and is one page.
    assert len(find_repeats([first, entry(terms.format(days=120), file="b.pdf")], [])) == 1
