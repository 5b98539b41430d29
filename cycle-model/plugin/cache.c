/*
 * Fill policy: a miss allocates the line in every level that missed (writes allocate too);
 * there is no back-invalidation, so the levels are neither strictly inclusive nor exclusive.
 * "Exclusive" applies to the counting only: data.l2-hit + data.llc-hit + data.memory is the
 * number of L1D misses.
 */
#include "cache.h"

#include <stddef.h>

#include "counters.h"
#include "setassoc.h"

static struct setassoc l1i, l1d, l2, llc;
static unsigned line_shift;
static uint32_t line_size;
/* The most recently used L1D line: it is MRU in its set, so hitting it again changes no
   state, and skipping the lookup is exact. */
static uint64_t last_data_line = SA_EMPTY;
static uint64_t last_fetch_line = SA_EMPTY;

/* Instruction lines are tagged by physical address (codeaddr.h), as data lines: the L2 and
   LLC hold one line whether it was fetched or read (the loader copies an image, then runs it). */

static int init_level(struct setassoc *sa, const struct cache_geometry *g, const char **why)
{
    if (g->line != line_size) {
        *why = "all cache levels must use the same line size";
        return -1;
    }
    uint64_t per_set = (uint64_t)g->ways * g->line;
    if (g->size % per_set != 0) {
        *why = "cache size must be a multiple of ways * line";
        return -1;
    }
    return sa_init(sa, g->size / per_set, g->ways, why);
}

int cache_init(const struct cache_geometry *gi, const struct cache_geometry *gd,
               const struct cache_geometry *g2, const struct cache_geometry *g3, const char **why)
{
    line_size = gd->line;
    if (line_size < 8 || (line_size & (line_size - 1)) != 0) {
        *why = "the line size must be a power of two of at least 8 bytes";
        return -1;
    }
    line_shift = (unsigned)__builtin_ctz(line_size);
    if (init_level(&l1i, gi, why) || init_level(&l1d, gd, why) || init_level(&l2, g2, why) ||
        init_level(&llc, g3, why))
        return -1;
    return 0;
}

uint32_t cache_line_size(void)
{
    return line_size;
}

/* The line of the last miss that went past L2, for each side: the stream detector. */
static uint64_t last_data_far = SA_EMPTY, last_fetch_far = SA_EMPTY;

/* Serves an L1 miss from L2, LLC or memory, counting the serving level. A miss past L2 to
   the line after (or before) the previous such miss is counted as a stream instead: the L2
   streamer has it on its way (Intel optimization manual, 2.2 Skylake: "L2 streamer"), so it
   costs bandwidth, not a full latency. */
static void lower_levels(uint64_t block, enum counter l2_hit, enum counter stream, uint64_t *last_far)
{
    if (sa_access(&l2, block)) {
        counters[l2_hit]++;
        return;
    }
    int in_llc = sa_access(&llc, block);
    int sequential = *last_far != SA_EMPTY && (block == *last_far + 1 || block + 1 == *last_far);
    *last_far = block;
    if (sequential)
        counters[stream]++;
    else if (in_llc)
        counters[l2_hit + 1]++; /* the llc-hit counter follows the l2-hit one */
    else
        counters[l2_hit + 2]++; /* then the memory one */
}

static void data_line(uint64_t block)
{
    if (block == last_data_line)
        return;
    last_data_line = block;
    if (!sa_access(&l1d, block))
        lower_levels(block, C_DATA_L2, C_DATA_STREAM, &last_data_far);
}

void cache_data(uint64_t paddr, unsigned size)
{
    uint64_t first = paddr >> line_shift;
    uint64_t last = (paddr + size - 1) >> line_shift;

    data_line(first);
    if (last != first) /* an access straddling two lines touches both */
        data_line(last);
}

uint64_t cache_fetch_tag(uint64_t physical)
{
    return physical & ~(uint64_t)(line_size - 1);
}

void cache_fetch_line(uint64_t tag)
{
    uint64_t block = tag >> line_shift;

    if (block == last_fetch_line)
        return;
    last_fetch_line = block;
    if (!sa_access(&l1i, block))
        lower_levels(block, C_FETCH_L2, C_FETCH_STREAM, &last_fetch_far);
}

void cache_reset(void)
{
    sa_flush(&l1i, NULL);
    sa_flush(&l1d, NULL);
    sa_flush(&l2, NULL);
    sa_flush(&llc, NULL);
    last_data_line = last_fetch_line = last_data_far = last_fetch_far = SA_EMPTY;
}
