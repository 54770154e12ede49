#pragma once

#include "State.h"

#include <QString>
#include <QStringList>

namespace aixsim {

class Session;
class Node;
struct ResourceGroup;

/** @brief The simulated HACMP cluster manager: the commands that start and stop it, and the events it
 * processes afterwards.
 *
 * As on HACMP 4.x, `rc.cluster` and `clstop` only queue an event and return: the cluster manager (a
 * separate, detached `aixsim … clstrmgr` process, see Session::startClusterManager) processes the events
 * later, one at a time cluster-wide, and writes their progress to each taking part node's /tmp/hacmp.out
 * (`EVENT START: node_up A` … `EVENT COMPLETED: node_up_complete A`). A query in between shows the state
 * as it is: the service address not yet up, the filesystems not yet mounted.
 *
 * The resource-group policy: cascading — the highest-priority active node holds the group and takes it
 * back when it rejoins; rotating — the first node up keeps it, a returning node stays standby; mutual
 * takeover is two cascading groups with opposite priorities. Acquiring = service address onto an adapter,
 * vary on the VGs, mount the filesystems, run the application-server start scripts; releasing is the
 * reverse, stop scripts first. A node whose application servers differ from the active nodes' (not
 * synchronised) is refused when it joins. */
class HacmpCluster
{
public:
    explicit HacmpCluster(Session& session) : m_session(session) {}

    /** rc.cluster on this node (or at boot, from /etc/inittab). @return the exit code. */
    int start();
    enum class StopMode
    {
        Graceful,
        GracefulTakeover,
        Forced
    };
    /** clstop on this node. */
    int stop(StopMode mode);
    /** The node went down without a graceful stop (shutdown, crash): no stop scripts; the surviving
     * active nodes' cluster manager takes its groups over afterwards. */
    void nodeDown(const QString& nodeName);
    /** Synchronise Cluster Resources from this node: its application servers to every other node; with
     * the cluster manager active here, a dynamic reconfiguration event follows.
     * @return the exit code (refused while other nodes' cluster managers run but not this one's). */
    int synchronise();

    /** The cluster manager's work: processes the oldest queued event. @return false when none was left. */
    bool processNextEvent();

private:
    void queue(const ClusterEvent& e);
    void nodeUp(const QString& nodeName);
    void nodeLeft(const QString& nodeName, const QString& mode);
    /** A dynamic reconfiguration after a synchronisation: the application servers of held groups that
     * differ from their holder's active configuration are started there; the new one becomes active. */
    void reconfigure();
    bool acquire(const QString& nodeName, const QString& groupName, bool takeover);
    bool release(const QString& nodeName, const QString& groupName, bool runStopScripts);
    /** The active node that should take @p groupName now that its holder left, excluding @p leaving. */
    QString successor(const QString& groupName, const QString& leaving);
    bool runScript(const QString& nodeName, const QString& script, const QString& event);
    ResourceGroup* group(const QString& name);
    bool active(const QString& nodeName);
    QStringList activeNodes();
    /** Writes one hacmp.out line (message @p id of the table, with @p args) on each of @p nodes. */
    void log(const QStringList& nodes, const QString& id, const QStringList& args);
    /** A failed event: its line on @p nodes, and the cluster manager goes on with the next event. */
    void failed(const QStringList& nodes, const QString& event, const QString& why);

    Session& m_session;
};

} // namespace aixsim
