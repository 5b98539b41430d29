# Instructions C# cannot express: control registers, MSRs, descriptor tables, interrupt
# flag and halt. (The time stamp counter and the port instructions are common/guest's,
# shared by every image.) Each routine is a leaf following the System V ABI (arguments in
# rdi, rsi, rdx; result in rax).
	.intel_syntax noprefix
	.include "asm_macros.inc"
	.text

	.global tb_read_cr0, tb_read_cr2, tb_read_cr3, tb_read_cr4, tb_write_cr3, tb_write_cr4
tb_read_cr0: mov rax, cr0
	ret
tb_read_cr2: mov rax, cr2
	ret
tb_read_cr3: mov rax, cr3
	ret
tb_read_cr4: mov rax, cr4
	ret
tb_write_cr3: mov cr3, rdi
	ret
tb_write_cr4: mov cr4, rdi
	ret

	.global tb_rdmsr, tb_wrmsr
tb_rdmsr: mov ecx, edi
	rdmsr
	shl rdx, 32
	or rax, rdx
	ret
tb_wrmsr: mov ecx, edi
	mov eax, esi
	mov rdx, rsi
	shr rdx, 32
	wrmsr
	ret

	.global tb_lidt, tb_ltr, tb_invlpg
tb_lidt: lidt [rdi]
	ret
tb_ltr:	ltr di
	ret
tb_invlpg: invlpg [rdi]
	ret

	.global tb_cli, tb_sti, tb_hlt, tb_sti_hlt, tb_read_rflags
tb_cli:	cli
	ret
tb_sti:	sti
	ret
tb_hlt:	hlt
	ret
# Enable interrupts and halt atomically (sti's one-instruction shadow covers hlt).
tb_sti_hlt: sti
	hlt
	ret
tb_read_rflags: pushfq
	pop rax
	ret

	ADDRESS_OF tb_image_end, __image_end

	.section .note.GNU-stack, "", @progbits
	.text
	ADDRESS_OF tb_gdt_address, tb_gdt
