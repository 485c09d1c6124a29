"""intercluster: the international partnership network of an innovation cluster."""

__version__ = "0.1.0"
