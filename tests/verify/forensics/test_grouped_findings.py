"""One finding per cause: the same sign in several places of a page is one finding with every place."""

from __future__ import annotations

from jianzheng.models import Code, DocType, Document
from jianzheng.verify.forensics.files import grouped_findings
from jianzheng.verify.forensics.signals import Signal


def test_the_same_sign_in_seven_places_of_a_page_is_one_finding_with_seven_places():
    signals = [
        Signal(
            code=Code.IMAGE_TAMPERED,
            file="scan.pdf",
            page=2,
            bbox=(10.0, 10.0 + 20 * i, 100.0, 25.0 + 20 * i),
            text=f"局部文字边缘比周围文字锐利 {1.5 + i / 10:.1f} 倍",
            message=f"第 2 页扫描图像局部异常：局部文字边缘比周围文字锐利 {1.5 + i / 10:.1f} 倍",
            reason="局部文字边缘比周围文字锐利 # 倍",
        )
        for i in range(7)
    ]
    other = Signal(
        Code.IMAGE_TAMPERED,
        "scan.pdf",
        3,
        (1.0, 1.0, 9.0, 9.0),
        "x",
        "第 3 页",
        reason="局部文字边缘比周围文字锐利 # 倍",
    )
    document = Document(id="D1", file="scan.pdf", pages=[1, 2, 3], type=DocType.contract)
    findings = grouped_findings([*signals, other], [document])
    assert len(findings) == 2
    assert "共 7 处" in findings[0].message and len(findings[0].evidence) == 7
    assert {e.page for e in findings[0].evidence} == {2} and findings[1].evidence[0].page == 3
