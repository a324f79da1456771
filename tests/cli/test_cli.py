"""The ``clientvault`` command line against a real vault: real SQLite, real files in tmp_path, the
shared corpus of real-world documents, and a few runs as a separate process (exit codes, stderr,
and that headless commands never load Qt)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from clientvault import __version__
from clientvault.cli import main

from .conftest import Cli

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def company_id(cli: Cli) -> int:
    result = cli("company", "add", "Comercializadora Andina S.A.S.", "--nit", "800191045-1", "--email", "conta@andina.example")
    assert result.code == 0, result.err
    return int(result.out)


def _write(folder: Path, name: str, text: str | None = None) -> Path:
    """A small real text or CSV file (content differs per name unless ``text`` is given)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    body = text if text is not None else f"fecha,concepto,valor\n2024-03-01,{name},1500000\n"
    path.write_text(body, encoding="utf-8")
    return path


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _rows(result_out: str) -> list[dict[str, object]]:
    data = json.loads(result_out)
    assert isinstance(data, list)
    return data


def _subprocess(args: list[str], env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLIENTVAULT_LANG": "en", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "clientvault", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


# -- as a separate process -------------------------------------------------------------------------


def test_version_in_a_subprocess() -> None:
    proc = _subprocess(["--version"])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"ClientVault {__version__}"


def test_headless_subcommands_never_import_pyside6(data_dir: Path) -> None:
    """Scripts on a server without a screen must not pay for (or crash in) Qt."""
    code = (
        "import sys; from clientvault.cli import main; "
        f"main(['--data-dir', {str(data_dir)!r}, 'company', 'list']); print('PySide6' in sys.modules)"
    )
    env = {**os.environ, "CLIENTVAULT_LANG": "en"}
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "False"


def test_import_with_a_refused_file_exits_1_with_the_reason_on_stderr(
    cli: Cli, company_id: int, data_dir: Path, corpus_dir: Path
) -> None:
    proc = _subprocess(
        [
            "--data-dir",
            str(data_dir),
            "import",
            str(company_id),
            str(corpus_dir / "minimal-document.pdf"),
            str(corpus_dir / "empty.pdf"),
        ]
    )
    assert proc.returncode == 1
    assert "imported: " in proc.stdout and "minimal-document.pdf" in proc.stdout
    assert "empty.pdf" not in proc.stdout
    assert "refused: " in proc.stderr and "empty.pdf" in proc.stderr and "empty (0 bytes)" in proc.stderr
    assert "Traceback" not in proc.stderr


# -- no subcommand, help, language ------------------------------------------------------------------


def test_no_subcommand_opens_the_window_on_the_chosen_data_dir(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import clientvault.app

    calls: list[tuple[Path, list[str] | None]] = []

    def fake_run(folder: Path, files: list[str] | None = None) -> int:  # no window in a unit test
        calls.append((folder, files))
        return 7

    monkeypatch.setattr(clientvault.app, "run", fake_run)
    assert main(["--data-dir", str(data_dir)]) == 7
    assert calls == [(data_dir.resolve(), [])]


def test_help_speaks_spanish_with_lang_es(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "es", "--help"]) == 0
    assert "idioma de los mensajes" in capsys.readouterr().out


def test_lang_flag_beats_the_environment_for_one_command_only(cli: Cli, company_id: int) -> None:
    result = cli("--lang", "es", "company", "add", "comercializadora andina s.a.s.")
    assert result.code == 1
    assert "Ya existe una empresa llamada" in result.err
    assert os.environ["CLIENTVAULT_LANG"] == "en"  # not leaked into the next command
    assert "already exists" in cli("company", "add", "Comercializadora Andina S.A.S.").err


def test_spanish_from_the_environment(cli: Cli, company_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    good = _write(tmp_path / "src", "balance.csv")
    empty = tmp_path / "src" / "vacio.csv"
    empty.write_bytes(b"")
    result = cli("import", company_id, good, empty)
    assert result.code == 1
    assert result.out.startswith("importado: ")
    assert "rechazado: " in result.err and "el archivo está vacío" in result.err


def test_global_options_are_accepted_after_the_subcommand(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["company", "add", "Ferretería El Tornillo", "--data-dir", str(data_dir)]) == 0
    assert main(["company", "list", "--json", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert json.loads(out.split("\n", 1)[1])[0]["name"] == "Ferretería El Tornillo"


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert cli("company").code == 2
    assert cli("rename", "abc", "x").code == 2
    assert cli("list", "1", "--sort", "colour").code == 2
    result = cli("purge", "1", "--older-than", "3")
    assert result.code == 2 and "not both" in result.err


# -- companies -------------------------------------------------------------------------------------


def test_company_add_prints_the_id_alone_and_list_shows_it(cli: Cli) -> None:
    first = cli("company", "add", "Comercializadora Andina S.A.S.", "--nit", "800191045", "--phone", "601 555 0100")
    second = cli("company", "add", "Panadería La Espiga", "--nit", "41261533-2", "--email", "espiga@example.co")
    assert (first.code, second.code) == (0, 0)
    assert first.out == "1\n" and second.out == "2\n"

    rows = _rows(cli("company", "list", "--json").out)
    assert [(r["id"], r["name"], r["nit"]) for r in rows] == [
        (1, "Comercializadora Andina S.A.S.", "800191045-1"),  # DV computed by the DIAN rule
        (2, "Panadería La Espiga", "41261533-2"),
    ]
    assert rows[0]["phone"] == "601 555 0100" and rows[1]["email"] == "espiga@example.co"
    assert rows[0]["file_count"] == 0 and rows[0]["total_size"] == 0

    text = cli("company", "list").out.splitlines()
    assert text[0].split() == ["ID", "Name", "NIT", "E-mail", "Phone", "Files", "Size"]
    assert "Panadería La Espiga" in text[2] and "41261533-2" in text[2]


def test_company_list_counts_files_and_size(cli: Cli, company_id: int, tmp_path: Path) -> None:
    a = _write(tmp_path / "src", "a.csv")
    b = _write(tmp_path / "src", "b.txt", "notas\n")
    assert cli("import", company_id, a, b).code == 0
    row = _rows(cli("company", "list", "--json").out)[0]
    assert row["file_count"] == 2 and row["total_size"] == a.stat().st_size + b.stat().st_size


def test_invalid_nit_is_refused_naming_the_check_digit(cli: Cli) -> None:
    result = cli("company", "add", "Comercializadora Andina S.A.S.", "--nit", "800191045-2")
    assert result.code == 1
    assert result.out == ""
    assert "check digit of 800191045 is 1, not 2" in result.err
    assert "Traceback" not in result.err
    assert _rows(cli("company", "list", "--json").out) == []


def test_duplicate_company_name_is_refused(cli: Cli, company_id: int) -> None:
    result = cli("company", "add", "COMERCIALIZADORA ANDINA S.A.S.")
    assert result.code == 1
    assert "already exists" in result.err
    assert len(_rows(cli("company", "list", "--json").out)) == 1


def test_company_edit_changes_only_what_is_given(cli: Cli, company_id: int) -> None:
    result = cli(
        "company", "edit", "Comercializadora Andina S.A.S.", "--name", "Andina Comercial S.A.S.", "--phone", "300 123 4567"
    )
    assert result.code == 0, result.err
    assert "Andina Comercial S.A.S." in result.out
    row = _rows(cli("company", "list", "--json").out)[0]
    assert row["name"] == "Andina Comercial S.A.S." and row["nit"] == "800191045-1" and row["email"] == "conta@andina.example"

    assert cli("company", "edit", company_id, "--email", "", "--nit", "41261533").code == 0
    row = _rows(cli("company", "list", "--json").out)[0]
    assert row["email"] is None and row["nit"] == "41261533-2"

    bad = cli("company", "edit", company_id, "--nit", "41261533-7")
    assert bad.code == 1 and "check digit" in bad.err
    assert cli("company", "edit", company_id).code == 2  # nothing to change
    missing = cli("company", "edit", "Nadie S.A.", "--phone", "1")
    assert missing.code == 1 and "There is no company" in missing.err


def test_company_remove_refuses_a_company_with_files_unless_asked(cli: Cli, company_id: int, tmp_path: Path) -> None:
    assert cli("import", company_id, _write(tmp_path / "src", "libro.csv")).code == 0
    refused = cli("company", "remove", company_id)
    assert refused.code == 1
    assert "has 1 file." in refused.err
    assert len(_rows(cli("company", "list", "--json").out)) == 1

    removed = cli("company", "remove", "Comercializadora Andina S.A.S.", "--with-files")
    assert removed.code == 0, removed.err
    assert "trash" in removed.out
    assert _rows(cli("company", "list", "--json").out) == []
    assert "1 file(s) purged" in cli("purge", "--older-than", "0").out


def test_company_remove_of_an_empty_company(cli: Cli, company_id: int, data_dir: Path) -> None:
    assert cli("company", "remove", company_id).code == 0
    assert not (data_dir / "companies" / str(company_id)).exists()
    again = cli("company", "remove", company_id)
    assert again.code == 1 and "There is no company" in again.err


# -- import ----------------------------------------------------------------------------------------


def test_import_corpus_files_reports_each_one(cli: Cli, company_id: int, corpus_dir: Path) -> None:
    names = ["minimal-document.pdf", "empty.pdf", "Factura_2024-03.xlsx", "accident_2015.csv"]
    result = cli("import", "Comercializadora Andina S.A.S.", *(corpus_dir / n for n in names))
    assert result.code == 1

    assert result.out.splitlines() == [f"imported: {corpus_dir / 'minimal-document.pdf'}: saved as “minimal-document.pdf”."]
    refused = {line.split(": ")[1]: line for line in result.err.splitlines()}
    assert set(refused) == {str(corpus_dir / n) for n in names[1:]}
    assert all(line.startswith("refused: ") for line in refused.values())
    assert "empty (0 bytes)" in refused[str(corpus_dir / "empty.pdf")]
    mismatch = refused[str(corpus_dir / "Factura_2024-03.xlsx")]
    assert ".xlsx" in mismatch and "PDF" in mismatch
    assert "over the 5 MB limit" in refused[str(corpus_dir / "accident_2015.csv")]

    listed = _rows(cli("list", company_id, "--json").out)
    assert [r["filename"] for r in listed] == ["minimal-document.pdf"]


def test_import_of_the_whole_corpus_folder(
    cli: Cli, company_id: int, corpus_dir: Path, corpus_manifest: dict[str, dict[str, str]]
) -> None:
    """A folder is expanded; every result names its file; sizes and checksums match the manifest."""
    result = cli("import", company_id, corpus_dir, "--json")
    rows = {Path(str(r["source"])).name: r for r in _rows(result.out)}
    assert set(rows) == {*corpus_manifest, "MANIFEST.tsv"}  # a .tsv is a document like any CSV
    assert result.code == 1  # the oversize and empty files
    for name, entry in corpus_manifest.items():
        if entry["expected"] == "oversize" or entry["size_bytes"] == "0":
            assert rows[name]["status"] == "refused", name
        elif entry["expected"] == "preview-ok":
            assert rows[name]["status"] == "imported", (name, rows[name]["message"])
    assert rows["Factura_2024-03.xlsx"]["status"] == "refused"
    listed = {str(r["original_filename"]): r for r in _rows(cli("list", company_id, "--json").out)}
    del listed["MANIFEST.tsv"]
    for name, row in listed.items():
        assert row["checksum"] == corpus_manifest[name]["sha256"]
        assert row["size"] == int(corpus_manifest[name]["size_bytes"])


def test_import_duplicates_are_skipped_or_kept(cli: Cli, company_id: int, corpus_dir: Path) -> None:
    pdf = corpus_dir / "minimal-document.pdf"
    assert cli("import", company_id, pdf).code == 0
    again = cli("import", company_id, pdf)
    assert again.code == 0  # a duplicate is not a failure
    assert again.out.startswith("duplicate: ") and "already in this company as “minimal-document.pdf”" in again.out
    kept = cli("import", company_id, pdf, "--keep-duplicates", "--json")
    assert kept.code == 0
    (row,) = _rows(kept.out)
    assert row["status"] == "imported" and row["filename"] == "minimal-document (2).pdf"


def test_import_a_folder_takes_only_supported_files(cli: Cli, company_id: int, tmp_path: Path) -> None:
    folder = tmp_path / "cliente"
    _write(folder, "enero.csv")
    _write(folder / "sub", "notas.txt", "pendiente\n")
    _write(folder, "programa.exe", "MZ nope")
    _write(folder, ".oculto.csv")
    result = cli("import", company_id, folder, "--json")
    assert result.code == 0, result.err
    assert sorted(str(r["filename"]) for r in _rows(result.out)) == ["enero.csv", "notas.txt"]

    empty = tmp_path / "vacia"
    empty.mkdir()
    nothing = cli("import", company_id, empty)
    assert nothing.code == 1 and "nothing was imported" in nothing.err


def test_import_into_an_unknown_company_or_a_missing_file(cli: Cli, company_id: int, tmp_path: Path) -> None:
    unknown = cli("import", "Nadie S.A.", _write(tmp_path, "a.csv"))
    assert unknown.code == 1 and "There is no company “Nadie S.A.”" in unknown.err
    missing = cli("import", company_id, tmp_path / "no-such.pdf")
    assert missing.code == 1 and "refused: " in missing.err and "no-such.pdf" in missing.err


# -- list and search -------------------------------------------------------------------------------


@pytest.fixture
def three_docs(cli: Cli, company_id: int, corpus_dir: Path) -> dict[str, int]:
    files = [corpus_dir / n for n in ("pdflatex-4-pages.pdf", "simple.png", "Resolución facturación 2024.pdf")]
    rows = _rows(cli("import", company_id, *files, "--json").out)
    return {str(r["filename"]): int(str(r["id"])) for r in rows}


def test_list_json_fields(
    cli: Cli, company_id: int, three_docs: dict[str, int], corpus_manifest: dict[str, dict[str, str]]
) -> None:
    rows = _rows(cli("list", company_id, "--json").out)
    assert {"id", "filename", "original_filename", "format", "size", "added", "checksum"} <= set(rows[0])
    by_name = {r["filename"]: r for r in rows}
    png = by_name["simple.png"]
    assert png["format"] == "png" and png["original_filename"] == "simple.png"
    assert png["size"] == 7913 and png["checksum"] == corpus_manifest["simple.png"]["sha256"]
    added = datetime.fromisoformat(str(png["added"]))
    assert added.tzinfo is not None  # the moment is unambiguous
    assert "deleted_at" not in png
    assert by_name["Resolución facturación 2024.pdf"]["format"] == "pdf"


def test_list_sort_search_and_limit(cli: Cli, company_id: int, three_docs: dict[str, int]) -> None:
    def names(*args: str) -> list[str]:
        result = cli("list", company_id, "--json", *args)
        assert result.code == 0, result.err
        return [str(r["filename"]) for r in _rows(result.out)]

    assert names() == ["pdflatex-4-pages.pdf", "Resolución facturación 2024.pdf", "simple.png"]
    assert names("--sort", "size") == ["simple.png", "Resolución facturación 2024.pdf", "pdflatex-4-pages.pdf"]
    assert names("--sort", "size", "--desc") == ["pdflatex-4-pages.pdf", "Resolución facturación 2024.pdf", "simple.png"]
    assert names("--sort", "format")[-1] == "simple.png"  # application/pdf before image/png
    assert names("--sort", "date") == list(three_docs)  # import order
    assert names("--search", "RESOLUCIÓN") == ["Resolución facturación 2024.pdf"]
    assert names("--limit", "1", "--sort", "name", "--desc") == ["simple.png"]
    assert names("--search", "nada") == []


def test_list_text_is_aligned(cli: Cli, company_id: int, three_docs: dict[str, int]) -> None:
    result = cli("list", company_id)
    lines = result.out.splitlines()
    assert lines[0].split() == ["ID", "Name", "Format", "Size", "Added"]
    assert len(lines) == 4
    name_col = lines[0].index("Name")
    assert {line[name_col:].split("  ")[0].strip() for line in lines[1:]} == set(three_docs)
    size_end = lines[0].index("Size") + len("Size")
    assert all(line[size_end - 2 : size_end] == "KB" for line in lines[1:])  # right-aligned sizes
    limited = cli("list", company_id, "--limit", "2")
    assert len(limited.out.splitlines()) == 3 and "Showing 2 of 3" in limited.err


def test_search_across_companies(cli: Cli, company_id: int, three_docs: dict[str, int], tmp_path: Path) -> None:
    other = int(cli("company", "add", "Panadería La Espiga").out)
    assert cli("import", other, _write(tmp_path / "src", "resolución espiga.csv")).code == 0

    everywhere = _rows(cli("search", "resolución", "--json").out)
    assert [(r["company"], r["name"], r["matched"]) for r in everywhere] == [
        ("Comercializadora Andina S.A.S.", "Resolución facturación 2024.pdf", "name"),
        ("Panadería La Espiga", "resolución espiga.csv", "name"),
    ]
    only = _rows(cli("search", "resolución", "--company", "Panadería La Espiga", "--json").out)
    assert [r["name"] for r in only] == ["resolución espiga.csv"]
    text = cli("search", "resolución").out.splitlines()
    assert text[0].split()[:3] == ["ID", "Company", "Name"] and len(text) == 3
    none = cli("search", "zzz")
    assert none.code == 0 and none.out == "" and "No document matches" in none.err


# -- rename, trash, purge --------------------------------------------------------------------------


def test_rename_renames_on_disk(cli: Cli, company_id: int, three_docs: dict[str, int], data_dir: Path) -> None:
    doc = three_docs["simple.png"]
    result = cli("rename", doc, "Logo cliente")
    assert result.code == 0, result.err
    assert "“Logo cliente.png”" in result.out  # the extension is kept
    folder = data_dir / "companies" / str(company_id)
    assert (folder / "Logo cliente.png").is_file() and not (folder / "simple.png").exists()

    taken = cli("rename", three_docs["pdflatex-4-pages.pdf"], "Resolución facturación 2024")
    assert taken.code == 1 and "already a file named" in taken.err
    assert cli("rename", 999, "x").code == 1


def test_delete_restore_purge(cli: Cli, company_id: int, three_docs: dict[str, int], data_dir: Path) -> None:
    pdf, png = three_docs["pdflatex-4-pages.pdf"], three_docs["simple.png"]

    typo = cli("delete", pdf, 999)
    assert typo.code == 1 and "no document number 999" in typo.err
    assert len(_rows(cli("list", company_id, "--json").out)) == 3  # nothing deleted by a failed command

    deleted = cli("delete", pdf, png)
    assert deleted.code == 0 and deleted.out.count("moved to the trash") == 2
    trash = _rows(cli("list", company_id, "--trash", "--json").out)
    assert {r["id"] for r in trash} == {pdf, png}
    assert all(datetime.fromisoformat(str(r["deleted_at"])).tzinfo is not None for r in trash)
    assert (data_dir / "companies" / str(company_id) / ".trash").is_dir()
    assert "already in the trash" in cli("delete", pdf).err

    restored = cli("restore", png)
    assert restored.code == 0 and "restored" in restored.out
    assert "simple.png" in [r["filename"] for r in _rows(cli("list", company_id, "--json").out)]
    assert "not in the trash" in cli("restore", png).err

    live = cli("purge", png)
    assert live.code == 1 and "nothing was purged" in live.err
    assert cli("purge").out.startswith("0 file(s) purged")  # default: only what was trashed 30+ days ago
    assert cli("purge", "--older-than", "30").out.startswith("0 file(s)")
    one = cli("purge", pdf)
    assert one.code == 0 and one.out.startswith("1 file(s) purged")
    assert _rows(cli("list", company_id, "--trash", "--json").out) == []
    assert cli("restore", pdf).code == 1  # gone for good


def test_purge_older_than_zero_empties_the_trash(cli: Cli, company_id: int, three_docs: dict[str, int]) -> None:
    assert cli("delete", *three_docs.values()).code == 0
    result = cli("purge", "--older-than", "0")
    assert result.code == 0 and result.out.startswith("3 file(s) purged")
    for bad in ("-1", "inf", "nan", "1e12", "tomorrow"):
        assert cli("purge", "--older-than", bad).code == 2, bad


# -- export and verify -----------------------------------------------------------------------------


def test_export_zip_carries_files_and_a_manifest_of_checksums(
    cli: Cli, company_id: int, three_docs: dict[str, int], tmp_path: Path
) -> None:
    cli("delete", three_docs["simple.png"])  # the trash is not exported
    target = tmp_path / "out" / "andina.zip"
    target.parent.mkdir()
    result = cli("export", "Comercializadora Andina S.A.S.", target)
    assert result.code == 0, result.err
    assert result.out.startswith("2 file(s) exported")
    with zipfile.ZipFile(target) as zf:
        manifest = list(csv.DictReader(io.StringIO(zf.read("manifest.csv").decode("utf-8-sig"))))
        assert sorted(zf.namelist()) == sorted(["manifest.csv", *(r["filename"] for r in manifest)])
        assert len(manifest) == 2
        for row in manifest:
            assert row["sha256"] == _sha256(zf.read(row["filename"]))
    missing_dir = cli("export", company_id, tmp_path / "no" / "such" / "dir.zip")
    assert missing_dir.code == 1 and "Could not write" in missing_dir.err


def test_verify_finds_a_missing_file(cli: Cli, company_id: int, three_docs: dict[str, int], data_dir: Path) -> None:
    clean = cli("verify")
    assert clean.code == 0 and "consistent" in clean.err
    (data_dir / "companies" / str(company_id) / "simple.png").unlink()
    result = cli("verify")
    assert result.code == 1
    assert "“simple.png”" in result.out and "missing" in result.out
    assert "verify --repair" in result.err
    report = json.loads(cli("verify", "--json").out)
    assert report["consistent"] is False and [p["kind"] for p in report["problems"]] == ["missing"]
    # Nothing to recover it from: repair cannot invent the file, so the vault stays inconsistent.
    assert cli("verify", "--repair").code == 1


def test_verify_repair_reattaches_an_orphan(cli: Cli, company_id: int, three_docs: dict[str, int], data_dir: Path) -> None:
    _write(data_dir / "companies" / str(company_id), "dejado a mano.csv")
    found = cli("verify")
    assert found.code == 1 and "Unregistered file" in found.out
    repaired = cli("verify", "--repair")
    assert repaired.code == 0, repaired.out + repaired.err
    assert "repaired" in repaired.out
    assert cli("verify").code == 0
    assert "dejado a mano.csv" in [r["filename"] for r in _rows(cli("list", company_id, "--json").out)]


@pytest.mark.parametrize("user_version", [999, 4000])  # 999.0 as the first releases counted, 4.0 as major*1000+minor
def test_a_database_from_a_newer_version_is_a_message_not_a_traceback(
    cli: Cli, company_id: int, data_dir: Path, user_version: int
) -> None:
    import sqlite3

    with sqlite3.connect(data_dir / "vault.db") as con:
        con.execute(f"PRAGMA user_version = {user_version}")
    result = cli("company", "list")
    assert result.code == 1
    assert "newer ClientVault" in result.err and "Traceback" not in result.err
