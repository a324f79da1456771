"""The window: widgets, models, dialogs and actions. Talks to the core only through ``Vault``."""
