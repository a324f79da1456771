"""Qt item models over the vault (sorting and filtering happen in SQL, not in proxies)."""
