#pragma once

#include "WizardPage.h"

class QCheckBox;

namespace dceha {

/** What the wizard does, the language, where the answers come from (the demo's examples, a file, the
 * owner's record), and, when a checkpoint exists, resume or start over. */
class WelcomePage : public WizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WizardModel& model);
    void initializePage() override;
    bool validatePage() override;
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* answersFileEdit() const { return m_file; }
    QLineEdit* ownerRecordEdit() const { return m_ownerRecord; }
    QGroupBox* resumeBox() const { return m_resumeBox; }
    QRadioButton* resumeButton() const { return m_resume; }
    QRadioButton* startOverButton() const { return m_startOver; }
    /** Both nodes in this window (shown when the other node is given: --peer-root, --peer). */
    QCheckBox* bothNodesBox() const { return m_bothNodes; }
    QLineEdit* standbyAnswersEdit() const { return m_standbyFile; }
    /** The nodes reached over SSH (ssh://[USER@]HOST[:PORT]); empty: this machine's, the simulated one. */
    QLineEdit* nodeAddressEdit() const { return m_node; }
    QLineEdit* peerAddressEdit() const { return m_peer; }

protected:
    void retranslate() override;
    void build() override;

private:
    WizardModel& m_model;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_target = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_ownerLabel = nullptr;
    QLineEdit* m_ownerRecord = nullptr;
    QPushButton* m_browseOwner = nullptr;
    QLabel* m_nodeLabel = nullptr;
    QLineEdit* m_node = nullptr;
    QLabel* m_peerLabel = nullptr;
    QLineEdit* m_peer = nullptr;
    QCheckBox* m_bothNodes = nullptr;
    QLabel* m_standbyFileLabel = nullptr;
    QLineEdit* m_standbyFile = nullptr;
    QPushButton* m_browseStandby = nullptr;
    QGroupBox* m_resumeBox = nullptr;
    QLabel* m_progress = nullptr;
    QRadioButton* m_resume = nullptr;
    QRadioButton* m_startOver = nullptr;
    QLabel* m_error = nullptr;
    bool m_connecting = false;
};

} // namespace dceha
