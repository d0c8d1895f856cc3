"""An S3 API on loopback for the tests: moto's server mode, with credentials of this session.

Clients find it through the standard AWS settings in the environment (``AWS_ENDPOINT_URL``,
``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, ``AWS_DEFAULT_REGION``), which botocore, and so
s3fs and fsspec, read; the server runs as a child of the test process and is stopped by its pid.
"""

from __future__ import annotations

import contextlib
import importlib.util
import secrets
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.cluster.slurm import free_port


def missing() -> str | None:
    absent = [name for name in ("moto", "flask", "s3fs") if importlib.util.find_spec(name) is None]
    if absent:
        return f"an S3 server test needs {', '.join(absent)} (pip install 'moto[server]' s3fs)"
    return None


@dataclass
class S3:
    env: dict[str, str]  # the settings a client needs; the secret is among them

    @property
    def secrets(self) -> list[str]:
        return [self.env["AWS_ACCESS_KEY_ID"], self.env["AWS_SECRET_ACCESS_KEY"]]

    def fs(self):
        """An s3fs filesystem of this server that never answers from a cached listing."""
        import s3fs

        return s3fs.S3FileSystem(
            key=self.env["AWS_ACCESS_KEY_ID"],
            secret=self.env["AWS_SECRET_ACCESS_KEY"],
            endpoint_url=self.env["AWS_ENDPOINT_URL"],
            skip_instance_cache=True,
            use_listings_cache=False,
        )


@contextlib.contextmanager
def s3_server(log: Path, timeout: float = 60) -> Iterator[S3]:
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    server_bin = str(Path(sys.executable).parent / "moto_server")
    with log.open("wb") as sink:
        server = subprocess.Popen([server_bin, "-H", "127.0.0.1", "-p", str(port)], stdout=sink, stderr=sink)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(endpoint, timeout=2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"moto server did not start:\n{log.read_text(errors='replace')}") from None
                time.sleep(0.2)
        yield S3(
            {
                "AWS_ENDPOINT_URL": endpoint,
                "AWS_ACCESS_KEY_ID": "AKIA" + secrets.token_hex(8).upper(),
                "AWS_SECRET_ACCESS_KEY": secrets.token_urlsafe(30),
                "AWS_DEFAULT_REGION": "eu-west-1",
            }
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
