#pragma once

#include "WizardModel.h"

#include <QWizardPage>
#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
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

class ConfigurationDiagram;

/** The label a page shows the engine's refusals in (wrapped, in the error colour). */
QLabel* makeProblemsLabel();
/** Adds a row to @p form whose label (text set by retranslate(), buddy @p field) is returned. */
QLabel* addFormRow(QFormLayout* form, QWidget* field);

/** Add and Remove buttons for @p table's rows: Add appends an empty row and starts editing it, Remove takes
 * the current row away; @p changed runs after either, so the page reads the answers again. */
void connectRowButtons(QTableWidget* table, QPushButton* add, QPushButton* remove,
                       std::function<void()> changed);

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

/** @brief A page whose every text follows the application's language: retranslate() sets them, once when
 * the page is built and again whenever the language changes (QEvent::LanguageChange). */
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    /** With answer fields: complete while the engine refuses none of them. */
    bool isComplete() const override;

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;
    /** The answer fields this page edits (the engine's field names or their prefixes, e.g. "dfs_cache"), the
     * model that checks them, and the label their refusals are shown in. */
    void setAnswerFields(const WizardModel* model, QStringList fields, QLabel* problems);
    /** Shows the engine's refusals of the page's fields and tells the wizard whether Next may be pressed. */
    void showProblems();

private:
    const WizardModel* m_checkedBy = nullptr;
    QStringList m_fields;
    QLabel* m_fieldProblems = nullptr;
};

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
    QGroupBox* m_resumeBox;
    QLabel* m_progress;
    QRadioButton* m_resume;
    QRadioButton* m_startOver;
    QLabel* m_error;
};

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

private:
    void apply();
    WizardModel& m_model;
    QTreeWidget* m_adapters;
    QLabel* m_variable;
    QLabel* m_problems;
    bool m_loading = false;
};

/** The cell, this node's DCE components, the installation media; the rotating host name where it applies. */
class CellPage : public WizardPage
{
    Q_OBJECT
public:
    explicit CellPage(WizardModel& model);
    void initializePage() override;
    int nextId() const override;
    QLineEdit* cellEdit() const { return m_cell; }

protected:
    void retranslate() override;

private:
    void apply();
    void explain();
    WizardModel& m_model;
    QFormLayout* m_form;
    QLineEdit* m_cell;
    QLineEdit* m_media;
    QLineEdit* m_rotating;
    QWidget* m_serverRow;
    QWidget* m_clientRow;
    QList<QCheckBox*> m_servers;
    QList<QCheckBox*> m_clients;
    QLabel* m_rules;
    QLabel* m_problems;
    bool m_loading = false;
};

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
    QLabel* space() const { return m_space; }

protected:
    void retranslate() override;

private:
    void apply();
    void describeSpace();
    void listDisks();
    WizardModel& m_model;
    QFormLayout* m_form;
    QLineEdit* m_vg;
    QLineEdit* m_log;
    QListWidget* m_disks;
    QLabel* m_diskHint;
    QTableWidget* m_filesystems;
    QLabel* m_space;
    QLabel* m_problems;
    QList<WizardModel::Disk> m_discovered;
    bool m_loading = false;
};

/** The DFS client cache (a local VG, never the shared one) and, outside mutual takeover, the aggregates. */
class DfsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit DfsPage(WizardModel& model);
    void initializePage() override;
    QComboBox* cacheVg() const { return m_vg; }
    QTableWidget* aggregates() const { return m_aggregates; }
    QPushButton* addAggregateButton() const { return m_add; }
    QPushButton* removeAggregateButton() const { return m_remove; }
    QLabel* space() const { return m_space; }

protected:
    void retranslate() override;

private:
    void apply();
    void describeSpace();
    WizardModel& m_model;
    QFormLayout* m_form;
    QComboBox* m_vg;
    QLineEdit* m_lv;
    QLineEdit* m_size;
    QLineEdit* m_mount;
    QLabel* m_space;
    QLabel* m_aggregatesLabel;
    QTableWidget* m_aggregates;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_problems;
    bool m_loading = false;
};

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

/** The whole plan from the engine's dry run; problems with the answers block Next. */
class ReviewPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    QTreeWidget* plan() const { return m_plan; }
    /** Writes the plan as text to @p file (the button asks for the file). */
    bool exportPlan(const QString& file) const;
    /** Writes the answers as the engine reads them (for a headless run, or another day) to @p file. */
    bool saveAnswers(const QString& file) const;

protected:
    void retranslate() override;

private:
    void fill();
    WizardModel& m_model;
    QTreeWidget* m_plan;
    QLabel* m_problems;
    QLabel* m_prefilled;
    QPushButton* m_export;
    QPushButton* m_saveAnswers;
    QStringList m_refusals;
    bool m_ok = false;
};

/** The run: step statuses, progress, live output; Retry after a failure, Verify for operator steps, Stop. */
class RunPage : public WizardPage
{
    Q_OBJECT
public:
    explicit RunPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    QPushButton* startButton() const { return m_start; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* stopButton() const { return m_stop; }
    QListWidget* steps() const { return m_steps; }
    QLabel* status() const { return m_status; }
    int result() const { return m_result; }
    bool isRunning() const { return m_running; }

    QPushButton* standbyButton() const { return m_standby; }

Q_SIGNALS:
    void runFinished(int result);
    /** The simulated demo: the person asks for the standby node's wizard, with this node's record. */
    void standbyRequested(const QString& ownerRecord);

protected:
    void retranslate() override;

private:
    void begin(const QStringList& confirmed);
    void showStep(int index);
    QString statusWords(const QString& status) const;
    void describe();
    WizardModel& m_model;
    QListWidget* m_steps;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_output;
    QPushButton* m_start;
    QPushButton* m_confirm;
    QPushButton* m_stop;
    QPushButton* m_standby;
    QStringList m_statuses;
    int m_result = -1;
    int m_current = -1;
    QString m_stepAt;                      ///< the step the last run stopped at (failed or waiting)
    RunController* m_controller = nullptr; ///< the run this page shows (set when the page is entered)
    bool m_running = false;
    bool m_resumable = false;
    QString m_savedRecord;
};

/** The result, the exports, the HTML record opened, what to do next. */
class SummaryPage : public WizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(WizardModel& model);
    void initializePage() override;
    /** Writes the record in @p format to @p file (the buttons ask for the file). */
    bool exportTo(const QString& format, const QString& file);
    QLabel* text() const { return m_text; }

protected:
    void retranslate() override;

private:
    WizardModel& m_model;
    QLabel* m_text;
    QList<QPushButton*> m_exports;
    QPushButton* m_open;
    QString m_savedRecord;
};

} // namespace dceha
