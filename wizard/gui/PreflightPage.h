#pragma once

#include "WizardPage.h"

namespace dceha {

/** @brief Every precondition of this node, checked before anything changes (the engine's pre-flight,
 * Preflight.h): one row per finding, with its result and what the node said. Next waits for it and is refused
 * while a check fails; "Check again" asks the node again (after a disk was freed, the CD inserted). */
class PreflightPage : public WizardPage
{
    Q_OBJECT
public:
    explicit PreflightPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    QTreeWidget* findings() const { return m_findings; }
    QLabel* summary() const { return m_summary; }
    /** The selected finding in full, with its evidence. */
    QLabel* detail() const { return m_detail; }
    QPushButton* checkAgainButton() const { return m_again; }

protected:
    void retranslate() override;
    void build() override;

private:
    void check();
    void show();
    WizardModel& m_model;
    QTreeWidget* m_findings = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_again = nullptr;
    QMetaObject::Connection m_doneConnection;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace dceha
