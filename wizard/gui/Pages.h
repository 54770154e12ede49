#pragma once

#include "WizardModel.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTreeWidget;

namespace dceha {

/** The label a page shows the engine's refusals in (wrapped, in the error colour). */
QLabel* makeProblemsLabel();

/** Page ids, in order (QWizard's nextId() follows them). */
enum PageId
{
    WelcomePageId,
    ClusterPageId,
    NetworkPageId,
    CellPageId,
    StoragePageId,
    DfsPageId,
    ScriptsPageId,
    ReviewPageId,
    RunPageId,
    SummaryPageId
};

/** What the wizard does; where the answers come from (the demo's examples, or a file); resume or start over.
 */
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WizardModel& model);
    void initializePage() override;
    bool validatePage() override;
    QLineEdit* answersFileEdit() const { return m_file; }
    QLineEdit* ownerRecordEdit() const { return m_ownerRecord; }

private:
    WizardModel& m_model;
    QLineEdit* m_file;
    QLineEdit* m_ownerRecord;
    QLabel* m_resume;
    QLabel* m_error;
};

/** The HACMP configuration, this node's role, DFS; what the configuration forbids. */
class ClusterPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ClusterPage(WizardModel& model);
    void initializePage() override;
    bool validatePage() override;
    QRadioButton* standbyButton() const { return m_standby; }

private:
    void explain();
    WizardModel& m_model;
    QComboBox* m_configuration;
    QRadioButton* m_owner;
    QRadioButton* m_standby;
    QCheckBox* m_dfs;
    QLabel* m_rules;
    bool m_fromFile = false;
};

/** The node's adapters, each assigned service (kept) or excluded; RPC_UNSUPPORTED_NETADDRS shown live. */
class NetworkPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NetworkPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    QTreeWidget* adapters() const { return m_adapters; }
    QLabel* variable() const { return m_variable; }
    /** Sets the role of the address in row @p row: "service", "boot", "standby" or "" (not this node's). */
    void assign(int row, const QString& role);

private:
    void apply();
    WizardModel& m_model;
    QTreeWidget* m_adapters;
    QLabel* m_variable;
    QLabel* m_problems;
    bool m_loading = false;
};

/** The cell, this node's DCE components, the installation media; the rotating host name where it applies. */
class CellPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CellPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    QLineEdit* cellEdit() const { return m_cell; }

private:
    void apply();
    WizardModel& m_model;
    QLineEdit* m_cell;
    QLineEdit* m_media;
    QLineEdit* m_rotating;
    QLabel* m_rotatingLabel;
    QList<QCheckBox*> m_servers;
    QList<QCheckBox*> m_clients;
    QLabel* m_rules;
    QLabel* m_problems;
    bool m_loading = false;
};

/** The shared volume group (not in mutual takeover): disks discovered from the node, the JFS log and the
 * three DCE filesystems with non-default LV names and sizes. */
class StoragePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit StoragePage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    QTableWidget* filesystems() const { return m_filesystems; }

private:
    void apply();
    WizardModel& m_model;
    QLineEdit* m_vg;
    QLineEdit* m_log;
    QListWidget* m_disks;
    QTableWidget* m_filesystems;
    QLabel* m_problems;
    bool m_loading = false;
};

/** The DFS client cache (a local VG, never the shared one) and, outside mutual takeover, the aggregates. */
class DfsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DfsPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    QComboBox* cacheVg() const { return m_vg; }

private:
    void apply();
    WizardModel& m_model;
    QComboBox* m_vg;
    QLineEdit* m_lv;
    QLineEdit* m_size;
    QLineEdit* m_mount;
    QTableWidget* m_aggregates;
    QLabel* m_problems;
    bool m_loading = false;
};

/** Where the scripts go, the application server, the user's applications, event wrappers, registration. */
class ScriptsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ScriptsPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    QLineEdit* directory() const { return m_dir; }
    QTableWidget* applications() const { return m_apps; }

private:
    void apply();
    WizardModel& m_model;
    QLineEdit* m_dir;
    QLineEdit* m_server;
    QCheckBox* m_register;
    QCheckBox* m_wrappers;
    QTableWidget* m_apps;
    QLabel* m_problems;
    bool m_loading = false;
};

/** The whole plan from the engine's dry run; problems with the answers block Next. */
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    QTreeWidget* plan() const { return m_plan; }

private:
    WizardModel& m_model;
    QTreeWidget* m_plan;
    QLabel* m_problems;
    QLabel* m_prefilled;
    bool m_ok = false;
};

/** The run: step statuses, progress, live output; Retry, operator confirmation. */
class RunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RunPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    QPushButton* startButton() const { return m_start; }
    QPushButton* confirmButton() const { return m_confirm; }
    QListWidget* steps() const { return m_steps; }
    int result() const { return m_result; }

Q_SIGNALS:
    void runFinished(int result);

private:
    void begin(const QStringList& confirmed);
    WizardModel& m_model;
    QListWidget* m_steps;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_output;
    QPushButton* m_start;
    QPushButton* m_confirm;
    int m_result = -1;
    QString m_waitingStep;
    bool m_running = false;
};

/** The result, the exports, what to do next. */
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(WizardModel& model);
    void initializePage() override;
    /** Writes the record in @p format to @p file (the buttons ask for the file). */
    bool exportTo(const QString& format, const QString& file);

private:
    WizardModel& m_model;
    QLabel* m_text;
};

} // namespace dceha
