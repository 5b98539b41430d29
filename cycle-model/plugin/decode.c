/*
 * Instruction classification. Encodings follow the Intel SDM, Volume 2 (Instruction Set
 * Reference): chapter 2 for the instruction format (legacy prefixes, REX, ModRM), appendix A
 * for the opcode maps and the ModRM.reg "group" extensions. The decoder assumes 64-bit mode
 * (API v1 does not tell the CPU mode); because it never reads past the length QEMU decoded,
 * 32-bit code (where 40-4F are inc/dec, one-byte instructions) still gets one class each.
 */
#include "decode.h"

#include "counters.h"

/* SDM Vol. 2, 2.1.1: the legacy prefixes of groups 1-4. */
static int is_legacy_prefix(uint8_t b)
{
    switch (b) {
    case 0x66: case 0x67: case 0xF0: case 0xF2: case 0xF3:
    case 0x2E: case 0x36: case 0x3E: case 0x26: case 0x64: case 0x65:
        return 1;
    default:
        return 0;
    }
}

/* The displacement is whatever follows the opcode: its width comes from the length QEMU
   decoded, which also covers 16-bit code and operand-size prefixes (rel16). */
static int64_t read_rel(const uint8_t *p, size_t avail)
{
    switch (avail) {
    case 1: return (int8_t)p[0];
    case 2: return (int16_t)((uint16_t)p[0] | (uint16_t)p[1] << 8);
    case 4:
        return (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
                         (uint32_t)p[3] << 24);
    default: return 0;
    }
}

/* Two-byte opcodes, 0F xx (SDM Vol. 2, appendix A, table A-3). */
static void decode_0f(struct insn_info *r, const uint8_t *p, size_t avail, uint8_t rex)
{
    if (avail == 0)
        return;
    uint8_t op = p[0];
    int has_modrm = avail >= 2;
    uint8_t modrm = has_modrm ? p[1] : 0;
    uint8_t mod = modrm >> 6, reg = (modrm >> 3) & 7;

    if (op >= 0x80 && op <= 0x8F) { /* jcc rel32 */
        r->cls = C_BRANCH;
        r->flow = FLOW_DIRECT;
        r->rel = read_rel(p + 1, avail - 1);
        return;
    }
    switch (op) {
    case 0x00: /* group 6: /2 lldt, /3 ltr (SDM Vol. 3, 2.4) */
        if (has_modrm && (reg == 2 || reg == 3))
            r->cls = C_DESCRIPTOR;
        break;
    case 0x01: /* group 7 */
        if (!has_modrm)
            break;
        if (modrm == 0xF8)
            r->cls = C_SWAPGS;
        else if (modrm == 0xF9)
            r->cls = C_RDTSC; /* rdtscp */
        else if (mod != 3 && reg == 7)
            r->cls = C_INVLPG;
        else if (mod != 3 && (reg == 2 || reg == 3))
            r->cls = C_DESCRIPTOR; /* lgdt, lidt */
        break;
    case 0x05: r->cls = C_SYSCALL; r->flow = FLOW_INDIRECT; break;
    case 0x07: r->cls = C_SYSRET; r->flow = FLOW_INDIRECT; break;
    case 0x0B: r->cls = C_INT; r->flow = FLOW_INDIRECT; break; /* ud2 */
    case 0x20: r->cls = C_CR_READ; break;
    case 0x22: /* mov to CRn; REX.R extends ModRM.reg (SDM Vol. 2, 2.2.1.2) */
        if (has_modrm)
            r->cls = ((reg | ((rex & 4) << 1)) == 3) ? C_CR3_WRITE : C_CR_WRITE;
        break;
    case 0x30: r->cls = C_WRMSR; break;
    case 0x31: r->cls = C_RDTSC; break;
    case 0x32: r->cls = C_RDMSR; break;
    case 0x34: case 0x35: r->flow = FLOW_INDIRECT; break; /* sysenter/sysexit: class alu */
    case 0xA2: r->cls = C_CPUID; break;
    case 0xAF: r->cls = C_MUL; break; /* imul r, r/m */
    case 0xAE: /* group 15 */
        if (!has_modrm)
            break;
        if (modrm == 0xE8 || modrm == 0xF0 || modrm == 0xF8)
            r->cls = C_FENCE; /* lfence, mfence, sfence */
        else if (mod != 3) {
            if (reg == 0)
                r->cls = C_FXSAVE;
            else if (reg == 1)
                r->cls = C_FXRSTOR;
            else if (reg == 4 || reg == 6)
                r->cls = C_XSAVE; /* xsave, xsaveopt */
            else if (reg == 5)
                r->cls = C_XRSTOR;
        }
        break;
    default:
        break; /* 0F 38 / 0F 3A maps and the rest: SIMD and friends, counted as alu */
    }
}

struct insn_info decode_insn(const uint8_t *b, size_t len)
{
    struct insn_info r = { C_ALU, FLOW_SEQUENTIAL, MARK_NONE, 0, 0 };
    size_t i = 0;
    int lock = 0, rep = 0;
    uint8_t rex = 0;

    /* The markers are exact three-byte encodings: one REX prefix and rdtsc. */
    if (len == 3 && b[1] == 0x0F && b[2] == 0x31) {
        switch (b[0]) {
        case 0x48: r.marker = MARK_OPEN; break;
        case 0x41: r.marker = MARK_CLOSE; break;
        case 0x44: r.marker = MARK_CALIBRATION; break;
        case 0x40: r.marker = MARK_RECORD; break;
        case 0x4C: r.marker = MARK_HALT_BEGINS; break;
        case 0x49: r.marker = MARK_HALT_ENDS; break;
        default: break;
        }
    }

    for (; i < len; i++) {
        if (is_legacy_prefix(b[i])) {
            lock |= b[i] == 0xF0;
            rep |= b[i] == 0xF2 || b[i] == 0xF3;
            rex = 0; /* a REX not immediately before the opcode is ignored (SDM 2.2.1) */
        } else if ((b[i] & 0xF0) == 0x40) {
            rex = b[i];
        } else {
            break;
        }
    }
    if (i >= len)
        return r;

    uint8_t op = b[i++];
    size_t avail = len - i;
    const uint8_t *p = b + i;
    uint8_t modrm = avail ? p[0] : 0;
    uint8_t mod = modrm >> 6, reg = (modrm >> 3) & 7;

    if (op == 0x0F) {
        decode_0f(&r, p, avail, rex);
    } else if (op >= 0x70 && op <= 0x7F) {
        r.cls = C_BRANCH; /* jcc rel8 */
        r.flow = FLOW_DIRECT;
        r.rel = read_rel(p, avail);
    } else {
        switch (op) {
        case 0x69: case 0x6B: r.cls = C_MUL; break;
        case 0xF6: case 0xF7: /* group 3 */
            if (avail && (reg == 4 || reg == 5))
                r.cls = C_MUL;
            else if (avail && (reg == 6 || reg == 7))
                r.cls = C_DIV;
            break;
        case 0xEB: case 0xE0: case 0xE1: case 0xE2: case 0xE3: /* jmp rel8, loop*, jrcxz */
            r.cls = C_BRANCH;
            r.flow = FLOW_DIRECT;
            r.rel = read_rel(p, avail);
            break;
        case 0xE9:
            r.cls = C_BRANCH;
            r.flow = FLOW_DIRECT;
            r.rel = read_rel(p, avail);
            break;
        case 0xE8:
            r.cls = C_CALL;
            r.flow = FLOW_DIRECT;
            r.rel = read_rel(p, avail);
            break;
        case 0xFF: /* group 5 */
            if (avail && (reg == 2 || reg == 3)) {
                r.cls = C_CALL;
                r.flow = FLOW_INDIRECT;
            } else if (avail && (reg == 4 || reg == 5)) {
                r.cls = C_BRANCH;
                r.flow = FLOW_INDIRECT;
            }
            break;
        case 0xEA: case 0x9A: r.flow = FLOW_INDIRECT; break; /* far jmp/call (legacy modes) */
        case 0xC3: case 0xC2: case 0xCB: case 0xCA: r.cls = C_RET; r.flow = FLOW_INDIRECT; break;
        case 0xA4: case 0xA5: case 0xA6: case 0xA7:
        case 0xAA: case 0xAB: case 0xAC: case 0xAD: case 0xAE: case 0xAF:
            if (rep) {
                r.cls = C_STRING; /* without rep: one element, an ordinary memory insn */
                r.repeats = 1;
            }
            break;
        case 0x6C: case 0x6D: case 0x6E: case 0x6F: /* ins/outs, rep or not */
            r.cls = C_IO;
            r.repeats = (uint8_t)rep;
            break;
        case 0xE4: case 0xE5: case 0xE6: case 0xE7:
        case 0xEC: case 0xED: case 0xEE: case 0xEF:
            r.cls = C_IO;
            break;
        case 0x86: case 0x87: /* xchg with memory is implicitly locked (SDM Vol. 3, 9.1.2.1) */
            if (avail && mod != 3)
                r.cls = C_LOCKED;
            break;
        case 0xCF: r.cls = C_IRET; r.flow = FLOW_INDIRECT; break;
        case 0xCC: case 0xCD: case 0xCE: r.cls = C_INT; r.flow = FLOW_INDIRECT; break;
        case 0xF4: r.cls = C_HLT; break;
        case 0xFA: case 0xFB: r.cls = C_CLI_STI; break;
        case 0x9D: r.cls = C_POPF; break;
        default: break;
        }
    }
    /* A lock prefix makes any (valid) instruction an atomic read-modify-write. */
    if (lock)
        r.cls = C_LOCKED;
    return r;
}
