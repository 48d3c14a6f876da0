"""The generator, top to bottom: load, select, name, emit models, emit resources, format, write."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from importlib.metadata import version

from . import models as model_stage
from . import polling
from .cache import Cache
from .config import Config, load_config
from .extensions import extension_files
from .format import submit_format
from .ir import Api
from .jobs import Job, Jobs
from .load import load_spec
from .names import param_class_names
from .operations import Builder
from .render import render_package


@dataclass
class Result:
    files: dict[str, str]
    api: Api
    package: str
    config: Config


def generate(spec_path: Path, config_path: Path | None, cache: Cache,
             package_version: str | None = None) -> Result:
    """`package_version` replaces the config's `version` (the CLI passes a bumped one)."""
    doc = load_spec(spec_path, cache)
    config = load_config(config_path)
    if package_version is not None:
        config = dataclasses.replace(config, version=package_version)
    if config.default_base_url is None:  # else the spec's first server
        servers = doc.get("servers")
        if isinstance(servers, list) and servers and isinstance(servers[0], dict) and \
                isinstance(servers[0].get("url"), str):
            config = dataclasses.replace(config, default_base_url=servers[0]["url"])

    builder = Builder(doc, config)  # selects the operations and names every schema they use
    resources = builder.build()
    polling.attach(resources, config.polling, builder.schemas)  # poll / create_and_poll
    param_class = param_class_names(builder.schemas)
    model_names = model_stage.closure(builder.schemas, builder.response_roots)
    param_names = [param_class[n] for n in
                   model_stage.closure(builder.schemas, builder.request_roots)]
    api = Api(resources=resources, model_names=model_names, param_names=param_names,
              warnings=builder.warnings)
    title = str((doc.get("info") or {}).get("title") or config.package)
    pkg = config.package

    with Jobs(cache) as jobs:  # the slow steps run on every core while this process goes on
        dcg = version("datamodel-code-generator")
        models = jobs.submit("models", json.dumps([dcg, builder.response_roots, builder.schemas]),
                             model_stage.emit_models, builder.schemas, builder.response_roots)
        params = jobs.submit("params", json.dumps([dcg, builder.request_roots, builder.schemas,
                                                   param_class]),
                             model_stage.emit_params, builder.schemas, builder.request_roots,
                             param_class)
        files, verbatim = render_package(api, config, title)
        hand_written = extension_files(api, config)  # copied as the user wrote them
        files.update(hand_written)
        verbatim.update(hand_written)
        formatted = {path: Job(text) if path in verbatim else submit_format(jobs, path, text)
                     for path, text in sorted(files.items(), key=lambda f: -len(f[1]))}
        formatted[f"{pkg}/models.py"] = submit_format(jobs, f"{pkg}/models.py", models.result())
        formatted[f"{pkg}/params.py"] = submit_format(jobs, f"{pkg}/params.py", params.result())
        output = {path: formatted[path].result() for path in sorted(formatted)}
    return Result(files=output, api=api, package=pkg, config=config)
