#pragma once

#include "WizardModel.h"

#include <QPointer>
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
    PreflightPageId,
    ReviewPageId,
    RunPageId,
    SummaryPageId,
    FailoverTestPageId
};

/** @brief A page whose every text follows the application's language: retranslate() sets them, once when
 * the page is built and again whenever the language changes (QEvent::LanguageChange).
 *
 * A page that overrides build() holds only its title until it is first initialized (WizardWindow's
 * initializePage() calls ensureBuilt() before the page's own) or shown: the window opens with the widgets of
 * its first page alone, and each other page's are made when the operator first goes there. Until then its
 * retranslate() sets the title and subtitle only (isBuilt()). */
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    /** With answer fields: complete while the engine refuses none of them; never while the node is asked. */
    bool isComplete() const override;
    /** Whether the page waits for the node's answer (askNode): Next waits too. */
    bool isAskingNode() const { return m_asking > 0; }

    /** Makes the page's widgets now if they are not yet (a test or the map may need them early). */
    void ensureBuilt();
    bool isBuilt() const { return m_built; }

Q_SIGNALS:
    /** The page's widgets were just made (ensureBuilt()). */
    void built();

protected:
    virtual void retranslate() = 0;
    /** Makes the page's widgets: called once, by ensureBuilt(), then retranslate(). The default makes none
     * (a page that builds them in its constructor). */
    virtual void build() {}
    void changeEvent(QEvent* event) override;
    /** The answer fields this page edits (the engine's field names or their prefixes, e.g. "dfs_cache"), the
     * model that checks them, and the label their refusals are shown in. */
    void setAnswerFields(const WizardModel* model, QStringList fields, QLabel* problems);
    /** Shows the engine's refusals of the page's fields and tells the wizard whether Next may be pressed:
     * each in the page's terms where the page shows the field (showFieldsAs), the field marked. */
    void showProblems();
    /** Where the page shows an answers field: @p field the engine's path, "[]" standing for a row's index
     * ("shared_vg.filesystems[].lv"); @p widget its editor, a table's cell with @p column (-1: the row). The
     * field is named as the page names it: its form label, or the table's name and the column's title, with
     * the row numbered from 1 as the table shows it. More specific fields first. */
    struct ShownField
    {
        QString field;
        QWidget* widget = nullptr;
        int column = -1;
    };
    void showFieldsAs(QList<ShownField> fields) { m_shown = std::move(fields); }
    void showEvent(QShowEvent* event) override;
    /** Counts a node query of this page under way (true) or answered (false); Next follows. */
    void askingNode(bool asking);
    /** What the node said of @p vg's space, when it has answered for that name. */
    std::optional<NodeDiscovery::Space> knownSpace(const QString& vg) const
    {
        return !vg.isEmpty() && vg == m_spaceOf ? m_vgSpace : std::nullopt;
    }
    /** Asks the node for @p vg's space when the name is new (off the GUI thread), then calls @p redraw. */
    void askSpace(WizardModel& model, const QString& vg, std::function<void()> redraw);
    /** The label that says, field by field, whether each value was discovered on the node (and from what) or
     * typed; it follows the answers as they change. The fields are set by setOriginFields(). */
    QLabel* makeOriginsLabel(WizardModel& model);
    /** The page's fields as the page names them (translated: called from retranslate()) with the answers'
     * field each one edits. */
    void setOriginFields(QList<QPair<QString, QString>> labelsAndFields);

private:
    void showOrigins();
    /** The name the page gives @p shown's field (its label's text, or table name and column title). */
    QString nameOf(const ShownField& shown) const;
    /** Takes the marks of the last refusals off the fields. */
    void unmark();
    QList<ShownField> m_shown;
    QList<QPointer<QWidget>> m_markedWidgets;
    QList<QPair<QPointer<QTableWidget>, QPair<int, int>>> m_markedCells;
    QPointer<QWidget> m_firstProblem;
    QPair<int, int> m_firstCell{-1, -1};
    QLabel* m_origins = nullptr;
    const WizardModel* m_originModel = nullptr;
    QList<QPair<QString, QString>> m_originFields;
    QString m_spaceOf; ///< the VG the node's last answer on space is for
    std::optional<NodeDiscovery::Space> m_vgSpace;
    int m_asking = 0;
    bool m_built = false;
    const WizardModel* m_checkedBy = nullptr;
    QStringList m_fields;
    QLabel* m_fieldProblems = nullptr;
};

} // namespace dceha
