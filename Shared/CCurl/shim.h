#ifndef CCURL_SHIM_H
#define CCURL_SHIM_H
#include <curl/curl.h>

// libcurl is not linked: Mail opens it with dlopen on first use and hands its functions here as plain pointers.
// curl_easy_setopt and curl_easy_getinfo are variadic, which Swift can neither call nor type: one wrapper per
// argument type calls them, through the pointer dlsym returned, with C's variadic calling convention.
typedef CURLcode (*ccurl_setopt_function)(CURL *, CURLoption, ...);
typedef CURLcode (*ccurl_getinfo_function)(CURL *, CURLINFO, ...);

static inline CURLcode ccurl_setopt_long(void *setopt, CURL *h, CURLoption o, long v) {
    return ((ccurl_setopt_function)setopt)(h, o, v);
}
static inline CURLcode ccurl_setopt_string(void *setopt, CURL *h, CURLoption o, const char *v) {
    return ((ccurl_setopt_function)setopt)(h, o, v);
}
static inline CURLcode ccurl_setopt_pointer(void *setopt, CURL *h, CURLoption o, void *v) {
    return ((ccurl_setopt_function)setopt)(h, o, v);
}
static inline CURLcode ccurl_setopt_slist(void *setopt, CURL *h, CURLoption o, struct curl_slist *v) {
    return ((ccurl_setopt_function)setopt)(h, o, v);
}
static inline CURLcode ccurl_setopt_read_function(void *setopt, CURL *h, size_t (*f)(char *, size_t, size_t, void *)) {
    return ((ccurl_setopt_function)setopt)(h, CURLOPT_READFUNCTION, f);
}
static inline CURLcode ccurl_setopt_off_t(void *setopt, CURL *h, CURLoption o, curl_off_t v) {
    return ((ccurl_setopt_function)setopt)(h, o, v);
}
static inline CURLcode ccurl_getinfo_long(void *getinfo, CURL *h, CURLINFO i, long *v) {
    return ((ccurl_getinfo_function)getinfo)(h, i, v);
}
#endif
