/* A SEGGER-RTT-compatible control block with one up and one down buffer,
 * written by hand (no vendored SEGGER code), and semihosting calls. */
#include "console.h"
#include <stdint.h>

#ifdef CONSOLE_RTT
struct rtt_buffer {
    const char *name;
    char *buffer;
    uint32_t size;
    volatile uint32_t wr_off;
    volatile uint32_t rd_off;
    uint32_t flags;
};

struct rtt_control_block {
    char id[16];
    int32_t max_up;
    int32_t max_down;
    struct rtt_buffer up[1];
    struct rtt_buffer down[1];
};

struct rtt_control_block _SEGGER_RTT;
static char up_buffer[1024];
static char down_buffer[64];
#endif

static int semihosting_call(int op, const void *param)
{
    register int r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = param;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

void console_init(void)
{
#ifdef CONSOLE_RTT
    static const char id[] = "SEGGER RTT";
    _SEGGER_RTT.max_up = 1;
    _SEGGER_RTT.max_down = 1;
    _SEGGER_RTT.up[0] = (struct rtt_buffer){"Terminal", up_buffer, sizeof up_buffer, 0, 0, 0};
    _SEGGER_RTT.down[0] = (struct rtt_buffer){"Terminal", down_buffer, sizeof down_buffer, 0, 0, 0};
    /* The id last: the host must never find a half-written block. */
    __asm__ volatile("" ::: "memory");
    for (unsigned i = 0; i < sizeof id; i++)
        _SEGGER_RTT.id[i] = id[i];
#endif
}

#ifdef CONSOLE_RTT
static void rtt_putc(char c)
{
    struct rtt_buffer *b = &_SEGGER_RTT.up[0];
    uint32_t next = (b->wr_off + 1) % b->size;
    while (next == b->rd_off)
        ; /* full: wait for the host (blocking mode) */
    b->buffer[b->wr_off] = c;
    __asm__ volatile("" ::: "memory");
    b->wr_off = next;
}
#endif

#ifndef CONSOLE_RTT
/* Each semihosting call halts the core for the host: one call per line. */
static char line_buffer[128];
static unsigned line_length;

static void semihosting_putc(char c)
{
    line_buffer[line_length++] = c;
    if (c == '\n' || line_length == sizeof line_buffer - 1) {
        line_buffer[line_length] = 0;
        semihosting_call(0x04 /* SYS_WRITE0 */, line_buffer);
        line_length = 0;
    }
}
#endif

void console_puts(const char *text)
{
    while (*text) {
#ifdef CONSOLE_RTT
        rtt_putc(*text++);
#else
        semihosting_putc(*text++);
#endif
    }
}

void console_putu(unsigned n)
{
    char digits[12];
    int i = sizeof digits - 1;
    digits[i] = 0;
    do {
        digits[--i] = (char)('0' + n % 10);
        n /= 10;
    } while (n && i > 0);
    console_puts(&digits[i]);
}

#ifdef CONSOLE_RTT
void console_gets(char *buf, unsigned size)
{
    struct rtt_buffer *b = &_SEGGER_RTT.down[0];
    unsigned n = 0;
    for (;;) {
        while (b->rd_off == b->wr_off)
            ;
        char c = b->buffer[b->rd_off];
        b->rd_off = (b->rd_off + 1) % b->size;
        if (c == '\n')
            break;
        if (n + 1 < size)
            buf[n++] = c;
    }
    buf[n] = 0;
}
#endif

void semihosting_exit(int code)
{
    const uint32_t block[2] = {0x20026 /* ADP_Stopped_ApplicationExit */, (uint32_t)code};
    semihosting_call(0x20 /* SYS_EXIT_EXTENDED */, block);
    for (;;)
        ;
}
