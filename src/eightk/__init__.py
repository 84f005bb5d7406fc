"""eightk: SEC Form 8-K filings, of any era and format, as structured, evidence-linked records.

>>> import eightk
>>> record = eightk.process(open("filing.txt", "rb").read(), name="filing.txt")  # doctest: +SKIP
>>> [item.number for item in record.filing.items]  # doctest: +SKIP
['8.01', '9.01']
"""

from .errors import EightKError, FetchError, InputError, NotFound, ParseError
from .process import process
from .records import Event, Filing, Record, Span
from .serialize import to_dict

__version__ = "0.1.0"

__all__ = [
    "EightKError",
    "Event",
    "FetchError",
    "Filing",
    "InputError",
    "NotFound",
    "ParseError",
    "Record",
    "Span",
    "__version__",
    "process",
    "to_dict",
]
