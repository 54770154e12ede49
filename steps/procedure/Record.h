#pragma once

#include "answers/PreflightFinding.h"
#include "system/CommandResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dceha {

/** One thing a step did: a command it ran, a file it changed, or a note (an operator's confirmation, a
 * value it found). Secrets never reach an action: stdin given as a secret is recorded as such, not kept. */
/** Why a step failed, kept in the record (`failure: command`): a reader (or Ansible) can tell a command
 * that failed from a precondition not met, a result not there after the commands, drift or an I/O error. */
enum class FailureCategory
{
    None,
    Command,      ///< a command failed (its output is in the step's last action)
    Verify,       ///< the commands succeeded but the result is not there
    Drift,        ///< done before, not any more
    Precondition, ///< something the step needs is missing (a password, a varied-on VG, a major number)
    IO,           ///< a file on the node could not be written
    Refused       ///< the procedure or a template is faulty (unknown kind, faulty script template)
};

/** Where the checkpoint keeps a long output instead of inline (CheckpointOutputs): its offset in
 * `checkpoint.outputs`, its length and checksum. */
struct StoredOutput
{
    qint64 at = -1;
    qint64 bytes = 0;
    QByteArray sha256; ///< hex, of the UTF-8 bytes
    bool isSet() const { return at >= 0; }
};

struct ActionRecord
{
    enum class Type
    {
        Command,
        File,
        Note
    };
    Type type = Type::Note;
    QDateTime at;
    // Command
    QStringList argv; ///< the AIX command and its arguments, as the guide names them
    QString program;  ///< the program that actually ran (real path or the simulator)
    int exitCode = -1;
    QString stdOut;
    QString stdErr;
    /** Set once the checkpoint keeps the output aside (a long one: thousands of installp lines): the
     * checkpoint then names it instead of holding it. A checkpoint read for a resume leaves stdOut/stdErr
     * empty where these are set until CheckpointOutputs::fill() reads them back. */
    StoredOutput stdOutStored;
    StoredOutput stdErrStored;
    QString stdinNote;       ///< "y\n", or "(secret: not recorded)"
    QStringList environment; ///< NAME=value pairs given to the command
    qint64 elapsedMs = 0;
    QString failure; ///< why it could not run or finish (timeout, not found)
    /** The node it ran on when not the record's own (the drill's evidence from the other node). */
    QString node;
    /** A read-only query kept as evidence (the drill's checks), not a change the plan lists. */
    bool query = false;

    /** A command action for @p argv as @p r says it ended (time now; output, input and node left to the
     * caller, which knows what may be recorded). */
    static ActionRecord ofCommand(const QStringList& argv, const CommandResult& r)
    {
        ActionRecord a;
        a.type = Type::Command;
        a.at = QDateTime::currentDateTime();
        a.argv = argv;
        a.program = r.program;
        a.exitCode = r.exitCode;
        a.elapsedMs = r.elapsedMs;
        a.failure = r.failure;
        return a;
    }
    /** Ran although the step's plan (what the review showed just before) did not list it with this
     * environment: a defect of the step kind, said in the record rather than hidden. */
    bool unplanned = false;
    // File
    QString path;
    QString operation = QStringLiteral("edit"); ///< edit, mkdir, symlink, chmod
    QString target;                             ///< symlink: what it points to
    QString mode;                               ///< chmod: the new mode, octal ("0755")
    QString content; ///< the whole new content, kept only for generated files (scripts), never for secrets
    QString change;  ///< a one-line summary: "set RPC_UNSUPPORTED_NETADDRS", "appended kerberos5 88/udp"
    QString diff;    ///< a short unified-style diff of the lines changed
    QString sha256Before;
    QString sha256After;
    QString backup;
    // Note
    QString text;
};

/** One step of the run, as the record and the checkpoint keep it. */
struct StepRecord
{
    enum class Status
    {
        Pending,
        Running,
        Done,
        Skipped,
        Failed,
        Waiting,
        Interrupted ///< a signal ended the run during this step: resumed like Running, probe first
    };
    QString id;
    QString title;
    QString guide;
    QString kind;
    Status status = Status::Pending;
    QString reason;  ///< why it was skipped
    QString message; ///< why it failed or what it waits for
    /** The message in the operator's language, for the front-end showing the run; never saved. */
    QString localizedMessage;
    FailureCategory failure = FailureCategory::None; ///< with Failed: why
    bool foundDone = false;                          ///< its work was already there: nothing ran
    /** A digest of what the step was done with (its kind, its filled parameters and the answers its kind
     * reads): a run with changed answers redoes the done steps whose inputs changed, and only those
     * (Runner::revise). Empty: done by a wizard that did not keep it, or not done. */
    QString inputs;
    /** What the step must know again when it is resumed (the boot time before its reboot), by name: typed
     * state kept in the record, never parsed back out of a note. */
    QMap<QString, QString> facts;
    QDateTime startedAt;
    QDateTime endedAt;
    QList<ActionRecord> actions;

    static QString statusName(Status s);
    static QString failureName(FailureCategory f);
    static Status statusFromName(const QString& name);
};

/** The whole run: node, answers (no secrets), times, result and the steps. Saved as the checkpoint after
 * every change of a step's status, and exported as the record. */
struct RunRecord
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)

public:
    static constexpr const char* kFormat = "dce-ha-wizard-record/1";
    QString hostname;
    QString root = QStringLiteral("/"); ///< the target root the run worked under ("/" on a node itself)
    QString role;
    QString configuration;
    /** What the run changed: `simulation` (the simulated node), `real node` (this machine's), `remote node
     * ssh://…` or `remote simulated node ssh://…`: said in the header of every export. */
    QString target;
    QString wizardVersion; ///< the wizard that wrote the record
    QString operatorName;  ///< who ran it: USER@workstation
    /** Which procedure: empty for the node's integration (its role's), `drill` for the failover drill. */
    QString procedure;
    QByteArray answersYaml; ///< canonical answers (AnswersFile::serialize)
    QByteArray answersDigest;
    /** The owner's shared disks as it saw them (disk → PVID): the standby's pre-flight finds the same disks
     * by PVID, whatever their names there. */
    QMap<QString, QString> sharedDisks;
    /** The last session's pre-flight: what was checked before anything changed, with its evidence. */
    QList<PreflightFinding> preflight;
    QDateTime startedAt;
    QDateTime endedAt;
    QString result = QStringLiteral("running"); ///< running, complete, failed, waiting
    int sessions = 0;                           ///< how many runs (resumes) this record spans
    QList<StepRecord> steps;

    StepRecord* step(const QString& id);
    const StepRecord* step(const QString& id) const;

    /** The record as YAML, typed: it reads back the same in any YAML 1.1 or 1.2 parser (a string `no` or `50`
     * is quoted, an exit code is a number). */
    /** How toYaml() writes outputs: whole (a record, an export), or, where the checkpoint keeps them aside
     * (ActionRecord::stdOutStored), as the reference. */
    enum class Outputs
    {
        Inline,
        Stored
    };
    QByteArray toYaml(Outputs outputs = Outputs::Inline) const;
    /** Reads a record strictly through YamlInput: a type mismatch, an unknown status, a missing or empty
     * `steps`, missing `answers`, duplicate keys or a second document refuse it, @p error naming the field
     * (`steps[3].status: 'bogus' is not one of …`); @p out is left unchanged then. Never throws. */
    static bool fromYaml(const QByteArray& text, RunRecord* out, QString* error);

    /** One step as YAML (a mapping, as under `steps:`): the checkpoint journal's entry. */
    static QByteArray stepToYaml(const StepRecord& step, Outputs outputs = Outputs::Inline);
    /** Reads one step as stepToYaml wrote it, as strictly as fromYaml; @p out is left unchanged on error. */
    static bool stepFromYaml(const QByteArray& text, StepRecord* out, QString* error);
};

} // namespace dceha
