"""What tests share to make their files: one way to write an article, one to write many."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def write(path: Path, text: str) -> Path:
    """Write an article or profile file for a test, folders included."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def article(root: Path, name: str, body: str = "", front: str = "title: T") -> Path:
    """An article at root/name: `front` is its front matter (YAML, without the `---` lines)."""
    return write(root / name, f"---\n{front.rstrip()}\n---\n{body}\n")


def many_articles(root: Path, count: int, front: Callable[[int], str], body: Callable[[int], str] = str,
                  name: Callable[[int], str] = lambda n: f"note-{n:04d}.md") -> list[Path]:
    """`count` articles, the n-th with front(n), body(n) and name(n): a library big enough for several batches."""
    return [article(root, name(number), body(number), front(number)) for number in range(count)]
