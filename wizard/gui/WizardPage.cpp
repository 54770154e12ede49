#include "Pages.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace dceha {

QLabel* makeProblemsLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    return label;
}

QLabel* addFormRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel;
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

void WizardPage::setAnswerFields(const WizardModel* model, QStringList fields, QLabel* problems)
{
    m_checkedBy = model;
    m_fields = std::move(fields);
    m_fieldProblems = problems;
}

void WizardPage::showProblems()
{
    if (m_fieldProblems && m_checkedBy)
        m_fieldProblems->setText(m_checkedBy->problemsFor(m_fields).join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool WizardPage::isComplete() const
{
    if (!m_checkedBy)
        return QWizardPage::isComplete();
    return m_checkedBy->problemsFor(m_fields).isEmpty();
}

void WizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace dceha
