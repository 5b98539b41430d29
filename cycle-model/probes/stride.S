/*
 * Probe 3, stride: 9 lines 4 KiB apart (all in one L1D set: 64 sets x 64 B = 4 KiB per way)
 * loaded in turn, 10 rounds. Cycling 9 lines through an 8-way LRU set misses every time;
 * the 9 lines sit in 9 different L2 sets, so every miss hits L2 once the lines are warm.
 * Two passes, one record: the first window warms up, the second has the exact counts
 * (expected.txt).
 */
.include "boot.inc"

.set ROUNDS, 10
.set LINES, 9
.set BASE, 0x800000                  /* 64 KiB aligned: L2 set = 64 * line number */

.text
.code64
probe_main:
    TWO_PASSES stride_pass
    ret

stride_pass:
    OPEN
    CALIBRATE
    movl $ROUNDS, %ecx
    OPEN
1:  movl $BASE, %esi
    movl $LINES, %edx
2:  movq (%rsi), %rax
    addq $4096, %rsi
    decl %edx
    jnz 2b
    decl %ecx
    jnz 1b
    CLOSE
    ret
