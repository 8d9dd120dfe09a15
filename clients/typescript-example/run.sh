#!/usr/bin/env bash
# Generates the client from openapi.yaml, compiles it and tour.ts with tsc --strict, and runs the tour.
#   clients/typescript-example/run.sh <base-url> <admin-password>
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error 2>/dev/null || npm install --no-audit --no-fund --loglevel=error
rm -rf generated dist
node_modules/.bin/openapi-generator-cli validate -i ../../openapi.yaml
node_modules/.bin/openapi-generator-cli generate -i ../../openapi.yaml -g typescript-fetch -o generated \
    --additional-properties=supportsES6=true,importFileExtension=.js > generate.log 2>&1 \
    || { cat generate.log; exit 1; }
grep -E "WARN" generate.log | sed -E 's/.*WARN +//' | sort | uniq -c || true
node_modules/.bin/tsc -p tsconfig.json
node dist/tour.js "$1" "$2"
