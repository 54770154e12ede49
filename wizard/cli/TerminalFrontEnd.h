#pragma once

#include "Options.h"

namespace dceha {

/** @brief The interactive terminal front-end: choose (or load) the answers, see the plan, confirm, watch the
 * steps, answer the operator steps and retry failures; on the simulated demo cluster the owner can hand over
 * to the standby node right away, so the whole two-node rehearsal fits in one terminal session. */
int runTerminal(const Options& options);

} // namespace dceha
