#pragma once

#include "system/System.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace dceha {

/** @brief What the node says of itself, read-only, for the pages that fill answers in and for the node
 * checks: its addresses with HACMP's labels, its disks, a volume group's space. One place that runs and
 * parses these queries (`ifconfig -a`, `cllsif -c`, `lspv`, `lsvg VG`; see resources/aix-commands.yaml). */
class NodeDiscovery
{
public:
    /** One address of the node, with what HACMP says of it. */
    struct Adapter
    {
        QString interface; ///< empty for a service address HACMP has not moved here yet
        QString address;
        QString label; ///< HACMP's IP label, empty when HACMP does not know the address
        QString type;  ///< service, boot or standby (cllsif), empty when unknown
    };
    /** One disk of the node (lspv). */
    struct Disk
    {
        QString name, pvid, vg; ///< vg: "None" when in no volume group
    };
    struct Space
    {
        int totalMb = 0;
        int freeMb = 0;
    };
    /** One line of `cllsif -c` (label:type:network:net_type:attribute:node:address:…). */
    struct HacmpInterface
    {
        QString label, type, network, node, address;
    };

    /** One of HACMP's resource groups (cllsgrp, cllsres -g, odmget HACMPgroup). */
    struct ResourceGroup
    {
        QString name;
        QString policy;    ///< cascading, rotating or concurrent
        QStringList nodes; ///< in priority order: the first is the home node
        QStringList serviceLabels, volumeGroups, filesystems, applicationServers;
    };

    /** An HACMP application server (cllsserv: name, start script, stop script). */
    struct AppServer
    {
        QString name, start, stop;
    };

    /** The cluster as this node sees it, read once, for deriving answers (DiscoveredAnswers.h). */
    struct ClusterView
    {
        QString hostname;
        QList<Adapter> adapters;
        QList<HacmpInterface> interfaces;
        QList<ResourceGroup> groups;
        QList<AppServer> appServers;
        QList<Disk> disks;
        QMap<QString, qint64> diskSizeMb; ///< bootinfo -s, for the disks in no VG (absent: unreadable)
        QString freeMajors;               ///< lvlstmajor's output
        std::optional<Space> rootvg;
        int rootvgPpMb = 0;
        bool installMediaPresent = false; ///< /dev/cd0
        QMap<QString, QString> filesets;  ///< lslpp -l: fileset → level
        QStringList problems;             ///< listings that could not be read ("cllsif -c: …")
    };

    explicit NodeDiscovery(System& system) : m_system(system) {}

    /** Everything discovery reads, each listing once; read-only. */
    ClusterView clusterView();
    /** HACMP's application servers; empty (and @p why) when cllsserv fails. */
    QList<AppServer> appServers(QString* why = nullptr);
    /** A disk's size in MB (bootinfo -s); 0 when it cannot be read. */
    qint64 diskSizeMb(const QString& disk);

    /** HACMP's interfaces of the cluster; nullopt (and @p why) when cllsif cannot be run or fails. */
    std::optional<QList<HacmpInterface>> hacmpInterfaces(QString* why = nullptr);
    /** The node's addresses (ifconfig -a, without the loopback) with HACMP's labels; the service addresses
     * HACMP has not moved here yet (before the cluster starts) are listed too, without an interface. */
    QList<Adapter> adapters();
    /** The same with HACMP's interfaces already read (cllsif is not asked again). */
    QList<Adapter> adapters(const QList<HacmpInterface>& hacmp);
    QList<Disk> disks();
    /** A volume group's size and free space (lsvg VG); nullopt when the node has no such active VG. */
    std::optional<Space> volumeGroupSpace(const QString& vg);

    /** HACMP's resource groups with their policy, nodes and resources; nullopt (and @p why, naming the
     * command) when one of the listings cannot be run or fails. */
    std::optional<QList<ResourceGroup>> resourceGroups(QString* why = nullptr);
    /** The node's host name (empty when `hostname` fails). */
    QString hostname();

    /** `cllsres` output: KEYWORD → its values (blank-separated inside the quotes; `""` none). */
    static QMap<QString, QStringList> parseCllsres(const QString& text);
    /** `odmget` output: one map per stanza, attribute → value (quotes removed). */
    static QList<QMap<QString, QString>> parseOdmStanzas(const QString& text);
    /** The lines of `cllsif -c` output, comments skipped. */
    static QList<HacmpInterface> parseCllsif(const QString& text);

private:
    CommandResult query(const QStringList& argv);
    System& m_system;
};

} // namespace dceha
