#pragma once

#include "Record.h"

#include <QString>

namespace dceha {

/** @brief The run's checkpoint in the state directory: `checkpoint.yaml` (the record, saved atomically after
 * every change of a step's status) and `lock` (one instance per state directory). */
class Checkpoint
{
public:
    explicit Checkpoint(QString stateDir);
    ~Checkpoint();
    Checkpoint(const Checkpoint&) = delete;
    Checkpoint& operator=(const Checkpoint&) = delete;

    /** @return false when another process holds the lock (or the directory cannot be made). */
    bool lock(QString* error);
    bool exists() const;
    bool load(RunRecord* record, QString* error) const;
    bool save(const RunRecord& record, QString* error = nullptr) const;
    /** Renames the checkpoint aside (checkpoint.yaml.TIMESTAMP); @return the new name. */
    QString archive() const;
    QString path() const;
    QString stateDir() const { return m_dir; }

private:
    QString m_dir;
    int m_lockFd = -1;
};

} // namespace dceha
