"""Built-in plugins, installed as ``toolkit.plugins``.

Each module is one plugin registered through the same hooks as third-party
plugins (see ``toolkit.hookspecs``).
"""
