#include "ClusterChecks.h"

#include "AnswersFile.h"

namespace dceha {

namespace {

using Group = NodeDiscovery::ResourceGroup;

QString names(const QStringList& list)
{
    return list.isEmpty() ? AnswersFile::tr("none") : list.join(QStringLiteral(", "));
}

/** The groups whose home (first, highest-priority) node is @p node, @p except left out. */
QList<const Group*> homedAt(const QList<Group>& groups, const QString& node, const Group* except)
{
    QList<const Group*> out;
    for (const auto& g : groups)
        if (&g != except && g.nodes.value(0) == node)
            out << &g;
    return out;
}

QStringList groupNames(const QList<const Group*>& groups)
{
    QStringList out;
    for (const Group* g : groups)
        out << g->name;
    return out;
}

/** The group holding one of @p addresses' HACMP service labels. */
const Group* groupHolding(const QList<Group>& groups, const QList<NodeDiscovery::HacmpInterface>& interfaces,
                          const QStringList& addresses, QStringList* labels)
{
    for (const auto& i : interfaces)
        if (addresses.contains(i.address) && i.type == QLatin1String("service") && !labels->contains(i.label))
            *labels << i.label;
    for (const auto& g : groups)
        for (const auto& label : *labels)
            if (g.serviceLabels.contains(label))
                return &g;
    return nullptr;
}

} // namespace

QList<AnswerError> reconcileWithResourceGroups(const Answers& a, const QList<Group>& groups,
                                               const QList<NodeDiscovery::HacmpInterface>& interfaces,
                                               const QString& node)
{
    QList<AnswerError> errors;
    QStringList labels;
    const Group* mine = groupHolding(groups, interfaces, a.serviceAddresses, &labels);
    if (!mine) {
        errors.append(
            {QStringLiteral("network.service"),
             AnswersFile::tr("no HACMP resource group holds the service label %1 (cllsres; groups: %2): "
                             "HACMP would never move it; add it to the resource group first")
                 .arg(names(labels), names([&] {
                          QStringList all;
                          for (const auto& g : groups)
                              all << g.name;
                          return all;
                      }()))});
        return errors;
    }
    const QString expected = a.isRotating() ? QStringLiteral("rotating") : QStringLiteral("cascading");
    if (mine->policy != expected)
        errors.append(
            {QStringLiteral("configuration"),
             AnswersFile::tr("%1 needs a %2 resource group; HACMP's group %3, which holds %4, is %5 "
                             "(odmget HACMPgroup)")
                 .arg(a.configuration, expected, mine->name, names(labels),
                      mine->policy.isEmpty() ? AnswersFile::tr("of no known policy") : mine->policy)});
    if (!mine->nodes.contains(node)) {
        errors.append(
            {QStringLiteral("role"),
             AnswersFile::tr("this node (%1) is not a node of resource group %2, which holds %3 (its "
                             "nodes: %4)")
                 .arg(node, mine->name, names(labels), names(mine->nodes))});
        return errors;
    }
    const QString home = mine->nodes.value(0);
    QString other;
    for (const auto& n : mine->nodes)
        if (n != node && other.isEmpty())
            other = n;

    // The node's role against its priority: the owner is the home node of the group it integrates; the
    // standby takes it over. In mutual takeover each node is the home of its own group. Rotating groups have
    // no home to return to: any member may be either.
    if (a.isMutualTakeover() && home != node)
        errors.append(
            {QStringLiteral("network.service"),
             AnswersFile::tr("in mutual takeover each node's service label is its own group's: %1's "
                             "home node is %2 in HACMP (nodes in priority order: %3), not this node "
                             "(%4)")
                 .arg(mine->name, home, names(mine->nodes), node)});
    else if (!a.isMutualTakeover() && !a.isRotating() && a.isOwner() && home != node)
        errors.append(
            {QStringLiteral("role"),
             AnswersFile::tr("the owner must be the home (highest-priority) node of %1; HACMP lists "
                             "%2 first (nodes in priority order: %3): this node (%4) is its standby")
                 .arg(mine->name, home, names(mine->nodes), node)});
    else if (!a.isMutualTakeover() && !a.isRotating() && !a.isOwner() && home == node)
        errors.append(
            {QStringLiteral("role"),
             AnswersFile::tr("this node (%1) is the home (highest-priority) node of %2 in HACMP (nodes "
                             "in priority order: %3): it is the owner, not the standby")
                 .arg(node, mine->name, names(mine->nodes))});

    // The configuration's shape: which groups the other node (or the standby) is the home of.
    if (!a.isMutualTakeover()) {
        const QString standbyNode = a.isOwner() ? other : node;
        const QString ownerNode = a.isOwner() ? node : other;
        const QList<const Group*> standbyOwn = homedAt(groups, standbyNode, mine);
        const bool oneSided = a.configuration == QLatin1String("one-sided-takeover-cascading");
        if (!oneSided && !standbyOwn.isEmpty())
            errors.append(
                {QStringLiteral("configuration"),
                 AnswersFile::tr("in hot standby the standby node runs no resource group of its own; "
                                 "HACMP makes %1 the home of %2: that is one-sided (or mutual) "
                                 "takeover")
                     .arg(standbyNode, names(groupNames(standbyOwn)))});
        if (oneSided && standbyOwn.isEmpty())
            errors.append(
                {QStringLiteral("configuration"),
                 AnswersFile::tr("in one-sided takeover the standby node runs a resource group of its "
                                 "own; HACMP makes %1 the home of none: that is hot standby")
                     .arg(standbyNode.isEmpty() ? AnswersFile::tr("the standby") : standbyNode)});
        for (const Group* g : standbyOwn)
            if (oneSided && g->nodes.contains(ownerNode))
                errors.append(
                    {QStringLiteral("configuration"),
                     AnswersFile::tr("in one-sided takeover the owner never takes the standby's group; "
                                     "HACMP's group %1 (home %2) lists %3 as a takeover node: that is "
                                     "mutual takeover")
                         .arg(g->name, standbyNode, ownerNode)});
    } else {
        QStringList peerLabels;
        const Group* theirs = groupHolding(groups, interfaces, a.peerServiceAddresses, &peerLabels);
        if (!theirs || theirs == mine || theirs->nodes.value(0) == node || !theirs->nodes.contains(node))
            errors.append({QStringLiteral("network.peer_service"),
                           AnswersFile::tr("mutual takeover: no HACMP resource group whose home is the other "
                                           "node holds %1 with this node (%2) as its takeover node (cllsres, "
                                           "odmget HACMPgroup)")
                               .arg(names(peerLabels), node)});
        else if (!theirs->applicationServers.isEmpty() &&
                 !theirs->applicationServers.contains(a.peerAppServerName))
            errors.append(
                {QStringLiteral("peer_app_server"),
                 AnswersFile::tr("HACMP's resource group %1 runs the application server(s) %2, not %3 "
                                 "(cllsres -g %1)")
                     .arg(theirs->name, names(theirs->applicationServers), a.peerAppServerName)});
    }

    // What the group holds.
    if (!a.isMutualTakeover()) {
        if (!mine->volumeGroups.contains(a.sharedVg.name))
            errors.append({QStringLiteral("shared_vg.name"),
                           AnswersFile::tr("HACMP's resource group %1 holds the volume group(s) %2, not %3 "
                                           "(cllsres -g %1): HACMP would not vary it on at a takeover")
                               .arg(mine->name, names(mine->volumeGroups), a.sharedVg.name)});
        // An empty list: the group takes every filesystem of its volume groups.
        if (!mine->filesystems.isEmpty())
            for (int i = 0; i < a.sharedVg.filesystems.size(); ++i)
                if (!mine->filesystems.contains(a.sharedVg.filesystems.at(i).mount))
                    errors.append(
                        {QStringLiteral("shared_vg.filesystems[%1].mount").arg(i),
                         AnswersFile::tr("HACMP's resource group %1 mounts %2, not %3 (cllsres -g %1)")
                             .arg(mine->name, names(mine->filesystems), a.sharedVg.filesystems.at(i).mount)});
    }
    // No server in the group yet is allowed (the wizard defines it; the administrator adds it to the group).
    if (!mine->applicationServers.isEmpty() && !mine->applicationServers.contains(a.appServerName))
        errors.append({QStringLiteral("app_server"),
                       AnswersFile::tr("HACMP's resource group %1 runs the application server(s) %2, not %3 "
                                       "(cllsres -g %1)")
                           .arg(mine->name, names(mine->applicationServers), a.appServerName)});
    return errors;
}

} // namespace dceha
