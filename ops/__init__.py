"""Running the bot as a service: health and readiness, Prometheus metrics, the optional
error-report hook, and database backups. Nothing here knows a handler or a reminder text:
the bot hands in what happened, these modules count it and serve it to operators."""
