# The IPC fast path: a client's sendrec to a server waiting in receive, and the server's
# replyreceive (the reply to a client waiting in its sendrec, then a receive from any),
# each with a direct switch to the partner. Written to be counted instruction by
# instruction (`./testbed disasm minix-style minix_ipc_fastpath`; the count is in the
# README). The HAL's syscall entry calls it as the System V handler; anything it does not
# handle jumps, before its first store, to the C# slow path (Ipc/SystemCallEntry.cs) with
# the arguments untouched. It keeps the MINIX semantics of the slow path (Herder et al.,
# EDCC 2006, section 3): the caller's primitive mask and send mask, the endpoint of a live
# process, rendezvous only (the partner already waits for the caller or for any), the
# 64-byte message copied by the kernel from memory to memory with the sender stamped in.
# The structure is seL4's fastpath.c, as l4-style's: check every precondition, then commit.
#
# Preconditions beyond the slow path's own checks, each a decline to it:
#   - both messages lie on the page the kernel last resolved for their owner, known to be
#     present, user and writable (Ipc/UserMessage.cs keeps WritableMessagePage);
#   - for replyreceive, no sender is queued on the caller and no notification is pending
#     for it (its receive would take one; Rendezvous.Receive). The partner's pending
#     notifications do not matter: a message to a waiting receiver is delivered whatever
#     waits (Rendezvous.Send), and one it waits for would have been delivered on arrival;
#   - the scheduler would pick the partner next (Scheduler.cs: the caller heads its queue,
#     no ready process at the partner's priority or above once the caller blocks, and a
#     quantum left), so the direct switch is what BlockCurrent would do. No timer work is
#     deferred in this kernel: ticks and alarms run in the interrupt, never here.
# The switch is the HAL's tb_context_switch, with the bookkeeping Thread.SwitchTo does, so
# a process blocked here may be resumed by the C# scheduler and vice versa.
#
#   long minix_ipc_fastpath(ulong primitive, ulong endpoint, ulong message)
#
# Counted (instructions executed; [sendrec/replyreceive] in the benchmark's case: the
# server waits for any, the client for the server, each the only one in its run queue):
#   primitive 2/4, caller 6, partner 17, it waits 5/7, receive half 2/6, messages 10,
#   scheduler 12: 54/62 checks; commit: copy 14, IPC state 8, run queues 12, switch 20:
#   54; then tb_context_switch 21, and 4 once the caller runs again. 112/120 here, 133/141
#   with the switch, from tb_syscall_entry's call to its return.
	.intel_syntax noprefix
	.include "asm_macros.inc"

	# Proc (Tasks/Proc.cs): offsets checked at boot against the build (Ipc/FastPath.cs). The
	# stride is data (minix_proc_stride), so fields appended to Proc move nothing here.
	.set P_INUSE, 0
	.set P_ENDPOINT, 4
	.set P_PRIORITY, 8
	.set P_NEXTREADY, 12
	.set P_RECEIVING, 17
	.set P_REPLYPENDING, 18
	.set P_RECEIVEFROM, 24
	.set P_MESSAGE, 32
	.set P_FIRSTSENDER, 40
	.set P_NOTIFYPENDING, 48
	.set P_QUANTUMLEFT, 88
	.set P_RESULT, 96
	.set P_EXITED, 104
	.set P_THREAD, 112
	.set P_KERNELSTACK, 120
	.set P_SPACE, 128
	.set P_SPACEROOT, 136
	.set P_MSGPAGE, 144
	.set P_MSGOFFSET, 152
	.set P_PRIMITIVES, 160          # Privileges, last (Tasks/Proc.cs): Primitives, then SendTo
	.set P_SENDMASK, 168
	.set T_SAVEDRSP, 32             # Testbed.Hal.Thread
	.set T_STATE, 60
	.set M_SOURCE, 0                # Abi/Message.cs
	.set OP_SENDREC, 3              # Abi/IpcCall.cs
	.set OP_REPLYRECEIVE, 7
	.set ANY, 0x7ACE
	.set NO_SLOT, -1
	.set SLOT_MASK, 31              # a live endpoint e >= 0 is slot e & 31 (ProcessTable, Endpoint.Slots)
	.set THREAD_RUNNING, 1
	.set THREAD_BLOCKED, 2

	.text
	.global minix_ipc_fastpath
minix_ipc_fastpath:
	cmp rdi, OP_SENDREC
	je 1f
	cmp rdi, OP_REPLYRECEIVE
	jne .Lslow
1:	movsxd r9, dword ptr [rip + minix_current]      # r9 = the caller's slot
	mov r10, r9
	imul r10, [rip + minix_proc_stride]
	add r10, [rip + minix_procs]                    # r10 = the caller
	bt dword ptr [r10 + P_PRIMITIVES], edi          # its primitive mask (MINIX: the trap mask)
	jnc .Lslow
	test esi, esi                                   # kernel tasks, CLOCK, HARDWARE: slow
	js .Lslow
	mov r11d, esi
	and r11d, SLOT_MASK                             # r11 = the partner's slot
	bt qword ptr [r10 + P_SENDMASK], r11            # the send mask before liveness
	jnc .Lslow
	cmp r11, r9
	je .Lslow                                       # to itself: the slow path refuses it
	mov rax, r11
	imul rax, [rip + minix_proc_stride]
	add rax, [rip + minix_procs]                    # rax = the partner
	cmp [rax + P_ENDPOINT], esi                     # this endpoint names this incarnation ...
	jne .Lslow
	cmp byte ptr [rax + P_INUSE], 0                 # ... of a live process
	je .Lslow
	cmp byte ptr [rax + P_EXITED], 0
	jne .Lslow
	cmp byte ptr [rax + P_RECEIVING], 0             # which waits, for any or for the caller
	je .Lslow
	mov ecx, [rax + P_RECEIVEFROM]
	cmp ecx, ANY
	je 2f
	cmp ecx, [r10 + P_ENDPOINT]
	jne .Lslow
2:	cmp edi, OP_SENDREC
	je 3f
	cmp dword ptr [r10 + P_FIRSTSENDER], NO_SLOT    # replyreceive: nothing for its receive to take
	jne .Lslow
	cmp qword ptr [r10 + P_NOTIFYPENDING], 0
	jne .Lslow
3:	test dl, 63                                     # the caller's message: aligned, on its cached page
	jnz .Lslow
	mov rcx, rdx
	and rcx, -4096
	cmp rcx, [r10 + P_MSGPAGE]
	jne .Lslow
	mov r8, [rax + P_MESSAGE]                       # the partner's, recorded when it began to wait
	and r8, -4096
	cmp r8, [rax + P_MSGPAGE]
	jne .Lslow
	mov ecx, [r10 + P_PRIORITY]                     # the scheduler would run the partner next:
	cmp [minix_run_head + rcx * 4], r9d             # the caller heads its queue (it runs) ...
	jne .Lslow
	mov r9d, [rip + minix_nonempty]
	cmp dword ptr [r10 + P_NEXTREADY], NO_SLOT
	jne 4f
	btr r9d, ecx                                    # ... which it empties as it blocks;
4:	mov ecx, [rax + P_PRIORITY]
	bsf r8d, r9d                                    # no queue left at the partner's priority
	jz 5f                                           # or above, so it heads the best one
	cmp r8d, ecx
	jbe .Lslow
5:	cmp dword ptr [rax + P_QUANTUMLEFT], 0
	jle .Lslow

# --- commit: the message, both processes' IPC state, the run queues, the switch ---
	mov [r10 + P_MESSAGE], rdx                      # where the caller's receive half writes
	add rdx, [r10 + P_MSGOFFSET]                    # both messages through the identity map
	mov r8, [rax + P_MESSAGE]
	add r8, [rax + P_MSGOFFSET]
	movaps xmm0, [rdx]
	movaps xmm1, [rdx + 16]
	movaps xmm2, [rdx + 32]
	movaps xmm3, [rdx + 48]
	movaps [r8], xmm0
	movaps [r8 + 16], xmm1
	movaps [r8 + 32], xmm2
	movaps [r8 + 48], xmm3
	mov edx, [r10 + P_ENDPOINT]
	mov [r8 + M_SOURCE], edx                        # the sender, stamped by the kernel
	mov byte ptr [rax + P_RECEIVING], 0             # the partner has it and returns Ok
	mov qword ptr [rax + P_RESULT], 0
	mov byte ptr [r10 + P_RECEIVING], 1             # the caller waits: a sendrec for the
	cmp edi, OP_SENDREC                             # partner's reply, its notifications
	sete byte ptr [r10 + P_REPLYPENDING]            # waiting too; a replyreceive for any
	mov edi, ANY
	cmove edi, esi
	mov [r10 + P_RECEIVEFROM], edi
	bts r9d, ecx                                    # run queues: as Dequeue(caller), Enqueue(partner)
	mov [rip + minix_nonempty], r9d
	mov edx, [r10 + P_NEXTREADY]
	mov edi, [r10 + P_PRIORITY]
	mov [minix_run_head + rdi * 4], edx
	cmp edx, NO_SLOT
	jne 6f
	mov [minix_run_tail + rdi * 4], edx
6:	mov [minix_run_head + rcx * 4], r11d
	mov [minix_run_tail + rcx * 4], r11d
	mov dword ptr [rax + P_NEXTREADY], NO_SLOT
	mov [rip + minix_current], r11d
	mov rcx, [rax + P_KERNELSTACK]                  # Thread.SwitchTo's bookkeeping: stacks,
	mov rdx, [rip + minix_tss_rsp0]
	mov [rdx], rcx
	mov [rip + tb_syscall_kernel_rsp], rcx
	mov rcx, [rax + P_SPACEROOT]                    # the address space,
	mov cr3, rcx
	mov rcx, [rip + minix_hal_space]
	mov rdx, [rax + P_SPACE]
	mov [rcx], rdx
	mov rdi, [r10 + P_THREAD]                       # the threads
	mov dword ptr [rdi + T_STATE], THREAD_BLOCKED
	mov rsi, [rax + P_THREAD]
	mov dword ptr [rsi + T_STATE], THREAD_RUNNING
	mov rcx, [rip + minix_hal_thread]
	mov [rcx], rsi
	inc qword ptr [rip + minix_fastpath_hits]
	add rdi, T_SAVEDRSP
	mov rsi, [rsi + T_SAVEDRSP]
	push r10
	call tb_context_switch                          # back here when someone wakes the caller
	pop r10
	mov byte ptr [r10 + P_REPLYPENDING], 0          # as Rendezvous.Send after BlockCurrent
	mov rax, [r10 + P_RESULT]
	ret
.Lslow:
	jmp minix_ipc_slowpath
	.global minix_ipc_fastpath_end
minix_ipc_fastpath_end:

	ADDRESS_OF minix_ipc_fastpath_address, minix_ipc_fastpath
	ADDRESS_OF minix_fastpath_data_address, minix_fastpath_data
	ADDRESS_OF minix_run_queues_address, minix_run_queues
	ADDRESS_OF minix_fastpath_layout_address, minix_fastpath_layout

	.section .rodata
	.align 8
minix_fastpath_layout:                          # FastPath.Layout, in its order
	.quad P_INUSE, P_ENDPOINT, P_PRIORITY, P_NEXTREADY, P_PRIMITIVES, P_SENDMASK
	.quad P_RECEIVING, P_REPLYPENDING, P_RECEIVEFROM, P_MESSAGE, P_FIRSTSENDER, P_NOTIFYPENDING
	.quad P_QUANTUMLEFT, P_RESULT, P_EXITED, P_THREAD, P_KERNELSTACK, P_SPACE, P_SPACEROOT
	.quad P_MSGPAGE, P_MSGOFFSET, T_SAVEDRSP, T_STATE, M_SOURCE
	.quad OP_SENDREC, OP_REPLYRECEIVE, ANY, NO_SLOT, SLOT_MASK, THREAD_RUNNING, THREAD_BLOCKED
	.quad minix_run_head - minix_run_queues, minix_run_tail - minix_run_queues

	.data
	.align 8
minix_fastpath_data:                            # FastPath.Data, in its order
minix_procs:		.quad 0                 # &ProcessTable.Procs[0]
minix_proc_stride:	.quad 0                 # &Procs[1] - &Procs[0]
minix_hal_thread:	.quad 0                 # where Thread.Current is kept
minix_hal_space:	.quad 0                 # where AddressSpace.Current is kept
minix_tss_rsp0:		.quad 0                 # the TSS's RSP0
minix_fastpath_hits:	.quad 0
	.align 8
minix_run_queues:                               # Scheduler.RunQueues (Scheduler/Scheduler.cs)
minix_current:		.long NO_SLOT
minix_nonempty:		.long 0
minix_run_head:		.fill 16, 4, NO_SLOT
minix_run_tail:		.fill 16, 4, NO_SLOT

	.section .note.GNU-stack, "", @progbits
