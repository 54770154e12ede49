#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace dceha {

/** @brief Reads a file the wizard is given (answers, an owner's record, a checkpoint) only when it is a
 * regular file of a sane size.
 *
 * The file is opened without blocking (a FIFO or a device in its place can never hang the run), then
 * checked with fstat on the descriptor that is read (no window between the check and the read). A symbolic
 * link is followed; a dangling one, a directory, a FIFO, a socket or a device is refused with @p error
 * naming the file and what it is. */
class InputFile
{
public:
    /** What is at a path, without following a final symbolic link further than its target. */
    enum class Kind
    {
        Absent,  ///< nothing there, not even a link
        Regular, ///< a regular file (possibly through a symbolic link)
        DanglingLink,
        Other ///< a directory, FIFO, socket or device
    };

    static constexpr qint64 kDefaultLimit = 64 * 1024 * 1024;

    static Kind kindOf(const QString& path);
    /** @return the content, or nullopt with @p error set ("PATH is a directory, not a file", …). */
    static std::optional<QByteArray> read(const QString& path, QString* error, qint64 limit = kDefaultLimit);
};

} // namespace dceha
