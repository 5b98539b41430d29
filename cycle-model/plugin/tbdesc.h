/*
 * What the per-TB exec callback needs to know about its translation block, computed once
 * at translation: how it ends, the cache lines and pages its instructions occupy, and each
 * instruction's address and class (to correct for blocks QEMU abandons part-way, see
 * plugin.c). Descriptors are interned (same address, host address and bytes -> same
 * descriptor), so QEMU retranslating a block does not grow memory without bound.
 */
#ifndef CYCLE_MODEL_TBDESC_H
#define CYCLE_MODEL_TBDESC_H

#include <stdint.h>

#define NO_TARGET UINT64_MAX

struct tb_desc;

struct insn_rec {
    uint64_t vaddr;
    const struct tb_desc *owner;
    uint8_t size;
    uint8_t cls;     /* enum counter */
    uint8_t repeats; /* rep string / rep ins/outs */
};

struct tb_desc {
    /* identity, for interning */
    uint64_t key_hash, start, first_haddr, n_bytes;
    uint32_t n_insns;
    /* control flow at the end of the block */
    uint64_t fall_through; /* vaddr after the last instruction */
    uint64_t target;       /* direct jmp/jcc/call target of the last instruction, or NO_TARGET */
    uint8_t ends_indirect; /* last instruction is an indirect transfer */
    uint8_t is_read_tail;  /* the block is a timer read's tail, shl/or/ret (windows.h: not a site) */
    /* fetch footprint */
    uint16_t n_pages, n_lines;
    uint64_t *pages;       /* virtual page numbers */
    uint64_t *lines;       /* fetch tags (cache_fetch_tag) */
    struct insn_rec *insns;
};

/* Returns the interned copy of *tmpl (allocating and copying its arrays if new). */
struct tb_desc *tbdesc_intern(const struct tb_desc *tmpl);

#endif
