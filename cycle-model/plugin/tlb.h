/*
 * The TLBs: split first-level ITLB and DTLB over a shared second-level STLB, each
 * set-associative with true LRU over 4 KiB virtual page numbers. A first-level miss that
 * hits the STLB counts *.stlb-hit; one that misses both counts *.walk and fills both.
 */
#ifndef CYCLE_MODEL_TLB_H
#define CYCLE_MODEL_TLB_H

#include <stdint.h>

#define TLB_PAGE_SHIFT 12

/* Returns 0, or -1 with a reason in *why. */
int tlb_init(uint64_t itlb_entries, uint32_t itlb_ways, uint64_t dtlb_entries,
             uint32_t dtlb_ways, uint64_t stlb_entries, uint32_t stlb_ways, int global_upper,
             const char **why);

void tlb_data(uint64_t vaddr);
void tlb_fetch_page(uint64_t vpn);

/* A CR3 write: empties all three TLBs, keeping upper-half pages when global-upper=1. */
void tlb_flush_all(void);

/* Empties every TLB, global entries too: a cold machine (windows.c, at each record). */
void tlb_reset(void);

#endif
