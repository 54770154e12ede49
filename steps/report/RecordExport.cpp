#include "RecordExport.h"

#include "procedure/RecordFile.h"

namespace dceha {

bool RecordExport::parseFormat(const QString& name, Format* out)
{
    const QString n = name.toLower();
    if (n == QLatin1String("markdown") || n == QLatin1String("md"))
        *out = Format::Markdown;
    else if (n == QLatin1String("html"))
        *out = Format::Html;
    else if (n == QLatin1String("yaml"))
        *out = Format::Yaml;
    else if (n == QLatin1String("replay") || n == QLatin1String("sh"))
        *out = Format::Replay;
    else
        return false;
    return true;
}

QStringList RecordExport::formatNames()
{
    return {QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("yaml"),
            QStringLiteral("replay")};
}

QByteArray RecordExport::render(const RunRecord& record, Format format)
{
    switch (format) {
    case Format::Markdown:
        return markdown(record);
    case Format::Html:
        return html(record);
    case Format::Yaml:
        return RecordFile::sealed(record);
    case Format::Replay:
        return replayScript(record);
    }
    return {};
}

QString RecordExport::targetBanner(const RunRecord& r)
{
    if (r.target == QLatin1String("simulation"))
        return QStringLiteral("SIMULATION (the simulated AIX node: no real system was changed)");
    if (r.target == QLatin1String("real node"))
        return QStringLiteral("REAL NODE");
    if (r.target.startsWith(QLatin1String("remote simulated node ")))
        return QStringLiteral("REMOTE SIMULATED NODE ") + r.target.mid(22);
    if (r.target.startsWith(QLatin1String("remote node ")))
        return QStringLiteral("REMOTE NODE ") + r.target.mid(12);
    return QStringLiteral("UNKNOWN TARGET (a record of an earlier version)");
}

QString RecordExport::when(const QDateTime& t)
{
    return t.isValid() ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

QString RecordExport::title(const RunRecord& r)
{
    if (r.procedure == QLatin1String("drill"))
        return QStringLiteral("Failover drill of the HACMP cluster (guide, chapter 2) — from the %1 node %2")
            .arg(r.role, r.hostname);
    return QStringLiteral("DCE/DFS integration with HACMP — %1 node %2").arg(r.role, r.hostname);
}

} // namespace dceha
