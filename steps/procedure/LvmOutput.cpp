#include "LvmOutput.h"

#include <QRegularExpression>

namespace dceha::lvm {

QString labelValue(const QString& text, const QString& label)
{
    const QRegularExpression re(QRegularExpression::escape(label) + QStringLiteral(":\\s+(\\S+(?: \\S+)?)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    // Values are single words except "4 megabyte(s)"-like ones; a following label starts with capitals.
    QString v = m.captured(1);
    if (v.contains(QLatin1Char(' ')) &&
        v.section(QLatin1Char(' '), 1).toUpper() == v.section(QLatin1Char(' '), 1))
        v = v.section(QLatin1Char(' '), 0, 0);
    return v;
}

QList<LvRow> lvRows(const QString& text)
{
    QList<LvRow> rows;
    for (const auto& line : text.split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() < 7 || f.at(0) == QLatin1String("LV"))
            continue;
        LvRow r;
        r.name = f.at(0);
        r.type = f.at(1);
        r.lps = f.at(2).toInt();
        r.state = f.at(5);
        r.mountPoint = f.at(6);
        rows << r;
    }
    return rows;
}

int ppSizeMb(const QString& lsvgText)
{
    static const QRegularExpression re(QStringLiteral("PP SIZE:\\s+(\\d+) megabyte"));
    const auto m = re.match(lsvgText);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool majorFree(const QString& text, int major)
{
    for (QString part : text.trimmed().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.endsWith(QLatin1String("..."))) {
            if (major >= part.chopped(3).toInt())
                return true;
        } else if (part.contains(QLatin1String(".."))) {
            if (major >= part.section(QLatin1String(".."), 0, 0).toInt() &&
                major <= part.section(QLatin1String(".."), 1).toInt())
                return true;
        } else if (part.toInt() == major) {
            return true;
        }
    }
    return false;
}

int lowestFreeMajor(const QString& text)
{
    const QString first = text.trimmed().section(QLatin1Char(','), 0, 0);
    bool ok = false;
    const int v = QString(first).remove(QLatin1Char('.')).toInt(&ok);
    return ok ? v : 0;
}

QList<PvRow> pvTable(const QString& text)
{
    QList<PvRow> rows;
    for (const auto& line : text.split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() >= 3)
            rows.append({f.at(0), f.at(1), f.at(2)});
    }
    return rows;
}

QList<QPair<QString, QString>> pvRows(const QString& text)
{
    QList<QPair<QString, QString>> rows;
    for (const auto& row : pvTable(text))
        rows.append({row.disk, row.vg});
    return rows;
}

bool vgSpaceMb(const QString& lsvgText, int* totalMb, int* freeMb)
{
    static const QRegularExpression total(QStringLiteral("TOTAL PPs:\\s+\\d+\\s+\\((\\d+) megabytes\\)"));
    static const QRegularExpression free(QStringLiteral("FREE PPs:\\s+\\d+\\s+\\((\\d+) megabytes\\)"));
    const auto t = total.match(lsvgText);
    const auto f = free.match(lsvgText);
    if (!t.hasMatch() || !f.hasMatch())
        return false;
    *totalMb = t.captured(1).toInt();
    *freeMb = f.captured(1).toInt();
    return true;
}

} // namespace dceha::lvm
