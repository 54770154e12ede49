#pragma once

#include "FileEdit.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace dceha {

/** @brief Replaces a file's content so that any reader, and any crash, sees the old or the new content,
 * never a mix.
 *
 * Order: optional dated backup (hard copy beside the file), a temporary file in the same directory
 * written with the original mode and owner, fsync, rename over the original, fsync of the directory.
 * A failed write removes its temporary file. A kill at any instant leaves the original intact or fully
 * replaced; a stale temporary file (`.NAME.dce-ha-wizard.tmp.PID`) may remain until removeStaleTemporaries,
 * which a resumed run calls for the files of the step it resumes. */
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
    /** strerror's text with the symbolic name: "No space left on device (ENOSPC)". */
    static QString errorText(int error);
    /** The temporary file this process writes beside @p hostPath. */
    static QString temporaryName(const QString& hostPath);
    /** Removes the temporary files a killed writer of the wizard left beside @p hostPath (any process's);
     * the caller holds the node's lock. @return the files removed. */
    static QStringList removeStaleTemporaries(const QString& hostPath);
    /** Writes all of @p data to @p fd (retrying short writes and EINTR). @return false with errno set. */
    static bool writeAll(int fd, const QByteArray& data);
    /** fsync()s the directory @p dir, so that a file just created or renamed there survives a crash. */
    static bool syncDirectory(const QString& dir);
};

} // namespace dceha
