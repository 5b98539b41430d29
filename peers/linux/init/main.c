/* /init of the Linux peer's initramfs: Debian's own kernel runs the same benchmarks as the
 * Testbed kernels, in the same QEMU machine and measurement mode, and reports them in the
 * same records (peers/linux/README.md). iterations=N on the kernel command line reaches init
 * in its environment (the kernel passes unknown key=value words there). */
#include "benches.h"
#include "devices.h"
#include "driver_benches.h"
#include "records.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

enum { DefaultIterations = 1000, MaxIterations = 20000 };

static void read_cmdline(char *line, size_t size)
{
    line[0] = 0;
    int fd = open("/proc/cmdline", O_RDONLY);
    if (fd < 0) return;
    ssize_t got = read(fd, line, size - 1);
    close(fd);
    if (got <= 0) return;
    line[got] = 0;
    if (line[got - 1] == '\n') line[got - 1] = 0;
}

int main(void)
{
    mkdir("/proc", 0555);
    mount("proc", "/proc", "proc", 0, NULL);
    char cmdline[1024];
    read_cmdline(cmdline, sizeof cmdline);
    const char *peer = getenv("peer");
    tb_hello(peer ? peer : "linux", cmdline);
    /* Which Linux this is, in the boot's own log: /proc/version (release, build, compiler). */
    char version[512];
    int fd = open("/proc/version", O_RDONLY);
    ssize_t got = fd >= 0 ? read(fd, version, sizeof version - 1) : -1;
    if (fd >= 0) close(fd);
    if (got > 0) {
        version[got] = 0;
        version[strcspn(version, "\n")] = 0;
        tb_config("linux-version", version);
    }

    const char *words = getenv("iterations");
    int n = words ? atoi(words) : DefaultIterations;
    int ok = n > 0 && n <= MaxIterations;
    tb_check("peer.iterations-in-range", ok, words ? words : "default");
    if (!ok) n = DefaultIterations;
    uint64_t *samples = calloc((size_t)n, sizeof samples[0]), *more = calloc((size_t)n, sizeof more[0]);
    if (!samples || !more) {
        tb_done(0);
        tb_power_off(2);
    }
    uint64_t cost = tb_tsc_read_cost();
    bench_getppid(samples, n, cost);
    bench_pipe_roundtrip(samples, n, cost);
    bench_socket_roundtrip(samples, n, cost);
    bench_thread_switch(samples, n, cost);
    bench_spawn(samples, n, cost);
    footprint_hello();
    int modules = load_driver_modules();
    if (modules > 0) {
        bench_disk(samples, more, n, cost);
        bench_net(samples, n, cost);
    }
    tb_done(ok);
    tb_power_off(ok ? 0 : 1);
}
