#pragma once

#include "RunView.h"
#include "WizardPage.h"
#include "procedure/DrillTimeline.h"

namespace dceha {

/** @brief The failover drill (chapter 2), after the owner's summary: the other node's root on the simulated
 * cluster, the drill's run (a RunView), and a timeline of the two nodes: for each stage, which node held each
 * service address, the shared VG, DCE, DFS and each application, as the drill's snapshots found them. */
class FailoverTestPage : public WizardPage
{
    Q_OBJECT
public:
    explicit FailoverTestPage(WizardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    RunView* view() const { return m_view; }
    QTableWidget* timeline() const { return m_timeline; }
    QLineEdit* peerRoot() const { return m_peerRoot; }

Q_SIGNALS:
    void drillFinished(int result);

protected:
    void retranslate() override;
    void build() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /** A new controller for the other node's root as typed (not while a drill runs). */
    void useController();
    /** The timeline's rows and columns for the drill's resources and stages, filled from @ref m_stages. */
    void showTimeline();
    /** The timeline's height for all its rows and its wrapped stage names at the width it has now. */
    void fitTimeline();
    QString resourceName(const DrillTimeline::Resource& r) const;

    WizardModel& m_model;
    QLabel* m_intro = nullptr;
    QLabel* m_peerLabel = nullptr;
    QLineEdit* m_peerRoot = nullptr;
    QLabel* m_realNodes = nullptr;
    QLabel* m_timelineLabel = nullptr;
    QTableWidget* m_timeline = nullptr;
    QLabel* m_legend = nullptr;
    RunView* m_view = nullptr;
    QList<DrillTimeline::Resource> m_resources;
    QList<DrillTimeline::Stage> m_stages; ///< one per snapshot step of the plan, taken or not
    QString m_savedRecord;
};

} // namespace dceha
