#ifndef CRMQ_SHIM_H
#define CRMQ_SHIM_H
// rabbitmq-c 0.11 installs its headers at the top level; 0.12 and later under rabbitmq-c/.
#if __has_include(<rabbitmq-c/amqp.h>)
#include <rabbitmq-c/amqp.h>
#include <rabbitmq-c/tcp_socket.h>
#include <rabbitmq-c/framing.h>
#else
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <amqp_framing.h>
#endif
#include <stdint.h>
#include <string.h>
#include <sys/eventfd.h>
#include <poll.h>
#include <pthread.h>

/// amqp_login is variadic: Swift cannot call it. PLAIN mechanism only.
static inline amqp_rpc_reply_t crmq_login_plain(amqp_connection_state_t state, const char *vhost,
                                                int channel_max, int frame_max, int heartbeat,
                                                const char *user, const char *password) {
    return amqp_login(state, vhost, channel_max, frame_max, heartbeat, AMQP_SASL_METHOD_PLAIN, user, password);
}

/// Same as crmq_login_plain with client properties (connection_name shows in the management UI and
/// `rabbitmqctl list_connections client_properties`, and tells the broker we understand connection.blocked).
static inline amqp_rpc_reply_t crmq_login_plain_named(amqp_connection_state_t state, const char *vhost,
                                                      int channel_max, int frame_max, int heartbeat,
                                                      const char *user, const char *password,
                                                      const char *connection_name) {
    amqp_table_entry_t capabilities[2];
    capabilities[0].key = amqp_cstring_bytes("connection.blocked");
    capabilities[0].value.kind = AMQP_FIELD_KIND_BOOLEAN;
    capabilities[0].value.value.boolean = 1;
    capabilities[1].key = amqp_cstring_bytes("consumer_cancel_notify");
    capabilities[1].value.kind = AMQP_FIELD_KIND_BOOLEAN;
    capabilities[1].value.value.boolean = 1;
    amqp_table_entry_t entries[2];
    entries[0].key = amqp_cstring_bytes("connection_name");
    entries[0].value.kind = AMQP_FIELD_KIND_UTF8;
    entries[0].value.value.bytes = amqp_cstring_bytes(connection_name);
    entries[1].key = amqp_cstring_bytes("capabilities");
    entries[1].value.kind = AMQP_FIELD_KIND_TABLE;
    entries[1].value.value.table.num_entries = 2;
    entries[1].value.value.table.entries = capabilities;
    amqp_table_t properties = {.num_entries = 2, .entries = entries};
    return amqp_login_with_properties(state, vhost, channel_max, frame_max, heartbeat, &properties,
                                      AMQP_SASL_METHOD_PLAIN, user, password);
}

// MARK: - Method ids (the header's macros are casts, which Swift does not import)
static const uint32_t crmq_connection_close_method = AMQP_CONNECTION_CLOSE_METHOD;
static const uint32_t crmq_connection_close_ok_method = AMQP_CONNECTION_CLOSE_OK_METHOD;
static const uint32_t crmq_connection_blocked_method = AMQP_CONNECTION_BLOCKED_METHOD;
static const uint32_t crmq_connection_unblocked_method = AMQP_CONNECTION_UNBLOCKED_METHOD;
static const uint32_t crmq_channel_close_method = AMQP_CHANNEL_CLOSE_METHOD;
static const uint32_t crmq_channel_close_ok_method = AMQP_CHANNEL_CLOSE_OK_METHOD;
static const uint32_t crmq_channel_flow_method = AMQP_CHANNEL_FLOW_METHOD;
static const uint32_t crmq_basic_ack_method = AMQP_BASIC_ACK_METHOD;
static const uint32_t crmq_basic_nack_method = AMQP_BASIC_NACK_METHOD;
static const uint32_t crmq_basic_deliver_method = AMQP_BASIC_DELIVER_METHOD;
static const uint32_t crmq_basic_return_method = AMQP_BASIC_RETURN_METHOD;
static const uint32_t crmq_basic_cancel_method = AMQP_BASIC_CANCEL_METHOD;
static const uint32_t crmq_basic_cancel_ok_method = AMQP_BASIC_CANCEL_OK_METHOD;
static const uint32_t crmq_basic_consume_ok_method = AMQP_BASIC_CONSUME_OK_METHOD;
static const uint32_t crmq_basic_qos_ok_method = AMQP_BASIC_QOS_OK_METHOD;

// MARK: - Basic property flags (shifts)
static const uint32_t crmq_flag_content_type = AMQP_BASIC_CONTENT_TYPE_FLAG;
static const uint32_t crmq_flag_headers = AMQP_BASIC_HEADERS_FLAG;
static const uint32_t crmq_flag_delivery_mode = AMQP_BASIC_DELIVERY_MODE_FLAG;
static const uint32_t crmq_flag_correlation_id = AMQP_BASIC_CORRELATION_ID_FLAG;
static const uint32_t crmq_flag_message_id = AMQP_BASIC_MESSAGE_ID_FLAG;
static const uint32_t crmq_flag_timestamp = AMQP_BASIC_TIMESTAMP_FLAG;
static const uint32_t crmq_flag_type = AMQP_BASIC_TYPE_FLAG;

// MARK: - Frame types and field kinds as plain integers
static const uint8_t crmq_frame_method = AMQP_FRAME_METHOD;
static const uint8_t crmq_frame_header = AMQP_FRAME_HEADER;
static const uint8_t crmq_frame_body = AMQP_FRAME_BODY;
static const uint8_t crmq_frame_heartbeat = AMQP_FRAME_HEARTBEAT;

/// Publishes one message with the properties CommerceAI uses (persistent when `persistent`), headers given as
/// parallel arrays of C strings. Returns an amqp_status_enum value (0 is OK). The body and every string only
/// need to live for the duration of the call: rabbitmq-c encodes the frames before returning.
static inline int crmq_publish(amqp_connection_state_t state, amqp_channel_t channel,
                               const char *exchange, const char *routing_key, int mandatory, int persistent,
                               const char *message_id, const char *correlation_id,
                               const char *content_type, const char *type, uint64_t timestamp,
                               const char *const *header_keys, const char *const *header_values,
                               int header_count, const void *body, size_t body_len) {
    amqp_basic_properties_t props;
    memset(&props, 0, sizeof(props));
    props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG;
    props.delivery_mode = persistent ? 2 : 1;
    if (message_id) { props._flags |= AMQP_BASIC_MESSAGE_ID_FLAG; props.message_id = amqp_cstring_bytes(message_id); }
    if (correlation_id) {
        props._flags |= AMQP_BASIC_CORRELATION_ID_FLAG;
        props.correlation_id = amqp_cstring_bytes(correlation_id);
    }
    if (content_type) {
        props._flags |= AMQP_BASIC_CONTENT_TYPE_FLAG;
        props.content_type = amqp_cstring_bytes(content_type);
    }
    if (type) { props._flags |= AMQP_BASIC_TYPE_FLAG; props.type = amqp_cstring_bytes(type); }
    if (timestamp) { props._flags |= AMQP_BASIC_TIMESTAMP_FLAG; props.timestamp = timestamp; }
    amqp_table_entry_t entries[header_count > 0 ? header_count : 1];
    if (header_count > 0) {
        for (int i = 0; i < header_count; i++) {
            entries[i].key = amqp_cstring_bytes(header_keys[i]);
            entries[i].value.kind = AMQP_FIELD_KIND_UTF8;
            entries[i].value.value.bytes = amqp_cstring_bytes(header_values[i]);
        }
        props._flags |= AMQP_BASIC_HEADERS_FLAG;
        props.headers.num_entries = header_count;
        props.headers.entries = entries;
    }
    amqp_bytes_t payload = {.len = body_len, .bytes = (void *)body};
    return amqp_basic_publish(state, channel, amqp_cstring_bytes(exchange), amqp_cstring_bytes(routing_key),
                              mandatory, 0, &props, payload);
}

/// Sends channel.close-ok (the answer to a channel.close from the broker).
static inline int crmq_send_channel_close_ok(amqp_connection_state_t state, amqp_channel_t channel) {
    amqp_channel_close_ok_t reply;
    reply.dummy = 0;
    return amqp_send_method(state, channel, AMQP_CHANNEL_CLOSE_OK_METHOD, &reply);
}

/// Sends connection.close-ok (the answer to a connection.close from the broker).
static inline int crmq_send_connection_close_ok(amqp_connection_state_t state) {
    amqp_connection_close_ok_t reply;
    reply.dummy = 0;
    return amqp_send_method(state, 0, AMQP_CONNECTION_CLOSE_OK_METHOD, &reply);
}

/// Sends basic.cancel without waiting for cancel-ok (it is read by the frame loop).
static inline int crmq_send_basic_cancel(amqp_connection_state_t state, amqp_channel_t channel,
                                         const char *consumer_tag) {
    amqp_basic_cancel_t request;
    request.consumer_tag = amqp_cstring_bytes(consumer_tag);
    request.nowait = 0;
    return amqp_send_method(state, channel, AMQP_BASIC_CANCEL_METHOD, &request);
}

/// An AMQP table entry whose value is a long string or a signed 64-bit integer, for queue arguments.
static inline void crmq_table_entry_set_string(amqp_table_entry_t *entry, const char *key, const char *value) {
    entry->key = amqp_cstring_bytes(key);
    entry->value.kind = AMQP_FIELD_KIND_UTF8;
    entry->value.value.bytes = amqp_cstring_bytes(value);
}
static inline void crmq_table_entry_set_int(amqp_table_entry_t *entry, const char *key, int64_t value) {
    entry->key = amqp_cstring_bytes(key);
    entry->value.kind = AMQP_FIELD_KIND_I64;
    entry->value.value.i64 = value;
}
static inline void crmq_table_entry_set_bool(amqp_table_entry_t *entry, const char *key, int value) {
    entry->key = amqp_cstring_bytes(key);
    entry->value.kind = AMQP_FIELD_KIND_BOOLEAN;
    entry->value.value.boolean = value ? 1 : 0;
}
static inline amqp_table_t crmq_table(amqp_table_entry_t *entries, int count) {
    amqp_table_t table = {.num_entries = count, .entries = entries};
    return table;
}

/// Reads a header value through the union: returns 1 for a string (out_bytes points into rabbitmq-c's memory; the
/// Swift side copies it at once), 2 for an integer or boolean (out_int), 0 for other kinds (tables, arrays, …).
static inline int crmq_field_value(const amqp_field_value_t *value, amqp_bytes_t *out_bytes, int64_t *out_int) {
    switch (value->kind) {
    case AMQP_FIELD_KIND_UTF8:
    case AMQP_FIELD_KIND_BYTES: *out_bytes = value->value.bytes; return 1;
    case AMQP_FIELD_KIND_I8: *out_int = value->value.i8; return 2;
    case AMQP_FIELD_KIND_U8: *out_int = value->value.u8; return 2;
    case AMQP_FIELD_KIND_I16: *out_int = value->value.i16; return 2;
    case AMQP_FIELD_KIND_U16: *out_int = value->value.u16; return 2;
    case AMQP_FIELD_KIND_I32: *out_int = value->value.i32; return 2;
    case AMQP_FIELD_KIND_U32: *out_int = value->value.u32; return 2;
    case AMQP_FIELD_KIND_I64: *out_int = value->value.i64; return 2;
    case AMQP_FIELD_KIND_U64: *out_int = (int64_t)value->value.u64; return 2;
    case AMQP_FIELD_KIND_TIMESTAMP: *out_int = (int64_t)value->value.u64; return 2;
    case AMQP_FIELD_KIND_BOOLEAN: *out_int = value->value.boolean; return 2;
    default: return 0;
    }
}


// MARK: - Wake-up descriptor for the connection thread
static inline int crmq_eventfd(void) { return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC); }
static inline short crmq_pollin(void) { return POLLIN; }
/// Names the calling thread (at most 15 bytes); pthread_setname_np is a GNU extension Swift may not see.
static inline void crmq_set_thread_name(const char *name) {
#if defined(__linux__)
    extern int pthread_setname_np(pthread_t, const char *);
    (void)pthread_setname_np(pthread_self(), name);
#else
    (void)name;
#endif
}
#endif
