#pragma once

#include "Answers.h"
#include "system/System.h"

#include <QList>

namespace dceha {

/** @brief The answer rules that need the node: every service address must be an HACMP service label of the
 * cluster (HACMP's `cllsif -c`), the answers must match HACMP's resource groups (ClusterChecks.h), and the
 * DFS cache's volume group must exist on the node. Read-only; run before anything changes. */
QList<AnswerError> checkAnswersAgainstNode(System& system, const Answers& answers);

/** With DFS: the cache's volume group must be one of the node's (lsvg) and not the shared one. Part of
 * checkAnswersAgainstNode; read-only. */
QList<AnswerError> checkCacheVolumeGroup(System& system, const Answers& answers);

/** Each application's start and stop programs (and the other node's, in mutual takeover) must be
 * executable files on this node, unless they lie on a shared filesystem. Part of checkAnswersAgainstNode. */
QList<AnswerError> checkApplicationPrograms(System& system, const Answers& answers);

/** A state directory must be on local disk: not under a shared mount point. */
QList<AnswerError> checkStateDirectory(const Answers& answers, const QString& stateDirNodePath);

} // namespace dceha
