# Crossing into a driver's protection domain and back (Nooks' XPC, SOSP 2003, 4.1), in the
# fewest instructions: save the kernel's callee-saved registers and stack, load the
# driver's page tables and stack, call; on the way back restore both. A fault or a hang
# in the driver never returns here: the isolation manager abandons the call instead,
# which restores the same saved state and makes the call return 1.
#   XpcFrame (Xpc.cs): X_KERNEL_RSP, X_KERNEL_CR3, X_DOMAIN_CR3, X_DOMAIN_STACK below,
#   exported as nooks_xpc_layout and compared with the C# struct at boot (Xpc.CheckLayout)
#   ulong nooks_xpc_call(XpcFrame* frame, void* function, ulong a0, ulong a1)  -> 0
#   void  nooks_xpc_abandon(XpcFrame* frame)                                   -> call returns 1
	.intel_syntax noprefix
	.include "asm_macros.inc"
	.set X_KERNEL_RSP, 0
	.set X_KERNEL_CR3, 8
	.set X_DOMAIN_CR3, 16
	.set X_DOMAIN_STACK, 24
	.text
	.global nooks_xpc_call, nooks_xpc_abandon
nooks_xpc_call:
	PUSH_CALLEE_SAVED
	mov [rdi + X_KERNEL_RSP], rsp
	mov r12, rdi
	mov rax, cr3
	mov [rdi + X_KERNEL_CR3], rax
	mov rax, rsi
	mov rdi, rdx
	mov rsi, rcx
	mov rsp, [r12 + X_DOMAIN_STACK]
	mov rcx, [r12 + X_DOMAIN_CR3]
	mov cr3, rcx
	sti                         # the watchdog's tick must be able to reach a driver that never returns
	call rax
	cli
	mov rcx, [r12 + X_KERNEL_CR3]
	mov cr3, rcx
	mov rsp, [r12 + X_KERNEL_RSP]
	xor eax, eax
1:	POP_CALLEE_SAVED
	ret

nooks_xpc_abandon:
	cli
	mov rcx, [rdi + X_KERNEL_CR3]
	mov cr3, rcx
	mov rsp, [rdi + X_KERNEL_RSP]
	mov eax, 1
	jmp 1b

	.section .note.GNU-stack, "", @progbits
	.text
	ADDRESS_OF nooks_xpc_layout, xpc_layout
	.section .rodata
	.align 8
xpc_layout:                         # Xpc.Layout, in its order
	.quad X_KERNEL_RSP, X_KERNEL_CR3, X_DOMAIN_CR3, X_DOMAIN_STACK
