#include "FailoverTestPage.h"

#include "ConfirmRunDialog.h"

#include "procedure/Checkpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizard>
#include <algorithm>

namespace dceha {

namespace {

// Each node has its colour in the timeline, the same in every stage; dark text on all of them.
const QColor kNodeColours[] = {QColor(0xd6, 0xe9, 0xff), QColor(0xff, 0xe3, 0xc2)};
const QColor kBothColour(0xdf, 0xf2, 0xd8);
const QColor kUnknownColour(0xe6, 0xe6, 0xe6);

} // namespace

FailoverTestPage::FailoverTestPage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void FailoverTestPage::build()
{
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* form = new QFormLayout;
    m_peerRoot = new QLineEdit;
    m_peerRoot->setObjectName(QStringLiteral("peerRoot"));
    m_peerLabel = addFormRow(form, m_peerRoot);
    layout->addLayout(form);
    m_realNodes = new QLabel;
    m_realNodes->setWordWrap(true);
    layout->addWidget(m_realNodes);
    m_timelineLabel = new QLabel;
    layout->addWidget(m_timelineLabel);
    m_timeline = new QTableWidget;
    m_timeline->setObjectName(QStringLiteral("drillTimeline"));
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_timeline->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineLabel->setBuddy(m_timeline);
    layout->addWidget(m_timeline);
    m_legend = new QLabel;
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
    m_view = new RunView;
    // A cluster is drilled again after each change (and before production once more).
    m_view->setRepeatable(true);
    // The drill stops HACMP and restarts nodes on purpose: said before it begins, once for the whole drill.
    m_view->confirmStart = [this] {
        RunController* controller = m_model.drillController();
        const QList<Disruption> disruptions = controller->catalogDisruptions();
        ConfirmRunDialog ask(tr("The failover drill moves the cluster's resources from one node to the other "
                                "and back. Before it begins, this is what it will interrupt:",
                                "@info"),
                             disruptions, tr("&Begin the drill", "@action:button"), this);
        if (ask.exec() != QDialog::Accepted)
            return false;
        controller->approve(disruptions);
        return true;
    };
    layout->addWidget(m_view, 1);
    connect(m_peerRoot, &QLineEdit::editingFinished, this, [this] {
        if (m_model.peerRoot() == m_peerRoot->text().trimmed() || m_view->isRunning())
            return;
        m_model.setPeerRoot(m_peerRoot->text().trimmed());
        useController();
    });
    m_view->completeText = [this] {
        return tr(
            "Passed: HACMP moved every resource as chapter 2 of the guide says, and each stage's checks "
            "hold. The cluster is back as it was before the drill.",
            "@info");
    };
    m_view->statusNote = [this](int, const QString&) {
        return m_savedRecord.isEmpty()
                   ? QString()
                   : tr("The drill's record, with every check's evidence, is saved as %1 (.yaml and .html).",
                        "@info")
                         .arg(QDir::toNativeSeparators(m_savedRecord));
    };
    connect(m_view, &RunView::started, this, [this] {
        m_peerRoot->setEnabled(false);
        if (m_view->result() == 0)
            // Run again: the timeline starts empty too.
            for (auto& stage : m_stages) {
                DrillTimeline::Stage empty;
                empty.stepId = stage.stepId;
                empty.label = stage.label;
                stage = empty;
            }
        showTimeline();
        Q_EMIT completeChanged();
        if (wizard())
            wizard()->button(QWizard::BackButton)->setEnabled(false);
    });
    connect(m_view, &RunView::finished, this, [this](int result, const QString&) {
        if (result != 4)
            m_savedRecord = m_model.saveDrillRecord();
        m_view->describe();
        m_peerRoot->setEnabled(true);
        Q_EMIT completeChanged();
        if (wizard())
            wizard()->button(QWizard::BackButton)->setEnabled(true);
        Q_EMIT drillFinished(result);
    });
}

void FailoverTestPage::retranslate()
{
    setTitle(tr("Failover test", "@title"));
    setSubTitle(
        tr("The guide's chapter 2 on both nodes: takeover, reintegration and node failure, each stage "
           "checked.",
           "@subtitle"));
    if (!isBuilt())
        return;
    m_intro->setText(tr(
        "HACMP moves the resources itself, through the scripts this wizard installed: the drill only stops, "
        "restarts and fails the nodes, then checks what each one holds. Run it once both nodes are "
        "integrated (the standby node's wizard says Complete), before production: it really stops the "
        "cluster services on both nodes and restarts the other node.",
        "@info"));
    m_peerLabel->setText(tr("The &other node's root (simulated cluster):", "@label:textbox"));
    m_peerRoot->setToolTip(
        tr("The simulated standby node's root directory, on the same shared DASD. The drill "
           "runs the other node's actions there itself.",
           "@info:tooltip"));
    m_realNodes->setText(
        tr("On real nodes, each action on the other node is an operator step: do it there as the status "
           "says, then verify and continue. This node's checks run by themselves.",
           "@info"));
    m_timelineLabel->setText(tr("Where the resources are (time&line):", "@label"));
    m_timeline->setAccessibleName(tr("Timeline of the two nodes", "@label"));
    m_legend->setText(tr("Each column is a stage of the drill, each cell the node that held the resource "
                         "after it, both nodes asked. — : neither node; ? : a node could not be asked.",
                         "@info"));
    m_view->retranslate();
    showTimeline();
}

void FailoverTestPage::initializePage()
{
    m_peerRoot->setText(m_model.peerRoot());
    const bool simulated = m_model.options().simulate;
    m_peerRoot->setVisible(simulated);
    m_peerLabel->setVisible(simulated);
    m_realNodes->setVisible(!simulated);
    useController();
}

void FailoverTestPage::useController()
{
    RunController* controller = m_model.drillController();
    m_resources = DrillTimeline::resourcesOf(m_model.parsed().answers);
    m_stages.clear();
    for (const auto& step : controller->steps())
        if (step.kind == QLatin1String(DrillTimeline::kStepKind) && step.applicable) {
            DrillTimeline::Stage stage;
            stage.stepId = step.id;
            stage.label = QString::fromStdString(step.params["stage"].as<std::string>(""));
            m_stages << stage;
        }
    disconnect(controller, &RunController::snapshotTaken, this, nullptr);
    connect(controller, &RunController::snapshotTaken, this,
            [this](int, const QString& id, const QMap<QString, QString>& facts) {
                for (auto& stage : m_stages)
                    if (stage.stepId == id) {
                        const QString label = stage.label;
                        stage = DrillTimeline::Stage::fromFacts(id, facts);
                        stage.label = label;
                    }
                showTimeline();
            });
    const Checkpoint drill(m_model.options().stateDirHostPath(), QStringLiteral("drill-checkpoint.yaml"));
    m_savedRecord.clear();
    m_view->setController(controller, drill.exists());
    showTimeline();
}

QString FailoverTestPage::resourceName(const DrillTimeline::Resource& r) const
{
    using Kind = DrillTimeline::Resource::Kind;
    switch (r.kind) {
    case Kind::Address:
        return tr("Service address %1", "@item:row").arg(r.name);
    case Kind::VolumeGroup:
        return tr("Shared VG %1", "@item:row").arg(r.name);
    case Kind::Dce:
        return tr("DCE", "@item:row");
    case Kind::Dfs:
        return tr("DFS", "@item:row");
    case Kind::Application:
        return tr("Application %1", "@item:row").arg(r.name);
    }
    return r.name;
}

void FailoverTestPage::showTimeline()
{
    m_timeline->clear();
    m_timeline->setRowCount(int(m_resources.size()));
    m_timeline->setColumnCount(int(m_stages.size()));
    QStringList rows;
    for (const auto& r : m_resources)
        rows << resourceName(r);
    m_timeline->setVerticalHeaderLabels(rows);
    QStringList columns;
    for (const auto& s : m_stages)
        columns << QCoreApplication::translate("procedure", s.label.toUtf8().constData());
    m_timeline->setHorizontalHeaderLabels(columns);
    // The nodes in the order the first stage taken names them: this node, then the other one.
    QStringList nodes;
    for (const auto& s : m_stages)
        if (s.taken && nodes.isEmpty())
            nodes = s.nodes;
    for (int c = 0; c < m_stages.size(); ++c) {
        const DrillTimeline::Stage& stage = m_stages.at(c);
        for (int r = 0; r < m_resources.size(); ++r) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (stage.taken) {
                const QStringList holders = stage.holdersOf(m_resources.at(r));
                item->setText(stage.cellText(m_resources.at(r)));
                item->setData(Qt::AccessibleTextRole,
                              holders.isEmpty()
                                  ? (stage.unreachable.isEmpty()
                                         ? tr("neither node", "@item")
                                         : tr("not known: %1 could not be asked", "@item")
                                               .arg(stage.unreachable.join(QStringLiteral(", "))))
                                  : holders.join(QStringLiteral(", ")));
                QColor colour;
                if (holders.size() > 1)
                    colour = kBothColour;
                else if (holders.size() == 1 && nodes.indexOf(holders.first()) >= 0)
                    colour = kNodeColours[qBound(0, int(nodes.indexOf(holders.first())), 1)];
                else if (holders.isEmpty() && !stage.unreachable.isEmpty())
                    colour = kUnknownColour;
                if (colour.isValid()) {
                    item->setBackground(colour);
                    item->setForeground(QColor(Qt::black));
                }
            }
            m_timeline->setItem(r, c, item);
        }
    }
    fitTimeline();
}

void FailoverTestPage::fitTimeline()
{
    // The whole timeline in view, without scroll bars: a stage is read down all resources, a resource across
    // all stages. The stages share the width; their names wrap in the header, as tall as the longest needs.
    // The window's resizes reach the page before it is first shown (and built): nothing to fit yet.
    if (!m_timeline)
        return;
    m_timeline->resizeRowsToContents();
    const QFontMetrics metrics(m_timeline->horizontalHeader()->font());
    int header = metrics.height();
    for (int c = 0; c < m_timeline->columnCount(); ++c) {
        const QTableWidgetItem* item = m_timeline->horizontalHeaderItem(c);
        const int width = std::max(20, m_timeline->horizontalHeader()->sectionSize(c) - 8);
        if (item)
            header = std::max(header, metrics
                                          .boundingRect(QRect(0, 0, width, 10000),
                                                        Qt::AlignCenter | Qt::TextWordWrap, item->text())
                                          .height());
    }
    m_timeline->horizontalHeader()->setFixedHeight(header + 8);
    int height = header + 8 + 2 * m_timeline->frameWidth();
    for (int r = 0; r < m_timeline->rowCount(); ++r)
        height += m_timeline->rowHeight(r);
    m_timeline->setFixedHeight(height);
}

void FailoverTestPage::resizeEvent(QResizeEvent* event)
{
    WizardPage::resizeEvent(event);
    fitTimeline();
}

bool FailoverTestPage::isComplete() const
{
    return !m_view->isRunning();
}

bool FailoverTestPage::validatePage()
{
    return !m_view->isRunning();
}

} // namespace dceha
