"""What the folders say about themselves, so that a lost or foreign catalog is recognised.

The data folder carries the vault's identity (``vault-identity.json``: a random id, also kept in
the catalog), and every company folder a small sidecar (``.clientvault-company.json``: the vault's
id and the company's id, name, NIT and contact). At open, a catalog whose id is not the folder's,
or no catalog at all beside a folder that had one, is refused instead of silently replaced by an
empty one; and the catalog can be rebuilt from the folders (``rebuild.py``).

Written atomically (temporary name, fsync, rename) and owner-only, like the documents.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from pathlib import Path
from typing import Any

from clientvault.core.catalog.models import Company

log = logging.getLogger(__name__)

IDENTITY_FILE = "vault-identity.json"
SIDECAR = ".clientvault-company.json"
SETTING_KEY = "vault.id"


def new_vault_id() -> str:
    return uuid.uuid4().hex


def _write_json(path: Path, data: dict[str, Any]) -> None:
    temp = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _read_json(path: Path) -> dict[str, Any] | None:
    """The file's object, or None when it is absent or unreadable (a damaged sidecar says nothing)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignored unreadable %s: %s", path, exc)
        return None
    return data if isinstance(data, dict) else None


def read_identity(root: Path) -> str | None:
    data = _read_json(root / IDENTITY_FILE)
    value = data.get("vault_id") if data else None
    return value if isinstance(value, str) and value else None


def write_identity(root: Path, vault_id: str) -> None:
    _write_json(root / IDENTITY_FILE, {"vault_id": vault_id, "what": "ClientVault data folder; keep this file"})


def company_record(vault_id: str, company: Company) -> dict[str, Any]:
    return {"vault_id": vault_id, "company_id": company.id, "name": company.name, "nit": company.nit,
            "dv": company.dv, "email": company.email, "phone": company.phone, "notes": company.notes,
            "removed": company.removed_at is not None}


def write_sidecar(folder: Path, vault_id: str, company: Company) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _write_json(folder / SIDECAR, company_record(vault_id, company))


def read_sidecar(folder: Path) -> dict[str, Any] | None:
    return _read_json(folder / SIDECAR)


def is_own_file(name: str) -> bool:
    """Files of ours inside a company folder that are not documents (the sidecar and its temporary)."""
    return name == SIDECAR or name.startswith(f".{SIDECAR}.tmp-")
