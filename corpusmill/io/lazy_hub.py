"""``datatrove.io`` without the Hugging Face Hub client until something uses the Hub.

Every datatrove executor imports ``datatrove.io``, whose first line imports ``HfFileSystem`` and
``cached_assets_path`` from ``huggingface_hub``: that loads the Hub's HTTP stack (``hf_api``,
httpx, anyio, h2, tqdm...), ~0.2 s of CPU in every corpusmill process, although ``datatrove.io``
only asks ``isinstance(fs, HfFileSystem)`` of a folder's filesystem and calls
``cached_assets_path`` when it downloads a model.

``install`` (called when ``corpusmill`` is imported) adds an import hook that runs ``datatrove.io``
with two stand-ins for those names:

- ``HfFileSystem``: its ``isinstance`` is exactly the real class's, answered without importing
  it while its module is not loaded (no instance of a class can exist before its module is);
  calling it makes a real one;
- ``cached_assets_path``: imports and calls the real function.

The ``hf://`` filesystem itself reaches fsspec through fsspec's registry, which imports the real
class when such a path is opened. Nothing else changes: after ``datatrove.io`` has run, the
``huggingface_hub`` namespace is as it was.
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType
from typing import Any

TARGET = "datatrove.io"
HUB_FILESYSTEM_MODULE = "huggingface_hub.hf_file_system"


class _HubFileSystemType(type):
    def __instancecheck__(cls, obj: object) -> bool:
        module = sys.modules.get(HUB_FILESYSTEM_MODULE)
        return module is not None and isinstance(obj, module.HfFileSystem)

    def __subclasscheck__(cls, other: type) -> bool:
        module = sys.modules.get(HUB_FILESYSTEM_MODULE)
        return module is not None and issubclass(other, module.HfFileSystem)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        """Should datatrove ever make one: the real file system."""
        from huggingface_hub import HfFileSystem as real

        return real(*args, **kwargs)


class HfFileSystem(metaclass=_HubFileSystemType):
    """Stands for ``huggingface_hub.HfFileSystem``: ``isinstance`` and ``issubclass`` answer as for
    the real class, and calling it makes a real one."""


def cached_assets_path(*args: Any, **kwargs: Any) -> Any:
    """``huggingface_hub.cached_assets_path``, imported when called."""
    from huggingface_hub import cached_assets_path as real

    return real(*args, **kwargs)


STAND_INS = {"HfFileSystem": HfFileSystem, "cached_assets_path": cached_assets_path}


class _Loader:
    """Runs ``datatrove.io`` with the stand-ins in ``huggingface_hub``'s namespace, then removes them."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:  # get_source, is_package...: the file's own loader
        return getattr(self.inner, name)

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self.inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        import huggingface_hub  # its package imports its submodules lazily: ~3 ms

        namespace = vars(huggingface_hub)
        added = [name for name in STAND_INS if name not in namespace]  # already loaded: the real ones
        namespace.update({name: STAND_INS[name] for name in added})
        try:
            self.inner.exec_module(module)
        finally:
            for name in added:
                namespace.pop(name, None)


class _Finder:
    def find_spec(self, name: str, path: Any, target: ModuleType | None = None) -> ModuleSpec | None:
        if name != TARGET:
            return None
        spec = PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


def install() -> None:
    """Add the import hook, once, unless ``datatrove.io`` is already imported (then it is too late)."""
    if TARGET not in sys.modules and not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
