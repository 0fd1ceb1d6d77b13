"""Whether a page shows where a contract's parties sign or seal (甲方（盖章）, 乙方代表签字).

A contract's seals are judged on its signature page; a contract whose pages show no signing place
(its signature page scanned on another document's sheet, or not uploaded) says nothing about them.
The role words are extraction's party labels (labels.toml [parties]) and rules ``signing``.
"""

from __future__ import annotations

import re
from functools import cache

from jianzheng.extract.fields.labels import vocabulary
from jianzheng.models import Page

from .rules import rules


@cache
def _signing_place() -> re.Pattern[str]:
    signing = rules().signing
    roles = vocabulary().parties.a + vocabulary().parties.b + signing.other_roles
    words = signing.seal_words + signing.sign_words
    return re.compile(
        "(?:"
        + "|".join(sorted(map(re.escape, roles), key=len, reverse=True))
        + r")[^。；;]{0,8}?(?:"
        + "|".join(map(re.escape, words))
        + ")"
    )


def signing_place(page: Page) -> bool:
    """Whether a page shows where a party signs or seals: a role word followed closely by a seal or
    signing word, as a contract's signature page prints it."""
    return any(_signing_place().search(line) for line in page.text.splitlines())
