# Exports every value of Ipc/layout.inc, in the order of AssemblyLayout.Values
# (Ipc/AssemblyLayout.cs), which compares each with the build at boot. The values are
# data in the image, so the comparison cannot be folded by the compiler, and the harness
# can read the same table from kernel64.elf (symbol l4_layout).
#   AssemblyLayout.Values* l4_layout_address()
	.intel_syntax noprefix
	.include "asm_macros.inc"
	.include "Ipc/layout.inc"

	.section .rodata
	.align 8
	.global l4_layout
l4_layout:
	.quad T_RSP, T_RIP, T_RFLAGS, T_CR3, T_REPLYTO, T_WAITFOR, T_BADGE, T_TASK
	.quad T_STATE, T_NEXT, T_SENDQUEUE, T_RESUMEFULL, T_WAKETICK, T_REGS
	.quad R_RAX, R_RBX, R_RCX, R_RDX, R_RSI, R_RDI, R_RBP, R_R8
	.quad R_R9, R_R10, R_R11, R_R12, R_R13, R_R14, R_R15
	.quad T_USERTICKS, T_FX, T_ALIGN, K_CAPS, K_CAPSLOTS, K_IOMAP
	.quad S_RUNNING, S_RECEIVING, OP_CALL, OP_REPLYWAIT, OP_NULL, SLOW_FLAGS, USER_CS, USER_SS
	.global l4_layout_end
l4_layout_end:

	.text
	ADDRESS_OF l4_layout_address, l4_layout

	.section .note.GNU-stack, "", @progbits
