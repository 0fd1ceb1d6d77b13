import random

from stdnum.cn import uscc

from jianzheng_workshop.samples.credit_code import break_check_char, make_credit_code, org_check_char


def test_generated_credit_codes_validate_with_stdnum():
    rng = random.Random(7)
    codes = [make_credit_code(rng) for _ in range(500)]
    assert all(uscc.is_valid(c) for c in codes)
    assert all(c.startswith("9165") for c in codes)
    assert len(set(codes)) == 500


def test_organisation_code_part_has_its_own_check_character():
    # 91110000600037341L is stdnum's documented example; its organisation code is 60003734-1.
    assert org_check_char("60003734") == "1"


def test_broken_check_character_fails_validation():
    rng = random.Random(3)
    for _ in range(50):
        code = make_credit_code(rng)
        broken = break_check_char(code)
        assert broken[:17] == code[:17]
        assert not uscc.is_valid(broken)
