#pragma once

#include "WizardPage.h"

namespace dceha {

/** The node's adapters, each assigned service (kept) or excluded; RPC_UNSUPPORTED_NETADDRS shown live. */
class NetworkPage : public WizardPage
{
    Q_OBJECT
public:
    explicit NetworkPage(WizardModel& model);
    void initializePage() override;
    QTreeWidget* adapters() const { return m_adapters; }
    QLabel* variable() const { return m_variable; }
    /** Sets the role of the address in row @p row: "service", "boot", "standby" or "" (not this node's). */
    void assign(int row, const QString& role);

protected:
    void retranslate() override;
    void build() override;

private:
    /** The node's adapters, as askNode found them, with the answers' roles. */
    void showAdapters(QList<WizardModel::Adapter> adapters);
    void apply();
    WizardModel& m_model;
    QTreeWidget* m_adapters = nullptr;
    QLabel* m_variable = nullptr;
    QLabel* m_problems = nullptr;
    bool m_loading = false;
};

} // namespace dceha
