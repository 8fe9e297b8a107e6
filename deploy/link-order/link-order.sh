# `./deploy/deploy.sh link-order`: regenerate deploy/link-order/symbols.txt, the order in which the release link
# lays out functions and data (see release_build_flags in deploy/lib/common.sh and README.md, "Memory").
# shellcheck shell=bash

LINK_ORDER_ROUNDS="${LINK_ORDER_ROUNDS:-5}"

# Each round links commerceai with the current order, starts the eight daemons (through their links) against a
# private broker under touch_pages.so until they are healthy and idle, and lists the symbols they used, in first-use
# order (the daemons one after the other, gateway first: what they all run comes first). Round 1
# starts from an empty list (names of code that no longer exists drop out); later rounds append what the new layout
# revealed (a page first used for one symbol no longer hides its neighbours). The result replaces symbols.txt and
# the daemons are relinked with it.
generate_link_order() {
    install_packages gcc python3
    local out="$ROOT/.build-link-order" order="$ROOT/deploy/link-order/symbols.txt"
    mkdir -p "$out"
    cc -O2 -shared -fPIC -o "$out/touch_pages.so" "$ROOT/deploy/link-order/touch_pages.c" || die "could not build touch_pages.so"
    local dir port
    dir="$(mktemp -d "${TMPDIR:-/tmp}/commerce-link-order-broker.XXXXXX")"
    port="$(free_port)"
    start_private_broker "$dir" "$port" "commerceorder$$"
    trap 'stop_private_broker "'"$dir"'"; rm -rf "'"$dir"'"' EXIT
    local url="amqp://guest:guest@127.0.0.1:$port"

    local round previous=()
    for round in $(seq 1 "$LINK_ORDER_ROUNDS"); do
        log "link order round $round/$LINK_ORDER_ROUNDS"
        relink_release_daemons
        local data service pids=() pairs=() offset=0 base_port
        data="$(mktemp -d "${TMPDIR:-/tmp}/commerce-link-order-data.XXXXXX")"
        base_port="$(free_port)"
        for service in "${SERVICES[@]}"; do
            env DATA_DIR="$data" RABBITMQ_URL="$url" LOG_LEVEL=warning SWIFT_BACKTRACE=enable=no \
                "$(service_prefix "$service")_PORT=$((base_port + offset))" \
                LD_PRELOAD="$out/touch_pages.so" TOUCH_PAGES_LOG="$out/$service.pages" \
                "$BIN_DIR/$service" >"$data/$service.log" 2>&1 &
            pids+=("$!")
            pairs+=("$BIN_DIR/$DAEMONS_BINARY=$out/$service.pages")
            offset=$((offset + 1))
        done
        wait_healthy_from "$base_port" "$data"
        sleep 5 # the same idle point as the bench's memory figure
        kill -TERM "${pids[@]}" 2>/dev/null || true
        wait "${pids[@]}" 2>/dev/null || true
        rm -rf "$data"
        python3 "$ROOT/deploy/link-order/link_order.py" "${previous[@]}" "${pairs[@]}" >"$out/symbols.$round" ||
            die "link_order.py failed"
        previous=(--previous "$out/symbols.$round")
        cp "$out/symbols.$round" "$order" # the next round's link uses it
    done
    relink_release_daemons
    log "wrote $(wc -l <"$order") symbols to deploy/link-order/symbols.txt"
}

# The release build of commerceai, the binary removed first: SwiftPM does not see a change of the ordering file or
# of exports.map (linker inputs it does not track), so it relinks only what is missing. BENCH_SCRATCH_PATH builds it in another
# folder than .build, as for `bench email|respond`.
relink_release_daemons() {
    local scratch=()
    [ -n "${BENCH_SCRATCH_PATH:-}" ] && scratch=(--scratch-path "$BENCH_SCRATCH_PATH")
    rm -f "$(swift build -c release "${scratch[@]}" --show-bin-path)/$DAEMONS_BINARY"
    release_build "${scratch[@]}" -- "$DAEMONS_BINARY"
}
