"""The certificate a node presents, for the user to look at before trusting it (Qt-free).

Fetched without verification (that is the point: it is not trusted yet) and never used
to send anything. Trusting it saves its PEM as the profile's CA bundle, in the console's
config directory.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import ssl
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from adminui.api import errors

FETCH_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class PeerCertificate:
    """What a person needs to decide: subject, issuer, validity and fingerprint."""

    url: str
    pem: str
    subject: str
    issuer: str
    not_after: str
    sha256: str  # colon-separated upper-case hex
    #: The names it is valid for (DNS names and IP addresses), and when it runs out.
    sans: tuple[str, ...] = ()
    not_after_ts: float = 0.0

    @property
    def self_signed(self) -> bool:
        return self.subject == self.issuer


def describe(der: bytes, url: str) -> PeerCertificate:
    cert = x509.load_der_x509_certificate(der)
    digest = hashlib.sha256(der).hexdigest().upper()
    return PeerCertificate(
        url=url,
        pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        not_after=cert.not_valid_after_utc.strftime("%Y-%m-%d %H:%M UTC"),
        sha256=":".join(digest[i : i + 2] for i in range(0, len(digest), 2)),
        sans=_names(cert),
        not_after_ts=cert.not_valid_after_utc.timestamp(),
    )


def _names(cert: x509.Certificate) -> tuple[str, ...]:
    try:
        extension = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except x509.ExtensionNotFound:
        return ()
    names = extension.value
    found = [*names.get_values_for_type(x509.DNSName)]
    found += [str(ip) for ip in names.get_values_for_type(x509.IPAddress)]
    return tuple(found)


async def fetch_certificate(url: str, server_name: str = "") -> PeerCertificate:
    """The certificate ``url``'s server presents (an https URL)."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise errors.TLSError(f"{url} does not use TLS", node=url)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(
                parts.hostname,
                parts.port or 443,
                ssl=context,
                server_hostname=server_name or parts.hostname,
            ),
            FETCH_TIMEOUT_S,
        )
    except TimeoutError:
        raise errors.Timeout("no TLS handshake in time", node=url) from None
    except (OSError, ssl.SSLError) as exc:
        raise errors.Unreachable(str(exc), node=url) from None
    try:
        ssl_object = writer.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
    finally:
        # Only the certificate was wanted: drop the connection at once. A graceful TLS
        # shutdown waits on the server, and a look cancelled meanwhile (its window
        # closed) left the socket behind.
        writer.transport.abort()
        del reader
        await asyncio.sleep(0)  # the transport lets its socket go at the next turn
    if not der:
        raise errors.TLSError("the server presented no certificate", node=url)
    return describe(der, url)


def save_trusted(certificate: PeerCertificate, directory: Path, profile: str) -> Path:
    """Write the certificate as ``<directory>/certs/<profile>.pem`` (0600); the path is
    the profile's new CA bundle."""
    folder = directory / "certs"
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in profile) or "cluster"
    path = folder / f"{safe}.pem"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(certificate.pem)
    return path
