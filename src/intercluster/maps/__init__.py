"""Offline maps: world country shapes shipped in the package, drawn as SVG."""
