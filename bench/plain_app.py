"""The app with its database left unencrypted: the baseline of bench/bench_cipher.py.

Only SQLCipher's key pragma is left out (and the one-off encryption of a plain folder),
so every other step, the schema and the data are the program's own. Never a way to run
the app: it exists for the benchmark's same-run comparison.

    python bench/plain_app.py --data-dir D COMMAND ...     the CLI, unencrypted
    python bench/plain_app.py --timings D                  bench_cipher's in-process steps
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from app.store import cipher, database  # noqa: E402

cipher.key_pragma = lambda key: "PRAGMA cipher_log_level = NONE"  # no key: a plain file
database.encrypt_folder = lambda paths, key: None  # and it stays plain


if __name__ == "__main__":
    if sys.argv[1:2] == ["--timings"]:
        from bench_cipher import timings

        print(json.dumps(timings(Path(sys.argv[2]))))
    else:
        from app.cli import main

        sys.exit(main())
