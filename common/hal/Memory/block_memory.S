# Block copy and page zeroing with the string instructions (Intel SDM vol. 2B, MOVS/STOS
# with the REP prefix). C# has no way to emit them, and the runtime's Buffer.Memmove is a
# byte loop (about 13 instructions a byte after ilc). Under TCG icount every iteration of a
# REP string instruction retires as one instruction, so the copy moves 8 bytes an iteration
# (REP MOVSQ) and only the 0-7 byte tail a byte at a time (REP MOVSB). The direction flag is
# clear in every C# caller (System V ABI: DF=0 on entry and return). Leaf routines,
# System V ABI: rdi, rsi, rdx.
	.intel_syntax noprefix
	.text

	# tb_block_copy(destination, source, count): non-overlapping copy of count bytes.
	.global tb_block_copy
tb_block_copy:
	mov rcx, rdx
	shr rcx, 3
	rep movsq
	mov rcx, rdx
	and rcx, 7
	rep movsb
	ret

	# tb_zero_page(page): 4096 zero bytes at a 4 KiB-aligned address.
	.global tb_zero_page
tb_zero_page:
	xor eax, eax
	mov ecx, 512
	rep stosq
	ret
