"""Benchmark of attachments (issue 10): what attaching a phone's photo costs, and what
carrying photos costs a bundle.

    .venv/bin/python bench/bench_attachments.py [--photos 60] [--clients 200]

- Attaching: each photo a 4000x3000 JPEG as a phone writes it (~3-4 MB, busy content
  so it compresses like a real one); the time of `add_attachment` (read, turn, downscale
  to 1,600 px, re-encode, hash, store, record), median and worst, and the sizes in/out.
- Bundles: the same worker's `bundle export --all` with the photos and with
  `--no-attachments` (the anchor: the same records, in the same run), and each imported
  into a copy of the same head laptop, each in its own process (what a person waits for).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, joined_pair, print_table, run_measured, run_timed

sys.path.insert(0, str(ROOT))


def phone_photo(path: Path, seed: int) -> Path:
    from PIL import Image, ImageDraw, ImageFilter

    noise = Image.effect_noise((4000, 3000), 60 + seed % 20).convert("RGB")
    image = Image.blend(noise, Image.new("RGB", (4000, 3000), (120 + seed % 100, 140, 90)),
                        0.5).filter(ImageFilter.GaussianBlur(1))
    draw = ImageDraw.Draw(image)
    draw.rectangle((800 + seed, 900, 3200, 2500), outline=(60, 40, 30), width=40)
    image.save(path, "JPEG", quality=92)
    return path


def attach_all(data: Path, photos: list[Path]) -> list[float]:
    from app.models import Client
    from app.paths import resolve_paths
    from app.services.attachments import add_attachment
    from app.store.database import Database

    db = Database(resolve_paths(data))
    try:
        with db.read() as s:
            clients = [c for (c,) in s.query(Client.id).limit(len(photos))]
        times = []
        for client, photo in zip(clients * len(photos), photos, strict=False):
            start = time.perf_counter()
            add_attachment(db, client, photo, "photo")
            times.append(time.perf_counter() - start)
        return times
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=60)
    parser.add_argument("--clients", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shegong-attach-") as tmp:
        root = Path(tmp)
        laptop, head = root / "laptop", root / "head"
        joined_pair(root, laptop, head)
        run_measured(laptop, "demo", "--clients", str(args.clients), "--seed", "1")
        photos = [phone_photo(root / f"IMG_{n:04d}.jpg", n) for n in range(args.photos)]
        input_mb = sum(p.stat().st_size for p in photos) / 2**20
        times = attach_all(laptop, photos)
        stored = sum(p.stat().st_size for p in (laptop / "attachments").rglob("*")
                     if p.is_file()) / 2**20
        rows = [("attach a 4000x3000 phone JPEG", f"{args.photos} photos, {input_mb:.0f} MB",
                 f"median {statistics.median(times) * 1000:.0f} ms, "
                 f"worst {max(times) * 1000:.0f} ms", f"stored {stored:.1f} MB "
                 f"({stored / input_mb:.0%} of the input)")]
        results = {}
        for label, extra in (("without", ["--no-attachments"]), ("with", [])):
            bundle = root / f"{label}.shegong"
            exp_s, exp_mb, _ = run_measured(laptop, "bundle", "export", "--all", "--out",
                                            str(bundle), *extra)
            copy = root / f"head-{label}"
            shutil.copytree(head, copy)
            imp_s, _, imp_mb, out = run_timed(copy, "bundle", "import", str(bundle))
            results[label] = (exp_s, exp_mb, imp_s, imp_mb, bundle.stat().st_size / 2**20)
            assert (label == "with") == (" attachments " in out), out
        for label in ("without", "with"):
            exp_s, exp_mb, imp_s, imp_mb, size = results[label]
            base = results["without"]
            note = "anchor" if label == "without" else \
                f"export {exp_s / base[0]:.2f}x, import {imp_s / base[2]:.2f}x the anchor"
            rows.append((f"bundle --all {label} the photos", f"{size:.1f} MB",
                         f"export {exp_s:.2f} s ({exp_mb:.0f} MB), import {imp_s:.2f} s "
                         f"({imp_mb:.0f} MB)", note))
    print_table("attachments", ("measure", "size", "time (peak memory)", "notes (same run)"),
                rows)


if __name__ == "__main__":
    main()
