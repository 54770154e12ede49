#pragma once

#include "Options.h"

#include <QByteArray>
#include <QString>

namespace dceha {

/** @brief The headless front-end: answers file in, steps run (or previewed with --dry-run), progress on
 * stdout, the record out. @return the process exit code (0 complete, 1 failed, 2 refused, 3 waiting,
 * 4 locked). */
int runHeadless(const Options& options);

/** --preflight: the pre-flight's findings printed, nothing changed; exit 0 without a failure, else 2. */
int runPreflight(const Options& options, const QByteArray& answersText);
/** --two-node: both nodes' integration in one session (TwoNodeSession), each step's line naming its node;
 * --dry-run previews both. */
int runTwoNode(const Options& options);
/** --export without answers: renders the saved checkpoint of the state directory; runs nothing. */
int exportCheckpoint(const Options& options);

/** What one pass over the procedure ended with. */
struct RunOutcome
{
    RunOutcome(int code = 0) : exitCode(code) {} // NOLINT: an exit code is an outcome
    int exitCode = 0;
    QString waitingStep; ///< the operator step it waits at (exit 3)
    QString failedStep;  ///< the step that failed (exit 1)
    /** A dry run: the steps its summary says restart the node or stop the cluster (the terminal's "yes"
     * covers their first run). */
    QStringList interruptingSteps;
};

/** One pass over the procedure with answers given as text (the terminal front-end and the headless one). */
RunOutcome runProcedure(const Options& options, const QByteArray& answersText, const QString& answersName);

} // namespace dceha
