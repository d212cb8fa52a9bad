"""The rotation-sets page: sets per namespace, their timeline, and the actions on them."""

from adminui.ui.rotation.page import RotationPage

__all__ = ["RotationPage"]
