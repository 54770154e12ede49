#pragma once

#include "WizardPage.h"

namespace dceha {

/** The whole plan from the engine's dry run; problems with the answers block Next. */
class ReviewPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    QTreeWidget* plan() const { return m_plan; }
    /** The refusals shown (the answers' own rules and those against the node and HACMP's configuration). */
    QLabel* problems() const { return m_problems; }
    /** Whether the node is being asked (the answer rules that need it, then the dry run): Next waits. */
    bool isReviewing() const { return m_reviewing; }
    /** Writes the plan as text to @p file (the button asks for the file). */
    bool exportPlan(const QString& file) const;
    /** Writes the answers as the engine reads them (for a headless run, or another day) to @p file. */
    bool saveAnswers(const QString& file) const;

protected:
    void retranslate() override;
    void build() override;

private:
    void fill();
    /** The subtitle: nothing has run yet, or how far the run in progress is. */
    void describeProgress();
    /** The controller's review is there: its refusals, or the plan. */
    void showReview();
    WizardModel& m_model;
    QTreeWidget* m_plan = nullptr;
    QWidget* m_busy = nullptr;
    QLabel* m_busyText = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QMetaObject::Connection m_reviewedConnection;
    /** The controller whose review is shown (its previews point at its steps). */
    const RunController* m_reviewedBy = nullptr;
    bool m_reviewing = false;
    QLabel* m_problems = nullptr;
    QLabel* m_prefilled = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_saveAnswers = nullptr;
    QStringList m_refusals;
    bool m_ok = false;
};

} // namespace dceha
