#include "StoragePage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dceha {

StoragePage::StoragePage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void StoragePage::build()
{
    m_form = new QFormLayout;
    m_vg = new QLineEdit;
    addFormRow(m_form, m_vg);
    // The disks and the hint on telling shared ones apart, as one field (a wrapped label alone in a form row
    // gets more height than it needs).
    auto* diskField = new QWidget;
    auto* diskLayout = new QVBoxLayout(diskField);
    diskLayout->setContentsMargins(0, 0, 0, 0);
    m_disks = new QListWidget;
    m_disks->setMaximumHeight(m_disks->fontMetrics().height() * 6);
    m_diskHint = new QLabel;
    m_diskHint->setWordWrap(true);
    diskLayout->addWidget(m_disks);
    diskLayout->addWidget(m_diskHint);
    addFormRow(m_form, diskField)->setBuddy(m_disks);
    m_log = new QLineEdit;
    addFormRow(m_form, m_log);
    // mkvg's -s and -V, shown where they are chosen rather than only on the review.
    m_ppSize = new QComboBox;
    m_ppSize->setObjectName(QStringLiteral("ppSize"));
    for (int mb = 1; mb <= 256; mb *= 2)
        m_ppSize->addItem(QString::number(mb), mb);
    addFormRow(m_form, m_ppSize);
    m_major = new QSpinBox;
    m_major->setObjectName(QStringLiteral("majorNumber"));
    m_major->setRange(0, 1023);
    addFormRow(m_form, m_major);
    m_filesystems = new QTableWidget(0, 3);
    m_filesystems->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_filesystems->setTabKeyNavigation(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_filesystems, 1);
    m_space = new QLabel;
    m_space->setWordWrap(true);
    layout->addWidget(m_space);
    m_problems = makeProblemsLabel();
    layout->addWidget(m_problems);
    layout->addWidget(makeOriginsLabel(m_model));
    setAnswerFields(&m_model, {QStringLiteral("shared_vg")}, m_problems);
    showFieldsAs({{QStringLiteral("shared_vg.filesystems[].mount"), m_filesystems, 0},
                  {QStringLiteral("shared_vg.filesystems[].lv"), m_filesystems, 1},
                  {QStringLiteral("shared_vg.filesystems[].size_mb"), m_filesystems, 2},
                  {QStringLiteral("shared_vg.filesystems[]"), m_filesystems},
                  {QStringLiteral("shared_vg.filesystems"), m_filesystems},
                  {QStringLiteral("shared_vg.name"), m_vg},
                  {QStringLiteral("shared_vg.jfslog"), m_log},
                  {QStringLiteral("shared_vg.disks"), m_disks},
                  {QStringLiteral("shared_vg.pp_size_mb"), m_ppSize},
                  {QStringLiteral("shared_vg.major"), m_major}});
    connect(m_vg, &QLineEdit::textEdited, this, &StoragePage::apply);
    connect(m_log, &QLineEdit::textEdited, this, &StoragePage::apply);
    connect(m_ppSize, &QComboBox::currentIndexChanged, this, &StoragePage::apply);
    connect(m_major, &QSpinBox::valueChanged, this, &StoragePage::apply);
    connect(m_disks, &QListWidget::itemChanged, this, &StoragePage::apply);
    connect(m_filesystems, &QTableWidget::itemChanged, this, &StoragePage::apply);
}

void StoragePage::retranslate()
{
    setTitle(tr("Shared storage", "@title"));
    setSubTitle(
        tr("/var/dce, /etc/dce and /krb5 on shared DASD, in a volume group HACMP varies on; every name "
           "non-default, so the standby's importvg keeps it.",
           "@subtitle"));
    if (!isBuilt())
        return;
    auto label = [this](QWidget* field) { return qobject_cast<QLabel*>(m_form->labelForField(field)); };
    setOriginFields({{tr("Volume group", "@label"), QStringLiteral("shared_vg.name")},
                     {tr("Disks", "@label"), QStringLiteral("shared_vg.disks")},
                     {tr("PP size", "@label"), QStringLiteral("shared_vg.pp_size_mb")},
                     {tr("Major number", "@label"), QStringLiteral("shared_vg.major")}});
    label(m_vg)->setText(tr("Shared &volume group:", "@label"));
    label(m_ppSize)->setText(tr("&PP size (MB):", "@label"));
    m_ppSize->setAccessibleName(tr("PP size (MB)", "@label"));
    m_ppSize->setToolTip(tr(
        "mkvg -s: the physical partition size; LVM tracks at most 1016 partitions a disk.", "@info:tooltip"));
    label(m_major)->setText(tr("&Major number:", "@label"));
    m_major->setAccessibleName(tr("Major number", "@label"));
    // The spin box's own text field is what a screen reader lands on.
    if (auto* edit = m_major->findChild<QLineEdit*>())
        edit->setAccessibleName(m_major->accessibleName());
    m_major->setSpecialValueText(
        tr("0: the lowest free on this node", "@item the major number's special value"));
    m_major->setToolTip(
        tr("mkvg -V: the same major number must be free on both nodes, so that importvg on the "
           "standby keeps it (lvlstmajor lists the free ones).",
           "@info:tooltip"));
    m_vg->setAccessibleName(tr("Shared volume group", "@label"));
    label(m_disks->parentWidget())->setText(tr("Shared &disks:", "@label"));
    m_disks->setAccessibleName(tr("Shared disks", "@label"));
    m_diskHint->setText(tr("A shared disk shows the same PVID on both nodes (compare with lspv on the other "
                           "node); disks in a local volume group cannot be chosen.",
                           "@info"));
    label(m_log)->setText(tr("&JFS log:", "@label"));
    m_log->setAccessibleName(tr("JFS log", "@label"));
    m_filesystems->setHorizontalHeaderLabels({tr("Mount point", "@title:column"),
                                              tr("Logical volume", "@title:column"),
                                              tr("Size (MB)", "@title:column")});
    m_filesystems->setAccessibleName(tr("Shared filesystems", "@label"));
    if (!m_discovered.isEmpty())
        listDisks();
    describeSpace();
}

void StoragePage::listDisks()
{
    const bool loading = m_loading;
    m_loading = true;
    const Answers::SharedVg& vg = m_model.parsed().answers.sharedVg;
    m_disks->clear();
    for (const auto& disk : m_discovered) {
        const bool free = disk.vg == QLatin1String("None");
        const bool ours = disk.vg == vg.name;
        auto* item = new QListWidgetItem(
            free   ? tr("%1  PVID %2  (in no volume group)", "@item").arg(disk.name, disk.pvid)
            : ours ? tr("%1  PVID %2  (in %3)", "@item").arg(disk.name, disk.pvid, disk.vg)
                   : tr("%1  PVID %2  (in the local volume group %3)", "@item")
                         .arg(disk.name, disk.pvid, disk.vg),
            m_disks);
        item->setData(Qt::UserRole, disk.name);
        if (free || ours) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(vg.disks.contains(disk.name) ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
        }
    }
    m_loading = loading;
}

void StoragePage::describeSpace()
{
    const Answers::SharedVg& vg = m_model.parsed().answers.sharedVg;
    int wanted = 0;
    for (const auto& fs : vg.filesystems)
        wanted += fs.sizeMb;
    // What the node said of this VG (refreshSpace), if it has answered for this name.
    const auto space = knownSpace(vg.name);
    const bool known = space.has_value();
    const int total = known ? space->totalMb : 0;
    const int free = known ? space->freeMb : 0;
    if (known)
        // The VG exists already (a resumed or repeated run): its LVs may be there too.
        m_space->setText(
            tr("%1 exists on this node: %2 MB free of %3 MB. The filesystems ask for %4 MB.", "@info")
                .arg(vg.name)
                .arg(free)
                .arg(total)
                .arg(wanted));
    else if (m_model.parsed().answers.isOwner())
        m_space->setText(
            tr("The filesystems ask for %1 MB on the shared disks (%2 is made by the run).", "@info")
                .arg(wanted)
                .arg(vg.name));
    else
        // The standby makes nothing here: it imports what the owner made.
        m_space->setText(tr("The run imports %1 from the shared disks once the owner node has released them; "
                            "the names must be the owner's.",
                            "@info")
                             .arg(vg.name));
}

void StoragePage::refreshSpace()
{
    askSpace(m_model, m_model.parsed().answers.sharedVg.name, [this] { describeSpace(); });
}

void StoragePage::initializePage()
{
    m_loading = true;
    const Answers::SharedVg& vg = m_model.parsed().answers.sharedVg;
    m_vg->setText(vg.name);
    m_log->setText(vg.jfslog);
    const int pp = m_ppSize->findData(vg.ppSizeMb);
    if (pp < 0)
        m_ppSize->addItem(QString::number(vg.ppSizeMb), vg.ppSizeMb); // refused by the engine, shown as given
    m_ppSize->setCurrentIndex(m_ppSize->findData(vg.ppSizeMb));
    m_major->setValue(vg.major);
    m_discovered.clear();
    listDisks();
    askingNode(true);
    m_model.askNode<QList<WizardModel::Disk>>(
        this, [](NodeDiscovery& node) { return node.disks(); },
        [this](const QList<WizardModel::Disk>& disks) {
            askingNode(false);
            m_discovered = disks;
            listDisks();
        });
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
    refreshSpace();
    showProblems();
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
        a.sharedVg.ppSizeMb = m_ppSize->currentData().toInt();
        a.sharedVg.major = m_major->value();
    });
    refreshSpace();
    showProblems();
}

int StoragePage::nextId() const
{
    return m_model.parsed().answers.dfs ? int(DfsPageId) : int(ScriptsPageId);
}

} // namespace dceha
