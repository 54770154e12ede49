#pragma once

#include "answers/Answers.h"
#include "answers/Preflight.h"
#include "procedure/Catalog.h"
#include "procedure/Checkpoint.h"
#include "procedure/Record.h"
#include "procedure/Runner.h"
#include "system/RealSystem.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <memory>

namespace spdlog {
class logger;
}

namespace dceha {

class SshSystem;

/** What a front-end gives a Session: where the node is, the answers, and what the operator chose. */
struct SessionSetup
{
    QString root;       ///< the node's root on this machine ("/" on a real node)
    QString sharedDasd; ///< the simulated shared DASD
    bool simulate = false;
    QString aixsim;       ///< the simulated node's program (with simulate)
    QString stateDirNode; ///< the state directory as a node path (checked against the shared mounts)
    QString stateDirHost; ///< the same on this machine
    QByteArray answersText;
    QString answersName;     ///< how the answers are named in a refusal ("owner.yaml", "the answers")
    QString ownerRecordFile; ///< the standby: the owner's record (empty for none)
    /** The standby in a two-node session: the owner's record as the owner's session holds it (instead of
     * ownerRecordFile); read during open() only. */
    const RunRecord* ownerRecord = nullptr;
    bool dryRun = false;  ///< no lock, no checkpoint, nothing changed
    bool verbose = false; ///< the log at debug level
    /** A checkpoint of other answers, or a damaged one: refused with what differs (Resume), or set aside
     * beside itself and the run started over (StartOver; the probes still recognise the work done), or
     * resumed with the new answers (Revise): the done steps whose inputs changed run again, and only those
     * (Runner::revise; revisedSteps() names them). A dry run reads the checkpoint too, changing nothing:
     * its preview says what the run would do. */
    enum class CheckpointPolicy
    {
        Resume,
        StartOver,
        Revise
    };
    CheckpointPolicy policy = CheckpointPolicy::Resume;
    QStringList confirmed; ///< operator steps the operator confirmed
    /** Empty: the node's integration (its role's procedure). `drill`: the failover drill, run from the owner
     * with the owner's answers after both nodes are integrated. */
    QString procedure;
    /** The drill on the simulated cluster: the other node's root (same shared DASD); its part then runs
     * automatically. Empty: the other node's actions are operator steps. */
    QString peerRoot;
    /** The drill's other node reached over SSH (`ssh://…`), as --node is; with simulate, peerRoot is its
     * simulated root there. */
    QString peer;
    QString acceptPeerHostKey; ///< --accept-peer-host-key SHA256:…: the peer's host key at first contact
    /** A remote node, `ssh://[USER@]HOST[:PORT]`: its commands run there over OpenSSH, its files are changed
     * there; the checkpoint, the record and the log stay here (stateDirHost). Empty: this machine's node.
     * With simulate, the remote host runs the simulated node (aixsim, root and shared DASD are its paths). */
    QString node;
    QString sshConfig;     ///< --ssh-config: an ssh_config for every ssh call
    QString acceptHostKey; ///< --accept-host-key SHA256:…: the host key accepted at first contact
};

/** @brief One run of the procedure on one node, set up the same way for every front-end.
 *
 * open() reads the owner's record and merges it (standby), parses the answers, checks the state directory,
 * takes the node's lock, sets up the log, builds the System, checks the answers against the node, loads and
 * expands the catalog, applies the checkpoint policy and writes the record's header. preview() is the dry
 * run; run() performs the steps through the Runner (whose hooks the front-end sets between open() and run()).
 * The front-ends only ask and show: options and printing (headless, terminal), widgets (the GUI). */
class Session
{
public:
    enum class Result
    {
        Complete,
        Failed,  ///< a step failed, or the checkpoint could not be saved (saveError())
        Waiting, ///< at an operator step
        Stopped, ///< on request or by a signal (interrupted())
        Refused, ///< open() refused: nothing changed (refusal())
        Locked   ///< open(): another run holds the node or the state directory
    };
    /** The process exit code of a result (ExitCode.h), defined here once. */
    static int exitCode(Result result);

    Session();
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    /** Sets the run up; false when refused or locked (result(), refusal()). */
    bool open(const SessionSetup& setup);
    Result result() const { return m_result; }
    /** Why open() refused: a first line, then one line per problem (indented by the front-end). */
    const QStringList& refusal() const { return m_refusal; }
    /** What the operator should know before the run: the owner's record's answers used, a checkpoint set
     * aside. */
    const QStringList& notices() const { return m_notices; }
    /** With CheckpointPolicy::Revise and changed answers: the steps that run again (their inputs changed,
     * or they are new), in order; empty otherwise. */
    const QStringList& revisedSteps() const { return m_revised; }
    /** The first step still to do whose commands read the cell_admin password (empty: none). */
    QString passwordStep() const;

    const Answers& answers() const { return m_answers; }
    /** The pre-flight's findings (Preflight.h), once open() got that far (also when it refused for them). */
    const QList<PreflightFinding>& preflight() const { return m_preflight; }
    const QList<StepDefinition>& steps() const { return m_steps; }
    /** The run's record, whole: the long outputs of a resumed run's earlier steps read back first. */
    RunRecord& record();
    System& system() { return *m_system; }
    /** The node's System when it is this machine's (its interruption hooks); nullptr for a remote node. */
    RealSystem* localSystem() { return dynamic_cast<RealSystem*>(m_system.get()); }
    /** The Runner: the front-end sets its hooks (progress, password, interruption) before run(). */
    Runner& runner() { return *m_runner; }
    /** The two-node session: the other node (its System, host name and record, all owned by the other
     * node's Session, which outlives this one's runs). An operator step that waits for the other node then
     * checks it there (Runner::peer, Runner::otherRecord) instead of waiting for a confirmation. */
    void attachOther(System* other, const QString& name, const RunRecord* record);
    QString checkpointPath() const { return m_checkpoint ? m_checkpoint->path() : QString(); }
    /** "owner node node1, hot-standby-cascading, with DFS, cell …". */
    QString headline() const;

    QList<Runner::Preview> preview();
    /** What @p previews (this Session's dry run) will destroy or interrupt on the node, in the order the
     * steps run: the steps still to do only. Asks the node for the disks' PVID and size; changes nothing. */
    QList<Disruption> disruptions(const QList<Runner::Preview>& previews);
    Result run();
    /** After run(): whether a signal stopped it, and why the checkpoint could not be saved (if so). */
    bool interrupted() const { return m_runnerResult == Runner::Result::Interrupted; }
    QString saveError() const;
    /** The operator step the run waits at, the step that failed (after run()). */
    QString waitingStep() const;
    QString failedStep() const;

private:
    bool refuse(Result result, QStringList lines);
    bool applyCheckpointPolicy(const SessionSetup& setup);
    /** A dry run's view of the checkpoint (read, never changed): the run in progress it would resume. */
    void readCheckpointForPreview(const SessionSetup& setup);
    /** Resumes @p previous with these (changed) answers: its steps whose inputs changed are redone once the
     * Runner is there (open()). */
    void reviseFrom(RunRecord previous);
    /** The remote node's System, its host key checked (first contact: accepted only with --accept-host-key
     * of the key's fingerprint); false, refused, otherwise. */
    bool openRemoteNode(const SessionSetup& setup, const CommandMap& commands);
    /** An SSH System for @p url (its host key checked against the known hosts in the state directory, as
     * openRemoteNode); nullptr, refused, otherwise. @p option names the option in a refusal. */
    std::unique_ptr<SshSystem> openRemote(const SessionSetup& setup, const QString& url,
                                          const QString& acceptKey, const QString& option,
                                          const QString& root, const CommandMap& commands);
    /** The drill's other node: a simulated root here (--peer-root) or a node over SSH (--peer). */
    bool openPeer(const SessionSetup& setup);

    Result m_result = Result::Refused;
    QStringList m_refusal;
    QStringList m_notices;
    QStringList m_revised;
    bool m_revise = false; ///< the checkpoint's record is resumed with changed answers (revise on open)
    Answers m_answers;
    QList<PreflightFinding> m_preflight;
    QByteArray m_digest;
    RunRecord m_ownerRecord;
    QList<StepDefinition> m_steps;
    RunRecord m_record;
    /** The pre-flight's view of the node, and when it began: handed to the run that follows at once. */
    std::unique_ptr<NodeView> m_view;
    QElapsedTimer m_opened;
    static constexpr qint64 kViewFreshMs = 5000;
    void handOverView();
    bool m_outputsLater = false; ///< m_record came from a checkpoint without its long outputs
    std::unique_ptr<Checkpoint> m_checkpoint;
    std::unique_ptr<System> m_system;
    std::unique_ptr<System> m_peer;
    std::shared_ptr<spdlog::logger> m_logger; ///< this run's log (made the default while it runs)
    QString m_peerName;                       ///< the other node's host name (the drill with --peer-root)
    std::unique_ptr<Runner> m_runner;
    Runner::Result m_runnerResult = Runner::Result::Complete;
};

} // namespace dceha
