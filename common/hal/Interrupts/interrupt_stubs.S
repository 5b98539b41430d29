# Interrupt and exception entry. Every vector has a stub that pushes an error code (the
# CPU's, or 0) and the vector number, then joins the common path, which saves the
# general registers and the full FPU/SSE state (fxsave: the interrupted code's vector
# registers are live, and compiled C# uses them everywhere) and calls
#     InterruptFrame* tb_interrupt_dispatch(InterruptFrame* frame)
# The frame the dispatcher returns is the one resumed (normally the same one).
# Frame layout, from the saved stack pointer up: fxsave area (512), r15 ... rax (15
# words), vector, error code, rip, cs, rflags, rsp, ss. See InterruptFrame.cs.
# If a kernel set tb_interrupt_cr3 (a kernel with protection domains, where the
# interrupted code may run with kernel memory read-only), handlers run in those page
# tables and the interrupted ones are restored on the way out; rbx holds them across the
# call (callee-saved; the interrupted rbx is in the frame). Otherwise: five instructions.
	.intel_syntax noprefix
	.include "asm_macros.inc"
	.text

	.macro STUB_NOERR vector
	.align 16
	push 0
	push \vector
	jmp interrupt_common
	.endm

	.macro STUB_ERR vector
	.align 16
	push \vector
	jmp interrupt_common
	.endm

	.align 16
	.global tb_interrupt_stubs
tb_interrupt_stubs:
	# Exceptions that push an error code: 8, 10-14, 17, 21, 29, 30.
	.set v, 0
	.rept 256
	.if (v == 8) || (v >= 10 && v <= 14) || (v == 17) || (v == 21) || (v == 29) || (v == 30)
	STUB_ERR v
	.else
	STUB_NOERR v
	.endif
	.set v, v + 1
	.endr

# SAVE pushes a register and records how many were pushed before it, so that the frame's
# offsets below follow from the push order itself (one definition, exported for
# InterruptFrameLayout.cs to compare with InterruptFrame at boot).
	.set saved, 0
	.macro SAVE reg
	push \reg
	.set saved_\reg, saved
	.set saved, saved + 1
	.endm

interrupt_common:
	SAVE rax
	SAVE rbx
	SAVE rcx
	SAVE rdx
	SAVE rsi
	SAVE rdi
	SAVE rbp
	SAVE r8
	SAVE r9
	SAVE r10
	SAVE r11
	SAVE r12
	SAVE r13
	SAVE r14
	SAVE r15
	mov rbp, rsp
	sub rsp, 512
	and rsp, -16
	fxsave [rsp]
	push rbp                    # where the registers are; frame pointer argument below
	sub rsp, 8
	mov rdi, rbp
	cld
	xor ebx, ebx
	mov rax, [rip + tb_interrupt_cr3]
	test rax, rax
	jz 1f
	mov rbx, cr3
	mov cr3, rax
1:	call tb_interrupt_dispatch
	test rbx, rbx
	jz 2f
	mov cr3, rbx
2:	add rsp, 8
	pop rbp
	mov rbp, rax                # the frame to resume
	lea rsp, [rbp - 512]
	and rsp, -16
	fxrstor [rsp]
	mov rsp, rbp
	.global tb_interrupt_return
tb_interrupt_return:
	pop r15
	pop r14
	pop r13
	pop r12
	pop r11
	pop r10
	pop r9
	pop r8
	pop rbp
	pop rdi
	pop rsi
	pop rdx
	pop rcx
	pop rbx
	pop rax
	add rsp, 16                 # vector and error code
	iretq

# The frame's offsets from its base (rbp above; the InterruptFrame* the dispatcher gets):
# the last register pushed is at 0; above the registers the stub's vector and error code,
# then what the CPU pushed on entry in 64-bit mode (Intel SDM vol. 3A, 6.14.2).
	.irp reg, rax, rbx, rcx, rdx, rsi, rdi, rbp, r8, r9, r10, r11, r12, r13, r14, r15
	.set F_\reg, (saved - 1 - saved_\reg) * 8
	.endr
	.set F_VECTOR, saved * 8
	.set F_ERROR, F_VECTOR + 8
	.set F_RIP, F_ERROR + 8
	.set F_CS, F_RIP + 8
	.set F_RFLAGS, F_CS + 8
	.set F_RSP, F_RFLAGS + 8
	.set F_SS, F_RSP + 8

	.global tb_set_interrupt_cr3
tb_set_interrupt_cr3:
	mov [rip + tb_interrupt_cr3], rdi
	ret

	.data
	.align 8
tb_interrupt_cr3: .quad 0

	.section .note.GNU-stack, "", @progbits
	.text
	ADDRESS_OF tb_interrupt_stubs_address, tb_interrupt_stubs

# InterruptFrameLayout.Values (Interrupts/InterruptFrameLayout.cs), in its order.
	ADDRESS_OF tb_interrupt_frame_layout, interrupt_frame_layout
	.section .rodata
	.align 8
interrupt_frame_layout:
	.quad F_r15, F_r14, F_r13, F_r12, F_r11, F_r10, F_r9, F_r8
	.quad F_rbp, F_rdi, F_rsi, F_rdx, F_rcx, F_rbx, F_rax
	.quad F_VECTOR, F_ERROR, F_RIP, F_CS, F_RFLAGS, F_RSP, F_SS
