#include "HacmpCluster.h"

#include "Session.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace aixsim {

namespace {

const QString kHacmpOut = QStringLiteral("/tmp/hacmp.out");

} // namespace

ResourceGroup* HacmpCluster::group(const QString& name)
{
    for (auto& g : m_session.shared().cluster.groups)
        if (g.name == name)
            return &g;
    return nullptr;
}

bool HacmpCluster::active(const QString& nodeName)
{
    const Member m = m_session.shared().members.value(nodeName);
    return m.up && m.clusterManager;
}

QStringList HacmpCluster::activeNodes()
{
    QStringList out;
    for (const auto& name : m_session.shared().cluster.nodes)
        if (active(name))
            out << name;
    return out;
}

void HacmpCluster::log(const QStringList& nodes, const QString& id, const QStringList& args)
{
    const QString line = QDateTime::currentDateTime().toString(QStringLiteral("MMM dd HH:mm:ss ")) +
                         m_session.msg(id, args) + QLatin1Char('\n');
    for (const auto& name : nodes)
        if (Node* node = m_session.node(name)) {
            const QString path = node->hostPath(kHacmpOut);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile out(path);
            if (out.open(QIODevice::Append))
                out.write(line.toUtf8());
        }
}

void HacmpCluster::failed(const QStringList& nodes, const QString& event, const QString& why)
{
    log(nodes, QStringLiteral("hacmp-event-failed"), {event, why});
}

void HacmpCluster::queue(const ClusterEvent& e)
{
    m_session.shared().events << e;
    m_session.startClusterManager();
}

int HacmpCluster::start()
{
    Node& self = m_session.self();
    if (!self.state().filesets.contains(QStringLiteral("cluster.base.server.rte")))
        return m_session.fail(QStringLiteral("hacmp-not-installed"), {QStringLiteral("rc.cluster")});
    if (active(self.name()))
        return m_session.fail(QStringLiteral("hacmp-running"));
    Member& me = m_session.shared().members[self.name()];
    me.up = true;
    me.clusterManager = true;
    m_session.out(QStringLiteral("0513-059 The clstrmgr Subsystem has been started. Subsystem PID is %1.\n")
                      .arg(20000 + self.state().bootCount));
    // The join itself is an event: it happens after this command has returned.
    queue({QStringLiteral("node_up"), self.name(), QString()});
    return 0;
}

int HacmpCluster::stop(StopMode mode)
{
    Node& self = m_session.self();
    if (!self.state().filesets.contains(QStringLiteral("cluster.base.server.rte")))
        return m_session.fail(QStringLiteral("hacmp-not-installed"), {QStringLiteral("clstop")});
    if (!active(self.name()))
        return m_session.fail(QStringLiteral("hacmp-not-running"));
    for (const auto& e : m_session.shared().events)
        if (e.name == QLatin1String("node_down") && e.node == self.name())
            return m_session.fail(QStringLiteral("hacmp-stopping"));
    queue({QStringLiteral("node_down"), self.name(),
           mode == StopMode::Forced             ? QStringLiteral("forced")
           : mode == StopMode::GracefulTakeover ? QStringLiteral("takeover")
                                                : QStringLiteral("graceful")});
    m_session.out(QStringLiteral("0513-044 The clstrmgr Subsystem was requested to stop.\n"));
    return 0;
}

void HacmpCluster::nodeDown(const QString& nodeName)
{
    Node* node = m_session.node(nodeName);
    if (!node)
        return;
    const bool wasActive = active(nodeName);
    node->goDown();
    m_session.shared().members[nodeName].clusterManager = false;
    // The surviving cluster managers notice the loss afterwards and take the node's groups over; until
    // then the groups are still shown where they were.
    if (wasActive && !activeNodes().isEmpty()) {
        queue({QStringLiteral("node_down"), nodeName, QStringLiteral("failure")});
        return;
    }
    // No cluster manager survives to notice: the node's resources went down with it and no node holds
    // its groups.
    for (auto& g : m_session.shared().cluster.groups)
        if (g.holder == nodeName)
            g.holder.clear();
}

int HacmpCluster::synchronise()
{
    Node& self = m_session.self();
    if (!self.state().filesets.contains(QStringLiteral("cluster.base.server.rte")))
        return m_session.fail(QStringLiteral("hacmp-not-installed"), {QStringLiteral("cldare")});
    const QStringList running = activeNodes();
    if (!running.isEmpty() && !running.contains(self.name()))
        return m_session.fail(QStringLiteral("hacmp-sync-refused"),
                              {self.name(), running.join(QLatin1Char(' '))});
    QStringList reached;
    for (const auto& name : m_session.shared().cluster.nodes) {
        if (name == self.name())
            continue;
        Node* other = m_session.node(name);
        if (!other || !m_session.shared().members.value(name).up)
            return m_session.fail(QStringLiteral("hacmp-sync-unreachable"), {name});
        other->state().appServers = self.state().appServers;
        reached << name;
    }
    m_session.out(m_session.msg(QStringLiteral("hacmp-sync-done"), {reached.join(QLatin1Char(' '))}) +
                  QLatin1Char('\n'));
    // With the cluster manager active here, the synchronisation is a dynamic reconfiguration, processed
    // like any event after the command returns (SG24-5131, 8.5.2).
    if (!running.isEmpty())
        queue({QStringLiteral("reconfig_resource"), self.name(), QString()});
    return 0;
}

void HacmpCluster::reconfigure()
{
    const QStringList nodes = activeNodes();
    if (nodes.isEmpty())
        return;
    // The events SG24-5131 (8.5.2) names as marking a dynamic reconfiguration's progress. Only what differs
    // from a node's active configuration is acted on: a server added (or changed) in a group the node holds
    // is started there. (Servers removed or changed are not stopped first: the wizard never does either.)
    const QString release = QStringLiteral("reconfig_resource_release");
    log(nodes, QStringLiteral("hacmp-event-start"), {release});
    log(nodes, QStringLiteral("hacmp-event-completed"), {release, QStringLiteral("0")});
    const QString acquire = QStringLiteral("reconfig_resource_acquire");
    log(nodes, QStringLiteral("hacmp-event-start"), {acquire});
    QStringList names;
    for (const auto& g : m_session.shared().cluster.groups)
        names << g.name;
    bool ok = true;
    for (const auto& groupName : names) {
        const QString holder = group(groupName)->holder;
        if (holder.isEmpty() || !active(holder))
            continue;
        for (const auto& server : QStringList(group(groupName)->appServers)) {
            Node* node = m_session.node(holder);
            const AppServer app = node->state().appServers.value(server);
            if (app.start.isEmpty() || node->state().activeAppServers.value(server) == app)
                continue;
            ok = runScript(holder, app.start, QStringLiteral("start_server ") + server) && ok;
        }
    }
    // The new configuration is the active one on every active node, whatever its scripts did.
    for (const auto& name : nodes)
        m_session.node(name)->state().activeAppServers = m_session.node(name)->state().appServers;
    if (!ok) {
        failed(nodes, acquire, m_session.msg(QStringLiteral("hacmp-see-above")));
        return;
    }
    log(nodes, QStringLiteral("hacmp-event-completed"), {acquire, QStringLiteral("0")});
    const QString complete = QStringLiteral("reconfig_resource_complete");
    log(nodes, QStringLiteral("hacmp-event-start"), {complete});
    log(nodes, QStringLiteral("hacmp-event-completed"), {complete, QStringLiteral("0")});
}

bool HacmpCluster::processNextEvent()
{
    auto& events = m_session.shared().events;
    if (events.isEmpty())
        return false;
    const ClusterEvent e = events.takeFirst();
    // Taken off the queue on disk before its work: an event runs at most once.
    m_session.save();
    if (e.name == QLatin1String("node_up"))
        nodeUp(e.node);
    else if (e.name == QLatin1String("reconfig_resource"))
        reconfigure();
    else
        nodeLeft(e.node, e.mode);
    return true;
}

void HacmpCluster::nodeUp(const QString& joining)
{
    if (!active(joining)) // stopped or gone down before its join was processed
        return;
    const QStringList nodes = activeNodes();
    const QString name = QStringLiteral("node_up ") + joining;
    log(nodes, QStringLiteral("hacmp-event-start"), {name});
    Node* self = m_session.node(joining);
    for (const auto& other : nodes) {
        Node* peer = m_session.node(other);
        if (other == joining || !peer || peer->state().appServers == self->state().appServers)
            continue;
        // HACMP denies the join of a node whose configuration is not the active cluster's.
        failed(nodes, name, m_session.msg(QStringLiteral("hacmp-out-of-sync"), {joining, other}));
        m_session.shared().members[joining].clusterManager = false;
        return;
    }
    // Its configuration is now the one its cluster manager runs with.
    self->state().activeAppServers = self->state().appServers;
    QStringList names;
    for (const auto& g : m_session.shared().cluster.groups)
        names << g.name;
    for (const auto& groupName : names) {
        const ResourceGroup* g = group(groupName);
        const int mine = int(g->nodes.indexOf(joining));
        if (mine < 0)
            continue;
        bool ok = true;
        if (g->holder.isEmpty()) {
            bool first = true;
            if (g->policy == QLatin1String("cascading"))
                for (int i = 0; i < mine; ++i)
                    first = first && !active(g->nodes.at(i));
            if (first)
                ok = acquire(joining, groupName, joining != g->nodes.first());
        } else if (g->policy == QLatin1String("cascading") && g->holder != joining &&
                   mine < g->nodes.indexOf(g->holder)) {
            // Reintegration: the lower-priority holder gives the group back.
            const QString holder = g->holder;
            ok = release(holder, groupName, true) && acquire(joining, groupName, false);
        }
        if (!ok) {
            // HACMP stops processing at a failed event (the cluster is unstable until an operator acts):
            // no node_up_complete.
            failed(nodes, name, m_session.msg(QStringLiteral("hacmp-see-above")));
            return;
        }
    }
    log(nodes, QStringLiteral("hacmp-event-completed"), {name, QStringLiteral("0")});
    const QString complete = QStringLiteral("node_up_complete ") + joining;
    log(nodes, QStringLiteral("hacmp-event-start"), {complete});
    log(nodes, QStringLiteral("hacmp-event-completed"), {complete, QStringLiteral("0")});
}

void HacmpCluster::nodeLeft(const QString& leaving, const QString& mode)
{
    const bool failure = mode == QLatin1String("failure");
    QStringList nodes = activeNodes();
    if (!failure && !nodes.contains(leaving))
        return;
    const QString name = QStringLiteral("node_down ") + leaving +
                         (mode == QLatin1String("graceful")   ? QStringLiteral(" graceful")
                          : mode == QLatin1String("takeover") ? QStringLiteral(" graceful with takeover")
                          : mode == QLatin1String("forced")   ? QStringLiteral(" forced")
                                                              : QString());
    log(nodes, QStringLiteral("hacmp-event-start"), {name});
    QStringList held;
    for (const auto& g : m_session.shared().cluster.groups)
        if (g.holder == leaving)
            held << g.name;
    bool ok = true;
    if (failure) {
        // The node's resources went with it: nothing to release, the survivors take over.
        for (const auto& groupName : held)
            group(groupName)->holder.clear();
        for (const auto& groupName : held)
            if (const QString next = successor(groupName, leaving); !next.isEmpty())
                ok = acquire(next, groupName, true) && ok;
    } else if (mode != QLatin1String("forced")) {
        for (const auto& groupName : held)
            ok = release(leaving, groupName, true) && ok;
        m_session.shared().members[leaving].clusterManager = false;
        if (ok && mode == QLatin1String("takeover"))
            for (const auto& groupName : held)
                if (const QString next = successor(groupName, leaving); !next.isEmpty())
                    ok = acquire(next, groupName, true) && ok;
    }
    m_session.shared().members[leaving].clusterManager = false;
    if (!ok) {
        failed(nodes, name, m_session.msg(QStringLiteral("hacmp-see-above")));
        return;
    }
    log(nodes, QStringLiteral("hacmp-event-completed"), {name, QStringLiteral("0")});
    const QString complete = QStringLiteral("node_down_complete ") + leaving;
    log(nodes, QStringLiteral("hacmp-event-start"), {complete});
    log(nodes, QStringLiteral("hacmp-event-completed"), {complete, QStringLiteral("0")});
}

QString HacmpCluster::successor(const QString& groupName, const QString& leaving)
{
    const ResourceGroup* g = group(groupName);
    if (!g)
        return {};
    for (const auto& candidate : g->nodes)
        if (candidate != leaving && active(candidate))
            return candidate;
    return {};
}

bool HacmpCluster::acquire(const QString& nodeName, const QString& groupName, bool takeover)
{
    Node* node = m_session.node(nodeName);
    ResourceGroup* g = group(groupName);
    if (!node || !g)
        return false;
    const QString name = QStringLiteral("acquire %1 on %2").arg(groupName, nodeName);
    log({nodeName}, QStringLiteral("hacmp-event-start"), {name});
    // Service address: onto the node's own boot adapter, or on takeover of another node's label, onto this
    // node's standby adapter (HACMP 4's IP address takeover).
    for (const auto& label : g->serviceLabels) {
        for (const auto& a : m_session.shared().cluster.adapters) {
            if (a.label != label)
                continue;
            QString interfaceName = a.interface;
            const bool rotating = g->policy == QLatin1String("rotating");
            if (a.node != nodeName || (takeover && !rotating)) {
                interfaceName.clear();
                for (const auto& mine : m_session.shared().cluster.adapters)
                    if (mine.node == nodeName &&
                        mine.type == (rotating || a.node == nodeName ? QLatin1String("boot")
                                                                     : QLatin1String("standby")))
                        interfaceName = mine.interface;
            }
            for (auto& i : node->state().interfaces)
                if (i.name == interfaceName)
                    i.address = a.address;
        }
    }
    for (const auto& vg : g->vgs) {
        const QString why = node->varyOn(vg);
        if (!why.isEmpty()) {
            failed({nodeName}, QStringLiteral("get_disk_vg_fs ") + vg,
                   m_session.msg(why, {QStringLiteral("varyonvg"), vg}));
            return false;
        }
    }
    FilesystemsFile fs = node->filesystems();
    for (const auto& mp : g->filesystems) {
        const FilesystemsFile::Stanza* st = fs.find(mp);
        const QString why =
            st ? node->mount(st->value(QStringLiteral("dev")), mp, st->value(QStringLiteral("log")))
               : m_session.msg(QStringLiteral("0506-915"), {QStringLiteral("mount"), mp});
        if (!why.isEmpty() && !node->mountAt(mp)) {
            failed({nodeName}, QStringLiteral("get_disk_vg_fs ") + mp, why);
            return false;
        }
    }
    g->holder = nodeName;
    bool ok = true;
    const QStringList servers = g->appServers;
    for (const auto& server : servers) {
        // The node's own definition: one never synchronised to it is not there.
        const AppServer app = node->state().appServers.value(server);
        if (!app.start.isEmpty())
            ok = runScript(nodeName, app.start, QStringLiteral("start_server ") + server) && ok;
        node = m_session.node(nodeName); // the script ran outside the lock: the state was reloaded
    }
    log({nodeName}, QStringLiteral("hacmp-event-completed"),
        {name, ok ? QStringLiteral("0") : QStringLiteral("1")});
    return ok;
}

bool HacmpCluster::release(const QString& nodeName, const QString& groupName, bool runStopScripts)
{
    Node* node = m_session.node(nodeName);
    if (!node || !group(groupName))
        return false;
    const QString name = QStringLiteral("release %1 on %2").arg(groupName, nodeName);
    log({nodeName}, QStringLiteral("hacmp-event-start"), {name});
    bool ok = true;
    if (runStopScripts) {
        QStringList servers = group(groupName)->appServers;
        std::reverse(servers.begin(), servers.end());
        for (const auto& server : servers) {
            const AppServer app = m_session.node(nodeName)->state().appServers.value(server);
            if (!app.stop.isEmpty())
                ok = runScript(nodeName, app.stop, QStringLiteral("stop_server ") + server) && ok;
        }
        node = m_session.node(nodeName);
    }
    ResourceGroup* g = group(groupName);
    for (int i = int(g->filesystems.size()) - 1; i >= 0; --i) {
        const QString mp = g->filesystems.at(i);
        if (!node->mountAt(mp))
            continue;
        const QString why = node->unmount(mp);
        if (!why.isEmpty()) {
            failed({nodeName}, QStringLiteral("release_vg_fs ") + mp, m_session.msg(why, {mp}));
            ok = false;
        }
    }
    if (ok)
        for (const auto& vg : g->vgs)
            node->varyOff(vg);
    QStringList addresses;
    for (const auto& a : m_session.shared().cluster.adapters)
        if (g->serviceLabels.contains(a.label))
            addresses << a.address;
    for (auto& i : node->state().interfaces)
        if (addresses.contains(i.address))
            i.address = i.bootAddress;
    if (ok)
        g->holder.clear();
    log({nodeName}, QStringLiteral("hacmp-event-completed"),
        {name, ok ? QStringLiteral("0") : QStringLiteral("1")});
    return ok;
}

bool HacmpCluster::runScript(const QString& nodeName, const QString& script, const QString& eventName)
{
    Node* node = m_session.node(nodeName);
    const QString root = node->root();
    const QString host = node->hostPath(script);
    log({nodeName}, QStringLiteral("hacmp-event-start"), {eventName});
    if (!QFileInfo(host).isExecutable()) {
        failed({nodeName}, eventName, m_session.msg(QStringLiteral("hacmp-script-missing"), {script}));
        return false;
    }
    // The script's AIX commands are the simulated node's: its directory of links to aixsim goes on PATH.
    const QString bin = root + QStringLiteral("/.aixsim/bin");
    int exitCode = -1;
    const QString shared = m_session.sharedDir();
    const QString out = node->hostPath(kHacmpOut);
    m_session.outsideLock([&] {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AIXSIM_ROOT"), root);
        env.insert(QStringLiteral("AIXSIM_SHARED_DASD"), shared);
        env.insert(QStringLiteral("AIXSIM_NODE"), nodeName);
        env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(root);
        // As HACMP does, the script's output goes to hacmp.out, where the operator reads why it failed.
        p.setStandardOutputFile(out, QIODevice::Append);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(host, {});
        p.closeWriteChannel();
        if (p.waitForFinished(10 * 60 * 1000))
            exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    });
    if (exitCode != 0) {
        failed({nodeName}, eventName,
               m_session.msg(QStringLiteral("hacmp-script-failed"), {script, QString::number(exitCode)}));
        return false;
    }
    log({nodeName}, QStringLiteral("hacmp-event-completed"), {eventName, QStringLiteral("0")});
    return true;
}

} // namespace aixsim
