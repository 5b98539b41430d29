/* The Testbed serial protocol (common/protocol/PROTOCOL.md) from a Linux process: one
 * "@tb {json}" line per record on the console, the same statistics as the Testbed kernels
 * (min, median, max of n samples, the TSC read cost subtracted by the caller), and the
 * power-off through QEMU's isa-debug-exit port, so the harness reads this peer exactly as
 * it reads its own kernels. */
#ifndef TB_RECORDS_H
#define TB_RECORDS_H
#include <stdint.h>

/* The cheapest of 16 back-to-back TSC read pairs (common/guest/Measure/TscReadCost.cs). */
uint64_t tb_tsc_read_cost(void);

static inline uint64_t tb_rdtsc(void)
{
    uint32_t lo, hi;
    __asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
    return (uint64_t)hi << 32 | lo;
}

/* Reads that also mark the cycle model's sample windows, as common/guest/Measure/tsc.S:
 * an open, a close, and the close of a window of nothing but two reads (tb_tsc_read_cost).
 * Only a REX prefix, which the CPU ignores, tells them from tb_rdtsc: the same instructions. */
#define TB_RDTSC_MARKED(prefix) \
    ({ uint32_t lo_, hi_; __asm__ __volatile__(".byte " #prefix "\n\trdtsc" : "=a"(lo_), "=d"(hi_)); (uint64_t)hi_ << 32 | lo_; })
static inline uint64_t tb_rdtsc_open(void) { return TB_RDTSC_MARKED(0x48); }
static inline uint64_t tb_rdtsc_close(void) { return TB_RDTSC_MARKED(0x41); }
static inline uint64_t tb_rdtsc_calibrate(void) { return TB_RDTSC_MARKED(0x44); }
/* A bench record follows: the model groups the windows closed since the last one. */
static inline void tb_model_record(void) { (void)TB_RDTSC_MARKED(0x40); }

void tb_hello(const char *kernel, const char *cmdline);
void tb_check(const char *name, int ok, const char *detail);
/* A config record (PROTOCOL.md): one string field the boot chose or found. */
void tb_config(const char *field, const char *value);
/* Sorts samples in place; writes min, median (mean of the middle two for an even n), max. */
void tb_bench(const char *name, uint64_t *samples, int n, const char *def, const char *what);
void tb_done(int ok);
/* isa-debug-exit: QEMU exits with (code << 1) | 1; 0 clean, 1 a check failed, 2 panic. */
void tb_power_off(int code);

#endif
