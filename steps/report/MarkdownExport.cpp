// The record as Markdown, for a change ticket.
#include "NodeChanges.h"
#include "RecordExport.h"
#include "procedure/DrillTimeline.h"

namespace dceha {

namespace {

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

/** A fenced block whose fence is longer than any backtick run inside, so no output can close it early. */
QString fenced(const QString& text, const QString& info = {})
{
    QString fence = QStringLiteral("```");
    while (text.contains(fence))
        fence += QLatin1Char('`');
    return fence + info + QLatin1Char('\n') + text +
           (text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + fence + QLatin1Char('\n');
}

QString seconds(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid() || !b.isValid())
        return QStringLiteral("–");
    return QString::number(a.msecsTo(b) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

} // namespace

QByteArray RecordExport::markdown(const RunRecord& r)
{
    QString md;
    md += QStringLiteral("# ") + title(r) + QStringLiteral("\n\n");
    md += QStringLiteral("**%1**\n\n").arg(cell(targetBanner(r)));
    md += QStringLiteral("| | |\n|---|---|\n");
    md += QStringLiteral("| Target | %1 |\n").arg(cell(targetBanner(r)));
    md += QStringLiteral("| Node | %1 |\n| Role | %2 |\n| HACMP configuration | %3 |\n| Result | **%4** |\n| "
                         "Started | %5 |\n| Ended | %6 |\n| Runs | %7 |\n")
              .arg(cell(r.hostname), cell(r.role), cell(r.configuration), cell(r.result), when(r.startedAt),
                   when(r.endedAt))
              .arg(r.sessions);
    md += QStringLiteral("| Wizard | %1 |\n| Operator | %2 |\n\n")
              .arg(cell(r.wizardVersion.isEmpty() ? QStringLiteral("unknown") : r.wizardVersion),
                   cell(r.operatorName.isEmpty() ? QStringLiteral("unknown") : r.operatorName));
    const DrillTimeline timeline = DrillTimeline::fromRecord(r);
    if (!timeline.nodes().isEmpty()) {
        // The drill: which node held what after each stage, as its snapshots found it.
        md += QStringLiteral("## Where the resources were\n\n| |");
        QString rule = QStringLiteral("|---|");
        for (const auto& stage : timeline.stages)
            if (stage.taken) {
                md += QStringLiteral(" %1 |").arg(cell(stage.label));
                rule += QStringLiteral("---|");
            }
        md += QLatin1Char('\n') + rule + QLatin1Char('\n');
        for (const auto& resource : timeline.resources()) {
            md += QStringLiteral("| %1 |").arg(cell(resource.label()));
            for (const auto& stage : timeline.stages)
                if (stage.taken)
                    md += QStringLiteral(" %1 |").arg(cell(stage.cellText(resource)));
            md += QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
    }
    if (!r.preflight.isEmpty()) {
        // What was checked on the node before anything changed, with what the node said.
        md += QStringLiteral(
            "## Pre-flight\n\n| Check | Result | Finding | Seen on the node |\n|---|---|---|---|\n");
        for (const auto& f : r.preflight)
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(cell(f.check), PreflightFinding::severityName(f.severity),
                           cell(f.field.isEmpty() ? f.message : f.field + QStringLiteral(": ") + f.message),
                           cell(f.evidence));
        md += QLatin1Char('\n');
    }
    md += QStringLiteral("## Answers\n\n") +
          fenced(QString::fromUtf8(r.answersYaml), QStringLiteral("yaml")) + QLatin1Char('\n');
    md += QStringLiteral("## Steps\n\n| # | Step | Guide | Status | Time |\n|---|---|---|---|---|\n");
    for (int i = 0; i < r.steps.size(); ++i) {
        const StepRecord& s = r.steps.at(i);
        QString status = StepRecord::statusName(s.status);
        if (s.foundDone)
            status += QStringLiteral(" (already there)");
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(i + 1)
                  .arg(cell(s.title), cell(s.guide), status, seconds(s.startedAt, s.endedAt));
    }
    // What changed on the node, by kind of thing: what a change ticket lists, and what a rollback undoes.
    const QList<NodeChange> changes = NodeChange::of(r);
    if (!changes.isEmpty()) {
        md += QStringLiteral("\n## What changed on the node\n");
        for (int kind = 0; kind <= int(NodeChange::Kind::Cluster); ++kind) {
            QString list;
            for (const auto& c : changes)
                if (int(c.kind) == kind)
                    list +=
                        QStringLiteral("- `%1`%2 (step %3)\n")
                            .arg(QString(c.what).replace(QLatin1Char('`'), QLatin1Char('\'')),
                                 c.node.isEmpty() ? QString() : QStringLiteral(" on ") + c.node, c.stepId);
            if (!list.isEmpty())
                md += QStringLiteral("\n### %1\n\n").arg(NodeChange::heading(NodeChange::Kind(kind))) + list;
        }
    }
    md += QStringLiteral("\n## What was done\n");
    for (int i = 0; i < r.steps.size(); ++i) {
        const StepRecord& s = r.steps.at(i);
        if (s.status == StepRecord::Status::Skipped || s.status == StepRecord::Status::Pending)
            continue;
        md += QStringLiteral("\n### %1. %2\n\n").arg(i + 1).arg(s.title);
        md += QStringLiteral("*%1* — %2").arg(s.guide, StepRecord::statusName(s.status));
        if (!s.message.isEmpty())
            md += QStringLiteral(": %1").arg(s.message);
        md += QStringLiteral("\n\n");
        for (const auto& a : s.actions) {
            switch (a.type) {
            case ActionRecord::Type::Command: {
                QString block =
                    a.node + QStringLiteral("$ ") + a.argv.join(QLatin1Char(' ')) + QStringLiteral("\n");
                if (!a.stdinNote.isEmpty())
                    block += QStringLiteral("(stdin: %1)\n").arg(a.stdinNote.trimmed());
                block += a.stdOut + a.stdErr;
                if (!block.endsWith(QLatin1Char('\n')))
                    block += QLatin1Char('\n');
                block += QStringLiteral("(exit %1, %2 ms)").arg(a.exitCode).arg(a.elapsedMs);
                if (!a.failure.isEmpty())
                    block += QStringLiteral(" — ") + a.failure;
                md += fenced(block, QStringLiteral("console")) + QLatin1Char('\n');
                break;
            }
            case ActionRecord::Type::File:
                md += QStringLiteral("- `%1`: %2").arg(a.path, a.change);
                if (!a.backup.isEmpty())
                    md += QStringLiteral(" (backup `%1`)").arg(a.backup);
                md += QLatin1Char('\n');
                if (!a.diff.isEmpty())
                    md += QLatin1Char('\n') + fenced(a.diff, QStringLiteral("diff")) + QLatin1Char('\n');
                break;
            case ActionRecord::Type::Note:
                // A note of many lines (the drill's hacmp.out excerpt, a file it read): its first line, then
                // the rest as a block, so that it reads as it was and cannot break the list.
                if (a.text.contains(QLatin1Char('\n')))
                    md += QStringLiteral("- %1\n\n").arg(a.text.section(QLatin1Char('\n'), 0, 0)) +
                          fenced(a.text.section(QLatin1Char('\n'), 1), QStringLiteral("text")) +
                          QLatin1Char('\n');
                else
                    md += QStringLiteral("- %1\n").arg(a.text);
                break;
            }
        }
    }
    const QList<const StepRecord*> skipped = [&] {
        QList<const StepRecord*> out;
        for (const auto& s : r.steps)
            if (s.status == StepRecord::Status::Skipped)
                out << &s;
        return out;
    }();
    if (!skipped.isEmpty()) {
        md += QStringLiteral("\n## Skipped steps\n\n");
        for (const auto* s : skipped)
            md += QStringLiteral("- %1 (%2): %3\n").arg(s->title, s->guide, s->reason);
    }
    return md.toUtf8();
}

} // namespace dceha
