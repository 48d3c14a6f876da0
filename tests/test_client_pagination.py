"""Cursor pagination over `evals.runs.list`: lazy auto-paging, the page API, and the async
forms (`async for` over the call, `await` for the first page)."""

from __future__ import annotations

import json
from typing import Any

import pydantic
import pytest
from openai_evals import (
    AsyncCursorPage,
    AsyncPageRequest,
    NotFoundError,
    SyncCursorPage,
)
from openai_evals._models import BaseModel
from openai_evals.models import EvalRun, EvalRunList

from tests.support.server import RecordedRequest, Reply

pytestmark = pytest.mark.usefixtures("client_env")

LIST_PATH = "/v1/evals/eval_1/runs"
PAGES = [["run_1", "run_2"], ["run_3", "run_4"], ["run_5"]]
ALL_IDS = [run_id for page in PAGES for run_id in page]


def serve_pages(kit: Any, pages: list[list[str]] = PAGES) -> None:
    """Answer the list route by cursor: no `after` → first page, `after=<last id>` → the next."""
    by_cursor: dict[str | None, int] = {None: 0}
    for index, page in enumerate(pages[:-1]):
        by_cursor[page[-1]] = index + 1

    def handler(request: RecordedRequest) -> Reply:
        after = request.query.get("after", [None])[0]
        if after not in by_cursor:
            return Reply(status=400, json={"error": {"message": f"bad cursor {after}"}})
        index = by_cursor[after]
        items = [kit.run_json(run_id) for run_id in pages[index]]
        return Reply(json=kit.list_json(items, has_more=index < len(pages) - 1), headers={"x-request-id": f"req_page_{index}"})

    kit.server.route("GET", LIST_PATH, handler)


def cursors(kit: Any) -> list[str | None]:
    return [r.query.get("after", [None])[0] for r in kit.server.requests]


async def test_auto_pagination_is_lazy(kit: Any) -> None:
    serve_pages(kit)
    client = kit.make()
    listing = client.evals.runs.list("eval_1", limit=2, order="asc")
    if kit.is_async:
        assert isinstance(listing, AsyncPageRequest)
        assert kit.server.requests == []  # nothing is sent before it is awaited or iterated
        iterator = listing.__aiter__()
        next_item = iterator.__anext__
    else:
        assert isinstance(listing, SyncCursorPage)
        iterator = iter(listing)

        async def next_item() -> Any:
            try:
                return next(iterator)
            except StopIteration:  # cannot propagate out of a coroutine as itself
                raise StopAsyncIteration from None

    seen: list[str] = []
    requests_before_item: list[int] = []
    for _ in ALL_IDS:
        item = await next_item()
        assert isinstance(item, EvalRun)
        seen.append(item.id)
        requests_before_item.append(len(kit.server.requests))
    # page 2 is fetched only for its first item (run_3), page 3 only for run_5
    assert requests_before_item == [1, 1, 2, 2, 3]
    with pytest.raises(StopAsyncIteration):
        await next_item()
    assert seen == ALL_IDS
    assert len(kit.server.requests) == 3
    assert cursors(kit) == [None, "run_2", "run_4"]
    # the other arguments are sent again with every page
    for request in kit.server.requests:
        assert request.query["limit"] == ["2"]
        assert request.query["order"] == ["asc"]


async def test_collect_all_items(kit: Any) -> None:
    serve_pages(kit)
    client = kit.make()
    items = await kit.collect(client.evals.runs.list("eval_1"))
    assert [run.id for run in items] == ALL_IDS
    assert cursors(kit) == [None, "run_2", "run_4"]


async def test_breaking_early_fetches_no_further_page(kit: Any) -> None:
    serve_pages(kit)
    client = kit.make()
    listing = client.evals.runs.list("eval_1")
    if kit.is_async:
        async for run in listing:
            if run.id == "run_2":
                break
    else:
        for run in listing:
            if run.id == "run_2":
                break
    assert len(kit.server.requests) == 1


async def test_page_api(kit: Any) -> None:
    serve_pages(kit)
    client = kit.make()
    page = await kit.call(client.evals.runs.list("eval_1", limit=2))
    assert isinstance(page, AsyncCursorPage if kit.is_async else SyncCursorPage)
    assert len(kit.server.requests) == 1
    assert [run.id for run in page.data] == ["run_1", "run_2"]
    assert all(isinstance(run, EvalRun) for run in page.data)
    assert page.has_next_page()
    assert page.response.last_id == "run_2"
    assert page.response._request_id == "req_page_0"

    second = await kit.call(page.get_next_page())
    assert [run.id for run in second.data] == ["run_3", "run_4"]
    assert second.has_next_page()
    third = await kit.call(second.get_next_page())
    assert [run.id for run in third.data] == ["run_5"]
    assert not third.has_next_page()
    with pytest.raises(RuntimeError):
        await kit.call(third.get_next_page())
    assert cursors(kit) == [None, "run_2", "run_4"]
    assert [r.query["limit"] for r in kit.server.requests] == [["2"]] * 3
    # the first page is unchanged by fetching the next ones
    assert [run.id for run in page.data] == ["run_1", "run_2"]


async def test_iter_pages(kit: Any) -> None:
    serve_pages(kit)
    client = kit.make()
    first = await kit.call(client.evals.runs.list("eval_1"))
    pages = await kit.collect(first.iter_pages())
    assert [[run.id for run in p.data] for p in pages] == PAGES
    assert pages[0] is first
    assert len(kit.server.requests) == 3


async def test_iterating_a_fetched_page_walks_the_following_pages(kit: Any) -> None:
    serve_pages(kit)
    client = kit.make()
    second = await kit.call((await kit.call(client.evals.runs.list("eval_1"))).get_next_page())
    assert [run.id for run in await kit.collect(second)] == ["run_3", "run_4", "run_5"]


async def test_explicit_after_starts_from_that_cursor(kit: Any) -> None:
    serve_pages(kit)
    client = kit.make()
    items = await kit.collect(client.evals.runs.list("eval_1", after="run_2"))
    assert [run.id for run in items] == ["run_3", "run_4", "run_5"]
    assert cursors(kit) == ["run_2", "run_4"]


async def test_single_and_empty_pages(kit: Any) -> None:
    serve_pages(kit, [["run_1"]])
    client = kit.make()
    page = await kit.call(client.evals.runs.list("eval_1"))
    assert not page.has_next_page()
    assert [run.id for run in await kit.collect(page)] == ["run_1"]

    kit.server.route("GET", LIST_PATH, Reply(json=kit.list_json([], has_more=True)))
    page = await kit.call(client.evals.runs.list("eval_1"))
    assert page.data == []
    assert not page.has_next_page()  # no last item, no cursor: stops instead of looping
    assert await kit.collect(client.evals.runs.list("eval_1")) == []


async def test_extra_query_and_headers_carry_over_to_next_pages(kit: Any) -> None:
    serve_pages(kit)
    client = kit.make()
    items = await kit.collect(client.evals.runs.list("eval_1", extra_query={"include": "x"}, extra_headers={"X-Trace": "t"}))
    assert len(items) == 5
    assert [r.query["include"] for r in kit.server.requests] == [["x"]] * 3
    assert [r.headers["x-trace"] for r in kit.server.requests] == ["t"] * 3


async def test_error_on_a_later_page_surfaces_during_iteration(kit: Any) -> None:
    kit.server.route(
        "GET",
        LIST_PATH,
        [
            Reply(json=kit.list_json([kit.run_json("run_1")], has_more=True)),
            Reply(status=404, json={"error": {"message": "gone"}}),
        ],
    )
    client = kit.make()
    seen: list[str] = []
    with pytest.raises(NotFoundError):
        if kit.is_async:
            async for run in client.evals.runs.list("eval_1"):
                seen.append(run.id)
        else:
            for run in client.evals.runs.list("eval_1"):
                seen.append(run.id)
    assert seen == ["run_1"]


async def test_a_page_is_a_model_of_the_list_response(kit: Any) -> None:
    """As the SDK's page: the list object's fields, its dumps and its request id, on the page."""
    serve_pages(kit)
    client = kit.make()
    page = await kit.call(client.evals.runs.list("eval_1", limit=2))
    assert isinstance(page, BaseModel) and isinstance(page, pydantic.BaseModel)
    assert isinstance(page, EvalRunList)  # the list response itself, with the page's methods
    assert isinstance(page, (AsyncCursorPage if kit.is_async else SyncCursorPage)[EvalRun])
    assert (page.object, page.first_id, page.last_id, page.has_more) == ("list", "run_1", "run_2", True)
    assert page._request_id == "req_page_0"
    sent = kit.list_json([kit.run_json("run_1"), kit.run_json("run_2")], has_more=True)
    assert page.to_dict() == sent
    assert json.loads(page.to_json()) == sent
    assert json.loads(page.model_dump_json(by_alias=True, exclude_unset=True)) == sent
    dumped = page.model_dump()
    assert [run["id"] for run in dumped["data"]] == ["run_1", "run_2"]
    assert (dumped["last_id"], dumped["has_more"]) == ("run_2", True)
    assert page.response is page  # kept for code written when the list object was there
    assert repr(page) == f"<{type(page).__name__} items=2 has_more=True>"

    second = await kit.call(page.get_next_page())
    assert isinstance(second, type(page))
    assert (second.first_id, second.last_id, second._request_id) == ("run_3", "run_4", "req_page_1")
    assert second.to_dict()["data"][0]["id"] == "run_3"
    assert page.last_id == "run_2" and page._request_id == "req_page_0"  # unchanged


async def test_every_page_of_an_iteration_is_a_model(kit: Any) -> None:
    serve_pages(kit)
    client = kit.make()
    first = await kit.call(client.evals.runs.list("eval_1"))
    pages = await kit.collect(first.iter_pages())
    assert [(p.first_id, p.last_id, p.has_more) for p in pages] == [
        ("run_1", "run_2", True), ("run_3", "run_4", True), ("run_5", "run_5", False)]
    assert [p._request_id for p in pages] == ["req_page_0", "req_page_1", "req_page_2"]
    assert [[run["id"] for run in p.to_dict()["data"]] for p in pages] == PAGES


async def test_unknown_fields_of_a_page_are_kept(kit: Any) -> None:
    """A field a newer API adds to the list object is an attribute and in the dumps."""
    body = {**kit.list_json([kit.run_json("run_1")], has_more=False), "total": 1}
    kit.server.route("GET", LIST_PATH, Reply(json=body))
    page = await kit.call(kit.make().evals.runs.list("eval_1"))
    assert page.total == 1  # type: ignore[attr-defined]
    assert page.to_dict() == body
    assert [run.id for run in await kit.collect(page)] == ["run_1"]


async def test_a_page_of_another_list_has_that_lists_fields(kit: Any) -> None:
    """Each list method's page is a model of its own list response (`ListFilesResponse` here)."""
    files = [kit.file_json("file_1"), kit.file_json("file_2")]
    body = {"object": "list", "data": files, "first_id": "file_1", "last_id": "file_2", "has_more": False}
    kit.server.route("GET", "/v1/files", Reply(json=body))
    page = await kit.call(kit.make().files.list())
    assert page.to_dict() == body
    assert page.last_id == "file_2"


async def test_parsing_leaves_the_garbage_collector_as_it_found_it(kit: Any) -> None:
    """A parse pauses the cyclic collector (a page allocates thousands of live models): it is
    on again afterwards, after a lenient parse and a body that is not JSON too, and a collector
    the user switched off stays off."""
    import gc

    from openai_evals import APIResponseValidationError

    serve_pages(kit)
    client = kit.make()
    assert gc.isenabled()
    await kit.collect(client.evals.runs.list("eval_1"))
    assert gc.isenabled()
    lenient = kit.list_json([kit.run_json("run_1", data_source={"type": "future"})], has_more=False)
    kit.server.route("GET", LIST_PATH, [Reply(json=lenient), Reply(body=b"not json")])
    page = await kit.call(client.evals.runs.list("eval_1"))
    assert page.data[0].data_source.type == "future" and gc.isenabled()
    with pytest.raises(APIResponseValidationError):
        await kit.call(client.evals.runs.list("eval_1"))
    assert gc.isenabled()
    serve_pages(kit)
    gc.disable()
    try:
        assert len(await kit.collect(client.evals.runs.list("eval_1"))) == len(ALL_IDS)
        assert not gc.isenabled()
    finally:
        gc.enable()
