#include "System.h"

#include "AtomicFileWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace dceha {

System::System(QString root)
{
    root = QDir::cleanPath(QDir(root.isEmpty() ? QStringLiteral("/") : root).absolutePath());
    m_root = root == QLatin1String("/") ? QString() : root;
}

QString System::hostPath(const QString& nodePath) const
{
    Q_ASSERT(nodePath.startsWith(QLatin1Char('/')));
    return m_root + nodePath;
}

bool System::exists(const QString& nodePath) const
{
    const QFileInfo info(hostPath(nodePath));
    return info.exists() || info.isSymLink();
}

bool System::isDirectory(const QString& nodePath) const
{
    return QFileInfo(hostPath(nodePath)).isDir();
}

std::optional<QString> System::linkTarget(const QString& nodePath) const
{
    // The raw link text, as `ls -l` shows it: QFileInfo would resolve it against this machine's root.
    char buffer[4096];
    const ssize_t n = ::readlink(QFile::encodeName(hostPath(nodePath)).constData(), buffer, sizeof buffer);
    if (n < 0)
        return std::nullopt;
    return QFile::decodeName(QByteArray(buffer, int(n)));
}

std::optional<QByteArray> System::readFile(const QString& nodePath) const
{
    QFile file(hostPath(nodePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

FileEdit System::writeFile(const QString& nodePath, const QByteArray& content, bool backup)
{
    return AtomicFileWriter().replace(hostPath(nodePath), nodePath, content,
                                      backup ? backupSuffix() : QString());
}

QStringList System::removeStaleTemporaries(const QString& nodePath)
{
    QStringList removed;
    for (const QString& host : AtomicFileWriter::removeStaleTemporaries(hostPath(nodePath)))
        removed << host.mid(m_root.size());
    return removed;
}

QString System::makeDirectory(const QString& nodePath)
{
    if (QDir().mkpath(hostPath(nodePath)))
        return {};
    return QStringLiteral("cannot create directory %1").arg(nodePath);
}

QString System::makeSymlink(const QString& target, const QString& linkPath)
{
    // Absolute targets are stored as the node names them; under a target root they resolve inside it only
    // for the simulated node, which keeps its own view of them.
    if (QFile::link(target, hostPath(linkPath)))
        return {};
    return QStringLiteral("cannot create symbolic link %1 -> %2").arg(linkPath, target);
}

std::optional<int> System::modeOf(const QString& nodePath) const
{
    struct stat st;
    if (::lstat(QFile::encodeName(hostPath(nodePath)).constData(), &st) != 0)
        return std::nullopt;
    return int(st.st_mode & 07777);
}

QString System::setMode(const QString& nodePath, int mode)
{
    if (::chmod(QFile::encodeName(hostPath(nodePath)).constData(), mode_t(mode)) == 0)
        return {};
    return QStringLiteral("cannot change the mode of %1").arg(nodePath);
}

QString System::backupSuffix()
{
    return QStringLiteral(".dce-ha-wizard.") +
           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace dceha
