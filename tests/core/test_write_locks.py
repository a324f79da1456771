"""Two writers on one vault (a window and a command, or the indexer and a restore): a transaction
that reads and then writes must wait for the other writer, not fail. With SQLite's default deferred
BEGIN, another process's commit between the read and the write made the write fail at once with
"database is locked", whatever the busy timeout (a restore of 6,000 files stopped so)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from clientvault.core.vault import Vault


def test_a_transaction_that_reads_then_writes_waits_for_the_other_writer(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    first = Vault(root)
    company = first.add_company("Comercializadora Andina S.A.S.")
    second = Vault(root)
    failures: list[BaseException] = []

    def other_writer() -> None:
        try:
            second.add_company("Panadería La Espiga")
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    try:
        with first.catalog.atomic():
            assert first.catalog.company(company.id) is not None  # the read that fixes the snapshot
            writer = threading.Thread(target=other_writer)
            writer.start()
            time.sleep(0.5)  # the other writer commits now (deferred) or waits for this one (immediate)
            first.catalog.put_settings({"probe": "1"})  # the write after the read
        writer.join(20)
        assert not writer.is_alive() and failures == []
        assert sorted(c.company.name for c in first.companies()) == ["Comercializadora Andina S.A.S.",
                                                                     "Panadería La Espiga"]
        assert first.catalog.setting("probe") == "1"
    finally:
        second.close()
        first.close()
