"""AdminUI: a desktop console for KUMA Core and OpenBao/Vault Raft clusters."""

__version__ = "0.1.0"
