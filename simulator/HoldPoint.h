#pragma once

#include <QString>

namespace aixsim {

/** @brief The test knob AIXSIM_HOLD: one command that keeps running until the test lets it go.
 *
 * `AIXSIM_HOLD=COMMAND[:N]` holds the Nth call (default the first) of COMMAND on this node, counted like
 * AIXSIM_FAIL; `AIXSIM_HOLD=@N` the node's Nth command, whatever it is. The held command is on record
 * (calls.log) and has done nothing yet; it writes `<AIXSIM_HOLD_RELEASE>.held` (its process id), then
 * waits until the file AIXSIM_HOLD_RELEASE exists, and goes on as usual. A signal ends it meanwhile like
 * any command (the default disposition). It gives up after AIXSIM_HOLD_MAX_MS (default 60000) with exit 124.
 *
 * Tests use it to act while a command is under way (a signal to the wizard, closing its window, a second
 * instance) without making every command slow and without guessing how long a command takes. */
class HoldPoint
{
public:
    /** The hold the environment sets for the @p call-th call of @p command, the node's @p ordinal-th
     * command (inactive if none). */
    static HoldPoint fromEnvironment(const QString& command, int call, int ordinal);

    bool active() const { return !m_release.isEmpty(); }
    /** Waits for the release; false when AIXSIM_HOLD_MAX_MS ran out first. */
    bool hold() const;

private:
    QString m_release;
};

} // namespace aixsim
