"""`python -m generator` runs the same command line as `auditkb`."""

import sys

from .cli import main

sys.exit(main())
