#include "CheckpointJournal.h"

#include "system/AtomicFileWriter.h"
#include "system/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

namespace dceha {

namespace {

const QByteArray kHeaderPrefix = QByteArrayLiteral("# dce-ha-wizard-journal/1 base=");
const QByteArray kEntryPrefix = QByteArrayLiteral("# entry ");

/** An entry's line, `# entry step=I bytes=N sha256=BODY check=LINE`: LINE is the first 16 hex digits of the
 * SHA-256 of `step=I bytes=N sha256=BODY`, so a line damaged on disk is told from one an append left cut. */
struct EntryLine
{
    int step = 0;
    qint64 bytes = 0;
    QByteArray sha256;

    static QByteArray fields(int step, qint64 bytes, const QByteArray& sha256)
    {
        return "step=" + QByteArray::number(step) + " bytes=" + QByteArray::number(bytes) +
               " sha256=" + sha256;
    }
    static QByteArray make(int step, qint64 bytes, const QByteArray& sha256)
    {
        const QByteArray f = fields(step, bytes, sha256);
        return kEntryPrefix + f + " check=" + AtomicFileWriter::sha256Hex(f).left(16) + '\n';
    }
    static std::optional<EntryLine> parse(const QByteArray& line)
    {
        static const QRegularExpression form(QStringLiteral(
            "^# entry (step=(\\d{1,9}) bytes=(\\d{1,12}) sha256=([0-9a-f]{64})) check=([0-9a-f]{16})$"));
        const QRegularExpressionMatch m = form.match(QString::fromLatin1(line));
        if (!m.hasMatch() ||
            AtomicFileWriter::sha256Hex(m.captured(1).toLatin1()).left(16) != m.captured(5).toLatin1())
            return std::nullopt;
        return EntryLine{m.captured(2).toInt(), m.captured(3).toLongLong(), m.captured(4).toLatin1()};
    }
};

/** Whether a whole entry (its line checked, its body there and matching) starts anywhere after @p from. */
bool wholeEntryAfter(const QByteArray& text, qsizetype from)
{
    for (qsizetype at = text.indexOf("\n" + kEntryPrefix, from); at >= 0;
         at = text.indexOf("\n" + kEntryPrefix, at + 1)) {
        const qsizetype lineAt = at + 1;
        const qsizetype lineEnd = text.indexOf('\n', lineAt);
        if (lineEnd < 0)
            return false;
        const auto entry = EntryLine::parse(text.mid(lineAt, lineEnd - lineAt));
        if (entry && lineEnd + 1 + entry->bytes <= text.size() &&
            AtomicFileWriter::sha256Hex(text.mid(lineEnd + 1, entry->bytes)) == entry->sha256)
            return true;
    }
    return false;
}

} // namespace

CheckpointJournal::~CheckpointJournal()
{
    forget();
}

QByteArray CheckpointJournal::header(const QByteArray& base)
{
    // Checked like an entry's line: a base damaged on disk is told from one of another checkpoint.
    return kHeaderPrefix + base + " check=" + AtomicFileWriter::sha256Hex(base).left(16) + '\n';
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
    if (firstEnd < 0) {
        // Created, then cut before its first line was whole (it is synced before any entry is written):
        // nothing was ever appended to it.
        out.state = Replay::State::Stale;
        return out;
    }
    if (!text->startsWith(kHeaderPrefix)) {
        out.state = Replay::State::Damaged;
        out.problem = QStringLiteral("%1 does not start with the journal's line").arg(m_path);
        return out;
    }
    const QByteArray first = text->left(firstEnd + 1);
    const QByteArray rest = first.mid(kHeaderPrefix.size());
    const QByteArray named = rest.left(rest.indexOf(' '));
    if (first != header(named)) {
        out.state = Replay::State::Damaged;
        out.problem = QStringLiteral("the first line of %1 does not match its own check").arg(m_path);
        return out;
    }
    if (named != base) {
        out.state = Replay::State::Stale;
        return out;
    }
    RunRecord applied = *record;
    qsizetype at = firstEnd + 1;
    out.validBytes = at;
    // What is wrong from `at` on is the last append, cut or left unwritten by a crash (it never returned),
    // unless a whole entry follows it: then an entry the wizard had made durable was damaged.
    auto lastAppend = [&](const QString& problem) {
        if (wholeEntryAfter(*text, at))
            out.problem = problem;
    };
    while (at < text->size()) {
        const qsizetype lineEnd = text->indexOf('\n', at);
        if (lineEnd < 0) {
            lastAppend(
                QStringLiteral("%1 holds a cut line at byte %2 before whole entries").arg(m_path).arg(at));
            break;
        }
        const std::optional<EntryLine> entry = EntryLine::parse(text->mid(at, lineEnd - at));
        if (!entry) {
            lastAppend(
                QStringLiteral("%1 holds a malformed entry line at byte %2").arg(m_path).arg(qint64(at)));
            break;
        }
        const qint64 bytes = entry->bytes;
        const qsizetype bodyAt = lineEnd + 1;
        if (bodyAt + bytes > text->size())
            break; // cut: an append that never returned (its line is whole and its own)
        const QByteArray body = text->mid(bodyAt, bytes);
        if (AtomicFileWriter::sha256Hex(body) != entry->sha256) {
            lastAppend(QStringLiteral("the entry at byte %1 of %2 does not match its checksum")
                           .arg(qint64(at))
                           .arg(m_path));
            break;
        }
        const int index = entry->step;
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
        // Only the descriptor goes: what this process replayed is still what the next try appends to
        // (starting anew would cut entries that are in no other file).
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_base.clear();
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
    const QByteArray entry = EntryLine::make(index, body.size(), AtomicFileWriter::sha256Hex(body)) + body;
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
