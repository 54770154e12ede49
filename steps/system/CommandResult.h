#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dceha {

/** @brief One program to run: a command name (mapped to a program by a CommandMap) and its arguments.
 *
 * Arguments are passed to the program as they are, one argv element each: no shell ever sees them. */
struct CommandSpec
{
    QString name;
    QStringList args;
    /** Written to the program's stdin, then stdin is closed. Empty: stdin is closed at once. */
    QByteArray stdinData;
    /** True when stdinData holds a secret: it is then never logged or recorded. */
    bool stdinIsSecret = false;
    int timeoutMs = 10 * 60 * 1000;
    /** Extra environment variables for this program only (NAME → value). */
    QList<QPair<QString, QString>> environment;
};

/** @brief What a program did: exit code, captured output, and why it did not finish when it did not. */
struct CommandResult
{
    /** The program and argument list actually started (after mapping). */
    QString program;
    QStringList argv;
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
    bool started = false;
    bool timedOut = false;
    bool crashed = false;
    /** Ended by the wizard because the run was interrupted (a signal): not the command's own failure. */
    bool interrupted = false;
    qint64 elapsedMs = 0;
    /** Why the program could not be run, when it could not (not found, not executable…). */
    QString failure;
    /** A remote node's: the connection failed or dropped (ssh's own exit 255), whatever the command did. */
    bool connectionLost = false;

    bool ok() const { return started && !timedOut && !crashed && !interrupted && exitCode == 0; }
};

} // namespace dceha
