# Crossing into a driver's protection domain and back (Nooks' XPC, SOSP 2003, 4.1), in the
# fewest instructions: save the kernel's callee-saved registers and stack, load the
# driver's page tables and stack, call; on the way back restore both. A fault or a hang
# in the driver never returns here: the isolation manager abandons the call instead,
# which restores the same saved state and makes the call return 1.
#   XpcFrame: [0] kernel rsp  [8] kernel cr3  [16] domain cr3  [24] domain stack top
#   ulong nooks_xpc_call(XpcFrame* frame, void* function, ulong a0, ulong a1)  -> 0
#   void  nooks_xpc_abandon(XpcFrame* frame)                                   -> call returns 1
	.intel_syntax noprefix
	.text
	.global nooks_xpc_call, nooks_xpc_abandon
nooks_xpc_call:
	push rbp
	push rbx
	push r12
	push r13
	push r14
	push r15
	mov [rdi], rsp
	mov r12, rdi
	mov rax, cr3
	mov [rdi + 8], rax
	mov rax, rsi
	mov rdi, rdx
	mov rsi, rcx
	mov rsp, [r12 + 24]
	mov rcx, [r12 + 16]
	mov cr3, rcx
	sti                         # the watchdog's tick must be able to reach a driver that never returns
	call rax
	cli
	mov rcx, [r12 + 8]
	mov cr3, rcx
	mov rsp, [r12]
	xor eax, eax
1:	pop r15
	pop r14
	pop r13
	pop r12
	pop rbx
	pop rbp
	ret

nooks_xpc_abandon:
	cli
	mov rcx, [rdi + 8]
	mov cr3, rcx
	mov rsp, [rdi]
	mov eax, 1
	jmp 1b

	.section .note.GNU-stack, "", @progbits
