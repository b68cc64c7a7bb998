"""alliance-kg: knowledge graphs of who said what about whom in international-security news."""

__version__ = "0.1.0"
