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
    /** The answers' checks, and the two password entries alike where a new cell is made. */
    bool isComplete() const override;
    QLineEdit* cellEdit() const { return m_cell; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* passwordAgainEdit() const { return m_passwordAgain; }
    QLabel* passwordProblem() const { return m_passwordProblem; }
    /** What a DCE component id stands for, in the person's language. */
    static QString componentDescription(const QString& id);

protected:
    void retranslate() override;
    void build() override;

private:
    void apply();
    void explain();
    /** The password rows shown where DCE is configured, the second one where this node makes the cell. */
    void showPasswordRows();
    /** Hands the password typed to the model when it may be used (both entries alike). */
    void takePassword();
    bool makesNewCell() const;
    WizardModel& m_model;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_cell = nullptr;
    QLineEdit* m_media = nullptr;
    QLineEdit* m_rotating = nullptr;
    QWidget* m_serverRow = nullptr;
    QWidget* m_clientRow = nullptr;
    QList<QCheckBox*> m_servers;
    QList<QCheckBox*> m_clients;
    QLabel* m_rules = nullptr;
    QLabel* m_components = nullptr;
    QLabel* m_problems = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_passwordAgain = nullptr;
    QLabel* m_passwordNote = nullptr;
    QLabel* m_passwordProblem = nullptr;
    bool m_loading = false;
};

} // namespace dceha
