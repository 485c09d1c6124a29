"""Sign-in rate limits: per account and address, per address, per account from anywhere."""

from __future__ import annotations

from intercluster.web.security.ratelimit import LoginLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_strangers_failures_lock_the_account_only_for_the_strangers_address() -> None:
    clock = Clock()
    limiter = LoginLimiter(clock=clock)
    for _ in range(5):
        assert limiter.retry_after("ana@x.org", "10.0.0.66") == 0
        limiter.failed("ana@x.org", "10.0.0.66")
    assert limiter.retry_after("ana@x.org", "10.0.0.66") > 0
    assert limiter.retry_after("ana@x.org", "10.0.0.1") == 0  # Ana, from her own desk
    clock.now += 901
    assert limiter.retry_after("ana@x.org", "10.0.0.66") == 0  # the window slid past


def test_one_address_trying_many_accounts_is_stopped() -> None:
    limiter = LoginLimiter(clock=Clock())
    for n in range(20):
        limiter.failed(f"user{n}@x.org", "10.0.0.66")
    assert limiter.retry_after("someone-else@x.org", "10.0.0.66") > 0
    assert limiter.retry_after("someone-else@x.org", "10.0.0.2") == 0


def test_guessing_spread_over_many_addresses_is_stopped_for_everyone() -> None:
    limiter = LoginLimiter(clock=Clock())
    for n in range(50):
        limiter.failed("ana@x.org", f"10.1.0.{n}")
    assert limiter.retry_after("ana@x.org", "10.0.0.1") > 0
    assert limiter.retry_after("bob@x.org", "10.0.0.1") == 0


def test_a_right_password_clears_the_failures_of_that_address() -> None:
    limiter = LoginLimiter(clock=Clock())
    for _ in range(4):
        limiter.failed("ana@x.org", "10.0.0.1")
    limiter.succeeded("ana@x.org", "10.0.0.1")
    limiter.failed("ana@x.org", "10.0.0.1")
    assert limiter.retry_after("ana@x.org", "10.0.0.1") == 0
