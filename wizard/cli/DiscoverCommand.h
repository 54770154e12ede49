#pragma once

#include "Options.h"

namespace dceha {

/** @brief --discover: reads the node (and the other simulated node with --peer-root), prints an answers file
 * derived from it on stdout (DiscoveredAnswers.h) and what could not be decided on stderr. Changes nothing.
 * @return 0 when the answers are complete but for the cell name, 2 when something must be added by hand or
 * the node cannot be read. */
int runDiscover(const Options& options);

} // namespace dceha
