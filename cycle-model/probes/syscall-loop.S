/*
 * Probe 1, syscall-loop: N=100 syscall/sysretq round trips from ring 3, in one window.
 * A calibration pair (OPEN, CALIBRATE back to back) precedes each window so the row's
 * window excludes the CLOSE rdtsc itself. The pass runs twice: row 0 warms the caches and
 * TLBs up, row 1 is the one whose counts are exact (expected.txt).
 */
.include "boot.inc"

.set N, 100

.text
.code64
probe_main:
    /* EFER.SCE on; STAR: kernel CS 0x08 (SS 0x10), user base 0x18; LSTAR = the handler;
       FMASK 0 (IF is already clear). SDM Vol. 3A, 5.8.8. */
    movl $0xC0000080, %ecx
    rdmsr
    orl $1, %eax
    wrmsr
    movl $0xC0000081, %ecx
    xorl %eax, %eax
    movl $0x00180008, %edx
    wrmsr
    movl $0xC0000082, %ecx
    movl $syscall_entry, %eax
    xorl %edx, %edx
    wrmsr
    movl $0xC0000084, %ecx
    xorl %eax, %eax
    xorl %edx, %edx
    wrmsr
    /* iretq to ring 3 with IOPL=3 (so ring 3 may power off through port 0xf4), IF=0. */
    pushq $0x23                      /* SS */
    pushq $stack_top                 /* RSP */
    pushq $0x3002                    /* RFLAGS: IOPL=3, reserved bit 1 */
    pushq $0x2B                      /* CS */
    pushq $user_main                 /* RIP */
    iretq

user_main:
    TWO_PASSES syscall_pass
    POWER_OFF

syscall_pass:
    OPEN
    CALIBRATE
    movl $N, %ebx
    OPEN
1:  syscall
    decl %ebx
    jnz 1b
    CLOSE
    ret

/* Ring 0 with the user's RSP: nothing touches the stack, so no stack switch is needed. */
syscall_entry:
    sysretq
