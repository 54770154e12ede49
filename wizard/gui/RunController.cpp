#include "RunController.h"

#include "RunView.h"

#include "answers/NodeChecks.h"
#include "procedure/DrillTimeline.h"
#include "procedure/ExitCode.h"
#include "procedure/RecordFile.h"
#include "system/Interruption.h"

#include <QHash>
#include <QMetaObject>
#include <QThread>
#include <memory>
#include <utility>

namespace dceha {

RunController::RunController(SessionSetup setup, Answers answers, QList<StepDefinition> steps,
                             QObject* passwordAsker)
    : m_setup(std::move(setup)), m_answers(std::move(answers)), m_steps(std::move(steps)),
      m_passwordAsker(passwordAsker)
{}

void RunController::setStandby(SessionSetup standby, const QList<StepDefinition>& steps)
{
    m_twoNode = true;
    m_standbySetup = std::move(standby);
    if (m_ownerSteps.isEmpty())
        m_ownerSteps = m_steps;
    m_standbySteps = steps;
    m_order = TwoNodeSession::runOrder(m_ownerSteps, m_standbySteps);
    m_steps.clear();
    for (const auto& at : m_order) {
        const bool owner = at.node == TwoNodeSession::Node::Owner;
        StepDefinition step = (owner ? m_ownerSteps : m_standbySteps).at(at.index);
        step.node = TwoNodeSession::nodeName(at.node);
        m_steps.append(step);
    }
}

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
    SessionSetup setup = m_setup;
    setup.stateDirNode = stateDirNodePath;
    m_reviewThread = QThread::create([this, setup, plan] {
        const Check check = checkInThread(setup, plan);
        QMetaObject::invokeMethod(
            this,
            [this, check, plan] {
                m_preflightFindings = check.findings;
                if (plan) {
                    m_reviewProblems = check.problems;
                    m_reviewPreviews = check.previews;
                    m_reviewDisruptions = check.disruptions;
                    m_reviewRevised = check.revised;
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

RunController::Check RunController::checkInThread(const SessionSetup& given, bool plan)
{
    // The review is the dry run headless prints: a Session opened without lock or checkpoint (its pre-flight
    // asks the node), then its preview. The previews point at this controller's steps, which outlive them.
    SessionSetup setup = given;
    setup.dryRun = true;
    setup.confirmed = QStringList(m_confirmed.cbegin(), m_confirmed.cend());
    Check check;
    const auto failures = [&check](const QList<PreflightFinding>& findings, const QString& prefix) {
        for (const auto& e : Preflight::failures(findings))
            check.problems << prefix + e.text();
    };
    if (!m_twoNode) {
        Session session;
        const bool opened = session.open(setup);
        check.findings = session.preflight();
        failures(check.findings, QString());
        if (!opened && check.problems.isEmpty())
            check.problems = session.refusal();
        if (plan && opened) {
            check.previews = session.preview();
            check.disruptions = session.disruptions(check.previews);
            for (int i = 0; i < m_steps.size(); ++i)
                if (session.revisedSteps().contains(m_steps.at(i).id))
                    check.revised << i;
            for (int i = 0; i < check.previews.size(); ++i)
                check.previews[i].step = i < m_steps.size() ? &m_steps.at(i) : nullptr;
        }
        return check;
    }
    SessionSetup standby = m_standbySetup;
    standby.confirmed = setup.confirmed;
    TwoNodeSession both;
    const bool opened = both.openPreview(setup, standby);
    check.findings = both.owner().preflight();
    failures(check.findings, QString());
    if (Session* s = both.standby()) {
        for (PreflightFinding f : s->preflight()) {
            f.check = tr("standby: %1", "@item preflight check of the other node").arg(f.check);
            check.findings << f;
        }
        failures(s->preflight(), tr("standby: ", "@item prefix of the other node's problem"));
    }
    if (!opened && check.problems.isEmpty())
        check.problems = both.refusal();
    if (plan && opened) {
        const QList<Runner::Preview> owner = both.owner().preview();
        const QList<Runner::Preview> standbyPreviews = both.standby()->preview();
        // In the order the steps run: the owner's part 1, the standby's, then each one's cluster start.
        QList<Disruption> ownerDisruptions = both.owner().disruptions(owner);
        QList<Disruption> standbyDisruptions = both.standby()->disruptions(standbyPreviews);
        for (auto& d : ownerDisruptions)
            d.node = TwoNodeSession::nodeName(TwoNodeSession::Node::Owner);
        for (auto& d : standbyDisruptions)
            d.node = TwoNodeSession::nodeName(TwoNodeSession::Node::Standby);
        for (int row = 0; row < m_order.size(); ++row) {
            const auto& at = m_order.at(row);
            const bool isOwner = at.node == TwoNodeSession::Node::Owner;
            const auto& list = isOwner ? owner : standbyPreviews;
            if (at.index >= list.size())
                continue;
            if ((isOwner ? both.owner() : *both.standby())
                    .revisedSteps()
                    .contains(list.at(at.index).step->id))
                check.revised << row;
            for (const auto& d : isOwner ? ownerDisruptions : standbyDisruptions)
                if (d.stepId == list.at(at.index).step->id)
                    check.disruptions << d;
        }
        for (int row = 0; row < m_order.size(); ++row) {
            const auto& at = m_order.at(row);
            const auto& list = at.node == TwoNodeSession::Node::Owner ? owner : standbyPreviews;
            if (at.index >= list.size())
                continue;
            Runner::Preview p = list.at(at.index);
            p.step = &m_steps.at(row);
            check.previews << p;
        }
    }
    return check;
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

void RunController::attachHooks(Session& session, const std::function<int(int)>& row)
{
    Runner& runner = session.runner();
    // The step under way's row, for the commands it runs (the hooks below are called in the worker only).
    auto current = std::make_shared<int>(0);
    runner.hooks.echo = [this, current](const QString& line) { Q_EMIT commandStarting(*current, line); };
    runner.hooks.actionRecorded = [this, row](int i, const ActionRecord& a) {
        Q_EMIT actionRecorded(row(i), a);
    };
    runner.hooks.approveDisruption = [this, row](int i, const StepRecord&, const QList<Disruption>& what) {
        return approveInThread(row(i), what);
    };
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
    const int total = int(m_steps.size());
    runner.hooks.stepStarted = [this, row, total, current](int i, int, const StepRecord& s) {
        *current = row(i);
        Q_EMIT stepStarted(row(i), total, s.id, s.title);
    };
    // Both nodes: a wait for the other node is where the other node's part runs; the wait is checked there
    // when this node's part goes on.
    const QList<StepDefinition> steps = m_twoNode ? session.steps() : QList<StepDefinition>();
    runner.hooks.stepFinished = [this, row, total, steps](int i, int, const StepRecord& s) {
        if (s.status == StepRecord::Status::Waiting && i < steps.size() &&
            TwoNodeSession::waitsForOtherNode(steps.at(i))) {
            Q_EMIT stepFinished(
                row(i), total, s.id, StepRecord::statusName(s.status),
                tr("Waits for the other node: its part runs now; this is checked on it after.", "@info"));
            return;
        }
        QString status = StepRecord::statusName(s.status);
        if (s.status == StepRecord::Status::Done && s.foundDone)
            status = QStringLiteral("already done");
        if (s.kind == QLatin1String(DrillTimeline::kStepKind) && s.status == StepRecord::Status::Done)
            Q_EMIT snapshotTaken(row(i), s.id, s.facts);
        Q_EMIT stepFinished(row(i), total, s.id, status,
                            s.status == StepRecord::Status::Skipped ? s.reason
                            : s.localizedMessage.isEmpty()          ? s.message
                                                                    : s.localizedMessage);
    };
}

void RunController::approve(const QList<Disruption>& disruptions)
{
    QMutexLocker lock(&m_approvedLock);
    m_approved.clear();
    for (const auto& d : disruptions)
        if (d.interruptsService())
            m_approved.insert(d.node + QLatin1Char('/') + d.stepId);
}

QList<Disruption> RunController::catalogDisruptions() const
{
    return Disruption::ofCatalog(m_steps);
}

bool RunController::approveInThread(int row, const QList<Disruption>& disruptions)
{
    const StepDefinition step = m_steps.value(row);
    {
        // Confirmed before the run, and not run since: once.
        QMutexLocker lock(&m_approvedLock);
        if (m_approved.remove(step.node + QLatin1Char('/') + step.id))
            return true;
    }
    QStringList what;
    for (const auto& d : disruptions)
        what << d.text.localized();
    bool yes = false;
    if (m_passwordAsker)
        QMetaObject::invokeMethod(m_passwordAsker, "confirmDisruption", Qt::BlockingQueuedConnection,
                                  Q_RETURN_ARG(bool, yes), Q_ARG(QString, RunView::titleOf(step)),
                                  Q_ARG(QStringList, what));
    return yes;
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
    if (m_twoNode) {
        SessionSetup standby = m_standbySetup;
        standby.confirmed = setup.confirmed;
        standby.policy = setup.policy;
        runBothInThread(setup, standby);
        return;
    }
    Session session;
    if (!session.open(setup)) {
        refused(session.refusal(), session.result());
        return;
    }
    // The checkpoint set aside (answers changed, or Run again) belongs to the run that just started: the runs
    // after it (Verify, Retry, Resume) continue this one. Starting over again at the standby's wait would
    // redo the steps before it on a node that released its shared DASD.
    m_setup.policy = SessionSetup::CheckpointPolicy::Resume;
    for (const auto& notice : session.notices())
        Q_EMIT output(notice);
    attachHooks(session, [](int i) { return i; });
    const Session::Result result = session.run();
    m_record = session.record();
    ended(session, result);
}

void RunController::refused(const QStringList& lines, Session::Result result)
{
    for (qsizetype i = 0; i < lines.size(); ++i)
        Q_EMIT output(i == 0 ? lines.at(i) : QStringLiteral("  ") + lines.at(i));
    Q_EMIT finished(Session::exitCode(result), QString());
}

void RunController::ended(Session& stopped, Session::Result result)
{
    QString stepId = stopped.failedStep();
    if (stepId.isEmpty())
        stepId = stopped.waitingStep();
    if (!stopped.saveError().isEmpty())
        Q_EMIT output(tr("%1. The run stopped there: nothing further was done. Fix the cause (free space, a "
                         "writable state directory), then run again: it resumes from the last saved step.",
                         "@info")
                          .arg(stopped.saveError()));
    if (stopped.interrupted())
        Q_EMIT output(
            tr("Stopped by %1 after its current command. The checkpoint keeps everything done; open "
               "the wizard again to resume: the interrupted step is probed and finished.",
               "@info")
                .arg(Interruption::signalName()));
    Q_EMIT finished(Session::exitCode(result), stepId);
}

void RunController::runBothInThread(const SessionSetup& owner, const SessionSetup& standby)
{
    TwoNodeSession both;
    if (!both.open(owner, standby)) {
        refused(both.refusal(), both.result());
        return;
    }
    m_setup.policy = SessionSetup::CheckpointPolicy::Resume;
    m_standbySetup.policy = SessionSetup::CheckpointPolicy::Resume;
    for (const auto& notice : both.notices())
        Q_EMIT output(notice);
    both.partStarting = [this](TwoNodeSession::Node node, int part, Session& session) {
        Q_EMIT output(
            tr("— %1 (part %2)", "@info the node whose steps run now").arg(session.headline()).arg(part));
        QHash<int, int> rows;
        for (int r = 0; r < m_order.size(); ++r)
            if (m_order.at(r).node == node)
                rows.insert(m_order.at(r).index, r);
        attachHooks(session, [rows](int i) { return rows.value(i, 0); });
    };
    const Session::Result result = both.run();
    m_record = both.owner().record();
    Session& stopped =
        both.resultNode() == TwoNodeSession::Node::Owner || !both.standby() ? both.owner() : *both.standby();
    if (both.standby())
        m_standbyRecord = both.standby()->record();
    if (result == Session::Result::Refused || result == Session::Result::Locked) {
        // The standby's Session refused when its part began (its pre-flight, its lock).
        refused(both.refusal(), result);
        return;
    }
    // Said for the node that stopped: a save error or a signal there (a signal ends the whole session).
    ended(stopped, result);
}

} // namespace dceha
