"""The dataset quality report of a run folder: ``report.json``, ``report.html`` and ``report.md``.

``aggregate`` measures a run into a plain dict; ``html`` and ``markdown`` render that dict;
``compare`` sets two dicts side by side. ``write.write_report`` ties them together.
"""
