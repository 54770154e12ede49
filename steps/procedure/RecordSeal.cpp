#include "RecordSeal.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace dceha {

namespace {

const QByteArray kPrefix = QByteArrayLiteral("# dce-ha-wizard-seal/");

QByteArray digest(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray RecordSeal::seal(const QByteArray& yaml, int steps)
{
    QByteArray body = yaml;
    if (!body.isEmpty() && !body.endsWith('\n'))
        body += '\n';
    return body + kPrefix + QByteArray::number(kVersion) + " steps=" + QByteArray::number(steps) +
           " bytes=" + QByteArray::number(body.size()) + " sha256=" + digest(body) + '\n';
}

QByteArray RecordSeal::digestOf(const QByteArray& sealed)
{
    // The trailer ends with "sha256=" and 64 hex digits, then the final newline.
    return sealed.size() > 65 ? sealed.mid(sealed.size() - 65, 64) : QByteArray();
}

RecordSeal::Check RecordSeal::check(const QByteArray& text)
{
    Check c;
    // The trailer is the last line, and only the last line: anything after it means the file was appended to.
    QByteArray trimmed = text;
    if (!trimmed.endsWith('\n')) {
        c.body = text;
        c.problem =
            QStringLiteral("it does not end with the wizard's integrity line (the file was cut short)");
        return c;
    }
    trimmed.chop(1);
    const qsizetype start = trimmed.lastIndexOf('\n') + 1;
    const QByteArray last = trimmed.mid(start);
    c.body = text.left(start);
    if (!last.startsWith(kPrefix)) {
        c.problem = QStringLiteral("it does not end with the wizard's integrity line (cut short, or not "
                                   "written by dce-ha-wizard)");
        return c;
    }
    static const QRegularExpression form(
        QStringLiteral("^# dce-ha-wizard-seal/(\\d+) steps=(\\d+) bytes=(\\d+) sha256=([0-9a-f]{64})$"));
    const QRegularExpressionMatch m = form.match(QString::fromLatin1(last));
    c.state = Check::State::Damaged;
    if (!m.hasMatch()) {
        c.problem = QStringLiteral("its integrity line is malformed");
        return c;
    }
    if (m.captured(1).toInt() != kVersion) {
        c.problem = QStringLiteral("its format version %1 is not the one this wizard reads (%2)")
                        .arg(m.captured(1))
                        .arg(kVersion);
        return c;
    }
    bool ok = false;
    c.steps = m.captured(2).toInt(&ok);
    const qlonglong bytes = m.captured(3).toLongLong();
    if (!ok || bytes != c.body.size()) {
        c.problem = QStringLiteral("it holds %1 bytes where its integrity line says %2")
                        .arg(c.body.size())
                        .arg(m.captured(3));
        return c;
    }
    if (digest(c.body) != m.captured(4).toLatin1()) {
        c.problem = QStringLiteral("its checksum does not match its content (changed after it was written)");
        return c;
    }
    c.state = Check::State::Sealed;
    c.problem.clear();
    c.sha256 = m.captured(4).toLatin1();
    return c;
}

} // namespace dceha
