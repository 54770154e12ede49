#include "RunController.h"

#include "answers/NodeChecks.h"
#include "procedure/DrillTimeline.h"
#include "procedure/ExitCode.h"
#include "procedure/RecordFile.h"
#include "system/Interruption.h"

#include <QMetaObject>
#include <QThread>
#include <utility>

namespace dceha {

RunController::RunController(SessionSetup setup, std::unique_ptr<RealSystem> system, Answers answers,
                             QList<StepDefinition> steps, QObject* passwordAsker, QSet<QString> ownerDone)
    : m_setup(std::move(setup)), m_system(std::move(system)), m_answers(std::move(answers)),
      m_steps(std::move(steps)), m_passwordAsker(passwordAsker), m_ownerDone(std::move(ownerDone))
{}

RunController::~RunController()
{
    for (QThread* thread : {m_thread, m_reviewThread})
        if (thread) {
            thread->wait();
            delete thread;
        }
}

void RunController::startReview(const QString& stateDirNodePath)
{
    startCheck(stateDirNodePath, true);
}

void RunController::startPreflight(const QString& stateDirNodePath)
{
    startCheck(stateDirNodePath, false);
}

void RunController::startCheck(const QString& stateDirNodePath, bool plan)
{
    if (m_reviewing) {
        // One check at a time on this controller's System: the one asked for follows the one under way (never
        // waited for here: a node that does not answer must not freeze the window).
        m_pendingCheck = m_pendingCheck == Pending::Review || plan ? Pending::Review : Pending::Preflight;
        m_pendingStateDir = stateDirNodePath;
        return;
    }
    if (m_reviewThread) {
        m_reviewThread->wait();
        delete m_reviewThread;
    }
    m_reviewing = true;
    // The worker touches only what this controller owns (its System, answers and steps), which no page
    // changes meanwhile: edited answers make a new controller, and this one's destructor waits.
    m_reviewThread = QThread::create([this, stateDirNodePath, plan] {
        PreflightInput input;
        input.stateDirNodePath = stateDirNodePath;
        if (!m_setup.ownerRecordFile.isEmpty()) {
            RunRecord owner;
            QString ignored; // a record that cannot be read is refused when the run opens its Session
            if (RecordFile::read(m_setup.ownerRecordFile, &owner, &ignored)) {
                input.ownerRecordGiven = true;
                input.ownerDiskPvids = owner.sharedDisks;
            }
        }
        const QList<PreflightFinding> findings = Preflight::run(*m_system, m_answers, input);
        QStringList problems;
        for (const auto& e : Preflight::failures(findings))
            problems << e.text();
        QList<Runner::Preview> previews;
        if (plan && problems.isEmpty())
            previews = preview();
        QMetaObject::invokeMethod(
            this,
            [this, findings, problems, previews, plan] {
                m_preflightFindings = findings;
                if (plan) {
                    m_reviewProblems = problems;
                    m_reviewPreviews = previews;
                }
                m_reviewing = false;
                if (plan)
                    Q_EMIT reviewed();
                else
                    Q_EMIT preflightDone();
                const Pending pending = std::exchange(m_pendingCheck, Pending::None);
                if (pending != Pending::None)
                    startCheck(m_pendingStateDir, pending == Pending::Review);
            },
            Qt::QueuedConnection);
    });
    m_reviewThread->start();
}

QList<Runner::Preview> RunController::preview()
{
    RunRecord scratch;
    Runner runner(*m_system, m_answers, m_steps, scratch, nullptr);
    runner.ownerDone = m_ownerDone;
    QList<Runner::Preview> previews = runner.preview();
    // The runner's steps die with it: the previews point at this controller's, which live as long as it.
    const QList<StepDefinition>& steps = m_steps;
    for (int i = 0; i < previews.size() && i < steps.size(); ++i)
        previews[i].step = &steps.at(i);
    return previews;
}

RunRecord RunController::record() const
{
    return m_record;
}

void RunController::start(const QStringList& confirmed)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_stop = false;
    m_running = true;
    m_thread = QThread::create([this, confirmed] {
        runInThread(confirmed);
        m_running = false;
    });
    m_thread->start();
}

void RunController::startOver()
{
    m_startOverOnce = true;
    start({});
}

void RunController::wait()
{
    if (m_thread)
        m_thread->wait();
}

void RunController::runInThread(const QStringList& confirmed)
{
    for (const auto& id : confirmed)
        m_confirmed.insert(id);
    SessionSetup setup = m_setup;
    if (m_startOverOnce) {
        setup.policy = SessionSetup::CheckpointPolicy::StartOver;
        m_confirmed.clear();
        m_startOverOnce = false;
    }
    setup.confirmed = QStringList(m_confirmed.cbegin(), m_confirmed.cend());
    Session session;
    if (!session.open(setup)) {
        const QStringList& lines = session.refusal();
        for (qsizetype i = 0; i < lines.size(); ++i)
            Q_EMIT output(i == 0 ? lines.at(i) : QStringLiteral("  ") + lines.at(i));
        Q_EMIT finished(Session::exitCode(session.result()), QString());
        return;
    }
    // The checkpoint set aside (answers changed, or Run again) belongs to the run that just started: the runs
    // after it (Verify, Retry, Resume) continue this one. Starting over again at the standby's wait would
    // redo the steps before it on a node that released its shared DASD.
    m_setup.policy = SessionSetup::CheckpointPolicy::Resume;
    for (const auto& notice : session.notices())
        Q_EMIT output(notice);
    Runner& runner = session.runner();
    runner.hooks.echo = [this](const QString& line) { Q_EMIT output(QStringLiteral("$ ") + line); };
    runner.hooks.password = [this]() -> std::optional<QByteArray> {
        QByteArray password;
        if (m_passwordAsker)
            QMetaObject::invokeMethod(m_passwordAsker, "askPassword", Qt::BlockingQueuedConnection,
                                      Q_RETURN_ARG(QByteArray, password));
        if (password.isEmpty())
            return std::nullopt;
        return password;
    };
    runner.hooks.stopRequested = [this] { return bool(m_stop); };
    // SIGINT, SIGTERM, SIGHUP (watched by the window): the command under way ends, the step is marked
    // interrupted and the run stops, as headless.
    runner.hooks.interrupted = [] { return Interruption::requested(); };
    runner.hooks.stepStarted = [this](int i, int total, const StepRecord& s) {
        Q_EMIT stepStarted(i, total, s.id, s.title);
    };
    runner.hooks.stepFinished = [this](int i, int total, const StepRecord& s) {
        QString status = StepRecord::statusName(s.status);
        if (s.status == StepRecord::Status::Done && s.foundDone)
            status = QStringLiteral("already done");
        for (const auto& a : s.actions)
            if (a.type == ActionRecord::Type::Command && !a.stdErr.isEmpty() &&
                s.status == StepRecord::Status::Failed)
                Q_EMIT output(a.stdErr.trimmed());
        if (s.kind == QLatin1String(DrillTimeline::kStepKind) && s.status == StepRecord::Status::Done)
            Q_EMIT snapshotTaken(i, s.id, s.facts);
        Q_EMIT stepFinished(i, total, s.id, status,
                            s.status == StepRecord::Status::Skipped ? s.reason
                            : s.localizedMessage.isEmpty()          ? s.message
                                                                    : s.localizedMessage);
    };
    const Session::Result result = session.run();
    m_record = session.record();
    QString stepId = session.failedStep();
    if (stepId.isEmpty())
        stepId = session.waitingStep();
    if (!session.saveError().isEmpty())
        Q_EMIT output(tr("%1. The run stopped there: nothing further was done. Fix the cause (free space, a "
                         "writable state directory), then run again: it resumes from the last saved step.",
                         "@info")
                          .arg(session.saveError()));
    if (session.interrupted())
        Q_EMIT output(
            tr("Stopped by %1 after its current command. The checkpoint keeps everything done; open "
               "the wizard again to resume: the interrupted step is probed and finished.",
               "@info")
                .arg(Interruption::signalName()));
    Q_EMIT finished(Session::exitCode(result), stepId);
}

} // namespace dceha
