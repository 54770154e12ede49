#pragma once

#include "WizardPage.h"

class QSpinBox;

namespace dceha {

/** The shared volume group (not in mutual takeover): disks discovered from the node, free space, the JFS log
 * and the three DCE filesystems with non-default LV names and sizes. */
class StoragePage : public WizardPage
{
    Q_OBJECT
public:
    explicit StoragePage(WizardModel& model);
    void initializePage() override;
    int nextId() const override;
    QListWidget* disks() const { return m_disks; }
    QTableWidget* filesystems() const { return m_filesystems; }
    QComboBox* ppSize() const { return m_ppSize; }
    QSpinBox* majorNumber() const { return m_major; }
    QLabel* space() const { return m_space; }

protected:
    void retranslate() override;
    void build() override;

private:
    void apply();
    /** The space line, from what the node said of the VG (no query). */
    void describeSpace();
    /** Asks the node for the VG's space when the name is new, then describes it. */
    void refreshSpace();
    void listDisks();
    WizardModel& m_model;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_vg = nullptr;
    QLineEdit* m_log = nullptr;
    QComboBox* m_ppSize = nullptr;
    QSpinBox* m_major = nullptr;
    QListWidget* m_disks = nullptr;
    QLabel* m_diskHint = nullptr;
    QTableWidget* m_filesystems = nullptr;
    QLabel* m_space = nullptr;
    QLabel* m_problems = nullptr;
    QList<WizardModel::Disk> m_discovered;
    bool m_loading = false;
};

} // namespace dceha
