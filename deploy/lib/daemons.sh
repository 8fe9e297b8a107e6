# Starting, stopping and watching the daemons: pid files under data/run, logs under logs/<service>/.
# shellcheck shell=bash

daemon_pid() {
    local file="$RUN_DIR/$1.pid"
    [ -f "$file" ] || return 1
    local pid
    pid="$(cat "$file")"
    kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

start_daemon() {
    local service="$1"
    if daemon_pid "$service" >/dev/null; then
        log "$service already running (pid $(daemon_pid "$service"))"
        return 0
    fi
    [ -x "$BIN_DIR/$DAEMONS_BINARY" ] || die "no binary $BIN_DIR/$DAEMONS_BINARY; run ./deploy/deploy.sh up"
    # Started through the link of its name (`sav-agent -> commerceai`): commerceai runs the daemon its name says.
    [ -L "$BIN_DIR/$service" ] || ln -sfn "$DAEMONS_BINARY" "$BIN_DIR/$service"
    mkdir -p "$LOG_DIR/$service" "$RUN_DIR"
    nohup "$BIN_DIR/$service" >>"$LOG_DIR/$service/$service.log" 2>&1 </dev/null &
    echo $! >"$RUN_DIR/$service.pid"
    log "started $service (pid $!, port $(service_port "$service"))"
}

# Graceful stop: SIGTERM, wait for the drain (SHUTDOWN_GRACE_SECONDS + margin), then SIGKILL.
stop_daemon() {
    local service="$1" pid
    pid="$(daemon_pid "$service")" || { rm -f "$RUN_DIR/$service.pid"; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + ${SHUTDOWN_GRACE_SECONDS:-15} + 5))
    while kill -0 "$pid" 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then
            log "$service did not stop in time; killing it"
            kill -KILL "$pid" 2>/dev/null || true
            break
        fi
        sleep 0.2
    done
    rm -f "$RUN_DIR/$service.pid"
    log "stopped $service"
}

# wait_healthy SERVICE SECONDS: until /health answers "ok".
wait_healthy() {
    local service="$1" deadline=$((SECONDS + $2)) url
    url="$(service_url "$service")/health"
    while [ $SECONDS -lt $deadline ]; do
        if curl -s -m 2 "$url" 2>/dev/null | grep -q '"status":"ok"'; then
            return 0
        fi
        daemon_pid "$service" >/dev/null || { log "$service exited"; tail -n 20 "$LOG_DIR/$service/$service.log" >&2; return 1; }
        sleep 0.3
    done
    return 1
}

# The platform administrator the gateway creates at first start: PLATFORM_ADMIN_EMAIL/PASSWORD when the operator
# set them, else a generated password kept in data/admin-credentials (mode 0600) so that `up` can print a login.
ensure_admin_credentials() {
    local file="$DATA_DIR/admin-credentials"
    if [ -z "${PLATFORM_ADMIN_PASSWORD:-}" ]; then
        if [ ! -f "$file" ]; then
            (umask 077 && printf 'PLATFORM_ADMIN_EMAIL=%s\nPLATFORM_ADMIN_PASSWORD=%s\n' \
                "${PLATFORM_ADMIN_EMAIL:-admin@commerce.local}" "$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')" >"$file")
        fi
        set -a
        # shellcheck disable=SC1090
        source "$file"
        set +a
    fi
    export PLATFORM_ADMIN_EMAIL="${PLATFORM_ADMIN_EMAIL:-admin@commerce.local}" PLATFORM_ADMIN_PASSWORD
}

print_urls() {
    cat <<URLS

CommerceAI is up.
  API (gateway)      $(service_url gateway)      docs: $(service_url gateway)/docs
  Health dashboard   $(service_url health-monitor)/
  RabbitMQ           $(amqp_endpoint "$RABBITMQ_URL")
  Agents             sav $(service_port sav-agent), advertising $(service_port advertising-agent), content $(service_port content-agent), analysis $(service_port analysis-agent), pages $(service_port pages-agent), email $(service_port email-agent)
  Logs               ./deploy/deploy.sh logs [service]     Stop: ./deploy/deploy.sh down

Log in as the platform administrator ($PLATFORM_ADMIN_EMAIL):
  curl -s $(service_url gateway)/api/auth/login -H 'Content-Type: application/json' \\
       -d '{"email":"$PLATFORM_ADMIN_EMAIL","password":"$(login_password_hint)"}'
URLS
}

# The generated password is shown (it lives in data/admin-credentials, for this operator); one the operator chose is not.
login_password_hint() {
    if grep -q "PLATFORM_ADMIN_PASSWORD=$PLATFORM_ADMIN_PASSWORD\$" "$DATA_DIR/admin-credentials" 2>/dev/null; then
        printf '%s' "$PLATFORM_ADMIN_PASSWORD"
    else
        printf '%s' '<your PLATFORM_ADMIN_PASSWORD>'
    fi
}
