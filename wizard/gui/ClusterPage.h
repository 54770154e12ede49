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
    /** Complete unless HACMP's own configuration (discovered) contradicts the choice. */
    bool isComplete() const override;
    /** What discovery says of the cluster, and the refusal of a choice HACMP contradicts. */
    QLabel* hacmpLabel() const { return m_hacmp; }
    QLabel* problemsLabel() const { return m_problems; }
    QComboBox* configurationBox() const { return m_configuration; }
    QRadioButton* standbyButton() const { return m_standby; }
    ConfigurationDiagram* diagram() const { return m_diagram; }

protected:
    void retranslate() override;
    void build() override;

private:
    void explain();
    /** Asks the node what HACMP says (once per window), then preselects its configuration and role. */
    void discover();
    /** Why HACMP's configuration forbids the choice made here; empty when it does not. */
    QString contradiction() const;
    WizardModel& m_model;
    QFormLayout* m_form = nullptr;
    QComboBox* m_configuration = nullptr;
    QRadioButton* m_owner = nullptr;
    QRadioButton* m_standby = nullptr;
    QCheckBox* m_dfs = nullptr;
    ConfigurationDiagram* m_diagram = nullptr;
    QLabel* m_rules = nullptr;
    QLabel* m_hacmp = nullptr;
    QLabel* m_problems = nullptr;
    bool m_fromFile = false;
};

} // namespace dceha
