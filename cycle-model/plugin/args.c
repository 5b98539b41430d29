#include "args.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(const char *arg, const char *why)
{
    fprintf(stderr, "testbed-cycles: bad plugin argument '%s': %s\n", arg, why);
    return -1;
}

/* Parses "n1:n2[:n3]" of exactly count positive decimal numbers. */
static int parse_numbers(const char *s, uint64_t *v, int count)
{
    for (int i = 0; i < count; i++) {
        char *end;
        if (*s < '0' || *s > '9')
            return -1;
        v[i] = strtoull(s, &end, 10);
        if (v[i] == 0 || v[i] > (1ULL << 40))
            return -1;
        if (i + 1 < count) {
            if (*end != ':')
                return -1;
            s = end + 1;
        } else if (*end != '\0') {
            return -1;
        }
    }
    return 0;
}

static int is_pow2(uint64_t x)
{
    return x && !(x & (x - 1));
}

static int parse_cache(const char *arg, const char *value, struct cache_geometry *g)
{
    uint64_t v[3];
    if (parse_numbers(value, v, 3))
        return fail(arg, "expected <bytes>:<ways>:<line>, all positive decimal numbers");
    if (v[1] > 4096 || v[2] > 4096 || !is_pow2(v[2]))
        return fail(arg, "ways at most 4096, line a power of two of at most 4096");
    if (v[0] % (v[1] * v[2]) || !is_pow2(v[0] / (v[1] * v[2])))
        return fail(arg, "bytes / (ways * line) must be a whole power of two (the number of sets)");
    g->size = v[0];
    g->ways = (uint32_t)v[1];
    g->line = (uint32_t)v[2];
    return 0;
}

static int parse_tlb(const char *arg, const char *value, struct tlb_geometry *g)
{
    uint64_t v[2];
    if (parse_numbers(value, v, 2))
        return fail(arg, "expected <entries>:<ways>, both positive decimal numbers");
    if (v[1] > 4096 || v[0] % v[1] || !is_pow2(v[0] / v[1]))
        return fail(arg, "entries / ways must be a whole power of two (the number of sets)");
    g->entries = v[0];
    g->ways = (uint32_t)v[1];
    return 0;
}

int args_parse(struct plugin_args *a, int argc, char **argv)
{
    *a = (struct plugin_args){
        .out = NULL,
        .l1i = { 32768, 8, 64 },
        .l1d = { 32768, 8, 64 },
        .l2 = { 262144, 4, 64 },
        .llc = { 8388608, 16, 64 },
        .itlb = { 128, 8 },
        .dtlb = { 64, 4 },
        .stlb = { 1536, 12 },
        .global_upper = 0,
        .from_boot = 0,
    };
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        const char *eq = strchr(arg, '=');
        if (!eq)
            return fail(arg, "expected key=value");
        size_t klen = (size_t)(eq - arg);
        const char *value = eq + 1;
#define KEY(k) (klen == sizeof(k) - 1 && memcmp(arg, k, klen) == 0)
        int rc = 0;
        if (KEY("out")) {
            if (!*value)
                return fail(arg, "empty path");
            a->out = value;
        } else if (KEY("l1i")) rc = parse_cache(arg, value, &a->l1i);
        else if (KEY("l1d")) rc = parse_cache(arg, value, &a->l1d);
        else if (KEY("l2")) rc = parse_cache(arg, value, &a->l2);
        else if (KEY("llc")) rc = parse_cache(arg, value, &a->llc);
        else if (KEY("itlb")) rc = parse_tlb(arg, value, &a->itlb);
        else if (KEY("dtlb")) rc = parse_tlb(arg, value, &a->dtlb);
        else if (KEY("stlb")) rc = parse_tlb(arg, value, &a->stlb);
        else if (KEY("global-upper")) {
            if (strcmp(value, "0") && strcmp(value, "1"))
                return fail(arg, "expected 0 or 1");
            a->global_upper = value[0] == '1';
        } else if (KEY("from")) {
            if (strcmp(value, "boot") && strcmp(value, "first-marker"))
                return fail(arg, "expected boot or first-marker");
            a->from_boot = value[0] == 'b';
        } else
            return fail(arg, "unknown key (known: out l1i l1d l2 llc itlb dtlb stlb global-upper from)");
#undef KEY
        if (rc)
            return rc;
    }
    if (!a->out)
        return fail("out", "out=<path> is required");
    if (a->l1i.line != a->l1d.line || a->l1d.line != a->l2.line || a->l2.line != a->llc.line)
        return fail("l1i/l1d/l2/llc", "all cache levels must use the same line size");
    return 0;
}
