"""Invoice checks: parties, and a project's invoices against its contract amount."""

from __future__ import annotations

from verify_builders import codes, context, contract, declaration, invoice, run

from jianzheng.verify.checks import invoice as inv


def test_invoice_seller_and_buyer_against_the_enterprise_and_party_a():
    found = run(
        inv.invoice_parties, context(declaration(), [contract(), invoice(seller="新疆某某商贸有限公司")])
    )
    assert codes(found) == ["PARTY_MISMATCH"] and "销售方" in found[0].message
    found = run(inv.invoice_parties, context(declaration(), [contract(), invoice(buyer="乌鲁木齐市水务局")]))
    assert codes(found) == ["PARTY_MISMATCH"] and "购买方" in found[0].message
    assert run(inv.invoice_parties, context(declaration(), [contract(), invoice()])) == []


def test_invoice_exceeds_contract():
    docs = [
        contract(),
        invoice("D4", total="1500000.00"),
        invoice("D5", number="24652000000012349999", total="1100000.00"),
    ]
    found = run(inv.invoice_total, context(declaration(), docs))
    assert codes(found) == ["INVOICE_EXCEEDS_CONTRACT"]
    assert found[0].message.endswith("发票合计 260.00 万元，超过合同金额 245.00 万元")
    assert len(found[0].evidence) == 2


def test_invoices_up_to_the_contract_amount_and_a_duplicate_number_are_fine():
    docs = [
        contract(),
        invoice("D4", total="1450000.00"),
        invoice("D5", number="24652000000012349999", total="1000000.00"),
    ]
    assert run(inv.invoice_total, context(declaration(), docs)) == []
    twice = [contract(), invoice("D4", total="1450000.00"), invoice("D5", total="1450000.00")]
    assert run(inv.invoice_total, context(declaration(), twice)) == []


def test_a_merged_rows_invoices_are_held_to_the_sum_of_its_contracts():
    # CONTRACT 1.1: a row of 245 万 backed by two maintenance contracts of 145 万 and 100 万.
    from jianzheng.verify.checks.contract import signing

    docs = [
        contract("D2", name="某医院信息系统年度运行维护服务项目", amount="1450000.00"),
        contract(
            "D6", name="某医院机房及网络安全设备运行维护服务项目", amount="1000000.00", file="scan_02.pdf"
        ),
        invoice("D4", total="1450000.00"),
        invoice("D5", number="24652000000012349999", total="1000000.00"),
    ]
    ctx = context(declaration(), docs)
    assert {d.id for d in ctx.project_documents("P1", contract().type)} == {"D2", "D6"}
    assert run(inv.invoice_total, ctx) == []
    # The row names the kind of its projects, not one contract's.
    assert run(signing.contract_project_name, ctx) == []
    over = [*docs, invoice("D7", number="24652000000012340000", total="300000.00")]
    assert codes(run(inv.invoice_total, context(declaration(), over))) == ["INVOICE_EXCEEDS_CONTRACT"]
