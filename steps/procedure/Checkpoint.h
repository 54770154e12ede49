#pragma once

#include "CheckpointJournal.h"
#include "CheckpointOutputs.h"
#include "Record.h"

#include <QString>

namespace dceha {

/** @brief The run's checkpoint in the state directory: `checkpoint.yaml` (the record, sealed by RecordSeal
 * and written whole, atomically), `checkpoint.journal` (each change of a step's status since, appended:
 * CheckpointJournal) and `lock`.
 *
 * A run writes the record whole when it starts and when it ends, and journals the step changes in between,
 * so a change costs what changed however long the record has grown; load() reads both. When no run is in
 * progress (and none was killed), `checkpoint.yaml` is the whole record and there is no journal. Long
 * outputs are kept aside in `checkpoint.outputs` (CheckpointOutputs), named from the checkpoint: written
 * once, and read back only when the record is shown or exported, not to decide where to resume.
 *
 * Two locks are held for a run: the state directory's (`lock`), and the node's (its root directory), so two
 * runs on one node cannot both go ahead whatever their state directories. */
class Checkpoint
{
public:
    /** What is in the checkpoint's place. */
    enum class Presence
    {
        Absent,
        File,
        NotAFile ///< a directory, a FIFO, a dangling symbolic link…: never treated as absent
    };

    /** @param name the checkpoint's file in @p stateDir: the integration's `checkpoint.yaml`, the drill's
     * `drill-checkpoint.yaml` (one lock for both: never two runs on one state directory). */
    explicit Checkpoint(QString stateDir, QString name = QStringLiteral("checkpoint.yaml"));
    ~Checkpoint();
    Checkpoint(const Checkpoint&) = delete;
    Checkpoint& operator=(const Checkpoint&) = delete;

    /** Takes the state directory's lock and, when @p nodeRoot is given (the node's root on this machine), the
     * node's. Removes the checkpoint's own stale temporary files once locked.
     * @return false when another process holds either lock (or the directory cannot be made). */
    bool lock(QString* error, const QString& nodeRoot = QString());
    Presence presence() const;
    /** True when anything is in the checkpoint's place (even something that is not a file). */
    bool exists() const { return presence() != Presence::Absent; }
    /** Reads and checks the checkpoint: a regular file, sealed, its step count and content intact, and the
     * journal's changes since it was written whole. @p error names the file, what is wrong, and how to
     * recover. */
    enum class Outputs
    {
        Read, ///< the long outputs read back into the record (to show or export it)
        Later ///< left where they are (a resume): readOutputs() when the record is shown or exported
    };
    bool load(RunRecord* record, QString* error, Outputs outputs = Outputs::Read) const;
    /** Reads back the long outputs a load() with Outputs::Later left aside; @p error names the first that
     * could not be (the record then says so in its place). */
    bool readOutputs(RunRecord& record, QString* error) const;
    /** Writes the record whole, atomically, and removes the journal; @p error names the file and the
     * reason (ENOSPC, EROFS…). Long outputs not kept aside yet are first (their StoredOutput set). */
    bool save(RunRecord& record, QString* error = nullptr) const;
    /** Saves a change of step @p index alone (the rest of @p record as last saved or loaded): appended to
     * the journal, or written whole when this process has not yet saved or loaded the checkpoint. */
    bool saveStep(RunRecord& record, int index, QString* error = nullptr) const;
    /** Sets the checkpoint aside as checkpoint.yaml.TIMESTAMP (never over an earlier one), whole: its
     * journal's changes and its long outputs in it (or, when they cannot be read, the journal and the
     * outputs beside it as checkpoint.journal.TIMESTAMP and checkpoint.outputs.TIMESTAMP).
     * @return the new name, or an empty string with @p error set when it could not be renamed. */
    QString archive(QString* error = nullptr) const;
    QString path() const;
    QString journalPath() const;
    QString outputsPath() const { return m_outputs.path(); }
    QString stateDir() const { return m_dir; }

private:
    QString m_dir;
    QString m_name;
    // What this process last wrote or read of the files (const methods save and load: the files are the
    // state, these only say which checkpoint the journal follows).
    mutable QByteArray m_base; ///< the checksum of checkpoint.yaml as last written or read whole
    mutable CheckpointJournal m_journal;
    mutable CheckpointOutputs m_outputs;
    int m_lockFd = -1;
    int m_nodeLockFd = -1;
};

} // namespace dceha
