# The x86 port instructions, for driver environments whose drivers touch ports directly:
# in ring 0 (nooks-style) or in ring 3 where the task's TSS I/O bitmap opens the ports
# (l4-style). System V ABI: port in edi, value in esi; string forms take (port, buffer, words).
	.intel_syntax noprefix
	.text
	.global drv_inb, drv_inw, drv_inl, drv_outb, drv_outw, drv_outl, drv_insw, drv_outsw
drv_inb: mov edx, edi
	xor eax, eax
	in al, dx
	ret
drv_inw: mov edx, edi
	xor eax, eax
	in ax, dx
	ret
drv_inl: mov edx, edi
	in eax, dx
	ret
drv_outb: mov edx, edi
	mov eax, esi
	out dx, al
	ret
drv_outw: mov edx, edi
	mov eax, esi
	out dx, ax
	ret
drv_outl: mov edx, edi
	mov eax, esi
	out dx, eax
	ret
drv_insw: mov ecx, edx
	mov edx, edi
	mov rdi, rsi
	cld
	rep insw
	ret
drv_outsw: mov ecx, edx
	mov edx, edi
	cld
	rep outsw
	ret
	.section .note.GNU-stack, "", @progbits
