"""The vault as a library: no Qt here (tests/core/test_layers.py enforces it)."""
