#include "CheckpointOutputs.h"

#include "system/AtomicFileWriter.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dceha {

namespace {

const QByteArray kPrefix = QByteArrayLiteral("# output bytes=");

bool readAt(int fd, qint64 at, qint64 bytes, QByteArray* out)
{
    out->resize(bytes);
    qint64 done = 0;
    while (done < bytes) {
        const ssize_t n = ::pread(fd, out->data() + done, size_t(bytes - done), off_t(at + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

CheckpointOutputs::~CheckpointOutputs()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void CheckpointOutputs::remove()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_size = -1;
    ::unlink(QFile::encodeName(m_path).constData());
}

bool CheckpointOutputs::append(const QString& text, StoredOutput* stored, QString* error)
{
    auto fail = [&](const QString& what) {
        const int why = errno;
        *error = QStringLiteral("cannot %1 %2: %3").arg(what, m_path, AtomicFileWriter::errorText(why));
        return false;
    };
    // A file not opened whole (its end not found, its directory entry not synced) is opened again next time.
    auto failOpen = [&](const QString& what) {
        fail(what);
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_size = -1;
        return false;
    };
    if (m_fd < 0) {
        const bool created = !QFileInfo::exists(m_path);
        m_fd =
            ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_fd < 0)
            return failOpen(QStringLiteral("open"));
        const off_t end = ::lseek(m_fd, 0, SEEK_END);
        if (end < 0)
            return failOpen(QStringLiteral("open"));
        m_size = end;
        if (created) {
            // A new file survives a crash only once its directory entry does.
            if (!AtomicFileWriter::syncDirectory(QFileInfo(m_path).absolutePath()))
                return failOpen(QStringLiteral("create"));
        }
    }
    const QByteArray body = text.toUtf8();
    const QByteArray sha = AtomicFileWriter::sha256Hex(body);
    const QByteArray head = kPrefix + QByteArray::number(body.size()) + " sha256=" + sha + '\n';
    if (!AtomicFileWriter::writeAll(m_fd, head + body + '\n') || ::fdatasync(m_fd) != 0) {
        const int why = errno;
        // What was written of it is cut off again; the checkpoint will not name it.
        if (::ftruncate(m_fd, m_size) != 0 || ::lseek(m_fd, 0, SEEK_END) < 0) {
            ::close(m_fd);
            m_fd = -1;
        }
        errno = why;
        return fail(QStringLiteral("write to"));
    }
    stored->at = m_size + head.size();
    stored->bytes = body.size();
    stored->sha256 = sha;
    m_size += head.size() + body.size() + 1;
    return true;
}

bool CheckpointOutputs::store(StepRecord& step, QString* error)
{
    for (ActionRecord& a : step.actions) {
        if (a.type != ActionRecord::Type::Command)
            continue;
        for (auto [text, stored] :
             {std::pair{&a.stdOut, &a.stdOutStored}, std::pair{&a.stdErr, &a.stdErrStored}})
            if (!stored->isSet() && text->size() > kAsideBytes && !append(*text, stored, error))
                return false;
    }
    return true;
}

std::optional<QString> CheckpointOutputs::read(const StoredOutput& stored, QString* error) const
{
    const int fd = openForReading(error);
    if (fd < 0)
        return std::nullopt;
    auto text = readFrom(fd, stored, error);
    ::close(fd);
    return text;
}

int CheckpointOutputs::openForReading(QString* error) const
{
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, AtomicFileWriter::errorText(errno));
    return fd;
}

std::optional<QString> CheckpointOutputs::readFrom(int fd, const StoredOutput& stored, QString* error) const
{
    // The checkpoint's numbers are checked against the file before anything is read (or allocated).
    struct stat st
    {
    };
    const bool fits = ::fstat(fd, &st) == 0 && stored.at >= 0 && stored.bytes >= 0 &&
                      stored.bytes <= qint64(st.st_size) && stored.at <= qint64(st.st_size) - stored.bytes;
    QByteArray body;
    const bool whole = fits && readAt(fd, stored.at, stored.bytes, &body);
    if (!whole || AtomicFileWriter::sha256Hex(body) != stored.sha256) {
        *error =
            QStringLiteral("the output at byte %1 of %2 is %3")
                .arg(stored.at)
                .arg(m_path, whole ? QStringLiteral("not the one the checkpoint names (its checksum differs)")
                                   : QStringLiteral("missing (the file is shorter)"));
        return std::nullopt;
    }
    return QString::fromUtf8(body);
}

bool CheckpointOutputs::fill(RunRecord& record, QString* error) const
{
    bool ok = true;
    int fd = -1; // opened once, at the first output kept aside (a record without any opens nothing)
    QString cannotOpen;
    for (StepRecord& s : record.steps)
        for (ActionRecord& a : s.actions)
            for (auto [text, stored] :
                 {std::pair{&a.stdOut, &a.stdOutStored}, std::pair{&a.stdErr, &a.stdErrStored}}) {
                if (!stored->isSet() || !text->isEmpty() || stored->bytes == 0)
                    continue;
                if (fd < 0 && cannotOpen.isEmpty())
                    fd = openForReading(&cannotOpen);
                QString why = cannotOpen;
                if (fd >= 0)
                    if (const auto read = readFrom(fd, *stored, &why)) {
                        *text = *read;
                        continue;
                    }
                if (ok && error)
                    *error = why;
                ok = false;
                *text = QStringLiteral("(this output was kept in %1 and could not be read back: %2)")
                            .arg(m_path, why);
            }
    if (fd >= 0)
        ::close(fd);
    return ok;
}

} // namespace dceha
