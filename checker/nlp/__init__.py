"""The analysis stage: spaCy for sentences and entities, sentence-transformers for meaning."""
