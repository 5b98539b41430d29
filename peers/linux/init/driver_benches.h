/* The driver rows: a 4 KiB block to and from the IDE disk (ata_piix) with O_DIRECT, and a
 * frame across the two RTL8139 NICs on QEMU's hub (8139cp) by raw AF_PACKET sockets, each
 * from and into the process's own buffer, the CPU's idle time subtracted. */
#ifndef TB_DRIVER_BENCHES_H
#define TB_DRIVER_BENCHES_H
#include <stdint.h>

void bench_disk(uint64_t *reads, uint64_t *writes, int n, uint64_t cost);
void bench_net(uint64_t *samples, int n, uint64_t cost);

#endif
