#pragma once

#include "WizardPage.h"

namespace dceha {

class ApplicationsEditor;

/** Where the scripts go, the application server, the user's applications, event wrappers, registration; in
 * mutual takeover also the other node's application server and applications, which this node runs after
 * taking the other node's resource group over. */
class ScriptsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ScriptsPage(WizardModel& model);
    void initializePage() override;
    QLineEdit* directory() const { return m_dir; }
    QTableWidget* applications() const;
    QPushButton* addApplicationButton() const;
    QPushButton* removeApplicationButton() const;
    QLineEdit* peerServer() const { return m_peerServer; }
    QTableWidget* peerApplications() const;

protected:
    void retranslate() override;
    void build() override;

private:
    void apply();
    WizardModel& m_model;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_dir = nullptr;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_peerServer = nullptr;
    QCheckBox* m_register = nullptr;
    QCheckBox* m_wrappers = nullptr;
    ApplicationsEditor* m_apps = nullptr;
    ApplicationsEditor* m_peerApps = nullptr;
    QLabel* m_problems = nullptr;
    bool m_loading = false;
};

} // namespace dceha
