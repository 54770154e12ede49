#include "HeadlessRun.h"

#include "Logging.h"
#include "PasswordPrompt.h"
#include "answers/AnswersFile.h"
#include "answers/Handoff.h"
#include "answers/NodeChecks.h"
#include "procedure/Catalog.h"
#include "procedure/Checkpoint.h"
#include "procedure/ExitCode.h"
#include "procedure/RecordFile.h"
#include "procedure/Runner.h"
#include "report/RecordExport.h"
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

QString aixsimPath()
{
    const QString fromEnv = qEnvironmentVariable("DCEHA_AIXSIM");
    return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/aixsim") : fromEnv;
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

/** Why a checkpoint's steps are not the procedure's (same ids in the same order), or an empty string. */
QString stepListMismatch(const RunRecord& previous, const QList<StepDefinition>& steps)
{
    if (previous.steps.size() != steps.size())
        return QStringLiteral("%1 steps where the procedure has %2")
            .arg(previous.steps.size())
            .arg(steps.size());
    for (int i = 0; i < steps.size(); ++i)
        if (previous.steps.at(i).id != steps.at(i).id)
            return QStringLiteral("step %1 is '%2' where the procedure has '%3'")
                .arg(i + 1)
                .arg(previous.steps.at(i).id, steps.at(i).id);
    return {};
}

} // namespace

int exportCheckpoint(const Options& o)
{
    const Checkpoint checkpoint(o.stateDirHostPath());
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
    return runProcedure(o, *text, o.answersFile).exitCode;
}

RunOutcome runProcedure(const Options& o, const QByteArray& givenAnswers, const QString& answersName)
{
    QByteArray answersText = givenAnswers;
    RunRecord ownerRecord;
    if (!o.ownerRecord.isEmpty()) {
        QString error;
        if (!RecordFile::read(o.ownerRecord, &ownerRecord, &error)) {
            complain(QStringLiteral("dce-ha-wizard: the owner's record is refused: %1").arg(error));
            return {ExitRefused};
        }
        if (ownerRecord.role != QLatin1String("owner")) {
            complain(QStringLiteral("dce-ha-wizard: %1 is the record of a %2 node, not of the owner")
                         .arg(o.ownerRecord, ownerRecord.role));
            return {ExitRefused};
        }
        const Handoff handoff = Handoff::fromOwner(givenAnswers, ownerRecord.answersYaml);
        if (!handoff.conflicts.isEmpty()) {
            complain(QStringLiteral(
                         "dce-ha-wizard: the standby must agree with the owner node (%1); refused, nothing "
                         "changed:")
                         .arg(o.ownerRecord));
            for (const auto& c : handoff.conflicts)
                complain(QStringLiteral("  ") + c);
            return {ExitRefused};
        }
        if (!handoff.prefilled.isEmpty())
            say(QStringLiteral("From the owner's record: %1")
                    .arg(handoff.prefilled.join(QStringLiteral(", "))));
        answersText = handoff.answers;
    }
    const AnswersFile::Parsed parsed = AnswersFile::parse(answersText);
    if (!parsed.errors.isEmpty()) {
        complain(QStringLiteral("dce-ha-wizard: the answers in %1 are refused; nothing was changed:")
                     .arg(answersName));
        for (const auto& e : parsed.errors)
            complain(QStringLiteral("  %1").arg(e.text()));
        return {ExitRefused};
    }
    const Answers& answers = parsed.answers;
    if (const auto errors = checkStateDirectory(answers, o.stateDirNodePath()); !errors.isEmpty()) {
        for (const auto& e : errors)
            complain(QStringLiteral("dce-ha-wizard: %1").arg(e.text()));
        return {ExitRefused};
    }

    const QString stateDir = o.stateDirHostPath();
    Checkpoint checkpoint(stateDir);
    QString error;
    if (!o.dryRun) {
        if (!checkpoint.lock(&error, o.root.isEmpty() ? QStringLiteral("/") : o.root)) {
            complain(QStringLiteral("dce-ha-wizard: ") + error);
            return {ExitLocked};
        }
        setupLogging(stateDir, o.verbose);
    } else {
        setupLogging(QString(), o.verbose);
    }

    CommandMap commands = CommandMap::forRealNode();
    if (o.simulate) {
        if (!QFileInfo(aixsimPath()).isExecutable()) {
            complain(QStringLiteral("dce-ha-wizard: the simulated node's program %1 is missing")
                         .arg(aixsimPath()));
            return {ExitRefused};
        }
        commands = CommandMap::forSimulatedNode(aixsimPath(), o.root, o.sharedDasd);
    }
    RealSystem system(o.root, commands);

    if (const auto errors = checkAnswersAgainstNode(system, answers); !errors.isEmpty()) {
        complain(QStringLiteral("dce-ha-wizard: the answers do not fit this node; nothing was changed:"));
        for (const auto& e : errors)
            complain(QStringLiteral("  %1").arg(e.text()));
        return {ExitRefused};
    }

    const Catalog catalog = Catalog::load(answers.role, &error);
    if (!catalog.isValid()) {
        complain(QStringLiteral("dce-ha-wizard: ") + error);
        return {ExitRefused};
    }
    QStringList problems;
    const QList<StepDefinition> steps = catalog.expand(answers, &problems);
    if (!problems.isEmpty()) {
        complain(QStringLiteral("dce-ha-wizard: the procedure catalog is inconsistent:\n  ") +
                 problems.join(QStringLiteral("\n  ")));
        return {ExitRefused};
    }

    RunRecord record;
    if (!o.dryRun && checkpoint.presence() == Checkpoint::Presence::NotAFile) {
        complain(QStringLiteral("dce-ha-wizard: %1 is not a file (a directory, a FIFO or a dangling symbolic "
                                "link); refused, nothing changed. Move it away by hand, then run again.")
                     .arg(checkpoint.path()));
        return {ExitRefused};
    }
    if (!o.dryRun && checkpoint.exists()) {
        RunRecord previous;
        const bool readable = checkpoint.load(&previous, &error);
        if (!readable && !o.restart) {
            complain(QStringLiteral("dce-ha-wizard: %1; refused, nothing changed. To recover: run the same "
                                    "command with --restart (the damaged checkpoint is kept aside as "
                                    "checkpoint.yaml.TIMESTAMP, and the probes recognise the work already on "
                                    "the node), or put back a copy of the checkpoint you trust.")
                         .arg(error));
            return {ExitRefused};
        }
        if (o.restart) {
            const QString aside = checkpoint.archive(&error);
            if (aside.isEmpty()) {
                complain(QStringLiteral("dce-ha-wizard: ") + error + QStringLiteral("; nothing changed."));
                return {ExitRefused};
            }
            say(QStringLiteral("Starting over: the previous checkpoint is kept as %1").arg(aside));
        } else if (previous.answersDigest != parsed.digest) {
            const AnswersFile::Parsed before = AnswersFile::parse(previous.answersYaml);
            QStringList changed = AnswersFile::differences(before.answers, answers);
            if (changed.isEmpty())
                changed << QStringLiteral("none of the answers, but the checkpoint's answers_digest does not "
                                          "match (the checkpoint was edited)");
            complain(QStringLiteral(
                         "dce-ha-wizard: these answers differ from the ones of the run in progress (%1); "
                         "refused. Changed: %2. Use the same answers to resume, or --restart.")
                         .arg(checkpoint.path(), changed.join(QStringLiteral(", "))));
            return {ExitRefused};
        } else if (const QString mismatch = stepListMismatch(previous, steps); !mismatch.isEmpty()) {
            complain(
                QStringLiteral("dce-ha-wizard: the checkpoint %1 does not list the steps of the procedure "
                               "for these answers (%2): it was cut or edited, or written by another version "
                               "of the wizard; refused, nothing changed. To recover: run the same command "
                               "with --restart (the checkpoint is kept aside, and the probes recognise the "
                               "work already on the node).")
                    .arg(checkpoint.path(), mismatch));
            return {ExitRefused};
        } else {
            record = previous;
        }
    }
    CommandSpec hostSpec;
    hostSpec.name = QStringLiteral("hostname");
    record.hostname = QString::fromUtf8(system.run(hostSpec).stdOut).trimmed();
    record.root = system.root().isEmpty() ? QStringLiteral("/") : system.root();
    record.role = answers.role;
    record.configuration = answers.configuration;
    record.answersYaml = AnswersFile::serialize(answers);
    record.answersDigest = parsed.digest;

    Runner runner(system, answers, steps, record, o.dryRun ? nullptr : &checkpoint);
    runner.confirmed = QSet<QString>(o.confirm.cbegin(), o.confirm.cend());
    for (const auto& step : ownerRecord.steps)
        if (step.status == StepRecord::Status::Done)
            runner.ownerDone.insert(step.id);

    const QString headline =
        QStringLiteral("%1 node %2, %3%4, cell %5")
            .arg(answers.role, record.hostname, answers.configuration,
                 answers.dfs ? QStringLiteral(", with DFS") : QStringLiteral(", without DFS"),
                 answers.cellName);
    if (o.dryRun) {
        say(QStringLiteral("Dry run (nothing is changed): ") + headline);
        const auto previews = runner.preview();
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
                           (p.probe.detail.isEmpty() ? QString() : QStringLiteral(": ") + p.probe.detail)));
                continue;
            }
            if (p.probe.state == Probe::State::Blocked)
                say(indent(QStringLiteral("BLOCKED: ") + p.probe.detail));
            for (const auto& a : p.actions)
                say(indent(a.text()));
        }
        return {ExitComplete};
    }

    say(headline);
    // From here a signal ends the current command gracefully and stops the run resumably.
    Interruption::install();
    bool interruptionSaid = false;
    const auto interrupted = [&interruptionSaid, &system] {
        if (!Interruption::requested())
            return false;
        if (!interruptionSaid) {
            interruptionSaid = true;
            complain(
                QStringLiteral("\ndce-ha-wizard: %1 received: ending the command that is running (SIGTERM, "
                               "then SIGKILL after %2 s, or at once on a second signal); the run stops "
                               "after it.")
                    .arg(Interruption::signalName())
                    .arg(system.terminateGraceMs / 1000));
        }
        return true;
    };
    system.interruptions = [interrupted] { return interrupted() ? Interruption::count() : 0; };
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
        spdlog::info("step {} started", s.id.toStdString());
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
        spdlog::info("step {} {}", s.id.toStdString(), status.toStdString());
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
    const Runner::Result result = runner.run();
    RunOutcome outcome;
    for (const auto& s : record.steps) {
        if (s.status == StepRecord::Status::Waiting)
            outcome.waitingStep = s.id;
        if (s.status == StepRecord::Status::Failed)
            outcome.failedStep = s.id;
    }
    switch (result) {
    case Runner::Result::Complete:
        say(QStringLiteral("Complete: every step of the %1 node is done.").arg(answers.role));
        outcome.exitCode = ExitComplete;
        break;
    case Runner::Result::Waiting:
        outcome.exitCode = ExitWaiting;
        break;
    case Runner::Result::Failed:
        outcome.exitCode = ExitFailed;
        break;
    case Runner::Result::Stopped: // headless runs are never asked to stop between steps
    case Runner::Result::Interrupted:
        complain(QStringLiteral("dce-ha-wizard: stopped by %1; the checkpoint %2 is saved. Run the same "
                                "command again to resume: the interrupted step is probed and finished, "
                                "nothing is done twice.")
                     .arg(Interruption::signalName().isEmpty() ? QStringLiteral("request")
                                                               : Interruption::signalName(),
                          checkpoint.path()));
        outcome.exitCode = ExitStopped;
        break;
    case Runner::Result::CheckpointLost:
        complain(QStringLiteral("dce-ha-wizard: %1. The run stopped there: nothing further was done. Fix the "
                                "cause (free space, a writable state directory), then run the same command "
                                "again: it resumes from the last step the checkpoint holds, and the probes "
                                "recognise what was done after it.")
                     .arg(runner.saveError()));
        outcome.exitCode = ExitFailed;
        break;
    }
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
