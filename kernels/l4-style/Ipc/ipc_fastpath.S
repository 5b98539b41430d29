# The IPC fast path: call and reply-and-wait with a short message in registers, when the
# partner is already waiting. Written to be counted instruction by instruction
# (`./testbed disasm l4-style l4_ipc_fastpath`); anything unusual jumps to the slow path
# before the first state change, with rbx = current TCB and the user's registers intact.
# After Liedtke, "Improving IPC by kernel design" (SOSP 1993): the message stays in the
# registers it came in (section 5.2, "short messages via registers"), the receiver runs
# next without the scheduler ("direct process switch", 5.3), and the call and the wait
# for its reply are one kernel entry. The structure follows seL4's fastpath.c: check every
# precondition, then commit.
#
# Assembly, not C#: the message registers must survive from sender to receiver, and
# compiled C# follows the System V convention, which would spill and clobber them.
#
# In (see Abi/Abi.cs): rax = descriptor, rdi rsi rdx r8 r9 r10 = MR0..MR5,
# rbp = receive window, r14/r15 = receive buffer, rcx = user rip, r11 = user rflags.
	.intel_syntax noprefix
	.include "Ipc/layout.inc"
	.text
	.global l4_ipc_fastpath
l4_ipc_fastpath:
	mov rbx, [rip + l4_current]             # A: the caller (rbx is not an input register)
	mov [rbx + T_RSP], rsp
	mov [rbx + T_RIP], rcx
	mov [rbx + T_RFLAGS], r11
	mov qword ptr [rbx + T_USERTICKS], 0    # a sign of life, for the driver manager's heartbeat
	test eax, SLOW_FLAGS                    # items, timeouts: slow path
	jnz l4_syscall_slow
	cmp al, OP_CALL
	jne .Lreply_wait

# --- call: B = Caps[dest], B waits for anyone or for A ---
	movzx ecx, ah                           # destination slot (Task.Caps has 256 entries)
	mov r11, [rbx + T_TASK]
	mov rcx, [r11 + rcx * 8]
	test rcx, rcx
	jz l4_syscall_slow                      # no right: the slow path refuses it
	cmp dword ptr [rcx + T_STATE], S_RECEIVING
	jne l4_syscall_slow
	cmp qword ptr [rcx + T_WAKETICK], 0          # B's receive has a timeout to cancel: slow
	jne l4_syscall_slow
	mov r11, [rcx + T_WAITFOR]
	test r11, r11
	jz 1f
	cmp r11, rbx
	jne l4_syscall_slow
1:	mov dword ptr [rbx + T_STATE], S_RECEIVING   # commit: A waits for B's reply ...
	mov [rbx + T_WAITFOR], rcx
	mov [rcx + T_REPLYTO], rbx                   # ... and B owes A one
	jmp .Lswitch

# --- reply-and-wait: B = the caller we owe a reply, waiting for it from us ---
.Lreply_wait:
	cmp al, OP_REPLYWAIT
	jne .Lnull
	mov rcx, [rbx + T_REPLYTO]
	test rcx, rcx
	jz l4_syscall_slow
	cmp dword ptr [rcx + T_STATE], S_RECEIVING
	jne l4_syscall_slow
	cmp [rcx + T_WAITFOR], rbx
	jne l4_syscall_slow
	cmp qword ptr [rcx + T_RESUMEFULL], 0        # B stopped on a fault: the slow path maps and irets
	jne l4_syscall_slow
	cmp qword ptr [rcx + T_WAKETICK], 0          # B's call has a reply timeout to cancel: slow
	jne l4_syscall_slow
	cmp qword ptr [rbx + T_SENDQUEUE], 0         # someone is already queued for us: receive it (slow)
	jne l4_syscall_slow
	mov qword ptr [rbx + T_REPLYTO], 0           # commit: the reply right is used up ...
	mov dword ptr [rbx + T_STATE], S_RECEIVING   # ... and A waits for anyone
	mov qword ptr [rbx + T_WAITFOR], 0

# --- switch from A (rbx) to B (rcx); the message is still in MR0..MR5 ---
.Lswitch:
	mov [rbx + R_RBP], rbp                       # A's receive window and buffer, for a
	mov [rbx + R_R14], r14                       # slow-path sender that reaches it later
	mov [rbx + R_R15], r15
	mov dword ptr [rcx + T_STATE], S_RUNNING
	fxsave [rbx + T_FX]
	fxrstor [rcx + T_FX]
	mov [rip + l4_current], rcx
	inc qword ptr [rip + l4_fastpath_hits]
	mov r11, [rcx + T_CR3]
	cmp r11, [rbx + T_CR3]
	je 2f
	mov cr3, r11                                 # another address space ...
	mov r11, [rcx + T_TASK]                      # ... and its I/O rights (Drivers/IoPorts.cs)
	movzx eax, word ptr [r11 + K_IOMAP]
	mov r11, [rip + l4_tss_iomap]
	mov [r11], ax
2:	mov rbx, [rbx + T_BADGE]                     # B learns who sent
	xor eax, eax                                 # status ok, kind message
	xor ebp, ebp                                 # A's other registers must not leak to B
	xor r12d, r12d
	xor r13d, r13d
	xor r14d, r14d
	xor r15d, r15d
	mov rsp, [rcx + T_RSP]
	mov r11, [rcx + T_RFLAGS]
	mov rcx, [rcx + T_RIP]
	sysretq

# --- the null system call: in and out, the floor of this entry (rcx, r11 still intact) ---
.Lnull:
	cmp eax, OP_NULL
	jne l4_syscall_slow
	xor ebx, ebx                                 # no kernel pointer leaves
	xor eax, eax
	sysretq
	.global l4_ipc_fastpath_end
l4_ipc_fastpath_end:

	.section .note.GNU-stack, "", @progbits
