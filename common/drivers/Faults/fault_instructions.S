# The two faults that C# cannot express: an invalid opcode, and a loop with no exit.
	.intel_syntax noprefix
	.text
	.global tb_fault_illegal_instruction, tb_fault_spin_forever
tb_fault_illegal_instruction:
	ud2
	ret
tb_fault_spin_forever:
1:	pause
	jmp 1b

	.section .note.GNU-stack, "", @progbits
