/*
 * The counter vector, in the order of the output's "counters" line: the harness reads the
 * names from that line, so a reader of the output never depends on this order.
 */
#ifndef CYCLE_MODEL_COUNTERS_H
#define CYCLE_MODEL_COUNTERS_H

#include <stdint.h>

enum counter {
    C_ALU, C_MUL, C_DIV, C_BRANCH, C_CALL, C_RET, C_STRING, C_LOCKED, C_FENCE, C_CPUID,
    C_RDTSC, C_RDMSR, C_WRMSR, C_SYSCALL, C_SYSRET, C_IRET, C_INT, C_HLT, C_IO, C_CR_READ,
    C_CR3_WRITE, C_CR_WRITE, C_INVLPG, C_SWAPGS, C_DESCRIPTOR, C_FXSAVE, C_FXRSTOR, C_XSAVE,
    C_XRSTOR, C_CLI_STI, C_POPF, C_STRING_STEP,
    C_INSN_CLASSES, /* the instruction classes end here: every executed insn is exactly one */
    C_DELIVERY = C_INSN_CLASSES,
    C_MEM_LOAD, C_MEM_STORE, C_MEM_IO,
    C_DATA_L2, C_DATA_LLC, C_DATA_MEMORY,
    C_FETCH_L2, C_FETCH_LLC, C_FETCH_MEMORY,
    C_DTLB_STLB, C_DTLB_WALK, C_ITLB_STLB, C_ITLB_WALK,
    C_TLB_FLUSH,
    C_DATA_STREAM, C_FETCH_STREAM, /* misses past L2 to the line next to the previous one */
    C_COUNT
};

/* The live counters of the (single) vCPU; inline TB ops add straight into it. */
extern uint64_t counters[C_COUNT];

extern const char *const counter_names[C_COUNT];

#endif
