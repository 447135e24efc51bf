"""Fixtures of the batch tests: small loopback sites and a finished batch over them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.batch.loopsites import Served, serve_site, small_site, write_csv
from tests.netkit import ClosedPort

AS_OF = "2026-09-30"
# Fast and bounded: loopback servers need no pacing; no browser; a small page budget.
FAST = ["--rate", "0", "--render", "never", "--max-time", "60", "--max-pages", "60", "--as-of", AS_OF]


@dataclass
class Sites:
    """Three small sites (two on one address) and a dead one, with their SITES.csv."""

    csv: Path
    served: dict[str, Served]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sites]:
    folder = tmp_path_factory.mktemp("sites")
    with ExitStack() as stack:
        served = {"gulou": stack.enter_context(serve_site(small_site("鼓楼区"))),
                  "taijiang": stack.enter_context(serve_site(small_site("台江区", newest_day=2))),
                  "cangshan": stack.enter_context(serve_site(small_site("仓山区", docs_per_column=2), host="127.0.0.2"))}
        dead = stack.enter_context(ClosedPort())  # held while the module's batches run
        rows = [("gulou", served["gulou"].base, "福州市", "区县", "政府", ""),
                ("taijiang", served["taijiang"].base, "福州市", "区县", "政府", ""),
                ("cangshan", served["cangshan"].base, "福州", "部门", "<b>局</b>", ""),
                ("dead", f"http://127.0.0.1:{dead.port}/", "福州市", "部门", "", "")]
        write_csv(folder / "sites.csv", rows)
        yield Sites(folder / "sites.csv", served)
