#!/usr/bin/env python3
"""Validate model files against docs/orgchart.schema.json.

Usage: scripts/validate-schema.py [PATH ...]

Each PATH is a YAML file or a folder searched recursively for *.yaml / *.yml; the default is seeds/. Prints one
line per problem (file, path inside the document, message) and exits 1 when any file fails, 2 when the schema or
a file cannot be read, 0 otherwise. Needs the Python packages jsonschema and PyYAML.

YAML is read the way `orgchart` reads it: scalars are not turned into dates (as_of: 2021-02-25 stays the text
"2021-02-25"), only true/false/yes/no (and their capitalised forms) are truth values (severity `off` stays text),
and aliases (*name) are refused.
"""

import json
import re
import sys
from pathlib import Path

try:
    import yaml
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError as e:  # pragma: no cover - depends on the machine
    print(f"validate-schema: missing Python package ({e.name}); install it with: pip install jsonschema pyyaml",
          file=sys.stderr)
    sys.exit(2)

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "docs" / "orgchart.schema.json"


class ModelLoader(yaml.SafeLoader):
    """SafeLoader without timestamp resolution and without aliases, like orgchart's loader."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases (*name) are not allowed in a model", event.start_mark)
        return super().compose_node(parent, index)


# orgchart reads every scalar as text and converts it where a key needs a number or a truth value. Mimic that:
# no dates, and only the truth values orgchart accepts (so `severity: off` stays the text "off").
ModelLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
ModelLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE|yes|Yes|no|No)$"),
    list("tTfFyYnN"))


def model_files(args):
    paths = [Path(a) for a in args] or [ROOT / "seeds"]
    for p in paths:
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.suffix in (".yaml", ".yml") and f.is_file())
        else:
            yield p


def shown(path):
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def where(error):
    return "/".join(str(part) for part in error.absolute_path) or "(top)"


def main(argv):
    try:
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
    except Exception as e:
        print(f"{SCHEMA}: error: the schema is not valid: {e}", file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema, format_checker=FormatChecker())

    files = list(model_files(argv[1:]))
    if not files:
        print("validate-schema: no YAML files found", file=sys.stderr)
        return 2
    failed = 0
    for f in files:
        try:
            text = f.read_text(encoding="utf-8-sig")
            doc = yaml.load(text, Loader=ModelLoader)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
            print(f"{shown(f)}: error: cannot read: {e}", file=sys.stderr)
            return 2
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
        if errors:
            failed += 1
            for e in errors:
                print(f"{shown(f)}: error: {where(e)}: {e.message}")
        else:
            print(f"{shown(f)}: ok")
    print(f"{len(files) - failed} of {len(files)} files valid against {SCHEMA.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
