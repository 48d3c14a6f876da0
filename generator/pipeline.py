"""The generator, top to bottom: load, select, name, emit models, emit resources, format, write."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from importlib.metadata import version

from . import models as model_stage
from .cache import Cache
from .config import load_config
from .format import submit_format
from .ir import Api, resolve, walk
from .jobs import Job, Jobs
from .load import load_spec
from .names import name_classes, package_name
from .operations import Builder
from .render import render_package


@dataclass
class Result:
    files: dict[str, str]
    api: Api
    package: str


def generate(spec_path: Path, config_path: Path | None, cache: Cache) -> Result:
    doc = load_spec(spec_path, cache)
    config = load_config(config_path)
    title = str((doc.get("info") or {}).get("title") or config.package)
    if config_path is None:  # no config: the package is named after the API
        config = dataclasses.replace(config, package=package_name(title),
                                     distribution=package_name(title).replace("_", "-"))
    if config.default_base_url is None:  # else the spec's first server
        servers = doc.get("servers")
        if isinstance(servers, list) and servers and isinstance(servers[0], dict) and \
                isinstance(servers[0].get("url"), str):
            config = dataclasses.replace(config, default_base_url=servers[0]["url"])

    built = Builder(doc, config).build()  # selects the operations, lifts every schema they use
    names = name_classes(built.schemas, built.trails, {config.sync_class, config.async_class})
    resolve(built.resources, names.of)
    for resource in walk(built.resources):
        resource.class_name = names.resources[resource.trail]
        resource.module = names.modules[resource.trail]
    param_class = names.params
    model_names = model_stage.closure(built.schemas, built.response_roots)
    param_names = [param_class[n] for n in
                   model_stage.closure(built.schemas, built.request_roots)]
    api = Api(resources=built.resources, model_names=model_names, param_names=param_names,
              warnings=built.warnings)
    pkg = config.package

    with Jobs(cache) as jobs:  # the slow steps run on every core while this process goes on
        # The models stage's own code is part of the key: a change to it must not hit old entries.
        dcg = version("datamodel-code-generator") + "/" + hashlib.sha256(
            Path(model_stage.__file__).read_bytes()).hexdigest()[:16]
        models = jobs.submit("models", json.dumps([dcg, built.response_roots, built.schemas]),
                             model_stage.emit_models, built.schemas, built.response_roots)
        params = jobs.submit("params", json.dumps([dcg, built.request_roots, built.schemas,
                                                   param_class]),
                             model_stage.emit_params, built.schemas, built.request_roots,
                             param_class)
        files, verbatim = render_package(api, config, title)
        formatted = {path: Job(text) if path in verbatim else submit_format(jobs, path, text)
                     for path, text in sorted(files.items(), key=lambda f: -len(f[1]))}
        formatted[f"{pkg}/models.py"] = submit_format(jobs, f"{pkg}/models.py", models.result())
        formatted[f"{pkg}/params.py"] = submit_format(jobs, f"{pkg}/params.py", params.result())
        output = {path: formatted[path].result() for path in sorted(formatted)}
    return Result(files=output, api=api, package=pkg)
