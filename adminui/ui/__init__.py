"""AdminUI ui layer."""
