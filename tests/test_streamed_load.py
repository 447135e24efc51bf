"""site.json read a chunk at a time (jsonio.read_streamed, used by pipeline.load_site): the same
model as reading it whole, strings met many times shared, and any file not laid out as `build`
writes it (or breaking the contract) read whole instead, so its problem is named as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govaudit import jsonio, pipeline
from govaudit.errors import UserError
from govaudit.jsonio import read_json, read_streamed, write_json_atomic
from govaudit.model.types import SiteModel
from govaudit.serde import from_dict
from tests.factories import column, document, link, page, site


def _model() -> SiteModel:
    pages = [page(f"c/{i}.html", "document", f"标题{i}\n第二行") for i in range(40)]
    links = [link(f"c/{i}.html", f"c/{j}.html", "首页" if j == 0 else f"链接{j}") for i in range(40) for j in range(0, 40, 7)]
    return site(columns=[column("c/", "通知公告", "2026-09-01")], documents=[document("c/1.html", "关于“印发”的通知")],
                pages=pages, links=links)


@pytest.mark.parametrize("chunk", [7, 64, 1 << 20])
def test_streamed_model_equals_the_whole_file_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int):
    monkeypatch.setattr(jsonio, "_CHUNK", chunk)  # objects and members cut across reads
    write_json_atomic(tmp_path / "site.json", _model())
    streamed = read_streamed(tmp_path / "site.json", SiteModel)
    assert streamed is not None
    assert streamed == from_dict(SiteModel, read_json(tmp_path / "site.json", "build"), strict=True) == _model()


def test_repeated_strings_are_one_object(tmp_path: Path):
    write_json_atomic(tmp_path / "site.json", _model())
    model = read_streamed(tmp_path / "site.json", SiteModel)
    assert model is not None
    targets = [l.target for l in model.links if l.target.endswith("/0.html")]
    assert len(targets) == 40 and len({id(t) for t in targets}) == 1
    assert len({id(l.kind) for l in model.links}) == 1


def test_other_layouts_are_read_whole(tmp_path: Path):
    data = json.loads((write_json_atomic(tmp_path / "site.json", _model()), (tmp_path / "site.json").read_text())[1])
    for text in (json.dumps(data, ensure_ascii=False), json.dumps(data, indent=4), json.dumps(data, indent=2) + "\n[]"):
        (tmp_path / "site.json").write_text(text, encoding="utf-8")
        assert read_streamed(tmp_path / "site.json", SiteModel) is None
    (tmp_path / "site.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert pipeline.load_site(tmp_path) == _model()


def test_a_bad_value_is_named_as_when_read_whole(tmp_path: Path):
    write_json_atomic(tmp_path / "site.json", _model())
    text = (tmp_path / "site.json").read_text(encoding="utf-8")
    (tmp_path / "site.json").write_text(text.replace('"kind": "page"', '"kind": "pages"', 1), encoding="utf-8")
    assert read_streamed(tmp_path / "site.json", SiteModel) is None
    with pytest.raises(UserError, match=r"field links\[0\]\.kind"):
        pipeline.load_site(tmp_path)
    (tmp_path / "site.json").write_text(text.replace('"schema": "govaudit.site/1"', '"schema": "govaudit.site/0"'), encoding="utf-8")
    with pytest.raises(UserError, match="was not written by this version"):
        pipeline.load_site(tmp_path)
