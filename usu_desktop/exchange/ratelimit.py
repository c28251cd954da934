"""Per-address token buckets for failures: wrong desk tokens, unknown payment-link tokens.

Every failure takes one token from the caller's bucket (`burst` tokens, refilled at `per_minute`);
while the bucket is empty the caller gets 429 with `Retry-After` before anything is looked up,
so guessing costs time, not just requests. A good token from another address is never slowed.
Memory is bounded: at most `max_clients` addresses are remembered (least recently seen forgotten);
an IPv6 caller counts per /64, since one host can use a whole /64.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger("usu_exchange")


def client_key(address: str | None) -> str:
    """The bucket an address counts in: the address itself, an IPv6 one by its /64."""
    try:
        addr = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return address or "?"
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped is not None:
            return str(addr.ipv4_mapped)
        return str(ipaddress.ip_network(f"{addr}/64", strict=False))
    return str(addr)


@dataclass
class _Bucket:
    tokens: float
    stamp: float
    refused: int = 0


class FailureLimiter:
    """Thread-safe; `retry_after(addr)` before the work, `failed(addr)` when it failed."""

    def __init__(self, name: str, burst: int, per_minute: float, max_clients: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.name = name
        self.burst = max(1, burst)
        self.rate = max(per_minute, 0.001) / 60.0
        self.max_clients = max(1, max_clients)
        self.refused_total = 0
        self._clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def _bucket(self, key: str, now: float) -> _Bucket | None:
        bucket = self._buckets.get(key)
        if bucket is None:
            return None
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        self._buckets.move_to_end(key)
        if bucket.tokens >= self.burst:  # full again: nothing to remember
            del self._buckets[key]
            return None
        return bucket

    def retry_after(self, address: str | None) -> int:
        """0 if the caller may go on, else whole seconds until its next try (and it is counted)."""
        key = client_key(address)
        with self._lock:
            bucket = self._bucket(key, self._clock())
            if bucket is None or bucket.tokens >= 1.0:
                return 0
            bucket.refused += 1
            self.refused_total += 1
            refused = bucket.refused
            wait = max(1, math.ceil((1.0 - bucket.tokens) / self.rate))
        if refused == 1 or math.log10(refused).is_integer():
            log.warning("rate limit %s: %s refused with 429 (%d so far, retry after %d s)",
                        self.name, key, refused, wait)
        return wait

    def failed(self, address: str | None) -> None:
        key = client_key(address)
        with self._lock:
            now = self._clock()
            bucket = self._bucket(key, now)
            if bucket is None:
                bucket = self._buckets[key] = _Bucket(float(self.burst), now)
                while len(self._buckets) > self.max_clients:
                    self._buckets.popitem(last=False)
            bucket.tokens = max(0.0, bucket.tokens - 1.0)

    def __len__(self) -> int:
        return len(self._buckets)
