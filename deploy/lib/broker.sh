# RabbitMQ for deploy.sh: reachability of RABBITMQ_URL, and private nodes run without systemd.
# shellcheck shell=bash

RABBITMQ_BIN=/usr/lib/rabbitmq/bin

# host:port of an amqp:// URL (default port 5672).
amqp_endpoint() {
    local rest="${1#amqp://}"
    rest="${rest#amqps://}"
    rest="${rest%%/*}"
    rest="${rest##*@}"
    case "$rest" in
        *:*) echo "$rest" ;;
        *) echo "$rest:5672" ;;
    esac
}

broker_reachable() {
    local endpoint
    endpoint="$(amqp_endpoint "$1")"
    port_open "${endpoint%:*}" "${endpoint##*:}"
}

# start_private_broker DIR PORT NODE: a RabbitMQ node of its own, on loopback only, with every file under DIR
# (data, logs, Erlang cookie), as the calling user. Writes DIR/rabbitmqctl, a wrapper that talks to that node.
start_private_broker() {
    local dir="$1" port="$2" node="$3"
    local dist=$((port + 20000))
    [ "$dist" -le 65535 ] || dist=$((port - 20000))
    mkdir -p "$dir/mnesia" "$dir/log" "$dir/home"
    echo "[]." >"$dir/enabled_plugins"
    cat >"$dir/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$port
loopback_users.guest = true
vm_memory_high_watermark.relative = 0.4
disk_free_limit.absolute = 200MB
CONF
    cat >"$dir/env" <<ENV
export HOME="$dir/home"
export RABBITMQ_NODENAME="$node@localhost"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$port
export RABBITMQ_DIST_PORT=$dist
export RABBITMQ_MNESIA_BASE="$dir/mnesia"
export RABBITMQ_LOG_BASE="$dir/log"
export RABBITMQ_PID_FILE="$dir/rabbitmq.pid"
export RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins"
export RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf"
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
ENV
    cat >"$dir/rabbitmqctl" <<WRAP
#!/usr/bin/env bash
source "$dir/env"
exec $RABBITMQ_BIN/rabbitmqctl -n "$node@localhost" "\$@"
WRAP
    chmod +x "$dir/rabbitmqctl"
    log "starting RabbitMQ node $node on 127.0.0.1:$port (files in $dir)"
    (
        # shellcheck disable=SC1091
        source "$dir/env"
        "$RABBITMQ_BIN/rabbitmq-server" -detached >"$dir/log/start.out" 2>&1
    ) || die "rabbitmq-server did not start; see $dir/log"
    local tries=0
    until "$dir/rabbitmqctl" wait --timeout 90 "$dir/rabbitmq.pid" >/dev/null 2>&1; do
        tries=$((tries + 1))
        [ $tries -lt 3 ] || die "RabbitMQ did not become ready; see $dir/log"
        sleep 2
    done
}

stop_private_broker() {
    local dir="$1"
    [ -x "$dir/rabbitmqctl" ] || return 0
    if [ -f "$dir/rabbitmq.pid" ]; then
        "$dir/rabbitmqctl" stop "$dir/rabbitmq.pid" >/dev/null 2>&1 || kill "$(cat "$dir/rabbitmq.pid")" 2>/dev/null || true
    fi
}

# `up`: use RABBITMQ_URL when something answers there, else start a node of our own under data/rabbitmq.
ensure_broker() {
    if broker_reachable "$RABBITMQ_URL"; then
        log "RabbitMQ reachable at $(amqp_endpoint "$RABBITMQ_URL")"
        return 0
    fi
    local endpoint host port
    endpoint="$(amqp_endpoint "$RABBITMQ_URL")"
    host="${endpoint%:*}"
    port="${endpoint##*:}"
    case "$host" in
        127.0.0.1 | localhost) ;;
        *) die "RabbitMQ at $endpoint is not reachable, and it is not a local address this script can start" ;;
    esac
    start_private_broker "$DATA_DIR/rabbitmq" "$port" commerce
    touch "$RUN_DIR/rabbitmq.owned"
}

stop_owned_broker() {
    [ -f "$RUN_DIR/rabbitmq.owned" ] || return 0
    log "stopping the RabbitMQ node started by up"
    stop_private_broker "$DATA_DIR/rabbitmq"
    rm -f "$RUN_DIR/rabbitmq.owned"
}
