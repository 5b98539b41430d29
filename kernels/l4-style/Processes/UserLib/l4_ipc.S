# The user side of the l4-style system call (the contract: Abi/Abi.cs).
#   ulong l4_ipc(Message* m)
# Loads the descriptor, the six message registers and the item registers from *m, enters
# the kernel, and stores the received message registers and the sender's badge back.
# Returns rax (status | kind << 8 | string length << 32). The kernel keeps only rsp, so
# the callee-saved registers are saved here.
	.intel_syntax noprefix
	.include "asm_macros.inc"
	.text
	.global l4_ipc
l4_ipc:
	push rbx
	push rbp
	push r12
	push r13
	push r14
	push r15
	push rdi
	mov rax, [rdi]
	mov r12, [rdi + 64]
	mov r13, [rdi + 72]
	mov r14, [rdi + 80]
	mov r15, [rdi + 88]
	mov rbp, [rdi + 96]
	mov rsi, [rdi + 16]
	mov rdx, [rdi + 24]
	mov r8, [rdi + 32]
	mov r9, [rdi + 40]
	mov r10, [rdi + 48]
	mov rdi, [rdi + 8]
	syscall
	mov rcx, [rsp]
	mov [rcx + 8], rdi
	mov [rcx + 16], rsi
	mov [rcx + 24], rdx
	mov [rcx + 32], r8
	mov [rcx + 40], r9
	mov [rcx + 48], r10
	mov [rcx + 56], rbx
	pop rdi
	pop r15
	pop r14
	pop r13
	pop r12
	pop rbp
	pop rbx
	ret

# The null system call with the least user code around it (the floor of this entry):
#   ulong l4_null_syscall()
	.global l4_null_syscall
l4_null_syscall:
	push rbx                    # the kernel clears rbx
	mov eax, 16                 # Op.Null
	syscall
	pop rbx
	ret

# First run of a thread made by Threads.Create: [rsp] = function, [rsp + 8] = argument.
# The function returns its exit code; the thread then exits through the kernel.
	.global l4_thread_start
l4_thread_start:
	pop rax
	pop rdi
	call rax
	mov rdi, rax
	call l4_thread_exit
1:	jmp 1b

	ADDRESS_OF l4_thread_start_address, l4_thread_start

	.section .note.GNU-stack, "", @progbits
