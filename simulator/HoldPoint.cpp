#include "HoldPoint.h"

#include <QFile>
#include <QStringList>
#include <QThread>

#include <cstdio>
#include <unistd.h>

namespace aixsim {

HoldPoint HoldPoint::fromEnvironment(const QString& command, int call, int ordinal)
{
    HoldPoint hold;
    const QString spec = qEnvironmentVariable("AIXSIM_HOLD");
    const QString release = qEnvironmentVariable("AIXSIM_HOLD_RELEASE");
    if (spec.isEmpty())
        return hold;
    if (release.isEmpty()) {
        std::fputs("aixsim: AIXSIM_HOLD needs AIXSIM_HOLD_RELEASE=FILE (the file that lets it go)\n", stderr);
        return hold;
    }
    const QStringList parts = spec.split(QLatin1Char(':'));
    const bool matches =
        parts.first().startsWith(QLatin1Char('@'))
            ? parts.first().mid(1).toInt() == ordinal
            : parts.first() == command && (parts.size() > 1 ? parts.at(1).toInt() : 1) == call;
    if (matches)
        hold.m_release = release;
    return hold;
}

bool HoldPoint::hold() const
{
    if (!active())
        return true;
    {
        QFile held(m_release + QStringLiteral(".held"));
        if (held.open(QIODevice::WriteOnly | QIODevice::Truncate))
            held.write(QByteArray::number(qint64(::getpid())) + '\n');
    }
    const int maxMs = qEnvironmentVariableIsSet("AIXSIM_HOLD_MAX_MS")
                          ? qEnvironmentVariableIntValue("AIXSIM_HOLD_MAX_MS")
                          : 60000;
    // A poll, not a timed guess: the command goes on as soon as the test releases it.
    for (int waited = 0; waited < maxMs; waited += 5) {
        if (QFile::exists(m_release))
            return true;
        QThread::msleep(5);
    }
    std::fputs("aixsim: AIXSIM_HOLD: never released\n", stderr);
    return false;
}

} // namespace aixsim
