#include "unity-print.h"
#include "console.h"

static unsigned tests, failures;

void unity_run(const char *file, int line, const char *name, test_fn fn)
{
    const char *message = 0;
    int failed = fn(&message);
    tests++;
    console_puts(file);
    console_puts(":");
    console_putu((unsigned)line);
    console_puts(":");
    console_puts(name);
    if (failed) {
        failures++;
        console_puts(":FAIL: ");
        console_puts(message ? message : "failed");
        console_puts("\n");
    } else
        console_puts(":PASS\n");
}

int unity_end(void)
{
    console_puts("\n-----------------------\n");
    console_putu(tests);
    console_puts(" Tests ");
    console_putu(failures);
    console_puts(" Failures 0 Ignored\n");
    console_puts(failures ? "FAIL\n" : "OK\n");
    return (int)failures;
}
