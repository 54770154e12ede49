#pragma once

#include "answers/Answers.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dceha {

/** A table of applications (name, start command, stop command) with its label and Add/Remove buttons: the
 * Scripts page shows one for this node's applications and, in mutual takeover, one for the other node's.
 * Command lines are split as a shell splits words; nothing is ever run through a shell. */
class ApplicationsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationsEditor(QWidget* parent = nullptr);
    /** Shows @p apps (and an empty row to type into), without emitting changed(). */
    void load(const QList<Answers::Application>& apps);
    /** The rows with a name, as answers. */
    QList<Answers::Application> applications() const;
    /** @p label (with its mnemonic) above the table; @p accessible names the table; the buttons' texts
     * (a page with two editors gives each its own mnemonics). */
    void setTexts(const QString& label, const QString& accessible, const QString& add, const QString& remove);
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();

private:
    QLabel* m_label;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    bool m_loading = false;
};

} // namespace dceha
