"""SITES.csv: what a researcher's spreadsheet may hold, and the plain errors for what it may not."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.batch.sites import read_sites, safe_name_problem
from govaudit.cli import main
from govaudit.errors import UserError


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "sites.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_reads_optional_columns_in_any_order_with_bom(tmp_path: Path) -> None:
    path = _csv(tmp_path, "\ufefflevel,URL,name,region\n区县,https://www.a.gov.cn/,鼓楼区,福州市\n\n部门,http://b.gov.cn,b-1,\n")
    rows = read_sites(path)
    assert [(r.line, r.name, r.url, r.region, r.level) for r in rows] == [
        (2, "鼓楼区", "https://www.a.gov.cn/", "福州市", "区县"), (4, "b-1", "http://b.gov.cn", "", "部门")]


@pytest.mark.parametrize("name", ["..", ".hidden", "a/b", "a\\b", "../etc", "a b", "", "-x", "con", "a.", "x" * 81])
def test_unsafe_folder_names_are_refused(name: str) -> None:
    assert safe_name_problem(name) is not None


@pytest.mark.parametrize("name", ["gulou", "鼓楼区", "fz.gulou", "a_1-b"])
def test_safe_names_pass(name: str) -> None:
    assert safe_name_problem(name) is None


@pytest.mark.parametrize(("text", "words"), [
    ("name,url\n../x,http://a.gov.cn/\n", ["line 2", "../x", "folder name"]),
    ("name,url\na,http://a.gov.cn/\nA,http://b.gov.cn/\n", ["line 3", "already used on line 2"]),
    ("name,url\na,ftp://a.gov.cn/\n", ["line 2", "only http"]),
    ("name,url\na,\n", ["line 2", "name and url are required"]),
    ("name,website\na,http://a.gov.cn/\n", ["line 1", "unknown column 'website'"]),
    ("url,region\nhttp://a.gov.cn/,x\n", ["line 1", "missing column 'name'"]),
    ("name,url\na,http://a.gov.cn/,extra\n", ["line 2", "3 cells"]),
    ("name,url\n", ["lists no sites"]),
    ("name,url,config\na,http://a.gov.cn/,missing.toml\n", ["line 2", "missing.toml", "does not exist"]),
])
def test_bad_csv_names_the_line(tmp_path: Path, text: str, words: list[str]) -> None:
    path = _csv(tmp_path, text)
    from govaudit.batch.sites import site_config

    with pytest.raises(UserError) as err:
        for row in read_sites(path):
            site_config(path, row)
    for word in words:
        assert word in str(err.value)


def test_cli_bad_csv_is_a_plain_error_exit_2(tmp_path: Path) -> None:
    path = _csv(tmp_path, "name,url\n../../etc,http://a.gov.cn/\n")
    result = CliRunner().invoke(main, ["batch", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "line 2" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()  # nothing written before the whole list is valid


def test_cli_not_utf8_is_a_plain_error(tmp_path: Path) -> None:
    path = _csv(tmp_path, "name,url\n鼓楼,http://a.gov.cn/\n", encoding="gbk")
    result = CliRunner().invoke(main, ["batch", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "UTF-8" in result.output


def test_cli_refuses_resume_and_both_dask_options(tmp_path: Path) -> None:
    path = _csv(tmp_path, "name,url\na,http://a.gov.cn/\n")
    for extra in (["--resume", str(tmp_path)], ["--dask-workers", "1", "--scheduler", "tcp://127.0.0.1:1"]):
        result = CliRunner().invoke(main, ["batch", str(path), "--out", str(tmp_path / "out"), *extra])
        assert result.exit_code == 2 and "Traceback" not in result.output
