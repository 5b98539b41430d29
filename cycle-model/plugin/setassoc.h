/*
 * A set-associative array with true LRU replacement, shared by the cache and TLB models.
 * It stores block numbers (an address shifted right by the line or page size); each set
 * keeps its ways ordered most recently used first, so a hit moves the block to the front and
 * a miss drops the last (least recently used) way.
 */
#ifndef CYCLE_MODEL_SETASSOC_H
#define CYCLE_MODEL_SETASSOC_H

#include <stdint.h>

#define SA_EMPTY UINT64_MAX /* never a block number: those have their top bits clear */

struct setassoc {
    uint64_t *blocks; /* sets * ways, set-major, MRU first */
    uint64_t set_mask;
    uint32_t ways;
};

/* Returns 0, or -1 with errno-style message in *why, when sets is not a power of two. */
int sa_init(struct setassoc *sa, uint64_t sets, uint32_t ways, const char **why);

/* Looks block up and makes it MRU, inserting it (evicting the LRU way) on a miss.
   Returns 1 on a hit, 0 on a miss. */
int sa_access(struct setassoc *sa, uint64_t block);

/* Empties every way whose block keep() rejects, keeping the survivors' LRU order. */
void sa_flush(struct setassoc *sa, int (*keep)(uint64_t block));

#endif
