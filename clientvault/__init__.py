"""ClientVault: keep every client company's documents in one trusted place."""

__version__ = "0.1.0"
APP_NAME = "ClientVault"
APP_ID = "co.clientvault.ClientVault"
