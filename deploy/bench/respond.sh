# Respond benchmark (issue 5): POST /api/customer-service/respond through the gateway, answered by sav-agent with
# the embedded language engine over a tenant's knowledge base of 50 FAQ entries (deploy/bench/respond_faqs.tsv),
# varied customer messages (deploy/bench/respond_messages.txt), 200 clients. Every request stores the conversation
# and both messages (SQLite) and is counted in the figures.
#
# Two ways of loading it, both through the gateway, plus a reference straight to sav-agent:
# - saturated: wrk, 200 connections each sending its next request as soon as the answer is in (closed loop). This
#   gives the capacity in answers/s; its latency is mostly the time a request waits behind the 199 others, since
#   with 200 requests always out the mean latency is 200 / throughput whatever the service does.
# - paced: deploy/bench/paced_load.c, 200 clients that together send BENCH_RESPOND_RATE answers/s at random
#   (Poisson) instants, latency measured from the instant each request was due (a slow answer delays the client's
#   next request and that delay is counted). This is the latency 200 customers see when the shop gets that many
#   messages per second. Sourced by deploy/bench/bench.sh; `bench_respond`
# assumes release binaries in $BIN_DIR and the helpers of deploy/lib/common.sh (log, die, install_packages,
# free_port, wait_port).
#
# Settings (environment): BENCH_RESPOND_SECONDS [20], BENCH_RESPOND_CONNECTIONS [200], BENCH_RESPOND_RATE [2000],
# BENCH_THREADS [2].
# Target (issue 5): at 200 concurrent clients, >= 2000 answers/s (the saturated run's capacity) with p99 < 50 ms (the
# paced run at 2000 answers/s, every request answered).
# shellcheck shell=bash

# _respond_wrk URL THREADS CONNECTIONS SECONDS -> "req_per_s p50_us p99_us non2xx errors"
_respond_wrk() {
    local out
    out="$(BENCH_TOKEN="$BENCH_TOKEN" wrk -t"$2" -c"$3" -d"$4"s --latency --timeout 10s \
        -s "$ROOT/deploy/bench/respond.lua" "$1" 2>&1)" || { echo "$out" >&2; return 1; }
    echo "$out" >&2
    echo "$out" | wrk_figures
}

bench_respond() {
    install_packages wrk curl gcc libc6-dev
    local seconds="${BENCH_RESPOND_SECONDS:-20}" connections="${BENCH_RESPOND_CONNECTIONS:-200}" threads="${BENCH_THREADS:-2}"
    local rate="${BENCH_RESPOND_RATE:-2000}" paced_bin="$ROOT/.build-bench/paced_load"
    mkdir -p "$ROOT/.build-bench"
    cc -O2 -o "$paced_bin" "$ROOT/deploy/bench/paced_load.c" -lm || die "could not build the paced load generator"
    local work sav_port gw_port secret pids=()
    work="$(mktemp -d /tmp/commerce-bench-respond.XXXXXX)"
    sav_port="$(free_port)"; gw_port="$(free_port)"
    secret="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    [ -x "$BIN_DIR/gateway" ] && [ -x "$BIN_DIR/sav-agent" ] || die "no release gateway/sav-agent in $BIN_DIR"

    log "respond bench: sav-agent :$sav_port, gateway :$gw_port (work dir $work)"
    DATA_DIR="$work/sav" SAV_PORT="$sav_port" JWT_SECRET="$secret" LOG_LEVEL=warning \
        "$BIN_DIR/sav-agent" >"$work/sav.log" 2>&1 &
    pids+=($!)
    DATA_DIR="$work/gateway" GATEWAY_PORT="$gw_port" JWT_SECRET="$secret" SAV_UPSTREAMS="http://127.0.0.1:$sav_port" \
        LOG_LEVEL=warning BCRYPT_COST=4 RATE_LIMIT_PLANS="free=100000000:10000000" UPSTREAM_MAX_CONNECTIONS=256 \
        "$BIN_DIR/gateway" >"$work/gateway.log" 2>&1 &
    pids+=($!)
    # shellcheck disable=SC2064
    trap "kill ${pids[*]} 2>/dev/null; wait ${pids[*]} 2>/dev/null; rm -rf '$work'; trap - RETURN" RETURN
    wait_port "$sav_port"; wait_port "$gw_port"

    local gw="http://127.0.0.1:$gw_port" email
    email="bench-respond-$RANDOM@bench.test"
    curl -sf -X POST "$gw/api/auth/register" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"bench-password-1\",\"name\":\"Bench\",\"tenantName\":\"Respond bench\"}" >/dev/null \
        || die "register failed: $(tail -n 5 "$work/gateway.log")"
    BENCH_TOKEN="$(curl -sf -X POST "$gw/api/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"bench-password-1\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')"
    [ -n "$BENCH_TOKEN" ] || die "login failed"
    export BENCH_TOKEN
    local question answer tags count=0
    while IFS=$'\t' read -r question answer tags; do
        [ -n "$question" ] || continue
        tags="$(printf '%s' "$tags" | awk -F, '{ for (i = 1; i <= NF; i++) printf "%s\"%s\"", (i > 1 ? "," : ""), $i }')"
        curl -sf -X POST "$gw/api/customer-service/faqs" -H "Authorization: Bearer $BENCH_TOKEN" \
            -H 'Content-Type: application/json' \
            -d "{\"question\":\"$question\",\"answer\":\"$answer\",\"tags\":[$tags]}" >/dev/null \
            || die "creating FAQ \"$question\" failed"
        count=$((count + 1))
    done <"$ROOT/deploy/bench/respond_faqs.tsv"
    local sample
    sample="$(curl -sf -X POST "$gw/api/customer-service/respond" -H "Authorization: Bearer $BENCH_TOKEN" \
        -H 'Content-Type: application/json' -d '{"message":"How long does delivery take to Belgium?"}')" \
        || die "respond failed: $(tail -n 5 "$work/sav.log")"
    log "$count FAQ entries; a sample answer: $sample"

    # Warm-up (connections, caches, the knowledge-base index), then the measured runs: through the gateway (the
    # figure), then straight to sav-agent (the reference that tells the gateway's share from the agent's).
    _respond_wrk "$gw" 2 16 3 >/dev/null 2>&1 || die "respond warm-up failed"
    local result rps p50 p99 bad errs d_rps d_p50 d_p99 d_bad d_errs sav_cpu gw_cpu
    # CPU seconds each daemon spends per answer during the gateway run (utime + stime from /proc): a figure that
    # holds on a busy machine, where answers/s does not.
    cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
    sav_cpu="$(cpu_ticks "${pids[0]}")"; gw_cpu="$(cpu_ticks "${pids[1]}")"
    result="$(_respond_wrk "$gw" "$threads" "$connections" "$seconds")" || die "wrk failed"
    read -r rps p50 p99 bad errs <<<"$result"
    sav_cpu=$(( $(cpu_ticks "${pids[0]}") - sav_cpu )); gw_cpu=$(( $(cpu_ticks "${pids[1]}") - gw_cpu ))
    per_answer() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v n="$((rps * seconds))" 'BEGIN { printf "%.3f", (n > 0 ? t / hz * 1000 / n : 0) }'; }
    result="$(_respond_wrk "http://127.0.0.1:$sav_port" "$threads" "$connections" "$seconds")" || die "wrk failed"
    read -r d_rps d_p50 d_p99 d_bad d_errs <<<"$result"
    local paced p_rps p_p50 p_p99 p_bad p_errs p_offered p_answered
    paced="$("$paced_bin" 127.0.0.1 "$gw_port" /api/customer-service/respond "$ROOT/deploy/bench/respond_messages.txt" \
        "$BENCH_TOKEN" "$connections" "$rate" "$seconds" 3)" || die "paced load failed"
    log "paced: $paced"
    field() { echo "$paced" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
    p_rps="$(field answers_per_s)"; p_p50="$(field p50_us)"; p_p99="$(field p99_us)"; p_bad="$(field non2xx)"
    p_errs="$(field errors)"; p_offered="$(field offered)"; p_answered="$(field answered)"
    ms() { awk -v v="$1" 'BEGIN { printf "%.1f", v / 1000 }'; }

    printf '\nRespond benchmark: POST /api/customer-service/respond, embedded engine, %s FAQ entries, %s connections, %s s each\n' \
        "$count" "$connections" "$seconds"
    printf '%-50s %10s %8s %8s %8s %s\n' figure answers/s p50_ms p99_ms failed target
    printf '%-50s %10s %8s %8s %8s %s\n' "via gateway, $connections clients saturating" "$rps" "$(ms "$p50")" "$(ms "$p99")" \
        "$((bad + errs))" ">= 2000/s $(verdict "$rps" -ge 2000)"
    printf '%-50s %10s %8s %8s %8s %s\n' "via gateway, $connections clients sending $rate/s in all" "$p_rps" "$(ms "$p_p50")" \
        "$(ms "$p_p99")" "$((p_bad + p_errs))" \
        "p99 < 50 ms $(verdict "$(ms "$p_p99")" -lt 50), all answered $( [ "$p_answered" = "$p_offered" ] && [ $((p_bad + p_errs)) = 0 ] && echo ok || echo MISSED)"
    printf '%-50s %10s %8s %8s %8s %s\n' "direct to sav-agent, $connections clients saturating" "$d_rps" "$(ms "$d_p50")" "$(ms "$d_p99")" \
        "$((d_bad + d_errs))" "gateway/direct throughput $(ratio "$rps" "$d_rps")"
    printf 'CPU per answer through the gateway: sav-agent %s ms, gateway %s ms\n' "$(per_answer "$sav_cpu")" "$(per_answer "$gw_cpu")"
}
