"""AdminUI api layer."""
