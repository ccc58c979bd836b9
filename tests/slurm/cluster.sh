#!/usr/bin/env bash
# A single-node Slurm cluster for the tests, in a directory of its own:
#   cluster.sh start DIR   munge, slurmctld and slurmd as root; prints SLURM_CONF's path
#   cluster.sh stop DIR    stops the daemons this directory's cluster started
# Needs Debian's slurmctld, slurmd, slurm-client and munge (.ci/run installs them).
set -euo pipefail
action=$1
dir=$(realpath -m "$2")
conf="$dir/slurm.conf"

start() {
  mkdir -p "$dir/state" "$dir/spool" "$dir/log" /run/munge
  chown munge:munge /run/munge
  if [ ! -S /run/munge/munge.socket.2 ]; then
    [ -f /etc/munge/munge.key ] || runuser -u munge -- /usr/sbin/mungekey --create
    runuser -u munge -- /usr/sbin/munged
    touch "$dir/munge-started-here"
  fi
  local host
  host=$(hostname -s)
  cat > "$conf" <<CONF
ClusterName=footsteps
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
KillWait=5
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=tests Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$conf"
  slurmctld -f "$conf"
  slurmd -f "$conf"
  for _ in $(seq 1 60); do
    if sinfo -h -o %T 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then
      echo "$conf"
      return 0
    fi
    sleep 0.5
  done
  echo "the Slurm cluster in $dir did not come up; logs in $dir/log" >&2
  return 1
}

stop() {
  for daemon in slurmd slurmctld; do
    if [ -f "$dir/$daemon.pid" ]; then
      kill "$(cat "$dir/$daemon.pid")" 2>/dev/null || true
    fi
  done
  if [ -f "$dir/munge-started-here" ] && [ -f /run/munge/munged.pid ]; then
    kill "$(cat /run/munge/munged.pid)" 2>/dev/null || true
  fi
}

"$action"
