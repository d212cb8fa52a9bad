"""Entry point of the bundled console."""

from adminui.__main__ import main

main()
