"""The committed sample submissions: clean ones and ones with planted problems, in order.

Each scenario builds a world, renders its documents, plants its problems
and records the findings they should cause. Together they plant every
finding code of CONTRACT 2.3 (see samples/README.md). They are written in
two modules: scenarios_contents.py (s01-s09, what documents say) and
scenarios_files.py (s10-s17, the files themselves and the declaration's form).
"""

from __future__ import annotations

from collections.abc import Callable

from .build import Submission
from .kit import Kit
from .scenarios_contents import CONTENT_SCENARIOS
from .scenarios_files import FILE_SCENARIOS

SCENARIOS: tuple[Callable[[int], tuple[Submission, Kit]], ...] = CONTENT_SCENARIOS + FILE_SCENARIOS
