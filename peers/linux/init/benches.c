/* See benches.h. Every sample is the TSC delta around one operation, the TSC read cost
 * subtracted: instructions under TCG icount, the mode every Testbed kernel is compared in. */
#define _GNU_SOURCE
#include "benches.h"
#include "records.h"

#include <fcntl.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

void bench_getppid(uint64_t *samples, int n, uint64_t cost)
{
    for (int i = 0; i < n; i++) {
        uint64_t t0 = tb_rdtsc_open();
        syscall(SYS_getppid);
        uint64_t t1 = tb_rdtsc_close();
        samples[i] = t1 - t0 - cost;
    }
    tb_bench("syscall.getppid", samples, n, "kernel-call.null",
             "getppid by syscall(2) from a user process and back (the paper's minimum kernel API call); TSC read cost subtracted");
}

/* A child echoes every 8-byte word it reads on in back on out, until end of file. */
static void echo_child(int in, int out)
{
    uint64_t word;
    while (read(in, &word, sizeof word) == sizeof word)
        if (write(out, &word, sizeof word) != sizeof word) break;
    _exit(0);
}

/* One word to the child and back over a pair of channels (to = parent's end toward the child, from = back). */
static void roundtrips(int to, int from, uint64_t *samples, int n, uint64_t cost)
{
    for (int i = 0; i < n; i++) {
        uint64_t word = (uint64_t)i, back = 0;
        uint64_t t0 = tb_rdtsc_open();
        if (write(to, &word, sizeof word) != sizeof word || read(from, &back, sizeof back) != sizeof back) back = ~word;
        uint64_t t1 = tb_rdtsc_close();
        samples[i] = back == word ? t1 - t0 - cost : 0;
    }
}

void bench_pipe_roundtrip(uint64_t *samples, int n, uint64_t cost)
{
    int down[2], up[2];
    if (pipe(down) != 0 || pipe(up) != 0) return;
    pid_t child = fork();
    if (child == 0) {
        close(down[1]);
        close(up[0]);
        echo_child(down[0], up[1]);
    }
    close(down[0]);
    close(up[1]);
    roundtrips(down[1], up[0], samples, n, cost);
    close(down[1]);
    waitpid(child, NULL, 0);
    close(up[0]);
    tb_bench("pipe.roundtrip", samples, n, "ipc.roundtrip",
             "an 8-byte word to a child process over one pipe and back over another, from the write until the parent holds the reply; TSC read cost subtracted");
}

void bench_socket_roundtrip(uint64_t *samples, int n, uint64_t cost)
{
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0) return;
    pid_t child = fork();
    if (child == 0) {
        close(pair[0]);
        echo_child(pair[1], pair[1]);
    }
    close(pair[1]);
    roundtrips(pair[0], pair[0], samples, n, cost);
    shutdown(pair[0], SHUT_WR);
    waitpid(child, NULL, 0);
    close(pair[0]);
    tb_bench("socket.roundtrip", samples, n, "ipc.roundtrip",
             "an 8-byte word to a child process over a Unix-domain stream socket pair and back; TSC read cost subtracted");
}

/* Two threads of this process take turns on one futex word; the machine has one CPU, so
 * every turn is a switch between them (the host's thread.switch, benchmarks/Host/ThreadPingPong.cs). */
static volatile int turn;
enum { CallerTurn, PartnerTurn, Stop };

static long futex(volatile int *word, int op, int value)
{
    return syscall(SYS_futex, word, op, value, NULL, NULL, 0);
}

static void *partner(void *unused)
{
    (void)unused;
    for (;;) {
        while (turn == CallerTurn) futex(&turn, FUTEX_WAIT_PRIVATE, CallerTurn);
        if (turn == Stop) return NULL;
        turn = CallerTurn;
        futex(&turn, FUTEX_WAKE_PRIVATE, 1);
    }
}

void bench_thread_switch(uint64_t *samples, int n, uint64_t cost)
{
    pthread_t thread;
    turn = CallerTurn;
    if (pthread_create(&thread, NULL, partner, NULL) != 0) return;
    for (int i = 0; i < n; i++) {
        uint64_t t0 = tb_rdtsc_open();
        turn = PartnerTurn;
        futex(&turn, FUTEX_WAKE_PRIVATE, 1);
        while (turn == PartnerTurn) futex(&turn, FUTEX_WAIT_PRIVATE, PartnerTurn);
        uint64_t t1 = tb_rdtsc_close();
        samples[i] = t1 - t0 - cost;
    }
    turn = Stop;
    futex(&turn, FUTEX_WAKE_PRIVATE, 1);
    pthread_join(thread, NULL);
    tb_bench("thread.switch", samples, n, "thread.ping-pong",
             "a word handed to a second thread of the process and back through a futex, one CPU: two thread switches; TSC read cost subtracted");
}

/* The tiny static program (exit_program.c) writes the TSC at its first instruction to fd 3. */
static const char ExitProgram[] = "/exit";

enum SpawnWay { Fork, VFork, PosixSpawn };

/* Spawns /exit and reaps it; returns the spawn-to-reaped span and, in first, its first instruction's. */
static uint64_t spawn_once(enum SpawnWay way, int stamp, uint64_t cost, uint64_t *first)
{
    char *argv[] = { (char *)ExitProgram, NULL };
    uint64_t t0 = tb_rdtsc_open(), started = 0;
    pid_t child = -1;
    if (way == PosixSpawn) {
        if (posix_spawn(&child, ExitProgram, NULL, NULL, argv, environ) != 0) child = -1;
    } else {
        child = way == Fork ? fork() : vfork();
        if (child == 0) {
            execve(ExitProgram, argv, environ);
            _exit(127);
        }
    }
    int status = 0;
    if (child > 0) waitpid(child, &status, 0);
    uint64_t t1 = tb_rdtsc_close();
    if (child <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || read(stamp, &started, sizeof started) != sizeof started) return 0;
    *first = started > t0 ? started - t0 - cost : 0;
    return t1 - t0 - cost;
}

void bench_spawn(uint64_t *samples, int n, uint64_t cost)
{
    /* fd 3 of every child: the write end of a pipe that carries its first instruction's TSC. */
    int stamps[2];
    if (pipe(stamps) != 0) return;
    /* The pipe may have been given fd 3 itself: move its read end out of the way first. */
    int reader = fcntl(stamps[0], F_DUPFD, 10);
    close(stamps[0]);
    stamps[0] = reader;
    if (reader < 0 || dup2(stamps[1], 3) != 3) return;
    uint64_t *first = calloc((size_t)n, sizeof first[0]);
    if (!first) return;
    static const struct { enum SpawnWay way; const char *name, *what; } ways[] = {
        { Fork, "process.spawn.static", "fork, execve of a static program of one page (/exit), its exit and the parent's waitpid" },
        { VFork, "process.spawn.vfork", "as process.spawn.static with vfork" },
        { PosixSpawn, "process.spawn.posix-spawn", "as process.spawn.static with posix_spawn" },
    };
    for (unsigned w = 0; w < sizeof ways / sizeof ways[0]; w++) {
        for (int i = 0; i < n; i++) samples[i] = spawn_once(ways[w].way, stamps[0], cost, &first[i]);
        tb_bench(ways[w].name, samples, n, "process.spawn-to-reaped", ways[w].what);
        if (ways[w].way == Fork)
            tb_bench("process.fork-exec-to-exit", first, n, "process.create-to-exit-call",
                     "fork and execve of the static /exit until its first instruction, which is its exit call's start (the TSC it read there, sent back by pipe); TSC read cost subtracted");
    }
    free(first);
    close(stamps[0]);
    if (stamps[1] != 3) close(stamps[1]);
    close(3);
}

/* The resident bytes of PID from /proc/PID/smaps_rollup (a walk of its page tables: statm's
 * counter lags in 6.1, whose RSS counts are kept per thread and folded in lazily), and its
 * virtual size from /proc/PID/statm. */
static int resident_pages(pid_t pid, uint64_t *resident, uint64_t *size)
{
    char path[64], line[128];
    snprintf(path, sizeof path, "/proc/%d/smaps_rollup", (int)pid);
    FILE *file = fopen(path, "r");
    if (!file) return 0;
    unsigned long kib = 0;
    int found = 0;
    while (!found && fgets(line, sizeof line, file)) found = sscanf(line, "Rss: %lu kB", &kib) == 1;
    fclose(file);
    *resident = (uint64_t)kib * 1024;
    snprintf(path, sizeof path, "/proc/%d/statm", (int)pid);
    file = fopen(path, "r");
    if (!file) return 0;
    unsigned long pages = 0;
    int got = fscanf(file, "%lu", &pages);
    fclose(file);
    *size = (uint64_t)pages * (uint64_t)sysconf(_SC_PAGESIZE);
    return found && got == 1;
}

void footprint_hello(void)
{
    int release[2], ready[2];
    if (pipe(release) != 0 || pipe(ready) != 0) return;
    pid_t child = fork();
    if (child == 0) {
        /* fd 3: where it waits for release; fd 4: where it says it is ready. */
        int in = fcntl(release[0], F_DUPFD, 10), out = fcntl(ready[1], F_DUPFD, 10);
        close(release[0]);
        close(release[1]);
        close(ready[0]);
        close(ready[1]);
        if (in < 0 || out < 0 || dup2(in, 3) != 3 || dup2(out, 4) != 4) _exit(126);
        char *argv[] = { "/hello", NULL };
        execve("/hello", argv, environ);
        _exit(127);
    }
    close(release[0]);
    close(ready[1]);
    char byte;
    uint64_t resident = 0, size = 0;
    const char *problem = child <= 0 ? "fork failed" : read(ready[0], &byte, 1) != 1 ? "/hello never said it was ready"
        : !resident_pages(child, &resident, &size) ? "no /proc/PID/smaps_rollup" : NULL;
    close(release[1]);
    close(ready[0]);
    if (child > 0) waitpid(child, NULL, 0);
    int ok = problem == NULL;
    tb_check("peer.hello-footprint-read", ok, problem);
    if (ok) {
        printf("@tb {\"kind\":\"footprint\",\"name\":\"hello.static-c\",\"resident\":%llu,\"size\":%llu}\n",
               (unsigned long long)resident, (unsigned long long)size);
        fflush(stdout);
    }
}
