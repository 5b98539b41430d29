# A nooks-style driver image: its entry. The driver runs in ring 0, so port I/O is the
# plain instruction, as in a Linux driver.
#   void _start(KernelServices* services, DriverExports* exports)   (called once per load)
	.intel_syntax noprefix
	.text
# 16-byte aligned: the kernel calls it through a managed function pointer, and the AOT
# compiler's calls through those treat bit 1 as the "fat pointer" mark of shared generics.
	.p2align 4
	.global _start
_start:
	jmp tb_driver_start

# Port I/O comes from common/drivers/Environment/port_instructions.S, the clock from
# the runtime's tb_rdtsc.

# Module bounds and the stack cookie come from common/runtime/image_support.S.

	.section .note.GNU-stack, "", @progbits
