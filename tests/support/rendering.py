"""The rendered files of a spec, without the models stage: what `pipeline.generate` passes to
`render_package` (the same steps, in the same order), for tests of the rendered code's layout."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator import models as model_stage
from generator import polling
from generator.cache import Cache
from generator.config import load_config
from generator.ir import Api, resolve, walk
from generator.load import load_spec
from generator.names import name_classes, package_name
from generator.operations import Builder
from generator.render import render_package


def rendered(spec_path: Path, config_path: Path | None, cache: Cache) -> tuple[dict[str, str], set[str]]:
    """`render_package`'s answer for the spec: (files, paths that still need black)."""
    doc = load_spec(spec_path, cache)
    config = load_config(config_path)
    title = str((doc.get("info") or {}).get("title") or config.package)
    if config_path is None:
        config = dataclasses.replace(config, package=package_name(title),
                                     distribution=package_name(title).replace("_", "-"))
    if config.default_base_url is None:
        servers = doc.get("servers")
        if isinstance(servers, list) and servers and isinstance(servers[0], dict) and \
                isinstance(servers[0].get("url"), str):
            config = dataclasses.replace(config, default_base_url=servers[0]["url"])
    built = Builder(doc, config).build()
    names = name_classes(built.schemas, built.trails, {config.sync_class, config.async_class})
    resolve(built.resources, names.of)
    for resource in walk(built.resources):
        resource.class_name = names.resources[resource.trail]
        resource.module = names.modules[resource.trail]
    polling.attach(built.resources, config.polling, built.schemas)
    model_names = model_stage.closure(built.schemas, built.response_roots)
    param_names = [names.params[n] for n in model_stage.closure(built.schemas, built.request_roots)]
    api = Api(resources=built.resources, model_names=model_names, param_names=param_names,
              warnings=built.warnings)
    return render_package(api, config, title)
