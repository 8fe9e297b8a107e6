# Gateway benchmark: one authenticated agent route that reads its database (the FAQ list, with a valid JWT),
# called directly on sav-agent, through the gateway, and through nginx as a reverse proxy with upstream keep-alive,
# interleaved in one run, with the ratios. Sourced by deploy/bench/bench.sh; `bench_gateway` assumes release
# binaries in $BIN_DIR, the helpers of deploy/lib/common.sh (log, die, install_packages, free_port, wait_port) and
# wrk_figures of deploy/bench/bench.sh.
#
# Settings (environment): BENCH_SECONDS [10] per run, BENCH_ROUNDS [3] interleaved rounds, BENCH_CONNECTIONS [64],
# BENCH_THREADS [2], BENCH_FAQS [20] entries in the list, BENCH_LATENCY_CYCLES [10] and BENCH_LATENCY_SECONDS [2]: the
# one-connection slices.
# Target (issue 3): gateway throughput >= 0.7 x nginx; added p50 at one connection < 150 us.
# shellcheck shell=bash

# wrk_run URL TOKEN THREADS CONNECTIONS SECONDS -> "req_per_s p50_us p99_us"
_gw_wrk() {
    local out
    out="$(wrk -t"$3" -c"$4" -d"$5"s --latency -H "Authorization: Bearer $2" "$1" 2>&1)" || { echo "$out" >&2; return 1; }
    if echo "$out" | grep -q "Non-2xx"; then
        echo "$out" >&2
        die "wrk saw non-2xx responses on $1"
    fi
    echo "$out" | wrk_figures | cut -d' ' -f1-3
}

_gw_median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print 0; else print a[int((NR + 1) / 2)] }'; }

bench_gateway() {
    install_packages wrk nginx-light curl
    local seconds="${BENCH_SECONDS:-10}" rounds="${BENCH_ROUNDS:-3}" connections="${BENCH_CONNECTIONS:-64}"
    local latency_cycles="${BENCH_LATENCY_CYCLES:-10}" latency_seconds="${BENCH_LATENCY_SECONDS:-2}"
    local threads="${BENCH_THREADS:-2}" faqs="${BENCH_FAQS:-20}"
    local work sav_port gw_port nginx_port secret pids=()
    work="$(mktemp -d /tmp/commerce-bench-gateway.XXXXXX)"
    sav_port="$(free_port)"; gw_port="$(free_port)"; nginx_port="$(free_port)"
    secret="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    [ -x "$BIN_DIR/gateway" ] && [ -x "$BIN_DIR/sav-agent" ] || die "no release gateway/sav-agent in $BIN_DIR"

    log "gateway bench: sav-agent :$sav_port, gateway :$gw_port, nginx :$nginx_port (work dir $work)"
    DATA_DIR="$work/sav" SAV_PORT="$sav_port" JWT_SECRET="$secret" LOG_LEVEL=warning \
        "$BIN_DIR/sav-agent" >"$work/sav.log" 2>&1 &
    pids+=($!)
    DATA_DIR="$work/gateway" GATEWAY_PORT="$gw_port" JWT_SECRET="$secret" SAV_UPSTREAMS="http://127.0.0.1:$sav_port" \
        LOG_LEVEL=warning BCRYPT_COST=4 RATE_LIMIT_PLANS="free=100000000:10000000" \
        "$BIN_DIR/gateway" >"$work/gateway.log" 2>&1 &
    pids+=($!)

    mkdir -p "$work/nginx/logs"
    cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/client_body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    upstream sav { server 127.0.0.1:$sav_port; keepalive 64; }
    server {
        listen 127.0.0.1:$nginx_port;
        location / {
            proxy_pass http://sav;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
        }
    }
}
NGINX
    nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"

    # shellcheck disable=SC2064
    trap "nginx -p '$work/nginx' -c '$work/nginx/nginx.conf' -s quit 2>/dev/null; kill ${pids[*]} 2>/dev/null; wait ${pids[*]} 2>/dev/null; rm -rf '$work'; trap - RETURN" RETURN

    wait_port "$sav_port"; wait_port "$gw_port"; wait_port "$nginx_port"
    local gw="http://127.0.0.1:$gw_port" email token
    email="bench-$RANDOM@bench.test"
    curl -sf -X POST "$gw/api/auth/register" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"bench-password-1\",\"name\":\"Bench\",\"tenantName\":\"Bench\"}" >/dev/null \
        || die "register failed: $(tail -n 5 "$work/gateway.log")"
    token="$(curl -sf -X POST "$gw/api/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"bench-password-1\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')"
    [ -n "$token" ] || die "login failed"
    local i
    for ((i = 1; i <= faqs; i++)); do
        curl -sf -X POST "$gw/api/customer-service/faqs" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            -d "{\"question\":\"Question $i about delivery?\",\"answer\":\"Answer $i: parcels leave within 24 hours.\",\"tags\":[\"bench\"]}" \
            >/dev/null || die "creating FAQ $i failed"
    done

    local path="/api/customer-service/faqs?limit=20" name url
    declare -A urls=([direct]="http://127.0.0.1:$sav_port$path" [gateway]="$gw$path" [nginx]="http://127.0.0.1:$nginx_port$path")
    # Warm-up: connections, caches.
    for name in direct gateway nginx; do _gw_wrk "${urls[$name]}" "$token" 1 8 2 >/dev/null; done

    declare -A rps p50 p99 lat1 added
    local round result single
    for ((round = 1; round <= rounds; round++)); do
        for name in direct gateway nginx; do
            result="$(_gw_wrk "${urls[$name]}" "$token" "$threads" "$connections" "$seconds")"
            rps[$name]+="$(echo "$result" | cut -d' ' -f1) "
            p50[$name]+="$(echo "$result" | cut -d' ' -f2) "
            p99[$name]+="$(echo "$result" | cut -d' ' -f3) "
            log "round $round $name: $(echo "$result" | cut -d' ' -f1) req/s ($connections connections)"
        done
    done

    # Latency at one connection, in short slices interleaved direct, gateway, nginx, cycle after cycle: each
    # slice's p50 is compared with the direct slice of its own cycle, so the machine's drift from one minute to the
    # next (other work, CPU frequency, what the previous saturated run left behind) cancels out of the difference.
    local cycle direct_p50 value
    for ((cycle = 1; cycle <= latency_cycles; cycle++)); do
        for name in direct gateway nginx; do
            value="$(_gw_wrk "${urls[$name]}" "$token" 1 1 "$latency_seconds" | cut -d' ' -f2)"
            lat1[$name]+="$value "
            if [ "$name" = direct ]; then direct_p50=$value; else added[$name]+="$((value - direct_p50)) "; fi
        done
    done
    log "p50 at 1 connection per slice (us): direct ${lat1[direct]}| gateway ${lat1[gateway]}| nginx ${lat1[nginx]}"

    local m_rps m_p50 m_p99 m_lat1
    declare -A med_rps med_lat1
    printf '\nGateway benchmark: GET %s with a valid JWT, %s connections, %s s x %s interleaved rounds (medians);\n' \
        "$path" "$connections" "$seconds" "$rounds"
    printf 'one connection: %s cycles of %s s slices, direct, gateway, nginx (medians)\n' "$latency_cycles" "$latency_seconds"
    printf '%-10s %12s %10s %10s %16s\n' target req/s p50_us p99_us p50_us@1conn
    for name in direct gateway nginx; do
        m_rps="$(echo "${rps[$name]}" | tr ' ' '\n' | grep . | _gw_median)"
        m_p50="$(echo "${p50[$name]}" | tr ' ' '\n' | grep . | _gw_median)"
        m_p99="$(echo "${p99[$name]}" | tr ' ' '\n' | grep . | _gw_median)"
        m_lat1="$(echo "${lat1[$name]}" | tr ' ' '\n' | grep . | _gw_median)"
        med_rps[$name]=$m_rps; med_lat1[$name]=$m_lat1
        printf '%-10s %12s %10s %10s %16s\n' "$name" "$m_rps" "$m_p50" "$m_p99" "$m_lat1"
    done
    local added_gateway added_nginx
    added_gateway="$(echo "${added[gateway]}" | tr ' ' '\n' | grep . | _gw_median)"
    added_nginx="$(echo "${added[nginx]}" | tr ' ' '\n' | grep . | _gw_median)"
    awk -v g="${med_rps[gateway]}" -v n="${med_rps[nginx]}" -v d="${med_rps[direct]}" \
        -v ag="$added_gateway" -v an="$added_nginx" 'BEGIN {
        printf "gateway/nginx throughput %.2f (target >= 0.70)   gateway/direct %.2f   nginx/direct %.2f\n", g / n, g / d, n / d
        printf "added p50 at 1 connection (median over cycles of slice p50 - the cycle'"'"'s direct p50): gateway %+d us (target < 150), nginx %+d us\n", ag, an
    }'
}
