#include "Pages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dceha {

DfsPage::DfsPage(WizardModel& model) : m_model(model)
{
    setTitle(tr("DFS", "@title"));
    setSubTitle(
        tr("The DFS client cache lives in a local JFS on non-shared DASD; DFS aggregates live on the shared "
           "volume group.",
           "@subtitle"));
    auto* form = new QFormLayout;
    m_vg = new QComboBox;
    m_vg->setAccessibleName(tr("Cache volume group", "@label"));
    form->addRow(tr("Cache &volume group:", "@label"), m_vg);
    m_lv = new QLineEdit;
    m_lv->setAccessibleName(tr("Cache logical volume", "@label"));
    form->addRow(tr("Cache &logical volume:", "@label"), m_lv);
    m_size = new QLineEdit;
    m_size->setAccessibleName(tr("Cache size in MB", "@label"));
    form->addRow(tr("Cache &size (MB):", "@label"), m_size);
    m_mount = new QLineEdit;
    m_mount->setAccessibleName(tr("Cache mount point", "@label"));
    form->addRow(tr("Cache &mount point:", "@label"), m_mount);
    m_aggregates = new QTableWidget(0, 3);
    m_aggregates->setHorizontalHeaderLabels({tr("Logical volume", "@title:column"),
                                             tr("Aggregate", "@title:column"),
                                             tr("Size (MB)", "@title:column")});
    m_aggregates->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_aggregates->setAccessibleName(tr("DFS aggregates", "@label"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Aggregates on shared DASD:", "@label")));
    layout->addWidget(m_aggregates, 1);
    m_problems = makeProblemsLabel();
    layout->addWidget(m_problems);
    connect(m_vg, &QComboBox::currentIndexChanged, this, &DfsPage::apply);
    for (QLineEdit* e : {m_lv, m_size, m_mount})
        connect(e, &QLineEdit::textEdited, this, &DfsPage::apply);
    connect(m_aggregates, &QTableWidget::itemChanged, this, &DfsPage::apply);
}

void DfsPage::initializePage()
{
    m_loading = true;
    const Answers& a = m_model.parsed().answers;
    // Local volume groups only: the node's VGs with disks in no other VG than themselves, never the shared
    // one.
    m_vg->clear();
    QStringList vgs;
    for (const auto& [disk, vg] : m_model.discoverDisks())
        if (vg != QLatin1String("None") && vg != a.sharedVg.name && !vgs.contains(vg))
            vgs << vg;
    if (!a.dfsCache.vg.isEmpty() && !vgs.contains(a.dfsCache.vg))
        vgs << a.dfsCache.vg;
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
    m_aggregates->setEnabled(!a.isMutualTakeover());
    m_loading = false;
    m_problems->setText(
        m_model.problemsFor(QStringList{QStringLiteral("dfs_cache"), QStringLiteral("dfs_aggregates")})
            .join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

void DfsPage::apply()
{
    if (m_loading)
        return;
    QList<Answers::Aggregate> aggregates;
    for (int i = 0; i < m_aggregates->rowCount(); ++i)
        aggregates.append({m_aggregates->item(i, 0)->text().trimmed(),
                           m_aggregates->item(i, 1)->text().trimmed(),
                           m_aggregates->item(i, 2)->text().toInt()});
    m_model.editAnswers([&](Answers& a) {
        a.dfsCache.present = true;
        a.dfsCache.vg = m_vg->currentText();
        a.dfsCache.lv = m_lv->text().trimmed();
        a.dfsCache.sizeMb = m_size->text().toInt();
        a.dfsCache.mount = m_mount->text().trimmed();
        a.aggregates = aggregates;
    });
    m_problems->setText(
        m_model.problemsFor(QStringList{QStringLiteral("dfs_cache"), QStringLiteral("dfs_aggregates")})
            .join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool DfsPage::isComplete() const
{
    return m_model.problemsFor(QStringList{QStringLiteral("dfs_cache"), QStringLiteral("dfs_aggregates")})
        .isEmpty();
}

} // namespace dceha
