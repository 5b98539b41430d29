# A nooks-style driver image: its entry and the instructions its environment needs. The
# driver runs in ring 0, so port I/O is the plain instruction, as in a Linux driver.
#   void _start(KernelServices* services, DriverExports* exports)   (called once per load)
	.intel_syntax noprefix
	.text
# 16-byte aligned: the kernel calls it through a managed function pointer, and the AOT
# compiler's calls through those treat bit 1 as the "fat pointer" mark of shared generics.
	.p2align 4
	.global _start
_start:
	jmp tb_driver_start

	.global nk_inb, nk_inw, nk_inl, nk_outb, nk_outw, nk_outl, nk_insw, nk_outsw, nk_rdtsc
nk_inb:	mov edx, edi
	xor eax, eax
	in al, dx
	ret
nk_inw:	mov edx, edi
	xor eax, eax
	in ax, dx
	ret
nk_inl:	mov edx, edi
	in eax, dx
	ret
nk_outb: mov edx, edi
	mov eax, esi
	out dx, al
	ret
nk_outw: mov edx, edi
	mov eax, esi
	out dx, ax
	ret
nk_outl: mov edx, edi
	mov eax, esi
	out dx, eax
	ret
# nk_insw(port, destination, words) / nk_outsw(port, source, words)
nk_insw: mov ecx, edx
	mov edx, edi
	mov rdi, rsi
	cld
	rep insw
	ret
nk_outsw: mov ecx, edx
	mov edx, edi
	cld
	rep outsw
	ret
nk_rdtsc: rdtsc
	shl rdx, 32
	or rax, rdx
	ret

# Module bounds and the stack cookie come from common/runtime/image_support.S.

	.section .note.GNU-stack, "", @progbits
