"""verify for the window: progress per company, a stop between companies, and which problems a
repair can fix (a missing file only when a copy of it is there; then that copy is its ``spare``)."""

from __future__ import annotations

from clientvault.core.catalog.models import Company
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
