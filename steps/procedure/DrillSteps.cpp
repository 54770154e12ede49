// The failover drill's checks: what a stage of chapter 2's failover and reintegration actions must have left
// on a node, each with its evidence in the record.
#include "Checks.h"
#include "StepKinds.h"

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

} // namespace dceha
