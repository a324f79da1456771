"""What the command line prints of hostile names: a client's file or company named with terminal
escape sequences, a bell, a carriage return or a right-to-left override must not recolour, retitle,
clear or rewrite the person's terminal. Plain output carries none of them; ``--json`` keeps the
exact characters, escaped. And what the import says of links and special files in a folder."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from clientvault.cli import main
from clientvault.cli.output import _print_json, _table, clean

posix_only = pytest.mark.skipif(os.name != "posix", reason="such file names, links and FIFOs as on Linux and macOS")

HOSTILE = "fac\x1b[31mtura\x07\x1b]0;pwned\x07\r\u202etxt.exe\x9b2J.txt"
TERMINAL_ACTORS = ("\x1b", "\x07", "\r", "\u202e", "\x9b")


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """``cli("company", "list")``: in-process ``clientvault --data-dir <tmp> ...``, what it printed."""
    capsys.readouterr()

    def run(*args: str | os.PathLike[str] | int) -> Result:
        code = main(["--data-dir", str(tmp_path / "vault"), *map(str, args)])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def assert_inert(text: str) -> None:
    for ch in TERMINAL_ACTORS:
        assert ch not in text, (ch, text)


@pytest.fixture
def company_id(cli) -> int:  # type: ignore[no-untyped-def]
    result = cli("company", "add", "Comercializadora Andina S.A.S.")
    assert result.code == 0, result.err
    return int(result.out)


# -- the sanitizer ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[31mb\x1b[0mc", "abc"),  # colours
        ("a\x1b[2J\x1b[Hb", "ab"),  # clear screen, cursor home
        ("a\x1b]0;título\x07b", "ab"),  # window title, ended by BEL
        ("a\x1b]8;;http://x.invalid\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),  # hyperlink, ended by ST
        ("a\x1bPq#0;2;0;0;0\x1b\\b", "ab"),  # DCS (sixel)
        ("a\x1b]0;never ends", "a"),  # an unterminated OSC swallows its line, as a terminal would
        ("a\x9b31mb", "ab"),  # 8-bit CSI
        ("a\x1bcb", "ab"),  # full reset
        ("a\x07b\x08c\x7fd\x00e", "abcde"),  # bell, backspace, DEL, NUL
        ("borrar\rmentira", "borrarmentira"),  # a carriage return would overwrite the line
        ("fac\u202etxt.exe\u200b", "factxt.exe"),  # right-to-left override, zero-width space
        ("Resolución Nº 18764 – Añasco", "Resolución Nº 18764 – Añasco"),  # Spanish stays
    ],
)
def test_clean_removes_what_a_terminal_would_act_on(raw: str, shown: str) -> None:
    assert clean(raw) == shown


def test_clean_keeps_lines_and_tabs_in_messages_but_not_in_cells() -> None:
    assert clean("uno\n\tdos") == "uno\n\tdos"
    assert clean("uno\n\tdos", one_line=True) == "uno  dos"


def test_table_measures_cleaned_cells() -> None:
    lines = _table(["ID", "Name"], [["1", "a\x1b[31mbc\x1b[0m"], ["22", "abcdef"]], right=frozenset({0}))
    assert lines == ["ID  Name", " 1  abc", "22  abcdef"]


def test_json_escapes_what_it_would_otherwise_print_raw(capsys: pytest.CaptureFixture[str]) -> None:
    data = {"name": HOSTILE, "company": "Añasco\u200b\U000e0041"}
    _print_json(data)
    out = capsys.readouterr().out
    assert_inert(out)
    assert "\u200b" not in out and "\U000e0041" not in out
    assert "\\u001b[31m" in out and "\\u202e" in out and "\\u009b" in out and "Añasco" in out
    assert json.loads(out) == data  # a script still reads the exact names


# -- through the real commands ----------------------------------------------------------------------------


@posix_only
def test_a_hostile_file_name_prints_inert_in_import_and_list(cli, company_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "src" / HOSTILE
    src.parent.mkdir()
    src.write_text("Notas del cliente\n", encoding="utf-8")
    imported = cli("import", company_id, src)
    assert imported.code == 0, imported.err
    assert_inert(imported.out + imported.err)
    assert imported.out.startswith("imported: ") and "tura" in imported.out
    listed = cli("list", company_id)
    assert_inert(listed.out + listed.err)
    assert "tura" in listed.out
    as_json = cli("list", company_id, "--json")
    assert_inert(as_json.out)
    [row] = json.loads(as_json.out)
    assert row["original_filename"] == HOSTILE  # the data is exact; only the terminal is protected
    import_json = cli("import", company_id, src, "--keep-duplicates", "--json")
    assert_inert(import_json.out)
    assert json.loads(import_json.out)[0]["source"] == str(src)


@posix_only
def test_a_refused_hostile_name_prints_inert_on_stderr(cli, company_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "src" / "vac\x1b[31mio\x07.pdf"
    src.parent.mkdir()
    src.write_bytes(b"")
    result = cli("import", company_id, src)
    assert result.code == 1
    assert "refused: " in result.err and "empty" in result.err
    assert_inert(result.out + result.err)


def test_a_hostile_company_name_prints_inert(cli) -> None:  # type: ignore[no-untyped-def]
    added = cli("company", "add", "Andina \x1b]0;pwned\x07\x1b[2JS.A.S.\x07")
    assert added.code == 0, added.err
    listed = cli("company", "list")
    assert_inert(listed.out + listed.err)
    assert "Andina S.A.S." in listed.out
    rows: list[dict[str, Any]] = json.loads(cli("company", "list", "--json").out)
    assert rows[0]["name"] == "Andina \x1b]0;pwned\x07\x1b[2JS.A.S.\x07"


# -- links and special files, as the command line reports them ------------------------------------------


@posix_only
def test_import_of_a_folder_lists_an_outside_link_as_refused(cli, company_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "fuera" / "passwd"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    drop = tmp_path / "cliente"
    drop.mkdir()
    (drop / "saldos.csv").write_text("cuenta,saldo\n1105,1500000\n")
    (drop / "notas.txt").symlink_to(secret)
    result = cli("import", company_id, drop)
    assert result.code == 1
    assert f"imported: {drop / 'saldos.csv'}" in result.out
    assert f"refused: {drop / 'notas.txt'}: it is a shortcut to a file outside the folder you chose" in result.err
    rows = json.loads(cli("list", company_id, "--json").out)
    assert [r["filename"] for r in rows] == ["saldos.csv"]


@posix_only
def test_import_of_a_fifo_says_so_without_blocking(cli, company_id: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fifo = tmp_path / "factura.pdf"
    os.mkfifo(fifo)
    results: list[Result] = []
    worker = threading.Thread(target=lambda: results.append(cli("import", company_id, fifo, "/dev/zero")), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "the import blocked on the FIFO"
    [result] = results
    assert result.code == 1
    assert "it is not a file but a pipe (FIFO)" in result.err
    assert "it is not a file but a system device" in result.err
    assert "folder" not in result.err
