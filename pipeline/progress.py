"""Progress of long commands: a live line on a terminal, one plain line every few seconds otherwise
(CI logs, ``nohup``, pipes), so a long command is never silent. Library code called from Python
(no console) stays quiet."""

from __future__ import annotations

import time

from rich.console import Console

INTERVAL = 5.0


class Ticker:
    """``update(text)`` as often as you like; ``done(text)`` once at the end. Without a console it prints nothing."""

    def __init__(self, console: Console | None, label: str, interval: float = INTERVAL) -> None:
        self.console, self.label, self.interval = console, label, interval
        self.live = console is not None and console.is_terminal
        self.started = time.monotonic()
        self.last = -interval  # the first update prints at once
        self.status = console.status(f"{label}: starting") if self.live else None
        if self.status is not None:
            self.status.start()

    def update(self, text: str) -> None:
        if self.status is not None:
            self.status.update(f"{self.label}: {text} · {self.elapsed()}")
            return
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self.line(text)

    def line(self, text: str) -> None:
        """A line that stays, on a terminal too (the end of one part of the work)."""
        if self.console is not None:
            self.console.print(
                f"{self.label}: {text} · {self.elapsed()}", highlight=False, markup=False, soft_wrap=True
            )

    def stop(self) -> None:
        """Clear the live line (before an error message, or at the end)."""
        if self.status is not None:
            self.status.stop()
            self.status = None

    def done(self, text: str) -> None:
        self.stop()
        self.line(text)

    def elapsed(self) -> str:
        return f"{time.monotonic() - self.started:.0f} s"
