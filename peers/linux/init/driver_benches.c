/* See driver_benches.h. The same requests as the Testbed kernels' disk and net figures
 * (common/workloads, the bench definitions disk.*.4k.*-app-buffer and net.echo.app-buffers):
 * a write then a read of eight sectors at LBA 4096 + 8 (i mod 64), each sector's bytes a
 * function of (i, lba) and checked after the read; frames of the net-echo layout and lengths
 * (60 to 1514 bytes, 60 + 97 i mod 1455, EtherType 0x88B5, sequence, length, checksum). */
#define _GNU_SOURCE
#include "driver_benches.h"
#include "devices.h"
#include "records.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { Block = 4096, Sectors = 8, FirstLba = 4096, Blocks = 64, EtherType = 0x88B5, MaxFrame = 1514 };

/* The data check of a driver row: passed, or what went wrong how often. */
static void check_data(const char *name, int failures, const char *what)
{
    char detail[96];
    snprintf(detail, sizeof detail, "%d samples: %s", failures, what);
    tb_check(name, failures == 0, failures ? detail : NULL);
}

static void pause_ms(long ms)
{
    struct timespec wait = { 0, ms * 1000000L };
    nanosleep(&wait, NULL);
}

/* The SCSI scan of the IDE channel runs after the module's load: wait for the disk's node. */
static int open_disk(void)
{
    for (int tries = 0; tries < 200; tries++) {
        int fd = open("/dev/sda", O_RDWR | O_DIRECT | O_CLOEXEC);
        if (fd >= 0) return fd;
        pause_ms(10);
    }
    return -1;
}

static void fill(uint8_t *block, uint64_t i, uint64_t lba)
{
    for (int k = 0; k < Block; k++) block[k] = (uint8_t)(i * 131 + (lba + (uint64_t)k / 512) * 31 + (uint64_t)k * 7);
}

static int intact(const uint8_t *block, uint64_t i, uint64_t lba)
{
    for (int k = 0; k < Block; k++)
        if (block[k] != (uint8_t)(i * 131 + (lba + (uint64_t)k / 512) * 31 + (uint64_t)k * 7)) return 0;
    return 1;
}

void bench_disk(uint64_t *reads, uint64_t *writes, int n, uint64_t cost)
{
    int fd = open_disk();
    uint8_t *block = NULL;
    if (fd < 0 || posix_memalign((void **)&block, Block, Block) != 0) {
        tb_check("peer.disk.found", 0, "no /dev/sda (ata_piix, sd_mod)");
        return;
    }
    int failures = 0;
    for (int i = 0; i < n; i++) {
        uint64_t lba = FirstLba + (uint64_t)(i % Blocks) * Sectors;
        fill(block, (uint64_t)i, lba);
        uint64_t h0 = halted_ns(), t0 = tb_rdtsc_open();
        ssize_t w = pwrite(fd, block, Block, (off_t)(lba * 512));
        uint64_t t1 = tb_rdtsc_close(), h1 = halted_ns();
        memset(block, 0, Block);
        uint64_t h2 = halted_ns(), t2 = tb_rdtsc_open();
        ssize_t r = pread(fd, block, Block, (off_t)(lba * 512));
        uint64_t t3 = tb_rdtsc_close(), h3 = halted_ns();
        if (w != Block || r != Block || !intact(block, (uint64_t)i, lba)) failures++;
        writes[i] = t1 - t0 - cost - (h1 - h0);
        reads[i] = t3 - t2 - cost - (h3 - h2);
    }
    check_data("peer.disk.data-intact", failures, "a block came back wrong");
    close(fd);
    free(block);
    tb_bench("disk.read", reads, n, "disk.read.4k.to-app-buffer",
             "4 KiB read with O_DIRECT from the IDE disk (ata_piix, bus-master DMA) into the process's own buffer; idle time subtracted (/proc/timer_list)");
    tb_bench("disk.write", writes, n, "disk.write.4k.from-app-buffer",
             "4 KiB write with O_DIRECT from the process's own buffer to the IDE disk; idle time subtracted");
}

static uint32_t frame_checksum(const uint8_t *frame, uint32_t length)
{
    uint32_t sum = 2166136261u;
    for (uint32_t k = 14; k < length; k++)
        if (k < 26 || k >= 30) sum = (sum ^ frame[k]) * 16777619u;
    return sum;
}

static void build_frame(uint8_t *frame, uint64_t sequence, uint32_t length)
{
    memset(frame, 0xFF, 6);
    frame[6] = 0x02;
    for (int k = 7; k < 12; k++) frame[k] = (uint8_t)k;
    frame[12] = EtherType >> 8;
    frame[13] = EtherType & 0xFF;
    memcpy(frame + 14, &sequence, 8);
    memcpy(frame + 22, &length, 4);
    for (uint32_t k = 30; k < length; k++) frame[k] = (uint8_t)(sequence * 13 + k);
    uint32_t sum = frame_checksum(frame, length);
    memcpy(frame + 26, &sum, 4);
}

static int frame_intact(const uint8_t *frame, uint32_t length)
{
    uint32_t stated, sum;
    memcpy(&stated, frame + 22, 4);
    memcpy(&sum, frame + 26, 4);
    return length >= 30 && stated == length && sum == frame_checksum(frame, length);
}

/* A raw socket of our EtherType on the interface, which is brought up first. */
static int packet_socket(const char *name)
{
    int fd = socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, htons(EtherType));
    if (fd < 0) return -1;
    struct ifreq request;
    memset(&request, 0, sizeof request);
    strncpy(request.ifr_name, name, IFNAMSIZ - 1);
    if (ioctl(fd, SIOCGIFFLAGS, &request) != 0) { close(fd); return -1; }
    request.ifr_flags |= IFF_UP;
    if (ioctl(fd, SIOCSIFFLAGS, &request) != 0 || ioctl(fd, SIOCGIFINDEX, &request) != 0) { close(fd); return -1; }
    struct sockaddr_ll address = { .sll_family = AF_PACKET, .sll_protocol = htons(EtherType), .sll_ifindex = request.ifr_ifindex };
    if (bind(fd, (struct sockaddr *)&address, sizeof address) != 0) { close(fd); return -1; }
    return fd;
}

void bench_net(uint64_t *samples, int n, uint64_t cost)
{
    int sender = packet_socket("eth0"), receiver = packet_socket("eth1");
    static uint8_t send_buffer[MaxFrame], receive_buffer[MaxFrame];
    if (sender < 0 || receiver < 0) {
        char names[160] = "no eth0 and eth1 (8139cp); interfaces:";
        struct if_nameindex *all = if_nameindex();
        for (struct if_nameindex *i = all; i && i->if_index; i++) {
            strncat(names, " ", sizeof names - strlen(names) - 1);
            strncat(names, i->if_name, sizeof names - strlen(names) - 1);
        }
        if (all) if_freenameindex(all);
        tb_check("peer.net.found", 0, names);
        return;
    }
    pause_ms(50);              /* the links come up */
    struct timeval timeout = { 0, 500000 };
    setsockopt(receiver, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    int failures = 0;
    for (int i = 0; i < n; i++) {
        uint64_t sequence = (uint64_t)i + 1;
        uint32_t length = 60 + (uint32_t)(sequence * 97 % (MaxFrame - 60 + 1));
        build_frame(send_buffer, sequence, length);
        uint64_t h0 = halted_ns(), t0 = tb_rdtsc_open();
        ssize_t sent = send(sender, send_buffer, length, 0);
        ssize_t got = recv(receiver, receive_buffer, sizeof receive_buffer, 0);
        uint64_t t1 = tb_rdtsc_close(), h1 = halted_ns();
        uint64_t back = 0;
        if (got >= 22) memcpy(&back, receive_buffer + 14, 8);
        if (sent != (ssize_t)length || got != (ssize_t)length || back != sequence || !frame_intact(receive_buffer, (uint32_t)got)) failures++;
        samples[i] = t1 - t0 - cost - (h1 - h0);
    }
    close(sender);
    close(receiver);
    check_data("peer.net.frames-intact", failures, "a frame was lost or came back wrong");
    tb_bench("net.echo", samples, n, "net.echo.app-buffers",
             "one frame (60-1514 B) from the process's own buffer sent on NIC 0 by a raw AF_PACKET socket and received on NIC 1 into its own buffer (8139cp); idle time subtracted");
}
