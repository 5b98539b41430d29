# What every image (kernel, process, driver, SIP) needs below C#, linked into each with
# its own copy of the runtime: where the compiler's module headers are and the stack
# protector cookie compiled code references. (The time stamp counter and the port
# instructions are common/guest's.)
	.intel_syntax noprefix
	.text

	.global tb_modules_start, tb_modules_end
tb_modules_start: lea rax, [rip + __modules_start]
	ret
tb_modules_end: lea rax, [rip + __modules_end]
	ret

	.data
	.align 8
	.global __security_cookie
__security_cookie: .quad 0x2B992DDFA2324F5D

	.section .note.GNU-stack, "", @progbits
