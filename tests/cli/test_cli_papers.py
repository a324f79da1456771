"""What each paper is, on the command line: ``doc set|show|suggest|move|copy``, ``due``, ``missing``,
``types``, ``history``, ``company required``, ``list --type/--sort`` and the export manifest's new
columns, against a real vault in tmp_path with real files."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from .conftest import Cli


def _json(out: str) -> Any:
    return json.loads(out)


def _write(folder: Path, name: str, text: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text if text is not None else f"fecha,concepto,valor\n2024-03-01,{name},1500000\n", encoding="utf-8")
    return path


def _ids(result_out: str) -> dict[str, int]:
    return {str(r["filename"]): int(r["id"]) for r in _json(result_out)}


@pytest.fixture
def espiga(cli: Cli) -> int:
    result = cli("company", "add", "Panadería La Espiga", "--nit", "800191045")
    assert result.code == 0, result.err
    return int(result.out)


@pytest.fixture
def andina(cli: Cli) -> int:
    result = cli("company", "add", "Comercializadora Andina S.A.S.", "--nit", "900123456")
    assert result.code == 0, result.err
    return int(result.out)


@pytest.fixture
def docs(cli: Cli, espiga: int, tmp_path: Path) -> dict[str, int]:
    src = tmp_path / "src"
    files = [_write(src, n) for n in ("Cámara 2024.csv", "RUT Espiga.csv", "Balance 2023.csv", "Contrato local.csv")]
    result = cli("import", espiga, *files, "--json")
    assert result.code == 0, result.err
    return _ids(result.out)


def _row(cli: Cli, company: int, doc: int) -> dict[str, Any]:
    rows = {r["id"]: r for r in _json(cli("list", company, "--json").out)}
    return rows[doc]


# -- doc set ---------------------------------------------------------------------------------------


def test_doc_set_writes_every_detail_and_list_json_carries_them(cli: Cli, espiga: int, docs: dict[str, int]) -> None:
    doc = docs["Cámara 2024.csv"]
    result = cli("doc", "set", doc, "--type", "camara", "--date", "15/03/2024", "--period", "2024", "--note",
                 "para el banco", "--tag", "banco", "--tag", "Urgente")
    assert result.code == 0, result.err
    assert "“Cámara 2024.csv”" in result.out and "Cámara" in result.out and "expires 2024-04-14" in result.out
    row = _row(cli, espiga, doc)
    assert row["type"] == "Certificado de Cámara de Comercio"
    assert (row["created"], row["period"], row["expires"], row["expires_set"]) == ("2024-03-15", "2024", "2024-04-14",
                                                                                   False)
    assert row["tags"] == ["banco", "Urgente"] and row["notes"] == "para el banco"
    untouched = _row(cli, espiga, docs["RUT Espiga.csv"])
    assert (untouched["type"], untouched["created"], untouched["expires"], untouched["tags"]) == (None, None, None, [])

    # An expiry typed by hand outlives the rule; «rule» goes back to it; "" clears a detail.
    assert cli("doc", "set", doc, "--expires", "2024-12-31", "--untag", "urgente", "--period", "").code == 0
    row = _row(cli, espiga, doc)
    assert (row["expires"], row["expires_set"], row["tags"], row["period"]) == ("2024-12-31", True, ["banco"], None)
    assert cli("doc", "set", doc, "--expires", "rule").code == 0
    row = _row(cli, espiga, doc)
    assert (row["expires"], row["expires_set"]) == ("2024-04-14", False)
    assert cli("doc", "set", doc, "--no-type").code == 0
    row = _row(cli, espiga, doc)
    assert (row["type"], row["expires"]) == (None, None)


def test_doc_set_several_at_once_in_spanish_by_type_name(cli: Cli, espiga: int, docs: dict[str, int]) -> None:
    both = [docs["Balance 2023.csv"], docs["RUT Espiga.csv"]]
    result = cli("--lang", "es", "doc", "set", *both, "--type", "estados financieros", "--period", "12/2023", "--json")
    assert result.code == 0, result.err
    rows = _json(result.out)
    assert [(r["id"], r["type"], r["period"]) for r in rows] == [(i, "Estados financieros", "2023-12") for i in both]


@pytest.mark.parametrize(("args", "words"), [
    (("--period", "2023-13"), "“2023-13” is not a period: enter a year (2023) or a year and month (2023-12)"),
    (("--date", "31/02/2024"), "“31/02/2024” is not a date: type it as 2024-03-15 or 15/03/2024"),
    (("--date", "ayer"), "type it as 2024-03-15 or 15/03/2024"),
    (("--expires", "pronto"), "or “rule” to go back to the type's rule"),
    (("--type", "Factura"), "There is no paper type “Factura”. Type one of these"),
    (("--type", "rut", "--no-type"), "not allowed with argument"),
    ((), "Nothing to change: give --type"),
])
def test_doc_set_refuses_what_it_cannot_read_with_a_usage_error(
        cli: Cli, espiga: int, docs: dict[str, int], args: tuple[str, ...], words: str) -> None:
    doc = docs["RUT Espiga.csv"]
    result = cli("doc", "set", doc, *args)
    assert result.code == 2
    assert words in result.err and "Traceback" not in result.err
    assert result.out == ""
    assert _row(cli, espiga, doc)["period"] is None  # nothing changed


def test_doc_set_of_an_unknown_document_changes_none(cli: Cli, espiga: int, docs: dict[str, int]) -> None:
    result = cli("doc", "set", docs["RUT Espiga.csv"], 999, "--type", "rut")
    assert result.code == 1 and "There is no document number 999" in result.err
    assert _row(cli, espiga, docs["RUT Espiga.csv"])["type"] is None
    assert cli("doc", "show", 999).code == 1
    assert cli("history", 999).code == 1


# -- doc show, suggest ------------------------------------------------------------------------------


def test_doc_show_text_and_json(cli: Cli, espiga: int, docs: dict[str, int]) -> None:
    doc = docs["Cámara 2024.csv"]
    created = date.today() - timedelta(days=20)
    assert cli("doc", "set", doc, "--type", "Cámara", "--date", created.isoformat(), "--tag", "banco").code == 0
    shown = cli("doc", "show", doc)
    assert shown.code == 0, shown.err
    lines = {line.split(None, 1)[0]: line.split(None, 1)[-1] for line in shown.out.splitlines()}
    assert lines["Type"].strip() == "Certificado de Cámara de Comercio"
    expires = (created + timedelta(days=30)).isoformat()
    assert lines["Expires"].strip() == f"{expires} (from the type's rule)"
    assert lines["State"].strip() == "due soon, 10 day(s) left"
    data = _json(cli("doc", "show", doc, "--json").out)
    assert (data["type_code"], data["status"], data["days_left"], data["expires"]) == ("camara", "due", 10, expires)
    assert data["rule_expires"] == expires and data["company"] == "Panadería La Espiga" and data["tags"] == ["banco"]
    assert data["owner_warning"] is None
    assert data["suggestion"]["type"] == "Certificado de Cámara de Comercio"  # from its name


def test_doc_suggest_and_apply_fill_only_what_is_empty(cli: Cli, espiga: int, docs: dict[str, int]) -> None:
    rut, balance = docs["RUT Espiga.csv"], docs["Balance 2023.csv"]
    assert cli("doc", "set", balance, "--type", "nomina").code == 0
    offered = cli("doc", "suggest", rut, balance, "--json")
    assert offered.code == 0, offered.err
    rows = {r["id"]: r for r in _json(offered.out)}
    assert rows[rut]["suggestion"]["type"] == "RUT" and rows[rut]["applied"] is False
    assert _row(cli, espiga, rut)["type"] is None  # a suggestion is never written by itself
    text = cli("doc", "suggest", rut)
    assert "“RUT Espiga.csv”" in text.out and "add --apply" in text.err

    applied = cli("doc", "suggest", rut, balance, "--apply")
    assert applied.code == 0, applied.err
    assert _row(cli, espiga, rut)["type"] == "RUT"
    assert _row(cli, espiga, balance)["type"] == "Nómina"  # what the person set stays


def test_doc_show_warns_when_the_text_names_another_companys_nit(
        cli: Cli, espiga: int, andina: int, tmp_path: Path) -> None:
    paper = _write(tmp_path / "src", "RUT.txt", "REGISTRO ÚNICO TRIBUTARIO\nNIT 900.123.456-8\nComercializadora Andina\n")
    (doc,) = _ids(cli("import", espiga, paper, "--json").out).values()
    assert cli("index").code == 0
    assert cli("doc", "set", doc, "--type", "rut").code == 0
    shown = cli("doc", "show", doc)
    assert shown.code == 0
    assert shown.err.strip() == ("This RUT is for NIT 900.123.456-8, not Panadería La Espiga (800.191.045-1). "
                                 "That NIT belongs to Comercializadora Andina S.A.S.")
    data = _json(cli("doc", "show", doc, "--json").out)
    assert data["suggestion"]["nits"] == ["900123456"] and "900.123.456-8" in data["owner_warning"]


# -- move, copy, history -----------------------------------------------------------------------------


def test_move_and_copy_to_another_company_with_their_history(
        cli: Cli, espiga: int, andina: int, docs: dict[str, int], data_dir: Path) -> None:
    rut, camara = docs["RUT Espiga.csv"], docs["Cámara 2024.csv"]
    assert cli("doc", "set", rut, "--type", "rut", "--tag", "2024").code == 0
    moved = cli("doc", "move", rut, "--to", "Comercializadora Andina S.A.S.")
    assert moved.code == 0, moved.err
    assert moved.out.strip() == "“RUT Espiga.csv” (2) moved to Comercializadora Andina S.A.S."
    assert (data_dir / "companies" / str(andina) / "RUT Espiga.csv").is_file()
    assert not (data_dir / "companies" / str(espiga) / "RUT Espiga.csv").exists()
    assert _row(cli, andina, rut)["tags"] == ["2024"]

    again = cli("doc", "move", rut, "--to", andina)
    assert again.code == 1 and "was not moved: it is already in Comercializadora Andina S.A.S." in again.err

    copied = cli("doc", "copy", camara, "--to", andina, "--json")
    assert copied.code == 0, copied.err
    report = _json(copied.out)
    assert report["skipped"] == [] and [r["company_id"] for r in report["done"]] == [andina]
    copy_id = report["done"][0]["id"]
    assert copy_id != camara and _row(cli, espiga, camara)["filename"] == "Cámara 2024.csv"
    twice = cli("doc", "copy", camara, "--to", andina, "--json")
    assert twice.code == 1
    assert _json(twice.out)["skipped"][0]["id"] == camara

    history = _json(cli("history", rut, "--json").out)
    assert [e["kind"] for e in history] == ["added", "details", "moved"]
    assert history[2]["text"] == "Moved from Panadería La Espiga to Comercializadora Andina S.A.S."
    assert history[1]["text"].startswith("Details changed: type: — → RUT")
    assert all(e["at"].endswith("+00:00") and e["user"] for e in history)
    text = cli("history", rut).out.splitlines()
    assert text[0].split() == ["When", "Who", "What"] and "Moved from Panadería La Espiga" in text[-1]
    assert [e["kind"] for e in _json(cli("history", camara, "--json").out)][-1] == "copied"
    assert "Copy of “Cámara 2024.csv” from Panadería La Espiga" in cli("history", copy_id).out


def test_move_to_an_unknown_company_moves_nothing(cli: Cli, espiga: int, docs: dict[str, int]) -> None:
    result = cli("doc", "move", docs["RUT Espiga.csv"], "--to", "Nadie S.A.")
    assert result.code == 1 and "There is no company “Nadie S.A.”" in result.err
    assert cli("doc", "move", docs["RUT Espiga.csv"]).code == 2  # --to is required


# -- due ---------------------------------------------------------------------------------------------


@pytest.fixture
def dated(cli: Cli, espiga: int, andina: int, docs: dict[str, int], tmp_path: Path) -> dict[str, int]:
    """Espiga: a Cámara certificate expired 10 days ago, a contract ending in 5 days, one in 200;
    Andina: a Cámara certificate still good for 25 days."""
    today = date.today()
    assert cli("doc", "set", docs["Cámara 2024.csv"], "--type", "camara",
               "--date", (today - timedelta(days=40)).strftime("%d/%m/%Y")).code == 0
    assert cli("doc", "set", docs["Contrato local.csv"], "--type", "contrato",
               "--expires", (today + timedelta(days=5)).isoformat()).code == 0
    assert cli("doc", "set", docs["Balance 2023.csv"], "--type", "poliza",
               "--expires", (today + timedelta(days=200)).isoformat()).code == 0
    (other,) = _ids(cli("import", andina, _write(tmp_path / "src2", "Cámara Andina.csv"), "--json").out).values()
    assert cli("doc", "set", other, "--type", "camara", "--date", (today - timedelta(days=5)).isoformat()).code == 0
    return {**docs, "Cámara Andina.csv": other}


def test_due_lists_expired_first_then_by_date_with_what_to_do(cli: Cli, dated: dict[str, int]) -> None:
    result = cli("due", "--json")
    assert result.code == 0, result.err
    rows = _json(result.out)
    assert [(r["name"], r["status"], r["days_left"]) for r in rows] == [
        ("Cámara 2024.csv", "expired", -10),
        ("Contrato local.csv", "due", 5),
        ("Cámara Andina.csv", "due", 25),
    ]
    first = rows[0]
    assert first["company"] == "Panadería La Espiga" and first["nit"] == "800191045-1"
    assert first["id"] == dated["Cámara 2024.csv"] and first["type"] == "Certificado de Cámara de Comercio"
    assert first["expires"] == (date.today() - timedelta(days=10)).isoformat()
    assert first["action"] == "Request a new Chamber of Commerce certificate"
    assert rows[1]["action"] == "Renew or close the contract"

    assert [r["name"] for r in _json(cli("due", "--days", "7", "--json").out)] == ["Cámara 2024.csv",
                                                                                  "Contrato local.csv"]
    assert len(_json(cli("due", "--days", "365", "--json").out)) == 4
    andina = _json(cli("due", "--company", "Comercializadora Andina S.A.S.", "--json").out)
    assert [r["name"] for r in andina] == ["Cámara Andina.csv"]

    text = cli("due").out.splitlines()
    assert text[0].split()[:3] == ["Company", "NIT", "ID"] and "expired 10 day(s) ago" in text[1]
    assert "expires in 5 day(s)" in text[2]
    spanish = cli("--lang", "es", "due", "--days", "0")
    assert "vencido hace 10 día(s)" in spanish.out and "Pedir un certificado nuevo" in spanish.out


def test_due_leaves_out_what_expired_over_a_year_ago_unless_all(cli: Cli, dated: dict[str, int]) -> None:
    long_ago = (date.today() - timedelta(days=400)).isoformat()
    assert cli("doc", "set", dated["Balance 2023.csv"], "--expires", long_ago).code == 0
    assert "Balance 2023.csv" not in [r["name"] for r in _json(cli("due", "--json").out)]
    everything = _json(cli("due", "--all", "--json").out)
    assert everything[0]["name"] == "Balance 2023.csv" and everything[0]["days_left"] == -400


def test_due_with_nothing_and_bad_days(cli: Cli, espiga: int, docs: dict[str, int]) -> None:
    empty = cli("due")
    assert empty.code == 0 and empty.out == "" and "Nothing expired or expiring in the next 30 day(s)" in empty.err
    assert cli("due", "--json").out.strip() == "[]"
    for bad in ("-1", "treinta", "99999"):
        assert cli("due", "--days", bad).code == 2, bad
    assert cli("due", "--company", "Nadie").code == 1


def test_due_to_excel(cli: Cli, dated: dict[str, int], tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "por vencer.xlsx"
    result = cli("due", "--xlsx", target)
    assert result.code == 0, result.err
    sheet = openpyxl.load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert len(values) == 4 and any("Cámara 2024.csv" in str(v) for v in values[1])
    again = cli("due", "--xlsx", target)
    assert again.code == 1 and "already exists" in again.err and "--overwrite" in again.err
    assert cli("due", "--xlsx", target, "--overwrite").code == 0


# -- missing, required -------------------------------------------------------------------------------


def test_missing_names_each_companys_gaps(cli: Cli, espiga: int, andina: int, dated: dict[str, int]) -> None:
    result = cli("missing", "--json")
    assert result.code == 0, result.err
    by_company = {r["company"]: r for r in _json(result.out)}
    espiga_gaps = {(g["type_code"], g["state"]) for g in by_company["Panadería La Espiga"]["gaps"]}
    assert espiga_gaps == {("rut", "missing"), ("camara", "expired"), ("resolucion", "missing")}
    andina_gaps = {(g["type_code"], g["state"]) for g in by_company["Comercializadora Andina S.A.S."]["gaps"]}
    assert andina_gaps == {("rut", "missing"), ("resolucion", "missing")}  # its Cámara is still good
    assert by_company["Panadería La Espiga"]["nit"] == "800191045-1"
    text = cli("missing").out
    assert "Expired: Cámara" in text and "Missing: RUT" in text

    # Only a RUT is required of Andina, and it gets one: it drops off the list.
    shown = cli("company", "required", andina, "rut")
    assert shown.code == 0 and shown.out.strip() == "RUT"
    assert [r["name"] for r in _json(cli("company", "required", andina, "--json").out)] == ["RUT"]
    assert cli("doc", "set", dated["Cámara Andina.csv"], "--type", "rut").code == 0
    assert "Comercializadora Andina S.A.S." not in {r["company"] for r in _json(cli("missing", "--json").out)}
    none = cli("company", "required", espiga, "--none")
    assert none.code == 0 and "has no required papers" in none.err
    assert _json(cli("missing", "--json").out) == []
    assert "No company has missing or expired papers" in cli("missing").err
    assert cli("company", "required", espiga, "Factura").code == 2


# -- types -------------------------------------------------------------------------------------------


def test_types_list_add_rename_and_rule(cli: Cli, espiga: int, docs: dict[str, int]) -> None:
    listed = _json(cli("types", "list", "--json").out)
    camara = next(r for r in listed if r["code"] == "camara")
    assert (camara["name"], camara["short_name"], camara["rule"], camara["rule_days"]) == (
        "Certificado de Cámara de Comercio", "Cámara", "days", 30)
    matricula = next(r for r in listed if r["code"] == "matricula")
    assert (matricula["rule"], matricula["rule_day"]) == ("yearly", "03-31")
    text = cli("types", "list").out
    assert "30 day(s) after its date" in text and "every year on 03-31" in text

    added = cli("types", "add", "Certificado de tradición", "--rule", "days", "--days", "90")
    assert added.code == 0, added.err
    new_id = int(added.out)
    assert {"id": new_id, "name": "Certificado de tradición", "code": None, "short_name": None, "rule": "days",
            "rule_days": 90, "rule_day": None} in _json(cli("types", "list", "--json").out)
    doc = docs["RUT Espiga.csv"]
    assert cli("doc", "set", doc, "--type", "certificado de tradicion", "--date", "2024-01-01").code == 0
    assert _row(cli, espiga, doc)["expires"] == "2024-03-31"

    renamed = cli("types", "rename", new_id, "Certificado de libertad y tradición")
    assert renamed.code == 0 and "is now named “Certificado de libertad y tradición”" in renamed.out
    assert _row(cli, espiga, doc)["type"] == "Certificado de libertad y tradición"
    ruled = cli("types", "rule", "Certificado de libertad y tradición", "--rule", "yearly", "--day", "3-31")
    assert ruled.code == 0 and "every year on 03-31" in ruled.out
    assert _row(cli, espiga, doc)["expires"] == "2025-03-31"  # its papers follow the new rule

    assert cli("types", "add", "RUT").code == 1  # the name is taken
    assert "--days" in cli("types", "add", "Otro más", "--rule", "days").err
    assert cli("types", "add", "Otro más", "--rule", "days").code == 2
    assert cli("types", "add", "Otro más", "--days", "3").code == 2
    assert cli("types", "rule", "rut", "--rule", "yearly", "--day", "02-30").code == 2
    assert cli("types", "rule", "rut").code == 2  # --rule is required
    assert cli("types", "rename", "Nada", "Algo").code == 2
    assert cli("types").code == 2 and cli("doc").code == 2  # a group needs its subcommand


# -- list ----------------------------------------------------------------------------------------------


def test_list_filters_and_sorts_by_type_period_and_expiry(cli: Cli, espiga: int, dated: dict[str, int]) -> None:
    def names(*args: str) -> list[str]:
        result = cli("list", espiga, "--json", *args)
        assert result.code == 0, result.err
        return [str(r["filename"]) for r in _json(result.out)]

    assert names("--type", "camara") == ["Cámara 2024.csv"]
    assert names("--type", "Contrato") == ["Contrato local.csv"]
    assert names("--untyped") == ["RUT Espiga.csv"]
    assert names("--sort", "expires") == ["Cámara 2024.csv", "Contrato local.csv", "Balance 2023.csv",
                                          "RUT Espiga.csv"]  # soonest first, those without a date last
    assert names("--sort", "type") == ["Cámara 2024.csv", "Contrato local.csv", "Balance 2023.csv", "RUT Espiga.csv"]
    assert cli("doc", "set", dated["RUT Espiga.csv"], "--period", "2022").code == 0
    assert names("--sort", "period")[0] == "RUT Espiga.csv"
    assert cli("list", espiga, "--type", "Factura").code == 2
    none = cli("list", espiga, "--type", "iva")
    assert none.code == 0 and "No file of “Panadería La Espiga” is of that type" in none.err
    text = cli("list", espiga, "--sort", "expires").out.splitlines()
    assert text[0].split() == ["ID", "Name", "Format", "Size", "Added", "Type", "Period", "Expires"]
    assert "Cámara" in text[1] and (date.today() - timedelta(days=10)).isoformat() in text[1]


# -- export manifest -------------------------------------------------------------------------------


def test_export_manifest_carries_the_papers_details(cli: Cli, espiga: int, docs: dict[str, int], tmp_path: Path) -> None:
    assert cli("doc", "set", docs["Cámara 2024.csv"], "--type", "camara", "--date", "2024-03-15", "--period", "2024",
               "--tag", "banco", "--tag", "=HYPERLINK()", "--note", "original en la carpeta azul").code == 0
    target = tmp_path / "espiga.zip"
    assert cli("export", espiga, target).code == 0
    with zipfile.ZipFile(target) as zf:
        rows = {r["filename"]: r for r in csv.DictReader(io.StringIO(zf.read("manifest.csv").decode("utf-8-sig")))}
    assert list(next(iter(rows.values())))[:6] == ["filename", "original_filename", "format", "size", "sha256", "added"]
    camara = rows["Cámara 2024.csv"]
    assert (camara["type"], camara["created"], camara["period"], camara["expires"]) == (
        "Certificado de Cámara de Comercio", "2024-03-15", "2024", "2024-04-14")
    assert camara["tags"] == "'=HYPERLINK(); banco"  # a spreadsheet shows it as text, never runs it
    assert camara["notes"] == "original en la carpeta azul"
    plain = rows["RUT Espiga.csv"]
    assert (plain["type"], plain["created"], plain["expires"], plain["tags"], plain["notes"]) == ("", "", "", "", "")
