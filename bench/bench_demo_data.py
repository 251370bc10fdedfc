"""Time the demo-data hot path: person_name + id_number + pick_categories.

Run from the project root:  .venv/bin/python bench/bench_demo_data.py [N]
Prints microseconds per iteration (one call of each of the three functions) and per call.
"""

from __future__ import annotations

import datetime
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.demo import data as demo_data
from app.demo import family as demo_family


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = random.Random(20211105)
    today = datetime.date(2025, 6, 1)
    # Realistic, prebuilt arguments (their cost is not part of the measurement).
    people = []
    for _ in range(4096):
        birth = demo_family.pick_birth(rng, today)
        gender = "male" if rng.random() < 0.48 else "female"
        age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
        people.append((birth, birth.year, gender, age, demo_data.pick_place(rng).county_code))
    person_name = demo_data.person_name
    id_number = demo_data.id_number
    pick_categories = demo_family.pick_categories
    mask = len(people) - 1

    t0 = time.perf_counter()
    for i in range(n):
        birth, year, gender, age, code = people[i & mask]
        person_name(rng, gender, year)
        id_number(rng, code, birth, gender)
        pick_categories(rng, age, gender)
    elapsed = time.perf_counter() - t0

    per_iter = elapsed / n * 1e6
    print(f"{n:,} iterations in {elapsed:.2f} s")
    print(f"{per_iter:.2f} µs per iteration (person_name + id_number + pick_categories)")
    print(f"{per_iter / 3:.2f} µs per call on average")


if __name__ == "__main__":
    main()
