"""What the catalog's code needs to know of the schema without loading its migrations (start-up
reads these; ``migrations.py``, loaded only when a vault must be created or upgraded, builds it)."""

from clientvault.core.catalog.dialect import SchemaVersion

# The version this program writes; migrations.STEPS ends at it (tests/core/test_db.py checks).
CURRENT = SchemaVersion(3, 6)
# The unique indexes a name clash is told by.
COMPANY_NAME_UNIQUE = "company_name_key"
DOCUMENT_LIVE_NAME_UNIQUE = "document_live_name"
