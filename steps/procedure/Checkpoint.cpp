#include "Checkpoint.h"

#include "RecordFile.h"
#include "system/AtomicFileWriter.h"
#include "system/InputFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dceha {

namespace {

/** flock()s @p path without waiting; @return the descriptor, or -1 with errno set (EWOULDBLOCK: held). */
int lockPath(const QString& path, int flags, mode_t mode = 0)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC, mode);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int why = errno;
        ::close(fd);
        errno = why;
        return -1;
    }
    return fd;
}

} // namespace

Checkpoint::Checkpoint(QString stateDir, QString name)
    : m_dir(QDir(stateDir).absolutePath()), m_name(std::move(name))
{}

Checkpoint::~Checkpoint()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd);
    if (m_nodeLockFd >= 0)
        ::close(m_nodeLockFd);
}

QString Checkpoint::path() const
{
    return m_dir + QLatin1Char('/') + m_name;
}

bool Checkpoint::lock(QString* error, const QString& nodeRoot)
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create the state directory %1").arg(m_dir);
        return false;
    }
    m_lockFd = lockPath(m_dir + QStringLiteral("/lock"), O_RDWR | O_CREAT, 0600);
    if (m_lockFd < 0) {
        *error =
            errno == EWOULDBLOCK
                ? QStringLiteral("another dce-ha-wizard is running on the state directory %1").arg(m_dir)
                : QStringLiteral("cannot open %1/lock: %2").arg(m_dir, AtomicFileWriter::errorText(errno));
        return false;
    }
    if (!nodeRoot.isEmpty()) {
        // The node's root directory itself is the node's lock: whatever state directory another run uses, it
        // runs against the same root.
        const QString root = QDir(nodeRoot).absolutePath();
        m_nodeLockFd = lockPath(root, O_RDONLY | O_DIRECTORY);
        if (m_nodeLockFd < 0) {
            const int why = errno;
            ::close(m_lockFd);
            m_lockFd = -1;
            *error =
                why == EWOULDBLOCK
                    ? QStringLiteral("another dce-ha-wizard is running on the node %1 (with another state "
                                     "directory); one run per node at a time")
                          .arg(root)
                    : QStringLiteral("cannot lock the node %1: %2")
                          .arg(root, AtomicFileWriter::errorText(why));
            return false;
        }
    }
    AtomicFileWriter::removeStaleTemporaries(path());
    return true;
}

Checkpoint::Presence Checkpoint::presence() const
{
    switch (InputFile::kindOf(path())) {
    case InputFile::Kind::Absent:
        return Presence::Absent;
    case InputFile::Kind::Regular:
        return Presence::File;
    default:
        return Presence::NotAFile;
    }
}

bool Checkpoint::load(RunRecord* record, QString* error) const
{
    if (RecordFile::read(path(), record, error))
        return true;
    *error = QStringLiteral("the checkpoint ") + *error;
    return false;
}

bool Checkpoint::save(const RunRecord& record, QString* error) const
{
    const FileEdit edit = AtomicFileWriter().replace(path(), path(), RecordFile::sealed(record));
    if (!edit.ok && error)
        *error = edit.error;
    return edit.ok;
}

QString Checkpoint::archive(QString* error) const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path() + QLatin1Char('.') + stamp;
    // Never over an earlier one set aside in the same second.
    for (int n = 2; InputFile::kindOf(aside) != InputFile::Kind::Absent; ++n)
        aside = path() + QLatin1Char('.') + stamp + QLatin1Char('-') + QString::number(n);
    if (::rename(QFile::encodeName(path()).constData(), QFile::encodeName(aside).constData()) != 0) {
        if (error)
            *error = QStringLiteral("cannot set %1 aside as %2: %3")
                         .arg(path(), aside, AtomicFileWriter::errorText(errno));
        return {};
    }
    return aside;
}

} // namespace dceha
