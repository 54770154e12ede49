#include "NetworkPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dceha {

namespace {

// peer_service: mutual takeover, the other node's service address, which this node takes over.
const QStringList kRoles = {QStringLiteral("service"), QStringLiteral("boot"), QStringLiteral("standby"),
                            QStringLiteral("peer_service"), QString()};

} // namespace

NetworkPage::NetworkPage(WizardModel& model) : m_model(model)
{
    retranslate();
}

void NetworkPage::build()
{
    auto* layout = new QVBoxLayout(this);
    m_adapters = new QTreeWidget;
    m_adapters->setColumnCount(4);
    m_adapters->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_adapters->setRootIsDecorated(false);
    layout->addWidget(m_adapters, 1);
    m_variable = new QLabel;
    m_variable->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_variable->setWordWrap(true);
    layout->addWidget(m_variable);
    m_problems = makeProblemsLabel();
    layout->addWidget(m_problems);
    layout->addWidget(makeOriginsLabel(m_model));
    setAnswerFields(&m_model, {QStringLiteral("network")}, m_problems);
}

void NetworkPage::retranslate()
{
    setTitle(tr("Network", "@title"));
    setSubTitle(
        tr("DCE must use only the HACMP service addresses: every other address of this node is excluded from "
           "its RPC (at most 10).",
           "@subtitle"));
    if (!isBuilt())
        return;
    m_adapters->setHeaderLabels({tr("Address", "@title:column"), tr("Interface", "@title:column"),
                                 tr("HACMP label", "@title:column"), tr("Use", "@title:column")});
    m_adapters->setAccessibleName(tr("Network adapters", "@label"));
    setOriginFields(
        {{tr("Service addresses", "@label"), QStringLiteral("network.service")},
         {tr("Boot addresses", "@label"), QStringLiteral("network.boot")},
         {tr("Standby addresses", "@label"), QStringLiteral("network.standby")},
         {tr("The other node's service addresses", "@label"), QStringLiteral("network.peer_service")}});
    m_variable->setAccessibleName(tr("RPC_UNSUPPORTED_NETADDRS", "@label"));
    for (int i = 0; i < m_adapters->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_adapters->topLevelItem(i);
        auto* use = qobject_cast<QComboBox*>(m_adapters->itemWidget(item, 3));
        if (!use)
            continue;
        use->setItemText(0, tr("service (kept)", "@item"));
        use->setItemText(1, tr("boot (excluded)", "@item"));
        use->setItemText(2, tr("standby (excluded)", "@item"));
        use->setItemText(3, tr("the other node's service (mutual takeover)", "@item"));
        use->setItemText(4, tr("not this node's", "@item"));
        use->setAccessibleName(tr("Use of %1", "@label").arg(item->text(0)));
    }
}

void NetworkPage::initializePage()
{
    m_adapters->clear();
    m_variable->setText(QStringLiteral("RPC_UNSUPPORTED_NETADDRS=") +
                        m_model.parsed().answers.excludedAddresses());
    askingNode(true);
    m_model.askNode<QList<WizardModel::Adapter>>(
        this, [](NodeDiscovery& node) { return node.adapters(); },
        [this](const QList<WizardModel::Adapter>& adapters) {
            askingNode(false);
            showAdapters(adapters);
        });
}

void NetworkPage::showAdapters(QList<WizardModel::Adapter> adapters)
{
    m_loading = true;
    m_adapters->clear();
    const Answers& a = m_model.parsed().answers;
    // Addresses the answers name that the node does not show (a peer's, an extra one) are listed too.
    for (const auto& address :
         a.serviceAddresses + a.bootAddresses + a.standbyAddresses + a.peerServiceAddresses)
        if (std::none_of(adapters.cbegin(), adapters.cend(),
                         [&](const auto& x) { return x.address == address; }))
            adapters.append({QString(), address, QString(), QString()});
    QWidget* previous = nullptr;
    for (const auto& adapter : adapters) {
        auto* item =
            new QTreeWidgetItem(m_adapters, {adapter.address, adapter.interface,
                                             adapter.label.isEmpty() ? QString()
                                                                     : adapter.label + QStringLiteral(" (") +
                                                                           adapter.type + QLatin1Char(')'),
                                             QString()});
        auto* use = new QComboBox;
        for (const auto& role : kRoles)
            use->addItem(QString(), role);
        QString role;
        if (a.serviceAddresses.contains(adapter.address))
            role = QStringLiteral("service");
        else if (a.bootAddresses.contains(adapter.address))
            role = QStringLiteral("boot");
        else if (a.standbyAddresses.contains(adapter.address))
            role = QStringLiteral("standby");
        else if (a.peerServiceAddresses.contains(adapter.address))
            role = QStringLiteral("peer_service");
        use->setCurrentIndex(int(kRoles.indexOf(role)));
        m_adapters->setItemWidget(item, 3, use);
        // Keyboard: Tab goes from one row's choice to the next.
        if (previous)
            setTabOrder(previous, use);
        previous = use;
        connect(use, &QComboBox::currentIndexChanged, this, &NetworkPage::apply);
    }
    retranslate();
    m_loading = false;
    // Shown as the answers have it; the answers change only when the person changes a row.
    m_variable->setText(QStringLiteral("RPC_UNSUPPORTED_NETADDRS=") + a.excludedAddresses());
    showProblems();
}

void NetworkPage::assign(int row, const QString& role)
{
    auto* use = qobject_cast<QComboBox*>(m_adapters->itemWidget(m_adapters->topLevelItem(row), 3));
    use->setCurrentIndex(int(kRoles.indexOf(role)));
}

void NetworkPage::apply()
{
    if (m_loading)
        return;
    QStringList service, boot, standby, peer;
    for (int i = 0; i < m_adapters->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_adapters->topLevelItem(i);
        const QString role =
            qobject_cast<QComboBox*>(m_adapters->itemWidget(item, 3))->currentData().toString();
        if (role == QLatin1String("service"))
            service << item->text(0);
        else if (role == QLatin1String("boot"))
            boot << item->text(0);
        else if (role == QLatin1String("standby"))
            standby << item->text(0);
        else if (role == QLatin1String("peer_service"))
            peer << item->text(0);
    }
    m_model.editAnswers([&](Answers& a) {
        a.serviceAddresses = service;
        a.bootAddresses = boot;
        a.standbyAddresses = standby;
        a.peerServiceAddresses = peer;
    });
    m_variable->setText(QStringLiteral("RPC_UNSUPPORTED_NETADDRS=") +
                        m_model.parsed().answers.excludedAddresses());
    showProblems();
}

} // namespace dceha
