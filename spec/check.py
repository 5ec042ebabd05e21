#!/usr/bin/env python3
"""Validate spec/crashplan-pro.yaml and the examples in spec/examples/.

1. The spec is a valid OpenAPI 3.0 document (openapi-spec-validator).
2. Every example `<Schema>.<slug>.json` validates against `#/components/schemas/<Schema>`:
   request bodies (`*-request.json`) as written by a client, the others as read from a server
   (so a writeOnly property such as a password in a response is an error).

Exit code 0 when everything is valid, 1 otherwise; each problem is printed on its own line.
"""

import json
import pathlib
import sys

import yaml
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

SPEC_DIR = pathlib.Path(__file__).resolve().parent
SPEC_PATH = SPEC_DIR / "crashplan-pro.yaml"
EXAMPLES = SPEC_DIR / "examples"


def main() -> int:
    spec_dict, base_uri = read_from_filename(str(SPEC_PATH))
    try:
        validate(spec_dict, base_uri=base_uri)
    except Exception as err:  # the validator raises several exception types
        print(f"{SPEC_PATH.name}: invalid OpenAPI 3.0: {err}")
        return 1

    spec = yaml.safe_load(SPEC_PATH.read_text())
    schemas = spec["components"]["schemas"]
    problems = []
    files = sorted(EXAMPLES.glob("*.json"))
    for path in files:
        schema_name = path.name.split(".", 1)[0]
        if schema_name not in schemas:
            problems.append(f"{path.name}: no schema named {schema_name} in the spec")
            continue
        instance = json.loads(path.read_text())
        schema = {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]}
        validator_cls = OAS30WriteValidator if path.stem.endswith("-request") else OAS30ReadValidator
        validator = validator_cls(schema)
        for error in validator.iter_errors(instance):
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            problems.append(f"{path.name}: {where}: {error.message}")

    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"{SPEC_PATH.name} is valid OpenAPI 3.0; {len(files)} examples match their schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
