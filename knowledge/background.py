"""What the understanding builds in a thread at start-up, so the bot's own start need not
wait for it (the language model, the signs' index, the table of meanings, the topic
model): the first message that needs it waits; a failure is logged once and told to
whoever asks for the result (`cramp-bot check` fails an image that lacks a part)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class Background(Generic[T]):
    def __init__(self, what: str, build: Callable[[], T]) -> None:
        self.what = what
        self._value: T | None = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        threading.Thread(target=self._run, args=(build,), name=what, daemon=True).start()

    def _run(self, build: Callable[[], T]) -> None:
        try:
            self._value = build()
        except BaseException as error:  # told to whoever asks for the result
            self._error = error
            log.error("%s failed to load: %r", self.what, error)
        finally:
            self._done.set()

    def wait(self) -> None:
        """Until built or failed."""
        self._done.wait()

    def get(self) -> T | None:
        """The value, or None when it could not be built."""
        self._done.wait()
        return self._value

    def result(self) -> T:
        """The value; RuntimeError when it could not be built."""
        self._done.wait()
        if self._error is not None or self._value is None:
            raise RuntimeError(f"{self.what} failed to load") from self._error
        return self._value


@dataclass(frozen=True)
class _Usable(Generic[T]):
    # None when the file was read but is not for this content (a self-hoster's own)
    model: T | None


class LoadedModel(Generic[T]):
    """A shipped model, loaded in a thread at start-up (numpy is not imported on the
    start's own path); None when it is missing or `load` finds it fit for other content.
    Cross-validation replaces it with one fit per fold."""

    def __init__(self, what: str, load: Callable[[], T | None] | None) -> None:
        self._model: T | None = None
        # None when fitting a model (the scores alone) or once replaced
        self._loading = None if load is None else Background(what, lambda: _Usable(load()))

    def replace(self, model: T | None) -> None:
        """Use this model from now on."""
        self._loading, self._model = None, model

    def get(self) -> T | None:
        if self._loading is None:
            return self._model
        usable = self._loading.get()
        return None if usable is None else usable.model

    def wait_ready(self) -> None:
        """Until loaded; raises if it could not be read (`cramp-bot check`: an image
        without it fails to build), not when it was fit for other content."""
        if self._loading is not None:
            self._loading.result()
