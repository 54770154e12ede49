#include "DrillTimeline.h"

#include <algorithm>

namespace dceha {

namespace {

// The facts a snapshot step keeps: `stage`, `nodes` and `unreachable` (comma-separated host names), and per
// resource NN (01, 02, … so that the record's sorted map keeps their order) `rNN` = KIND:NAME and `hNN` = the
// nodes holding it.
QString resourceKey(qsizetype i)
{
    return QStringLiteral("r%1").arg(i + 1, 2, 10, QLatin1Char('0'));
}
QString holdersKey(qsizetype i)
{
    return QStringLiteral("h%1").arg(i + 1, 2, 10, QLatin1Char('0'));
}
QStringList names(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

const QList<std::pair<DrillTimeline::Resource::Kind, const char*>> kKindNames = {
    {DrillTimeline::Resource::Kind::Address, "address"},
    {DrillTimeline::Resource::Kind::VolumeGroup, "vg"},
    {DrillTimeline::Resource::Kind::Dce, "dce"},
    {DrillTimeline::Resource::Kind::Dfs, "dfs"},
    {DrillTimeline::Resource::Kind::Application, "application"},
};

} // namespace

QString DrillTimeline::Resource::kindName(Kind kind)
{
    for (const auto& [k, name] : kKindNames)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

bool DrillTimeline::Resource::kindFromName(const QString& name, Kind* kind)
{
    for (const auto& [k, n] : kKindNames)
        if (name == QLatin1String(n)) {
            *kind = k;
            return true;
        }
    return false;
}

QString DrillTimeline::Resource::english() const
{
    switch (kind) {
    case Kind::Address:
        return QStringLiteral("the service address %1").arg(name);
    case Kind::VolumeGroup:
        return QStringLiteral("the shared VG %1").arg(name);
    case Kind::Dce:
        return QStringLiteral("DCE");
    case Kind::Dfs:
        return QStringLiteral("DFS");
    case Kind::Application:
        return QStringLiteral("the application %1").arg(name);
    }
    return name;
}

QString DrillTimeline::Resource::label() const
{
    const QString words = english();
    const QString the = QStringLiteral("the ");
    return words.startsWith(the) ? words.mid(the.size(), 1).toUpper() + words.mid(the.size() + 1) : words;
}

QString DrillTimeline::Stage::cellText(const Resource& r) const
{
    if (!taken)
        return {};
    const QStringList holders = holdersOf(r);
    if (!holders.isEmpty())
        return holders.join(QStringLiteral(" + "));
    return unreachable.isEmpty() ? QStringLiteral("—") : QStringLiteral("?");
}

QStringList DrillTimeline::Stage::holdersOf(const Resource& r) const
{
    const qsizetype i = resources.indexOf(r);
    return i >= 0 && i < holders.size() ? holders.at(i) : QStringList();
}

QMap<QString, QString> DrillTimeline::Stage::toFacts() const
{
    QMap<QString, QString> facts;
    facts.insert(QStringLiteral("stage"), label);
    facts.insert(QStringLiteral("nodes"), nodes.join(QLatin1Char(',')));
    facts.insert(QStringLiteral("unreachable"), unreachable.join(QLatin1Char(',')));
    for (qsizetype i = 0; i < resources.size(); ++i) {
        facts.insert(resourceKey(i),
                     Resource::kindName(resources.at(i).kind) + QLatin1Char(':') + resources.at(i).name);
        facts.insert(holdersKey(i), holders.value(i).join(QLatin1Char(',')));
    }
    return facts;
}

DrillTimeline::Stage DrillTimeline::Stage::fromFacts(const QString& stepId,
                                                     const QMap<QString, QString>& facts)
{
    Stage s;
    s.stepId = stepId;
    s.label = facts.value(QStringLiteral("stage"));
    s.taken = facts.contains(QStringLiteral("nodes"));
    s.nodes = names(facts.value(QStringLiteral("nodes")));
    s.unreachable = names(facts.value(QStringLiteral("unreachable")));
    for (qsizetype i = 0; facts.contains(resourceKey(i)); ++i) {
        const QString text = facts.value(resourceKey(i));
        Resource r;
        // A record edited by hand (or by a later version) with a kind this one does not know: left out.
        if (!Resource::kindFromName(text.section(QLatin1Char(':'), 0, 0), &r.kind))
            continue;
        r.name = text.section(QLatin1Char(':'), 1);
        s.resources << r;
        s.holders << names(facts.value(holdersKey(i)));
    }
    return s;
}

QList<DrillTimeline::Resource> DrillTimeline::resourcesOf(const Answers& a)
{
    using Kind = Resource::Kind;
    QList<Resource> out;
    for (const auto& address : a.serviceAddresses)
        out << Resource{Kind::Address, address};
    if (a.isMutualTakeover())
        for (const auto& address : a.peerServiceAddresses)
            out << Resource{Kind::Address, address};
    else if (!a.sharedVg.name.isEmpty())
        out << Resource{Kind::VolumeGroup, a.sharedVg.name};
    out << Resource{Kind::Dce, {}};
    if (a.dfs)
        out << Resource{Kind::Dfs, {}};
    for (const auto& app : a.applications)
        out << Resource{Kind::Application, app.name};
    if (a.isMutualTakeover())
        for (const auto& app : a.peerApplications)
            out << Resource{Kind::Application, app.name};
    return out;
}

DrillTimeline DrillTimeline::fromRecord(const RunRecord& record)
{
    DrillTimeline t;
    for (const auto& step : record.steps)
        if (step.kind == QLatin1String(kStepKind) && step.status != StepRecord::Status::Skipped) {
            Stage s = Stage::fromFacts(step.id, step.facts);
            // A stage not taken yet has no facts: its step's title names it.
            if (s.label.isEmpty())
                s.label = step.title;
            t.stages << s;
        }
    return t;
}

QList<DrillTimeline::Resource> DrillTimeline::resources() const
{
    QList<Resource> out;
    for (const auto& s : stages)
        for (const auto& r : s.resources)
            if (!out.contains(r))
                out << r;
    return out;
}

QStringList DrillTimeline::nodes() const
{
    QStringList out;
    for (const auto& s : stages)
        for (const auto& n : s.nodes)
            if (!out.contains(n))
                out << n;
    return out;
}

QString DrillTimeline::text() const
{
    QList<const Stage*> taken;
    for (const auto& s : stages)
        if (s.taken)
            taken << &s;
    if (taken.isEmpty())
        return {};
    // Columns as wide as their longest cell; the stage names head them.
    QList<QStringList> rows;
    QStringList header{QString()};
    for (const Stage* s : taken)
        header << s->label;
    rows << header;
    for (const auto& r : resources()) {
        QStringList row{r.label()};
        for (const Stage* s : taken)
            row << s->cellText(r);
        rows << row;
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const auto& row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    QString out;
    for (const auto& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += row.at(c).leftJustified(widths.at(c) + 2);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace dceha
