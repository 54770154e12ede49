// The failover drill's checks: what a stage of chapter 2's failover and reintegration actions must have left
// on a node, each with its evidence in the record.
#include "Checks.h"
#include "DrillTimeline.h"
#include "StepKinds.h"
#include "Variables.h"

#include <QRegularExpression>

namespace dceha {

namespace {

QString what(const YAML::Node& check)
{
    const YAML::Node w = check["what"];
    return w && w.IsScalar() ? QString::fromStdString(w.as<std::string>()) : QString();
}

} // namespace

Probe DrillCheckStep::probe(StepContext&)
{
    return Probe::notDone();
}

QList<PlannedAction> DrillCheckStep::plan(StepContext& c)
{
    QList<PlannedAction> out;
    for (const auto& check : c.step.params["checks"])
        out << PlannedAction::note(
            PlannedAction::tr("check on %1: %2")
                .arg(c.node.isEmpty() ? PlannedAction::tr("this node") : c.node,
                     what(check).isEmpty() ? QString::fromStdString(YAML::Dump(check)) : what(check)));
    return out;
}

Outcome DrillCheckStep::apply(StepContext& c)
{
    c.evidence = true;
    int n = 0;
    for (const auto& check : c.step.params["checks"]) {
        ++n;
        YAML::Node one(YAML::NodeType::Sequence);
        one.push_back(check);
        const QString problem = evaluateChecks(c, one);
        const QString text = what(check).isEmpty() ? QString::fromStdString(YAML::Dump(check)) : what(check);
        note(c, (problem.isEmpty() ? QStringLiteral("holds: ") : QStringLiteral("does not hold: ")) + text +
                    (problem.isEmpty() ? QString() : QStringLiteral(" — ") + problem));
        if (!problem.isEmpty())
            return Outcome::failed(
                StepMessage(QT_TRANSLATE_NOOP("Step", "check %1 on %2 failed: expected %3; "
                                                      "found: %4"))
                    .arg(QString::number(n), c.node.isEmpty() ? PlannedAction::tr("this node") : c.node, text,
                         problem),
                FailureCategory::Verify);
    }
    return Outcome::done();
}

namespace {

/** Which of @p resources the node of @p n holds, each query kept as evidence, what it read besides in
 * @p notes, its host name in @p name; nullopt when the node cannot be asked (its `hostname` does not run). */
std::optional<QList<bool>> holdings(StepContext& n, const QList<DrillTimeline::Resource>& resources,
                                    QStringList* notes, QString* name)
{
    using Kind = DrillTimeline::Resource::Kind;
    const CommandResult host = inspect(n, {QStringLiteral("hostname")});
    if (!host.ok())
        return std::nullopt;
    *name = QString::fromUtf8(host.stdOut).trimmed();
    const Variables vars(n.answers);
    bool needAddresses = false, needVg = false, needDaemons = false, needApplications = false;
    for (const auto& r : resources) {
        needAddresses |= r.kind == Kind::Address;
        needVg |= r.kind == Kind::VolumeGroup;
        needDaemons |= r.kind == Kind::Dce || r.kind == Kind::Dfs;
        needApplications |= r.kind == Kind::Application;
    }
    const QString interfaces =
        needAddresses
            ? QString::fromUtf8(inspect(n, {QStringLiteral("ifconfig"), QStringLiteral("-a")}).stdOut)
            : QString();
    const QStringList online =
        needVg ? QString::fromUtf8(inspect(n, {QStringLiteral("lsvg"), QStringLiteral("-o")}).stdOut)
                     .split(QLatin1Char('\n'))
               : QStringList();
    const QStringList processes = needDaemons ? runningProcesses(n) : QStringList();
    // An application runs where HACMP runs it: the cluster manager is active there and the last word its
    // scripts logged about it in hacmp.out (ScriptGenerator's "NAME started" / "NAME stopped") is a start.
    // A node that went down without its stop script still shows "started": its cluster manager does not run.
    bool managerActive = false;
    QString hacmpLog;
    if (needApplications) {
        static const QRegularExpression active(QStringLiteral("clstrmgr\\s+cluster\\s+\\d+\\s+active"));
        managerActive =
            active
                .match(QString::fromUtf8(
                    inspect(n, {QStringLiteral("lssrc"), QStringLiteral("-s"), QStringLiteral("clstrmgr")})
                        .stdOut))
                .hasMatch();
        hacmpLog =
            QString::fromUtf8(n.system.readFile(QStringLiteral("/tmp/hacmp.out")).value_or(QByteArray()));
    }
    auto allRunning = [&](const QStringList& daemons) {
        if (daemons.isEmpty())
            return false;
        for (const auto& d : daemons)
            if (!processes.contains(d))
                return false;
        return true;
    };
    QList<bool> held;
    for (const auto& r : resources) {
        switch (r.kind) {
        case Kind::Address:
            held << interfaces.contains(QStringLiteral("inet ") + r.name + QLatin1Char(' '));
            break;
        case Kind::VolumeGroup:
            held << online.contains(r.name);
            break;
        case Kind::Dce:
            held << allRunning(vars.list(QStringLiteral("dce.daemons")));
            break;
        case Kind::Dfs:
            held << allRunning(vars.list(QStringLiteral("dfs.daemons")));
            break;
        case Kind::Application: {
            const qsizetype started =
                hacmpLog.lastIndexOf(QStringLiteral(": ") + r.name + QStringLiteral(" started\n"));
            const qsizetype stopped = std::max(
                hacmpLog.lastIndexOf(QStringLiteral(": ") + r.name + QStringLiteral(" stopped\n")),
                hacmpLog.lastIndexOf(QStringLiteral(": ") + r.name + QStringLiteral(" failed to start\n")));
            const bool running = managerActive && started >= 0 && started > stopped;
            *notes << QStringLiteral(
                          "/tmp/hacmp.out: the last word about %1 is %2; the cluster manager is %3")
                          .arg(r.name,
                               started < 0 && stopped < 0 ? QStringLiteral("none")
                               : started > stopped        ? QStringLiteral("'started'")
                                                          : QStringLiteral("'stopped'"),
                               managerActive ? QStringLiteral("active") : QStringLiteral("not active"));
            held << running;
            break;
        }
        }
    }
    return held;
}

QString listed(const QList<DrillTimeline::Resource>& resources)
{
    QStringList words;
    for (const auto& r : resources)
        words << r.english();
    return words.join(QStringLiteral(", "));
}

} // namespace

Probe DrillSnapshotStep::probe(StepContext&)
{
    return Probe::notDone();
}

QList<PlannedAction> DrillSnapshotStep::plan(StepContext& c)
{
    const QString other = c.otherNode.isEmpty() ? PlannedAction::tr("the other node") : c.otherNode;
    return {PlannedAction::note(PlannedAction::tr("ask this node and %1 which of them holds: %2")
                                    .arg(other, listed(DrillTimeline::resourcesOf(c.answers))))};
}

Outcome DrillSnapshotStep::apply(StepContext& c)
{
    c.record.facts.clear();
    c.evidence = true;
    DrillTimeline::Stage stage;
    stage.stepId = c.step.id;
    stage.label = param(c, "stage");
    stage.resources = DrillTimeline::resourcesOf(c.answers);
    stage.holders = QList<QStringList>(stage.resources.size());
    const QString there = c.otherNode.isEmpty() ? QStringLiteral("the other node") : c.otherNode;
    // @p name: how the record names the node (this node: its host name, as holdings() reads it).
    auto take = [&](StepContext& n, QString name) {
        QStringList notes;
        QString hostname;
        const std::optional<QList<bool>> held = holdings(n, stage.resources, &notes, &hostname);
        if (name.isEmpty())
            name = hostname.isEmpty() ? QStringLiteral("this node") : hostname;
        stage.nodes << name;
        for (const auto& text : notes)
            note(c, (n.node.isEmpty() ? QString() : n.node + QLatin1Char(':')) + text);
        if (!held) {
            stage.unreachable << name;
            note(c,
                 QStringLiteral("%1 could not be asked: its part of this stage is the operator's").arg(name));
            return;
        }
        QList<DrillTimeline::Resource> has;
        for (qsizetype i = 0; i < stage.resources.size(); ++i)
            if (held->at(i)) {
                stage.holders[i] << name;
                has << stage.resources.at(i);
            }
        note(c, has.isEmpty() ? QStringLiteral("%1 holds none of them").arg(name)
                              : QStringLiteral("%1 holds %2").arg(name, listed(has)));
    };
    take(c, QString());
    if (c.other) {
        // No view of the other node: the evidence is what each query says now.
        StepContext other{*c.other,    c.answers, c.step,       c.record, c.password, c.confirmed,
                          c.ownerDone, c.echo,    c.checkpoint, c.dryRun, nullptr};
        other.evidence = true;
        other.node = there;
        other.recorded = c.recorded;
        take(other, there);
    } else {
        stage.nodes << there;
        stage.unreachable << there;
        note(c, QStringLiteral("%1 cannot be reached from here: what it holds is not known").arg(there));
    }
    const QMap<QString, QString> facts = stage.toFacts();
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        remember(c, it.key(), it.value());
    return Outcome::done();
}

} // namespace dceha
