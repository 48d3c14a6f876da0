"""The generator, top to bottom: load, select, name, emit models, emit resources, format, write."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from . import models as model_stage
from .cache import Cache
from .config import load_config
from .format import format_files
from .ir import Api
from .load import load_spec
from .names import param_class_names
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
    if config.default_base_url is None:  # else the spec's first server
        servers = doc.get("servers")
        if isinstance(servers, list) and servers and isinstance(servers[0], dict) and \
                isinstance(servers[0].get("url"), str):
            config = dataclasses.replace(config, default_base_url=servers[0]["url"])

    builder = Builder(doc, config)  # selects the operations and names every schema they use
    resources = builder.build()

    models_code, model_names = _cached_models(cache, "models", builder.schemas,
                                              builder.response_roots, None)
    param_class = param_class_names(builder.schemas)
    params_code, param_names = _cached_models(cache, "params", builder.schemas,
                                              builder.request_roots, param_class)
    api = Api(resources=resources, model_names=model_names, param_names=param_names,
              warnings=builder.warnings)

    title = str((doc.get("info") or {}).get("title") or config.package)
    files = render_package(api, config, title)
    files[f"{config.package}/models.py"] = models_code
    files[f"{config.package}/params.py"] = params_code
    return Result(files=format_files(dict(sorted(files.items())), cache), api=api,
                  package=config.package)


def _cached_models(cache: Cache, kind: str, schemas, roots, param_class):
    """Model generation is the slowest stage: skip it when its input did not change."""
    from importlib.metadata import version  # noqa: PLC0415

    dcg_version = version("datamodel-code-generator")

    names_key = json.dumps([kind, dcg_version, roots, schemas, param_class], sort_keys=False)
    names: list[str] = []

    def make() -> str:
        if kind == "models":
            code, made = model_stage.emit_models(schemas, roots)
        else:
            code, made = model_stage.emit_params(schemas, roots, param_class)
        return json.dumps({"code": code, "names": made})

    entry = json.loads(cache.get_or_make(kind, names_key, make))
    names.extend(entry["names"])
    return entry["code"], names
