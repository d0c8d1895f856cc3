"""datatrove.io imported without the Hub's HTTP client, and still exact about Hub filesystems."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import corpusmill  # installs the hook
import datatrove.io as dio
import huggingface_hub

loaded = "huggingface_hub.hf_api" in sys.modules
print(loaded, "HfFileSystem" in vars(huggingface_hub), isinstance(object(), dio.HfFileSystem))
from huggingface_hub import HfFileSystem, cached_assets_path

same_folder = dio.cached_assets_path("corpusmill-test") == cached_assets_path("corpusmill-test")
print(isinstance(HfFileSystem(), dio.HfFileSystem), same_folder, type(dio.HfFileSystem()) is HfFileSystem)
"""


def test_datatrove_io_without_the_hub_client_and_exact_isinstance(tmp_path) -> None:
    env = {"HF_HOME": str(tmp_path), "HF_HUB_OFFLINE": "1", "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, env=env, timeout=120
    ).stdout.split()
    # before: no Hub client, the hub's own namespace untouched, a non-Hub filesystem is not one
    # after the real class is used: a real HfFileSystem is one, and the asset folder is the Hub's
    assert out == ["False", "False", "False", "True", "True", "True"]
