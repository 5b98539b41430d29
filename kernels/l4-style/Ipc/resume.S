# Back to ring 3: load a thread's state from its TCB and leave the kernel. Every kernel
# entry ends here (the kernel keeps no per-thread continuation), so the kernel stack is
# simply abandoned; the next entry starts at its top again.
#   void l4_resume(Tcb* thread)   -- never returns
# A thread that entered by syscall leaves by sysret (rcx and r11 are the ABI's to lose);
# one that was interrupted or faulted leaves by iret with every register restored.
# Invariant the fast path relies on: a running thread has ResumeFull = 0.
	.intel_syntax noprefix
	.include "asm_macros.inc"
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
	LOAD_REGISTERS rdi, RAX, RBX, RDX, RSI, RBP, R8, R9, R10, R12, R13, R14, R15   # not rcx, r11: sysret's rip and rflags
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
	LOAD_REGISTERS rdi, RAX, RBX, RCX, RDX, RSI, RBP, R8, R9, R10, R11, R12, R13, R14, R15
	mov rdi, [rdi + R_RDI]
	iretq

# Leave the boot thread for the first user thread, and come back to it at power-off.
#   void l4_leave_boot(ulong* save_rsp, Tcb* first)    returns when l4_return_to_boot runs
#   void l4_return_to_boot(ulong saved_rsp)
	.global l4_leave_boot, l4_return_to_boot
l4_leave_boot:
	PUSH_CALLEE_SAVED
	mov [rdi], rsp
	mov rdi, rsi
	jmp l4_resume
l4_return_to_boot:
	mov rsp, rdi
	POP_CALLEE_SAVED
	ret

	.section .note.GNU-stack, "", @progbits
	.text
	.global l4_set_idle
l4_set_idle:
	mov qword ptr [rip + l4_current], 0
	ret
	.section .note.GNU-stack, "", @progbits
