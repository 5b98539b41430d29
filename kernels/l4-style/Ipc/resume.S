# Back to ring 3: load a thread's state from its TCB and leave the kernel. Every kernel
# entry ends here (the kernel keeps no per-thread continuation), so the kernel stack is
# simply abandoned; the next entry starts at its top again.
#   void l4_resume(Tcb* thread)   -- never returns
# A thread that entered by syscall leaves by sysret (rcx and r11 are the ABI's to lose);
# one that was interrupted or faulted leaves by iret with every register restored.
# Invariant the fast path relies on: a running thread has ResumeFull = 0.
	.intel_syntax noprefix
	.include "Ipc/layout.inc"
	.text
	.global l4_resume
l4_resume:
	mov [rip + l4_current], rdi
	mov rax, [rdi + T_CR3]
	mov rcx, cr3
	cmp rax, rcx
	je 1f
	mov cr3, rax
1:	mov rax, [rdi + T_TASK]
	movzx eax, word ptr [rax + K_IOMAP]
	mov rcx, [rip + l4_tss_iomap]
	mov [rcx], ax
	fxrstor [rdi + T_FX]
	cmp qword ptr [rdi + T_RESUMEFULL], 0
	jne .Lfull
	mov rax, [rdi + R_RAX]
	mov rbx, [rdi + R_RBX]
	mov rdx, [rdi + R_RDX]
	mov rsi, [rdi + R_RSI]
	mov rbp, [rdi + R_RBP]
	mov r8, [rdi + R_R8]
	mov r9, [rdi + R_R9]
	mov r10, [rdi + R_R10]
	mov r12, [rdi + R_R12]
	mov r13, [rdi + R_R13]
	mov r14, [rdi + R_R14]
	mov r15, [rdi + R_R15]
	mov rsp, [rdi + T_RSP]
	mov rcx, [rdi + T_RIP]
	mov r11, [rdi + T_RFLAGS]
	mov rdi, [rdi + R_RDI]
	sysretq
.Lfull:
	mov qword ptr [rdi + T_RESUMEFULL], 0    # running again: its next entry decides how it stops
	push USER_SS
	push [rdi + T_RSP]
	push [rdi + T_RFLAGS]
	push USER_CS
	push [rdi + T_RIP]
	mov rax, [rdi + R_RAX]
	mov rbx, [rdi + R_RBX]
	mov rcx, [rdi + R_RCX]
	mov rdx, [rdi + R_RDX]
	mov rsi, [rdi + R_RSI]
	mov rbp, [rdi + R_RBP]
	mov r8, [rdi + R_R8]
	mov r9, [rdi + R_R9]
	mov r10, [rdi + R_R10]
	mov r11, [rdi + R_R11]
	mov r12, [rdi + R_R12]
	mov r13, [rdi + R_R13]
	mov r14, [rdi + R_R14]
	mov r15, [rdi + R_R15]
	mov rdi, [rdi + R_RDI]
	iretq

# Leave the boot thread for the first user thread, and come back to it at power-off.
#   void l4_leave_boot(ulong* save_rsp, Tcb* first)    returns when l4_return_to_boot runs
#   void l4_return_to_boot(ulong saved_rsp)
	.global l4_leave_boot, l4_return_to_boot
l4_leave_boot:
	push rbp
	push rbx
	push r12
	push r13
	push r14
	push r15
	mov [rdi], rsp
	mov rdi, rsi
	jmp l4_resume
l4_return_to_boot:
	mov rsp, rdi
	pop r15
	pop r14
	pop r13
	pop r12
	pop rbx
	pop rbp
	ret

	.section .note.GNU-stack, "", @progbits
	.text
	.global l4_set_idle
l4_set_idle:
	mov qword ptr [rip + l4_current], 0
	ret
	.section .note.GNU-stack, "", @progbits
