"""Exceptions raised by the library; only ``kg.cli`` turns them into messages."""


class KGError(Exception):
    """Base class of every error alliance-kg reports to the user."""


class ArticleError(KGError):
    """An input file cannot be read as an article (message starts with the path)."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class QueryError(KGError):
    """A SPARQL query or its parameters are invalid."""


class GraphError(KGError):
    """A graph file cannot be read or written."""
