/* /exit: the smallest static program the spawn rows exec (no C library: its start-up would
 * be measured instead of the kernel's process creation). Its first instruction reads the TSC,
 * which it writes to fd 3 for the parent (process.fork-exec-to-exit); then it exits with 0.
 * That read is a cycle-model close (REX.B, ignored by the CPU: records.h), ending the window
 * the parent opened before its fork. */
#include <stdint.h>

__attribute__((naked, noreturn)) void _start(void)
{
    __asm__ volatile(
        ".byte 0x41\n\t"         /* REX.B: a close */
        "rdtsc\n\t"
        "shl $32, %rdx\n\t"
        "or %rdx, %rax\n\t"
        "push %rax\n\t"
        "mov $1, %eax\n\t"          /* write(3, rsp, 8) */
        "mov $3, %edi\n\t"
        "mov %rsp, %rsi\n\t"
        "mov $8, %edx\n\t"
        "syscall\n\t"
        "mov $60, %eax\n\t"         /* exit(0) */
        "xor %edi, %edi\n\t"
        "syscall\n\t");
}
