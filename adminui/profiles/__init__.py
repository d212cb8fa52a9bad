"""AdminUI profiles layer."""
