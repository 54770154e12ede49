#pragma once

#include "procedure/NodeDiscovery.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace dceha {

/** @brief An answers file derived from what the node (and, when it can be reached, the other node) says of
 * the cluster: the configuration from HACMP's resource groups' policies and node lists, the role from the
 * node's priority, the addresses from cllsif, the shared VG and filesystems from the group, the shared disks
 * (those the other node sees with the same PVIDs), a PP size the disks allow, a major number free on both
 * nodes, the application server from the group and cllsserv. What no listing says gets a safe default, said
 * as such. Each value is commented with where it came from. Only the cell name is left to add: no node knows
 * it before DCE is configured. Pure: the views are read by NodeDiscovery. The file's comments are English,
 * like the procedure's own files. */
struct DiscoveredAnswers
{
    QByteArray text;      ///< YAML that --answers accepts once cell_name is added
    QStringList problems; ///< what could not be decided (the text then needs it by hand)
    /** Where each value came from, by the answers' field ("network.service" → "dcerg's service label(s) …"):
     * what a front-end shows beside the field. */
    QMap<QString, QString> sources;

    /** @p peer: the other node's view, or nullptr when it cannot be reached; @p role: owner, standby or empty
     * (from HACMP's node priorities). */
    static DiscoveredAnswers derive(const NodeDiscovery::ClusterView& here,
                                    const NodeDiscovery::ClusterView* peer, const QString& role);
};

} // namespace dceha
