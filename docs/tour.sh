#!/usr/bin/env bash
# A tour of the API as its users meet it: a Trust lead, a consultant, an administrator and an integration. Runs
# against a service with demo data (./mvnw quarkus:dev, or the packaged service with TRACKER_DEMO_DATA=true):
#
#   docs/tour.sh                                  # http://localhost:8080
#   TRACKER_URL=http://127.0.0.1:18080 docs/tour.sh
#
# Every step prints its status line and stops the tour on any status it did not expect. Safe to run twice: creates
# carry Idempotency-Keys (a repeat replays the first answer), changes read the current ETag first, and steps that
# move a record on check where it stands.
set -euo pipefail
BASE=${TRACKER_URL:-http://localhost:8080}
RUN=${TOUR_RUN:-tour-1}   # part of every Idempotency-Key; change it for a fresh set of records
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# call EXPECTED[,EXPECTED…] TOKEN METHOD PATH [curl options…]: the body is left in $BODY, headers in $HEADERS
call() {
    local expected=$1 token=$2 method=$3 path=$4
    shift 4
    local status
    status=$(curl -s -o "$out/body" -D "$out/headers" -w '%{http_code}' -X "$method" "$BASE$path" \
        ${token:+-H "Authorization: Bearer $token"} "$@") || { echo "✗ $method $path: no answer from $BASE"; exit 1; }
    BODY=$(cat "$out/body"); HEADERS=$(tr -d '\r' < "$out/headers")
    printf '  %-6s %-72s %s\n' "$method" "$path" "$status"
    if [[ ",$expected," != *",$status,"* ]]; then
        echo "✗ expected $expected; the answer was:"; echo "$BODY" | head -c 600; echo; exit 1
    fi
}
field() { grep -o "\"$1\":\"\{0,1\}[^\",}]*" <<< "$BODY" | head -n 1 | sed -E "s/^\"$1\":\"?//"; }
header() { sed -n "s/^$1: //Ip" <<< "$HEADERS" | head -n 1; }
etag_of() { call 200 "$1" GET "$2" >/dev/null; header ETag; }
json=(-H 'Content-Type: application/json')
patch=(-H 'Content-Type: application/merge-patch+json')
sign_in() {
    call 200 "" POST /api/v1/auth/token "${json[@]}" -d "{\"username\":\"$1\",\"password\":\"demo-password-1\"}" >&2
    field accessToken
}

echo "Signing in as the demo users (password demo-password-1)"
ADMIN=$(sign_in demo.admin); NORTH=$(sign_in lead.north); CONS=$(sign_in consultant)

echo "Reference data and who I am"
call 200 "$NORTH" GET /api/v1/challenges
call 200 "$NORTH" GET /api/v1/me
call 200 "$ADMIN" GET '/api/v1/trusts?q=DEMO1'; NORTH_ID=$(field id)
call 200 "$ADMIN" GET '/api/v1/trusts?q=DEMO2'; SOUTH_ID=$(field id)
echo "A Trust lead sees only their own Trust: another's does not exist for them"
call 404 "$NORTH" GET "/api/v1/trusts/$SOUTH_ID"

echo "An administrator registers a Trust; the same Idempotency-Key replays the first answer"
trust='{"name":"Pennine Care NHS Foundation Trust","odsCode":"RT2","region":"North West","services":["ADULT","CAMHS"]}'
call 201 "$ADMIN" POST /api/v1/trusts "${json[@]}" -H "Idempotency-Key: $RUN-trust" -d "$trust"
TRUST=$(field id)
echo "    Location: $(header Location)   ETag: $(header ETag)   Idempotent-Replayed: $(header Idempotent-Replayed)"
call 201 "$ADMIN" POST /api/v1/trusts "${json[@]}" -H "Idempotency-Key: $RUN-trust" -d "$trust"
echo "    replayed: $(header Idempotent-Replayed), the same id: $([ "$(field id)" = "$TRUST" ] && echo yes)"

echo "Changes are JSON Merge Patch with If-Match: a stale ETag is refused"
call 412 "$ADMIN" PATCH "/api/v1/trusts/$TRUST" "${patch[@]}" -H 'If-Match: "999"' -d '{"region":"North"}'
call 200 "$ADMIN" PATCH "/api/v1/trusts/$TRUST" "${patch[@]}" -H "If-Match: $(etag_of "$ADMIN" "/api/v1/trusts/$TRUST")" \
    -d '{"region":"North West"}'

echo "One PDSA cycle, as Northshire's Trust lead"
call 201 "$NORTH" POST "/api/v1/trusts/$NORTH_ID/goals" "${json[@]}" -H "Idempotency-Key: $RUN-goal" -d '{
  "challengeNumber":6,"title":"Peer support workers in every team","aimStatement":"20 WTE peer posts filled by March 2027",
  "targetValue":20,"unit":"WTE","targetDate":"2027-03-31","priority":1,"owner":"Director of Nursing"}'
GOAL=$(field id)
call 201 "$NORTH" POST "/api/v1/goals/$GOAL/cycles" "${json[@]}" -H "Idempotency-Key: $RUN-cycle" -d '{
  "title":"Welcome group on Ward 3","changeIdea":"Peer-led welcome group twice a week","purpose":"TEST",
  "plan":{"objective":"Learn whether people come","questions":[{"question":"Will half attend?","prediction":"About 60%"}]}}'
CYCLE=$(field id)
call 200 "$NORTH" GET "/api/v1/cycles/$CYCLE"; PHASE=$(field phase)
if [ "$PHASE" = PLAN ]; then
    call 200 "$NORTH" POST "/api/v1/cycles/$CYCLE/transitions" "${json[@]}" \
        -H "If-Match: $(etag_of "$NORTH" "/api/v1/cycles/$CYCLE")" -d '{"to":"DO"}'
    call 200 "$NORTH" PATCH "/api/v1/cycles/$CYCLE" "${patch[@]}" -H "If-Match: $(etag_of "$NORTH" "/api/v1/cycles/$CYCLE")" \
        -d '{"do":{"startedOn":"2026-12-01","carriedOutAsPlanned":true,"observations":"7 of 12 new admissions came"}}'
    call 200 "$NORTH" POST "/api/v1/cycles/$CYCLE/transitions" "${json[@]}" \
        -H "If-Match: $(etag_of "$NORTH" "/api/v1/cycles/$CYCLE")" -d '{"to":"STUDY"}'
    call 201 "$NORTH" POST "/api/v1/cycles/$CYCLE/review" "${json[@]}" \
        -H "If-Match: $(etag_of "$NORTH" "/api/v1/cycles/$CYCLE")" -d '{"reviewedOn":"2026-12-20",
        "reviewers":["Ann Peer"],"matchedPredictions":"PARTLY","decision":"ADAPT","nextSteps":"Add an evening session",
        "results":[{"question":"Will half attend?","outcome":"58% came","learning":"Evenings suit more"}]}'
else
    echo "    (the cycle is already $PHASE: reviewed on an earlier run)"
fi

echo "Measures: figures from a spreadsheet (all or nothing; the same rows again are safe), then the SPC chart"
call 201 "$NORTH" POST "/api/v1/trusts/$NORTH_ID/measures" "${json[@]}" -H "Idempotency-Key: $RUN-measure" \
    -d "{\"templateCode\":\"peer-workers-wte\",\"goalId\":\"$GOAL\",\"target\":20}"
MEASURE=$(field id)
call 200,201 "$NORTH" POST "/api/v1/measures/$MEASURE/observations" -H 'Content-Type: text/csv' \
    --data-binary $'period,value\n2025-Q1,6\n2025-Q2,7.5\n2025-Q3,9\n2025-Q4,11\n'
call 200 "$NORTH" GET "/api/v1/measures/$MEASURE/spc"
echo "    variation: $(field variationIcon)"

echo "Wards and teams: Northshire's wards as a spreadsheet, a new team (a repeat replays it), the TRIP coverage"
call 200 "$NORTH" GET "/api/v1/trusts/$NORTH_ID/units?kind=WARD" -H 'Accept: text/csv'
call 201 "$NORTH" POST "/api/v1/trusts/$NORTH_ID/units" "${json[@]}" -H "Idempotency-Key: $RUN-unit" \
    -d "{\"name\":\"Outreach Team ($RUN)\",\"kind\":\"TEAM\"}"
call 200 "$NORTH" GET "/api/v1/trusts/$NORTH_ID/trip-coverage"
echo "    open teams with a current TRIP: $(field percentWithCurrentTrip)%"

echo "Ward-level restraint: the Trust's rate is derived from the wards' (sums of episodes and bed days), ward by ward"
call 200 "$NORTH" GET "/api/v1/trusts/$NORTH_ID/measures?templateCode=restraint-rate"; WARD_MEASURE=$(field id)
call 200 "$NORTH" GET "/api/v1/measures/$WARD_MEASURE/spc"
echo "    the Trust's latest point: $(grep -o '"incompletePeriods":\[[^]]*\]' <<< "$BODY" | head -c 160)"
call 200 "$NORTH" GET "/api/v1/measures/$WARD_MEASURE/units" -H 'Accept: text/csv'

echo "Fair for everyone: restraint broken down by ethnic group (PCREF): Black patients' own series, and the gap"
call 200 "$NORTH" GET /api/v1/breakdowns
call 200 "$NORTH" GET "/api/v1/measures/$WARD_MEASURE/spc?breakdown=ETHNIC_GROUP&code=BLACK"
echo "    $(grep -o '"name":"[^"]*"' <<< "$BODY" | head -n 1 | cut -d'"' -f4): $(field variationIcon) in its latest limits"
call 400 "$NORTH" GET "/api/v1/measures/$WARD_MEASURE/spc?breakdown=ETHNIC_GROUP&code=black"
call 200 "$NORTH" GET "/api/v1/measures/$WARD_MEASURE/disparities?breakdown=ETHNIC_GROUP&reference=WHITE&by=period"
call 200 "$NORTH" GET "/api/v1/measures/$WARD_MEASURE/disparities?breakdown=ETHNIC_GROUP&reference=WHITE" \
    -H 'Accept: text/csv'
echo "    over the last 12 months: $(grep '^window,BLACK' <<< "$BODY" | cut -d, -f2,7-10)"

echo "A learning set, as its facilitator"
call 200 "$CONS" GET '/api/v1/learning-sets?status=ACTIVE'; SET=$(field id)
call 200 "$CONS" GET "/api/v1/learning-sets/$SET/members"
call 200 "$NORTH" GET "/api/v1/learning-sets/$SET/members"
echo "    as Northshire's lead, the others are pseudonyms: $(grep -o '"label":"Trust [A-Z]*"' <<< "$BODY" | tr '\n' ' ')"

echo "An integration: its own read-only key, the roll-up with an ETag, then 304 until a figure changes"
call 201 "$ADMIN" POST /api/v1/api-keys "${json[@]}" -d "{\"name\":\"Tour dashboard\",\"trustIds\":[\"$NORTH_ID\"]}"
KEY=$(field key); KEY_ID=$(field id)
call 200 "$KEY" GET "/api/v1/trusts/$NORTH_ID/progress"; TAG=$(header ETag)
call 304 "$KEY" GET "/api/v1/trusts/$NORTH_ID/progress" -H "If-None-Match: $TAG"
call 200 "$KEY" GET '/api/v1/changes?limit=50'
call 403 "$KEY" POST "/api/v1/trusts/$NORTH_ID/actions" "${json[@]}" -d '{"title":"x","owner":"y","dueOn":"2027-01-01"}'
call 204 "$ADMIN" DELETE "/api/v1/api-keys/$KEY_ID" -H 'If-Match: "0"'   # revoked: the tour leaves no live key
call 401 "$KEY" GET /api/v1/challenges

echo "Errors are RFC 9457 problem details"
call 404 "$NORTH" GET /api/v1/challenges/11
echo "    $BODY" | head -c 200; echo
echo "✓ tour complete"
