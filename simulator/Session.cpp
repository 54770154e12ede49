#include "Session.h"

#include "ClusterDescription.h"

#include "StateYaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <vector>

namespace aixsim {

namespace {

QString stateFile(const QString& root)
{
    return root + QStringLiteral("/.aixsim/odm.yaml");
}
QString sharedFile(const QString& dir)
{
    return dir + QStringLiteral("/dasd.yaml");
}

} // namespace

Session::Session(QString root, QString sharedDasd, QString nodeHint, QString configurationHint)
    : m_root(QDir(root).absolutePath()), m_nodeHint(std::move(nodeHint)),
      m_configurationHint(std::move(configurationHint)), m_sharedGiven(sharedDasd)
{
    m_sharedDir = sharedDasd.isEmpty() ? m_root + QStringLiteral("/.aixsim/private-dasd")
                                       : QDir(sharedDasd).absolutePath();
}

Session::~Session()
{
    unlock();
}

bool Session::relock(QString* error)
{
    // One lock for the shared DASD and every node on it: commands of two nodes never interleave their
    // read-modify-write of the state files, and cross-node HACMP actions need no second lock.
    const QString path = m_sharedDir + QStringLiteral("/.lock");
    m_lockFd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_lockFd < 0 || ::flock(m_lockFd, LOCK_EX) != 0) {
        *error = QStringLiteral("aixsim: cannot lock %1").arg(path);
        return false;
    }
    return true;
}

void Session::unlock()
{
    if (m_lockFd >= 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
    }
}

bool Session::open(QString* error)
{
    // A node remembers its shared DASD: a later call that names none sees the same disks.
    if (m_sharedGiven.isEmpty() && QFile::exists(stateFile(m_root))) {
        NodeState known;
        QString ignored;
        if (loadNode(m_root, &known, &ignored) && !known.sharedDasd.isEmpty())
            m_sharedDir = known.sharedDasd;
    }
    if (!QDir().mkpath(m_root + QStringLiteral("/.aixsim")) || !QDir().mkpath(m_sharedDir)) {
        *error = QStringLiteral("aixsim: cannot create the node's state under %1").arg(m_root);
        return false;
    }
    if (!relock(error))
        return false;
    // A command killed in the middle of its commit is finished before anything reads the state.
    Journal::recover(m_sharedDir + QStringLiteral("/.journal"));

    if (QFile::exists(sharedFile(m_sharedDir))) {
        QFile f(sharedFile(m_sharedDir));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = f.readAll();
        if (!fromYaml(bytes, &m_shared, error))
            return false;
        m_onDisk.insert(f.fileName(), bytes);
        if (!m_clusterFile.isEmpty()) {
            // A described cluster is rehearsed on its own shared DASD only: never mixed with another's nodes.
            QFile given(m_clusterFile), kept(cluster::copyPath(m_sharedDir));
            const bool same = given.open(QIODevice::ReadOnly) && kept.open(QIODevice::ReadOnly) &&
                              given.readAll() == kept.readAll();
            if (!same) {
                *error = QStringLiteral(
                             "aixsim: the shared DASD %1 was laid down from %2, not from %3: give a new "
                             "--shared-dasd for this cluster")
                             .arg(m_sharedDir,
                                  kept.exists() ? QStringLiteral("another cluster description")
                                                : QStringLiteral("the demo cluster"),
                                  m_clusterFile);
                return false;
            }
        }
    } else if (!layDownShared(error)) {
        return false;
    }
    // Saved here only when this call laid something down or moved the node (a copied root): a command's
    // own changes are saved after it.
    bool moved = !QFile::exists(sharedFile(m_sharedDir));

    NodeState state;
    if (QFile::exists(stateFile(m_root))) {
        if (!loadNode(m_root, &state, error))
            return false;
    } else {
        QString name = m_nodeHint;
        if (name.isEmpty()) {
            // The first cluster node no other root has claimed yet.
            for (const auto& candidate : m_shared.cluster.nodes)
                if (!m_shared.members.contains(candidate) ||
                    m_shared.members.value(candidate).root == m_root) {
                    name = candidate;
                    break;
                }
        }
        if (name.isEmpty()) {
            *error =
                QStringLiteral("aixsim: every node of the cluster (%1) is already laid down on this shared "
                               "DASD; name one with --node")
                    .arg(m_shared.cluster.nodes.join(QLatin1Char(' ')));
            return false;
        }
        state = layDownNode(name, m_root);
        moved = true;
    }
    moved = moved || state.sharedDasd != m_sharedDir || m_shared.members.value(state.node).root != m_root;
    state.sharedDasd = m_sharedDir;
    Member& member = m_shared.members[state.node];
    member.root = m_root;
    linkCommands();
    m_self = std::make_unique<Node>(*this, m_root, state);
    return moved ? save(error) : true;
}

bool Session::openExisting(QString* error)
{
    if (!QFile::exists(stateFile(m_root)) || !QFile::exists(sharedFile(m_sharedDir))) {
        *error = QStringLiteral("aixsim: no simulated node at %1").arg(m_root);
        return false;
    }
    return open(error);
}

void Session::startClusterManager()
{
    // One manager at a time: a live one picks up what was queued (it looks again under the lock before it
    // ends). A zombie counts as alive, but the manager clears its id itself before it exits.
    const pid_t known = pid_t(m_shared.managerPid);
    if (known > 0 && (::kill(known, 0) == 0 || errno == EPERM))
        return;
    const QByteArray program = QFile::encodeName(selfPath());
    const QList<QByteArray> args{
        program,   "--root", QFile::encodeName(m_root), "--shared-dasd", QFile::encodeName(m_sharedDir),
        "clstrmgr"};
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.constData()));
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        // A daemon, as HACMP's clstrmgr under the SRC: its own session (a signal to the caller's process
        // group does not reach it) and no terminal or pipe of the caller's (whoever waits for the caller's
        // output is not kept waiting for the events).
        ::setsid();
        const int null = ::open("/dev/null", O_RDWR);
        if (null >= 0) {
            ::dup2(null, 0);
            ::dup2(null, 1);
            ::dup2(null, 2);
        }
        ::execv(argv.front(), argv.data());
        ::_exit(127);
    }
    if (pid > 0)
        m_shared.managerPid = pid;
}

bool Session::loadNode(const QString& root, NodeState* state, QString* error)
{
    QFile f(stateFile(root));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("aixsim: cannot read %1").arg(f.fileName());
        return false;
    }
    const QByteArray bytes = f.readAll();
    m_onDisk.insert(f.fileName(), bytes);
    return fromYaml(bytes, state, error);
}

Node* Session::node(const QString& name)
{
    if (m_self && m_self->name() == name)
        return m_self.get();
    if (auto it = m_others.find(name); it != m_others.end())
        return it->get();
    const auto member = m_shared.members.constFind(name);
    if (member == m_shared.members.constEnd() || member->root.isEmpty())
        return nullptr;
    NodeState state;
    QString error;
    if (!loadNode(member->root, &state, &error))
        return nullptr;
    auto node = std::make_shared<Node>(*this, member->root, state);
    m_others.insert(name, node);
    return node.get();
}

bool Session::save(QString* error)
{
    // Only what changed is written: a query leaves the state files as they were.
    QHash<QString, QByteArray> written;
    const auto write = [&](const QString& path, const QByteArray& bytes) {
        const auto known = m_onDisk.constFind(path);
        if (known == m_onDisk.constEnd() || *known != bytes) {
            m_journal.write(path, bytes);
            written.insert(path, bytes);
        }
    };
    write(sharedFile(m_sharedDir), toYaml(m_shared));
    if (m_self)
        write(stateFile(m_self->root()), toYaml(m_self->state()));
    for (const auto& other : std::as_const(m_others))
        write(stateFile(other->root()), toYaml(other->state()));
    const bool ok = m_journal.commit(m_sharedDir + QStringLiteral("/.journal"));
    if (!ok && error)
        *error = QStringLiteral("aixsim: cannot save the node's state");
    if (ok)
        m_onDisk.insert(written);
    return ok;
}

void Session::reload()
{
    QString error;
    QFile f(sharedFile(m_sharedDir));
    if (f.open(QIODevice::ReadOnly)) {
        SharedState fresh;
        const QByteArray bytes = f.readAll();
        if (fromYaml(bytes, &fresh, &error)) {
            m_shared = fresh;
            m_onDisk.insert(f.fileName(), bytes);
        }
    }
    auto refresh = [&](Node& node) {
        NodeState state;
        if (loadNode(node.root(), &state, &error))
            node.state() = state;
    };
    if (m_self)
        refresh(*m_self);
    for (const auto& other : std::as_const(m_others))
        refresh(*other);
}

void Session::out(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Session::err(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int Session::fail(const QString& id, const QStringList& args, int exitCode)
{
    err(msg(id, args) + QLatin1Char('\n'));
    return exitCode;
}

QString Session::selfPath()
{
    return QCoreApplication::applicationFilePath();
}

QStringList commandNames();

void Session::linkCommands()
{
    // <root>/.aixsim/bin/NAME → aixsim: the node's programs, for scripts written for the simulated node.
    const QString bin = m_root + QStringLiteral("/.aixsim/bin");
    const QString self = selfPath();
    const QStringList names = commandNames();
    // Laid down once per node (and again when aixsim moves): the first and the last link tell.
    if (!names.isEmpty() && QFile::symLinkTarget(bin + QLatin1Char('/') + names.first()) == self &&
        QFile::symLinkTarget(bin + QLatin1Char('/') + names.last()) == self)
        return;
    QDir().mkpath(bin);
    for (const auto& name : names) {
        const QString link = bin + QLatin1Char('/') + name;
        if (QFile::symLinkTarget(link) != self) {
            QFile::remove(link);
            QFile::link(self, link);
        }
    }
    // The demo application, where a node's own programs are: /usr/local/bin/dceapp.
    const QString app = m_root + QStringLiteral("/usr/local/bin/dceapp");
    if (QFile::symLinkTarget(app) != self) {
        QDir().mkpath(m_root + QStringLiteral("/usr/local/bin"));
        QFile::remove(app);
        QFile::link(self, app);
    }
}

} // namespace aixsim
