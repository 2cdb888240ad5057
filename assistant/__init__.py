"""Question answering over human-rights treaty documents, with citations to their own paragraph numbers."""
from . import offline  # noqa: F401 - first: telemetry off before anything is imported
from .assistant import Assistant
from .errors import AssistantError
from .records import Answer, Citation, Document, Paragraph

__all__ = ["Assistant", "AssistantError", "Answer", "Citation", "Document", "Paragraph"]
__version__ = "0.1.0"
