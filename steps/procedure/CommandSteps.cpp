// Operator, command and reboot steps.
#include "Checks.h"
#include "ClusterEvents.h"
#include "StepKinds.h"

#include <QElapsedTimer>
#include <QThread>
#include <algorithm>

namespace dceha {

// ---- OperatorStep

namespace {

/** Why the other node's record does not yet reach @p id (every step before it done or skipped, and with
 * @p inclusive that step too), or empty. */
QString otherRecordShortOf(const RunRecord& other, const QString& id, bool inclusive)
{
    if (!other.step(id))
        return QStringLiteral("its procedure has no step %1").arg(id);
    for (const auto& s : other.steps) {
        if (s.id == id && !inclusive)
            return {};
        if (s.status != StepRecord::Status::Done && s.status != StepRecord::Status::Skipped)
            return QStringLiteral("its step %1 is %2").arg(s.id, StepRecord::statusName(s.status));
        if (s.id == id)
            return {};
    }
    return {};
}

/** Whether the step waits for the other node and that node is at hand (the two-node session). */
bool checksOtherNode(const StepContext& c)
{
    const YAML::Node checks = c.step.params["other_node_probe"];
    return c.other &&
           ((checks && checks.IsSequence() && checks.size() > 0) ||
            ((c.step.params["other_record_reaches"] || c.step.params["other_record_done"]) && c.otherRecord));
}

} // namespace

Probe OperatorStep::probe(StepContext& c)
{
    // Both nodes' runs in one session: what this step waits for is checked on the other node itself (and in
    // its record), never taken on trust; the operator's confirmation still stands for the operator's word.
    // other_record_reaches: every step before that one done; other_record_done: that one done too.
    const QString done = param(c, "other_record_done");
    const QString reaches = done.isEmpty() ? param(c, "other_record_reaches") : done;
    const YAML::Node otherChecks = c.step.params["other_node_probe"];
    const bool checksOther = otherChecks && otherChecks.IsSequence() && otherChecks.size() > 0;
    if (checksOtherNode(c) && !c.confirmed.contains(c.step.id)) {
        const QString name = c.otherNode.isEmpty() ? QStringLiteral("the other node") : c.otherNode;
        if (!reaches.isEmpty()) {
            if (!c.otherRecord)
                return Probe::notDone(
                    StepMessage(QT_TRANSLATE_NOOP("Step", "the record of %1 is not at hand")).arg(name));
            if (const QString shortOf = otherRecordShortOf(*c.otherRecord, reaches, !done.isEmpty());
                !shortOf.isEmpty())
                return Probe::notDone(
                    StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is not there yet: %2")).arg(name, shortOf));
        }
        if (checksOther) {
            StepContext there{*c.other,    c.answers, c.step,       c.record, c.password, c.confirmed,
                              c.ownerDone, c.echo,    c.checkpoint, c.dryRun, nullptr};
            there.evidence = !c.dryRun;
            there.node = name;
            there.recorded = c.recorded;
            if (const QString problem = evaluateChecks(there, otherChecks); !problem.isEmpty())
                return Probe::notDone(
                    StepMessage(QT_TRANSLATE_NOOP("Step", "not yet on %1: %2")).arg(name, problem));
        }
        if (!checksOther && !done.isEmpty())
            return Probe::done(
                StepMessage(QT_TRANSLATE_NOOP("Step", "the record of %1 shows %2 done")).arg(name, done));
        if (!checksOther)
            return Probe::done(
                StepMessage(QT_TRANSLATE_NOOP("Step", "the record of %1 shows every step before %2 done"))
                    .arg(name, reaches));
        return Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "checked on %1")).arg(name));
    }
    for (const auto& id : paramList(c, "owner_record_step"))
        if (c.ownerDone.contains(id))
            return Probe::done(
                StepMessage(QT_TRANSLATE_NOOP("Step", "the owner node's record shows %1 done")).arg(id));
    if (c.confirmed.contains(c.step.id))
        return Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "confirmed by the operator")));
    if (c.step.probe.IsSequence() && c.step.probe.size() > 0) {
        const QString problem = evaluateChecks(c, c.step.probe);
        return problem.isEmpty() ? Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "checked on the node")))
                                 : Probe::notDone(problem);
    }
    return Probe::notDone(StepMessage(QT_TRANSLATE_NOOP("Step", "waiting for the operator")));
}

QList<PlannedAction> OperatorStep::plan(StepContext& c)
{
    return {PlannedAction::note(PlannedAction::tr("operator: ") + c.step.localizedInstructions())};
}

Outcome OperatorStep::apply(StepContext& c)
{
    const Probe p = probe(c);
    if (p.state == Probe::State::Done) {
        note(c, p.detail.english());
        return Outcome::done();
    }
    QString text = c.step.instructions;
    if (c.step.probe.IsSequence() || checksOtherNode(c))
        text += QStringLiteral("\nNot yet: ") + p.detail.english();
    return Outcome::waiting(text);
}

// ---- CommandStep

namespace {

QStringList argvOf(const YAML::Node& n)
{
    QStringList out;
    for (const auto& e : n)
        out << QString::fromStdString(e.as<std::string>());
    return out;
}

} // namespace

Probe CommandStep::probe(StepContext& c)
{
    const YAML::Node checks = c.step.params["probe"];
    if (!checks)
        return Probe::notDone();
    const QString problem = evaluateChecks(c, checks);
    return problem.isEmpty() ? Probe::done() : Probe::notDone(problem);
}

Probe CommandStep::verify(StepContext& c)
{
    const QString problem = evaluateChecks(c, c.step.params["probe"]);
    if (!problem.isEmpty())
        return Probe::notDone(problem);
    const QString after = evaluateChecks(c, c.step.params["verify"]);
    return after.isEmpty() ? Probe::done() : Probe::notDone(after);
}

bool CommandStep::readsPassword(const StepDefinition& step)
{
    const YAML::Node input = step.params["stdin"];
    return input && input.IsScalar() && input.as<std::string>() == "cell_admin_password";
}

QList<PlannedAction> CommandStep::catalogCommands(const StepDefinition& step)
{
    QStringList environment;
    if (const YAML::Node env = step.params["environment"])
        for (const auto& kv : env)
            environment << QString::fromStdString(kv.first.as<std::string>()) + QLatin1Char('=') +
                               QString::fromStdString(kv.second.as<std::string>());
    const auto input = readsPassword(step) ? PlannedAction::Input::Secret : PlannedAction::Input::None;
    QList<PlannedAction> out;
    for (const char* key : {"run", "then"})
        if (step.params[key])
            out << PlannedAction::command(argvOf(step.params[key]), input, {}, environment);
    return out;
}

QList<PlannedAction> CommandStep::plan(StepContext& c)
{
    QList<PlannedAction> out = catalogCommands(c.step);
    if (const QString event = param(c, "wait_for_event"); !event.isEmpty())
        out << ClusterEvents::plannedWait(event, param(c, "wait_only_if_active") == QLatin1String("true"));
    return out;
}

Outcome CommandStep::apply(StepContext& c)
{
    // What runs is the plan the review showed: the commands, their environment and their input.
    const QList<PlannedAction> planned = plan(c);
    QByteArray secret;
    const bool needsPassword = std::any_of(planned.cbegin(), planned.cend(), [](const PlannedAction& a) {
        return a.inputKind == PlannedAction::Input::Secret;
    });
    if (needsPassword) {
        const auto password = c.password ? c.password() : std::nullopt;
        if (!password || password->isEmpty())
            return Outcome::failed(
                StepMessage(QT_TRANSLATE_NOOP(
                    "Step", "the cell_admin password is needed: set DCE_CELL_ADMIN_PASSWORD or "
                            "run the wizard on a terminal to be asked for it")),
                FailureCategory::Precondition);
        secret = *password + '\n';
    }
    // HACMP's events complete after rc.cluster or clstop has returned: what follows waits for them.
    // A synchronisation is a dynamic reconfiguration (events to wait for) only where the cluster manager
    // runs; elsewhere it returns with the work done.
    QString event = param(c, "wait_for_event");
    if (!event.isEmpty() && param(c, "wait_only_if_active") == QLatin1String("true") &&
        !ClusterEvents::managerActive(c))
        event.clear();
    // Whose hacmp.out says the event completed: this node's, or (wait_on: other) the other node's — after
    // a node failure only the survivor logs the takeover.
    const bool onOther = param(c, "wait_on") == QLatin1String("other");
    if (!event.isEmpty() && onOther && !c.other)
        return Outcome::failed(
            StepMessage(QT_TRANSLATE_NOOP("Step", "the other node cannot be reached to see HACMP's %1"))
                .arg(event),
            FailureCategory::Precondition);
    StepContext otherLog{onOther ? *c.other : c.system,
                         c.answers,
                         c.step,
                         c.record,
                         c.password,
                         c.confirmed,
                         c.ownerDone,
                         c.echo,
                         c.checkpoint,
                         c.dryRun,
                         nullptr};
    otherLog.stopping = c.stopping;
    otherLog.recorded = c.recorded;
    StepContext& logContext = onOther ? otherLog : c;
    const qsizetype logEnd = event.isEmpty() ? 0 : ClusterEvents::logEnd(logContext);
    for (const PlannedAction& action : planned) {
        if (action.type != PlannedAction::Type::Command)
            continue;
        const CommandResult r = run(c, action, secret);
        if (!r.ok())
            return Outcome::failed(failure(r, action.argv));
    }
    if (!event.isEmpty())
        if (auto why = ClusterEvents::waitFor(logContext, logEnd, event, ClusterEvents::kDefaultTimeoutS))
            return Outcome::failed(std::move(*why));
    return Outcome::done();
}

// ---- RebootStep

namespace {

/** The fact a reboot keeps in its record: the boot time before its shutdown, to tell a restart by. */
const QString kBootBefore = QStringLiteral("boot_before_shutdown");

QString bootTime(StepContext& c)
{
    return QString::fromUtf8(inspect(c, {QStringLiteral("who"), QStringLiteral("-b")}).stdOut).simplified();
}

bool variedOn(StepContext& c, const QString& vg)
{
    return QString::fromUtf8(inspect(c, {QStringLiteral("lsvg"), QStringLiteral("-o")}).stdOut)
        .split(QLatin1Char('\n'))
        .contains(vg);
}

} // namespace

Probe RebootStep::probe(StepContext& c)
{
    const QString before = recall(c, kBootBefore);
    if (before.isEmpty())
        return Probe::notDone();
    const QString now = bootTime(c);
    if (now.isEmpty() || now == before)
        return Probe::notDone(
            StepMessage(QT_TRANSLATE_NOOP("Step", "the node has not restarted yet (%1)")).arg(before));
    if (variedOn(c, param(c, "vg")))
        return Probe::blocked(
            StepMessage(QT_TRANSLATE_NOOP(
                            "Step", "the node restarted (%1) but %2 is varied on again: is it set to vary on "
                                    "at boot?"))
                .arg(now, param(c, "vg")));
    return Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "restarted: %1")).arg(now));
}

QList<PlannedAction> RebootStep::plan(StepContext& c)
{
    const int timeoutS =
        param(c, "restart_timeout_s").isEmpty() ? 1800 : param(c, "restart_timeout_s").toInt();
    return {
        PlannedAction::command({QStringLiteral("shutdown"), QStringLiteral("-Fr")}),
        PlannedAction::note(PlannedAction::tr("the wizard then waits up to %1 min for the node to be back "
                                              "(who -b shows a new boot time); run on the node itself, "
                                              "it ends with the shutdown and resumes when run again")
                                .arg(timeoutS / 60))};
}

Outcome RebootStep::apply(StepContext& c)
{
    const QString boot = bootTime(c);
    remember(c, kBootBefore, boot);
    note(c, QStringLiteral("boot before the shutdown: ") + boot);
    // On a real node this process ends with the shutdown: what it knows must be on disk before.
    if (c.checkpoint && !c.checkpoint())
        return Outcome::failed(
            StepMessage(QT_TRANSLATE_NOOP("Step", "the checkpoint could not be saved, so the restart was not "
                                                  "started (a run that cannot be resumed must not reboot)")),
            FailureCategory::IO);
    const QStringList argv{QStringLiteral("shutdown"), QStringLiteral("-Fr")};
    const CommandResult r = run(c, argv);
    // A remote node's connection may drop before shutdown reports back: that is the restart under way.
    if (!r.ok() && !r.connectionLost)
        return Outcome::failed(failure(r, argv));
    if (r.connectionLost)
        note(c, QStringLiteral("the connection to the node ended with the shutdown: ") + r.failure);
    // The node is back when its boot time changes: asked afresh each time (not through the run's view), a
    // node still down or refusing connections answers nothing. Reached from a workstation, the run goes on;
    // run on the node, the shutdown has ended this process already.
    const int timeoutS =
        param(c, "restart_timeout_s").isEmpty() ? 1800 : param(c, "restart_timeout_s").toInt();
    QElapsedTimer clock;
    clock.start();
    unsigned long pauseMs = 100;
    CommandSpec who;
    who.name = QStringLiteral("who");
    who.args = {QStringLiteral("-b")};
    who.timeoutMs = 60000;
    for (;;) {
        const CommandResult now = c.system.run(who);
        const QString booted = now.ok() ? QString::fromUtf8(now.stdOut).simplified() : QString();
        if (!booted.isEmpty() && booted != boot) {
            note(c, QStringLiteral("back after %1 s: %2").arg(clock.elapsed() / 1000).arg(booted));
            return Outcome::done();
        }
        if (c.stopping && c.stopping())
            return Outcome::failed(
                StepMessage(QT_TRANSLATE_NOOP("Step", "stopped while waiting for the node to restart (the "
                                                      "restart goes on; the next run checks it first)")),
                FailureCategory::Precondition);
        if (clock.elapsed() > qint64(timeoutS) * 1000)
            return Outcome::failed(
                StepMessage(QT_TRANSLATE_NOOP("Step",
                                              "the node was not back within %1 s of shutdown -Fr (who "
                                              "-b still shows %2); when it is, run the wizard again"))
                    .arg(QString::number(timeoutS), booted.isEmpty() ? QStringLiteral("nothing") : booted),
                FailureCategory::Precondition);
        QThread::msleep(pauseMs);
        pauseMs = std::min<unsigned long>(pauseMs * 2, 5000);
    }
}

} // namespace dceha
