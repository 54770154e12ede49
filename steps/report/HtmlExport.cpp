// The record as one self-contained HTML page: every value escaped, the steps drawn as an inline SVG
// timeline with status colours, readable printed on A4. The markup is also well-formed XML.
#include "NodeChanges.h"
#include "RecordExport.h"
#include "procedure/DrillTimeline.h"

namespace dceha {

namespace {

QString esc(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    // Control characters other than tab and newline are not allowed in XML: shown as U+FFFD.
    for (auto& ch : out)
        if (ch.unicode() < 0x20 && ch != QLatin1Char('\n') && ch != QLatin1Char('\t'))
            ch = QChar(0xFFFD);
    return out;
}

QString colour(const StepRecord& s)
{
    switch (s.status) {
    case StepRecord::Status::Done:
        return s.foundDone ? QStringLiteral("#81c784") : QStringLiteral("#2e7d32");
    case StepRecord::Status::Failed:
        return QStringLiteral("#c62828");
    case StepRecord::Status::Waiting:
        return QStringLiteral("#f9a825");
    case StepRecord::Status::Running:
        return QStringLiteral("#1565c0");
    case StepRecord::Status::Interrupted:
        return QStringLiteral("#6a1b9a");
    case StepRecord::Status::Skipped:
        return QStringLiteral("#9e9e9e");
    case StepRecord::Status::Pending:
        return QStringLiteral("#e0e0e0");
    }
    return QStringLiteral("#e0e0e0");
}

QString statusText(const StepRecord& s)
{
    return s.foundDone ? QStringLiteral("done (already there)") : StepRecord::statusName(s.status);
}

/** Bars laid end to end in step order, each as long as the step took (waiting between runs left out). */
/** A duration as a person reads it at its size: 250 ms, 4.2 s, 3 min 05 s, 1 h 12 min. */
QString span(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 10000)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(ms / 1000);
    if (ms < 3600000)
        return QStringLiteral("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2 min").arg(ms / 3600000).arg((ms / 60000) % 60, 2, 10, QLatin1Char('0'));
}

/** The axis's step: the first round interval (ms to an hour) that puts at most six ticks on @p total. */
qint64 tickStep(qint64 total)
{
    static const qint64 steps[] = {1,      2,      5,      10,     20,      50,      100,     200,
                                   500,    1000,   2000,   5000,   10000,   15000,   30000,   60000,
                                   120000, 300000, 600000, 900000, 1800000, 3600000, 7200000, 14400000};
    for (const qint64 step : steps)
        if (total / step <= 6)
            return step;
    return total / 6 + 1;
}

QString timeline(const RunRecord& r)
{
    const int rowHeight = 16;
    const int labelWidth = 330;
    const int barWidth = 330;
    qint64 total = 0;
    QList<qint64> durations;
    for (const auto& s : r.steps) {
        const qint64 ms = s.startedAt.isValid() && s.endedAt.isValid()
                              ? std::max<qint64>(0, s.startedAt.msecsTo(s.endedAt))
                              : 0;
        durations << ms;
        total += ms;
    }
    const double scale = total > 0 ? double(barWidth - 4 * r.steps.size() / 2) / double(total) : 0.0;
    // The axis above the bars: the run's time from its first step, in round steps.
    const int axis = 22;
    const int height = int(r.steps.size()) * rowHeight + 24 + axis;
    QString svg =
        QStringLiteral(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
            "role=\"img\" aria-label=\"%3\">\n")
            .arg(labelWidth + barWidth + 80)
            .arg(height)
            .arg(esc(QStringLiteral("Timeline of %1 steps").arg(r.steps.size())));
    if (total > 0) {
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#666\"/>")
                   .arg(labelWidth)
                   .arg(axis - 6)
                   .arg(labelWidth + total * scale, 0, 'f', 1);
        const qint64 step = tickStep(total);
        for (qint64 t = 0; t <= total; t += step) {
            const double tx = labelWidth + t * scale;
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#666\"/>"
                                  "<text x=\"%1\" y=\"%4\" font-size=\"9\" text-anchor=\"middle\" "
                                  "fill=\"#444\">%5</text>")
                       .arg(tx, 0, 'f', 1)
                       .arg(axis - 9)
                       .arg(axis - 3)
                       .arg(axis - 11)
                       .arg(esc(span(t)));
        }
        svg += QStringLiteral("\n");
    }
    double x = labelWidth;
    for (int i = 0; i < r.steps.size(); ++i) {
        const StepRecord& s = r.steps.at(i);
        const int y = i * rowHeight + 4 + axis;
        QString label = QStringLiteral("%1. %2").arg(i + 1).arg(s.title);
        if (label.size() > 52)
            label = label.left(51) + QChar(0x2026);
        const double w = std::max(3.0, durations.at(i) * scale);
        svg +=
            QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"11\">%2</text>").arg(y + 11).arg(esc(label));
        svg += QStringLiteral(
                   "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6</title></rect>")
                   .arg(x, 0, 'f', 1)
                   .arg(y + 2)
                   .arg(w, 0, 'f', 1)
                   .arg(rowHeight - 5)
                   .arg(colour(s),
                        esc(QStringLiteral("%1: %2, %3 ms").arg(s.id, statusText(s)).arg(durations.at(i))));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" fill=\"#444\">%3</text>\n")
                   .arg(x + w + 4, 0, 'f', 1)
                   .arg(y + 11)
                   .arg(esc(s.status == StepRecord::Status::Skipped ? QStringLiteral("skipped")
                                                                    : span(durations.at(i))));
        x += w;
    }
    const int legendY = int(r.steps.size()) * rowHeight + 16 + axis;
    int lx = 0;
    for (const auto& [name, fill] : {std::pair{"done", "#2e7d32"}, std::pair{"already there", "#81c784"},
                                     std::pair{"failed", "#c62828"}, std::pair{"waiting", "#f9a825"},
                                     std::pair{"skipped", "#9e9e9e"}, std::pair{"pending", "#e0e0e0"}}) {
        svg += QStringLiteral(
                   "<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\"/><text x=\"%4\" y=\"%5\" "
                   "font-size=\"10\">%6</text>")
                   .arg(lx)
                   .arg(legendY - 9)
                   .arg(QLatin1String(fill))
                   .arg(lx + 14)
                   .arg(legendY)
                   .arg(QLatin1String(name));
        lx += 100;
    }
    svg += QStringLiteral("\n</svg>\n");
    return svg;
}

/** The drill: which node held what after each stage (a table, each node in its colour); empty otherwise. */
QString drillTable(const RunRecord& r)
{
    const DrillTimeline t = DrillTimeline::fromRecord(r);
    const QStringList nodes = t.nodes();
    if (nodes.isEmpty())
        return {};
    const QStringList fills = {QStringLiteral("#d6e9ff"), QStringLiteral("#ffe3c2")};
    QString h = QStringLiteral("<h2>Where the resources were</h2>\n<table>\n<tr><th></th>");
    for (const auto& stage : t.stages)
        if (stage.taken)
            h += QStringLiteral("<th>%1</th>").arg(esc(stage.label));
    h += QStringLiteral("</tr>\n");
    for (const auto& resource : t.resources()) {
        h += QStringLiteral("<tr><th>%1</th>").arg(esc(resource.label()));
        for (const auto& stage : t.stages) {
            if (!stage.taken)
                continue;
            const QStringList holders = stage.holdersOf(resource);
            const qsizetype node = holders.size() == 1 ? nodes.indexOf(holders.first()) : -1;
            const QString fill = holders.size() > 1             ? QStringLiteral("#dff2d8")
                                 : node >= 0 && node < 2        ? fills.at(node)
                                 : !stage.unreachable.isEmpty() ? QStringLiteral("#e6e6e6")
                                                                : QString();
            h += (fill.isEmpty() ? QStringLiteral("<td>")
                                 : QStringLiteral("<td style=\"background: %1\">").arg(fill)) +
                 esc(stage.cellText(resource)) + QStringLiteral("</td>");
        }
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}

} // namespace

QByteArray RecordExport::html(const RunRecord& r)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    h += QStringLiteral("<title>%1</title>\n")
             .arg(esc(QStringLiteral("dce-ha-wizard record: %1 node %2").arg(r.role, r.hostname)));
    h += QStringLiteral("<style>\n"
                        "body { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 10.5pt; "
                        "color: #111; margin: 2em; }\n"
                        "h1 { font-size: 16pt; } h2 { font-size: 13pt; border-bottom: 1px solid #999; } h3 { "
                        "font-size: 11pt; margin-bottom: 0.2em; }\n"
                        "table { border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: 2px "
                        "6px; vertical-align: top; text-align: left; }\n"
                        "pre { background: #f5f5f5; border: 1px solid #ddd; padding: 4px; white-space: "
                        "pre-wrap; overflow-wrap: anywhere; font-size: 9pt; }\n"
                        ".status { font-weight: bold; } .failed { color: #c62828; } .waiting { color: "
                        "#b26a00; } .done { color: #2e7d32; }\n"
                        ".skipped, .pending { color: #666; }\n"
                        "tr.failure td:nth-child(2) { color: #c62828; font-weight: bold; } tr.warning "
                        "td:nth-child(2) { color: #b26a00; } tr.pass td:nth-child(2) { color: #2e7d32; }\n"
                        "section.step { page-break-inside: avoid; }\n"
                        "@page { size: A4; margin: 15mm; }\n"
                        "@media print { body { margin: 0; font-size: 9.5pt; } pre { font-size: 8pt; } svg { "
                        "max-width: 100%; height: auto; } }\n"
                        "</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(title(r)));
    h += QStringLiteral("<p class=\"target\"><strong>%1</strong></p>\n").arg(esc(targetBanner(r)));
    h += QStringLiteral("<table>\n");
    for (const auto& [label, value] :
         {std::pair{QStringLiteral("Target"), targetBanner(r)}, std::pair{QStringLiteral("Node"), r.hostname},
          std::pair{QStringLiteral("Role"), r.role},
          std::pair{QStringLiteral("HACMP configuration"), r.configuration},
          std::pair{QStringLiteral("Result"), r.result},
          std::pair{QStringLiteral("Started"), when(r.startedAt)},
          std::pair{QStringLiteral("Ended"), when(r.endedAt)},
          std::pair{QStringLiteral("Runs"), QString::number(r.sessions)},
          std::pair{QStringLiteral("Wizard"),
                    r.wizardVersion.isEmpty() ? QStringLiteral("unknown") : r.wizardVersion},
          std::pair{QStringLiteral("Operator"),
                    r.operatorName.isEmpty() ? QStringLiteral("unknown") : r.operatorName}})
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(label), esc(value));
    h += QStringLiteral("</table>\n") + drillTable(r) + QStringLiteral("<h2>Timeline</h2>\n") + timeline(r);
    if (!r.preflight.isEmpty()) {
        h += QStringLiteral(
            "<h2>Pre-flight</h2>\n<table>\n<tr><th>Check</th><th>Result</th><th>Finding</th><th>Seen "
            "on the node</th></tr>\n");
        for (const auto& f : r.preflight)
            h += QStringLiteral(
                     "<tr class=\"%2\"><td>%1</td><td>%2</td><td>%3</td><td><code>%4</code></td></tr>\n")
                     .arg(esc(f.check), PreflightFinding::severityName(f.severity),
                          esc(f.field.isEmpty() ? f.message : f.field + QStringLiteral(": ") + f.message),
                          esc(f.evidence));
        h += QStringLiteral("</table>\n");
    }
    const QList<NodeChange> changes = NodeChange::of(r);
    if (!changes.isEmpty()) {
        h += QStringLiteral("<h2>What changed on the node</h2>\n");
        for (int kind = 0; kind <= int(NodeChange::Kind::Cluster); ++kind) {
            QString list;
            for (const auto& c : changes)
                if (int(c.kind) == kind)
                    list += QStringLiteral("<li><code>%1</code>%2 <small>(%3)</small></li>\n")
                                .arg(esc(c.what),
                                     c.node.isEmpty() ? QString() : esc(QStringLiteral(" on ") + c.node),
                                     esc(c.stepId));
            if (!list.isEmpty())
                h += QStringLiteral("<h3>%1</h3>\n<ul>\n%2</ul>\n")
                         .arg(esc(NodeChange::heading(NodeChange::Kind(kind))), list);
        }
    }
    h += QStringLiteral("<h2>Answers</h2>\n<pre>%1</pre>\n").arg(esc(QString::fromUtf8(r.answersYaml)));
    h += QStringLiteral("<h2>Steps</h2>\n");
    for (int i = 0; i < r.steps.size(); ++i) {
        const StepRecord& s = r.steps.at(i);
        const QString cls = StepRecord::statusName(s.status);
        h += QStringLiteral("<section class=\"step\" id=\"%1\">\n<h3>%2. %3</h3>\n")
                 .arg(esc(s.id))
                 .arg(i + 1)
                 .arg(esc(s.title));
        h += QStringLiteral("<p>%1 — <span class=\"status %2\">%3</span>")
                 .arg(esc(s.guide), esc(cls), esc(statusText(s)));
        if (!s.reason.isEmpty())
            h += QStringLiteral(": %1").arg(esc(s.reason));
        h += QStringLiteral("</p>\n");
        if (!s.message.isEmpty())
            h += QStringLiteral("<pre>%1</pre>\n").arg(esc(s.message));
        for (const auto& a : s.actions) {
            switch (a.type) {
            case ActionRecord::Type::Command: {
                QString text =
                    a.node + QStringLiteral("$ ") + a.argv.join(QLatin1Char(' ')) + QLatin1Char('\n');
                if (!a.stdinNote.isEmpty())
                    text += QStringLiteral("(stdin: %1)\n").arg(a.stdinNote.trimmed());
                text += a.stdOut + a.stdErr;
                if (!text.endsWith(QLatin1Char('\n')))
                    text += QLatin1Char('\n');
                text += QStringLiteral("(exit %1, %2 ms)").arg(a.exitCode).arg(a.elapsedMs);
                if (!a.failure.isEmpty())
                    text += QStringLiteral(" — ") + a.failure;
                h += QStringLiteral("<pre>%1</pre>\n").arg(esc(text));
                break;
            }
            case ActionRecord::Type::File:
                h += QStringLiteral("<p>File <code>%1</code>: %2%3</p>\n")
                         .arg(esc(a.path), esc(a.change),
                              a.backup.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (backup <code>%1</code>)").arg(esc(a.backup)));
                if (!a.diff.isEmpty())
                    h += QStringLiteral("<pre>%1</pre>\n").arg(esc(a.diff));
                break;
            case ActionRecord::Type::Note:
                h += QStringLiteral("<p>%1</p>\n").arg(esc(a.text));
                break;
            }
        }
        h += QStringLiteral("</section>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace dceha
