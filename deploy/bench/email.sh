# Email benchmark: a campaign to BENCH_EMAILS contacts, from `POST /api/email/campaigns/{id}/send` through the
# gateway to the last message received by a local SMTP server (aiosmtpd, counting only), in emails/s; and, as the
# reference on the same machine in the same run, a Python smtplib client sending the same number of messages to a
# fresh instance of the same server (so the ratio shows how much of the server's own ceiling the agent reaches).
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
    "$COMMERCE_TEST_PYTHON" "$ROOT/deploy/bench/smtp_sink.py" serve "$1" "$2" "$3" >"$2.log" 2>&1 &
    EMAIL_SINK_PID=$!
    local deadline=$((SECONDS + 15))
    until grep -q ready "$2.log" 2>/dev/null; do
        [ $SECONDS -lt $deadline ] || die "the SMTP sink did not start: $(cat "$2.log")"
        sleep 0.1
    done
}

bench_email() {
    local url="$1" count="${BENCH_EMAILS:-5000}" connections="${BENCH_SMTP_CONNECTIONS:-8}"
    install_packages curl
    # aiosmtpd, in the same virtual environment the tests use (without the rest of the test tools).
    local venv="$ROOT/.build-venv"
    if [ -z "${COMMERCE_TEST_PYTHON:-}" ]; then
        if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import aiosmtpd' 2>/dev/null; then
            python3 -m venv --help >/dev/null 2>&1 || install_packages python3 python3-venv
            python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check aiosmtpd \
                || die "could not prepare $venv with aiosmtpd"
        fi
        COMMERCE_TEST_PYTHON="$venv/bin/python"
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
    trap "kill ${pids[*]} 2>/dev/null; wait ${pids[*]} 2>/dev/null; rm -rf '$work'; trap - RETURN" RETURN
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

    local start end agent_seconds agent_rate
    start="$(date +%s.%N)"
    curl -sf -X POST "$gw/api/email/campaigns/$campaign/send" -H "Authorization: Bearer $token" >/dev/null || die "send failed"
    _email_wait_file "$work/agent.status" "$count" 600 || die "only $(cut -d' ' -f1 "$work/agent.status") of $count emails arrived: $(tail -n 5 "$work/email.log")"
    end="$(cut -d' ' -f3 "$work/agent.status")"
    agent_seconds="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')"
    agent_rate="$(awk -v n="$count" -v s="$agent_seconds" 'BEGIN { printf "%.0f", n / s }')"
    kill "${pids[1]}" "${pids[2]}" 2>/dev/null; wait "${pids[1]}" "${pids[2]}" 2>/dev/null

    # The reference: the same server, a fresh instance, fed by Python's smtplib over as many connections.
    _email_sink "$ref_port" "$work/ref.status" "$count"
    pids+=("$EMAIL_SINK_PID")
    "$COMMERCE_TEST_PYTHON" "$ROOT/deploy/bench/smtp_sink.py" client "$ref_port" "$count" "$connections" >"$work/ref.txt" \
        || die "the reference client failed: $(cat "$work/ref.txt")"
    local ref_rate
    ref_rate="$(sed -n 's/.*emails_per_s=\([0-9.]*\).*/\1/p' "$work/ref.txt")"

    printf '\nEmail benchmark: a campaign of %s emails, POST …/send to the last message at the SMTP server\n' "$count"
    printf '%-44s %14s %14s %8s %s\n' "figure" "CommerceAI" "reference" "ratio" "target"
    printf '%-44s %14s %14s %8s %s\n' "campaign end to end (emails/s)" "$agent_rate" "$ref_rate" "$(ratio "$agent_rate" "$ref_rate")" \
        ">= 500 $(verdict "$agent_rate" -ge 500)"
    printf '(%s emails in %s s; reference = Python smtplib, %s connections, to the same aiosmtpd server)\n' "$count" "$agent_seconds" "$connections"
}
