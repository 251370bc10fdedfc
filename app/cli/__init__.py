"""The command line (DESIGN.md fixes these commands; scripts and outside checks call them).

Every command takes --data-dir (or SHEGONG_DATA_DIR). Exit 0 on success; on failure one
clear line on stderr, exit status 2, and nothing changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import password
from app.errors import ShegongError
from app.logs import setup_logging
from app.paths import Paths, resolve_paths

if TYPE_CHECKING:  # the storage stack loads only for the commands that need it
    from app.services import Database

    Commands = argparse._SubParsersAction[argparse.ArgumentParser]  # one per command

log = logging.getLogger("app.cli")

EXIT_USER_ERROR = 2
EXIT_BUG = 3


ROLES = ["worker", "head", "supervisor", "county"]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help="data folder (default: the user data folder, or SHEGONG_DATA_DIR)")
    parser = argparse.ArgumentParser(
        prog="shegong", parents=[common],
        description="社工站助手 Shegong — with no command, opens the window.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (_add_init, _add_demo, _add_keys, _add_bundle, _add_state, _add_import_roster,
                _add_report, _add_case_file, _add_attach, _add_audit, _add_stations,
                _add_backup, _add_clock, password.add_parser):
        add(sub, common)
    return parser


def _add_init(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common],
                       help="found a station (this laptop is its head's), or --join one")
    p.add_argument("--station")
    p.add_argument("--county")
    p.add_argument("--township")
    p.add_argument("--join", metavar="CARD", type=Path,
                   help="the station head's device card: this laptop joins that station")
    p.add_argument("--county-office", metavar="NAME",
                   help="set up a county office (县民政局) instead of a station's laptop")
    p.add_argument("--db", metavar="URL",
                   help="(county office) keep the data in PostgreSQL: "
                        "postgresql://USER@HOST[:PORT]/DB")
    p.add_argument("--device", required=True)
    p.add_argument("--worker")
    p.add_argument("--role", default="head", choices=ROLES,
                   help="this laptop's role when founding (default: head)")
    p.set_defaults(run=_init)


def _add_demo(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="realistic synthetic data")
    p.add_argument("--clients", type=int, default=None)
    p.add_argument("--edits", type=int, default=None)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=_demo)


def _add_keys(sub: Commands, common: argparse.ArgumentParser) -> None:
    keys = sub.add_parser("keys", parents=[common], help="this device's keys")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = keys_sub.add_parser("show", parents=[common], help="device id, station, fingerprints")
    p.set_defaults(run=_keys_show)
    p = keys_sub.add_parser("export", parents=[common], help="write this device's public card")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(run=_keys_export)
    p = keys_sub.add_parser("trust", parents=[common], help="trust another device's card")
    p.add_argument("file", type=Path)
    p.add_argument("--role", default="worker", choices=ROLES)
    p.add_argument("--stations", metavar="ID,...", default=None,
                   help="the stations a supervisor covers (county office)")
    p.set_defaults(run=_keys_trust)
    p = keys_sub.add_parser("revoke", parents=[common], help="refuse a device from now on")
    p.add_argument("device_id")
    p.add_argument("--reason", default=None)
    p.set_defaults(run=_keys_revoke)


def _add_bundle(sub: Commands, common: argparse.ArgumentParser) -> None:
    bundle = sub.add_parser("bundle", parents=[common], help="signed, encrypted sync files")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bundle_sub.add_parser("export", parents=[common], help="write a bundle file")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--to", action="append", metavar="DEVICE_ID", default=None)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--month", metavar="YYYY-MM")
    which.add_argument("--all", action="store_true")
    which.add_argument("--for", dest="for_device", metavar="DEVICE_ID")
    files = p.add_mutually_exclusive_group()
    files.add_argument("--attachments", action="store_true", default=None,
                       help="carry attached files in a --month bundle too")
    files.add_argument("--no-attachments", dest="attachments", action="store_false",
                       help="leave attached files out (the records still travel)")
    p.add_argument("--attachments-limit", type=int, metavar="MB", default=500,
                   help="the most attached files one bundle may carry (default 500 MB)")
    p.set_defaults(run=_bundle_export)
    p = bundle_sub.add_parser("import", parents=[common], help="verify, decrypt and merge")
    p.add_argument("files", type=Path, nargs="+")
    p.set_defaults(run=_bundle_import)


def _add_state(sub: Commands, common: argparse.ArgumentParser) -> None:
    state = sub.add_parser("state", parents=[common], help="the synced records")
    state_sub = state.add_subparsers(dest="state_command", metavar="ACTION", required=True)
    p = state_sub.add_parser("dump", parents=[common], help="canonical JSON of all records")
    p.add_argument("--out", type=Path)
    p.set_defaults(run=_state_dump)


def _add_import_roster(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import-roster", parents=[common],
                       help="import a civil-affairs roster (.xlsx) as clients")
    p.add_argument("file", type=Path)
    p.add_argument("--category", required=True, metavar="CODE")
    p.add_argument("--sheet", metavar="NAME")
    p.add_argument("--new-villages", action="store_true",
                   help="accept villages the station has no client in yet")
    p.set_defaults(run=_import_roster)


def _add_report(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common], help="the monthly report of the station")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--format", required=True, choices=["xlsx", "pdf", "json"])
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--lang", choices=["zh", "en"], default="zh",
                   help="the language of the xlsx and pdf (the county reads Chinese)")
    p.set_defaults(run=_report)


def _add_case_file(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("case-file", parents=[common],
                       help="a client's whole case file (个案档案) as an A4 pdf")
    p.add_argument("client_id", metavar="CLIENT_ID")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--full-id", action="store_true",
                   help="print the ID number in full (an official submission); masked otherwise")
    p.add_argument("--lang", choices=["zh", "en"], default="zh")
    p.add_argument("--everything", action="store_true",
                   help="the person's own record: also each record's history and the photos")
    p.set_defaults(run=_case_file)


def _add_attach(sub: Commands, common: argparse.ArgumentParser) -> None:
    from app.services.attachments import KINDS

    attach = sub.add_parser("attach", parents=[common],
                            help="photos and scanned documents of a client, case or visit")
    attach_sub = attach.add_subparsers(dest="attach_command", metavar="ACTION", required=True)
    p = attach_sub.add_parser("add", parents=[common], help="attach a photo or a PDF scan")
    p.add_argument("client_id", metavar="CLIENT_ID")
    p.add_argument("file", type=Path)
    p.add_argument("--kind", choices=KINDS, default="photo")
    p.add_argument("--title", default="")
    p.add_argument("--case", metavar="CASE_ID", default=None)
    p.add_argument("--visit", metavar="VISIT_ID", default=None)
    p.set_defaults(run=_attach_add)
    p = attach_sub.add_parser("list", parents=[common], help="a client's attachments")
    p.add_argument("client_id", metavar="CLIENT_ID")
    p.set_defaults(run=_attach_list)
    p = attach_sub.add_parser("save", parents=[common], help="write an attachment's file")
    p.add_argument("attachment_id", metavar="ATTACHMENT_ID")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(run=_attach_save)


def _add_audit(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common],
                       help="every change: when, worker, laptop, record, fields")
    p.add_argument("--from", dest="since", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="until", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--worker", metavar="NAME", help="only that worker's laptops (name or id)")
    p.add_argument("--out", type=Path, help="an Excel sheet (default: lines on stdout)")
    p.set_defaults(run=_audit)


def _add_stations(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("stations", parents=[common],
                       help="(county office) one line per station: last bundle, visits, lights")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--month", metavar="YYYY-MM", default=None,
                   help="the month whose visits and lights to show (default: this month)")
    p.set_defaults(run=_stations)


def _add_backup(sub: Commands, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="copy the database to a file")
    p.add_argument("--out", type=Path)
    p.set_defaults(run=_backup)
    p = sub.add_parser("restore", parents=[common], help="replace the database by a backup")
    p.add_argument("file", type=Path)
    p.set_defaults(run=_restore)


def _add_clock(sub: Commands, common: argparse.ArgumentParser) -> None:
    clock = sub.add_parser("clock", parents=[common], help="this laptop's clock")
    clock_sub = clock.add_subparsers(dest="clock_command", metavar="ACTION", required=True)
    p = clock_sub.add_parser(
        "repair", parents=[common],
        help="after the date was set right: write again, with today's clock, what this "
             "laptop wrote while its clock ran ahead (see docs/clocks.md)")
    p.set_defaults(run=_clock_repair)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if os.name == "posix":
        os.umask(0o077)  # every file this process makes is its owner's alone (0600/0700)
    paths = resolve_paths(getattr(args, "data_dir", None))
    password.at_terminal()
    run: Callable[[argparse.Namespace, object], int] | None = getattr(args, "run", None)
    if run is None:
        from app.ui.main import run_gui

        return run_gui(paths)
    setup_logging(paths)  # no log where the folder cannot be written: the command says so
    try:
        return run(args, paths)
    except ShegongError as err:
        print(str(err), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # `state dump | head`: the reader left; not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # a bug: log it whole, say where the log is
        from app.services import explain_failure

        if (sentence := explain_failure(exc, paths)) is not None:  # damaged, full, read-only
            log.error("command %s: %s", args.command, sentence.en)
            print(str(sentence), file=sys.stderr)
            return EXIT_USER_ERROR
        log.exception("command %s failed", args.command)
        # The kind of error only: its text may quote SQL or a record's values.
        print(f"shegong: internal error ({type(exc).__name__}); details in {paths.logs}",
              file=sys.stderr)
        return EXIT_BUG


@contextmanager
def _open(paths: Paths, writes: bool = False, founding: bool = False) -> Iterator[Database]:
    """The database for one command, closed whatever happens. A command that writes
    records first warns on stderr (one line) when the computer's clock disagrees with
    the newest record: behind it, or jumped far past it. Only `init` (`founding`) makes
    a new data folder, and takes it away again if it fails."""
    from app.services import open_database
    from app.services.setup import forget_new_folder, is_new_folder, not_set_up

    new = is_new_folder(paths)
    if new and not founding:
        raise not_set_up()
    db = open_database(paths)
    try:
        if writes:
            _warn_about_clock(db)
        yield db
    except BaseException:
        if new:
            db.close()
            forget_new_folder(paths)
            db.new_recovery_key = None  # its password went with it
        raise
    finally:
        if db.new_recovery_key:  # the password was set just now: after the output, always
            password.show_recovery_key(db.new_recovery_key, on_stdout=founding)
        db.close()


def _warn_about_clock(db: Database) -> None:
    from app.services.clocks import startup_clock_check

    check = startup_clock_check(db)
    if check is not None:
        print(check.text(), file=sys.stderr, flush=True)


def _init(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.setup import (
        CountyInput,
        JoinInput,
        SetupInput,
        initialize,
        initialize_county,
    )

    founding = (args.station, args.county, args.township)
    if args.county_office is None and args.db is not None:
        raise ShegongError("--db is for a county office (--county-office NAME); a station's "
                           "laptop keeps its data in the data folder.",
                           "--db 仅用于县民政局（--county-office 名称）；社工站电脑的数据保存在"
                           "数据文件夹中。")
    if args.county_office is not None:
        if args.join is not None or any(v is not None for v in founding):
            raise ShegongError("A county office neither founds nor joins a station: give "
                               "--county-office NAME and --device NAME only.",
                               "县民政局既不建立也不加入社工站：只需给出 --county-office 名称"
                               "和 --device 设备名称。")
        made = initialize_county(paths, CountyInput(office=args.county_office,
                                                    device=args.device), args.db)
        print(f"device {made.device_id}")
        print(f"fingerprint {made.fingerprint}")
        if made.recovery_key:
            password.show_recovery_key(made.recovery_key)
        return 0
    if args.join is not None and any(v is not None for v in founding):
        raise ShegongError("Either found a station (--station, --county, --township) or join "
                           "one (--join CARD), not both.",
                           "请选择建立新站（--station、--county、--township）或加入已有站点"
                           "（--join 名片文件），不能同时使用。")
    if args.join is None and any(v is None for v in founding):
        raise ShegongError("To found a station give --station, --county and --township; to "
                           "join one give --join CARD (the station head's card).",
                           "建立新站需要 --station、--county 和 --township；"
                           "加入已有站点需要 --join 站长名片文件。")
    data = (JoinInput(card=args.join, device=args.device, worker=args.worker)
            if args.join is not None else
            SetupInput(station=args.station, county=args.county, township=args.township,
                       device=args.device, worker=args.worker, role=args.role))
    with _open(paths, founding=True) as db:
        result = initialize(db, data)
        print(f"device {result.device_id}")
        print(f"station {result.station_id}")
        print(f"fingerprint {result.fingerprint}")
    return 0


def _demo(args: argparse.Namespace, paths: Paths) -> int:
    from app.demo import generate as demo

    if (args.clients is None) == (args.edits is None):
        raise ShegongError("Give either --clients N or --edits N.",
                           "请指定 --clients N 或 --edits N 之一。")
    with _open(paths, writes=True) as db:
        if args.clients is not None:
            summary = demo.generate(db, clients=args.clients, seed=args.seed)
        else:
            summary = demo.random_edits(db, edits=args.edits, seed=args.seed)
    print(" ".join(f"{k}={v}" for k, v in summary.items()))
    return 0


def _keys_show(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.devices import this_device

    with _open(paths) as db:
        me = this_device(db)
    print(f"device {me.device_id}")
    print(f"name {me.name}")
    if me.role == "county":
        print(f"county-office {me.station_name}")
    else:
        print(f"station {me.station_id} {me.station_name}")
    print(f"signing-key {me.fingerprint}")
    return 0


def _keys_export(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.devices import export_card, this_device

    with _open(paths) as db:
        export_card(db, args.out)
        me = this_device(db)
    print(f"card {args.out}")
    print(f"fingerprint {me.fingerprint}")
    return 0


def _keys_trust(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.devices import trust_card

    stations = [s.strip() for s in args.stations.split(",")] if args.stations else None
    with _open(paths, writes=True) as db:
        known = trust_card(db, args.file, args.role, stations)
    print(f"trusted {known.device_id} {known.name} ({known.station_name}) as {args.role}; "
          f"fingerprint {known.fingerprint}")
    if known.admitted:
        print(f"admitted as {args.role} of station {', '.join(known.admitted)} "
              "(travels with this laptop's next bundle)")
    return 0


def _keys_revoke(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.devices import revoke

    with _open(paths, writes=True) as db:
        known = revoke(db, args.device_id, args.reason)
    where = "everywhere (travels with this laptop's next bundle)" if known.admitted \
        else "on this laptop only (only its station head or the county revokes it everywhere)"
    print(f"revoked {known.device_id} {known.name} {where}")
    return 0


def _bundle_export(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.sync import export_bundle

    kind = "month" if args.month else "delta" if args.for_device else "all"
    with _open(paths) as db:
        done = export_bundle(db, args.out, kind=kind, month=args.month,
                             for_device=args.for_device, to=args.to,
                             attachments=args.attachments,
                             files_limit=args.attachments_limit * 2**20)
    print(f"bundle {done.bundle_id} kind {done.kind} ops {done.ops} bytes {done.size} "
          f"recipients {len(done.recipients)} file {done.path}")
    left = " (left out: a month's bundle carries them only with --attachments)" \
        if done.files_left else ""
    absent = f"; {done.files_absent} not on this laptop" if done.files_absent else ""
    print(f"attachments {done.files} bytes {done.files_bytes} limit "
          f"{done.files_limit // 2**20} MB{absent}{left}")
    return 0


def _bundle_import(args: argparse.Namespace, paths: Paths) -> int:
    """One line per file. With several files (a county's month), a refused file says why
    on stderr and the others are still imported; the exit status then says one was not."""
    from app.services.bundle_import import bundle_files, import_bundle
    from app.services.county import count_after_import

    files = bundle_files(args.files)
    refused = 0
    with _open(paths, writes=True) as db:
        for path in files:
            try:
                print(import_bundle(db, path).line(), flush=True)
            except ShegongError as err:
                if len(files) == 1:
                    raise
                refused += 1
                print(f"{path.name}: {err}", file=sys.stderr, flush=True)
        if refused < len(files):
            count_after_import(db)
    return EXIT_USER_ERROR if refused else 0


def _state_dump(args: argparse.Namespace, paths: Paths) -> int:
    import io

    from app.files import atomic_output, check_output
    from app.services.state import dump_state

    with _open(paths) as db:
        if args.out:
            with atomic_output(check_output(paths, args.out)) as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
                dump_state(db, text)
                text.flush()
                text.detach()  # the file is atomic_output's to sync and close
        else:
            with open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n",
                      closefd=False) as out:
                dump_state(db, out)
    return 0


def _import_roster(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.roster import (
        check_category,
        guess_columns,
        import_roster,
        preview,
        read_sheet,
    )

    category = check_category(args.category)
    sheet = read_sheet(args.file, args.sheet)
    with _open(paths, writes=True) as db:
        pv = preview(db, sheet, guess_columns(sheet.headers), category,
                     new_villages=args.new_villages)
        result = import_roster(db, pv)
    for bad in result.bad:
        print(f"row {bad.row}: {bad.text()}")
    print(result.line())
    return 0


def _report(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.reports import parse_month, write_report

    parse_month(args.month)  # a typo costs no database opening
    with _open(paths) as db:
        target = write_report(db, args.month, args.format, args.out, lang=args.lang)
    print(f"report {args.month} {args.format} {target}")
    return 0


def _case_file(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.person_record import write_person_record
    from app.services.reports import write_case_file

    with _open(paths) as db:
        target = write_person_record(db, args.client_id, args.out, args.lang) \
            if args.everything else \
            write_case_file(db, args.client_id, args.out, args.lang, args.full_id)
    print(f"case-file {args.client_id} {target}")
    return 0


def _attach_add(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.attachments import add_attachment

    with _open(paths) as db:
        new = add_attachment(db, args.client_id, args.file, args.kind, args.title,
                             args.case, args.visit)
    print(f"attachment {new}")
    return 0


def _attach_list(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.attachments import attachments_of

    with _open(paths) as db:
        for row in attachments_of(db, args.client_id):
            print(f"{row.id} {row.kind} {row.media_type} {row.size} {row.added_on} "
                  f"{row.status} {row.title}")
    return 0


def _attach_save(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.attachments import save_attachment

    with _open(paths) as db:
        target = save_attachment(db, args.attachment_id, args.out)
    print(f"saved {target}")
    return 0


def _audit(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.audit import audit, write_audit_xlsx

    with _open(paths) as db:
        found = audit(db, args.since, args.until, args.worker)
        if args.out:
            print(f"audit {len(found.lines)} changes {write_audit_xlsx(db, found, args.out)}")
        for line in [] if args.out else found.lines:
            print(f"{line.at:%Y-%m-%d %H:%M:%S} {line.action} {line.table} {line.record_id} "
                  f"{','.join(line.fields) or '-'} {line.laptop} {line.worker}".rstrip())
    if found.cut:
        print("(the newest 50,000 changes; narrow the dates for the others)", file=sys.stderr)
    return 0


def _stations(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.county import station_lines_json, station_lines_text

    with _open(paths) as db:
        out = (station_lines_json if args.format == "json" else station_lines_text)(
            db, args.month)
    sys.stdout.write(out)
    return 0


def _backup(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.backup import backup

    with _open(paths) as db:
        target = backup(db, args.out)
    print(f"backup {target}")
    return 0


def _restore(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.backup import restore

    previous = restore(paths, args.file)
    if previous is None:
        print(f"restored {args.file}")
    else:
        print(f"restored {args.file}; the database it replaced is kept at {previous}")
    return 0


def _clock_repair(args: argparse.Namespace, paths: Paths) -> int:
    from app.services.clocks import repair_clock

    with _open(paths) as db:
        done = repair_clock(db)
    print(done.line())
    return 0
