"""Tokens are stored hashed; an enterprise token is bound to one credit code."""

from __future__ import annotations

import pytest

from jianzheng.service.store import Store
from jianzheng.service.store.repo import create_token, find_token, hash_token
from jianzheng.service.store.tables import TokenRow


def test_tokens_are_stored_as_hashes(tmp_path):
    store = Store(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite'}")
    with store.session() as session:
        raw = create_token(session, "enterprise", "91650100MA78XXXXX1")
        stored = session.query(TokenRow).one()
        assert stored.token_hash == hash_token(raw) and raw not in stored.token_hash
        assert find_token(session, raw).credit_code == "91650100MA78XXXXX1"
        assert find_token(session, raw + "x") is None
    assert raw.encode() not in (tmp_path / "db.sqlite").read_bytes()
    store.close()


def test_an_enterprise_token_needs_a_credit_code(tmp_path):
    store = Store(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite'}")
    with store.session() as session, pytest.raises(ValueError):
        create_token(session, "enterprise")
    store.close()
