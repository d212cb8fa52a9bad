"""AdminUI core layer."""
