"""One base error, and a subclass for each thing that can go wrong; every message says how to fix it."""


class AssistantError(Exception):
    """Base class: the CLI prints the message and exits 1."""


class EmptyQuestion(AssistantError):
    pass


class QuestionTooLong(AssistantError):
    pass


class CorpusError(AssistantError):
    """A folder or file of documents that cannot be read."""


class IndexError_(AssistantError):
    """A missing, stale or corrupt index."""


class DependencyMissing(AssistantError, ImportError):
    pass


def need(module: str, package: str):
    """Import an optional heavy dependency, or say which pip install fixes it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as e:  # pragma: no cover - exercised in tests via sys.modules
        raise DependencyMissing(f"{module} is not available - install it: pip install {package}") from e
