#include "tbdesc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct tb_desc **slots;
static size_t n_slots, n_used;

static int same(const struct tb_desc *a, const struct tb_desc *b)
{
    return a->key_hash == b->key_hash && a->start == b->start &&
           a->first_haddr == b->first_haddr && a->n_bytes == b->n_bytes &&
           a->n_insns == b->n_insns;
}

static void *must_alloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        perror("testbed-cycles");
        abort();
    }
    return p;
}

static void grow(void)
{
    size_t new_n = n_slots ? 2 * n_slots : 4096;
    struct tb_desc **new_slots = calloc(new_n, sizeof *new_slots);
    if (!new_slots) {
        perror("testbed-cycles");
        abort();
    }
    for (size_t i = 0; i < n_slots; i++) {
        if (!slots[i])
            continue;
        size_t s = slots[i]->key_hash & (new_n - 1);
        while (new_slots[s])
            s = (s + 1) & (new_n - 1);
        new_slots[s] = slots[i];
    }
    free(slots);
    slots = new_slots;
    n_slots = new_n;
}

struct tb_desc *tbdesc_intern(const struct tb_desc *tmpl)
{
    if (2 * (n_used + 1) > n_slots)
        grow();
    size_t s = tmpl->key_hash & (n_slots - 1);
    while (slots[s]) {
        if (same(slots[s], tmpl))
            return slots[s];
        s = (s + 1) & (n_slots - 1);
    }
    struct tb_desc *d = must_alloc(sizeof *d);
    *d = *tmpl;
    d->pages = must_alloc(d->n_pages * sizeof(uint64_t));
    memcpy(d->pages, tmpl->pages, d->n_pages * sizeof(uint64_t));
    d->lines = must_alloc(d->n_lines * sizeof(uint64_t));
    memcpy(d->lines, tmpl->lines, d->n_lines * sizeof(uint64_t));
    d->insns = must_alloc(d->n_insns * sizeof(struct insn_rec));
    memcpy(d->insns, tmpl->insns, d->n_insns * sizeof(struct insn_rec));
    for (uint32_t i = 0; i < d->n_insns; i++)
        d->insns[i].owner = d;
    slots[s] = d;
    n_used++;
    return d;
}
