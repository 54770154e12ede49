#include "HacmpCluster.h"

#include "Session.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace aixsim {

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

void HacmpCluster::event(const QString& text)
{
    const QString line = QDateTime::currentDateTime().toString(QStringLiteral("MMM dd HH:mm:ss")) +
                         QStringLiteral(" EVENT ") + text + QLatin1Char('\n');
    m_session.out(line);
    Node& self = m_session.self();
    QFile log(self.hostPath(QStringLiteral("/tmp/hacmp.out")));
    if (log.open(QIODevice::Append))
        log.write(line.toUtf8());
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
    event(QStringLiteral("START: node_up ") + self.name());

    bool ok = true;
    QStringList names;
    for (const auto& g : m_session.shared().cluster.groups)
        names << g.name;
    for (const auto& name : names) {
        const ResourceGroup* g = group(name);
        const int mine = int(g->nodes.indexOf(self.name()));
        if (mine < 0)
            continue;
        if (g->holder.isEmpty()) {
            bool first = true;
            if (g->policy == QLatin1String("cascading"))
                for (int i = 0; i < mine; ++i)
                    first = first && !active(g->nodes.at(i));
            if (first)
                ok = acquire(self.name(), name, self.name() != g->nodes.first()) && ok;
        } else if (g->policy == QLatin1String("cascading") && g->holder != self.name() &&
                   mine < g->nodes.indexOf(g->holder)) {
            // Reintegration: the lower-priority holder gives the group back.
            const QString holder = g->holder;
            ok = release(holder, name, true) && ok;
            ok = acquire(self.name(), name, false) && ok;
        }
    }
    event(QStringLiteral("COMPLETED: node_up_complete ") + self.name());
    return ok ? 0 : 1;
}

int HacmpCluster::stop(StopMode mode)
{
    Node& self = m_session.self();
    if (!self.state().filesets.contains(QStringLiteral("cluster.base.server.rte")))
        return m_session.fail(QStringLiteral("hacmp-not-installed"), {QStringLiteral("clstop")});
    if (!active(self.name()))
        return m_session.fail(QStringLiteral("hacmp-not-running"));
    const QString me = self.name();
    event(QStringLiteral("START: node_down ") + me +
          (mode == StopMode::Forced             ? QStringLiteral(" forced")
           : mode == StopMode::GracefulTakeover ? QStringLiteral(" graceful with takeover")
                                                : QStringLiteral(" graceful")));
    bool ok = true;
    if (mode != StopMode::Forced) {
        QStringList held;
        for (const auto& g : m_session.shared().cluster.groups)
            if (g.holder == me)
                held << g.name;
        for (const auto& name : held)
            ok = release(me, name, true) && ok;
        m_session.shared().members[me].clusterManager = false;
        if (mode == StopMode::GracefulTakeover)
            for (const auto& name : held)
                if (const QString next = successor(name, me); !next.isEmpty())
                    ok = acquire(next, name, true) && ok;
    }
    m_session.shared().members[me].clusterManager = false;
    event(QStringLiteral("COMPLETED: node_down_complete ") + me);
    m_session.out(QStringLiteral("0513-044 The clstrmgr Subsystem was requested to stop.\n"));
    return ok ? 0 : 1;
}

void HacmpCluster::nodeDown(const QString& nodeName)
{
    Node* node = m_session.node(nodeName);
    if (!node)
        return;
    const bool wasActive = active(nodeName);
    QStringList held;
    for (auto& g : m_session.shared().cluster.groups)
        if (g.holder == nodeName) {
            held << g.name;
            g.holder.clear();
        }
    node->goDown();
    m_session.shared().members[nodeName].clusterManager = false;
    if (!wasActive)
        return;
    for (const auto& name : held)
        if (const QString next = successor(name, nodeName); !next.isEmpty()) {
            event(QStringLiteral("START: node_down_remote %1 (on %2)").arg(nodeName, next));
            acquire(next, name, true);
        }
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
    event(QStringLiteral("START: acquire %1 on %2").arg(groupName, nodeName));
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
            m_session.err(m_session.msg(QStringLiteral("hacmp-event-failed"),
                                        {QStringLiteral("get_disk_vg_fs"), vg,
                                         m_session.msg(why, {QStringLiteral("varyonvg"), vg})}) +
                          QLatin1Char('\n'));
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
            m_session.err(m_session.msg(QStringLiteral("hacmp-event-failed"),
                                        {QStringLiteral("get_disk_vg_fs"), mp, why}) +
                          QLatin1Char('\n'));
            return false;
        }
    }
    g->holder = nodeName;
    bool ok = true;
    const QStringList servers = g->appServers;
    for (const auto& server : servers) {
        const AppServer app = m_session.shared().cluster.servers.value(server);
        if (!app.start.isEmpty())
            ok = runScript(nodeName, app.start, QStringLiteral("start_server ") + server) && ok;
    }
    event(QStringLiteral("COMPLETED: acquire %1 on %2").arg(groupName, nodeName));
    return ok;
}

bool HacmpCluster::release(const QString& nodeName, const QString& groupName, bool runStopScripts)
{
    Node* node = m_session.node(nodeName);
    if (!node || !group(groupName))
        return false;
    event(QStringLiteral("START: release %1 on %2").arg(groupName, nodeName));
    bool ok = true;
    if (runStopScripts) {
        QStringList servers = group(groupName)->appServers;
        std::reverse(servers.begin(), servers.end());
        for (const auto& server : servers) {
            const AppServer app = m_session.shared().cluster.servers.value(server);
            if (!app.stop.isEmpty())
                ok = runScript(nodeName, app.stop, QStringLiteral("stop_server ") + server) && ok;
        }
    }
    ResourceGroup* g = group(groupName);
    for (int i = int(g->filesystems.size()) - 1; i >= 0; --i) {
        const QString mp = g->filesystems.at(i);
        if (!node->mountAt(mp))
            continue;
        const QString why = node->unmount(mp);
        if (!why.isEmpty()) {
            m_session.err(m_session.msg(QStringLiteral("hacmp-event-failed"),
                                        {QStringLiteral("release_vg_fs"), mp, m_session.msg(why, {mp})}) +
                          QLatin1Char('\n'));
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
    event(QStringLiteral("COMPLETED: release %1 on %2").arg(groupName, nodeName));
    return ok;
}

bool HacmpCluster::runScript(const QString& nodeName, const QString& script, const QString& eventName)
{
    Node* node = m_session.node(nodeName);
    const QString root = node->root();
    const QString host = node->hostPath(script);
    if (!QFileInfo(host).isExecutable()) {
        m_session.err(m_session.msg(QStringLiteral("hacmp-event-failed"),
                                    {eventName, script,
                                     QStringLiteral("the script does not exist or is not executable")}) +
                      QLatin1Char('\n'));
        return false;
    }
    // The script's AIX commands are the simulated node's: its directory of links to aixsim goes on PATH.
    const QString bin = root + QStringLiteral("/.aixsim/bin");
    int exitCode = -1;
    QByteArray output;
    const QString shared = m_session.sharedDir();
    m_session.outsideLock([&] {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AIXSIM_ROOT"), root);
        env.insert(QStringLiteral("AIXSIM_SHARED_DASD"), shared);
        env.insert(QStringLiteral("AIXSIM_NODE"), nodeName);
        env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(root);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(host, {});
        p.closeWriteChannel();
        if (p.waitForFinished(10 * 60 * 1000))
            exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        output = p.readAll();
    });
    QFile log(node->hostPath(QStringLiteral("/tmp/hacmp.out")));
    if (log.open(QIODevice::Append))
        log.write(output);
    event(QStringLiteral("%1 %2 exit %3").arg(eventName, script).arg(exitCode));
    if (exitCode != 0)
        m_session.err(m_session.msg(QStringLiteral("hacmp-event-failed"),
                                    {eventName, script, QStringLiteral("exit status %1").arg(exitCode)}) +
                      QLatin1Char('\n'));
    return exitCode == 0;
}

} // namespace aixsim
