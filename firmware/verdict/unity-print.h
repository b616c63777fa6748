/* Prints test results in Unity's output format (file:line:name:PASS|FAIL:msg
 * and the summary), without Unity itself. */
#ifndef UNITY_PRINT_H
#define UNITY_PRINT_H

typedef int (*test_fn)(const char **message); /* 0 passes */

void unity_run(const char *file, int line, const char *name, test_fn fn);
/* Prints the summary; returns the number of failures. */
int unity_end(void);

#define RUN_TEST(fn) unity_run(__FILE__, __LINE__, #fn, fn)

#endif
