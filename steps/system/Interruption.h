#pragma once

#include <QString>

namespace dceha {

/** @brief SIGINT, SIGTERM and SIGHUP turned into a request to stop the run after the current command.
 *
 * The handlers only record the signal (async-signal-safe); the System polls requested() while a command runs
 * and ends that command gracefully (SIGTERM to its process group, then SIGKILL after a grace period, at once
 * on a second signal), and the Runner stops before the next step. A process-wide state by nature: signals are
 * delivered to the process. */
class Interruption
{
public:
    /** Installs the handlers (idempotent). Front-ends that run steps in this process call it once. */
    static void install();
    static bool requested();
    /** How many of the signals arrived so far (a second one means "now"). */
    static int count();
    /** The first signal received, by name ("SIGINT"), or an empty string. */
    static QString signalName();
    /** Forgets what arrived (tests, and the terminal front-end between two nodes' runs). */
    static void reset();
};

} // namespace dceha
