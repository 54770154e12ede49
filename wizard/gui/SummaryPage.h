#pragma once

#include "WizardPage.h"

namespace dceha {

/** The result, the exports, the HTML record opened, what to do next. */
class SummaryPage : public WizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(WizardModel& model);
    void initializePage() override;
    /** The owner's summary leads to the failover test; the standby's is the last page. */
    int nextId() const override;
    /** Writes the record in @p format to @p file (the buttons ask for the file). */
    bool exportTo(const QString& format, const QString& file);
    QLabel* text() const { return m_text; }
    /** What the run changed on the node, by kind (NodeChange). */
    QTreeWidget* changes() const { return m_changes; }

protected:
    void retranslate() override;
    void build() override;

private:
    WizardModel& m_model;
    void showChanges();
    QLabel* m_text = nullptr;
    QLabel* m_changesLabel = nullptr;
    QTreeWidget* m_changes = nullptr;
    QList<QPushButton*> m_exports;
    QPushButton* m_open = nullptr;
    QString m_savedRecord;
};

} // namespace dceha
