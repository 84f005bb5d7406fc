"""Event extractors, one module per family. Each exposes ``extract(ctx, candidates) -> list[Draft]``;
the registry (:mod:`eightk.extract.registry`) names them and says what they read."""
