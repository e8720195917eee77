#!/usr/bin/env bash
# The fault soak (issue 14): the three fault scenarios of tests/Hotline.Cluster.Tests/Faults (kill -9 of a silo,
# a database outage, a rolling restart with SIGTERM), each under load, with longer phases than CI runs them.
#   tests/faults-soak.sh [--silos 3] [--phase 120] [--outage 30] [--no-build]
#     --silos   silo processes per scenario (one PostgreSQL)
#     --phase   seconds of load before, (kill only) after and between the faults, at least
#     --outage  seconds the database stays unreachable
#     --no-build  run what tests/Hotline.Cluster.Tests last built (Release)
# Prints the runs' "RESULT name value unit" lines at the end; exits non-zero when an invariant or bound failed.
set -euo pipefail
cd "$(dirname "$0")/.."
silos=3 phase=120 outage=30 build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --silos) silos=$2; shift 2 ;;
    --phase) phase=$2; shift 2 ;;
    --outage) outage=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "usage: tests/faults-soak.sh [--silos N] [--phase SECONDS] [--outage SECONDS] [--no-build]" >&2; exit 64 ;;
  esac
done

results=$(mktemp)
trap 'rm -f "$results"' EXIT
[ "$build" = 1 ] && dotnet build tests/Hotline.Cluster.Tests -c Release -nologo -clp:ErrorsOnly
status=0
HOTLINE_FAULT_RESULTS=$results HOTLINE_FAULT_SILOS=$silos HOTLINE_FAULT_PHASE_SECONDS=$phase HOTLINE_FAULT_OUTAGE_SECONDS=$outage \
  dotnet test tests/Hotline.Cluster.Tests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~Hotline.Cluster.Tests.Faults" --logger "console;verbosity=normal" || status=$?
echo "RESULT faults_silos $silos silos"
echo "RESULT faults_phase $phase s"
echo "RESULT faults_outage $outage s"
cat "$results"
exit $status
