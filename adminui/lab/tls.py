"""The lab's own certificate authority, made at start: a server certificate for the
OpenBao nodes' TLS listeners (127.0.0.1) and a client certificate for ``cert`` sign-in.

Keys are written 0600 in the lab directory and never leave it.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

#: The name the client certificate carries (``cert`` sign-in's user).
CLIENT_NAME = "console-operator"


@dataclass(frozen=True)
class LabTls:
    """Where the lab's TLS files are."""

    directory: Path

    @property
    def ca_cert(self) -> Path:
        return self.directory / "ca.pem"

    @property
    def server_cert(self) -> Path:
        return self.directory / "server.pem"

    @property
    def server_key(self) -> Path:
        return self.directory / "server-key.pem"

    @property
    def client_cert(self) -> Path:
        return self.directory / "client.pem"

    @property
    def client_key(self) -> Path:
        return self.directory / "client-key.pem"

    def exists(self) -> bool:
        return all(p.is_file() for p in (self.ca_cert, self.server_cert, self.client_cert))


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _write(path: Path, data: bytes, private: bool = False) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _issue(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Name,
    signer: ec.EllipticCurvePrivateKey,
    *,
    ca: bool = False,
    usage: x509.ObjectIdentifier | None = None,
    ip: str = "",
    days: int = 365,
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
    if usage is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
    if ip:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(ip))]),
            critical=False,
        )
    return builder.sign(signer, hashes.SHA256())


def make_lab_tls(directory: Path, days: int = 365) -> LabTls:
    """A fresh CA with a server certificate for 127.0.0.1 and a client certificate, valid
    for ``days`` (a test makes short-lived ones to see expiry warnings)."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    files = LabTls(directory)
    ca_key = _key()
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "AdminUI lab CA")])
    ca = _issue("AdminUI lab CA", ca_key, ca_name, ca_key, ca=True, days=days)
    server_key, client_key = _key(), _key()
    server = _issue(
        "127.0.0.1",
        server_key,
        ca_name,
        ca_key,
        usage=ExtendedKeyUsageOID.SERVER_AUTH,
        ip="127.0.0.1",
        days=days,
    )
    client = _issue(
        CLIENT_NAME, client_key, ca_name, ca_key, usage=ExtendedKeyUsageOID.CLIENT_AUTH, days=days
    )
    pem = serialization.Encoding.PEM
    _write(files.ca_cert, ca.public_bytes(pem))
    _write(files.server_cert, server.public_bytes(pem) + ca.public_bytes(pem))
    _write(files.server_key, _pem_key(server_key), private=True)
    _write(files.client_cert, client.public_bytes(pem))
    _write(files.client_key, _pem_key(client_key), private=True)
    return files
