#pragma once

#include "Answers.h"
#include "system/System.h"

#include <QList>

namespace dceha {

/** @brief The answer rules that need the node: the pre-flight's failures (Preflight.h). Read-only; run
 * before anything changes. */
QList<AnswerError> checkAnswersAgainstNode(System& system, const Answers& answers);

/** With DFS: the cache's volume group must be one of the node's (lsvg) and not the shared one. Part of
 * checkAnswersAgainstNode; read-only. */
QList<AnswerError> checkCacheVolumeGroup(System& system, const Answers& answers, QString* evidence = nullptr);

/** Each application's start and stop programs (and the other node's, in mutual takeover) must be
 * executable files on this node, unless they lie on a shared filesystem. Part of checkAnswersAgainstNode. */
QList<AnswerError> checkApplicationPrograms(System& system, const Answers& answers,
                                            QString* evidence = nullptr);

/** A state directory must be on local disk: not under a shared mount point. */
QList<AnswerError> checkStateDirectory(const Answers& answers, const QString& stateDirNodePath);

} // namespace dceha
