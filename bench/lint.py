"""Policy lint time for policies of 64 KiB, 256 KiB and 1 MiB (the server's limit).

    .venv/bin/python bench/lint.py [--runs 3]

Each policy is made of ordinary ``path`` blocks (a comment, a capabilities list, a
parameters block), with one unknown capability near the end so that a finding's
position is computed. Per size it prints the median of ``lint()`` and of its fast check
alone (cutting the tokens, checking them and collecting the path blocks), and, for
comparison, python-hcl2's syntax check, which the lint falls back to for text outside
the fast check's subset of HCL (timed once, after the rest: it is slow). Ends with one
JSON line.
Target: 1 MiB in 200 ms or less.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from functools import partial
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
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    texts = {kib: policy_of(kib * 1024) for kib in SIZES_KIB}
    lint_s: dict[int, float] = {}
    check_s: dict[int, float] = {}
    for kib, text in texts.items():
        issues = policy_lint.lint(text)
        assert any("reed" in i.message for i in issues), "the planted finding was not found"
        assert policy_lint._fast_scan(text) is not None, "the fast check did not take it"
        lint_s[kib] = timed(partial(policy_lint.lint, text), runs)
        check_s[kib] = timed(partial(policy_lint._fast_scan, text), runs)
    # python-hcl2 last, so that what it leaves in memory does not weigh on the lint.
    figures: dict[str, object] = {}
    for kib, text in texts.items():
        hcl2 = timed(partial(policy_lint.syntax_error, text), 1)
        print(
            f"{kib:5d} KiB: lint {lint_s[kib] * 1000:7.1f} ms"
            f" (fast check {check_s[kib] * 1000:6.1f} ms);"
            f" python-hcl2 alone {hcl2 * 1000:8.1f} ms, {hcl2 / lint_s[kib]:4.0f} x the lint"
        )
        figures[f"lint_{kib}kib_ms"] = round(lint_s[kib] * 1000, 1)
        figures[f"fast_check_{kib}kib_ms"] = round(check_s[kib] * 1000, 1)
        figures[f"hcl2_{kib}kib_ms"] = round(hcl2 * 1000, 1)
        figures[f"hcl2_over_lint_{kib}kib"] = round(hcl2 / lint_s[kib], 1)
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
