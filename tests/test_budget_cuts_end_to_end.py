"""A page budget cut anywhere in a crawl never turns a verdict around, end to end on loopback: the
demo site audited whole and with --max-pages cutting it short, every subject's pass or fail in the
cut audit is the whole audit's (what the cut left unseen is incomplete), and the cut site gets no
grade.

One request at a time, so the crawl's order (and where the cut falls) is the same every run.

Before (probes of 2bb4c15): at 60 pages the 政策解读 list was read but most interpretations it lists
were cut, and interpretation-missing failed the documents (「没有对应的政策解读」) whose
interpretations were on those unfetched pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.sitegen import generate_site
from tests.crawl.sitekit import Site, start_site, stop_site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("demo")
    generate_site(root)
    served = start_site(root)
    yield served
    stop_site(served)


def _audit(site: Site, out: Path, *options: str) -> dict:
    result = CliRunner().invoke(main, ["audit", site.url, "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(),
                                       "--rate", "0", "--concurrency", "1", "--render", "never", "--format", "json", *options])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def _verdicts(results: dict) -> dict[tuple[str, str], str]:
    return {(rule["id"], f["subject"]): f["status"] for rule in results["rules"] for f in rule["results"]
            if f["status"] in ("pass", "fail")}


@pytest.fixture(scope="module")
def whole(site: Site, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    return _verdicts(_audit(site, tmp_path_factory.mktemp("whole") / "out"))


@pytest.mark.parametrize("pages", [60, 100])
def test_a_budget_cut_leaves_verdicts_undecided_never_turned(site, whole, tmp_path, pages):
    cut = _audit(site, tmp_path / "cut", "--max-pages", str(pages))
    assert cut["coverage"]["budget_exhausted"] and cut["grade"] != "合格" and cut["verdict"]["code"] != "graded"
    # probes3: the reports' coverage notes said the bare code "max_pages"
    assert "抓取提前停止：达到页面数量上限（--max-pages）" in cut["coverage"]["notes"]
    turned = {key: (whole.get(key), status) for key, status in _verdicts(cut).items() if whole.get(key, status) != status}
    assert turned == {}
