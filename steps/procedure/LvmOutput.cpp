#include "LvmOutput.h"

#include <algorithm>

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

QList<MajorRun> freeMajors(const QString& text)
{
    QList<MajorRun> runs;
    for (QString part : text.trimmed().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        bool ok = false, okTo = true;
        MajorRun run;
        if (part.endsWith(QLatin1String("..."))) {
            run.from = part.chopped(3).toInt(&ok);
            run.to = -1;
        } else if (part.contains(QLatin1String(".."))) {
            run.from = part.section(QLatin1String(".."), 0, 0).toInt(&ok);
            run.to = part.section(QLatin1String(".."), 1).toInt(&okTo);
        } else {
            run.from = run.to = part.toInt(&ok);
        }
        if (ok && okTo && run.from >= 0 && (run.to == -1 || run.to >= run.from))
            runs << run;
    }
    return runs;
}

bool majorFree(const QString& text, int major)
{
    for (const MajorRun& run : freeMajors(text))
        if (major >= run.from && (run.to == -1 || major <= run.to))
            return true;
    return false;
}

int lowestFreeMajor(const QString& text, int floor)
{
    int lowest = 0;
    for (const MajorRun& run : freeMajors(text)) {
        if (run.to != -1 && run.to < floor)
            continue;
        const int candidate = std::max(run.from, floor);
        if (lowest == 0 || candidate < lowest)
            lowest = candidate;
    }
    return lowest;
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
