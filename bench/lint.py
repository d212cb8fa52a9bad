"""Policy lint time for policies of 64 KiB, 256 KiB and 1 MiB (the server's limit).

    .venv/bin/python bench/lint.py [--runs 3]

Each policy is made of ordinary ``path`` blocks (a comment, a capabilities list, a
parameters block), with one unknown capability near the end so that every finding's
position is computed. Prints the median of ``lint()`` and of its parts per size; ends
with one JSON line. Target: 1 MiB in 200 ms or less.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adminui.core import policy_lint
from bench._common import emit, median

BLOCK = """# team {i}: read its own secrets
path "secret/data/team-{i}/*" {{
  capabilities = ["read", "list"]
  allowed_parameters = {{
    "version" = []
  }}
}}
"""
SIZES_KIB = (64, 256, 1024)


def policy_of(size: int) -> str:
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        block = BLOCK.format(i=i)
        parts.append(block)
        total += len(block)
        i += 1
    parts.insert(len(parts) - 2, 'path "x/*" {\n  capabilities = ["reed"]\n}\n')
    return "".join(parts)


def timed(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    figures: dict[str, float] = {}
    for kib in SIZES_KIB:
        text = policy_of(kib * 1024)
        issues = policy_lint.lint(text)
        assert any("reed" in i.message for i in issues), "the planted finding was not found"
        whole = timed(lambda text=text: policy_lint.lint(text), runs)
        syntax = timed(lambda text=text: policy_lint.syntax_error(text), runs)
        print(f"{kib:5d} KiB: lint {whole * 1000:8.1f} ms (parse {syntax * 1000:8.1f} ms)")
        figures[f"lint_{kib}kib_ms"] = round(whole * 1000, 1)
        figures[f"parse_{kib}kib_ms"] = round(syntax * 1000, 1)
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
