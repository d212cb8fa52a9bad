"""The policy workbench: ACL policies per namespace, lint, drafts, history, tester."""

from adminui.ui.policies.page import PoliciesPage

__all__ = ["PoliciesPage"]
