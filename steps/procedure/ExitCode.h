#pragma once

namespace dceha {

/** @brief The exit codes of dce-ha-wizard: the headless contract (README, "Headless use"), defined once. */
enum ExitCode : int
{
    ExitComplete = 0, ///< every step done
    ExitFailed = 1,   ///< a step failed, or the checkpoint/a record could not be written: run again to resume
    ExitRefused = 2,  ///< bad usage, answers or inputs (a damaged checkpoint included): nothing changed
    ExitWaiting = 3,  ///< waiting for an operator step
    ExitLocked = 4,   ///< another run holds the state directory's or the node's lock
    ExitStopped = 5   ///< stopped before completing: a signal (SIGINT, SIGTERM, SIGHUP), or the GUI's stop;
                      ///< the command that was running was ended, the checkpoint saved: run again to resume
};

} // namespace dceha
