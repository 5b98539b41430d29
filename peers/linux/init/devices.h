/* The devices of the driver rows: the disk and NIC drivers are modules of Debian's kernel,
 * loaded here from the initramfs (no modprobe, no udev), and the time the CPU spent idle,
 * which the driver rows subtract as the Testbed kernels subtract their halted time. */
#ifndef TB_DEVICES_H
#define TB_DEVICES_H
#include <stdint.h>

/* Loads the modules of /lib/modules in load-order.txt's order and mounts devtmpfs on /dev; how many loaded (-1: no list). */
int load_driver_modules(void);

/* Nanoseconds CPU 0 has spent idle, waiting for I/O or not (/proc/timer_list: the tick's
 * idle_sleeptime and iowait_sleeptime, which stop counting while an interrupt is handled).
 * Under TCG icount a nanosecond is one TSC tick. */
uint64_t halted_ns(void);

#endif
