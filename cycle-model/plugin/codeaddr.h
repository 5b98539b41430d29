/*
 * The physical address of guest code. Plugin API v1 gives an instruction's virtual address
 * and the host address of its bytes, not its physical address. Guest RAM is one block of
 * host memory, so host address less physical address is one constant per run; it is learnt
 * from the first code translated at or above 1 MiB, which is SeaBIOS's relocated 32-bit code,
 * run before any guest enables paging (a virtual address is then the physical one). So fetch
 * tags are physical addresses: the same in every run (a host address is not: the host places
 * the block anew each time), and the same lines as the data side's.
 */
#ifndef CYCLE_MODEL_CODEADDR_H
#define CYCLE_MODEL_CODEADDR_H

#include <stdint.h>

/* Called for every translated instruction with a host address; learns the offset once. */
uint64_t code_physical(uint64_t host, uint64_t vaddr);

#endif
