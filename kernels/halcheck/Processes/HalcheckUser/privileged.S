# Instructions ring 3 must not be able to execute, for the protection checks.
	.intel_syntax noprefix
	.text
	.global halcheck_user_hlt
halcheck_user_hlt:
	hlt                         # privileged: #GP in ring 3
	ret
	.section .note.GNU-stack, "", @progbits
