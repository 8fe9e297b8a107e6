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

# Binary name, environment prefix and default port of every daemon (API.md's table).
SERVICES=(gateway health-monitor sav-agent advertising-agent content-agent analysis-agent pages-agent email-agent)

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
