#include "WizardPage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>

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

void connectRowButtons(QTableWidget* table, QPushButton* add, QPushButton* remove,
                       std::function<void()> changed)
{
    QObject::connect(add, &QPushButton::clicked, table, [table, changed] {
        const int row = table->rowCount();
        {
            // The empty cells are one change, not three.
            const QSignalBlocker quiet(table);
            table->insertRow(row);
            for (int column = 0; column < table->columnCount(); ++column)
                table->setItem(row, column, new QTableWidgetItem);
        }
        changed();
        table->setCurrentCell(row, 0);
        table->setFocus();
        table->editItem(table->item(row, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table, changed] {
        if (table->currentRow() < 0)
            return;
        table->removeRow(table->currentRow());
        changed();
    });
    QObject::connect(table, &QTableWidget::currentCellChanged, remove,
                     [table, remove](int row) { remove->setEnabled(row >= 0 && table->isEnabled()); });
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

void WizardPage::askSpace(WizardModel& model, const QString& vg, std::function<void()> redraw)
{
    redraw();
    if (vg.isEmpty() || vg == m_spaceOf)
        return;
    askingNode(true);
    model.askNode<std::optional<NodeDiscovery::Space>>(
        this, [vg](NodeDiscovery& node) { return node.volumeGroupSpace(vg); },
        [this, vg, redraw](const std::optional<NodeDiscovery::Space>& space) {
            askingNode(false);
            m_spaceOf = vg;
            m_vgSpace = space;
            redraw();
        });
}

void WizardPage::askingNode(bool asking)
{
    m_asking += asking ? 1 : -1;
    Q_EMIT completeChanged();
}

bool WizardPage::isComplete() const
{
    if (m_asking > 0)
        return false;
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

QLabel* WizardPage::makeOriginsLabel(WizardModel& model)
{
    m_origins = new QLabel;
    m_origins->setObjectName(QStringLiteral("origins"));
    m_origins->setWordWrap(true);
    m_origins->setTextFormat(Qt::PlainText);
    m_originModel = &model;
    connect(&model, &WizardModel::answersChanged, this, &WizardPage::showOrigins);
    return m_origins;
}

void WizardPage::setOriginFields(QList<QPair<QString, QString>> labelsAndFields)
{
    m_originFields = std::move(labelsAndFields);
    showOrigins();
}

void WizardPage::showOrigins()
{
    if (!m_origins || !m_originModel)
        return;
    QStringList lines;
    for (const auto& [label, field] : std::as_const(m_originFields)) {
        QString source;
        const QString origin = m_originModel->originOf(field, &source);
        if (origin == QLatin1String("discovered"))
            lines << tr("%1: discovered (%2)", "@item origin of a value").arg(label, source);
        else if (origin == QLatin1String("typed"))
            lines << tr("%1: typed (the node said: %2)", "@item origin of a value").arg(label, source);
    }
    m_origins->setText(lines.isEmpty() ? QString()
                                       : tr("Where the values come from:", "@info") + QStringLiteral("\n• ") +
                                             lines.join(QStringLiteral("\n• ")));
    m_origins->setVisible(!lines.isEmpty());
}

} // namespace dceha
