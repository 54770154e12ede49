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

QString RecordExport::title(const RunRecord& r)
{
    if (r.procedure == QLatin1String("drill"))
        return QStringLiteral("Failover drill of the HACMP cluster (guide, chapter 2) — from the %1 node %2")
            .arg(r.role, r.hostname);
    return QStringLiteral("DCE/DFS integration with HACMP — %1 node %2").arg(r.role, r.hostname);
}

} // namespace dceha
