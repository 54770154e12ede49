#include "ClusterEvents.h"

#include "Checks.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

namespace dceha {

namespace {

const QString kHacmpOut = QStringLiteral("/tmp/hacmp.out");
const QString kWaitedPrefix = QStringLiteral("waited for HACMP's ");

/** The last @p count lines of @p lines up to @p end (inclusive). */
QString tail(const QStringList& lines, qsizetype end, qsizetype count)
{
    const qsizetype begin = std::max<qsizetype>(0, end + 1 - count);
    return lines.mid(begin, end + 1 - begin).join(QLatin1Char('\n'));
}

} // namespace

QString ClusterEvents::waitedNote(const QString& event, const QString& logLine)
{
    return kWaitedPrefix + event + QStringLiteral("; hacmp.out: ") + logLine.trimmed();
}

QString ClusterEvents::waitedEvent(const QString& note)
{
    if (!note.startsWith(kWaitedPrefix))
        return {};
    return note.mid(kWaitedPrefix.size()).section(QLatin1Char(';'), 0, 0);
}

PlannedAction ClusterEvents::plannedWait(const QString& event, bool onlyIfActive)
{
    if (onlyIfActive)
        return PlannedAction::note(
            PlannedAction::tr("then, if this node's cluster manager is active (the change is a dynamic "
                              "reconfiguration): wait until it logs EVENT COMPLETED: %1 in %2 (at most %3 s)")
                .arg(event, kHacmpOut, QString::number(kDefaultTimeoutS)));
    return PlannedAction::note(
        PlannedAction::tr(
            "then: wait until HACMP's cluster manager logs EVENT COMPLETED: %1 in %2 (at most %3 s)")
            .arg(event, kHacmpOut, QString::number(kDefaultTimeoutS)));
}

bool ClusterEvents::managerActive(StepContext& c)
{
    const CommandResult r =
        inspect(c, {QStringLiteral("lssrc"), QStringLiteral("-s"), QStringLiteral("clstrmgr")});
    return r.ok() && QString::fromUtf8(r.stdOut).contains(QLatin1String(" active"));
}

qsizetype ClusterEvents::logEnd(StepContext& c)
{
    const auto bytes = c.system.readFile(kHacmpOut);
    return bytes ? bytes->size() : 0;
}

std::optional<StepMessage> ClusterEvents::waitFor(StepContext& c, qsizetype from, const QString& event,
                                                  int timeoutS)
{
    const QRegularExpression completed(
        QStringLiteral("EVENT COMPLETED: %1\\b").arg(QRegularExpression::escape(event)));
    QElapsedTimer clock;
    clock.start();
    unsigned long pauseMs = 20;
    for (;;) {
        const QByteArray all = c.system.readFile(kHacmpOut).value_or(QByteArray());
        // A shorter log was cycled meanwhile: all of it is new.
        const QByteArray fresh = all.size() >= from ? all.mid(from) : all;
        const QStringList lines = QString::fromUtf8(fresh).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).contains(completed)) {
                ActionRecord seen;
                seen.type = ActionRecord::Type::Note;
                seen.at = QDateTime::currentDateTime();
                seen.text = waitedNote(event, lines.at(i));
                recordAction(c, seen);
                return std::nullopt;
            }
            if (lines.at(i).contains(QLatin1String("EVENT FAILED")))
                return StepMessage(QT_TRANSLATE_NOOP("Step", "HACMP's event failed before %1 completed; "
                                                             "/tmp/hacmp.out says:\n%2"))
                    .arg(event, tail(lines, i, 40));
        }
        if (c.stopping && c.stopping())
            return StepMessage(QT_TRANSLATE_NOOP("Step", "stopped while waiting for HACMP's %1 (the cluster "
                                                         "manager goes on; the next run checks it first)"))
                .arg(event);
        if (clock.elapsed() > qint64(timeoutS) * 1000)
            return StepMessage(QT_TRANSLATE_NOOP("Step",
                                                 "HACMP's %1 did not complete within %2 s; the end of "
                                                 "/tmp/hacmp.out:\n%3"))
                .arg(event, QString::number(timeoutS), tail(lines, lines.size() - 1, 20));
        QThread::msleep(pauseMs);
        pauseMs = std::min<unsigned long>(pauseMs * 2, 1000);
    }
}

} // namespace dceha
