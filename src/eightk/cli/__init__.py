"""Command-line surface: thin commands over library functions."""
