#pragma once

#include "Record.h"

#include <QString>

namespace dceha {

/** @brief The run's checkpoint in the state directory: `checkpoint.yaml` (the record, sealed by RecordSeal
 * and saved atomically after every change of a step's status) and `lock`.
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
    /** Reads and checks the checkpoint: a regular file, sealed, its step count and content intact.
     * @p error names the file, what is wrong, and how to recover. */
    bool load(RunRecord* record, QString* error) const;
    /** Saves atomically; @p error names the file and the reason (ENOSPC, EROFS…). */
    bool save(const RunRecord& record, QString* error = nullptr) const;
    /** Renames the checkpoint aside (checkpoint.yaml.TIMESTAMP, never over an earlier one).
     * @return the new name, or an empty string with @p error set when it could not be renamed. */
    QString archive(QString* error = nullptr) const;
    QString path() const;
    QString stateDir() const { return m_dir; }

private:
    QString m_dir;
    QString m_name;
    int m_lockFd = -1;
    int m_nodeLockFd = -1;
};

} // namespace dceha
