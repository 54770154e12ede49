#pragma once

#include "Catalog.h"
#include "NodeView.h"
#include "Record.h"
#include "answers/Answers.h"
#include "system/System.h"

#include <QSet>
#include <functional>
#include <optional>

namespace dceha {

/** @brief What a step works with: the node, the answers, its own definition and record, and the few things
 * only the front-end can give (the cell_admin password, the operator's confirmations). Passed to every step
 * kind; no globals. */
struct StepContext
{
    System& system;
    const Answers& answers;
    const StepDefinition& step;
    StepRecord& record;
    /** Asked when a command needs the cell_admin password; nullopt when none can be had. Never stored. */
    std::function<std::optional<QByteArray>()> password;
    /** Step ids the operator confirmed (--confirm, or the GUI's button). */
    QSet<QString> confirmed;
    /** Step ids the owner's record shows done (standby, --from-owner-record). */
    QSet<QString> ownerDone;
    /** Called with each command line before it runs (--verbose echo, the GUI's live output). */
    std::function<void(const QString&)> echo;
    /** Saves the checkpoint now: a kind calls it before an action the process may not survive (a reboot).
     * @return false when it could not be saved: the kind must then not take that action. */
    std::function<bool()> checkpoint;
    /** Set by dry runs: kinds must not change anything. */
    bool dryRun = false;
    /** The run's view of the node (inspect() asks it; every recorded change forgets it); none: every
     * query asks the node. */
    NodeView* view = nullptr;
    /** True when the run is to end (a signal, the GUI's Stop): a kind that waits for the node stops
     * waiting. None: never. */
    std::function<bool()> stopping;
    /** The other node of a two-node procedure (the drill), seen from this step: the peer for a step on this
     * node, this node for a step `on: peer`. None: the other node cannot be reached from here. */
    System* other = nullptr;
    /** The other node's record in a one-session two-node procedure (the owner's for the standby, the
     * standby's for the owner), as it stands now; none when the other node's run is not in this process. */
    const RunRecord* otherRecord = nullptr;
    /** The other node's name, as the record names it (its host name, or "the other node"); empty when the
     * procedure has one node. */
    QString otherNode;
    /** Set by the drill's checks: every query is kept in the record as evidence, labelled with @ref node. */
    bool evidence = false;
    /** The node this step runs on when it is not the record's own (the drill's steps `on: peer`); empty
     * otherwise. The record labels what ran there with it. */
    QString node;
    /** Called with each action once it is in the step's record (recordAction()): the GUI's run page shows
     * the command's arguments, time, exit status and output as they happen. None: nobody watches. */
    std::function<void(const ActionRecord&)> recorded;
};

/** Appends @p action to the step's record and tells whoever watches (StepContext::recorded). */
inline void recordAction(StepContext& c, ActionRecord action)
{
    c.record.actions.append(std::move(action));
    if (c.recorded)
        c.recorded(c.record.actions.constLast());
}

} // namespace dceha
