#pragma once

#include "Options.h"

namespace dceha {

/** @brief The headless front-end: answers file in, steps run (or previewed with --dry-run), progress on
 * stdout, the record out. @return the process exit code (0 complete, 1 failed, 2 refused, 3 waiting,
 * 4 locked). */
int runHeadless(const Options& options);

} // namespace dceha
