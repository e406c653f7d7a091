"""Which content files changed since a git ref, for checks on a pull request."""

from __future__ import annotations

import subprocess
from pathlib import Path

from checker.errors import UserError


def changed_files(folder: Path, ref: str) -> set[Path]:
    """Files changed since `ref` (committed, staged, unstaged and untracked), as absolute
    paths. Deleted files are not listed: there is nothing left to check in them."""
    top = _git(folder, "rev-parse", "--show-toplevel").strip()
    if not top:
        raise UserError(f"{folder} is not inside a git repository")
    _git(folder, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}",
         what=f"'{ref}' is not a commit, branch or tag here")
    root = Path(top)
    names = _git(root, "diff", "--name-only", "--diff-filter=d", "-z", ref).split("\0")
    names += _git(root, "ls-files", "--others", "--exclude-standard", "-z").split("\0")
    return {(root / name).resolve() for name in names if name}


def _git(folder: Path, *args: str, what: str = "") -> str:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True,
                              text=True, check=False)
    except FileNotFoundError:
        raise UserError("--changed-since needs git, and git is not installed") from None
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        raise UserError(f"git {args[0]}: {what or (detail[-1] if detail else 'failed')}")
    return done.stdout
