"""One BLAS thread for the scorers' sentence graphs.

The graphs are article-sized (a few hundred sentences at most): waking a BLAS
thread pool costs more than the product itself, and where the cores are
already busy (a batch runs one process per core; a shared machine) its threads
fight the other processes for them. On PolNeAR, on the 2-core machine, the
pipeline ran 26 documents a second with OpenBLAS's default threads and 52 with
one (docs/summarization.md). So, before numpy is first imported, the thread
count is set to one, unless the user has set it or numpy is already loaded
(then their choice stands). TextRank on an article of up to 40 sentences
does not use numpy at all (``plain_graph``).
"""

from __future__ import annotations

import os
import sys

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_blas_thread() -> None:
    """Call before ``import numpy`` (cheap when numpy is already loaded)."""
    if "numpy" in sys.modules:
        return
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
