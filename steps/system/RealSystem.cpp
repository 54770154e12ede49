#include "RealSystem.h"

#include <QElapsedTimer>
#include <QProcess>
#include <spdlog/spdlog.h>

#include <csignal>
#include <sys/prctl.h>

namespace dceha {

RealSystem::RealSystem(const QString& root, CommandMap commands)
    : System(root), m_commands(std::move(commands))
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
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
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

    if (!process.waitForFinished(spec.timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
        result.failure = QStringLiteral("timed out after %1 s").arg(spec.timeoutMs / 1000.0);
    }
    result.elapsedMs = clock.elapsed();
    result.stdOut = process.readAllStandardOutput();
    result.stdErr = process.readAllStandardError();
    if (!result.timedOut && process.exitStatus() == QProcess::CrashExit) {
        result.crashed = true;
        result.failure = QStringLiteral("the program crashed");
    }
    result.exitCode = result.timedOut || result.crashed ? -1 : process.exitCode();
    spdlog::debug("ran {} → exit {} in {} ms", spec.name.toStdString(), result.exitCode, result.elapsedMs);
    return result;
}

} // namespace dceha
