#pragma once

#include "WizardPage.h"

namespace dceha {

/** The DFS client cache (a local VG, never the shared one) and, outside mutual takeover, the aggregates. */
class DfsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit DfsPage(WizardModel& model);
    void initializePage() override;
    QComboBox* cacheVg() const { return m_vg; }
    QTableWidget* aggregates() const { return m_aggregates; }
    QPushButton* addAggregateButton() const { return m_add; }
    QPushButton* removeAggregateButton() const { return m_remove; }
    QLabel* space() const { return m_space; }

protected:
    void retranslate() override;

private:
    void apply();
    /** The space line, from what the node said of the cache's VG (no query). */
    void describeSpace();
    /** Asks the node for the VG's space when the name is new, then describes it. */
    void refreshSpace();
    WizardModel& m_model;
    QFormLayout* m_form;
    QComboBox* m_vg;
    QLineEdit* m_lv;
    QLineEdit* m_size;
    QLineEdit* m_mount;
    QLabel* m_space;
    QLabel* m_aggregatesLabel;
    QTableWidget* m_aggregates;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_problems;
    bool m_loading = false;
};

} // namespace dceha
