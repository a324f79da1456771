"""One ClientVault per user and vault: a second start hands its files to the first and exits.

A local socket (a named pipe on Windows) named after the user and the data folder: the first
instance listens; a later one connects, sends the files it was given (from "Open with" in the file
manager) as JSON, and quits. The first brings its window to the front and offers to import them.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
    return f"clientvault-{getpass.getuser()}-{digest}"


class SingleInstance(QObject):
    """Signals:
        activated(list): another start asked for the window, with these files (possibly none).
    """

    activated = Signal(list)

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.name = server_name(data_dir)
        self.server: QLocalServer | None = None

    def hand_over(self, files: list[str]) -> bool:
        """True when a running instance took the request (this process should then exit)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        payload = json.dumps({"files": [str(Path(f).resolve()) for f in files]}).encode() + b"\n"
        socket.write(payload)
        ok = socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return bool(ok)

    def listen(self) -> bool:
        """Become the instance others hand over to. A name left by a crashed instance is reclaimed."""
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            QLocalServer.removeServer(self.name)
            if not self.server.listen(self.name):
                log.warning("single-instance server could not listen: %s", self.server.errorString())
                return False
        self.server.newConnection.connect(self._on_server_new_connection)
        return True

    def _on_server_new_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            files = [str(f) for f in json.loads(line.decode("utf-8")).get("files", [])]
        except (ValueError, AttributeError):
            log.warning("ignored a malformed hand-over message")
            return
        self.activated.emit(files)
