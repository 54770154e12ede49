#include "Pages.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dceha {

StoragePage::StoragePage(WizardModel& model) : m_model(model)
{
    setTitle(tr("Shared storage", "@title"));
    setSubTitle(
        tr("/var/dce, /etc/dce and /krb5 on shared DASD, in a volume group HACMP varies on; every name "
           "non-default, so the standby's importvg keeps it.",
           "@subtitle"));
    auto* form = new QFormLayout;
    m_vg = new QLineEdit;
    m_vg->setAccessibleName(tr("Shared volume group", "@label"));
    form->addRow(tr("Shared &volume group:", "@label"), m_vg);
    m_disks = new QListWidget;
    m_disks->setAccessibleName(tr("Shared disks", "@label"));
    m_disks->setMaximumHeight(90);
    form->addRow(tr("Shared &disks:", "@label"), m_disks);
    m_log = new QLineEdit;
    m_log->setAccessibleName(tr("JFS log", "@label"));
    form->addRow(tr("&JFS log:", "@label"), m_log);
    m_filesystems = new QTableWidget(0, 3);
    m_filesystems->setHorizontalHeaderLabels({tr("Mount point", "@title:column"),
                                              tr("Logical volume", "@title:column"),
                                              tr("Size (MB)", "@title:column")});
    m_filesystems->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_filesystems->setAccessibleName(tr("Shared filesystems", "@label"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_filesystems, 1);
    m_problems = makeProblemsLabel();
    layout->addWidget(m_problems);
    connect(m_vg, &QLineEdit::textEdited, this, &StoragePage::apply);
    connect(m_log, &QLineEdit::textEdited, this, &StoragePage::apply);
    connect(m_disks, &QListWidget::itemChanged, this, &StoragePage::apply);
    connect(m_filesystems, &QTableWidget::itemChanged, this, &StoragePage::apply);
}

void StoragePage::initializePage()
{
    m_loading = true;
    const Answers::SharedVg& vg = m_model.parsed().answers.sharedVg;
    m_vg->setText(vg.name);
    m_log->setText(vg.jfslog);
    // Disks from the node (lspv): a shared disk in no VG yet, or already in this VG.
    m_disks->clear();
    for (const auto& [disk, owner] : m_model.discoverDisks()) {
        if (owner != QLatin1String("None") && owner != vg.name)
            continue;
        auto* item = new QListWidgetItem(owner == QLatin1String("None")
                                             ? tr("%1 (in no volume group)", "@item").arg(disk)
                                             : tr("%1 (in %2)", "@item").arg(disk, owner),
                                         m_disks);
        item->setData(Qt::UserRole, disk);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(vg.disks.contains(disk) ? Qt::Checked : Qt::Unchecked);
    }
    m_filesystems->setRowCount(int(vg.filesystems.size()));
    for (int i = 0; i < vg.filesystems.size(); ++i) {
        const auto& fs = vg.filesystems.at(i);
        auto* mount = new QTableWidgetItem(fs.mount);
        mount->setFlags(mount->flags() & ~Qt::ItemIsEditable);
        m_filesystems->setItem(i, 0, mount);
        m_filesystems->setItem(i, 1, new QTableWidgetItem(fs.lv));
        m_filesystems->setItem(i, 2, new QTableWidgetItem(QString::number(fs.sizeMb)));
    }
    m_loading = false;
    m_problems->setText(m_model.problemsFor(QStringLiteral("shared_vg")).join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

void StoragePage::apply()
{
    if (m_loading)
        return;
    QStringList disks;
    for (int i = 0; i < m_disks->count(); ++i)
        if (m_disks->item(i)->checkState() == Qt::Checked)
            disks << m_disks->item(i)->data(Qt::UserRole).toString();
    QList<Answers::Filesystem> filesystems;
    for (int i = 0; i < m_filesystems->rowCount(); ++i)
        filesystems.append({m_filesystems->item(i, 0)->text(), m_filesystems->item(i, 1)->text().trimmed(),
                            m_filesystems->item(i, 2)->text().toInt()});
    m_model.editAnswers([&](Answers& a) {
        a.sharedVg.name = m_vg->text().trimmed();
        a.sharedVg.jfslog = m_log->text().trimmed();
        a.sharedVg.disks = disks;
        a.sharedVg.filesystems = filesystems;
    });
    m_problems->setText(m_model.problemsFor(QStringLiteral("shared_vg")).join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

int StoragePage::nextId() const
{
    return m_model.parsed().answers.dfs ? int(DfsPageId) : int(ScriptsPageId);
}

bool StoragePage::isComplete() const
{
    return m_model.problemsFor(QStringLiteral("shared_vg")).isEmpty();
}

} // namespace dceha
