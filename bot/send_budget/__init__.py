"""The bot's sending budget: Telegram's limits (30 messages a second overall, 1000 with
paid broadcasts, 20 a minute per group) as sliding windows, with replies to people served
before reminders.

Telegram counts per bot, not per process, so where several instances run the windows are
shared: in Redis when REDIS_URL is set (redis_store.py), else in the PostgreSQL database
(postgres_store.py); a single process keeps them in memory (local.py). Every kind is a
`SendWindows` (windows.py); choose.py picks one from the settings.
"""

from bot.send_budget.windows import Priority, SendWindows, Window

__all__ = ["Priority", "SendWindows", "Window"]
