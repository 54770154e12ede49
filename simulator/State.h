#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace aixsim {

/** A logical volume as its volume group descriptor area (VGDA) records it. */
struct LogicalVolume
{
    QString id; ///< stable identity; names the LV's data directory, survives renames
    QString name;
    QString type; ///< jfs, jfslog, paging, boot, …
    int lps = 0;
    QString label;          ///< the filesystem's mount point (crfs writes it; importvg reads it back)
    QString log;            ///< jfs: the name of the jfslog LV it uses
    bool formatted = false; ///< jfslog: logform ran; jfs: crfs made a filesystem
    bool autoMount = false; ///< the filesystem's "mount = true" in its stanza
};

/** A volume group: on shared DASD its VGDA lives with the disks, so every node sees the same one. */
struct VolumeGroup
{
    QString id;
    int ppSizeMb = 4;
    QStringList disks;
    QList<LogicalVolume> lvs;
    QString variedOnBy; ///< node name holding the VG varied on (the disk reservation); empty: varied off
    bool shared = false;

    LogicalVolume* lv(const QString& name);
    int usedPps() const;
};

struct Disk
{
    QString name;
    QString pvid;
    int pps = 0; ///< size in 4 MB partitions
    QString vgId;
};

/** A node's ODM knowledge of one volume group. */
struct VgRef
{
    QString id;
    int major = 0;
    bool autoOn = true;
};

struct Interface
{
    QString name;
    QString address;     ///< current address (HACMP swaps the service address onto it)
    QString bootAddress; ///< the address it has at boot
    QString netmask = QStringLiteral("255.255.255.0");
    QString hardware;
};

struct Mount
{
    QString device;
    QString mountPoint;
    QString vfs = QStringLiteral("jfs");
    QString options = QStringLiteral("rw");
    QString date;
    bool permanent = false; ///< rootvg's own filesystems: mounted at boot, never unmounted
};

struct HacmpAdapter
{
    QString label, type, network, address, node, interface;
};

struct ResourceGroup
{
    QString name;
    QString policy;    ///< cascading | rotating
    QStringList nodes; ///< priority order
    QStringList serviceLabels;
    QStringList vgs;
    QStringList filesystems;
    QStringList appServers;
    QString holder; ///< node currently holding it; empty: offline
};

struct AppServer
{
    QString name, start, stop;
    bool operator==(const AppServer& o) const { return name == o.name && start == o.start && stop == o.stop; }
};

/** HACMP's cluster topology and resource groups (configured before the wizard runs and synchronised
 * already; kept once, with the shared DASD). The application servers are not here: each node has its own
 * copy in its ODM (NodeState::appServers) until a synchronisation copies one node's to the others. */
struct Cluster
{
    QString name;
    QString configuration;
    QStringList nodes;
    QList<HacmpAdapter> adapters;
    QList<ResourceGroup> groups;
};

/** One event waiting for the cluster manager (HACMP processes events after rc.cluster, clstop or a node's
 * failure has returned, one at a time, cluster-wide). */
struct ClusterEvent
{
    QString name; ///< node_up | node_down | reconfig_resource (a synchronisation on an active cluster)
    QString node; ///< the node joining or leaving
    QString mode; ///< node_down: graceful | takeover | forced | failure (the node went down unannounced)
};

struct Member
{
    QString root;
    bool up = true;
    bool clusterManager = false; ///< clstrmgr active
};

/** Everything kept with the shared disks: disks, their VGDAs, the cluster and who is in it. */
struct SharedState
{
    QMap<QString, Disk> disks;
    QMap<QString, VolumeGroup> vgs; ///< by id
    Cluster cluster;
    QMap<QString, Member> members; ///< by node name
    int serial = 0;                ///< for new ids
    QList<ClusterEvent> events;    ///< queued, oldest first
    qint64 managerPid = 0;         ///< the simulated cluster manager processing them; 0: none runs

    QString newId(const QString& prefix);
};

struct DceState
{
    QString cell;
    QStringList components;    ///< configured DCE components (sec_srv, cds_srv, all_cl, …)
    QStringList dfsComponents; ///< configured DFS components
    QString configEnvironment; ///< RPC_UNSUPPORTED_NETADDRS as mkdce saw it in its environment
    QString cacheDir;
    /** Where DFS found its cache when it last started (CacheInfo's directory): `local DEVICE` (a local
     * filesystem mounted there), `shared DEVICE` (a directory on a shared filesystem, which the guide
     * forbids), `hidden DEVICE` (its own filesystem is mounted there but covered by a later mount), `root`,
     * `missing`. */
    QString cachePlacement;
    bool dceRunning = false;
    bool dfsRunning = false;
    QStringList aggregates;
};

/** What one node keeps in its own ODM and kernel. */
struct NodeState
{
    QString node;
    QString sharedDasd; ///< the shared DASD directory this node was laid down with
    QString hostname;
    QString aixLevel;
    QMap<QString, Disk> disks;           ///< local disks only
    QMap<QString, VolumeGroup> localVgs; ///< by id (rootvg)
    QMap<QString, VgRef> vgNames;        ///< name → VGDA id, for local and imported VGs
    QList<int> majorsInUse;
    QList<Interface> interfaces;
    QList<Mount> mounts;
    QMap<QString, QString> filesets; ///< installed fileset → level
    DceState dce;
    QMap<QString, AppServer> appServers; ///< HACMP's application servers as this node's ODM holds them
    /** The ones in effect in its cluster manager (HACMP's active configuration): taken at its start and at
     * each dynamic reconfiguration. */
    QMap<QString, AppServer> activeAppServers;
    /** The demo application's instances running here (dceapp start NAME): name → the addresses it serves. */
    QMap<QString, QStringList> applications;
    int bootCount = 1;
    QString bootTime;
    bool halted = false;
};

} // namespace aixsim
