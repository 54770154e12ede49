#pragma once

#include <QByteArray>
#include <QString>
#include <yaml-cpp/yaml.h>

namespace aixsim {

/** @brief The cluster a shared DASD is laid down from: the demo (resources/aixsim/demo-node.yaml, with its
 * per-configuration resource groups) or a described one (`aixsim --cluster FILE`, AIXSIM_CLUSTER): the same
 * format, with `cluster.resource_groups:` giving that cluster's own groups. A described cluster's names,
 * addresses, disks, sizes and PVIDs all come from its file; what it leaves out of AIX's stock (the rootvg
 * LVs, the filesets, the installation media, the stock files) is the demo's, and /etc/hosts is made from its
 * adapters. The description is copied beside the shared DASD's state when it is laid down, so that every
 * node laid down later on that DASD is the described one's. */
namespace cluster {

/** The embedded demo description. */
YAML::Node demo();
/** Reads and checks a described cluster; on a problem, @p error names the field and the rule
 * ("FILE: nodes.beta.disks[1].pvid: must be 16 hexadecimal digits") and the node is null. */
YAML::Node load(const QByteArray& text, const QString& name, QString* error);
/** Merges two nodes' parts of a description (what scripts/capture-cluster.ksh prints on each node of a
 * real cluster: `part_of_node: NODE`, the `cluster:` section from HACMP's listings, that node's `nodes:`
 * entry with all the disks it sees and its `majors_in_use:`) into the full description `aixsim --cluster`
 * lays down: a twin of that cluster. The cluster sections must be alike (HACMP's configuration synchronised);
 * the disks whose PVID both nodes see are the shared disks, under the one name both nodes give them (the
 * simulator names a shared disk alike on every node: a cluster whose nodes name one differently is refused),
 * the rest each node's own. The result passes load(); on a problem @p error says which and the result is
 * empty. */
QByteArray merge(const QByteArray& first, const QString& firstName, const QByteArray& second,
                 const QString& secondName, QString* error);
/** The copy of the description kept with a shared DASD. */
QString copyPath(const QString& sharedDir);
/** The description a shared DASD was laid down from: its copy, else the demo. */
YAML::Node of(const QString& sharedDir);

} // namespace cluster

} // namespace aixsim
