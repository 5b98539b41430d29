#include "setassoc.h"

#include <stdlib.h>
#include <string.h>

int sa_init(struct setassoc *sa, uint64_t sets, uint32_t ways, const char **why)
{
    if (sets == 0 || ways == 0 || (sets & (sets - 1)) != 0) {
        *why = "the number of sets (size / (ways * line), or entries / ways) must be a non-zero power of two";
        return -1;
    }
    sa->blocks = malloc(sets * ways * sizeof(uint64_t));
    if (!sa->blocks) {
        *why = "out of memory";
        return -1;
    }
    for (uint64_t i = 0; i < sets * ways; i++)
        sa->blocks[i] = SA_EMPTY;
    sa->set_mask = sets - 1;
    sa->ways = ways;
    return 0;
}

int sa_access(struct setassoc *sa, uint64_t block)
{
    uint64_t *set = sa->blocks + (block & sa->set_mask) * sa->ways;
    uint32_t w;

    if (set[0] == block)
        return 1;
    for (w = 1; w < sa->ways; w++) {
        if (set[w] == block) {
            memmove(set + 1, set, w * sizeof(uint64_t));
            set[0] = block;
            return 1;
        }
    }
    memmove(set + 1, set, (sa->ways - 1) * sizeof(uint64_t));
    set[0] = block;
    return 0;
}

void sa_flush(struct setassoc *sa, int (*keep)(uint64_t block))
{
    uint64_t nsets = sa->set_mask + 1;

    for (uint64_t s = 0; s < nsets; s++) {
        uint64_t *set = sa->blocks + s * sa->ways;
        uint32_t kept = 0;
        for (uint32_t w = 0; w < sa->ways; w++)
            if (set[w] != SA_EMPTY && keep && keep(set[w]))
                set[kept++] = set[w];
        for (uint32_t w = kept; w < sa->ways; w++)
            set[w] = SA_EMPTY;
    }
}
