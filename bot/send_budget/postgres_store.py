"""The shared windows in PostgreSQL, for several instances without Redis.

Two UNLOGGED tables (a window's slots live seconds: no point writing them to the WAL, and
losing them in a server crash loses nothing) and one function that takes slots under a
transaction-scoped advisory lock per window, on the server's clock. They are the send
budget's scratch space, not the bot's data, so they are made here at start-up rather than
by the migrations (and SQLite never has them). bench/scale.py measures the cost: a few
dozen round trips a second at 1000 messages a second.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY, BIGINT
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.send_budget.shared import FLAG_SECONDS, HOLD_SECONDS, Grant
from bot.send_budget.windows import WINDOW_MARGIN, Priority, Window

SETUP = [
    "SELECT pg_advisory_xact_lock(hashtext('send_window_setup'))",
    """CREATE UNLOGGED TABLE IF NOT EXISTS send_window_slots (
        slot bigserial PRIMARY KEY,
        window_key text NOT NULL,
        held_until double precision NOT NULL)""",
    """CREATE INDEX IF NOT EXISTS ix_send_window_slots
        ON send_window_slots (window_key, held_until)""",
    """CREATE UNLOGGED TABLE IF NOT EXISTS send_window_flags (
        window_key text NOT NULL,
        instance text NOT NULL,
        raised_until double precision NOT NULL,
        PRIMARY KEY (window_key, instance))""",
    """CREATE UNLOGGED TABLE IF NOT EXISTS send_window_pace (
        window_key text PRIMARY KEY,
        next_at double precision NOT NULL)""",
    """CREATE OR REPLACE FUNCTION send_window_take(
        p_key text, p_capacity integer, p_wanted integer, p_reply boolean,
        p_instance text, p_hold double precision, p_flag_life double precision,
        p_pace double precision, p_burst integer)
    RETURNS TABLE (granted bigint[], retry_in double precision)
    LANGUAGE plpgsql AS $$
    DECLARE
        v_now double precision := extract(epoch FROM clock_timestamp());
        v_free integer;
        v_count integer;
        v_slots bigint[] := '{}';
        v_retry double precision := 0;
        v_start double precision := v_now;
        v_paced integer;
    BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('send_window:' || p_key));
        DELETE FROM send_window_slots s WHERE s.window_key = p_key AND s.held_until <= v_now;
        DELETE FROM send_window_flags f WHERE f.window_key = p_key AND f.raised_until <= v_now;
        SELECT p_capacity - count(*), coalesce(min(s.held_until) - v_now, 0)
            INTO v_free, v_retry
            FROM send_window_slots s WHERE s.window_key = p_key;
        IF v_free > 0 THEN
            v_retry := 0;
        END IF;
        IF NOT p_reply THEN
            DELETE FROM send_window_flags f
                WHERE f.window_key = p_key AND f.instance = p_instance;
            IF EXISTS (SELECT 1 FROM send_window_flags f WHERE f.window_key = p_key) THEN
                v_free := 0;
                v_retry := 0;
            ELSIF v_free > 0 THEN
                -- reminders at the window's pace, p_burst at most at once (Window.pace)
                SELECT greatest(coalesce(max(p.next_at), 0), v_now) INTO v_start
                    FROM send_window_pace p WHERE p.window_key = p_key;
                v_paced := floor((v_now - v_start) / p_pace + p_burst + 0.000001);
                IF v_paced < 1 THEN
                    v_retry := v_start - (p_burst - 1) * p_pace - v_now;
                END IF;
                v_free := least(v_free, v_paced);
            END IF;
        END IF;
        v_count := least(greatest(v_free, 0), p_wanted);
        IF v_count > 0 THEN
            WITH added AS (
                INSERT INTO send_window_slots (window_key, held_until)
                SELECT p_key, v_now + p_hold FROM generate_series(1, v_count)
                RETURNING slot)
            SELECT array_agg(added.slot) INTO v_slots FROM added;
            IF NOT p_reply THEN
                INSERT INTO send_window_pace (window_key, next_at)
                    VALUES (p_key, v_start + v_count * p_pace)
                    ON CONFLICT (window_key) DO UPDATE SET next_at = excluded.next_at;
            END IF;
        END IF;
        IF p_reply AND v_count < p_wanted THEN
            INSERT INTO send_window_flags (window_key, instance, raised_until)
                VALUES (p_key, p_instance, v_now + p_flag_life)
                ON CONFLICT (window_key, instance)
                DO UPDATE SET raised_until = excluded.raised_until;
        ELSIF p_reply THEN
            DELETE FROM send_window_flags f
                WHERE f.window_key = p_key AND f.instance = p_instance;
        END IF;
        RETURN QUERY SELECT v_slots, v_retry;
    END $$""",
]

TAKE = text(
    "SELECT granted, retry_in FROM send_window_take("
    ":key, :capacity, :wanted, :reply, :instance, :hold, :flag_life, :pace, :burst)"
)
RELEASE = text(
    "UPDATE send_window_slots SET held_until = extract(epoch FROM clock_timestamp()) + :keep "
    "WHERE slot = ANY(:slots)"
).bindparams(bindparam("slots", type_=ARRAY(BIGINT)))


class PostgresStore:
    kind = "postgresql"

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def start(self) -> None:
        async with self._engine.begin() as connection:
            for statement in SETUP:
                await connection.execute(text(statement))

    async def take(self, window: Window, wanted: int, priority: Priority, instance: str) -> Grant:
        async with self._engine.begin() as connection:
            row = (
                await connection.execute(
                    TAKE,
                    {
                        "key": window.key,
                        "capacity": window.capacity,
                        "wanted": wanted,
                        "reply": priority is Priority.REPLY,
                        "instance": instance,
                        "hold": HOLD_SECONDS,
                        "flag_life": FLAG_SECONDS,
                        "pace": window.pace,
                        "burst": window.burst,
                    },
                )
            ).one()
        return Grant(slots=[str(slot) for slot in row.granted or ()], retry_in=float(row.retry_in))

    async def release(self, window: Window, slots: Sequence[str]) -> None:
        async with self._engine.begin() as connection:
            await connection.execute(
                RELEASE,
                {"keep": window.period + WINDOW_MARGIN, "slots": [int(slot) for slot in slots]},
            )

    async def close(self) -> None:
        return None  # the engine is the database's, closed with it
