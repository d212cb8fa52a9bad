"""One console per user: a second start raises the running window instead.

The first console listens on a local socket named after the user; a later one connects,
asks it to come to the front and exits. A socket left by a console that crashed is
removed and taken over.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 500


def default_name() -> str:
    return f"adminui-console-{getpass.getuser()}"


class SingleInstance(QObject):
    """``claim()`` is True for the first console; the others have asked it to come up."""

    #: Another start asked this console to show its window.
    sig_raise_requested = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or default_name()
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        if self._ask_running():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left by a console that crashed
            if not server.listen(self.name):
                return True  # no guard possible here; never keep the console from starting
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def _ask_running(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        """Read the short request at once (a local socket: it is there or it never
        comes), then let the socket go."""
        server = self.server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_TIMEOUT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(RAISE.strip()):
                self.sig_raise_requested.emit()
            socket.abort()
            socket.deleteLater()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
