"""``clientvault search``, ``index`` and ``show`` on a real vault with real files from the shared
corpus: ``index`` runs as a real command (its own process, with the real text worker and, where
installed, Tesseract), then ``search`` finds a word of each kind of document, accents and case
ignored; filters, JSON, the table, every refusal, Ctrl+C, and ``verify`` on the search index."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from clientvault.cli.finding import snippet_spans
from clientvault.core.vault import Vault

from .conftest import Cli, Result

REPO = Path(__file__).resolve().parents[2]
NEEDS_TESSERACT = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
APT = "sudo apt install tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng"
# Oldest first: the indexer reads the newest first, so simple.png (the slow one, by OCR) comes last.
ANDINOS_FILES = ("simple.png", "sample.docx", "HeaderFooterUnicode.docx", "pass_protected.xlsx")
NORTE_FILES = ("minimal-document.pdf", "simple-monthly-budget.xlsx")


def command(data_dir: Path, *args: str | int, env: dict[str, str] | None = None, timeout: float = 300) -> Result:
    """The command as its own process: what a terminal or a script really runs."""
    proc = subprocess.run([sys.executable, "-m", "clientvault", "--data-dir", str(data_dir), *map(str, args)],
                          cwd=REPO, env={**os.environ, "CLIENTVAULT_LANG": "en", **(env or {})}, capture_output=True, text=True,
                          timeout=timeout)
    return Result(proc.returncode, proc.stdout, proc.stderr)


@dataclass
class Filed:
    andinos: int
    norte: int
    ids: dict[str, int]  # file name -> document id


@pytest.fixture
def filed(cli: Cli, corpus_dir: Path) -> Filed:
    """Two companies with real documents: a text PDF, a spreadsheet, two Word files, a scan, and a
    password-protected workbook no one can read."""
    andinos = int(cli("company", "add", "Transportes Andinos S.A.S.").out)
    norte = int(cli("company", "add", "Comercial del Norte Ltda.").out)
    ids: dict[str, int] = {}
    for company, names in ((andinos, ANDINOS_FILES), (norte, NORTE_FILES)):
        for name in names:
            result = cli("import", company, corpus_dir / name, "--json")
            assert result.code == 0, result.err
            ids[name] = json.loads(result.out)[0]["id"]
    return Filed(andinos, norte, ids)


@pytest.fixture
def indexed(filed: Filed, data_dir: Path) -> Result:
    result = command(data_dir, "index")
    assert result.code == 0, result.err
    return result


def rows(result: Result) -> list[dict[str, object]]:
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert isinstance(data, list)
    return data


def names(result: Result) -> list[tuple[str, object]]:
    return [(str(r["name"]), r["matched"]) for r in rows(result)]


# -- index, then search ----------------------------------------------------------------------------


def test_index_reads_every_document_and_says_what_it_could_not(indexed: Result) -> None:
    with_text = 5 if shutil.which("tesseract") else 4
    assert f"Read: 6; with text: {with_text}; could not be read: 1." in indexed.out
    assert "pass_protected.xlsx: it is password-protected" in indexed.out
    # No terminal: one progress line per document here (each is more than 5% of six), in order.
    progress = [line for line in indexed.err.splitlines() if line.startswith("Reading ")]
    assert [p.split(":")[0] for p in progress] == [f"Reading {i} of 6" for i in range(1, 7)]
    assert progress[0] == "Reading 1 of 6: simple-monthly-budget.xlsx"  # the newest first
    assert "\r" not in indexed.err


@pytest.mark.parametrize(("query", "expected"), [
    ("consetetur sadipscing", "minimal-document.pdf"),  # a text PDF's text layer
    ("mortgage", "simple-monthly-budget.xlsx"),  # a spreadsheet cell ("Rent/mortgage")
    ('"Suspendisse vehicula dolor"', "sample.docx"),  # a phrase from a paragraph of a .docx
    ("precieuses", "HeaderFooterUnicode.docx"),  # "Précieuses", typed without its accent
    ("ECOLE", "HeaderFooterUnicode.docx"),  # "École": case and accent
])
def test_search_finds_what_the_documents_say(indexed: Result, cli: Cli, query: str, expected: str) -> None:
    assert names(cli("search", query, "--json")) == [(expected, "text")]


@NEEDS_TESSERACT
def test_search_finds_a_word_in_a_scanned_image(indexed: Result, cli: Cli) -> None:
    assert names(cli("search", "test document", "--json")) == [("simple.png", "text")]


def test_json_rows_have_the_documented_shape(indexed: Result, cli: Cli, filed: Filed) -> None:
    found = rows(cli("search", "budget", "--json"))
    # The name hit first, once, though "Budget" is in the sheet too; the snippet is for content hits.
    assert found == [{
        "company": "Comercial del Norte Ltda.", "company_id": filed.norte, "id": filed.ids["simple-monthly-budget.xlsx"],
        "name": "simple-monthly-budget.xlsx", "kind": "xlsx", "added": found[0]["added"], "matched": "name",
        "snippet": "", "hits": [],
    }]
    added = str(found[0]["added"])
    assert added.endswith("+00:00") and date.fromisoformat(added[:10]) >= date.today() - timedelta(days=1)
    [hit] = rows(cli("search", "precieuses", "--json"))
    snippet, spans = str(hit["snippet"]), hit["hits"]
    assert "\x02" not in snippet and "\x03" not in snippet and "Les Précieuses ridicules" in snippet
    assert isinstance(spans, list) and [snippet[a:b] for a, b in spans] == ["Précieuses"]


def test_snippet_spans_are_where_the_hits_are() -> None:
    assert snippet_spans("…el \x02extracto\x03 de \x02Bancolombia\x03…") == (
        "…el extracto de Bancolombia…", [[4, 12], [16, 27]])
    assert snippet_spans("\x02a\x03\x02b\x03") == ("ab", [[0, 1], [1, 2]])
    assert snippet_spans("sin marcas") == ("sin marcas", [])
    assert snippet_spans("a\x02b c\x03d\x03") == ("ab cd", [[1, 4]])  # stray markers never reach a script
    assert snippet_spans("a\x02b") == ("ab", [])


def test_the_table_says_where_it_matched_and_marks_each_hit(indexed: Result, cli: Cli, filed: Filed) -> None:
    result = cli("search", "lorem")
    assert result.code == 0, result.err
    header, *lines = result.out.splitlines()
    assert header.split() == ["ID", "Company", "Name", "Format", "Added", "Matched", "in"]
    pdf_row = next(i for i, line in enumerate(lines) if "minimal-document.pdf" in line)
    assert lines[pdf_row].split()[0] == str(filed.ids["minimal-document.pdf"])
    assert "Comercial del Norte Ltda." in lines[pdf_row] and lines[pdf_row].rstrip().endswith("text")
    snippet = lines[pdf_row + 1]
    assert snippet.startswith("      ") and "[Lorem]" in snippet  # not a terminal: brackets, no escapes
    assert "\x1b" not in result.out
    name_hit = cli("search", "sample")
    [row] = name_hit.out.splitlines()[1:]  # a name hit has no snippet line
    assert "sample.docx" in row and row.rstrip().endswith("name")


def test_spanish_table(indexed: Result, cli: Cli) -> None:
    result = cli("--lang", "es", "search", "ecole")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0].split() == ["ID", "Empresa", "Nombre", "Formato", "Agregado", "Coincide", "en"]
    assert result.out.splitlines()[1].rstrip().endswith("texto") and "[École]" in result.out


def test_filters_by_company_kind_and_date(indexed: Result, cli: Cli, filed: Filed) -> None:
    everywhere = {n for n, _ in names(cli("search", "lorem", "--json"))}
    assert everywhere == {"minimal-document.pdf", "sample.docx"}
    assert names(cli("search", "lorem", "--company", filed.norte, "--json")) == [("minimal-document.pdf", "text")]
    assert names(cli("search", "lorem", "--company", "transportes andinos s.a.s.", "--json")) == [("sample.docx", "text")]
    assert names(cli("search", "lorem", "--kind", "word", "--json")) == [("sample.docx", "text")]
    assert names(cli("search", "lorem", "--kind", "PDF", "--json")) == [("minimal-document.pdf", "text")]
    both = cli("search", "lorem", "--kind", "docx", "--kind", "pdf", "--json")
    assert {n for n, _ in names(both)} == everywhere
    assert names(cli("search", "lorem", "--kind", "excel", "--json")) == []
    today, tomorrow, yesterday = date.today(), date.today() + timedelta(days=1), date.today() - timedelta(days=1)
    assert {n for n, _ in names(cli("search", "lorem", "--since", yesterday, "--until", tomorrow, "--json"))} == everywhere
    assert names(cli("search", "lorem", "--since", tomorrow, "--json")) == []
    assert names(cli("search", "lorem", "--until", today - timedelta(days=2), "--json")) == []


def test_limit_says_there_may_be_more(indexed: Result, cli: Cli) -> None:
    result = cli("search", "lorem", "--limit", "1", "--json")
    assert len(rows(result)) == 1
    assert "Showing the first 1; use --limit to see more." in result.err


def test_nothing_found_exits_0_with_a_message(indexed: Result, cli: Cli) -> None:
    result = cli("search", "zzzzyx")
    assert (result.code, result.out) == (0, "")
    assert result.err.strip() == "No document matches “zzzzyx”."
    as_json = cli("search", "zzzzyx", "--json")
    assert (as_json.code, json.loads(as_json.out)) == (0, [])


# -- what has not been read yet ----------------------------------------------------------------------


def test_search_says_once_that_documents_are_not_read_yet(filed: Filed, cli: Cli, data_dir: Path) -> None:
    before = cli("search", "lorem")
    assert before.code == 0 and before.out == ""  # the names hold no "lorem"
    notice = "6 document(s) have not been read yet; run “clientvault index” to search what they say too."
    assert before.err.count("have not been read yet") == 1 and notice in before.err
    assert "2 document(s) have not been read yet" in cli("search", "lorem", "--company", filed.norte, "--json").err
    spanish = cli("--lang", "es", "search", "lorem")
    assert "6 documento(s) aún no se han leído; ejecute «clientvault index»" in spanish.err
    assert command(data_dir, "index", "--company", filed.norte).code == 0
    after = cli("search", "lorem", "--company", filed.norte)
    assert after.code == 0 and "minimal-document.pdf" in after.out and "not been read" not in after.err
    assert "4 document(s) have not been read yet" in cli("search", "lorem").err


def test_index_again_reads_nothing_and_rebuild_reads_one_company_again(indexed: Result, data_dir: Path,
                                                                        filed: Filed, cli: Cli) -> None:
    again = command(data_dir, "index")
    assert again.code == 0 and "There was nothing to read" in again.out and "Reading" not in again.err
    rebuilt = command(data_dir, "index", "--rebuild", "--company", "Comercial del Norte Ltda.")
    assert rebuilt.code == 0, rebuilt.err
    assert "The text of 2 document(s) was dropped; they will be read again." in rebuilt.err
    assert "Read: 2; with text: 2; could not be read: 0." in rebuilt.out
    assert names(cli("search", "mortgage", "--json")) == [("simple-monthly-budget.xlsx", "text")]


def test_without_tesseract_scans_wait_and_the_person_is_told_how_to_install_it(filed: Filed, data_dir: Path,
                                                                              cli: Cli) -> None:
    no_ocr = {"CLIENTVAULT_TESSERACT": str(data_dir / "no-tesseract-here")}
    result = command(data_dir, "index", env=no_ocr)
    assert result.code == 0, result.err
    assert "Read: 6; with text: 4; could not be read: 1." in result.out
    assert "Scans waiting for Tesseract: 1." in result.out
    assert "cannot be searched by what they say until Tesseract" in result.err and APT in result.err
    shown = command(data_dir, "show", str(filed.ids["simple.png"]), "--text", env=no_ocr)
    assert shown.code == 1 and "is a scan: it cannot be read until Tesseract is installed" in shown.err
    searched = command(data_dir, "search", "test document", env=no_ocr)
    assert searched.code == 0 and searched.out == ""
    assert "1 document(s) have scanned pages or are images" in searched.err
    if shutil.which("tesseract") is None:
        return
    # Installed afterwards: the scan is read by the next run, and found.
    told = cli("search", "zzzz")
    assert "1 scanned document(s) were read before Tesseract was installed; run “clientvault index”" in told.err
    assert command(data_dir, "index").code == 0
    assert names(cli("search", "test document", "--json")) == [("simple.png", "text")]


def test_without_a_terminal_progress_is_one_line_per_5_percent(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    company = cli("company", "add", "Panadería La Espiga").out.strip()
    src = tmp_path / "src"
    src.mkdir()
    for i in range(60):
        (src / f"recibo {i:02}.csv").write_text(f"fecha,concepto,valor\n2024-03-01,recibo número {i},{i}000\n",
                                                encoding="utf-8")
    assert cli("import", company, src).code == 0
    result = command(data_dir, "index")
    assert result.code == 0 and "Read: 60; with text: 60; could not be read: 0." in result.out
    progress = [line.split(":")[0] for line in result.err.splitlines() if line.startswith("Reading ")]
    # The first at once, so a person sees it started, then one each 5% (3 of 60).
    assert progress == [f"Reading {n} of 60" for n in (1, *range(3, 61, 3))]
    assert len(rows(cli("search", "numero", "--limit", "100", "--json"))) == 60


def test_ctrl_c_stops_cleanly_keeps_what_was_read_and_stops_the_worker(cli: Cli, data_dir: Path, corpus_dir: Path,
                                                                       tmp_path: Path) -> None:
    """A Tesseract that never answers holds the last file; Ctrl+C (SIGINT) there ends the command
    with 130, keeps the two documents already read, and takes the worker and its Tesseract along."""
    pids = tmp_path / "tesseract.pids"
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\n"
                    "if [ \"$1\" = --list-langs ]; then printf 'List of available languages (2):\\neng\\nspa\\n'; exit 0; fi\n"
                    f"echo $$ >> '{pids}'\nexec sleep 120\n")
    fake.chmod(0o755)
    company = cli("company", "add", "Transportes Andinos S.A.S.").out.strip()
    for name in ("simple.png", "sample.docx", "minimal-document.pdf"):
        assert cli("import", company, corpus_dir / name).code == 0
    proc = subprocess.Popen([sys.executable, "-m", "clientvault", "--data-dir", str(data_dir), "index"], cwd=REPO,
                            env={**os.environ, "CLIENTVAULT_LANG": "en", "CLIENTVAULT_TESSERACT": str(fake)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not (pids.exists() and pids.read_text().strip()) and time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        assert pids.exists(), "the fake Tesseract never started"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert "Reading 2 of 3: sample.docx" in err
    assert "Interrupted. What was read is kept (2 document(s)); “clientvault index” goes on with the rest." in err
    assert "Traceback" not in err and out == ""
    tesseract = int(pids.read_text().split()[0])
    with pytest.raises(ProcessLookupError):  # killed with the worker's process group, and reaped by init
        for _ in range(100):
            os.kill(tesseract, 0)
            time.sleep(0.05)
    vault = Vault(data_dir)
    try:
        counts = vault.text_counts()
        assert (counts.documents, counts.done, counts.pending) == (3, 2, 1)
    finally:
        vault.close()


def test_on_a_terminal_progress_is_rewritten_in_place_and_hits_are_bold(filed: Filed, data_dir: Path) -> None:
    def on_a_pty(*args: str) -> tuple[int, bytes, bytes]:
        (out_master, out_slave), (err_master, err_slave) = pty.openpty(), pty.openpty()
        proc = subprocess.Popen([sys.executable, "-m", "clientvault", "--data-dir", str(data_dir), *args], cwd=REPO,
                                env={**os.environ, "CLIENTVAULT_LANG": "en"}, stdout=out_slave, stderr=err_slave)
        os.close(out_slave)
        os.close(err_slave)
        got = {out_master: b"", err_master: b""}
        open_fds = set(got)
        while open_fds:
            ready, _, _ = select.select(list(open_fds), [], [], 120)
            assert ready, "no output for two minutes"
            for fd in ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:  # EIO: the other end is closed
                    chunk = b""
                if chunk:
                    got[fd] += chunk
                else:
                    open_fds.discard(fd)
                    os.close(fd)
        return proc.wait(timeout=60), got[out_master], got[err_master]

    code, _, err = on_a_pty("index")
    assert code == 0
    assert b"\rReading 1 of 6: simple-monthly-budget.xlsx" in err and b"\rReading 6 of 6" in err
    assert err.count(b"Reading") == 6 and b"\nReading" not in err  # one line, rewritten
    code, out, _ = on_a_pty("search", "precieuses")
    assert code == 0 and b"\x1b[1mPr\xc3\xa9cieuses\x1b[0m" in out and b"[Pr" not in out


# -- show -----------------------------------------------------------------------------------------------


def test_show_a_document_and_its_text(indexed: Result, cli: Cli, filed: Filed) -> None:
    doc = filed.ids["HeaderFooterUnicode.docx"]
    shown = cli("show", doc)
    assert shown.code == 0, shown.err
    fields = dict(re.split(r"\s{2,}", line, maxsplit=1) for line in shown.out.splitlines())
    assert list(fields) == ["ID", "Company", "Name", "Original name", "Format", "Size", "Added", "In the trash", "Text"]
    assert (fields["ID"], fields["Company"], fields["Name"], fields["Original name"], fields["Format"]) == (
        str(doc), "Transportes Andinos S.A.S.", "HeaderFooterUnicode.docx", "HeaderFooterUnicode.docx", "Word")
    assert (fields["Size"], fields["In the trash"]) == ("14.7 KB", "no")
    assert re.fullmatch(r"read, has text \(0 page\(s\), 0 scanned; \d{4}-\d\d-\d\d \d\d:\d\d\)", fields["Text"])
    text = cli("show", doc, "--text")
    assert text.code == 0 and "Les Précieuses ridicules" in text.out and "L'Avare ou l'École du mensonge" in text.out
    as_json = json.loads(cli("show", doc, "--text", "--json").out)
    assert (as_json["id"], as_json["company"], as_json["filename"], as_json["format"], as_json["in_trash"]) == (
        doc, "Transportes Andinos S.A.S.", "HeaderFooterUnicode.docx", "docx", False)
    assert as_json["text"]["status"] == "ok" and "Précieuses" in as_json["text"]["body"]
    assert "body" not in json.loads(cli("show", doc, "--json").out)["text"]
    assert cli("delete", doc).code == 0
    assert "In the trash   yes, since" in cli("show", doc).out
    assert json.loads(cli("show", doc, "--json").out)["in_trash"] is True


def test_show_text_of_a_document_that_could_not_be_read(indexed: Result, cli: Cli, filed: Filed) -> None:
    doc = filed.ids["pass_protected.xlsx"]
    assert "could not be read: it is password-protected" in cli("show", doc).out
    result = cli("show", doc, "--text")
    assert (result.code, result.out) == (1, "")
    assert "The text of “pass_protected.xlsx”" in result.err and "it is password-protected" in result.err
    text = json.loads(cli("show", doc, "--text", "--json").out)["text"]
    assert (text["status"], text["body"], text["reason"]) == ("failed", None, "it is password-protected")


def test_show_text_before_it_was_read_says_what_to_do(filed: Filed, cli: Cli) -> None:
    doc = filed.ids["sample.docx"]
    result = cli("show", doc, "--text")
    assert (result.code, result.out) == (1, "")
    assert result.err.strip() == f"“sample.docx” ({doc}) has not been read yet. Run “clientvault index” and try again."
    assert "not read yet" in cli("show", doc).out
    assert json.loads(cli("show", doc, "--json").out)["text"] == {"status": "unread"}


# -- refusals ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "code", "message"), [
    (("search", "lorem", "--company", "Nadie S.A."), 1, "There is no company “Nadie S.A.”"),
    (("search", "lorem", "--company", "999"), 1, "There is no company “999”"),
    (("search", "lorem", "--kind", "powerpoint"), 2, "“powerpoint” is not a kind of file; accepted: bmp, csv, doc,"),
    (("search", "lorem", "--since", "2024-02-30"), 2, "expected a date such as 2024-03-15 (year-month-day), not “2024-02-30”"),
    (("search", "lorem", "--until", "15/03/2024"), 2, "not “15/03/2024”"),
    (("search", "lorem", "--since", "20240315"), 2, "not “20240315”"),
    (("search", "lorem", "--since", "2024-03-02", "--until", "2024-03-01"), 2, "--since (2024-03-02) is after --until"),
    (("search", "   "), 2, "Type what to look for."),
    (("search", "lorem", "--limit", "0"), 2, "expected a positive whole number"),
    (("index", "--company", "Nadie S.A."), 1, "There is no company “Nadie S.A.”"),
    (("show", "999"), 1, "There is no document number 999."),
    (("show", "abc", "--text"), 2, "“abc” is not a document number"),
])
def test_every_refusal_says_why(filed: Filed, cli: Cli, args: tuple[str, ...], code: int, message: str) -> None:
    result = cli(*args)
    assert (result.code, result.out) == (code, "")
    assert message in result.err
    assert "Traceback" not in result.err


def test_a_file_named_like_an_argument_is_not_taken_for_a_file_to_open(cli: Cli, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """``clientvault FILE...`` opens the window with files; ``show 5`` beside a file named 5 is still the command."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "5").write_text("x", encoding="utf-8")
    (tmp_path / "lorem").write_text("x", encoding="utf-8")
    assert cli("show", "5").err.strip() == "There is no document number 5."
    assert cli("search", "lorem").code == 0
    assert "There is no company" in cli("index", "--company", "5").err


def test_an_unknown_kind_lists_every_accepted_word(filed: Filed, cli: Cli) -> None:
    err = cli("search", "lorem", "--kind", "ppt").err
    accepted = err.split("accepted: ")[1].split()
    assert {"pdf", "excel", "word", "image", "text", "xlsx", "docx", "png"} <= {w.strip(",") for w in accepted}


def test_headless_search_and_index_never_load_qt(filed: Filed, data_dir: Path) -> None:
    code = ("import sys; from clientvault.cli import main; "
            f"main(['--data-dir', {str(data_dir)!r}, 'search', 'lorem']); "
            f"main(['--data-dir', {str(data_dir)!r}, 'show', '1']); print('PySide6' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, env={**os.environ, "CLIENTVAULT_LANG": "en"},
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "False"


# -- verify and the search index ----------------------------------------------------------------------------


def test_verify_reports_and_repairs_a_dropped_index(indexed: Result, cli: Cli, data_dir: Path) -> None:
    with sqlite3.connect(data_dir / "vault.db") as db:
        db.execute("DROP TABLE document_text_fts")
    db.close()
    found = cli("verify")
    assert found.code == 1
    assert ("The search index is incomplete or out of date; “Repair” in File › Check files (or “clientvault verify "
            "--repair”) rebuilds it.") in found.out
    problems = json.loads(cli("verify", "--json").out)["problems"]
    assert [(p["kind"], p["repaired"]) for p in problems] == [("index", False)]
    repaired = cli("verify", "--repair")
    assert repaired.code == 0, repaired.err
    assert "[repaired: rebuilt]" in repaired.out
    assert names(cli("search", "precieuses", "--json")) == [("HeaderFooterUnicode.docx", "text")]
    assert cli("verify").code == 0


def test_verify_drops_text_read_from_content_the_file_no_longer_has(indexed: Result, cli: Cli, data_dir: Path,
                                                                    filed: Filed, corpus_dir: Path) -> None:
    doc = filed.ids["sample.docx"]
    shutil.copyfile(corpus_dir / "HeaderFooterUnicode.docx", data_dir / "companies" / str(filed.andinos) / "sample.docx")
    assert cli("accept", doc).code == 0  # the person says the new content is the right one
    spanish = cli("--lang", "es", "verify")
    assert spanish.code == 1
    assert ("El texto guardado de «sample.docx» (Transportes Andinos S.A.S.) se leyó de un contenido que el archivo "
            "ya no tiene; al reparar se descarta para que se vuelva a leer.") in spanish.out
    assert [(p["kind"], p["document_id"]) for p in json.loads(cli("verify", "--json").out)["problems"]] == [
        ("index", doc)]
    repaired = cli("verify", "--repair")
    assert repaired.code == 0 and "[repaired: dropped; “clientvault index” reads it again]" in repaired.out
    assert names(cli("search", "vehicula", "--json")) == []  # the old content's words are no longer found
    assert "1 document(s) have not been read yet" in cli("search", "vehicula").err
    assert "Read: 1; with text: 1" in command(data_dir, "index").out
    assert {n for n, _ in names(cli("search", "precieuses", "--json"))} == {"sample.docx", "HeaderFooterUnicode.docx"}


def test_index_lists_the_documents_whose_file_is_missing_and_points_to_verify(filed: Filed, data_dir: Path) -> None:
    gone = next(p for p in (data_dir / "companies" / str(filed.andinos)).iterdir() if p.name == "sample.docx")
    gone.unlink()
    result = command(data_dir, "index")
    assert result.code == 0, result.err
    assert "There was nothing to read" not in result.out and "Read: 5;" in result.out
    assert "1 document(s) have no file in the company's folder" in result.err and "clientvault verify" in result.err
    assert f"  {filed.ids['sample.docx']}  Transportes Andinos S.A.S.: sample.docx" in result.err


def test_index_waits_for_the_window_reading_the_same_vault(filed: Filed, data_dir: Path) -> None:
    """Another reader (the window) holds the vault's reading: `index` says so, waits, then reads."""
    from clientvault.core.indexing import READER_LOCK

    window_side = Vault(data_dir)
    lock = window_side.catalog.lock(READER_LOCK, 5)
    lock.__enter__()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "clientvault", "--data-dir", str(data_dir), "index"], cwd=REPO,
                                env={**os.environ, "CLIENTVAULT_LANG": "en"}, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        assert proc.stderr is not None
        first = proc.stderr.readline()
        assert "is reading these documents now; waiting for it to finish" in first
        time.sleep(0.5)
        assert proc.poll() is None  # still waiting, reading nothing meanwhile
        assert window_side.text_counts().done == 0
    finally:
        lock.__exit__(None, None, None)
        window_side.close()
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "Read: 6;" in out
