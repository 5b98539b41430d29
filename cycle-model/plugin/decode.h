/*
 * x86-64 instruction classification from the instruction bytes QEMU hands us at translation.
 * Only as much decoding as the counter classes, the marker protocol and the delivery
 * heuristic need: prefixes, the opcode map (one byte, 0F, 0F 38, 0F 3A) and the ModRM byte.
 */
#ifndef CYCLE_MODEL_DECODE_H
#define CYCLE_MODEL_DECODE_H

#include <stddef.h>
#include <stdint.h>

/* How control leaves the instruction, for telling deliveries from ordinary transfers. */
enum flow {
    FLOW_SEQUENTIAL, /* falls through (or faults) */
    FLOW_DIRECT,     /* jmp/jcc/call/loop with a relative displacement: target is known */
    FLOW_INDIRECT,   /* ret, iret, sysret, syscall, jmp/call r/m, int n, far transfers */
};

enum marker {
    MARK_NONE,
    MARK_OPEN,        /* 48 0F 31 */
    MARK_CLOSE,       /* 41 0F 31 */
    MARK_CALIBRATION, /* 44 0F 31 */
    MARK_RECORD,      /* 40 0F 31 */
    MARK_HALT_BEGINS, /* 4C 0F 31 */
    MARK_HALT_ENDS,   /* 49 0F 31 */
};

struct insn_info {
    uint8_t cls;    /* enum counter, one of the instruction classes */
    uint8_t flow;   /* enum flow */
    uint8_t marker; /* enum marker */
    uint8_t repeats; /* rep-prefixed string or ins/outs: QEMU runs each element as a TB */
    int64_t rel;    /* FLOW_DIRECT: displacement from the end of the instruction */
};

/* Classifies the len bytes of one instruction (len as QEMU decoded it). */
struct insn_info decode_insn(const uint8_t *bytes, size_t len);

#endif
