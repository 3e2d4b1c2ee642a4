"""Hand-checked gold data for the extractor; `constructed_cases` is importable as data."""
