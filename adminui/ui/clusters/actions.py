"""The window's cluster actions: add, edit, duplicate and remove clusters; sign in and
sign out. Changes apply at once, without a restart.

The profiles file and the keyring are written here (the dialogs only collect); the
window is told to add, replace or drop the cluster's view.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from adminui.api.vault_login import SignedIn
from adminui.monitor.connection import ClusterConnection, Session
from adminui.monitor.sign_in import sign_out
from adminui.profiles import secrets
from adminui.profiles.store import Profile, ProfileStore
from adminui.ui.clusters.cluster_dialog import ClusterDialog
from adminui.ui.clusters.sign_in_dialog import SignInDialog

if TYPE_CHECKING:
    from adminui.ui.main_window import MainWindow


def session_of(signed: SignedIn, remember: bool) -> Session:
    return Session(
        obtained_at=time.monotonic(),
        ttl_s=signed.ttl_s,
        renewable=signed.renewable,
        policies=signed.policies,
        remembered=remember,
    )


class ClusterActions(QObject):
    """What File → Add cluster…, the cluster list's menu and the palette do."""

    def __init__(
        self,
        window: MainWindow,
        store: ProfileStore | None = None,
        open_url: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store or ProfileStore()
        self.open_url = open_url
        self.sign_in_dialogs: dict[str, SignInDialog] = {}

    def _connection(self, name: str | None) -> ClusterConnection | None:
        if name is None:
            view = self.window.current_view()
            return view.context if view is not None else None
        view = self.window.views.get(name)
        return view.context if view is not None else None

    def _others(self, name: str = "") -> set[str]:
        return {n for n in self.window.views if n != name}

    # ----- the cluster manager --------------------------------------------------------
    def add_cluster(
        self, template: Profile | None = None, *, secret: str = "", exact_name: bool = False
    ) -> ClusterDialog:
        """The Add cluster dialog, prefilled from ``template`` (Duplicate; a cluster the
        shell names, with its token as ``secret``)."""
        dialog = ClusterDialog(
            self.window.bridge,
            None,
            taken=self._others(),
            parent=self.window,
            open_url=self.open_url,
            on_save=self._save_new,
        )
        if template is not None:
            dialog.fill(template)
            dialog.kind.setEnabled(True)
            if not exact_name or template.name in self._others():
                dialog.name.setText(self._free_name(template.name))
            dialog.secret.setText(secret)
        dialog.open()
        return dialog

    def _free_name(self, name: str) -> str:
        taken = self._others()
        candidate = f"{name} (copy)"
        number = 2
        while candidate in taken:
            candidate = f"{name} (copy {number})"
            number += 1
        return candidate

    def _save_new(self, profile: Profile, signed: SignedIn | None, remember: bool) -> None:
        self.store.upsert(profile)
        token = self._keep_token(profile.name, signed, remember)
        connection = ClusterConnection(profile, token, lab_hooks=None)
        if signed is not None:
            connection.set_credentials(signed.token, session_of(signed, remember))
        self.window.add_cluster(connection)

    def edit_cluster(self, name: str | None = None) -> ClusterDialog | None:
        connection = self._connection(name)
        if connection is None:
            return None
        old = connection.profile
        dialog = ClusterDialog(
            self.window.bridge,
            old,
            taken=self._others(old.name),
            parent=self.window,
            open_url=self.open_url,
            on_save=lambda profile, signed, remember: self._save_edit(
                connection, profile, signed, remember
            ),
        )
        dialog.open()
        return dialog

    def _save_edit(
        self,
        connection: ClusterConnection,
        profile: Profile,
        signed: SignedIn | None,
        remember: bool,
    ) -> None:
        old = connection.profile
        if profile.name != old.name:
            self.store.remove(old.name)
            token = secrets.load_token(old.name) if connection.session.remembered else None
            if token:
                secrets.store_token(profile.name, token)
            secrets.delete_token(old.name)
        self.store.upsert(replace(profile, extra=old.extra))
        if signed is not None:
            self._keep_token(profile.name, signed, remember)
            connection.set_credentials(signed.token, session_of(signed, remember))
        self.window.replace_cluster(old.name, profile)

    def duplicate_cluster(self, name: str | None = None) -> ClusterDialog | None:
        connection = self._connection(name)
        if connection is None:
            return None
        return self.add_cluster(connection.profile)

    def remove_cluster(self, name: str | None = None, *, confirm: bool = True) -> bool:
        """Forget a cluster (its profile and stored token), after asking."""
        connection = self._connection(name)
        if connection is None:
            return False
        profile = connection.profile
        if confirm:
            answer = QMessageBox.question(
                self.window,
                self.tr("Remove cluster?"),
                self.tr(
                    "Remove {0} from the console? Its profile and stored token are "
                    "forgotten; nothing changes on the cluster itself."
                ).format(profile.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.store.remove(profile.name)
        try:
            secrets.delete_token(profile.name)
        except secrets.SecretStoreUnavailable as exc:
            self.window.show_notice(str(exc))
        self.window.remove_cluster(profile.name)
        return True

    def _keep_token(self, name: str, signed: SignedIn | None, remember: bool) -> str | None:
        """The token goes to the keyring only when the user keeps "Remember me"."""
        if signed is None:
            return None
        if remember:
            secrets.store_token(name, signed.token)
        else:
            secrets.delete_token(name)
        return signed.token

    # ----- sign-in --------------------------------------------------------------------
    def sign_in(self, name: str | None = None, reason: str = "") -> SignInDialog | None:
        """The sign-in dialog for a cluster (one at a time per cluster)."""
        connection = self._connection(name)
        if connection is None:
            return None
        key = connection.profile.name
        existing = self.sign_in_dialogs.get(key)
        if existing is not None and existing.isVisible():
            existing.raise_()
            return existing
        dialog = SignInDialog(
            connection.profile,
            self.window.bridge,
            self.window,
            reason=reason,
            open_url=self.open_url,
        )
        dialog.sig_signed_in.connect(
            lambda signed, remember: self._signed_in(connection, signed, remember)
        )
        self.sign_in_dialogs[key] = dialog
        dialog.open()
        return dialog

    def _signed_in(self, connection: ClusterConnection, signed: SignedIn, remember: bool) -> None:
        try:
            self._keep_token(connection.profile.name, signed, remember)
        except secrets.SecretStoreUnavailable as exc:
            self.window.show_notice(str(exc))
            remember = False
        connection.set_credentials(signed.token, session_of(signed, remember))

    def sign_out(self, name: str | None = None) -> None:
        """Revoke the token (OpenBao), forget it here and in the keyring."""
        connection = self._connection(name)
        if connection is None or not connection.token:
            return
        token = connection.token
        profile = connection.profile
        connection.set_credentials(None)
        try:
            secrets.delete_token(profile.name)
        except secrets.SecretStoreUnavailable as exc:
            self.window.show_notice(str(exc))

        def revoked(_result: object, error: BaseException | None) -> None:
            if error is not None:
                self.window.statusBar().showMessage(
                    self.tr("Signed out of {0}; the token could not be revoked: {1}").format(
                        profile.name, getattr(error, "user_message", str(error))
                    )
                )
            else:
                self.window.statusBar().showMessage(
                    self.tr("Signed out of {0}; its token is revoked.").format(profile.name)
                )

        self.window.bridge.submit(sign_out(profile, token), revoked)
