#pragma once

#include "StepContext.h"

#include <QString>
#include <yaml-cpp/yaml.h>

namespace dceha {

/** @brief Evaluates a catalog's check list (probe and verify entries), read-only:
 * `{command: [argv], exit: N, stdout_contains: S, stdout_matches: RE, stdout_not_matches: RE}`, `{file: PATH,
 * contains: S}`,
 * `{file: PATH, key: K, words: [W…]}` (a "K w1 w2…" line holding every word), `{link: PATH, target: T}`,
 * `{mounted: [MOUNT…]}`, `{address_up: [ADDRESS…]}`, `{running: [DAEMON…]}` (`ps -e -o comm` lists each).
 * @return an empty string when every check holds, else what did not. */
QString evaluateChecks(StepContext& c, const YAML::Node& checks);

/** Runs a read-only command (a probe's question to the node); not recorded. */
CommandResult inspect(StepContext& c, const QStringList& argv);

/** The programs the node runs (`ps -e -o comm`, each by its base name); empty (and @p listed false) when
 * ps fails. */
QStringList runningProcesses(StepContext& c, bool* listed = nullptr);

/** The mount points the node's `mount` lists. */
QStringList mountedFilesystems(StepContext& c);

} // namespace dceha
