# Multiboot (v1) entry: QEMU's -kernel loads us in 32-bit protected mode with paging off.
# This stub builds the boot page tables, enables SSE, long mode and paging, loads the
# 64-bit GDT and calls the C# HAL entry `tb_hal_entry(magic, multiboot_info)`.
#
# Boot page tables: the first 2 MiB with 4 KiB pages, page 0 left NOT present so that a
# null dereference faults (compiled C# relies on that for null checks); 2 MiB pages up to
# 1 GiB. Everything is identity mapped and supervisor-only. The C# paging code builds the
# real address spaces on top.
	.intel_syntax noprefix

	.set MB_MAGIC, 0x1BADB002
	.set MB_FLAGS, (1 << 0) | (1 << 1) | (1 << 16)   # page-aligned modules, memory map, address fields
	.set MB_CHECKSUM, -(MB_MAGIC + MB_FLAGS)

	.section .multiboot, "a"
	.align 4
multiboot_header:
	.long MB_MAGIC
	.long MB_FLAGS
	.long MB_CHECKSUM
	.long multiboot_header      # header_addr
	.long __image_start         # load_addr
	.long __load_end            # load_end_addr
	.long __bss_end             # bss_end_addr
	.long _start                # entry_addr

	.section .boot, "ax"
	.code32
	.global _start
_start:
	cli
	mov esp, offset boot_stack_top
	mov edi, eax                # Multiboot magic -> first C# argument
	mov esi, ebx                # Multiboot info  -> second C# argument

	# PML4[0] -> PDPT, PDPT[0] -> PD, PD[0] -> PT (4 KiB), PD[1..511] -> 2 MiB pages.
	mov eax, offset boot_pdpt
	or eax, 0x3
	mov [boot_pml4], eax
	mov eax, offset boot_pd
	or eax, 0x3
	mov [boot_pdpt], eax
	mov eax, offset boot_pt
	or eax, 0x3
	mov [boot_pd], eax

	mov ecx, 1                  # PT entries 1..511: 4 KiB pages, page 0 stays absent
1:	mov eax, ecx
	shl eax, 12
	or eax, 0x3
	mov [boot_pt + ecx * 8], eax
	inc ecx
	cmp ecx, 512
	jb 1b

	mov ecx, 1                  # PD entries 1..511: 2 MiB pages
2:	mov eax, ecx
	shl eax, 21
	or eax, 0x83
	mov [boot_pd + ecx * 8], eax
	inc ecx
	cmp ecx, 512
	jb 2b

	mov eax, offset boot_pml4
	mov cr3, eax

	# CR4: PAE (5), OSFXSR (9), OSXMMEXCPT (10); CR0: MP (1) on, EM (2) off.
	mov eax, cr4
	or eax, (1 << 5) | (1 << 9) | (1 << 10)
	mov cr4, eax

	# EFER: LME (8), SCE (0) for syscall/sysret, NXE (11) for no-execute pages.
	mov ecx, 0xC0000080
	rdmsr
	or eax, (1 << 8) | (1 << 0) | (1 << 11)
	wrmsr

	# CR0: PG (31), WP (16: supervisor writes honour read-only pages), MP (1); EM (2) off.
	mov eax, cr0
	and eax, ~(1 << 2)
	or eax, (1 << 31) | (1 << 16) | (1 << 1)
	mov cr0, eax

	lgdt [tb_gdt_pointer]
	ljmp 0x08, offset long_mode_entry

	.code64
long_mode_entry:
	mov ax, 0x10
	mov ds, ax
	mov es, ax
	mov ss, ax
	xor ax, ax
	mov fs, ax
	mov gs, ax
	mov rsp, offset boot_stack_top
	xor ebp, ebp
	fninit
	call tb_hal_entry
3:	cli
	hlt
	jmp 3b

# The GDT. Its order is fixed by syscall/sysret (STAR): kernel code, kernel data,
# user data, user code; then the TSS descriptor the HAL fills in at run time.
	.section .data
	.align 16
	.global tb_gdt
tb_gdt:
	.quad 0                     # 0x00 null
	.quad 0x00AF9A000000FFFF    # 0x08 kernel code, 64-bit
	.quad 0x00CF92000000FFFF    # 0x10 kernel data
	.quad 0x00CFF2000000FFFF    # 0x18 user data (selector 0x1B)
	.quad 0x00AFFA000000FFFF    # 0x20 user code, 64-bit (selector 0x23)
	.quad 0, 0                  # 0x28 TSS (16 bytes), written by Hal.Cpu.Tss
tb_gdt_end:

	.global tb_gdt_pointer
tb_gdt_pointer:
	.word tb_gdt_end - tb_gdt - 1
	.quad tb_gdt

	.section .bss
	.align 4096
	.global boot_pml4
boot_pml4:	.skip 4096
boot_pdpt:	.skip 4096
boot_pd:	.skip 4096
boot_pt:	.skip 4096
	.align 16
boot_stack:	.skip 65536
	.global boot_stack_top
boot_stack_top:

	.section .note.GNU-stack, "", @progbits
