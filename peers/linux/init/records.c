/* See records.h. Output goes through stdout, the console the kernel opened for init (ttyS0). */
#include "records.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/io.h>
#include <sys/reboot.h>
#include <unistd.h>

uint64_t tb_tsc_read_cost(void)
{
    uint64_t best = UINT64_MAX;
    for (int i = 0; i < 16; i++) {
        uint64_t a = tb_rdtsc_open();
        uint64_t b = tb_rdtsc_calibrate();
        if (b - a < best) best = b - a;
    }
    return best;
}

/* A JSON string's characters that need escaping never occur in our names; the command line
 * might hold a quote or a backslash. */
static void json_string(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') putchar('\\');
        if ((unsigned char)*s >= 0x20) putchar(*s);
    }
    putchar('"');
}

void tb_hello(const char *kernel, const char *cmdline)
{
    printf("@tb {\"kind\":\"hello\",\"kernel\":");
    json_string(kernel);
    printf(",\"cmdline\":");
    json_string(cmdline);
    printf("}\n");
    fflush(stdout);
}

void tb_check(const char *name, int ok, const char *detail)
{
    printf("@tb {\"kind\":\"check\",\"name\":\"%s\",\"ok\":%s", name, ok ? "true" : "false");
    if (detail) {
        printf(",\"detail\":");
        json_string(detail);
    }
    printf("}\n");
    fflush(stdout);
}

void tb_config(const char *field, const char *value)
{
    printf("@tb {\"kind\":\"config\",\"%s\":", field);
    json_string(value);
    printf("}\n");
    fflush(stdout);
}

static int compare(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

void tb_bench(const char *name, uint64_t *samples, int n, const char *def, const char *what)
{
    if (n <= 0) return;
    qsort(samples, (size_t)n, sizeof samples[0], compare);
    uint64_t median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    tb_model_record();
    printf("@tb {\"kind\":\"bench\",\"name\":\"%s\",\"n\":%d,\"min\":%llu,\"median\":%llu,\"max\":%llu,\"def\":\"%s\",\"what\":",
           name, n, (unsigned long long)samples[0], (unsigned long long)median, (unsigned long long)samples[n - 1], def);
    json_string(what);
    printf("}\n");
    fflush(stdout);
}

void tb_done(int ok)
{
    printf("@tb {\"kind\":\"done\",\"ok\":%s}\n", ok ? "true" : "false");
    fflush(stdout);
}

void tb_power_off(int code)
{
    fflush(stdout);
    sync();
    if (ioperm(0xf4, 4, 1) == 0) outb((unsigned char)code, 0xf4);
    /* Without the port (not under Testbed's QEMU): an ordinary power-off. */
    reboot(RB_POWER_OFF);
    exit(code);
}
