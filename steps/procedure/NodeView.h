#pragma once

#include "system/System.h"

#include <QHash>
#include <QStringList>

namespace dceha {

/** @brief What a run has seen of the node since its last change: each query's answer, kept until a step
 * changes something.
 *
 * A step probes, plans, applies and verifies; the probe and the plan ask the node the same questions
 * (`lsvg dcevg` for the free partitions, `lvlstmajor`, `mount`), so does apply until its first command, and
 * the next step's probe asks what this one's verification just did (`mount`, `lslv NAME`). Between two
 * changes the answers cannot differ (the wizard holds the node's lock and runs one command at a time), so
 * the view answers them once. Every change a step makes through its context (a command, a file written, a
 * directory, a link, a mode) forgets them all, so the verification after a change always asks the node
 * again; each run (each process) starts with an empty view, so a resumed run sees the node as it is now. A
 * query whose answer changes by itself (HACMP finishing an event after its command returned) is asked with
 * queryNow. */
class NodeView
{
public:
    explicit NodeView(System& system) : m_system(system) {}

    /** The answer to @p argv (a read-only command), from the node the first time since the last change. */
    CommandResult query(const QStringList& argv);
    /** Asks the node again, whatever the view holds (polling), and keeps the new answer. */
    CommandResult queryNow(const QStringList& argv);
    /** The node changed (or may have): every answer is forgotten. */
    void changed() { m_answers.clear(); }

    /** Queries answered from the view so far, and those that ran (the step's log line says both). */
    int answeredFromView() const { return m_fromView; }
    int ran() const { return m_ran; }

private:
    System& m_system;
    QHash<QStringList, CommandResult> m_answers;
    int m_fromView = 0;
    int m_ran = 0;
};

} // namespace dceha
