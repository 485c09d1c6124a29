"""Pure domain: vocabulary, normalisation and rules. Depends on no framework or database."""
