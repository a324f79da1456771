"""Import throughput of the vault against the physical floor, in one run.

    python bench/import.py [--files 1000] [--seed 1] [--workdir DIR] [--profile] [--json PATH]

1. Generates ``--files`` real files (PDFs with a random-padding stream, PNGs of random pixels, CSV
   text), sizes log-uniform between 1 KB and 5 MB, in a temporary folder.
2. Reads every file once so the page cache is equally warm for every pass, then ``sync``.
3. Times, each in its own child process (so its peak memory can be read from ``ru_maxrss``):
   floor -> vault -> floor again. The floor is what the vault has to do at least: plain Python copy
   of each file into another folder in 1 MiB chunks, sha256 in the same pass, fsync per file. The
   vault pass is ``Vault.import_files`` of the same files into a fresh vault (the vault is opened and
   the company created before the clock starts). Running the floor before and after shows how much
   the shared machine drifted during the run; the ratio uses their mean.

``--json PATH`` merges ``{"import_vs_floor": {"value", "baseline", "ratio", "target", "ok"}}`` into
the JSON object at PATH (created if missing), for a script that collects every benchmark's result.

Targets: vault throughput >= 0.9 x floor (issue 12; it was 0.8 in issue 2); vault peak RSS < 150 MB
(issue 2).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from _common import MiB, machine, peak_rss_mib, table

MAX_SIZE = 5 * 1024 * 1024  # the vault's limit (clientvault.core.filetypes.MAX_SIZE)
CHUNK = 1024 * 1024
TARGET_RATIO = 0.9  # issue 12
TARGET_RSS_MB = 150

STEMS = [
    "RUT",
    "Cámara de Comercio",
    "Resolución de facturación",
    "estados financieros 2024",
    "soporte transacción",
    "contrato arrendamiento",
    "extracto bancario",
    "nómina diciembre",
]


# -- generating the files ------------------------------------------------------------------------


def make_pdf(rng: random.Random, size: int) -> bytes:
    """A one-page PDF whose size comes from an unreferenced stream of random bytes (valid xref)."""

    def build(pad: int) -> bytes:
        content = b"BT /F1 18 Tf 72 720 Td (ClientVault bench) Tj ET"
        objects = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Length %d >>\nstream\n" % pad + (rng.randbytes(pad) if pad else b"") + b"\nendstream",
        ]
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
        return bytes(out)

    overhead = len(build(0)) + 16  # the digits of /Length and of the offsets grow a little
    return build(max(0, size - overhead))


def make_png(rng: random.Random, size: int) -> bytes:
    """A real PNG of random RGB pixels, stored uncompressed (zlib level 0) so its size is predictable."""
    width = 256
    stride = 1 + 3 * width
    height = max(1, (size - 120) // (stride + 1))
    pixels = rng.randbytes(height * 3 * width)
    raw = b"".join(b"\x00" + pixels[r * 3 * width : (r + 1) * 3 * width] for r in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + tag + data + zlib.crc32(tag + data).to_bytes(4, "big")

    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 0)) + chunk(b"IEND", b"")


def make_csv(rng: random.Random, size: int) -> bytes:
    """Accounting-ledger-looking CSV text (UTF-8, accents included) of about ``size`` bytes."""
    concepts = ["Honorarios", "Arrendamiento", "Servicios públicos", "Nómina", "Retención en la fuente", "IVA", "Compra"]
    lines = ["fecha,factura,nit,concepto,débito,crédito\n"]
    total = len(lines[0])
    i = 0
    while total < size:
        i += 1
        line = (
            f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},FV-{i:07d},{rng.randint(800000000, 999999999)},"
            f"{rng.choice(concepts)},{rng.random() * 1e7:.2f},0.00\n"
        )
        lines.append(line)
        total += len(line.encode())
    return "".join(lines).encode()[:size] if size > 64 else "".join(lines).encode()


MAKERS = {"pdf": make_pdf, "png": make_png, "csv": make_csv}
WEIGHTS = {"pdf": 5, "png": 3, "csv": 2}


def generate(folder: Path, count: int, seed: int, min_size: int, max_size: int) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    paths = []
    kinds = list(WEIGHTS)
    for i in range(count):
        size = int(math.exp(rng.uniform(math.log(min_size), math.log(max_size))))
        kind = rng.choices(kinds, weights=[WEIGHTS[k] for k in kinds])[0]
        data = MAKERS[kind](rng, size)
        path = folder / f"{i:04d} {rng.choice(STEMS)}.{kind}"
        path.write_bytes(data)
        paths.append(path)
    return paths


# -- the passes (each runs in a child process) ---------------------------------------------------


def floor_pass(src: Path, dst: Path) -> dict[str, object]:
    """Copy + sha256 in one pass with 1 MiB chunks + fsync per file: the least the vault must do."""
    files = sorted(src.iterdir())
    dst.mkdir(parents=True)
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    sums = []
    stamps = []
    total = 0
    t0 = time.perf_counter()
    for path in files:
        stamps.append(time.perf_counter())
        digest = hashlib.sha256()
        with open(path, "rb") as fin, open(dst / path.name, "xb") as fout:
            while n := fin.readinto(buf):
                digest.update(view[:n])
                fout.write(view[:n])
                total += n
            fout.flush()
            os.fsync(fout.fileno())
        sums.append(digest.hexdigest())
    stamps.append(time.perf_counter())
    elapsed = stamps[-1] - t0
    return {
        "seconds": elapsed,
        "bytes": total,
        "files": len(files),
        "sums": _sums_digest(sums),
        "rss": peak_rss_mib(),
        "per_file": _per_file(stamps),
    }


def vault_pass(src: Path, data_dir: Path, profile: bool) -> dict[str, object]:
    from clientvault.core.vault import Vault

    files = sorted(src.iterdir())
    vault = Vault(data_dir)
    company = vault.add_company("Bench S.A.S.", nit="800191045")
    rss_before = peak_rss_mib()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    stamps: list[float] = []
    t0 = time.perf_counter()
    # progress() is called before each file and once at the end: per-file times for free.
    summary = vault.import_files(company.id, files, progress=lambda _i, _n, _p: stamps.append(time.perf_counter()))
    elapsed = time.perf_counter() - t0
    if profiler is not None:
        import io
        import pstats

        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
        print(out.getvalue(), file=sys.stderr)
    statuses: dict[str, int] = {}
    for r in summary.results:
        statuses[r.status] = statuses.get(r.status, 0) + 1
        if r.status != "imported":
            print(f"  {r.source.name}: {r.status}: {r.message}", file=sys.stderr)
    sums = [r.document.checksum for r in summary.results if r.document is not None]
    total = sum(r.document.size for r in summary.results if r.document is not None)
    vault.close()
    return {
        "seconds": elapsed,
        "bytes": total,
        "files": len(files),
        "statuses": statuses,
        "sums": _sums_digest(sums),
        "rss": peak_rss_mib(),
        "rss_before": rss_before,
        "per_file": _per_file(stamps),
    }


def _per_file(stamps: list[float]) -> list[float]:
    return [b - a for a, b in zip(stamps, stamps[1:], strict=False)]


def _sums_digest(sums: list[str]) -> str:
    return hashlib.sha256("\n".join(sums).encode()).hexdigest()[:16]


def run_child(*args: str) -> dict[str, object]:
    proc = subprocess.run([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def write_json(path: Path, entries: dict[str, object]) -> None:
    """Merge ``entries`` into the JSON object at ``path`` (other benchmarks' entries are kept); written
    under a temporary name and renamed, so a reader never sees half of it."""
    data: dict[str, object] = {}
    if path.exists():
        loaded = json.loads(path.read_text(encoding="utf-8") or "{}")
        if not isinstance(loaded, dict):
            raise SystemExit(f"{path} does not hold a JSON object; not overwritten")
        data = loaded
    data.update(entries)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(temp, path)
    print(f"wrote {', '.join(entries)} to {path}")


# -- main -----------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=1000, help="how many files to generate (default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed for sizes, kinds and content (default 1)")
    ap.add_argument("--min-size", type=int, default=1024, help="smallest file in bytes (default 1 KB)")
    ap.add_argument("--max-size", type=int, default=MAX_SIZE, help="largest file in bytes (default 5 MB)")
    ap.add_argument("--workdir", help="where to create the temporary folder (default: the system temp folder)")
    ap.add_argument("--keep", action="store_true", help="keep the generated files and the vault")
    ap.add_argument("--profile", action="store_true", help="cProfile the vault pass (top 30 by cumulative time)")
    ap.add_argument("--json", metavar="PATH", help="merge the ratio into the JSON object in PATH (for bench/all.py)")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        mode, *rest = args.child
        if mode == "floor":
            result = floor_pass(Path(rest[0]), Path(rest[1]))
        else:
            result = vault_pass(Path(rest[0]), Path(rest[1]), profile=rest[2] == "1")
        print(json.dumps(result))
        return 0

    work = Path(tempfile.mkdtemp(prefix="cv-bench-import-", dir=args.workdir))
    try:
        print(machine())
        t0 = time.perf_counter()
        src = work / "src"
        paths = generate(src, args.files, args.seed, args.min_size, min(args.max_size, MAX_SIZE))
        sizes = [p.stat().st_size for p in paths]
        total = sum(sizes)
        print(
            f"generated {len(paths)} files, {total / 1e6:.1f} MB (smallest {min(sizes):,} B, median "
            f"{sorted(sizes)[len(sizes) // 2]:,} B, largest {max(sizes):,} B) in {time.perf_counter() - t0:.1f} s "
            f"under {work}"
        )
        # Same page-cache state for every pass: every source file read once, nothing dirty left.
        for p in paths:
            with open(p, "rb") as fh:
                while fh.read(CHUNK):
                    pass
        os.sync()

        passes = []
        for label, mode, dest in (
            ("floor (before)", "floor", work / "floor1"),
            ("vault import_files", "vault", work / "vault"),
            ("floor (after)", "floor", work / "floor2"),
        ):
            extra = ["1" if args.profile else "0"] if mode == "vault" else []
            res = run_child(mode, str(src), str(dest), *extra)
            passes.append((label, res))
            if mode == "floor":
                shutil.rmtree(dest)  # keep the disk footprint small; the next pass starts clean
            os.sync()

        rows = []
        for label, res in passes:
            secs, nbytes = float(res["seconds"]), int(res["bytes"])  # type: ignore[arg-type]
            rows.append(
                [
                    label,
                    res["files"],
                    f"{nbytes / 1e6:.1f}",
                    f"{secs:.2f}",
                    f"{nbytes / 1e6 / secs:.1f}",
                    f"{secs * 1000 / int(res['files']):.2f}",  # type: ignore[arg-type]
                    f"{float(res['rss']):.1f}",  # type: ignore[arg-type]
                ]
            )
        print()
        print(table(["pass", "files", "MB", "seconds", "MB/s", "ms/file", "peak RSS MiB"], rows))

        # Per size band: fixed per-file costs weigh on small files, streaming on big ones.
        sizes_by_name = sorted(paths)  # the passes walk the files in sorted order
        file_sizes = [p.stat().st_size for p in sizes_by_name]
        bands = [("< 64 KiB", 0, 64 * 1024), ("64 KiB - 1 MiB", 64 * 1024, MiB), (">= 1 MiB", MiB, MAX_SIZE + 1)]
        band_rows = []
        for label, lo, hi in bands:
            idx = [i for i, sz in enumerate(file_sizes) if lo <= sz < hi]
            if not idx:
                continue
            nbytes = sum(file_sizes[i] for i in idx)
            cols = [label, len(idx), f"{nbytes / 1e6:.1f}"]
            secs = []
            for _, res in passes:
                per = res["per_file"]
                secs.append(sum(per[i] for i in idx))  # type: ignore[index]
                cols.append(f"{secs[-1] * 1000 / len(idx):.2f}")
            cols.append(f"{(secs[0] + secs[2]) / 2 / secs[1]:.2f}")
            band_rows.append(cols)
        print()
        print(table(["size band", "files", "MB", "floor ms/file", "vault ms/file", "floor2 ms/file", "vault/floor"], band_rows))

        floors = [p[1] for p in passes if p[0].startswith("floor")]
        vault = passes[1][1]
        floor_mbps = [int(f["bytes"]) / float(f["seconds"]) / 1e6 for f in floors]  # type: ignore[arg-type]
        vault_mbps = int(vault["bytes"]) / float(vault["seconds"]) / 1e6  # type: ignore[arg-type]
        floor_mean = sum(floor_mbps) / len(floor_mbps)
        ratio = vault_mbps / floor_mean
        rss = float(vault["rss"])  # type: ignore[arg-type]
        statuses = vault["statuses"]
        same = vault["sums"] == floors[0]["sums"] == floors[1]["sums"]
        print()
        print(f"vault results: {statuses}; checksums identical to the floor's: {'yes' if same else 'NO'}")
        print(
            f"ratio vault / floor: {ratio:.2f}  (vs before {vault_mbps / floor_mbps[0]:.2f}, vs after "
            f"{vault_mbps / floor_mbps[1]:.2f}; floor drift after/before {floor_mbps[1] / floor_mbps[0]:.2f})"
            f"  target >= {TARGET_RATIO}: {'met' if ratio >= TARGET_RATIO else 'NOT met'}"
        )
        print(
            f"vault peak RSS: {rss:.1f} MiB = {rss * MiB / 1e6:.1f} MB (after opening the vault, before importing: "
            f"{float(vault['rss_before']):.1f} MiB; plain-Python floor process: {float(floors[0]['rss']):.1f} MiB)"  # type: ignore[arg-type]
            f"  target < {TARGET_RSS_MB} MB: {'met' if rss * MiB / 1e6 < TARGET_RSS_MB else 'NOT met'}"
        )
        if args.json:
            write_json(Path(args.json), {"import_vs_floor": {
                "value": round(vault_mbps, 2), "baseline": round(floor_mean, 2), "ratio": round(ratio, 3),
                "target": f">= {TARGET_RATIO} x", "ok": ratio >= TARGET_RATIO}})
        ok = ratio >= TARGET_RATIO and rss * MiB / 1e6 < TARGET_RSS_MB and same
        return 0 if ok else 1
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
