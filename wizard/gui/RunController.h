#pragma once

#include "answers/Answers.h"
#include "answers/Preflight.h"
#include "procedure/Catalog.h"
#include "procedure/Checkpoint.h"
#include "procedure/Record.h"
#include "procedure/Runner.h"
#include "session/Session.h"
#include "session/TwoNodeSession.h"
#include "system/RealSystem.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <atomic>
#include <functional>
#include <memory>

namespace dceha {

/** @brief The engine for the GUI: runs the procedure in a worker thread and reports through signals, so the
 * window never freezes. One instance per set of answers. Each run opens a Session, as headless does: the same
 * refusals, the same lock, the same log; the review and the pre-flight are a dry run's Session (the node
 * asked, nothing changed), so a remote node is reviewed as it is run. With a standby (setStandby()) it runs
 * both nodes in one TwoNodeSession, their steps in one list in the order they run. */
class RunController : public QObject
{
    Q_OBJECT

public:
    /** @param setup how each run's Session is opened (its answers are these answers, serialised).
     * @param passwordAsker called (blocking, in the GUI thread) when a step needs the cell_admin password
     * (its slot askPassword()), and before a step that restarts a node or stops the cluster without the
     * person's confirmation (its slot confirmDisruption(QString step, QStringList what) → bool). */
    RunController(SessionSetup setup, Answers answers, QList<StepDefinition> steps, QObject* passwordAsker);
    ~RunController() override;

    /** Both nodes in this window: @p standby opens the standby's Session (its answers, its node), @p steps
     * its steps; steps() becomes both nodes' list in the order they run (each StepDefinition::node set). */
    void setStandby(SessionSetup standby, const QList<StepDefinition>& steps);
    bool isTwoNode() const { return m_twoNode; }

    const QList<StepDefinition>& steps() const { return m_steps; }
    /** The review, in a worker thread (the window stays responsive while the node is asked): the answer
     * rules that need the node (HACMP's service labels, the DFS cache's volume group, the state directory
     * on local disk), then, when they hold, the dry run. Ends with reviewed(); a review already under way
     * is not started twice. */
    void startReview(const QString& stateDirNodePath);
    /** The pre-flight alone (Preflight.h), in the same worker: ends with preflightDone(). */
    void startPreflight(const QString& stateDirNodePath);
    /** The last pre-flight's findings (by startPreflight() or startReview()). */
    const QList<PreflightFinding>& preflightFindings() const { return m_preflightFindings; }
    bool isReviewing() const { return m_reviewing; }
    /** The last review's refusals from the node (empty: the answers fit it) and its dry run. */
    QStringList reviewProblems() const { return m_reviewProblems; }
    const QList<Runner::Preview>& reviewPreviews() const { return m_reviewPreviews; }
    /** What the reviewed plan destroys or interrupts (both nodes' with a standby, each with its node): the
     * confirmation before the run shows it. */
    const QList<Disruption>& reviewDisruptions() const { return m_reviewDisruptions; }
    /** The steps the review's answers run again in the run in progress (their inputs changed, or they are
     * new; Session::revisedSteps), as steps() rows; empty when the answers are the run's own. */
    const QList<int>& reviewRevised() const { return m_reviewRevised; }
    /** The person confirmed @p disruptions (the confirmation before the run): the steps among them that
     * restart a node or stop the cluster run once without being asked again; a later run of them asks. */
    void approve(const QList<Disruption>& disruptions);
    /** What the steps' own commands (their catalog `run` and `then`) destroy or interrupt, read without the
     * node: the drill's confirmation before it begins. */
    QList<Disruption> catalogDisruptions() const;
    /** A copy of the record as it stands (safe from the GUI thread between runs): the owner's with a
     * standby. */
    RunRecord record() const;
    /** The standby's record (two-node), as its last run left it. */
    RunRecord standbyRecord() const { return m_standbyRecord; }
    /** Whether the worker thread is running the procedure. */
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    /** Runs (or resumes) the procedure in the worker thread; @p confirmed are operator steps confirmed. */
    void start(const QStringList& confirmed);
    /** Runs the procedure again from its first step: the checkpoint is set aside beside itself (as --restart
     * does), for this run only; a later start() resumes as usual. */
    void startOver();
    /** Asks the run to stop before its next step (the step under way finishes; the checkpoint keeps all). */
    void requestStop() { m_stop = true; }
    /** Blocks until the worker thread has ended (closing the window after a stop). */
    void wait();

Q_SIGNALS:
    void stepStarted(int index, int total, const QString& id, const QString& title);
    void stepFinished(int index, int total, const QString& id, const QString& status, const QString& message);
    /** A line of the controller's own (a refusal, a notice, a node's part starting). */
    void output(const QString& line);
    /** A command of step @p index is about to run (its line). */
    void commandStarting(int index, const QString& line);
    /** An action of step @p index is in the record: a command with its exit status, time and output, a
     * file edit, a note. */
    void actionRecorded(int index, const dceha::ActionRecord& action);
    /** A drill_snapshot step is done (now, or in an earlier session): where the resources were, as the step's
     * facts (DrillTimeline::Stage::fromFacts reads them). */
    void snapshotTaken(int index, const QString& id, const QMap<QString, QString>& facts);
    /** 0 complete, 1 failed, 3 waiting (as the headless exit codes), 4 locked, 5 stopped on request. */
    void finished(int result, const QString& stepId);
    /** The review started by startReview() is there (reviewProblems(), reviewPreviews()). */
    void reviewed();
    /** The pre-flight started by startPreflight() is there (preflightFindings()). */
    void preflightDone();

private:
    void runInThread(const QStringList& confirmed);
    void runBothInThread(const SessionSetup& owner, const SessionSetup& standby);
    /** A Session (or both) refused to open: its lines said, finished() with its exit code. */
    void refused(const QStringList& lines, Session::Result result);
    /** A run ended: a checkpoint that could not be saved or a signal said, finished() with the step it
     * stopped at (failed or waiting) in @p stopped. */
    void ended(Session& stopped, Session::Result result);
    /** Sets @p session's Runner hooks to report here; @p row maps the session's step index to steps(). */
    void attachHooks(Session& session, const std::function<int(int)>& row);
    /** The review or pre-flight of one node or both, run in the worker: a dry run's Session. */
    struct Check
    {
        QList<PreflightFinding> findings;
        QStringList problems;
        QList<Runner::Preview> previews;
        QList<Disruption> disruptions;
        QList<int> revised;
    };
    Check checkInThread(const SessionSetup& setup, bool plan);
    /** Asks the person, from the worker thread, before a step that restarts a node or stops the cluster. */
    bool approveInThread(int row, const QList<Disruption>& disruptions);
    void startCheck(const QString& stateDirNodePath, bool plan);
    enum class Pending
    {
        None,
        Preflight,
        Review
    };
    Pending m_pendingCheck = Pending::None;
    QString m_pendingStateDir;
    QList<PreflightFinding> m_preflightFindings;

    SessionSetup m_setup;
    Answers m_answers;
    QList<StepDefinition> m_steps;
    bool m_twoNode = false;
    SessionSetup m_standbySetup;
    QList<StepDefinition> m_ownerSteps, m_standbySteps;
    QList<TwoNodeSession::Position> m_order; ///< steps() row → node and index in its list
    RunRecord m_standbyRecord;
    QObject* m_passwordAsker;
    RunRecord m_record;
    QThread* m_thread = nullptr;
    QThread* m_reviewThread = nullptr;
    std::atomic_bool m_reviewing{false};
    QStringList m_reviewProblems;
    QList<Runner::Preview> m_reviewPreviews;
    QList<Disruption> m_reviewDisruptions;
    QList<int> m_reviewRevised;
    QSet<QString> m_approved; ///< steps approved in the confirmation, not yet run (worker thread's once run)
    QMutex m_approvedLock;
    QSet<QString> m_confirmed;
    std::atomic_bool m_running{false};
    std::atomic_bool m_stop{false};
    bool m_startOverOnce = false; ///< the next run sets the checkpoint aside (startOver())
};

} // namespace dceha

Q_DECLARE_METATYPE(dceha::ActionRecord)
