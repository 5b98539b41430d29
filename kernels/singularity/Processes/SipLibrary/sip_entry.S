# SIP entry and the SIP side of the kernel ABI. A SIP's first thread is a ring-0 kernel
# thread that the kernel starts here, with rdi = its StartInfo (Abi/AbiSlot.cs).
# Every kernel service is an ordinary call: `call sip_abi_x` lands in a one-instruction
# stub that jumps through this SIP's copy of the ABI table the kernel handed over (copied
# once at start, so a call costs the call, one indirect jump and the kernel's code).
# No trap, no ring change.
	.intel_syntax noprefix
	.equ ABI_SLOTS, 23          # AbiSlot.Count
	.text
	.global _start
_start:
	mov rax, [rdi]              # StartInfo.AbiTable
	lea rdx, [rip + sip_abi_slots]
	mov ecx, ABI_SLOTS
1:	mov rsi, [rax + rcx * 8 - 8]
	mov [rdx + rcx * 8 - 8], rsi
	dec ecx
	jnz 1b
	xor ebp, ebp
	push rbp                    # entered like a function (rsp = 8 mod 16): realign for the call
	call tb_sip_start           # never returns: it leaves through the Exit call
1:	jmp 1b

	.macro ABI name, slot
	.global \name
\name:
	jmp [rip + sip_abi_slots + \slot * 8]
	.endm

	ABI sip_abi_null, 0
	ABI sip_abi_exit, 1
	ABI sip_abi_fault, 2
	ABI sip_abi_yield, 3
	ABI sip_abi_allocate_pages, 4
	ABI sip_abi_exchange_allocate, 5
	ABI sip_abi_exchange_free, 6
	ABI sip_abi_send, 7
	ABI sip_abi_receive, 8
	ABI sip_abi_close, 9
	ABI sip_abi_register, 10
	ABI sip_abi_connect, 11
	ABI sip_abi_accept, 12
	ABI sip_abi_log, 13
	ABI sip_abi_report_check, 14
	ABI sip_abi_report_bench, 15
	ABI sip_abi_wait_irq, 17
	ABI sip_abi_report_progress, 18
	ABI sip_abi_sleep, 19
	ABI sip_abi_allocate_dma, 20
	ABI sip_abi_idle_tsc, 21
	ABI sip_abi_send_receive, 22

# Port I/O for the ranges a manifest grants (IoPorts.cs checks the range first).
	.global sip_outb, sip_inb, sip_outw, sip_inw, sip_outl, sip_inl
sip_outb: mov edx, edi
	mov eax, esi
	out dx, al
	ret
sip_inb: mov edx, edi
	xor eax, eax
	in al, dx
	ret
sip_outw: mov edx, edi
	mov eax, esi
	out dx, ax
	ret
sip_inw: mov edx, edi
	xor eax, eax
	in ax, dx
	ret
sip_outl: mov edx, edi
	mov eax, esi
	out dx, eax
	ret
sip_inl: mov edx, edi
	in eax, dx
	ret

	.data
	.align 8
sip_abi_slots: .fill ABI_SLOTS, 8, 0

	.section .note.GNU-stack, "", @progbits
