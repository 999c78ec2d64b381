# Cramp Coach: slim image, dependencies in their own layer, runs as a non-root user.
FROM python:3.11-slim AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DATABASE_URL=sqlite+aiosqlite:////data/cramp-coach.db \
    CONTENT_DIR=/app/content

WORKDIR /app

# Dependencies first: this layer is rebuilt only when pyproject.toml changes.
COPY pyproject.toml README.md ./
RUN python - <<'PY' > /tmp/requirements.txt
import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))
PY
RUN pip install -r /tmp/requirements.txt

COPY bot ./bot
COPY knowledge ./knowledge
COPY scheduler ./scheduler
COPY storage ./storage
COPY standin ./standin
COPY content ./content
RUN pip install --no-deps . \
    && useradd --system --uid 10001 --home-dir /app cramp \
    && mkdir -p /data && chown cramp /data

USER cramp
VOLUME ["/data"]
CMD ["cramp-bot", "run"]
