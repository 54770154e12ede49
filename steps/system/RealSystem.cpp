#include "RealSystem.h"

#include "Interruption.h"

#include <QElapsedTimer>
#include <QProcess>
#include <spdlog/spdlog.h>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace dceha {

RealSystem::RealSystem(const QString& root, CommandMap commands)
    : System(root), interruptions(&Interruption::count), m_commands(std::move(commands))
{}

CommandResult RealSystem::run(const CommandSpec& spec)
{
    CommandResult result;
    CommandMap::Invocation how;
    if (!m_commands.resolve(spec.name, &how)) {
        result.failure = QStringLiteral("no program is known for the command '%1'").arg(spec.name);
        result.argv = QStringList{spec.name} + spec.args;
        return result;
    }
    result.program = how.program;
    result.argv = QStringList{how.program} + how.leadingArgs + spec.args;

    QProcess process;
    process.setProgram(how.program);
    process.setArguments(how.leadingArgs + spec.args);
    if (!spec.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : spec.environment)
            env.insert(name, value);
        process.setProcessEnvironment(env);
    }
    // The command dies with the wizard: a resumed run must not race an orphan still changing the node. The
    // probes of the resumed step find whatever the interrupted command left.
    // Its own process group: a Ctrl-C on the terminal reaches the wizard only, which ends the command
    // gracefully (SIGTERM, then SIGKILL) instead of the terminal killing installp or mkvg mid-way.
    process.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    if (interruptions && interruptions() > 0) {
        result.failure = QStringLiteral("not started: the run is being interrupted");
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(30000)) {
        result.failure = process.errorString();
        result.elapsedMs = clock.elapsed();
        return result;
    }
    result.started = true;
    if (!spec.stdinData.isEmpty())
        process.write(spec.stdinData);
    process.closeWriteChannel();

    // Waits in short slices so that a signal to the wizard ends the command within one slice.
    const auto signalCommand = [&process](int number) {
        const pid_t pid = pid_t(process.processId());
        if (pid <= 0) // finished meanwhile: kill(0) or kill(-0) would signal the wizard's own group
            return;
        if (::kill(-pid, number) != 0) // the group is made by the child itself just after fork
            ::kill(pid, number);
    };
    QElapsedTimer graceClock;
    while (process.state() != QProcess::NotRunning) {
        if (process.waitForFinished(50))
            break;
        if (process.state() == QProcess::NotRunning)
            break;
        const int requests = interruptions ? interruptions() : 0;
        if (requests > 0 && !graceClock.isValid()) {
            graceClock.start();
            signalCommand(SIGTERM);
            result.interrupted = true;
        }
        if (requests > 1 || (graceClock.isValid() && graceClock.elapsed() > terminateGraceMs)) {
            signalCommand(SIGKILL);
            process.waitForFinished(5000);
            break;
        }
        if (!result.interrupted && clock.elapsed() > spec.timeoutMs) {
            result.timedOut = true;
            signalCommand(SIGKILL);
            process.waitForFinished(5000);
            result.failure = QStringLiteral("timed out after %1 s").arg(spec.timeoutMs / 1000.0);
            break;
        }
    }
    if (result.interrupted)
        result.failure = graceClock.elapsed() > terminateGraceMs || (interruptions && interruptions() > 1)
                             ? QStringLiteral("interrupted: ended with SIGKILL")
                             : QStringLiteral("interrupted: ended with SIGTERM");
    result.elapsedMs = clock.elapsed();
    result.stdOut = process.readAllStandardOutput();
    result.stdErr = process.readAllStandardError();
    if (!result.timedOut && !result.interrupted && process.exitStatus() == QProcess::CrashExit) {
        result.crashed = true;
        result.failure = QStringLiteral("the program crashed");
    }
    result.exitCode = result.timedOut || result.crashed || result.interrupted ? -1 : process.exitCode();
    spdlog::debug("ran {} → exit {} in {} ms", spec.name.toStdString(), result.exitCode, result.elapsedMs);
    return result;
}

} // namespace dceha
