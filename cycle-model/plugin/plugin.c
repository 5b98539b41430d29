/*
 * testbed-cycles: a QEMU 7.2 TCG plugin (API v1) that counts, for guest-marked windows,
 * instruction classes, cache and TLB misses and interrupt/exception deliveries. See
 * README.md for what is counted and how faithfully.
 *
 * Cost structure: instruction classes are inline adds (no call); one callback per executed
 * TB (fetch side + delivery detection); one callback per data access; callbacks on the rare
 * marker and CR3-write instructions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "cache.h"
#include "codeaddr.h"
#include "counters.h"
#include "decode.h"
#include "qemu_plugin_api.h"
#include "tbdesc.h"
#include "tlb.h"
#include "windows.h"

CM_EXPORT int qemu_plugin_version = 1;

/* The most recently executed TB (whose exec callback ran): how it said control would
   continue, for delivery detection. NULL before the first block. */
static const struct tb_desc *prev;
static uint64_t prev_fall_through, prev_target = NO_TARGET;
static int prev_indirect = 1;

static void on_tb_exec(unsigned int vcpu_index, void *userdata)
{
    const struct tb_desc *d = userdata;
    (void)vcpu_index;

    const struct insn_rec *last = prev ? &prev->insns[prev->n_insns - 1] : NULL;
    if (last && last->repeats && d->start == last->vaddr) {
        /* QEMU runs a rep string/ins/outs one element per TB execution, re-entering the
           instruction's own block, and icount counts every one: so does the plugin, as
           insn.string-step (each element's memory accesses are counted apart). Not a
           delivery. */
        counters[last->cls]--;
        counters[C_STRING_STEP]++;
    } else if (last && d->start == last->vaddr && d->start != prev_target) {
        /* The block began again at the previous block's last instruction: QEMU gave that
           instruction to the plugin at translation but did not execute it there (it crosses
           a page boundary, so the translator ended the block before it), and icount did not
           count it. Neither does the plugin: take back its inline add. Not a delivery. */
        counters[last->cls]--;
    } else if (!prev_indirect && d->start != prev_fall_through && d->start != prev_target) {
        /* A TB that starts neither where the previous one falls through nor at its direct
           target, after a block that did not end in an indirect transfer, was entered by an
           interrupt or exception delivery (or a fault that cut the previous block short). */
        counters[C_DELIVERY]++;
    }
    /* A CLOSE's window belongs to the code its read returns to: the first block after it
       that is not the read's own tail (common/guest/Measure/tsc.S). */
    if (windows_close_pending && !d->is_read_tail)
        windows_close_site(d->start);
    prev = d;
    prev_fall_through = d->fall_through;
    prev_target = d->target;
    prev_indirect = d->ends_indirect;

    for (unsigned i = 0; i < d->n_pages; i++)
        tlb_fetch_page(d->pages[i]);
    for (unsigned i = 0; i < d->n_lines; i++)
        cache_fetch_line(d->lines[i]);
}

/*
 * Under icount an MMIO access that is not the last instruction of its TB makes QEMU abandon
 * the block at that instruction and re-run the instruction alone in a block instrumented
 * for memory callbacks only (cpu_io_recompile, CF_MEMI_ONLY); execution then continues in a
 * new block after it. The abandoned block's inline adds already counted its instructions
 * after the MMIO one, which the continuation block counts again: take them back, and
 * resume delivery detection from the MMIO instruction.
 */
static void mmio_resync(const struct insn_rec *r)
{
    if (!prev || r->owner == prev)
        return; /* the MMIO instruction belongs to the block that ran: nothing abandoned */
    for (uint32_t i = 0; i < prev->n_insns; i++) {
        if (prev->insns[i].vaddr != r->vaddr)
            continue;
        for (uint32_t j = i + 1; j < prev->n_insns; j++)
            counters[prev->insns[j].cls]--;
        break;
    }
    prev = r->owner;
    prev_fall_through = r->vaddr + r->size;
    prev_target = NO_TARGET;
    prev_indirect = 0;
}

static void on_mem(unsigned int vcpu_index, qemu_plugin_meminfo_t info, uint64_t vaddr,
                   void *userdata)
{
    (void)vcpu_index;
    struct qemu_plugin_hwaddr *hw = qemu_plugin_get_hwaddr(info, vaddr);

    if (hw && qemu_plugin_hwaddr_is_io(hw)) {
        counters[C_MEM_IO]++; /* MMIO is uncached and bypasses the model */
        mmio_resync(userdata);
        return;
    }
    counters[qemu_plugin_mem_is_store(info) ? C_MEM_STORE : C_MEM_LOAD]++;
    unsigned size = 1u << qemu_plugin_mem_size_shift(info);
    tlb_data(vaddr);
    if (((vaddr & ((1u << TLB_PAGE_SHIFT) - 1)) + size) > (1u << TLB_PAGE_SHIFT))
        tlb_data(vaddr + size - 1); /* straddles two pages */
    cache_data(hw ? qemu_plugin_hwaddr_phys_addr(hw) : vaddr, size);
}

static void on_marker(unsigned int vcpu_index, void *userdata)
{
    (void)vcpu_index;
    windows_marker((int)(uintptr_t)userdata);
}

static void on_cr3_write(unsigned int vcpu_index, void *userdata)
{
    (void)vcpu_index;
    (void)userdata;
    tlb_flush_all();
}

static void add_unique(uint64_t *list, uint16_t *n, uint64_t v)
{
    for (unsigned i = 0; i < *n; i++)
        if (list[i] == v)
            return;
    list[(*n)++] = v;
}

/* The tail of every timer read in tsc.S after its rdtsc (which ends its block under icount):
   shl rdx, 32; or rax, rdx; ret. */
static int is_read_tail(struct qemu_plugin_tb *tb, size_t n)
{
    static const uint8_t tail[] = { 0x48, 0xC1, 0xE2, 0x20, 0x48, 0x09, 0xD0, 0xC3 };
    size_t at = 0;
    if (n != 3)
        return 0;
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        size_t size = qemu_plugin_insn_size(insn);
        if (at + size > sizeof tail || memcmp(qemu_plugin_insn_data(insn), tail + at, size) != 0)
            return 0;
        at += size;
    }
    return at == sizeof tail;
}

/* x86 TBs hold at most 512 instructions of at most 15 bytes, over at most two pages. */
#define MAX_INSNS 512
#define MAX_LINES 1024
#define MAX_PAGES 64

static void on_tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    uint64_t per_class[C_INSN_CLASSES] = { 0 };
    uint64_t pages[MAX_PAGES], lines[MAX_LINES];
    struct insn_rec recs[MAX_INSNS];
    uint8_t markers[MAX_INSNS];
    struct tb_desc t = { 0 };
    uint64_t h = 1469598103934665603ULL;
    uint32_t line = cache_line_size();

    if (n == 0 || n > MAX_INSNS)
        return;
    t.start = qemu_plugin_tb_vaddr(tb);
    t.target = NO_TARGET;
    t.n_insns = (uint32_t)n;
    t.pages = pages;
    t.lines = lines;
    t.insns = recs;
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        const uint8_t *bytes = qemu_plugin_insn_data(insn);
        size_t size = qemu_plugin_insn_size(insn);
        uint64_t vaddr = qemu_plugin_insn_vaddr(insn);
        uint64_t haddr = (uint64_t)(uintptr_t)qemu_plugin_insn_haddr(insn);
        struct insn_info info = decode_insn(bytes, size);

        per_class[info.cls]++;
        markers[i] = info.marker;
        recs[i] = (struct insn_rec){ vaddr, NULL, (uint8_t)size, info.cls, info.repeats };

        if (!haddr)
            haddr = vaddr; /* code not in RAM (MMIO-backed ROM): index by virtual address */
        if (i == 0)
            t.first_haddr = haddr;
        uint64_t code = code_physical(haddr, vaddr);
        for (uint64_t a = code & ~(uint64_t)(line - 1); a < code + size; a += line)
            if (t.n_lines < MAX_LINES)
                add_unique(lines, &t.n_lines, cache_fetch_tag(a));
        for (uint64_t p = vaddr >> TLB_PAGE_SHIFT; p <= (vaddr + size - 1) >> TLB_PAGE_SHIFT; p++)
            if (t.n_pages < MAX_PAGES)
                add_unique(pages, &t.n_pages, p);
        for (size_t b = 0; b < size; b++)
            h = (h ^ bytes[b]) * 1099511628211ULL;
        t.n_bytes += size;

        if (i + 1 == n) {
            t.fall_through = vaddr + size;
            t.ends_indirect = info.flow == FLOW_INDIRECT;
            if (info.flow == FLOW_DIRECT)
                t.target = vaddr + size + (uint64_t)info.rel;
        }
    }
    t.key_hash = h ^ t.start * 0x9E3779B97F4A7C15ULL;
    t.is_read_tail = is_read_tail(tb, n);
    struct tb_desc *d = tbdesc_intern(&t);

    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        if (markers[i] != MARK_NONE)
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_marker, QEMU_PLUGIN_CB_NO_REGS,
                                                   (void *)(uintptr_t)markers[i]);
        if (d->insns[i].cls == C_CR3_WRITE)
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_cr3_write, QEMU_PLUGIN_CB_NO_REGS,
                                                   NULL);
        /* Only instructions that really access memory ever call it. */
        qemu_plugin_register_vcpu_mem_cb(insn, on_mem, QEMU_PLUGIN_CB_NO_REGS,
                                         QEMU_PLUGIN_MEM_RW, &d->insns[i]);
    }
    qemu_plugin_register_vcpu_tb_exec_cb(tb, on_tb_exec, QEMU_PLUGIN_CB_NO_REGS, d);
    for (int c = 0; c < C_INSN_CLASSES; c++)
        if (per_class[c])
            qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &counters[c],
                                                     per_class[c]);
}

static void on_plugin_exit(qemu_plugin_id_t id, void *userdata)
{
    (void)id;
    (void)userdata;
    windows_finish();
}

/*
 * Until the guest's first marker the plugin only watches for markers (from=first-marker,
 * the default): firmware and the kernel's own boot (for the Linux peer, hundreds of millions
 * of instructions of decompression and initialisation) are not simulated, which keeps a
 * model boot within a few times a plain one. At the first marker it asks QEMU to drop every
 * translation and instruments everything from then on; caches and TLBs start empty there,
 * and the benches' warm-up and medians absorb that. The marker that armed the model is not
 * itself counted (README.md, "Arming").
 */
static qemu_plugin_id_t self;
static int arming;

static void on_armed(qemu_plugin_id_t id)
{
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_tb_trans);
    qemu_plugin_register_atexit_cb(id, on_plugin_exit, NULL);
}

static void on_first_marker(unsigned int vcpu_index, void *userdata)
{
    (void)vcpu_index;
    (void)userdata;
    if (!arming) {
        arming = 1;
        qemu_plugin_reset(self, on_armed);
    }
}

static void on_tb_trans_unarmed(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        if (qemu_plugin_insn_haddr(insn))
            code_physical((uint64_t)(uintptr_t)qemu_plugin_insn_haddr(insn), qemu_plugin_insn_vaddr(insn));
        if (decode_insn(qemu_plugin_insn_data(insn), qemu_plugin_insn_size(insn)).marker != MARK_NONE)
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_first_marker, QEMU_PLUGIN_CB_NO_REGS, NULL);
    }
}

CM_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc,
                                  char **argv)
{
    struct plugin_args a;
    const char *why = NULL;

    if (args_parse(&a, argc, argv))
        return -1;
    if (!info->system_emulation || strcmp(info->target_name, "x86_64") != 0) {
        fprintf(stderr, "testbed-cycles: needs qemu-system-x86_64 (got %s%s)\n",
                info->target_name, info->system_emulation ? "" : ", user mode");
        return -1;
    }
    if (info->system.smp_vcpus != 1) {
        fprintf(stderr, "testbed-cycles: models a single vCPU (got -smp %d)\n",
                info->system.smp_vcpus);
        return -1;
    }
    if (cache_init(&a.l1i, &a.l1d, &a.l2, &a.llc, &why) ||
        tlb_init(a.itlb.entries, a.itlb.ways, a.dtlb.entries, a.dtlb.ways, a.stlb.entries,
                 a.stlb.ways, a.global_upper, &why)) {
        fprintf(stderr, "testbed-cycles: bad geometry: %s\n", why);
        return -1;
    }
    if (windows_open(a.out)) {
        fprintf(stderr, "testbed-cycles: cannot write out=%s: ", a.out);
        perror(NULL);
        return -1;
    }
    self = id;
    qemu_plugin_register_vcpu_tb_trans_cb(id, a.from_boot ? on_tb_trans : on_tb_trans_unarmed);
    qemu_plugin_register_atexit_cb(id, on_plugin_exit, NULL);
    return 0;
}
