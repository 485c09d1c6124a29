"""Sign-in rate limiting: failed attempts in a sliding window, counted three ways.

Per account and address (5): guessing one account from one place. Per address
(20): one place trying many accounts. Per account from anywhere (50): guessing
spread over many addresses. A stranger's wrong passwords therefore lock an
account only for the stranger's own address, until the wide limit is reached.

Kept in the process's memory: enough for one server process (the way the app is
served here); several workers would each count their own share, which still
bounds guessing (see docs/deployment.md).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable


class LoginLimiter:
    def __init__(
        self,
        *,
        per_account: int = 5,
        per_address: int = 20,
        per_account_anywhere: int = 50,
        window_seconds: float = 900.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_account = per_account
        self.per_address = per_address
        self.per_account_anywhere = per_account_anywhere
        self.window = window_seconds
        self.clock = clock
        self._failures: defaultdict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

    def retry_after(self, account: str, address: str) -> int:
        """Seconds to wait before another attempt is heard; 0 when one may try now."""
        now = self.clock()
        with self._lock:
            waits = []
            limits = self._limits(account, address)
            for key, limit in limits:
                failures = self._recent(key, now)
                if len(failures) >= limit:
                    waits.append(failures[len(failures) - limit] + self.window - now)
            return max(1, int(max(waits)) + 1) if waits else 0

    def _limits(self, account: str, address: str) -> tuple[tuple[str, int], ...]:
        return (
            (f"ai:{account}\n{address}", self.per_account),
            (f"i:{address}", self.per_address),
            (f"a:{account}", self.per_account_anywhere),
        )

    def failed(self, account: str, address: str) -> None:
        now = self.clock()
        with self._lock:
            for key, _limit in self._limits(account, address):
                self._recent(key, now).append(now)

    def succeeded(self, account: str, address: str) -> None:
        """A right password clears that account's failures from this address."""
        with self._lock:
            self._failures.pop(f"ai:{account}\n{address}", None)
