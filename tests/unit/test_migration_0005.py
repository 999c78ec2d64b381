"""0005 upgrades a database at 0004 in place: deliveries keep their rows, indexes and
unique key, a state outside the life cycle is refused afterwards, and downgrade lifts the
constraint again."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from storage.db import migration_config
from storage.models import DeliveryState

INSERT = (
    "INSERT INTO deliveries (key, chat_id, kind, due_at, state, attempts, created_at, "
    "updated_at) VALUES (:key, 5, 'water', '2026-12-05 09:00:00', :state, 0, "
    "'2026-12-05 08:00:00', '2026-12-05 08:00:00')"
)


def test_upgrade_keeps_deliveries_refuses_a_bad_state_and_downgrade_lifts_it(
    tmp_path: Path,
) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'bot.db'}")
    with engine.begin() as connection:
        config = migration_config(connection)
        command.upgrade(config, "0004")
        connection.execute(text(INSERT), {"key": "kept", "state": "sent"})
        command.upgrade(config, "0005")
        kept = connection.execute(text("SELECT state FROM deliveries WHERE key = 'kept'"))
        assert kept.scalar_one() == "sent"
        schema = inspect(connection)
        assert {i["name"] for i in schema.get_indexes("deliveries")} >= {
            "ix_deliveries_state_due",
            "ix_deliveries_state_id",
            "ix_deliveries_chat",
        }
        for state in DeliveryState:
            connection.execute(text(INSERT), {"key": f"ok-{state}", "state": state.value})
        with connection.begin_nested(), pytest.raises(IntegrityError, match="CHECK"):
            connection.execute(text(INSERT), {"key": "bad", "state": "done"})
        with connection.begin_nested(), pytest.raises(IntegrityError, match="UNIQUE"):
            connection.execute(text(INSERT), {"key": "kept", "state": "pending"})
        command.downgrade(config, "0004")
        connection.execute(text(INSERT), {"key": "bad", "state": "done"})
        assert connection.execute(text("SELECT count(*) FROM deliveries")).scalar_one() == 10
    engine.dispose()


def test_the_models_constraint_lists_exactly_the_enum() -> None:
    from storage.models import Delivery

    (check,) = [c for c in Delivery.__table__.constraints if c.name == "ck_deliveries_state"]
    listed = str(check.sqltext)  # type: ignore[attr-defined]
    assert sorted(listed.replace("'", "").removeprefix("state IN (").rstrip(")").split(", ")) == (
        sorted(state.value for state in DeliveryState)
    )


def test_the_migration_lists_the_states_the_enum_had_at_0005() -> None:
    import importlib.util

    path = Path(__file__).parents[2] / "storage/migrations/versions/0005_delivery_state.py"
    spec = importlib.util.spec_from_file_location("migration_0005", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert set(migration.STATES) == {state.value for state in DeliveryState}
