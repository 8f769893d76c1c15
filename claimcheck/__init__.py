"""claimcheck: catch sources that disagree on AI benchmark numbers."""

__version__ = "0.1.0"
