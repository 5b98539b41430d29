# Thread switch, in the style of xv6's swtch: save the callee-saved registers and the
# FPU/SSE state on the current kernel stack, store that stack pointer, load the next
# thread's and restore the same. Everything else the outgoing thread had live is either
# caller-saved (so its own code already assumed it lost) or saved in its interrupt frame.
# Stack after the save, from rsp up: fxsave area (512), r15, r14, r13, r12, rbx, rbp,
# rflags, return address. Thread.cs builds the same picture for a thread's first run.
#   void tb_context_switch(ulong* save_rsp, ulong next_rsp)
	.intel_syntax noprefix
	.text
	.global tb_context_switch
tb_context_switch:
	pushfq                      # IF is per thread: a thread switched out in an interrupt handler runs on with interrupts off
	push rbp
	push rbx
	push r12
	push r13
	push r14
	push r15
	sub rsp, 512                # fxsave area; rsp is 16-byte aligned here (7 pushes after the call)
	fxsave [rsp]
	mov [rdi], rsp
	mov rsp, rsi
	fxrstor [rsp]
	add rsp, 512
	pop r15
	pop r14
	pop r13
	pop r12
	pop rbx
	pop rbp
	popfq
	ret

# First run of a kernel thread: its prepared stack holds the argument and the entry.
#   [rsp] = argument, [rsp+8] = entry, [rsp+16] = exit hook
	.global tb_kernel_thread_start
tb_kernel_thread_start:
	pop rdi
	pop rax
	call rax
	call [rsp]                  # the exit hook never returns
1:	hlt
	jmp 1b

# First run of a user thread: its prepared stack holds a full interrupt frame.
	.global tb_user_thread_start
tb_user_thread_start:
	jmp tb_interrupt_return

	.section .note.GNU-stack, "", @progbits
	.text
	.global tb_kernel_thread_start_address, tb_user_thread_start_address
tb_kernel_thread_start_address: lea rax, [rip + tb_kernel_thread_start]
	ret
tb_user_thread_start_address: lea rax, [rip + tb_user_thread_start]
	ret
