#include "tlb.h"

#include <stddef.h>

#include "counters.h"
#include "setassoc.h"

static struct setassoc itlb, dtlb, stlb;
static int keep_upper_half;
/* The last page each side used is MRU in its first-level set, so repeating it is a hit
   that changes nothing (exact shortcut); a flush resets both. */
static uint64_t last_data_vpn = SA_EMPTY, last_fetch_vpn = SA_EMPTY;

static int init_one(struct setassoc *sa, uint64_t entries, uint32_t ways, const char **why)
{
    if (ways == 0 || entries % ways != 0) {
        *why = "TLB entries must be a multiple of ways";
        return -1;
    }
    return sa_init(sa, entries / ways, ways, why);
}

int tlb_init(uint64_t ie, uint32_t iw, uint64_t de, uint32_t dw, uint64_t se, uint32_t sw,
             int global_upper, const char **why)
{
    keep_upper_half = global_upper;
    if (init_one(&itlb, ie, iw, why) || init_one(&dtlb, de, dw, why) ||
        init_one(&stlb, se, sw, why))
        return -1;
    return 0;
}

static void lookup(struct setassoc *l1, uint64_t vpn, enum counter stlb_hit)
{
    if (sa_access(l1, vpn))
        return;
    if (sa_access(&stlb, vpn))
        counters[stlb_hit]++;
    else
        counters[stlb_hit + 1]++; /* the walk counter follows the stlb-hit one */
}

void tlb_data(uint64_t vaddr)
{
    uint64_t vpn = vaddr >> TLB_PAGE_SHIFT;

    if (vpn == last_data_vpn)
        return;
    last_data_vpn = vpn;
    lookup(&dtlb, vpn, C_DTLB_STLB);
}

void tlb_fetch_page(uint64_t vpn)
{
    if (vpn == last_fetch_vpn)
        return;
    last_fetch_vpn = vpn;
    lookup(&itlb, vpn, C_ITLB_STLB);
}

/* Global kernel pages are modelled as "every page with address bit 63 set". */
static int is_upper_half(uint64_t vpn)
{
    return (vpn >> (63 - TLB_PAGE_SHIFT)) & 1;
}

void tlb_flush_all(void)
{
    int (*keep)(uint64_t) = keep_upper_half ? is_upper_half : 0;

    sa_flush(&itlb, keep);
    sa_flush(&dtlb, keep);
    sa_flush(&stlb, keep);
    last_data_vpn = last_fetch_vpn = SA_EMPTY;
    counters[C_TLB_FLUSH]++;
}

void tlb_reset(void)
{
    sa_flush(&itlb, NULL);
    sa_flush(&dtlb, NULL);
    sa_flush(&stlb, NULL);
    last_data_vpn = last_fetch_vpn = SA_EMPTY;
}
