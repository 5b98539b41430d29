#include "codeaddr.h"

static uint64_t host_minus_physical;
static int learnt;

uint64_t code_physical(uint64_t host, uint64_t vaddr)
{
    if (!learnt && vaddr >= 0x100000 && vaddr < 0x100000000ULL) {
        host_minus_physical = host - vaddr;
        learnt = 1;
    }
    return learnt ? host - host_minus_physical : vaddr;
}
