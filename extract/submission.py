"""Finding the declaration and the attachments in a submission folder (CONTRACT 1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jianzheng.models.errors import InputError

DECLARATION_NAMES = ("declaration.json", "declaration.xlsx")


@dataclass(frozen=True)
class Submission:
    """A submission folder: where it is, its declaration file, its attachments."""

    root: Path
    declaration: Path | None
    attachments: list[Path] = field(default_factory=list)

    def relative(self, path: Path) -> str:
        """The attachment's name as the report writes it: relative, POSIX separators."""
        return path.relative_to(self.root).as_posix()


def find_submission(path: str | Path) -> Submission:
    """Look into a submission folder; raise InputError when there is nothing to check.

    Every file other than the declaration is an attachment, found recursively;
    hidden files (a leading dot, as editors and macOS leave them) are skipped. Where both
    declaration files lie at the root, the JSON is read and the workbook is its export (CONTRACT
    1.2: the same data), not an attachment (read as one, it would pass for an unstamped
    declaration form).
    Symbolic links are not followed, so an upload cannot point outside its folder.
    """
    root = Path(path)
    if not root.exists():
        raise InputError(f"no such submission: {root}")
    if not root.is_dir():
        raise InputError(f"a submission is a folder, not a file: {root}")
    declaration = next((root / n for n in DECLARATION_NAMES if (root / n).is_file()), None)
    attachments = sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and not p.is_symlink()
        and not (p.parent == root and p.name in DECLARATION_NAMES)
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )
    if declaration is None and not attachments:
        raise InputError(f"nothing to check in {root}: no declaration and no attachments")
    return Submission(root=root, declaration=declaration, attachments=attachments)
