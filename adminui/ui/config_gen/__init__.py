"""The "Config" page: nginx, keepalived and Core inventory generators (F17)."""

from adminui.ui.config_gen.page import ConfigPage

__all__ = ["ConfigPage"]
