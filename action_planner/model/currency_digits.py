"""Decimal places of ISO 4217 currencies as Babel's CLDR data gives them, kept here so that start-up
rounds money exactly without loading Babel's data files (about 9 ms before the window paints).

``tests/model/test_money.py`` checks this table against the installed Babel for every currency, and on
a difference prints the table to paste here.
"""

from __future__ import annotations

#: Places of any currency not listed in :data:`DIGITS` (CLDR's "DEFAULT").
DEFAULT = 2
#: The currencies with other places (CLDR ``supplementalData``, ``currencyData/fractions``, digits).
DIGITS: dict[str, int] = {
    "ADP": 0,
    "AFN": 0,
    "ALL": 0,
    "BHD": 3,
    "BIF": 0,
    "BYR": 0,
    "CLF": 4,
    "CLP": 0,
    "COP": 0,
    "DJF": 0,
    "ESP": 0,
    "GNF": 0,
    "HUF": 0,
    "IDR": 0,
    "IQD": 0,
    "IRR": 0,
    "ISK": 0,
    "ITL": 0,
    "JOD": 3,
    "JPY": 0,
    "KMF": 0,
    "KPW": 0,
    "KRW": 0,
    "KWD": 3,
    "LAK": 0,
    "LBP": 0,
    "LUF": 0,
    "LYD": 3,
    "MGA": 0,
    "MGF": 0,
    "MMK": 0,
    "MRO": 0,
    "OMR": 3,
    "PYG": 0,
    "RWF": 0,
    "SLL": 0,
    "SOS": 0,
    "STD": 0,
    "SYP": 0,
    "TMM": 0,
    "TND": 3,
    "TRL": 0,
    "UGX": 0,
    "UYI": 0,
    "UYW": 4,
    "VND": 0,
    "VUV": 0,
    "XAF": 0,
    "XOF": 0,
    "XPF": 0,
    "YER": 0,
    "ZMK": 0,
    "ZWD": 0,
}
