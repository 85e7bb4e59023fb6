"""The bundled sample articles, installed as ``toolkit.corpus``: the default
background collection for IDF statistics (see README.md in this folder)."""
