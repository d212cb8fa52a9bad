"""What the console process does first to keep its secrets to itself.

Tokens live in the process's memory, so it writes no core dump; everything it creates
(configuration, drafts, history, drill reports, the audit log, settings, logs) is
readable by its user only: files 0600 in folders 0700. Folders the console made with
looser modes in earlier versions are tightened on start.
"""

from __future__ import annotations

import contextlib
import os
import resource

from adminui.profiles.paths import default_config_dir, default_data_dir

#: Permission bits the console never grants on what it creates (group and others).
PRIVATE_UMASK = 0o077


def harden_process() -> None:
    """No core dumps; new files 0600 and folders 0700; the console's own folders 0700."""
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.umask(PRIVATE_UMASK)
    for folder in (default_config_dir(), default_data_dir()):
        with contextlib.suppress(OSError):
            if folder.is_dir() and folder.stat().st_uid == os.getuid():
                folder.chmod(0o700)
