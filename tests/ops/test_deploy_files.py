"""The files an operator deploys with: the compose files (valid by the Compose
specification's schema), the Dockerfile, the lock files, the Grafana dashboard, and the
vendored Bot API description."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from ops import metrics
from standin.spec import DEFAULT_SPEC_PATH, Spec

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE_FILES = ("compose.yaml", "compose.single.yaml")


def compose(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((DEPLOY / name).read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize("name", COMPOSE_FILES)
def test_compose_file_is_valid_by_the_compose_specification(name: str) -> None:
    schema = json.loads((DEPLOY / "schema" / "compose-spec.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.Draft7Validator(schema).validate(compose(name))


def test_the_schema_would_catch_a_mistake() -> None:
    schema = json.loads((DEPLOY / "schema" / "compose-spec.json").read_text(encoding="utf-8"))
    broken = compose("compose.yaml")
    broken["services"]["bot-1"]["healthcheck"]["intervall"] = "15s"
    with pytest.raises(jsonschema.ValidationError, match="intervall"):
        jsonschema.Draft7Validator(schema).validate(broken)


def test_several_instances_run_on_postgresql_behind_a_tls_proxy() -> None:
    services = compose("compose.yaml")["services"]
    bots = [s for name, s in services.items() if name.startswith("bot-")]
    assert len(bots) == 2
    for bot in bots:
        env = bot["environment"]
        assert env["DATABASE_URL"].startswith("postgresql+asyncpg://")
        assert env["WEBHOOK_URL"].startswith("https://") and env["WEBHOOK_SECRET"]
        assert env["HEALTH_PORT"] == "8080"
        assert "/readyz" in " ".join(bot["healthcheck"]["test"])
        assert bot["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "pg_isready" in services["postgres"]["healthcheck"]["test"]
    assert any(v.endswith(":/var/lib/postgresql/data") for v in services["postgres"]["volumes"])
    proxy = services["proxy"]
    assert "443:443" in proxy["ports"] and proxy["image"].startswith("caddy")
    caddyfile = (DEPLOY / "Caddyfile").read_text(encoding="utf-8")
    assert "handle /telegram/webhook" in caddyfile and "health_uri /readyz" in caddyfile
    assert "bot-1:8443" in caddyfile and "bot-2:8443" in caddyfile


def test_one_machine_runs_sqlite_and_polling() -> None:
    services = compose("compose.single.yaml")["services"]
    assert list(services) == ["bot"]
    env = services["bot"]["environment"]
    assert env["DATABASE_URL"].startswith("sqlite+aiosqlite:////data/")
    assert "WEBHOOK_URL" not in env
    assert "bot-data:/data" in services["bot"]["volumes"]
    assert "/readyz" in " ".join(services["bot"]["healthcheck"]["test"])


def test_compose_sets_only_settings_the_bot_knows() -> None:
    from bot.settings import Settings

    known = {name.upper() for name in Settings.model_fields}
    # Webhook mode's settings (issue 14's WEBHOOK_*) are read by `cramp-bot run` there.
    webhook = {"WEBHOOK_URL", "WEBHOOK_SECRET", "WEBHOOK_LISTEN", "WEBHOOK_PORT"}
    for name in COMPOSE_FILES:
        for service in compose(name)["services"].values():
            if "image" in service and service["image"].startswith("cramp-coach"):
                assert set(service["environment"]) <= known | webhook


DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def instructions() -> list[tuple[str, str]]:
    joined = re.sub(r"\\\n", " ", DOCKERFILE)
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            found.append((keyword.upper(), rest.strip()))
    return found


def test_dockerfile_builds_anywhere_and_runs_as_a_service() -> None:
    assert "<<" not in DOCKERFILE, "no heredoc: podman and buildah 4 do not support it"
    steps = instructions()
    runs = [rest for keyword, rest in steps if keyword == "RUN"]
    assert any("--require-hashes" in r and "requirements.lock" in r for r in runs)
    assert any("--no-deps" in r and "requirements.lock" not in r for r in runs)
    users = [rest for keyword, rest in steps if keyword == "USER"]
    assert users and users[-1] not in ("root", "0")
    healthcheck = " ".join(rest for keyword, rest in steps if keyword == "HEALTHCHECK")
    assert "/healthz" in healthcheck and "urllib" in healthcheck and "curl" not in healthcheck
    env = " ".join(rest for keyword, rest in steps if keyword == "ENV")
    assert "HEALTH_PORT=8080" in env


def _names(lock: str) -> set[str]:
    text = (ROOT / lock).read_text(encoding="utf-8")
    return {
        m.group(1).lower().replace("_", "-")
        for m in re.finditer(r"^([A-Za-z0-9_.-]+)==", text, re.MULTILINE)
    }


def _requirement_name(requirement: str) -> str:
    name = re.match(r"[A-Za-z0-9_.-]+", requirement)
    assert name is not None
    return name.group(0).lower().replace("_", "-")


def test_the_lock_files_pin_every_dependency_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = {_requirement_name(r) for r in project["dependencies"]}
    dev = {_requirement_name(r) for r in project["optional-dependencies"]["dev"]}
    missing = runtime - _names("requirements.lock")
    assert not missing, f"run `make lock`: {sorted(missing)} not in requirements.lock"
    missing = (runtime | dev) - _names("requirements-dev.lock")
    assert not missing, f"run `make lock`: {sorted(missing)} not in requirements-dev.lock"
    assert not (dev - runtime) & _names("requirements.lock"), "the image needs no test tools"
    for lock in ("requirements.lock", "requirements-dev.lock"):
        text = (ROOT / lock).read_text(encoding="utf-8")
        requirements = [
            line for line in text.splitlines() if line and not line.startswith((" ", "#"))
        ]
        assert requirements and all(re.match(r"[A-Za-z0-9_.-]+==", r) for r in requirements)
        blocks = re.split(r"^(?=[A-Za-z0-9_.-]+==)", text, flags=re.MULTILINE)[1:]
        assert all("--hash=sha256:" in block for block in blocks), lock


def test_make_installs_from_the_lock_and_only_make_lock_needs_uv() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    stamp = makefile[makefile.index("$(STAMP):") : makefile.index("install:")]
    assert "$(LOCK)" in stamp.splitlines()[0]
    assert "--require-hashes -r $(LOCK)" in stamp and "--no-deps -e ." in stamp
    assert "uv" not in stamp
    assert "uv pip compile" in makefile[makefile.index("\nlock:") :]


def test_the_dashboard_shows_every_metric_and_no_other() -> None:
    dashboard = json.loads((DEPLOY / "grafana-dashboard.json").read_text(encoding="utf-8"))
    exprs = " ".join(t["expr"] for panel in dashboard["panels"] for t in panel["targets"])
    used = {re.sub(r"_(bucket|total)$", "", n) for n in re.findall(r"cramp_[a-z_]+", exprs)}
    exported = {
        collector._name  # type: ignore[attr-defined]
        for collector in vars(metrics).values()
        if hasattr(collector, "_name") and collector._name.startswith("cramp_")
    }
    assert used == exported


def test_the_bot_api_description_ships_with_the_project() -> None:
    assert DEFAULT_SPEC_PATH.is_relative_to(ROOT / "standin")
    assert DEFAULT_SPEC_PATH.is_file(), "standin/data/api.min.json is part of the project"
    notice = (DEFAULT_SPEC_PATH.parent / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in notice and "Copyright (c) 2020 Paul Larsen" in notice
    assert "Source commit:" in (DEFAULT_SPEC_PATH.parent / "README.md").read_text()
    described = json.loads(DEFAULT_SPEC_PATH.read_text(encoding="utf-8"))
    assert "sendMessage" in described["methods"] and "Update" in described["types"]
    Spec(described)
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "data/api.min.json" in package_data["tool"]["setuptools"]["package-data"]["standin"]


def test_refreshing_the_description_checks_the_new_file_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from standin import refresh_spec

    target = tmp_path / "api.min.json"
    notes = tmp_path / "README.md"
    notes.write_text("- Source commit: old\n")
    monkeypatch.setattr(refresh_spec, "DEFAULT_SPEC_PATH", target)
    monkeypatch.setattr(refresh_spec, "NOTES", notes)
    broken = tmp_path / "broken.json"
    broken.write_text('{"methods": ')
    assert refresh_spec.main([str(broken)]) == 1 and not target.exists()
    assert refresh_spec.main([str(DEFAULT_SPEC_PATH), "--commit", "abc123"]) == 0
    assert target.read_bytes() == DEFAULT_SPEC_PATH.read_bytes()
    assert notes.read_text() == "- Source commit: abc123\n"
