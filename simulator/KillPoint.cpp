#include "KillPoint.h"

#include <QFile>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

namespace aixsim {

namespace {

/** The nearest ancestor whose command name is dce-ha-wizard, or -1 (read from /proc, Linux only). */
pid_t wizardAncestor()
{
    pid_t pid = ::getppid();
    for (int depth = 0; pid > 1 && depth < 32; ++depth) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "dce-ha-wizard")
            return pid;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        // "PID (COMM) STATE PPID ...": COMM may hold spaces and parentheses, so read after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        pid = fields.size() > 1 ? pid_t(fields.at(1).toLong()) : -1;
    }
    return -1;
}

} // namespace

KillPoint KillPoint::fromEnvironment(const QString& command, int call, int ordinal)
{
    KillPoint kill;
    const QStringList parts = qEnvironmentVariable("AIXSIM_KILL_CALLER").split(QLatin1Char(':'));
    const bool byOrdinal = parts.first().startsWith(QLatin1Char('@'));
    if (byOrdinal ? parts.first().mid(1).toInt() != ordinal : parts.first() != command)
        return kill;
    int wanted = byOrdinal ? call : 1;
    QString point = QStringLiteral("after");
    for (qsizetype i = 1; i < parts.size(); ++i) {
        bool number = false;
        const int n = parts.at(i).toInt(&number);
        if (number)
            wanted = n;
        else
            point = parts.at(i);
    }
    if (wanted != call)
        return kill;
    if (point == QLatin1String("before"))
        kill.m_point = Point::Before;
    else if (point == QLatin1String("commit"))
        kill.m_point = Point::Commit;
    else if (point == QLatin1String("after"))
        kill.m_point = Point::After;
    else if (point.startsWith(QLatin1String("late="))) {
        kill.m_point = Point::Late;
        kill.m_lateUsec = point.mid(5).toLong();
    } else {
        std::fprintf(stderr,
                     "aixsim: AIXSIM_KILL_CALLER: unknown point '%s' (before, commit, after, late=USEC)\n",
                     qPrintable(point));
    }
    return kill;
}

void KillPoint::reach(Point point) const
{
    if (point != m_point || point == Point::None)
        return;
    const pid_t wizard = wizardAncestor();
    if (wizard < 0) {
        std::fputs("aixsim: AIXSIM_KILL_CALLER: no dce-ha-wizard among this command's callers\n", stderr);
        return;
    }
    if (point == Point::Late) {
        // A detached helper, so that this command exits normally and the wizard goes on to record it.
        const pid_t helper = ::fork();
        if (helper == 0) {
            // Only async-signal-safe calls after fork; the helper keeps none of the wizard's pipes open.
            const int devNull = ::open("/dev/null", O_RDWR);
            for (int fd = 0; fd < 3; ++fd)
                ::dup2(devNull, fd);
            const timespec wait{m_lateUsec / 1000000, (m_lateUsec % 1000000) * 1000};
            ::nanosleep(&wait, nullptr);
            ::kill(wizard, SIGKILL);
            ::_exit(0);
        }
        return;
    }
    ::kill(wizard, SIGKILL);
    if (point != Point::After)
        ::raise(SIGKILL);
}

} // namespace aixsim
