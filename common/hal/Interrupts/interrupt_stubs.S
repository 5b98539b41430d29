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

interrupt_common:
	push rax
	push rbx
	push rcx
	push rdx
	push rsi
	push rdi
	push rbp
	push r8
	push r9
	push r10
	push r11
	push r12
	push r13
	push r14
	push r15
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

	.global tb_set_interrupt_cr3
tb_set_interrupt_cr3:
	mov [rip + tb_interrupt_cr3], rdi
	ret

	.data
	.align 8
tb_interrupt_cr3: .quad 0

	.section .note.GNU-stack, "", @progbits
	.text
	.global tb_interrupt_stubs_address
tb_interrupt_stubs_address: lea rax, [rip + tb_interrupt_stubs]
	ret
