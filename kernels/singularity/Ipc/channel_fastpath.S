# The channel fast paths, in assembly to be counted instruction by instruction like L4's
# IPC fast path; everything they do not handle goes to ChannelCalls in C#:
#   sing_channel_call     send and wait for the answer on the same end, in one ABI call
#                         (slot SendReceive): a client's request/reply, a service's
#                         reply-and-wait. Switches straight to the peer.
#   sing_channel_send     the asynchronous send (slot Send) to a peer blocked in receive:
#                         delivers, and leaves the peer in the hand-over slot (ready, not
#                         queued); the sender runs on.
#   sing_channel_receive  receive (slot Receive) with nothing queued while a hand-over is
#                         pending: blocks and switches to the handed-over thread.
# The C# scheduler moves a pending hand-over into its ready queue before it picks a
# thread, and the timer asks for a reschedule (sing_resched) when other threads are ready
# or interrupt wake-ups are due; then the fast paths decline, so two SIPs that keep
# answering each other cannot starve the rest for more than a tick.
#
# The common case it handles: the caller holds the end (its cell names the caller's
# SIP), the contract allows the message in the channel's state, an exchange block sent
# with it (if any) is the caller's, nothing is queued on the caller's end, and the peer
# is blocked in receive. Then it checks what the C# path checks, advances the contract,
# moves the block to the peer, writes the message into the peer's buffer, and switches
# straight to the peer's thread (no scheduler, no ready queue: the caller blocks, the
# peer runs). The switch itself is tb_context_switch (common/hal), so a thread blocked
# here may be resumed by the C# scheduler and vice versa.
#
#   long sing_channel_call(ulong handle, ulong tag, long a0, long a1, ulong block, Message* into)
#   rdi = handle, rsi = tag, rdx = a0, rcx = a1, r8 = block (index + 1, 0: none), r9 = into
#   returns the tag of the answer (into holds the message), or what the C# path returns.
	.intel_syntax noprefix
	.include "asm_macros.inc"

	# Layouts (Ipc/FastPathCells.cs, Abi/AbiSlot.cs Message, Testbed.Hal.Thread); FastPath.cs
	# compares each with the build at boot and halts on a mismatch.
	.equ ENDPOINTS, 256
	.equ MAX_TAGS, 32
	.equ E_SIZE_SHIFT, 6
	.equ E_OWNER, 0
	.equ E_PEER, 8
	.equ E_WBUF, 16
	.equ E_COUNT, 24
	.equ E_ROW, 32
	.equ E_STATE, 40
	.equ E_HANDLE, 44
	.equ E_INTO, 48
	.equ S_THREAD, 0
	.equ S_TICKS, 16
	.equ S_ID, 24
	.equ M_TAG, 0
	.equ M_A0, 8
	.equ M_A1, 16
	.equ M_A2, 24
	.equ M_BLOCK, 32
	.equ T_RSP, 32
	.equ T_STATE, 60
	.equ THREAD_RUNNING, 1
	.equ THREAD_BLOCKED, 2
	.equ BLOCK_SHIFT, 13            # exchange blocks of 8 KiB, the owner id in their first word

	# rax = the caller's end for handle rdi, r10 = the caller's SIP; else to \slow.
	.macro CALLERS_END slow
	cmp rdi, ENDPOINTS - 1
	ja \slow
	mov rax, rdi
	shl rax, E_SIZE_SHIFT
	add rax, [rip + sing_endpoint_cells]
	mov r10, [rip + sing_current_sip]
	cmp [rax + E_OWNER], r10                    # a handle it holds (free cells have no owner)
	jne \slow
	.endm

	# r10d = the channel's state after the caller sends tag rsi (r11 = the peer's end);
	# both cells advance. A message the contract does not allow goes to \slow, which
	# kills the caller.
	.macro NEXT_STATE slow
	cmp rsi, MAX_TAGS - 1
	ja \slow
	mov r10d, [rax + E_STATE]
	shl r10d, 5                                 # * MAX_TAGS
	add r10, [rax + E_ROW]
	movsx r10d, byte ptr [r10 + rsi]            # the state after this message, -1 if not allowed
	test r10d, r10d
	js \slow
	mov [rax + E_STATE], r10d                   # committed: the contract moves on (both cells)
	mov [r11 + E_STATE], r10d
	.endm

	# The caller (its end in rax, its buffer already recorded) blocks and the SIP in r11
	# runs. Back here when a message was delivered (returns its tag), or after a close
	# (the C# path finds out what happened).
	.macro WAIT_HERE
	push rax
	call sing_switch_to
	pop rdi                                     # the caller's end
	cmp qword ptr [rdi + E_WBUF], 0             # still set: woken without a message
	jne .Lresume_slow
	mov rax, [rdi + E_INTO]
	mov rax, [rax + M_TAG]
	ret
	.endm

	.text
	.global sing_channel_call
sing_channel_call:
	CALLERS_END .Lslow
	cmp qword ptr [rax + E_COUNT], 0            # something queued for the caller: plain receive
	jne .Lslow
	cmp qword ptr [rip + sing_resched], 0       # others are waiting for the CPU: the scheduler decides
	jne .Lslow
	mov r11, [rax + E_PEER]                     # r11 = the peer's end (a closed end never waits)
	cmp qword ptr [r11 + E_WBUF], 0             # the peer blocks in receive
	je .Lslow
	test r8, r8
	jnz .Lblock
.Lcontract:
	NEXT_STATE .Lslow
	test r8, r8
	jnz .Ltransfer
.Ldeliver:
	mov rdi, [r11 + E_WBUF]
	mov [rdi + M_TAG], rsi
	mov [rdi + M_A0], rdx
	mov [rdi + M_A1], rcx
	mov [rdi + M_BLOCK], r8
	mov qword ptr [r11 + E_WBUF], 0             # delivered
	mov [rax + E_WBUF], r9                      # the caller waits on its own end
	mov [rax + E_INTO], r9
	mov r11, [r11 + E_OWNER]                    # the peer's SIP runs next
	WAIT_HERE

# The block must be the caller's (its header's owner id); it becomes the peer's SIP's.
.Lblock:
	mov r10, [r10 + S_ID]
	lea rax, [r8 - 1]
	cmp rax, [rip + sing_exchange_blocks]
	jae .Lslow
	shl rax, BLOCK_SHIFT
	add rax, [rip + sing_exchange_base]
	cmp [rax], r10
	jne .Lslow
	mov rax, rdi                                # the caller's end again
	shl rax, E_SIZE_SHIFT
	add rax, [rip + sing_endpoint_cells]
	jmp .Lcontract
.Ltransfer:
	lea rdi, [r8 - 1]
	shl rdi, BLOCK_SHIFT
	add rdi, [rip + sing_exchange_base]
	mov r10, [r11 + E_OWNER]
	mov r10, [r10 + S_ID]
	mov [rdi], r10
	jmp .Ldeliver

.Lslow:
	jmp sing_channel_call_slow
.Lresume_slow:
	jmp sing_channel_resume_slow

#   long sing_channel_send(ulong handle, ulong tag, long a0, long a1, long a2, ulong block)
# Messages with an exchange block take the C# path (it moves the ownership).
	.global sing_channel_send
sing_channel_send:
	CALLERS_END .Lsend_slow
	test r9, r9
	jnz .Lsend_slow
	cmp qword ptr [rip + sing_handoff], 0       # one hand-over pending at most
	jne .Lsend_slow
	mov r11, [rax + E_PEER]
	cmp qword ptr [r11 + E_WBUF], 0             # the peer blocks in receive
	je .Lsend_slow
	NEXT_STATE .Lsend_slow
	mov rdi, [r11 + E_WBUF]
	mov [rdi + M_TAG], rsi
	mov [rdi + M_A0], rdx
	mov [rdi + M_A1], rcx
	mov [rdi + M_A2], r8
	mov qword ptr [rdi + M_BLOCK], 0
	mov qword ptr [r11 + E_WBUF], 0             # delivered
	mov r11, [r11 + E_OWNER]
	mov [rip + sing_handoff], r11               # ready: it runs when the sender blocks
	xor eax, eax
	ret
.Lsend_slow:
	jmp sing_channel_send_slow

#   long sing_channel_receive(ulong handle, Message* into)
	.global sing_channel_receive
sing_channel_receive:
	CALLERS_END .Lreceive_slow
	cmp qword ptr [rax + E_COUNT], 0            # something queued: the C# path dequeues it
	jne .Lreceive_slow
	mov r11, [rip + sing_handoff]
	test r11, r11                               # nobody handed over: the scheduler picks
	jz .Lreceive_slow
	cmp qword ptr [rip + sing_resched], 0
	jne .Lreceive_slow
	mov r10, [rax + E_PEER]
	cmp qword ptr [r10 + E_OWNER], 0            # the peer is gone: the C# path says channel-closed
	je .Lreceive_slow
	mov qword ptr [rip + sing_handoff], 0
	mov [rax + E_WBUF], rsi
	mov [rax + E_INTO], rsi
	WAIT_HERE
.Lreceive_slow:
	jmp sing_channel_receive_slow

# Blocks the running SIP's thread and runs another SIP's (r11 = its SipCell): the
# bookkeeping SwitchTo would do, then the HAL's own tb_context_switch, so the saved picture
# is the one the C# scheduler restores (and vice versa) by construction.
sing_switch_to:
	mov r10, [rip + sing_current_sip]
	mov rdi, [r10 + S_THREAD]                   # the caller's thread
	mov dword ptr [rdi + T_STATE], THREAD_BLOCKED
	add rdi, T_RSP                              # where its stack pointer is saved
	mov [rip + sing_current_sip], r11           # that SIP runs now
	mov qword ptr [r11 + S_TICKS], 0            # it blocked: the watchdog starts over
	mov r11, [r11 + S_THREAD]
	mov dword ptr [r11 + T_STATE], THREAD_RUNNING
	mov r10, [rip + sing_hal_current_slot]
	mov [r10], r11                              # Testbed.Hal.Thread.Current
	mov rsi, [r11 + T_RSP]
	jmp tb_context_switch                       # returns, as that thread, to where it blocked

	ADDRESS_OF sing_channel_call_address, sing_channel_call
	ADDRESS_OF sing_channel_send_address, sing_channel_send
	ADDRESS_OF sing_channel_receive_address, sing_channel_receive
	ADDRESS_OF sing_fastpath_globals, sing_endpoint_cells
	ADDRESS_OF sing_fastpath_layout, sing_layout

	.section .rodata
	.align 8
sing_layout:                                    # FastPath.Layout, in its order
	.quad 1 << E_SIZE_SHIFT, E_OWNER, E_PEER, E_WBUF, E_COUNT, E_ROW, E_STATE, E_HANDLE, E_INTO
	.quad S_THREAD, S_TICKS, S_ID
	.quad M_TAG, M_A0, M_A1, M_A2, M_BLOCK
	.quad T_RSP, T_STATE, MAX_TAGS, ENDPOINTS

	.data
	.align 8                                    # FastPath.Globals, in its order
sing_endpoint_cells: .quad 0
sing_current_sip: .quad 0
sing_hal_current_slot: .quad 0
sing_exchange_base: .quad 0
sing_exchange_blocks: .quad 0
sing_handoff: .quad 0                           # a SipCell whose thread is ready but not queued
sing_resched: .quad 0                           # nonzero: the fast paths leave switching to the scheduler

	.section .note.GNU-stack, "", @progbits
