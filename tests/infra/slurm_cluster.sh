#!/usr/bin/env bash
# A real single-node Slurm 22.05 cluster (Debian 12, root, no systemd) for labgate's live tests.
#
#   slurm_cluster.sh install                      apt packages (idempotent)
#   slurm_cluster.sh start [STATE_DIR] [--restd PORT]
#   slurm_cluster.sh stop [STATE_DIR]
#   slurm_cluster.sh status [STATE_DIR]
#   slurm_cluster.sh env [STATE_DIR]              shell exports for the cluster's CLI
#
# Every daemon runs from binaries with its config, sockets, logs and PID file under STATE_DIR
# (default /tmp/labgate-slurm, or $LABGATE_SLURM_STATE). Nothing listens beyond 127.0.0.1.
set -euo pipefail
# The CLI calls below authenticate with munge; a SLURM_JWT from the caller would replace it.
unset SLURM_JWT

PACKAGES=(munge slurmctld slurmd slurm-client slurmrestd slurmdbd slurm-wlm-jwt-plugin
          mariadb-server)
DAEMONS=(slurmrestd slurmd slurmctld slurmdbd mariadbd munged)   # stop order
RESTD_USER=labgate-restd
MUNGE_SOCKET=/run/munge/munge.socket.2
DB_PASS=labgate-slurmdb
# tests/infra/slurm24.sh sources this file for its helpers and sets these for its own cluster.
CLUSTER_NAME=labgate
PORT_CTLD=6817
PORT_D=6818
PORT_DBD=6819
AUTH_INFO=""        # extra slurm.conf lines, e.g. "AuthInfo=socket=..."
DBD_AUTH_INFO=""    # extra slurmdbd.conf lines
RESTD_ARGS=()       # extra slurmrestd options

log() { printf '[slurm_cluster] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# ---------------------------------------------------------------- install

packages_missing() {
    local p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' \
            || echo "$p"
    done
}

cmd_install() {
    local t0 missing created_policy=0
    t0=$(now)
    missing=$(packages_missing)
    if [[ -z "$missing" ]]; then
        log "packages already installed"
        return 0
    fi
    [[ $(id -u) -eq 0 ]] || die "install needs root"
    # Keep postinst scripts from starting services (no systemd here; we start binaries ourselves).
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 0755 /usr/sbin/policy-rc.d
        created_policy=1
    fi
    # shellcheck disable=SC2317  # called through the trap
    cleanup_policy() { [[ $created_policy -eq 1 ]] && rm -f /usr/sbin/policy-rc.d; return 0; }
    trap cleanup_policy EXIT
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${PACKAGES[@]}" >/dev/null
    cleanup_policy
    trap - EXIT
    log "installed ${PACKAGES[*]} in $(elapsed "$t0") s"
}

# ---------------------------------------------------------------- state and config

state_dir() { echo "${1:-${LABGATE_SLURM_STATE:-/tmp/labgate-slurm}}"; }

pid_file() {  # pid_file STATE DAEMON: each PID file sits in a dir its daemon's user can write
    case "$2" in
        munged) echo "$1/munge/munged.pid" ;;
        mariadbd) echo "$1/mysql/mariadbd.pid" ;;
        *) echo "$1/run/$2.pid" ;;
    esac
}

alive() {  # alive PID: running and not a zombie (init here may reap exited daemons late)
    local st
    st=$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null) || return 1
    [[ -n "$st" && "$st" != Z ]]
}

pid_of() {  # pid_of STATE DAEMON -> prints a live pid or nothing
    local f pid
    f=$(pid_file "$1" "$2")
    [[ -s "$f" ]] || return 0
    pid=$(tr -dc '0-9' <"$f")
    # A stale PID file may name a reused PID: trust it only if the process is that daemon.
    [[ -n "$pid" ]] && alive "$pid" && [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "$2" ]] \
        && echo "$pid"
    return 0
}

node_line() {  # NodeName line from `slurmd -C`, with 8 virtual cores and two fake GPUs
    local hw
    hw=$(slurmd -C | sed -n 's/^\(NodeName=.*\)$/\1/p')
    [[ -n "$hw" ]] || die "slurmd -C printed no NodeName line"
    # config_overrides lets slurmd accept more CPUs than the machine has: several 1-CPU jobs
    # then run at once on a 2-core machine.
    echo "$hw" | sed -E \
        -e 's/ CPUs=[0-9]+/ CPUs=8/' \
        -e 's/ Boards=[0-9]+/ Boards=1/' \
        -e 's/ SocketsPerBoard=[0-9]+/ SocketsPerBoard=1/' \
        -e 's/ CoresPerSocket=[0-9]+/ CoresPerSocket=8/' \
        -e 's/ ThreadsPerCore=[0-9]+/ ThreadsPerCore=1/' \
        -e 's/$/ NodeAddr=127.0.0.1 Gres=gpu:fake:2 State=UNKNOWN/'
}

write_configs() {
    local s="$1" host node
    host=$(hostname -s)
    node=$(node_line)
    install -d -m 0755 "$s" "$s/etc" "$s/run" "$s/log"
    install -d -m 0755 -o slurm -g slurm "$s/ctld" "$s/dbd"
    install -d -m 0755 "$s/d"
    chown slurm:slurm "$s/log"
    # Fake GPUs: gres.conf needs File= to exist; /dev/null-like char devices avoid log errors.
    local i
    for i in 0 1; do
        [[ -c "$s/fakegpu$i" ]] || { rm -f "$s/fakegpu$i"; mknod -m 0666 "$s/fakegpu$i" c 1 3; }
    done
    if [[ ! -s "$s/etc/jwt_hs256.key" ]]; then
        head -c 32 /dev/urandom >"$s/etc/jwt_hs256.key"
    fi
    chown slurm:slurm "$s/etc/jwt_hs256.key"
    chmod 0600 "$s/etc/jwt_hs256.key"

    cat >"$s/etc/slurm.conf" <<EOF
# generated by tests/infra/$(basename "${BASH_SOURCE[-1]}")
ClusterName=$CLUSTER_NAME
SlurmctldHost=$host(127.0.0.1)
SlurmUser=slurm
SlurmctldPort=$PORT_CTLD
SlurmdPort=$PORT_D
AuthType=auth/munge
$AUTH_INFO
CredType=cred/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=$s/etc/jwt_hs256.key
StateSaveLocation=$s/ctld
SlurmdSpoolDir=$s/d
SlurmctldPidFile=$s/run/slurmctld.pid
SlurmdPidFile=$s/run/slurmd.pid
SlurmctldLogFile=$s/log/slurmctld.log
SlurmdLogFile=$s/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
SlurmdParameters=config_overrides
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=512
GresTypes=gpu
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
MailProg=/bin/true
ReturnToService=2
MpiDefault=none
SwitchType=switch/none
JobAcctGatherType=jobacct_gather/linux
JobAcctGatherFrequency=30
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=127.0.0.1
AccountingStoragePort=$PORT_DBD
AccountingStorageTRES=gres/gpu
JobCompType=jobcomp/filetxt
JobCompLoc=$s/log/jobcomp.txt
MinJobAge=300
KillWait=5
InactiveLimit=0
Waittime=0
$node
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE DefaultTime=01:00:00 MaxCPUsPerNode=4 State=UP
PartitionName=gpu Nodes=$host Default=NO MaxTime=INFINITE DefaultTime=01:00:00 MaxCPUsPerNode=4 State=UP
EOF
    cat >"$s/etc/gres.conf" <<EOF
AutoDetect=off
NodeName=$host Name=gpu Type=fake File=$s/fakegpu[0-1]
EOF
    cat >"$s/etc/slurmdbd.conf" <<EOF
# generated by tests/infra/$(basename "${BASH_SOURCE[-1]}")
AuthType=auth/munge
$DBD_AUTH_INFO
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=$s/etc/jwt_hs256.key
DbdHost=localhost
DbdAddr=127.0.0.1
DbdPort=$PORT_DBD
SlurmUser=slurm
DebugLevel=info
LogFile=$s/log/slurmdbd.log
PidFile=$s/run/slurmdbd.pid
StorageType=accounting_storage/mysql
StorageHost=localhost
StorageLoc=slurm_acct_db
StorageUser=slurm
StoragePass=$DB_PASS
EOF
    chown slurm:slurm "$s/etc/slurmdbd.conf"
    chmod 0600 "$s/etc/slurmdbd.conf"
    chmod 0644 "$s/etc/slurm.conf" "$s/etc/gres.conf"
    # The mariadb CLI reads [client]; slurmdbd has no socket option and gets MYSQL_UNIX_PORT.
    cat >"$s/etc/my.cnf" <<EOF
[client]
socket=$s/mysql/mysqld.sock
[mysqld]
datadir=$s/mysql/data
socket=$s/mysql/mysqld.sock
pid-file=$s/mysql/mariadbd.pid
log-error=$s/mysql/mariadbd.log
skip-networking
user=mysql
innodb_lock_wait_timeout=900
EOF
    chmod 0644 "$s/etc/my.cnf"
}

# ---------------------------------------------------------------- daemons

wait_for() {  # wait_for SECONDS DESCRIPTION COMMAND...: retry COMMAND (5 s cap each) until it succeeds
    local limit="$1" what="$2" deadline
    shift 2
    deadline=$((SECONDS + limit))
    while ((SECONDS < deadline)); do
        timeout 5 "$@" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    die "timed out after ${limit}s waiting for $what"
}

start_munged() {
    local s="$1"
    [[ -n $(pid_of "$s" munged) ]] && return 0
    # Slurm 22.05 ignores AuthInfo=socket= on its slurmdbd connections, so munged must serve
    # the default socket: one cluster per machine, and no foreign munged may hold it.
    if munge -S "$MUNGE_SOCKET" -n >/dev/null 2>&1; then
        die "a munged that is not this cluster's answers on $MUNGE_SOCKET; stop it first"
    fi
    install -d -m 0755 -o munge -g munge "$s/munge" "$(dirname "$MUNGE_SOCKET")"
    if [[ ! -s "$s/munge/munge.key" ]]; then
        # Own key per cluster: no dependence on /etc/munge/munge.key.
        head -c 1024 /dev/urandom >"$s/munge/munge.key"
        chown munge:munge "$s/munge/munge.key"
        chmod 0400 "$s/munge/munge.key"
    fi
    rm -f "$MUNGE_SOCKET" "$MUNGE_SOCKET.lock"
    # munged refuses to run as root.
    setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged \
        --key-file="$s/munge/munge.key" --socket="$MUNGE_SOCKET" \
        --pid-file="$s/munge/munged.pid" --log-file="$s/munge/munged.log" \
        --seed-file="$s/munge/munged.seed"
    wait_for 10 munged munge -S "$MUNGE_SOCKET" -n
}

start_mariadb() {
    local s="$1"
    [[ -n $(pid_of "$s" mariadbd) ]] && return 0
    local fresh=0
    if [[ ! -d "$s/mysql/data/mysql" ]]; then
        fresh=1
        install -d -m 0755 -o mysql -g mysql "$s/mysql" "$s/mysql/data"
        mariadb-install-db --defaults-file="$s/etc/my.cnf" --auth-root-authentication-method=socket \
            --skip-test-db >"$s/log/mariadb-install.log" 2>&1 \
            || die "mariadb-install-db failed, see $s/log/mariadb-install.log"
    fi
    rm -f "$s/mysql/mysqld.sock"
    # mariadbd does not daemonize: run it detached, it writes its own PID file.
    setsid mariadbd --defaults-file="$s/etc/my.cnf" </dev/null >/dev/null 2>&1 &
    wait_for 30 mariadbd mariadb --defaults-file="$s/etc/my.cnf" -e 'select 1'
    if [[ $fresh -eq 1 ]]; then
        mariadb --defaults-file="$s/etc/my.cnf" <<EOF
CREATE USER IF NOT EXISTS 'slurm'@'localhost' IDENTIFIED BY '$DB_PASS';
GRANT ALL ON slurm_acct_db.* TO 'slurm'@'localhost';
EOF
    fi
}

start_slurmdbd() {
    local s="$1"
    [[ -n $(pid_of "$s" slurmdbd) ]] && return 0
    MYSQL_UNIX_PORT="$s/mysql/mysqld.sock" slurmdbd
    wait_for 30 slurmdbd sacctmgr -n -i list cluster
}

start_slurmctld() {
    local s="$1"
    [[ -n $(pid_of "$s" slurmctld) ]] && return 0
    slurmctld -f "$s/etc/slurm.conf"
    wait_for 30 slurmctld scontrol ping
}

start_slurmd() {
    local s="$1"
    [[ -n $(pid_of "$s" slurmd) ]] && return 0
    slurmd -f "$s/etc/slurm.conf"
}

start_slurmrestd() {
    local s="$1" port="$2"
    [[ -n $(pid_of "$s" slurmrestd) ]] && return 0
    if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        die "127.0.0.1:$port is already in use"
    fi
    id -u "$RESTD_USER" >/dev/null 2>&1 \
        || useradd --system --no-create-home --shell /usr/sbin/nologin "$RESTD_USER"
    # slurmrestd refuses root and SlurmUser; it does not daemonize and writes no PID file.
    setsid setpriv --reuid="$RESTD_USER" --regid="$RESTD_USER" --init-groups \
        env SLURM_CONF="$s/etc/slurm.conf" SLURM_JWT=daemon \
        slurmrestd -a rest_auth/jwt "${RESTD_ARGS[@]}" "127.0.0.1:$port" \
        </dev/null >>"$s/log/slurmrestd.log" 2>&1 &
    echo $! >"$s/run/slurmrestd.pid"
    echo "$port" >"$s/run/slurmrestd.port"
    wait_for 20 "slurmrestd on 127.0.0.1:$port" bash -c "echo >/dev/tcp/127.0.0.1/$port"
}

check_traversable() {  # the daemons run as slurm, munge and mysql: every parent needs o+x
    local d="$1"
    while [[ "$d" != / ]]; do
        if [[ -d "$d" && $(stat -c %A "$d") != *[xt] ]]; then
            die "$d is not searchable by other users (like /root or pytest's" \
                "/tmp/pytest-of-root): choose a STATE_DIR such as /tmp/labgate-slurm"
        fi
        d=$(dirname "$d")
    done
}

cmd_start() {
    local s="" restd_port=""
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --restd) restd_port="${2:?--restd needs a PORT}"; shift 2 ;;
            *) s="$1"; shift ;;
        esac
    done
    s=$(state_dir "$s")
    [[ $(id -u) -eq 0 ]] || die "start needs root"
    [[ "$s" == /* ]] || die "STATE_DIR must be an absolute path"
    check_traversable "$(dirname "$s")"
    [[ -z $(packages_missing) ]] || die "packages missing: run '$0 install' first"
    local t0
    t0=$(now)
    if [[ -n $(pid_of "$s" slurmctld) && -n $(pid_of "$s" slurmd) ]]; then
        log "already running in $s"
    else
        cmd_stop "$s" 2>/dev/null
        write_configs "$s"
        export SLURM_CONF="$s/etc/slurm.conf"
        start_munged "$s"
        start_mariadb "$s"
        start_slurmdbd "$s"
        start_slurmctld "$s"
        start_slurmd "$s"
        cancel_all_jobs   # jobs recovered from a run that ended without 'stop'
    fi
    export SLURM_CONF="$s/etc/slurm.conf"
    # Registered and up; a running cluster may be busy with another session's jobs.
    wait_for 60 "node up" bash -c "sinfo -h -N -p debug -o %T | grep -qxE 'idle|mixed|allocated'"
    [[ -n "$restd_port" ]] && start_slurmrestd "$s" "$restd_port"
    log "cluster up in $(elapsed "$t0") s (state $s)"
}

stop_one() {  # stop_one STATE DAEMON
    local s="$1" d="$2" pid i
    pid=$(pid_of "$s" "$d")
    if [[ -n "$pid" ]]; then
        local t0
        t0=$(now)
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 150; i++)); do
            alive "$pid" || break
            sleep 0.1
        done
        if alive "$pid"; then
            log "$d (pid $pid) ignored SIGTERM for 15 s; killing"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        [[ -z "${SLURM_CLUSTER_VERBOSE:-}" ]] || log "$d stopped in $(elapsed "$t0") s"
    fi
    rm -f "$(pid_file "$s" "$d")"
}

job_pids() {  # slurmstepd processes of this cluster and all their descendants
    local s="$1" pid
    local -a roots=()
    for pid in $(pgrep -f '^slurmstepd: \[' || true); do
        tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null \
            | grep -qx "SLURM_CONF=$s/etc/slurm.conf" && roots+=("$pid")
    done
    ((${#roots[@]})) || return 0
    ps -eo pid=,ppid= | awk -v roots="${roots[*]}" '
        BEGIN { n = split(roots, r, " "); for (i = 1; i <= n; i++) keep[r[i]] = 1 }
        { parent[$1] = $2 }
        END {
            do { grew = 0
                 for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; grew = 1 }
            } while (grew)
            for (p in keep) print p
        }'
}

cancel_all_jobs() {  # so the saved state holds no job that would keep the node busy
    local ids
    ids=$(timeout 10 squeue -h -o %A 2>/dev/null || true)
    [[ -n "$ids" ]] || return 0
    # shellcheck disable=SC2086
    timeout 10 scancel $ids 2>/dev/null || true
    local deadline=$((SECONDS + 15))
    while ((SECONDS < deadline)) && [[ -n $(timeout 5 squeue -h -o %A 2>/dev/null) ]]; do
        sleep 0.2
    done
}

cmd_stop() {
    local s t0 d pids
    s=$(state_dir "${1:-}")
    t0=$(now)
    [[ -d "$s/run" ]] || { log "nothing to stop in $s"; return 0; }
    if [[ -n $(pid_of "$s" slurmctld) && -n $(pid_of "$s" slurmd) ]]; then
        SLURM_CONF="$s/etc/slurm.conf" cancel_all_jobs
    fi
    # Job steps (slurmstepd and the job's processes) outlive slurmd by design: end them first.
    pids=$(job_pids "$s")
    # shellcheck disable=SC2086
    [[ -z "$pids" ]] || kill -KILL $pids 2>/dev/null || true
    for d in "${DAEMONS[@]}"; do
        stop_one "$s" "$d"
    done
    rm -f "$s/run/slurmrestd.port"
    log "stopped in $(elapsed "$t0") s (state $s)"
}

cmd_status() {
    local s d pid rc=0
    s=$(state_dir "${1:-}")
    for d in munged mariadbd slurmdbd slurmctld slurmd slurmrestd; do
        pid=$(pid_of "$s" "$d")
        if [[ -n "$pid" ]]; then
            printf '%-11s running  pid %s\n' "$d" "$pid"
        else
            printf '%-11s stopped\n' "$d"
            [[ "$d" == slurmrestd ]] || rc=1
        fi
    done
    if [[ $rc -eq 0 ]]; then
        SLURM_CONF="$s/etc/slurm.conf" sinfo -N -o '%N %P %T %c %G' || rc=1
    fi
    return $rc
}

cmd_env() {
    local s
    s=$(state_dir "${1:-}")
    printf 'export SLURM_CONF=%q\n' "$s/etc/slurm.conf"
    printf 'export LABGATE_SLURM_STATE=%q\n' "$s"
    if [[ -s "$s/run/slurmrestd.port" && -n $(pid_of "$s" slurmrestd) ]]; then
        echo "export SLURMRESTD_URL=http://127.0.0.1:$(cat "$s/run/slurmrestd.port")"
    fi
}

# Sourced (by slurm24.sh): helpers only.
[[ "${BASH_SOURCE[0]}" == "$0" ]] || return 0

case "${1:-}" in
    install) shift; cmd_install "$@" ;;
    start) shift; cmd_start "$@" ;;
    stop) shift; cmd_stop "$@" ;;
    status) shift; cmd_status "$@" ;;
    env) shift; cmd_env "$@" ;;
    *) echo "usage: $0 install|start [STATE_DIR] [--restd PORT]|stop [STATE_DIR]|status [STATE_DIR]|env [STATE_DIR]" >&2
       exit 2 ;;
esac
