#!/bin/bash
# GPU facts, checked for real on a machine with an NVIDIA GPU and no .NET SDK.
#   bench/gpu-check.sh prepare   here: packs this checkout, publishes a small self-contained
#                                single-file program built with it to artifacts/gpucheck/
#   bench/gpu-check.sh device    there (artifacts/gpucheck/ copied along): runs it three times
#                                (two short runs, one of 3 s) and copies the records to $OUT
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
case "${1:-}" in
prepare)
  work=$(mktemp -d)
  dotnet pack "$root/src/Footsteps.Build.Runtime" -c Release -o "$work/feed" -nodeReuse:false -v:q
  mkdir "$work/gpuapp" && cd "$work/gpuapp"
  cat > gpuapp.csproj <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
  <ItemGroup><PackageReference Include="Footsteps.Build" Version="0.1.0" /></ItemGroup>
</Project>
XML
  cat > Program.cs <<'CS'
File.WriteAllText(Footsteps.OutputDir + "artifact.txt", "written on " + Environment.MachineName);
if (args.Length > 0)
    Thread.Sleep(TimeSpan.FromSeconds(double.Parse(args[0])));
Console.WriteLine("gpu check done: " + Footsteps.OutputDir);
CS
  echo "<configuration><packageSources><add key=\"gpucheck\" value=\"$work/feed\" /></packageSources></configuration>" > nuget.config
  git init -q && git add -A && git -c user.name=gpucheck -c user.email=gpucheck@example.com commit -qm gpucheck
  NUGET_PACKAGES="$work/packages" dotnet publish -c Release -r linux-x64 --self-contained true \
    -p:PublishSingleFile=true -p:EnableCompressionInSingleFile=true -o "$root/artifacts/gpucheck" -nodeReuse:false -v:q
  echo "ready: carry artifacts/gpucheck and run 'bench/gpu-check.sh device' there"
  ;;
device)
  app="$root/artifacts/gpucheck/gpuapp"
  chmod +x "$app"
  { echo "PATH=$PATH"; echo "nvidia-smi: $(command -v nvidia-smi || echo none)"
    time nvidia-smi --query-gpu=name,uuid,memory.total,driver_version --format=csv,noheader,nounits; } > "$OUT/probe.txt" 2>&1 || true
  cd "$(mktemp -d)"
  FOOTSTEPS_NAME=short "$app" > "$OUT/short-output.txt" 2>&1
  FOOTSTEPS_NAME=again "$app" > "$OUT/again-output.txt" 2>&1
  FOOTSTEPS_NAME=long "$app" 3 > "$OUT/long-output.txt" 2>&1
  for name in short again long; do cp "results/$name/info.json" "$OUT/$name-info.json"; done
  cat "$OUT/probe.txt"; grep -A7 '"gpus"' results/*/info.json
  ;;
*) echo "usage: $0 prepare|device" >&2; exit 2 ;;
esac
