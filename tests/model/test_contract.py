"""The site model is a checked contract (issue 8 item 14): the published site.schema.json is
generated from the types, a built site.json validates against it, and `check` refuses a
site.json that breaks the contract with one plain sentence naming the file and the field."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import govaudit
from govaudit.cli import main
from govaudit.errors import UserError
from govaudit.model.schema import render
from govaudit.pipeline import load_site
from govaudit.serde import to_dict
from tests.factories import column, document, site
from tests.model.test_static_pages import _site as static_site
from tests.model.loopback import crawl_and_build

SCHEMA_FILE = Path(govaudit.__file__).parent / "schemas" / "site.schema.json"


def test_the_published_schema_is_generated_from_the_types():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render(), "run: python -m govaudit.model.schema > govaudit/schemas/site.schema.json"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("contract")
    model, _ = crawl_and_build(static_site(), out)
    (out / "site.json").write_text(json.dumps(to_dict(model), ensure_ascii=False), encoding="utf-8")
    return out, json.loads((out / "site.json").read_text(encoding="utf-8"))


def test_a_built_site_model_follows_the_schema_and_loads(built):
    out, data = built
    jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))).validate(data)
    assert load_site(out).pages


def test_a_hand_made_model_with_every_part_follows_the_schema():
    model = to_dict(site(columns=[column("a/", "通知公告", "2026-09-01")], documents=[document("a/1.html", "关于…的通知")]))
    jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))).validate(model)


def _broken(data: dict, change) -> dict:
    data = json.loads(json.dumps(data))
    change(data)
    return data


@pytest.mark.parametrize("change, field", [
    (lambda d: d["pages"][0].update(kind="article"), "pages[0].kind"),
    (lambda d: d["columns"][0].update(state="stale"), "columns[0].state"),
    (lambda d: d["columns"][0].pop("items"), "columns[0].items"),
    (lambda d: d["documents"][0].update(kind=None), "documents[0].kind"),
    (lambda d: d["crawl"].update(fetched="12"), "crawl.fetched"),
    (lambda d: d["crawl"].update(budget_exhausted=1), "crawl.budget_exhausted"),
    (lambda d: d["documents"][0]["evidence"].update(page=3), "documents[0].evidence.page"),
    (lambda d: d.update(links={}), "links"),
])
def test_check_refuses_a_broken_site_model_naming_the_field(built, tmp_path: Path, change, field):
    _, data = built
    broken = _broken(data, change)
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(broken)), "the schema must refuse it too"
    (tmp_path / "site.json").write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError) as err:
        load_site(tmp_path)
    assert f"field {field} " in str(err.value) and str(tmp_path / "site.json") in str(err.value)
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--as-of", "2026-09-30"])
    assert result.exit_code == 2 and "Traceback" not in result.output and f"field {field}" in result.output


def test_strict_conversion_of_unions_and_scalars():
    from govaudit.serde import ContractError, from_dict

    assert from_dict(list[int | str | None], [3, "/", None], strict=True) == [3, "/", None]
    for tp, data, problem in ((list[int | str | None], [1, 2.5], "[1]: should be int or str"),
                              (int, True, "should be an integer"), (bool, 1, "should be true or false"),
                              (dict[str, str], {"a": 1}, "a: should be a string")):
        with pytest.raises(ContractError) as err:
            from_dict(tp, data, strict=True)
        assert problem in str(err.value)
    assert from_dict(dict[str, str], {"a": 1}) == {"a": 1}  # unchecked without strict, as before
