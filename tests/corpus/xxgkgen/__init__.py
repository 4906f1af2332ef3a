"""Synthetic report generator for xxgk-lint (see ../README.md)."""
