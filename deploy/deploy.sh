#!/usr/bin/env bash
# CommerceAI operations: install, run, observe, test and benchmark the suite on one machine.
#
#   ./deploy/deploy.sh up                 install what is missing, build (release), start RabbitMQ if none is
#                                         reachable and every daemon, wait until all are healthy, print the URLs
#   ./deploy/deploy.sh down               stop every daemon (graceful), and the broker if `up` started it
#   ./deploy/deploy.sh status             each daemon's pid and /health, and the broker
#   ./deploy/deploy.sh logs [service]     follow the logs (all services, or one)
#   ./deploy/deploy.sh restart [service]  restart one daemon, or all, waiting for health
#   ./deploy/deploy.sh test               install what is missing, start a private broker, run the whole test suite
#   ./deploy/deploy.sh bench              release build, private broker, benchmarks with a reference in the same run
#   ./deploy/deploy.sh bench respond      only the respond benchmark (gateway + sav-agent, 200 connections)
#   ./deploy/deploy.sh bench gateway      only the gateway benchmark (direct, gateway and nginx, interleaved)
#   ./deploy/deploy.sh bench memory       only the idle RSS of the eight daemons and the sum of their PSS
#   ./deploy/deploy.sh build [debug]      build (release by default); the daemons' links next to commerceai
#   ./deploy/deploy.sh link-order         regenerate deploy/link-order/symbols.txt (release link layout, see README)
#   ./deploy/deploy.sh install            the Debian packages only
#   ./deploy/deploy.sh clean              down, then remove data/, logs/ and build folders
#
# Configuration: environment variables (README.md lists them), optionally from a `.env` file at the top level.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=deploy/lib/common.sh
source "$ROOT/deploy/lib/common.sh"
# shellcheck source=deploy/lib/broker.sh
source "$ROOT/deploy/lib/broker.sh"
# shellcheck source=deploy/lib/daemons.sh
source "$ROOT/deploy/lib/daemons.sh"

cmd_install() {
    install_packages librabbitmq-dev libcurl4-openssl-dev libsqlite3-dev rabbitmq-server curl
}

# Builds every product (release: with release_build_flags), then links each daemon's name to commerceai in the bin
# folder (BIN_DIR), which is how every script starts a daemon.
cmd_build() {
    local config="${1:-release}"
    if [ "$config" = release ]; then
        release_build
        return
    fi
    log "building ($config)…"
    local status
    set +e
    swift build -c "$config" 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\] (Compiling|Emitting|Linking|Write|Applying)'
    status=${PIPESTATUS[0]}
    set -e
    [ "$status" -eq 0 ] || die "build failed"
    BIN_DIR="$(swift build -c "$config" --show-bin-path)"
    export BIN_DIR
    link_daemon_names "$BIN_DIR"
}

cmd_up() {
    cmd_install
    cmd_build release
    mkdir -p "$DATA_DIR" "$RUN_DIR"
    ensure_admin_credentials
    ensure_broker
    local service
    for service in "${SERVICES[@]}"; do start_daemon "$service"; done
    for service in "${SERVICES[@]}"; do wait_healthy "$service" 60 || die "$service did not become healthy; see logs/$service/$service.log"; done
    print_urls
}

cmd_down() {
    local service
    for service in "${SERVICES[@]}"; do stop_daemon "$service"; done
    stop_owned_broker
}

cmd_status() {
    local service code=0
    printf '%-18s %-8s %-7s %s\n' SERVICE PID PORT HEALTH
    for service in "${SERVICES[@]}"; do
        local pid health
        pid="$(daemon_pid "$service" || true)"
        health="$(curl -s -m 2 "$(service_url "$service")/health" 2>/dev/null | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' | tail -n1)"
        [ -n "$health" ] || { health="unreachable"; code=1; }
        printf '%-18s %-8s %-7s %s\n' "$service" "${pid:--}" "$(service_port "$service")" "$health"
    done
    if broker_reachable "$RABBITMQ_URL"; then echo "rabbitmq           $(amqp_endpoint "$RABBITMQ_URL") reachable"; else echo "rabbitmq           $(amqp_endpoint "$RABBITMQ_URL") UNREACHABLE"; code=1; fi
    return $code
}

cmd_logs() {
    local files=()
    if [ $# -gt 0 ]; then
        known_service "$1" || die "unknown service $1 (one of: ${SERVICES[*]})"
        files=("$LOG_DIR/$1/$1.log")
    else
        local service
        for service in "${SERVICES[@]}"; do files+=("$LOG_DIR/$service/$service.log"); done
    fi
    if [ -t 1 ]; then tail -n 50 -F "${files[@]}"; else tail -n 200 "${files[@]}"; fi
}

cmd_restart() {
    BIN_DIR="$(swift build -c release --show-bin-path)"
    local targets=("$@")
    [ ${#targets[@]} -gt 0 ] || targets=("${SERVICES[@]}")
    local service
    for service in "${targets[@]}"; do
        known_service "$service" || die "unknown service $service"
        stop_daemon "$service"
        start_daemon "$service"
        wait_healthy "$service" 60 || die "$service did not become healthy"
    done
}

cmd_test() {
    cmd_install
    install_test_tools
    local dir
    dir="$(mktemp -d "${TMPDIR:-/tmp}/commerce-test-broker.XXXXXX")"
    local port
    port="$(free_port)"
    start_private_broker "$dir" "$port" "commercetest$$"
    trap 'stop_private_broker "'"$dir"'"; rm -rf "'"$dir"'"' EXIT
    export COMMERCE_TEST_AMQP_URL="amqp://guest:guest@127.0.0.1:$port"
    export COMMERCE_TEST_RABBITMQCTL="$dir/rabbitmqctl"
    log "test broker at 127.0.0.1:$port"
    swift build --build-tests
    COMMERCE_BIN_DIR="$(swift build --show-bin-path)"
    export COMMERCE_BIN_DIR
    link_daemon_names "$COMMERCE_BIN_DIR" # the tests start the daemons through them (TestEnvironment.daemonCommand)
    mkdir -p "$ROOT/test-output"
    # The test targets run in groups, one group after the other (tests within a group in parallel): the daemon
    # stacks of every target at once would share two cores and turn timing margins into failures.
    local groups=(
        '^(StorageTests|MailTests|LLMTests|ServiceRuntimeTests|DeployTests)\.'
        '^MessagingTests\.'
        '^(GatewayTests|IntegrationTests|HealthMonitorTests)\.'
        '^CustomerServiceTests\.'
        '^EmailTests\.'
    )
    local status=0 group_status group index=0
    : >"$ROOT/test-output/swift-test.log"
    set +e
    for group in "${groups[@]}"; do
        index=$((index + 1))
        log "test group $index/${#groups[@]}: $group"
        swift test --skip-build --filter "$group" 2>&1 | tee -a "$ROOT/test-output/swift-test.log"
        group_status=${PIPESTATUS[0]}
        [ "$group_status" -eq 0 ] || status=$group_status
    done
    # Tests that raise broker-wide alarms or restart the broker app need it to themselves: run them alone after.
    if [ "$status" -eq 0 ]; then
        COMMERCE_TEST_AMQP_EXCLUSIVE=1 swift test --skip-build --filter AMQPBrokerWideTests 2>&1 | tee "$ROOT/test-output/swift-test-exclusive.log"
        status=${PIPESTATUS[0]}
    fi
    set -e
    return "$status"
}

cmd_bench() {
    cmd_install
    # shellcheck source=deploy/bench/bench.sh
    source "$ROOT/deploy/bench/bench.sh"
    run_benchmarks "$@"
}

cmd_link_order() {
    cmd_install
    # shellcheck source=deploy/link-order/link-order.sh
    source "$ROOT/deploy/link-order/link-order.sh"
    generate_link_order
}

cmd_clean() {
    cmd_down || true
    rm -rf "$ROOT/data" "$ROOT/logs" "$ROOT"/.build "$ROOT"/.build-* "$ROOT/test-output"
    log "removed data/, logs/ and build folders"
}

main() {
    local command="${1:-}"
    [ $# -gt 0 ] && shift
    case "$command" in
        install) cmd_install ;;
        build) cmd_build "${1:-release}" ;;
        up) cmd_up ;;
        down) cmd_down ;;
        status) cmd_status ;;
        logs) cmd_logs "$@" ;;
        restart) cmd_restart "$@" ;;
        test) cmd_test ;;
        bench) cmd_bench "$@" ;;
        link-order) cmd_link_order ;;
        clean) cmd_clean ;;
        *) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; [ -z "$command" ] || exit 2 ;;
    esac
}

main "$@"
