#!/usr/bin/env bash
# Treaty's main job, end to end, with real Maven builds:
#   1. the producer publishes payments.order-events 1.0.0 to a directory registry;
#   2. two consumers register what they rely on (one with the DSL, one derived from its class);
#   3. the producer's compatible change (1.1.0) passes;
#   4. its breaking change (1.2.0) fails, naming the consumer and the field.
# Exits 0 when the break was caught as expected, non-zero otherwise.
set -euo pipefail

examples="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$examples/.." && pwd)"
mvn=("$root/mvnw" -B -ntp)
work="$examples/target/demo"
registry="$work/registry"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
build() { # build <project dir> <args...>: a real Maven build, its output shown
  local dir="$1"; shift
  printf '$ mvn -f %s %s\n' "${dir#"$root"/}" "$*"
  "${mvn[@]}" -f "$dir/pom.xml" -Dcontract.registry="$registry" "$@"
}

step "Installing Treaty into the local Maven repository (skipping its tests)"
"${mvn[@]}" -q -f "$root/pom.xml" install -DskipTests -Dinvoker.skip=true

step "Fresh copies of the example projects and an empty registry in ${work#"$root"/}"
rm -rf "$work"
mkdir -p "$work"
cp -R "$examples/order-service" "$examples/fraud-scoring" "$examples/billing" "$work/"
producer="$work/order-service"

step "The producer publishes payments.order-events 1.0.0"
build "$producer" verify contract:publish

step "The consumers register their expectations (their tests write them; publish checks them against 1.0.0)"
build "$work/fraud-scoring" verify contract:publish
build "$work/billing" verify contract:publish

step "The producer's compatible change: 1.1.0 adds an optional field"
cp "$examples/changes/compatible/order-events.odcs.yaml" "$producer/src/main/contracts/"
cp "$examples/changes/compatible/order-placed.schema.json" "$producer/src/main/json/"
build "$producer" verify contract:publish

step "The producer's breaking change: 1.2.0 adds the status REFUNDED"
cp "$examples/changes/breaking/order-events.odcs.yaml" "$producer/src/main/contracts/"
cp "$examples/changes/breaking/order-placed.schema.json" "$producer/src/main/json/"
log="$work/breaking-build.log"
set +e
build "$producer" verify 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

step "Result"
if [ "$status" -ne 0 ] && grep -q 'fraud-scoring  status  expectation.enum.valueAdded' "$log" \
    && grep -q 'breaks 1 of 2 consumers' "$log"; then
  echo "The breaking change was caught: the producer's build failed, naming consumer fraud-scoring and field status."
  echo "Reports: ${producer#"$root"/}/target/contract-reports/ (JSON, JUnit XML, Markdown)"
  exit 0
fi
echo "UNEXPECTED: the breaking change was not caught as expected (build exit status $status)." >&2
exit 1
