#!/usr/bin/env bash
# CI section "7/7 Sign-in through Keycloak" (issue 25): fetches Keycloak with Maven (org.keycloak:keycloak-quarkus-dist,
# a zip in Maven Central) into the local repository, unpacks it into target/keycloak, and runs scripts/IdpTest.java:
# Keycloak with two realms (two Trusts' IdPs) and the packaged service, real and forged tokens (docs/keycloak-test.md).
# Keycloak is stopped at exit, failed or not: by the test's shutdown hook, and by the trap below if the test was
# killed outright (Keycloak and the service run in process groups of their own, listed in <keycloak>/data/idp-test.pids).
#
# Usage: scripts/idp-ci.sh [--pg]
#   The service is target/quarkus-app/quarkus-run.jar on a fresh embedded H2 database. A jar built with
#   -Dquarkus.profile=pg (as .ci/run's section 6 leaves it) needs PostgreSQL: pass --pg to run it on a fresh database
#   (PGHOST, PGPORT, PGUSER as in .ci/run), dropped at exit.
set -euo pipefail
cd "$(dirname "$0")/.."

KEYCLOAK_VERSION=26.5.6
KEYCLOAK_JAVA_HOME=${KEYCLOAK_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export KEYCLOAK_JAVA_HOME
kc_dir=target/keycloak
kc_home=$kc_dir/keycloak-$KEYCLOAK_VERSION
pid_file=$kc_home/data/idp-test.pids
started=$(date +%s)
test_pid=
db=

stop() {
    status=$?
    if [ -n "$test_pid" ] && kill -0 "$test_pid" 2>/dev/null; then
        kill "$test_pid" 2>/dev/null || true # its shutdown hook stops Keycloak and the service
        for _ in $(seq 1 15); do kill -0 "$test_pid" 2>/dev/null || break; sleep 1; done
    fi
    if [ -f "$pid_file" ]; then # left behind only if the test was killed outright
        for group in $(cat "$pid_file"); do
            if kill -0 -- "-$group" 2>/dev/null; then
                echo "stopping process group $group, started by the test"
                kill -TERM -- "-$group" 2>/dev/null || true
                for _ in $(seq 1 10); do kill -0 -- "-$group" 2>/dev/null || break; sleep 1; done
                kill -KILL -- "-$group" 2>/dev/null || true
            fi
        done
        rm -f "$pid_file"
    fi
    if [ -n "$db" ]; then
        psql -d postgres -c "drop database if exists $db" >/dev/null 2>&1 || true
    fi
    exit "$status"
}
trap stop EXIT
trap 'exit 143' TERM INT

if [ ! -x "$kc_home/bin/kc.sh" ]; then
    ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.7.0:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$kc_dir"
    unzip -q -o "$kc_dir/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$kc_dir"
fi
echo "Keycloak $KEYCLOAK_VERSION in $kc_home ($(( $(date +%s) - started )) s to fetch and unpack)"
rm -f "$pid_file"

if [ "${1:-}" = "--pg" ]; then
    PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
    export PGHOST PGPORT PGUSER
    db="tracker_idp_$(date +%s)_$$"
    psql -v ON_ERROR_STOP=1 -d postgres -c "create database $db" >/dev/null
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db"
    export QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD=""
    echo "using fresh database $db"
fi

java scripts/IdpTest.java target/quarkus-app/quarkus-run.jar "$kc_home" &
test_pid=$!
wait "$test_pid"
test_pid=
echo "Sign-in through Keycloak: $(( $(date +%s) - started )) s in all"
