"""``python -m pipeline`` runs the claimex CLI."""

from .cli import main

main()
