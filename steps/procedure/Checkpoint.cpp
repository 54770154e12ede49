#include "Checkpoint.h"

#include "system/AtomicFileWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace dceha {

Checkpoint::Checkpoint(QString stateDir) : m_dir(QDir(stateDir).absolutePath()) {}

Checkpoint::~Checkpoint()
{
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

QString Checkpoint::path() const
{
    return m_dir + QStringLiteral("/checkpoint.yaml");
}

bool Checkpoint::lock(QString* error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create the state directory %1").arg(m_dir);
        return false;
    }
    const QByteArray name = QFile::encodeName(m_dir + QStringLiteral("/lock"));
    m_lockFd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lockFd < 0) {
        *error = QStringLiteral("cannot open %1/lock").arg(m_dir);
        return false;
    }
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        *error = QStringLiteral("another dce-ha-wizard is running on the state directory %1").arg(m_dir);
        ::close(m_lockFd);
        m_lockFd = -1;
        return false;
    }
    return true;
}

bool Checkpoint::exists() const
{
    return QFile::exists(path());
}

bool Checkpoint::load(RunRecord* record, QString* error) const
{
    QFile f(path());
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path());
        return false;
    }
    return RunRecord::fromYaml(f.readAll(), record, error);
}

bool Checkpoint::save(const RunRecord& record, QString* error) const
{
    const FileEdit edit = AtomicFileWriter().replace(path(), path(), record.toYaml());
    if (!edit.ok && error)
        *error = edit.error;
    return edit.ok;
}

QString Checkpoint::archive() const
{
    const QString aside =
        path() + QLatin1Char('.') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::rename(path(), aside);
    return aside;
}

} // namespace dceha
