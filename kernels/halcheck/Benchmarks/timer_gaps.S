# Reads the time stamp counter in a tight loop and records every gap larger than the
# loop itself: each such gap is one timer interrupt (entry, handler, exit).
#   ulong halcheck_timer_gaps(ulong* gaps, ulong count, ulong* loop_cost) -> gaps recorded
# loop_cost receives the smallest gap seen (the loop's own cost), to be subtracted.
	.intel_syntax noprefix
	.text
	.global halcheck_timer_gaps
halcheck_timer_gaps:
	push rbx
	push r12
	mov r8, rdi                 # gaps
	mov r9, rsi                 # wanted
	mov r12, rdx                # loop_cost out
	xor r10, r10                # recorded
	mov r11, -1                 # smallest gap
	rdtsc
	shl rdx, 32
	or rax, rdx
	mov rbx, rax                # previous reading
1:	rdtsc
	shl rdx, 32
	or rax, rdx
	mov rcx, rax
	sub rcx, rbx                # gap since the previous reading
	mov rbx, rax
	cmp rcx, r11
	cmovb r11, rcx
	cmp rcx, 64                 # the loop alone is ~10: larger means an interrupt came
	jb 1b
	mov [r8 + r10 * 8], rcx
	inc r10
	cmp r10, r9
	jb 1b
	mov [r12], r11
	mov rax, r10
	pop r12
	pop rbx
	ret
	.section .note.GNU-stack, "", @progbits
