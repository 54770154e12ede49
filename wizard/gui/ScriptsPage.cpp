#include "ScriptsPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dceha {

namespace {

/** An argument list as a command line QProcess::splitCommand reads back: double quotes where needed,
 * a literal quote tripled. */
QString commandLine(const QStringList& argv)
{
    QStringList quoted;
    for (const auto& a : argv)
        quoted << (a.contains(QLatin1Char(' ')) || a.contains(QLatin1Char('"')) || a.isEmpty()
                       ? QLatin1Char('"') + QString(a).replace(QLatin1Char('"'), QStringLiteral("\"\"\"")) +
                             QLatin1Char('"')
                       : a);
    return quoted.join(QLatin1Char(' '));
}

} // namespace

ScriptsPage::ScriptsPage(WizardModel& model) : m_model(model)
{
    m_form = new QFormLayout;
    m_dir = new QLineEdit;
    addFormRow(m_form, m_dir);
    m_server = new QLineEdit;
    addFormRow(m_form, m_server);
    m_register = new QCheckBox;
    m_form->addRow(QString(), m_register);
    m_wrappers = new QCheckBox;
    m_form->addRow(QString(), m_wrappers);
    m_apps = new QTableWidget(3, 3);
    m_apps->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_apps->setTabKeyNavigation(false);
    m_appsLabel = new QLabel;
    m_appsLabel->setWordWrap(true);
    m_appsLabel->setBuddy(m_apps);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_appsLabel);
    layout->addWidget(m_apps, 1);
    m_addApp = new QPushButton;
    m_removeApp = new QPushButton;
    m_removeApp->setEnabled(false);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addApp);
    rowButtons->addWidget(m_removeApp);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    connectRowButtons(m_apps, m_addApp, m_removeApp, [this] { apply(); });
    m_problems = makeProblemsLabel();
    layout->addWidget(m_problems);
    setAnswerFields(
        &m_model,
        {QStringLiteral("scripts_dir"), QStringLiteral("app_server"), QStringLiteral("applications")},
        m_problems);
    for (QLineEdit* e : {m_dir, m_server})
        connect(e, &QLineEdit::textEdited, this, &ScriptsPage::apply);
    for (QCheckBox* c : {m_register, m_wrappers})
        connect(c, &QCheckBox::clicked, this, &ScriptsPage::apply);
    connect(m_apps, &QTableWidget::itemChanged, this, &ScriptsPage::apply);
    retranslate();
}

void ScriptsPage::retranslate()
{
    setTitle(tr("Application server scripts", "@title"));
    setSubTitle(tr("HACMP starts and stops DCE (and DFS) through these scripts; the same path on both nodes.",
                   "@subtitle"));
    auto label = [this](QWidget* field) { return qobject_cast<QLabel*>(m_form->labelForField(field)); };
    label(m_dir)->setText(tr("Scripts &directory:", "@label"));
    m_dir->setAccessibleName(tr("Scripts directory", "@label"));
    label(m_server)->setText(tr("Application &server:", "@label"));
    m_server->setAccessibleName(tr("Application server name", "@label"));
    m_register->setText(tr("&Register it with HACMP (claddserv) before the cluster start", "@option:check"));
    m_wrappers->setText(
        tr("Also install node_down post-event and node_up pre-event &wrappers", "@option:check"));
    m_apps->setHorizontalHeaderLabels({tr("Application", "@title:column"),
                                       tr("Start command", "@title:column"),
                                       tr("Stop command", "@title:column")});
    m_apps->setAccessibleName(tr("Your applications, started after DCE/DFS and stopped before", "@label"));
    m_appsLabel->setText(
        tr("Your a&pplications (started after DCE/DFS, stopped before; programs by full path):", "@label"));
    m_addApp->setText(tr("Add appli&cation", "@action:button"));
    m_removeApp->setText(tr("Remo&ve application", "@action:button"));
}

void ScriptsPage::initializePage()
{
    m_loading = true;
    const Answers& a = m_model.parsed().answers;
    m_dir->setText(a.scriptsDir);
    m_server->setText(a.appServerName);
    m_register->setChecked(a.registerAppServer);
    m_register->setEnabled(a.isOwner());
    m_wrappers->setChecked(a.eventWrappers);
    m_apps->setRowCount(std::max(3, int(a.applications.size()) + 1));
    for (int i = 0; i < m_apps->rowCount(); ++i)
        for (int k = 0; k < 3; ++k)
            m_apps->setItem(i, k, new QTableWidgetItem);
    for (int i = 0; i < a.applications.size(); ++i) {
        m_apps->item(i, 0)->setText(a.applications.at(i).name);
        m_apps->item(i, 1)->setText(commandLine(a.applications.at(i).start));
        m_apps->item(i, 2)->setText(commandLine(a.applications.at(i).stop));
    }
    m_loading = false;
    showProblems();
}

void ScriptsPage::apply()
{
    if (m_loading)
        return;
    QList<Answers::Application> apps;
    for (int i = 0; i < m_apps->rowCount(); ++i) {
        const QString name = m_apps->item(i, 0) ? m_apps->item(i, 0)->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        // Command lines are split like a shell would split words, but nothing is ever run through a shell.
        apps.append({name, QProcess::splitCommand(m_apps->item(i, 1)->text()),
                     QProcess::splitCommand(m_apps->item(i, 2)->text())});
    }
    m_model.editAnswers([&](Answers& a) {
        a.scriptsDir = m_dir->text().trimmed();
        a.appServerName = m_server->text().trimmed();
        a.registerAppServer = m_register->isChecked();
        a.eventWrappers = m_wrappers->isChecked();
        a.applications = apps;
    });
    showProblems();
}

} // namespace dceha
