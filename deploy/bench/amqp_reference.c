/* Reference AMQP throughput in C against librabbitmq (rabbitmq-c), the yardstick for the Swift Messaging module.
 * Same measurements and output as `commerce-bench messaging`:
 *   (a) publish: persistent messages with publisher confirms, at most --window unconfirmed;
 *   (b) end to end: a publisher thread and a consumer thread (own connections; manual acks, --prefetch)
 *       until every message is consumed and acked.
 * Build: cc -O2 deploy/bench/amqp_reference.c -lrabbitmq -lpthread
 * Usage: amqp_reference [--url amqp://user:pass@host:port/vhost] [--count 20000] [--size 256] [--window 1000]
 *                       [--prefetch 200] [--queue-type quorum|classic]
 * Prints: messaging reference publish_msgs_per_s=N / messaging reference e2e_msgs_per_s=N
 */
#if __has_include(<rabbitmq-c/amqp.h>)
#include <rabbitmq-c/amqp.h>
#include <rabbitmq-c/tcp_socket.h>
#else
#include <amqp.h>
#include <amqp_tcp_socket.h>
#endif
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static struct amqp_connection_info info;
static int count = 20000, size = 256, window = 1000, prefetch = 200, quorum = 1;
static char *body;

__attribute__((noreturn)) static void die(const char *what, const char *detail) {
    fprintf(stderr, "amqp_reference: %s: %s\n", what, detail);
    exit(1);
}

static void check_reply(amqp_rpc_reply_t reply, const char *what) {
    switch (reply.reply_type) {
    case AMQP_RESPONSE_NORMAL: return;
    case AMQP_RESPONSE_LIBRARY_EXCEPTION: die(what, amqp_error_string2(reply.library_error));
    case AMQP_RESPONSE_SERVER_EXCEPTION: die(what, "server exception");
    default: die(what, "no reply");
    }
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static amqp_connection_state_t open_connection(void) {
    amqp_connection_state_t conn = amqp_new_connection();
    amqp_socket_t *socket = amqp_tcp_socket_new(conn);
    if (!socket) die("socket", "cannot create");
    int status = amqp_socket_open(socket, info.host, info.port);
    if (status) die("connect", amqp_error_string2(status));
    check_reply(amqp_login(conn, info.vhost, 0, 131072, 30, AMQP_SASL_METHOD_PLAIN, info.user, info.password),
                "login");
    amqp_channel_open(conn, 1);
    check_reply(amqp_get_rpc_reply(conn), "channel.open");
    return conn;
}

static void close_connection(amqp_connection_state_t conn) {
    amqp_channel_close(conn, 1, AMQP_REPLY_SUCCESS);
    amqp_connection_close(conn, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(conn);
}

static void declare(amqp_connection_state_t conn, const char *queue) {
    amqp_table_entry_t entry;
    entry.key = amqp_cstring_bytes("x-queue-type");
    entry.value.kind = AMQP_FIELD_KIND_UTF8;
    entry.value.value.bytes = amqp_cstring_bytes("quorum");
    amqp_table_t arguments = {.num_entries = quorum ? 1 : 0, .entries = &entry};
    amqp_queue_declare(conn, 1, amqp_cstring_bytes(queue), 0, 1, 0, 0, arguments);
    check_reply(amqp_get_rpc_reply(conn), "queue.declare");
}

static void delete_queue(const char *queue) {
    amqp_connection_state_t conn = open_connection();
    amqp_queue_delete(conn, 1, amqp_cstring_bytes(queue), 0, 0);
    check_reply(amqp_get_rpc_reply(conn), "queue.delete");
    close_connection(conn);
}

/* Publishes `count` persistent messages with confirms, at most `window` unconfirmed. */
static void publish_all(amqp_connection_state_t conn, const char *queue) {
    amqp_confirm_select(conn, 1);
    check_reply(amqp_get_rpc_reply(conn), "confirm.select");
    uint64_t sent = 0, confirmed = 0;
    char id[32];
    amqp_basic_properties_t props;
    memset(&props, 0, sizeof(props));
    props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_MESSAGE_ID_FLAG | AMQP_BASIC_CONTENT_TYPE_FLAG;
    props.delivery_mode = 2;
    props.content_type = amqp_cstring_bytes("application/octet-stream");
    amqp_bytes_t payload = {.len = (size_t)size, .bytes = body};
    while (confirmed < (uint64_t)count) {
        while (sent < (uint64_t)count && sent - confirmed < (uint64_t)window) {
            snprintf(id, sizeof(id), "m%llu", (unsigned long long)sent);
            props.message_id = amqp_cstring_bytes(id);
            int status = amqp_basic_publish(conn, 1, amqp_empty_bytes, amqp_cstring_bytes(queue), 0, 0, &props,
                                            payload);
            if (status) die("publish", amqp_error_string2(status));
            sent++;
        }
        /* Block for a frame only when the window is full or everything is sent. */
        amqp_frame_t frame;
        struct timeval zero = {0, 0};
        int must_wait = sent == (uint64_t)count || sent - confirmed >= (uint64_t)window;
        int status = must_wait ? amqp_simple_wait_frame(conn, &frame)
                               : amqp_simple_wait_frame_noblock(conn, &frame, &zero);
        if (status == AMQP_STATUS_TIMEOUT) continue;
        if (status) die("wait frame", amqp_error_string2(status));
        if (frame.frame_type != AMQP_FRAME_METHOD) continue;
        if (frame.payload.method.id == AMQP_BASIC_ACK_METHOD) {
            amqp_basic_ack_t *ack = frame.payload.method.decoded;
            uint64_t before = confirmed;
            confirmed = ack->multiple ? ack->delivery_tag : confirmed + 1;
            if (confirmed < before) confirmed = before;
        } else if (frame.payload.method.id == AMQP_BASIC_NACK_METHOD) {
            die("publish", "nacked");
        } else if (frame.payload.method.id == AMQP_CHANNEL_CLOSE_METHOD) {
            die("publish", "channel closed");
        }
        amqp_maybe_release_buffers(conn);
    }
}

struct job { const char *queue; };

static void *publisher(void *arg) {
    struct job *job = arg;
    amqp_connection_state_t conn = open_connection();
    publish_all(conn, job->queue);
    close_connection(conn);
    return NULL;
}

static void *consumer(void *arg) {
    struct job *job = arg;
    amqp_connection_state_t conn = open_connection();
    amqp_basic_qos(conn, 1, 0, (uint16_t)prefetch, 0);
    check_reply(amqp_get_rpc_reply(conn), "basic.qos");
    amqp_basic_consume(conn, 1, amqp_cstring_bytes(job->queue), amqp_empty_bytes, 0, 0, 0, amqp_empty_table);
    check_reply(amqp_get_rpc_reply(conn), "basic.consume");
    for (int consumed = 0; consumed < count;) {
        amqp_envelope_t envelope;
        amqp_maybe_release_buffers(conn);
        amqp_rpc_reply_t reply = amqp_consume_message(conn, &envelope, NULL, 0);
        if (reply.reply_type != AMQP_RESPONSE_NORMAL) die("consume", "failed");
        int status = amqp_basic_ack(conn, 1, envelope.delivery_tag, 0);
        if (status) die("ack", amqp_error_string2(status));
        amqp_destroy_envelope(&envelope);
        consumed++;
    }
    close_connection(conn);
    return NULL;
}

int main(int argc, char **argv) {
    char *url = "amqp://guest:guest@127.0.0.1:5672";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--url")) url = argv[i + 1];
        else if (!strcmp(argv[i], "--count")) count = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--size")) size = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--window")) window = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--prefetch")) prefetch = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--queue-type")) quorum = strcmp(argv[i + 1], "classic") != 0;
        else die("unknown option", argv[i]);
    }
    if (count <= 0 || size < 0 || window <= 0 || prefetch <= 0) die("arguments", "must be positive");
    char *url_copy = strdup(url); /* amqp_parse_url writes into its input */
    amqp_default_connection_info(&info);
    if (amqp_parse_url(url_copy, &info)) die("url", "cannot parse");
    body = malloc(size > 0 ? size : 1);
    memset(body, 'x', size);
    char publish_queue[64], e2e_queue[64];
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    snprintf(publish_queue, sizeof(publish_queue), "bench.ref.publish.%d", rand());
    snprintf(e2e_queue, sizeof(e2e_queue), "bench.ref.e2e.%d", rand());

    amqp_connection_state_t conn = open_connection();
    declare(conn, publish_queue);
    declare(conn, e2e_queue);
    close_connection(conn);

    struct job publish_job = {publish_queue};
    double start = now();
    publisher(&publish_job);
    double elapsed = now() - start;
    printf("messaging reference publish_msgs_per_s=%.0f\n", count / elapsed);
    fflush(stdout);
    delete_queue(publish_queue);

    struct job e2e_job = {e2e_queue};
    pthread_t consumer_thread, publisher_thread;
    start = now();
    pthread_create(&consumer_thread, NULL, consumer, &e2e_job);
    pthread_create(&publisher_thread, NULL, publisher, &e2e_job);
    pthread_join(publisher_thread, NULL);
    pthread_join(consumer_thread, NULL);
    elapsed = now() - start;
    printf("messaging reference e2e_msgs_per_s=%.0f\n", count / elapsed);
    delete_queue(e2e_queue);
    free(url_copy);
    free(body);
    return 0;
}
