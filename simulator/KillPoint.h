#pragma once

#include <QString>

namespace aixsim {

/** @brief The test knob AIXSIM_KILL_CALLER: kill the calling wizard at a named instant of one command.
 *
 * `AIXSIM_KILL_CALLER=COMMAND[:N][:POINT]` SIGKILLs the nearest ancestor process named `dce-ha-wizard` during
 * the Nth call (default the first) of COMMAND on this node, counted like AIXSIM_FAIL;
 * `AIXSIM_KILL_CALLER=@N[:POINT]` during the node's Nth command, whatever it is (the Nth line of its
 * calls.log). POINT says when:
 * - `before`: before the command does anything (the command dies with the wizard, nothing changed);
 * - `commit`: half-way through writing the command's changes (the command dies too; the next simulated
 *   command finishes the commit from the journal, as a journalled filesystem would);
 * - `after` (the default): once the command's changes are saved, before it exits (the wizard never learns
 *   its result);
 * - `late=USEC`: USEC microseconds after the command has exited, while the wizard records its result and
 *   saves its checkpoint (a detached helper does the kill).
 * Tests choose their kill instants with it instead of sleeping for a random time, so every instant can be
 * named, repeated and reached under any load. */
class KillPoint
{
public:
    enum class Point
    {
        None,
        Before,
        Commit,
        After,
        Late
    };

    /** The kill point the environment sets for the @p call-th call of @p command, the node's @p ordinal-th
     * command (Point::None if none). */
    static KillPoint fromEnvironment(const QString& command, int call, int ordinal);

    /** At @p point: kills the wizard (and for Before/Commit this process) when armed for that point. */
    void reach(Point point) const;

private:
    Point m_point = Point::None;
    long m_lateUsec = 0;
};

} // namespace aixsim
