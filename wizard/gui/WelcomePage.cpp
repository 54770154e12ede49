#include "WelcomePage.h"
#include "Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <functional>

namespace dceha {

WelcomePage::WelcomePage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void WelcomePage::build()
{
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    // Which system the commands will change, said before anything else: a real node or the simulated one.
    m_target = new QLabel;
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_target->font();
    bold.setBold(true);
    m_target->setFont(bold);
    layout->addWidget(m_target);

    auto* form = new QFormLayout;
    m_language = new QComboBox;
    // Its width from a length, not from measuring every language's own name: "日本語" would load a CJK font
    // before the first page is on screen (2.5 ms of a 25 ms start); it is loaded when the list opens.
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(12);
    for (const auto& choice : Language::available())
        m_language->addItem(choice.nativeName, choice.code);
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_languageLabel = addFormRow(form, m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { Language::apply(m_language->currentData().toString()); });

    // A path field with its Browse button; the dialog's texts are taken when it opens (in the language then).
    auto fileRow = [this, form](QLineEdit*& edit, QPushButton*& browse, QLabel*& label,
                                std::function<QString()> title, std::function<QString()> filter) {
        edit = new QLineEdit;
        browse = new QPushButton;
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        label = new QLabel;
        label->setBuddy(edit);
        label->setWordWrap(true);
        form->addRow(label, row);
        connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
            const QString file = QFileDialog::getOpenFileName(this, title(), QString(), filter());
            if (!file.isEmpty())
                edit->setText(file);
        });
    };
    fileRow(
        m_file, m_browse, m_fileLabel, [] { return tr("Answers file", "@title:window"); },
        [] { return tr("Answers (*.yaml *.yml)", "@item:inlistbox"); });
    fileRow(
        m_ownerRecord, m_browseOwner, m_ownerLabel, [] { return tr("Owner node's record", "@title:window"); },
        [] { return tr("Records (*.yaml *.yml)", "@item:inlistbox"); });
    // The nodes reached from this workstation over SSH (Qt does not run on AIX): the node to integrate and
    // the other node of the cluster.
    const auto addressRow = [form](QLineEdit*& edit, QLabel*& label, const QString& name) {
        edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setPlaceholderText(QStringLiteral("ssh://root@node1"));
        label = new QLabel;
        label->setBuddy(edit);
        label->setWordWrap(true);
        form->addRow(label, edit);
    };
    addressRow(m_node, m_nodeLabel, QStringLiteral("nodeAddress"));
    addressRow(m_peer, m_peerLabel, QStringLiteral("peerAddress"));
    m_peer->setPlaceholderText(QStringLiteral("ssh://root@node2"));
    // Short in every language; wrapped, the form gives it the height of one line and clips it.
    m_peerLabel->setWordWrap(false);
    m_node->setText(m_model.options().node);
    m_peer->setText(m_model.options().peer);
    // Both nodes in this window, when the other node is given: this node is the owner, the other the standby.
    m_bothNodes = new QCheckBox;
    m_bothNodes->setObjectName(QStringLiteral("bothNodes"));
    form->addRow(m_bothNodes);
    fileRow(
        m_standbyFile, m_browseStandby, m_standbyFileLabel,
        [] { return tr("The standby node's answers", "@title:window"); },
        [] { return tr("Answers (*.yaml *.yml)", "@item:inlistbox"); });
    // Offered once the other node is known: --peer-root on the simulated cluster, or its address typed.
    const auto offerBoth = [this] {
        const bool both = m_model.canRunBothNodes() || !m_peer->text().trimmed().isEmpty();
        m_bothNodes->setVisible(both);
        m_standbyFile->setVisible(both);
        m_browseStandby->setVisible(both);
        m_standbyFileLabel->setVisible(both);
        m_bothNodes->setText(
            tr("Both nodes &in this window: this node as the owner, then the standby at %1", "@option:check")
                .arg(m_peer->text().trimmed().isEmpty() ? m_model.standbyPlace() : m_peer->text().trimmed()));
    };
    offerBoth();
    connect(m_peer, &QLineEdit::textChanged, this, offerBoth);
    m_bothNodes->setChecked(m_model.twoNode());
    m_standbyFile->setText(m_model.options().standbyAnswersFile);
    // The owner's record is for a standby run on its own: both nodes in one window hand it over themselves.
    connect(m_bothNodes, &QCheckBox::toggled, this, [this](bool on) {
        m_ownerRecord->setEnabled(!on);
        m_browseOwner->setEnabled(!on);
        m_standbyFile->setEnabled(on);
        m_browseStandby->setEnabled(on);
    });
    Q_EMIT m_bothNodes->toggled(m_bothNodes->isChecked());
    layout->addLayout(form);

    m_resumeBox = new QGroupBox;
    auto* resumeLayout = new QVBoxLayout(m_resumeBox);
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("resumeProgress"));
    m_progress->setWordWrap(true);
    m_resume = new QRadioButton;
    m_startOver = new QRadioButton;
    m_resume->setChecked(true);
    resumeLayout->addWidget(m_progress);
    resumeLayout->addWidget(m_resume);
    resumeLayout->addWidget(m_startOver);
    layout->addWidget(m_resumeBox);
    // A resumed run keeps its answers: the answers file would not be used.
    connect(m_resume, &QRadioButton::toggled, this, [this](bool on) {
        m_file->setEnabled(!on || m_resumeBox->isHidden());
        m_browse->setEnabled(!on || m_resumeBox->isHidden());
    });

    m_error = makeProblemsLabel();
    layout->addWidget(m_error);
    layout->addStretch(1);
    m_file->setText(m_model.options().answersFile);
    m_ownerRecord->setText(m_model.options().ownerRecord);
    setTabOrder(m_language, m_file);
    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_ownerRecord);
    setTabOrder(m_ownerRecord, m_browseOwner);
    setTabOrder(m_browseOwner, m_node);
    setTabOrder(m_node, m_peer);
    setTabOrder(m_peer, m_bothNodes);
    setTabOrder(m_bothNodes, m_standbyFile);
    setTabOrder(m_standbyFile, m_browseStandby);
    setTabOrder(m_browseStandby, m_resume);
    setTabOrder(m_resume, m_startOver);
}

void WelcomePage::retranslate()
{
    setTitle(tr("Integrate DCE and DFS with HACMP", "@title"));
    setSubTitle(
        tr("The steps of chapter 3 of the IBM guide, on this node, in order, each checked before and after.",
           "@subtitle"));
    if (!isBuilt())
        return;
    m_intro->setText(
        tr("The wizard walks the highest-priority (owner) node or the standby/takeover node through "
           "the integration: shared volume group and filesystems, RPC_UNSUPPORTED_NETADDRS, the DFS "
           "cache, DCE/DFS installation and configuration, the application server scripts, and the "
           "release of the shared DASD. You see the whole plan before anything runs; an interrupted "
           "run resumes where it stopped.",
           "@info"));
    m_target->setText(
        !m_model.options().node.isEmpty()
            ? tr("Remote node %1: the commands run there over SSH and change it%2; the checkpoint, the "
                 "record "
                 "and the log stay on this workstation.",
                 "@info")
                  .arg(m_model.options().node,
                       m_model.options().simulate ? tr(" (its simulated node)", "@info") : QString())
        : m_model.options().simulate
            ? tr("Simulated AIX node in %1: the commands run against the simulator, no real system "
                 "is changed.",
                 "@info")
                  .arg(QDir::toNativeSeparators(m_model.options().root))
            : tr("The commands run on this AIX node (root %1) and change it.", "@info")
                  .arg(m_model.options().root));
    m_languageLabel->setText(tr("&Language:", "@label"));
    m_language->setAccessibleName(tr("Language", "@label"));
    m_fileLabel->setText(tr("&Answers file (empty: choose on the next page):", "@label"));
    m_file->setAccessibleName(tr("Answers file", "@label"));
    m_browse->setText(tr("Bro&wse…", "@action:button"));
    m_browse->setAccessibleName(tr("Browse for the answers file", "@action:button"));
    m_ownerLabel->setText(tr("&Owner node's record (on the standby node, from the owner's run):", "@label"));
    m_ownerRecord->setAccessibleName(tr("Owner node's record", "@label"));
    m_browseOwner->setText(tr("Brows&e…", "@action:button"));
    m_browseOwner->setAccessibleName(tr("Browse for the owner node's record", "@action:button"));
    m_bothNodes->setText(
        tr("Both nodes &in this window: this node as the owner, then the standby at %1", "@option:check")
            .arg(m_peer->text().trimmed().isEmpty() ? m_model.standbyPlace() : m_peer->text().trimmed()));
    m_nodeLabel->setText(tr("No&de to integrate, over SSH (empty: %1):", "@label")
                             .arg(m_model.options().simulate ? tr("the simulated node", "@label")
                                                             : tr("this machine", "@label")));
    m_node->setAccessibleName(tr("Address of the node to integrate", "@label"));
    m_peerLabel->setText(tr("Standby node, o&ver SSH:", "@label"));
    m_peer->setAccessibleName(tr("Address of the other node", "@label"));
    m_bothNodes->setAccessibleName(tr("Both nodes in this window", "@option:check"));
    m_standbyFileLabel->setText(
        m_model.options().simulate && m_model.options().peer.isEmpty()
            ? tr("Standb&y node's answers (empty: the demo's for its configuration):", "@label")
            : tr("Standb&y node's answers:", "@label"));
    m_standbyFile->setAccessibleName(tr("Standby node's answers file", "@label"));
    m_browseStandby->setText(tr("Brow&se…", "@action:button standby answers"));
    m_browseStandby->setAccessibleName(tr("Browse for the standby node's answers file", "@action:button"));
    m_resumeBox->setTitle(tr("A run was started on this node", "@title:group"));
    m_resume->setText(tr("&Resume it with its answers, where it stopped", "@option:radio"));
    m_startOver->setText(
        tr("S&tart over (its checkpoint is kept aside; work already on the node is recognised)",
           "@option:radio"));
    m_progress->setText(m_model.checkpointSummary());
}

void WelcomePage::initializePage()
{
    const QString summary = m_model.checkpointSummary();
    m_resumeBox->setVisible(!summary.isEmpty());
    m_progress->setText(summary);
    // A damaged checkpoint cannot be resumed: said here, before any page, with Start over chosen for the
    // operator to confirm (never written over: starting over keeps it aside).
    const WizardModel::CheckpointInfo info = m_model.checkpoint();
    m_resume->setEnabled(info.problem.isEmpty());
    m_startOver->setEnabled(!info.notAFile);
    if (!info.problem.isEmpty())
        m_startOver->setChecked(true);
    Q_EMIT m_resume->toggled(m_resume->isChecked());
}

bool WelcomePage::validatePage()
{
    m_error->clear();
    // The nodes first: where the checkpoint is, whether both nodes can run, whose host keys to check.
    m_model.setNodes(m_node->text().trimmed(), m_peer->text().trimmed());
    if (m_model.canRunBothNodes()) {
        QByteArray standby;
        if (m_bothNodes->isChecked() && !m_standbyFile->text().isEmpty()) {
            QFile f(m_standbyFile->text());
            if (!f.open(QIODevice::ReadOnly)) {
                m_error->setText(tr("Cannot read %1.", "@info").arg(m_standbyFile->text()));
                m_standbyFile->setFocus();
                return false;
            }
            standby = f.readAll();
        }
        m_model.setTwoNode(m_bothNodes->isChecked(), standby);
    }
    if (m_connecting)
        return false; // Next pressed again while the nodes are being reached
    m_connecting = true;
    QString unreachable;
    const bool connected = m_model.connectNodes(this, &unreachable);
    m_connecting = false;
    if (!connected) {
        m_error->setText(unreachable);
        m_node->setFocus();
        return false;
    }
    // The owner's record first: a standby resuming needs it too (its release lets the shared steps run).
    if (!m_ownerRecord->text().isEmpty() && !m_model.twoNode()) {
        QString error;
        if (!m_model.setOwnerRecord(m_ownerRecord->text(), &error)) {
            m_error->setText(error);
            return false;
        }
    }
    if (m_resumeBox->isVisible() && m_resume->isChecked()) {
        if (m_model.resumeFromCheckpoint())
            return true;
        m_error->setText(tr("The checkpoint cannot be read; choose Start over.", "@info"));
        return false;
    }
    if (m_resumeBox->isVisible() && m_startOver->isChecked() && m_model.startOver().isEmpty()) {
        m_error->setText(
            tr("The checkpoint cannot be set aside: another dce-ha-wizard holds this node's state directory.",
               "@info"));
        return false;
    }
    if (m_file->text().isEmpty()) {
        m_model.setAnswersText({});
        return true;
    }
    QFile f(m_file->text());
    if (!f.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot read %1.", "@info").arg(m_file->text()));
        return false;
    }
    m_model.setAnswersText(f.readAll());
    return true;
}

} // namespace dceha
