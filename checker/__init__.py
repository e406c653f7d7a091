"""onmessage: keep marketing and sales on message with the organisation's positioning.

For scripts::

    import checker
    result = checker.check("path/to/content-project")
    for finding in result.findings:
        print(finding.rule, finding.span.path, finding.span.line, finding.message)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.engine import Result

__all__ = ["check"]


def check(*paths: str | Path, **options) -> Result:
    """Check a content project folder (or files inside one) and return the Result."""
    from checker.engine import check as run

    return run(paths or (".",), **options)
