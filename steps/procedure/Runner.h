#pragma once

#include "Catalog.h"
#include "Checkpoint.h"
#include "Disruption.h"
#include "NodeView.h"
#include "Record.h"
#include "StepKind.h"
#include "answers/Answers.h"
#include "system/System.h"

#include <QSet>
#include <functional>
#include <optional>

namespace dceha {

/** @brief Runs the procedure's steps in order against a node, through each step's probe → plan → apply →
 * verify, writing every action into the record and saving the checkpoint after every change of a step's
 * status. A second run with the same record resumes: done steps are re-verified (drift is reported, not
 * redone), a step caught mid-apply is probed and finished, nothing is done twice. */
class Runner
{
public:
    enum class Result
    {
        Complete,
        Failed,
        Waiting,
        Stopped,       ///< the front-end asked to stop between two steps (the checkpoint says where)
        Interrupted,   ///< a signal ended the run after its current command (the step stays resumable)
        CheckpointLost ///< the checkpoint could not be saved: the run stopped at once (saveError() says why)
    };

    struct Hooks
    {
        std::function<std::optional<QByteArray>()> password;
        std::function<void(const QString&)> echo;
        /** A step starts (index from 0, total). */
        std::function<void(int, int, const StepRecord&)> stepStarted;
        /** A step ended in any status (done, skipped, failed, waiting). */
        std::function<void(int, int, const StepRecord&)> stepFinished;
        /** Asked before each step: true stops the run there, before the step starts. */
        std::function<bool()> stopRequested;
        /** Asked before each step and after each apply: true ends the run now (a signal arrived; the System
         * has already ended the command that was running). The step caught is left resumable. */
        std::function<bool()> interrupted;
        /** A command or file edit was recorded in the step under way (index, the action): the run page shows
         * its arguments, time, exit status and output as it happens. */
        std::function<void(int, const ActionRecord&)> actionRecorded;
        /** Asked before a step that will restart the node or stop the cluster (Disruption::interruptsService)
         * starts, with what it will do: true lets it run, false stops the run before it (Result::Stopped,
         * the step still to do). A step resumed in the middle of its apply was approved when it started and
         * is not asked again. None: such steps run (headless: the operator approved by running it). */
        std::function<bool(int, const StepRecord&, const QList<Disruption>&)> approveDisruption;
    };

    Runner(System& system, const Answers& answers, QList<StepDefinition> steps, RunRecord& record,
           const Checkpoint* checkpoint);

    QSet<QString> confirmed;
    QSet<QString> ownerDone;
    Hooks hooks;
    /** The other node of a two-node procedure (the drill): a step `on: peer` runs there. None: such a step
     * becomes an operator step (the operator does it on the other node and confirms). */
    System* peer = nullptr;
    /** The node's answers so far, for the next run() or preview() only (then dropped): the session's
     * pre-flight asked them just before, with nothing changed since. None: that run asks the node everything.
     */
    NodeView* initialView = nullptr;
    /** How the record names the peer in what ran there (its host name). */
    QString peerName;
    /** The other node's record, when both nodes' runs are in this process (the two-node session): an
     * operator step that waits for the other node reads it (StepContext::otherRecord). */
    const RunRecord* otherRecord = nullptr;

    /** Brings the record's step list in line with the definitions (new record or resumed one). */
    void prepareRecord();
    /** A run resumed with changed answers: the done steps whose inputs changed (inputsOf() differs from what
     * the record kept) are to be done again, the others stay done, and the steps new to the procedure are
     * added. @return the ids of the steps that run again (changed or new), in order. Changes the record
     * only (the caller saves it). */
    QStringList revise();
    /** The digest of what @p def runs with: its kind, its filled parameters, the answers its kind reads. */
    QString inputsOf(const StepDefinition& def, const StepKind* kind = nullptr) const;
    Result run();

    /** One step of a dry run: what the probe found and what would run. Changes nothing. */
    struct Preview
    {
        const StepDefinition* step = nullptr;
        Probe probe;
        QList<PlannedAction> actions;
    };
    QList<Preview> preview();

    const QList<StepDefinition>& steps() const { return m_steps; }
    /** Why the checkpoint could not be saved, after Result::CheckpointLost (names the file and errno). */
    QString saveError() const { return m_saveError; }

private:
    /** A step the catalog puts `on: peer`: it runs on the other node. */
    static bool onPeerNode(const StepDefinition& def);
    /** Saves the checkpoint: the record whole, or only step @p step when nothing else changed since the last
     * save. @return false when it could not be saved: nothing more may be done. */
    bool save(int step = -1);
    void removeStaleTemporaries(StepKind& kind, StepContext& ctx);
    /** The step's plan computed now, through a scratch record (the plan records nothing). */
    static QList<PlannedAction> planOf(StepKind& kind, StepContext& ctx);
    /** Marks the commands recorded from @p from on that @p planned does not list (argv and environment). */
    static void markUnplanned(StepRecord& rec, qsizetype from, const QList<PlannedAction>& planned);
    Result finish(Result result);

    System& m_system;
    const Answers& m_answers;
    QList<StepDefinition> m_steps;
    RunRecord& m_record;
    const Checkpoint* m_checkpoint;
    QString m_saveError;
};

} // namespace dceha
