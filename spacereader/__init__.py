"""SpaceReader: a desktop reader for Markdown articles about space and the people who go there."""

__version__ = "0.1.0"
