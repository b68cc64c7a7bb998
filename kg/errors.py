"""Exceptions raised by the library; only ``kg.cli`` turns them into messages."""


class KGError(Exception):
    """Base class of every error alliance-kg reports to the user."""


class ArticleError(KGError):
    """An input file cannot be read as an article (message starts with the path)."""


class ArticleSkipped(ArticleError):
    """An input file is readable but not something alliance-kg reads (not English, a duplicate)."""


class InputError(KGError):
    """The inputs of a build cannot be used (a missing path, nothing to read); nothing is written.
    One line per problem."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class QueryError(KGError):
    """A SPARQL query or its parameters are invalid."""


class GraphError(KGError):
    """A graph file cannot be read or written."""


class AnalysisError(KGError):
    """The actor graph cannot be analysed or drawn as asked (unknown actor, no path, missing assets)."""
