# The l4-style kernel's system-call entry (LSTAR points here; Boot/KernelMain installs it).
# The CPU arrives with rcx = user rip, r11 = user rflags, IF clear (FMASK), still on the
# user stack. Register contract: Abi/Abi.cs.
#
# Every entry first tries the IPC fast path (ipc_fastpath.S), which handles the common
# case without touching a stack. Everything else lands in l4_syscall_slow below: save the
# whole user state into the TCB, switch to the one kernel stack, and call C#
# (Ipc/SystemCall.cs), which never returns: it ends by resuming some thread (resume.S).
	.intel_syntax noprefix
	.include "asm_macros.inc"
	.include "Ipc/layout.inc"
	.text

	.global l4_syscall_entry
l4_syscall_entry:
	jmp l4_ipc_fastpath

# In: rbx = the current TCB, its UserRsp/UserRip/UserRflags already stored by the fast
# path; rax and the message/item registers untouched; rcx, r11 free.
	.global l4_syscall_slow
l4_syscall_slow:
	SAVE_REGISTERS rbx, RAX, RDX, RSI, RDI, RBP, R8, R9, R10, R12, R13, R14, R15
	fxsave [rbx + T_FX]
	mov qword ptr [rbx + T_RESUMEFULL], 0
	mov rsp, [rip + l4_kernel_stack_top]
	mov rdi, rbx
	cld
	call l4_slow_syscall
1:	hlt                             # l4_slow_syscall never returns
	jmp 1b

	.data
	.align 8
	.global l4_current, l4_kernel_stack_top, l4_tss_iomap, l4_fastpath_hits
l4_current:		.quad 0         # Tcb* of the thread in ring 3 (0 while idle)
l4_kernel_stack_top:	.quad 0         # the kernel's single stack (also TSS.RSP0)
l4_tss_iomap:		.quad 0         # ushort* TSS I/O map base field
l4_fastpath_hits:	.quad 0

	.section .note.GNU-stack, "", @progbits
	.text
	ADDRESS_OF l4_syscall_entry_address, l4_syscall_entry
	.global l4_set_kernel_stack, l4_set_tss_iomap, l4_get_current, l4_get_fastpath_hits
l4_set_kernel_stack: mov [rip + l4_kernel_stack_top], rdi
	ret
l4_set_tss_iomap: mov [rip + l4_tss_iomap], rdi
	ret
l4_get_current: mov rax, [rip + l4_current]
	ret
l4_get_fastpath_hits: mov rax, [rip + l4_fastpath_hits]
	ret
