#pragma once

#include "CommandMap.h"
#include "System.h"

#include <functional>

namespace dceha {

/** @brief Runs programs with QProcess, mapped by a CommandMap: the real AIX programs on a node, or the
 * simulated node's aixsim under --simulate. The same class in both cases, so tests exercise the code
 * path a real node takes. */
class RealSystem : public System
{
public:
    RealSystem(const QString& root, CommandMap commands);

    CommandResult run(const CommandSpec& spec) override;
    bool isSimulated() const override { return m_commands.isSimulated(); }
    const CommandMap& commands() const { return m_commands; }

    /** How many interruption requests arrived (default: the process's signals, Interruption::count). From
     * the first one no command starts, and the running one is sent SIGTERM (its whole process group); it
     * gets terminateGraceMs to end, then SIGKILL, at once from the second request. */
    std::function<int()> interruptions;
    int terminateGraceMs = 10000;

private:
    CommandMap m_commands;
};

} // namespace dceha
