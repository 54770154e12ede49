#include "WizardWindow.h"

#include <QApplication>

namespace dceha {

WizardWindow::WizardWindow(const Options& options, QWidget* parent) : QWizard(parent), m_model(options)
{
    setWindowTitle(tr("DCE/DFS integration with HACMP", "@title:window"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(WelcomePageId, new WelcomePage(m_model));
    setPage(ClusterPageId, new ClusterPage(m_model));
    setPage(NetworkPageId, new NetworkPage(m_model));
    setPage(CellPageId, new CellPage(m_model));
    setPage(StoragePageId, new StoragePage(m_model));
    setPage(DfsPageId, new DfsPage(m_model));
    setPage(ScriptsPageId, new ScriptsPage(m_model));
    setPage(ReviewPageId, new ReviewPage(m_model));
    setPage(RunPageId, new RunPage(m_model));
    setPage(SummaryPageId, new SummaryPage(m_model));
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(900, 680);
}

int runGui(const Options& options)
{
    WizardWindow window(options);
    window.show();
    return QApplication::exec();
}

} // namespace dceha
