#include "InputFile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dceha {

namespace {

QString describe(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a directory");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO (named pipe)");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    return QStringLiteral("not a regular file");
}

} // namespace

InputFile::Kind InputFile::kindOf(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(name.constData(), &st) != 0)
        return Kind::Absent;
    if (S_ISLNK(st.st_mode)) {
        if (::stat(name.constData(), &st) != 0)
            return Kind::DanglingLink;
    }
    return S_ISREG(st.st_mode) ? Kind::Regular : Kind::Other;
}

std::optional<QByteArray> InputFile::read(const QString& path, QString* error, qint64 limit)
{
    const QByteArray name = QFile::encodeName(path);
    switch (kindOf(path)) {
    case Kind::Absent:
        *error = QStringLiteral("%1 does not exist").arg(path);
        return std::nullopt;
    case Kind::DanglingLink:
        *error = QStringLiteral("%1 is a symbolic link to nothing").arg(path);
        return std::nullopt;
    default:
        break;
    }
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = QStringLiteral("%1 is %2, not a file").arg(path, describe(st.st_mode));
        ::close(fd);
        return std::nullopt;
    }
    if (st.st_size > limit) {
        *error =
            QStringLiteral("%1 is too large (%2 bytes; at most %3)").arg(path).arg(st.st_size).arg(limit);
        ::close(fd);
        return std::nullopt;
    }
    QByteArray content;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error =
                QStringLiteral("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        content.append(buffer, n);
        if (content.size() > limit) {
            *error = QStringLiteral("%1 is too large (more than %2 bytes)").arg(path).arg(limit);
            ::close(fd);
            return std::nullopt;
        }
    }
    ::close(fd);
    return content;
}

} // namespace dceha
