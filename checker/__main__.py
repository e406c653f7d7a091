"""`python -m checker` runs the onmessage command."""

from checker.cli import main

main()
