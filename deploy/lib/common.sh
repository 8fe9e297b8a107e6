# Shared helpers of deploy.sh: logging, configuration, packages, ports.
# shellcheck shell=bash

log() { printf '\033[1m[deploy]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[deploy] error:\033[0m %s\n' "$*" >&2; exit 1; }

# Operator configuration: a `.env` file at the top level, if present (KEY=value lines), then the environment.
if [ -f "$ROOT/.env" ]; then
    set -a
    # shellcheck disable=SC1091
    source "$ROOT/.env"
    set +a
fi

export DATA_DIR="${DATA_DIR:-$ROOT/data}"
export LOG_DIR="${LOG_DIR:-$ROOT/logs}"
RUN_DIR="$DATA_DIR/run"
export RABBITMQ_URL="${RABBITMQ_URL:-amqp://guest:guest@127.0.0.1:5672}"

# Name, environment prefix and default port of every daemon (API.md's table).
SERVICES=(gateway health-monitor sav-agent advertising-agent content-agent analysis-agent pages-agent email-agent)

# The one executable of the eight daemons (Services/CommerceAI). Each daemon is started through a symbolic link of
# its name next to it (`gateway -> commerceai`), so `ps`, pid files and logs show the daemon's name.
DAEMONS_BINARY=commerceai

# link_daemon_names DIR: the links `<daemon> -> commerceai` in DIR (a build's bin folder), replacing whatever has a
# daemon's name there (an executable of an older build that had one per daemon).
link_daemon_names() {
    local dir="$1" service
    [ -x "$dir/$DAEMONS_BINARY" ] || die "no $DAEMONS_BINARY in $dir; run ./deploy/deploy.sh build"
    for service in "${SERVICES[@]}"; do ln -sfn "$DAEMONS_BINARY" "$dir/$service"; done
}

known_service() {
    local candidate="$1" service
    for service in "${SERVICES[@]}"; do [ "$service" = "$candidate" ] && return 0; done
    return 1
}

service_prefix() {
    case "$1" in
        gateway) echo GATEWAY ;;
        health-monitor) echo HEALTH_MONITOR ;;
        sav-agent) echo SAV ;;
        advertising-agent) echo ADVERTISING ;;
        content-agent) echo CONTENT ;;
        analysis-agent) echo ANALYSIS ;;
        pages-agent) echo PAGES ;;
        email-agent) echo EMAIL ;;
        *) return 1 ;;
    esac
}

default_port() {
    case "$1" in
        gateway) echo 4000 ;;
        health-monitor) echo 4002 ;;
        sav-agent) echo 5001 ;;
        advertising-agent) echo 5002 ;;
        content-agent) echo 5003 ;;
        analysis-agent) echo 5004 ;;
        pages-agent) echo 5005 ;;
        email-agent) echo 5006 ;;
        *) return 1 ;;
    esac
}

service_port() {
    local var
    var="$(service_prefix "$1")_PORT"
    echo "${!var:-$(default_port "$1")}"
}

service_url() {
    local host="${HOST:-127.0.0.1}"
    [ "$host" = "0.0.0.0" ] && host=127.0.0.1
    echo "http://$host:$(service_port "$1")"
}

# Flags of every release build (`up`, `bench`, `build release`, `link-order`; deploy/Dockerfile repeats them). With
# the release link settings of Package.swift (lld, packed relative relocations, deploy/link-order/symbols.txt) they
# cut what an idle daemon has resident (README.md, "Memory"):
# - the Swift runtime and Foundation linked into the binary (--static-swift-stdlib): no dynamic loading, relocation
#   and symbol lookup of a dozen shared libraries at every start, and only the parts the daemons use are linked in;
# - every function in a section of its own (-function-sections for Swift, -ffunction-sections for C, for the
#   dependencies too): the linker can then lay out the functions the daemons use up to idle side by side, so they
#   fill a few pages instead of reaching into most 64 KiB blocks of the binary (the kernel maps a whole block of
#   cached file pages around each page fault).
release_build_flags() {
    RELEASE_BUILD_FLAGS=(
        --static-swift-stdlib
        -Xswiftc -Xfrontend -Xswiftc -function-sections
        -Xcc -ffunction-sections -Xcc -fdata-sections
    )
}

# release_build [SCRATCH...] -- [PRODUCT]: `swift build -c release` with those flags (every product, or PRODUCT),
# then BIN_DIR is its bin folder, with the daemons' links. Extra arguments before `--` go to swift build
# (`--scratch-path DIR`).
release_build() {
    local options=() product="" status
    while [ $# -gt 0 ] && [ "$1" != -- ]; do options+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    [ $# -gt 0 ] && product="$1"
    release_build_flags
    log "building ${product:-everything} (release)…"
    set +e
    swift build -c release "${options[@]}" "${RELEASE_BUILD_FLAGS[@]}" ${product:+--product "$product"} 2>&1 |
        grep -Ev '^\[[0-9]+/[0-9]+\] (Compiling|Emitting|Linking|Write|Applying)'
    status=${PIPESTATUS[0]}
    set -e
    [ "$status" -eq 0 ] || die "release build failed"
    BIN_DIR="$(swift build -c release "${options[@]}" --show-bin-path)"
    export BIN_DIR
    link_daemon_names "$BIN_DIR"
}

# Installs the Debian packages that are missing (apt-get update only when something is).
install_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    log "installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What the test suite needs beyond the build: curl, chromium (the dashboard browser test), and a Python virtual
# environment with aiosmtpd (a real SMTP server for the mail tests) under .build-venv/.
install_test_tools() {
    install_packages curl chromium
    python3 -m venv --help >/dev/null 2>&1 || install_packages python3 python3-venv
    local venv="$ROOT/.build-venv"
    if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import aiosmtpd' 2>/dev/null; then
        log "preparing $venv (aiosmtpd)"
        python3 -m venv "$venv" || { install_packages python3-venv && python3 -m venv "$venv"; }
        "$venv/bin/pip" install -q --disable-pip-version-check aiosmtpd
    fi
    export COMMERCE_TEST_PYTHON="$venv/bin/python"
}

# A TCP port in 20000-39999 nobody listens on (its +20000 twin too, for a broker's distribution port).
free_port() {
    local port tries=0
    while [ $tries -lt 100 ]; do
        port=$((20000 + RANDOM % 20000))
        if ! port_open 127.0.0.1 "$port" && ! port_open 127.0.0.1 $((port + 20000)); then
            echo "$port"
            return 0
        fi
        tries=$((tries + 1))
    done
    die "no free port found"
}

# Whether something accepts TCP connections at host:port.
port_open() {
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# Waits until something listens on 127.0.0.1:PORT, at most 30 s, else dies.
wait_port() {
    local deadline=$((SECONDS + 30))
    while ! port_open 127.0.0.1 "$1"; do
        [ $SECONDS -lt $deadline ] || die "nothing listens on port $1"
        sleep 0.2
    done
}

# wait_healthy_from BASE_PORT LOG_DIR: waits (60 s each) until the daemons of SERVICES, listening on BASE_PORT,
# BASE_PORT+1, … in that order, answer /health with "ok"; dies with the end of LOG_DIR/<service>.log if one does not.
wait_healthy_from() {
    local base_port="$1" logs="$2" service offset=0 deadline
    for service in "${SERVICES[@]}"; do
        deadline=$((SECONDS + 60))
        until curl -s -m 2 "http://127.0.0.1:$((base_port + offset))/health" | grep -q '"status":"ok"'; do
            [ $SECONDS -lt $deadline ] || die "$service did not become healthy: $(tail -n 5 "$logs/$service.log")"
            sleep 0.3
        done
        offset=$((offset + 1))
    done
}
