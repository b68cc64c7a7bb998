"""alliance-kg: knowledge graphs of who said what about whom in international-security news.

``build`` turns articles (files, folders or text) into an rdflib graph; ``load`` reads one back
(``kg.api``). Importing ``kg`` loads nothing else: spaCy and rdflib are imported when used.
"""

__version__ = "0.1.0"
__all__ = ["build", "load"]


def build(*args, **kwargs):
    """See ``kg.api.build``."""
    from kg import api

    return api.build(*args, **kwargs)


def load(*args, **kwargs):
    """See ``kg.api.load``."""
    from kg import api

    return api.load(*args, **kwargs)
