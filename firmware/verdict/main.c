/* One test case per build (-DCASE_...): what a run step must judge.
 *   CASE_PASS       prints its checks and ALL TESTS PASSED (semihosting: exit 0)
 *   CASE_UNITY_FAIL three Unity-format tests, one failing (semihosting: exit 1)
 *   CASE_HANG       prints, then never finishes (the host's timeout)
 *   CASE_HARDFAULT  prints, then executes an undefined instruction
 *   CASE_EXIT3      prints, then exits with code 3 through semihosting
 *   CASE_ECHO       waits for a line on RTT down-channel 0 and echoes it */
#include "console.h"
#include "unity-print.h"

static volatile unsigned counter;

#ifdef CASE_UNITY_FAIL
static int test_adds(const char **message)
{
    (void)message;
    return counter + 2 + 2 != 4;
}

static int test_divides(const char **message)
{
    unsigned q = (counter + 10) / 2;
    *message = "Expected 4 Was 5";
    return q != 4;
}

static int test_shifts(const char **message)
{
    (void)message;
    return ((counter + 1) << 4) != 16;
}
#endif

static void __attribute__((unused)) idle(void)
{
    for (;;)
        counter++;
}

static void __attribute__((unused)) finish(int code)
{
#ifdef CONSOLE_SEMIHOSTING
    semihosting_exit(code);
#else
    (void)code;
    idle();
#endif
}

int main(void)
{
    console_init();
    console_puts("boot " CHIP "\n");
#if defined(CASE_PASS)
    console_puts("check 1 ok\ncheck 2 ok\n");
    console_puts("ALL TESTS PASSED\n");
    finish(0);
#elif defined(CASE_UNITY_FAIL)
    RUN_TEST(test_adds);
    RUN_TEST(test_divides);
    RUN_TEST(test_shifts);
    finish(unity_end());
#elif defined(CASE_HANG)
    console_puts("waiting for something that never happens\n");
    idle();
#elif defined(CASE_HARDFAULT)
    console_puts("about to execute an undefined instruction\n");
    __asm__ volatile("udf #0");
    console_puts("not reached\n");
    idle();
#elif defined(CASE_EXIT3)
    console_puts("exiting with code 3\n");
    semihosting_exit(3);
#elif defined(CASE_ECHO)
    char line[48];
    console_puts("ready\n");
    console_gets(line, sizeof line);
    console_puts("got ");
    console_puts(line);
    console_puts("\nALL TESTS PASSED\n");
    idle();
#else
#error "build with -DCASE_..."
#endif
    return 0;
}
