# The `syscall` instruction's landing point. Kept to the bare minimum because every
# system call of every hardware-isolated personality pays for it:
#   user: rdi = number, rsi, rdx, r10, r8, r9 = arguments (the user stub moved rcx to r10)
#   CPU:  rcx = user rip, r11 = user rflags, IF cleared by SFMASK, still on the user stack
# The kernel's handler is an ordinary System V function
#     ulong handler(ulong number, ulong a1, ulong a2, ulong a3, ulong a4, ulong a5)
# so callee-saved registers survive by convention and caller-saved ones are the user
# stub's to lose. The kernel stack is the current thread's (tb_syscall_kernel_rsp,
# switched with the thread). Interrupts stay off in the kernel: the kernel is not
# preemptible, as in L4 and MINIX.
	.intel_syntax noprefix
	.include "asm_macros.inc"
	.text
	.global tb_syscall_entry
tb_syscall_entry:
	mov [rip + tb_syscall_user_rsp], rsp
	mov rsp, [rip + tb_syscall_kernel_rsp]
	push [rip + tb_syscall_user_rsp]
	push rcx
	push r11
	mov rcx, r10
	sub rsp, 8                              # keep the C# stack 16-byte aligned
	call [rip + tb_syscall_handler]
	add rsp, 8
	pop r11
	pop rcx
	pop rsp
	sysretq

	.global tb_set_syscall_handler
tb_set_syscall_handler:
	mov [rip + tb_syscall_handler], rdi
	ret

	.global tb_set_syscall_kernel_rsp
tb_set_syscall_kernel_rsp:
	mov [rip + tb_syscall_kernel_rsp], rdi
	ret

	.data
	.align 8
	.global tb_syscall_handler, tb_syscall_kernel_rsp, tb_syscall_user_rsp
tb_syscall_handler:	.quad 0
tb_syscall_kernel_rsp:	.quad 0
tb_syscall_user_rsp:	.quad 0

	.section .note.GNU-stack, "", @progbits
	.text
	ADDRESS_OF tb_syscall_entry_address, tb_syscall_entry
