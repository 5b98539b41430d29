# What every image (kernel, process, driver, SIP) needs below C#, linked into each with
# its own copy of the runtime: where the compiler's module headers are and the stack
# protector cookie compiled code references. (The time stamp counter and the port
# instructions are common/guest's.)
	.intel_syntax noprefix
	.include "asm_macros.inc"
	.text

	ADDRESS_OF tb_modules_start, __modules_start
	ADDRESS_OF tb_modules_end, __modules_end

	.data
	.align 8
	.global __security_cookie
__security_cookie: .quad 0x2B992DDFA2324F5D

	.section .note.GNU-stack, "", @progbits
