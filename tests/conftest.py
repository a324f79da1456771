"""Fixtures shared by every test: an isolated data folder, a vault, a company, the shared corpus,
and small real files (a valid PDF, PNG, CSV, text) made on the spot.

Qt must be told to draw offscreen before anything imports it: with no display and no
``QT_QPA_PLATFORM`` the process aborts (see ../shared/FACTS.md).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib  # noqa: E402
import csv  # noqa: E402
import hashlib  # noqa: E402
import struct  # noqa: E402
import threading  # noqa: E402
import zlib  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from clientvault.core.catalog.models import Company  # noqa: E402
from clientvault.core.vault import Vault  # noqa: E402

CORPUS_ENV = "CLIENTVAULT_CORPUS"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- small real files ----------------------------------------------------------------------------


def pdf_bytes(text: str = "ClientVault") -> bytes:
    """A tiny but valid one-page PDF (correct xref offsets) that shows ``text``."""
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 20 100 Td ({safe}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def padded_pdf(pdf: bytes, size: int) -> bytes:
    """A valid PDF followed by random bytes up to ``size`` (readers ignore what follows %%EOF);
    random, so two padded files never compare equal by accident."""
    return pdf + b"%" + os.urandom(max(0, size - len(pdf) - 1))


def png_bytes(text: str = "ClientVault", width: int = 4, height: int = 3) -> bytes:
    """A valid RGB PNG; ``text`` goes into a tEXt chunk so different texts give different bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    # One filter byte per row, then the row's pixels.
    rows = b"".join(b"\x00" + b"".join(bytes([(x * 40) % 256, (y * 60) % 256, 128]) for x in range(width)) for y in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"tEXt", b"Comment\x00" + text.encode("latin-1", "replace"))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def csv_bytes(text: str = "ClientVault") -> bytes:
    return f"fecha,concepto,valor\n2024-03-01,{text},1500000\n2024-03-02,Pago proveedor,-250000\n".encode()


def txt_bytes(text: str = "ClientVault") -> bytes:
    return f"Notas del cliente: {text}\n".encode()


_MAKERS: dict[str, Callable[[str], bytes]] = {"pdf": pdf_bytes, "png": png_bytes, "csv": csv_bytes, "txt": txt_bytes}

MakeFile = Callable[..., Path]


@pytest.fixture
def make_file(tmp_path: Path) -> MakeFile:
    """``make_file("Factura.pdf")`` writes a small real file in a source folder outside the vault.

    The kind comes from the extension unless ``kind`` is given; ``text`` changes the content (two
    calls with the same name and text give identical bytes, i.e. duplicates); ``data`` gives the
    exact bytes instead; ``size`` pads a PDF to that many bytes.
    """
    src = tmp_path / "src"

    def make(
        name: str,
        text: str | None = None,
        kind: str | None = None,
        data: bytes | None = None,
        folder: Path | None = None,
        size: int | None = None,
    ) -> Path:
        target_dir = folder or src
        target_dir.mkdir(parents=True, exist_ok=True)
        path = target_dir / name
        if data is None:
            k = kind or Path(name).suffix.lower().lstrip(".")
            k = {"jpg": "png", "tsv": "csv"}.get(k, k)
            data = _MAKERS.get(k, txt_bytes)(text if text is not None else name)
            if size is not None:
                if k != "pdf":
                    raise ValueError("size= pads PDFs only")
                data = padded_pdf(data, size)
        path.write_bytes(data)
        return path

    return make


# -- isolation -----------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real data folder, and messages are in English unless a test says so."""
    data = tmp_path_factory.mktemp("data-dir")
    monkeypatch.setenv("CLIENTVAULT_DATA_DIR", str(data))
    monkeypatch.setenv("CLIENTVAULT_LANG", "en")
    return data


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    v = Vault(vault_dir)
    try:
        yield v
    finally:
        v.close()


@pytest.fixture
def company(vault: Vault) -> Company:
    return vault.add_company("Comercializadora Andina S.A.S.", nit="800191045-1", email="contabilidad@andina.example")


HoldLock = Callable[[Path, "int | str"], "contextlib.AbstractContextManager[None]"]


@pytest.fixture
def lock_held_elsewhere() -> HoldLock:
    """``with lock_held_elsewhere(root, company_id):`` another writer (its own ``Vault`` on its own
    thread, as another process would be) holds the company's lock for the block; given a name
    instead of a company, the catalog's lock of that name (the text reader's)."""

    @contextlib.contextmanager
    def hold(root: Path, company_id: int | str) -> Iterator[None]:
        held, release = threading.Event(), threading.Event()

        def run() -> None:
            other = Vault(root)
            try:
                lock = other.catalog.lock(company_id, 10) if isinstance(company_id, str) else other.lock_company(company_id)
                with lock:
                    held.set()
                    release.wait(30)
            finally:
                other.close()

        holder = threading.Thread(target=run)
        holder.start()
        try:
            assert held.wait(10), "the other writer never got the lock"
            yield
        finally:
            release.set()
            holder.join(30)

    return hold


# -- the shared corpus ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def corpus() -> Path:
    """../shared/corpus: real-world files (PDF, Office, images, CSV, hostile ones) with MANIFEST.tsv."""
    path = find_corpus()
    if path is None:
        pytest.skip(f"shared corpus not found at ../shared/corpus next to the repository (set {CORPUS_ENV} to its folder)")
    return path


def read_manifest(corpus_dir: Path) -> list[dict[str, str]]:
    with open(corpus_dir / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.fixture(scope="session")
def manifest(corpus: Path) -> list[dict[str, str]]:
    """The corpus's MANIFEST.tsv rows: file_name, size_bytes, sha256, format, expected, note, ..."""
    return read_manifest(corpus)


def find_corpus() -> Path | None:
    env = os.environ.get(CORPUS_ENV)
    path = Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    return path if (path / "MANIFEST.tsv").is_file() else None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test that takes ``corpus_row`` runs once per MANIFEST.tsv row (id = the file name)."""
    if "corpus_row" not in metafunc.fixturenames:
        return
    found = find_corpus()
    if found is None:
        metafunc.parametrize(
            "corpus_row", [pytest.param(None, marks=pytest.mark.skip(reason=f"shared corpus not found (set {CORPUS_ENV})"))]
        )
        return
    rows = read_manifest(found)
    metafunc.parametrize("corpus_row", rows, ids=[r["file_name"] for r in rows])
