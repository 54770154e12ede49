#include "CellPage.h"

#include "answers/AnswerRules.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dceha {

namespace {

// The engine's lists: what the page offers is what the answers accept.
const QStringList& kServers = dceServerComponents();
const QStringList& kClients = dceClientComponents();

} // namespace

QString CellPage::componentDescription(const QString& id)
{
    if (id == QLatin1String("sec_srv"))
        return tr("the security server: the cell's registry, where cell_admin is made",
                  "@info DCE component");
    if (id == QLatin1String("cds_srv"))
        return tr("the CDS server: the cell's directory", "@info DCE component");
    if (id == QLatin1String("dts_srv"))
        return tr("a DTS server: the cell's time", "@info DCE component");
    if (id == QLatin1String("all_cl"))
        return tr("every client: security, CDS, DTS and RPC", "@info DCE component");
    if (id == QLatin1String("sec_cl"))
        return tr("the security client", "@info DCE component");
    if (id == QLatin1String("cds_cl"))
        return tr("the CDS (directory) client", "@info DCE component");
    if (id == QLatin1String("dts_cl"))
        return tr("the DTS (time) client", "@info DCE component");
    if (id == QLatin1String("rpc"))
        return tr("RPC only (the dced endpoint mapper)", "@info DCE component");
    return id;
}

CellPage::CellPage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void CellPage::build()
{
    m_form = new QFormLayout;
    m_cell = new QLineEdit;
    addFormRow(m_form, m_cell);
    m_serverRow = new QWidget;
    auto* servers = new QHBoxLayout(m_serverRow);
    servers->setContentsMargins(0, 0, 0, 0);
    for (const auto& s : kServers) {
        auto* box = new QCheckBox(s);
        m_servers << box;
        servers->addWidget(box);
    }
    servers->addStretch(1);
    addFormRow(m_form, m_serverRow);
    m_clientRow = new QWidget;
    auto* clients = new QHBoxLayout(m_clientRow);
    clients->setContentsMargins(0, 0, 0, 0);
    for (const auto& c : kClients) {
        auto* box = new QCheckBox(c);
        m_clients << box;
        clients->addWidget(box);
    }
    clients->addStretch(1);
    addFormRow(m_form, m_clientRow);
    m_components = new QLabel;
    m_components->setObjectName(QStringLiteral("componentDescriptions"));
    m_components->setWordWrap(true);
    m_form->addRow(QString(), m_components);
    m_media = new QLineEdit;
    addFormRow(m_form, m_media);
    m_rotating = new QLineEdit;
    addFormRow(m_form, m_rotating);
    // The secret before the run, not 60 % into it: an unattended run must not stop at DCE's configuration.
    m_password = new QLineEdit;
    m_passwordAgain = new QLineEdit;
    for (QLineEdit* edit : {m_password, m_passwordAgain}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        addFormRow(m_form, edit);
        connect(edit, &QLineEdit::textEdited, this, &CellPage::takePassword);
    }
    m_password->setObjectName(QStringLiteral("cellAdminPassword"));
    m_passwordAgain->setObjectName(QStringLiteral("cellAdminPasswordAgain"));
    m_passwordNote = new QLabel;
    m_passwordNote->setWordWrap(true);
    m_form->addRow(QString(), m_passwordNote);
    m_passwordProblem = makeProblemsLabel();
    m_passwordProblem->hide();
    m_form->addRow(QString(), m_passwordProblem);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    m_rules = new QLabel;
    m_rules->setWordWrap(true);
    layout->addWidget(m_rules);
    m_problems = makeProblemsLabel();
    layout->addWidget(m_problems);
    setAnswerFields(&m_model,
                    {QStringLiteral("cell_name"), QStringLiteral("dce"), QStringLiteral("rotating_hostname")},
                    m_problems);
    // The boxes' rows are named by their labels, whose buddies are the first box of each.
    showFieldsAs({{QStringLiteral("cell_name"), m_cell},
                  {QStringLiteral("dce.install_media"), m_media},
                  {QStringLiteral("dce.servers"), m_servers.first()},
                  {QStringLiteral("dce.clients"), m_clients.first()},
                  {QStringLiteral("rotating_hostname"), m_rotating}});
    layout->addStretch(1);
    for (QLineEdit* edit : {m_cell, m_media, m_rotating})
        connect(edit, &QLineEdit::textEdited, this, &CellPage::apply);
    for (QCheckBox* box : m_servers + m_clients)
        connect(box, &QCheckBox::clicked, this, &CellPage::apply);
    // The servers' and clients' boxes get the focus through their row labels' mnemonics.
    qobject_cast<QLabel*>(m_form->labelForField(m_serverRow))->setBuddy(m_servers.first());
    qobject_cast<QLabel*>(m_form->labelForField(m_clientRow))->setBuddy(m_clients.first());
}

void CellPage::retranslate()
{
    setTitle(tr("Cell and DCE", "@title"));
    setSubTitle(tr("The DCE cell, the components this node configures, and where DCE is installed from.",
                   "@subtitle"));
    if (!isBuilt())
        return;
    auto label = [this](QWidget* field) { return qobject_cast<QLabel*>(m_form->labelForField(field)); };
    label(m_cell)->setText(tr("&Cell name:", "@label"));
    m_cell->setAccessibleName(tr("Cell name", "@label"));
    label(m_serverRow)->setText(tr("DCE ser&vers:", "@label"));
    label(m_clientRow)->setText(tr("DCE c&lients:", "@label"));
    // The component ids are what mkdce takes; what each one is, said beside it and in its tooltip.
    for (int i = 0; i < m_servers.size(); ++i) {
        m_servers.at(i)->setAccessibleName(tr("DCE server %1", "@label").arg(kServers.at(i)));
        m_servers.at(i)->setToolTip(componentDescription(kServers.at(i)));
    }
    for (int i = 0; i < m_clients.size(); ++i) {
        m_clients.at(i)->setAccessibleName(tr("DCE client %1", "@label").arg(kClients.at(i)));
        m_clients.at(i)->setToolTip(componentDescription(kClients.at(i)));
    }
    QStringList described;
    for (const auto& id : kServers + kClients)
        described << QStringLiteral("%1: %2").arg(id, componentDescription(id));
    m_components->setText(described.join(QStringLiteral(" · ")));
    label(m_media)->setText(tr("Installation &media:", "@label"));
    m_media->setAccessibleName(tr("Installation media", "@label"));
    label(m_rotating)->setText(tr("&Rotating host name:", "@label"));
    m_rotating->setAccessibleName(tr("Rotating host name", "@label"));
    label(m_password)->setText(tr("cell_&admin password:", "@label"));
    m_password->setAccessibleName(tr("cell_admin password", "@label"));
    label(m_passwordAgain)->setText(tr("The pass&word again:", "@label"));
    m_passwordAgain->setAccessibleName(tr("The cell_admin password again", "@label"));
    m_passwordNote->setText(
        tr("Asked now, before anything runs, so that the run does not stop for it. It goes to "
           "mkdce on its standard input and is kept in memory only: never in a file, a log "
           "or the record.",
           "@info"));
    takePassword();
    explain();
}

void CellPage::explain()
{
    const Answers& a = m_model.parsed().answers;
    m_rules->setText(
        a.isMutualTakeover()
            ? tr("Mutual takeover: DCE and DFS servers cannot run on this node; only clients.", "@info")
        : !a.isOwner() ? tr("Standby node: DCE is installed here but not configured; it runs the owner's "
                            "configuration from the shared DASD after a takeover.",
                            "@info")
                       : tr("The owner node hosts the cell's servers.", "@info"));
}

void CellPage::initializePage()
{
    m_loading = true;
    const Answers& a = m_model.parsed().answers;
    m_cell->setText(a.cellName);
    m_media->setText(a.dce.installMedia);
    m_rotating->setText(a.rotatingHostname);
    m_rotating->setVisible(a.isRotating());
    m_form->labelForField(m_rotating)->setVisible(a.isRotating());
    const bool configuresDce = a.isOwner() || a.isMutualTakeover();
    for (int i = 0; i < m_servers.size(); ++i) {
        m_servers.at(i)->setChecked(a.dce.servers.contains(kServers.at(i)));
        // Servers: never on a mutual-takeover node, never on a standby.
        m_servers.at(i)->setEnabled(configuresDce && !a.isMutualTakeover());
    }
    for (int i = 0; i < m_clients.size(); ++i) {
        m_clients.at(i)->setChecked(a.dce.clients.contains(kClients.at(i)));
        m_clients.at(i)->setEnabled(configuresDce);
    }
    explain();
    showPasswordRows();
    m_loading = false;
    showProblems();
}

bool CellPage::makesNewCell() const
{
    // The owner that configures the security server makes the cell and sets cell_admin's password.
    const Answers& a = m_model.parsed().answers;
    return a.isOwner() && !a.isMutualTakeover() && a.dce.servers.contains(QLatin1String("sec_srv"));
}

void CellPage::showPasswordRows()
{
    const Answers& a = m_model.parsed().answers;
    const bool configuresDce = a.isOwner() || a.isMutualTakeover();
    for (QWidget* w : {static_cast<QWidget*>(m_password), m_form->labelForField(m_password),
                       static_cast<QWidget*>(m_passwordNote)})
        w->setVisible(configuresDce);
    const bool twice = configuresDce && makesNewCell();
    m_passwordAgain->setVisible(twice);
    m_form->labelForField(m_passwordAgain)->setVisible(twice);
    takePassword();
}

void CellPage::takePassword()
{
    const bool twice = !m_passwordAgain->isHidden();
    const bool alike = !twice || m_password->text() == m_passwordAgain->text();
    m_passwordProblem->setText(alike
                                   ? QString()
                                   : tr("cell_admin password: the two entries differ; type the same password "
                                        "in both (a new cell's password is set from it).",
                                        "@info"));
    m_passwordProblem->setVisible(!alike);
    m_model.setPassword(alike && !m_password->isHidden() ? m_password->text().toUtf8() : QByteArray());
    Q_EMIT completeChanged();
}

bool CellPage::isComplete() const
{
    return WizardPage::isComplete() && m_passwordProblem->text().isEmpty();
}

void CellPage::apply()
{
    if (m_loading)
        return;
    QStringList servers;
    QStringList clients;
    for (int i = 0; i < m_servers.size(); ++i)
        if (m_servers.at(i)->isChecked())
            servers << kServers.at(i);
    for (int i = 0; i < m_clients.size(); ++i)
        if (m_clients.at(i)->isChecked())
            clients << kClients.at(i);
    m_model.editAnswers([&](Answers& a) {
        a.cellName = m_cell->text().trimmed();
        a.dce.installMedia = m_media->text().trimmed();
        a.dce.servers = servers;
        a.dce.clients = clients;
        if (a.isRotating())
            a.rotatingHostname = m_rotating->text().trimmed();
    });
    showPasswordRows();
    showProblems();
}

int CellPage::nextId() const
{
    // Mutual takeover has no DCE filesystems on shared DASD: no storage page.
    const Answers& a = m_model.parsed().answers;
    if (!a.isMutualTakeover())
        return int(StoragePageId);
    return a.dfs ? int(DfsPageId) : int(ScriptsPageId);
}

} // namespace dceha
