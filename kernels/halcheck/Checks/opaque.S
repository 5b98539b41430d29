# The identity, in assembly. ilc compiles the whole image and proves what it can about
# C#, even through [MethodImpl(NoInlining)] methods (it pre-initialised a static built
# by one, and folded virtual calls and type tests on it to constants); a call into
# assembly is the one thing it cannot see through. A check that passes its input through
# here computes its result at run time.
#   ulong  halcheck_opaque_word(ulong value)    -> value
#   object halcheck_opaque_object(object value) -> value
	.intel_syntax noprefix
	.text
	.global halcheck_opaque_word
	.global halcheck_opaque_object
halcheck_opaque_word:
halcheck_opaque_object:
	mov rax, rdi
	ret
