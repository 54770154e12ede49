#include "ClusterPage.h"
#include "ConfigurationDiagram.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dceha {

namespace {

const QStringList kConfigurations = {
    QStringLiteral("hot-standby-cascading"), QStringLiteral("one-sided-takeover-cascading"),
    QStringLiteral("hot-standby-rotating"), QStringLiteral("mutual-takeover-cascading")};

} // namespace

ClusterPage::ClusterPage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void ClusterPage::build()
{
    m_form = new QFormLayout;
    m_configuration = new QComboBox;
    for (const auto& c : kConfigurations)
        m_configuration->addItem(QString(), c);
    addFormRow(m_form, m_configuration);
    m_owner = new QRadioButton;
    m_standby = new QRadioButton;
    auto* roles = new QButtonGroup(this);
    roles->addButton(m_owner);
    roles->addButton(m_standby);
    m_owner->setChecked(true);
    auto* roleBox = new QVBoxLayout;
    roleBox->addWidget(m_owner);
    roleBox->addWidget(m_standby);
    m_form->addRow(new QLabel, roleBox);
    m_dfs = new QCheckBox;
    m_dfs->setChecked(true);
    m_form->addRow(QString(), m_dfs);
    m_diagram = new ConfigurationDiagram;
    m_rules = new QLabel;
    m_rules->setWordWrap(true);
    m_hacmp = new QLabel;
    m_hacmp->setObjectName(QStringLiteral("hacmpSays"));
    m_hacmp->setWordWrap(true);
    m_problems = makeProblemsLabel();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_diagram, 1);
    layout->addWidget(m_rules);
    layout->addWidget(m_hacmp);
    layout->addWidget(m_problems);
    connect(m_configuration, &QComboBox::currentIndexChanged, this, &ClusterPage::explain);
    connect(m_owner, &QRadioButton::toggled, this, &ClusterPage::explain);
}

void ClusterPage::retranslate()
{
    setTitle(tr("Cluster", "@title"));
    setSubTitle(tr("The HACMP configuration of this cluster and the role of this node.", "@subtitle"));
    if (!isBuilt())
        return;
    const QStringList names = {tr("Hot standby, cascading resources", "@item"),
                               tr("One-sided takeover, cascading resources", "@item"),
                               tr("Hot standby, rotating resources", "@item"),
                               tr("Mutual takeover, cascading resources", "@item")};
    for (int i = 0; i < names.size(); ++i)
        m_configuration->setItemText(i, names.at(i));
    m_configuration->setAccessibleName(tr("HACMP configuration", "@label"));
    qobject_cast<QLabel*>(m_form->labelForField(m_configuration))
        ->setText(tr("&HACMP configuration:", "@label"));
    m_owner->setText(tr("&Owner (highest priority node)", "@option:radio"));
    m_standby->setText(tr("&Standby/takeover node", "@option:radio"));
    qobject_cast<QLabel*>(m_form->itemAt(1, QFormLayout::LabelRole)->widget())
        ->setText(tr("This node:", "@label"));
    m_dfs->setText(tr("Install and configure &DFS too", "@option:check"));
    explain();
}

void ClusterPage::initializePage()
{
    m_fromFile = !m_model.answersText().isEmpty();
    const Answers& a = m_model.parsed().answers;
    if (m_fromFile) {
        m_configuration->setCurrentIndex(std::max(0, m_configuration->findData(a.configuration)));
        (a.role == QLatin1String("standby") ? m_standby : m_owner)->setChecked(true);
        m_dfs->setChecked(a.dfs);
    } else if (m_model.hasOwnerRecord()) {
        // With the owner's record, this is the standby, in the owner's configuration.
        m_standby->setChecked(true);
        m_configuration->setCurrentIndex(
            std::max(0, m_configuration->findData(m_model.ownerConfiguration())));
        m_dfs->setChecked(m_model.ownerDfs());
    }
    // Values from a file (or a resumed run) are the file's: shown, not edited here.
    m_configuration->setEnabled(!m_fromFile);
    m_owner->setEnabled(!m_fromFile);
    m_standby->setEnabled(!m_fromFile);
    m_dfs->setEnabled(!m_fromFile);
    explain();
    // With the owner's record the standby follows the owner; else HACMP's own configuration is read.
    if (!m_model.hasOwnerRecord())
        discover();
}

void ClusterPage::discover()
{
    if (m_model.discovery())
        return;
    askingNode(true);
    m_model.askNode<DiscoveredAnswers>(
        this,
        [](NodeDiscovery& node) { return DiscoveredAnswers::derive(node.clusterView(), nullptr, QString()); },
        [this](const DiscoveredAnswers& found) {
            m_model.setDiscovery(found);
            const auto& d = *m_model.discovery();
            // Preselected from HACMP's groups and this node's priority in them, unless a file gave them.
            if (!m_fromFile && !d.configuration.isEmpty()) {
                m_configuration->setCurrentIndex(std::max(0, m_configuration->findData(d.configuration)));
                (d.role == QLatin1String("standby") ? m_standby : m_owner)->setChecked(true);
            }
            askingNode(false);
            explain();
        });
}

QString ClusterPage::contradiction() const
{
    const auto& d = m_model.discovery();
    if (!d || d->configuration.isEmpty())
        return QString();
    const QString chosen = m_configuration->currentData().toString();
    if (chosen != d->configuration)
        return tr("HACMP's resource groups make this cluster \"%1\": %2. Choose it, or change HACMP's "
                  "configuration first.",
                  "@info")
            .arg(m_configuration->itemText(m_configuration->findData(d->configuration)), d->why);
    // In rotating resources and mutual takeover either node may be integrated first; otherwise the owner is
    // the group's home node.
    const bool homeDecides = chosen == QLatin1String("hot-standby-cascading") ||
                             chosen == QLatin1String("one-sided-takeover-cascading");
    const QString role = m_owner->isChecked() ? QStringLiteral("owner") : QStringLiteral("standby");
    if (homeDecides && role != d->role)
        return d->role == QLatin1String("owner")
                   ? tr("HACMP makes this node the home (highest-priority) node of the resource group: it is "
                        "the owner (%1).",
                        "@info")
                         .arg(m_model.discovery()->sources.value(QStringLiteral("role")))
                   : tr("HACMP makes this node the second node of the resource group: it is the standby "
                        "(%1).",
                        "@info")
                         .arg(m_model.discovery()->sources.value(QStringLiteral("role")));
    return QString();
}

bool ClusterPage::isComplete() const
{
    return WizardPage::isComplete() && (m_fromFile || contradiction().isEmpty());
}

void ClusterPage::explain()
{
    const QString c = m_configuration->currentData().toString();
    m_diagram->setConfiguration(c, m_owner->isChecked());
    QString text;
    if (c == QLatin1String("mutual-takeover-cascading"))
        text = tr("Mutual takeover: DCE and DFS servers cannot run on these nodes, and DCE/DFS clients are "
                  "not taken "
                  "over; no DCE filesystems on shared DASD. Only clients and applications are configured.",
                  "@info");
    else if (m_standby->isChecked())
        text = tr("Standby node: DCE and DFS are installed here but must not be configured; the shared "
                  "volume group is "
                  "imported from the owner node once it has released it.",
                  "@info");
    else
        text = tr("Owner node: /var/dce, /etc/dce and /krb5 go on shared DASD, DCE (and DFS) servers are "
                  "configured "
                  "here, then the node releases the shared DASD for the standby.",
                  "@info");
    if (c == QLatin1String("hot-standby-rotating"))
        text += QLatin1Char(' ') +
                tr("Rotating resources: DCE runs under the rotating resource's host name.", "@info");
    m_rules->setText(text);
    const auto& d = m_model.discovery();
    m_hacmp->setText(d && !d->configuration.isEmpty()
                         ? tr("Discovered from HACMP on this node: %1.", "@info").arg(d->why)
                         : QString());
    m_hacmp->setVisible(!m_hacmp->text().isEmpty());
    m_problems->setText(contradiction());
    m_problems->setVisible(!m_problems->text().isEmpty());
    Q_EMIT completeChanged();
}

bool ClusterPage::validatePage()
{
    if (!m_fromFile)
        m_model.setAnswersText(m_model.startingAnswers(
            m_configuration->currentData().toString(),
            m_owner->isChecked() ? QStringLiteral("owner") : QStringLiteral("standby"), m_dfs->isChecked()));
    return true;
}

} // namespace dceha
