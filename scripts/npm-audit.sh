#!/usr/bin/env bash
# Issue #12 item 10: the production dependencies carry no known high or critical advisory.
# `npm audit --omit=dev --audit-level=high` fails the build on one. When the registry offers no
# audit endpoint (an offline mirror answers 405), that is said loudly and the build goes on:
# nothing was found, nothing was checked either.
set -uo pipefail
cd "$(dirname "$0")/.."
out="$(npm audit --omit=dev --audit-level=high 2>&1)"
rc=$?
echo "$out"
if [ "$rc" -ne 0 ] && grep -q "audit endpoint returned an error" <<<"$out"; then
  echo "!! npm audit: the registry has no audit endpoint here; advisories NOT checked" >&2
  exit 0
fi
exit "$rc"
