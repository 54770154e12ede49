#include "DfsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dceha {

DfsPage::DfsPage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void DfsPage::build()
{
    m_form = new QFormLayout;
    m_vg = new QComboBox;
    addFormRow(m_form, m_vg);
    m_lv = new QLineEdit;
    addFormRow(m_form, m_lv);
    m_size = new QLineEdit;
    addFormRow(m_form, m_size);
    m_mount = new QLineEdit;
    addFormRow(m_form, m_mount);
    m_space = new QLabel;
    m_space->setWordWrap(true);
    m_form->addRow(QString(), m_space);
    m_aggregates = new QTableWidget(0, 3);
    m_aggregates->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_aggregates->setTabKeyNavigation(false);
    m_aggregatesLabel = new QLabel;
    m_aggregatesLabel->setBuddy(m_aggregates);
    m_add = new QPushButton;
    m_remove = new QPushButton;
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_aggregatesLabel);
    layout->addWidget(m_aggregates, 1);
    layout->addLayout(rowButtons);
    m_problems = makeProblemsLabel();
    layout->addWidget(m_problems);
    setAnswerFields(&m_model, {QStringLiteral("dfs_cache"), QStringLiteral("dfs_aggregates")}, m_problems);
    showFieldsAs({{QStringLiteral("dfs_aggregates[].lv"), m_aggregates, 0},
                  {QStringLiteral("dfs_aggregates[].name"), m_aggregates, 1},
                  {QStringLiteral("dfs_aggregates[].size_mb"), m_aggregates, 2},
                  {QStringLiteral("dfs_aggregates[]"), m_aggregates},
                  {QStringLiteral("dfs_aggregates"), m_aggregates},
                  {QStringLiteral("dfs_cache.vg"), m_vg},
                  {QStringLiteral("dfs_cache.lv"), m_lv},
                  {QStringLiteral("dfs_cache.size_mb"), m_size},
                  {QStringLiteral("dfs_cache.mount"), m_mount}});
    connect(m_vg, &QComboBox::currentIndexChanged, this, &DfsPage::apply);
    for (QLineEdit* e : {m_lv, m_size, m_mount})
        connect(e, &QLineEdit::textEdited, this, &DfsPage::apply);
    connect(m_aggregates, &QTableWidget::itemChanged, this, &DfsPage::apply);
    connectRowButtons(m_aggregates, m_add, m_remove, [this] { apply(); });
}

void DfsPage::retranslate()
{
    setTitle(tr("DFS", "@title"));
    setSubTitle(
        tr("The DFS client cache lives in a local JFS on non-shared DASD; DFS aggregates live on the shared "
           "volume group.",
           "@subtitle"));
    if (!isBuilt())
        return;
    auto label = [this](QWidget* field) { return qobject_cast<QLabel*>(m_form->labelForField(field)); };
    label(m_vg)->setText(tr("Cache &volume group:", "@label"));
    m_vg->setAccessibleName(tr("Cache volume group", "@label"));
    label(m_lv)->setText(tr("Cache &logical volume:", "@label"));
    m_lv->setAccessibleName(tr("Cache logical volume", "@label"));
    label(m_size)->setText(tr("Cache &size (MB):", "@label"));
    m_size->setAccessibleName(tr("Cache size in MB", "@label"));
    label(m_mount)->setText(tr("Cache &mount point:", "@label"));
    m_mount->setAccessibleName(tr("Cache mount point", "@label"));
    m_aggregatesLabel->setText(tr("A&ggregates on shared DASD:", "@label"));
    m_aggregates->setHorizontalHeaderLabels({tr("Logical volume", "@title:column"),
                                             tr("Aggregate", "@title:column"),
                                             tr("Size (MB)", "@title:column")});
    m_aggregates->setAccessibleName(tr("DFS aggregates", "@label"));
    m_add->setText(tr("&Add aggregate", "@action:button"));
    m_remove->setText(tr("&Remove aggregate", "@action:button"));
    describeSpace();
}

void DfsPage::refreshSpace()
{
    askSpace(m_model, m_vg->currentText(), [this] { describeSpace(); });
}

void DfsPage::describeSpace()
{
    const QString vg = m_vg->currentText();
    const auto space = knownSpace(vg);
    if (!space) {
        m_space->clear();
        return;
    }
    const int total = space->totalMb;
    const int free = space->freeMb;
    // The cache LV may already be there (a repeated run): then its space is in use, not needed again.
    m_space->setText(tr("%1: %2 MB free of %3 MB.", "@info").arg(vg).arg(free).arg(total));
}

void DfsPage::initializePage()
{
    m_loading = true;
    const Answers& a = m_model.parsed().answers;
    // Local volume groups only: the node's VGs other than the shared one.
    m_vg->clear();
    QStringList vgs;
    if (!a.dfsCache.vg.isEmpty())
        vgs << a.dfsCache.vg;
    // The node's local VGs join the list when the node has answered.
    askingNode(true);
    m_model.askNode<QList<WizardModel::Disk>>(
        this, [](NodeDiscovery& node) { return node.disks(); },
        [this](const QList<WizardModel::Disk>& disks) {
            askingNode(false);
            const bool loading = m_loading;
            m_loading = true;
            const QString current = m_vg->currentText();
            const QString shared = m_model.parsed().answers.sharedVg.name;
            for (const auto& disk : disks)
                if (disk.vg != QLatin1String("None") && disk.vg != shared && m_vg->findText(disk.vg) < 0)
                    m_vg->addItem(disk.vg);
            m_vg->setCurrentText(current);
            m_loading = loading;
        });
    m_vg->addItems(vgs);
    m_vg->setCurrentText(a.dfsCache.vg);
    m_lv->setText(a.dfsCache.lv);
    m_size->setText(QString::number(a.dfsCache.sizeMb));
    m_mount->setText(a.dfsCache.mount);
    m_aggregates->setRowCount(int(a.aggregates.size()));
    for (int i = 0; i < a.aggregates.size(); ++i) {
        m_aggregates->setItem(i, 0, new QTableWidgetItem(a.aggregates.at(i).lv));
        m_aggregates->setItem(i, 1, new QTableWidgetItem(a.aggregates.at(i).name));
        m_aggregates->setItem(i, 2, new QTableWidgetItem(QString::number(a.aggregates.at(i).sizeMb)));
    }
    // Aggregates are made by the owner's DFS servers: none in mutual takeover, none made on a standby.
    const bool makesAggregates = a.isOwner() && !a.isMutualTakeover();
    for (QWidget* w : {static_cast<QWidget*>(m_aggregates), static_cast<QWidget*>(m_add),
                       static_cast<QWidget*>(m_aggregatesLabel)})
        w->setEnabled(makesAggregates);
    m_remove->setEnabled(makesAggregates && m_aggregates->currentRow() >= 0);
    m_loading = false;
    refreshSpace();
    showProblems();
}

void DfsPage::apply()
{
    if (m_loading)
        return;
    QList<Answers::Aggregate> aggregates;
    auto cell = [this](int row, int column) {
        QTableWidgetItem* item = m_aggregates->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int i = 0; i < m_aggregates->rowCount(); ++i)
        aggregates.append({cell(i, 0), cell(i, 1), cell(i, 2).toInt()});
    m_model.editAnswers([&](Answers& a) {
        a.dfsCache.present = true;
        a.dfsCache.vg = m_vg->currentText();
        a.dfsCache.lv = m_lv->text().trimmed();
        a.dfsCache.sizeMb = m_size->text().toInt();
        a.dfsCache.mount = m_mount->text().trimmed();
        a.aggregates = aggregates;
    });
    refreshSpace();
    showProblems();
}

} // namespace dceha
