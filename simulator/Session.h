#pragma once

#include "FilesystemsFile.h"
#include "Journal.h"
#include "Messages.h"
#include "State.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace aixsim {

class Session;

/** One simulated node: its root directory, its ODM state and the operations on it that more than one
 * command needs (finding LVs, mounting, varying on). A Session may hold several (HACMP acts across
 * nodes). */
class Node
{
public:
    Node(Session& session, QString root, NodeState state);

    QString root() const { return m_root; }
    NodeState& state() { return m_state; }
    const QString& name() const { return m_state.node; }
    /** Path on this machine for a path on the node. */
    QString hostPath(const QString& nodePath) const;

    struct LvRef
    {
        QString vgName;
        VolumeGroup* vg = nullptr;
        LogicalVolume* lv = nullptr;
        explicit operator bool() const { return lv != nullptr; }
    };
    VolumeGroup* vg(const QString& name);
    QString vgName(const QString& vgId) const;
    LvRef findLv(const QString& lvName);
    QList<LvRef> allLvs();
    /** AIX's rule: a new device name must not be any existing LV, VG or disk name on this node. */
    bool deviceNameUsed(const QString& name);
    bool variedOn(const VolumeGroup& vg) const { return !vg.shared || vg.variedOnBy == name(); }
    QString lvDataDir(const VolumeGroup& vg, const LogicalVolume& lv) const;
    int totalPps(const VolumeGroup& vg);
    /** The next free default name with @p prefix (loglv, fslv, lv): prefix + two digits. */
    QString nextDefaultName(const QString& prefix);

    FilesystemsFile filesystems() const;
    void saveFilesystems(const FilesystemsFile& file);

    const Mount* mountAt(const QString& mountPoint) const;
    /** The mounted filesystem that holds @p nodePath now, following the path as the kernel does (a mount
     * point is a link to its LV's data): one mounted below a later mount no longer holds its own mount
     * point. Null: the root filesystem. */
    const Mount* filesystemHolding(const QString& nodePath);
    /** @param logDevice the log the filesystem's stanza names (`/dev/NAME`); empty: the one crfs recorded.
     * @return an empty string, or the reason text for 0506-324. */
    QString mount(const QString& device, const QString& mountPoint, const QString& logDevice = QString());
    /** True when the LV is open: its filesystem mounted, or for a jfslog, any filesystem using it mounted. */
    bool lvOpen(const LogicalVolume& lv);
    /** @return empty, or the message id (0506-347 not mounted, 0506-349 busy). */
    QString unmount(const QString& mountPoint);
    /** Unmounts everything this node mounted from @p vgName (reverse order), ignoring busy. */
    void unmountVg(const QString& vgName);

    /** @return empty on success, else the message id explaining the refusal (0516-013 reserved). */
    QString varyOn(const QString& vgName);
    void varyOff(const QString& vgName);

    /** Reboot or halt as AIX's shutdown does: no HACMP stop scripts, mounts gone, disks released. */
    void goDown();
    /** Boot: auto-varyon VGs, mount `mount = true` filesystems, boot addresses on the adapters. */
    void boot();

    /** Reads or writes a file under the root (plain, no backup: this is the node's own program writing). */
    QByteArray readFile(const QString& nodePath) const;
    void writeFile(const QString& nodePath, const QByteArray& content);

private:
    Session& m_session;
    QString m_root;
    NodeState m_state;
};

/** @brief One aixsim invocation: the lock over the shared DASD, the state of the nodes it touches, and
 * the command's output. Everything a command changes is saved together at the end. */
class Session
{
public:
    Session(QString root, QString sharedDasd, QString nodeHint, QString configurationHint);
    ~Session();
    /** Lay a new shared DASD down from this described cluster instead of the demo (ClusterDescription.h); a
     * shared DASD laid down from another description (or the demo) is refused with it. */
    void setClusterFile(const QString& file) { m_clusterFile = file; }

    /** Locks, loads (laying down the demo node and shared DASD on first use). */
    bool open(QString* error);
    /** Locks and loads a node that must exist already (the cluster manager: a node removed meanwhile is
     * not laid down again). */
    bool openExisting(QString* error);
    /** Makes sure a cluster manager process (`aixsim … clstrmgr`, detached, its own session) processes
     * the queued HACMP events; records its process id in the shared state. */
    void startClusterManager();
    /** Writes every loaded node's state and the shared state. */
    bool save(QString* error = nullptr);
    /** Releases the lock (e.g. to run an application-server script that calls aixsim itself). */
    void unlock();
    bool relock(QString* error);
    /** Saves, releases the lock, runs @p work (which may call aixsim, on this node or another), then locks
     * again and reloads every node's state in place: Node pointers stay valid, VG and LV pointers do not. */
    template <typename Fn> void outsideLock(Fn work)
    {
        save();
        unlock();
        work();
        QString error;
        relock(&error);
        reload();
    }
    void reload();

    /** The command's changes to files, committed with its state in save(), all or nothing. */
    Journal& journal() { return m_journal; }

    Node& self() { return *m_self; }
    SharedState& shared() { return m_shared; }
    QString sharedDir() const { return m_sharedDir; }
    /** Another cluster node by name (loaded on demand), or nullptr when it never joined. */
    Node* node(const QString& name);

    void out(const QString& text);
    void err(const QString& text);
    /** Prints message @p id to stderr and returns @p exitCode. */
    int fail(const QString& id, const QStringList& args = {}, int exitCode = 1);
    QString msg(const QString& id, const QStringList& args = {}) const
    {
        return Messages::table().text(id, args);
    }

    /** Where aixsim itself is (for running scripts that call the simulated commands). */
    static QString selfPath();

private:
    void linkCommands();
    bool loadNode(const QString& root, NodeState* state, QString* error);
    bool layDownShared(QString* error);
    NodeState layDownNode(const QString& nodeName, const QString& root);

    QString m_root;
    QString m_sharedDir;
    QString m_nodeHint;
    QString m_configurationHint;
    QString m_clusterFile; ///< a described cluster (--cluster, AIXSIM_CLUSTER); empty: the demo
    QString m_sharedGiven;
    int m_lockFd = -1;
    SharedState m_shared;
    std::unique_ptr<Node> m_self;
    QMap<QString, std::shared_ptr<Node>> m_others;
    Journal m_journal;
    QHash<QString, QByteArray> m_onDisk; ///< each state file's bytes as last read or written
};

} // namespace aixsim
