"""koursk: a command-line timeline explorer for North Korea's troop deployment to Russia's Kursk region."""

__version__ = "0.1.0"
