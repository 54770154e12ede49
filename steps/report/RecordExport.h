#pragma once

#include "procedure/Record.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dceha {

/** @brief The record tree rendered by the engine, so every front-end exports the same thing.
 *
 * - Markdown: for a change ticket.
 * - HTML: self-contained, every value escaped, a timeline of the steps as inline SVG, printable on A4.
 * - YAML: the machine-readable record (`format: dce-ha-wizard-record/1`, README "The record").
 * - Replay script: POSIX sh with the commands that ran, in order, each argument quoted, each under a comment
 *   naming the guide step, the file changes as idempotent edits, the password asked for, never written. */
class RecordExport
{
public:
    enum class Format
    {
        Markdown,
        Html,
        Yaml,
        Replay
    };

    /** "markdown"/"md", "html", "yaml", "replay"/"sh"; false when unknown. */
    static bool parseFormat(const QString& name, Format* out);
    static QStringList formatNames();

    static QByteArray render(const RunRecord& record, Format format);
    /** The heading of an export: the node's integration, or the failover drill run from it. */
    static QString title(const RunRecord& record);
    /** What the record is of, as every export's header says it: `SIMULATION`, `REAL NODE`, `REMOTE NODE
     * ssh://…` (`REMOTE SIMULATED NODE …`), or `UNKNOWN TARGET` for a record of an earlier version. */
    static QString targetBanner(const RunRecord& record);
    /** A time with its zone (ISO 8601 with the offset from UTC), empty when not valid. */
    static QString when(const QDateTime& time);
    static QByteArray markdown(const RunRecord& record);
    static QByteArray html(const RunRecord& record);
    static QByteArray replayScript(const RunRecord& record);
};

} // namespace dceha
