/* Counter names as printed in the output header; the order is enum counter's. */
#include "counters.h"

uint64_t counters[C_COUNT];

const char *const counter_names[C_COUNT] = {
    [C_ALU] = "insn.alu", [C_MUL] = "insn.mul", [C_DIV] = "insn.div",
    [C_BRANCH] = "insn.branch", [C_CALL] = "insn.call", [C_RET] = "insn.ret",
    [C_STRING] = "insn.string", [C_LOCKED] = "insn.locked", [C_FENCE] = "insn.fence",
    [C_CPUID] = "insn.cpuid", [C_RDTSC] = "insn.rdtsc", [C_RDMSR] = "insn.rdmsr",
    [C_WRMSR] = "insn.wrmsr", [C_SYSCALL] = "insn.syscall", [C_SYSRET] = "insn.sysret",
    [C_IRET] = "insn.iret", [C_INT] = "insn.int", [C_HLT] = "insn.hlt", [C_IO] = "insn.io",
    [C_CR_READ] = "insn.cr-read", [C_CR3_WRITE] = "insn.cr3-write",
    [C_CR_WRITE] = "insn.cr-write", [C_INVLPG] = "insn.invlpg", [C_SWAPGS] = "insn.swapgs",
    [C_DESCRIPTOR] = "insn.descriptor", [C_FXSAVE] = "insn.fxsave",
    [C_FXRSTOR] = "insn.fxrstor", [C_XSAVE] = "insn.xsave", [C_XRSTOR] = "insn.xrstor",
    [C_CLI_STI] = "insn.cli-sti", [C_POPF] = "insn.popf", [C_STRING_STEP] = "insn.string-step",
    [C_DELIVERY] = "event.delivery",
    [C_MEM_LOAD] = "mem.load", [C_MEM_STORE] = "mem.store", [C_MEM_IO] = "mem.io",
    [C_DATA_L2] = "data.l2-hit", [C_DATA_LLC] = "data.llc-hit", [C_DATA_MEMORY] = "data.memory",
    [C_FETCH_L2] = "fetch.l2-hit", [C_FETCH_LLC] = "fetch.llc-hit",
    [C_FETCH_MEMORY] = "fetch.memory",
    [C_DTLB_STLB] = "dtlb.stlb-hit", [C_DTLB_WALK] = "dtlb.walk",
    [C_ITLB_STLB] = "itlb.stlb-hit", [C_ITLB_WALK] = "itlb.walk",
    [C_TLB_FLUSH] = "tlb.flush",
    [C_DATA_STREAM] = "data.stream", [C_FETCH_STREAM] = "fetch.stream",
};
