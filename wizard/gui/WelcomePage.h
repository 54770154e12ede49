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

private:
    WizardModel& m_model;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_intro;
    QLabel* m_target;
    QLabel* m_fileLabel;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_ownerLabel;
    QLineEdit* m_ownerRecord;
    QPushButton* m_browseOwner;
    QLabel* m_nodeLabel;
    QLineEdit* m_node;
    QLabel* m_peerLabel;
    QLineEdit* m_peer;
    QCheckBox* m_bothNodes;
    QLabel* m_standbyFileLabel;
    QLineEdit* m_standbyFile;
    QPushButton* m_browseStandby;
    QGroupBox* m_resumeBox;
    QLabel* m_progress;
    QRadioButton* m_resume;
    QRadioButton* m_startOver;
    QLabel* m_error;
    bool m_connecting = false;
};

} // namespace dceha
