// DFS steps: an aggregate formatted, named in dfstab and exported.
#include "Checks.h"
#include "StepKinds.h"

#include <QRegularExpression>

namespace dceha {

namespace {

const QString kDfstab = QStringLiteral("/opt/dcelocal/var/dfs/dfstab");

QString paramOf(StepContext& c, const char* name)
{
    const YAML::Node n = c.step.params[name];
    return n && n.IsScalar() ? QString::fromStdString(n.as<std::string>()) : QString();
}

struct AggregateEntry
{
    QString device, name, type, id;
    QString line() const { return QStringList{device, name, type, id}.join(QLatin1Char(' ')); }
};

/** dfstab's entries (DEVICE NAME TYPE ID; `#` comments and blank lines are not entries). */
QList<AggregateEntry> dfstabEntries(StepContext& c)
{
    QList<AggregateEntry> out;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString text = QString::fromUtf8(c.system.readFile(kDfstab).value_or(QByteArray()));
    for (const auto& line : text.split(QLatin1Char('\n'))) {
        const QStringList f = line.split(space, Qt::SkipEmptyParts);
        if (f.size() >= 4 && !f.first().startsWith(QLatin1Char('#')))
            out.append({f.at(0), f.at(1), f.at(2), f.at(3)});
    }
    return out;
}

AggregateEntry wanted(StepContext& c)
{
    return {QStringLiteral("/dev/") + paramOf(c, "lv"), paramOf(c, "name"), QStringLiteral("lfs"),
            paramOf(c, "id")};
}

/** Whether dfstab has the entry; blocked when the name, the device or the ID belongs to another entry. */
Probe dfstabState(StepContext& c)
{
    const AggregateEntry want = wanted(c);
    for (const auto& e : dfstabEntries(c)) {
        if (e.line() == want.line())
            return Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 lists %2")).arg(kDfstab, e.line()));
        if (e.name == want.name || e.device == want.device || e.id == want.id)
            return Probe::blocked(
                StepMessage(QT_TRANSLATE_NOOP("Step", "%1 already has '%2', which clashes with '%3' "
                                                      "(name, device or ID): correct it by hand"))
                    .arg(kDfstab, e.line(), want.line()));
    }
    return Probe::notDone(
        StepMessage(QT_TRANSLATE_NOOP("Step", "%1 does not list %2")).arg(kDfstab, want.line()));
}

bool exported(StepContext& c, const QString& name)
{
    const CommandResult r = inspect(c, {QStringLiteral("dfsexport")});
    if (!r.ok())
        return false;
    for (const auto& line : QString::fromUtf8(r.stdOut).split(QLatin1Char('\n')))
        if (line.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(name))
            return true;
    return false;
}

QStringList newaggrArgv(StepContext& c)
{
    const QString blocksize = paramOf(c, "blocksize");
    const QString fragsize = paramOf(c, "fragsize");
    return {QStringLiteral("newaggr"),
            QStringLiteral("-aggregate"),
            wanted(c).device,
            QStringLiteral("-blocksize"),
            blocksize.isEmpty() ? QStringLiteral("8192") : blocksize,
            QStringLiteral("-fragsize"),
            fragsize.isEmpty() ? QStringLiteral("1024") : fragsize};
}

/** Whether the device already holds an aggregate (salvage -verifyonly checks one without changing it): then
 * newaggr, which would destroy it, does not run. */
bool holdsAggregate(StepContext& c)
{
    return inspect(c, {QStringLiteral("salvage"), QStringLiteral("-aggregate"), wanted(c).device,
                       QStringLiteral("-verifyonly")})
        .ok();
}

QStringList exportArgv(StepContext& c)
{
    return {QStringLiteral("dfsexport"), QStringLiteral("-aggregate"), wanted(c).name};
}

} // namespace

Probe DfsAggregateStep::probe(StepContext& c)
{
    Probe listed = dfstabState(c);
    if (listed.state != Probe::State::Done)
        return listed;
    if (exported(c, wanted(c).name))
        return Probe::done(
            StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is in dfstab and exported")).arg(wanted(c).name));
    return Probe::notDone(
        StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is in dfstab but not exported")).arg(wanted(c).name));
}

QList<PlannedAction> DfsAggregateStep::plan(StepContext& c)
{
    QList<PlannedAction> actions;
    if (dfstabState(c).state != Probe::State::Done) {
        if (holdsAggregate(c))
            actions << PlannedAction::note(
                PlannedAction::tr("%1 already holds an aggregate (salvage -verifyonly): it is kept")
                    .arg(wanted(c).device));
        else
            actions << PlannedAction::command(newaggrArgv(c))
                    << PlannedAction::note(
                           PlannedAction::tr("newaggr destroys what %1 holds").arg(wanted(c).device));
        actions << PlannedAction::edit(kDfstab, PlannedAction::tr("append '%1'").arg(wanted(c).line()));
    }
    actions << PlannedAction::command(exportArgv(c));
    return actions;
}

Outcome DfsAggregateStep::apply(StepContext& c)
{
    const AggregateEntry want = wanted(c);
    if (dfstabState(c).state != Probe::State::Done) {
        // A run ended after newaggr left an aggregate: formatting again would destroy it a second time.
        if (!holdsAggregate(c)) {
            const QStringList argv = newaggrArgv(c);
            if (const auto r = run(c, argv); !r.ok())
                return Outcome::failed(failure(r, argv));
        }
        QByteArray content = c.system.readFile(kDfstab).value_or(QByteArray());
        if (!content.isEmpty() && !content.endsWith('\n'))
            content += '\n';
        if (!writeFile(c, kDfstab, content + want.line().toUtf8() + '\n',
                       QStringLiteral("appended ") + want.line()))
            return Outcome::failed(StepMessage(QT_TRANSLATE_NOOP("Step", "could not write %1")).arg(kDfstab),
                                   FailureCategory::IO);
    }
    const QStringList argv = exportArgv(c);
    if (const auto r = run(c, argv); !r.ok())
        return Outcome::failed(failure(r, argv));
    return Outcome::done();
}

} // namespace dceha
