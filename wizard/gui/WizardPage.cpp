#include "WizardPage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimer>

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

QString WizardPage::nameOf(const ShownField& shown) const
{
    auto plain = [](QString text) {
        text.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // 名前(&N)
        text.remove(QLatin1Char('&'));
        while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xff1a)))
            text.chop(1);
        return text.trimmed();
    };
    if (auto* table = qobject_cast<QTableWidget*>(shown.widget)) {
        const QTableWidgetItem* header =
            shown.column >= 0 ? table->horizontalHeaderItem(shown.column) : nullptr;
        return header ? tr("%1, %2", "@info a table's name, a column's title")
                            .arg(table->accessibleName(), plain(header->text()))
                      : table->accessibleName();
    }
    for (const QLabel* label : findChildren<QLabel*>())
        if (label->buddy() == shown.widget)
            return plain(label->text());
    return shown.widget->accessibleName();
}

void WizardPage::unmark()
{
    for (const auto& widget : std::as_const(m_markedWidgets))
        if (widget) {
            widget->setStyleSheet(QString());
            widget->setAccessibleDescription(QString());
        }
    for (const auto& [table, cell] : std::as_const(m_markedCells))
        if (table)
            if (QTableWidgetItem* item = table->item(cell.first, cell.second)) {
                // A mark is no edit: the page must not read the answers again for it.
                const QSignalBlocker quiet(table.data());
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
    m_markedWidgets.clear();
    m_markedCells.clear();
    m_firstProblem = nullptr;
    m_firstCell = {-1, -1};
}

void WizardPage::showProblems()
{
    if (m_fieldProblems && m_checkedBy) {
        unmark();
        QStringList lines;
        for (const AnswerError& e : m_checkedBy->errorsFor(m_fields)) {
            const ShownField* shown = nullptr;
            int row = -1;
            for (const ShownField& candidate : std::as_const(m_shown)) {
                QString pattern = QRegularExpression::escape(candidate.field);
                pattern.replace(QStringLiteral("\\[\\]"), QStringLiteral("\\[(\\d+)\\]"));
                const QRegularExpressionMatch m =
                    QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("(?:$|[.\\[])"))
                        .match(e.field);
                if (m.hasMatch()) {
                    shown = &candidate;
                    row = m.lastCapturedIndex() >= 1 ? m.captured(1).toInt() : -1;
                    break;
                }
            }
            if (!shown) {
                lines << e.text();
                continue;
            }
            // The page's words for the field; the answers file's path stays in the field's tooltip.
            const QString name = nameOf(*shown);
            lines << (row >= 0 ? tr("%1, row %2: %3", "@info field, row number from 1: refusal")
                                     .arg(name)
                                     .arg(row + 1)
                                     .arg(e.message)
                               : tr("%1: %2", "@info field: refusal").arg(name, e.message));
            const QString tip = tr("%1 (in the answers file: %2)", "@info:tooltip").arg(e.message, e.field);
            auto* table = qobject_cast<QTableWidget*>(shown->widget);
            if (table && row >= 0 && row < table->rowCount()) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    if (shown->column >= 0 && column != shown->column)
                        continue;
                    if (QTableWidgetItem* item = table->item(row, column)) {
                        const QSignalBlocker quiet(table);
                        item->setBackground(QColor(0xff, 0xd8, 0xd8));
                        item->setToolTip(tip);
                        m_markedCells.append({table, {row, column}});
                    }
                }
                if (!m_firstProblem) {
                    m_firstProblem = table;
                    m_firstCell = {row, std::max(0, shown->column)};
                }
                continue;
            }
            shown->widget->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
            shown->widget->setAccessibleDescription(tip);
            m_markedWidgets.append(shown->widget);
            if (!m_firstProblem)
                m_firstProblem = shown->widget;
        }
        m_fieldProblems->setText(lines.join(QLatin1Char('\n')));
    }
    Q_EMIT completeChanged();
}

void WizardPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build();
    retranslate();
    Q_EMIT built();
}

void WizardPage::showEvent(QShowEvent* event)
{
    ensureBuilt();
    QWizardPage::showEvent(event);
    // A page shown with a refused field: the cursor is put there, as a form that says what to fix does.
    QTimer::singleShot(0, this, [this] {
        if (!m_firstProblem || !m_firstProblem->isVisible())
            return;
        if (auto* table = qobject_cast<QTableWidget*>(m_firstProblem.data()))
            table->setCurrentCell(m_firstCell.first, m_firstCell.second);
        m_firstProblem->setFocus(Qt::OtherFocusReason);
    });
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
