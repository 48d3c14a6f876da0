"""Hand-written code, copied from the project's extensions folder at generation."""
