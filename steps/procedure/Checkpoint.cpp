#include "Checkpoint.h"

#include "RecordFile.h"
#include "RecordSeal.h"
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

namespace {

/** checkpoint.yaml → checkpoint.SUFFIX, drill-checkpoint.yaml → drill-checkpoint.SUFFIX. */
QString besideName(const QString& name, const char* suffix)
{
    return (name.endsWith(QLatin1String(".yaml")) ? name.chopped(5) : name) + QLatin1Char('.') +
           QLatin1String(suffix);
}

} // namespace

Checkpoint::Checkpoint(QString stateDir, QString name)
    : m_dir(QDir(stateDir).absolutePath()), m_name(std::move(name)),
      m_journal(m_dir + QLatin1Char('/') + besideName(m_name, "journal")),
      m_outputs(m_dir + QLatin1Char('/') + besideName(m_name, "outputs"))
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

QString Checkpoint::journalPath() const
{
    return m_journal.path();
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

bool Checkpoint::load(RunRecord* record, QString* error, Outputs outputs) const
{
    RunRecord whole;
    QByteArray base;
    if (!RecordFile::read(path(), &whole, error, &base)) {
        *error = QStringLiteral("the checkpoint ") + *error;
        return false;
    }
    const CheckpointJournal::Replay replay = m_journal.replay(base, &whole, InputFile::kDefaultLimit);
    if (replay.state == CheckpointJournal::Replay::State::Damaged) {
        *error = QStringLiteral("the checkpoint's journal is damaged: %1. The checkpoint %2 without it "
                                "is older than the run; set both aside (--restart) to start over: the "
                                "work already on the node is recognised")
                     .arg(replay.problem, path());
        return false;
    }
    if (outputs == Outputs::Read && !m_outputs.fill(whole, error)) {
        *error = QStringLiteral("the checkpoint's outputs are damaged: %1").arg(*error);
        return false;
    }
    m_base = base;
    *record = std::move(whole);
    return true;
}

bool Checkpoint::readOutputs(RunRecord& record, QString* error) const
{
    return m_outputs.fill(record, error);
}

bool Checkpoint::save(RunRecord& record, QString* error) const
{
    QString why;
    for (StepRecord& step : record.steps)
        if (!m_outputs.store(step, &why)) {
            if (error)
                *error = why;
            return false;
        }
    const QByteArray sealed =
        RecordSeal::seal(record.toYaml(RunRecord::Outputs::Stored), int(record.steps.size()));
    const FileEdit edit = AtomicFileWriter().replace(path(), path(), sealed);
    if (!edit.ok) {
        if (error)
            *error = edit.error;
        return false;
    }
    m_base = RecordSeal::digestOf(sealed);
    // The journal followed the checkpoint just replaced: what it held is in this one now.
    m_journal.remove();
    return true;
}

bool Checkpoint::saveStep(RunRecord& record, int index, QString* error) const
{
    if (m_base.isEmpty() || index < 0 || index >= record.steps.size())
        return save(record, error);
    QString why;
    if (m_outputs.store(record.steps[index], &why) && m_journal.append(m_base, record, index, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

QString Checkpoint::archive(QString* error) const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    auto asideOf = [&stamp](const QString& file) {
        QString aside = file + QLatin1Char('.') + stamp;
        // Never over an earlier one set aside in the same second.
        for (int n = 2; InputFile::kindOf(aside) != InputFile::Kind::Absent; ++n)
            aside = file + QLatin1Char('.') + stamp + QLatin1Char('-') + QString::number(n);
        return aside;
    };
    const QString aside = asideOf(path());
    auto present = [](const QString& file) { return InputFile::kindOf(file) != InputFile::Kind::Absent; };
    RunRecord record;
    QString why;
    if ((present(journalPath()) || present(outputsPath())) && load(&record, &why)) {
        // The record set aside is the whole one, on its own: the journal's changes and the outputs in it.
        if (!RecordFile::write(aside, RecordFile::sealed(record), &why)) {
            if (error)
                *error = QStringLiteral("cannot set %1 aside as %2: %3").arg(path(), aside, why);
            return {};
        }
        // The checkpoint first: without it, a journal or outputs a crash left behind name nothing a run reads
        // (a new checkpoint has another checksum). Then its files, and the directory synced.
        ::unlink(QFile::encodeName(path()).constData());
        m_journal.remove();
        m_outputs.remove();
        AtomicFileWriter::syncDirectory(m_dir);
        m_base.clear();
        return aside;
    }
    if (::rename(QFile::encodeName(path()).constData(), QFile::encodeName(aside).constData()) != 0) {
        if (error)
            *error = QStringLiteral("cannot set %1 aside as %2: %3")
                         .arg(path(), aside, AtomicFileWriter::errorText(errno));
        return {};
    }
    // Unreadable, so not merged: kept beside the checkpoint they belong to, never applied to a new one.
    for (const QString& beside : {journalPath(), outputsPath()}) {
        if (!present(beside))
            continue;
        const QString besideAside = asideOf(beside);
        if (::rename(QFile::encodeName(beside).constData(), QFile::encodeName(besideAside).constData()) !=
            0) {
            if (error)
                *error =
                    QStringLiteral("the checkpoint was set aside as %1, but %2 could not be (as %3): %4; "
                                   "move it aside by hand")
                        .arg(aside, beside, besideAside, AtomicFileWriter::errorText(errno));
            return {};
        }
    }
    m_outputs.remove();
    m_journal.forget();
    m_base.clear();
    return aside;
}

} // namespace dceha
