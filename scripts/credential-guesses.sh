#!/usr/bin/env bash
# 400 wrong credentials (200 made-up bearer tokens, 200 made-up imk_ keys) from one address against a packaged
# service with its default budgets; prints the statuses (count per status) and the log lines written meanwhile.
# usage: scripts/credential-guesses.sh target/quarkus-app 18422   (after ./mvnw -B package -DskipTests)
# Issue 21: before the fix 400 x 401 and 7,130 log lines (310 stack traces); after it 30 x 401, 370 x 429, no line.
set -euo pipefail
APP=$(cd "$1" && pwd); PORT=$2
RUN=$(mktemp -d); cd "$RUN"
TRACKER_BOOTSTRAP_ADMIN_PASSWORD=guesses-admin-password QUARKUS_HTTP_PORT=$PORT \
  java -jar "$APP/quarkus-run.jar" > service.log 2>&1 &
PID=$!
for i in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && break; sleep 1; done
BEFORE=$(wc -l < service.log)
for i in $(seq 1 200); do
  curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.guess$i.x" "http://127.0.0.1:$PORT/api/v1/me"
  curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer imk_guess$(printf %060d $i)" "http://127.0.0.1:$PORT/api/v1/me"
done > statuses.txt
sleep 1
AFTER=$(wc -l < service.log)
echo "statuses:"; sort statuses.txt | uniq -c
echo "log lines written during the 400 requests: $((AFTER - BEFORE))"
echo "of which 'Response head already sent': $(tail -n +$((BEFORE + 1)) service.log | grep -c 'Response head already sent' || true)"
curl -s -D - -o /dev/null -H "Authorization: Bearer imk_guess-last" "http://127.0.0.1:$PORT/api/v1/me" | grep -i -E '^(HTTP|retry-after|ratelimit)' || true
kill $PID; wait $PID 2>/dev/null || true
echo "run dir: $RUN"
