# Fills all sixteen SSE registers with one value, spins with general registers only (so
# that nothing but a preempting thread could change them), and checks they survived.
#   int halcheck_xmm_spin(ulong value, ulong iterations)  -> 1 if intact
	.intel_syntax noprefix
	.text
	.global halcheck_xmm_spin
halcheck_xmm_spin:
	movq xmm0, rdi
	punpcklqdq xmm0, xmm0
	movdqa xmm1, xmm0
	movdqa xmm2, xmm0
	movdqa xmm3, xmm0
	movdqa xmm4, xmm0
	movdqa xmm5, xmm0
	movdqa xmm6, xmm0
	movdqa xmm7, xmm0
	movdqa xmm8, xmm0
	movdqa xmm9, xmm0
	movdqa xmm10, xmm0
	movdqa xmm11, xmm0
	movdqa xmm12, xmm0
	movdqa xmm13, xmm0
	movdqa xmm14, xmm0
	movdqa xmm15, xmm0
1:	dec rsi
	jnz 1b
	movq xmm0, rdi
	punpcklqdq xmm0, xmm0
	mov eax, 1
	.irp r, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
	pcmpeqd xmm\r, xmm0
	pmovmskb ecx, xmm\r
	cmp ecx, 0xFFFF
	je 2f
	xor eax, eax
2:
	.endr
	ret
	.section .note.GNU-stack, "", @progbits
