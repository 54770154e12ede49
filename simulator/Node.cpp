#include "Session.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace aixsim {

Node::Node(Session& session, QString root, NodeState state)
    : m_session(session), m_root(std::move(root)), m_state(std::move(state))
{}

QString Node::hostPath(const QString& nodePath) const
{
    return m_root + nodePath;
}

VolumeGroup* Node::vg(const QString& name)
{
    const auto ref = m_state.vgNames.constFind(name);
    if (ref == m_state.vgNames.constEnd())
        return nullptr;
    if (auto it = m_state.localVgs.find(ref->id); it != m_state.localVgs.end())
        return &it.value();
    if (auto it = m_session.shared().vgs.find(ref->id); it != m_session.shared().vgs.end())
        return &it.value();
    return nullptr;
}

QString Node::vgName(const QString& vgId) const
{
    for (auto it = m_state.vgNames.cbegin(); it != m_state.vgNames.cend(); ++it)
        if (it->id == vgId)
            return it.key();
    return {};
}

QList<Node::LvRef> Node::allLvs()
{
    QList<LvRef> out;
    for (auto it = m_state.vgNames.cbegin(); it != m_state.vgNames.cend(); ++it)
        if (VolumeGroup* g = vg(it.key()))
            for (auto& l : g->lvs)
                out << LvRef{it.key(), g, &l};
    return out;
}

Node::LvRef Node::findLv(const QString& lvName)
{
    for (const auto& ref : allLvs())
        if (ref.lv->name == lvName)
            return ref;
    return {};
}

bool Node::deviceNameUsed(const QString& name)
{
    return findLv(name) || m_state.vgNames.contains(name) || m_state.disks.contains(name) ||
           m_session.shared().disks.contains(name);
}

QString Node::lvDataDir(const VolumeGroup& vg, const LogicalVolume& lv) const
{
    const QString base = vg.shared ? m_session.sharedDir() : m_root + QStringLiteral("/.aixsim");
    return base + QStringLiteral("/lvdata/") + lv.id;
}

int Node::totalPps(const VolumeGroup& vg)
{
    // A disk's size is kept in 4 MB partitions; the VG counts it in its own PP size.
    int total = 0;
    for (const auto& d : vg.disks)
        total +=
            (m_session.shared().disks.contains(d) ? m_session.shared().disks[d].pps : m_state.disks[d].pps) *
            4 / std::max(1, vg.ppSizeMb);
    return total;
}

QString Node::nextDefaultName(const QString& prefix)
{
    for (int i = 0;; ++i) {
        const QString candidate = prefix + QString::number(i).rightJustified(2, QLatin1Char('0'));
        if (!deviceNameUsed(candidate))
            return candidate;
    }
}

FilesystemsFile Node::filesystems() const
{
    return FilesystemsFile::parse(readFile(QStringLiteral("/etc/filesystems")));
}

void Node::saveFilesystems(const FilesystemsFile& file)
{
    writeFile(QStringLiteral("/etc/filesystems"), file.serialize());
}

const Mount* Node::mountAt(const QString& mountPoint) const
{
    for (const auto& m : m_state.mounts)
        if (m.mountPoint == mountPoint)
            return &m;
    return nullptr;
}

bool Node::lvOpen(const LogicalVolume& lv)
{
    for (const auto& m : m_state.mounts) {
        if (m.device == QStringLiteral("/dev/") + lv.name)
            return true;
        if (lv.type == QLatin1String("jfslog") && m.options.endsWith(QStringLiteral("log=/dev/") + lv.name))
            return true;
    }
    return false;
}

QString Node::mount(const QString& device, const QString& mountPoint, const QString& logDevice)
{
    const QString lvName = device.section(QLatin1Char('/'), -1);
    LvRef ref = findLv(lvName);
    if (!ref)
        return QStringLiteral("A file or directory in the path name does not exist.");
    if (!variedOn(*ref.vg))
        return QStringLiteral("There is an input or output error.");
    if (mountAt(mountPoint) || std::any_of(m_state.mounts.cbegin(), m_state.mounts.cend(),
                                           [&](const Mount& m) { return m.device == device; }))
        return QStringLiteral("The requested resource is busy.");
    if (ref.lv->type != QLatin1String("jfs") || !ref.lv->formatted)
        return QStringLiteral("The file system has read permission only or is not a file system.");
    const QString logName = logDevice.isEmpty() ? ref.lv->log : logDevice.section(QLatin1Char('/'), -1);
    const LvRef log = findLv(logName);
    if (!log || log.lv->type != QLatin1String("jfslog") || !log.lv->formatted)
        return QStringLiteral("A system call received a parameter that is not valid (log device /dev/%1 is "
                              "not a formatted jfslog).")
            .arg(logName);
    const QString host = hostPath(mountPoint);
    const QFileInfo info(host);
    if (!info.isDir() || info.isSymLink())
        return QStringLiteral("A file or directory in the path name does not exist.");

    // The mount point becomes a link to the LV's data: what the node writes under it lands on the (shared)
    // disk. Whatever the directory held is kept aside, hidden, as a real mount hides it.
    const QString covered = m_root + QStringLiteral("/.aixsim/covered/") + ref.lv->id;
    const QString data = lvDataDir(*ref.vg, *ref.lv);
    m_session.journal().moveDirectory(host, covered);
    m_session.journal().makePath(data);
    m_session.journal().link(data, host);

    Mount m;
    m.device = device;
    m.mountPoint = mountPoint;
    m.options = QStringLiteral("rw,log=/dev/") + logName;
    m.date = QDateTime::currentDateTime().toString(QStringLiteral("MMM dd HH:mm"));
    m_state.mounts << m;
    return {};
}

const Mount* Node::filesystemHolding(const QString& nodePath)
{
    const QString real = QFileInfo(hostPath(nodePath)).canonicalFilePath();
    const Mount* holder = nullptr;
    qsizetype best = -1;
    for (const auto& m : m_state.mounts) {
        const LvRef ref = findLv(m.device.section(QLatin1Char('/'), -1));
        if (!ref || real.isEmpty())
            continue;
        const QString data = QFileInfo(lvDataDir(*ref.vg, *ref.lv)).canonicalFilePath();
        if (!data.isEmpty() && (real == data || real.startsWith(data + QLatin1Char('/'))) &&
            data.size() > best) {
            best = data.size();
            holder = &m;
        }
    }
    return holder;
}

QString Node::unmount(const QString& what)
{
    int index = -1;
    for (int i = 0; i < m_state.mounts.size(); ++i)
        if (m_state.mounts.at(i).mountPoint == what || m_state.mounts.at(i).device == what)
            index = i;
    if (index < 0)
        return QStringLiteral("0506-347");
    const Mount m = m_state.mounts.at(index);
    // Busy when a filesystem was mounted on top of this one (below its mount point, later). One mounted
    // earlier on a directory that this mount now covers does not hold it.
    const QString prefix =
        m.mountPoint == QLatin1String("/") ? m.mountPoint : m.mountPoint + QLatin1Char('/');
    bool busy = m.permanent;
    for (int i = index + 1; i < m_state.mounts.size(); ++i)
        busy = busy || m_state.mounts.at(i).mountPoint.startsWith(prefix);
    if (busy)
        return QStringLiteral("0506-349");
    const QString host = hostPath(m.mountPoint);
    const LvRef ref = findLv(m.device.section(QLatin1Char('/'), -1));
    const QString covered = ref ? m_root + QStringLiteral("/.aixsim/covered/") + ref.lv->id : QString();
    m_session.journal().remove(host);
    if (!covered.isEmpty())
        m_session.journal().moveDirectory(covered, host);
    m_session.journal().makePath(host);
    m_state.mounts.removeAt(index);
    return {};
}

void Node::unmountVg(const QString& vgName)
{
    for (int i = int(m_state.mounts.size()) - 1; i >= 0; --i) {
        const Mount m = m_state.mounts.at(i);
        const LvRef ref = findLv(m.device.section(QLatin1Char('/'), -1));
        if (ref && ref.vgName == vgName)
            unmount(m.mountPoint);
    }
}

QString Node::varyOn(const QString& name)
{
    VolumeGroup* g = vg(name);
    if (!g)
        return QStringLiteral("0516-306");
    if (!g->shared || g->variedOnBy == m_state.node)
        return {};
    if (!g->variedOnBy.isEmpty())
        return QStringLiteral("0516-013");
    g->variedOnBy = m_state.node;
    return {};
}

void Node::varyOff(const QString& name)
{
    if (VolumeGroup* g = vg(name); g && g->shared && g->variedOnBy == m_state.node)
        g->variedOnBy.clear();
}

void Node::goDown()
{
    for (int i = int(m_state.mounts.size()) - 1; i >= 0; --i)
        if (!m_state.mounts.at(i).permanent) {
            // Reverse order: nested mounts go first, so the plain unmount never finds them busy.
            const QString mp = m_state.mounts.at(i).mountPoint;
            unmount(mp);
        }
    for (auto it = m_state.vgNames.cbegin(); it != m_state.vgNames.cend(); ++it)
        varyOff(it.key());
    for (auto& i : m_state.interfaces)
        i.address = i.bootAddress;
    m_state.dce.dceRunning = false;
    m_state.dce.dfsRunning = false;
    m_state.applications.clear();
    Member& me = m_session.shared().members[m_state.node];
    me.clusterManager = false;
    // The node is down: its disks are released before anything else happens to them.
    m_session.save();
}

void Node::boot()
{
    m_state.halted = false;
    m_state.bootCount += 1;
    // who -b shows the boot time to the minute: a simulated reboot always lands in a later minute, so a
    // restart is visible even when it took seconds.
    const QDateTime last = QDateTime::fromString(m_state.bootTime, Qt::ISODate);
    QDateTime now = QDateTime::currentDateTime();
    if (last.isValid() && now < last.addSecs(60))
        now = last.addSecs(60);
    m_state.bootTime = now.toString(Qt::ISODate);
    m_session.shared().members[m_state.node].up = true;
    // AIX varies on at boot every VG whose auto-varyon is yes: an imported shared VG left so would grab the
    // shared disks outside HACMP's control (hence chvg -a n after importvg).
    for (auto it = m_state.vgNames.cbegin(); it != m_state.vgNames.cend(); ++it)
        if (it->autoOn)
            varyOn(it.key());
    FilesystemsFile fs = filesystems();
    for (const auto& s : fs.stanzas()) {
        if (s.value(QStringLiteral("mount")) != QLatin1String("true") || mountAt(s.mountPoint))
            continue;
        if (s.value(QStringLiteral("vfs")) == QLatin1String("jfs"))
            mount(s.value(QStringLiteral("dev")), s.mountPoint);
    }
}

QByteArray Node::readFile(const QString& nodePath) const
{
    if (const QByteArray* pending = m_session.journal().pendingWrite(hostPath(nodePath)))
        return *pending;
    QFile f(hostPath(nodePath));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void Node::writeFile(const QString& nodePath, const QByteArray& content)
{
    m_session.journal().write(hostPath(nodePath), content);
}

} // namespace aixsim
