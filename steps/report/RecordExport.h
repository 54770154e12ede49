#pragma once

#include "procedure/Record.h"

#include <QByteArray>
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
    static QByteArray markdown(const RunRecord& record);
    static QByteArray html(const RunRecord& record);
    static QByteArray replayScript(const RunRecord& record);
};

} // namespace dceha
