"""Rate-limit quotas: a page, and a widget a namespace page can embed."""

from adminui.ui.quotas.page import QuotasPage
from adminui.ui.quotas.widget import QuotasWidget

__all__ = ["QuotasPage", "QuotasWidget"]
