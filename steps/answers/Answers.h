#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dceha {

/** @brief The administrator's answers: which HACMP configuration, which role, and the names and sizes the
 * procedure needs. Read from an answers file (YAML; see resources/answers/) or collected by the GUI.
 * Never holds a secret: the cell_admin password is asked when needed and never stored. */
struct Answers
{
    struct Filesystem
    {
        QString mount;
        QString lv;
        int sizeMb = 0;
    };
    struct Aggregate
    {
        QString lv;
        QString name;
        int sizeMb = 0;
    };
    struct SharedVg
    {
        bool present = false;
        QString name;
        QStringList disks;
        QString jfslog;
        int major = 0;    ///< 0: the lowest free on this node (lvlstmajor); must be free on both nodes
        int ppSizeMb = 4; ///< PP size given to mkvg
        QList<Filesystem> filesystems;
    };
    struct DfsCache
    {
        bool present = false;
        QString vg;
        QString lv;
        int sizeMb = 0;
        QString mount = QStringLiteral("/var/dce/adm/dfs/cache");
    };
    /** A user application the scripts start after DCE/DFS and stop before (guide: "tailor the sample scripts
     * for additional user applications"). Commands are argument lists, never shell text. */
    struct Application
    {
        QString name;
        QStringList start;
        QStringList stop;
    };
    struct Dce
    {
        QString installMedia = QStringLiteral("/dev/cd0");
        QStringList servers;
        QStringList clients;
        QStringList filesets; ///< empty: the catalog's list for the chosen components
    };

    QString configuration;
    QString role;
    QString cellName;
    bool dfs = false;
    QString rotatingHostname;
    QStringList serviceAddresses;
    QStringList bootAddresses;
    QStringList standbyAddresses;
    /** Mutual takeover: the other node's own service address(es), which this node takes over when the
     * other node fails (guide, ch. 2). */
    QStringList peerServiceAddresses;
    SharedVg sharedVg;
    DfsCache dfsCache;
    QList<Aggregate> aggregates;
    Dce dce;
    QString scriptsDir = QStringLiteral("/usr/local/hacmp/dce");
    QString appServerName = QStringLiteral("dceserver");
    /** Mutual takeover: the other node's application server, whose scripts this node runs when it takes the
     * other node's resource group over (each node of a mutual takeover has its own). */
    QString peerAppServerName;
    QList<Application> applications;
    /** Mutual takeover: the other node's applications (its application server's), which this node starts
     * when it takes that node's resource group over. */
    QList<Application> peerApplications;
    bool eventWrappers = false;     ///< also install node_down post-event / node_up pre-event wrappers
    bool registerAppServer = false; ///< run claddserv for the application server (else it is printed)

    bool isOwner() const { return role == QLatin1String("owner"); }
    bool isMutualTakeover() const { return configuration == QLatin1String("mutual-takeover-cascading"); }
    bool isRotating() const { return configuration == QLatin1String("hot-standby-rotating"); }
    /** The DFS cache's mount point is a shared filesystem's or lies under one (the guide's default,
     * /var/dce/adm/dfs/cache, is under /var/dce): it must not be mounted at boot, but after HACMP has mounted
     * the shared one. Never in mutual takeover (no shared filesystems). */
    bool dfsCacheUnderShared() const
    {
        if (isMutualTakeover())
            return false;
        for (const auto& fs : sharedVg.filesystems)
            if (dfsCache.mount == fs.mount || dfsCache.mount.startsWith(fs.mount + QLatin1Char('/')))
                return true;
        return false;
    }
    /** Every address that is not a service address, colon-separated: RPC_UNSUPPORTED_NETADDRS. */
    QString excludedAddresses() const { return (bootAddresses + standbyAddresses).join(QLatin1Char(':')); }
    /** Mutual takeover, on this node running the other node's applications after a takeover: its own
     * original service address excluded as well, so that what it takes over keeps the failed node's address
     * (guide, ch. 2, Planning Considerations for DCE). */
    QString takeoverExcludedAddresses() const
    {
        return (bootAddresses + standbyAddresses + serviceAddresses).join(QLatin1Char(':'));
    }
    /** The mount points that live on shared DASD (the three DCE filesystems). */
    QStringList sharedMountPoints() const;

    static const QStringList& configurations();
};

/** One rejected answer: the field (dotted path, e.g. `shared_vg.filesystems[1].lv`) and the rule broken. */
struct AnswerError
{
    QString field;
    QString message;
    QString text() const { return field + QStringLiteral(": ") + message; }
};

} // namespace dceha
