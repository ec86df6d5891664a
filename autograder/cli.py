"""``ai-noord``: the command line. It only parses arguments and calls the Python API.

``main(argv)`` returns an exit status, so tests can call it in-process. Errors the user can fix come
out as one line on standard error with a non-zero status.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .errors import AiNoordError


def _course_dir(value: str | None, *, must_exist: bool = True) -> Path | None:
    if value is None:
        return None
    path = Path(value).resolve()
    if must_exist and not path.is_dir():
        raise AiNoordError(f"course folder {value} does not exist; build it first with ai-noord build --course {value}")
    return path


def _default_course_dir(value: str | None) -> Path:
    if value is not None:
        return _course_dir(value)
    from .course import find_root

    path = find_root() / "course"
    if not (path / "source").is_dir():
        raise AiNoordError(f"{path} has not been built yet; run ai-noord build first")
    return path


def cmd_doctor(args) -> int:
    from .doctor import report, run_checks

    checks = run_checks()
    print(report(checks))
    failed = [c.name for c in checks if not c.ok]
    if failed:
        print(f"ai-noord: not ready: fix {', '.join(failed)} (see above)", file=sys.stderr)
        return 1
    return 0


def cmd_build(args) -> int:
    from .build import build_course

    result = build_course(_course_dir(args.course, must_exist=False), lang=args.lang,
                          assignments=args.assignments or None)
    print(result.text())
    return 0


def cmd_grade(args) -> int:
    course_dir = _default_course_dir(args.course)
    from .grade import grade_assignment

    summary = grade_assignment(course_dir, args.assignment, workers=args.workers, timeout=args.timeout,
                               notebook_timeout=args.notebook_timeout, memory_mb=args.memory,
                               max_output_kb=args.max_output, isolation=args.isolation, students=args.student,
                               force=args.force)
    print(summary.text())
    if summary.failed:
        print(f"ai-noord: {summary.failed} submissions could not be graded (see above); fix and run again",
              file=sys.stderr)
        return 1
    return 0


def cmd_feedback(args) -> int:
    from .feedback import write_feedback

    course_dir = _default_course_dir(args.course)
    pages = write_feedback(course_dir, args.assignment)
    print(f"feedback for {len(pages)} students written to {course_dir / 'feedback'}")
    return 0


def cmd_export(args) -> int:
    from .export import export_grades

    out = export_grades(_default_course_dir(args.course), lms=args.lms, out=Path(args.out) if args.out else None)
    print(f"grades written to {out}")
    return 0


def cmd_demo(args) -> int:
    from .demo import run_demo

    result = run_demo(Path(args.out) if args.out else None, size=args.size)
    print(result.text())
    return 0 if not result.mismatches else 1


def cmd_roster(args) -> int:
    from .collect import import_roster

    entries = import_roster(_default_course_dir(args.course), Path(args.class_list), lms=args.lms)
    print(f"{len(entries)} students from {args.class_list} are in the roster and the gradebook")
    return 0


def cmd_collect(args) -> int:
    from .collect import collect_zip

    result = collect_zip(_default_course_dir(args.course), args.assignment, Path(args.archive), lms=args.lms)
    print(f"collected {len(result['collected'])} submissions of {args.assignment}")
    if result["skipped"]:
        print(f"skipped {len(result['skipped'])} files that match no student in the roster or are not notebooks:")
        for name in result["skipped"]:
            print(f"  {name}")
    return 0


def cmd_report(args) -> int:
    from .report import GradingRule, write_report

    rule = GradingRule(pass_mark=args.pass_mark, pass_fraction=args.pass_fraction)
    out = write_report(_default_course_dir(args.course), out=Path(args.out) if args.out else None, rule=rule,
                       pseudonymise=args.pseudonymise)
    print(f"report written to {out}")
    return 0


def cmd_records(args) -> int:
    from .records import write_records

    out = write_records(_default_course_dir(args.course), out=Path(args.out) if args.out else None,
                        track=args.track, lang=args.lang)
    print(f"AI-literacy records written to {out}")
    return 0


def cmd_mutants(args) -> int:
    from .mutation import mutation_table, table

    results = mutation_table(args.assignments or None, langs=tuple(args.lang or ("nl", "en")))
    print(table(results))
    missed = [r for r in results if not r.caught]
    if missed:
        print(f"ai-noord: {len(missed)} wrong solutions kept their points; strengthen those tests (see the table)",
              file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ai-noord",
        description="AI Noord: build, grade and report on the AI-literacy course for the Northern Netherlands.",
        epilog="Start with 'ai-noord doctor', then 'ai-noord demo'. Each command has --help.",
    )
    parser.add_argument("--version", action="version", version=f"ai-noord {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    course_help = "course folder (default: course/ in the ai-noord checkout)"

    doctor = sub.add_parser("doctor", help="is this machine ready? (versions, kernel, grading isolation)",
                            description="Check versions, the Jupyter kernel, nbgrader's tools, the course and the grading isolation level.")
    doctor.set_defaults(func=cmd_doctor)

    build = sub.add_parser("build", help="modules/ -> course source -> nbgrader release",
                           description="Copy each assignment in the chosen language, with its data, into the "
                                       "course's source/ folder and let nbgrader generate the student version.")
    build.add_argument("assignments", nargs="*", metavar="ASSIGNMENT", help="assignments to build (default: all)")
    build.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the notebooks (default: nl)")
    build.add_argument("--course", metavar="DIR", help=course_help + "; created if missing")
    build.set_defaults(func=cmd_build)

    roster = sub.add_parser("roster", help="import a class list exported from Brightspace, Canvas or Moodle",
                            description="Read a class list (CSV) exported from the LMS into the course roster and "
                                        "nbgrader's gradebook. The LMS is recognised from the columns.")
    roster.add_argument("class_list", metavar="FILE")
    roster.add_argument("--lms", choices=("brightspace", "canvas", "moodle"), help="override the detected LMS")
    roster.add_argument("--course", metavar="DIR", help=course_help)
    roster.set_defaults(func=cmd_roster)

    collect = sub.add_parser("collect", help="collect submissions from an LMS bulk-download zip",
                             description="Check and unpack an LMS bulk download safely and put each notebook in "
                                         "DIR/submitted/<student>/ASSIGNMENT/ (nbgrader's zip_collect).")
    collect.add_argument("assignment", metavar="ASSIGNMENT")
    collect.add_argument("archive", metavar="ZIP")
    collect.add_argument("--lms", choices=("brightspace", "canvas", "moodle"), required=True,
                         help="the LMS that made the zip (its file naming)")
    collect.add_argument("--course", metavar="DIR", help=course_help)
    collect.set_defaults(func=cmd_collect)

    grade = sub.add_parser("grade", help="autograde every submission of an assignment, safely and in parallel",
                           description="Autograde every submission in DIR/submitted/*/ASSIGNMENT/ in isolated, "
                                       "limited worker processes, and record the grades in nbgrader's gradebook. "
                                       "A run that is stopped can be run again: finished submissions are kept. "
                                       "Exit status 0 also when submissions are flagged for review; 1 when some "
                                       "could not be graded.")
    grade.add_argument("assignment", metavar="ASSIGNMENT")
    grade.add_argument("--course", metavar="DIR", help=course_help)
    grade.add_argument("--workers", type=int, default=2, metavar="N", help="parallel workers (default: 2)")
    grade.add_argument("--timeout", type=int, default=30, metavar="SECONDS",
                       help="wall-time limit per cell (default: 30)")
    grade.add_argument("--notebook-timeout", type=int, default=300, metavar="SECONDS",
                       help="wall-time and CPU limit per notebook (default: 300)")
    grade.add_argument("--memory", type=int, default=1536, metavar="MB",
                       help="memory a notebook may use on top of the warm interpreter (default: 1536)")
    grade.add_argument("--max-output", type=int, default=256, metavar="KB",
                       help="text output a notebook may write; more is cut off (default: 256)")
    grade.add_argument("--isolation", default="auto", choices=("auto", "namespaces+uid", "userns", "rlimits"),
                       help="isolation level (default: the strongest this machine offers; see ai-noord doctor)")
    grade.add_argument("--student", action="append", metavar="ID", help="grade only this student (repeatable)")
    grade.add_argument("--force", action="store_true", help="grade again submissions already graded")
    grade.set_defaults(func=cmd_grade)

    feedback = sub.add_parser("feedback", help="HTML feedback per student, without hidden tests",
                              description="Generate HTML feedback for every graded submission of ASSIGNMENT.")
    feedback.add_argument("assignment", metavar="ASSIGNMENT")
    feedback.add_argument("--course", metavar="DIR", help=course_help)
    feedback.set_defaults(func=cmd_feedback)

    export = sub.add_parser("export", help="grades in Brightspace, Canvas or Moodle import format",
                            description="Write every graded assignment's points in the LMS's grade-import format "
                                        "(or, with --lms csv, one row per submission with the Dutch 1-10 grade). "
                                        "Cells that a spreadsheet could run as a formula are neutralised.")
    export.add_argument("--lms", choices=("brightspace", "canvas", "moodle", "csv"), default="csv",
                        help="import format (default: csv)")
    export.add_argument("--course", metavar="DIR", help=course_help)
    export.add_argument("--out", metavar="FILE", help="output file (default: DIR/grades-LMS.csv)")
    export.set_defaults(func=cmd_export)

    report = sub.add_parser("report", help="one HTML page: score distributions, question quality, flags, grades",
                            description="Write a self-contained HTML report of every graded assignment.")
    report.add_argument("--course", metavar="DIR", help=course_help)
    report.add_argument("--out", metavar="FILE", help="output file (default: DIR/report.html)")
    report.add_argument("--pass-mark", type=float, default=5.5, help="grade at the pass fraction (default: 5.5)")
    report.add_argument("--pass-fraction", type=float, default=0.55,
                        help="share of the points that earns the pass mark (default: 0.55)")
    report.add_argument("--pseudonymise", action="store_true",
                        help="replace student ids by pseudonyms and leave names out, for sharing")
    report.set_defaults(func=cmd_report)

    records = sub.add_parser("records", help="AI-literacy records per learner (mkb track): a page and a CSV",
                             description="Write what each learner completed, when, and the objectives it covers, "
                                         "as a printable page per learner and records.csv for the employer's file.")
    records.add_argument("--course", metavar="DIR", help=course_help)
    records.add_argument("--out", metavar="DIR", help="output folder (default: DIR/records)")
    records.add_argument("--track", choices=("mbo", "hbo", "wo", "mkb"), default="mkb", help="track (default: mkb)")
    records.add_argument("--lang", choices=("nl", "en"), default="nl", help="language (default: nl)")
    records.set_defaults(func=cmd_records)

    mutants = sub.add_parser("mutants", help="prove each assignment's tests reject generated wrong solutions",
                             description="Run generated wrong solutions (None, wrong type, off by one, hard-coded, "
                                         "always-equal objects) of every task and print which points each loses.")
    mutants.add_argument("assignments", nargs="*", metavar="ASSIGNMENT", help="assignments (default: all)")
    mutants.add_argument("--lang", action="append", choices=("nl", "en"), help="language (default: both)")
    mutants.set_defaults(func=cmd_mutants)

    demo = sub.add_parser("demo", help="the whole instructor loop on a generated sample class, offline",
                          description="Build the course in a new folder, generate a sample class of submissions "
                                      "(perfect, partial, empty, one that errors, one that loops forever), grade "
                                      "them, write feedback and a grade export, and print a summary.")
    demo.add_argument("--out", metavar="DIR", help="new or empty folder to work in (default: a new temporary folder)")
    demo.add_argument("--size", type=int, default=30, metavar="N", help="number of sample submissions (default: 30)")
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except AiNoordError as error:
        print(f"ai-noord: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ai-noord: interrupted; run the same command again to continue", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
