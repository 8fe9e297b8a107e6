/*
 * paced_load: an open-loop HTTP/1.1 load generator for the respond benchmark.
 *
 * CONNECTIONS clients, each on its own keep-alive connection, together offer RATE requests per second: each client
 * sends at the instants of a Poisson process of rate RATE / CONNECTIONS (exponential gaps), one request at a time.
 * Latency is measured from the instant a request was due, not from when it went out: when an answer is late, the
 * client's next request waits for it and that wait counts in the next request's latency (no coordinated omission;
 * a stalled server cannot hide by slowing the client down).
 *
 * Requests are POST PATH with `Content-Type: application/json` and `Authorization: Bearer TOKEN`; the bodies are
 * built from MESSAGES, a file of message templates (one per line, at most two `%d`, each replaced by a random
 * number), as {"message":"...","channel":"api"}. Answers must carry Content-Length (the daemons always send it).
 *
 * Usage: paced_load HOST PORT PATH MESSAGES TOKEN CONNECTIONS RATE SECONDS [WARMUP_SECONDS]
 * Prints one line: offered=… answered=… answers_per_s=… p50_us=… p90_us=… p99_us=… p999_us=… max_us=… non2xx=… errors=…
 * (requests due during the warm-up are sent but not counted; a request not answered within 10 s after the end counts
 * as an error). Exit status 0 when it ran, 1 on a setup failure.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_TEMPLATES 256
#define BUFFER_BYTES 65536
#define DRAIN_NS (10LL * 1000000000LL)

typedef struct {
    int fd;
    int busy;               /* a request is out */
    int64_t due;            /* when the request in flight (or the next one) was due, ns */
    int record;             /* count the request in flight */
    char out[4096];
    size_t out_len, out_sent;
    char in[BUFFER_BYTES];
    size_t in_len;
} client_t;

static char *templates[MAX_TEMPLATES];
static int template_count;
static const char *host, *path, *token;
static int port;
static struct sockaddr_in address;
static uint64_t rng_state;

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* splitmix64 */
static uint64_t next_random(void) {
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double uniform(void) { return ((next_random() >> 11) + 0.5) / 9007199254740992.0; }

static int64_t exponential_gap(double mean_ns) { return (int64_t)(-log(uniform()) * mean_ns); }

static int load_templates(const char *file) {
    FILE *f = fopen(file, "r");
    if (!f) { perror(file); return -1; }
    char line[1024];
    while (fgets(line, sizeof line, f) && template_count < MAX_TEMPLATES) {
        line[strcspn(line, "\r\n")] = 0;
        if (!line[0] || line[0] == '#') continue;
        int placeholders = 0, valid = 1;
        for (const char *p = line; *p; p++) {
            if (*p == '%') {
                if (p[1] == 'd') { placeholders++; p++; } else { valid = 0; }
            } else if (*p == '"' || *p == '\\') {
                valid = 0;
            }
        }
        if (!valid || placeholders > 2) {
            fprintf(stderr, "%s: template not usable (only %%d, at most two, no quotes): %s\n", file, line);
            fclose(f);
            return -1;
        }
        templates[template_count++] = strdup(line);
    }
    fclose(f);
    if (template_count == 0) { fprintf(stderr, "%s: no templates\n", file); return -1; }
    return 0;
}

static int open_connection(client_t *c) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *)&address, sizeof address) < 0 && errno != EINPROGRESS) {
        close(fd);
        return -1;
    }
    c->fd = fd;
    c->in_len = 0;
    return 0;
}

static void build_request(client_t *c) {
    char message[1200], body[1400];
    const char *t = templates[next_random() % (uint64_t)template_count];
    snprintf(message, sizeof message, t, (int)(10000 + next_random() % 90000), (int)(2 + next_random() % 8));
    int body_len = snprintf(body, sizeof body, "{\"message\":\"%s\",\"channel\":\"api\"}", message);
    int n = snprintf(c->out, sizeof c->out,
                     "POST %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\n"
                     "Authorization: Bearer %s\r\nContent-Length: %d\r\n\r\n%s",
                     path, host, port, token, body_len, body);
    c->out_len = (size_t)n < sizeof c->out ? (size_t)n : sizeof c->out - 1;
    c->out_sent = 0;
}

/* Writes what is left of the request; 0 when all is written or the socket is full, -1 on failure. */
static int flush_request(client_t *c) {
    while (c->out_sent < c->out_len) {
        ssize_t n = write(c->fd, c->out + c->out_sent, c->out_len - c->out_sent);
        if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
        c->out_sent += (size_t)n;
    }
    return 0;
}

/* The length of a complete answer at the start of the buffer (head + body), 0 when incomplete, -1 when unusable. */
static long complete_answer(const client_t *c, int *status, int *closes) {
    const char *end = memmem(c->in, c->in_len, "\r\n\r\n", 4);
    if (!end) return c->in_len >= BUFFER_BYTES ? -1 : 0;
    size_t head_len = (size_t)(end - c->in) + 4;
    if (c->in_len < 12 || strncmp(c->in, "HTTP/1.", 7) != 0) return -1;
    *status = atoi(c->in + 9);
    long length = -1;
    *closes = 0;
    const char *line = memchr(c->in, '\n', head_len);
    while (line && (size_t)(line - c->in) + 1 < head_len) {
        line++;
        if (strncasecmp(line, "content-length:", 15) == 0) length = strtol(line + 15, NULL, 10);
        if (strncasecmp(line, "connection:", 11) == 0 && strncasecmp(line + 11, " close", 6) == 0) *closes = 1;
        line = memchr(line, '\n', head_len - (size_t)(line - c->in));
    }
    if (length < 0) return -1;
    if (head_len + (size_t)length > BUFFER_BYTES) return -1;
    return c->in_len >= head_len + (size_t)length ? (long)(head_len + (size_t)length) : 0;
}

/* Watches the socket for answers, and for room to write while part of a request is still unsent. */
static void watch(int epoll, client_t *c, uint32_t index, int op) {
    struct epoll_event event = {.events = EPOLLIN | (c->busy && c->out_sent < c->out_len ? EPOLLOUT : 0), .data.u32 = index};
    epoll_ctl(epoll, op, c->fd, &event);
}

static int compare_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static int64_t percentile(const int64_t *sorted, long n, double p) {
    if (n == 0) return 0;
    long index = (long)ceil(p * (double)n) - 1;
    if (index < 0) index = 0;
    if (index >= n) index = n - 1;
    return sorted[index];
}

int main(int argc, char **argv) {
    if (argc < 9) {
        fprintf(stderr, "usage: %s HOST PORT PATH MESSAGES TOKEN CONNECTIONS RATE SECONDS [WARMUP_SECONDS]\n", argv[0]);
        return 1;
    }
    host = argv[1];
    port = atoi(argv[2]);
    path = argv[3];
    token = argv[5];
    int connections = atoi(argv[6]);
    double rate = atof(argv[7]);
    double seconds = atof(argv[8]), warmup = argc > 9 ? atof(argv[9]) : 2;
    if (connections <= 0 || rate <= 0 || seconds <= 0 || warmup < 0 || strlen(token) > 2048) {
        fprintf(stderr, "paced_load: bad arguments\n");
        return 1;
    }
    if (load_templates(argv[4]) < 0) return 1;
    if (getrandom(&rng_state, sizeof rng_state, 0) != sizeof rng_state) rng_state = (uint64_t)now_ns();
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_port = htons((uint16_t)port);
    if (inet_pton(AF_INET, host, &address.sin_addr) != 1) {
        fprintf(stderr, "paced_load: HOST must be an IPv4 address\n");
        return 1;
    }

    int epoll = epoll_create1(EPOLL_CLOEXEC);
    client_t *clients = calloc((size_t)connections, sizeof *clients);
    double mean_gap = 1e9 * connections / rate;
    int64_t start = now_ns();
    int64_t record_from = start + (int64_t)(warmup * 1e9), stop_at = record_from + (int64_t)(seconds * 1e9);
    for (int i = 0; i < connections; i++) {
        if (open_connection(&clients[i]) < 0) { perror("connect"); return 1; }
        watch(epoll, &clients[i], (uint32_t)i, EPOLL_CTL_ADD);
        clients[i].due = start + exponential_gap(mean_gap);
    }

    size_t capacity = (size_t)(rate * (seconds + 1) * 1.5) + 1024;
    int64_t *latencies = malloc(capacity * sizeof *latencies);
    long answered = 0, offered = 0, non2xx = 0, errors = 0;
    struct epoll_event events[256];

    for (;;) {
        int64_t now = now_ns();
        int in_flight = 0;
        int64_t next_due = INT64_MAX;
        for (int i = 0; i < connections; i++) {
            client_t *c = &clients[i];
            if (!c->busy && c->due < stop_at && c->due <= now) {
                build_request(c);
                c->busy = 1;
                c->record = c->due >= record_from;
                if (c->record) offered++;
                if (flush_request(c) < 0) {
                    errors += c->record;
                    c->busy = 0;
                    close(c->fd);
                    if (open_connection(c) < 0) { perror("reconnect"); return 1; }
                    watch(epoll, c, (uint32_t)i, EPOLL_CTL_ADD);
                    c->due += exponential_gap(mean_gap);
                } else if (c->out_sent < c->out_len) {
                    watch(epoll, c, (uint32_t)i, EPOLL_CTL_MOD);
                }
            }
            if (c->busy) in_flight++;
            else if (c->due < stop_at && c->due < next_due) next_due = c->due;
        }
        if (now >= stop_at && (in_flight == 0 || now >= stop_at + DRAIN_NS)) {
            for (int i = 0; i < connections; i++) errors += clients[i].busy && clients[i].record;
            break;
        }
        struct timespec timeout;
        int64_t wait = next_due == INT64_MAX ? 1000000 : next_due - now;
        if (wait < 0) wait = 0;
        if (wait > 100000000) wait = 100000000;
        timeout.tv_sec = wait / 1000000000;
        timeout.tv_nsec = wait % 1000000000;
        int n = epoll_pwait2(epoll, events, 256, &timeout, NULL);
        if (n < 0 && errno != EINTR) { perror("epoll_pwait2"); return 1; }
        for (int k = 0; k < n; k++) {
            client_t *c = &clients[events[k].data.u32];
            if (events[k].events & EPOLLOUT) {
                int failed = flush_request(c) < 0;
                if (!failed && c->out_sent == c->out_len) watch(epoll, c, events[k].data.u32, EPOLL_CTL_MOD);
                if (!failed && !(events[k].events & (EPOLLIN | EPOLLERR | EPOLLHUP))) continue;
            }
            ssize_t got = read(c->fd, c->in + c->in_len, BUFFER_BYTES - c->in_len);
            if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) continue;
            int status = 0, closes = 0;
            long length = got > 0 ? (c->in_len += (size_t)got, complete_answer(c, &status, &closes)) : -1;
            if (length == 0) continue;
            int64_t done = now_ns();
            if (length > 0 && c->busy) {
                if (c->record) {
                    if ((size_t)answered < capacity) latencies[answered] = done - c->due;
                    answered++;
                    if (status < 200 || status > 299) non2xx++;
                }
                memmove(c->in, c->in + length, c->in_len - (size_t)length);
                c->in_len -= (size_t)length;
            } else {
                errors += c->busy && c->record;   /* closed or garbled mid-answer */
                closes = 1;
            }
            c->busy = 0;
            c->due += exponential_gap(mean_gap);
            if (closes) {
                epoll_ctl(epoll, EPOLL_CTL_DEL, c->fd, NULL);
                close(c->fd);
                if (open_connection(c) < 0) { perror("reconnect"); return 1; }
                watch(epoll, c, events[k].data.u32, EPOLL_CTL_ADD);
            }
        }
    }

    long kept = answered < (long)capacity ? answered : (long)capacity;
    qsort(latencies, (size_t)kept, sizeof *latencies, compare_i64);
    printf("offered=%ld answered=%ld answers_per_s=%.0f p50_us=%lld p90_us=%lld p99_us=%lld p999_us=%lld max_us=%lld "
           "non2xx=%ld errors=%ld\n",
           offered, answered, answered / seconds, (long long)percentile(latencies, kept, 0.50) / 1000,
           (long long)percentile(latencies, kept, 0.90) / 1000, (long long)percentile(latencies, kept, 0.99) / 1000,
           (long long)percentile(latencies, kept, 0.999) / 1000, (long long)(kept ? latencies[kept - 1] : 0) / 1000,
           non2xx, errors);
    return 0;
}
