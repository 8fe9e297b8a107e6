/* The SMTP server of the email benchmark: accepts and counts messages, stores nothing.
 * One thread, epoll, non-blocking sockets, any number of connections, so that the server is never the ceiling of
 * what it measures (the Python aiosmtpd sink it replaces topped out near 450 emails/s and took a core).
 *
 * Speaks enough ESMTP for libcurl's and Python smtplib's clients: greeting 220; EHLO (250-PIPELINING, 8BITMIME,
 * SIZE), HELO, MAIL FROM, RCPT TO, DATA (354, then the body up to the line holding a single dot; a line starting
 * with a dot is a stuffed line, not the end), RSET, NOOP, VRFY, QUIT; out-of-sequence commands get 503, unknown ones
 * 500. Pipelined commands are answered in order, in one write.
 *
 * Build: cc -O2 -o smtp_sink deploy/bench/smtp_sink.c
 * Usage: smtp_sink serve PORT STATUSFILE EXPECTED
 *   listens on 127.0.0.1:PORT, prints "ready" once listening; writes "<count> <first_epoch_s> <last_epoch_s>" to
 *   STATUSFILE (through a rename) when EXPECTED messages were accepted, and every second while the count changes
 *   (the interface of smtp_sink.py serve). Stops on SIGTERM/SIGINT.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

enum { LINE_MAX_BYTES = 4096, READ_BYTES = 65536, MAX_SIZE = 52428800 };

/* Where the end-of-data matcher is: the body ends at CRLF "." CRLF (DATA's own CRLF counts as the first one). */
enum data_state { AT_LINE_START, IN_LINE, AFTER_CR, AFTER_DOT, AFTER_DOT_CR };

struct conn {
    int fd;
    int greeted, in_mail, rcpts, in_data, quitting, want_out;
    enum data_state data;
    size_t line_len;
    int line_overflow;
    char line[LINE_MAX_BYTES];
    char *out;
    size_t out_len, out_cap, out_sent;
};

static int epfd;
static long count, expected;
static double first_at, last_at;
static const char *status_path;
static long written_count = -1;
static volatile sig_atomic_t stopping;

static double now_s(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return tv.tv_sec + tv.tv_usec / 1e6;
}

static void write_status(void) {
    if (written_count == count) return;
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", status_path);
    FILE *f = fopen(tmp, "w");
    if (!f) { perror("smtp_sink: status file"); return; }
    fprintf(f, "%ld %.6f %.6f\n", count, first_at, last_at);
    fclose(f);
    if (rename(tmp, status_path) != 0) { perror("smtp_sink: rename"); return; }
    written_count = count;
}

static void reply(struct conn *c, const char *text) {
    size_t n = strlen(text);
    if (c->out_len + n > c->out_cap) {
        size_t cap = c->out_cap ? c->out_cap : 1024;
        while (cap < c->out_len + n) cap *= 2;
        char *grown = realloc(c->out, cap);
        if (!grown) { perror("smtp_sink: realloc"); exit(1); }
        c->out = grown;
        c->out_cap = cap;
    }
    memcpy(c->out + c->out_len, text, n);
    c->out_len += n;
}

static void close_conn(struct conn *c) {
    epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    free(c->out);
    free(c);
}

/* Sends what is pending; asks for EPOLLOUT while some is left. Returns -1 when the connection is gone. */
static int flush_out(struct conn *c) {
    while (c->out_sent < c->out_len) {
        ssize_t n = send(c->fd, c->out + c->out_sent, c->out_len - c->out_sent, MSG_NOSIGNAL);
        if (n > 0) { c->out_sent += (size_t)n; continue; }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        return -1;
    }
    if (c->out_sent == c->out_len) c->out_sent = c->out_len = 0;
    int want = c->out_len > 0;
    if (want != c->want_out) {
        struct epoll_event ev = { .events = EPOLLIN | (want ? EPOLLOUT : 0), .data.ptr = c };
        epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
        c->want_out = want;
    }
    return 0;
}

static int is_cmd(const char *line, size_t len, const char *verb) {
    size_t n = strlen(verb);
    return len >= n && strncasecmp(line, verb, n) == 0 && (len == n || line[n] == ' ' || line[n] == ':');
}

static void reset_transaction(struct conn *c) {
    c->in_mail = 0;
    c->rcpts = 0;
}

static void command(struct conn *c, char *line, size_t len) {
    if (is_cmd(line, len, "EHLO")) {
        reset_transaction(c);
        c->greeted = 1;
        char text[128];
        snprintf(text, sizeof text, "250-bench.sink\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE %d\r\n", MAX_SIZE);
        reply(c, text);
    } else if (is_cmd(line, len, "HELO")) {
        reset_transaction(c);
        c->greeted = 1;
        reply(c, "250 bench.sink\r\n");
    } else if (len >= 10 && strncasecmp(line, "MAIL FROM:", 10) == 0) {
        if (!c->greeted) reply(c, "503 5.5.1 Error: send HELO/EHLO first\r\n");
        else if (c->in_mail) reply(c, "503 5.5.1 Error: nested MAIL command\r\n");
        else { c->in_mail = 1; reply(c, "250 2.1.0 OK\r\n"); }
    } else if (len >= 8 && strncasecmp(line, "RCPT TO:", 8) == 0) {
        if (!c->in_mail) reply(c, "503 5.5.1 Error: need MAIL command\r\n");
        else { c->rcpts++; reply(c, "250 2.1.5 OK\r\n"); }
    } else if (is_cmd(line, len, "DATA")) {
        if (!c->rcpts) reply(c, "503 5.5.1 Error: need RCPT command\r\n");
        else {
            c->in_data = 1;
            c->data = AT_LINE_START;
            reply(c, "354 End data with <CR><LF>.<CR><LF>\r\n");
        }
    } else if (is_cmd(line, len, "RSET")) {
        reset_transaction(c);
        reply(c, "250 2.0.0 OK\r\n");
    } else if (is_cmd(line, len, "NOOP")) {
        reply(c, "250 2.0.0 OK\r\n");
    } else if (is_cmd(line, len, "VRFY")) {
        reply(c, "252 2.0.0 Cannot VRFY user\r\n");
    } else if (is_cmd(line, len, "QUIT")) {
        reply(c, "221 2.0.0 Bye\r\n");
        c->quitting = 1;
    } else {
        reply(c, "500 5.5.2 Error: command not recognized\r\n");
    }
}

/* Feeds the body to the end-of-data matcher; returns how many bytes it took (all, or up to the final dot's LF). */
static size_t data_bytes(struct conn *c, const char *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char ch = p[i];
        switch (c->data) {
        case AT_LINE_START: c->data = ch == '.' ? AFTER_DOT : ch == '\r' ? AFTER_CR : IN_LINE; break;
        case IN_LINE: if (ch == '\r') c->data = AFTER_CR; break;
        case AFTER_CR: c->data = ch == '\n' ? AT_LINE_START : ch == '\r' ? AFTER_CR : IN_LINE; break;
        /* "." then CR: maybe the end; "." then anything else: a stuffed or dot-led line, part of the body. */
        case AFTER_DOT: c->data = ch == '\r' ? AFTER_DOT_CR : IN_LINE; break;
        case AFTER_DOT_CR:
            if (ch == '\n') {
                double t = now_s();
                if (count == 0) first_at = t;
                last_at = t;
                count++;
                c->in_data = 0;
                reset_transaction(c);
                reply(c, "250 2.0.0 OK: queued\r\n");
                if (count == expected) write_status();
                return i + 1;
            }
            c->data = ch == '\r' ? AFTER_CR : IN_LINE;
            break;
        }
    }
    return n;
}

static void input(struct conn *c, const char *p, size_t n) {
    size_t i = 0;
    while (i < n && !c->quitting) {
        if (c->in_data) { i += data_bytes(c, p + i, n - i); continue; }
        const char *lf = memchr(p + i, '\n', n - i);
        size_t take = lf ? (size_t)(lf - (p + i)) + 1 : n - i;
        if (c->line_len + take > LINE_MAX_BYTES) {
            c->line_overflow = 1; /* keep discarding until the end of this line */
            c->line_len = 0;
        } else {
            memcpy(c->line + c->line_len, p + i, take);
            c->line_len += take;
        }
        i += take;
        if (!lf) break;
        if (c->line_overflow) {
            reply(c, "500 5.5.6 Error: line too long\r\n");
        } else {
            size_t len = c->line_len;
            while (len > 0 && (c->line[len - 1] == '\n' || c->line[len - 1] == '\r')) len--;
            c->line[len] = '\0';
            command(c, c->line, len);
        }
        c->line_len = 0;
        c->line_overflow = 0;
    }
}

static void on_readable(struct conn *c) {
    static char buf[READ_BYTES];
    for (;;) {
        ssize_t n = recv(c->fd, buf, sizeof buf, 0);
        if (n > 0) {
            input(c, buf, (size_t)n);
            if (c->quitting) break;
            if ((size_t)n < sizeof buf) break;
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        close_conn(c); /* EOF or error */
        return;
    }
    if (flush_out(c) < 0 || (c->quitting && c->out_len == 0)) close_conn(c);
}

static void on_accept(int listener) {
    for (;;) {
        int fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK) perror("smtp_sink: accept");
            return;
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        struct conn *c = calloc(1, sizeof *c);
        if (!c) { perror("smtp_sink: calloc"); exit(1); }
        c->fd = fd;
        struct epoll_event ev = { .events = EPOLLIN, .data.ptr = c };
        if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) != 0) { perror("smtp_sink: epoll_ctl"); close(fd); free(c); continue; }
        reply(c, "220 bench.sink ESMTP ready\r\n");
        if (flush_out(c) < 0) close_conn(c);
    }
}

static void on_signal(int sig) { (void)sig; stopping = 1; }

int main(int argc, char **argv) {
    if (argc != 5 || strcmp(argv[1], "serve") != 0) {
        fprintf(stderr, "usage: smtp_sink serve PORT STATUSFILE EXPECTED\n");
        return 2;
    }
    int port = atoi(argv[2]);
    status_path = argv[3];
    expected = atol(argv[4]);
    signal(SIGPIPE, SIG_IGN);
    struct sigaction sa = { .sa_handler = on_signal };
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);

    int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port),
                                .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    if (listener < 0 || bind(listener, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(listener, 1024) != 0) {
        perror("smtp_sink: listen");
        return 1;
    }
    epfd = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = NULL };
    epoll_ctl(epfd, EPOLL_CTL_ADD, listener, &ev);
    printf("ready\n");
    fflush(stdout);

    struct epoll_event events[256];
    double next_tick = now_s() + 1;
    while (!stopping) {
        int n = epoll_wait(epfd, events, 256, 1000);
        if (n < 0 && errno != EINTR) { perror("smtp_sink: epoll_wait"); return 1; }
        for (int i = 0; i < n; i++) {
            struct conn *c = events[i].data.ptr;
            if (!c) { on_accept(listener); continue; }
            if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
                on_readable(c); /* may close c */
            } else if (events[i].events & EPOLLOUT) {
                if (flush_out(c) < 0 || (c->quitting && c->out_len == 0)) close_conn(c);
            }
        }
        double t = now_s();
        if (t >= next_tick) { write_status(); next_tick = t + 1; }
    }
    write_status();
    return 0;
}
