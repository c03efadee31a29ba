"""`python -m ccrt_coder` runs the same command as `ccrt-coder`."""

import sys

from ccrt_coder.cli.entry import main

sys.exit(main())
