#pragma once

#include <QString>
#include <QStringList>

namespace aixsim {

class Session;
class Node;
struct ResourceGroup;

/** @brief The simulated HACMP cluster manager's resource-group policy: who acquires a group on node_up, who
 * releases it on a graceful stop, who takes it over when a node goes down.
 *
 * Cascading: the highest-priority active node holds the group and takes it back when it rejoins.
 * Rotating: the first node up keeps it; a returning node stays standby. Mutual takeover is two cascading
 * groups with opposite priorities. Acquiring = service address onto an adapter, vary on the VGs, mount the
 * filesystems, run the application-server start scripts; releasing is the reverse, stop scripts first. */
class HacmpCluster
{
public:
    explicit HacmpCluster(Session& session) : m_session(session) {}

    /** rc.cluster on this node. @return the exit code (messages already printed). */
    int start();
    enum class StopMode
    {
        Graceful,
        GracefulTakeover,
        Forced
    };
    /** clstop on this node. */
    int stop(StopMode mode);
    /** The node went down without a graceful stop (shutdown, crash): no stop scripts, surviving active nodes
     * take its groups over. */
    void nodeDown(const QString& nodeName);

private:
    bool acquire(const QString& nodeName, const QString& groupName, bool takeover);
    bool release(const QString& nodeName, const QString& groupName, bool runStopScripts);
    /** The active node that should take @p groupName now that its holder left, excluding @p leaving. */
    QString successor(const QString& groupName, const QString& leaving);
    bool runScript(const QString& nodeName, const QString& script, const QString& event);
    ResourceGroup* group(const QString& name);
    bool active(const QString& nodeName);
    void event(const QString& text);

    Session& m_session;
};

} // namespace aixsim
