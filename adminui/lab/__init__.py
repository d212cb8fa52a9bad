"""The local lab: real OpenBao, PostgreSQL and Core nodes on 127.0.0.1."""

from adminui.lab.lab import Lab, LabStatus, ProcessStatus
from adminui.lab.procs import LabError

__all__ = ["Lab", "LabError", "LabStatus", "ProcessStatus"]
