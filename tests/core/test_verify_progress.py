"""verify for the window: progress per company, a stop between companies, and which problems a
repair can fix (a missing file only when a copy of it is there; then that copy is its ``spare``)."""

from __future__ import annotations

from clientvault.core.catalog.models import Company, fold, name_key, sort_key, utcnow
from clientvault.core.vault import Vault


def test_progress_names_each_company_and_cancel_stops_between_them(vault: Vault, company: Company, make_file) -> None:  # type: ignore[no-untyped-def]
    other = vault.add_company("Agencia Andina Ltda")
    for c in (company, other):
        vault.import_file(c.id, make_file("RUT.pdf", text=c.name))
    seen: list[tuple[int, int, str]] = []
    report = vault.verify(progress=lambda d, n, name: seen.append((d, n, name)))
    assert [s[:2] for s in seen] == [(0, 2), (1, 2)] and {s[2] for s in seen} == {company.name, other.name}
    assert report.documents_checked == 2 and not report.cancelled
    stopped = vault.verify(progress=lambda *_: None, cancelled=lambda: True)
    assert stopped.cancelled and stopped.documents_checked == 0


def test_what_a_repair_can_fix_is_said_before_repairing(vault: Vault, company: Company, make_file) -> None:  # type: ignore[no-untyped-def]
    for name in ("RUT.pdf", "Contrato.pdf"):
        vault.import_file(company.id, make_file(name, text=name))
    folder = vault.company_dir(company.id)
    (folder / "RUT.pdf").rename(folder / "rut viejo.pdf")  # renamed in the file manager
    (folder / "Contrato.pdf").unlink()  # gone for good
    problems = {(p.kind, p.path.name): p for p in vault.verify().problems}
    renamed, gone = problems[("missing", "RUT.pdf")], problems[("missing", "Contrato.pdf")]
    assert renamed.repairable and renamed.spare == folder / "rut viejo.pdf"
    assert not gone.repairable and gone.spare is None
    assert problems[("orphan", "rut viejo.pdf")].repairable
    after = vault.verify(repair=True)
    assert {(p.kind, p.path.name, p.repaired) for p in after.problems} == {
        ("missing", "RUT.pdf", True), ("missing", "Contrato.pdf", False)}


def test_cancel_stops_inside_a_big_company_and_repairs_nothing_of_it(vault: Vault, company: Company, make_file) -> None:  # type: ignore[no-untyped-def]
    """A company of thousands of files takes minutes to check: Cancel is looked at every
    CANCEL_EVERY files, not only between companies, and a cancelled check repairs nothing of the
    company it stopped in (its problems found so far are still listed)."""
    from clientvault.core.maintenance import CANCEL_EVERY

    count = CANCEL_EVERY * 2 + 50
    added = utcnow()
    vault.catalog.Document.insert_many([
        {"company": company.id, "title": f"Soporte {i}", "original_filename": f"soporte {i}.pdf",
         "filename": f"soporte {i}.pdf", "name_key": name_key(f"soporte {i}.pdf"),
         "search_key": fold(f"soporte {i}.pdf"), "sort_key": sort_key(f"soporte {i}.pdf"),
         "mime_type": "application/pdf", "size": 10, "checksum": "0" * 64, "added": added, "modified": added}
        for i in range(count)]).execute()  # rows whose files are gone
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2  # the first look (before the company) says go on; the next one stops

    report = vault.verify(repair=True, cancelled=cancelled)
    assert report.cancelled
    assert 0 < report.documents_checked < count
    assert report.problems and not any(p.repaired for p in report.problems if p.kind == "missing")
    whole = vault.verify()
    assert whole.documents_checked == count and not whole.cancelled
