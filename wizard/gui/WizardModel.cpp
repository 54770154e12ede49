#include "WizardModel.h"

#include "ConfirmRunDialog.h"

#include "answers/Handoff.h"
#include "procedure/Catalog.h"
#include "procedure/Checkpoint.h"
#include "procedure/RecordFile.h"
#include "report/RecordExport.h"
#include "system/SshSystem.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace dceha {

WizardModel::WizardModel(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_peerRoot(m_options.peerRoot),
      m_twoNode(m_options.twoNode && canRunBothNodes())
{
    if (m_twoNode && !m_options.standbyAnswersFile.isEmpty()) {
        QFile f(m_options.standbyAnswersFile);
        if (f.open(QIODevice::ReadOnly))
            m_standbyText = f.readAll();
    }
}

bool WizardModel::canRunBothNodes() const
{
    return !m_options.peer.isEmpty() || (m_options.simulate && !m_options.peerRoot.isEmpty());
}

QString WizardModel::standbyPlace() const
{
    return m_options.peer.isEmpty() ? QDir::toNativeSeparators(m_options.peerRoot) : m_options.peer;
}

void WizardModel::setTwoNode(bool on, const QByteArray& standbyAnswers)
{
    m_twoNode = on && canRunBothNodes();
    m_standbyText = standbyAnswers;
    m_controller.reset();
}

WizardModel::~WizardModel()
{
    for (QThread* thread : std::as_const(m_askers)) {
        thread->wait();
        delete thread;
    }
    m_password.fill('\0');
}

QByteArray WizardModel::exampleAnswers(const QString& configuration, const QString& role, bool dfs)
{
    QFile f(QStringLiteral(":/dceha/answers/%1-%2.yaml").arg(configuration, role));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList kept;
    for (QString line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (!dfs && (line.startsWith(QLatin1String("dfs_cache:")) ||
                     line.startsWith(QLatin1String("dfs_aggregates:"))))
            continue;
        if (!dfs && line == QLatin1String("dfs: true"))
            line = QStringLiteral("dfs: false");
        kept << line;
    }
    return kept.join(QLatin1Char('\n')).toUtf8();
}

void WizardModel::setDiscovery(const DiscoveredAnswers& discovered)
{
    Discovery d;
    // The cell's name is the one value no node knows: a placeholder, so that the rest parses.
    const AnswersFile::Parsed parsed =
        AnswersFile::parse(discovered.text + "cell_name: discovered.example.com\n");
    d.answers = parsed.answers;
    d.configuration = d.answers.configuration;
    d.role = d.answers.role;
    d.why = discovered.sources.value(QStringLiteral("configuration"));
    if (d.why.startsWith(QLatin1String("HACMP: ")))
        d.why = d.why.mid(7);
    d.sources = discovered.sources;
    d.problems = discovered.problems;
    m_discovery = d;
}

QByteArray WizardModel::startingAnswers(const QString& configuration, const QString& role, bool dfs) const
{
    const QByteArray example = exampleAnswers(configuration, role, dfs);
    if (!m_discovery || m_discovery->configuration != configuration)
        return example;
    Answers a = AnswersFile::parse(example).answers;
    const Answers& found = m_discovery->answers;
    const auto sourced = [this](const char* field) {
        const QString source = m_discovery->sources.value(QLatin1String(field));
        return !source.isEmpty() && !source.startsWith(QLatin1String("default"));
    };
    // What discovery read from a listing replaces the example's; its defaults do not.
    const auto take = [&](const char* field, auto member) {
        if (sourced(field))
            a.*member = found.*member;
    };
    if (!found.serviceAddresses.isEmpty())
        a.serviceAddresses = found.serviceAddresses;
    take("network.boot", &Answers::bootAddresses);
    take("network.standby", &Answers::standbyAddresses);
    take("network.peer_service", &Answers::peerServiceAddresses);
    take("rotating_hostname", &Answers::rotatingHostname);
    take("app_server", &Answers::appServerName);
    take("peer_app_server", &Answers::peerAppServerName);
    take("scripts_dir", &Answers::scriptsDir);
    if (a.sharedVg.present && found.sharedVg.present) {
        if (sourced("shared_vg.name"))
            a.sharedVg.name = found.sharedVg.name;
        if (!found.sharedVg.disks.isEmpty())
            a.sharedVg.disks = found.sharedVg.disks;
        if (sourced("shared_vg.pp_size_mb"))
            a.sharedVg.ppSizeMb = found.sharedVg.ppSizeMb;
        if (found.sharedVg.major > 0)
            a.sharedVg.major = found.sharedVg.major;
    }
    return AnswersFile::serialize(a);
}

QString WizardModel::originOf(const QString& field, QString* source) const
{
    if (!m_discovery || !m_discovery->sources.contains(field) ||
        m_discovery->sources.value(field).startsWith(QLatin1String("default")))
        return QString();
    if (source)
        *source = m_discovery->sources.value(field);
    const QStringList changed = AnswersFile::differences(m_discovery->answers, m_parsed.answers);
    const bool differs = std::any_of(changed.cbegin(), changed.cend(), [&field](const QString& c) {
        return c == field || c.startsWith(field + QLatin1Char('.')) || field.startsWith(c + QLatin1Char('.'));
    });
    return differs ? QStringLiteral("typed") : QStringLiteral("discovered");
}

void WizardModel::setAnswersText(const QByteArray& text)
{
    m_resuming = false;
    m_text = text;
    m_handoffConflicts.clear();
    m_prefilled.clear();
    if (m_owner && AnswersFile::parse(text).answers.role == QLatin1String("standby")) {
        const Handoff handoff = Handoff::fromOwner(text, m_owner->answersYaml);
        m_text = handoff.answers;
        m_handoffConflicts = handoff.conflicts;
        m_prefilled = handoff.prefilled;
        if (!handoff.prefilled.isEmpty())
            Q_EMIT prefilled(handoff.prefilled);
    }
    m_parsed = AnswersFile::parse(m_text);
    Q_EMIT answersChanged();
}

bool WizardModel::setOwnerRecord(const QString& file, QString* error)
{
    RunRecord record;
    if (!RecordFile::read(file, &record, error))
        return false;
    if (record.role != QLatin1String("owner")) {
        *error = tr("%1 is the record of a %2 node, not of the owner", "@info").arg(file, record.role);
        return false;
    }
    m_owner = record;
    m_ownerFile = file;
    return true;
}

bool WizardModel::ownerDfs() const
{
    return m_owner && AnswersFile::parse(m_owner->answersYaml).answers.dfs;
}

void WizardModel::editAnswers(const std::function<void(Answers&)>& edit)
{
    Answers a = m_parsed.answers;
    edit(a);
    setAnswersText(AnswersFile::serialize(a));
}

QStringList WizardModel::problemsFor(const QString& prefix) const
{
    QStringList out;
    for (const auto& e : m_parsed.errors)
        if (e.field == prefix || e.field.startsWith(prefix + QLatin1Char('.')) ||
            e.field.startsWith(prefix + QLatin1Char('[')))
            out << e.text();
    return out;
}

QList<AnswerError> WizardModel::errorsFor(const QStringList& prefixes) const
{
    QList<AnswerError> out;
    for (const auto& e : m_parsed.errors)
        for (const auto& prefix : prefixes)
            if (e.field == prefix || e.field.startsWith(prefix + QLatin1Char('.')) ||
                e.field.startsWith(prefix + QLatin1Char('['))) {
                out << e;
                break;
            }
    return out;
}

QStringList WizardModel::problemsFor(const QStringList& prefixes) const
{
    QStringList out;
    for (const auto& prefix : prefixes)
        out += problemsFor(prefix);
    return out;
}

std::unique_ptr<System> WizardModel::makeSystem() const
{
    CommandMap commands = CommandMap::forRealNode();
    if (m_options.simulate)
        commands =
            CommandMap::forSimulatedNode(Options::aixsimProgram(), m_options.root, m_options.sharedDasd);
    // A remote node's pages ask it over its one master connection (its host key known: connectNodes()).
    if (!m_options.node.isEmpty() && m_transport)
        return std::make_unique<SshSystem>(m_transport, m_options.root, commands);
    return std::make_unique<RealSystem>(m_options.root, commands);
}

void WizardModel::setNodes(const QString& node, const QString& peer)
{
    if (node == m_options.node && peer == m_options.peer)
        return;
    m_options.node = node;
    m_options.peer = peer;
    m_transport.reset();
    m_controller.reset();
    m_twoNode = m_twoNode && canRunBothNodes();
}

bool WizardModel::connectNodes(QWidget* parent, QString* error)
{
    struct Remote
    {
        QString url, label, stateDir;
    };
    QList<Remote> remotes;
    if (!m_options.node.isEmpty())
        remotes.append({m_options.node, tr("the node to integrate", "@info"), m_options.stateDirHostPath()});
    if (!m_options.peer.isEmpty() && m_twoNode)
        remotes.append(
            {m_options.peer, tr("the standby node", "@info"), m_options.standbyOptions().stateDirHostPath()});
    for (const Remote& remote : remotes) {
        QString why;
        const auto target = SshTarget::parse(remote.url, &why);
        if (!target) {
            *error = tr("The address of %1 is refused: %2", "@info").arg(remote.label, why);
            return false;
        }
        // The same directory as the run's Session uses: the key accepted here is the one it finds.
        auto transport = std::make_shared<SshTransport>(
            *target, remote.stateDir + QStringLiteral("/ssh"),
            m_options.sshConfig.isEmpty() ? QString() : QDir(m_options.sshConfig).absolutePath());
        // Asked off the GUI thread (a node that does not answer takes its connect timeout), the window
        // answering meanwhile.
        SshTransport::HostKeyCheck check;
        QEventLoop loop;
        QThread* asker = QThread::create([&check, transport] { check = transport->checkHostKey(); });
        connect(asker, &QThread::finished, &loop, &QEventLoop::quit);
        QApplication::setOverrideCursor(Qt::BusyCursor);
        asker->start();
        loop.exec();
        asker->wait();
        delete asker;
        QApplication::restoreOverrideCursor();
        switch (check.status) {
        case SshTransport::HostKey::Known:
            break;
        case SshTransport::HostKey::Unreachable:
            *error = tr("%1 (%2) cannot be reached; nothing was changed: %3", "@info")
                         .arg(remote.label, target->text(), check.error);
            return false;
        case SshTransport::HostKey::Changed:
            *error =
                tr("The host key of %1 (%2) has CHANGED; refused, nothing was changed. Known: %3; offered "
                   "now: %4. If the node was reinstalled, remove its line from %5 and accept the new key.",
                   "@info")
                    .arg(remote.label, target->text(), check.known.join(QStringLiteral(", ")),
                         check.offered.join(QStringLiteral(", ")), transport->knownHostsFile());
            return false;
        case SshTransport::HostKey::Unknown: {
            QMessageBox ask(
                QMessageBox::Question, tr("First contact with %1", "@title:window").arg(target->text()),
                tr("This is the first connection to %1 (%2). Its host key is:\n\n%3\n\nCompare it "
                   "with the key on the node itself (ssh-keygen -l -f "
                   "/etc/ssh/ssh_host_ed25519_key.pub) before you accept it: a different key means "
                   "another machine answers in its place.",
                   "@info")
                    .arg(remote.label, target->text(), check.offered.join(QStringLiteral("\n"))),
                QMessageBox::NoButton, parent);
            QPushButton* accept =
                ask.addButton(tr("&Accept this key", "@action:button"), QMessageBox::AcceptRole);
            QPushButton* refuse = ask.addButton(QMessageBox::Cancel);
            ask.setDefaultButton(refuse);
            ask.exec();
            if (ask.clickedButton() != accept) {
                *error = tr("The host key of %1 was not accepted; nothing was changed.", "@info")
                             .arg(target->text());
                return false;
            }
            if (!transport->acceptHostKey(check.offered.value(0), &why)) {
                *error = why;
                return false;
            }
            break;
        }
        }
        if (remote.url == m_options.node)
            m_transport = transport;
    }
    identifyNode();
    return true;
}

void WizardModel::identifyNode()
{
    // A remote node without its connection would be asked on this machine instead: not asked yet.
    if (!m_options.node.isEmpty() && !m_transport)
        return;
    askNode<QString>(
        this, [](NodeDiscovery& node) { return node.hostname(); },
        [this](const QString& name) {
            m_hostname = name;
            Q_EMIT nodeIdentified();
        });
}

QString WizardModel::nodeDescription() const
{
    return m_hostname.isEmpty() ? targetText()
                                : tr("%1 (%2)", "@info host name (what it is)").arg(m_hostname, targetText());
}

QString WizardModel::targetText() const
{
    if (!m_options.node.isEmpty()) {
        QString why;
        const auto target = SshTarget::parse(m_options.node, &why);
        return tr("remote node %1", "@info what the banner's node is")
            .arg(target ? target->host : m_options.node);
    }
    if (m_options.simulate)
        return tr("simulated node", "@info what the banner's node is");
    return tr("this AIX node", "@info what the banner's node is");
}

QStringList WizardModel::answerProblems() const
{
    QStringList out;
    for (const auto& e : m_parsed.errors)
        out << e.text();
    for (const auto& c : m_handoffConflicts)
        out << tr("must agree with the owner node: %1", "@info").arg(c);
    if (m_twoNode && m_parsed.errors.isEmpty()) {
        // Both nodes: the pages edit the owner's answers; the standby's must be there and agree.
        if (m_parsed.answers.role != QLatin1String("owner"))
            out << tr("role: both nodes in this window start from the owner node's answers", "@info");
        const QByteArray standby = standbyAnswers();
        if (standby.isEmpty()) {
            out << tr("the standby's answers are needed: choose its answers file on the welcome page",
                      "@info");
        } else {
            const Handoff handoff = Handoff::fromOwner(standby, AnswersFile::serialize(m_parsed.answers));
            for (const auto& c : handoff.conflicts)
                out << tr("standby: must agree with the owner node: %1", "@info").arg(c);
            for (const auto& e : AnswersFile::parse(handoff.answers).errors)
                out << tr("standby: %1", "@info the standby's answer problem").arg(e.text());
        }
    }
    return out;
}

QByteArray WizardModel::standbyAnswers() const
{
    if (!m_standbyText.isEmpty())
        return m_standbyText;
    // The simulated demo's standby is made from the shipped example, as its owner is.
    if (m_options.simulate && m_options.peer.isEmpty())
        return exampleAnswers(m_parsed.answers.configuration, QStringLiteral("standby"),
                              m_parsed.answers.dfs);
    return {};
}

RunController* WizardModel::controller()
{
    if (m_controller && m_controllerDigest == m_parsed.digest)
        return m_controller.get();
    QString error;
    const Catalog catalog = Catalog::load(m_parsed.answers.role, &error);
    QStringList unknown;
    // Each run opens a Session as headless does.
    SessionSetup setup = m_options.sessionSetup();
    setup.answersText = AnswersFile::serialize(m_parsed.answers);
    setup.answersName = QStringLiteral("these answers"); // inside the engine's (English) refusal
    setup.ownerRecordFile = m_owner ? m_ownerFile : QString();
    const CheckpointInfo existing = checkpoint();
    // Changed answers resume the run in progress: only the steps whose inputs changed run again (the review
    // names them, from the same Session).
    setup.policy = existing.exists && existing.problem.isEmpty() && existing.answersDigest != m_parsed.digest
                       ? SessionSetup::CheckpointPolicy::Revise
                       : SessionSetup::CheckpointPolicy::Resume;
    m_controller = std::make_unique<RunController>(setup, m_parsed.answers,
                                                   catalog.expand(m_parsed.answers, &unknown), this);
    m_controllerDigest = m_parsed.digest;
    if (m_twoNode) {
        // The standby's answers with what both nodes share taken from the owner's (the handoff); its
        // Session hands over the owner's record itself, in memory.
        const Options standbyOptions = m_options.standbyOptions();
        SessionSetup standby = standbyOptions.sessionSetup();
        standby.answersText = standbyAnswers();
        standby.answersName = QStringLiteral("the standby's answers");
        const Handoff handoff = Handoff::fromOwner(standby.answersText, setup.answersText);
        const AnswersFile::Parsed parsed = AnswersFile::parse(handoff.answers);
        const Catalog standbyCatalog = Catalog::load(QStringLiteral("standby"), &error);
        const Checkpoint standbyCheckpoint(standby.stateDirHost);
        RunRecord previous;
        QString ignored;
        if (standbyCheckpoint.exists() &&
            standbyCheckpoint.load(&previous, &ignored, Checkpoint::Outputs::Later) &&
            previous.answersDigest != parsed.digest)
            standby.policy = SessionSetup::CheckpointPolicy::Revise;
        m_controller->setStandby(standby, standbyCatalog.expand(parsed.answers, &unknown));
    }
    return m_controller.get();
}

WizardModel::CheckpointInfo WizardModel::checkpoint() const
{
    const Checkpoint checkpoint(m_options.stateDirHostPath());
    RunRecord record;
    QString error;
    CheckpointInfo info;
    if (!checkpoint.exists())
        return info;
    info.exists = true;
    if (checkpoint.presence() == Checkpoint::Presence::NotAFile) {
        info.notAFile = true;
        info.problem = tr("%1 is not a file (a directory, a FIFO or a dangling symbolic link)", "@info")
                           .arg(checkpoint.path());
        return info;
    }
    // What the welcome page says of it needs the steps, not their long outputs.
    if (!checkpoint.load(&record, &error, Checkpoint::Outputs::Later)) {
        info.problem = error;
        return info;
    }
    info.role = record.role;
    info.configuration = record.configuration;
    info.answersYaml = record.answersYaml;
    info.answersDigest = record.answersDigest;
    for (const auto& s : record.steps) {
        if (s.status == StepRecord::Status::Skipped)
            continue;
        ++info.total;
        info.done += s.status == StepRecord::Status::Done ? 1 : 0;
    }
    return info;
}

QString WizardModel::checkpointSummary() const
{
    const CheckpointInfo info = checkpoint();
    if (!info.exists)
        return {};
    if (info.notAFile)
        return tr("A run's checkpoint cannot be used: %1. Move it away by hand, then open the wizard again.",
                  "@info")
            .arg(info.problem);
    if (!info.problem.isEmpty())
        return tr("A run's checkpoint cannot be used: %1. Starting over keeps it aside, beside itself; the "
                  "work "
                  "already on the node is recognised, not redone.",
                  "@info")
            .arg(info.problem);
    if (info.done == info.total)
        return tr("The integration of this node is complete (%1, %2): all %3 steps done.", "@info")
            .arg(info.role, info.configuration)
            .arg(info.total);
    return tr("A run is in progress on this node (%1, %2): %3 of %4 steps done.", "@info")
        .arg(info.role, info.configuration)
        .arg(info.done)
        .arg(info.total);
}

bool WizardModel::resumeFromCheckpoint()
{
    const CheckpointInfo info = checkpoint();
    if (!info.exists || info.answersYaml.isEmpty())
        return false;
    setAnswersText(info.answersYaml);
    m_resuming = true;
    return true;
}

namespace {

/** A record as YAML (read back by the other node and by `--from-owner-record`) and HTML (for people), at
 * @p base + .yaml / .html; @return @p base, empty when either cannot be written. */
QString saveRecordAs(const RunRecord& record, const QString& base)
{
    for (const auto& [format, extension] :
         {std::pair{RecordExport::Format::Yaml, ".yaml"}, std::pair{RecordExport::Format::Html, ".html"}}) {
        QSaveFile out(base + QLatin1String(extension));
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(RecordExport::render(record, format));
        if (!out.commit())
            return {};
    }
    return base;
}

} // namespace

QString WizardModel::saveRecord()
{
    if (!m_controller)
        return {};
    return saveRecordAs(
        m_controller->record(),
        QDir(m_options.stateDirHostPath()).filePath(QStringLiteral("record-%1").arg(m_parsed.answers.role)));
}

RunController* WizardModel::drillController()
{
    if (m_drillController && m_drillDigest == m_parsed.digest && m_drillPeerRoot == m_peerRoot)
        return m_drillController.get();
    QString error;
    QStringList unknown;
    const Catalog catalog = Catalog::load(QStringLiteral("drill"), &error);
    SessionSetup setup = m_options.sessionSetup();
    setup.answersText = AnswersFile::serialize(m_parsed.answers);
    setup.answersName = QStringLiteral("these answers");
    setup.ownerRecordFile.clear();
    setup.procedure = QStringLiteral("drill");
    setup.peerRoot = m_peerRoot;
    // The drill's own checkpoint: a drill stopped half-way resumes; one of other answers is refused.
    setup.policy = SessionSetup::CheckpointPolicy::Resume;
    m_drillController = std::make_unique<RunController>(setup, m_parsed.answers,
                                                        catalog.expand(m_parsed.answers, &unknown), this);
    m_drillDigest = m_parsed.digest;
    m_drillPeerRoot = m_peerRoot;
    return m_drillController.get();
}

QString WizardModel::saveDrillRecord()
{
    if (!m_drillController)
        return {};
    return saveRecordAs(m_drillController->record(),
                        QDir(m_options.stateDirHostPath()).filePath(QStringLiteral("drill-record")));
}

QString WizardModel::startOver()
{
    m_resuming = false;
    Checkpoint checkpoint(m_options.stateDirHostPath());
    QString error;
    if (!checkpoint.exists() || !checkpoint.lock(&error))
        return {};
    return checkpoint.archive();
}

void WizardModel::setPassword(const QByteArray& password)
{
    m_password.fill('\0');
    m_password = password;
}

bool WizardModel::hasPassword() const
{
    return !m_password.isEmpty() || !qgetenv("DCE_CELL_ADMIN_PASSWORD").isEmpty();
}

bool WizardModel::confirmDisruption(const QString& step, const QStringList& what)
{
    const QString node = nodeDescription();
    ConfirmRunDialog ask(tr("The next step, \"%1\", on %2 was not part of what you confirmed before the run "
                            "(it runs again, or comes after it). It does this:",
                            "@info")
                             .arg(step, node),
                         what, tr("&Run this step", "@action:button"), QApplication::activeWindow());
    return ask.exec() == QDialog::Accepted;
}

QByteArray WizardModel::askPassword()
{
    if (!m_password.isEmpty())
        return m_password;
    const QByteArray fromEnv = qgetenv("DCE_CELL_ADMIN_PASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    bool ok = false;
    const QString password =
        QInputDialog::getText(QApplication::activeWindow(), tr("cell_admin password", "@title:window"),
                              tr("The DCE configuration needs the cell_admin password.\n"
                                 "It goes to mkdce on its standard input and is never stored.",
                                 "@label"),
                              QLineEdit::Password, QString(), &ok);
    return ok ? password.toUtf8() : QByteArray();
}

} // namespace dceha
