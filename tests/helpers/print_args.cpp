// Prints each argument on its own line framed by '<' and '>' (newlines inside an argument stay inside the
// frame), then what it read on stdin: the System tests check arguments arrive whole and uninterpreted.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--sleep") == 0) {
        sleep(unsigned(std::atoi(argv[2])));
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "--exit") == 0) {
        std::fputs("to stderr\n", stderr);
        return std::atoi(argv[2]);
    }
    std::printf("argc=%d\n", argc - 1);
    for (int i = 1; i < argc; ++i)
        std::printf("<%s>\n", argv[i]);
    char buffer[4096];
    size_t n;
    std::printf("stdin=");
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
        std::fwrite(buffer, 1, n, stdout);
    return 0;
}
