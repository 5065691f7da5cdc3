"""Comparative analytics of Chinese work-style plans."""
__version__ = "0.1.0"
