"""AdminUI monitor layer."""
