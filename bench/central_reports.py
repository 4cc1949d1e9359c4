"""The centre's reports at national scale: coverage, duplicates, cards, service uses.

A central registry is filled directly with ``packets`` rows as ingest stores them (the
payloads shaped as the stations send them, the report columns copied by
``sync.central.decide.report_columns``), in bulk: for each size, about 29 % enrolments with
their places, 33 % programme registrations with start and end dates (some with an end date
already, 10 % of them ended early by an end record, 2 % withdrawn before they began), 1 %
deaths (a few withdrawn later), the rest cards issued and service uses; stations in four
office time zones and one that never said its zone. Each report is then timed in-process
(median of ``--repeat`` runs) on PostgreSQL (a throwaway cluster, as ``bench/sync.py``
starts it) and on SQLite (the embedded default), as ``sws central report`` builds it.

Run: ``nice .venv/bin/python -m bench.central_reports [--sizes 10000 100000 1000000]``;
writes ``bench/results/central_reports.md``. ``--profile`` prints where coverage's time goes
(cProfile, and PostgreSQL's EXPLAIN ANALYZE of its queries) at the largest size.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import platform
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import cbor2
import sqlalchemy as sa

from bench.sync import _create_db, postgres
from sync.central import reports
from sync.central import schema as t
from sync.central.decide import report_columns

REPO = Path(__file__).resolve().parents[1]
#: The centre's clock: coverage counts members on this day.
TODAY = date(2026, 11, 1)
PROGRAMMES = ("HEALTH", "CHILD", "PENSION", "DISABILITY", "WORKS", "SKILLS", "JOBS")
ZONES = ("Asia/Phnom_Penh", "Asia/Jakarta", "Asia/Karachi", "UTC", None)
STATIONS = 40
#: Rows written to the database at a time.
CHUNK = 20_000


def _places(rng: random.Random) -> tuple[str, str, str]:
    province = rng.randrange(1, 26)
    district = province * 100 + rng.randrange(1, 9)
    commune = district * 100 + rng.randrange(1, 9)
    return f"{province:02d}", f"{district:04d}", f"{commune:06d}"


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


class _Rows:
    """Packet rows as ingest stores them (:func:`rows`)."""

    def __init__(self, n: int, seed: int = 7) -> None:
        self.n, self.rng, self.count = n, random.Random(seed), 0
        self.seq: dict[str, int] = {}
        self.received = datetime(2026, 11, 1, 9, 0)

    def row(self, kind: str, record_id: str, payload: dict[str, Any], created: date,
            station: str, *, reason: str | None = None, person_id: str | None = None,
            status: str = "accepted") -> dict[str, Any]:
        self.count += 1
        seq = self.seq[station] = self.seq.get(station, 0) + 1
        body = cbor2.dumps(payload, canonical=True)
        minute = self.rng.randrange(24 * 60)
        stamp = f"{created.isoformat()}T{minute // 60:02d}:{minute % 60:02d}:00Z"
        return {"id": f"{self.count:012d}", "station_id": station, "seq": seq, "kind": kind,
                "record_id": record_id, "created_at": stamp, "received_at": self.received,
                "digest": hashlib.sha256(body).digest(), "payload": body, "envelope": None,
                "signature": None, "manifest_id": None, "status": status, "reason": reason,
                "person_id": person_id, "arrival": self.count, **report_columns(payload),
                # schema 8: dated in its station's zone, as ingest stores it (fill() drops
                # the key for a schema without the column)
                "time_zone": ZONES[int(station[3:]) % len(ZONES)]}

    def __iter__(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        person = 0
        while self.count < self.n:
            person += 1
            pid = f"p{person:09d}"
            station = f"st-{rng.randrange(STATIONS):02d}"
            province, district, commune = _places(rng)
            enrolled = _day(rng, date(2024, 1, 1), date(2026, 10, 31))
            own = [rng.choice(PROGRAMMES)] if rng.random() < 0.3 else []
            status = "accepted" if rng.random() < 0.97 else "duplicate_suspected"
            yield self.row("enrolment", pid, {
                "person_id": pid, "programmes": own, "demographics": {"address": {
                    "province": province, "district": district, "commune": commune,
                    "village": commune + "01"}}}, enrolled, station, person_id=pid,
                status=status)
            for k in range(1 if rng.random() < 0.85 else 2):
                programme = PROGRAMMES[(person + k) % len(PROGRAMMES)]
                membership = f"m{person:09d}-{k}"
                start = _day(rng, enrolled, enrolled + timedelta(days=400))
                end = start + timedelta(days=rng.randrange(90, 900)) \
                    if rng.random() < 0.3 else None
                facts = {"person_id": pid, "programme": programme, "decision": "confirmed",
                         "membership_id": membership, "reason": "eligible",
                         "record_type": "programme_membership", "station_id": station,
                         "start_date": start.isoformat(),
                         "end_date": end.isoformat() if end else None}
                yield self.row("programme_registration", membership, facts,
                               min(start, date(2026, 10, 31)), station, person_id=pid)
                chance = rng.random()
                if chance < 0.12:
                    withdrawn = chance < 0.02
                    last = start - timedelta(days=1) if withdrawn else \
                        _day(rng, start, start + timedelta(days=500))
                    ended = {**facts, "decision": "ended", "reason": "moved",
                             "previous_end_date": facts["end_date"],
                             "end_date": last.isoformat(),
                             **({"withdrawn": True} if withdrawn else {})}
                    yield self.row("programme_registration", membership, ended,
                                   min(max(last, start), date(2026, 10, 31)), station,
                                   reason="membership_ended", person_id=pid)
            if rng.random() < 0.03:
                died = _day(rng, enrolled, date(2026, 12, 31))
                yield self.row("person_death", pid, {
                    "person_id": pid, "died_on": died.isoformat(),
                    "source": "death certificate"}, min(died, date(2026, 10, 31)), station,
                    reason="deceased", person_id=pid)
                if rng.random() < 0.1:
                    yield self.row("person_death", pid, {"person_id": pid, "undone": True},
                                   date(2026, 10, 31), station, reason="death_withdrawn",
                                   person_id=pid)
            for _ in range(rng.choice((0, 1, 1, 2))):
                kind = rng.choice(("card_issue", "service_use"))
                yield self.row(kind, f"r{self.count}", {
                    "person_id": pid, "card_id": f"c{person}", "facility":
                    f"Hospital {province}"}, _day(rng, enrolled, date(2026, 10, 31)), station,
                    person_id=pid)


def fill(engine: sa.Engine, n: int) -> float:
    """A central registry of about ``n`` packets; the seconds it took."""
    from sync.central.store import copy_rows

    start = time.perf_counter()
    t.create_schema(engine)
    names = {c.name for c in t.packets.columns}
    with engine.begin() as conn:
        conn.execute(t.stations.insert(), [
            {"id": f"st-{i:02d}", "public_key": bytes(32), "name": f"office {i}",
             "office": f"office {i}", "status": "active", "registered_at": datetime(2024, 1, 1),
             **({"time_zone": ZONES[i % len(ZONES)]} if "time_zone" in
                {c.name for c in t.stations.columns} else {})}
            for i in range(STATIONS)])
        conn.execute(t.programmes.insert(), [{"code": c, "name": c.title()}
                                             for c in PROGRAMMES])
    chunk: list[dict[str, Any]] = []

    def flush() -> None:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                copy_rows(conn.connection.driver_connection, t.packets, chunk)
            else:
                conn.execute(t.packets.insert(), chunk)
        chunk.clear()

    for row in _Rows(n):
        chunk.append({k: v for k, v in row.items() if k in names})
        if len(chunk) >= CHUNK:
            flush()
    if chunk:
        flush()
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    else:
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - start


#: What is timed: each report as ``sws central report NAME`` builds it on ``TODAY``.
CASES: dict[str, Callable[[sa.Connection], Any]] = {
    "coverage": lambda c: reports.coverage(c, reports.EVERYWHERE, today=TODAY),
    "coverage --until 2026-06-30 --province 01": lambda c: reports.coverage(
        c, reports.Scope(province="01", until=date(2026, 6, 30)), today=TODAY),
    "duplicates": lambda c: reports.duplicates(c, reports.EVERYWHERE),
    "cards": lambda c: reports.cards(c, reports.EVERYWHERE),
    "service-uses": lambda c: reports.service_uses(c, reports.EVERYWHERE),
}


def measure(engine: sa.Engine, repeat: int, cap_s: float) -> dict[str, tuple[float, int]]:
    """Median seconds of each case (one run only when the first passes ``cap_s``) and the
    number of runs."""
    out = {}
    for name, build in CASES.items():
        times: list[float] = []
        for _ in range(repeat):
            with engine.connect() as conn:
                start = time.perf_counter()
                build(conn)
                times.append(time.perf_counter() - start)
            if times[0] > cap_s:
                break
        out[name] = (statistics.median(times), len(times))
        print(f"  {name}: {out[name][0]:.3f} s ({len(times)} runs)", flush=True)
    return out


def profile(engine: sa.Engine) -> None:
    """Where coverage's time goes: cProfile, and the plans of its statements (PostgreSQL)."""
    statements: list[tuple[str, Any]] = []
    if engine.dialect.name == "postgresql":
        @sa.event.listens_for(engine, "before_cursor_execute")
        def keep(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
            statements.append((statement, params))
    with engine.connect() as conn:
        profiler = cProfile.Profile()
        profiler.enable()
        reports.coverage(conn, reports.EVERYWHERE, today=TODAY)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)
    if statements:
        sa.event.remove(engine, "before_cursor_execute", keep)
        with engine.connect() as conn:
            for statement, params in statements:
                if not statement.lstrip().upper().startswith("SELECT"):
                    continue
                print("----", statement[:300].replace("\n", " "))
                plan = conn.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS OFF) " + statement,
                                            params or {})
                print("\n".join(r[0] for r in plan))


def _machine() -> str:
    load = os.getloadavg()[0]
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in
                   Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return (f"{platform.machine()}, {cpu}, {os.cpu_count()} cores (shared with other jobs: "
            f"load average {load:.1f} at the end), {memory} GiB memory; Python "
            f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            "PostgreSQL 15 (throwaway cluster, default settings)")


def write_markdown(path: Path, label: str, results: dict[tuple[str, int], dict[str, Any]],
                   repeat: int) -> None:
    sizes = sorted({n for _, n in results})
    lines = [f"# The centre's reports at national scale (`bench/central_reports.py`) — {label}",
             "", f"Machine: {_machine()}.", "",
             f"Median of {repeat} runs in-process (one run where the first took over the cap), "
             "wall seconds; rows built directly with the schema (see the module docstring).",
             ""]
    for backend in ("postgresql", "sqlite"):
        done = [n for n in sizes if (backend, n) in results]
        if not done:
            continue
        lines += [f"## {backend}", "",
                  "| report | " + " | ".join(f"{results[(backend, n)]['packets']:,} packets"
                                            for n in done) + " |",
                  "|---|" + "---:|" * len(done)]
        for case in CASES:
            cells = []
            for n in done:
                seconds, runs = results[(backend, n)]["times"][case]
                cells.append(f"{seconds:.3f} s" + ("" if runs == repeat else f" ({runs} run)"))
            lines.append(f"| {case} | " + " | ".join(cells) + " |")
        lines.append("| *fill (rows built, written, ANALYZE)* | " + " | ".join(
            f"{results[(backend, n)]['fill']:.0f} s" for n in done) + " |")
        lines.append("")
    path.write_text("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--backends", nargs="+", default=["postgresql", "sqlite"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cap", type=float, default=60.0,
                        help="seconds after which a report is run once only")
    parser.add_argument("--label", default="this branch")
    parser.add_argument("--out", type=Path, default=REPO / "bench/results/central_reports.md")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    results: dict[tuple[str, int], dict[str, Any]] = {}
    folder = Path(tempfile.mkdtemp(prefix="sws-bench-central-reports-"))
    with postgres() as (port, _):
        for n in args.sizes:
            for backend in args.backends:
                url = _create_db(port, f"r{n}") if backend == "postgresql" \
                    else f"sqlite:///{folder / f'r{n}.sqlite3'}"
                engine = sa.create_engine(url)
                print(f"{backend} {n:,}: filling", flush=True)
                fill_s = fill(engine, n)
                with engine.connect() as conn:
                    packets = conn.execute(sa.select(sa.func.count())
                                           .select_from(t.packets)).scalar_one()
                print(f"  {packets:,} packets in {fill_s:.0f} s", flush=True)
                results[(backend, n)] = {"packets": packets, "fill": fill_s,
                                         "times": measure(engine, args.repeat, args.cap)}
                if args.profile and n == max(args.sizes):
                    profile(engine)
                engine.dispose()
                if backend == "sqlite":
                    (folder / f"r{n}.sqlite3").unlink()
                write_markdown(args.out, args.label, results, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
