# The x86 port instructions, the one set every image links: the HAL's devices (PIC, PIT,
# UART, PCI configuration), the shared drivers in ring 0 or ring 3, a SIP's granted
# IoPorts, l4-style's user-level PCI scan. Whether the instruction is allowed is the
# kernel's business: CPL <= IOPL, or the port's bit clear in the TSS I/O permission bit
# map (Intel SDM vol. 1, "Input/Output"); a SIP's range is checked by IoPorts first.
# System V ABI leaves: port in edi, value in esi, result in eax; the string forms take
# (port, buffer, words) and move words with rep insw/outsw (ATA PIO: a sector at a time).
	.intel_syntax noprefix
	.text
	.global tb_inb, tb_inw, tb_inl, tb_outb, tb_outw, tb_outl, tb_insw, tb_outsw
tb_inb:	mov edx, edi
	xor eax, eax
	in al, dx
	ret
tb_inw:	mov edx, edi
	xor eax, eax
	in ax, dx
	ret
tb_inl:	mov edx, edi
	in eax, dx
	ret
tb_outb: mov edx, edi
	mov eax, esi
	out dx, al
	ret
tb_outw: mov edx, edi
	mov eax, esi
	out dx, ax
	ret
tb_outl: mov edx, edi
	mov eax, esi
	out dx, eax
	ret
# void tb_insw(ushort port, void* destination, int words)
tb_insw: mov ecx, edx
	mov edx, edi
	mov rdi, rsi
	cld
	rep insw
	ret
# void tb_outsw(ushort port, void* source, int words)
tb_outsw: mov ecx, edx
	mov edx, edi
	cld
	rep outsw
	ret
	.section .note.GNU-stack, "", @progbits
