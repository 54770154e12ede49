#include "Pages.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dceha {

QLabel* makeProblemsLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    return label;
}

WelcomePage::WelcomePage(WizardModel& model) : m_model(model)
{
    setTitle(tr("Integrate DCE and DFS with HACMP", "@title"));
    setSubTitle(
        tr("The steps of chapter 3 of the IBM guide, on this node, in order, each checked before and after.",
           "@subtitle"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The wizard walks the highest-priority (owner) node or the standby/takeover node through "
           "the integration: shared volume group and filesystems, RPC_UNSUPPORTED_NETADDRS, the DFS "
           "cache, DCE/DFS installation and configuration, the application server scripts, and the "
           "release of the shared DASD. You see the whole plan before anything runs; an interrupted "
           "run resumes where it stopped.",
           "@info"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Answers file (empty: choose on the next page):", "@label"));
    m_file = new QLineEdit;
    m_file->setAccessibleName(tr("Answers file", "@label"));
    label->setBuddy(m_file);
    auto* browse = new QPushButton(tr("&Browse…", "@action:button"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Answers file", "@title:window"), QString(),
                                         tr("Answers (*.yaml *.yml)", "@item:inlistbox"));
        if (!file.isEmpty())
            m_file->setText(file);
    });
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    layout->addWidget(label);
    layout->addLayout(row);
    auto* ownerLabel =
        new QLabel(tr("&Owner node's record (on the standby node, from the owner's run):", "@label"));
    m_ownerRecord = new QLineEdit;
    m_ownerRecord->setAccessibleName(tr("Owner node's record", "@label"));
    ownerLabel->setBuddy(m_ownerRecord);
    auto* ownerRow = new QHBoxLayout;
    auto* browseOwner = new QPushButton(tr("B&rowse…", "@action:button"));
    connect(browseOwner, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Owner node's record", "@title:window"), QString(),
                                         tr("Records (*.yaml *.yml)", "@item:inlistbox"));
        if (!file.isEmpty())
            m_ownerRecord->setText(file);
    });
    ownerRow->addWidget(m_ownerRecord, 1);
    ownerRow->addWidget(browseOwner);
    layout->addWidget(ownerLabel);
    layout->addLayout(ownerRow);
    m_resume = new QLabel;
    m_resume->setWordWrap(true);
    layout->addWidget(m_resume);
    m_error = makeProblemsLabel();
    layout->addWidget(m_error);
    layout->addStretch(1);
    m_file->setText(m_model.options().answersFile);
    m_ownerRecord->setText(m_model.options().ownerRecord);
}

void WelcomePage::initializePage()
{
    const QString summary = m_model.checkpointSummary();
    m_resume->setText(summary.isEmpty()
                          ? QString()
                          : summary + QLatin1Char(' ') +
                                tr("With the same answers the run resumes where it stopped.", "@info"));
}

bool WelcomePage::validatePage()
{
    m_error->clear();
    if (!m_ownerRecord->text().isEmpty()) {
        QString error;
        if (!m_model.setOwnerRecord(m_ownerRecord->text(), &error)) {
            m_error->setText(error);
            return false;
        }
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
