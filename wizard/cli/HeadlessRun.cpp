#include "HeadlessRun.h"

#include "Logging.h"
#include "PasswordPrompt.h"
#include "answers/AnswersFile.h"
#include "answers/Handoff.h"
#include "answers/NodeChecks.h"
#include "answers/Preflight.h"
#include "procedure/Catalog.h"
#include "procedure/Checkpoint.h"
#include "procedure/DrillTimeline.h"
#include "procedure/ExitCode.h"
#include "procedure/RecordFile.h"
#include "procedure/Runner.h"
#include "report/RecordExport.h"
#include "session/Session.h"
#include "system/InputFile.h"
#include "system/Interruption.h"
#include "system/RealSystem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace dceha {

namespace {

void say(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}
void complain(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

QString indent(const QString& text, const QString& prefix = QStringLiteral("        "))
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (auto& l : lines)
        l = prefix + l;
    return lines.join(QLatin1Char('\n'));
}

QString counter(int i, int total)
{
    const int width = int(QString::number(total).size());
    return QStringLiteral("[%1/%2]").arg(i + 1, width).arg(total);
}

/** Writes every --export FORMAT:FILE whole (atomically); @return false, said, at the first that fails. */
bool writeExports(const QStringList& exports, const RunRecord& record)
{
    for (const auto& e : exports) {
        RecordExport::Format format;
        RecordExport::parseFormat(e.section(QLatin1Char(':'), 0, 0), &format);
        const QString file = e.section(QLatin1Char(':'), 1);
        QString error;
        if (!RecordFile::write(file, RecordExport::render(record, format), &error,
                               format == RecordExport::Format::Replay)) {
            complain(QStringLiteral("dce-ha-wizard: the export was not written: ") + error);
            return false;
        }
    }
    return true;
}

} // namespace

int exportCheckpoint(const Options& o)
{
    const Checkpoint checkpoint(o.stateDirHostPath(), o.drill ? QStringLiteral("drill-checkpoint.yaml")
                                                              : QStringLiteral("checkpoint.yaml"));
    RunRecord record;
    QString error;
    if (!checkpoint.exists()) {
        complain(QStringLiteral("dce-ha-wizard: there is no checkpoint in %1").arg(o.stateDirHostPath()));
        return ExitRefused;
    }
    if (!checkpoint.load(&record, &error)) {
        complain(QStringLiteral("dce-ha-wizard: ") + error);
        return ExitRefused;
    }
    return writeExports(o.exports, record) ? ExitComplete : ExitFailed;
}

int runHeadless(const Options& o)
{
    QString error;
    const auto text = InputFile::read(o.answersFile, &error);
    if (!text) {
        complain(QStringLiteral("dce-ha-wizard: the answers file is refused: %1").arg(error));
        return ExitRefused;
    }
    if (o.preflight)
        return runPreflight(o, *text);
    return runProcedure(o, *text, o.answersFile).exitCode;
}

int runPreflight(const Options& o, const QByteArray& answersText)
{
    // A dry run's session: no lock, no checkpoint, only queries; open() runs the pre-flight.
    SessionSetup setup = o.sessionSetup();
    setup.answersText = answersText;
    setup.answersName = o.answersFile;
    setup.dryRun = true;
    Session session;
    const bool opened = session.open(setup);
    const QList<PreflightFinding>& findings = session.preflight();
    if (findings.isEmpty()) {
        // Refused before the pre-flight (the answers themselves, the node's setup): said as any refusal.
        const QStringList& lines = session.refusal();
        for (qsizetype i = 0; i < lines.size(); ++i)
            complain(i == 0 ? QStringLiteral("dce-ha-wizard: ") + lines.at(i)
                            : QStringLiteral("  ") + lines.at(i));
        return Session::exitCode(session.result());
    }
    const Answers& a = session.answers();
    say(QStringLiteral("Pre-flight of the %1 node (%2, %3): nothing is changed")
            .arg(a.role, a.configuration, o.root));
    for (const auto& f : findings) {
        const QString severity = PreflightFinding::severityName(f.severity).toUpper();
        say(QStringLiteral("%1 %2: %3%4")
                .arg(severity, -8)
                .arg(f.check, f.field.isEmpty() ? QString() : f.field + QStringLiteral(": "), f.message));
        if (!f.evidence.isEmpty())
            say(indent(QStringLiteral("seen: ") + f.evidence, QStringLiteral("         ")));
    }
    const int failed = Preflight::count(findings, PreflightFinding::Severity::Failure);
    say(QStringLiteral("%1 passed, %2 warning(s), %3 failure(s)")
            .arg(Preflight::count(findings, PreflightFinding::Severity::Pass))
            .arg(Preflight::count(findings, PreflightFinding::Severity::Warning))
            .arg(failed));
    if (!opened && failed == 0) {
        // The pre-flight passed but something after it refused (the catalog): said too.
        for (const auto& line : session.refusal())
            complain(QStringLiteral("dce-ha-wizard: ") + line);
        return Session::exitCode(session.result());
    }
    return failed ? ExitRefused : ExitComplete;
}

RunOutcome runProcedure(const Options& o, const QByteArray& givenAnswers, const QString& answersName)
{
    SessionSetup setup = o.sessionSetup();
    setup.answersText = givenAnswers;
    setup.answersName = answersName;
    Session session;
    if (!session.open(setup)) {
        const QStringList& lines = session.refusal();
        for (qsizetype i = 0; i < lines.size(); ++i)
            complain(i == 0 ? QStringLiteral("dce-ha-wizard: ") + lines.at(i)
                            : QStringLiteral("  ") + lines.at(i));
        return {Session::exitCode(session.result())};
    }
    for (const auto& notice : session.notices())
        say(notice);
    const Answers& answers = session.answers();
    // A local node's commands are ended gracefully on a signal; a remote one's end with their ssh.
    RealSystem* local = session.localSystem();
    const int graceSeconds = local ? local->terminateGraceMs / 1000 : 0;
    Runner& runner = session.runner();
    RunRecord& record = session.record();
    const QString headline = session.headline();
    if (o.dryRun) {
        say(QStringLiteral("Dry run (nothing is changed): ") + headline);
        const auto previews = session.preview();
        for (int i = 0; i < previews.size(); ++i) {
            const auto& p = previews.at(i);
            const StepDefinition& s = *p.step;
            say(QStringLiteral("%1 %2: %3 (%4)")
                    .arg(counter(i, int(previews.size())), s.id, s.title, s.guide));
            if (!s.applicable) {
                say(indent(QStringLiteral("skipped: ") + s.skipReason));
                continue;
            }
            if (p.probe.state == Probe::State::Done) {
                say(indent(QStringLiteral("already done") +
                           (p.probe.detail.isEmpty() ? QString()
                                                     : QStringLiteral(": ") + p.probe.detail.localized())));
                continue;
            }
            if (p.probe.state == Probe::State::Blocked)
                say(indent(QStringLiteral("BLOCKED: ") + p.probe.detail.localized()));
            for (const auto& a : p.actions)
                say(indent(a.text()));
        }
        return {ExitComplete};
    }

    say(headline);
    // From here a signal ends the current command gracefully and stops the run resumably.
    Interruption::install();
    bool interruptionSaid = false;
    const auto interrupted = [&interruptionSaid, graceSeconds] {
        if (!Interruption::requested())
            return false;
        if (!interruptionSaid) {
            interruptionSaid = true;
            complain(
                QStringLiteral("\ndce-ha-wizard: %1 received: ending the command that is running (SIGTERM, "
                               "then SIGKILL after %2 s, or at once on a second signal); the run stops "
                               "after it.")
                    .arg(Interruption::signalName())
                    .arg(graceSeconds));
        }
        return true;
    };
    if (local)
        local->interruptions = [interrupted] { return interrupted() ? Interruption::count() : 0; };
    runner.hooks.interrupted = interrupted;
    const bool terminal = ::isatty(STDOUT_FILENO);
    QElapsedTimer clock;
    runner.hooks.password = [] { return cellAdminPassword(); };
    if (o.verbose)
        runner.hooks.echo = [](const QString& line) { say(QStringLiteral("        $ ") + line); };
    runner.hooks.stepStarted = [&](int i, int total, const StepRecord& s) {
        clock.restart();
        if (terminal) {
            // A progress bar while the step runs; the step's own line replaces it when it ends.
            const int width = 24;
            const int filled = total > 0 ? width * i / total : 0;
            const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
            std::printf("\r[%s] %s %s …\033[K", qPrintable(bar), qPrintable(counter(i, total)),
                        qPrintable(s.title.left(60)));
            std::fflush(stdout);
        }
    };
    runner.hooks.stepFinished = [&](int i, int total, const StepRecord& s) {
        QString status = StepRecord::statusName(s.status);
        if (s.status == StepRecord::Status::Done && s.foundDone)
            status = QStringLiteral("already done");
        const QString time = s.status == StepRecord::Status::Skipped || !clock.isValid()
                                 ? QString()
                                 : QStringLiteral(" %1 s").arg(clock.elapsed() / 1000.0, 0, 'f', 1);
        if (terminal)
            std::printf("\r\033[K");
        say(QStringLiteral("%1 %2 … %3%4").arg(counter(i, total), s.title, status, time));
        if (s.status == StepRecord::Status::Skipped && o.verbose)
            say(indent(s.reason));
        if (s.status == StepRecord::Status::Failed) {
            say(indent(s.message));
            say(indent(QStringLiteral(
                "Fix the cause and run the same command again: the run resumes at this step.")));
        }
        if (s.status == StepRecord::Status::Waiting) {
            say(indent(s.message));
            say(indent(QStringLiteral("Run the same command again when this is done, or add --confirm %1.")
                           .arg(s.id)));
        }
        clock.invalidate();
    };
    const Session::Result result = session.run();
    RunOutcome outcome(Session::exitCode(result));
    outcome.waitingStep = session.waitingStep();
    outcome.failedStep = session.failedStep();
    // The drill: which node held what after each stage, as its snapshots found it (the GUI's timeline).
    if (const QString table = DrillTimeline::fromRecord(record).text(); !table.isEmpty())
        say(QStringLiteral("Where the resources were after each stage:\n") +
            indent(table.chopped(1), QStringLiteral("  ")));
    if (result == Session::Result::Complete)
        say(record.procedure == QLatin1String("drill")
                ? QStringLiteral(
                      "Complete: the failover drill passed; every stage and check is in the record.")
                : QStringLiteral("Complete: every step of the %1 node is done.").arg(answers.role));
    if (result == Session::Result::Stopped) // headless runs are never asked to stop between steps
        complain(QStringLiteral("dce-ha-wizard: stopped by %1; the checkpoint %2 is saved. Run the same "
                                "command again to resume: the interrupted step is probed and finished, "
                                "nothing is done twice.")
                     .arg(Interruption::signalName().isEmpty() ? QStringLiteral("request")
                                                               : Interruption::signalName(),
                          session.checkpointPath()));
    if (!session.saveError().isEmpty())
        complain(QStringLiteral("dce-ha-wizard: %1. The run stopped there: nothing further was done. Fix the "
                                "cause (free space, a writable state directory), then run the same command "
                                "again: it resumes from the last step the checkpoint holds, and the probes "
                                "recognise what was done after it.")
                     .arg(session.saveError()));
    // The record and the exports are written whole or not at all; a failure is an error, never silent.
    const bool ended = outcome.exitCode == ExitComplete || outcome.exitCode == ExitWaiting;
    QString writeError;
    if (!o.recordFile.isEmpty() &&
        !RecordFile::write(o.recordFile, RecordFile::sealed(record), &writeError)) {
        complain(QStringLiteral("dce-ha-wizard: the record was not written: ") + writeError);
        if (ended)
            outcome.exitCode = ExitFailed;
    }
    if (!writeExports(o.exports, record) && ended)
        outcome.exitCode = ExitFailed;
    return outcome;
}

} // namespace dceha
