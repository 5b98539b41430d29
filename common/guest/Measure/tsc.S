# The time stamp counter, for every image (kernel, process, SIP, driver image): rdtsc
# leaves the count in edx:eax (Intel SDM vol. 2B, RDTSC); this returns it in rax.
#   ulong tb_rdtsc(void)
# Four instructions up to and including ret: TscReadCost measures what a pair of reads
# costs in the caller's code, and the kernels subtract that.
	.intel_syntax noprefix
	.text
	.global tb_rdtsc
tb_rdtsc: rdtsc
	shl rdx, 32
	or rax, rdx
	ret
	.section .note.GNU-stack, "", @progbits
