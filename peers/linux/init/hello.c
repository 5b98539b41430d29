/* /hello: the minimal static C program of the footprint row (the papers' "hello world",
 * statically linked with the C library). It greets, tells init it is ready (a byte on fd 4),
 * and waits on fd 3 until init has read its resident pages, then exits. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
    printf("hello, world\n");
    fflush(stdout);
    char byte = 1;
    if (write(4, &byte, 1) != 1) return 1;
    while (read(3, &byte, 1) > 0) { }
    return 0;
}
