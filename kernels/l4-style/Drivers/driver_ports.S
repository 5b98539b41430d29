# Port I/O for user-level drivers: ordinary in/out instructions in ring 3, allowed only for
# the ports the task's I/O bitmap opens (Devices/IoPorts.cs in the kernel).
	.intel_syntax noprefix
	.text
	.global l4d_inb, l4d_inw, l4d_inl, l4d_outb, l4d_outw, l4d_outl, l4d_insw, l4d_outsw
l4d_inb: mov edx, edi
	xor eax, eax
	in al, dx
	ret
l4d_inw: mov edx, edi
	xor eax, eax
	in ax, dx
	ret
l4d_inl: mov edx, edi
	in eax, dx
	ret
l4d_outb: mov edx, edi
	mov eax, esi
	out dx, al
	ret
l4d_outw: mov edx, edi
	mov eax, esi
	out dx, ax
	ret
l4d_outl: mov edx, edi
	mov eax, esi
	out dx, eax
	ret
# void l4d_insw(ushort port, void* destination, int words)
l4d_insw: mov ecx, edx
	mov edx, edi
	mov rdi, rsi
	cld
	rep insw
	ret
# void l4d_outsw(ushort port, void* source, int words)
l4d_outsw: mov ecx, edx
	mov edx, edi
	cld
	rep outsw
	ret
	.section .note.GNU-stack, "", @progbits
