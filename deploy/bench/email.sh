# Email benchmark: a campaign to BENCH_EMAILS contacts, from `POST /api/email/campaigns/{id}/send` through the
# gateway to the last message received by a local SMTP server, in emails/s. The server is deploy/bench/smtp_sink.c
# (one thread, epoll, counting only; several thousand emails/s on one core, so it is not the ceiling), compiled here
# with cc. The references, measured in the same run, each against a fresh instance of the same server: a C client on
# libcurl (the library the agent sends with; deploy/bench/smtp_reference.c) and Python's smtplib
# (deploy/bench/smtp_sink.py client), both sending the same number of messages over as many connections.
# Sourced by deploy/bench/bench.sh; `bench_email URL` assumes release binaries in $BIN_DIR, the helpers of
# deploy/lib/common.sh and the broker at URL.
#
# Settings (environment): BENCH_EMAILS [5000], BENCH_SMTP_CONNECTIONS [8]. Target (issue 6): >= 500 emails/s.
# shellcheck shell=bash

_email_wait_file() {
    local file="$1" expected="$2" seconds="$3" deadline=$((SECONDS + $3))
    while true; do
        if [ -f "$file" ] && [ "$(cut -d' ' -f1 "$file")" -ge "$expected" ] 2>/dev/null; then return 0; fi
        [ $SECONDS -lt $deadline ] || return 1
        sleep 0.05
    done
}

_email_sink() { # PORT STATUSFILE EXPECTED -> pid in EMAIL_SINK_PID
    "$EMAIL_BENCH_BIN/smtp_sink" serve "$1" "$2" "$3" >"$2.log" 2>&1 &
    EMAIL_SINK_PID=$!
    local deadline=$((SECONDS + 5))
    until grep -q ready "$2.log" 2>/dev/null; do
        [ $SECONDS -lt $deadline ] || die "the SMTP sink did not start: $(cat "$2.log")"
        sleep 0.1
    done
}

bench_email() {
    local url="$1" count="${BENCH_EMAILS:-5000}" connections="${BENCH_SMTP_CONNECTIONS:-8}"
    install_packages curl gcc libc6-dev libcurl4-openssl-dev
    EMAIL_BENCH_BIN="$ROOT/.build-bench"
    mkdir -p "$EMAIL_BENCH_BIN"
    cc -O2 -o "$EMAIL_BENCH_BIN/smtp_sink" "$ROOT/deploy/bench/smtp_sink.c" || die "could not build the SMTP sink"
    cc -O2 -o "$EMAIL_BENCH_BIN/smtp_reference" "$ROOT/deploy/bench/smtp_reference.c" -lcurl -lpthread \
        || die "could not build the C reference client"
    # The Python reference needs only the standard library (smtplib).
    local python="${COMMERCE_TEST_PYTHON:-}"
    if [ -z "$python" ]; then
        command -v python3 >/dev/null || install_packages python3
        python="python3"
    fi
    local work email_port gw_port smtp_port ref_port secret pids=()
    work="$(mktemp -d /tmp/commerce-bench-email.XXXXXX)"
    email_port="$(free_port)"; gw_port="$(free_port)"; smtp_port="$(free_port)"; ref_port="$(free_port)"
    secret="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    [ -x "$BIN_DIR/gateway" ] && [ -x "$BIN_DIR/email-agent" ] || die "no release gateway/email-agent in $BIN_DIR"

    _email_sink "$smtp_port" "$work/agent.status" "$count"
    pids+=("$EMAIL_SINK_PID")
    log "email bench: email-agent :$email_port, gateway :$gw_port, SMTP sink :$smtp_port, $count emails (work dir $work)"
    DATA_DIR="$work/email" EMAIL_PORT="$email_port" JWT_SECRET="$secret" LOG_LEVEL=warning RABBITMQ_URL="$url" \
        EMAIL_SMTP_URL="smtp://127.0.0.1:$smtp_port?tls=none" EMAIL_SEND_RATE_PER_SECOND=0 \
        EMAIL_SMTP_CONNECTIONS="$connections" EMAIL_SEND_PREFETCH=500 EMAIL_IMPORT_MAX_ROWS="$count" \
        MAX_BODY_BYTES=67108864 "$BIN_DIR/email-agent" >"$work/email.log" 2>&1 &
    pids+=($!)
    DATA_DIR="$work/gateway" GATEWAY_PORT="$gw_port" JWT_SECRET="$secret" RABBITMQ_URL="$url" \
        EMAIL_UPSTREAMS="http://127.0.0.1:$email_port" LOG_LEVEL=warning BCRYPT_COST=4 MAX_BODY_BYTES=67108864 \
        RATE_LIMIT_PLANS="free=100000000:10000000" "$BIN_DIR/gateway" >"$work/gateway.log" 2>&1 &
    pids+=($!)
    # shellcheck disable=SC2064
    trap "kill ${pids[*]} 2>/dev/null || true; wait ${pids[*]} 2>/dev/null || true; rm -rf '$work'; trap - RETURN" RETURN
    local deadline=$((SECONDS + 60))
    until curl -s -m 2 "http://127.0.0.1:$email_port/health" | grep -q '"status":"ok"' \
        && curl -s -m 2 "http://127.0.0.1:$gw_port/health" | grep -q '"status":"ok"'; do
        [ $SECONDS -lt $deadline ] || die "email-agent or gateway not healthy: $(tail -n 5 "$work/email.log" "$work/gateway.log")"
        sleep 0.3
    done

    local gw="http://127.0.0.1:$gw_port" account token
    account="bench-$RANDOM@bench.test"
    curl -sf -X POST "$gw/api/auth/register" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$account\",\"password\":\"bench-password-1\",\"name\":\"Bench\",\"tenantName\":\"Bench\"}" >/dev/null \
        || die "register failed: $(tail -n 5 "$work/gateway.log")"
    token="$(curl -sf -X POST "$gw/api/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$account\",\"password\":\"bench-password-1\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')"
    [ -n "$token" ] || die "login failed"
    { echo "email,name,city"; for ((i = 1; i <= count; i++)); do echo "reader$i@bench.test,Reader $i,Paris"; done; } >"$work/contacts.csv"
    curl -sf -X POST "$gw/api/email/contacts/import" -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
        --data-binary @"$work/contacts.csv" >"$work/import.json" || die "import failed: $(tail -n 5 "$work/email.log")"
    local template segment campaign
    template="$(curl -sf -X POST "$gw/api/email/templates" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d '{"name":"bench","subject":"Hello {{firstName}}","html":"<p>Dear {{name}}, spring is here in {{city}}.</p>","text":"Dear {{name}}, spring is here in {{city}}."}' \
        | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')"
    segment="$(curl -sf -X POST "$gw/api/email/segments" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d '{"name":"Paris","rules":[{"type":"attribute","key":"city","operator":"equals","value":"Paris"}]}' \
        | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')"
    campaign="$(curl -sf -X POST "$gw/api/email/campaigns" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"name\":\"bench\",\"templateId\":\"$template\",\"segmentId\":\"$segment\"}" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')"
    [ -n "$campaign" ] || die "could not create the campaign (template '$template', segment '$segment')"

    local start first end agent_seconds agent_rate first_seconds flow_rate cpu_before cpu_after
    cpu_before="$(_email_cpu "${pids[@]}")"
    start="$(date +%s.%N)"
    curl -sf -X POST "$gw/api/email/campaigns/$campaign/send" -H "Authorization: Bearer $token" >/dev/null || die "send failed"
    _email_wait_file "$work/agent.status" "$count" 600 || die "only $(cut -d' ' -f1 "$work/agent.status") of $count emails arrived: $(tail -n 5 "$work/email.log")"
    cpu_after="$(_email_cpu "${pids[@]}")"
    first="$(cut -d' ' -f2 "$work/agent.status")"
    end="$(cut -d' ' -f3 "$work/agent.status")"
    agent_seconds="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')"
    agent_rate="$(awk -v n="$count" -v s="$agent_seconds" 'BEGIN { printf "%.0f", n / s }')"
    first_seconds="$(awk -v a="$start" -v b="$first" 'BEGIN { printf "%.3f", b - a }')"
    flow_rate="$(awk -v n="$count" -v a="$first" -v b="$end" 'BEGIN { if (b > a) printf "%.0f", (n - 1) / (b - a); else print "-" }')"
    local stopped=0
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[1]}" 2>/dev/null || stopped=$?
    wait "${pids[0]}" "${pids[2]}" 2>/dev/null || true
    cp "$work/email.log" "$EMAIL_BENCH_BIN/email-agent.log"
    [ "$stopped" -eq 0 ] || log "warning: the email-agent exited with status $stopped on SIGTERM (see $EMAIL_BENCH_BIN/email-agent.log)"

    # The references: each a fresh instance of the same server, fed over as many connections.
    local ref_c ref_py
    _email_sink "$ref_port" "$work/ref-c.status" "$count"
    "$EMAIL_BENCH_BIN/smtp_reference" "$ref_port" "$count" "$connections" >"$work/ref-c.txt" 2>&1 \
        || { kill "$EMAIL_SINK_PID"; die "the C reference client failed: $(tail -n 3 "$work/ref-c.txt")"; }
    kill "$EMAIL_SINK_PID"; wait "$EMAIL_SINK_PID" 2>/dev/null
    ref_c="$(sed -n 's/.*emails_per_s=\([0-9.]*\).*/\1/p' "$work/ref-c.txt")"
    ref_port="$(free_port)"
    _email_sink "$ref_port" "$work/ref-py.status" "$count"
    "$python" "$ROOT/deploy/bench/smtp_sink.py" client "$ref_port" "$count" "$connections" >"$work/ref-py.txt" 2>&1 \
        || { kill "$EMAIL_SINK_PID"; die "the Python reference client failed: $(tail -n 3 "$work/ref-py.txt")"; }
    kill "$EMAIL_SINK_PID"; wait "$EMAIL_SINK_PID" 2>/dev/null
    ref_py="$(sed -n 's/.*emails_per_s=\([0-9.]*\).*/\1/p' "$work/ref-py.txt")"

    printf '\nEmail benchmark: a campaign of %s emails, POST …/send to the last message at the SMTP server\n' "$count"
    printf '%-44s %14s %14s %8s %s\n' "figure" "CommerceAI" "reference" "ratio" "target"
    printf '%-44s %14s %14s %8s %s\n' "campaign end to end (emails/s)" "$agent_rate" "$ref_c" "$(ratio "$agent_rate" "$ref_c")" \
        ">= 500 $(verdict "$agent_rate" -ge 500)"
    printf '%-44s %14s %14s %8s %s\n' "  same, reference = Python smtplib" "$agent_rate" "$ref_py" "$(ratio "$agent_rate" "$ref_py")" "for information"
    printf '(%s emails in %s s, the first after %s s, then %s emails/s; %s SMTP connections; reference = C on libcurl,\n' \
        "$count" "$agent_seconds" "$first_seconds" "$flow_rate" "$connections"
    printf ' SMTP only, to a fresh instance of the same C server; CPU seconds during the campaign: %s)\n' \
        "$(_email_cpu_diff "$cpu_before" "$cpu_after" smtp-sink email-agent gateway)"
    printf 'Raw figures: %s, %s; the agent log: %s\n' "$EMAIL_BENCH_BIN/email-ref-c.txt" "$EMAIL_BENCH_BIN/email-ref-py.txt" \
        "$EMAIL_BENCH_BIN/email-agent.log"
    cp "$work/ref-c.txt" "$EMAIL_BENCH_BIN/email-ref-c.txt"
    cp "$work/ref-py.txt" "$EMAIL_BENCH_BIN/email-ref-py.txt"
}

# CPU time (utime + stime, in clock ticks) of each pid, space-separated
_email_cpu() {
    local pid
    for pid in "$@"; do awk '{ sub(/^.*\) /, ""); printf "%d ", $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || printf '0 '; done
}

# "name1 S, name2 S, ..." from two _email_cpu lines and the names of the pids, in seconds
_email_cpu_diff() {
    local before="$1" after="$2"
    shift 2
    awk -v b="$before" -v a="$after" -v names="$*" -v hz="$(getconf CLK_TCK)" 'BEGIN {
        n = split(b, x, " "); split(a, y, " "); split(names, m, " ")
        for (i = 1; i <= n; i++) printf "%s%s %.1f", (i > 1 ? ", " : ""), m[i], (y[i] - x[i]) / hz
    }'
}
