#include "AtomicFileWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dceha {

namespace {

QString errnoText()
{
    return AtomicFileWriter::errorText(errno);
}

/** Writes @p content to @p to with the same mode, through a temporary file, so a backup is never half. */
bool copyWhole(const QByteArray& content, const QString& to, mode_t mode)
{
    const QByteArray tmp = QFile::encodeName(to + QStringLiteral(".tmp"));
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC, mode & 07777);
    if (fd < 0)
        return false;
    bool ok = AtomicFileWriter::writeAll(fd, content) && ::fsync(fd) == 0;
    int why = ok ? 0 : errno;
    ::close(fd);
    if (ok && ::rename(tmp.constData(), QFile::encodeName(to).constData()) != 0) {
        ok = false;
        why = errno;
    }
    if (!ok) {
        // A full disk must not leave a zero-byte or partial copy behind in the node's directory.
        ::unlink(tmp.constData());
        errno = why;
    }
    return ok;
}

} // namespace

QString AtomicFileWriter::errorText(int error)
{
    // The symbolic name too (ENOSPC, EROFS): it is what an administrator searches for.
    const char* name = ::strerrorname_np(error);
    return QString::fromLocal8Bit(std::strerror(error)) +
           (name ? QStringLiteral(" (%1)").arg(QLatin1String(name)) : QString());
}

QString AtomicFileWriter::temporaryName(const QString& hostPath)
{
    const QFileInfo info(hostPath);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() +
           QStringLiteral(".dce-ha-wizard.tmp.") + QString::number(QCoreApplication::applicationPid());
}

QStringList AtomicFileWriter::removeStaleTemporaries(const QString& hostPath)
{
    // The two names this writer gives its temporary files: `.NAME.dce-ha-wizard.tmp.PID` for the new
    // content and `NAME.dce-ha-wizard.DATE.tmp` for a backup being copied. The caller holds the node's lock,
    // so no other writer of the wizard can be using them.
    const QFileInfo info(hostPath);
    const QDir dir = info.absoluteDir();
    const QRegularExpression ours(
        QStringLiteral("^(\\.%1\\.dce-ha-wizard\\.tmp\\.\\d+|%1\\.dce-ha-wizard\\.\\d{8}-\\d{6}\\.tmp)$")
            .arg(QRegularExpression::escape(info.fileName())));
    QStringList removed;
    const QStringList entries = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& entry : entries) {
        if (ours.match(entry).hasMatch() && QFile::remove(dir.filePath(entry)))
            removed << dir.filePath(entry);
    }
    return removed;
}

QByteArray AtomicFileWriter::sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

FileEdit AtomicFileWriter::replace(const QString& hostPath, const QString& nodePath,
                                   const QByteArray& content, const QString& backupSuffix) const
{
    FileEdit edit;
    edit.path = nodePath;
    edit.sha256After = sha256Hex(content);

    const QByteArray hostName = QFile::encodeName(hostPath);
    struct stat st
    {
    };
    mode_t mode = 0644;
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    QByteArray old;
    if (::stat(hostName.constData(), &st) == 0) {
        edit.existed = true;
        mode = st.st_mode & 07777;
        uid = st.st_uid;
        gid = st.st_gid;
        QFile in(hostPath);
        if (!in.open(QIODevice::ReadOnly)) {
            edit.error = QStringLiteral("cannot read %1: %2").arg(nodePath, in.errorString());
            return edit;
        }
        old = in.readAll();
        edit.sha256Before = sha256Hex(old);
        if (old == content) {
            edit.ok = true;
            return edit;
        }
    }

    if (edit.existed && !backupSuffix.isEmpty()) {
        if (!copyWhole(old, hostPath + backupSuffix, mode)) {
            edit.error = QStringLiteral("cannot back up %1: %2").arg(nodePath, errnoText());
            return edit;
        }
        edit.backupPath = nodePath + backupSuffix;
    }

    const QString dir = QFileInfo(hostPath).absolutePath();
    const QString tmp = temporaryName(hostPath);
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        edit.error =
            QStringLiteral("cannot create a temporary file beside %1: %2").arg(nodePath, errnoText());
        return edit;
    }
    bool ok = AtomicFileWriter::writeAll(fd, content);
    // Mode and owner are set on the temporary file, so the renamed file never has other permissions.
    ok = ok && ::fchmod(fd, mode) == 0;
    if (ok && (uid != ::geteuid() || gid != ::getegid()))
        ok = ::fchown(fd, uid, gid) == 0;
    ok = ok && ::fsync(fd) == 0;
    const QString failure = ok ? QString() : errnoText();
    ::close(fd);
    if (!ok) {
        ::unlink(tmpName.constData());
        edit.error = QStringLiteral("cannot write %1: %2").arg(nodePath, failure);
        return edit;
    }
    if (beforeRename)
        beforeRename();
    if (::rename(tmpName.constData(), hostName.constData()) != 0) {
        edit.error = QStringLiteral("cannot replace %1: %2").arg(nodePath, errnoText());
        ::unlink(tmpName.constData());
        return edit;
    }
    AtomicFileWriter::syncDirectory(dir);
    edit.ok = true;
    edit.changed = true;
    return edit;
}

bool AtomicFileWriter::writeAll(int fd, const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = EIO;
            return false;
        }
        done += n;
    }
    return true;
}

bool AtomicFileWriter::syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    const int why = errno;
    ::close(fd);
    errno = why;
    return ok;
}

} // namespace dceha
