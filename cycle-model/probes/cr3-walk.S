/*
 * Probe 2, cr3-walk: N=50 writes of CR3 (its own value), then one load from each of M=64
 * distinct 4 KiB pages, in one window. Two passes: row 0 warms the code up (lines, ITLB),
 * row 1 (exact counts, expected.txt) loads from pages nobody touched before.
 */
.include "boot.inc"

.set N, 50
.set M, 64

.text
.code64
probe_main:
    ARM
    movl $0x400000, %edi             /* window 1: pages 4 MiB .. 4 MiB + 256 KiB */
    call cr3_pass
    movl $0x800000, %edi             /* window 2: pages 8 MiB .. 8 MiB + 256 KiB, untouched */
    call cr3_pass
    ROW
    ret

cr3_pass:
    OPEN
    CALIBRATE
    movq %cr3, %r8                   /* not rax/rdx: the markers (rdtsc) clobber them */
    movl $N, %ecx
    movl $M, %r9d
    movq %rdi, %rsi
    OPEN
1:  movq %r8, %cr3
    decl %ecx
    jnz 1b
2:  movq (%rsi), %rbx
    addq $4096, %rsi
    decl %r9d
    jnz 2b
    CLOSE
    ret
