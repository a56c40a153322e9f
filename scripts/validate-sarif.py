#!/usr/bin/env python3
"""Validate orgchart's SARIF against the official SARIF 2.1.0 schema, with format checking.

Usage: scripts/validate-sarif.py [--orgchart PATH] [FILE.sarif ...]

With files, validates them. Without, runs `orgchart check --format sarif` (the binary at --orgchart, default
.build/debug/orgchart) on every model in seeds/ and on the planted test model, in English and Chinese, with and
without a documentation address, and validates each output. The schema is scripts/schemas/sarif-schema-2.1.0.json
(see scripts/schemas/README.md). Formats are checked: `uri` must be absolute, `uri-reference` a valid reference
(the Python package rfc3987 does this; without it jsonschema would skip both silently, so the script refuses to
run). Prints one line per problem and exits 1 when any output fails, 2 when it cannot run, 0 otherwise. Needs the
Python packages jsonschema and rfc3987.
"""

import json
import subprocess
import sys
from pathlib import Path

try:
    import rfc3987  # noqa: F401  (registers the uri / uri-reference format checks)
    from jsonschema import Draft4Validator, FormatChecker
except ImportError as e:  # pragma: no cover - depends on the machine
    print(f"validate-sarif: missing Python package ({e.name}); install it with: pip install jsonschema rfc3987",
          file=sys.stderr)
    sys.exit(2)

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "scripts" / "schemas" / "sarif-schema-2.1.0.json"
DOCS = "https://example.org/orgchart/docs/checks.md"


def checker() -> FormatChecker:
    """Every format jsonschema knows (the schema is draft-04 but uses uri-reference), proven to check URIs."""
    fc = FormatChecker()
    for fmt, good, bad in [("uri", "https://example.org/a#b", "docs/checks.md"),
                           ("uri-reference", "seeds/a.yaml", "seeds/a b.yaml")]:
        if not fc.conforms(good, fmt) or fc.conforms(bad, fmt):
            print(f"validate-sarif: the `{fmt}` format is not checked (install rfc3987)", file=sys.stderr)
            sys.exit(2)
    return fc


def outputs(binary: Path):
    models = sorted((ROOT / "seeds").rglob("*.yaml")) + [ROOT / "Tests/OrgChartCoreTests/Fixtures/planted.yaml"]
    for model in models:
        rel = model.relative_to(ROOT)
        for lang in ["en", "zh"]:
            for docs in [None, DOCS]:
                args = [str(binary), "check", str(rel), "--format", "sarif", "--lang", lang, "--as-of", "2021-04-07"]
                if docs:
                    args += ["--docs-url", docs]
                r = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
                if r.returncode not in (0, 1):
                    print(f"{rel}: orgchart exited {r.returncode}: {r.stderr.strip()}")
                    yield f"{rel} ({lang})", None
                    continue
                yield f"{rel} ({lang}{', docs' if docs else ''})", r.stdout


def main(argv):
    binary = ROOT / ".build" / "debug" / "orgchart"
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == "--orgchart" and i + 1 < len(argv):
            binary = Path(argv[i + 1])
            i += 2
        else:
            files.append(argv[i])
            i += 1
    try:
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    except OSError as e:
        print(f"validate-sarif: cannot read {SCHEMA}: {e}", file=sys.stderr)
        return 2
    validator = Draft4Validator(schema, format_checker=checker())
    if files:
        items = [(f, Path(f).read_text(encoding="utf-8")) for f in files]
    else:
        if not binary.exists():
            print(f"validate-sarif: {binary} not found (build first: swift build)", file=sys.stderr)
            return 2
        items = list(outputs(binary))
    failed = 0
    results = 0
    for name, text in items:
        if text is None:
            failed += 1
            continue
        log = json.loads(text)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
        for e in errors:
            path = "/".join(str(p) for p in e.absolute_path)
            print(f"{name}: {path}: {e.message}")
        results += sum(len(run.get("results", [])) for run in log.get("runs", []))
        failed += bool(errors)
    print(f"{len(items) - failed} of {len(items)} SARIF logs ({results} results) valid against SARIF 2.1.0")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
