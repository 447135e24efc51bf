"""Every rule pack shipped in packs/ validates and passes its own cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main

PACKS = sorted(p for p in (Path(__file__).parents[1] / "packs").iterdir() if p.is_dir())


def test_the_example_packs_are_shipped():
    assert {p.name for p in PACKS} >= {"yishui-2022", "huoqiu-zwgk", "suqian-dept-2026"}


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.name)
def test_the_pack_cases_pass_and_the_pack_validates(pack: Path):
    runner = CliRunner()
    tested = runner.invoke(main, ["rules", "test", "--rules", str(pack)])
    assert tested.exit_code == 0 and " 0 failed" in tested.output, tested.output
    assert runner.invoke(main, ["rules", "validate", "--rules", str(pack)]).exit_code == 0
