#pragma once

#include "WizardPage.h"

namespace dceha {

class ConfigurationDiagram;

/** The HACMP configuration (with its diagram), this node's role, DFS; what the configuration forbids. */
class ClusterPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ClusterPage(WizardModel& model);
    void initializePage() override;
    bool validatePage() override;
    QComboBox* configurationBox() const { return m_configuration; }
    QRadioButton* standbyButton() const { return m_standby; }
    ConfigurationDiagram* diagram() const { return m_diagram; }

protected:
    void retranslate() override;

private:
    void explain();
    WizardModel& m_model;
    QFormLayout* m_form;
    QComboBox* m_configuration;
    QRadioButton* m_owner;
    QRadioButton* m_standby;
    QCheckBox* m_dfs;
    ConfigurationDiagram* m_diagram;
    QLabel* m_rules;
    bool m_fromFile = false;
};

} // namespace dceha
