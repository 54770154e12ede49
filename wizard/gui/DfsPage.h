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
    void build() override;

private:
    void apply();
    /** The space line, from what the node said of the cache's VG (no query). */
    void describeSpace();
    /** Asks the node for the VG's space when the name is new, then describes it. */
    void refreshSpace();
    WizardModel& m_model;
    QFormLayout* m_form = nullptr;
    QComboBox* m_vg = nullptr;
    QLineEdit* m_lv = nullptr;
    QLineEdit* m_size = nullptr;
    QLineEdit* m_mount = nullptr;
    QLabel* m_space = nullptr;
    QLabel* m_aggregatesLabel = nullptr;
    QTableWidget* m_aggregates = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_problems = nullptr;
    bool m_loading = false;
};

} // namespace dceha
