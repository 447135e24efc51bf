"""The built wheel carries rules/ and reports/templates/ and works away from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    (found,) = dist.glob("govaudit-*.whl")
    return found


def test_wheel_contains_rules_templates_and_schema(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    rule_files = {p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*.yaml")}
    assert {f"govaudit/_bundled/rules/{n}" for n in rule_files} <= names
    templates = {p.name for p in (ROOT / "reports" / "templates").iterdir() if p.is_file()}
    assert templates and {f"govaudit/_bundled/templates/{n}" for n in templates} <= names
    assert "govaudit/schemas/results.schema.json" in names


def test_wheel_contains_the_shipped_packs(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    pack_files = {p.relative_to(ROOT / "packs").as_posix() for p in (ROOT / "packs").rglob("*") if p.is_file()}
    assert pack_files and {f"govaudit/_bundled/packs/{n}" for n in pack_files} <= names


def test_installed_wheel_runs_the_demo_from_another_directory(wheel: Path, tmp_path: Path):
    target = tmp_path / "installed"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    # The installed copy comes first on sys.path; its dependencies come from this environment.
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = "import govaudit, sys; from govaudit.cli import main; assert 'installed' in govaudit.__file__; sys.argv[0]='govaudit'; main()"
    proc = subprocess.run([sys.executable, "-c", code, "demo", "--out", "demo-out"], cwd=workdir, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert (workdir / "demo-out" / "report.html").is_file()
    assert "得分" in proc.stdout and "report.html" in proc.stdout
    # The shipped checklist packs are found by name, away from the source tree, and its cases pass.
    for pack in ("yishui-2022", "huoqiu-zwgk"):
        proc = subprocess.run([sys.executable, "-c", code, "rules", "test", "--rules", pack], cwd=workdir, env=env,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0 and " 0 failed" in proc.stdout, pack + proc.stdout + proc.stderr
