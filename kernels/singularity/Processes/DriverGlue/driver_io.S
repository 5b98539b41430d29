# String port I/O for the driver environment (ATA PIO moves a sector with rep insw/outsw).
# The caller (SipDriverEnv) has checked the port against the ranges the manifest grants.
	.intel_syntax noprefix
	.text
	.global sip_insw, sip_outsw
# void sip_insw(ushort port, void* destination, int words)
sip_insw:
	mov ecx, edx
	mov edx, edi
	mov rdi, rsi
	cld
	rep insw
	ret
# void sip_outsw(ushort port, void* source, int words)
sip_outsw:
	mov ecx, edx
	mov edx, edi
	cld
	rep outsw
	ret
	.section .note.GNU-stack, "", @progbits
