/* Reference SMTP sending in C on libcurl, the yardstick for the email agent's delivery (which sends through
 * libcurl too): CONNECTIONS threads, each with one easy handle whose connection stays open, send COUNT small
 * multipart messages (one recipient each) to the benchmark's SMTP server.
 * Build: cc -O2 -o smtp_reference deploy/bench/smtp_reference.c -lcurl -lpthread
 * Usage: smtp_reference PORT COUNT CONNECTIONS
 * Prints: reference-c emails=N seconds=S emails_per_s=R
 */
#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

static int port;

struct reader { const char *data; size_t len, at; };

static size_t read_body(char *buffer, size_t size, size_t items, void *userdata) {
    struct reader *r = userdata;
    size_t n = size * items, left = r->len - r->at;
    if (n > left) n = left;
    memcpy(buffer, r->data + r->at, n);
    r->at += n;
    return n;
}

struct worker { int index, count, failed; pthread_t thread; };

static void *run(void *arg) {
    struct worker *w = arg;
    CURL *easy = curl_easy_init();
    char url[64], rcpt[96], body[4096], errors[CURL_ERROR_SIZE] = "";
    snprintf(url, sizeof url, "smtp://127.0.0.1:%d", port);
    curl_easy_setopt(easy, CURLOPT_URL, url);
    curl_easy_setopt(easy, CURLOPT_MAIL_FROM, "<bench@commerce.test>");
    curl_easy_setopt(easy, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errors);
    curl_easy_setopt(easy, CURLOPT_READFUNCTION, read_body);
    for (int i = 0; i < w->count; i++) {
        snprintf(rcpt, sizeof rcpt, "<reader%d-%d@bench.test>", w->index, i);
        struct curl_slist *rcpts = curl_slist_append(NULL, rcpt);
        /* About the size of the agent's campaign messages: headers, a text part and an HTML part. */
        int len = snprintf(body, sizeof body,
            "From: bench@commerce.test\r\nTo: %s\r\nSubject: Hello reader %d\r\n"
            "Message-ID: <%d.%d@commerce.test>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
            "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n"
            "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s\r\n--b1--\r\n",
            rcpt, i, w->index, i,
            "Dear reader, spring is here. Dear reader, spring is here. Dear reader, spring is here.\r\n"
            "Dear reader, spring is here. Dear reader, spring is here. Dear reader, spring is here.",
            "<p>Dear reader, spring is here.</p><p>Dear reader, spring is here.</p><p>Dear reader, spring is here.</p>\r\n"
            "<p>Dear reader, spring is here.</p><p>Dear reader, spring is here.</p><p>Dear reader, spring is here.</p>");
        struct reader r = { body, (size_t)len, 0 };
        curl_easy_setopt(easy, CURLOPT_MAIL_RCPT, rcpts);
        curl_easy_setopt(easy, CURLOPT_READDATA, &r);
        curl_easy_setopt(easy, CURLOPT_INFILESIZE_LARGE, (curl_off_t)len);
        CURLcode rc = curl_easy_perform(easy);
        curl_slist_free_all(rcpts);
        if (rc != CURLE_OK) {
            fprintf(stderr, "smtp_reference: %s: %s\n", curl_easy_strerror(rc), errors);
            w->failed++;
        }
    }
    curl_easy_cleanup(easy);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: smtp_reference PORT COUNT CONNECTIONS\n"); return 2; }
    port = atoi(argv[1]);
    int count = atoi(argv[2]), connections = atoi(argv[3]);
    if (count < 1 || connections < 1) { fprintf(stderr, "smtp_reference: COUNT and CONNECTIONS must be > 0\n"); return 2; }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    struct worker *workers = calloc((size_t)connections, sizeof *workers);
    struct timeval start, end;
    gettimeofday(&start, NULL);
    for (int i = 0; i < connections; i++) {
        workers[i].index = i;
        workers[i].count = count / connections + (i < count % connections ? 1 : 0);
        pthread_create(&workers[i].thread, NULL, run, &workers[i]);
    }
    int failed = 0;
    for (int i = 0; i < connections; i++) {
        pthread_join(workers[i].thread, NULL);
        failed += workers[i].failed;
    }
    gettimeofday(&end, NULL);
    double seconds = (end.tv_sec - start.tv_sec) + (end.tv_usec - start.tv_usec) / 1e6;
    if (failed) { fprintf(stderr, "smtp_reference: %d of %d sends failed\n", failed, count); return 1; }
    printf("reference-c emails=%d seconds=%.3f emails_per_s=%.0f\n", count, seconds, count / seconds);
    return 0;
}
