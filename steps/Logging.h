#pragma once

#include <QString>

namespace dceha {

/** @brief Sets spdlog's default logger: the console (warnings and up, or everything with @p verbose) and,
 * when @p stateDir is given, `<stateDir>/dce-ha-wizard.log` at debug level. Log text is English. */
void setupLogging(const QString& stateDir, bool verbose);

} // namespace dceha
