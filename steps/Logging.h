#pragma once

#include <QString>
#include <memory>

namespace spdlog {
class logger;
}

namespace dceha {

/** @brief Sets spdlog's default logger: the console (warnings and up, or everything with @p verbose) and,
 * when @p stateDir is given, `<stateDir>/dce-ha-wizard.log` at debug level. Log text is English.
 * @return that logger: a session that shares the process with another (the two-node session) makes it the
 * default again while it runs, so each node's log holds its own steps. */
std::shared_ptr<spdlog::logger> setupLogging(const QString& stateDir, bool verbose);

} // namespace dceha
