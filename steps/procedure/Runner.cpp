#include "Runner.h"

#include <QCryptographicHash>

#include <QDateTime>
#include <algorithm>
#include <spdlog/spdlog.h>
#include <utility>

namespace dceha {

namespace {

/** The step's message: English in the record, the operator's language for the front-end. */
void say(StepRecord& rec, const StepMessage& message)
{
    rec.message = message.english();
    rec.localizedMessage = message.localized();
}

} // namespace

Runner::Runner(System& system, const Answers& answers, QList<StepDefinition> steps, RunRecord& record,
               const Checkpoint* checkpoint)
    : m_system(system), m_answers(answers), m_steps(std::move(steps)), m_record(record),
      m_checkpoint(checkpoint)
{}

void Runner::prepareRecord()
{
    QList<StepRecord> ordered;
    for (const auto& def : m_steps) {
        StepRecord rec;
        if (const StepRecord* existing = m_record.step(def.id))
            rec = *existing;
        rec.id = def.id;
        rec.title = def.title;
        rec.guide = def.guide;
        rec.kind = def.kind;
        if (!def.applicable) {
            rec.status = StepRecord::Status::Skipped;
            rec.reason = def.skipReason;
        }
        ordered << rec;
    }
    m_record.steps = ordered;
}

QString Runner::inputsOf(const StepDefinition& def, const StepKind* kind) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(def.kind.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(QByteArray::fromStdString(YAML::Dump(def.params)));
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(QByteArray::fromStdString(YAML::Dump(def.probe)));
    std::unique_ptr<StepKind> made = kind ? nullptr : StepKind::create(def.kind);
    if (const StepKind* k = kind ? kind : made.get()) {
        hash.addData(QByteArrayView("\n", 1));
        hash.addData(k->answerInputs(m_answers).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QStringList Runner::revise()
{
    QSet<QString> known;
    for (const auto& s : std::as_const(m_record.steps))
        known.insert(s.id);
    prepareRecord();
    QStringList again;
    for (const auto& def : std::as_const(m_steps)) {
        StepRecord& rec = *m_record.step(def.id);
        if (!def.applicable)
            continue;
        if (!known.contains(def.id)) {
            again << def.id;
            continue;
        }
        if (rec.status == StepRecord::Status::Skipped) {
            // Not applicable before, applicable now.
            rec.status = StepRecord::Status::Pending;
            rec.reason.clear();
            again << def.id;
            continue;
        }
        if (rec.status != StepRecord::Status::Done || rec.inputs == inputsOf(def))
            continue;
        // Done with other inputs: to do again, probe first. What it did before stays in its actions.
        rec.status = StepRecord::Status::Pending;
        rec.foundDone = false;
        rec.message.clear();
        rec.localizedMessage.clear();
        rec.inputs.clear();
        rec.facts.clear();
        again << def.id;
    }
    return again;
}

bool Runner::save(int step)
{
    if (!m_checkpoint)
        return true;
    if (!m_saveError.isEmpty())
        return false;
    QString error;
    // Within the run one step changes at a time: journalled. Its start and its end write the record whole.
    if (step >= 0 ? m_checkpoint->saveStep(m_record, step, &error) : m_checkpoint->save(m_record, &error))
        return true;
    // A run whose checkpoint is not on disk could not be resumed after the next command: it stops here.
    m_saveError = QStringLiteral("cannot save the checkpoint %1: %2").arg(m_checkpoint->path(), error);
    spdlog::error("{}", m_saveError.toStdString());
    return false;
}

Runner::Result Runner::finish(Result result)
{
    if (!m_saveError.isEmpty())
        return Result::CheckpointLost;
    m_record.endedAt = QDateTime::currentDateTime();
    m_record.result = result == Result::Complete      ? QStringLiteral("complete")
                      : result == Result::Waiting     ? QStringLiteral("waiting")
                      : result == Result::Stopped     ? QStringLiteral("stopped")
                      : result == Result::Interrupted ? QStringLiteral("interrupted")
                                                      : QStringLiteral("failed");
    if (!save())
        return Result::CheckpointLost;
    return result;
}

QList<PlannedAction> Runner::planOf(StepKind& kind, StepContext& ctx)
{
    // A plan is read-only: it records nothing, needs no password and saves nothing.
    StepRecord scratch;
    StepContext planning{ctx.system,    ctx.answers, ctx.step, scratch, {},      ctx.confirmed,
                         ctx.ownerDone, {},          {},       true,    ctx.view};
    return kind.plan(planning);
}

void Runner::markUnplanned(StepRecord& rec, qsizetype from, const QList<PlannedAction>& planned)
{
    for (qsizetype i = from; i < rec.actions.size(); ++i) {
        ActionRecord& a = rec.actions[i];
        if (a.type != ActionRecord::Type::Command || a.query)
            continue;
        a.unplanned = std::none_of(planned.cbegin(), planned.cend(), [&a](const PlannedAction& p) {
            return p.isCommand(a.argv, a.environment);
        });
        if (a.unplanned)
            spdlog::warn("step {} ran a command its plan did not show: {}", rec.id.toStdString(),
                         a.argv.join(QLatin1Char(' ')).toStdString());
    }
}

void Runner::removeStaleTemporaries(StepKind& kind, StepContext& ctx)
{
    // A step caught mid-apply may have been killed inside a file write: the temporary and backup copies it
    // left beside the files it writes are removed before the step is probed and finished.
    for (const PlannedAction& action : planOf(kind, ctx)) {
        if (action.type != PlannedAction::Type::FileEdit || !action.path.startsWith(QLatin1Char('/')))
            continue;
        for (const QString& removed : m_system.removeStaleTemporaries(action.path)) {
            ActionRecord a;
            a.type = ActionRecord::Type::Note;
            a.at = QDateTime::currentDateTime();
            a.text = QStringLiteral("removed %1, left by an interrupted write").arg(removed);
            recordAction(ctx, a);
        }
    }
}

bool Runner::onPeerNode(const StepDefinition& def)
{
    const YAML::Node on = def.params["on"];
    return on && on.IsScalar() && on.as<std::string>() == "peer";
}

Runner::Result Runner::run()
{
    // The session's view of the node is this run's or nobody's: taken before anything can end the run.
    NodeView* handedOver = std::exchange(initialView, nullptr);
    prepareRecord();
    if (!m_record.startedAt.isValid())
        m_record.startedAt = QDateTime::currentDateTime();
    m_record.sessions += 1;
    m_record.result = QStringLiteral("running");
    if (!save())
        return finish(Result::CheckpointLost);
    // One view of the node for the run: a step's verification and the next step's probe ask the same
    // questions (mount, lsfs -c) with nothing changed in between; every change a step makes forgets it. The
    // session's, when it hands over what its pre-flight just asked.
    NodeView own(m_system);
    NodeView& view = handedOver ? *handedOver : own;
    std::unique_ptr<NodeView> peerView = peer ? std::make_unique<NodeView>(*peer) : nullptr;

    const int total = int(m_steps.size());
    for (int i = 0; i < total; ++i) {
        const StepDefinition& def = m_steps.at(i);
        StepRecord& rec = *m_record.step(def.id);
        if (hooks.interrupted && hooks.interrupted())
            return finish(Result::Interrupted);
        if (hooks.stopRequested && rec.status != StepRecord::Status::Done &&
            rec.status != StepRecord::Status::Skipped && hooks.stopRequested())
            return finish(Result::Stopped);
        if (rec.status == StepRecord::Status::Skipped) {
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            continue;
        }
        std::unique_ptr<StepKind> kind = StepKind::create(def.kind);
        if (!kind) {
            rec.status = StepRecord::Status::Failed;
            rec.failure = FailureCategory::Refused;
            say(rec, StepMessage(QT_TRANSLATE_NOOP("Step", "the catalog names an unknown step kind '%1'"))
                         .arg(def.kind));
            return finish(Result::Failed);
        }
        const bool onPeer = onPeerNode(def);
        StepContext ctx{onPeer && peer ? *peer : m_system,
                        m_answers,
                        def,
                        rec,
                        hooks.password,
                        confirmed,
                        ownerDone,
                        hooks.echo,
                        [this, i] { return save(i); },
                        false,
                        onPeer ? peerView.get() : &view};
        ctx.stopping = [this] {
            return (hooks.interrupted && hooks.interrupted()) ||
                   (hooks.stopRequested && hooks.stopRequested());
        };
        ctx.other = onPeer ? &m_system : peer;
        ctx.node = onPeer ? peerName : QString();
        ctx.otherNode = onPeer ? QString() : peerName;
        ctx.otherRecord = onPeer ? nullptr : otherRecord;
        if (hooks.actionRecorded)
            ctx.recorded = [this, i](const ActionRecord& a) { hooks.actionRecorded(i, a); };
        if (onPeer && !peer && rec.status != StepRecord::Status::Done) {
            // The other node cannot be reached from here: its part is the operator's, confirmed by hand.
            if (!confirmed.contains(def.id)) {
                QStringList lines;
                for (const auto& a : planOf(*kind, ctx))
                    lines << a.text();
                rec.status = StepRecord::Status::Waiting;
                say(rec,
                    StepMessage(QT_TRANSLATE_NOOP("Step", "On the other node (%1), do this, then confirm "
                                                          "(--confirm %2): %3"))
                        .arg(peerName, def.id, lines.join(QStringLiteral("; "))));
                if (hooks.stepFinished)
                    hooks.stepFinished(i, total, rec);
                return finish(Result::Waiting);
            }
            rec.status = StepRecord::Status::Done;
            rec.inputs = inputsOf(def, kind.get());
            rec.endedAt = QDateTime::currentDateTime();
            say(rec,
                StepMessage(QT_TRANSLATE_NOOP("Step", "done on the other node by the operator (confirmed)")));
            if (!save(i))
                return finish(Result::CheckpointLost);
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            continue;
        }

        if (rec.status == StepRecord::Status::Done) {
            const YAML::Node override = def.params["persistent"];
            const bool persistent =
                override && override.IsScalar() ? override.as<bool>() : kind->persistent();
            if (persistent) {
                const Probe again = kind->recheck(ctx);
                if (hooks.interrupted && hooks.interrupted())
                    return finish(Result::Interrupted);
                if (again.state != Probe::State::Done) {
                    rec.status = StepRecord::Status::Failed;
                    rec.failure = FailureCategory::Drift;
                    say(rec,
                        StepMessage(QT_TRANSLATE_NOOP(
                                        "Step",
                                        "drift: this step was done (%1) but is not any more: %2. The wizard "
                                        "does not redo it silently; repair it by hand, or run again with "
                                        "--restart."))
                            .arg(rec.endedAt.toString(Qt::ISODate), again.detail.english()));
                    if (hooks.stepFinished)
                        hooks.stepFinished(i, total, rec);
                    return finish(Result::Failed);
                }
            }
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            continue;
        }

        if (hooks.stepStarted)
            hooks.stepStarted(i, total, rec);
        const bool resumedMidApply =
            rec.status == StepRecord::Status::Running || rec.status == StepRecord::Status::Interrupted;
        rec.message.clear();
        rec.localizedMessage.clear();
        rec.failure = FailureCategory::None;
        if (resumedMidApply)
            removeStaleTemporaries(*kind, ctx);
        const Probe found = kind->probe(ctx);
        // A probe whose commands a signal ended saw nothing reliable: the step keeps the status it had.
        if (hooks.interrupted && hooks.interrupted())
            return finish(Result::Interrupted);
        if (found.state == Probe::State::Done) {
            rec.status = StepRecord::Status::Done;
            rec.inputs = inputsOf(def, kind.get());
            rec.foundDone = !resumedMidApply && rec.actions.isEmpty();
            if (!rec.startedAt.isValid())
                rec.startedAt = QDateTime::currentDateTime();
            rec.endedAt = QDateTime::currentDateTime();
            if (!found.detail.isEmpty())
                say(rec, found.detail);
            if (!save(i))
                return finish(Result::CheckpointLost);
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            continue;
        }
        if (found.state == Probe::State::Blocked) {
            rec.status = StepRecord::Status::Failed;
            rec.failure = found.blockedBy;
            say(rec, found.detail);
            rec.endedAt = QDateTime::currentDateTime();
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            return finish(Result::Failed);
        }

        // What the review shows is what runs: the plan as it stands now, and every command the step then
        // runs checked against it (argv and environment).
        const QList<PlannedAction> planned = planOf(*kind, ctx);
        if (hooks.approveDisruption && !resumedMidApply) {
            QList<Disruption> interrupting;
            // Only restarts and cluster stops are asked for here: no disk's PVID or size is needed.
            for (auto& d : Disruption::ofActions(def.id, planned, nullptr))
                if (d.interruptsService())
                    interrupting << d;
            if (!interrupting.isEmpty() && !hooks.approveDisruption(i, rec, interrupting))
                return finish(Result::Stopped);
        }
        rec.status = StepRecord::Status::Running;
        rec.startedAt = QDateTime::currentDateTime();
        // Nothing is applied unless the checkpoint says the step started: a later run must probe it.
        if (!save(i))
            return finish(Result::CheckpointLost);
        const qsizetype actionsBefore = rec.actions.size();
        const Outcome outcome = kind->apply(ctx);
        markUnplanned(rec, actionsBefore, planned);
        rec.endedAt = QDateTime::currentDateTime();
        if (!m_saveError.isEmpty())
            return finish(Result::CheckpointLost);
        if (hooks.interrupted && hooks.interrupted()) {
            // The next run probes what the ended command left and finishes it.
            rec.status = StepRecord::Status::Interrupted;
            say(rec,
                StepMessage(QT_TRANSLATE_NOOP("Step", "interrupted: the run was stopped by a signal during "
                                                      "this step; run the same command again to resume it")));
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            return finish(Result::Interrupted);
        }
        if (outcome.state == Outcome::State::Waiting) {
            rec.status = StepRecord::Status::Waiting;
            say(rec, outcome.message);
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            return finish(Result::Waiting);
        }
        if (outcome.state == Outcome::State::Failed) {
            rec.status = StepRecord::Status::Failed;
            rec.failure = outcome.category;
            say(rec, outcome.message);
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            return finish(Result::Failed);
        }
        const Probe verified = kind->verify(ctx);
        if (hooks.interrupted && hooks.interrupted()) {
            rec.status = StepRecord::Status::Interrupted;
            say(rec,
                StepMessage(QT_TRANSLATE_NOOP("Step", "interrupted: the run was stopped by a signal while "
                                                      "this step was verified; run the same command again "
                                                      "to resume it")));
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            return finish(Result::Interrupted);
        }
        if (verified.state != Probe::State::Done) {
            rec.status = StepRecord::Status::Failed;
            rec.failure = FailureCategory::Verify;
            say(rec, StepMessage(
                         QT_TRANSLATE_NOOP("Step", "the commands succeeded but the result is not there: %1"))
                         .arg(verified.detail.english()));
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            return finish(Result::Failed);
        }
        rec.status = StepRecord::Status::Done;
        rec.inputs = inputsOf(def, kind.get());
        if (!save(i))
            return finish(Result::CheckpointLost);
        if (hooks.stepFinished)
            hooks.stepFinished(i, total, rec);
    }
    return finish(Result::Complete);
}

QList<Runner::Preview> Runner::preview()
{
    QList<Preview> out;
    // Once a step would run, a later transient step (a mount, a start, a release) that looks done now would
    // not be by the time it runs: the preview shows its plan instead of "already done".
    bool earlierWouldRun = false;
    // A dry run changes nothing: one view of the node answers every step's questions (the pre-flight's
    // answers among them, when the session hands them over).
    NodeView own(m_system);
    NodeView* handedOver = std::exchange(initialView, nullptr);
    NodeView& view = handedOver ? *handedOver : own;
    std::unique_ptr<NodeView> peerView = peer ? std::make_unique<NodeView>(*peer) : nullptr;
    for (const auto& def : m_steps) {
        Preview p;
        p.step = &def;
        if (def.applicable) {
            StepRecord scratch;
            std::unique_ptr<StepKind> kind = StepKind::create(def.kind);
            const bool onPeer = onPeerNode(def) && peer;
            StepContext ctx{onPeer ? *peer : m_system,
                            m_answers,
                            def,
                            scratch,
                            {},
                            confirmed,
                            ownerDone,
                            {},
                            {},
                            true,
                            onPeer ? peerView.get() : &view};
            ctx.other = onPeer ? &m_system : peer;
            ctx.node = onPeer ? peerName : QString();
            ctx.otherNode = onPeer ? QString() : peerName;
            ctx.otherRecord = onPeer ? nullptr : otherRecord;
            const StepRecord* recorded = m_record.step(def.id);
            const bool doneBefore = recorded && recorded->status == StepRecord::Status::Done;
            if (kind) {
                const YAML::Node override = def.params["persistent"];
                const bool persistent =
                    override && override.IsScalar() ? override.as<bool>() : kind->persistent();
                // What the review shows is what the run does: a step the run in progress has done is not
                // run again (a lasting one is checked for drift, as the run will).
                if (doneBefore && !persistent) {
                    p.probe =
                        Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "done in the run in progress (%1)"))
                                        .arg(recorded->endedAt.toString(Qt::ISODate)));
                    out << p;
                    continue;
                }
                p.probe = doneBefore ? kind->recheck(ctx) : kind->probe(ctx);
                if (doneBefore && p.probe.state != Probe::State::Done)
                    p.probe = Probe::blocked(
                        StepMessage(QT_TRANSLATE_NOOP("Step",
                                                      "drift: done in the run in progress (%1) but not "
                                                      "any more: %2; the run stops here"))
                            .arg(recorded->endedAt.toString(Qt::ISODate), p.probe.detail.english()),
                        FailureCategory::Drift);
                if (p.probe.state == Probe::State::Done && earlierWouldRun && !persistent && !doneBefore)
                    p.probe = Probe::notDone();
                if (p.probe.state != Probe::State::Done)
                    earlierWouldRun = true;
                p.actions = kind->plan(ctx);
            }
        }
        out << p;
    }
    return out;
}

} // namespace dceha
