#pragma once

#include "WizardPage.h"

namespace dceha {

/** Where the scripts go, the application server, the user's applications, event wrappers, registration. */
class ScriptsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ScriptsPage(WizardModel& model);
    void initializePage() override;
    QLineEdit* directory() const { return m_dir; }
    QTableWidget* applications() const { return m_apps; }
    QPushButton* addApplicationButton() const { return m_addApp; }
    QPushButton* removeApplicationButton() const { return m_removeApp; }

protected:
    void retranslate() override;

private:
    void apply();
    WizardModel& m_model;
    QFormLayout* m_form;
    QLineEdit* m_dir;
    QLineEdit* m_server;
    QCheckBox* m_register;
    QCheckBox* m_wrappers;
    QLabel* m_appsLabel;
    QTableWidget* m_apps;
    QPushButton* m_addApp;
    QPushButton* m_removeApp;
    QLabel* m_problems;
    bool m_loading = false;
};

} // namespace dceha
