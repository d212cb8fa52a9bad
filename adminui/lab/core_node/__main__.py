"""``python -m adminui.lab.core_node``: run one lab Core node."""

import sys

from adminui.lab.core_node.cli import main

sys.exit(main())
