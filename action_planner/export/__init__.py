"""Exporters (Word, Excel, PDF) behind one interface, listed in ``registry`` and loaded when first used."""
