"""Validates metadata documents against docs/metadata.schema.json.

Usage: validate_metadata.py SCHEMA.json DOCUMENTS.json OUTPUT.json

DOCUMENTS holds {"documents": [{"name": "...", "document": {...}}, ...]};
OUTPUT receives {"schemaValid": true, "results": [{"name", "valid", "errors"}]}
with every validation error's path and message.
"""

import json
import sys

try:
    import jsonschema
except ImportError:
    print("missing Python package: jsonschema (install python3-jsonschema)", file=sys.stderr)
    sys.exit(3)


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as source:
        schema = json.load(source)
    with open(sys.argv[2], encoding="utf-8") as source:
        documents = json.load(source)["documents"]

    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    results = []
    for entry in documents:
        errors = [f"{'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
                  for error in validator.iter_errors(entry["document"])]
        results.append({"name": entry["name"], "valid": not errors, "errors": errors})
    with open(sys.argv[3], "w", encoding="utf-8") as target:
        json.dump({"schemaValid": True, "results": results}, target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
