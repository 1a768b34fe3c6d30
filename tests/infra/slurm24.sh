#!/usr/bin/env bash
# A real single-node Slurm 24.11 cluster, built from source, for proving labgate's generated
# client against Slurm's own slurmrestd (data_parser v0.0.40-v0.0.42). Runs beside the 22.05
# cluster of slurm_cluster.sh (whose helpers it sources): own ports, munged, MariaDB, state.
#
#   slurm24.sh install                      build deps, fetch + verify the source, build (cached)
#   slurm24.sh start [STATE_DIR] [--restd PORT]
#   slurm24.sh stop [STATE_DIR]
#   slurm24.sh status [STATE_DIR]
#   slurm24.sh env [STATE_DIR]              shell exports: PATH, SLURM_CONF, SLURMRESTD_URL, ...
#   slurm24.sh token USER [LIFESPAN_S] [STATE_DIR]   a JWT for USER (slurmrestd's X-SLURM-USER-TOKEN)
#
# STATE_DIR defaults to /tmp/labgate-slurm24 (or $LABGATE_SLURM24_STATE). The build lives in
# .cache/slurm-24.11 (or $LABGATE_SLURM24_CACHE) and is reused while its stamp matches.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=slurm_cluster.sh
source "$HERE/slurm_cluster.sh"

VERSION=24.11.5
TARBALL=slurm-wlm_${VERSION}.orig.tar.gz
TARBALL_MD5=4059b2f58afe4b9494be08b1f1195e4c      # trixie's Sources index
TARBALL_SHA256=e1a5547edd212c38b5e3230a284133f777b32746551f094aaa81cc4af375e332  # computed once
TARBALL_SIZE=9907599
POOL_URL=http://deb.debian.org/debian/pool/main/s/slurm-wlm/$TARBALL
CACHE=${LABGATE_SLURM24_CACHE:-$(cd "$HERE/../.." && pwd)/.cache/slurm-24.11}
PREFIX=$CACHE/prefix
CONFIGURE_FLAGS=(--with-jwt --with-http-parser --with-json --with-yaml --with-munge
                 --with-hwloc --disable-debug --without-pmix --without-ucx)
# Plugins the tests rely on: a build that silently lacks one (configure drops features whose
# library it cannot find) fails here rather than at start.
REQUIRED_PLUGINS=(auth_munge auth_jwt cred_munge rest_auth_jwt accounting_storage_mysql
                  accounting_storage_slurmdbd openapi_slurmctld openapi_slurmdbd
                  data_parser_v0_0_40 data_parser_v0_0_41 data_parser_v0_0_42 gres_gpu
                  select_cons_tres jobcomp_filetxt)
BUILD_DEPS=(build-essential pkg-config python3 libjwt-dev libhttp-parser-dev libjson-c-dev
            libyaml-dev libmunge-dev libhwloc-dev liblz4-dev libdbus-1-dev
            libmariadb-dev-compat libmariadb-dev munge mariadb-server)
PACKAGES=(munge mariadb-server)   # at run time besides the build (packages_missing)

CLUSTER_NAME=labgate24
PORT_CTLD=6917
PORT_D=6918
PORT_DBD=6919
RESTD_ARGS=(-s openapi/slurmctld,openapi/slurmdbd -d v0.0.42,v0.0.41,v0.0.40)
DB_PASS=labgate-slurmdb24
JOB_USER=labgate-user   # slurmrestd rejects tokens for root: the tests act as this user
export PATH="$PREFIX/bin:$PREFIX/sbin:$PATH"

log() { printf '[slurm24] %s\n' "$*" >&2; }
state_dir() { echo "${1:-${LABGATE_SLURM24_STATE:-/tmp/labgate-slurm24}}"; }
stamp() { printf '%s %s %s\n' "$VERSION" "$TARBALL_SHA256" "${CONFIGURE_FLAGS[*]}"; }
built() { [[ -s "$PREFIX/.labgate-built" && "$(cat "$PREFIX/.labgate-built")" == "$(stamp)" ]]; }

packages_missing() {  # runtime packages, and the build itself (used by cmd_start)
    local p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' \
            || echo "$p"
    done
    built || echo "slurm-$VERSION (build)"
}

# ---------------------------------------------------------------- install

apt_install() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' \
            || missing+=("$p")
    done
    ((${#missing[@]})) || return 0
    log "apt: ${missing[*]}"
    [[ -e /usr/sbin/policy-rc.d ]] || { printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
                                         chmod 0755 /usr/sbin/policy-rc.d; }
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${missing[@]}" >/dev/null
}

tarball_ok() {  # size, md5 (Debian's index) and sha256 (pinned here) all match
    local f="$1"
    [[ -s "$f" && $(stat -c %s "$f") -eq $TARBALL_SIZE ]] \
        && echo "$TARBALL_MD5  $f" | md5sum --quiet -c - \
        && echo "$TARBALL_SHA256  $f" | sha256sum --quiet -c -
}

fetch_source() {
    local dl="$CACHE/src" apt_dir="$CACHE/apt"
    tarball_ok "$dl/$TARBALL" 2>/dev/null && return 0
    install -d "$dl" "$apt_dir/lists/partial"
    # trixie's source index in its own lists dir: the machine's apt sources stay untouched.
    echo "deb-src http://deb.debian.org/debian trixie main" >"$apt_dir/sources.list"
    local opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
                -o "Dir::State::Lists=$apt_dir/lists" -o APT::Sandbox::User=root)
    apt-get "${opts[@]}" update -qq
    # The .dsc and Debian diff may 404 once trixie moves to a newer revision; the orig tarball
    # (all a plain build needs) stays: apt-get's exit status is judged by the checksum below.
    (cd "$dl" && timeout 300 apt-get "${opts[@]}" source --download-only -qq slurm-wlm) \
        >/dev/null 2>&1 || true
    if ! tarball_ok "$dl/$TARBALL" 2>/dev/null; then
        log "apt did not deliver $TARBALL (trixie may have moved on); trying $POOL_URL"
        curl -fsS --max-time 300 -o "$dl/$TARBALL" "$POOL_URL" || true
    fi
    tarball_ok "$dl/$TARBALL" || die "$TARBALL missing or its checksum differs (want md5" \
        "$TARBALL_MD5, sha256 $TARBALL_SHA256); snapshot.debian.org keeps every version"
}

build() {
    local t0 src="$CACHE/build" p
    t0=$(now)
    rm -rf "$src" "$PREFIX"
    install -d "$src"
    tar -xzf "$CACHE/src/$TARBALL" -C "$src" --strip-components=1
    cd "$src"
    ./configure --prefix="$PREFIX" --sysconfdir="$PREFIX/etc" "${CONFIGURE_FLAGS[@]}" \
        >"$CACHE/configure.log" 2>&1 || die "configure failed, see $CACHE/configure.log"
    log "configured in $(elapsed "$t0") s"
    make -j2 >"$CACHE/make.log" 2>&1 || die "make failed, see $CACHE/make.log"
    make install >"$CACHE/install.log" 2>&1 || die "make install failed, see $CACHE/install.log"
    cd /
    for p in "${REQUIRED_PLUGINS[@]}"; do
        [[ -e "$PREFIX/lib/slurm/$p.so" ]] || die "the build lacks $p.so: see $CACHE/configure.log"
    done
    rm -rf "$src"   # ~1 GB of objects; the prefix is what runs
    stamp >"$PREFIX/.labgate-built"
    log "built Slurm $VERSION into $PREFIX in $(elapsed "$t0") s"
}

cmd_install() {
    local t0
    t0=$(now)
    [[ $(id -u) -eq 0 ]] || die "install needs root"
    apt_install "${BUILD_DEPS[@]}"
    install -d "$CACHE"
    # One build at a time (CI's make infra and a test session may both ask).
    exec 9>"$CACHE/.lock"
    flock -w 1800 9 || die "another install held $CACHE/.lock for 30 min"
    if built; then
        log "Slurm $VERSION already built in $PREFIX"
    else
        fetch_source
        build
    fi
    # The daemons run as slurm, munge and labgate-restd: every parent of the prefix needs o+x.
    check_traversable "$PREFIX"
    log "install done in $(elapsed "$t0") s"
}

# ---------------------------------------------------------------- run

ensure_users() {
    id -u slurm >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin slurm
    id -u "$JOB_USER" >/dev/null 2>&1 \
        || useradd --system --no-create-home --home-dir /tmp --shell /bin/sh "$JOB_USER"
}

ensure_associations() {  # fairshare (sshare, /slurm/v0.0.42/shares) needs the user in slurmdbd
    sacctmgr -n -P list user "$JOB_USER" format=user 2>/dev/null | grep -qx "$JOB_USER" && return 0
    timeout 30 sacctmgr -i -Q add account labgate Cluster="$CLUSTER_NAME" >/dev/null 2>&1 || true
    timeout 30 sacctmgr -i -Q add user "$JOB_USER" Account=labgate >/dev/null \
        || die "sacctmgr could not add $JOB_USER"
    timeout 30 sacctmgr -i -Q add user root Account=labgate >/dev/null 2>&1 || true
}

cmd_start24() {
    local s="" restd_port="" args=("$@")
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --restd) shift 2 ;;
            *) s="$1"; shift ;;
        esac
    done
    s=$(state_dir "$s")
    MUNGE_SOCKET="$s/munge/munge.socket"
    # Clients sign their slurmdbd messages with AccountingStoragePass, not AuthInfo: both
    # must name this cluster's munged, or they reach the other cluster's on the default socket.
    AUTH_INFO="AuthInfo=socket=$MUNGE_SOCKET
AccountingStoragePass=socket=$MUNGE_SOCKET"
    DBD_AUTH_INFO="AuthInfo=socket=$MUNGE_SOCKET"
    ensure_users
    cmd_start "${args[@]}"
    SLURM_CONF="$s/etc/slurm.conf" ensure_associations
}

cmd_env() {
    local s
    s=$(state_dir "${1:-}")
    echo "export PATH=$PREFIX/bin:$PREFIX/sbin:\$PATH"
    printf 'export SLURM_CONF=%q\n' "$s/etc/slurm.conf"
    printf 'export LABGATE_SLURM24_STATE=%q\n' "$s"
    printf 'export LABGATE_SLURM24_USER=%q\n' "$JOB_USER"
    if [[ -s "$s/run/slurmrestd.port" && -n $(pid_of "$s" slurmrestd) ]]; then
        echo "export SLURMRESTD_URL=http://127.0.0.1:$(cat "$s/run/slurmrestd.port")"
    fi
}

cmd_token() {  # token USER [LIFESPAN] [STATE]
    local user="${1:?token needs a USER}" life="${2:-3600}" s
    s=$(state_dir "${3:-}")
    SLURM_CONF="$s/etc/slurm.conf" timeout 20 scontrol token username="$user" lifespan="$life" \
        | sed -n 's/^SLURM_JWT=//p'
}

stop24() {
    local s
    s=$(state_dir "${1:-}")
    MUNGE_SOCKET="$s/munge/munge.socket"
    cmd_stop "$s"
}

case "${1:-}" in
    install) shift; cmd_install "$@" ;;
    start) shift; cmd_start24 "$@" ;;
    stop) shift; stop24 "$@" ;;
    status) shift; cmd_status "$(state_dir "${1:-}")" ;;
    env) shift; cmd_env "$@" ;;
    token) shift; cmd_token "$@" ;;
    *) echo "usage: $0 install|start [STATE_DIR] [--restd PORT]|stop [STATE_DIR]|status [STATE_DIR]|env [STATE_DIR]|token USER [LIFESPAN_S] [STATE_DIR]" >&2
       exit 2 ;;
esac
