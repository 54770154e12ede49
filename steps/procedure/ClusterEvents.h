#pragma once

#include "StepContext.h"
#include "StepKind.h"
#include "StepMessage.h"

#include <QString>
#include <optional>

namespace dceha {

/** @brief Waiting for HACMP: rc.cluster and clstop return before the cluster manager has processed their
 * events (HACMP 4.x processes events asynchronously and writes their progress to /tmp/hacmp.out). What
 * follows a start or a stop must wait until the event completed: `EVENT COMPLETED: node_up_complete …`
 * (or `node_down_complete`). An `EVENT FAILED` line ends the wait with the lines before it, where the
 * failing script's own output is. */
class ClusterEvents
{
public:
    /** This node's cluster manager runs (lssrc -s clstrmgr says active). */
    static bool managerActive(StepContext& c);
    /** Where hacmp.out ends now: the wait reads only what comes after. */
    static qsizetype logEnd(StepContext& c);
    /** Waits until @p event completes after @p from, at most @p timeoutS seconds.
     * @return nullopt when it completed (noted in the record), else why the step fails. */
    static std::optional<StepMessage> waitFor(StepContext& c, qsizetype from, const QString& event,
                                              int timeoutS);
    /** The record's note of a completed wait (the replay script waits where it finds one). */
    static QString waitedNote(const QString& event, const QString& logLine);
    /** The event a note of waitedNote() waited for; empty for any other note. */
    static QString waitedEvent(const QString& note);
    /** The plan's line for the wait, so that the review shows it with the command. */
    static PlannedAction plannedWait(const QString& event, bool onlyIfActive = false);
    /** How long a start or stop may take by default: HACMP's own config_too_long warning comes after 360 s.
     */
    static constexpr int kDefaultTimeoutS = 900;
};

} // namespace dceha
