#pragma once

#include <QByteArray>
#include <QString>

namespace dceha {

/** @brief What an atomic file replacement did, for the record: the digests before and after, the backup. */
struct FileEdit
{
    QString path; ///< node path (as the node sees it, e.g. /etc/services)
    bool ok = false;
    bool changed = false; ///< false when the new content equalled the old: nothing was written
    bool existed = false;
    QByteArray sha256Before; ///< hex; empty when the file did not exist
    QByteArray sha256After;  ///< hex
    QString backupPath;      ///< node path of the dated backup, empty when none was made
    QString error;           ///< why it failed, when it failed
};

} // namespace dceha
