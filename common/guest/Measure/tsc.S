# The time stamp counter, for every image (kernel, process, SIP, driver image): rdtsc
# leaves the count in edx:eax (Intel SDM vol. 2B, RDTSC); the reads return it in rax.
#   ulong tb_rdtsc(void)              an ordinary read
#   ulong tb_rdtsc_open(void)         a read that opens a sample window for the cycle model
#   ulong tb_rdtsc_close(void)        a read that closes the window the last open opened
#   ulong tb_rdtsc_calibrate(void)    a read that closes a window of nothing but two reads
#   ulong tb_rdtsc_halt_begins(void)  a read just before a halt (IdleClock): halted time starts
#   ulong tb_rdtsc_halt_ends(void)    a read in the interrupt that ended it: halted time stops
#   void  tb_model_record(void)       a bench record follows
# Each read is four instructions up to and including ret: TscReadCost measures what a pair
# of reads costs in the caller's code, and the kernels subtract that. The kinds differ only
# in a REX prefix on rdtsc, which the CPU ignores (Intel SDM vol. 2A, 2.2.1: REX bits an
# instruction does not use are ignored), so every read costs the same instructions and icount
# figures do not depend on which kind a bench uses. The cycle model's QEMU plugin tells them
# apart by their bytes (cycle-model/README.md, "Markers").
	.intel_syntax noprefix
	.text
	.global tb_rdtsc
tb_rdtsc: rdtsc
	shl rdx, 32
	or rax, rdx
	ret

	.global tb_rdtsc_open
tb_rdtsc_open: .byte 0x48		# REX.W
	rdtsc
	shl rdx, 32
	or rax, rdx
	ret

	.global tb_rdtsc_close
tb_rdtsc_close: .byte 0x41		# REX.B
	rdtsc
	shl rdx, 32
	or rax, rdx
	ret

	.global tb_rdtsc_calibrate
tb_rdtsc_calibrate: .byte 0x44		# REX.R
	rdtsc
	shl rdx, 32
	or rax, rdx
	ret

	.global tb_rdtsc_halt_begins
tb_rdtsc_halt_begins: .byte 0x4C		# REX.WR
	rdtsc
	shl rdx, 32
	or rax, rdx
	ret

	.global tb_rdtsc_halt_ends
tb_rdtsc_halt_ends: .byte 0x49		# REX.WB
	rdtsc
	shl rdx, 32
	or rax, rdx
	ret

	.global tb_model_record
tb_model_record: .byte 0x40		# REX, no bit set
	rdtsc
	ret
	.section .note.GNU-stack, "", @progbits
