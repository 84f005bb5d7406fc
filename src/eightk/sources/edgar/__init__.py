"""EDGAR over HTTP: the only part of eightk that touches the network.

``client`` is the one module that imports httpx; everything else here is pure parsing
(``indexes``, ``tickers``, ``urls``) or file handling (``download``, ``sync``, ``watch``).
"""

from __future__ import annotations

from .client import EdgarClient, RetryPolicy, validate_user_agent
from .urls import EdgarUrls

__all__ = ["EdgarClient", "EdgarUrls", "RetryPolicy", "validate_user_agent"]
