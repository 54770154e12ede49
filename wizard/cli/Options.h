#pragma once

#include "session/Session.h"

#include <QString>
#include <QStringList>
#include <functional>

class QCoreApplication;

namespace dceha {

/** @brief The command line: the headless contract of the README plus the GUI's few options. */
struct Options
{
    bool headless = false;
    bool gui = false;
    QString answersFile;
    QString root = QStringLiteral("/");
    QString stateDir; ///< empty: <root>/var/adm/dce-ha-wizard
    bool simulate = false;
    QString sharedDasd;
    bool dryRun = false;
    bool restart = false;
    bool revise = false; ///< --revise: resume with changed answers, redoing only the steps they affect
    /** Not an option: the terminal front-end's question before a step that restarts the node or stops the
     * cluster (its id, what it does); false stops the run before it. None: such steps run. */
    std::function<bool(const QString& step, const QStringList& what)> approveDisruption;
    QStringList confirm;
    QString recordFile;
    QString ownerRecord;
    bool drill = false; ///< --drill: the failover drill (owner's answers, after both nodes are integrated)
    QString peerRoot;   ///< --peer-root: the drill's other simulated node
    QStringList
        exports; ///< FORMAT:FILE, at the end of a run, or from the checkpoint when no answers are given
    bool verbose = false;
    QString node;               ///< --node ssh://[USER@]HOST[:PORT]: the node to integrate, reached over SSH
    QString sshConfig;          ///< --ssh-config FILE
    QString acceptHostKey;      ///< --accept-host-key SHA256:…
    bool preflight = false;     ///< --preflight: the pre-flight's findings, nothing changed (exit 0 or 2)
    bool discover = false;      ///< --discover: an answers file derived from the node, printed
    QString role;               ///< --role with --discover: owner or standby (empty: from HACMP's priorities)
    QString validateCatalog;    ///< --validate-catalog FILE: check a procedure catalog, run nothing
    bool twoNode = false;       ///< --two-node: both nodes' integration in one session (owner, then standby)
    QString standbyAnswersFile; ///< --standby-answers FILE: the standby's answers (--two-node)
    QString peer; ///< --peer ssh://…: the other node (the standby with --two-node; the drill's)
    QString acceptPeerHostKey; ///< --accept-peer-host-key SHA256:…
    QString standbyRecordFile; ///< --standby-record FILE: the standby's record (--two-node)
    QString peerStateDir;      ///< --peer-state DIR: the standby's state directory (--two-node)
    QString language; ///< the GUI's language (en, de, ja); empty: the system's when supported, else English

    /** Parses the application's arguments; prints help/version/usage errors itself. @return false → exit
     * with @p exitCode. */
    static bool parse(const QCoreApplication& app, Options* out, int* exitCode);
    /** The state directory as a node path and as a path on this machine. */
    QString stateDirNodePath() const;
    QString stateDirHostPath() const;
    /** The simulated node's program: DCEHA_AIXSIM, else aixsim beside this program. */
    static QString aixsimProgram();
    /** How a Session is opened for these options (the node, the state directory, the owner's record, dry
     * run, --restart, --confirm); the caller adds the answers. One mapping for every front-end. */
    SessionSetup sessionSetup() const;
    /** The standby's options in a two-node session: its root (--peer-root), node (--peer), state directory
     * (--peer-state), host key, answers and record; the rest as the owner's. */
    Options standbyOptions() const;
    /** --export without --answers: render the saved checkpoint, run nothing. */
    bool exportOnly() const { return !exports.isEmpty() && answersFile.isEmpty(); }
};

} // namespace dceha
