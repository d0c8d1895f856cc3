"""pyarrow settled on "no pandas" in corpusmill's own processes, with pandas still there on request."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import io, sys
from corpusmill.io.arrow_without_pandas import settle
settle()
import pyarrow as pa, pyarrow.parquet as pq
buffer = io.BytesIO()
pq.write_table(pa.Table.from_pylist([{"id": "a", "n": 1}]), buffer)
rows = pq.read_table(io.BytesIO(buffer.getvalue())).to_pylist()
print("pandas" in sys.modules, rows == [{"id": "a", "n": 1}])
frame = pa.table({"n": [1, 2]}).to_pandas()  # an explicit pandas call still gets pandas
print(type(frame).__module__.split(".")[0], frame["n"].tolist() == [1, 2])
"""


def test_conversions_and_parquet_without_pandas_and_to_pandas_still_works() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True", "pandas", "True"]
