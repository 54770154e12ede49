#include "PasswordPrompt.h"

#include "system/Interruption.h"

#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace dceha {

std::optional<QByteArray> cellAdminPassword()
{
    const QByteArray fromEnv = qgetenv("DCE_CELL_ADMIN_PASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    termios saved{};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    if (!isTerminal) {
        ::close(fd);
        return std::nullopt;
    }
    const char prompt[] = "\ncell_admin password (not echoed, not stored): ";
    (void)!::write(fd, prompt, sizeof prompt - 1);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(fd, TCSAFLUSH, &quiet);
    QByteArray line;
    char ch = 0;
    bool interrupted = false;
    for (;;) {
        // Polled, so that Ctrl-C (SIGINT, whose handler restarts reads) ends the prompt at once.
        pollfd ready{fd, POLLIN, 0};
        if (Interruption::requested()) {
            interrupted = true;
            break;
        }
        if (::poll(&ready, 1, 200) <= 0)
            continue;
        if (::read(fd, &ch, 1) != 1 || ch == '\n')
            break;
        line += ch;
    }
    ::tcsetattr(fd, TCSAFLUSH, &saved);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    if (line.isEmpty() || interrupted)
        return std::nullopt;
    return line;
}

} // namespace dceha
