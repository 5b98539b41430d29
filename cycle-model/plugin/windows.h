/*
 * The marker protocol and the output file (README.md, "Markers" and "Output"). The guest
 * brackets measured code with REX-prefixed rdtsc instructions (decode.h): OPEN snapshots the
 * counters, CLOSE takes a window (counters now less the snapshot; the OPEN stays, so two
 * CLOSEs give two windows), CALIBRATION takes the window of a back-to-back read pair,
 * HALT_BEGINS and HALT_ENDS bracket a halted period, which windows leave out (as the kernels
 * subtract halted time), and RECORD says a bench record follows. Windows are grouped by their site, the code a CLOSE
 * returns to (the first block after it that is not the read's own shl/or/ret tail), and the
 * groups of each stretch between RECORDs are written as one segment, whole, when it ends.
 * The harness finds each record's windows among the groups (harness/CycleModel/RecordMatch.cs).
 */
#ifndef CYCLE_MODEL_WINDOWS_H
#define CYCLE_MODEL_WINDOWS_H

#include <stdint.h>

/* Opens the output file and writes the header; returns 0 or -1 (errno set). */
int windows_open(const char *path);

/* Called from the marker instruction's exec callback (enum marker). */
void windows_marker(int marker);

/* True while a CLOSE's window waits for its site. */
extern int windows_close_pending;

/* The site of the pending CLOSE's window: the start of the block control returned to. */
void windows_close_site(uint64_t site);

/* Writes the last segment and the run's totals, and closes the file. */
void windows_finish(void);

#endif
