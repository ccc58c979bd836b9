#!/usr/bin/env bash
# Packs Footsteps.Build from this checkout and runs the sample experiment with it.
# Arguments go to the program: ./samples/run-sample.sh --lr 0.05
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet pack "$root/src/Footsteps.Build.Runtime" -c Release -o "$root/artifacts/packages" -nodeReuse:false -v:q
# A repack keeps version 0.1.0: drop the sample's cached copy so the new one is used.
rm -rf "$root/artifacts/sample-packages/footsteps.build"
cd "$root/samples/HelloExperiment"
dotnet run -- "$@"
