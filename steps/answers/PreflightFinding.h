#pragma once

#include <QString>

namespace dceha {

/** One finding of the pre-flight: what was checked, how it came out, and what the node said. */
struct PreflightFinding
{
    enum class Severity
    {
        Pass,
        Warning, ///< the run may go on, but the operator should look (a value chosen for them, a check
                 ///< skipped)
        Failure  ///< the run is refused before anything changes
    };
    Severity severity = Severity::Pass;
    QString check;    ///< what was checked ("Shared disks"), the same words for a pass and a failure
    QString field;    ///< the answer's field a warning or failure is about (dotted path); may be empty
    QString message;  ///< the finding: the rule kept or broken
    QString evidence; ///< what decided it: the command and what it printed

    static QString severityName(Severity s); ///< pass, warning, failure (the record's and headless' words)
    static Severity severityFromName(const QString& name, bool* ok = nullptr);
};

} // namespace dceha
