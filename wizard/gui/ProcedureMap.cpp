#include "ProcedureMap.h"

#include "RunController.h"
#include "RunView.h"
#include "WizardModel.h"
#include "session/TwoNodeSession.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace dceha {

namespace {

bool isDone(const QString& status)
{
    return status == QLatin1String("done") || status == QLatin1String("already done") ||
           status == QLatin1String("skipped");
}

} // namespace

ProcedureMap::ProcedureMap(WizardModel& model, QWizard& wizard, QWidget* parent)
    : QWidget(parent), m_model(model), m_wizard(wizard)
{
    setObjectName(QStringLiteral("procedureMap"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("nodeBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    layout->addWidget(m_banner);
    m_pagesTitle = new QLabel;
    layout->addWidget(m_pagesTitle);
    m_pages = new QListWidget;
    m_pages->setObjectName(QStringLiteral("mapPages"));
    m_pages->setSelectionMode(QAbstractItemView::NoSelection);
    m_pages->setFocusPolicy(Qt::NoFocus);
    m_pages->setWordWrap(true);
    m_pages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_pages, 3);
    m_partsTitle = new QLabel;
    layout->addWidget(m_partsTitle);
    m_parts = new QListWidget;
    m_parts->setObjectName(QStringLiteral("mapParts"));
    m_parts->setSelectionMode(QAbstractItemView::NoSelection);
    m_parts->setFocusPolicy(Qt::NoFocus);
    m_parts->setWordWrap(true);
    m_parts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_parts, 4);
    setMinimumWidth(230);
    setMaximumWidth(280);
    connect(&m_wizard, &QWizard::currentIdChanged, this, &ProcedureMap::refresh);
    connect(&m_model, &WizardModel::answersChanged, this, &ProcedureMap::refresh);
    connect(&m_model, &WizardModel::nodeIdentified, this, &ProcedureMap::refresh);
    refresh();
}

void ProcedureMap::follow(RunView* view)
{
    m_run = view;
    connect(view, &RunView::progressed, this, &ProcedureMap::showParts);
    showParts();
}

void ProcedureMap::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ProcedureMap::refresh()
{
    m_pagesTitle->setText(tr("<b>This wizard</b>", "@title the map's list of pages"));
    m_partsTitle->setText(tr("<b>The cluster procedure</b>", "@title the map's list of both nodes' parts"));
    showBanner();
    showPages();
    showParts();
}

void ProcedureMap::showBanner()
{
    const Options& o = m_model.options();
    QString host = m_model.nodeHostname();
    if (host.isEmpty())
        host = o.simulate ? QFileInfo(o.root).fileName() : tr("this node", "@info the node, not yet named");
    const QString given = m_model.parsed().answers.role;
    const bool owner = given == QLatin1String("owner");
    const QString role =
        given.isEmpty() && !m_model.twoNode() ? tr("role not chosen yet", "@info the node's role")
        : m_model.twoNode() ? tr("owner node, with the standby %1 in this window", "@info the node's role")
                                  .arg(o.simulate && o.node.isEmpty() && o.peer.isEmpty()
                                           ? QFileInfo(m_model.standbyPlace()).fileName()
                                           : m_model.standbyPlace())
        : owner ? tr("owner node", "@info the node's role")
                : tr("standby node", "@info the node's role");
    // A rehearsal must never be mistaken for production: a simulated node reads blue, a real one amber.
    QPalette colours = m_banner->palette();
    colours.setColor(QPalette::Window, o.simulate ? QColor(0xd6, 0xe6, 0xff) : QColor(0xff, 0xe0, 0xa8));
    colours.setColor(QPalette::WindowText, Qt::black);
    m_banner->setPalette(colours);
    m_banner->setText(
        QStringLiteral("<big><b>%1</b></big><br>%2<br><b>%3</b>")
            .arg(host.toHtmlEscaped(), role.toHtmlEscaped(), m_model.targetText().toUpper().toHtmlEscaped()));
    m_banner->setAccessibleName(
        tr("Node: %1, %2, %3", "@label the banner").arg(host, role, m_model.targetText()));
    m_wizard.setWindowTitle(tr("%1 (%2) — DCE/DFS integration with HACMP", "@title:window host (role)")
                                .arg(host, owner || m_model.twoNode()
                                               ? tr("owner", "@item the node's role")
                                               : tr("standby", "@item the node's role")));
}

void ProcedureMap::showPages()
{
    m_pages->clear();
    const QList<int> visited = m_wizard.visitedIds();
    for (int id : m_wizard.pageIds()) {
        const QWizardPage* page = m_wizard.page(id);
        const bool current = id == m_wizard.currentId();
        const QString mark = current                ? QStringLiteral("▶ ")
                             : visited.contains(id) ? QStringLiteral("✔ ")
                                                    : QStringLiteral("   ");
        auto* item = new QListWidgetItem(mark + page->title(), m_pages);
        if (current) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
}

QString ProcedureMap::partState(const Part& part, bool* here) const
{
    *here = false;
    const RunController* controller = m_run ? m_model.existingController() : nullptr;
    const bool ownNode = m_model.twoNode() || part.node == m_model.parsed().answers.role;
    if (!ownNode) {
        // The owner's record, given to the standby, says the owner's first part is done.
        if (part.node == QLatin1String("owner") && part.number == 1 && m_model.hasOwnerRecord())
            return tr("done (the owner's record)", "@item a part's state");
        return tr("in the other node's wizard", "@item a part's state");
    }
    *here = true;
    if (!controller || !m_run)
        return tr("to do", "@item a part's state");
    // Which of the run's rows belong to this part: both nodes' list groups the rows by node in the order
    // they run; one node's splits at its last wait for the other node.
    const QList<StepDefinition>& steps = controller->steps();
    QList<int> rows;
    if (controller->isTwoNode()) {
        int group = -1;
        QString last;
        for (int r = 0; r < steps.size(); ++r) {
            if (steps.at(r).node != last) {
                ++group;
                last = steps.at(r).node;
            }
            const QString node = group % 2 == 0 ? QStringLiteral("owner") : QStringLiteral("standby");
            if (node == part.node && group / 2 + 1 == part.number)
                rows << r;
        }
    } else {
        int lastWait = -1;
        for (int r = 0; r < steps.size(); ++r)
            if (TwoNodeSession::waitsForOtherNode(steps.at(r)))
                lastWait = r;
        for (int r = 0; r < steps.size(); ++r)
            if ((part.number == 1) == (r <= lastWait))
                rows << r;
    }
    if (rows.isEmpty())
        return tr("nothing to do", "@item a part's state");
    const QStringList& statuses = m_run->statuses();
    int done = 0;
    for (int r : rows) {
        const QString status = statuses.value(r);
        if (status == QLatin1String("running"))
            return tr("running: step %1 of %2", "@item a part's state").arg(r + 1).arg(steps.size());
        if (status == QLatin1String("failed"))
            return tr("failed at: %1", "@item a part's state").arg(steps.at(r).localizedTitle());
        if (status == QLatin1String("waiting"))
            return TwoNodeSession::waitsForOtherNode(steps.at(r))
                       ? tr("done; waits for the other node", "@item a part's state")
                       : tr("waits for the operator: %1", "@item a part's state")
                             .arg(steps.at(r).localizedTitle());
        done += isDone(status);
    }
    if (done == rows.size())
        return tr("done", "@item a part's state");
    if (done > 0)
        return tr("%1 of %2 steps done", "@item a part's state").arg(done).arg(rows.size());
    return tr("to do", "@item a part's state");
}

void ProcedureMap::showParts()
{
    m_parts->clear();
    const QList<Part> parts{
        {QStringLiteral("owner"), 1,
         tr("Owner: shared storage, DCE/DFS, scripts, release of the shared DASD",
            "@item a part of the procedure")},
        {QStringLiteral("standby"), 1,
         tr("Standby: the shared volume group, DCE/DFS, scripts", "@item a part of the procedure")},
        {QStringLiteral("owner"), 2, tr("Owner: the cluster starts", "@item a part of the procedure")},
        {QStringLiteral("standby"), 2, tr("Standby: the cluster starts", "@item a part of the procedure")},
    };
    for (int i = 0; i < parts.size(); ++i) {
        bool here = false;
        const QString state = partState(parts.at(i), &here);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1. %2\n    %3").arg(i + 1).arg(parts.at(i).what, state), m_parts);
        if (here) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setToolTip(tr("This window's node", "@info:tooltip"));
        }
    }
    new QListWidgetItem(
        tr("5. Both nodes: the failover drill (Failover test page)\n    after both nodes are integrated",
           "@item a part of the procedure"),
        m_parts);
}

} // namespace dceha
