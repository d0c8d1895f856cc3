"""Byte-level helpers of the readers, sinks and global stages: decompression, streaming JSON,
atomic Parquet files and work files."""
