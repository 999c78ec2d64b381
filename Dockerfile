# Cramp Coach: slim image, dependencies in their own layer, runs as a non-root user.
# Build: docker build -t cramp-coach .   (also podman/buildah: no BuildKit-only syntax)
FROM python:3.11-slim AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DATABASE_URL=sqlite+aiosqlite:////data/cramp-coach.db \
    CONTENT_DIR=/app/content \
    LOG_FORMAT=json \
    HEALTH_PORT=8080 \
    PATTERN_CACHE_DIR=/app/.pattern-cache

WORKDIR /app

# Dependencies first, exactly as locked (versions and hashes): this layer is rebuilt only
# when the lock file changes.
COPY requirements.lock ./
RUN pip install --require-hashes --no-deps -r requirements.lock

# The project itself (.dockerignore leaves out tests, benchmarks, caches and secrets).
COPY . ./
# `cramp-bot check` validates the content and derives what a start needs once, here (the
# compiled patterns, the language model unpacked, the parsed content), so the container's
# every start reads them instead (knowledge/kept.py).
RUN pip install --no-deps . \
    && useradd --system --uid 10001 --home-dir /app cramp \
    && mkdir -p /data && chown cramp /data \
    && cramp-bot check && chown -R cramp "$PATTERN_CACHE_DIR"

USER 10001
VOLUME ["/data"]
# /healthz, /readyz and /metrics (ops/server.py); the webhook, when WEBHOOK_URL is set.
EXPOSE 8080 8443
# slim has no curl: Python's own urllib asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('HEALTH_PORT', '8080') + '/healthz', timeout=4)"]
CMD ["cramp-bot", "run"]
