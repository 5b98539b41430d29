# Ring-3 process entry and the user side of the syscall instruction. A process image is
# a separately linked ELF (common/build/process.ld) with its own copy of the runtime.
	.intel_syntax noprefix
	.text
	.global _start
# The kernel starts the first thread here with rdi = its start argument and a 16-byte
# aligned stack.
_start:
	xor ebp, ebp
	call tb_process_start
1:	jmp 1b                      # tb_process_start exits through a system call

# ulong tb_syscall(ulong number, ulong a1, ulong a2, ulong a3, ulong a4, ulong a5)
# The kernel side (common/hal/UserMode/syscall_entry.S) takes the number in rdi and the
# arguments in rsi, rdx, r10, r8, r9: rcx is lost to the syscall instruction.
	.global tb_syscall
tb_syscall:
	mov r10, rcx
	syscall
	ret

	.section .note.GNU-stack, "", @progbits
