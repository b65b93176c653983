"""rules/ and models/ ship inside the wheel: build it, install it alone, run it elsewhere."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_anonymises_from_another_directory(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(dist.glob("tips_nlp-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    # Dependencies come from the project's environment (a path, not its .pth files, so the
    # editable checkout is NOT visible); tips_nlp itself only from the wheel.
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    proc = subprocess.run(
        [str(env_dir / "bin" / "tips-nlp"), "anonymise"],
        input=b"She gave her number as 07700 900123.",
        capture_output=True,
        cwd=elsewhere,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"She gave her number as [PHONE 1].\n"
    where = subprocess.check_output(
        [str(python), "-c", "import tips_nlp.resources as r; print(r.rules_dir())"],
        cwd=elsewhere,
        text=True,
    )
    assert str(ROOT) not in where and "site-packages" in where
