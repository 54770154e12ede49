#pragma once

#include "FileEdit.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace dceha {

/** @brief Replaces a file's content so that any reader, and any crash, sees the old or the new content,
 * never a mix.
 *
 * Order: optional dated backup (hard copy beside the file), a temporary file in the same directory
 * written with the original mode and owner, fsync, rename over the original, fsync of the directory.
 * A kill at any instant leaves the original intact or fully replaced; a stale temporary file may remain
 * and is harmless (it is named `.NAME.dce-ha-wizard.tmp.PID`). */
class AtomicFileWriter
{
public:
    /** Called after the temporary file is complete and synced, just before rename: tests use it to
     * stop a writer at the most delicate instant. */
    std::function<void()> beforeRename;

    /** @param hostPath the real path on this machine. @param nodePath how the node names it, for messages.
     * @param backupSuffix when non-empty and the file exists, a copy `hostPath + backupSuffix` is made first.
     */
    FileEdit replace(const QString& hostPath, const QString& nodePath, const QByteArray& content,
                     const QString& backupSuffix = QString()) const;

    static QByteArray sha256Hex(const QByteArray& data);
};

} // namespace dceha
