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
#include "session/TwoNodeSession.h"
#include "system/InputFile.h"
#include "system/Interruption.h"
#include "system/RealSystem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
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
    if (!checkpoint.load(&record, &error, Checkpoint::Outputs::Later)) {
        complain(QStringLiteral("dce-ha-wizard: ") + error);
        return ExitRefused;
    }
    // An output that cannot be read back is said in its place in the export, and here.
    if (!checkpoint.readOutputs(record, &error))
        complain(QStringLiteral("dce-ha-wizard: warning: ") + error);
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
    if (o.twoNode)
        return runTwoNode(o);
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

namespace {

/** Says a Session's refusal: the first line as the program's, the rest indented. */
void sayRefusal(const QStringList& lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i)
        complain(i == 0 ? QStringLiteral("dce-ha-wizard: ") + lines.at(i)
                        : QStringLiteral("  ") + lines.at(i));
}

/** Prints a dry run's previews: each step, what its probe found, what would run. */
void sayPreview(const QList<Runner::Preview>& previews)
{
    for (int i = 0; i < previews.size(); ++i) {
        const auto& p = previews.at(i);
        const StepDefinition& s = *p.step;
        say(QStringLiteral("%1 %2: %3 (%4)").arg(counter(i, int(previews.size())), s.id, s.title, s.guide));
        if (!s.applicable) {
            say(indent(QStringLiteral("skipped: ") + s.skipReason));
            continue;
        }
        if (p.probe.state == Probe::State::Done) {
            say(indent(
                QStringLiteral("already done") +
                (p.probe.detail.isEmpty() ? QString() : QStringLiteral(": ") + p.probe.detail.localized())));
            continue;
        }
        if (p.probe.state == Probe::State::Blocked)
            say(indent(QStringLiteral("BLOCKED: ") + p.probe.detail.localized()));
        for (const auto& a : p.actions)
            say(indent(a.text()));
    }
}

/** Prints what a dry run's plan will destroy or interrupt, before anything runs (the GUI's confirmation
 * and the terminal front-end's say the same). @p node names the node in a two-node dry run. */
void sayDisruptions(const QList<Disruption>& disruptions, const QString& node = {})
{
    const QString on = node.isEmpty() ? QString() : QStringLiteral(" on the %1").arg(node);
    say(QString());
    if (disruptions.isEmpty()) {
        say(QStringLiteral("Nothing is destroyed or interrupted%1: no disk, log or volume is formatted, the "
                           "node does not restart, the cluster does not stop.")
                .arg(on));
        return;
    }
    say(QStringLiteral("What this run destroys or interrupts%1:").arg(on));
    for (const auto& d : disruptions)
        say(indent(QStringLiteral("%1 [%2] %3")
                       .arg(d.destroysData() ? QStringLiteral("DESTROYS")
                                             : (d.interruptsService() ? QStringLiteral("INTERRUPTS")
                                                                      : QStringLiteral("disrupts")),
                            d.stepId, d.text.english())));
}

/** @brief What a headless run prints while a Session runs: a progress bar on a terminal, each step's line
 * with its status and time, what a failed or waiting step needs; and the signal handling (the command that
 * runs ended gracefully, the run stopped resumably). One printer serves every session of the process (the
 * two-node session has two). */
class RunPrinter
{
    std::optional<QByteArray> m_password; ///< asked before the first step (askPasswordFirst)

public:
    explicit RunPrinter(const Options& o) : m_verbose(o.verbose), m_terminal(::isatty(STDOUT_FILENO))
    {
        Interruption::install();
    }

    /** Asks for the cell_admin password before the first step when a step still to do needs it and
     * DCE_CELL_ADMIN_PASSWORD is not set: on a terminal it is asked now (an unattended stretch of the run
     * must not stop for it later); without one, the run is told where it will stop. Kept in memory only. */
    void askPasswordFirst(Session& session)
    {
        if (m_password || !qEnvironmentVariableIsEmpty("DCE_CELL_ADMIN_PASSWORD"))
            return;
        const QString needs = session.passwordStep();
        if (needs.isEmpty())
            return;
        if (!::isatty(STDIN_FILENO)) {
            say(QStringLiteral(
                    "Note: the step %1 needs the cell_admin password and there is no terminal to ask "
                    "on: set DCE_CELL_ADMIN_PASSWORD, or the run stops at that step.")
                    .arg(needs));
            return;
        }
        say(QStringLiteral(
                "The step %1 needs the cell_admin password: it is asked now, before the first step.")
                .arg(needs));
        m_password = cellAdminPassword();
    }

    /** Sets @p session's Runner hooks. @p prefix names the node in each line (two-node: "owner"); with
     * @p crossNodeWaitsExpected, a wait for the other node is said as the session's next part. With
     * @p quietSettled (a later part of the same session), the steps done or skipped before it are not said
     * again. */
    void attach(Session& session, const QString& prefix, bool crossNodeWaitsExpected,
                bool quietSettled = false)
    {
        QSet<QString> settled;
        if (quietSettled)
            for (const auto& s : session.record().steps)
                if (s.status == StepRecord::Status::Done || s.status == StepRecord::Status::Skipped)
                    settled.insert(s.id);
        RealSystem* local = session.localSystem();
        // A local node's commands are ended gracefully on a signal; a remote one's end with their ssh.
        m_graceSeconds = local ? local->terminateGraceMs / 1000 : 0;
        const auto interrupted = [this] { return this->interrupted(); };
        if (local)
            local->interruptions = [interrupted] { return interrupted() ? Interruption::count() : 0; };
        Runner& runner = session.runner();
        runner.hooks.interrupted = interrupted;
        runner.hooks.password = [this]() -> std::optional<QByteArray> {
            if (m_password)
                return m_password;
            return cellAdminPassword();
        };
        const QString tag = prefix.isEmpty() ? QString() : prefix + QLatin1Char(' ');
        if (m_verbose)
            runner.hooks.echo = [](const QString& line) { say(QStringLiteral("        $ ") + line); };
        runner.hooks.stepStarted = [this, tag](int i, int total, const StepRecord& s) {
            m_clock.restart();
            if (m_terminal) {
                // A progress bar while the step runs; the step's own line replaces it when it ends.
                const int width = 24;
                const int filled = total > 0 ? width * i / total : 0;
                const QString bar =
                    QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
                std::printf("\r[%s] %s%s %s …\033[K", qPrintable(bar), qPrintable(tag),
                            qPrintable(counter(i, total)), qPrintable(s.title.left(60)));
                std::fflush(stdout);
            }
        };
        const QList<StepDefinition> steps = session.steps();
        runner.hooks.stepFinished = [this, tag, steps, crossNodeWaitsExpected, settled](int i, int total,
                                                                                        const StepRecord& s) {
            if (settled.contains(s.id) &&
                (s.status == StepRecord::Status::Done || s.status == StepRecord::Status::Skipped))
                return;
            QString status = StepRecord::statusName(s.status);
            if (s.status == StepRecord::Status::Done && s.foundDone)
                status = QStringLiteral("already done");
            const bool crossNode = crossNodeWaitsExpected && s.status == StepRecord::Status::Waiting &&
                                   i < steps.size() && TwoNodeSession::waitsForOtherNode(steps.at(i));
            if (crossNode)
                status = QStringLiteral("the other node's part runs now");
            const QString time = s.status == StepRecord::Status::Skipped || !m_clock.isValid()
                                     ? QString()
                                     : QStringLiteral(" %1 s").arg(m_clock.elapsed() / 1000.0, 0, 'f', 1);
            if (m_terminal)
                std::printf("\r\033[K");
            say(QStringLiteral("%1%2 %3 … %4%5").arg(tag, counter(i, total), s.title, status, time));
            if (s.status == StepRecord::Status::Skipped && m_verbose)
                say(indent(s.reason));
            if (s.status == StepRecord::Status::Failed) {
                say(indent(s.message));
                say(indent(QStringLiteral(
                    "Fix the cause and run the same command again: the run resumes at this step.")));
            }
            if (s.status == StepRecord::Status::Waiting && !crossNode) {
                say(indent(s.message));
                say(indent(
                    QStringLiteral("Run the same command again when this is done, or add --confirm %1.")
                        .arg(s.id)));
            }
            m_clock.invalidate();
        };
    }

    /** What a session's result needs said after it: the drill's table, complete, stopped, the checkpoint. */
    static void sayResult(Session& session, Session::Result result, const QString& role)
    {
        const RunRecord& record = session.record();
        // The drill: which node held what after each stage, as its snapshots found it (the GUI's timeline).
        if (const QString table = DrillTimeline::fromRecord(record).text(); !table.isEmpty())
            say(QStringLiteral("Where the resources were after each stage:\n") +
                indent(table.chopped(1), QStringLiteral("  ")));
        if (result == Session::Result::Complete)
            say(record.procedure == QLatin1String("drill")
                    ? QStringLiteral(
                          "Complete: the failover drill passed; every stage and check is in the record.")
                    : QStringLiteral("Complete: every step of the %1 node is done.").arg(role));
        if (result == Session::Result::Stopped) // headless runs are never asked to stop between steps
            complain(QStringLiteral("dce-ha-wizard: stopped by %1; the checkpoint %2 is saved. Run the same "
                                    "command again to resume: the interrupted step is probed and finished, "
                                    "nothing is done twice.")
                         .arg(Interruption::signalName().isEmpty() ? QStringLiteral("request")
                                                                   : Interruption::signalName(),
                              session.checkpointPath()));
        if (!session.saveError().isEmpty())
            complain(
                QStringLiteral("dce-ha-wizard: %1. The run stopped there: nothing further was done. Fix the "
                               "cause (free space, a writable state directory), then run the same command "
                               "again: it resumes from the last step the checkpoint holds, and the probes "
                               "recognise what was done after it.")
                    .arg(session.saveError()));
    }

private:
    bool interrupted()
    {
        if (!Interruption::requested())
            return false;
        if (!m_interruptionSaid) {
            m_interruptionSaid = true;
            complain(QStringLiteral("\ndce-ha-wizard: %1 received: ending the command that is running "
                                    "(SIGTERM, then SIGKILL after %2 s, or at once on a second signal); the "
                                    "run stops after it.")
                         .arg(Interruption::signalName())
                         .arg(m_graceSeconds));
        }
        return true;
    }

    bool m_verbose;
    bool m_terminal;
    int m_graceSeconds = 0;
    bool m_interruptionSaid = false;
    QElapsedTimer m_clock;
};

/** Writes the record (--record) and the exports of a run that ended; a failure to write is an error, and
 * turns a run that ended (complete or waiting) into a failed one. */
int writeRecordAndExports(const QString& recordFile, const QStringList& exports, const RunRecord& record,
                          int exitCode)
{
    const bool ended = exitCode == ExitComplete || exitCode == ExitWaiting;
    QString writeError;
    if (!recordFile.isEmpty() && !RecordFile::write(recordFile, RecordFile::sealed(record), &writeError)) {
        complain(QStringLiteral("dce-ha-wizard: the record was not written: ") + writeError);
        if (ended)
            exitCode = ExitFailed;
    }
    if (!writeExports(exports, record) && ended)
        exitCode = ExitFailed;
    return exitCode;
}

} // namespace

RunOutcome runProcedure(const Options& o, const QByteArray& givenAnswers, const QString& answersName)
{
    SessionSetup setup = o.sessionSetup();
    setup.answersText = givenAnswers;
    setup.answersName = answersName;
    Session session;
    if (!session.open(setup)) {
        sayRefusal(session.refusal());
        return {Session::exitCode(session.result())};
    }
    for (const auto& notice : session.notices())
        say(notice);
    const QString headline = session.headline();
    if (o.dryRun) {
        say(QStringLiteral("Dry run (nothing is changed): ") + headline);
        const QList<Runner::Preview> previews = session.preview();
        sayPreview(previews);
        const QList<Disruption> disruptions = session.disruptions(previews);
        sayDisruptions(disruptions);
        RunOutcome outcome(ExitComplete);
        for (const auto& d : disruptions)
            if (d.interruptsService())
                outcome.interruptingSteps << d.stepId;
        return outcome;
    }

    say(headline);
    // From here a signal ends the current command gracefully and stops the run resumably.
    RunPrinter printer(o);
    printer.attach(session, QString(), false);
    printer.askPasswordFirst(session);
    if (o.approveDisruption)
        session.runner().hooks.approveDisruption = [&o](int, const StepRecord& step,
                                                        const QList<Disruption>& what) {
            QStringList lines;
            for (const auto& d : what)
                lines << d.text.english();
            return o.approveDisruption(step.id, lines);
        };
    const Session::Result result = session.run();
    RunOutcome outcome(Session::exitCode(result));
    outcome.waitingStep = session.waitingStep();
    outcome.failedStep = session.failedStep();
    RunPrinter::sayResult(session, result, session.answers().role);
    outcome.exitCode = writeRecordAndExports(o.recordFile, o.exports, session.record(), outcome.exitCode);
    return outcome;
}

int runTwoNode(const Options& o)
{
    QString error;
    const Options standby = o.standbyOptions();
    const auto ownerText = InputFile::read(o.answersFile, &error);
    if (!ownerText) {
        complain(QStringLiteral("dce-ha-wizard: the answers file is refused: %1").arg(error));
        return ExitRefused;
    }
    const auto standbyText = InputFile::read(standby.answersFile, &error);
    if (!standbyText) {
        complain(QStringLiteral("dce-ha-wizard: --standby-answers is refused: %1").arg(error));
        return ExitRefused;
    }
    SessionSetup ownerSetup = o.sessionSetup();
    ownerSetup.answersText = *ownerText;
    ownerSetup.answersName = o.answersFile;
    SessionSetup standbySetup = standby.sessionSetup();
    standbySetup.answersText = *standbyText;
    standbySetup.answersName = standby.answersFile;
    if (ownerSetup.stateDirHost == standbySetup.stateDirHost) {
        complain(
            QStringLiteral("dce-ha-wizard: the owner and the standby would share the state directory %1: "
                           "give the standby its own (--peer-state DIR)")
                .arg(ownerSetup.stateDirHost));
        return ExitRefused;
    }

    TwoNodeSession both;
    if (o.dryRun) {
        if (!both.openPreview(ownerSetup, standbySetup)) {
            sayRefusal(both.refusal());
            return Session::exitCode(both.result());
        }
        for (const auto& notice : both.notices())
            say(notice);
        say(QStringLiteral("Dry run of both nodes (nothing is changed): the owner's part runs first, up to "
                           "its wait for the standby; then the standby's; then the owner's cluster start; "
                           "then the standby's."));
        say(QStringLiteral("== ") + both.owner().headline());
        const QList<Runner::Preview> ownerPlan = both.owner().preview();
        sayPreview(ownerPlan);
        say(QStringLiteral("== ") + both.standby()->headline());
        const QList<Runner::Preview> standbyPlan = both.standby()->preview();
        sayPreview(standbyPlan);
        sayDisruptions(both.owner().disruptions(ownerPlan), QStringLiteral("owner node"));
        sayDisruptions(both.standby()->disruptions(standbyPlan), QStringLiteral("standby node"));
        return ExitComplete;
    }
    if (!both.open(ownerSetup, standbySetup)) {
        sayRefusal(both.refusal());
        return Session::exitCode(both.result());
    }
    for (const auto& notice : both.notices())
        say(notice);
    RunPrinter printer(o);
    both.partStarting = [&printer](TwoNodeSession::Node node, int part, Session& session) {
        const bool owner = node == TwoNodeSession::Node::Owner;
        const QString what =
            owner ? (part == 1 ? QStringLiteral("up to its wait for the standby")
                               : QStringLiteral("its cluster start"))
                  : (part == 1 ? QStringLiteral("its integration") : QStringLiteral("its cluster start"));
        say(QStringLiteral("== %1 (part %2: %3)").arg(session.headline()).arg(part).arg(what));
        printer.attach(session, TwoNodeSession::nodeName(node), true, part > 1);
    };
    printer.askPasswordFirst(both.owner());
    const Session::Result result = both.run();
    const TwoNodeSession::Node last = both.resultNode();
    Session& stopped = last == TwoNodeSession::Node::Owner ? both.owner() : *both.standby();
    if (result == Session::Result::Refused || result == Session::Result::Locked) {
        sayRefusal(both.refusal());
    } else if (result == Session::Result::Complete) {
        say(QStringLiteral(
            "Complete: both nodes are integrated, the owner's and the standby's cluster managers "
            "started; each node's steps are in its record."));
    } else {
        RunPrinter::sayResult(stopped, result, TwoNodeSession::nodeName(last));
        if (result == Session::Result::Waiting)
            for (const auto& s : stopped.record().steps)
                if (s.status == StepRecord::Status::Waiting) {
                    say(QStringLiteral("The %1 node waits at %2:").arg(TwoNodeSession::nodeName(last), s.id));
                    say(indent(s.message));
                    say(indent(
                        QStringLiteral("Run the same command again when this is done (both nodes resume "
                                       "from their checkpoints), or add --confirm %1.")
                            .arg(s.id)));
                }
    }
    // Each node's record as far as its part got; the standby's only once its part began.
    int code = Session::exitCode(result);
    code = writeRecordAndExports(o.recordFile, {}, both.owner().record(), code);
    if (both.standby())
        code = writeRecordAndExports(standby.recordFile, {}, both.standby()->record(), code);
    return code;
}

} // namespace dceha
