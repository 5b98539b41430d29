/* The Linux peer's rows, each named and defined as the host's own rows
 * (benchmarks/Host, harness/HostFigures/HostDefinitions.cs) and compared with the Testbed
 * kernels' rows of the same definition (common/protocol/BenchDefinitions.cs). */
#ifndef TB_BENCHES_H
#define TB_BENCHES_H
#include <stdint.h>

void bench_getppid(uint64_t *samples, int n, uint64_t cost);
void bench_pipe_roundtrip(uint64_t *samples, int n, uint64_t cost);
void bench_socket_roundtrip(uint64_t *samples, int n, uint64_t cost);
void bench_thread_switch(uint64_t *samples, int n, uint64_t cost);
/* fork/vfork/posix_spawn of /exit (exit_program.c) until reaped; and until its first instruction. */
void bench_spawn(uint64_t *samples, int n, uint64_t cost);
/* The resident and virtual size of /hello (hello.c), a static C program, once it has greeted. */
void footprint_hello(void);

#endif
