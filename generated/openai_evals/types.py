"""Other names of this package's classes, for code ported from `openai` (config: `port.types`)."""

from ._pagination import AsyncCursorPage, SyncCursorPage
from ._response import BinaryResponse as HttpxBinaryResponseContent
from .models import (
    Batch,
    Eval as EvalCreateResponse,
    DeleteEvalResponse as EvalDeleteResponse,
    Eval as EvalListResponse,
    Eval as EvalRetrieveResponse,
    Eval as EvalUpdateResponse,
    DeleteFileResponse as FileDeleted,
    OpenAIFile as FileObject,
    EvalRunOutputItem as OutputItemListResponse,
    EvalRunOutputItem as OutputItemRetrieveResponse,
    EvalRun as RunCancelResponse,
    EvalRun as RunCreateResponse,
    DeleteEvalRunResponse as RunDeleteResponse,
    EvalRun as RunListResponse,
    EvalRun as RunRetrieveResponse,
)

__all__ = [
    "AsyncCursorPage",
    "Batch",
    "EvalCreateResponse",
    "EvalDeleteResponse",
    "EvalListResponse",
    "EvalRetrieveResponse",
    "EvalUpdateResponse",
    "FileDeleted",
    "FileObject",
    "HttpxBinaryResponseContent",
    "OutputItemListResponse",
    "OutputItemRetrieveResponse",
    "RunCancelResponse",
    "RunCreateResponse",
    "RunDeleteResponse",
    "RunListResponse",
    "RunRetrieveResponse",
    "SyncCursorPage",
]
