"""The config's `polling:` section: every mistake is one line naming the config file and the
JSON pointer of the key, and nothing is written. The spec is the `polling` golden fixture's."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from generator.cli import main
from tests.support.project import our_config

FIXTURE = Path(__file__).resolve().parent / "golden" / "polling"
CONFIG = yaml.safe_load((FIXTURE / "client.yaml").read_text())


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """An edit of the fixture's config: `path` is a /-separated key path under `polling`."""
    def edit(config: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node = config["polling"]
        for key in parents:
            node = node[key]
        if value is _DELETE:
            del node[last]
        else:
            node[last] = value
    return edit


_DELETE = object()

CASES = {
    "unknown_key": (_set("jobs/poll_every", 5), r"unknown key 'poll_every'",
                    "#/polling/jobs/poll_every"),
    "missing_poll": (_set("jobs/poll", _DELETE), r"missing key 'poll'", "#/polling/jobs/poll"),
    "no_such_method": (_set("jobs/poll", "fetch"), r"jobs has no method 'fetch' \(known: create, retrieve\)",
                       "#/polling/jobs/poll"),
    "no_such_create": (_set("jobs/create_and_poll", "make"), r"jobs has no method 'make'",
                       "#/polling/jobs/create_and_poll"),
    "no_such_resource": (_set("projects.imports", {"poll": "get", "terminal": ["done"]}),
                         r"no resource 'projects.imports'", "#/polling/projects.imports"),
    "not_an_identifier": (_set("jobs/poll", "re trieve"), r"not a lower-case Python identifier",
                          "#/polling/jobs/poll"),
    "terminal_not_a_list": (_set("jobs/terminal", "succeeded"), r"non-empty list",
                            "#/polling/jobs/terminal"),
    "terminal_empty": (_set("jobs/terminal", []), r"non-empty list", "#/polling/jobs/terminal"),
    "terminal_not_in_enum": (_set("jobs/terminal", ["succeeded", "done"]),
                             r"'done' is not a status of Job.status \(one of: queued, running, "
                             r"succeeded, failed\)", "#/polling/jobs/terminal/1"),
    # the status enum behind a $ref inside anyOf-with-null, on an allOf model
    "terminal_not_in_ref_enum": (_set("projects.exports/terminal", ["finished"]),
                                 r"'finished' is not a status of Export.state",
                                 "#/polling/projects.exports/terminal/0"),
    "no_status_field": (_set("jobs/status", "phase"), r"Job .* has no field 'phase'",
                        "#/polling/jobs/status"),
    "no_id_field": (_set("projects.exports/id_field", "id"), r"'start' must return an object with field 'id'",
                    "#/polling/projects.exports/id_field"),
    "poll_on_a_create": (_set("jobs/poll", "create"), r"'create' has no path parameter",
                         "#/polling/jobs/poll"),
    "keyword_field": (_set("jobs/status", "class"), r"'class' is a Python keyword",
                      "#/polling/jobs/status"),
    "entry_not_mapping": (_set("jobs", "retrieve"), r"must be a mapping", "#/polling/jobs"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_polling_config_error(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit, message, pointer = CASES[name]
    config = copy.deepcopy(CONFIG)
    edit(config)
    config_path = tmp_path / "client.yaml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False))
    out = tmp_path / "out"
    code = main(["--spec", str(FIXTURE / "spec.yaml"), "--config", str(config_path),
                 "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, err
    assert str(config_path) in lines[0], lines[0]
    assert re.search(message, lines[0]), lines[0]
    assert f"{pointer}:" in lines[0], lines[0]
    assert not out.exists()


def test_a_method_called_poll_clashes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = copy.deepcopy(CONFIG)
    config["resources"]["reports"]["poll"] = config["resources"]["reports"].pop("retrieve")
    config["polling"]["reports"]["poll"] = "poll"
    (tmp_path / "client.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    code = main(["--spec", str(FIXTURE / "spec.yaml"), "--config", str(tmp_path / "client.yaml"),
                 "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2 and "reports already has a method 'poll'" in err and "#/polling/reports" in err


def test_without_a_config_polling_is_off(tmp_path: Path) -> None:
    assert main(["--spec", str(FIXTURE / "spec.yaml"), "--out", str(tmp_path / "out")]) == 0
    generated = "".join(p.read_text() for p in (tmp_path / "out").rglob("resources/*.py"))
    assert "_client.request(" in generated
    assert "def poll(" not in generated and "create_and_poll" not in generated


def test_batches_terminal_is_checked_against_the_real_spec(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """The OpenAI spelling trap: runs end `canceled`, batches `cancelled`."""
    root = Path(__file__).resolve().parents[1]
    config = yaml.safe_load((root / "spec" / "client.yaml").read_text())
    config["polling"]["batches"]["terminal"] = ["completed", "failed", "expired", "canceled"]
    our_config(tmp_path, yaml.safe_dump(config, sort_keys=False))
    code = main(["--spec", str(root / "spec" / "openapi.yaml"), "--config",
                 str(tmp_path / "client.yaml"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert "#/polling/batches/terminal/3: 'canceled' is not a status of Batch.status" in err
    assert "cancelled" in err  # the values it could be
