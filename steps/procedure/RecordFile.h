#pragma once

#include "Record.h"

#include <QByteArray>
#include <QString>

namespace dceha {

/** @brief Records and exports as files: read only when whole, written only whole.
 *
 * read() takes a regular file (InputFile), checks its integrity line (RecordSeal) and its step count, then
 * parses it; write() replaces a file atomically (temporary file in the same directory, fsync, rename, fsync
 * of the directory), so a full disk leaves the old file or none, never a cut one. */
class RecordFile
{
public:
    /** @p error names the file and what is wrong with it. @p seal, when given, gets the checksum of its
     * integrity line. */
    static bool read(const QString& path, RunRecord* record, QString* error, QByteArray* seal = nullptr);
    /** A record as a file: its YAML with the integrity line. */
    static QByteArray sealed(const RunRecord& record);
    /** @p executable adds the owner's execute bit (replay scripts). @p error names the file and errno. */
    static bool write(const QString& path, const QByteArray& content, QString* error,
                      bool executable = false);
};

} // namespace dceha
