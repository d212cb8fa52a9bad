"""The system tools the test suite needs, found the way the tests find them.

`packaging/setup.sh --test` installs every one of them; the test command checks them
first (``python -m tests.system_tools``) so a machine that lacks one fails at once with
the package to install, not late and deep inside a test. No test skips for a missing tool.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

#: Where Debian keeps administrators' programs, which a normal user's PATH may lack.
_SBIN = ("/usr/local/sbin", "/usr/sbin", "/sbin")


@dataclass(frozen=True)
class Tool:
    """A program a test runs, and the Debian package that provides it."""

    command: str
    package: str
    needed_by: str


TOOLS = (
    Tool("objdump", "binutils", "the PyInstaller bundle test"),
    Tool("xvfb-run", "xvfb", "the real-window tests"),
    Tool("Xvfb", "xvfb", "the real-window tests"),
    Tool("xauth", "xauth", "the real-window tests"),
    Tool("pdftoppm", "poppler-utils", "the drill report's PDF test"),
    Tool("nginx", "nginx", "the check of the generated nginx upstream"),
    Tool("keepalived", "keepalived", "the check of the generated keepalived configuration"),
    # keepalived refuses a check script whose program is missing: the generated ones
    # run curl (OpenBao) and systemctl (Core).
    Tool("curl", "curl", "the check of the generated keepalived configuration"),
    Tool("systemctl", "systemd", "the check of the generated keepalived configuration"),
    Tool("desktop-file-validate", "desktop-file-utils", "the desktop file check"),
    Tool("appstreamcli", "appstream", "the AppStream metadata check"),
)


def find_tool(command: str) -> str | None:
    """The full path of ``command``: on PATH, or in the sbin folders."""
    found = shutil.which(command)
    if found:
        return found
    return shutil.which(command, path=os.pathsep.join(_SBIN))


def require_tool(command: str) -> str:
    """The full path of ``command``; fails with the package to install when it is missing."""
    found = find_tool(command)
    if found is None:
        tool = next((t for t in TOOLS if t.command == command), None)
        package = tool.package if tool else command
        raise AssertionError(
            f"{command} is missing: install the Debian package {package} "
            "(bash packaging/setup.sh --test does)"
        )
    return found


def nginx_stream_module() -> str | None:
    """The ``load_module`` line nginx needs for ``stream`` blocks when its stream module
    is dynamic (Debian's libnginx-mod-stream), or None when it is built in."""
    nginx = require_tool("nginx")
    flags = subprocess.run(
        [nginx, "-V"], capture_output=True, text=True, timeout=30, check=False
    ).stderr.split()
    if "--with-stream=dynamic" not in flags:
        return None
    modules = next(
        (f.split("=", 1)[1] for f in flags if f.startswith("--modules-path=")),
        "/usr/lib/nginx/modules",
    )
    return str(Path(modules) / "ngx_stream_module.so")


def python_shared_library() -> str | None:
    """The interpreter's shared library as the dynamic linker finds it (PyInstaller
    bundles it), or None when it is missing."""
    if sysconfig.get_config_var("Py_ENABLE_SHARED"):
        libdir = sysconfig.get_config_var("LIBDIR") or ""
        name = sysconfig.get_config_var("INSTSONAME") or ""
        if libdir and name and (Path(libdir) / name).exists():
            return str(Path(libdir) / name)
    return ctypes.util.find_library("python{}.{}".format(*sys.version_info[:2]))


def missing() -> list[str]:
    """One sentence per missing tool, naming the Debian package that provides it."""
    problems = [
        f"{t.command} (package {t.package}), for {t.needed_by}"
        for t in TOOLS
        if find_tool(t.command) is None
    ]
    if find_tool("nginx") is not None:
        module = nginx_stream_module()
        if module is not None and not Path(module).exists():
            problems.append(
                "nginx's stream module (package libnginx-mod-stream), for the nginx check"
            )
    if python_shared_library() is None:
        version = "{}.{}".format(*sys.version_info[:2])
        problems.append(
            f"the shared Python library (package libpython{version}), for the bundle test"
        )
    return problems


def main() -> int:
    problems = missing()
    if not problems:
        print("All system tools the tests need are installed.")
        return 0
    print("The tests need system tools that are missing:", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    print("Install them with: bash packaging/setup.sh --test", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
