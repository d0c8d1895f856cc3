"""Where one source's crawl may go: its origins (scheme, host and port), and nothing else unless the
plan names it.

A web origin is the unit browsers and servers trust: another port on the same host is another
service (an admin console, a database UI) and a redirect must not lead the crawler there. So the
scope is the origins of the start URLs and sitemaps, the plan's ``origins``, and the hosts of the
plan's ``allowed_domains`` (with their subdomains) on the standard ports. The only widening is
http↔https on the standard ports of a start host: that is the same site, and sites redirect to
https all the time.
"""

from __future__ import annotations

from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}

Origin = tuple[str, str, int]


def origin(url: str) -> Origin | None:
    """``(scheme, host, port)`` of an http(s) URL, the port filled in; None for anything else."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a port out of range or not a number
        return None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in DEFAULT_PORTS or not host:
        return None
    return scheme, host, port if port is not None else DEFAULT_PORTS[scheme]


class Scope:
    def __init__(self, entry_urls: list[str], origins: list[str], domains: list[str]) -> None:
        entries = {o for o in map(origin, entry_urls) if o is not None}
        self.origins = entries | {o for o in map(origin, origins) if o is not None}
        for scheme, host, port in entries:
            if port == DEFAULT_PORTS[scheme]:
                other = "https" if scheme == "http" else "http"
                self.origins.add((other, host, DEFAULT_PORTS[other]))
        self.domains = [d.lower().strip(".") for d in domains]

    @property
    def hosts(self) -> set[str]:
        """Distinct hosts the crawl may visit (named ones; subdomains of domains are not known ahead)."""
        return {host for _, host, _ in self.origins} | set(self.domains)

    def allows(self, url: str) -> bool:
        found = origin(url)
        if found is None:
            return False
        if found in self.origins:
            return True
        scheme, host, port = found
        return port == DEFAULT_PORTS[scheme] and any(host == d or host.endswith("." + d) for d in self.domains)
