import sys

from labgate.cli import main

sys.exit(main())
