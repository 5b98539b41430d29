# The user side of fork (MinixLib/ProcessCalls.cs). The kernel saves no user register of a
# blocked process but rsp, rip and rflags (common/hal/UserMode/syscall_entry.S), so the parent
# keeps what its child needs in its own memory, which the child gets a copy of.
#
# long minix_fork_trap(Message* m, ForkContext* context)
#   Saves rbx, rbp, r12-r15, the return address and the stack pointer the caller will have
#   after the return into *context (System V AMD64 ABI, 3.2.1: the callee-saved registers;
#   the x87 control word and MXCSR are the defaults in both), then sendrec(PM, m): PM's fork.
#   Returns the sendrec's status in the parent (0 or negative).
# minix_fork_child (rdi = context)
#   Where the child starts (the fork request names it): restores them and returns 1 from
#   minix_fork_trap to the same caller, in the child.
	.intel_syntax noprefix
	.include "asm_macros.inc"
	.text
	.global minix_fork_trap
minix_fork_trap:
	mov [rsi], rbx
	mov [rsi + 8], rbp
	mov [rsi + 16], r12
	mov [rsi + 24], r13
	mov [rsi + 32], r14
	mov [rsi + 40], r15
	mov rax, [rsp]
	mov [rsi + 48], rax         # return address
	lea rax, [rsp + 8]
	mov [rsi + 56], rax         # rsp after the return
	mov rdx, rdi                # the message
	mov edi, 3                  # IpcCall.SendRec
	xor esi, esi                # Endpoint.Pm
	syscall
	ret

	.global minix_fork_child
minix_fork_child:
	mov rbx, [rdi]
	mov rbp, [rdi + 8]
	mov r12, [rdi + 16]
	mov r13, [rdi + 24]
	mov r14, [rdi + 32]
	mov r15, [rdi + 40]
	mov rsp, [rdi + 56]
	mov eax, 1
	jmp [rdi + 48]

	ADDRESS_OF minix_fork_child_address, minix_fork_child

	.section .note.GNU-stack, "", @progbits
