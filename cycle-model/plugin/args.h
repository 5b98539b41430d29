/* The plugin's command-line arguments (-plugin lib.so,key=value,...) and their defaults. */
#ifndef CYCLE_MODEL_ARGS_H
#define CYCLE_MODEL_ARGS_H

#include <stdint.h>

#include "cache.h"

struct tlb_geometry {
    uint64_t entries;
    uint32_t ways;
};

struct plugin_args {
    const char *out;
    struct cache_geometry l1i, l1d, l2, llc;
    struct tlb_geometry itlb, dtlb, stlb;
    int global_upper;
    int from_boot; /* simulate from the first instruction, not from the guest's first marker */
};

/* Fills *a from argv (defaults: Skylake client). Returns 0, or -1 after writing one line
   that names the bad argument to stderr. */
int args_parse(struct plugin_args *a, int argc, char **argv);

#endif
