# ./deploy/deploy.sh bench: every figure next to a reference measured in the same run, on this machine.
# shellcheck shell=bash

BENCH_ROUNDS="${BENCH_ROUNDS:-3}"
BENCH_COUNT="${BENCH_COUNT:-20000}"

# median of numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# wrk --latency output on stdin -> "req_per_s p50_us p99_us non2xx socket_errors"
wrk_figures() {
    awk '
        function us(v) {
            if (v ~ /us$/) { sub(/us$/, "", v); return v + 0 }
            if (v ~ /ms$/) { sub(/ms$/, "", v); return v * 1000 }
            if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000000 }
            return v + 0
        }
        /Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = us($2) }
        /^ +99%/ { p99 = us($2) }
        /Non-2xx or 3xx responses:/ { bad = $NF }
        /Socket errors:/ { errors = $0; gsub(/[^0-9 ]/, "", errors); split(errors, e, " "); errs = e[1] + e[2] + e[3] + e[4] }
        END { printf "%.0f %.0f %.0f %d %d\n", rps, p50, p99, bad, errs }'
}

# value of `key=` in a bench output line matching `prefix`
figure() { grep "^$1 " | sed -n "s/.* $2=\([0-9.]*\).*/\1/p"; }

run_benchmarks() {
    case "${1:-}" in
        email | respond | gateway | memory) run_one_benchmark "$1"; return ;;
    esac
    install_packages gcc
    cmd_build release
    local out="$ROOT/.build-bench"
    mkdir -p "$out"
    cc -O2 -o "$out/amqp_reference" "$ROOT/deploy/bench/amqp_reference.c" -lrabbitmq || die "could not build the C reference client"

    local dir port
    dir="$(mktemp -d "${TMPDIR:-/tmp}/commerce-bench-broker.XXXXXX")"
    port="$(free_port)"
    start_private_broker "$dir" "$port" "commercebench$$"
    trap 'stop_bench_daemons; stop_private_broker "'"$dir"'"; rm -rf "'"$dir"'"' EXIT
    local url="amqp://guest:guest@127.0.0.1:$port"

    # --- Messaging: Swift client and the C reference, interleaved, the same broker, the same arguments.
    : >"$out/messaging.txt"
    local round
    for round in $(seq 1 "$BENCH_ROUNDS"); do
        log "messaging round $round/$BENCH_ROUNDS"
        "$out/amqp_reference" --url "$url" --count "$BENCH_COUNT" --size 256 --window 1000 --prefetch 200 >>"$out/messaging.txt"
        "$BIN_DIR/commerce-bench" messaging --url "$url" --count "$BENCH_COUNT" --size 256 --window 1000 --prefetch 200 >>"$out/messaging.txt"
    done
    local swift_pub ref_pub swift_e2e ref_e2e
    swift_pub="$(figure "messaging swift" publish_msgs_per_s <"$out/messaging.txt" | median)"
    ref_pub="$(figure "messaging reference" publish_msgs_per_s <"$out/messaging.txt" | median)"
    swift_e2e="$(figure "messaging swift" e2e_msgs_per_s <"$out/messaging.txt" | median)"
    ref_e2e="$(figure "messaging reference" e2e_msgs_per_s <"$out/messaging.txt" | median)"

    # --- Idle RSS of every daemon (release build), against the same broker.
    bench_memory "$url"

    # --- The embedded language engine: held-out accuracy and latency.
    log "evaluating the embedded language engine"
    # Set L is the latest held-out set, scored blind once (its errors never studied); "all" adds the development
    # sets A-K used while tuning, so it is shown beside L for information only.
    "$BIN_DIR/commerce-bench" llm-eval --set m >"$out/llm.txt"
    "$BIN_DIR/commerce-bench" llm-eval --set all --skip-latency >"$out/llm-all.txt"

    # --- The table.
    printf '\n%-44s %14s %14s %8s %s\n' "figure" "CommerceAI" "reference" "ratio" "target"
    printf '%-44s %14s %14s %8s %s\n' "messaging publish, persistent+confirmed (msg/s)" "$swift_pub" "$ref_pub" "$(ratio "$swift_pub" "$ref_pub")" "reference = C on librabbitmq"
    printf '%-44s %14s %14s %8s %s\n' "messaging end to end (msg/s)" "$swift_e2e" "$ref_e2e" "$(ratio "$swift_e2e" "$ref_e2e")" ">= 5000 $(verdict "$swift_e2e" -ge 5000)"
    print_memory_rows
    local key
    for key in intent_accuracy_fr intent_accuracy_en sentiment_accuracy_fr sentiment_accuracy_en respond_p50_ms respond_p99_ms; do
        local value target label="language engine $key"
        value="$(sed -n "s/^llm $key=\([0-9.]*\).*/\1/p" "$out/llm.txt" | head -n1)"
        case "$key" in
            intent*) target=">= 0.90 $(verdict "$value" -ge 0.90)"; label="engine $key, set L" ;;
            sentiment*) target=">= 0.85 $(verdict "$value" -ge 0.85)"; label="engine $key, set L" ;;
            respond_p99_ms) target="< 2 $(verdict "$value" -lt 2)" ;;
            *) target="" ;;
        esac
        printf '%-44s %14s %14s %8s %s\n' "$label" "${value:-?}" "-" "-" "$target"
        case "$key" in
            intent* | sentiment*)
                value="$(sed -n "s/^llm $key=\([0-9.]*\).*/\1/p" "$out/llm-all.txt" | head -n1)"
                printf '%-44s %14s %14s %8s %s\n' "  same, sets A-M (development sets)" "${value:-?}" "-" "-" "for information, not blind" ;;
        esac
    done
    printf '\nRaw figures: %s, %s, %s\n' "$out/messaging.txt" "$out/llm.txt" "$out/llm-all.txt"

    # --- The gateway: direct, through the gateway, through nginx (its own table).
    # shellcheck source=deploy/bench/gateway.sh
    source "$ROOT/deploy/bench/gateway.sh"
    RABBITMQ_URL="$url" bench_gateway

    # --- Email: a campaign to a local SMTP server, next to a reference client feeding the same server.
    # shellcheck source=deploy/bench/email.sh
    source "$ROOT/deploy/bench/email.sh"
    bench_email "$url"

    # --- Respond through the gateway with the embedded engine (its own table).
    # shellcheck source=deploy/bench/respond.sh
    source "$ROOT/deploy/bench/respond.sh"
    RABBITMQ_URL="$url" bench_respond
}

# `deploy.sh bench email|respond|gateway`: one benchmark alone, with a release build of the daemons (commerceai and
# its links) and a private broker. BENCH_SCRATCH_PATH builds them in another folder than .build (so debug builds can
# go on meanwhile).
run_one_benchmark() {
    local name="$1" scratch=()
    [ -n "${BENCH_SCRATCH_PATH:-}" ] && scratch=(--scratch-path "$BENCH_SCRATCH_PATH")
    release_build "${scratch[@]}" -- "$DAEMONS_BINARY"
    local dir port url
    dir="$(mktemp -d "${TMPDIR:-/tmp}/commerce-bench-broker.XXXXXX")"
    port="$(free_port)"
    start_private_broker "$dir" "$port" "commercebench$$"
    trap 'stop_bench_daemons; stop_private_broker "'"$dir"'"; rm -rf "'"$dir"'"' EXIT
    url="amqp://guest:guest@127.0.0.1:$port"
    # shellcheck source=/dev/null
    [ -f "$ROOT/deploy/bench/$name.sh" ] && source "$ROOT/deploy/bench/$name.sh"
    case "$name" in
        email) bench_email "$url" ;;
        respond) RABBITMQ_URL="$url" bench_respond ;;
        gateway) RABBITMQ_URL="$url" bench_gateway ;;
        memory)
            bench_memory "$url"
            printf '\n%-44s %14s %14s %8s %s\n' "figure" "CommerceAI" "reference" "ratio" "target"
            print_memory_rows ;;
    esac
}

# bench_memory URL: the eight release daemons started together against the broker at URL (a fresh data folder, so
# sav-agent's language engine is trained by its child process as on a first start), healthy, then 5 s idle: each
# one's RSS in BENCH_RSS[service] and the sum of their PSS in BENCH_PSS_TOTAL (MiB).
declare -gA BENCH_RSS
bench_memory() {
    local url="$1"
    log "starting every daemon to measure idle memory"
    BENCH_DATA="$(mktemp -d "${TMPDIR:-/tmp}/commerce-bench-data.XXXXXX")"
    BENCH_PIDS=()
    local service offset=0 base_port
    base_port="$(free_port)"
    for service in "${SERVICES[@]}"; do
        local prefix
        prefix="$(service_prefix "$service")"
        env DATA_DIR="$BENCH_DATA" RABBITMQ_URL="$url" LOG_LEVEL=warning "${prefix}_PORT=$((base_port + offset))" \
            "$BIN_DIR/$service" >"$BENCH_DATA/$service.log" 2>&1 &
        BENCH_PIDS+=("$!")
        offset=$((offset + 1))
    done
    wait_healthy_from "$base_port" "$BENCH_DATA"
    sleep 5 # idle: past start-up allocations
    local i=0
    for service in "${SERVICES[@]}"; do
        BENCH_RSS[$service]="$(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/${BENCH_PIDS[$i]}/status")"
        i=$((i + 1))
    done
    # What the eight cost the host together: the sum of their proportional set sizes (a page shared by n of them
    # counts 1/n in each), so pages of the one binary they share are counted once.
    BENCH_PSS_TOTAL="$(for pid in "${BENCH_PIDS[@]}"; do awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup"; done |
        awk '{ total += $1 } END { printf "%.1f", total / 1024 }')"
    stop_bench_daemons
}

print_memory_rows() {
    local service
    for service in "${SERVICES[@]}"; do
        printf '%-44s %14s %14s %8s %s\n' "idle RSS $service (MiB)" "${BENCH_RSS[$service]}" "-" "-" "< 30 $(verdict "${BENCH_RSS[$service]}" -lt 30)"
    done
    printf '%-44s %14s %14s %8s %s\n' "idle PSS, the eight daemons together (MiB)" "$BENCH_PSS_TOTAL" "-" "-" "for information"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# verdict VALUE -ge|-lt THRESHOLD -> "ok" or "MISSED" (decimal-safe)
verdict() {
    awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == "-ge") ? (v >= t) : (v < t); print ok ? "ok" : "MISSED" }'
}

stop_bench_daemons() {
    local pid
    for pid in "${BENCH_PIDS[@]:-}"; do
        [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${BENCH_PIDS[@]:-}"; do
        [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
    done
    BENCH_PIDS=()
    [ -n "${BENCH_DATA:-}" ] && rm -rf "$BENCH_DATA"
    BENCH_DATA=""
}
