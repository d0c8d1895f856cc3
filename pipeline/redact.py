"""Keep credentials out of terminals and logs.

fsspec URLs may carry secrets: ``s3://KEY:SECRET@bucket/x``, ``https://user:token@host/...``, or
signed query strings (``?X-Amz-Signature=...``, ``?sig=...``, ``?token=...``). Everything the
user sees and everything written to ``logs/run.json`` goes through ``redact``.
"""

from __future__ import annotations

import re
from typing import Any

# user info is ``name@`` or ``name:secret@``; a secret may itself hold ``/`` (AWS secret keys do)
_USERINFO = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*://)(?P<userinfo>[^/@\s:]+:[^@\s]*|[^/@\s:]+)@")
_SECRET_QUERY = re.compile(
    r"(?P<key>[?&](?:x-amz-[a-z\-]*(?:signature|credential|security-token)|signature|sig|token|"
    r"access_token|api[_-]?key|key|secret|password|sv|se|sp)=)(?P<value>[^&#\s\"']+)",
    re.I,
)
MASK = "***"


def redact(text: str) -> str:
    """``text`` with the user-info part of URLs and secret query values replaced by ``***``."""
    text = _USERINFO.sub(lambda m: f"{m['scheme']}{MASK}@", text)
    return _SECRET_QUERY.sub(lambda m: f"{m['key']}{MASK}", text)


def redact_tree(value: Any) -> Any:
    """``redact`` applied to every string in a JSON-like structure (a dumped config)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: redact_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_tree(v) for v in value]
    return value
