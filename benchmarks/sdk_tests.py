"""The official SDK's own resource tests, run on our client with only their imports changed.

    .venv/bin/python benchmarks/sdk_tests.py        # needs `make .venv/.installed-bench`

Parity with the `openai` SDK is measured the way the SDK measures itself: its
tests/api_resources files for our 21 methods (evals, evals.runs, evals.runs.output_items,
batches, files) are taken from its source distribution (`pip download`, into a temporary
folder: none of its code is kept here), their imports rewritten (`from openai import X` ->
`from openai_evals import X`, `from openai.types... import X` and `from openai.pagination
import X` -> `from openai_evals.types import X`), and run against Prism serving spec/openapi.yaml:
once as the SDK ships them (its own fixtures), once ported (fixtures of ours building our
clients; the SDK's `tests/utils.py` kept, `openai._models.BaseModel` read as pydantic's; its
`respx2` transport mock, which our httpx client does not go through, left inert), both with
`-W error`. Tests of `retrieve_content` (not one of our methods) and of the aiohttp transport
(not installed) are left out. Prints how many of the tests the SDK passes ours pass, and why
the others fail.
"""

from __future__ import annotations

import collections
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.prism import PrismServer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
VERSION = re.search(r'"openai==([^"]+)"', (ROOT / "pyproject.toml").read_text()).group(1)
FILES = ["api_resources/test_evals.py", "api_resources/evals/test_runs.py",
         "api_resources/evals/runs/test_output_items.py", "api_resources/test_batches.py",
         "api_resources/test_files.py"]
IMPORTS = [
    (r"^from openai import ", "from openai_evals import "),
    (r"^from openai\.pagination import ", "from openai_evals.types import "),
    (r"^from openai\.types(\.[a-z_.]+)? import ", "from openai_evals.types import "),
    (r"^import openai\._legacy_response as _legacy_response", "import openai_evals.types as _legacy_response"),
]
CONFTEST = '''
import os
import pytest
from openai_evals import AsyncOpenAI, OpenAI
from tests.respx2 import MockRouter

base_url = os.environ["TEST_API_BASE_URL"]

def pytest_configure(config):
    config.addinivalue_line("markers", "respx2: the SDK's transport mock (inert here)")

@pytest.fixture
def respx2_mock():
    return MockRouter()

@pytest.fixture
def client(request):
    with OpenAI(base_url=base_url, api_key="My API Key") as client:  # "loose" and "strict"
        yield client

@pytest.fixture
async def async_client(request):
    async with AsyncOpenAI(base_url=base_url, api_key="My API Key") as client:
        yield client
'''
RESPX2 = '''
class _Route:
    def mock(self, *args, **kwargs):
        return self

class MockRouter:
    def get(self, *args, **kwargs):
        return _Route()
'''
SELECT = "not aiohttp and not retrieve_content"


def _port(sdk: Path, out: Path) -> None:
    for name in ["__init__.py", "api_resources/__init__.py", "api_resources/evals/__init__.py",
                 "api_resources/evals/runs/__init__.py"]:
        (out / "tests" / name).parent.mkdir(parents=True, exist_ok=True)
        (out / "tests" / name).write_text("")
    for name in FILES:
        text = (sdk / "tests" / name).read_text()
        for pattern, replacement in IMPORTS:
            text = re.sub(pattern, replacement, text, flags=re.M)
        (out / "tests" / name).write_text(text)
    utils = (sdk / "tests" / "utils.py").read_text()
    (out / "tests" / "utils.py").write_text(
        utils.replace("from openai._models import BaseModel", "from pydantic import BaseModel"))
    (out / "tests" / "conftest.py").write_text(CONFTEST)
    (out / "tests" / "respx2.py").write_text(RESPX2)


def _run(folder: Path, base_url: str, pythonpath: str, report: Path, loop_scope: str) -> None:
    """`loop_scope`: the SDK's conftest runs every async test in the session's event loop."""
    (folder / "pytest.ini").write_text("[pytest]\nasyncio_mode = auto\n"
                                       f"asyncio_default_fixture_loop_scope = {loop_scope}\n")
    subprocess.run([sys.executable, "-W", "error", "-m", "pytest", "-q", "-W", "error",
                    "-p", "no:cacheprovider", "-p", "no:randomly", "--tb=short", "-k", SELECT,
                    f"--junitxml={report}", *[f"tests/{f}" for f in FILES]],
                   cwd=folder, capture_output=True, text=True,
                   env={**os.environ, "TEST_API_BASE_URL": base_url, "PYTHONPATH": pythonpath})


def _outcomes(report: Path) -> dict[str, str]:
    """Test id -> "" when it passed, else its failure message."""
    found = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        if case.find("skipped") is not None:
            continue
        failure = case.find("failure")
        failure = case.find("error") if failure is None else failure
        found[f"{case.get('classname')}::{case.get('name')}"] = "" if failure is None else \
            (failure.get("message") or "") + "\n" + (failure.text or "")[-400:]
    return found


def _why(message: str) -> str:
    if "X-Stainless-Lang" in message or "== 'python'" in message:
        return "the SDK's platform headers (X-Stainless-Lang: python) are not sent"
    if "issubclass() arg 1 must be a class" in message:
        return "a nested model's model_fields still hold ForwardRefs (defer_build)"
    if "CursorPage" in message and "Unhandled field type" in message:
        return "a page is not a pydantic model"
    if "Unhandled field type" in message and "BinaryResponse" in message:
        return ("the SDK's test helper matches a download by its class name "
                "(ours: BinaryResponse, importable as HttpxBinaryResponseContent)")
    if "JSONDecodeError" in message:
        return "the harness: the SDK's transport mock (a JSON download) is inert here"
    return message.splitlines()[0][:140]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run([sys.executable, "-m", "pip", "download", f"openai=={VERSION}",
                        "--no-binary", ":all:", "--no-deps", "--quiet", "-d", str(work)],
                       check=True)
        with tarfile.open(next(work.glob("openai-*.tar.gz"))) as archive:
            archive.extractall(work, filter="data")
        sdk = next(p for p in work.iterdir() if p.is_dir() and p.name.startswith("openai-"))
        ported = work / "ported"
        _port(sdk, ported)
        prism = PrismServer(ROOT / "spec" / "openapi.yaml", name="sdk-tests", startup_timeout=120,
                            log_dir=work).start()
        try:
            prism.wait_ready()
            _run(sdk, prism.url, "", work / "sdk.xml", "session")
            _run(ported, prism.url, str(ROOT / "generated") + os.pathsep + str(ported),
                 work / "ours.xml", "function")
        finally:
            prism.stop()
        theirs, ours = _outcomes(work / "sdk.xml"), _outcomes(work / "ours.xml")
    passed_by_sdk = [t for t, message in theirs.items() if not message]
    failing = [ours.get(t, "not run") for t in passed_by_sdk if ours.get(t, "not run")]
    print(f"openai {VERSION} resource tests for our 21 methods ({SELECT}), -W error, "
          f"against Prism on spec/openapi.yaml:")
    print(f"  the SDK passes {len(passed_by_sdk)} of {len(theirs)}; ours passes "
          f"{len(passed_by_sdk) - len(failing)} of those "
          f"({100 * (len(passed_by_sdk) - len(failing)) / max(len(passed_by_sdk), 1):.0f}%)")
    for why, count in collections.Counter(_why(m) for m in failing).most_common():
        print(f"  {count:4d} fail: {why}")


if __name__ == "__main__":
    main()
