"""Run the stand-in in its own process and drive it over its HTTP control API.

For tests and benchmarks that run the bot as a separate process too (signals, crashes,
throughput on two cores), where the in-process test API is out of reach.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from typing import Any

import httpx

from standin.control import PREFIX


class RemoteStandIn:
    def __init__(self, token: str, *extra_args: str) -> None:
        self.token = token
        self._extra_args = extra_args
        self._process: subprocess.Popen[str] | None = None
        self.base_url = ""
        self._client: httpx.Client | None = None

    def start(self, timeout: float = 20.0) -> RemoteStandIn:
        command = [sys.executable, "-m", "standin", "--port", "0", "--token", self.token]
        self._process = subprocess.Popen(
            [*command, *self._extra_args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline().strip()
        if not line.startswith("http"):
            self.stop()
            raise RuntimeError(f"the stand-in did not start (said {line!r})")
        self.base_url = line
        root = line.rsplit("/bot", 1)[0]
        self._client = httpx.Client(base_url=root + PREFIX, timeout=timeout)
        return self

    def stop(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGTERM)
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def __enter__(self) -> RemoteStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def post(self, endpoint: str, **body: Any) -> Any:
        assert self._client is not None, "start() first"
        response = self._client.post(f"/{endpoint}", json=body)
        response.raise_for_status()
        return response.json()

    def get(self, endpoint: str, **params: Any) -> Any:
        assert self._client is not None, "start() first"
        response = self._client.get(f"/{endpoint}", params=params)
        response.raise_for_status()
        return response.json()
