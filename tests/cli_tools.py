"""Running the real `cspr` command against the test's database (its DATABASE_URL and data
directory come from the environment conftest.py set up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from api.config import ROOT

CSPR = Path(sys.executable).parent / "cspr"


def cspr(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `cspr ARGS` in a process of its own, importing this tree's code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [str(CSPR), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
