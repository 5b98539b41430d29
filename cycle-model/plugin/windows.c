#include "windows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "counters.h"
#include "decode.h"
#include "tlb.h"

/* One distinct window vector of a group, with how many windows had it. */
struct distinct {
    uint64_t v[C_COUNT];
    uint64_t multiplicity;
};

/* The windows of one segment closed at one site, deduplicated through a hash index (open
   addressing): a group can hold many thousands of windows, usually few distinct ones. */
struct group {
    uint64_t site;
    uint64_t calibration[C_COUNT]; /* in effect at the group's first window */
    uint64_t calibration_changes;  /* windows taken under another calibration */
    uint64_t n_windows;
    struct distinct *rows;
    size_t n_distinct, cap_distinct;
    size_t *slots; /* 1 + position in rows, 0 = empty */
    size_t n_slots;
};

static FILE *out;
static uint64_t snapshot[C_COUNT];
static int have_open;
static uint64_t calibration[C_COUNT];
static uint64_t pending[C_COUNT];
/* Halted periods (HALT_BEGINS to HALT_ENDS, IdleClock's reads): their counts so far, what
   they were at the last OPEN, and the counters where the current one began. A window
   leaves them out, as the kernels subtract halted time from their samples. */
static uint64_t halted[C_COUNT], halted_at_open[C_COUNT], halt_began[C_COUNT];
static int halt_open;
int windows_close_pending;
static struct group *groups;
static size_t n_groups, cap_groups;
static uint64_t n_orphans, segment_number;

static void *must(void *p)
{
    if (!p) {
        perror("testbed-cycles");
        abort();
    }
    return p;
}

static uint64_t hash_vector(const uint64_t *v)
{
    uint64_t h = 1469598103934665603ULL;
    for (int i = 0; i < C_COUNT; i++)
        h = (h ^ v[i]) * 1099511628211ULL;
    return h ^ (h >> 29);
}

static void rehash(struct group *g, size_t slots)
{
    free(g->slots);
    g->slots = must(calloc(slots, sizeof(size_t)));
    g->n_slots = slots;
    for (size_t d = 0; d < g->n_distinct; d++) {
        size_t s = hash_vector(g->rows[d].v) & (g->n_slots - 1);
        while (g->slots[s])
            s = (s + 1) & (g->n_slots - 1);
        g->slots[s] = d + 1;
    }
}

static void add_window(struct group *g, const uint64_t *v)
{
    g->n_windows++;
    if (2 * (g->n_distinct + 1) > g->n_slots)
        rehash(g, g->n_slots ? 2 * g->n_slots : 64);
    size_t s = hash_vector(v) & (g->n_slots - 1);
    while (g->slots[s]) {
        struct distinct *d = &g->rows[g->slots[s] - 1];
        if (memcmp(d->v, v, sizeof d->v) == 0) {
            d->multiplicity++;
            return;
        }
        s = (s + 1) & (g->n_slots - 1);
    }
    if (g->n_distinct == g->cap_distinct) {
        g->cap_distinct = g->cap_distinct ? 2 * g->cap_distinct : 16;
        g->rows = must(realloc(g->rows, g->cap_distinct * sizeof *g->rows));
    }
    memcpy(g->rows[g->n_distinct].v, v, sizeof g->rows[g->n_distinct].v);
    g->rows[g->n_distinct].multiplicity = 1;
    g->slots[s] = ++g->n_distinct;
}

static struct group *group_at(uint64_t site)
{
    for (size_t i = 0; i < n_groups; i++)
        if (groups[i].site == site)
            return &groups[i];
    if (n_groups == cap_groups) {
        cap_groups = cap_groups ? 2 * cap_groups : 8;
        groups = must(realloc(groups, cap_groups * sizeof *groups));
    }
    struct group *g = &groups[n_groups++];
    memset(g, 0, sizeof *g);
    g->site = site;
    memcpy(g->calibration, calibration, sizeof g->calibration);
    return g;
}

/* "index:value" pairs for the non-zero entries, space separated. */
static size_t format_sparse(char *buf, size_t cap, const uint64_t *v)
{
    size_t n = 0;
    for (int i = 0; i < C_COUNT && n < cap; i++)
        if (v[i])
            n += (size_t)snprintf(buf + n, cap - n, " %d:%llu", i, (unsigned long long)v[i]);
    return n < cap ? n : cap - 1;
}

/* A segment is formatted whole in memory, then written with one fwrite + fflush, so a QEMU
   killed mid-run leaves only complete segments in the file. */
static char *block;
static size_t block_len, block_cap;

static void block_put(const char *prefix, const uint64_t *v)
{
    char tmp[C_COUNT * 26 + 160];
    size_t n = (size_t)snprintf(tmp, sizeof tmp, "%s", prefix);
    if (v)
        n += format_sparse(tmp + n, sizeof tmp - n, v);
    n += (size_t)snprintf(tmp + n, sizeof tmp - n, "\n");
    if (block_len + n > block_cap) {
        block_cap = 2 * (block_len + n) + 4096;
        block = must(realloc(block, block_cap));
    }
    memcpy(block + block_len, tmp, n);
    block_len += n;
}

static void block_flush(void)
{
    if (block_len) {
        fwrite(block, 1, block_len, out);
        fflush(out);
    }
    block_len = 0;
}

int windows_open(const char *path)
{
    out = fopen(path, "w");
    if (!out)
        return -1;
    char line[C_COUNT * 24 + 16];
    size_t n = (size_t)snprintf(line, sizeof line, "counters");
    for (int i = 0; i < C_COUNT; i++)
        n += (size_t)snprintf(line + n, sizeof line - n, " %s", counter_names[i]);
    block_put("testbed-cycles 1", NULL);
    block_put(line, NULL);
    block_flush();
    return 0;
}

/* Writes the segment that ends here and starts the next: no OPEN carries over a record. */
static void end_segment(void)
{
    char line[200];
    snprintf(line, sizeof line, "segment %llu orphans=%llu", (unsigned long long)segment_number,
             (unsigned long long)n_orphans);
    block_put(line, NULL);
    for (size_t i = 0; i < n_groups; i++) {
        struct group *g = &groups[i];
        snprintf(line, sizeof line, "group site=0x%llx windows=%llu calibration-changes=%llu",
                 (unsigned long long)g->site, (unsigned long long)g->n_windows,
                 (unsigned long long)g->calibration_changes);
        block_put(line, NULL);
        block_put("calibration", g->calibration);
        for (size_t d = 0; d < g->n_distinct; d++) {
            snprintf(line, sizeof line, "w %llu", (unsigned long long)g->rows[d].multiplicity);
            block_put(line, g->rows[d].v);
        }
        block_put("end", NULL);
        free(g->rows);
        free(g->slots);
    }
    block_flush();
    n_groups = 0;
    n_orphans = 0;
    segment_number++;
    have_open = 0;
    windows_close_pending = 0;
}

void windows_close_site(uint64_t site)
{
    struct group *g = group_at(site);
    if (g->n_windows && memcmp(g->calibration, calibration, sizeof calibration) != 0)
        g->calibration_changes++;
    add_window(g, pending);
    windows_close_pending = 0;
}

void windows_marker(int marker)
{
    switch (marker) {
    case MARK_OPEN:
        memcpy(snapshot, counters, sizeof snapshot);
        memcpy(halted_at_open, halted, sizeof halted_at_open);
        have_open = 1;
        break;
    case MARK_HALT_BEGINS:
        memcpy(halt_began, counters, sizeof halt_began);
        halt_open = 1;
        break;
    case MARK_HALT_ENDS:
        if (halt_open)
            for (int i = 0; i < C_COUNT; i++)
                halted[i] += counters[i] - halt_began[i];
        halt_open = 0;
        break;
    case MARK_CLOSE:
    case MARK_CALIBRATION:
        if (!have_open) {
            n_orphans++; /* a close without an OPEN since the last record */
            break;
        }
        if (marker == MARK_CALIBRATION) {
            for (int i = 0; i < C_COUNT; i++)
                calibration[i] = counters[i] - snapshot[i];
            break;
        }
        for (int i = 0; i < C_COUNT; i++)
            pending[i] = counters[i] - snapshot[i] - (halted[i] - halted_at_open[i]);
        windows_close_pending = 1;
        break;
    case MARK_RECORD:
        end_segment();
        /* Every segment starts on a cold machine, so that its windows' counts depend on its
           own execution only, not on host-timed device work earlier in the boot (README.md,
           "Cold start at each record"). */
        cache_reset();
        tlb_reset();
        break;
    default:
        break;
    }
}

void windows_finish(void)
{
    if (!out)
        return;
    end_segment();
    block_put("total", counters);
    block_flush();
    fclose(out);
    out = NULL;
}
