#include "ScriptsPage.h"

#include "ApplicationsEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dceha {

ScriptsPage::ScriptsPage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void ScriptsPage::build()
{
    m_form = new QFormLayout;
    m_dir = new QLineEdit;
    addFormRow(m_form, m_dir);
    m_server = new QLineEdit;
    addFormRow(m_form, m_server);
    m_peerServer = new QLineEdit;
    addFormRow(m_form, m_peerServer);
    m_register = new QCheckBox;
    m_form->addRow(QString(), m_register);
    m_wrappers = new QCheckBox;
    m_form->addRow(QString(), m_wrappers);
    m_apps = new ApplicationsEditor;
    m_peerApps = new ApplicationsEditor;
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_apps, 1);
    layout->addWidget(m_peerApps, 1);
    m_problems = makeProblemsLabel();
    layout->addWidget(m_problems);
    layout->addWidget(makeOriginsLabel(m_model));
    setAnswerFields(&m_model,
                    {QStringLiteral("scripts_dir"), QStringLiteral("app_server"),
                     QStringLiteral("peer_app_server"), QStringLiteral("applications"),
                     QStringLiteral("peer_applications"), QStringLiteral("event_wrappers")},
                    m_problems);
    showFieldsAs({{QStringLiteral("applications[].name"), m_apps->table(), 0},
                  {QStringLiteral("applications[].start"), m_apps->table(), 1},
                  {QStringLiteral("applications[].stop"), m_apps->table(), 2},
                  {QStringLiteral("applications[]"), m_apps->table()},
                  {QStringLiteral("peer_applications[].name"), m_peerApps->table(), 0},
                  {QStringLiteral("peer_applications[].start"), m_peerApps->table(), 1},
                  {QStringLiteral("peer_applications[].stop"), m_peerApps->table(), 2},
                  {QStringLiteral("peer_applications[]"), m_peerApps->table()},
                  {QStringLiteral("scripts_dir"), m_dir},
                  {QStringLiteral("app_server"), m_server},
                  {QStringLiteral("peer_app_server"), m_peerServer}});
    for (QLineEdit* e : {m_dir, m_server, m_peerServer})
        connect(e, &QLineEdit::textEdited, this, &ScriptsPage::apply);
    for (QCheckBox* c : {m_register, m_wrappers})
        connect(c, &QCheckBox::clicked, this, &ScriptsPage::apply);
    for (ApplicationsEditor* e : {m_apps, m_peerApps})
        connect(e, &ApplicationsEditor::changed, this, &ScriptsPage::apply);
}

QTableWidget* ScriptsPage::applications() const
{
    return m_apps->table();
}
QPushButton* ScriptsPage::addApplicationButton() const
{
    return m_apps->addButton();
}
QPushButton* ScriptsPage::removeApplicationButton() const
{
    return m_apps->removeButton();
}
QTableWidget* ScriptsPage::peerApplications() const
{
    return m_peerApps->table();
}

void ScriptsPage::retranslate()
{
    setTitle(tr("Application server scripts", "@title"));
    setSubTitle(tr("HACMP starts and stops DCE (and DFS) through these scripts; the same path on both nodes.",
                   "@subtitle"));
    if (!isBuilt())
        return;
    auto label = [this](QWidget* field) { return qobject_cast<QLabel*>(m_form->labelForField(field)); };
    setOriginFields(
        {{tr("Scripts directory", "@label"), QStringLiteral("scripts_dir")},
         {tr("Application server", "@label"), QStringLiteral("app_server")},
         {tr("The other node's application server", "@label"), QStringLiteral("peer_app_server")}});
    label(m_dir)->setText(tr("Scripts &directory:", "@label"));
    m_dir->setAccessibleName(tr("Scripts directory", "@label"));
    label(m_server)->setText(tr("Application &server:", "@label"));
    m_server->setAccessibleName(tr("Application server name", "@label"));
    label(m_peerServer)->setText(tr("The other node's application serv&er:", "@label"));
    m_peerServer->setAccessibleName(tr("The other node's application server name", "@label"));
    m_peerServer->setToolTip(tr("Mutual takeover: each node's resource group has its own application server; "
                                "this node runs the other node's after taking its resource group over.",
                                "@info:tooltip"));
    m_register->setText(tr("&Register it with HACMP (claddserv) before the cluster start", "@option:check"));
    m_wrappers->setText(
        tr("Also install node_down post-event and node_up pre-event &wrappers", "@option:check"));
    m_apps->setTexts(
        tr("Your a&pplications (started after DCE/DFS, stopped before; programs by full path):", "@label"),
        tr("Your applications, started after DCE/DFS and stopped before", "@label"),
        tr("Add appli&cation", "@action:button"), tr("Remo&ve application", "@action:button"));
    m_peerApps->setTexts(tr("The other node's appl&ications, which this node starts when it takes the other "
                            "node's resource group over (programs by full path):",
                            "@label"),
                         tr("The other node's applications", "@label"),
                         tr("Add an application of the o&ther node", "@action:button"),
                         tr("Re&move an application of the other node", "@action:button"));
}

void ScriptsPage::initializePage()
{
    m_loading = true;
    const Answers& a = m_model.parsed().answers;
    const bool mutual = a.isMutualTakeover();
    m_dir->setText(a.scriptsDir);
    m_server->setText(a.appServerName);
    m_peerServer->setText(a.peerAppServerName);
    // Only mutual takeover has another node's server and applications; event wrappers do not apply there.
    m_peerServer->setVisible(mutual);
    m_form->labelForField(m_peerServer)->setVisible(mutual);
    m_peerApps->setVisible(mutual);
    m_wrappers->setVisible(!mutual);
    m_register->setChecked(a.registerAppServer);
    m_register->setEnabled(a.isOwner());
    m_wrappers->setChecked(a.eventWrappers);
    m_apps->load(a.applications);
    m_peerApps->load(a.peerApplications);
    m_loading = false;
    showProblems();
}

void ScriptsPage::apply()
{
    if (m_loading)
        return;
    const QList<Answers::Application> apps = m_apps->applications();
    const QList<Answers::Application> peerApps = m_peerApps->applications();
    m_model.editAnswers([&](Answers& a) {
        a.scriptsDir = m_dir->text().trimmed();
        a.appServerName = m_server->text().trimmed();
        a.registerAppServer = m_register->isChecked();
        a.eventWrappers = m_wrappers->isChecked();
        a.applications = apps;
        if (a.isMutualTakeover()) {
            a.peerAppServerName = m_peerServer->text().trimmed();
            a.peerApplications = peerApps;
        }
    });
    showProblems();
}

} // namespace dceha
