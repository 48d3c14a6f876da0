"""Batch jobs of any size, on `client.batches` (hand-written: `spec/extensions/batches.py`, copied
into the package by the generator; edit it there, never in the generated package).

- `submit(requests, endpoint=...)`: checks every request line, writes the JSONL file in a stream,
  uploads it (purpose `batch`) and creates the batch. Nothing is uploaded if a line is wrong.
- `results(batch)`: the rows of a batch's output and error files, streamed, one `BatchResult` each.
- `submit_job(requests, endpoint=..., state_file=...)`: any number of requests, sharded over as many
  batches as the limits require; `job.results()` polls them all and yields every result exactly
  once. With a state file, a process killed at any point and started again with the same requests
  re-attaches to the batches already created: no request is submitted twice.

Memory stays flat whatever the size: requests go to temporary files as they come, uploads hold
one shard, results are read line by line, and the custom_ids seen are kept as 8-byte hashes.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import json
import os
import tempfile
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Iterable,
    Iterator,
    Literal,
    Mapping,
    Tuple,
    Union,
    cast,
)

import httpx

from .._exceptions import APIConnectionError, APIStatusError
from .._types import NOT_GIVEN, NotGiven
from ..models import Batch
from ..params import MetadataParam
from ..resources.files import AsyncFiles, Files

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from ..resources.batches import AsyncBatches, Batches

__all__ = [
    "BatchEndpoint",
    "BatchInputError",
    "BatchJob",
    "AsyncBatchJob",
    "BatchRequestError",
    "BatchResult",
    "BatchesMixin",
    "AsyncBatchesMixin",
    "MAX_REQUESTS",
    "MAX_BYTES",
]

BatchEndpoint = Literal[
    "/v1/responses",
    "/v1/chat/completions",
    "/v1/embeddings",
    "/v1/completions",
    "/v1/moderations",
    "/v1/images/generations",
    "/v1/images/edits",
    "/v1/videos",
]
RequestLine = Union[Mapping[str, Any], Tuple[str, Mapping[str, Any]]]
"""A request dict (`custom_id`, `method`, `url`, `body`) or a `(custom_id, body)` pair."""

MAX_REQUESTS = 50_000  # per batch input file (the API's limits)
MAX_BYTES = 200 * 1024 * 1024
TERMINAL = ("completed", "failed", "expired", "cancelled")
_MAX_POLL_FAILURES = 20  # consecutive failed polls of one batch before giving up
_MAX_DOWNLOAD_ATTEMPTS = 5  # a download cut short is resumed this many times


class BatchInputError(ValueError):
    """A request line that cannot go into a batch. Raised before anything is uploaded."""

    def __init__(self, index: int, custom_id: str | None, message: str) -> None:
        named = f", custom_id {custom_id!r}" if custom_id is not None else ""
        super().__init__(f"request {index + 1} (line {index + 1}{named}): {message}")
        self.index = index  # 0-based position in the iterable
        self.custom_id = custom_id


@dataclass(frozen=True)
class BatchRequestError:
    code: str
    message: str


@dataclass(frozen=True)
class BatchResult:
    """One request's outcome: its response (`status_code`, `body`) or why it has none (`error`)."""

    custom_id: str
    batch_id: str
    status_code: int | None
    body: Any  # the response body as JSON, None without a response
    error: BatchRequestError | None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status_code is not None and self.status_code < 400


# -- checking and writing the request lines ------------------------------------------------------


def _line(item: object, index: int, endpoint: str) -> tuple[str, bytes]:
    """The request as one JSONL line, or BatchInputError naming it."""
    if isinstance(item, tuple):
        pair = cast(Tuple[object, ...], item)
        if len(pair) != 2:
            raise BatchInputError(index, None, "a pair must be (custom_id, body)")
        request: dict[str, object] = {
            "custom_id": pair[0],
            "method": "POST",
            "url": endpoint,
            "body": pair[1],
        }
    elif isinstance(item, Mapping):
        request = dict(cast(Mapping[str, object], item))
    else:
        raise BatchInputError(
            index,
            None,
            f"expected a dict or a (custom_id, body) pair, got " f"{type(item).__name__}",
        )
    custom_id = request.get("custom_id")
    if not isinstance(custom_id, str) or not custom_id:
        raise BatchInputError(index, None, "custom_id must be a non-empty string")
    unknown = sorted(set(request) - {"custom_id", "method", "url", "body"})
    if unknown:
        raise BatchInputError(index, custom_id, f"unknown keys {unknown}")
    if request.get("method") != "POST":
        raise BatchInputError(
            index, custom_id, f"method must be 'POST', got {request.get('method')!r}"
        )
    if request.get("url") != endpoint:
        raise BatchInputError(
            index,
            custom_id,
            f"url {request.get('url')!r} is not the batch's " f"endpoint {endpoint!r}",
        )
    if not isinstance(request.get("body"), Mapping):
        raise BatchInputError(index, custom_id, "body must be a JSON object")
    try:
        text = json.dumps(request, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise BatchInputError(index, custom_id, f"body is not JSON: {exc}") from None
    return custom_id, text.encode("utf-8") + b"\n"


class _SeenIds:
    """The custom_ids met so far, as 64-bit hashes in an open-addressing table: 16 bytes a
    request instead of ~100 for a set of strings. A hash match is confirmed by the caller."""

    def __init__(self) -> None:
        self._slots = array("Q", bytes(8 * 1024))
        self._count = 0

    def add(self, custom_id: str) -> bool:
        """False when the custom_id (probably) came before."""
        digest = hashlib.blake2b(custom_id.encode("utf-8"), digest_size=8).digest()
        key = int.from_bytes(digest, "little") | 1  # 0 marks an empty slot
        slots = self._slots
        mask = len(slots) - 1
        i = key & mask
        while slots[i]:
            if slots[i] == key:
                return False
            i = (i + 1) & mask
        slots[i] = key
        self._count += 1
        if self._count * 10 > len(slots) * 7:
            self._grow()
        return True

    def _grow(self) -> None:
        old = self._slots
        self._slots = array("Q", bytes(16 * len(old)))
        mask = len(self._slots) - 1
        for key in old:
            if key:
                i = key & mask
                while self._slots[i]:
                    i = (i + 1) & mask
                self._slots[i] = key


@dataclass
class _Shard:
    path: Path
    requests: int = 0
    bytes: int = 0
    sha256: str = ""


class _Writer:
    """Checks the lines and writes them into shard files of at most `max_requests` lines and
    `max_bytes` bytes, in a temporary folder; everything is checked before anything is sent."""

    def __init__(self, endpoint: str, max_requests: int, max_bytes: int) -> None:
        if max_requests < 1 or max_bytes < 1:
            raise ValueError("max_requests and max_bytes must be positive")
        self.endpoint = endpoint
        self.max_requests = max_requests
        self.max_bytes = max_bytes
        self.folder = tempfile.TemporaryDirectory(prefix="batch-job-")
        self.shards: list[_Shard] = []
        self._seen = _SeenIds()
        self._index = 0
        self._file: IO[bytes] | None = None
        self._hash = hashlib.sha256()

    def add(self, item: object) -> None:
        index = self._index
        custom_id, data = _line(item, index, self.endpoint)
        if len(data) > self.max_bytes:
            raise BatchInputError(
                index,
                custom_id,
                f"{len(data)} bytes, more than a batch file " f"takes ({self.max_bytes})",
            )
        if not self._seen.add(custom_id):
            first = self._find(custom_id)
            if first is not None:
                raise BatchInputError(index, custom_id, f"custom_id repeats request {first + 1}")
        shard = self.shards[-1] if self.shards else None
        if (
            shard is None
            or shard.requests == self.max_requests
            or shard.bytes + len(data) > self.max_bytes
        ):
            self._close_shard()
            shard = _Shard(Path(self.folder.name) / f"shard-{len(self.shards):05d}.jsonl")
            self.shards.append(shard)
            self._file = open(shard.path, "wb")
        assert self._file is not None
        self._file.write(data)
        self._hash.update(data)
        shard.requests += 1
        shard.bytes += len(data)
        self._index += 1

    def finish(self) -> list[_Shard]:
        self._close_shard()
        self._seen = _SeenIds()  # 16 bytes a request: not kept while the job runs
        if not self.shards:
            raise ValueError("no requests: a batch needs at least one")
        return self.shards

    def _close_shard(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
            self.shards[-1].sha256 = self._hash.hexdigest()
            self._hash = hashlib.sha256()

    def _find(self, custom_id: str) -> int | None:
        """The index of the request with this custom_id, read back from the shards."""
        if self._file is not None:
            self._file.flush()
        index = 0
        for shard in self.shards:
            for found in _custom_ids(shard.path):
                if found == custom_id:
                    return index
                index += 1
        return None

    def cleanup(self) -> None:
        self._close_shard()
        self.folder.cleanup()


def _custom_ids(path: Path) -> Iterator[str]:
    with open(path, "rb") as file:
        for raw in file:
            yield cast(str, json.loads(raw)["custom_id"])


# -- reading results -----------------------------------------------------------------------------


def _split_lines(chunks: Iterable[bytes], pending: bytearray) -> Iterator[bytes]:
    for chunk in chunks:
        pending += chunk
        start = 0
        while True:
            end = pending.find(b"\n", start)
            if end < 0:
                break
            if end > start:
                yield bytes(pending[start:end])
            start = end + 1
        del pending[:start]


def _row(raw: bytes, batch_id: str) -> BatchResult:
    data = cast(Dict[str, Any], json.loads(raw))
    response = cast(Union[Dict[str, Any], None], data.get("response"))
    error = cast(Union[Dict[str, Any], None], data.get("error"))
    return BatchResult(
        custom_id=str(data.get("custom_id")),
        batch_id=batch_id,
        status_code=None if response is None else int(response.get("status_code") or 0),
        body=None if response is None else response.get("body"),
        error=(
            None
            if error is None
            else BatchRequestError(str(error.get("code") or ""), str(error.get("message") or ""))
        ),
    )


def _missing(custom_id: str, batch: Batch) -> BatchResult:
    """A request the batch ended without a result for (failed, expired or cancelled)."""
    detail = ""
    if batch.errors is not None and batch.errors.data:
        detail = ": " + "; ".join(e.message or e.code or "" for e in batch.errors.data)
    return BatchResult(
        custom_id,
        batch.id,
        None,
        None,
        BatchRequestError(
            f"batch_{batch.status}",
            f"batch {batch.id} ended {batch.status} without a result for " f"this request{detail}",
        ),
    )


def _transient(exc: Exception) -> bool:
    return isinstance(exc, (APIConnectionError, httpx.TransportError)) or (
        isinstance(exc, APIStatusError) and (exc.status_code == 429 or exc.status_code >= 500)
    )


# -- the job's state file ------------------------------------------------------------------------


@dataclass
class _ShardState:
    requests: int
    bytes: int
    sha256: str
    file_id: str | None = None
    upload_started_at: float | None = None
    batch_id: str | None = None
    done: bool = False  # every result delivered


@dataclass
class _State:
    """What was sent, written atomically after every step: `file_id` after the upload,
    `batch_id` after the batch is created, `done` once its results are all delivered. A
    journal beside it counts the results handed to the caller, one line each."""

    path: Path | None
    job: str
    endpoint: str
    completion_window: str
    shards: list[_ShardState]
    delivered: list[int] = field(default_factory=lambda: [])
    _journal: IO[bytes] | None = None

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] | None,
        endpoint: str,
        completion_window: str,
        shards: list[_Shard],
    ) -> _State:
        fresh = [_ShardState(s.requests, s.bytes, s.sha256) for s in shards]
        job = hashlib.sha256(
            json.dumps([endpoint, completion_window, [s.sha256 for s in shards]]).encode()
        ).hexdigest()[:16]
        state = cls(None if path is None else Path(path), job, endpoint, completion_window, fresh)
        if state.path is not None and state.path.exists():
            state._load()
        state.delivered = [0] * len(state.shards)
        if state.path is not None:
            journal = Path(str(state.path) + ".delivered")
            if journal.exists():
                with open(journal, "rb") as lines:  # a line a result: read as a stream
                    for line in lines:
                        state.delivered[int(line)] += 1
            state.save()
            state._journal = open(journal, "ab", buffering=0)
        return state

    def _load(self) -> None:
        assert self.path is not None
        saved = cast(Dict[str, Any], json.loads(self.path.read_text(encoding="utf-8")))
        if saved.get("job") != self.job:
            raise ValueError(
                f"{self.path} belongs to another job (other requests, endpoint or "
                f"completion window); delete it to start a new job"
            )
        self.shards = [_ShardState(**cast(Dict[str, Any], s)) for s in saved["shards"]]

    def save(self) -> None:
        if self.path is None:
            return
        data = {
            "job": self.job,
            "endpoint": self.endpoint,
            "completion_window": self.completion_window,
            "shards": [vars(s) for s in self.shards],
        }
        temporary = self.path.with_name(self.path.name + ".tmp")
        with open(temporary, "w", encoding="utf-8") as file:
            json.dump(data, file, indent=1)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, self.path)

    def ack(self, shard: int) -> None:
        """The caller took the shard's next result."""
        self.delivered[shard] += 1
        if self._journal is not None:
            self._journal.write(b"%d\n" % shard)

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None


def _metadata(metadata: MetadataParam | NotGiven, job: str, shard: int) -> dict[str, str]:
    given: dict[str, str] = dict(metadata or {})
    if len(given) <= 14:  # the API takes 16 pairs: tag the batch with its job when there is room
        given.update({"batch_job": job, "batch_job_shard": str(shard)})
    return given


def _release_upload() -> None:
    """The request of an upload (its whole body: up to 200 MB) stays in a reference cycle
    inside httpx/httpcore until the cyclic garbage collector runs, which few allocations
    trigger: collect now, or every shard's body piles up while the job submits."""
    gc.collect()


def _shards(
    requests: Iterable[RequestLine], endpoint: str, max_requests: int, max_bytes: int
) -> _Writer:
    writer = _Writer(endpoint, max_requests, max_bytes)
    try:
        for item in requests:
            writer.add(item)
        writer.finish()
    except BaseException:
        writer.cleanup()
        raise
    return writer


# -- sync ----------------------------------------------------------------------------------------


class BatchJob:
    """Requests sharded over batches (`client.batches.submit_job`). `results()` polls them and
    yields every result once; `batch_ids` are the batches, in request order."""

    def __init__(
        self,
        retrieve: Callable[[str], Batch],
        rows: Callable[[Batch, Path], Iterator[BatchResult]],
        writer: _Writer,
        state: _State,
        poll_interval_ms: int,
    ) -> None:
        self._retrieve = retrieve
        self._rows = rows
        self._writer = writer
        self._state = state
        self._poll_interval = poll_interval_ms / 1000

    @property
    def batch_ids(self) -> list[str]:
        return [s.batch_id or "" for s in self._state.shards]

    def results(self) -> Iterator[BatchResult]:
        """Every request's result, in the order the batches end. A result counts as delivered
        once the next one is asked for: after a crash, only the one being handled comes again.
        Stopped early, it can be called again and goes on where it stopped; `close()` (or
        reading to the end) removes the temporary files."""
        state = self._state
        pending = [i for i, s in enumerate(state.shards) if not s.done]
        failures = [0] * len(state.shards)
        try:
            while pending:
                for i in list(pending):
                    try:
                        batch = self._retrieve(state.shards[i].batch_id or "")
                    except Exception as exc:
                        failures[i] += 1
                        if not _transient(exc) or failures[i] >= _MAX_POLL_FAILURES:
                            raise
                        continue
                    failures[i] = 0
                    if batch.status not in TERMINAL:
                        continue
                    skip = state.delivered[i]
                    for n, row in enumerate(self._rows(batch, self._writer.shards[i].path)):
                        if n < skip:
                            continue
                        yield row
                        state.ack(i)
                    state.shards[i].done = True
                    state.save()
                    pending.remove(i)
                if pending:
                    time.sleep(self._poll_interval)
        finally:
            if all(s.done for s in state.shards):  # else `results()` can be asked for again
                self.close()

    def close(self) -> None:
        self._state.close()
        self._writer.cleanup()


class BatchesMixin:
    """Hand-written methods of `client.batches` (the generated `Batches` inherits them)."""

    _client: SyncAPIClient

    @property
    def _resource(self) -> Batches:
        return cast("Batches", self)

    def submit(
        self,
        requests: Iterable[RequestLine],
        *,
        endpoint: BatchEndpoint,
        completion_window: Literal["24h"] = "24h",
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        max_requests: int = MAX_REQUESTS,
        max_bytes: int = MAX_BYTES,
    ) -> Batch:
        """Check every request, write them as JSONL (streamed to a temporary file), upload it
        and create the batch. Raises BatchInputError, uploading nothing, for a bad line; more
        requests than one batch takes need `submit_job`."""
        writer = _shards(requests, endpoint, max_requests, max_bytes)
        try:
            if len(writer.shards) > 1:
                raise BatchInputError(
                    writer.shards[0].requests,
                    None,
                    f"more than one batch takes ({max_requests} requests, "
                    f"{max_bytes} bytes): use batches.submit_job()",
                )
            with open(writer.shards[0].path, "rb") as file:
                uploaded = Files(self._client).create(file=("batch.jsonl", file), purpose="batch")
            return self._resource.create(
                input_file_id=uploaded.id,
                endpoint=endpoint,
                completion_window=completion_window,
                metadata=metadata,
            )
        finally:
            writer.cleanup()

    def results(self, batch: Batch | str) -> Iterator[BatchResult]:
        """The rows of the batch's output file, then of its error file, read as they arrive."""
        if isinstance(batch, str):
            batch = self._resource.retrieve(batch)
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id:
                for raw in self._lines(file_id):
                    yield _row(raw, batch.id)

    def submit_job(
        self,
        requests: Iterable[RequestLine],
        *,
        endpoint: BatchEndpoint,
        completion_window: Literal["24h"] = "24h",
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        state_file: str | os.PathLike[str] | None = None,
        max_requests: int = MAX_REQUESTS,
        max_bytes: int = MAX_BYTES,
        poll_interval_ms: int = 10_000,
    ) -> BatchJob:
        """Check every request (nothing is sent if one is wrong), shard them, upload the shards
        and create their batches. With `state_file`, a job started again with the same requests
        re-attaches to what the killed one had sent."""
        writer = _shards(requests, endpoint, max_requests, max_bytes)
        try:
            state = _State.open(state_file, endpoint, completion_window, writer.shards)
            for i, shard in enumerate(state.shards):
                if shard.batch_id is not None:
                    continue
                resumed = shard.file_id is not None
                name = f"batch-job-{state.job}-{i:05d}.jsonl"
                if shard.file_id is None and shard.upload_started_at is not None:
                    # Killed after an upload began: it may have been stored all the same.
                    shard.file_id = self._find_file(name, shard.bytes, shard.upload_started_at)
                if shard.file_id is None:
                    shard.upload_started_at = time.time()
                    state.save()
                    with open(writer.shards[i].path, "rb") as file:
                        shard.file_id = (
                            Files(self._client).create(file=(name, file), purpose="batch").id
                        )
                    _release_upload()
                state.save()
                # Killed between creating the batch and saving its id? Then it is listed.
                found = (
                    self._find_batch(shard.file_id, shard.upload_started_at) if resumed else None
                )
                shard.batch_id = (
                    found
                    or self._resource.create(
                        input_file_id=shard.file_id,
                        endpoint=endpoint,
                        completion_window=completion_window,
                        metadata=_metadata(metadata, state.job, i),
                        extra_headers={
                            "Idempotency-Key": f"batch-job-{state.job}-{i}-{shard.file_id}"
                        },
                    ).id
                )
                state.save()
        except BaseException:
            writer.cleanup()
            raise
        return BatchJob(self._resource.retrieve, self._rows, writer, state, poll_interval_ms)

    def _find_file(self, name: str, size: int, since: float) -> str | None:
        """The shard's file, if an upload the killed process made was stored (the name holds
        the job's content hash, so the same name and size is the same file)."""
        for file in Files(self._client).list(purpose="batch", order="desc", limit=100):
            if file.filename == name and file.bytes == size:
                return file.id
            if file.created_at < since - 300:
                return None
        return None

    def _find_batch(self, file_id: str, since: float | None) -> str | None:
        for batch in self._resource.list(limit=100):
            if batch.input_file_id == file_id:
                return batch.id
            if since is not None and batch.created_at < since - 300:
                return None  # newest first: older than the upload, so never created
        return None

    def _lines(self, file_id: str) -> Iterator[bytes]:
        """The file's lines, streamed; a download cut short is resumed after the last line."""
        done = 0
        attempt = 0
        while True:
            seen = 0
            try:
                with Files(self._client).content(file_id) as response:
                    pending = bytearray()
                    for raw in _split_lines(response.iter_bytes(), pending):
                        seen += 1
                        if seen > done:
                            done = seen
                            yield raw
                    if pending.strip():
                        seen += 1
                        if seen > done:
                            done = seen
                            yield bytes(pending)
                return
            except (httpx.TransportError, APIConnectionError):
                attempt += 1
                if attempt >= _MAX_DOWNLOAD_ATTEMPTS:
                    raise

    def _rows(self, batch: Batch, shard: Path) -> Iterator[BatchResult]:
        """Every request of the shard once: output rows, error rows, then a row for each
        request the batch has no result for."""
        seen: set[str] = set()
        for row in self.results(batch):
            if row.custom_id not in seen:
                seen.add(row.custom_id)
                yield row
        for custom_id in _custom_ids(shard):
            if custom_id not in seen:
                yield _missing(custom_id, batch)


# -- async ---------------------------------------------------------------------------------------


class AsyncBatchJob:
    """The async twin of BatchJob: `async for row in job.results()`; polls all batches at once."""

    def __init__(
        self,
        retrieve: Callable[[str], Awaitable[Batch]],
        rows: Callable[[Batch, Path], AsyncIterator[BatchResult]],
        writer: _Writer,
        state: _State,
        poll_interval_ms: int,
    ) -> None:
        self._retrieve = retrieve
        self._rows = rows
        self._writer = writer
        self._state = state
        self._poll_interval = poll_interval_ms / 1000

    @property
    def batch_ids(self) -> list[str]:
        return [s.batch_id or "" for s in self._state.shards]

    async def results(self) -> AsyncIterator[BatchResult]:
        state = self._state
        pending = [i for i, s in enumerate(state.shards) if not s.done]
        failures = [0] * len(state.shards)
        try:
            while pending:
                polled = await asyncio.gather(
                    *(self._retrieve(state.shards[i].batch_id or "") for i in pending),
                    return_exceptions=True,
                )
                for i, batch in zip(list(pending), polled):
                    if isinstance(batch, BaseException):
                        failures[i] += 1
                        if (
                            not isinstance(batch, Exception)
                            or not _transient(batch)
                            or failures[i] >= _MAX_POLL_FAILURES
                        ):
                            raise batch
                        continue
                    failures[i] = 0
                    if batch.status not in TERMINAL:
                        continue
                    skip = state.delivered[i]
                    n = 0
                    async for row in self._rows(batch, self._writer.shards[i].path):
                        n += 1
                        if n <= skip:
                            continue
                        yield row
                        state.ack(i)
                    state.shards[i].done = True
                    state.save()
                    pending.remove(i)
                if pending:
                    await asyncio.sleep(self._poll_interval)
        finally:
            if all(s.done for s in state.shards):
                self.close()

    def close(self) -> None:
        self._state.close()
        self._writer.cleanup()


class AsyncBatchesMixin:
    """Hand-written methods of `client.batches` (the generated `AsyncBatches` inherits them)."""

    _client: AsyncAPIClient

    @property
    def _resource(self) -> AsyncBatches:
        return cast("AsyncBatches", self)

    async def submit(
        self,
        requests: Iterable[RequestLine] | AsyncIterable[RequestLine],
        *,
        endpoint: BatchEndpoint,
        completion_window: Literal["24h"] = "24h",
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        max_requests: int = MAX_REQUESTS,
        max_bytes: int = MAX_BYTES,
    ) -> Batch:
        """See `Batches.submit`."""
        writer = await _async_shards(requests, endpoint, max_requests, max_bytes)
        try:
            if len(writer.shards) > 1:
                raise BatchInputError(
                    writer.shards[0].requests,
                    None,
                    f"more than one batch takes ({max_requests} requests, "
                    f"{max_bytes} bytes): use batches.submit_job()",
                )
            with open(writer.shards[0].path, "rb") as file:
                uploaded = await AsyncFiles(self._client).create(
                    file=("batch.jsonl", file), purpose="batch"
                )
            return await self._resource.create(
                input_file_id=uploaded.id,
                endpoint=endpoint,
                completion_window=completion_window,
                metadata=metadata,
            )
        finally:
            writer.cleanup()

    async def results(self, batch: Batch | str) -> AsyncIterator[BatchResult]:
        """See `Batches.results`."""
        if isinstance(batch, str):
            batch = await self._resource.retrieve(batch)
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id:
                async for raw in self._lines(file_id):
                    yield _row(raw, batch.id)

    async def submit_job(
        self,
        requests: Iterable[RequestLine] | AsyncIterable[RequestLine],
        *,
        endpoint: BatchEndpoint,
        completion_window: Literal["24h"] = "24h",
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        state_file: str | os.PathLike[str] | None = None,
        max_requests: int = MAX_REQUESTS,
        max_bytes: int = MAX_BYTES,
        poll_interval_ms: int = 10_000,
    ) -> AsyncBatchJob:
        """See `Batches.submit_job`."""
        writer = await _async_shards(requests, endpoint, max_requests, max_bytes)
        try:
            state = _State.open(state_file, endpoint, completion_window, writer.shards)
            for i, shard in enumerate(state.shards):
                if shard.batch_id is not None:
                    continue
                resumed = shard.file_id is not None
                name = f"batch-job-{state.job}-{i:05d}.jsonl"
                if shard.file_id is None and shard.upload_started_at is not None:
                    shard.file_id = await self._find_file(
                        name, shard.bytes, shard.upload_started_at
                    )
                if shard.file_id is None:
                    shard.upload_started_at = time.time()
                    state.save()
                    with open(writer.shards[i].path, "rb") as file:
                        uploaded = await AsyncFiles(self._client).create(
                            file=(name, file), purpose="batch"
                        )
                    shard.file_id = uploaded.id
                    _release_upload()
                state.save()
                found = (
                    await self._find_batch(shard.file_id, shard.upload_started_at)
                    if resumed
                    else None
                )
                if found is None:
                    created = await self._resource.create(
                        input_file_id=shard.file_id,
                        endpoint=endpoint,
                        completion_window=completion_window,
                        metadata=_metadata(metadata, state.job, i),
                        extra_headers={
                            "Idempotency-Key": f"batch-job-{state.job}-{i}-{shard.file_id}"
                        },
                    )
                    found = created.id
                shard.batch_id = found
                state.save()
        except BaseException:
            writer.cleanup()
            raise
        return AsyncBatchJob(self._resource.retrieve, self._rows, writer, state, poll_interval_ms)

    async def _find_file(self, name: str, size: int, since: float) -> str | None:
        async for file in AsyncFiles(self._client).list(purpose="batch", order="desc", limit=100):
            if file.filename == name and file.bytes == size:
                return file.id
            if file.created_at < since - 300:
                return None
        return None

    async def _find_batch(self, file_id: str, since: float | None) -> str | None:
        async for batch in self._resource.list(limit=100):
            if batch.input_file_id == file_id:
                return batch.id
            if since is not None and batch.created_at < since - 300:
                return None
        return None

    async def _lines(self, file_id: str) -> AsyncIterator[bytes]:
        done = 0
        attempt = 0
        while True:
            seen = 0
            try:
                # streamed: an async download (`await ....content()`) is read whole first
                async with AsyncFiles(self._client).with_streaming_response.content(
                    file_id
                ) as response:
                    pending = bytearray()
                    async for chunk in response.iter_bytes():
                        for raw in _split_lines((chunk,), pending):
                            seen += 1
                            if seen > done:
                                done = seen
                                yield raw
                    if pending.strip():
                        seen += 1
                        if seen > done:
                            done = seen
                            yield bytes(pending)
                return
            except (httpx.TransportError, APIConnectionError):
                attempt += 1
                if attempt >= _MAX_DOWNLOAD_ATTEMPTS:
                    raise

    async def _rows(self, batch: Batch, shard: Path) -> AsyncIterator[BatchResult]:
        seen: set[str] = set()
        async for row in self.results(batch):
            if row.custom_id not in seen:
                seen.add(row.custom_id)
                yield row
        for custom_id in _custom_ids(shard):
            if custom_id not in seen:
                yield _missing(custom_id, batch)


async def _async_shards(
    requests: Iterable[RequestLine] | AsyncIterable[RequestLine],
    endpoint: str,
    max_requests: int,
    max_bytes: int,
) -> _Writer:
    if not isinstance(requests, AsyncIterable):  # checked in a thread: the loop runs on
        return await asyncio.to_thread(_shards, requests, endpoint, max_requests, max_bytes)
    writer = _Writer(endpoint, max_requests, max_bytes)
    try:
        async for item in requests:
            writer.add(item)
        writer.finish()
    except BaseException:
        writer.cleanup()
        raise
    return writer
