/*
 * The cache hierarchy: split L1 (instruction, data) over a unified L2 and LLC, all
 * physically indexed, true LRU. Each L1 miss is counted once, at the level that served it.
 */
#ifndef CYCLE_MODEL_CACHE_H
#define CYCLE_MODEL_CACHE_H

#include <stdint.h>

struct cache_geometry {
    uint64_t size;
    uint32_t ways;
    uint32_t line;
};

/* Returns 0, or -1 with a reason in *why. All levels must share one line size. */
int cache_init(const struct cache_geometry *l1i, const struct cache_geometry *l1d,
               const struct cache_geometry *l2, const struct cache_geometry *llc,
               const char **why);

/* A data access to guest physical address paddr of size bytes (counts data.*). */
void cache_data(uint64_t paddr, unsigned size);

/* An instruction fetch of one line, given by its line-aligned fetch tag (counts fetch.*). */
void cache_fetch_line(uint64_t tag);

/* Empties every level and the stream detector: a cold machine (windows.c, at each record). */
void cache_reset(void);

/* The line-aligned fetch tag of guest code at a physical address (codeaddr.h). */
uint64_t cache_fetch_tag(uint64_t physical);

/* The line size, for splitting a translation block into lines. */
uint32_t cache_line_size(void);

#endif
