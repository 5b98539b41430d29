# The identity, in assembly: ilc cannot see through it (kernels/halcheck/Checks/opaque.S
# says why the kernel needs the same). What passes through here keeps its run-time type
# and escapes to the heap.
#   object halcheck_user_opaque_object(object value) -> value
	.intel_syntax noprefix
	.text
	.global halcheck_user_opaque_object
halcheck_user_opaque_object:
	mov rax, rdi
	ret
	.section .note.GNU-stack, "", @progbits
