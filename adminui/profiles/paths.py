"""Where the console keeps its files: configuration and local data.

``$ADMINUI_CONFIG_DIR`` and ``$ADMINUI_DATA_DIR`` override the platform's directories
(the tests point them at a sandbox).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "adminui"


def _directory(variable: str, platform_default: str) -> Path:
    override = os.environ.get(variable)
    return Path(override).expanduser() if override else Path(platform_default)


def default_config_dir() -> Path:
    """Profiles and window state: ``$ADMINUI_CONFIG_DIR`` or the user config dir."""
    return _directory("ADMINUI_CONFIG_DIR", platformdirs.user_config_dir(APP, appauthor=False))


def default_data_dir() -> Path:
    """Drafts, history, drills, audit: ``$ADMINUI_DATA_DIR`` or the user data dir."""
    return _directory("ADMINUI_DATA_DIR", platformdirs.user_data_dir(APP, appauthor=False))
