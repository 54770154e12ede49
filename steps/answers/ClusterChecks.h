#pragma once

#include "Answers.h"
#include "procedure/NodeDiscovery.h"

#include <QList>

namespace dceha {

/** @brief The answers against HACMP's own configuration, before anything changes: the configuration against
 * the resource groups' policies and node lists (hot standby, one-sided or mutual takeover; cascading or
 * rotating), the node's role against its priority in its group, the shared VG, the DCE filesystems and the
 * application servers against the group holding the service label. Each mismatch names the answer's field and
 * what HACMP says. Pure: the node's listings are passed in (NodeDiscovery reads them). */
QList<AnswerError> reconcileWithResourceGroups(const Answers& answers,
                                               const QList<NodeDiscovery::ResourceGroup>& groups,
                                               const QList<NodeDiscovery::HacmpInterface>& interfaces,
                                               const QString& node);

} // namespace dceha
