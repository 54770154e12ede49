#pragma once

#include "WizardPage.h"

namespace dceha {

/** The cell, this node's DCE components, the installation media; the rotating host name where it applies. */
class CellPage : public WizardPage
{
    Q_OBJECT
public:
    explicit CellPage(WizardModel& model);
    void initializePage() override;
    int nextId() const override;
    QLineEdit* cellEdit() const { return m_cell; }

protected:
    void retranslate() override;

private:
    void apply();
    void explain();
    WizardModel& m_model;
    QFormLayout* m_form;
    QLineEdit* m_cell;
    QLineEdit* m_media;
    QLineEdit* m_rotating;
    QWidget* m_serverRow;
    QWidget* m_clientRow;
    QList<QCheckBox*> m_servers;
    QList<QCheckBox*> m_clients;
    QLabel* m_rules;
    QLabel* m_problems;
    bool m_loading = false;
};

} // namespace dceha
