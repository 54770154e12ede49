#include "ApplicationsEditor.h"

#include "WizardPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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

ApplicationsEditor::ApplicationsEditor(QWidget* parent) : QWidget(parent)
{
    m_table = new QTableWidget(3, 3);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_label = new QLabel;
    m_label->setWordWrap(true);
    m_label->setBuddy(m_table);
    m_add = new QPushButton;
    m_remove = new QPushButton;
    m_remove->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_table, 1);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    connectRowButtons(m_table, m_add, m_remove, [this] { Q_EMIT changed(); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
}

void ApplicationsEditor::setTexts(const QString& label, const QString& accessible, const QString& add,
                                  const QString& remove)
{
    m_label->setText(label);
    m_table->setAccessibleName(accessible);
    m_table->setHorizontalHeaderLabels({tr("Application", "@title:column"),
                                        tr("Start command", "@title:column"),
                                        tr("Stop command", "@title:column")});
    m_add->setText(add);
    m_remove->setText(remove);
}

void ApplicationsEditor::load(const QList<Answers::Application>& apps)
{
    m_loading = true;
    // One row an application, no blank ones: an empty list is an empty table (Add makes a row).
    m_table->setRowCount(int(apps.size()));
    for (int i = 0; i < m_table->rowCount(); ++i)
        for (int k = 0; k < 3; ++k)
            m_table->setItem(i, k, new QTableWidgetItem);
    for (int i = 0; i < apps.size(); ++i) {
        m_table->item(i, 0)->setText(apps.at(i).name);
        m_table->item(i, 1)->setText(commandLine(apps.at(i).start));
        m_table->item(i, 2)->setText(commandLine(apps.at(i).stop));
    }
    m_loading = false;
}

QList<Answers::Application> ApplicationsEditor::applications() const
{
    QList<Answers::Application> apps;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const QString name = m_table->item(i, 0) ? m_table->item(i, 0)->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        // Command lines are split like a shell would split words, but nothing is ever run through a shell.
        apps.append({name, QProcess::splitCommand(m_table->item(i, 1)->text()),
                     QProcess::splitCommand(m_table->item(i, 2)->text())});
    }
    return apps;
}

} // namespace dceha
