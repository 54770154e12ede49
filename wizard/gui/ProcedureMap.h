#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QWizard;

namespace dceha {

class RunView;
class WizardModel;

/** @brief The side panel every page shows, as Calamares and Anaconda have one: a banner that names the
 * node (its host name, its role, and whether it is a simulated node, this AIX node or a remote one), the
 * wizard's pages with the current one, and the whole cluster procedure with both nodes' parts (the owner's
 * part 1, the standby's, the owner's cluster start, the standby's), each with what is done, what runs now
 * (step N of M) and what waits for the other node. */
class ProcedureMap : public QWidget
{
    Q_OBJECT
public:
    ProcedureMap(WizardModel& model, QWizard& wizard, QWidget* parent = nullptr);
    /** Follows @p view's run (the integration's run page). */
    void follow(RunView* view);
    /** Draws everything again (the page, the answers, the run or the language changed). */
    void refresh();

    QLabel* banner() const { return m_banner; }
    QListWidget* pages() const { return m_pages; }
    QListWidget* parts() const { return m_parts; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /** One part of the cluster procedure as the map shows it. */
    struct Part
    {
        QString node; ///< owner or standby
        int number;   ///< 1 or 2: before and after the wait for the other node
        QString what;
    };
    QString partState(const Part& part, bool* here) const;
    void showBanner();
    void showPages();
    void showParts();

    WizardModel& m_model;
    QWizard& m_wizard;
    QPointer<RunView> m_run;
    QLabel* m_banner;
    QLabel* m_pagesTitle;
    QListWidget* m_pages;
    QLabel* m_partsTitle;
    QListWidget* m_parts;
};

} // namespace dceha
