#include "Runner.h"

#include <QDateTime>
#include <spdlog/spdlog.h>

namespace dceha {

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

void Runner::save()
{
    if (!m_checkpoint)
        return;
    QString error;
    if (!m_checkpoint->save(m_record, &error))
        spdlog::error("cannot save the checkpoint: {}", error.toStdString());
}

Runner::Result Runner::finish(Result result)
{
    m_record.endedAt = QDateTime::currentDateTime();
    m_record.result = result == Result::Complete  ? QStringLiteral("complete")
                      : result == Result::Waiting ? QStringLiteral("waiting")
                      : result == Result::Stopped ? QStringLiteral("stopped")
                                                  : QStringLiteral("failed");
    save();
    return result;
}

Runner::Result Runner::run()
{
    prepareRecord();
    if (!m_record.startedAt.isValid())
        m_record.startedAt = QDateTime::currentDateTime();
    m_record.sessions += 1;
    m_record.result = QStringLiteral("running");
    save();

    const int total = int(m_steps.size());
    for (int i = 0; i < total; ++i) {
        const StepDefinition& def = m_steps.at(i);
        StepRecord& rec = *m_record.step(def.id);
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
            rec.message = QStringLiteral("the catalog names an unknown step kind '%1'").arg(def.kind);
            return finish(Result::Failed);
        }
        StepContext ctx{m_system,   m_answers,         def, rec, hooks.password, confirmed, ownerDone,
                        hooks.echo, [this] { save(); }};

        if (rec.status == StepRecord::Status::Done) {
            const YAML::Node override = def.params["persistent"];
            const bool persistent =
                override && override.IsScalar() ? override.as<bool>() : kind->persistent();
            if (persistent) {
                const Probe again = kind->recheck(ctx);
                if (again.state != Probe::State::Done) {
                    rec.status = StepRecord::Status::Failed;
                    rec.message =
                        QStringLiteral("drift: this step was done (%1) but is not any more: %2. The wizard "
                                       "does not redo it silently; repair it by hand, or run again with "
                                       "--restart.")
                            .arg(rec.endedAt.toString(Qt::ISODate), again.detail);
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
        const bool resumedMidApply = rec.status == StepRecord::Status::Running;
        rec.message.clear();
        const Probe found = kind->probe(ctx);
        if (found.state == Probe::State::Done) {
            rec.status = StepRecord::Status::Done;
            rec.foundDone = !resumedMidApply && rec.actions.isEmpty();
            if (!rec.startedAt.isValid())
                rec.startedAt = QDateTime::currentDateTime();
            rec.endedAt = QDateTime::currentDateTime();
            if (!found.detail.isEmpty())
                rec.message = found.detail;
            save();
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            continue;
        }
        if (found.state == Probe::State::Blocked) {
            rec.status = StepRecord::Status::Failed;
            rec.message = found.detail;
            rec.endedAt = QDateTime::currentDateTime();
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            return finish(Result::Failed);
        }

        rec.status = StepRecord::Status::Running;
        rec.startedAt = QDateTime::currentDateTime();
        save();
        const Outcome outcome = kind->apply(ctx);
        rec.endedAt = QDateTime::currentDateTime();
        if (outcome.state == Outcome::State::Waiting) {
            rec.status = StepRecord::Status::Waiting;
            rec.message = outcome.message;
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            return finish(Result::Waiting);
        }
        if (outcome.state == Outcome::State::Failed) {
            rec.status = StepRecord::Status::Failed;
            rec.message = outcome.message;
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            return finish(Result::Failed);
        }
        const Probe verified = kind->verify(ctx);
        if (verified.state != Probe::State::Done) {
            rec.status = StepRecord::Status::Failed;
            rec.message =
                QStringLiteral("the commands succeeded but the result is not there: %1").arg(verified.detail);
            if (hooks.stepFinished)
                hooks.stepFinished(i, total, rec);
            return finish(Result::Failed);
        }
        rec.status = StepRecord::Status::Done;
        save();
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
    for (const auto& def : m_steps) {
        Preview p;
        p.step = &def;
        if (def.applicable) {
            StepRecord scratch;
            std::unique_ptr<StepKind> kind = StepKind::create(def.kind);
            StepContext ctx{m_system, m_answers, def, scratch, {}, confirmed, ownerDone, {}, {}, true};
            if (kind) {
                p.probe = kind->probe(ctx);
                const YAML::Node override = def.params["persistent"];
                const bool persistent =
                    override && override.IsScalar() ? override.as<bool>() : kind->persistent();
                if (p.probe.state == Probe::State::Done && earlierWouldRun && !persistent)
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
