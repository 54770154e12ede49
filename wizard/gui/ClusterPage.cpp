#include "Pages.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dceha {

ClusterPage::ClusterPage(WizardModel& model) : m_model(model)
{
    setTitle(tr("Cluster", "@title"));
    setSubTitle(tr("The HACMP configuration of this cluster and the role of this node.", "@subtitle"));
    auto* form = new QFormLayout;
    m_configuration = new QComboBox;
    m_configuration->addItem(tr("Hot standby, cascading resources", "@item"),
                             QStringLiteral("hot-standby-cascading"));
    m_configuration->addItem(tr("One-sided takeover, cascading resources", "@item"),
                             QStringLiteral("one-sided-takeover-cascading"));
    m_configuration->addItem(tr("Hot standby, rotating resources", "@item"),
                             QStringLiteral("hot-standby-rotating"));
    m_configuration->addItem(tr("Mutual takeover, cascading resources", "@item"),
                             QStringLiteral("mutual-takeover-cascading"));
    m_configuration->setAccessibleName(tr("HACMP configuration", "@label"));
    form->addRow(tr("&HACMP configuration:", "@label"), m_configuration);
    m_owner = new QRadioButton(tr("&Owner (highest priority node)", "@option:radio"));
    m_standby = new QRadioButton(tr("&Standby/takeover node", "@option:radio"));
    auto* roles = new QButtonGroup(this);
    roles->addButton(m_owner);
    roles->addButton(m_standby);
    m_owner->setChecked(true);
    auto* roleBox = new QVBoxLayout;
    roleBox->addWidget(m_owner);
    roleBox->addWidget(m_standby);
    form->addRow(tr("This node:", "@label"), roleBox);
    m_dfs = new QCheckBox(tr("Install and configure &DFS too", "@option:check"));
    m_dfs->setChecked(true);
    form->addRow(QString(), m_dfs);
    m_rules = new QLabel;
    m_rules->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_rules);
    layout->addStretch(1);
    connect(m_configuration, &QComboBox::currentIndexChanged, this, &ClusterPage::explain);
    connect(m_owner, &QRadioButton::toggled, this, &ClusterPage::explain);
}

void ClusterPage::initializePage()
{
    m_fromFile = !m_model.answersText().isEmpty();
    const Answers& a = m_model.parsed().answers;
    if (m_fromFile) {
        m_configuration->setCurrentIndex(std::max(0, m_configuration->findData(a.configuration)));
        (a.role == QLatin1String("standby") ? m_standby : m_owner)->setChecked(true);
        m_dfs->setChecked(a.dfs);
    }
    // Values from a file are the file's: shown, not edited here.
    m_configuration->setEnabled(!m_fromFile);
    m_owner->setEnabled(!m_fromFile);
    m_standby->setEnabled(!m_fromFile);
    m_dfs->setEnabled(!m_fromFile);
    explain();
}

void ClusterPage::explain()
{
    const QString c = m_configuration->currentData().toString();
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
}

bool ClusterPage::validatePage()
{
    if (!m_fromFile)
        m_model.setAnswersText(WizardModel::exampleAnswers(
            m_configuration->currentData().toString(),
            m_owner->isChecked() ? QStringLiteral("owner") : QStringLiteral("standby"), m_dfs->isChecked()));
    return true;
}

} // namespace dceha
