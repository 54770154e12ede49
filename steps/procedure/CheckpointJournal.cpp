#include "CheckpointJournal.h"

#include "system/AtomicFileWriter.h"
#include "system/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace dceha {

namespace {

const QByteArray kHeaderPrefix = QByteArrayLiteral("# dce-ha-wizard-journal/1 base=");
const QByteArray kEntryPrefix = QByteArrayLiteral("# entry ");

} // namespace

CheckpointJournal::~CheckpointJournal()
{
    forget();
}

QByteArray CheckpointJournal::header(const QByteArray& base)
{
    return kHeaderPrefix + base + '\n';
}

void CheckpointJournal::forget()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_base.clear();
    m_size = 0;
    m_keep = -1;
    m_keepBase.clear();
}

void CheckpointJournal::remove()
{
    forget();
    // Not synced: a journal that outlives a crash names the checkpoint it followed, not the new one, and is
    // ignored.
    ::unlink(QFile::encodeName(m_path).constData());
}

CheckpointJournal::Replay CheckpointJournal::replay(const QByteArray& base, RunRecord* record, qint64 limit)
{
    Replay out;
    m_keep = -1;
    m_keepBase.clear();
    if (InputFile::kindOf(m_path) == InputFile::Kind::Absent)
        return out;
    QString error;
    const auto text = InputFile::read(m_path, &error, limit);
    if (!text) {
        out.state = Replay::State::Damaged;
        out.problem = error;
        return out;
    }
    const qsizetype firstEnd = text->indexOf('\n');
    if (firstEnd < 0 || !text->startsWith(kHeaderPrefix)) {
        // Created, then cut before its first line was whole: nothing was ever appended to it.
        if (firstEnd < 0 && kHeaderPrefix.startsWith(text->left(kHeaderPrefix.size()))) {
            out.state = Replay::State::Stale;
            return out;
        }
        out.state = Replay::State::Damaged;
        out.problem = QStringLiteral("%1 does not start with the journal's line").arg(m_path);
        return out;
    }
    if (text->mid(kHeaderPrefix.size(), firstEnd - kHeaderPrefix.size()) != base) {
        out.state = Replay::State::Stale;
        return out;
    }
    static const QRegularExpression form(
        QStringLiteral("^# entry step=(\\d{1,9}) bytes=(\\d{1,12}) sha256=([0-9a-f]{64})$"));
    RunRecord applied = *record;
    qsizetype at = firstEnd + 1;
    out.validBytes = at;
    while (at < text->size()) {
        const qsizetype lineEnd = text->indexOf('\n', at);
        const QByteArray line = text->mid(at, lineEnd < 0 ? -1 : lineEnd - at);
        if (lineEnd < 0) {
            // The start of an entry whose append never returned.
            if (!kEntryPrefix.startsWith(line.left(kEntryPrefix.size())))
                out.problem = QStringLiteral("%1 ends in a line that is not an entry").arg(m_path);
            break;
        }
        const QRegularExpressionMatch m = form.match(QString::fromLatin1(line));
        if (!m.hasMatch()) {
            out.problem =
                QStringLiteral("%1 holds a malformed entry line at byte %2").arg(m_path).arg(qint64(at));
            break;
        }
        const qint64 bytes = m.captured(2).toLongLong();
        const qsizetype bodyAt = lineEnd + 1;
        if (bodyAt + bytes > text->size())
            break; // cut: an append that never returned
        const QByteArray body = text->mid(bodyAt, bytes);
        if (AtomicFileWriter::sha256Hex(body) != m.captured(3).toLatin1()) {
            out.problem = QStringLiteral("the entry at byte %1 of %2 does not match its checksum")
                              .arg(qint64(at))
                              .arg(m_path);
            break;
        }
        const int index = m.captured(1).toInt();
        StepRecord step;
        QString why;
        if (!RunRecord::stepFromYaml(body, &step, &why)) {
            out.problem = QStringLiteral("the entry at byte %1 of %2 is not a readable step (%3)")
                              .arg(qint64(at))
                              .arg(m_path, why);
            break;
        }
        if (index >= applied.steps.size() || applied.steps.at(index).id != step.id) {
            out.problem = QStringLiteral("the entry at byte %1 of %2 is for step %3 (%4), which the "
                                         "checkpoint does not hold there")
                              .arg(qint64(at))
                              .arg(m_path)
                              .arg(index + 1)
                              .arg(step.id);
            break;
        }
        applied.steps[index] = step;
        ++out.entries;
        at = bodyAt + bytes;
        out.validBytes = at;
    }
    if (!out.problem.isEmpty()) {
        out.state = Replay::State::Damaged;
        out.entries = 0;
        return out;
    }
    out.state = Replay::State::Applied;
    *record = std::move(applied);
    m_keep = out.validBytes;
    m_keepBase = base;
    return out;
}

bool CheckpointJournal::open(const QByteArray& base, QString* error)
{
    if (m_broken) {
        *error = QStringLiteral("%1 could not be appended to earlier in this run").arg(m_path);
        return false;
    }
    if (m_fd >= 0 && m_base == base)
        return true;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    const QByteArray name = QFile::encodeName(m_path);
    auto fail = [&](const QString& what) {
        *error = QStringLiteral("cannot %1 %2: %3").arg(what, m_path, AtomicFileWriter::errorText(errno));
        forget();
        return false;
    };
    if (m_keep >= 0 && m_keepBase == base) {
        // The journal this process replayed: appended to, after cutting off an entry left cut by a crash.
        m_fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
        if (m_fd < 0)
            return fail(QStringLiteral("open"));
        if (::ftruncate(m_fd, m_keep) != 0 || ::lseek(m_fd, 0, SEEK_END) < 0)
            return fail(QStringLiteral("cut back"));
        m_size = m_keep;
    } else {
        // A new journal for this checkpoint: any other one there follows an earlier checkpoint.
        m_fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_fd < 0)
            return fail(QStringLiteral("create"));
        const QByteArray first = header(base);
        if (!AtomicFileWriter::writeAll(m_fd, first) || ::fdatasync(m_fd) != 0 ||
            !AtomicFileWriter::syncDirectory(QFileInfo(m_path).absolutePath()))
            return fail(QStringLiteral("write"));
        m_size = first.size();
    }
    m_base = base;
    m_keep = -1;
    m_keepBase.clear();
    return true;
}

bool CheckpointJournal::append(const QByteArray& base, const RunRecord& record, int index, QString* error)
{
    if (!open(base, error))
        return false;
    const QByteArray body = RunRecord::stepToYaml(record.steps.at(index), RunRecord::Outputs::Stored);
    const QByteArray entry = kEntryPrefix + "step=" + QByteArray::number(index) +
                             " bytes=" + QByteArray::number(body.size()) +
                             " sha256=" + AtomicFileWriter::sha256Hex(body) + '\n' + body;
    if (AtomicFileWriter::writeAll(m_fd, entry) && ::fdatasync(m_fd) == 0) {
        m_size += entry.size();
        return true;
    }
    const int why = errno;
    // What was written of it is cut off again, so that the next entry follows the last whole one.
    const bool restored = ::ftruncate(m_fd, m_size) == 0 && ::lseek(m_fd, 0, SEEK_END) >= 0;
    *error = QStringLiteral("cannot append to %1: %2").arg(m_path, AtomicFileWriter::errorText(why));
    // Cut back or not, nothing is appended after it any more: a new journal would lose the entries before.
    m_broken = !restored;
    return false;
}

} // namespace dceha
