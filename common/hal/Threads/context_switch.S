# Thread switch, in the style of xv6's swtch: save the callee-saved registers and the
# FPU/SSE state on the current kernel stack, store that stack pointer, load the next
# thread's and restore the same. Everything else the outgoing thread had live is either
# caller-saved (so its own code already assumed it lost) or saved in its interrupt frame.
# Stack after the save, from rsp up: fxsave area (512), r15, r14, r13, r12, rbx, rbp,
# rflags, return address. Thread.cs builds the same picture for a thread's first run.
#   void tb_context_switch(ulong* save_rsp, ulong next_rsp)
	.intel_syntax noprefix
	.include "asm_macros.inc"

# The saved picture, from the saved stack pointer up (exported below for
# Threads/SwitchFrameLayout.cs, which compares it with what Thread.cs builds).
	.set SW_FX, 0                   # fxsave area: fxsave/fxrstor need it 16-byte aligned (Intel SDM vol. 1, 10.5)
	.set SW_FX_SIZE, 512
	.set SW_REGS, SW_FX + SW_FX_SIZE # r15, r14, r13, r12, rbx, rbp
	.set SW_REG_COUNT, 6
	.set SW_RFLAGS, SW_REGS + SW_REG_COUNT * 8
	.set SW_RETURN, SW_RFLAGS + 8
	.set KT_ARGUMENT, 0             # a new kernel thread's words above the return address
	.set KT_ENTRY, 8
	.set KT_EXIT_HOOK, 16

	.text
	.global tb_context_switch
tb_context_switch:
	pushfq                      # IF is per thread: a thread switched out in an interrupt handler runs on with interrupts off
	PUSH_CALLEE_SAVED
	sub rsp, SW_FX_SIZE         # fxsave area; rsp is 16-byte aligned here (7 pushes after the call)
	fxsave [rsp + SW_FX]
	mov [rdi], rsp
	mov rsp, rsi
	fxrstor [rsp + SW_FX]
	add rsp, SW_FX_SIZE
	POP_CALLEE_SAVED
	popfq
	ret

# First run of a kernel thread: its prepared stack holds the argument and the entry.
#   [rsp] = argument, [rsp+8] = entry, [rsp+16] = exit hook
	.global tb_kernel_thread_start
tb_kernel_thread_start:
	pop rdi                     # KT_ARGUMENT
	pop rax                     # KT_ENTRY
	call rax
	call [rsp]                  # KT_EXIT_HOOK, which never returns
1:	hlt
	jmp 1b

# First run of a user thread: its prepared stack holds a full interrupt frame.
	.global tb_user_thread_start
tb_user_thread_start:
	jmp tb_interrupt_return

	.section .note.GNU-stack, "", @progbits
	.text
	ADDRESS_OF tb_kernel_thread_start_address, tb_kernel_thread_start
	ADDRESS_OF tb_user_thread_start_address, tb_user_thread_start
	ADDRESS_OF tb_switch_frame_layout, switch_frame_layout
	.section .rodata
	.align 8
switch_frame_layout:                # SwitchFrameLayout.Values, in its order
	.quad SW_FX, SW_FX_SIZE, SW_REGS, SW_REG_COUNT, SW_RFLAGS, SW_RETURN, KT_ARGUMENT, KT_ENTRY, KT_EXIT_HOOK
