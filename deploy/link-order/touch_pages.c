/*
 * touch_pages.so: an LD_PRELOAD probe that records which pages of a program's own image it really uses.
 *
 * `./deploy/deploy.sh link-order` runs each release daemon under it until the daemon is idle. At load time the probe
 * takes away every permission from the executable's code segment and its first read-only segment; each first access
 * to one of those pages then faults once, the handler gives the page its permissions back and writes the faulting
 * address (relative to the load base, hexadecimal, one a line) to $TOUCH_PAGES_LOG. link_order.py turns the addresses
 * into the symbols that hold them, in first-use order: the linker's --symbol-ordering-file then places those symbols
 * side by side, so a daemon's start-up code shares a few pages instead of being spread over the whole binary.
 * A first access names one symbol per page only: the probe takes the permissions away again every few milliseconds
 * during start-up (rearm below), and link-order.sh runs several rounds, each on the layout the previous one produced,
 * so that symbols hidden behind a neighbour show up.
 * Measurement tool only: never loaded by a running service.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

struct segment {
    unsigned long start, end;
    int protection;
};

static struct segment segments[8];
static int segment_count;
static unsigned long load_base;
static int log_fd = -1;
static struct sigaction previous;

static void log_address(unsigned long value) {
    char digits[20], line[24];
    int count = 0, length = 0;
    do {
        digits[count++] = "0123456789abcdef"[value & 15];
        value >>= 4;
    } while (value);
    while (count) line[length++] = digits[--count];
    line[length++] = '\n';
    if (write(log_fd, line, length) < 0) { /* nothing to do in a signal handler */ }
}

static void on_fault(int signal_number, siginfo_t *info, void *context) {
    (void)signal_number;
    (void)context;
    unsigned long address = (unsigned long)info->si_addr;
    for (int i = 0; i < segment_count; i++) {
        if (address >= segments[i].start && address < segments[i].end) {
            mprotect((void *)(address & ~4095UL), 4096, segments[i].protection);
            if (log_fd >= 0) log_address(address - load_base);
            return;
        }
    }
    /* Not ours: restore the previous disposition; the faulting instruction runs again and meets it. */
    sigaction(SIGSEGV, &previous, NULL);
}

/* Takes the permissions away again every TOUCH_PAGES_REARM_MS (50) milliseconds for TOUCH_PAGES_REARM_SECONDS (10):
 * each period then records the first use of every page again, so one run names several symbols per page instead of
 * only the first one (the others would otherwise take a relink each to show up). 0 disables it. */
static long rearm_interval_ms = 50, rearm_total_ms = 10000;

static void *rearm(void *unused) {
    (void)unused;
    struct timespec pause = {rearm_interval_ms / 1000, (rearm_interval_ms % 1000) * 1000000L};
    for (long elapsed = 0; elapsed < rearm_total_ms; elapsed += rearm_interval_ms) {
        nanosleep(&pause, NULL);
        for (int i = 0; i < segment_count; i++)
            mprotect((void *)segments[i].start, segments[i].end - segments[i].start, PROT_NONE);
    }
    return NULL;
}

__attribute__((constructor(101))) static void protect_image(void) {
    char executable[512];
    ssize_t length = readlink("/proc/self/exe", executable, sizeof executable - 1);
    if (length < 0) return;
    executable[length] = 0;
    FILE *maps = fopen("/proc/self/maps", "r");
    if (!maps) return;
    char line[768];
    int read_only_taken = 0;
    while (fgets(line, sizeof line, maps) && segment_count < 8) {
        unsigned long start, end, offset;
        char permissions[5], path[512] = "";
        if (sscanf(line, "%lx-%lx %4s %lx %*s %*s %511s", &start, &end, permissions, &offset, path) < 4) continue;
        if (strcmp(path, executable) != 0) continue;
        if (!load_base) load_base = start - offset;
        if (permissions[2] == 'x') {
            segments[segment_count++] = (struct segment){start, end, PROT_READ | PROT_EXEC};
        } else if (permissions[1] == '-' && !read_only_taken && offset == 0) {
            /* The first read-only segment (read-only data, Swift metadata); RELRO comes later and is left alone. */
            segments[segment_count++] = (struct segment){start, end, PROT_READ};
            read_only_taken = 1;
        }
    }
    fclose(maps);
    const char *log_path = getenv("TOUCH_PAGES_LOG");
    if (log_path) log_fd = open(log_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    /* Only this process is probed: a child it starts (sav-agent's language-engine trainer) runs unprobed and
     * never truncates or interleaves with this log. */
    unsetenv("LD_PRELOAD");
    unsetenv("TOUCH_PAGES_LOG");
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_fault;
    action.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &action, &previous);
    for (int i = 0; i < segment_count; i++)
        mprotect((void *)segments[i].start, segments[i].end - segments[i].start, PROT_NONE);
    const char *interval = getenv("TOUCH_PAGES_REARM_MS"), *seconds = getenv("TOUCH_PAGES_REARM_SECONDS");
    if (interval) rearm_interval_ms = atol(interval);
    if (seconds) rearm_total_ms = atol(seconds) * 1000;
    pthread_t thread;
    if (rearm_interval_ms > 0 && pthread_create(&thread, NULL, rearm, NULL) == 0) pthread_detach(thread);
}
