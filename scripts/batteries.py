"""What the battery scripts share: run a battery function over files and print the counts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path


def cases(path: Path) -> Iterator[tuple[str, str]]:
    """(expected, text) of each line "expected|text", past blank lines and # comments; "\\n"
    in the text is a paragraph break."""
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            expected, text = line.split("|", 1)
            yield expected, text.replace("\\n", "\n")


def run_files(files: list[Path], run: Callable[[object, Path], tuple[int, int]]) -> int:
    """Run each file with one engine (Stanza loaded once) and print right/total per file and
    in all."""
    from service.extract.engine import Engine

    engine = Engine.from_settings()
    right = total = 0
    for path in files:
        r, t = run(engine, path)
        print(f"{path.name}: {r}/{t}")
        right, total = right + r, total + t
    print(f"all: {right}/{total}")
    return 0
